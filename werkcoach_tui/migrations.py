"""Schema migrations: a small ordered list, run at start.

Each entry upgrades the schema from version N-1 to N. Before any migration an
online backup (SQLite backup API, 0600) is written beside the file, so a failed
upgrade leaves the original untouched and names the backup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # pragma: no cover
    from sqlalchemy.engine import Connection

    from werkcoach_tui.store import Store

# version -> function(conn) that upgrades from version-1 to version.
MIGRATIES: dict[int, Callable[["Connection"], None]] = {}


def migreer(store: "Store", huidige_versie: int) -> None:
    from werkcoach_tui.store import SCHEMA_VERSIE, StoreFout

    if huidige_versie == 0:
        raise StoreFout(
            f"Het bestand {store.path} is een SQLite-database, maar geen Werkcoach-database. "
            "Kies met --db het juiste bestand; dit bestand is niet gewijzigd."
        )
    for versie in range(huidige_versie + 1, SCHEMA_VERSIE + 1):
        stap = MIGRATIES.get(versie)
        if stap is None:
            raise StoreFout(
                f"Geen migratie naar schemaversie {versie} bekend voor {store.path}. "
                "Werk Werkcoach bij; het bestand is niet gewijzigd."
            )
        with store.engine.begin() as conn:
            stap(conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {versie}")
