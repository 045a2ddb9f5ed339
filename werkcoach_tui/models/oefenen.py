"""The practice environment: which klant plays which oefencasus, and the trainee's own uitwerking.

Only a practice store (see ``oefenen/scheiding.py``) ever has rows here.
"""

from __future__ import annotations

from typing import Optional

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from werkcoach_tui.models.base import enum_field
from werkcoach_tui.models import klant as _klant  # noqa: F401 - its table is a foreign-key target here
from werkcoach_tui.models.enums import Dienstverleningsdoel, Zelfredzaam


class OefenKlant(SQLModel, table=True):
    """A fictitious klant loaded from an oefencasus (one klant per casus)."""

    __tablename__ = "oefen_klant"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE", unique=True)
    casus_id: str = Field(index=True, unique=True, max_length=100)
    gestart_op: NaiveDatetime


class OefenUitwerking(SQLModel, table=True):
    """The trainee's choices typed in the built-in uitwerking form (fallback for the dossier)."""

    __tablename__ = "oefen_uitwerking"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE", unique=True)
    zelfredzaam: Optional[Zelfredzaam] = enum_field(Zelfredzaam)
    dienstverleningsdoel: Optional[Dienstverleningsdoel] = enum_field(Dienstverleningsdoel)
    instrumenten: str = ""
    """Instrument values, comma separated."""
    onderbouwing: str = ""
    signalen: Optional[str] = None
    """Signal codes, comma separated; None = the trainee did not tick the signal list."""
    versie: int = Field(default=1)
    gewijzigd_op: Optional[NaiveDatetime] = None
