"""Advisory signals per klant: what needs the adviser's attention today.

``bereken_signalen(feiten, today, instellingen)`` returns a sorted list of
:class:`Signaal`: a fixed ``code`` (others depend on it), a Dutch ``titel``, a
one-line ``uitleg`` naming the rule *and its numbers*, an ``urgentie`` and the
date since which it applies (``sinds``: the first day the signal is active).
Signals advise; they never decide (no sanction is ever the software's decision).

A closed dossier (``uitgestroomd``) produces no signals. The rules behind each
signal, with their boundary choices, are documented in the module they come
from (``gesprekken``, ``sollicitatieplicht``, ``pawa``, ``budget``, ...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import FrozenInstanceError, dataclass
from datetime import date, timedelta
from functools import lru_cache

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import Instrument, Urgentie, WerkverkennerBand
from werkcoach_tui.rules import gesprekken as gs
from werkcoach_tui.rules.budget import budget_status
from werkcoach_tui.rules.datums import add_months, formatteer_datum, leeftijd, volle_maanden_tussen
from werkcoach_tui.rules.feiten import KlantFeiten, SignaalInstellingen
from werkcoach_tui.rules.opmaak import formatteer_euro, formatteer_getal, formatteer_uren
from werkcoach_tui.rules.ouderen import is_57_plus, wordt_57_op
from werkcoach_tui.rules.passende_arbeid import nieuwe_regeling, verruimd_op
from werkcoach_tui.rules.pawa import pawa_geschikt_sinds
from werkcoach_tui.rules.sollicitatieplicht import PERIODE_DAGEN, laatste_gesloten_tekort

# --- codes (fixed: screens, filters and tests depend on them) -----------------------
INTAKE_TE_LAAT = "intake_te_laat"
WOG_AANGEWEZEN = "wog_aangewezen"
MONITORGESPREK_NODIG = "monitorgesprek_nodig"
PAWA_MOGELIJK = "pawa_mogelijk"
CONTACT_TE_LANG_GELEDEN = "contact_te_lang_geleden"
SOLLICITATIEPLICHT = "sollicitatieplicht"
BESCHIKBAARHEID_LAGER = "beschikbaarheid_lager"
PASSENDE_ARBEID_VERRUIMD = "passende_arbeid_verruimd"
EINDE_WW_NADERT = "einde_ww_nadert"
TOESTEMMING_NODIG = "toestemming_nodig"
BEGELEIDINGSTIJD = "begeleidingstijd"
OUDEREN_WEGING = "ouderen_weging"
WERKPLAN_ONVOLLEDIG = "werkplan_onvolledig"
CASUISTIEK = "casuistiek"

URGENTIE_VOLGORDE = {Urgentie.HOOG: 0, Urgentie.MIDDEL: 1, Urgentie.LAAG: 2}
URGENTIE_SYMBOOL = {Urgentie.HOOG: "[!]", Urgentie.MIDDEL: "[*]", Urgentie.LAAG: "[i]"}
"""Badge prefixes readable without colour."""


def badge_tekst(titel: str, urgentie: Urgentie) -> str:
    """``"[!] Intake te laat"``: urgency symbol and title, readable without colour."""
    return f"{URGENTIE_SYMBOOL[Urgentie(urgentie)]} {titel}"


@dataclass(frozen=True)
class SignaalDefinitie:
    code: str
    titel: str
    omschrijving: str
    urgentie: Urgentie
    """The usual urgency (``einde_ww_nadert`` escalates to hoog near the end)."""

    @property
    def badge(self) -> str:
        return badge_tekst(self.titel, self.urgentie)


def _weken(dagen: int) -> str:
    if dagen % 7 == 0:
        w = dagen // 7
        return f"{w} week" if w == 1 else f"{w} weken"
    return f"{dagen} dagen"


def _maanden(n: int) -> str:
    return f"{n} maand" if n == 1 else f"{n} maanden"


_GRENS_EURO = formatteer_euro(c.BUDGET_EIGEN_BEVOEGDHEID_EURO, centen=False)

SIGNAAL_DEFINITIES: dict[str, SignaalDefinitie] = {
    d.code: d
    for d in (
        SignaalDefinitie(
            INTAKE_TE_LAAT,
            "Intake te laat",
            f"Geen intake gevoerd of gepland binnen {_weken(c.INTAKE_TERMIJN_DAGEN)} "
            "na de melding.",
            Urgentie.HOOG,
        ),
        SignaalDefinitie(
            WOG_AANGEWEZEN,
            "WOG aangewezen",
            f"Werkverkenner tot en met {c.WOG_BAND_GRENS_PROCENT} % of niet digivaardig, "
            "en nog geen werkoriëntatiegesprek gevoerd.",
            Urgentie.MIDDEL,
        ),
        SignaalDefinitie(
            MONITORGESPREK_NODIG,
            "Monitorgesprek nodig",
            "Niet uitgenodigd voor een werkoriëntatiegesprek en "
            f"{_maanden(c.MONITOR_NA_MAANDEN)} of langer in de WW zonder monitorgesprek.",
            Urgentie.MIDDEL,
        ),
        SignaalDefinitie(
            PAWA_MOGELIJK,
            "PaWa mogelijk",
            f"Passend werkaanbod: {_maanden(c.PAWA_MIN_MAANDEN_WW)} in de WW (of "
            f"{_maanden(c.PAWA_RISICO_MIN_MAANDEN_WW)} met risico), minimaal "
            f"{c.PAWA_MIN_UREN_PER_WEEK} uur per week beschikbaar.",
            Urgentie.MIDDEL,
        ),
        SignaalDefinitie(
            CONTACT_TE_LANG_GELEDEN,
            "Contact te lang geleden",
            f"Geen gesprek gevoerd in de laatste {c.CONTACT_FREQUENTIE_MIN_WEKEN}–"
            f"{c.CONTACT_FREQUENTIE_MAX_WEKEN} weken (instelbaar).",
            Urgentie.MIDDEL,
        ),
        SignaalDefinitie(
            SOLLICITATIEPLICHT,
            "Sollicitatieplicht",
            f"De laatste afgesloten periode van {c.SOLLICITATIENORM_PERIODE_WEKEN} weken onder de "
            f"norm (standaard {c.SOLLICITATIENORM_AANTAL} activiteiten), nog zonder vastgelegde "
            "opvolging.",
            Urgentie.HOOG,
        ),
        SignaalDefinitie(
            BESCHIKBAARHEID_LAGER,
            "Minder uren beschikbaar",
            "Minder uren beschikbaar dan in de vorige baan: dat verlaagt het WW-recht.",
            Urgentie.HOOG,
        ),
        SignaalDefinitie(
            PASSENDE_ARBEID_VERRUIMD,
            "Alle arbeid passend",
            f"Na {_maanden(c.PASSENDE_ARBEID_EIGEN_NIVEAU_MAANDEN)} WW is alle arbeid "
            f"passend (reistijd tot {c.REISTIJD_ALLE_WERK_UUR_PER_DAG} uur per dag).",
            Urgentie.LAAG,
        ),
        SignaalDefinitie(
            EINDE_WW_NADERT,
            "Einde WW nadert",
            f"Nog {_maanden(c.EINDE_WW_SIGNAAL_MAANDEN)} of minder tot het einde van de WW: "
            "plan de warme overdracht naar de gemeente.",
            Urgentie.MIDDEL,
        ),
        SignaalDefinitie(
            TOESTEMMING_NODIG,
            "Toestemming nodig",
            f"Instrumenten boven {_GRENS_EURO} zonder toestemming.",
            Urgentie.HOOG,
        ),
        SignaalDefinitie(
            BEGELEIDINGSTIJD,
            "Begeleidingstijd",
            f"{formatteer_uren(c.BEGELEIDING_ZONDER_RESULTAAT_UUR)} of meer begeleiding "
            "zonder resultaat.",
            Urgentie.MIDDEL,
        ),
        SignaalDefinitie(
            OUDEREN_WEGING,
            "57+: weging ontbreekt",
            f"Klant van {c.OUDEREN_LEEFTIJD} jaar of ouder zonder expliciete weging van de "
            "arbeidsmarktkansen.",
            Urgentie.MIDDEL,
        ),
        SignaalDefinitie(
            WERKPLAN_ONVOLLEDIG,
            "Werkplan onvolledig",
            "Na het werkoriëntatiegesprek: werkplan zonder onderbouwing of zonder "
            "vastgestelde versie.",
            Urgentie.MIDDEL,
        ),
        SignaalDefinitie(
            CASUISTIEK,
            "Casuïstiek",
            f"Laatste casuïstiekbespreking langer dan {_maanden(c.CASUISTIEK_PER_MAANDEN)} "
            "(een kwartaal) geleden.",
            Urgentie.LAAG,
        ),
    )
}

SIGNAAL_CODES: tuple[str, ...] = tuple(SIGNAAL_DEFINITIES)


class Signaal:
    """One open signal: ``code``, ``titel``, ``uitleg``, ``urgentie`` and ``sinds``.

    Immutable, compared and hashed by those five values. ``uitleg`` may be given as text or
    as a function that makes the text (with ``args``, its arguments): the rules decide every
    signal of the caseload (some 20,000 for 10,000 klanten) but the dashboard shows one
    explanation at a time, so the text is made when it is first read (then kept). The rule
    has decided by then; the text only explains it. The rules pass a module-level function
    and a tuple of plain values (dates, numbers), never the klant's facts: a caseload's
    signals then keep no other objects alive for the garbage collector to visit.
    """

    __slots__ = ("code", "titel", "_uitleg", "_args", "urgentie", "sinds")

    code: str
    titel: str
    urgentie: Urgentie
    sinds: date

    def __init__(self, code: str, titel: str, uitleg: str | Callable[..., str], urgentie: Urgentie,
                 sinds: date, args: tuple = ()) -> None:
        zet = object.__setattr__
        zet(self, "code", code)
        zet(self, "titel", titel)
        zet(self, "_uitleg", uitleg)
        zet(self, "_args", args)
        zet(self, "urgentie", urgentie)
        zet(self, "sinds", sinds)

    @property
    def uitleg(self) -> str:
        tekst = self._uitleg
        if type(tekst) is not str:
            tekst = tekst(*self._args)
            object.__setattr__(self, "_uitleg", tekst)
            object.__setattr__(self, "_args", ())
        return tekst

    def __setattr__(self, naam: str, waarde) -> None:
        raise FrozenInstanceError(f"Een signaal verandert niet (veld {naam!r}).")

    __delattr__ = __setattr__

    def _waarden(self) -> tuple:
        return self.code, self.titel, self.uitleg, self.urgentie, self.sinds

    def __eq__(self, ander) -> bool:
        if ander.__class__ is not Signaal:
            return NotImplemented
        return self._waarden() == ander._waarden()

    def __hash__(self) -> int:
        return hash(self._waarden())

    def __repr__(self) -> str:
        return (f"Signaal(code={self.code!r}, titel={self.titel!r}, uitleg={self.uitleg!r}, "
                f"urgentie={self.urgentie!r}, sinds={self.sinds!r})")

    def __reduce__(self):
        return Signaal, self._waarden()

    @property
    def badge(self) -> str:
        return badge_tekst(self.titel, self.urgentie)


def _signaal(code: str, uitleg: str | Callable[..., str], args: tuple, sinds: date,
             urgentie: Urgentie | None = None) -> Signaal:
    d = SIGNAAL_DEFINITIES[code]
    return Signaal(code, d.titel, uitleg, urgentie or d.urgentie, sinds, args)


_VOLGORDE = {**URGENTIE_VOLGORDE, **{u.value: i for u, i in URGENTIE_VOLGORDE.items()}}
"""By member and by value (a str-enum member hashes by its name, so both are keys)."""


def _sorteersleutel(s: Signaal) -> tuple:
    return _VOLGORDE[s.urgentie], s.sinds, s.code


def sorteer_signalen(signalen: Iterable[Signaal]) -> list[Signaal]:
    """Most urgent first; within an urgency the oldest (``sinds``) first, then by code."""
    return sorted(signalen, key=_sorteersleutel)


def _begin(feiten: KlantFeiten) -> date | None:
    """The start of the service: melding, else WW start."""
    return feiten.meldingsdatum or feiten.ww_startdatum


# --- one function per signal ----------------------------------------------------------
# Each rule decides (cheaply: it runs for every klant) and names the function that explains
# its signal with the plain values that text needs (run when the explanation is read).
def _intake(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    sinds = gs.intake_te_laat_sinds(f.meldingsdatum, ov, today)
    if sinds is None:
        return None
    return _signaal(INTAKE_TE_LAAT, _uitleg_intake, (f.meldingsdatum,), sinds)


def _uitleg_intake(melding: date) -> str:
    return (
        f"Geen intake binnen {_weken(c.INTAKE_TERMIJN_DAGEN)} na de melding van "
        f"{formatteer_datum(melding)}: de termijn liep af op "
        f"{formatteer_datum(gs.intake_deadline(melding))}."
    )


def _wog(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    if not gs.wog_aangewezen(f, today, ov):
        return None
    return _signaal(
        WOG_AANGEWEZEN, _uitleg_wog, (f.werkverkenner_band, f.digivaardig, f.wog_uitgenodigd_op_oordeel),
        f.werkverkenner_datum or _begin(f) or today,
    )


def _uitleg_wog(band: WerkverkennerBand | None, digivaardig: bool | None, op_oordeel: bool) -> str:
    redenen = []
    if band is not None and WerkverkennerBand(band).bovengrens <= c.WOG_BAND_GRENS_PROCENT:
        redenen.append(f"Werkverkenner {WerkverkennerBand(band).label}")
    if digivaardig is False:
        redenen.append("niet digivaardig")
    if op_oordeel:
        redenen.append("uitgenodigd op oordeel van de werkcoach")
    return (
        f"Uitnodigen bij Werkverkenner tot en met {c.WOG_BAND_GRENS_PROCENT} % of niet "
        f"digivaardig ({', '.join(redenen)}); nog geen werkoriëntatiegesprek gevoerd."
    )


def _monitor(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    sinds = gs.monitorgesprek_nodig_sinds(f, today, ov)
    if sinds is None:
        return None
    return _signaal(MONITORGESPREK_NODIG, _uitleg_monitor, (f.ww_startdatum, today), sinds)


def _uitleg_monitor(ww_start: date, today: date) -> str:
    return (
        f"Niet uitgenodigd voor een WOG en {_maanden(volle_maanden_tussen(ww_start, today))} in de WW "
        f"(vanaf {_maanden(c.MONITOR_NA_MAANDEN)}): plan een monitorgesprek."
    )


def _pawa(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    if f.instrumenten and any(i.instrument == Instrument.PASSEND_WERKAANBOD for i in f.instrumenten):
        return None  # already offered
    sinds = pawa_geschikt_sinds(f, today)
    if sinds is None:
        return None
    return _signaal(PAWA_MOGELIJK, _uitleg_pawa, (f.ww_startdatum, today, f.beschikbare_uren), sinds)


def _uitleg_pawa(ww_start: date, today: date, uren) -> str:
    return (
        f"{_maanden(volle_maanden_tussen(ww_start, today))} in de WW (minimaal "
        f"{c.PAWA_MIN_MAANDEN_WW}, of {c.PAWA_RISICO_MIN_MAANDEN_WW} bij risico op langdurige "
        f"werkloosheid) en {formatteer_getal(uren)} uur per week beschikbaar (minimaal "
        f"{c.PAWA_MIN_UREN_PER_WEEK} uur): bied {c.PAWA_AANTAL_VACATURES} vacatures aan."
    )


def _contact(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    sinds = gs.contact_te_lang_geleden_sinds(f, today, inst.contact_weken, ov)
    if sinds is None:
        return None
    return _signaal(
        CONTACT_TE_LANG_GELEDEN, _uitleg_contact,
        (ov.laatste_contact, today, inst.contact_weken, _begin(f), ov.volgend_gesprek), sinds,
    )


def _uitleg_contact(laatste: date | None, today: date, weken: int, begin: date | None,
                    volgend: date | None) -> str:
    norm = f"norm: contact om de {weken} weken"
    if laatste is not None:
        dagen = (today - laatste).days
        geleden = f"{dagen // 7} weken" if dagen >= 14 else f"{dagen} dagen"
        tekst = f"Laatste gesprek op {formatteer_datum(laatste)} ({geleden} geleden); {norm}."
    else:
        tekst = f"Nog geen gesprek gevoerd sinds {formatteer_datum(begin)}; {norm}."
    if volgend is not None:
        tekst = tekst[:-1] + f"; volgend gesprek gepland op {formatteer_datum(volgend)}."
    return tekst


def _sollicitatieplicht(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    periode = laatste_gesloten_tekort(f, today)
    if periode is None or periode.van in f.opgevolgde_perioden:
        return None  # met the norm, or the adviser has recorded what was done about it
    return _signaal(SOLLICITATIEPLICHT, _uitleg_sollicitatieplicht, (periode,), periode.tot + timedelta(days=1))


def _uitleg_sollicitatieplicht(periode) -> str:
    naar_rato = (
        f", naar rato van {periode.dagen_met_plicht} van {PERIODE_DAGEN} dagen met plicht"
        if periode.deels_vrijgesteld
        else ""
    )
    return (
        f"{periode.omschrijving}; norm {periode.norm} per "
        f"{c.SOLLICITATIENORM_PERIODE_WEKEN} weken{naar_rato}. Bespreek het met de klant en leg "
        "de opvolging vast."
    )


def _beschikbaarheid(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    if f.beschikbare_uren is None or f.uren_vorige_baan is None:
        return None
    if not f.beschikbare_uren < f.uren_vorige_baan:
        return None
    return _signaal(
        BESCHIKBAARHEID_LAGER, _uitleg_beschikbaarheid, (f.beschikbare_uren, f.uren_vorige_baan),
        f.beschikbaarheid_sinds or f.ww_startdatum or f.meldingsdatum or today,
    )


def _uitleg_beschikbaarheid(beschikbaar, vorige) -> str:
    return (
        f"{formatteer_getal(beschikbaar)} uur per week beschikbaar, vorige baan "
        f"{formatteer_getal(vorige)} uur: minder uren verlaagt het WW-recht."
    )


def _passende_arbeid(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    if f.ww_startdatum is None:
        return None
    if f.ww_einddatum is not None and today > f.ww_einddatum:
        return None
    vanaf = verruimd_op(f.ww_startdatum)
    if today < vanaf:
        return None
    return _signaal(PASSENDE_ARBEID_VERRUIMD, _uitleg_passende_arbeid, (f.ww_startdatum, vanaf), vanaf)


def _uitleg_passende_arbeid(ww_start: date, vanaf: date) -> str:
    if nieuwe_regeling(ww_start):
        regel = f"Na {_maanden(c.PASSENDE_ARBEID_EIGEN_NIVEAU_MAANDEN)} WW"
    else:
        grens = formatteer_datum(c.PASSENDE_ARBEID_NIEUWE_REGELS_VANAF)
        regel = f"Na {_maanden(c.PASSENDE_ARBEID_OUDE_REGEL_MAANDEN)} WW (oude regeling, vóór {grens})"
    return (
        f"{regel} is sinds {formatteer_datum(vanaf)} alle arbeid passend; reistijd tot "
        f"{c.REISTIJD_ALLE_WERK_UUR_PER_DAG} uur per dag."
    )


def _einde_ww(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    einde = f.ww_einddatum
    if einde is None or f.warme_overdracht_gepland:
        return None
    vanaf = add_months(einde, -c.EINDE_WW_SIGNAAL_MAANDEN)
    if today < vanaf:
        return None
    urgent = today >= add_months(einde, -c.EINDE_WW_HOOG_MAANDEN)
    return _signaal(EINDE_WW_NADERT, _uitleg_einde_ww, (einde, today), vanaf,
                    Urgentie.HOOG if urgent else Urgentie.MIDDEL)


def _uitleg_einde_ww(einde: date, today: date) -> str:
    regel = f"signaal vanaf {_maanden(c.EINDE_WW_SIGNAAL_MAANDEN)} ervoor"
    if today > einde:
        tekst = f"WW is geëindigd op {formatteer_datum(einde)} ({regel})"
    else:
        tekst = f"WW eindigt op {formatteer_datum(einde)}, over {(einde - today).days} dagen ({regel})"
    return f"{tekst}: plan de warme overdracht naar de gemeente."


def _toestemming(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    if not f.instrumenten:
        return None
    status = budget_status(f.instrumenten, today)
    if not status.toestemming_ontbreekt:
        return None
    return _signaal(TOESTEMMING_NODIG, _uitleg_toestemming, (status,), status.ontbreekt_sinds or today)


def _uitleg_toestemming(status) -> str:
    return status.uitleg


def _begeleidingstijd(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    if f.resultaat_behaald:
        return None
    sinds = ov.zes_uur_bereikt_op
    if sinds is None:
        return None
    return _signaal(BEGELEIDINGSTIJD, _uitleg_begeleidingstijd, (ov.minuten,), sinds)


def _uitleg_begeleidingstijd(minuten: int) -> str:
    return (
        f"{formatteer_uren(minuten / 60)} begeleiding zonder resultaat {_BEGELEIDING_NORMEN}: "
        "overweeg een re-integratiebedrijf."
    )


_BEGELEIDING_NORMEN = (
    f"(grens {formatteer_uren(c.BEGELEIDING_ZONDER_RESULTAAT_UUR)}, normtijd "
    f"{formatteer_getal(c.NORMTIJD_MIN_UUR)}–{formatteer_uren(c.NORMTIJD_MAX_UUR)})"
)


def _ouderen(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    if f.geboortedatum is None or f.arbeidsmarktkansen_gewogen:
        return None
    if not is_57_plus(f.geboortedatum, today):
        return None
    sinds = max(d for d in (wordt_57_op(f.geboortedatum), _begin(f)) if d is not None)
    return _signaal(OUDEREN_WEGING, _uitleg_ouderen, (f.geboortedatum, today), sinds)


def _uitleg_ouderen(geboren: date, today: date) -> str:
    return (
        f"Klant is {leeftijd(geboren, today)} jaar ({c.OUDEREN_LEEFTIJD}+): weeg de "
        "arbeidsmarktkansen expliciet, niet alleen de eigen visie van de klant."
    )


def _werkplan(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    wog = ov.wog_gevoerd_op
    if wog is None or today <= wog:
        return None
    ontbreekt = []
    if f.werkplan_vastgesteld_op is None:
        ontbreekt.append(
            "werkplan is nog concept, zonder vastgestelde versie"
            if f.werkplan_concept
            else "nog geen werkplan vastgesteld"
        )
    if (f.werkplan_concept or f.werkplan_vastgesteld_op) and not f.werkplan_onderbouwing:
        ontbreekt.append("onderbouwing ontbreekt")
    zonder = sum(1 for i in f.instrumenten if not i.onderbouwd) if f.instrumenten else 0
    if zonder:
        ontbreekt.append(
            f"{zonder} instrument{'en' if zonder != 1 else ''} zonder onderbouwing"
        )
    if not ontbreekt:
        return None
    return _signaal(WERKPLAN_ONVOLLEDIG, _uitleg_werkplan, (wog, tuple(ontbreekt)), wog + timedelta(days=1))


def _uitleg_werkplan(wog: date, ontbreekt: tuple[str, ...]) -> str:
    return f"Na het werkoriëntatiegesprek van {formatteer_datum(wog)}: {'; '.join(ontbreekt)}."


def casuistiek_signaal(
    laatste: date | None, nooit: bool, today: date
) -> Signaal | None:
    """The adviser's case-review signal (also usable outside a dossier)."""
    kwartaal = _maanden(c.CASUISTIEK_PER_MAANDEN)
    if laatste is not None:
        sinds = add_months(laatste, c.CASUISTIEK_PER_MAANDEN) + timedelta(days=1)
        if today < sinds:
            return None
        return _signaal(
            CASUISTIEK,
            f"Laatste casuïstiekbespreking op {formatteer_datum(laatste)}: langer dan "
            f"{kwartaal} geleden (minstens eens per kwartaal).",
            (),
            sinds,
        )
    if nooit:
        return _signaal(
            CASUISTIEK,
            f"Nog geen casuïstiekbespreking gehad: minstens eens per kwartaal ({kwartaal}).",
            (),
            today,
        )
    return None


