"""Turn a real dossier into an oefencasus: always pseudonymised.

The rules (the same as for a case review, see ``shared/domain.md`` "Privacy"):

* stable pseudonyms: a keyed HMAC-SHA256 over the klantnummer picks a fictitious name;
  the key is made once and kept in the *source* store (setting ``pseudoniem_sleutel``),
  so the same dossier always gets the same pseudonym and nobody without the store can
  reverse it;
* an age band instead of the birth date (the case gets a birth date in the middle of
  the band; bands split at 57 so the 57+ rules still apply), months in the WW instead of
  dates (every date is rounded to whole weeks before the day the case is made);
* a region instead of an address; no phone number, e-mail, address, postcode or
  klantnummer;
* free text scrubbed of the klant's and adviser's names, e-mail addresses, phone
  numbers, dates, postcodes and long digit runs.

The lead will merge this with ``privacy/pseudoniem.py`` (casuïstiek); keep it small.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable, Optional

from werkcoach_tui.constants import ARBEIDSBEPERKING_MIN_MAATMAN_PROCENT, VROEGMELDER_MIN_WEKEN
from werkcoach_tui.models.enums import Dienstverleningsdoel, Opleidingsniveau, Zelfredzaam
from werkcoach_tui.oefenen.casus import (
    FORMAAT_VERSIE,
    Beeldvorming,
    CasusKlant,
    CasusNiveau,
    HistorieGesprek,
    InstrumentKeuze,
    Kernpunt,
    Modeluitwerking,
    Oefencasus,
    Situatie,
    Werkverkenner,
    laad_casus,
    casus_naar_dict,
)

SLEUTEL_INSTELLING = "pseudoniem_sleutel"

VOORNAMEN = (
    "Anouk", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanneke", "Imran", "Jolien",
    "Koen", "Lotte", "Mehmet", "Nadia", "Olaf", "Petra", "Quinten", "Roos", "Sander", "Tamara",
    "Umut", "Vera", "Wouter", "Yara",
)
ACHTERNAMEN = (
    "Aalbers", "Brink", "Coenen", "Dekker", "Evers", "Franssen", "Geurts", "Hoekstra", "IJzerman",
    "Jonker", "Kramer", "Lammers", "Mulder", "Nijland", "Oosterhuis", "Peeters", "Roelofs",
    "Smit", "Timmer", "Veenstra", "Wijnands", "Zeeman",
)
LEEFTIJDSBANDEN = ((18, 24), (25, 29), (30, 34), (35, 39), (40, 44), (45, 49), (50, 54), (55, 56),
                   (57, 59), (60, 64), (65, 70))
"""Age bands; 55–56 and 57–59 are apart so the 57+ rules (ouderen) keep their meaning."""



def _hmac(sleutel: bytes, waarde: str) -> bytes:
    return hmac.new(sleutel, waarde.encode("utf-8"), hashlib.sha256).digest()


def pseudoniem(sleutel: bytes, waarde: str) -> str:
    """A stable fictitious name for ``waarde`` (e.g. a klantnummer): same key, same name."""
    h = _hmac(sleutel, "naam:" + waarde)
    return f"{VOORNAMEN[h[0] % len(VOORNAMEN)]} {ACHTERNAMEN[h[1] % len(ACHTERNAMEN)]}"


def casus_id_voor(sleutel: bytes, klantnummer: str) -> str:
    return "dossier-" + _hmac(sleutel, "id:" + klantnummer).hex()[:8]


def leeftijdsband(leeftijd: int) -> tuple[int, int]:
    for lo, hi in LEEFTIJDSBANDEN:
        if lo <= leeftijd <= hi:
            return lo, hi
    return (LEEFTIJDSBANDEN[0] if leeftijd < LEEFTIJDSBANDEN[0][0] else LEEFTIJDSBANDEN[-1])


# -- free text -----------------------------------------------------------------------


def schoon_tekst(tekst: str, namen: Iterable[Optional[str]] = (), vervang: Optional[dict[str, str]] = None) -> str:
    """Scrub free text with the same rules as the casuïstiek view (``privacy.pseudoniem``):
    known names, e-mail, phone numbers, dates, postcodes, addresses, long digit runs."""
    from werkcoach_tui.privacy.pseudoniem import Schoonmaker
    from werkcoach_tui.privacy.pseudoniem import schoon_tekst as _schoon

    schoonmaker = Schoonmaker(namen=tuple(n for n in namen if n),
                              vervangingen={k: v for k, v in (vervang or {}).items() if k})
    return _schoon(tekst or "", schoonmaker)


# -- dates -----------------------------------------------------------------------------
def _weken_terug(d: date, peildatum: date) -> date:
    """``d`` rounded to whole weeks before ``peildatum`` (exact dates are identifying)."""
    weken = round((peildatum - d).days / 7)
    return peildatum - timedelta(weeks=weken)


def _geboortedatum_in_band(band: tuple[int, int], peildatum: date) -> date:
    jaren = band[0] + (band[1] - band[0]) // 2
    try:
        jaren_terug = peildatum.replace(year=peildatum.year - jaren)
    except ValueError:  # 29 February
        jaren_terug = peildatum.replace(year=peildatum.year - jaren, day=28)
    return jaren_terug - timedelta(days=182)


@dataclass(frozen=True)
class GemaakteCasus:
    casus: Oefencasus
    aandachtspunten: tuple[str, ...]
    """What the trainer must check or fill in (Dutch, one line each)."""


def maak_casus(klant: Any, gesprekken: Iterable[Any], samenvatting: Any, sleutel: bytes, today: date,
               andere_namen: Iterable[str] = ()) -> GemaakteCasus:
    """Build a pseudonymised oefencasus from a klant, its gesprekken and (optionally) its dossier summary.

    ``klant`` and ``gesprekken`` are the store's objects (or anything with the same attributes);
    ``samenvatting`` is a ``DossierSamenvatting`` or None. Pure: no I/O.
    """
    aandacht: list[str] = []
    nep_naam = pseudoniem(sleutel, klant.klantnummer)
    echte_namen = [klant.naam, getattr(klant, "adviseur", None), *andere_namen]
    vervang = {klant.naam: nep_naam, klant.klantnummer: "[klantnummer]"}
    for bron in (klant.email, klant.telefoon, klant.adres, klant.postcode):
        if bron:
            vervang[bron] = "[weggelaten]"

    def schoon(t: Optional[str]) -> str:
        return schoon_tekst(t or "", echte_namen, vervang).strip()

    if klant.geboortedatum:
        from werkcoach_tui.rules.datums import leeftijd

        band = leeftijdsband(leeftijd(klant.geboortedatum, today))
    else:
        band = (40, 44)
        aandacht.append("situatie.klant.geboortedatum: het dossier had geen geboortedatum; leeftijdsband 40–44 aangenomen.")
    geboortedatum = _geboortedatum_in_band(band, today)

    ww_start = _weken_terug(klant.ww_startdatum, today) if klant.ww_startdatum else None
    if klant.meldingsdatum:
        melding = _weken_terug(klant.meldingsdatum, today)
    else:
        melding = (ww_start or today) - timedelta(weeks=1)
        aandacht.append("situatie.klant.meldingsdatum: ontbrak in het dossier; een week vóór de WW-start aangenomen.")
    melding = min(melding, today)
    if ww_start and ww_start < melding - timedelta(days=366):
        melding = ww_start
    ww_einde = None
    if klant.ww_einddatum and ww_start:
        ww_einde = today + timedelta(weeks=round((klant.ww_einddatum - today).days / 7))
        if ww_einde <= ww_start:
            ww_einde = ww_start + timedelta(weeks=1)
    vroegmelder = bool(ww_start and (ww_start - melding).days > VROEGMELDER_MIN_WEKEN * 7)

    maatman = klant.maatman_procent
    if klant.arbeidsbeperking and maatman is None:
        maatman = ARBEIDSBEPERKING_MIN_MAATMAN_PROCENT
        aandacht.append("situatie.klant.maatman_procent: ontbrak in het dossier; vul het juiste percentage in.")
    opleiding = klant.opleidingsniveau
    if opleiding is None:
        opleiding = Opleidingsniveau.MBO2
        aandacht.append("situatie.klant.opleidingsniveau: ontbrak in het dossier; mbo 2 ingevuld, controleer.")
    vorige = klant.uren_vorige_baan if klant.uren_vorige_baan is not None else (klant.beschikbare_uren or 0)
    beschikbaar = klant.beschikbare_uren if klant.beschikbare_uren is not None else vorige

    s = samenvatting
    regio = schoon(getattr(s, "regio", None)) if s is not None else ""
    beroep = schoon(klant.laatste_beroep) or "onbekend beroep"
    ck = CasusKlant(
        naam=nep_naam,
        geboortedatum=geboortedatum,
        woonplaats=regio or "Regio niet vastgelegd",
        digivaardig=bool(klant.digivaardig),
        meldingsdatum=melding,
        ww_startdatum=ww_start,
        ww_einddatum=ww_einde,
        uren_vorige_baan=float(vorige),
        beschikbare_uren=float(beschikbaar),
        opleidingsniveau=opleiding,
        werkverkenner_band=klant.werkverkenner_band,
        vroegmelder=vroegmelder,
        arbeidsbeperking=bool(klant.arbeidsbeperking),
        maatman_procent=int(round(maatman)) if klant.arbeidsbeperking else None,
        grensregio=bool(klant.grensregio),
        laatste_beroep=beroep,
    )

    historie = []
    for g in sorted(gesprekken, key=lambda g: g.datum):
        if getattr(g, "status", "gevoerd") != "gevoerd" or g.datum > today:
            continue
        datum = max(_weken_terug(g.datum, today), melding)
        historie.append(HistorieGesprek(datum=datum, type=g.type, kanaal=g.kanaal,
                                        duur_minuten=min(max(int(g.duur_minuten or 0), 1), 480),
                                        notitie=schoon(g.notitie) or "(geen notitie in het dossier)"))

    maanden = None
    if ww_start:
        from werkcoach_tui.rules.datums import maand_in_ww

        maanden = maand_in_ww(ww_start, today)
    verhaal = "\n\n".join([
        f"{nep_naam} ({band[0]}–{band[1]} jaar) werkte als {beroep}"
        + (f" en zit in maand {maanden} van de WW." if maanden else " en heeft zich gemeld bij UWV."),
        "Deze casus is gemaakt uit een gepseudonimiseerd dossier: namen, data, adres en contactgegevens "
        "zijn vervangen of weggelaten.",
        "Trainer: schrijf hier in de woorden van de klant wat hij of zij in het gesprek vertelt.",
    ])
    aandacht.append("situatie.verhaal: vervang de standaardtekst door het verhaal van de klant.")

    lijst = lambda xs: tuple(x for x in (schoon(v) for v in (xs or ())) if x)  # noqa: E731
    beeld = Beeldvorming(
        werkervaring="",
        competenties=lijst(getattr(s, "competenties", ())),
        belemmeringen=lijst(getattr(s, "belemmeringen", ())),
        wensberoepen=lijst(getattr(s, "wensberoepen", ())),
        regio=regio,
        netwerk="",
        zoekgedrag="",
    )

    zr = getattr(s, "zelfredzaam", None)
    doel = getattr(s, "dienstverleningsdoel", None)
    if zr is None or doel is None:
        aandacht.append("modeluitwerking: het dossier had geen volledig oordeel; vul zelfredzaam en "
                   "dienstverleningsdoel met hun toelichting in.")
    passend = tuple(
        InstrumentKeuze(i.instrument, schoon(i.onderbouwing) or "In het oorspronkelijke dossier ingezet; vul de redenering aan.")
        for i in getattr(s, "instrumenten", ()) or ()
    )
    visie = schoon(getattr(s, "visie_werkcoach", ""))
    if not visie:
        aandacht.append("modeluitwerking.visie_toelichting: het dossier had geen visie van de werkcoach; schrijf de modelvisie.")
    m = Modeluitwerking(
        zelfredzaam=zr or Zelfredzaam.DEELS,
        zelfredzaam_toelichting=schoon(getattr(s, "zelfredzaam_toelichting", "")) or "Nog in te vullen door de trainer.",
        dienstverleningsdoel=doel or Dienstverleningsdoel.WERK_FIT_BLIJVEN,
        dienstverleningsdoel_toelichting="Nog in te vullen door de trainer.",
        verwachte_signalen=(),
        passende_instrumenten=passend,
        niet_passende_instrumenten=(),
        kernpunten_onderbouwing=(
            Kernpunt(
                punt="Vraag van werkgevers in de regio",
                trefwoorden=("regio", "werkgever*", "vacature*", "vraag naar", "tekort*", "kansrijk*"),
                uitleg="Een besluit is onderbouwd als het de vraag van werkgevers in de regio koppelt aan wat "
                       "de klant kan en aan het gekozen instrument.",
            ),
        ),
        visie_toelichting=visie or "Nog in te vullen door de trainer.",
    )
    aandacht.append("modeluitwerking: vul verwachte_signalen, niet_passende_instrumenten en de kernpunten aan.")
    casus = Oefencasus(
        formaat_versie=FORMAAT_VERSIE,
        id=casus_id_voor(sleutel, klant.klantnummer),
        titel=f"Uit de praktijk: {beroep}",
        niveau=CasusNiveau.GEVORDERD,
        referentiedatum=today,
        leerdoelen=("Een echte situatie methodisch uitwerken: beeldvorming, oordeel en een onderbouwd besluit",),
        situatie=Situatie(klant=ck, verhaal=verhaal,
                          werkverkenner=Werkverkenner(band=klant.werkverkenner_band, factoren=()),
                          historie=tuple(historie), beeldvorming=beeld),
        modeluitwerking=m,
    )
    laad_casus(casus_naar_dict(casus))  # what we write must validate
    return GemaakteCasus(casus, tuple(aandacht))


def sleutel_uit_store(store: Any, wie: str, nu: Any) -> bytes:
    """The pseudonymisation key of a store: read it, or make it once (audited, value never logged)."""
    from werkcoach_tui.models.instelling import Instelling
    from werkcoach_tui.services.audit import schrijf_audit

    with store.schrijf() as s:
        rij = s.get(Instelling, SLEUTEL_INSTELLING)
        if rij is None or not rij.waarde:
            rij = Instelling(sleutel=SLEUTEL_INSTELLING, waarde=secrets.token_hex(32))
            s.add(rij)
            schrijf_audit(s, tijdstip=nu, wie=wie, actie="aanmaken", entiteit="instelling",
                          veld=SLEUTEL_INSTELLING, nieuw="(nieuwe sleutel, waarde niet gelogd)")
        return bytes.fromhex(rij.waarde)
