"""A vacancy, imported from a file (CSV or JSON Lines) or the demo set."""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlmodel import Field, SQLModel

from werkcoach_tui.models.base import enum_field
from werkcoach_tui.models.enums import Land, Opleidingsniveau


class Vacature(SQLModel, table=True):
    __tablename__ = "vacature"

    id: Optional[int] = Field(default=None, primary_key=True)
    extern_id: Optional[str] = Field(default=None, index=True, unique=True, max_length=100)
    """The source's id: a re-import updates instead of duplicating."""
    titel: str
    werkgever: str
    plaats: str
    land: Land = enum_field(Land, default=Land.NL, nullable=False)
    uren_min: Optional[float] = None
    uren_max: Optional[float] = None
    omschrijving: str = ""
    vaardigheden: str = ""
    """Skills, joined with '; '."""
    opleidingsniveau: Optional[Opleidingsniveau] = enum_field(Opleidingsniveau)
    pawa: bool = False
    """Employer open to long-term unemployed (passend werkaanbod)."""
    publicatiedatum: Optional[date] = None
    sluitingsdatum: Optional[date] = None
    beroep: Optional[str] = None
