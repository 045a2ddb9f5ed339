"""Schema migrations: a small ordered list, run at start.

Why not Alembic: its SQLite "batch mode" rebuilds a table with ``foreign_keys=ON`` still in
force, and dropping the old parent table then deletes every child row through
``ON DELETE CASCADE`` while ``integrity_check`` stays "ok" (measured, see shared/design.md).
The schema here is small; a list of plain functions, each run under the rules below, is
easier to reason about than a second tool with its own state table.

How an upgrade runs (:func:`migreer`):

1. an online backup of the file (SQLite backup API, created 0600) is written beside it;
2. one connection with ``foreign_keys=OFF`` (set outside any transaction: table rebuilds must
   never cascade) runs every pending step inside ONE ``BEGIN IMMEDIATE`` transaction;
3. before committing: no ``*__nieuw`` work tables left, ``PRAGMA foreign_key_check`` empty,
   and the row count of every table equal to before (a step may declare tables it fills);
4. ``user_version`` is set in the same transaction, then COMMIT.

Any failure rolls the whole transaction back: the file stays byte-identical (WAL mode: the
main file is only written at a checkpoint after a commit) and the message names the backup.
After migrating, the store's ``create_all`` still adds tables of features that are newer
than the last migration.
"""

from __future__ import annotations

import secrets
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Callable

# version -> function(conn) that upgrades from version-1 to version (conn: sqlite3, in a transaction).
MIGRATIES: dict[int, Callable[[sqlite3.Connection], None]] = {}

WERKTABEL_ACHTERVOEGSEL = "__nieuw"


class MigratieFout(Exception):
    """A check after a migration step failed (the transaction is rolled back)."""


def migratie(versie: int):
    def registreer(fn):
        MIGRATIES[versie] = fn
        return fn
    return registreer


# -- helpers for steps -------------------------------------------------------------------------
def herbouw_tabel(conn: sqlite3.Connection, tabel: str, nieuwe_ddl: str,
                  vul: Callable[[sqlite3.Connection, str], None] | None = None) -> None:
    """Rebuild ``tabel`` with ``nieuwe_ddl`` (a CREATE TABLE for ``{tabel}__nieuw``...).

    The SQLite-documented 12-step recipe: create the new table, copy the rows, drop the old
    one, rename, recreate its indexes. Must run with foreign keys OFF (the caller ensures it).
    ``vul(conn, werktabel)`` copies the rows; by default every column both tables share.
    """
    werk = tabel + WERKTABEL_ACHTERVOEGSEL
    indexen = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name=? AND sql IS NOT NULL", (tabel,))]
    conn.execute(nieuwe_ddl)
    if vul is None:
        oud = [r[1] for r in conn.execute(f'PRAGMA table_info("{tabel}")')]
        nieuw = {r[1] for r in conn.execute(f'PRAGMA table_info("{werk}")')}
        kolommen = ", ".join(f'"{k}"' for k in oud if k in nieuw)
        conn.execute(f'INSERT INTO "{werk}" ({kolommen}) SELECT {kolommen} FROM "{tabel}"')
    else:
        vul(conn, werk)
    conn.execute(f'DROP TABLE "{tabel}"')
    conn.execute(f'ALTER TABLE "{werk}" RENAME TO "{tabel}"')
    for sql in indexen:
        conn.execute(sql)


# -- the steps -------------------------------------------------------------------------------
_AUDIT_V2 = """CREATE TABLE audit__nieuw (
	id INTEGER NOT NULL, 
	tijdstip DATETIME NOT NULL, 
	wie VARCHAR NOT NULL, 
	actie VARCHAR NOT NULL, 
	entiteit VARCHAR NOT NULL, 
	entiteit_id INTEGER, 
	klantnummer VARCHAR, 
	veld VARCHAR, 
	oud VARCHAR, 
	nieuw VARCHAR, 
	zout VARCHAR, 
	waarde_hash VARCHAR NOT NULL, 
	vorige_hash VARCHAR NOT NULL, 
	hash VARCHAR NOT NULL, 
	gewist BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
)"""

_KLANT_V2 = """CREATE TABLE klant__nieuw (
	id INTEGER NOT NULL, 
	klantnummer VARCHAR(20) NOT NULL, 
	naam VARCHAR(200) NOT NULL, 
	geboortedatum DATE, 
	telefoon VARCHAR(40), 
	email VARCHAR(200), 
	adres VARCHAR(200), 
	postcode VARCHAR(10), 
	woonplaats VARCHAR(100), 
	digivaardig BOOLEAN NOT NULL, 
	meldingsdatum DATE, 
	ww_startdatum DATE, 
	ww_einddatum DATE, 
	uren_vorige_baan FLOAT, 
	beschikbare_uren FLOAT, 
	opleidingsniveau VARCHAR(40), 
	werkverkenner_band VARCHAR(40), 
	werkverkenner_datum DATE, 
	vroegmelder BOOLEAN NOT NULL, 
	arbeidsbeperking BOOLEAN NOT NULL, 
	maatman_procent FLOAT, 
	grensregio BOOLEAN NOT NULL, 
	laatste_beroep VARCHAR(200), 
	adviseur VARCHAR(200), 
	fase VARCHAR(40) NOT NULL, 
	bsn VARCHAR(9), 
	versie INTEGER NOT NULL, 
	aangemaakt_op DATETIME, 
	gewijzigd_op DATETIME, 
	PRIMARY KEY (id)
)"""


