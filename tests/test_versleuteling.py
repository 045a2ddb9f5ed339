"""Optional encryption at rest (SQLCipher): no plaintext in the file or its backups; wrong key = one Dutch line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from werkcoach_tui.store import SleutelFout, Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NAAM = "Fenna Versleutelmans"


def _werkcoach(*args, sleutel=None, db):
    env = {k: v for k, v in os.environ.items() if k not in ("WERKCOACH_SLEUTEL", "WERKCOACH_DB")}
    if sleutel is not None:
        env["WERKCOACH_SLEUTEL"] = sleutel
    return subprocess.run([sys.executable, "-m", "werkcoach_tui", "--db", str(db), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)


def _alle_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_versleutelde_store_en_backup_zonder_klare_tekst(tmp_path):
    from datetime import date

    from werkcoach_tui.clock import FixedClock
    from werkcoach_tui.diensten import Diensten

    pad = tmp_path / "geheim.db"
    d = Diensten(Store.open(pad, sleutel="correct paard batterij"), FixedClock.on(date(2026, 11, 23)))
    d.klanten.maak({"naam": NAAM, "telefoon": "06-55554444"})
    assert d.store.versleuteld
    d.close()
    r = _werkcoach("--versleuteld", "backup", "-o", str(tmp_path / "b" / "backup.db"), sleutel="correct paard batterij", db=pad)
    assert r.returncode == 0, r.stderr
    r = _werkcoach("--versleuteld", "info", sleutel="correct paard batterij", db=pad)
    assert "Klanten:       1" in r.stdout
    data = _alle_bytes(tmp_path)
    assert NAAM.encode() not in data and b"06-55554444" not in data and b"SQLite format 3" not in data


def test_verkeerde_sleutel_een_nederlandse_melding(tmp_path):
    pad = tmp_path / "geheim.db"
    Store.open(pad, sleutel="de goede sleutel").close()
    with pytest.raises(SleutelFout):
        Store.open(pad, sleutel="de foute sleutel")
    r = _werkcoach("--versleuteld", "info", sleutel="de foute sleutel", db=pad)
    assert r.returncode == 2
    assert r.stderr == ""
    regels = r.stdout.strip().splitlines()
    assert len(regels) == 1 and "sleutel is onjuist" in regels[0] and "Traceback" not in r.stdout
    # an encrypted file opened without a key: also one Dutch line, never a traceback
    r = _werkcoach("info", db=pad)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "versleuteld" in r.stderr


def test_versleutel_zet_bestaande_store_om(tmp_path):
    pad = tmp_path / "werk.db"
    r = _werkcoach("info", db=pad)
    assert r.returncode == 0, r.stderr
    from datetime import date

    from werkcoach_tui.clock import FixedClock
    from werkcoach_tui.diensten import Diensten

    d = Diensten(Store.open(pad), FixedClock.on(date(2026, 11, 23)))
    d.klanten.maak({"naam": NAAM})
    d.close()
    assert NAAM.encode() in pad.read_bytes()
    r = _werkcoach("versleutel", sleutel="nieuwe sleutel 123", db=pad)
    assert r.returncode == 0, r.stderr
    assert "Versleuteld" in r.stdout and "onversleuteld" in r.stdout
    assert NAAM.encode() not in pad.read_bytes()
    assert list((tmp_path / "backups").glob("werk-backup-*.db")), "a backup first"
    assert oct(os.stat(pad).st_mode & 0o777) == "0o600"
    s = Store.open(pad, sleutel="nieuwe sleutel 123")
    with s.lees() as ses:
        assert ses.connection().exec_driver_sql("SELECT naam FROM klant").scalar() == NAAM
    s.close()
    r = _werkcoach("versleutel", sleutel="nog een sleutel", db=pad)  # already encrypted: refused
    assert r.returncode == 2 and "Traceback" not in r.stderr
