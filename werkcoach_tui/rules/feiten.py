"""Plain, frozen input data for the rules.

The service layer fills these from the database; the rules never see a
session or a model. Every field that may not be known yet is optional with a
safe default: an unknown fact never raises, it just keeps a rule from firing
(the rule cannot judge what it does not know).

Conventions
-----------
- Dates are ``datetime.date``; end dates are **inclusive** ("tot en met").
- Hours are hours per week (int, float or Decimal).
- Lists may be passed as lists; they are stored as tuples.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import (
    Dienstverleningsdoel,
    GesprekStatus,
    GesprekType,
    Instrument,
    SollicitatieSoort,
    VrijstellingReden,
    WerkverkennerBand,
)


def _tuple(obj, naam: str) -> None:
    waarde = getattr(obj, naam)
    if not isinstance(waarde, tuple):
        object.__setattr__(obj, naam, tuple(waarde or ()))


@dataclass(frozen=True)
class GesprekFeit:
    """One conversation: planned or held."""

    datum: date
    type: GesprekType
    status: GesprekStatus
    duur_minuten: int = 0
    """Duration of a held conversation; counts towards the guidance time."""

    def __post_init__(self) -> None:
        if self.duur_minuten < 0:
            raise ValueError("De duur van een gesprek kan niet negatief zijn.")

    @property
    def gevoerd(self) -> bool:
        return self.status == GesprekStatus.GEVOERD

    @property
    def gepland(self) -> bool:
        return self.status == GesprekStatus.GEPLAND


@dataclass(frozen=True)
class SollicitatieFeit:
    """One application activity (sollicitatieactiviteit) on a date."""

    datum: date
    soort: SollicitatieSoort = SollicitatieSoort.REACTIE_OP_VACATURE


@dataclass(frozen=True)
class VrijstellingFeit:
    """An exemption from the application duty, ``van`` up to and including ``tot``.

    ``tot=None`` means open-ended (still running).
    """

    reden: VrijstellingReden
    van: date
    tot: date | None = None

    def dekt(self, dag: date) -> bool:
        """True when ``dag`` lies in the exemption (both ends inclusive)."""
        return self.van <= dag and (self.tot is None or dag <= self.tot)


@dataclass(frozen=True)
class InstrumentFeit:
    """A re-integration instrument committed for the klant."""

    instrument: Instrument
    kosten: Decimal = Decimal("0.00")
    onderbouwing: str = ""
    """Why this instrument: the link between regional demand, fitness and instrument."""
    goedgekeurd_door: str | None = None
    goedgekeurd_op: date | None = None
    ingezet_op: date | None = None
    """When it was committed; used for the date a budget signal became due."""

    def __post_init__(self) -> None:
        if not isinstance(self.kosten, Decimal):
            object.__setattr__(self, "kosten", Decimal(str(self.kosten)))
        if self.kosten < 0:
            raise ValueError("De kosten van een instrument kunnen niet negatief zijn.")

    @property
    def goedgekeurd(self) -> bool:
        """Approved: an approver's name is recorded (the date alone is not enough)."""
        return bool(self.goedgekeurd_door and self.goedgekeurd_door.strip())

    @property
    def onderbouwd(self) -> bool:
        return bool(self.onderbouwing and self.onderbouwing.strip())


