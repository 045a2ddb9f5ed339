"""Locked, busy, disk-full, read-only, corrupt-file and wrong-key situations: one Dutch message, never a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from werkcoach_tui.cli import main
from werkcoach_tui.store import Store, StoreFout

ROOT = Path(__file__).resolve().parent.parent


def _een_regel(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    regels = err.strip().splitlines()
    assert len(regels) == 1 and regels[0].startswith("werkcoach: "), err
    return regels[0]


def test_schijf_vol(diensten):
    k = diensten.klanten.maak({"naam": "Vol Geschreven"})

    @event.listens_for(diensten.store.engine, "connect")
    def klein(dbapi_conn, _):
        dbapi_conn.execute("PRAGMA max_page_count = 1")  # every write that needs a page fails: 'disk is full'

    diensten.store.engine.dispose()
    voor = len(diensten.klanten.kaart(k.id).gesprekken)
    with pytest.raises(StoreFout) as exc:
        diensten.klanten.voeg_gesprek_toe(k.id, {"datum": "20-11-2026", "type": "intake", "kanaal": "video",
                                                 "notitie": "notitie " * 2400})
    assert "schijf is vol" in str(exc.value) and "niet opgeslagen" in str(exc.value)
    assert len(diensten.klanten.kaart(k.id).gesprekken) == voor


def test_alleen_lezen(diensten):
    @event.listens_for(diensten.store.engine, "connect")
    def alleen_lezen(dbapi_conn, _):
        dbapi_conn.execute("PRAGMA query_only = 1")  # SQLite: 'attempt to write a readonly database'

    diensten.store.engine.dispose()
    with pytest.raises(StoreFout) as exc:
        diensten.klanten.maak({"naam": "Mag Niet"})
    assert "alleen-lezen" in str(exc.value)


def test_bezet_en_vergrendeld(tmp_path, monkeypatch, capsys):
    import werkcoach_tui.store as store_mod

    pad = tmp_path / "bezet.db"
    Store.open(pad).close()
    monkeypatch.setattr(store_mod, "BUSY_TIMEOUT_MS", 200)
    blokker = sqlite3.connect(pad, isolation_level=None)
    blokker.execute("BEGIN IMMEDIATE")  # another Werkcoach is writing and does not let go
    try:
        assert main(["--db", str(pad), "klant", "verwijder", "K100001", "--ja"]) == 2
        regel = _een_regel(capsys)
        assert "geen klant" in regel or "bezet" in regel
        assert main(["--db", str(pad), "backup", "-o", str(tmp_path / "b.db")]) == 2
        assert "bezet" in _een_regel(capsys)
    finally:
        blokker.execute("ROLLBACK")
        blokker.close()


def test_beschadigd_bestand(tmp_path, capsys):
    pad = tmp_path / "kapot.db"
    s = Store.open(pad)
    s.close()
    data = bytearray(pad.read_bytes())
    data[100:4096 * 3] = b"\xff" * (4096 * 3 - 100)
    pad.write_bytes(bytes(data))
    assert main(["--db", str(pad), "info"]) == 2
    regel = _een_regel(capsys)
    assert "werkcoach herstel" in regel or "geen geldige" in regel or "beschadigd" in regel


@pytest.mark.skipif(not __import__("werkcoach_tui.versleuteling", fromlist=["x"]).sleutel_beschikbaar(),
                    reason="sqlcipher3 niet geïnstalleerd")
def test_verkeerde_sleutel_in_de_app_start(tmp_path):
    pad = tmp_path / "geheim.db"
    Store.open(pad, sleutel="goed goed goed").close()
    r = subprocess.run([sys.executable, "-m", "werkcoach_tui", "--db", str(pad), "--versleuteld"], cwd=ROOT,
                       env={"WERKCOACH_SLEUTEL": "fout fout fout", "PATH": "/usr/bin:/bin",
                            "HOME": str(tmp_path)}, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stderr == ""
    assert r.stdout.count("\n") == 1 and "sleutel is onjuist" in r.stdout


@pytest.mark.parametrize("fout, woord", [
    ("database is locked", "bezet"),
    ("database table is locked", "bezet"),
    ("attempt to write a readonly database", "alleen-lezen"),
    ("database or disk is full", "schijf is vol"),
    ("file is not a database", "geen geldige"),
    ("database disk image is malformed", "geen geldige"),
    ("unable to open database file", "Kan de database"),
])
def test_elke_sqlite_fout_een_nederlandse_zin(fout, woord):
    from werkcoach_tui.store import _dutch_operational

    melding = _dutch_operational(sqlite3.OperationalError(fout), Path("w.db"))
    assert woord in melding and "\n" not in melding


async def test_app_toont_databaseprobleem_als_dialoog(diensten):
    from werkcoach_tui.screens.bevestig import MeldingScherm

    from .conftest import maak_app

    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()

        @event.listens_for(diensten.store.engine, "connect")
        def alleen_lezen(dbapi_conn, _):
            dbapi_conn.execute("PRAGMA query_only = 1")

        diensten.store.engine.dispose()
        diensten.instellingen._cache = None
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.pop_screen()
        app.action_wissel_thema()  # saving the theme fails: a notification, no crash
        await pilot.pause()
        try:
            diensten.klanten.maak({"naam": "X"})
        except StoreFout as exc:
            app.toon_storefout(str(exc))
        await pilot.pause()
        assert isinstance(app.screen, MeldingScherm)
        assert "alleen-lezen" in app.screen.tekst
