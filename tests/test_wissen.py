"""Erasure that really erases, and the retention period for closed dossiers."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from werkcoach_tui.cli import main
from werkcoach_tui.clock import FixedClock
from werkcoach_tui.diensten import Diensten
from werkcoach_tui.models.enums import MethodeStap
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.store import Store

GEHEIM = {
    "naam": "Zoë Zeldzaamheid",
    "telefoon": "06-98765432",
    "email": "zoe.zeldzaam@voorbeeld.nl",
    "bsn": "111222333",
}


def _rauw(pad: Path) -> bytes:
    data = b""
    for achtervoegsel in ("", "-wal", "-shm", "-journal"):
        p = Path(str(pad) + achtervoegsel)
        if p.exists():
            data += p.read_bytes()
    return data


def _sporen(data: bytes) -> list[str]:
    gevonden = []
    for waarde in GEHEIM.values():
        for vorm in {waarde, waarde.replace("-", "")}:
            for codering in ("utf-8", "utf-16-le"):
                if vorm.encode(codering) in data:
                    gevonden.append(f"{vorm} ({codering})")
    return gevonden


def _maak(diensten, naam=GEHEIM["naam"], **extra):
    invoer = {"naam": naam, "telefoon": GEHEIM["telefoon"], "email": GEHEIM["email"], "bsn": GEHEIM["bsn"],
              "woonplaats": "Venlo"} | extra
    k = diensten.klanten.maak(invoer)
    vandaag = diensten.clock.today()
    for dag in (formatteer_datum(vandaag - timedelta(days=21)), formatteer_datum(vandaag - timedelta(days=7))):
        diensten.klanten.voeg_gesprek_toe(k.id, {"datum": dag, "type": "coachingsgesprek", "kanaal": "video",
                                                 "notitie": f"{GEHEIM['naam']} belt terug op {GEHEIM['telefoon']}"})
    diensten.klanten.wijzig(k.id, {"naam": naam, "telefoon": "06-11223344", "email": GEHEIM["email"]},
                            verwachte_versie=1)
    diensten.klanten.bekijk(k.id)
    return k


def test_klant_verwijder_laat_geen_spoor(diensten, capsys):
    k = _maak(diensten)
    blijft = diensten.klanten.maak({"naam": "Blijft Bestaan"})
    pad = diensten.store.path
    assert _sporen(_rauw(pad)), "the test must see the values before erasure"
    diensten.store.close()

    assert main(["--db", str(pad), "--vandaag", "23-11-2026", "klant", "verwijder", k.klantnummer, "--ja"]) == 0
    uit = capsys.readouterr().out
    assert "gesprek: 2" in uit and GEHEIM["naam"] not in uit
    assert _sporen(_rauw(pad)) == []
    assert not Path(str(pad) + "-wal").exists() or Path(str(pad) + "-wal").stat().st_size == 0

    d = Diensten(Store.open(pad), FixedClock.on(date(2026, 11, 23)))
    try:
        assert d.klanten.zoek_op_nummer(k.klantnummer) is None
        assert d.klanten.zoek_op_nummer(blijft.klantnummer) is not None
        controle = d.privacy.controleer_audit()
        assert controle.ok, controle.fouten
        assert controle.gewist > 5
        regels = d.privacy.audit(k.klantnummer, 100)
        wis = [r for r in regels if r.actie == "wissen"]
        assert len(wis) == 1 and "2 gekoppelde rij(en)" in wis[0].nieuw
        assert all(r.gewist for r in regels if r.actie != "wissen" and r.entiteit != "audit")
        with d.store.lees() as s:
            conn = s.connection()
            assert conn.exec_driver_sql("SELECT count(*) FROM gesprek").scalar() == 0
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        d.close()
    assert _sporen(_rauw(pad)) == []


def test_verwijder_vraagt_bevestiging(diensten, capsys, monkeypatch):
    k = diensten.klanten.maak({"naam": "Niet Zomaar"})
    pad = str(diensten.store.path)
    diensten.store.close()
    assert main(["--db", pad, "klant", "verwijder", k.klantnummer]) == 2  # no terminal, no --ja
    assert "--ja" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _: "nee")
    assert main(["--db", pad, "klant", "verwijder", k.klantnummer]) == 1
    assert "Niet gewist" in capsys.readouterr().out
    monkeypatch.setattr("builtins.input", lambda _: k.klantnummer.lower())
    assert main(["--db", pad, "klant", "verwijder", k.klantnummer]) == 0
    assert main(["--db", pad, "klant", "verwijder", k.klantnummer, "--ja"]) == 2
    assert "geen klant" in capsys.readouterr().err


def test_bewaartermijn_controle_en_uitvoeren(tmp_path, capsys):
    pad = tmp_path / "bewaar.db"
    oud = Diensten(Store.open(pad), FixedClock.on(date(2019, 6, 3)))
    oud.instellingen.wijzig(adviseur_naam="Test Adviseur")
    verlopen = _maak(oud)
    oud.klanten.zet_fase(verlopen.id, MethodeStap.AFGESLOTEN)
    open_dossier = oud.klanten.maak({"naam": "Nog Bezig"})  # old, but not closed
    recent_gesloten = oud.klanten.maak({"naam": "Pas Gesloten"})
    oud.close()
    nieuw = Diensten(Store.open(pad), FixedClock.on(date(2024, 1, 10)))
    nieuw.klanten.zet_fase(recent_gesloten.id, MethodeStap.AFGESLOTEN)  # activity in 2024
    nieuw.close()

    assert main(["--db", str(pad), "--vandaag", "23-11-2026", "bewaartermijn", "--controle"]) == 0
    uit = capsys.readouterr().out
    assert "voorbij de termijn: 1" in uit and verlopen.klantnummer in uit and "laatste activiteit 03-06-2019" in uit
    assert "Niets" in uit or "niets gewist" in uit
    assert GEHEIM["naam"] not in uit and "Pas Gesloten" not in uit

    assert main(["--db", str(pad), "--vandaag", "23-11-2026", "bewaartermijn", "--uitvoeren"]) == 0
    uit = capsys.readouterr().out
    assert "Gewist: 1 dossier(s)" in uit and GEHEIM["naam"] not in uit
    assert _sporen(_rauw(pad)) == []
    d = Diensten(Store.open(pad), FixedClock.on(date(2026, 11, 23)))
    try:
        assert d.klanten.zoek_op_nummer(verlopen.klantnummer) is None
        assert d.klanten.zoek_op_nummer(open_dossier.klantnummer) is not None
        assert d.klanten.zoek_op_nummer(recent_gesloten.klantnummer) is not None
        assert d.privacy.controleer_audit().ok
        assert d.privacy.bewaartermijn(uitvoeren=False).verlopen == []
    finally:
        d.close()


def test_bewaartermijn_vraagt_een_keuze(capsys, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "x.db"), "bewaartermijn"])
    assert exc.value.code == 2
    assert "kies één van: --controle --uitvoeren" in capsys.readouterr().err
