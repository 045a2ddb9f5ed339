"""Oefencasussen: het bestandsformaat (versie 1), inlezen, controleren, terugschrijven.

Een oefencasus is een verzonnen klant met een modeluitwerking, voor trainers en
werkcoaches in opleiding. Het formaat staat beschreven in ``docs/oefencasus-formaat.md``;
de dataclasses hieronder zijn de enige bron van waarheid voor de velden: de lezer en
de schrijver lopen over dezelfde velden, in dezelfde volgorde.

- :func:`laad_casus` leest een bestand (of een al ingelezen ``dict``) en controleert het
  volledig. Elke fout noemt het precieze veld, bijvoorbeeld
  ``modeluitwerking.dienstverleningsdoel: onbekende waarde 'x'; kies uit ...``.
- :func:`laad_alle` leest een hele map; :func:`laad_alle_met_fouten` laat de goede
  casussen door en geeft de fouten apart terug (voor het scherm).
- :func:`casus_naar_dict` / :func:`casus_naar_json` / :func:`schrijf_casus` schrijven terug
  (``laad_casus(casus_naar_dict(c)) == c``).
- :func:`verschuif_casus` verschuift alle data zodat ``referentiedatum`` op een gekozen
  dag valt: de app laat een casus zo 'vandaag' spelen.

Puur: alleen de standaardbibliotheek en de enums/constanten van het project; geen
Textual, geen database.
"""

from __future__ import annotations

import json
import re
import sys
import types
import typing
import unicodedata
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Any, Iterable, Mapping, Union

from werkcoach_tui.constants import (
    ARBEIDSBEPERKING_MIN_MAATMAN_PROCENT,
    BUDGET_EIGEN_BEVOEGDHEID_EURO,
    CONTACT_FREQUENTIE_MAX_WEKEN,
    CONTACT_FREQUENTIE_MIN_WEKEN,
    INTAKE_TERMIJN_DAGEN,
    MAX_UREN_PER_WEEK,
    MONITOR_NA_MAANDEN,
    NORMTIJD_MAX_UUR,
    NORMTIJD_MIN_UUR,
    OUDEREN_LEEFTIJD,
    PASSENDE_ARBEID_EIGEN_NIVEAU_MAANDEN,
    PAWA_MIN_MAANDEN_WW,
    PAWA_MIN_UREN_PER_WEEK,
    PAWA_RISICO_MIN_MAANDEN_WW,
    SOLLICITATIENORM_AANTAL,
    SOLLICITATIENORM_PERIODE_WEKEN,
    VROEGMELDER_MIN_WEKEN,
    WOG_BAND_GRENS_PROCENT,
    BEGELEIDING_ZONDER_RESULTAAT_UUR,
    EINDE_WW_SIGNAAL_MAANDEN,
)
from werkcoach_tui.models.enums import (
    Dienstverleningsdoel,
    GesprekType,
    Instrument,
    Kanaal,
    LabeledEnum,
    Opleidingsniveau,
    WerkverkennerBand,
    Zelfredzaam,
)

__all__ = [
    "FORMAAT_VERSIE",
    "SIGNALEN",
    "CasusFout",
    "CasusNiveau",
    "Signaal",
    "CasusKlant",
    "WerkverkennerFactor",
    "Werkverkenner",
    "HistorieGesprek",
    "Beeldvorming",
    "Situatie",
    "InstrumentKeuze",
    "Kernpunt",
    "Modeluitwerking",
    "Oefencasus",
    "laad_casus",
    "laad_alle",
    "laad_alle_met_fouten",
    "casus_naar_dict",
    "casus_naar_json",
    "schrijf_casus",
    "verschuif_casus",
    "standaard_casusmap",
    "normaliseer",
    "trefwoord_patroon",
]

FORMAAT_VERSIE = 1
"""De versie van het bestandsformaat die deze code leest en schrijft."""

ONDERSTEUNDE_VERSIES: tuple[int, ...] = (1,)


class CasusNiveau(LabeledEnum):
    BASIS = ("basis", "Basis")
    GEVORDERD = ("gevorderd", "Gevorderd")


@dataclass(frozen=True)
class Signaal:
    """Een signaal dat de werkcoach in de casus hoort op te merken."""

    code: str
    label: str
    uitleg: str


def _komma(getal: float) -> str:
    """2.5 -> '2,5', 4.0 -> '4' (Nederlandse notatie)."""
    return f"{getal:g}".replace(".", ",")


