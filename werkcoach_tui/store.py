"""The dossier store: one SQLite file, opened safely.

Every connection gets WAL, ``foreign_keys=ON``, a busy timeout,
``synchronous=FULL`` and ``secure_delete=ON``, set in a ``connect`` listener
*outside* a transaction. Write transactions start with ``BEGIN IMMEDIATE`` (the
default deferred ``BEGIN`` silently loses concurrent read-modify-write updates,
see ``shared/design.md``); read sessions use a plain deferred ``BEGIN``, which
in WAL mode never waits for a writer.

New files are created 0600 (SQLite gives ``-wal``/``-shm`` the same mode) in a
0700 folder when the folder is ours to create. The schema version lives in
``PRAGMA user_version``; a file from a newer app is refused before anything is
written to it.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

SCHEMA_VERSIE = 1
"""The schema version this app writes and understands."""

BUSY_TIMEOUT_MS = 10_000
APPLICATIE_ID = 0x57434B31  # 'WCK1': marks the file as a Werkcoach store


class StoreFout(Exception):
    """A store problem, with a one-line Dutch message that says what to do."""


class VerouderdFout(Exception):
    """A save was based on a stale read: someone else changed the record meanwhile."""


def _dutch_operational(exc: BaseException, path: Path) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (
            f"De database {path} is bezet door een ander programma (vergrendeld). "
            "Sluit de andere Werkcoach of wacht even en probeer het opnieuw."
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return (
            f"De database {path} is alleen-lezen. Geef schrijfrechten op het bestand en de map, "
            "of kies met --db een ander bestand."
        )
    if "disk is full" in text or "database or disk is full" in text:
        return "De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw."
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return (
            f"Het bestand {path} is geen geldige Werkcoach-database (beschadigd of geen SQLite). "
            "Zet een back-up terug met 'werkcoach herstel' of kies met --db een ander bestand."
        )
    if "unable to open" in text:
        return (
            f"Kan de database {path} niet openen. Controleer of de map bestaat en schrijfbaar is, "
            "of kies met --db een ander bestand."
        )
    return f"Databasefout bij {path}: {exc}. Probeer het opnieuw; blijft het gebeuren, maak dan een back-up."


def _probe_existing(path: Path) -> tuple[int, bool]:
    """Read the schema version of an existing file without changing it.

    Returns (user_version, has_tables). Raises StoreFout for a file that is not
    a SQLite database or cannot be read.
    """
    if not os.access(path, os.R_OK):
        raise StoreFout(
            f"Geen leesrechten op {path}. Geef uzelf leesrechten op het bestand of kies met --db een ander bestand."
        )
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header and header != b"SQLite format 3\x00":
        raise StoreFout(
            f"Het bestand {path} is geen SQLite-database. Kies met --db het juiste bestand, "
            "of verplaats dit bestand zodat Werkcoach een nieuwe database kan maken."
        )
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            n_tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise StoreFout(_dutch_operational(exc, path)) from exc
    return int(version), n_tables > 0


def _create_private_file(path: Path) -> None:
    """Create the database folder (0700 when we make it) and an empty 0600 file."""
    folder = path.parent
    try:
        if not folder.exists():
            folder.mkdir(parents=True, mode=0o700)
            os.chmod(folder, 0o700)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise StoreFout(
            f"Kan geen database maken in {folder}: {exc.strerror or exc}. "
            "Kies met --db (of WERKCOACH_DB) een map waarin u mag schrijven."
        ) from exc


class Store:
    """An open dossier store. Create with :meth:`open`."""

    def __init__(self, path: Path, engine, read_engine, label: str = "") -> None:
        self.path = path
        self.engine = engine
        self.read_engine = read_engine
        self.label = label

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, label: str = "", create: bool = True) -> "Store":
        path = Path(path).expanduser()
        is_new = not path.exists() or path.stat().st_size == 0
        if not is_new:
            version, _has_tables = _probe_existing(path)
            if version > SCHEMA_VERSIE:
                raise StoreFout(
                    f"De database {path} is gemaakt met een nieuwere versie van Werkcoach "
                    f"(schemaversie {version}, deze versie kent t/m {SCHEMA_VERSIE}). "
                    "Werk Werkcoach bij; het bestand is niet gewijzigd."
                )
        elif not create:
            raise StoreFout(f"De database {path} bestaat niet. Controleer het pad of laat --db weg.")
        else:
            _create_private_file(path)
        store = cls(path, _make_engine(path, immediate=True), _make_engine(path, immediate=False), label)
        try:
            store._ensure_schema()
        except StoreFout:
            store.close()
            raise
        return store

    def _ensure_schema(self) -> None:
        from sqlmodel import SQLModel

        from werkcoach_tui.migrations import migreer
        from werkcoach_tui.models import registreer_alle

        registreer_alle()

        with self.fouten_als_storefout():
            with self.engine.begin() as conn:
                version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
                n_tables = conn.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master WHERE type='table'"
                ).scalar_one()
            if version == 0 and n_tables == 0:
                with self.engine.begin() as conn:
                    SQLModel.metadata.create_all(conn)
                    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATIE_ID}")
                    conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSIE}")
            elif version < SCHEMA_VERSIE:
                migreer(self, version)
            else:
                # Same version: add tables of features that were switched on later.
                with self.engine.begin() as conn:
                    SQLModel.metadata.create_all(conn)

    def close(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()

    # -- sessions ----------------------------------------------------------
    @contextmanager
    def fouten_als_storefout(self) -> Iterator[None]:
        """Turn SQLite's operational errors into a Dutch StoreFout."""
        from sqlalchemy.exc import DatabaseError, OperationalError

        try:
            yield
        except (OperationalError, DatabaseError) as exc:
            raise StoreFout(_dutch_operational(exc.orig or exc, self.path)) from exc
        except sqlite3.Error as exc:
            raise StoreFout(_dutch_operational(exc, self.path)) from exc

    @contextmanager
    def schrijf(self):
        """A write session: ``BEGIN IMMEDIATE``, committed on success, rolled back on error."""
        from sqlmodel import Session

        with self.fouten_als_storefout():
            with Session(self.engine, expire_on_commit=False) as session:
                with session.begin():
                    yield session

    @contextmanager
    def lees(self):
        """A read session (deferred BEGIN: never waits for a writer in WAL mode)."""
        from sqlmodel import Session

        with self.fouten_als_storefout():
            with Session(self.read_engine, expire_on_commit=False) as session:
                with session.begin():
                    yield session

    def pragma(self, name: str):
        """Read a pragma on a pooled connection, outside any transaction."""
        with self.fouten_als_storefout(), self.engine.connect() as conn:
            row = conn.connection.driver_connection.execute(f"PRAGMA {name}").fetchone()
            return row[0] if row else None

    def checkpoint(self) -> None:
        """Move the WAL into the main file and truncate it (outside any transaction)."""
        with self.fouten_als_storefout(), self.engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _make_engine(path: Path, *, immediate: bool):
    from sqlalchemy import create_engine, event

    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised via tests
        # Let SQLAlchemy own transactions; pragmas must run outside one.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA secure_delete = ON")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover - exercised via tests
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
