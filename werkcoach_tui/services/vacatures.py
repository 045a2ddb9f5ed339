"""Vacatures in the store: bulk writes (import, demo) and plain-tuple reads for the index.

Bulk paths use ``executemany`` on the raw connection inside the service's
``BEGIN IMMEDIATE`` transaction: ORM object-at-a-time inserts are ~40× slower
at 100k rows (see ``shared/design.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Iterable, Mapping, Optional

from werkcoach_tui.store import Store

KOLOMMEN = (
    "extern_id", "titel", "werkgever", "plaats", "land", "uren_min", "uren_max", "omschrijving",
    "vaardigheden", "opleidingsniveau", "pawa", "publicatiedatum", "sluitingsdatum", "beroep",
)


@dataclass(frozen=True)
class OpslagResultaat:
    toegevoegd: int
    bijgewerkt: int


def _db_waarde(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _rij(r: Mapping[str, Any]) -> tuple:
    vals = []
    for k in KOLOMMEN:
        v = r.get(k)
        if k == "land":
            v = v or "NL"
        elif k in ("omschrijving", "vaardigheden"):
            v = v or ""
        elif k == "pawa":
            v = bool(v)
        vals.append(_db_waarde(v))
    return tuple(vals)


def sla_vacatures_op(store: Store, rijen: Iterable[Mapping[str, Any]]) -> OpslagResultaat:
    """Insert or update (by ``extern_id``) in one transaction: all rows or none."""
    rows = [_rij(r) for r in rijen]
    ids = [r[0] for r in rows if r[0]]
    cols = ", ".join(KOLOMMEN)
    marks = ", ".join("?" for _ in KOLOMMEN)
    updates = ", ".join(f"{k} = excluded.{k}" for k in KOLOMMEN if k != "extern_id")
    with store.schrijf() as s:
        raw = s.connection().connection.driver_connection
        bestaand = 0
        if ids:
            cur = raw.cursor()
            cur.execute("CREATE TEMP TABLE IF NOT EXISTS _import_ids (extern_id TEXT PRIMARY KEY)")
            cur.execute("DELETE FROM _import_ids")
            cur.executemany("INSERT OR IGNORE INTO _import_ids VALUES (?)", ((i,) for i in ids))
            bestaand = cur.execute(
                "SELECT count(*) FROM vacature v JOIN _import_ids i ON i.extern_id = v.extern_id"
            ).fetchone()[0]
            cur.execute("DROP TABLE _import_ids")
        raw.cursor().executemany(
            f"INSERT INTO vacature ({cols}) VALUES ({marks}) "
            f"ON CONFLICT(extern_id) DO UPDATE SET {updates}",
            rows,
        )
    uniek = len(set(ids)) + sum(1 for r in rows if not r[0])
    return OpslagResultaat(toegevoegd=uniek - bestaand, bijgewerkt=len(rows) - (uniek - bestaand))


def aantal_vacatures(store: Store) -> int:
    with store.lees() as s:
        return s.connection().exec_driver_sql("SELECT count(*) FROM vacature").scalar_one()


def haal_vacature(store: Store, vacature_id: int) -> Optional[Any]:
    from werkcoach_tui.models.vacature import Vacature

    with store.lees() as s:
        return s.get(Vacature, vacature_id)