def _uitleg_voor_trainees() -> dict[str, tuple[str, str]]:
    """Per signaalcode het label en de uitleg voor een werkcoach in opleiding (uitgebreider dan de badge)."""
    budget = f"{BUDGET_EIGEN_BEVOEGDHEID_EURO:,.0f}".replace(",", ".")
    lijst = [
        (
            "intake_te_laat",
            "Intake te laat",
            f"Het eerste gesprek hoort binnen {INTAKE_TERMIJN_DAGEN} dagen na de melding plaats te vinden.",
        ),
        (
            "wog_aangewezen",
            "Werkoriëntatiegesprek aangewezen",
            f"Klanten met een Werkverkenner-uitkomst tot en met {WOG_BAND_GRENS_PROCENT} % en "
            "niet-digivaardige klanten worden altijd uitgenodigd voor een werkoriëntatiegesprek.",
        ),
        (
            "monitorgesprek_nodig",
            "Monitorgesprek nodig",
            f"Niet uitgenodigd voor een werkoriëntatiegesprek en na {MONITOR_NA_MAANDEN} maanden "
            "nog werkloos: tijd voor een monitorgesprek.",
        ),
        (
            "pawa_mogelijk",
            "Passend werkaanbod mogelijk",
            f"PaWa: {PAWA_MIN_MAANDEN_WW} maanden of langer werkloos (of {PAWA_RISICO_MIN_MAANDEN_WW} "
            f"maanden met risico op langdurige werkloosheid), minstens {PAWA_MIN_UREN_PER_WEEK} uur "
            "per week beschikbaar, niet in een re-integratietraject, geen vrijstelling en niet in de "
            "laatste maand van de WW.",
        ),
        (
            "contact_te_lang_geleden",
            "Contact te lang geleden",
            "Met een zelfredzame klant is er ongeveer eens per "
            f"{CONTACT_FREQUENTIE_MIN_WEKEN} à {CONTACT_FREQUENTIE_MAX_WEKEN} weken contact, met wie "
            "meer begeleiding nodig heeft vaker. Langer stil is een signaal.",
        ),
        (
            "sollicitatieplicht",
            "Sollicitatieplicht vraagt een afspraak",
            f"De norm is {SOLLICITATIENORM_AANTAL} sollicitatieactiviteiten per "
            f"{SOLLICITATIENORM_PERIODE_WEKEN} weken. Hier vraagt de sollicitatieplicht een bewuste "
            "afspraak: een tekort (eerst een gesprek, dan een waarschuwing), een andere norm of vorm "
            "van verantwoording, of een vrijstelling met reden en periode.",
        ),
        (
            "beschikbaarheid_lager",
            "Minder uren beschikbaar",
            "De klant stelt zich voor minder uren beschikbaar dan in de vorige baan: dat verlaagt "
            "het recht op WW. Wijs de klant daarop.",
        ),
        (
            "passende_arbeid_verruimd",
            "Passende arbeid verruimd",
            f"Na {PASSENDE_ARBEID_EIGEN_NIVEAU_MAANDEN} maanden WW is alle arbeid passend (reistijd "
            "tot 3 uur per dag), niet alleen werk op het eigen niveau.",
        ),
        (
            "einde_ww_nadert",
            "Einde WW nadert",
            f"Minder dan {EINDE_WW_SIGNAAL_MAANDEN} maanden WW over: stem tijdig af met de gemeente "
            "(warme overdracht), zodat de klant niet zonder ondersteuning komt te staan.",
        ),
        (
            "toestemming_nodig",
            "Toestemming nodig",
            f"Instrumenten boven € {budget} vallen buiten de eigen bevoegdheid van de adviseur: "
            "vraag toestemming.",
        ),
        (
            "begeleidingstijd",
            "Begeleidingstijd hoog",
            f"De normtijd is ongeveer {_komma(NORMTIJD_MIN_UUR)} tot {_komma(NORMTIJD_MAX_UUR)} uur begeleiding; "
            f"{_komma(BEGELEIDING_ZONDER_RESULTAAT_UUR)} uur zonder resultaat is 'niet goed verlopen'.",
        ),
        (
            "ouderen_weging",
            "Oudere klant: kansen expliciet wegen",
            f"Bij klanten van {OUDEREN_LEEFTIJD} jaar en ouder volgen adviseurs vaak de mening van "
            "de klant; leg vast dat de kansen op de arbeidsmarkt zelf zijn gewogen.",
        ),
        (
            "werkplan_onvolledig",
            "Werkplan onvolledig",
            "Het werkplan mist iets wezenlijks, meestal de onderbouwing: waarom deze dienstverlening, "
            "in verband met de vraag van werkgevers in de regio.",
        ),
    ]
    return {code: (label, uitleg) for code, label, uitleg in lijst}


NIET_IN_CASUS: frozenset[str] = frozenset({"casuistiek"})
"""Signaalcodes uit ``rules.signalen`` die niet over één klant gaan (de teambespreking)."""


def _signalen() -> dict[str, Signaal]:
    """De codes komen uit ``rules.signalen`` (één bron van waarheid); hier alleen label en uitleg voor de les."""
    from werkcoach_tui.rules.signalen import SIGNAAL_CODES, SIGNAAL_DEFINITIES

    uitleg = _uitleg_voor_trainees()
    codes = [c for c in SIGNAAL_CODES if c not in NIET_IN_CASUS]
    ontbreekt = [c for c in codes if c not in uitleg]
    onbekend = [c for c in uitleg if c not in SIGNAAL_DEFINITIES]
    if ontbreekt or onbekend:  # pragma: no cover - caught by the tests when the rules change
        raise RuntimeError(
            f"oefenen.casus: signaaluitleg loopt niet gelijk met rules.signalen "
            f"(zonder uitleg: {ontbreekt}, onbekend: {onbekend})"
        )
    return {c: Signaal(c, *uitleg[c]) for c in codes}


