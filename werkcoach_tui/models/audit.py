"""The audit trail: who changed or viewed what, when. Filled by the service layer only."""

from __future__ import annotations

from pydantic import NaiveDatetime
from typing import Optional

from sqlmodel import Field, SQLModel


class AuditRegel(SQLModel, table=True):
    __tablename__ = "audit"

    id: Optional[int] = Field(default=None, primary_key=True)
    tijdstip: NaiveDatetime = Field(index=True)
    wie: str
    actie: str
    """aanmaken, wijzigen, verwijderen, bekijken, export."""
    entiteit: str
    entiteit_id: Optional[int] = None
    klantnummer: Optional[str] = Field(default=None, index=True)
    veld: Optional[str] = None
    oud: Optional[str] = None
    nieuw: Optional[str] = None
