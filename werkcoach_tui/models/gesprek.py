"""A gesprek (conversation) with a klant: held (gevoerd) or planned (gepland)."""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlmodel import Field, SQLModel

from werkcoach_tui.models.base import enum_field
from werkcoach_tui.models import klant as _klant  # noqa: F401 - its table is a foreign-key target here
from werkcoach_tui.models.enums import GesprekStatus, GesprekType, Kanaal


class Gesprek(SQLModel, table=True):
    __tablename__ = "gesprek"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    datum: date = Field(index=True)
    type: GesprekType = enum_field(GesprekType, nullable=False)
    kanaal: Kanaal = enum_field(Kanaal, nullable=False)
    duur_minuten: int = 0
    notitie: str = ""
    status: GesprekStatus = enum_field(GesprekStatus, default=GesprekStatus.GEVOERD, nullable=False)
