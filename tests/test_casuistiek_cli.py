"""`werkcoach casuistiek`: rapport, export and import from the command line."""

from __future__ import annotations

import json

from werkcoach_tui.cli import main
from werkcoach_tui.services.casuistiek import SteekproefFilters


def _demo_sessie(demo_pad, klok):
    from werkcoach_tui.diensten import Diensten
    from werkcoach_tui.store import Store

    d = Diensten(Store.open(demo_pad), klok)
    try:
        b = d.casuistiek.maak_bespreking({"datum": "23-11-2026", "voorzitter": "Vz", "deelnemers": "A, B"})
        d.casuistiek.trek_steekproef(b.id, 3, SteekproefFilters(), 5)
        return b.id
    finally:
        d.close()


def test_rapport_naar_scherm_en_bestand(demo_pad, klok, tmp_path, capsys):
    nr = _demo_sessie(demo_pad, klok)
    assert main(["--db", str(demo_pad), "--vandaag", "23-11-2026", "casuistiek", "rapport", str(nr)]) == 0
    uit = capsys.readouterr().out
    assert uit.startswith("# Casuïstiekbespreking 23 november 2026") and uit.count("\n### Klant ") == 3
    from werkcoach_tui.diensten import Diensten
    from werkcoach_tui.services.audit import lees_audit
    from werkcoach_tui.store import Store

    d = Diensten(Store.open(demo_pad), klok)
    with d.store.lees() as s:
        assert any(r.entiteit == "casuistiek_rapport" and r.actie == "exporteren" for r in lees_audit(s))
    d.close()
    pad = tmp_path / "verslag.html"
    assert main(["--db", str(demo_pad), "--vandaag", "23-11-2026", "casuistiek", "rapport", str(nr),
                 "--format", "html", "-o", str(pad)]) == 0
    assert pad.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (pad.stat().st_mode & 0o777) == 0o600


def test_rapport_onbekende_sessie(demo_pad, capsys):
    assert main(["--db", str(demo_pad), "casuistiek", "rapport", "99"]) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("werkcoach: Bespreking 99 bestaat niet") and "Traceback" not in fout
    assert main(["--db", str(demo_pad), "casuistiek", "rapport", "abc"]) == 2
    assert "geen nummer" in capsys.readouterr().err


def test_export_en_import(demo_pad, klok, tmp_path, capsys):
    nr = _demo_sessie(demo_pad, klok)
    bundel = tmp_path / "bundel.json"
    assert main(["--db", str(demo_pad), "--vandaag", "23-11-2026", "casuistiek", "export",
                 "--klanten", "k100001, K100002", "-o", str(bundel)]) == 0
    assert "2 dossiers gepseudonimiseerd" in capsys.readouterr().out
    assert json.loads(bundel.read_text(encoding="utf-8"))["formaat"] == "werkcoach-casuistiekbundel"
    assert main(["--db", str(demo_pad), "casuistiek", "import", str(nr), str(bundel)]) == 0
    assert "2 dossiers geïmporteerd" in capsys.readouterr().out
    assert main(["--db", str(demo_pad), "casuistiek", "lijst"]) == 0
    assert "(5 dossiers" in capsys.readouterr().out


def test_export_onbekende_klant_en_kapotte_bundel(demo_pad, klok, tmp_path, capsys):
    nr = _demo_sessie(demo_pad, klok)
    bundel = tmp_path / "b.json"
    assert main(["--db", str(demo_pad), "casuistiek", "export", "--klanten", "K100001,K999999", "-o", str(bundel)]) == 2
    assert "Onbekend klantnummer: K999999" in capsys.readouterr().err
    assert not bundel.exists()
    bundel.write_text('{"formaat": "iets anders"}')
    assert main(["--db", str(demo_pad), "casuistiek", "import", str(nr), str(bundel)]) == 2
    assert "geen casuïstiekbundel van Werkcoach" in capsys.readouterr().err
