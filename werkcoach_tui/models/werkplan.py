"""The werkplan: versions with SMART afspraken, the sollicitatieactiviteiten register,
exemptions (vrijstellingen/ontheffingen) and the follow-up of shortfalls.

A version is *concept* until it is *vastgesteld* (date + the klant's akkoord); a
vastgesteld version is never changed again (the service refuses). Afspraken carry a
``sleutel`` that stays the same when a new version copies them, so two versions can
be compared afspraak by afspraak.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from werkcoach_tui.models.base import enum_field
from werkcoach_tui.models import klant as _klant  # noqa: F401 - its table is a foreign-key target here
from werkcoach_tui.models.enums import (
    AfspraakSoort,
    AfspraakStatus,
    AfspraakWie,
    Bewijs,
    SollicitatieSoort,
    TekortOpvolging,
    VrijstellingReden,
    WerkplanStatus,
)


class WerkplanVersie(SQLModel, table=True):
    __tablename__ = "werkplan_versie"
    __table_args__ = (sa.UniqueConstraint("klant_id", "versie", name="uq_werkplan_versie"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    versie: int
    status: WerkplanStatus = enum_field(WerkplanStatus, default=WerkplanStatus.CONCEPT, nullable=False)
    sollicitatienorm: int = 4
    sollicitatienorm_reden: str = ""
    vastgesteld_op: Optional[date] = None
    akkoord_klant: bool = False
    akkoord_toelichting: str = ""
    """How the klant agreed (e.g. 'mondeling akkoord in het gesprek, getekend op papier')."""
    wijzigingsreden: str = ""
    """Why this version was started (shown to the klant: 'waarom dit werkplan is aangepast')."""
    interne_notitie: str = ""
    """For the adviser only. NEVER exported."""
    aangemaakt_op: Optional[NaiveDatetime] = None
    gewijzigd_op: Optional[NaiveDatetime] = None


class Afspraak(SQLModel, table=True):
    __tablename__ = "afspraak"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    werkplan_versie_id: int = Field(foreign_key="werkplan_versie.id", index=True, ondelete="CASCADE")
    sleutel: str = Field(max_length=40)
    """Stable across versions: a copied afspraak keeps its sleutel."""
    volgorde: int = 0
    wie: AfspraakWie = enum_field(AfspraakWie, default=AfspraakWie.KLANT, nullable=False)
    wat: str = ""
    hoeveel: str = ""
    """Amount or frequency, e.g. '4 per 4 weken' or '1 keer'."""
    wanneer: Optional[date] = None
    """Deadline (or end of the period)."""
    hoe_aangetoond: str = ""
    soort: AfspraakSoort = enum_field(AfspraakSoort, default=AfspraakSoort.OVERIG, nullable=False)
    status: AfspraakStatus = enum_field(AfspraakStatus, default=AfspraakStatus.OPEN, nullable=False)
    reden_niet_nagekomen: str = ""
    interne_notitie: str = ""
    """For the adviser only. NEVER exported."""


class Sollicitatie(SQLModel, table=True):
    """One sollicitatieactiviteit (also from a paper form)."""

    __tablename__ = "sollicitatie"
    __table_args__ = (sa.Index("ix_sollicitatie_klant_datum", "klant_id", "datum"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    datum: date = Field(index=True)
    werkgever: str = ""
    functie: str = ""
    soort: SollicitatieSoort = enum_field(SollicitatieSoort, default=SollicitatieSoort.REACTIE_OP_VACATURE, nullable=False)
    resultaat: str = ""
    bewijs: Bewijs = enum_field(Bewijs, default=Bewijs.NIET_GEVRAAGD, nullable=False)
    bron: str = ""
    """Where it came from: 'werkmap', 'papierformulier', 'vacaturevoorstel', 'gesprek' ..."""
    aangemaakt_op: Optional[NaiveDatetime] = None


class Vrijstelling(SQLModel, table=True):
    """A period without application duty (vrijstelling/ontheffing), both ends inclusive."""

    __tablename__ = "vrijstelling"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    reden: VrijstellingReden = enum_field(VrijstellingReden, nullable=False)
    van: date
    tot: Optional[date] = None
    toelichting: str = ""


class Tekortopvolging(SQLModel, table=True):
    """What the adviser did about a 4-week period under the norm."""

    __tablename__ = "tekortopvolging"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    periode_van: date
    opvolging: TekortOpvolging = enum_field(TekortOpvolging, nullable=False)
    datum: date
    toelichting: str = ""
