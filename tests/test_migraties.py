"""Safe upgrades: a store made with the first released schema (v1) is migrated to v2 with every row kept."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from werkcoach_tui import migrations
from werkcoach_tui.store import SCHEMA_VERSIE, Store, StoreFout

FIXTURE = Path(__file__).parent / "fixtures" / "schema_v1.sql"
V1_TELLINGEN = {"audit": 9, "gesprek": 6, "instelling": 2, "klant": 3, "vacature": 3}


def maak_v1(pad: Path) -> Path:
    con = sqlite3.connect(pad)
    con.executescript(FIXTURE.read_text(encoding="utf-8"))
    con.close()  # last connection: WAL checkpointed and removed
    os.chmod(pad, 0o600)
    return pad


def _sha(pad: Path) -> str:
    return hashlib.sha256(pad.read_bytes()).hexdigest()


def _backups(pad: Path) -> list[Path]:
    return sorted(pad.parent.glob(pad.name + ".voor-v1-*.backup"))


def test_fixture_heeft_gegevens_in_elke_v1_tabel(tmp_path):
    pad = maak_v1(tmp_path / "v1.db")
    con = sqlite3.connect(pad)
    tellingen = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    con.close()
    assert tellingen == V1_TELLINGEN
    assert all(n > 0 for n in tellingen.values())


def test_upgrade_v1_naar_huidig_houdt_elke_rij(tmp_path, klok):
    from werkcoach_tui.diensten import Diensten
    from werkcoach_tui.services.audit import controleer_keten, lees_audit

    pad = maak_v1(tmp_path / "v1.db")
    store = Store.open(pad)
    try:
        assert store.pragma("user_version") == SCHEMA_VERSIE == 2
        assert store.migratie == {t: (n, n) for t, n in V1_TELLINGEN.items()}
        print(f"\nmigratie v1 -> v{SCHEMA_VERSIE}: " + ", ".join(f"{t} {v}->{n}" for t, (v, n) in store.migratie.items()))
        d = Diensten(store, klok)
        anna = d.klanten.kaart(1)
        assert anna.klant.naam == "Anna Oudschema" and anna.klant.telefoon == "06-11112222"
        assert anna.klant.versie == 3 and anna.klant.bsn is None
        assert len(anna.gesprekken) == 3, "the klant table rebuild must not cascade-delete gesprekken"
        assert d.instellingen.lees().adviseur_naam == "Vera Versie"
        with store.lees() as s:
            keten = controleer_keten(s)
            regels = lees_audit(s, "K100001")
            conn = s.connection()
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("SELECT titel FROM vacature WHERE extern_id='V-2'").scalar() == "Boekhouder"
            indexen = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")}
        assert keten.ok and keten.regels == 9, keten.fouten
        assert any(r.veld == "telefoon" and r.oud == "06-99998888" for r in regels)
        assert {"ix_klant_klantnummer", "ix_gesprek_klant_id", "ix_audit_klantnummer"} <= indexen
        # After the migration the app works as usual (and new rows join the chain).
        d.klanten.wijzig(1, {"naam": "Anna Oudschema", "woonplaats": "Tegelen"}, verwachte_versie=3)
        assert d.privacy.controleer_audit().ok
    finally:
        store.close()

    backups = _backups(pad)
    assert len(backups) == 1
    b = backups[0]
    assert stat.S_IMODE(os.stat(b).st_mode) == 0o600
    con = sqlite3.connect(b)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM gesprek").fetchone()[0] == 6
    con.close()


def test_create_all_voegt_nieuwere_tabellen_toe_na_migratie(tmp_path):
    from sqlmodel import SQLModel

    from werkcoach_tui.models import registreer_alle

    registreer_alle()
    pad = maak_v1(tmp_path / "v1.db")
    con = sqlite3.connect(pad)
    con.execute("DROP TABLE vacature")  # pretend the vacancy feature was newer than this file
    con.commit()
    con.close()
    Store.open(pad).close()
    con = sqlite3.connect(pad)
    tabellen = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert set(SQLModel.metadata.tables) <= tabellen


@pytest.mark.parametrize("soort", ["uitzondering", "verloren_rijen", "verwijzing"])
def test_mislukte_migratie_laat_bestand_ongewijzigd(tmp_path, monkeypatch, soort):
    pad = maak_v1(tmp_path / "v1.db")
    voor = _sha(pad)
    echte_stap = migrations.MIGRATIES[2]

    def kapotte_stap(conn):
        echte_stap(conn)  # halfway: the tables are already rebuilt inside the transaction
        conn.execute("CREATE TABLE gesprek__nieuw (x)")  # a work table that must vanish too
        if soort == "uitzondering":
            raise RuntimeError("stroom uitgevallen (gesimuleerd)")
        conn.execute("DROP TABLE gesprek__nieuw")
        if soort == "verloren_rijen":
            conn.execute("DELETE FROM gesprek WHERE klant_id = 3")
        else:
            conn.execute("UPDATE gesprek SET klant_id = 99 WHERE id = 1")

    monkeypatch.setitem(migrations.MIGRATIES, 2, kapotte_stap)
    with pytest.raises(StoreFout) as exc:
        Store.open(pad)
    melding = str(exc.value)
    backups = _backups(pad)
    assert len(backups) == 1 and str(backups[0]) in melding, "the message names the backup"
    assert "niet gewijzigd" in melding and "Traceback" not in melding
    assert _sha(pad) == voor, "byte-identical after the rollback"
    assert not Path(str(pad) + "-wal").exists() or Path(str(pad) + "-wal").stat().st_size == 0
    con = sqlite3.connect(pad)
    namen = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    con.close()
    assert not any(n.endswith("__nieuw") for n in namen)
    assert _sha(pad) == voor

    monkeypatch.setitem(migrations.MIGRATIES, 2, echte_stap)
    s = Store.open(pad)  # the real migration still works afterwards
    assert s.migratie["gesprek"] == (6, 6)
    s.close()


def test_foreign_sqlite_zonder_versie_niet_gemigreerd(tmp_path):
    pad = tmp_path / "ander.db"
    con = sqlite3.connect(pad)
    con.execute("CREATE TABLE iets (x)")
    con.commit()
    con.close()
    voor = _sha(pad)
    with pytest.raises(StoreFout, match="geen Werkcoach-database"):
        Store.open(pad)
    assert _sha(pad) == voor