def _casuistiek(f: KlantFeiten, today: date, inst: SignaalInstellingen, ov: gs.GesprekOverzicht) -> Signaal | None:
    return casuistiek_signaal(f.laatste_casuistiek, f.casuistiek_nooit, today)


_REGELS: dict[str, Callable[[KlantFeiten, date, SignaalInstellingen, gs.GesprekOverzicht], Signaal | None]] = {
    INTAKE_TE_LAAT: _intake,
    WOG_AANGEWEZEN: _wog,
    MONITORGESPREK_NODIG: _monitor,
    PAWA_MOGELIJK: _pawa,
    CONTACT_TE_LANG_GELEDEN: _contact,
    SOLLICITATIEPLICHT: _sollicitatieplicht,
    BESCHIKBAARHEID_LAGER: _beschikbaarheid,
    PASSENDE_ARBEID_VERRUIMD: _passende_arbeid,
    EINDE_WW_NADERT: _einde_ww,
    TOESTEMMING_NODIG: _toestemming,
    BEGELEIDINGSTIJD: _begeleidingstijd,
    OUDEREN_WEGING: _ouderen,
    WERKPLAN_ONVOLLEDIG: _werkplan,
    CASUISTIEK: _casuistiek,
}


def bereken_signalen(
    feiten: KlantFeiten,
    today: date,
    instellingen: SignaalInstellingen | None = None,
    overzicht: gs.GesprekOverzicht | None = None,
) -> list[Signaal]:
    """All signals for one klant on ``today``, sorted (see :func:`sorteer_signalen`).

    ``overzicht`` is the klant's :class:`~werkcoach_tui.rules.gesprekken.GesprekOverzicht`
    on ``today`` when the caller already has it (the caseload reads it in bulk,
    ``gesprekken.gesprek_overzichten``); it then stands for ``feiten.gesprekken``.
    Without it the overview is made from ``feiten.gesprekken``."""
    if feiten.uitgestroomd:
        return []
    inst = instellingen or SignaalInstellingen()
    ov = overzicht if overzicht is not None else gs.gesprek_overzicht(feiten.gesprekken, today)
    uit = []
    for regel in _actieve_regels(inst.uitgeschakeld):
        s = regel(feiten, today, inst, ov)
        if s is not None:
            uit.append(s)
    return sorteer_signalen(uit) if len(uit) > 1 else uit


@lru_cache(maxsize=64)
def _actieve_regels(uitgeschakeld: frozenset[str]) -> tuple:
    return tuple(regel for code, regel in _REGELS.items() if code not in uitgeschakeld)
