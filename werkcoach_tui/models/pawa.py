"""Passend werkaanbod (PaWa): a traject with the two vacancies offered to a klant.

Eligibility is computed (``rules/pawa.py``), never stored; this stores what was done.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from werkcoach_tui.models.base import enum_field
from werkcoach_tui.models import klant as _klant  # noqa: F401 - its table is a foreign-key target here
from werkcoach_tui.models import vacature as _vacature  # noqa: F401 - its table is a foreign-key target here
from werkcoach_tui.models.enums import PawaResultaat


class PawaTraject(SQLModel, table=True):
    __tablename__ = "pawa_traject"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    gestart_op: date
    afgerond_op: Optional[date] = None
    """Set when every offered vacancy has an outcome."""
    aangemaakt_op: Optional[NaiveDatetime] = None


class PawaAanbod(SQLModel, table=True):
    """One of the (two) vacancies offered in a traject: interview, feedback and outcome."""

    __tablename__ = "pawa_aanbod"

    id: Optional[int] = Field(default=None, primary_key=True)
    traject_id: int = Field(foreign_key="pawa_traject.id", index=True, ondelete="CASCADE")
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    vacature_id: int = Field(foreign_key="vacature.id", index=True)
    gesprek_datum: Optional[date] = None
    """The arranged job interview."""
    feedback_klant: str = ""
    feedback_werkgever: str = ""
    resultaat: PawaResultaat = enum_field(PawaResultaat, default=PawaResultaat.OPEN, nullable=False)
    resultaat_reden: str = ""
    """Why (not) hired."""
    gewijzigd_op: Optional[NaiveDatetime] = None