@dataclass(frozen=True)
class KlantFeiten:
    """Everything the rules need to know about one klant (one dossier)."""

    # --- persoon en WW ---------------------------------------------------------
    geboortedatum: date | None = None
    meldingsdatum: date | None = None
    """Date of the report of (threatened) unemployment; the intake term starts here."""
    ww_startdatum: date | None = None
    ww_einddatum: date | None = None
    """Last day of the WW right (inclusive), when known."""

    # --- beeldvorming ----------------------------------------------------------
    uren_vorige_baan: float | int | Decimal | None = None
    beschikbare_uren: float | int | Decimal | None = None
    beschikbaarheid_sinds: date | None = None
    """When the current availability was recorded (date for the signal); optional."""
    digivaardig: bool | None = None
    """None = not known; only an explicit False means niet-digivaardig."""
    werkverkenner_band: WerkverkennerBand | None = None
    werkverkenner_datum: date | None = None
    wog_uitgenodigd_op_oordeel: bool = False
    """Invited for a WOG on the adviser's own judgement (reason recorded elsewhere)."""
    risico_langdurig_werkloos: bool | None = None
    """The adviser's judgement of the risk of long-term unemployment (PaWa after 6 months)."""
    in_reintegratietraject: bool = False

    # --- uitvoeren -------------------------------------------------------------
    gesprekken: tuple[GesprekFeit, ...] = ()
    sollicitaties: tuple[SollicitatieFeit, ...] = ()
    """Application activities. The signal judges only the last closed 4-week period, so a
    bulk reader may pass just the activities in that window
    (``sollicitatieplicht.laatste_gesloten_periode_grenzen``)."""
    vrijstellingen: tuple[VrijstellingFeit, ...] = ()
    sollicitatienorm: int = c.SOLLICITATIENORM_AANTAL
    """Application activities per 4 weeks before any finalised werkplan (default 4)."""
    sollicitatienormen: tuple[tuple[date, int], ...] = ()
    """(vastgesteld op, norm) of the finalised werkplan versions, by date: each period takes
    the norm in force on its first day."""
    opgevolgde_perioden: frozenset[date] = frozenset()
    """First days of the 4-week periods whose shortfall has a recorded follow-up."""
    instrumenten: tuple[InstrumentFeit, ...] = ()

    # --- oordeelsvorming -------------------------------------------------------
    visie_werkcoach_aanwezig: bool = False
    dienstverleningsdoel: Dienstverleningsdoel | None = None
    arbeidsmarktkansen_gewogen: bool = False
    """The labour-market chances were weighed explicitly (asked for 57+)."""

    # --- werkplan --------------------------------------------------------------
    werkplan_concept: bool = False
    """A draft werkplan exists."""
    werkplan_vastgesteld_op: date | None = None
    """Date of the latest finalised (vastgestelde) version; None when there is none."""
    werkplan_onderbouwing: bool = False
    """The werkplan records its onderbouwing (why this service, these instruments)."""

    # --- resultaat en afsluiting -----------------------------------------------
    resultaat_behaald: bool = False
    uitgestroomd: bool = False
    """Closed dossier: no signals at all."""
    warme_overdracht_gepland: bool = False
    """The warm handover to the gemeente is arranged (silences ``einde_ww_nadert``)."""

    # --- adviseur --------------------------------------------------------------
    laatste_casuistiek: date | None = None
    """The adviser's last case-review session; None = unknown (no signal)."""
    casuistiek_nooit: bool = False
    """Explicitly marked: the adviser never had a case review (signal)."""

    def __post_init__(self) -> None:
        if not (
            type(self.gesprekken) is tuple and type(self.sollicitaties) is tuple
            and type(self.vrijstellingen) is tuple and type(self.instrumenten) is tuple
            and type(self.sollicitatienormen) is tuple
        ):  # (the caseload passes tuples: one check instead of five calls per klant)
            for naam in _LIJSTEN:
                _tuple(self, naam)
        if type(self.opgevolgde_perioden) is not frozenset:
            object.__setattr__(self, "opgevolgde_perioden", frozenset(self.opgevolgde_perioden))
        if self.sollicitatienorm is None:
            object.__setattr__(self, "sollicitatienorm", c.SOLLICITATIENORM_AANTAL)
        if self.sollicitatienorm < 0:
            raise ValueError("De sollicitatienorm kan niet negatief zijn.")


_LIJSTEN = ("gesprekken", "sollicitaties", "vrijstellingen", "instrumenten", "sollicitatienormen")


@dataclass(frozen=True)
class SignaalInstellingen:
    """Adjustable parts of the signals (per region or per adviser)."""

    contact_weken: int = c.CONTACT_FREQUENTIE_WEKEN
    """Warn when no conversation was held in this many weeks (4 or 5)."""
    uitgeschakeld: frozenset[str] = field(default_factory=frozenset)
    """Signal codes that are switched off."""

    def __post_init__(self) -> None:
        if not (
            c.CONTACT_FREQUENTIE_MIN_WEKEN <= self.contact_weken <= c.CONTACT_FREQUENTIE_MAX_WEKEN
        ):
            raise ValueError(
                f"Contactfrequentie {self.contact_weken} weken is niet toegestaan. Kies "
                f"{c.CONTACT_FREQUENTIE_MIN_WEKEN} of {c.CONTACT_FREQUENTIE_MAX_WEKEN} weken."
            )
        if not isinstance(self.uitgeschakeld, frozenset):
            object.__setattr__(self, "uitgeschakeld", frozenset(self.uitgeschakeld))
