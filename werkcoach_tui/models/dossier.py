"""The dossier of methodisch handelen: rounds of the four steps, with instruments,
proposed afspraken and notes.

A round (``DossierRonde``) holds the structured fields of the four steps in one JSON
column whose keys are fixed in :mod:`werkcoach_tui.rules.dossier` (``VELDEN``); the
lists that are edited row by row (instrumenten, afspraken, notities) have tables of
their own. A closed round (``afgesloten_op`` set) is read-only.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Optional

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from werkcoach_tui.models.base import enum_field
from werkcoach_tui.models import klant as _klant  # noqa: F401 - its table is a foreign-key target here
from werkcoach_tui.models.enums import (
    AfspraakSoort,
    AfspraakStatus,
    AfspraakWie,
    Bron,
    Instrument,
    InstrumentStatus,
    MethodeStap,
    NotitieSoort,
    Uitstroomreden,
)


class DossierRonde(SQLModel, table=True):
    __tablename__ = "dossier_ronde"
    __table_args__ = (sa.UniqueConstraint("klant_id", "ronde", name="uq_dossier_ronde"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    ronde: int = 1
    stap: MethodeStap = enum_field(MethodeStap, default=MethodeStap.BEELDVORMING, nullable=False)
    gestart_op: date
    afgesloten_op: Optional[date] = None
    """Set when the round ended (new round or dossier closed): the round is then read-only."""
    uitstroomreden: Optional[Uitstroomreden] = enum_field(Uitstroomreden)
    velden: dict[str, Any] = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False))
    versie: int = 1
    gewijzigd_op: Optional[NaiveDatetime] = None


class DossierInstrument(SQLModel, table=True):
    __tablename__ = "dossier_instrument"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    ronde: int = 1
    instrument: Instrument = enum_field(Instrument, nullable=False)
    kosten_centen: int = 0
    vraag_werkgevers: str = ""
    """Demand of employers: a vacancy, a kansberoep or a sector."""
    geschiktheid_klant: str = ""
    """Why the klant fits that demand (and what is missing)."""
    bijdrage_instrument: str = ""
    """How this instrument closes the gap."""
    ingezet_op: Optional[date] = None
    status: InstrumentStatus = enum_field(InstrumentStatus, default=InstrumentStatus.GEPLAND, nullable=False)


class DossierAfspraak(SQLModel, table=True):
    """A werkplan afspraak proposed by the decision (until the werkplan takes it over)."""

    __tablename__ = "dossier_afspraak"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    ronde: int = 1
    wie: AfspraakWie = enum_field(AfspraakWie, default=AfspraakWie.KLANT, nullable=False)
    soort: AfspraakSoort = enum_field(AfspraakSoort, default=AfspraakSoort.ACTIVITEIT, nullable=False)
    wat: str = ""
    hoeveel: Optional[int] = None
    wanneer: Optional[date] = None
    hoe_aangetoond: str = ""
    status: AfspraakStatus = enum_field(AfspraakStatus, default=AfspraakStatus.OPEN, nullable=False)


class DossierNotitie(SQLModel, table=True):
    __tablename__ = "dossier_notitie"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    ronde: int = 1
    stap: MethodeStap = enum_field(MethodeStap, nullable=False)
    soort: NotitieSoort = enum_field(NotitieSoort, nullable=False)
    bron: Bron = enum_field(Bron, nullable=False)
    tekst: str = ""
    wie: str = ""
    aangemaakt_op: Optional[NaiveDatetime] = None
