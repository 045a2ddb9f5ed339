"""The store: pragmas, file modes, schema version, locking and bad files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from werkcoach_tui.store import SCHEMA_VERSIE, Store, StoreFout


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_pragmas_on_every_connection(store):
    for engine in (store.engine, store.read_engine):
        for _ in range(3):  # several pooled connections
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
                assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_write_transactions_begin_immediate(store):
    statements = []
    from sqlalchemy import event

    def remember(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", remember)
    with store.schrijf() as s:
        s.connection().exec_driver_sql("SELECT 1")
    event.remove(store.engine, "before_cursor_execute", remember)
    assert statements[0] == "BEGIN IMMEDIATE"


def test_new_file_is_private(tmp_path):
    folder = tmp_path / "nieuw"
    s = Store.open(folder / "w.db")
    with s.schrijf() as session:
        session.connection().exec_driver_sql("INSERT INTO instelling (sleutel, waarde) VALUES ('x', 'y')")
    assert _mode(folder) == 0o700
    for naam in ("w.db", "w.db-wal", "w.db-shm"):
        assert (folder / naam).exists(), naam
        assert _mode(folder / naam) == 0o600, naam
    s.close()


def test_schema_version_recorded(store):
    assert store.pragma("user_version") == SCHEMA_VERSIE


def test_tabellen_is_the_metadata():
    from sqlmodel import SQLModel

    from werkcoach_tui.models import TABELLEN, registreer_alle

    registreer_alle()
    assert sorted(TABELLEN) == sorted(SQLModel.metadata.tables)


def _in_nieuw_proces(code: str) -> str:
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_current_file_opens_without_table_modules(tmp_path):
    pad = tmp_path / "w.db"
    Store.open(pad).close()
    uit = _in_nieuw_proces(
        "import sys\n"
        "from werkcoach_tui.store import Store\n"
        f"Store.open({str(pad)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('werkcoach_tui.models.')))\n"
    )
    assert uit.strip() == "[]"


def test_missing_table_of_current_version_is_added(tmp_path):
    from werkcoach_tui.models import TABELLEN

    pad = tmp_path / "w.db"
    Store.open(pad).close()
    con = sqlite3.connect(pad)
    con.execute("DROP TABLE casuistiek_leerpunt")  # a feature switched on after this file was made
    con.commit()
    con.close()
    Store.open(pad).close()
    con = sqlite3.connect(pad)
    tabellen = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    indexen = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE tbl_name='casuistiek_leerpunt'"
                                         " AND type='index'")}
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSIE
    con.close()
    assert set(TABELLEN) <= tabellen
    assert indexen  # with its indexes


def test_each_table_module_brings_its_foreign_key_targets():
    """Only the tables in use are imported (start-up): a flush must still find every FK target."""
    from werkcoach_tui.models import TABEL_MODULES

    uit = _in_nieuw_proces(
        "import subprocess, sys\n"
        f"for naam in {TABEL_MODULES!r}:\n"
        "    code = ('import importlib; from sqlmodel import SQLModel; importlib.import_module(%r); '\n"
        "            '[fk.column for t in SQLModel.metadata.tables.values() for fk in t.foreign_keys]' % naam)\n"
        "    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)\n"
        "    print(naam, r.returncode, r.stderr.strip().splitlines()[-1:] )\n"
    )
    regels = uit.strip().splitlines()
    assert len(regels) == len(TABEL_MODULES)
    assert [r for r in regels if " 0 []" not in r] == []


def test_newer_schema_refused_and_file_unchanged(tmp_path):
    pad = tmp_path / "nieuwer.db"
    s = Store.open(pad)
    s.close()
    con = sqlite3.connect(pad)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSIE + 5}")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    voor = hashlib.sha256(pad.read_bytes()).hexdigest()
    with pytest.raises(StoreFout) as exc:
        Store.open(pad)
    assert "nieuwere versie" in str(exc.value)
    assert "niet gewijzigd" in str(exc.value)
    assert hashlib.sha256(pad.read_bytes()).hexdigest() == voor


def test_not_a_database_refused(tmp_path):
    pad = tmp_path / "tekst.db"
    pad.write_text("dit is geen database\n" * 20)
    with pytest.raises(StoreFout) as exc:
        Store.open(pad)
    assert "geen SQLite-database" in str(exc.value)
    assert pad.read_text().startswith("dit is geen database")


def test_foreign_sqlite_database_refused(tmp_path):
    pad = tmp_path / "ander.db"
    con = sqlite3.connect(pad)
    con.execute("CREATE TABLE iets (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreFout) as exc:
        Store.open(pad)
    assert "geen Werkcoach-database" in str(exc.value)


def test_unwritable_folder_gives_dutch_message(tmp_path):
    if os.geteuid() == 0:
        # root can write anywhere; use a path below a file instead.
        bestand = tmp_path / "bestand"
        bestand.write_text("x")
        pad = bestand / "sub" / "w.db"
    else:  # pragma: no cover - depends on the user running the tests
        folder = tmp_path / "dicht"
        folder.mkdir(mode=0o500)
        pad = folder / "w.db"
    with pytest.raises(StoreFout) as exc:
        Store.open(pad)
    assert "Kies met --db" in str(exc.value)


def test_locked_file_gives_dutch_message(tmp_path, monkeypatch):
    import werkcoach_tui.store as store_mod

    pad = tmp_path / "bezet.db"
    s = Store.open(pad)
    s.close()
    monkeypatch.setattr(store_mod, "BUSY_TIMEOUT_MS", 200)
    blokker = sqlite3.connect(pad)
    blokker.execute("PRAGMA locking_mode = EXCLUSIVE")
    blokker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreFout) as exc:
            s2 = Store.open(pad)
            with s2.schrijf() as session:
                session.connection().exec_driver_sql("INSERT INTO instelling VALUES ('a', 'b')")
        assert "bezet" in str(exc.value) or "vergrendeld" in str(exc.value)
    finally:
        blokker.rollback()
        blokker.close()


def test_concurrent_read_modify_write_loses_nothing(store):
    with store.schrijf() as s:
        s.connection().exec_driver_sql("INSERT INTO instelling VALUES ('teller', '0')")

    def verhoog(n: int) -> None:
        for _ in range(n):
            with store.schrijf() as s:
                conn = s.connection()
                waarde = int(conn.exec_driver_sql("SELECT waarde FROM instelling WHERE sleutel='teller'").scalar())
                conn.exec_driver_sql(f"UPDATE instelling SET waarde='{waarde + 1}' WHERE sleutel='teller'")

    threads = [threading.Thread(target=verhoog, args=(50,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with store.lees() as s:
        assert s.connection().exec_driver_sql("SELECT waarde FROM instelling WHERE sleutel='teller'").scalar() == "200"
