"""The demo: enough fictitious klanten covering the domain's groups, vacatures, and its own file."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

from werkcoach_tui.cli import main
from werkcoach_tui.constants import OUDEREN_LEEFTIJD, PAWA_MIN_MAANDEN_WW
from werkcoach_tui.demo import bouw_demo
from werkcoach_tui.paths import data_dir, default_db_path, demo_db_path
from werkcoach_tui.rules.datums import leeftijd, maand_in_ww

VANDAAG = date(2026, 11, 23)


def _klanten():
    with open(data_dir() / "demo" / "klanten.json", encoding="utf-8") as fh:
        return json.load(fh)["klanten"]


def test_demo_klanten_dekken_de_groepen():
    klanten = _klanten()
    assert len(klanten) >= 30

    def d(k, veld):
        return date.fromisoformat(k[veld]) if k.get(veld) else None

    laag = [k for k in klanten if k["werkverkenner_band"] in ("0-25", "25-50")]
    hoog = [k for k in klanten if k["werkverkenner_band"] in ("50-75", "75-100")]
    assert laag and hoog
    assert any(not k["digivaardig"] for k in klanten)
    assert any(leeftijd(d(k, "geboortedatum"), VANDAAG) >= OUDEREN_LEEFTIJD for k in klanten)
    in_ww = [maand_in_ww(d(k, "ww_startdatum"), VANDAAG) for k in klanten if k.get("ww_startdatum")]
    assert any(m > 6 for m in in_ww) and any(m > PAWA_MIN_MAANDEN_WW for m in in_ww)
    assert any(k["vroegmelder"] for k in klanten)
    assert any(k["arbeidsbeperking"] and (k["maatman_procent"] or 0) >= 65 for k in klanten)
    assert any(k["grensregio"] for k in klanten)
    assert any((k["beschikbare_uren"] or 0) < (k["uren_vorige_baan"] or 0) for k in klanten)
    assert sum(len(k["gesprekken"]) for k in klanten) > 100


def test_demo_vacatures_en_beroepen():
    with open(data_dir() / "demo" / "vacatures.csv", encoding="utf-8", newline="") as fh:
        rijen = list(csv.DictReader(fh))
    assert len(rijen) >= 2000
    assert {r["land"] for r in rijen} >= {"NL", "DE", "BE"}
    assert any(r["pawa"] == "ja" for r in rijen)
    assert len({r["werkgever"] for r in rijen}) > 100
    with open(data_dir() / "beroepen.csv", encoding="utf-8", newline="") as fh:
        beroepen = list(csv.DictReader(fh))
    assert len(beroepen) >= 150
    assert all(b["synoniemen"] for b in beroepen[:20])


def test_demo_datums_schuiven_mee(tmp_path):
    later = VANDAAG + timedelta(days=100)
    bouw_demo(tmp_path / "later.db", later)
    from werkcoach_tui.clock import FixedClock
    from werkcoach_tui.diensten import Diensten
    from werkcoach_tui.store import Store

    d = Diensten(Store.open(tmp_path / "later.db"), FixedClock.on(later))
    rijen = {r.klantnummer: r for r in d.klanten.caseload()}
    bron = {k["klantnummer"]: k for k in _klanten()}
    k = next(n for n, b in bron.items() if b.get("ww_startdatum"))
    assert rijen[k].ww_startdatum == date.fromisoformat(bron[k]["ww_startdatum"]) + timedelta(days=100)
    d.close()


def test_demo_eigen_bestand_en_reset(capsys):
    assert demo_db_path() != default_db_path()
    assert main(["--demo", "--vandaag", "23-11-2026", "info"]) == 0
    uit = capsys.readouterr().out
    assert "DEMO" in uit and str(demo_db_path()) in uit
    assert not default_db_path().exists(), "the demo never creates or touches the real store"
    klanten_voor = demo_db_path().stat().st_ino
    assert main(["--demo", "--reset", "--vandaag", "23-11-2026", "info"]) == 0
    assert demo_db_path().stat().st_ino != klanten_voor, "--reset rebuilds the demo file"
    assert "Klanten:       36" in capsys.readouterr().out