SIGNALEN: dict[str, Signaal] = _signalen()
"""De signaalcodes die een casus als ``verwachte_signalen`` mag noemen, met label en uitleg.

Afgeleid van ``rules.signalen.SIGNAAL_CODES``, zonder
:data:`NIET_IN_CASUS`; een casus met een code die de regels niet kennen wordt geweigerd."""


# --------------------------------------------------------------------------
# Fouten
# --------------------------------------------------------------------------


class CasusFout(ValueError):
    """Een ongeldige oefencasus. ``fouten`` bevat één regel per fout: ``veld: melding``."""

    def __init__(self, fouten: str | Iterable[str], bron: str | None = None):
        if isinstance(fouten, str):
            fouten = [fouten]
        self.fouten: tuple[str, ...] = tuple(fouten)
        self.bron = bron
        super().__init__(self._tekst())

    def _tekst(self) -> str:
        kop = f"{self.bron}: " if self.bron else ""
        if len(self.fouten) == 1:
            return kop + self.fouten[0]
        regels = "\n".join(f"- {f}" for f in self.fouten)
        return f"{kop}{len(self.fouten)} fouten:\n{regels}"

    @property
    def velden(self) -> tuple[str, ...]:
        """De velden (paden) waar de fouten over gaan, in volgorde."""
        return tuple(f.split(": ", 1)[0] for f in self.fouten)


# --------------------------------------------------------------------------
# Het formaat, als dataclasses
# --------------------------------------------------------------------------
# Per veld kan ``metadata`` regels meegeven die de lezer controleert:
#   leeg_mag   tekst mag leeg zijn (anders: verplicht, niet alleen spaties)
#   min_items  lijst heeft minstens zoveel elementen
#   min, max   grenzen voor getallen
#   patroon    reguliere expressie voor tekst (met ``patroon_uitleg``)
#   keuzes     toegestane tekstwaarden (dict code -> iets met .label)
#   uniek      lijst zonder dubbele waarden


def _veld(**regels: Any) -> Any:
    return field(metadata=regels)


_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"


@dataclass(frozen=True)
class CasusKlant:
    """De personalia, met dezelfde veldnamen als een klantrecord."""

    naam: str
    geboortedatum: date
    woonplaats: str
    digivaardig: bool
    meldingsdatum: date
    ww_startdatum: date | None
    ww_einddatum: date | None
    uren_vorige_baan: float = _veld(min=0, max=MAX_UREN_PER_WEEK)
    beschikbare_uren: float = _veld(min=0, max=MAX_UREN_PER_WEEK)
    opleidingsniveau: Opleidingsniveau = _veld()
    werkverkenner_band: WerkverkennerBand | None = _veld()
    vroegmelder: bool = _veld()
    arbeidsbeperking: bool = _veld()
    maatman_procent: int | None = _veld(min=0, max=100)
    grensregio: bool = _veld()
    laatste_beroep: str = _veld()

    def leeftijd_op(self, peildatum: date) -> int:
        """Leeftijd in hele jaren op ``peildatum``."""
        g = self.geboortedatum
        return peildatum.year - g.year - ((peildatum.month, peildatum.day) < (g.month, g.day))


@dataclass(frozen=True)
class WerkverkennerFactor:
    factor: str
    toelichting: str


@dataclass(frozen=True)
class Werkverkenner:
    band: WerkverkennerBand | None
    factoren: tuple[WerkverkennerFactor, ...]


@dataclass(frozen=True)
class HistorieGesprek:
    datum: date
    type: GesprekType
    kanaal: Kanaal
    duur_minuten: int = _veld(min=1, max=480)
    notitie: str = _veld()


@dataclass(frozen=True)
class Beeldvorming:
    werkervaring: str = _veld(leeg_mag=True)
    competenties: tuple[str, ...] = _veld()
    belemmeringen: tuple[str, ...] = _veld()
    wensberoepen: tuple[str, ...] = _veld()
    regio: str = _veld(leeg_mag=True)
    netwerk: str = _veld(leeg_mag=True)
    zoekgedrag: str = _veld(leeg_mag=True)


@dataclass(frozen=True)
class Situatie:
    klant: CasusKlant
    verhaal: str
    werkverkenner: Werkverkenner
    historie: tuple[HistorieGesprek, ...]
    beeldvorming: Beeldvorming


@dataclass(frozen=True)
class InstrumentKeuze:
    instrument: Instrument
    waarom: str


@dataclass(frozen=True)
class Kernpunt:
    """Een punt dat in een goede onderbouwing genoemd wordt, met trefwoorden om het te herkennen."""

    punt: str
    trefwoorden: tuple[str, ...] = _veld(min_items=1)
    uitleg: str = _veld()


