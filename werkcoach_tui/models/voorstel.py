"""A vacancy proposed to a klant (vacaturevoorstel), with its status."""

from __future__ import annotations

from datetime import date
from typing import Optional

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from werkcoach_tui.models.base import enum_field
from werkcoach_tui.models import klant as _klant  # noqa: F401 - its table is a foreign-key target here
from werkcoach_tui.models import vacature as _vacature  # noqa: F401 - its table is a foreign-key target here
from werkcoach_tui.models.enums import VoorstelStatus


class Vacaturevoorstel(SQLModel, table=True):
    __tablename__ = "vacaturevoorstel"

    id: Optional[int] = Field(default=None, primary_key=True)
    klant_id: int = Field(foreign_key="klant.id", index=True, ondelete="CASCADE")
    vacature_id: int = Field(foreign_key="vacature.id", index=True)
    status: VoorstelStatus = enum_field(VoorstelStatus, default=VoorstelStatus.VOORGESTELD, nullable=False)
    voorgesteld_op: date
    status_datum: date
    """When the current status was reached (e.g. the day the klant applied)."""
    notitie: str = ""
    aangemaakt_op: Optional[NaiveDatetime] = None
    gewijzigd_op: Optional[NaiveDatetime] = None
