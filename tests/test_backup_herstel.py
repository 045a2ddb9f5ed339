"""Backups are consistent while another process writes; a restore checks the file first."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from werkcoach_tui.backup import controleer_bestand, maak_backup
from werkcoach_tui.cli import main
from werkcoach_tui.store import Store

ROOT = Path(__file__).resolve().parent.parent

SCHRIJVER = textwrap.dedent("""
    import sys, datetime
    sys.path.insert(0, {root!r})
    from werkcoach_tui.clock import SystemClock
    from werkcoach_tui.diensten import Diensten
    from werkcoach_tui.store import Store
    d = Diensten(Store.open({pad!r}), SystemClock())
    print("KLAAR", flush=True)
    n = 0
    while True:
        n += 1
        k = d.klanten.maak({{"naam": f"Schrijver {{n}}", "woonplaats": "Venlo" * (n % 50)}})
        d.klanten.voeg_gesprek_toe(k.id, {{"datum": "20-11-2026", "type": "intake", "kanaal": "video",
                                           "notitie": "x" * (n * 37 % 4000)}})
""")


def _mode(p) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def test_40_backups_tijdens_schrijven_allemaal_in_orde(tmp_path):
    pad = tmp_path / "druk.db"
    Store.open(pad).close()
    kind = subprocess.Popen([sys.executable, "-c", SCHRIJVER.format(root=str(ROOT), pad=str(pad))],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert kind.stdout.readline().strip() == "KLAAR"
        time.sleep(0.3)
        goed, klanten = 0, []
        for i in range(40):
            doel = maak_backup(pad, tmp_path / "backups" / f"b{i:02d}.db")
            assert _mode(doel) == 0o600
            c = controleer_bestand(doel)
            con = sqlite3.connect(doel)
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
            con.close()
            goed += int(c.ok and not fk)
            klanten.append(c.klanten)
    finally:
        kind.kill()
        kind.wait()
    print(f"\nbackups consistent during writes: {goed}/40 (klanten {klanten[0]}..{klanten[-1]})")
    assert goed == 40
    assert klanten[-1] > klanten[0], "the writer really wrote during the backups"
    assert _mode(tmp_path / "backups") == 0o700


def test_cli_backup_en_herstel(diensten, capsys, tmp_path):
    k = diensten.klanten.maak({"naam": "Voor De Backup"})
    pad = diensten.store.path
    diensten.store.close()
    doel = tmp_path / "mijn-backup.db"
    assert main(["--db", str(pad), "backup", "-o", str(doel)]) == 0
    assert "integriteit in orde" in capsys.readouterr().out
    assert _mode(doel) == 0o600
    assert main(["--db", str(pad), "backup", "-o", str(doel)]) == 2  # never overwrites
    assert "bestaat al" in capsys.readouterr().err
    assert main(["--db", str(pad), "backup"]) == 0  # default: backups/ beside the store
    assert list((pad.parent / "backups").glob("test-backup-*.db"))

    # A change after the backup, then restore: the change is gone, the old file kept.
    s = Store.open(pad)
    with s.schrijf() as ses:
        ses.connection().exec_driver_sql("UPDATE klant SET naam = 'Na De Backup'")
    s.close()
    assert main(["--db", str(pad), "herstel", str(doel)]) == 0
    uit = capsys.readouterr().out
    assert "eerst bewaard als" in uit
    bewaard = next((pad.parent / "backups").glob("test-voor-herstel-*.db"))
    assert _mode(bewaard) == 0o600
    con = sqlite3.connect(bewaard)
    assert con.execute("SELECT naam FROM klant").fetchone()[0] == "Na De Backup"
    con.close()
    con = sqlite3.connect(pad)
    assert con.execute("SELECT naam FROM klant WHERE klantnummer = ?", (k.klantnummer,)).fetchone()[0] == "Voor De Backup"
    con.close()


def _herstel_geweigerd(pad: Path, kapot: Path, capsys, woord: str) -> None:
    voor = pad.read_bytes()
    assert main(["--db", str(pad), "herstel", str(kapot)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("werkcoach: Niet teruggezet") and woord in err and "Traceback" not in err
    assert err.count("\n") == 1
    assert pad.read_bytes() == voor


def test_herstel_weigert_kapotte_bestanden(diensten, capsys, tmp_path):
    diensten.klanten.maak({"naam": "Blijft Staan"})
    pad = diensten.store.path
    diensten.store.checkpoint()
    diensten.store.close()

    tekst = tmp_path / "tekst.db"
    tekst.write_text("geen database\n" * 100)
    _herstel_geweigerd(pad, tekst, capsys, "geen leesbare")

    goed = maak_backup(pad, tmp_path / "goed.db")
    kapot = tmp_path / "kapot.db"
    data = bytearray(goed.read_bytes())
    for i in range(4096 + 100, len(data), 997):  # scribble over every page but the header
        data[i] = (data[i] + 91) % 256
    kapot.write_bytes(bytes(data))
    _herstel_geweigerd(pad, kapot, capsys, "")

    afgekapt = tmp_path / "afgekapt.db"
    afgekapt.write_bytes(goed.read_bytes()[: 4096 * 3])
    _herstel_geweigerd(pad, afgekapt, capsys, "")

    nieuwer = maak_backup(pad, tmp_path / "nieuwer.db")
    con = sqlite3.connect(nieuwer)
    con.execute("PRAGMA user_version = 99")
    con.close()
    _herstel_geweigerd(pad, nieuwer, capsys, "schemaversie 99")

    ander = tmp_path / "ander.db"
    con = sqlite3.connect(ander)
    con.execute("CREATE TABLE klant (x)")
    con.close()
    _herstel_geweigerd(pad, ander, capsys, "geen Werkcoach-database")

    _herstel_geweigerd(pad, tmp_path / "bestaat-niet.db", capsys, "bestaat niet")


def test_herstel_van_oudere_versie_migreert(tmp_path, capsys):
    from .test_migraties import maak_v1

    v1 = maak_v1(tmp_path / "v1-backup.db")
    pad = tmp_path / "werk.db"
    Store.open(pad).close()
    assert main(["--db", str(pad), "herstel", str(v1)]) == 0
    s = Store.open(pad)
    assert s.pragma("user_version") == 2
    with s.lees() as ses:
        assert ses.connection().exec_driver_sql("SELECT count(*) FROM gesprek").scalar() == 6
    s.close()
