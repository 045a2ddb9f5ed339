"""The `werkcoach` command: problems end in one Dutch line and exit code 2."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from werkcoach_tui.cli import main
from werkcoach_tui.store import SCHEMA_VERSIE, Store


def test_info_op_nieuwe_database(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "w.db"), "info"]) == 0
    uit = capsys.readouterr().out
    assert "wal" in uit and "Klanten:       0" in uit


def test_geen_database(tmp_path, capsys):
    pad = tmp_path / "x.db"
    pad.write_bytes(b"\x00\x01garbage" * 100)
    assert main(["--db", str(pad), "info"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "geen SQLite-database" in err


def test_nieuwer_schema(tmp_path, capsys):
    pad = tmp_path / "n.db"
    Store.open(pad).close()
    con = sqlite3.connect(pad)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSIE + 1}")
    con.close()
    assert main(["--db", str(pad), "info"]) == 2
    assert "nieuwere versie" in capsys.readouterr().err


def test_reset_zonder_demo(capsys):
    assert main(["--reset"]) == 2
    assert "--demo" in capsys.readouterr().err


def test_foute_vandaag(capsys):
    assert main(["--vandaag", "31-02-2026", "info"]) == 2
    assert "februari 2026" in capsys.readouterr().err


def test_omgevingsvariabele_kiest_database(tmp_path, monkeypatch, capsys):
    pad = tmp_path / "env.db"
    monkeypatch.setenv("WERKCOACH_DB", str(pad))
    assert main(["info"]) == 0
    assert str(pad) in capsys.readouterr().out


def test_module_start_zonder_traceback(tmp_path):
    pad = tmp_path / "kapot.db"
    pad.write_text("kapot")
    r = subprocess.run([sys.executable, "-m", "werkcoach_tui", "--db", str(pad), "info"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith("werkcoach: ")
