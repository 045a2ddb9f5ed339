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

SCHEMA_VERSIE = 2
"""The schema version this app writes and understands."""

BUSY_TIMEOUT_MS = 10_000
APPLICATIE_ID = 0x57434B31  # 'WCK1': marks the file as a Werkcoach store


class StoreFout(Exception):
    """A store problem, with a one-line Dutch message that says what to do."""


class SleutelFout(StoreFout):
    """The passphrase of an encrypted store is wrong (or the file is not encrypted)."""


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


def maak_verbinder(sleutel: str | None = None):
    """A function path -> DBAPI connection: plain sqlite3, or SQLCipher with ``sleutel``.

    SQLCipher's log goes to stderr unless ``cipher_log_level`` is NONE (it would print under
    the TUI), so it is silenced before the key is given.
    """
    if sleutel is None:
        def verbind(pad, *, alleen_lezen: bool = False):
            if alleen_lezen:
                return sqlite3.connect(f"file:{quote(str(pad))}?mode=ro", uri=True,
                                       timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            return sqlite3.connect(str(pad), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        return verbind
    try:
        from sqlcipher3 import dbapi2 as sqlcipher
    except ImportError as exc:
        raise StoreFout(
            "Versleuteling is niet geïnstalleerd. Installeer het extra pakket met "
            "'pip install werkcoach-tui[versleuteling]' (sqlcipher3-binary) en probeer het opnieuw."
        ) from exc
    sleutel_sql = sleutel.replace("'", "''")

    def verbind_versleuteld(pad, *, alleen_lezen: bool = False):
        con = sqlcipher.connect(str(pad), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = '{sleutel_sql}'")
        return con
    verbind_versleuteld.module = sqlcipher  # type: ignore[attr-defined]
    return verbind_versleuteld


def _sleutel_melding(path: Path) -> str:
    return (
        f"De database {path} kan met deze sleutel niet worden geopend: de sleutel is onjuist, of het "
        "bestand is niet (of anders) versleuteld. Probeer het opnieuw met de juiste sleutel."
    )


def _probe_existing(path: Path, sleutel: str | None = None) -> tuple[int, bool]:
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
    if sleutel is not None:
        if header == b"SQLite format 3\x00":
            raise SleutelFout(
                f"De database {path} is niet versleuteld. Open hem zonder --versleuteld, of zet hem om met "
                "'werkcoach versleutel'."
            )
        try:
            con = maak_verbinder(sleutel)(path)
            try:
                version = con.execute("PRAGMA user_version").fetchone()[0]
                n_tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            finally:
                con.close()
        except Exception as exc:  # noqa: BLE001 - sqlcipher3 has its own exception classes
            if "not a database" in str(exc).lower():
                raise SleutelFout(_sleutel_melding(path)) from None
            raise StoreFout(_dutch_operational(exc, path)) from None
        return int(version), n_tables > 0
    if header and header != b"SQLite format 3\x00":
        raise StoreFout(
            f"Het bestand {path} is geen SQLite-database (of een versleutelde: open die met --versleuteld). Kies met --db het juiste bestand, "
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
        from werkcoach_tui.bestanden import maak_prive_map

        maak_prive_map(folder)
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

    def __init__(self, path: Path, engine, read_engine, label: str = "", sleutel: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.read_engine = read_engine
        self.label = label
        self.versleuteld = sleutel is not None
        self.verbind = maak_verbinder(sleutel)
        """path -> a raw DBAPI connection with this store's key (backups, checks)."""
        self.migratie: dict[str, tuple[int, int]] | None = None
        """Row counts per table (before, after) when this open ran a migration."""
        self._schrijvingen = 0

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, label: str = "", create: bool = True, sleutel: str | None = None) -> "Store":
        from werkcoach_tui.migrations import migreer

        path = Path(path).expanduser()
        is_new = not path.exists() or path.stat().st_size == 0
        migratie = None
        if not is_new:
            version, has_tables = _probe_existing(path, sleutel)
            if version > SCHEMA_VERSIE:
                raise StoreFout(
                    f"De database {path} is gemaakt met een nieuwere versie van Werkcoach "
                    f"(schemaversie {version}, deze versie kent t/m {SCHEMA_VERSIE}). "
                    "Werk Werkcoach bij; het bestand is niet gewijzigd."
                )
            if version < SCHEMA_VERSIE and (version > 0 or has_tables):
                # Backup first, then one transaction; nothing else has the file open yet.
                migratie = migreer(path, version, verbind=maak_verbinder(sleutel))
        elif not create:
            raise StoreFout(f"De database {path} bestaat niet. Controleer het pad of laat --db weg.")
        else:
            _create_private_file(path)
        verbind = maak_verbinder(sleutel)
        store = cls(path, _make_engine(path, verbind, immediate=True), _make_engine(path, verbind, immediate=False),
                    label, sleutel)
        store.migratie = migratie
        try:
            store._ensure_schema()
        except StoreFout:
            store.close()
            raise
        return store

    def _ensure_schema(self) -> None:
        from werkcoach_tui.models import TABELLEN

        with self.fouten_als_storefout():
            with self.engine.begin() as conn:
                version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
                tabellen = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
            if version == SCHEMA_VERSIE and tabellen.issuperset(TABELLEN):
                # create_all only creates missing tables (with their indexes) and never touches
                # existing ones: with every table there it would do nothing. Skipping it spares
                # the start-up importing every table module.
                return
            self._maak_schema(version, len(tabellen))

    def _maak_schema(self, version: int, n_tables: int) -> None:
        from sqlmodel import SQLModel

        from werkcoach_tui.models import registreer_alle

        registreer_alle()
        if version == 0 and n_tables == 0:
            with self.engine.begin() as conn:
                SQLModel.metadata.create_all(conn)
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATIE_ID}")
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSIE}")
        elif version < SCHEMA_VERSIE:
            # Only reachable when another process changed the file between probe and open.
            raise StoreFout(
                f"De database {self.path} werd tijdens het openen door een ander programma gewijzigd. "
                "Sluit de andere Werkcoach en start opnieuw."
            )
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
                self._schrijvingen += 1

    def wijzigingsteken(self) -> tuple:
        """Changes when anything was written: by this process (a counter) or by another
        one (the database and WAL files' size and time). Screens compare it to decide
        whether what they show must be read again (signals are derived, never stored)."""
        teken: list = [self._schrijvingen]
        for pad in (self.path, self.path.with_name(self.path.name + "-wal")):
            try:
                st = os.stat(pad)
                teken.append((st.st_mtime_ns, st.st_size))
            except OSError:
                teken.append(None)
        return tuple(teken)

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


def _make_engine(path: Path, verbind, *, immediate: bool):
    from sqlalchemy import create_engine, event

    extra = {"module": verbind.module} if hasattr(verbind, "module") else {}
    engine = create_engine(f"sqlite:///{path}", creator=lambda: verbind(path), **extra)

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