@migratie(2)
def _v2_auditketen_en_bsn(conn: sqlite3.Connection) -> None:
    """v1 -> v2: the audit trail becomes a hash chain; the klant gets an optional BSN column.

    Both tables are rebuilt (klant is a parent of gesprek and every later klant-linked table:
    this is exactly the rebuild that would cascade-delete children with foreign keys on).
    Existing audit rows are chained in id order, each with a fresh random salt.
    """
    from werkcoach_tui.models.audit import GENESIS_HASH, bereken_regel_hash, bereken_waarde_hash

    def vul_audit(c: sqlite3.Connection, werk: str) -> None:
        vorige = GENESIS_HASH
        rijen = c.execute("SELECT id, tijdstip, wie, actie, entiteit, entiteit_id, klantnummer, veld, oud, nieuw "
                          "FROM audit ORDER BY id").fetchall()
        for (rid, tijdstip, wie, actie, entiteit, entiteit_id, klantnummer, veld, oud, nieuw) in rijen:
            zout = secrets.token_hex(16)
            wh = bereken_waarde_hash(zout, oud, nieuw)
            h = bereken_regel_hash(vorige, tijdstip=tijdstip, wie=wie, actie=actie, entiteit=entiteit,
                                   entiteit_id=entiteit_id, klantnummer=klantnummer, veld=veld, waarde_hash=wh)
            c.execute(f"INSERT INTO {werk} VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                      (rid, tijdstip, wie, actie, entiteit, entiteit_id, klantnummer, veld, oud, nieuw,
                       zout, wh, vorige, h))
            vorige = h

    herbouw_tabel(conn, "audit", _AUDIT_V2, vul_audit)
    conn.execute("CREATE INDEX IF NOT EXISTS ix_audit_hash ON audit (hash)")
    herbouw_tabel(conn, "klant", _KLANT_V2)


# -- running them ------------------------------------------------------------------------------
def _tellingen(conn: sqlite3.Connection) -> dict[str, int]:
    namen = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in namen}


def backup_pad(pad: Path, versie: int) -> Path:
    stempel = datetime.now().strftime("%Y%m%d-%H%M%S")
    kandidaat = pad.with_name(f"{pad.name}.voor-v{versie}-{stempel}.backup")
    n = 1
    while kandidaat.exists():
        n += 1
        kandidaat = pad.with_name(f"{pad.name}.voor-v{versie}-{stempel}-{n}.backup")
    return kandidaat


def migreer(pad: Path, huidige_versie: int, *, verbind: Callable[[Path], sqlite3.Connection] | None = None
            ) -> dict[str, tuple[int, int]]:
    """Upgrade the file at ``pad`` to ``SCHEMA_VERSIE``. Returns {table: (rows before, after)}.

    ``verbind(path)`` opens a (possibly encrypted) DBAPI connection; default plain sqlite3.
    """
    from werkcoach_tui.backup import maak_backup
    from werkcoach_tui.store import BUSY_TIMEOUT_MS, SCHEMA_VERSIE, StoreFout

    if huidige_versie == 0:
        raise StoreFout(
            f"Het bestand {pad} is een SQLite-database, maar geen Werkcoach-database. "
            "Kies met --db het juiste bestand; dit bestand is niet gewijzigd."
        )
    stappen = []
    for versie in range(huidige_versie + 1, SCHEMA_VERSIE + 1):
        stap = MIGRATIES.get(versie)
        if stap is None:
            raise StoreFout(
                f"Geen migratie naar schemaversie {versie} bekend voor {pad}. "
                "Werk Werkcoach bij; het bestand is niet gewijzigd."
            )
        stappen.append((versie, stap))

    verbind = verbind or (lambda p: sqlite3.connect(p, timeout=BUSY_TIMEOUT_MS / 1000))
    doel = backup_pad(pad, huidige_versie)
    try:
        maak_backup(pad, doel, verbind=verbind)
    except (OSError, sqlite3.Error) as exc:
        raise StoreFout(
            f"Kon vóór de upgrade van {pad} geen back-up maken ({exc}). Er is niets gewijzigd. "
            "Maak ruimte vrij of controleer de rechten van de map en start opnieuw."
        ) from exc

    conn = verbind(pad)
    conn.isolation_level = None  # we issue BEGIN/COMMIT ourselves
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = OFF")  # outside the transaction, or it is ignored
        if conn.execute("PRAGMA foreign_keys").fetchone()[0] != 0:
            raise MigratieFout("foreign keys konden niet uit")
        conn.execute("BEGIN IMMEDIATE")
        try:
            voor = _tellingen(conn)
            for versie, stap in stappen:
                stap(conn)
                conn.execute(f"PRAGMA user_version = {versie}")
            werk = conn.execute("SELECT name FROM sqlite_master WHERE name LIKE ?",
                                (f"%{WERKTABEL_ACHTERVOEGSEL}",)).fetchall()
            if werk:
                raise MigratieFout(f"werktabel {werk[0][0]} bleef achter")
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                raise MigratieFout(f"{len(fk)} verwijzing(en) kloppen niet meer (eerste in tabel {fk[0][0]})")
            na = _tellingen(conn)
            for tabel, n in voor.items():
                if na.get(tabel) != n:
                    raise MigratieFout(f"tabel {tabel} had {n} rijen en na de upgrade {na.get(tabel)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except Exception as exc:  # noqa: BLE001 - any failure: rolled back, reported in Dutch
        raise StoreFout(
            f"De upgrade van {pad} naar schemaversie {SCHEMA_VERSIE} is mislukt ({exc}). "
            f"De database is niet gewijzigd; een back-up staat in {doel}. "
            "Start de vorige versie van Werkcoach of meld dit bij de beheerder."
        ) from exc
    finally:
        conn.close()
    return {t: (voor[t], na[t]) for t in voor}
