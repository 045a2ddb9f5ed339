"""Feedback: de uitwerking van een werkcoach in opleiding naast de modeluitwerking.

Puur: ``geef_feedback(casus, uitwerking) -> Feedback``; geen I/O, geen UI.

De vergelijking is bewust eenvoudig en voorspelbaar:

- zelfredzaamheid en dienstverleningsdoel: gelijk = ``match``, anders ``wijkt_af``, niet
  ingevuld = ``ontbreekt``; de uitleg is altijd de redenering van het model;
- instrumenten: gekozen en passend = ``match``; gekozen maar niet passend (of niet in het
  model) = ``wijkt_af``; passend maar niet gekozen = ``ontbreekt``;
- onderbouwing: per kernpunt eenvoudige woordvergelijking met de trefwoorden uit de casus
  (zie :data:`METHODE`); gevonden = ``match``, anders ``ontbreekt``;
- signalen (alleen als de trainee signalen heeft aangekruist): verwacht en gezien =
  ``match``, verwacht en gemist = ``ontbreekt``, gezien maar niet verwacht = ``wijkt_af``.

De score telt de punten met ``match``: "7 van 10 punten".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from werkcoach_tui.models.enums import Dienstverleningsdoel, Instrument, LabeledEnum, Zelfredzaam
from werkcoach_tui.oefenen.casus import SIGNALEN, Kernpunt, Oefencasus, normaliseer, trefwoord_patroon

__all__ = [
    "METHODE",
    "FeedbackStatus",
    "FeedbackOnderdeel",
    "TraineeUitwerking",
    "FeedbackPunt",
    "Feedback",
    "geef_feedback",
    "gevonden_trefwoorden",
]

METHODE = (
    "Hoe is dit vergeleken? Je keuzes voor zelfredzaamheid, dienstverleningsdoel, "
    "instrumenten en signalen zijn één op één naast de modeluitwerking gelegd. Je onderbouwing "
    "is met eenvoudige woordvergelijking doorzocht: na het gelijktrekken van de tekst (kleine "
    "letters, zonder accenten en leestekens) is per kernpunt gekeken of één van de trefwoorden "
    "uit de casus erin voorkomt. Dat is geen inhoudelijk oordeel: een goed punt in andere "
    "woorden wordt gemist, en een trefwoord in een verkeerde zin (ook met 'niet' ervoor) telt "
    "toch mee. Bespreek de uitkomst met je trainer."
)
"""Uitleg van de vergelijkingsmethode, voor op het scherm."""


class FeedbackStatus(LabeledEnum):
    MATCH = ("match", "Komt overeen")
    WIJKT_AF = ("wijkt_af", "Wijkt af")
    ONTBREEKT = ("ontbreekt", "Ontbreekt")


class FeedbackOnderdeel(LabeledEnum):
    ZELFREDZAAM = ("zelfredzaam", "Zelfredzaamheid")
    DIENSTVERLENINGSDOEL = ("dienstverleningsdoel", "Dienstverleningsdoel")
    INSTRUMENT = ("instrument", "Instrumenten")
    ONDERBOUWING = ("onderbouwing", "Onderbouwing")
    SIGNAAL = ("signaal", "Signalen")


_LEEG = "—"


def _als_enum(waarde: Any, enum: type[LabeledEnum], veld: str) -> Any:
    if waarde is None or waarde == "":
        return None
    if isinstance(waarde, enum):
        return waarde
    gevonden = enum.from_text(waarde)
    if gevonden is None:
        keuzes = ", ".join(m.value for m in enum)
        raise ValueError(f"{veld}: onbekende waarde {waarde!r}; kies uit {keuzes}")
    return gevonden


def _uniek(waarden: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(waarden))


@dataclass(frozen=True)
class TraineeUitwerking:
    """Wat de werkcoach in opleiding heeft gekozen en geschreven.

    Waarden mogen als enum of als tekst (waarde of label) worden meegegeven; ze worden
    bij het aanmaken omgezet. ``signalen=None`` betekent: niet gevraagd (dan telt dit
    onderdeel niet mee); een lege lijst betekent: gevraagd, niets opgemerkt.
    """

    zelfredzaam: Zelfredzaam | None = None
    dienstverleningsdoel: Dienstverleningsdoel | None = None
    instrumenten: tuple[Instrument, ...] = ()
    onderbouwing: str = ""
    signalen: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        zet = object.__setattr__
        zet(self, "zelfredzaam", _als_enum(self.zelfredzaam, Zelfredzaam, "zelfredzaam"))
        zet(
            self,
            "dienstverleningsdoel",
            _als_enum(self.dienstverleningsdoel, Dienstverleningsdoel, "dienstverleningsdoel"),
        )
        zet(
            self,
            "instrumenten",
            _uniek(_als_enum(i, Instrument, "instrumenten") for i in self.instrumenten or ()),
        )
        zet(self, "onderbouwing", self.onderbouwing or "")
        if self.signalen is not None:
            onbekend = [s for s in self.signalen if s not in SIGNALEN]
            if onbekend:
                raise ValueError(
                    f"signalen: onbekende code {onbekend[0]!r}; kies uit {', '.join(SIGNALEN)}"
                )
            zet(self, "signalen", _uniek(self.signalen))


@dataclass(frozen=True)
class FeedbackPunt:
    onderdeel: FeedbackOnderdeel
    onderwerp: str
    status: FeedbackStatus
    jouw_keuze: str
    model_keuze: str
    uitleg: str
    """De redenering van de modeluitwerking (of, bij een signaal, de regel erachter)."""
    gevonden: tuple[str, ...] = ()
    """Alleen bij de onderbouwing: de woorden uit je tekst die een trefwoord raakten."""


@dataclass(frozen=True)
class Feedback:
    casus_id: str
    punten: tuple[FeedbackPunt, ...]
    methode: str
    visie: str
    """De visie van het model in zijn geheel, voor onder de punten."""

    @property
    def score(self) -> int:
        return sum(1 for p in self.punten if p.status is FeedbackStatus.MATCH)

    @property
    def maximum(self) -> int:
        return len(self.punten)

    @property
    def samenvatting(self) -> str:
        """Bijvoorbeeld ``'7 van 10 punten'``."""
        return f"{self.score} van {self.maximum} punten"

    def aantal(self, status: FeedbackStatus | str) -> int:
        return sum(1 for p in self.punten if p.status == status)

    def punten_van(self, onderdeel: FeedbackOnderdeel | str) -> tuple[FeedbackPunt, ...]:
        return tuple(p for p in self.punten if p.onderdeel == onderdeel)

    def punt(self, onderwerp: str) -> FeedbackPunt:
        """Het punt met dit onderwerp (KeyError als het er niet is)."""
        for p in self.punten:
            if p.onderwerp == onderwerp:
                return p
        raise KeyError(onderwerp)

    def als_tekst(self) -> str:
        """Platte tekst, voor een export of het klembord."""
        regels = [f"Feedback op casus {self.casus_id}: {self.samenvatting}", ""]
        for p in self.punten:
            regels.append(f"[{p.status.label}] {p.onderwerp}")
            regels.append(f"  Jouw keuze: {p.jouw_keuze}")
            regels.append(f"  Model: {p.model_keuze}")
            regels.append(f"  Uitleg: {p.uitleg}")
        regels += ["", "Visie van het model:", self.visie, "", self.methode]
        return "\n".join(regels)


# --------------------------------------------------------------------------
# Trefwoorden zoeken
# --------------------------------------------------------------------------


def _vind(patroon: tuple[tuple[str, bool], ...], woorden: list[str]) -> str | None:
    """De eerste plek waar het patroon voorkomt, als tekst (genormaliseerd), of None."""
    n = len(patroon)
    if n == 0:
        return None
    for start in range(len(woorden) - n + 1):
        stuk = woorden[start : start + n]
        for (deel, voorvoegsel), woord in zip(patroon, stuk):
            if not (woord.startswith(deel) if voorvoegsel else woord == deel):
                break
        else:
            return " ".join(stuk)
    return None


def gevonden_trefwoorden(kernpunt: Kernpunt, tekst: str) -> tuple[str, ...]:
    """Wat er van de trefwoorden van een kernpunt in de tekst staat (hele woorden of woordgroep).

    Geeft de gevonden woorden zoals ze in de (genormaliseerde) tekst staan, zonder dubbelen:
    het trefwoord ``operator*`` in "CNC-operator" geeft ``'operator'``.
    """
    woorden = normaliseer(tekst).split()
    gevonden = (_vind(trefwoord_patroon(tw), woorden) for tw in kernpunt.trefwoorden)
    return tuple(dict.fromkeys(g for g in gevonden if g is not None))


# --------------------------------------------------------------------------
# De vergelijking
# --------------------------------------------------------------------------


def _keuze_punt(onderdeel, onderwerp, gekozen, model, uitleg) -> FeedbackPunt:
    if gekozen is None:
        status = FeedbackStatus.ONTBREEKT
    elif gekozen == model:
        status = FeedbackStatus.MATCH
    else:
        status = FeedbackStatus.WIJKT_AF
    return FeedbackPunt(
        onderdeel=onderdeel,
        onderwerp=onderwerp,
        status=status,
        jouw_keuze=gekozen.label if gekozen is not None else _LEEG,
        model_keuze=model.label,
        uitleg=uitleg,
    )


def _instrument_punten(casus: Oefencasus, gekozen: tuple[Instrument, ...]) -> list[FeedbackPunt]:
    m = casus.modeluitwerking
    punten: list[FeedbackPunt] = []
    for inst in gekozen:
        oordeel = m.instrument_keuze(inst)
        if oordeel is None:
            status, model, uitleg = (
                FeedbackStatus.WIJKT_AF,
                "Niet in de modeluitwerking",
                "De modeluitwerking zet dit instrument niet in. Een instrument hoort alleen in het "
                "werkplan als het aantoonbaar bijdraagt aan werk (een reële kans of baangarantie); "
                "als je het toch kiest, schrijf dan op waarom.",
            )
        elif oordeel[0] == "passend":
            status, model, uitleg = FeedbackStatus.MATCH, "Passend", oordeel[1].waarom
        else:
            status, model, uitleg = FeedbackStatus.WIJKT_AF, "Niet passend", oordeel[1].waarom
        punten.append(
            FeedbackPunt(
                onderdeel=FeedbackOnderdeel.INSTRUMENT,
                onderwerp=f"Instrument: {inst.label}",
                status=status,
                jouw_keuze="Ingezet",
                model_keuze=model,
                uitleg=uitleg,
            )
        )
    for keuze in m.passende_instrumenten:
        if keuze.instrument not in gekozen:
            punten.append(
                FeedbackPunt(
                    onderdeel=FeedbackOnderdeel.INSTRUMENT,
                    onderwerp=f"Instrument: {keuze.instrument.label}",
                    status=FeedbackStatus.ONTBREEKT,
                    jouw_keuze="Niet ingezet",
                    model_keuze="Passend",
                    uitleg=keuze.waarom,
                )
            )
    if not gekozen and not m.passende_instrumenten:
        uitleg = "De modeluitwerking zet op dit moment geen instrument in."
        if m.niet_passende_instrumenten:
            namen = ", ".join(k.instrument.label for k in m.niet_passende_instrumenten)
            uitleg += f" Niet passend zijn hier onder meer: {namen}."
        punten.append(
            FeedbackPunt(
                onderdeel=FeedbackOnderdeel.INSTRUMENT,
                onderwerp="Instrumenten",
                status=FeedbackStatus.MATCH,
                jouw_keuze="Geen instrument",
                model_keuze="Geen instrument",
                uitleg=uitleg,
            )
        )
    return punten


def _onderbouwing_punten(casus: Oefencasus, tekst: str) -> list[FeedbackPunt]:
    punten = []
    for kern in casus.modeluitwerking.kernpunten_onderbouwing:
        gevonden = gevonden_trefwoorden(kern, tekst)
        punten.append(
            FeedbackPunt(
                onderdeel=FeedbackOnderdeel.ONDERBOUWING,
                onderwerp=f"Onderbouwing: {kern.punt}",
                status=FeedbackStatus.MATCH if gevonden else FeedbackStatus.ONTBREEKT,
                jouw_keuze=(
                    "Genoemd (" + ", ".join(f"'{t}'" for t in gevonden) + ")"
                    if gevonden
                    else "Niet gevonden in je onderbouwing"
                ),
                model_keuze=kern.punt,
                uitleg=kern.uitleg,
                gevonden=gevonden,
            )
        )
    return punten


def _signaal_punten(casus: Oefencasus, gezien: tuple[str, ...]) -> list[FeedbackPunt]:
    verwacht = casus.modeluitwerking.verwachte_signalen
    punten = []
    for code in verwacht:
        s = SIGNALEN[code]
        ok = code in gezien
        punten.append(
            FeedbackPunt(
                onderdeel=FeedbackOnderdeel.SIGNAAL,
                onderwerp=f"Signaal: {s.label}",
                status=FeedbackStatus.MATCH if ok else FeedbackStatus.ONTBREEKT,
                jouw_keuze="Opgemerkt" if ok else "Niet opgemerkt",
                model_keuze="Verwacht",
                uitleg=s.uitleg,
            )
        )
    for code in gezien:
        if code not in verwacht:
            s = SIGNALEN[code]
            punten.append(
                FeedbackPunt(
                    onderdeel=FeedbackOnderdeel.SIGNAAL,
                    onderwerp=f"Signaal: {s.label}",
                    status=FeedbackStatus.WIJKT_AF,
                    jouw_keuze="Opgemerkt",
                    model_keuze="Niet verwacht",
                    uitleg="De modeluitwerking ziet dit signaal hier niet. De regel: " + s.uitleg,
                )
            )
    return punten


def geef_feedback(casus: Oefencasus, uitwerking: TraineeUitwerking) -> Feedback:
    """Vergelijk de uitwerking van de trainee met de modeluitwerking van de casus."""
    m = casus.modeluitwerking
    punten: list[FeedbackPunt] = [
        _keuze_punt(
            FeedbackOnderdeel.ZELFREDZAAM,
            "Zelfredzaamheid",
            uitwerking.zelfredzaam,
            m.zelfredzaam,
            m.zelfredzaam_toelichting,
        ),
        _keuze_punt(
            FeedbackOnderdeel.DIENSTVERLENINGSDOEL,
            "Dienstverleningsdoel",
            uitwerking.dienstverleningsdoel,
            m.dienstverleningsdoel,
            m.dienstverleningsdoel_toelichting,
        ),
    ]
    punten += _instrument_punten(casus, uitwerking.instrumenten)
    punten += _onderbouwing_punten(casus, uitwerking.onderbouwing)
    if uitwerking.signalen is not None:
        punten += _signaal_punten(casus, uitwerking.signalen)
    return Feedback(
        casus_id=casus.id,
        punten=tuple(punten),
        methode=METHODE,
        visie=m.visie_toelichting,
    )
