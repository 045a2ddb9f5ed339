"""Writing the audit trail. Called inside the same transaction as the change.

The trail is append-only through this layer and hash-chained, centrally: a ``before_flush``
listener on every ORM session gives each new :class:`AuditRegel` (however a feature created
it) a random salt, ``waarde_hash`` = sha256(salt, oud, nieuw) and
``hash`` = sha256(previous row's hash, the row's fields, waarde_hash). Write sessions start
with ``BEGIN IMMEDIATE``, so reading the previous hash and appending are serialised across
processes. :func:`controleer_keten` recomputes everything and names the first broken row.

Erasure scrubs personal values but keeps the chain verifiable: the chain covers
``waarde_hash``, not the values themselves. Scrubbing sets oud/nieuw/zout to NULL and
``gewist`` on, and is itself a recorded, chained event (an ``wissen`` row for that
klantnummer); a scrubbed row without a later erasure event is reported as tampering.
Without its salt the kept ``waarde_hash`` reveals nothing guessable (an unsalted hash of a
name or phone number could be reversed by trying candidates).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Optional

from sqlalchemy import event, text
from sqlalchemy.orm import Session as _OrmSession
from sqlalchemy.orm.attributes import instance_state
from sqlmodel import Session, select

from werkcoach_tui.models.audit import (
    GENESIS_HASH,
    AuditRegel,
    bereken_regel_hash,
    bereken_waarde_hash,
)

GEMASKEERDE_VELDEN = frozenset({"bsn"})
"""Fields whose values are only ever written masked into the trail."""

ACTIE_WISSEN = "wissen"
"""The audit action that records an erasure (and licenses scrubbed rows of that klant)."""


def maskeer(waarde: Optional[str], zichtbaar: int = 3) -> Optional[str]:
    """'123456782' -> '******782' (only the last digits stay readable)."""
    if waarde is None or waarde == "":
        return waarde
    w = str(waarde)
    return "*" * max(len(w) - zichtbaar, 0) + w[-zichtbaar:]


def _keten_bij(session: _OrmSession, nieuwe: list[AuditRegel]) -> None:
    nieuwe.sort(key=lambda r: instance_state(r).insert_order or 0)
    vorige = session.connection().execute(text("SELECT hash FROM audit ORDER BY id DESC LIMIT 1")).scalar()
    vorige = vorige or GENESIS_HASH
    for regel in nieuwe:
        if regel.veld in GEMASKEERDE_VELDEN:
            regel.oud, regel.nieuw = maskeer(regel.oud), maskeer(regel.nieuw)
        regel.zout = secrets.token_hex(16)
        regel.gewist = False
        regel.waarde_hash = bereken_waarde_hash(regel.zout, regel.oud, regel.nieuw)
        regel.vorige_hash = vorige
        regel.hash = bereken_regel_hash(
            vorige, tijdstip=regel.tijdstip, wie=regel.wie, actie=regel.actie, entiteit=regel.entiteit,
            entiteit_id=regel.entiteit_id, klantnummer=regel.klantnummer, veld=regel.veld,
            waarde_hash=regel.waarde_hash,
        )
        vorige = regel.hash


@event.listens_for(_OrmSession, "before_flush")
def _audit_voor_flush(session: _OrmSession, _context, _instances) -> None:
    """Chain new audit rows; refuse changing or deleting existing ones through the ORM."""
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditRegel) and (obj in session.deleted or session.is_modified(obj)):
            raise PermissionError("Het auditlogboek kan alleen worden aangevuld, niet gewijzigd of verwijderd.")
    nieuwe = [obj for obj in session.new if isinstance(obj, AuditRegel)]
    if nieuwe:
        _keten_bij(session, nieuwe)


@dataclass(frozen=True)
class KetenControle:
    regels: int
    gewist: int
    fouten: list[str]

    @property
    def ok(self) -> bool:
        return not self.fouten


def controleer_keten(session: Session) -> KetenControle:
    """Recompute the whole chain. Each problem names the row (id) and what is wrong with it."""
    fouten: list[str] = []
    rijen = session.connection().execute(text(
        "SELECT id, tijdstip, wie, actie, entiteit, entiteit_id, klantnummer, veld, oud, nieuw, zout, "
        "waarde_hash, vorige_hash, hash, gewist FROM audit ORDER BY id")).all()
    gewist_toegestaan: dict[str, int] = {}
    for r in rijen:
        if r[3] == ACTIE_WISSEN and r[6]:
            gewist_toegestaan[r[6]] = r[0]
    vorige = GENESIS_HASH
    vorige_id = None
    n_gewist = 0
    for (rid, tijdstip, wie, actie, entiteit, entiteit_id, klantnummer, veld, oud, nieuw, zout,
         wh, vorige_hash, h, gewist) in rijen:
        if vorige_hash != vorige:
            if vorige_id is None:
                fouten.append(f"Regel {rid}: de eerste bewaarde regel sluit niet aan op het begin van het logboek "
                              "(een of meer eerdere regels zijn verwijderd).")
            else:
                fouten.append(f"Regel {rid}: sluit niet aan op regel {vorige_id} (een regel ertussen is verwijderd "
                              "of een regel is gewijzigd).")
        if gewist:
            n_gewist += 1
            wis_id = gewist_toegestaan.get(klantnummer or "")
            if oud is not None or nieuw is not None or zout is not None:
                fouten.append(f"Regel {rid}: staat als gewist, maar bevat nog waarden.")
            elif wis_id is None or wis_id < rid:
                fouten.append(f"Regel {rid}: waarden zijn gewist zonder vastgelegde verwijdering van deze klant.")
        elif bereken_waarde_hash(zout, oud, nieuw) != wh:
            fouten.append(f"Regel {rid}: de oude of nieuwe waarde is achteraf gewijzigd.")
        try:
            verwacht = bereken_regel_hash(
                vorige_hash, tijdstip=tijdstip, wie=wie, actie=actie, entiteit=entiteit, entiteit_id=entiteit_id,
                klantnummer=klantnummer, veld=veld, waarde_hash=wh)
        except (TypeError, ValueError):
            verwacht = None
        if verwacht != h:
            fouten.append(f"Regel {rid}: tijdstip, gebruiker, actie of onderwerp is achteraf gewijzigd.")
        vorige, vorige_id = h, rid
    return KetenControle(len(rijen), n_gewist, fouten)


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