@dataclass(frozen=True)
class Modeluitwerking:
    zelfredzaam: Zelfredzaam
    zelfredzaam_toelichting: str
    dienstverleningsdoel: Dienstverleningsdoel
    dienstverleningsdoel_toelichting: str
    verwachte_signalen: tuple[str, ...] = _veld(keuzes=SIGNALEN, uniek=True)
    passende_instrumenten: tuple[InstrumentKeuze, ...] = _veld()
    niet_passende_instrumenten: tuple[InstrumentKeuze, ...] = _veld()
    kernpunten_onderbouwing: tuple[Kernpunt, ...] = _veld(min_items=1)
    visie_toelichting: str = _veld()

    def instrument_keuze(self, instrument: Instrument | str) -> tuple[str, InstrumentKeuze] | None:
        """``('passend'|'niet_passend', keuze)`` voor een instrument, of None als het model het niet noemt."""
        for soort, lijst in (
            ("passend", self.passende_instrumenten),
            ("niet_passend", self.niet_passende_instrumenten),
        ):
            for k in lijst:
                if k.instrument == instrument:
                    return soort, k
        return None


@dataclass(frozen=True)
class Oefencasus:
    formaat_versie: int
    id: str = _veld(patroon=_SLUG, patroon_uitleg="alleen kleine letters, cijfers en losse streepjes")
    titel: str = _veld()
    niveau: CasusNiveau = _veld()
    referentiedatum: date = _veld()
    leerdoelen: tuple[str, ...] = _veld(min_items=1)
    situatie: Situatie = _veld()
    modeluitwerking: Modeluitwerking = _veld()

    @property
    def klant(self) -> CasusKlant:
        return self.situatie.klant

    @property
    def leeftijd_klant(self) -> int:
        """Leeftijd van de klant op de referentiedatum."""
        return self.situatie.klant.leeftijd_op(self.referentiedatum)


# --------------------------------------------------------------------------
# Tekst normaliseren (ook gebruikt door de feedback)
# --------------------------------------------------------------------------

_NIET_ALFANUM = re.compile(r"[^a-z0-9]+")


