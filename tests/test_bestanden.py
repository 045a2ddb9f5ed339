"""Every file Werkcoach writes is private: 0600 files, 0700 folders, whatever the umask."""

from __future__ import annotations

import os
import stat

from werkcoach_tui.bestanden import maak_prive_bestand, schrijf_prive
from werkcoach_tui.cli import main


def _mode(p) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def test_schrijf_prive_met_ruime_umask(tmp_path):
    oud = os.umask(0o000)
    try:
        pad = schrijf_prive(tmp_path / "export" / "sub" / "werkplan.md", "# Werkplan\n")
        assert pad.read_text() == "# Werkplan\n" and _mode(pad) == 0o600
        assert _mode(tmp_path / "export") == 0o700 and _mode(tmp_path / "export" / "sub") == 0o700
        schrijf_prive(pad, b"\x00\x01")  # overwrite: still private, bytes kept exactly
        assert pad.read_bytes() == b"\x00\x01" and _mode(pad) == 0o600
        os.chmod(pad, 0o644)
        schrijf_prive(pad, "opnieuw")
        assert _mode(pad) == 0o600
        assert not list(pad.parent.glob(".*.tmp")), "no temporary file left behind"
        leeg = maak_prive_bestand(tmp_path / "leeg.db")
        assert _mode(leeg) == 0o600
    finally:
        os.umask(oud)


def test_database_en_backups_prive(tmp_path, capsys):
    oud = os.umask(0o000)
    try:
        db = tmp_path / "data" / "w.db"
        assert main(["--db", str(db), "info"]) == 0
        assert main(["--db", str(db), "backup"]) == 0
        assert main(["--db", str(db), "instelling", "bsn_gebruiken", "ja"]) == 0
        assert main(["--db", str(db), "instelling", "bsn_gebruiken"]) == 0
        assert "bsn_gebruiken" in capsys.readouterr().out.splitlines()[-1]
    finally:
        os.umask(oud)
    assert _mode(tmp_path / "data") == 0o700 and _mode(tmp_path / "data" / "backups") == 0o700
    for p in (tmp_path / "data").rglob("*"):
        if p.is_file():
            assert _mode(p) == 0o600, p
