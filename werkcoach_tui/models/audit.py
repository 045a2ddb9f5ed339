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
    # Hash chain (schemaversie 2), filled centrally by services/audit.py before every flush:
    zout: Optional[str] = None
    """Random salt of this row's values; removed (with oud/nieuw) when the klant is erased."""
    waarde_hash: str = ""
    """sha256(zout + oud + nieuw): a hiding commitment to the values that survives erasure."""
    vorige_hash: str = ""
    """The hash of the previous row (the chain)."""
    hash: str = Field(default="", index=True)
    """sha256(vorige_hash + every field except oud/nieuw/zout + waarde_hash)."""
    gewist: bool = False
    """oud/nieuw/zout were scrubbed by a recorded erasure of this klant."""


# -- the hash chain (pure functions: used by services/audit.py and the v2 migration) --------
import hashlib as _hashlib
import json as _json
from datetime import datetime as _datetime

GENESIS_HASH = "0" * 64
"""The 'previous hash' of the first audit row."""


def tijd_tekst(waarde) -> str:
    """A timestamp in the one fixed form the chain hashes (stored text or datetime)."""
    if isinstance(waarde, str):
        waarde = _datetime.fromisoformat(waarde)
    return waarde.strftime("%Y-%m-%d %H:%M:%S.%f")


def bereken_waarde_hash(zout: Optional[str], oud: Optional[str], nieuw: Optional[str]) -> str:
    """Salted commitment to the row's values. Without the salt it reveals nothing guessable."""
    inhoud = _json.dumps([zout or "", oud, nieuw], ensure_ascii=False, separators=(",", ":"))
    return _hashlib.sha256(inhoud.encode("utf-8")).hexdigest()


def bereken_regel_hash(vorige_hash: str, *, tijdstip, wie, actie, entiteit, entiteit_id, klantnummer,
                       veld, waarde_hash: str) -> str:
    """The row's link in the chain: the previous hash plus everything except the raw values."""
    inhoud = _json.dumps(
        [vorige_hash, tijd_tekst(tijdstip), wie, actie, entiteit, entiteit_id, klantnummer, veld, waarde_hash],
        ensure_ascii=False, separators=(",", ":"),
    )
    return _hashlib.sha256(inhoud.encode("utf-8")).hexdigest()