def normaliseer(tekst: str) -> str:
    """Kleine letters, zonder accenten, leestekens als spatie: ``'Één café, 2.000!'`` -> ``'een cafe 2 000'``."""
    zonder = "".join(
        c
        for c in unicodedata.normalize("NFKD", tekst)
        # accenten weg, en onzichtbare tekens (zacht afbreekstreepje uit Word) ook
        if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    zonder = zonder.lower().replace("ß", "ss")
    return _NIET_ALFANUM.sub(" ", zonder).strip()


def trefwoord_patroon(trefwoord: str) -> tuple[tuple[str, bool], ...]:
    """Een trefwoord als reeks ``(woord, is_voorvoegsel)``.

    Een ``*`` aan het eind van een woord betekent 'begint met': ``vacature*`` vindt
    ``vacature``, ``vacatures`` en ``vacaturebank``. Leeg resultaat = onbruikbaar trefwoord.
    """
    patroon: list[tuple[str, bool]] = []
    for ruw in trefwoord.split():
        voorvoegsel = ruw.endswith("*")
        delen = normaliseer(ruw.rstrip("*")).split()
        if not delen:
            return ()
        for i, deel in enumerate(delen):
            patroon.append((deel, voorvoegsel and i == len(delen) - 1))
    return tuple(patroon)


# --------------------------------------------------------------------------
# Lezen
# --------------------------------------------------------------------------


class _Ongeldig:
    """Markering: dit veld was ongeldig (de fout is al genoteerd)."""


_ONGELDIG = _Ongeldig()

_JSON_MELDINGEN = {
    "Expecting ',' delimiter": "komma verwacht",
    "Expecting ':' delimiter": "dubbele punt verwacht",
    "Expecting value": "waarde verwacht (staat er een komma te veel of te weinig?)",
    "Expecting property name enclosed in double quotes": (
        "veldnaam tussen dubbele aanhalingstekens verwacht (komma te veel voor een '}'?)"
    ),
    "Unterminated string starting at": "tekst niet afgesloten met een dubbel aanhalingsteken",
    "Invalid control character at": "ongeldig teken in tekst (een regeleinde? schrijf \\n)",
    "Extra data": "extra tekst na het einde van de casus",
    "Invalid \\escape": "ongeldige backslash in tekst (schrijf \\\\ voor een backslash)",
}


def _type_naam(tp: Any) -> str:
    if tp is str:
        return "tekst"
    if tp is bool:
        return "true of false"
    if tp is int:
        return "een geheel getal"
    if tp is float:
        return "een getal"
    if tp is date:
        return "een datum (jjjj-mm-dd)"
    if isinstance(tp, type) and issubclass(tp, Enum):
        return "een tekstwaarde"
    if typing.get_origin(tp) is tuple:
        return "een lijst [...]"
    if is_dataclass(tp):
        return "een object {...}"
    return str(tp)


def _json_soort(waarde: Any) -> str:
    if waarde is None:
        return "null"
    if isinstance(waarde, bool):
        return "true/false"
    if isinstance(waarde, (int, float)):
        return "een getal"
    if isinstance(waarde, str):
        return "tekst"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een object"
    return type(waarde).__name__


def _optioneel(tp: Any) -> tuple[Any, bool]:
    """(basistype, mag_null) voor ``X | None``."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0], True
    return tp, False


class _Lezer:
    def __init__(self) -> None:
        self.fouten: list[str] = []

    def fout(self, pad: str, melding: str) -> _Ongeldig:
        self.fouten.append(f"{pad}: {melding}")
        return _ONGELDIG

    # -- één waarde -------------------------------------------------------
    def lees(self, waarde: Any, tp: Any, pad: str, regels: Mapping[str, Any]) -> Any:
        tp, mag_null = _optioneel(tp)
        if waarde is None:
            if mag_null:
                return None
            return self.fout(pad, f"mag niet leeg (null) zijn; verwacht {_type_naam(tp)}")
        if is_dataclass(tp):
            return self.lees_object(waarde, tp, pad)
        if typing.get_origin(tp) is tuple:
            return self.lees_lijst(waarde, typing.get_args(tp)[0], pad, regels)
        if tp is str:
            return self.lees_tekst(waarde, pad, regels)
        if tp is bool:
            if not isinstance(waarde, bool):
                return self.fout(pad, f"verwacht true of false, gevonden {_json_soort(waarde)}")
            return waarde
        if tp in (int, float):
            return self.lees_getal(waarde, tp, pad, regels)
        if tp is date:
            return self.lees_datum(waarde, pad)
        if isinstance(tp, type) and issubclass(tp, Enum):
            return self.lees_enum(waarde, tp, pad)
        raise TypeError(f"onbekend veldtype {tp!r} in {pad}")  # pragma: no cover - programmeerfout

    def lees_tekst(self, waarde: Any, pad: str, regels: Mapping[str, Any]) -> Any:
        if not isinstance(waarde, str):
            return self.fout(pad, f"verwacht tekst, gevonden {_json_soort(waarde)}")
        if not regels.get("leeg_mag") and not waarde.strip():
            return self.fout(pad, "mag niet leeg zijn")
        patroon = regels.get("patroon")
        if patroon and not re.fullmatch(patroon, waarde):
            return self.fout(
                pad, f"ongeldige waarde {waarde!r}: {regels.get('patroon_uitleg', patroon)}"
            )
        keuzes = regels.get("keuzes")
        if keuzes is not None and waarde not in keuzes:
            return self.fout(
                pad, f"onbekende waarde {waarde!r}; kies uit {', '.join(keuzes)}"
            )
        return waarde

    def lees_getal(self, waarde: Any, tp: type, pad: str, regels: Mapping[str, Any]) -> Any:
        if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
            return self.fout(pad, f"verwacht {_type_naam(tp)}, gevonden {_json_soort(waarde)}")
        if tp is int and not isinstance(waarde, int):
            return self.fout(pad, f"verwacht een geheel getal, gevonden {waarde!r}")
        laag, hoog = regels.get("min"), regels.get("max")
        if (laag is not None and waarde < laag) or (hoog is not None and waarde > hoog):
            return self.fout(pad, f"{waarde!r} ligt niet tussen {laag} en {hoog}")
        return waarde

    def lees_datum(self, waarde: Any, pad: str) -> Any:
        if not isinstance(waarde, str):
            return self.fout(pad, f"verwacht een datum als tekst (jjjj-mm-dd), gevonden {_json_soort(waarde)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", waarde):
            return self.fout(pad, f"ongeldige datum {waarde!r}; schrijf jjjj-mm-dd, bijvoorbeeld 2026-11-23")
        try:
            return date.fromisoformat(waarde)
        except ValueError:
            return self.fout(pad, f"ongeldige datum {waarde!r}: die dag bestaat niet")

    def lees_enum(self, waarde: Any, tp: type[Enum], pad: str) -> Any:
        if not isinstance(waarde, str):
            return self.fout(pad, f"verwacht een tekstwaarde, gevonden {_json_soort(waarde)}")
        try:
            return tp(waarde)
        except ValueError:
            pass
        keuzes = ", ".join(m.value for m in tp)
        hint = ""
        bedoeld = tp.from_text(waarde) if issubclass(tp, LabeledEnum) else None
        if bedoeld is not None:
            hint = f" (bedoel je {bedoeld.value!r}?)"
        return self.fout(pad, f"onbekende waarde {waarde!r}{hint}; kies uit {keuzes}")

    def lees_lijst(self, waarde: Any, elem_tp: Any, pad: str, regels: Mapping[str, Any]) -> Any:
        if not isinstance(waarde, list):
            return self.fout(pad, f"verwacht een lijst [...], gevonden {_json_soort(waarde)}")
        min_items = regels.get("min_items", 0)
        if len(waarde) < min_items:
            return self.fout(pad, f"moet minstens {min_items} element(en) bevatten")
        elem_regels = {k: v for k, v in regels.items() if k in ("keuzes", "leeg_mag")}
        uit: list[Any] = []
        gezien: set[Any] = set()
        for i, elem in enumerate(waarde, start=1):
            gelezen = self.lees(elem, elem_tp, f"{pad}[{i}]", elem_regels)
            if gelezen is _ONGELDIG:
                continue
            if regels.get("uniek"):
                if gelezen in gezien:
                    self.fout(f"{pad}[{i}]", f"{gelezen!r} staat er al eerder in")
                gezien.add(gelezen)
            uit.append(gelezen)
        if len(uit) != len(waarde):
            return _ONGELDIG
        return tuple(uit)

    def lees_object(self, waarde: Any, tp: type, pad: str) -> Any:
        if not isinstance(waarde, dict):
            return self.fout(pad or "(casus)", f"verwacht een object {{...}}, gevonden {_json_soort(waarde)}")
        hints = typing.get_type_hints(tp)
        velden = fields(tp)
        namen = [f.name for f in velden]
        prefix = f"{pad}." if pad else ""
        onbekend = [k for k in waarde if k not in namen]
        for k in onbekend:
            self.fout(f"{prefix}{k}", f"onbekend veld; bekende velden hier: {', '.join(namen)}")
        kwargs: dict[str, Any] = {}
        ok = not onbekend
        for f in velden:
            vpad = f"{prefix}{f.name}"
            if f.name not in waarde:
                self.fout(vpad, "ontbreekt" + (" (mag null zijn, maar moet er staan)" if _optioneel(hints[f.name])[1] else ""))
                ok = False
                continue
            gelezen = self.lees(waarde[f.name], hints[f.name], vpad, f.metadata)
            if gelezen is _ONGELDIG:
                ok = False
            kwargs[f.name] = gelezen
        if not ok:
            return _ONGELDIG
        return tp(**kwargs)


def _samenhang(c: Oefencasus) -> list[str]:
    """Controles over velden heen: fouten die een trainer makkelijk maakt."""
    fouten: list[str] = []
    k = c.situatie.klant
    kp = "situatie.klant"
    ref = c.referentiedatum

    if k.geboortedatum >= k.meldingsdatum:
        fouten.append(f"{kp}.geboortedatum: ligt niet vóór de meldingsdatum")
    if k.meldingsdatum > ref:
        fouten.append(f"{kp}.meldingsdatum: ligt na de referentiedatum {ref.isoformat()}")
    if k.ww_einddatum is not None:
        if k.ww_startdatum is None:
            fouten.append(f"{kp}.ww_einddatum: ingevuld terwijl ww_startdatum null is")
        elif k.ww_einddatum <= k.ww_startdatum:
            fouten.append(f"{kp}.ww_einddatum: ligt niet na ww_startdatum")
    if k.ww_startdatum is not None and k.ww_startdatum < k.meldingsdatum - timedelta(days=366):
        fouten.append(f"{kp}.ww_startdatum: ligt meer dan een jaar vóór de meldingsdatum")
    if k.vroegmelder:
        if k.ww_startdatum is None:
            fouten.append(f"{kp}.ww_startdatum: nodig bij een vroegmelder (de verwachte eerste WW-dag)")
        elif (k.ww_startdatum - k.meldingsdatum).days <= VROEGMELDER_MIN_WEKEN * 7:
            fouten.append(
                f"{kp}.vroegmelder: true, maar de melding ligt niet meer dan "
                f"{VROEGMELDER_MIN_WEKEN} weken vóór ww_startdatum"
            )
    elif k.ww_startdatum is not None and (k.ww_startdatum - k.meldingsdatum).days > VROEGMELDER_MIN_WEKEN * 7:
        fouten.append(
            f"{kp}.vroegmelder: false, maar de melding ligt meer dan {VROEGMELDER_MIN_WEKEN} weken "
            "vóór ww_startdatum; zet vroegmelder op true"
        )
    if k.arbeidsbeperking and k.maatman_procent is None:
        fouten.append(
            f"{kp}.maatman_procent: nodig bij een arbeidsbeperking (het percentage van het "
            f"maatmaninkomen dat de klant nog kan verdienen; extra steun vanaf "
            f"{ARBEIDSBEPERKING_MIN_MAATMAN_PROCENT} %)"
        )
    if not k.arbeidsbeperking and k.maatman_procent is not None:
        fouten.append(f"{kp}.maatman_procent: moet null zijn als arbeidsbeperking false is")

    wv = c.situatie.werkverkenner
    if wv.band != k.werkverkenner_band:
        fouten.append(
            "situatie.werkverkenner.band: wijkt af van situatie.klant.werkverkenner_band "
            f"({_waarde(wv.band)} tegen {_waarde(k.werkverkenner_band)})"
        )

    for i, g in enumerate(c.situatie.historie, start=1):
        hp = f"situatie.historie[{i}].datum"
        if g.datum > ref:
            fouten.append(f"{hp}: ligt na de referentiedatum {ref.isoformat()} (historie is verleden)")
        if g.datum < k.meldingsdatum:
            fouten.append(f"{hp}: ligt vóór de meldingsdatum {k.meldingsdatum.isoformat()}")

    m = c.modeluitwerking
    gezien: dict[Instrument, str] = {}
    for lijstnaam, lijst in (
        ("passende_instrumenten", m.passende_instrumenten),
        ("niet_passende_instrumenten", m.niet_passende_instrumenten),
    ):
        for i, keuze in enumerate(lijst, start=1):
            pad = f"modeluitwerking.{lijstnaam}[{i}].instrument"
            if keuze.instrument in gezien:
                fouten.append(
                    f"{pad}: {keuze.instrument.value!r} staat al in modeluitwerking.{gezien[keuze.instrument]}"
                )
            else:
                gezien[keuze.instrument] = lijstnaam
    for i, kern in enumerate(m.kernpunten_onderbouwing, start=1):
        for j, tw in enumerate(kern.trefwoorden, start=1):
            pad = f"modeluitwerking.kernpunten_onderbouwing[{i}].trefwoorden[{j}]"
            if not trefwoord_patroon(tw):
                fouten.append(f"{pad}: {tw!r} bevat geen letters of cijfers")
            elif "*" in tw.replace("* ", " ").rstrip("*"):
                fouten.append(f"{pad}: {tw!r}: een * mag alleen aan het eind van een woord staan")
    return fouten


def _waarde(x: Any) -> str:
    return "null" if x is None else repr(x.value if isinstance(x, Enum) else x)


def _duplicaat_sleutels(paren: list[tuple[str, Any]]) -> dict[str, Any]:
    uit: dict[str, Any] = {}
    for sleutel, waarde in paren:
        if sleutel in uit:
            raise _DubbelVeld(sleutel)
        uit[sleutel] = waarde
    return uit


class _DubbelVeld(Exception):
    pass


def _lees_json(pad: Path) -> Any:
    bron = pad.name
    try:
        tekst = pad.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise CasusFout("bestand niet gevonden", bron=str(pad)) from None
    except UnicodeDecodeError:
        raise CasusFout("het bestand is geen UTF-8; sla het op als UTF-8", bron=bron) from None
    except OSError as e:
        raise CasusFout(f"kan het bestand niet lezen ({e.strerror})", bron=bron) from None
    try:
        return json.loads(tekst, object_pairs_hook=_duplicaat_sleutels)
    except _DubbelVeld as e:
        raise CasusFout(f"veld {e.args[0]!r}: komt twee keer voor in hetzelfde object", bron=bron) from None
    except json.JSONDecodeError as e:
        melding = next((nl for en, nl in _JSON_MELDINGEN.items() if e.msg.startswith(en)), e.msg)
        raise CasusFout(
            f"(json): geen geldige JSON op regel {e.lineno}, kolom {e.colno}: {melding}", bron=bron
        ) from None


def laad_casus(bron: str | Path | Mapping[str, Any]) -> Oefencasus:
    """Lees en controleer één oefencasus: een pad naar een JSON-bestand, of een ``dict``.

    Geeft een :class:`Oefencasus` of werpt :class:`CasusFout` met alle gevonden fouten,
    elk met het precieze veld (``situatie.historie[2].datum: ...``; lijsten tellen vanaf 1).
    """
    naam: str | None = None
    if isinstance(bron, Mapping):
        data: Any = dict(bron)
    elif isinstance(bron, (str, Path)):
        pad = Path(bron)
        naam = pad.name
        data = _lees_json(pad)
    else:
        raise TypeError("laad_casus verwacht een pad of een dict")

    if not isinstance(data, dict):
        raise CasusFout(f"(casus): verwacht een object {{...}}, gevonden {_json_soort(data)}", bron=naam)
    if "formaat_versie" not in data:
        raise CasusFout(
            f'formaat_versie: ontbreekt; zet "formaat_versie": {FORMAAT_VERSIE} bovenaan de casus',
            bron=naam,
        )
    versie = data["formaat_versie"]
    if isinstance(versie, bool) or not isinstance(versie, int):
        raise CasusFout(f"formaat_versie: verwacht een geheel getal, gevonden {_json_soort(versie)}", bron=naam)
    if versie not in ONDERSTEUNDE_VERSIES:
        raise CasusFout(
            f"formaat_versie: versie {versie} wordt niet ondersteund; deze versie van Werkcoach "
            f"leest versie {', '.join(map(str, ONDERSTEUNDE_VERSIES))}",
            bron=naam,
        )

    lezer = _Lezer()
    casus = lezer.lees_object(data, Oefencasus, "")
    if lezer.fouten or casus is _ONGELDIG:
        raise CasusFout(lezer.fouten, bron=naam)
    samenhang = _samenhang(casus)
    if samenhang:
        raise CasusFout(samenhang, bron=naam)
    return casus


def laad_alle_met_fouten(map_: str | Path) -> tuple[list[Oefencasus], list[CasusFout]]:
    """Lees alle ``*.json`` in een map (op bestandsnaam gesorteerd).

    Geeft de geldige casussen en, apart, een :class:`CasusFout` per ongeldig bestand (ook
    voor een id die al in een eerder bestand voorkwam). Voor een scherm dat de goede
    casussen toont en de kapotte meldt.
    """
    map_ = Path(map_)
    if not map_.is_dir():
        return [], [CasusFout("map niet gevonden", bron=str(map_))]
    casussen: list[Oefencasus] = []
    fouten: list[CasusFout] = []
    ids: dict[str, str] = {}
    for pad in sorted(map_.glob("*.json")):
        try:
            casus = laad_casus(pad)
        except CasusFout as e:
            fouten.append(e)
            continue
        if casus.id in ids:
            fouten.append(CasusFout(f"id: {casus.id!r} wordt al gebruikt in {ids[casus.id]}", bron=pad.name))
            continue
        ids[casus.id] = pad.name
        casussen.append(casus)
    return casussen, fouten


def laad_alle(map_: str | Path) -> list[Oefencasus]:
    """Lees alle casussen in een map; werpt één :class:`CasusFout` met de fouten van alle bestanden."""
    casussen, fouten = laad_alle_met_fouten(map_)
    if fouten:
        regels = [f"{e.bron}: {f}" if e.bron else f for e in fouten for f in e.fouten]
        raise CasusFout(regels)
    return casussen


def standaard_casusmap() -> Path:
    """De map met de meegeleverde casussen (``data/oefencasussen`` in de repository)."""
    return Path(__file__).resolve().parents[2] / "data" / "oefencasussen"


# --------------------------------------------------------------------------
# Schrijven
# --------------------------------------------------------------------------


def _naar_json(waarde: Any) -> Any:
    if is_dataclass(waarde) and not isinstance(waarde, type):
        return {f.name: _naar_json(getattr(waarde, f.name)) for f in fields(waarde)}
    if isinstance(waarde, Enum):
        return waarde.value
    if isinstance(waarde, date):
        return waarde.isoformat()
    if isinstance(waarde, (tuple, list)):
        return [_naar_json(v) for v in waarde]
    return waarde


def casus_naar_dict(casus: Oefencasus) -> dict[str, Any]:
    """De casus als JSON-klare ``dict``, velden in de volgorde van het formaat."""
    return _naar_json(casus)


def casus_naar_json(casus: Oefencasus) -> str:
    """De casus als JSON-tekst zoals de meegeleverde bestanden: 2 spaties inspringen, UTF-8."""
    return json.dumps(casus_naar_dict(casus), ensure_ascii=False, indent=2) + "\n"


def schrijf_casus(casus: Oefencasus, pad: str | Path) -> Path:
    """Schrijf de casus naar ``pad`` (UTF-8). Controleert eerst door hem opnieuw te lezen."""
    laad_casus(casus_naar_dict(casus))
    pad = Path(pad)
    pad.write_text(casus_naar_json(casus), encoding="utf-8")
    return pad


# --------------------------------------------------------------------------
# Data verschuiven
# --------------------------------------------------------------------------


def _verschuif(waarde: Any, delta: timedelta) -> Any:
    if isinstance(waarde, date):
        return waarde + delta
    if isinstance(waarde, tuple):
        return tuple(_verschuif(v, delta) for v in waarde)
    if is_dataclass(waarde) and not isinstance(waarde, type):
        return replace(waarde, **{f.name: _verschuif(getattr(waarde, f.name), delta) for f in fields(waarde)})
    return waarde


def verschuif_casus(casus: Oefencasus, nieuwe_referentiedatum: date) -> Oefencasus:
    """Dezelfde casus, met alle data (ook de geboortedatum) evenveel dagen verschoven.

    Termijnen in dagen blijven exact gelijk; leeftijd en maanden in de WW blijven gelijk
    op een enkele dag na rond een maandgrens.
    """
    return _verschuif(casus, nieuwe_referentiedatum - casus.referentiedatum)


# --------------------------------------------------------------------------
# Controleren vanaf de opdrachtregel
# --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """``python -m werkcoach_tui.oefenen.casus [bestand-of-map ...]``: controleer casussen."""
    argv = sys.argv[1:] if argv is None else argv
    doelen = [Path(a) for a in argv] or [standaard_casusmap()]
    goed = fout = 0
    for doel in doelen:
        paden = sorted(doel.glob("*.json")) if doel.is_dir() else [doel]
        for pad in paden:
            try:
                c = laad_casus(pad)
            except CasusFout as e:
                fout += 1
                print(f"FOUT {e}")
            else:
                goed += 1
                print(f"ok   {pad.name}: {c.id} ({c.niveau.value})")
    print(f"{goed} goed, {fout} fout")
    return 1 if fout else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
