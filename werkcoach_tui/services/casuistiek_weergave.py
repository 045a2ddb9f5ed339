"""The pseudonymised view model of a dossier for a case review, and its Markdown form.

Built from the klant (only non-identifying fields are copied), its gesprekken and the shared
plain-data summaries. Everything here is pure; the service supplies the key and 'today'.
The same dataclasses travel in a bundle (``naar_dict`` / ``uit_dict``).
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from datetime import date
from typing import Any, Optional, Sequence

from werkcoach_tui.privacy.pseudoniem import (
    Schoonmaker,
    leeftijdsband,
    regio,
    schoon_lijst,
    ww_duur,
    ww_moment,
    ww_stand,
)
from werkcoach_tui.rules.opmaak import formatteer_euro


@dataclass(frozen=True)
class GesprekWeergave:
    moment: str
    soort: str
    kanaal: str
    duur_minuten: int
    status: str
    notitie: str


@dataclass(frozen=True)
class InstrumentWeergave:
    instrument: str
    kosten: str
    onderbouwing: str
    goedgekeurd: bool
    moment: str


@dataclass(frozen=True)
class MethodeWeergave:
    huidige_stap: str
    ronde: int
    zelfredzaam: str
    zelfredzaam_toelichting: str
    dienstverleningsdoel: str
    visie_werkcoach: str
    visie_klant: str
    arbeidsmarktkansen_gewogen: bool
    wensberoepen: tuple[str, ...]
    competenties: tuple[str, ...]
    belemmeringen: tuple[str, ...]
    zoekgebied: str
    max_reistijd: str
    instrumenten: tuple[InstrumentWeergave, ...]
    resultaat: str


@dataclass(frozen=True)
class WerkplanWeergave:
    heeft_werkplan: bool
    versie: int
    status: str
    aantal_afspraken: int
    afspraken_niet_smart: int
    sollicitatienorm: int
    sollicitatienorm_reden: str
    perioden_tekort: int
    tekorten_opgevolgd: int
    vrijstellingen: tuple[str, ...]


@dataclass(frozen=True)
class DossierWeergave:
    """Everything a case review shows of one dossier: no names, dates, addresses or contact details."""

    pseudoniem: str
    adviseur: str
    leeftijdsband: str
    ww_stand: str
    ww_duur: str
    regio: str
    opleidingsniveau: str
    laatste_beroep: str
    digivaardig: bool
    uren_vorige_baan: str
    beschikbare_uren: str
    werkverkenner: str
    fase: str
    kenmerken: tuple[str, ...]
    gesprekken: tuple[GesprekWeergave, ...]
    methode: Optional[MethodeWeergave]
    werkplan: Optional[WerkplanWeergave]
    niet_beschikbaar: tuple[str, ...] = ()
    """Which parts could not be shown (feature not available), in Dutch."""


def _uren(v: Optional[float]) -> str:
    if v is None:
        return "onbekend"
    return f"{v:g}".replace(".", ",") + " uur per week"


def bouw_weergave(
    *,
    pseudoniem: str,
    adviseur: str,
    klant: Any,
    gesprekken: Sequence[Any],
    dossier: Any,
    werkplan: Any,
    schoon: Schoonmaker,
    today: date,
    dossier_beschikbaar: bool,
    werkplan_beschikbaar: bool,
) -> DossierWeergave:
    start = klant.ww_startdatum
    kenmerken = []
    if klant.vroegmelder:
        kenmerken.append("vroegmelder")
    if klant.arbeidsbeperking:
        kenmerken.append("arbeidsbeperking")
    if klant.grensregio:
        kenmerken.append("grensregio")
    gw = tuple(
        GesprekWeergave(
            moment=ww_moment(g.datum, start, today),
            soort=g.type.label,
            kanaal=g.kanaal.label,
            duur_minuten=int(g.duur_minuten or 0),
            status=g.status.label,
            notitie=schoon(g.notitie),
        )
        for g in sorted(gesprekken, key=lambda g: (g.datum, g.id or 0))
    )
    methode = None
    if dossier is not None:
        methode = MethodeWeergave(
            huidige_stap=dossier.huidige_stap.label,
            ronde=dossier.ronde,
            zelfredzaam=dossier.zelfredzaam.label if dossier.zelfredzaam else "niet vastgelegd",
            zelfredzaam_toelichting=schoon(dossier.zelfredzaam_toelichting),
            dienstverleningsdoel=dossier.dienstverleningsdoel.label if dossier.dienstverleningsdoel else "niet gekozen",
            visie_werkcoach=schoon(dossier.visie_werkcoach),
            visie_klant=schoon(dossier.visie_klant),
            arbeidsmarktkansen_gewogen=bool(dossier.arbeidsmarktkansen_gewogen),
            wensberoepen=schoon_lijst(dossier.wensberoepen, schoon),
            competenties=schoon_lijst(dossier.competenties, schoon),
            belemmeringen=schoon_lijst(dossier.belemmeringen, schoon),
            zoekgebied=schoon(dossier.regio or "") or "niet vastgelegd",
            max_reistijd=f"{dossier.max_reistijd_minuten} minuten" if dossier.max_reistijd_minuten else "niet vastgelegd",
            instrumenten=tuple(
                InstrumentWeergave(
                    instrument=i.instrument.label,
                    kosten=formatteer_euro(i.kosten),
                    onderbouwing=schoon(i.onderbouwing),
                    goedgekeurd=bool(i.goedgekeurd_door),
                    moment=ww_moment(i.ingezet_op, start, today) if i.ingezet_op else "nog niet ingezet",
                )
                for i in dossier.instrumenten
            ),
            resultaat=(
                f"uitgestroomd ({dossier.uitstroomreden.label.lower()})" if dossier.uitgestroomd and dossier.uitstroomreden
                else "uitgestroomd" if dossier.uitgestroomd
                else "resultaat behaald" if dossier.resultaat_behaald else "nog geen resultaat"
            ),
        )
    wp = None
    if werkplan is not None:
        if werkplan.vastgesteld_op is not None:
            status = f"vastgesteld ({ww_moment(werkplan.vastgesteld_op, start, today)})"
        elif werkplan.heeft_werkplan:
            status = "concept"
        else:
            status = "geen werkplan"
        wp = WerkplanWeergave(
            heeft_werkplan=werkplan.heeft_werkplan,
            versie=werkplan.huidige_versie,
            status=status,
            aantal_afspraken=werkplan.aantal_afspraken,
            afspraken_niet_smart=werkplan.afspraken_niet_smart,
            sollicitatienorm=werkplan.sollicitatienorm,
            sollicitatienorm_reden=schoon(werkplan.sollicitatienorm_reden),
            perioden_tekort=werkplan.perioden_tekort,
            tekorten_opgevolgd=werkplan.tekorten_opgevolgd,
            vrijstellingen=tuple(
                f"{_vrijstelling_label(reden)}: {ww_moment(van, start, today)} tot "
                f"{ww_moment(tot, start, today) if tot else 'onbepaald'}"
                for reden, van, tot in werkplan.vrijstellingen
            ),
        )
    niet = []
    if not dossier_beschikbaar:
        niet.append("Methodisch handelen is in deze installatie niet beschikbaar: oordeel, visie en instrumenten "
                    "zijn niet te bepalen.")
    elif dossier is None:
        niet.append("Voor dit dossier is nog geen methodisch handelen vastgelegd.")
    if not werkplan_beschikbaar:
        niet.append("Het werkplan is in deze installatie niet beschikbaar: SMART-afspraken en sollicitatieplicht "
                    "zijn niet te bepalen.")
    return DossierWeergave(
        pseudoniem=pseudoniem,
        adviseur=adviseur,
        leeftijdsband=leeftijdsband(klant.geboortedatum, today),
        ww_stand=ww_stand(start, today),
        ww_duur=ww_duur(start, klant.ww_einddatum),
        regio=regio(klant.woonplaats),
        opleidingsniveau=klant.opleidingsniveau.label if klant.opleidingsniveau else "onbekend",
        laatste_beroep=schoon(klant.laatste_beroep or "") or "onbekend",
        digivaardig=bool(klant.digivaardig),
        uren_vorige_baan=_uren(klant.uren_vorige_baan),
        beschikbare_uren=_uren(klant.beschikbare_uren),
        werkverkenner=klant.werkverkenner_band.label if klant.werkverkenner_band else "niet ingevuld",
        fase=klant.fase.label,
        kenmerken=tuple(kenmerken),
        gesprekken=gw,
        methode=methode,
        werkplan=wp,
        niet_beschikbaar=tuple(niet),
    )


def _vrijstelling_label(reden: str) -> str:
    from werkcoach_tui.models.enums import VrijstellingReden

    m = VrijstellingReden.from_text(reden)
    return m.label if m else "Vrijstelling"


# --- to and from plain data (the bundle) ----------------------------------------------

class WeergaveFout(ValueError):
    """A dossier in a bundle does not have the expected shape."""


def naar_dict(w: DossierWeergave) -> dict:
    return dataclasses.asdict(w)


def _uit(tp: Any, waarde: Any, pad: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union:
        if waarde is None and type(None) in args:
            return None
        andere = [a for a in args if a is not type(None)]
        return _uit(andere[0], waarde, pad)
    if origin is tuple:
        if not isinstance(waarde, list):
            raise WeergaveFout(f"{pad} moet een lijst zijn")
        return tuple(_uit(args[0], x, f"{pad}[{i}]") for i, x in enumerate(waarde))
    if dataclasses.is_dataclass(tp):
        if not isinstance(waarde, dict):
            raise WeergaveFout(f"{pad} moet een object zijn")
        hints = typing.get_type_hints(tp)
        kw = {}
        for f in dataclasses.fields(tp):
            if f.name not in waarde:
                if f.default is not dataclasses.MISSING:
                    continue
                raise WeergaveFout(f"{pad}.{f.name} ontbreekt")
            kw[f.name] = _uit(hints[f.name], waarde[f.name], f"{pad}.{f.name}")
        onbekend = set(waarde) - {f.name for f in dataclasses.fields(tp)}
        if onbekend:
            raise WeergaveFout(f"{pad} bevat onbekende velden: {', '.join(sorted(onbekend))}")
        return tp(**kw)
    if tp is bool:
        if not isinstance(waarde, bool):
            raise WeergaveFout(f"{pad} moet ja/nee zijn")
        return waarde
    if tp is int:
        if isinstance(waarde, bool) or not isinstance(waarde, int):
            raise WeergaveFout(f"{pad} moet een geheel getal zijn")
        return waarde
    if tp is str:
        if not isinstance(waarde, str):
            raise WeergaveFout(f"{pad} moet tekst zijn")
        return waarde
    raise WeergaveFout(f"{pad}: onbekend type")  # pragma: no cover


def uit_dict(data: Any) -> DossierWeergave:
    return _uit(DossierWeergave, data, "dossier")


# --- Markdown (screen and report) -------------------------------------------------------

def _md(tekst: str) -> str:
    """Escape what Markdown would misread in free text (the report must show it literally)."""
    t = (tekst or "").replace("\r", "").strip()
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "#", "|"):
        t = t.replace(ch, "\\" + ch)
    return t.replace("\n", "  \n")


def _ja(v: bool) -> str:
    return "ja" if v else "nee"


def dossier_markdown(w: DossierWeergave, kop: str = "###") -> list[str]:
    r = [f"{kop} {w.pseudoniem}", ""]
    r.append(f"- Adviseur: {w.adviseur}")
    r.append(f"- Leeftijd: {w.leeftijdsband}")
    r.append(f"- WW: {w.ww_stand}; {w.ww_duur}")
    r.append(f"- Regio: {w.regio}")
    r.append(f"- Opleiding: {w.opleidingsniveau}; laatste beroep: {_md(w.laatste_beroep)}")
    r.append(f"- Uren: vorige baan {w.uren_vorige_baan}, beschikbaar {w.beschikbare_uren}")
    r.append(f"- Digivaardig: {_ja(w.digivaardig)}; Werkverkenner: {w.werkverkenner}; fase: {w.fase}")
    if w.kenmerken:
        r.append(f"- Kenmerken: {', '.join(w.kenmerken)}")
    for regel in w.niet_beschikbaar:
        r.append(f"- *{_md(regel)}*")
    r.append("")
    m = w.methode
    if m is not None:
        r += [f"{kop}# Methodisch handelen", ""]
        r.append(f"- Ronde {m.ronde}, stap: {m.huidige_stap.lower()}")
        r.append(f"- Zelfredzaam: {m.zelfredzaam}" + (f" — {_md(m.zelfredzaam_toelichting)}" if m.zelfredzaam_toelichting else ""))
        r.append(f"- Dienstverleningsdoel: {m.dienstverleningsdoel}")
        r.append(f"- Visie van de werkcoach: {_md(m.visie_werkcoach) or 'ontbreekt'}")
        r.append(f"- Visie van de klant: {_md(m.visie_klant) or 'niet vastgelegd'}")
        r.append(f"- Arbeidsmarktkansen gewogen: {_ja(m.arbeidsmarktkansen_gewogen)}")
        r.append(f"- Wensberoepen: {', '.join(_md(x) for x in m.wensberoepen) or '—'}")
        r.append(f"- Competenties: {', '.join(_md(x) for x in m.competenties) or '—'}")
        r.append(f"- Belemmeringen: {'; '.join(_md(x) for x in m.belemmeringen) or '—'}")
        r.append(f"- Zoekgebied: {_md(m.zoekgebied)}; maximale reistijd: {m.max_reistijd}")
        r.append(f"- Resultaat: {m.resultaat}")
        if m.instrumenten:
            r.append("- Instrumenten:")
            for i in m.instrumenten:
                r.append(f"  - {i.instrument} ({i.kosten}, {i.moment}{', goedgekeurd' if i.goedgekeurd else ''}): "
                         f"{_md(i.onderbouwing) or 'geen onderbouwing'}")
        else:
            r.append("- Instrumenten: geen")
        r.append("")
    p = w.werkplan
    if p is not None:
        r += [f"{kop}# Werkplan", ""]
        if p.heeft_werkplan:
            r.append(f"- Versie {p.versie}, {p.status}")
            r.append(f"- Afspraken: {p.aantal_afspraken}, waarvan {p.afspraken_niet_smart} niet SMART")
            norm = f"- Sollicitatienorm: {p.sollicitatienorm} per 4 weken"
            if p.sollicitatienorm_reden:
                norm += f" ({_md(p.sollicitatienorm_reden)})"
            r.append(norm)
            r.append(f"- Perioden onder de norm: {p.perioden_tekort}, opgevolgd: {p.tekorten_opgevolgd}")
            for v in p.vrijstellingen:
                r.append(f"- Vrijstelling: {_md(v)}")
        else:
            r.append("- Geen werkplan")
        r.append("")
    r += [f"{kop}# Gesprekken", ""]
    if not w.gesprekken:
        r.append("Geen gesprekken vastgelegd.")
    for g in w.gesprekken:
        duur = f", {g.duur_minuten} min" if g.duur_minuten else ""
        r.append(f"- **{g.moment}** — {g.soort}, {g.kanaal.lower()}{duur} ({g.status.lower()})"
                 + (f": {_md(g.notitie)}" if g.notitie else ""))
    r.append("")
    return r
