"""Writing the audit trail. Called inside the same transaction as the change."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any, Optional

from sqlmodel import Session, select

from werkcoach_tui.models.audit import AuditRegel


def waarde_tekst(value: Any) -> Optional[str]:
    """How a value is written in the audit trail (ISO dates, enum values)."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


def schrijf_audit(
    session: Session,
    *,
    tijdstip: datetime,
    wie: str,
    actie: str,
    entiteit: str,
    entiteit_id: Optional[int] = None,
    klantnummer: Optional[str] = None,
    veld: Optional[str] = None,
    oud: Any = None,
    nieuw: Any = None,
) -> None:
    session.add(
        AuditRegel(
            tijdstip=tijdstip,
            wie=wie,
            actie=actie,
            entiteit=entiteit,
            entiteit_id=entiteit_id,
            klantnummer=klantnummer,
            veld=veld,
            oud=waarde_tekst(oud),
            nieuw=waarde_tekst(nieuw),
        )
    )


def audit_wijzigingen(
    session: Session,
    *,
    tijdstip: datetime,
    wie: str,
    entiteit: str,
    entiteit_id: Optional[int],
    klantnummer: Optional[str],
    oud: dict[str, Any],
    nieuw: dict[str, Any],
    actie: str = "wijzigen",
) -> int:
    """One audit row per field whose value changed. Returns how many."""
    n = 0
    for veld, nieuwe_waarde in nieuw.items():
        oude_waarde = oud.get(veld)
        if waarde_tekst(oude_waarde) != waarde_tekst(nieuwe_waarde):
            schrijf_audit(
                session,
                tijdstip=tijdstip,
                wie=wie,
                actie=actie,
                entiteit=entiteit,
                entiteit_id=entiteit_id,
                klantnummer=klantnummer,
                veld=veld,
                oud=oude_waarde,
                nieuw=nieuwe_waarde,
            )
            n += 1
    return n


def lees_audit(session: Session, klantnummer: Optional[str] = None, limit: int = 1000) -> list[AuditRegel]:
    stmt = select(AuditRegel).order_by(AuditRegel.id.desc()).limit(limit)
    if klantnummer:
        stmt = stmt.where(AuditRegel.klantnummer == klantnummer)
    return list(session.exec(stmt))
