"""Casuïstiekbespreking: a team's case review session, its agenda, checklist scores,
reflection, leerpunten and actions. Imported bundle dossiers keep their pseudonymised
content as JSON and are not linked to a local klant."""

from __future__ import annotations

from datetime import date
from typing import Optional

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from werkcoach_tui.models.base import enum_field
from werkcoach_tui.models import klant as _klant  # noqa: F401 - its table is a foreign-key target here
from werkcoach_tui.models.enums import AgendaHerkomst, Beoordeling, ChecklistItem


class CasuistiekSleutel(SQLModel, table=True):
    """The HMAC key behind the stable pseudonyms: generated once, never exported."""

    __tablename__ = "casuistiek_sleutel"

    id: int = Field(default=1, primary_key=True)
    sleutel: str = ""
    aangemaakt_op: Optional[NaiveDatetime] = None


class Bespreking(SQLModel, table=True):
    __tablename__ = "casuistiek_bespreking"

    id: Optional[int] = Field(default=None, primary_key=True)
    datum: date = Field(index=True)
    voorzitter: str = Field(default="", max_length=200)
    deelnemers: str = ""
    """Names separated by commas (the people in the room, not the klanten)."""
    thema: str = Field(default="", max_length=200)
    seed: Optional[int] = None
    """Seed of the last aselect draw: the same seed and filters give the same sample."""
    filters: str = "{}"
    """JSON of the filters of the last draw."""
    steekproef_grootte: Optional[int] = None
    aangemaakt_door: str = ""
    aangemaakt_op: Optional[NaiveDatetime] = None
    versie: int = Field(default=1)


class AgendaDossier(SQLModel, table=True):
    """One dossier on a session's agenda: a local klant, or an imported pseudonymised one."""

    __tablename__ = "casuistiek_agenda"

    id: Optional[int] = Field(default=None, primary_key=True)
    bespreking_id: int = Field(foreign_key="casuistiek_bespreking.id", index=True, ondelete="CASCADE")
    klant_id: Optional[int] = Field(default=None, foreign_key="klant.id", index=True, ondelete="CASCADE")
    volgorde: int = 0
    herkomst: AgendaHerkomst = enum_field(AgendaHerkomst, default=AgendaHerkomst.HANDMATIG, nullable=False)
    inhoud: Optional[str] = None
    """For imported dossiers: the pseudonymised view model as JSON."""
    referentie: Optional[str] = Field(default=None, max_length=40)
    """Stable keyed reference of an imported dossier (to refuse importing it twice)."""
    wat_ging_goed: str = ""
    kan_beter: str = ""


class ChecklistScore(SQLModel, table=True):
    __tablename__ = "casuistiek_score"
    __table_args__ = (sa.UniqueConstraint("agenda_id", "item"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    agenda_id: int = Field(foreign_key="casuistiek_agenda.id", index=True, ondelete="CASCADE")
    item: ChecklistItem = enum_field(ChecklistItem, nullable=False)
    score: Beoordeling = enum_field(Beoordeling, default=Beoordeling.NIET_BEOORDEELD, nullable=False)
    opmerking: str = ""
    voorgevuld: bool = False
    """True while the score is the one the data gave; False once the group set it."""


class Leerpunt(SQLModel, table=True):
    __tablename__ = "casuistiek_leerpunt"

    id: Optional[int] = Field(default=None, primary_key=True)
    bespreking_id: int = Field(foreign_key="casuistiek_bespreking.id", index=True, ondelete="CASCADE")
    tekst: str = ""


class Vervolgactie(SQLModel, table=True):
    __tablename__ = "casuistiek_actie"

    id: Optional[int] = Field(default=None, primary_key=True)
    bespreking_id: int = Field(foreign_key="casuistiek_bespreking.id", index=True, ondelete="CASCADE")
    wie: str = Field(default="", max_length=200)
    wat: str = ""
    wanneer: Optional[date] = None
