"""The klant: a job seeker (usually a WW'er) in the adviser's caseload."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from typing import Optional

from sqlmodel import Field, SQLModel

from werkcoach_tui.models.base import enum_field
from werkcoach_tui.models.enums import MethodeStap, Opleidingsniveau, WerkverkennerBand


class Klant(SQLModel, table=True):
    __tablename__ = "klant"

    id: Optional[int] = Field(default=None, primary_key=True)
    klantnummer: str = Field(index=True, unique=True, max_length=20)
    """Internal client number (not a BSN)."""
    naam: str = Field(max_length=200)
    geboortedatum: Optional[date] = None
    telefoon: Optional[str] = Field(default=None, max_length=40)
    email: Optional[str] = Field(default=None, max_length=200)
    adres: Optional[str] = Field(default=None, max_length=200)
    postcode: Optional[str] = Field(default=None, max_length=10)
    woonplaats: Optional[str] = Field(default=None, max_length=100)
    digivaardig: bool = True
    meldingsdatum: Optional[date] = None
    ww_startdatum: Optional[date] = None
    ww_einddatum: Optional[date] = None
    uren_vorige_baan: Optional[float] = None
    beschikbare_uren: Optional[float] = None
    opleidingsniveau: Optional[Opleidingsniveau] = enum_field(Opleidingsniveau)
    werkverkenner_band: Optional[WerkverkennerBand] = enum_field(WerkverkennerBand)
    werkverkenner_datum: Optional[date] = None
    vroegmelder: bool = False
    arbeidsbeperking: bool = False
    maatman_procent: Optional[float] = None
    grensregio: bool = False
    laatste_beroep: Optional[str] = Field(default=None, max_length=200)
    adviseur: Optional[str] = Field(default=None, max_length=200, index=True)
    fase: MethodeStap = enum_field(MethodeStap, default=MethodeStap.BEELDVORMING, nullable=False)
    bsn: Optional[str] = Field(default=None, max_length=9)
    """Only when the setting 'bsn_gebruiken' is on; 11-proef checked, masked on screen and in the audit."""
    versie: int = Field(default=1)
    """Optimistic-concurrency counter: a save based on a stale read is refused."""
    aangemaakt_op: Optional[NaiveDatetime] = None
    gewijzigd_op: Optional[NaiveDatetime] = None
