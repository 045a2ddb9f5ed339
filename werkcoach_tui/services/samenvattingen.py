"""Plain-data summaries that features share, so one feature never reads another's tables.

* The dossier feature (methodisch handelen) provides ``DossierSamenvatting`` through
  ``diensten.dossier.samenvatting(klant_id)`` and ``.samenvattingen(klant_ids)`` (bulk).
* The werkplan feature provides ``WerkplanSamenvatting`` through
  ``diensten.werkplan.samenvatting(klant_id)`` and ``.samenvattingen(klant_ids)`` (bulk).

Consumers (signalen, casuïstiek, oefenen, vacature matching) use only these.
A summary is computed from stored data on request; it is never stored itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Optional

from werkcoach_tui.models.enums import (
    Dienstverleningsdoel,
    Instrument,
    MethodeStap,
    Uitstroomreden,
    Zelfredzaam,
)


@dataclass(frozen=True)
class InstrumentSamenvatting:
    instrument: Instrument
    kosten: Decimal = Decimal("0")
    onderbouwing: str = ""
    goedgekeurd_door: Optional[str] = None
    goedgekeurd_op: Optional[date] = None
    ingezet_op: Optional[date] = None


@dataclass(frozen=True)
class DossierSamenvatting:
    """What the four steps of the current round recorded about a klant."""

    klant_id: int
    ronde: int = 1
    huidige_stap: MethodeStap = MethodeStap.BEELDVORMING
    # beeldvorming
    wensberoepen: tuple[str, ...] = ()
    competenties: tuple[str, ...] = ()
    belemmeringen: tuple[str, ...] = ()
    regio: Optional[str] = None
    max_reistijd_minuten: Optional[int] = None
    # oordeelsvorming
    zelfredzaam: Optional[Zelfredzaam] = None
    zelfredzaam_toelichting: str = ""
    dienstverleningsdoel: Optional[Dienstverleningsdoel] = None
    visie_werkcoach: str = ""
    visie_klant: str = ""
    arbeidsmarktkansen_gewogen: bool = False
    risico_langdurig_werkloos: Optional[bool] = None
    wog_uitgenodigd_op_oordeel: bool = False
    in_reintegratietraject: bool = False
    # besluiten
    instrumenten: tuple[InstrumentSamenvatting, ...] = ()
    # uitvoeren
    resultaat_behaald: bool = False
    uitgestroomd: bool = False
    uitstroomreden: Optional[Uitstroomreden] = None
    laatste_activiteit: Optional[date] = None

    def ontbreekt_voor_werkplan(self) -> list[str]:
        """What must be recorded before a werkplan can be finalised (Dutch, one line each)."""
        uit = []
        if not self.visie_werkcoach.strip():
            uit.append("Oordeelsvorming: de visie van de werkcoach ontbreekt.")
        if self.dienstverleningsdoel is None:
            uit.append("Oordeelsvorming: kies een dienstverleningsdoel.")
        for i in self.instrumenten:
            if not i.onderbouwing.strip():
                uit.append(f"Besluiten: de onderbouwing van '{i.instrument.label}' ontbreekt.")
        return uit


@dataclass(frozen=True)
class WerkplanSamenvatting:
    """The werkplan's state for a klant (the newest version and its history)."""

    klant_id: int
    heeft_werkplan: bool = False
    huidige_versie: int = 0
    concept: bool = False
    vastgesteld_op: Optional[date] = None
    """Date of the newest finalised version, None when none is finalised."""
    aantal_afspraken: Optional[int] = 0
    """Afspraken in the newest version (None when not counted: ``venster=True``)."""
    afspraken_niet_smart: Optional[int] = 0
    sollicitatienorm: int = 4
    sollicitatienorm_reden: str = ""
    sollicitatienormen: tuple[tuple[date, int], ...] = field(default=())
    """(vastgesteld op, norm) of every finalised version, by date: the norm in force per period."""
    perioden_tekort: Optional[int] = 0
    """Closed 4-week periods under the norm (not exempt); counted once the klant has a werkplan
    or registered activities, exemptions or follow-ups. None when not counted (``venster=True``)."""
    tekorten_opgevolgd: Optional[int] = 0
    """Of those, how many have a recorded follow-up (None when not counted)."""
    opgevolgde_perioden: frozenset[date] = field(default=frozenset())
    """First days of the periods whose shortfall has a recorded follow-up."""
    sollicitatie_data: tuple[date, ...] = field(default=())
    """The activities' dates, sorted: all of them, or with ``venster=True`` only those of the
    last closed period."""
    vrijstellingen: tuple[tuple[str, date, Optional[date]], ...] = field(default=())
    """(reden value, van, tot)"""
