"""Methodisch handelen: which fields each step has, and how complete a step is.

Gates, not walls: the adviser may move on with gaps; :func:`volledigheid` lists
them (Dutch, one line each) so they are shown as open points. Pure: a function of
plain data (:class:`DossierFeiten`) and ``today``.

What counts per step (one item each):

* **Beeldvorming** (11): opleiding en niveau, werkervaring, competenties,
  belemmeringen, wensberoepen, beschikbaarheid (uren, regio, maximale reistijd),
  vervoer, digivaardigheid, netwerk, zoekgedrag, Werkverkenner (band, or "niet
  ingevuld" with the factors that weigh). Each line of "ontbrekende informatie"
  is an open point too, but not an item.
* **Oordeelsvorming** (7, +1 when the visies differ, +1 for a WOG on the adviser's
  judgement, +1 for a klant of 57+): zelfredzaam, toelichting, afstand tot de
  arbeidsmarkt, dienstverleningsdoel, bevorderende factoren, belemmerende
  factoren, visie van de werkcoach (required), visie van de klant; where they
  differ, why the adviser's view prevails; the reason for a WOG invitation on
  judgement; 57+: "arbeidsmarktkansen expliciet gewogen".
* **Besluiten** (3 + 1 per instrument, +1 when approval is needed): dienstverlening,
  instrumenten gekozen (or explicitly none), an onderbouwing per instrument (all
  three parts: demand of employers, fitness of the klant, the instrument's
  contribution), approval (who and when) when the total is above € 2.000, at
  least one proposed afspraak.
* **Uitvoeren** (4, +1 when closing): acties vastgelegd, a contact moment in this
  round, the evaluation, "doel bereikt?"; closing needs an uitstroomreden.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Optional

from werkcoach_tui.models.enums import MethodeStap
from werkcoach_tui.rules.budget import toestemming_nodig
from werkcoach_tui.rules.ouderen import is_57_plus
from werkcoach_tui.rules.opmaak import formatteer_euro

STAPPEN: tuple[MethodeStap, ...] = (
    MethodeStap.BEELDVORMING,
    MethodeStap.OORDEELSVORMING,
    MethodeStap.BESLUITEN,
    MethodeStap.UITVOEREN,
)

# Field kinds of the JSON column ``DossierRonde.velden``.
TEKST = "tekst"
LIJST = "lijst"
GEHEEL = "geheel"
KEUZE = "keuze"
VINK = "vink"
DATUM = "datum"

VELDEN: dict[str, tuple[MethodeStap, str]] = {
    # beeldvorming
    "opleiding": (MethodeStap.BEELDVORMING, TEKST),
    "werkervaring": (MethodeStap.BEELDVORMING, TEKST),
    "competenties": (MethodeStap.BEELDVORMING, LIJST),
    "belemmeringen": (MethodeStap.BEELDVORMING, LIJST),
    "wensberoepen": (MethodeStap.BEELDVORMING, LIJST),
    "beschikbare_dagen": (MethodeStap.BEELDVORMING, TEKST),
    "regio": (MethodeStap.BEELDVORMING, TEKST),
    "max_reistijd_minuten": (MethodeStap.BEELDVORMING, GEHEEL),
    "vervoer": (MethodeStap.BEELDVORMING, TEKST),
    "digivaardigheid": (MethodeStap.BEELDVORMING, TEKST),
    "netwerk": (MethodeStap.BEELDVORMING, TEKST),
    "zoekgedrag": (MethodeStap.BEELDVORMING, TEKST),
    "werkverkenner_factoren": (MethodeStap.BEELDVORMING, LIJST),
    "werkverkenner_niet_ingevuld": (MethodeStap.BEELDVORMING, VINK),
    "ontbrekende_informatie": (MethodeStap.BEELDVORMING, LIJST),
    # oordeelsvorming
    "zelfredzaam": (MethodeStap.OORDEELSVORMING, KEUZE),
    "zelfredzaam_toelichting": (MethodeStap.OORDEELSVORMING, TEKST),
    "afstand_arbeidsmarkt": (MethodeStap.OORDEELSVORMING, KEUZE),
    "dienstverleningsdoel": (MethodeStap.OORDEELSVORMING, KEUZE),
    "bevorderend_beinvloedbaar": (MethodeStap.OORDEELSVORMING, LIJST),
    "bevorderend_niet_beinvloedbaar": (MethodeStap.OORDEELSVORMING, LIJST),
    "belemmerend_beinvloedbaar": (MethodeStap.OORDEELSVORMING, LIJST),
    "belemmerend_niet_beinvloedbaar": (MethodeStap.OORDEELSVORMING, LIJST),
    "visie_werkcoach": (MethodeStap.OORDEELSVORMING, TEKST),
    "visie_klant": (MethodeStap.OORDEELSVORMING, TEKST),
    "visies_verschillen": (MethodeStap.OORDEELSVORMING, VINK),
    "waarom_visie_werkcoach": (MethodeStap.OORDEELSVORMING, TEKST),
    "risico_langdurig_werkloos": (MethodeStap.OORDEELSVORMING, VINK),
    "wog_op_oordeel": (MethodeStap.OORDEELSVORMING, VINK),
    "wog_reden": (MethodeStap.OORDEELSVORMING, TEKST),
    "in_reintegratietraject": (MethodeStap.OORDEELSVORMING, VINK),
    "arbeidsmarktkansen_gewogen": (MethodeStap.OORDEELSVORMING, VINK),
    "arbeidsmarktkansen_toelichting": (MethodeStap.OORDEELSVORMING, TEKST),
    # besluiten
    "dienstverlening": (MethodeStap.BESLUITEN, TEKST),
    "geen_instrumenten": (MethodeStap.BESLUITEN, VINK),
    "toestemming_door": (MethodeStap.BESLUITEN, TEKST),
    "toestemming_op": (MethodeStap.BESLUITEN, DATUM),
    # uitvoeren
    "evaluatie": (MethodeStap.UITVOEREN, TEKST),
    "doel_bereikt": (MethodeStap.UITVOEREN, KEUZE),
}
"""Every field of a round: the step it belongs to and its kind."""

BEELD_VELDEN = tuple(k for k, (s, _) in VELDEN.items() if s == MethodeStap.BEELDVORMING)
"""What a new round carries over: the picture."""

KLANT_VELDEN = ("opleidingsniveau", "beschikbare_uren", "werkverkenner_band", "digivaardig")
"""Beeldvorming facts that live on the klant itself (one source of truth)."""

DOEL_BEREIKT = (("Ja", "ja"), ("Nee", "nee"))


@dataclass(frozen=True)
class InstrumentRegel:
    """An instrument as the completeness rule sees it."""

    label: str
    kosten: Decimal = Decimal("0")
    vraag_werkgevers: str = ""
    geschiktheid_klant: str = ""
    bijdrage_instrument: str = ""

    @property
    def onderbouwing_ontbreekt(self) -> list[str]:
        uit = []
        if not self.vraag_werkgevers.strip():
            uit.append("de vraag van werkgevers")
        if not self.geschiktheid_klant.strip():
            uit.append("de geschiktheid van de klant")
        if not self.bijdrage_instrument.strip():
            uit.append("wat het instrument bijdraagt")
        return uit


@dataclass(frozen=True)
class DossierFeiten:
    """Plain data of one round, for the completeness rules."""

    velden: dict[str, Any] = field(default_factory=dict)
    opleidingsniveau: Optional[str] = None
    beschikbare_uren: Optional[float] = None
    werkverkenner_band: Optional[str] = None
    digivaardig: Optional[bool] = None
    geboortedatum: Optional[date] = None
    instrumenten: tuple[InstrumentRegel, ...] = ()
    aantal_afspraken: int = 0
    contacten_in_ronde: int = 0
    sluiten: bool = False
    """The adviser is closing the dossier (an uitstroomreden is then required)."""
    uitstroomreden: Optional[str] = None


@dataclass(frozen=True)
class StapVolledigheid:
    stap: MethodeStap
    gedaan: int
    totaal: int
    ontbreekt: tuple[str, ...]
    """Missing items, Dutch, one line each (also includes open points that are not items)."""

    @property
    def compleet(self) -> bool:
        return self.gedaan == self.totaal

    @property
    def teller(self) -> str:
        return f"{self.gedaan}/{self.totaal}"


def gevuld(waarde: Any) -> bool:
    """True for a non-empty text, a non-empty list, a number, a date, or True."""
    if waarde is None or waarde is False:
        return False
    if isinstance(waarde, str):
        return bool(waarde.strip())
    if isinstance(waarde, (list, tuple)):
        return any(gevuld(v) for v in waarde)
    return True


def totale_kosten(instrumenten) -> Decimal:
    return sum((Decimal(str(i.kosten)) for i in instrumenten), Decimal("0.00"))


class _Teller:
    def __init__(self) -> None:
        self.gedaan = 0
        self.totaal = 0
        self.ontbreekt: list[str] = []

    def item(self, ok: bool, melding: str) -> None:
        self.totaal += 1
        if ok:
            self.gedaan += 1
        else:
            self.ontbreekt.append(melding)


def volledigheid(feiten: DossierFeiten, stap: MethodeStap, today: date) -> StapVolledigheid:
    """How complete ``stap`` is, and what is missing."""
    v = feiten.velden
    t = _Teller()
    if stap == MethodeStap.BEELDVORMING:
        t.item(feiten.opleidingsniveau is not None, "Opleiding: kies het opleidingsniveau.")
        t.item(gevuld(v.get("werkervaring")), "Werkervaring is niet beschreven.")
        t.item(gevuld(v.get("competenties")), "Competenties: noteer er minstens één.")
        t.item(gevuld(v.get("belemmeringen")),
               "Belemmeringen: vraag ernaar (in de woorden van de klant; 'geen' als er geen zijn).")
        t.item(gevuld(v.get("wensberoepen")), "Wensberoepen: kies er minstens één uit de beroepenlijst.")
        beschikbaar = []
        if feiten.beschikbare_uren is None:
            beschikbaar.append("uren")
        if not gevuld(v.get("regio")):
            beschikbaar.append("regio")
        if v.get("max_reistijd_minuten") in (None, ""):
            beschikbaar.append("maximale reistijd")
        t.item(not beschikbaar, "Beschikbaarheid: " + ", ".join(beschikbaar) + " ontbreekt.")
        t.item(gevuld(v.get("vervoer")), "Vervoer is niet ingevuld.")
        t.item(feiten.digivaardig is not None and (feiten.digivaardig or gevuld(v.get("digivaardigheid"))),
               "Digivaardigheid: beschrijf wat de klant digitaal wel en niet kan.")
        t.item(gevuld(v.get("netwerk")), "Netwerk is niet beschreven.")
        t.item(gevuld(v.get("zoekgedrag")), "Zoekgedrag tot nu toe is niet beschreven.")
        t.item(feiten.werkverkenner_band is not None or bool(v.get("werkverkenner_niet_ingevuld")),
               "Werkverkenner: vul de band in, of vink aan dat de klant hem niet heeft ingevuld.")
        for regel in v.get("ontbrekende_informatie") or []:
            if gevuld(regel):
                t.ontbreekt.append(f"Nog uitzoeken: {str(regel).strip()}")
    elif stap == MethodeStap.OORDEELSVORMING:
        t.item(gevuld(v.get("zelfredzaam")), "Zelfredzaam: kies ja, deels of nee.")
        t.item(gevuld(v.get("zelfredzaam_toelichting")), "Zelfredzaam: de toelichting ontbreekt.")
        t.item(gevuld(v.get("afstand_arbeidsmarkt")), "Kies de afstand tot de arbeidsmarkt.")
        t.item(gevuld(v.get("dienstverleningsdoel")), "Kies een dienstverleningsdoel.")
        t.item(gevuld(v.get("bevorderend_beinvloedbaar")) or gevuld(v.get("bevorderend_niet_beinvloedbaar")),
               "Bevorderende factoren: noteer er minstens één.")
        t.item(gevuld(v.get("belemmerend_beinvloedbaar")) or gevuld(v.get("belemmerend_niet_beinvloedbaar")),
               "Belemmerende factoren: noteer er minstens één (of 'geen').")
        t.item(gevuld(v.get("visie_werkcoach")), "De visie van de werkcoach ontbreekt (verplicht).")
        t.item(gevuld(v.get("visie_klant")), "De visie van de klant ontbreekt.")
        if v.get("visies_verschillen"):
            t.item(gevuld(v.get("waarom_visie_werkcoach")),
                   "De visies verschillen: leg uit waarom de visie van de werkcoach zwaarder weegt.")
        if v.get("wog_op_oordeel"):
            t.item(gevuld(v.get("wog_reden")), "WOG op oordeel van de werkcoach: noteer de reden.")
        if is_57_plus(feiten.geboortedatum, today):
            t.item(bool(v.get("arbeidsmarktkansen_gewogen")) and gevuld(v.get("arbeidsmarktkansen_toelichting")),
                   "Klant is 57+: weeg de arbeidsmarktkansen expliciet en licht dat toe (verplicht).")
    elif stap == MethodeStap.BESLUITEN:
        t.item(gevuld(v.get("dienstverlening")), "Beschrijf de dienstverlening (hoe de klant begeleid wordt).")
        t.item(bool(feiten.instrumenten) or bool(v.get("geen_instrumenten")),
               "Kies een instrument, of vink aan dat er geen instrument nodig is.")
        for i in feiten.instrumenten:
            mist = i.onderbouwing_ontbreekt
            t.item(not mist, f"Onderbouwing van '{i.label}': {', '.join(mist)} ontbreekt.")
        totaal = totale_kosten(feiten.instrumenten)
        if toestemming_nodig(totaal):
            t.item(gevuld(v.get("toestemming_door")) and gevuld(v.get("toestemming_op")),
                   f"Toestemming nodig: totaal {formatteer_euro(totaal)} is boven € 2.000; "
                   "noteer wie toestemming gaf en wanneer.")
        t.item(feiten.aantal_afspraken > 0, "Stel minstens één werkplanafspraak voor.")
    elif stap == MethodeStap.UITVOEREN:
        t.item(feiten.aantal_afspraken > 0 or bool(feiten.instrumenten),
               "Er zijn nog geen afgesproken acties (afspraken of instrumenten).")
        t.item(feiten.contacten_in_ronde > 0, "Er is in deze ronde nog geen contactmoment gevoerd.")
        t.item(gevuld(v.get("evaluatie")), "De evaluatie is nog niet geschreven.")
        t.item(gevuld(v.get("doel_bereikt")), "Evaluatie: is het doel bereikt? Kies ja of nee.")
        if feiten.sluiten:
            t.item(gevuld(feiten.uitstroomreden), "Kies een uitstroomreden om het dossier af te sluiten.")
    else:
        return StapVolledigheid(stap, 0, 0, ())
    return StapVolledigheid(stap, t.gedaan, t.totaal, tuple(t.ontbreekt))


def alle_stappen(feiten: DossierFeiten, today: date) -> dict[MethodeStap, StapVolledigheid]:
    return {s: volledigheid(feiten, s, today) for s in STAPPEN}


def toestemming_status(instrumenten, door: Any, op: Any) -> str:
    """'' when within own authority; else 'toestemming nodig' or 'toestemming gegeven'."""
    if not toestemming_nodig(totale_kosten(instrumenten)):
        return ""
    if gevuld(door) and gevuld(op):
        return "toestemming gegeven"
    return "toestemming nodig"
