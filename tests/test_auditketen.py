"""The audit trail is append-only through the services and hash-chained: tampering is found and named."""

from __future__ import annotations

import sqlite3

import pytest

from werkcoach_tui.cli import main
from werkcoach_tui.models.audit import AuditRegel
from werkcoach_tui.services.audit import controleer_keten


def _vul(diensten):
    k = diensten.klanten.maak({"naam": "Keten Klant", "woonplaats": "Venlo", "telefoon": "06-12121212"})
    diensten.klanten.wijzig(k.id, {"naam": "Keten Klant", "woonplaats": "Tegelen"}, verwachte_versie=k.versie)
    diensten.klanten.bekijk(k.id)
    diensten.klanten.voeg_gesprek_toe(k.id, {"datum": "20-11-2026", "type": "intake", "kanaal": "video"})
    return k


def _controle(diensten):
    with diensten.store.lees() as s:
        return controleer_keten(s)


def _raw(diensten, sql, *params):
    con = sqlite3.connect(diensten.store.path)
    con.execute(sql, params)
    con.commit()
    con.close()


def _ids(diensten):
    con = sqlite3.connect(diensten.store.path)
    ids = [r[0] for r in con.execute("SELECT id FROM audit ORDER BY id")]
    con.close()
    return ids


def test_keten_intact_na_gewoon_gebruik(diensten):
    _vul(diensten)
    c = _controle(diensten)
    assert c.ok, c.fouten
    assert c.regels >= 8
    with diensten.store.lees() as s:
        rijen = s.connection().exec_driver_sql("SELECT vorige_hash, hash FROM audit ORDER BY id").all()
    assert all(rijen[i][0] == rijen[i - 1][1] for i in range(1, len(rijen)))
    assert len({h for _, h in rijen}) == len(rijen)


def test_gewijzigde_waarde_wordt_gevonden(diensten):
    _vul(diensten)
    doel = _ids(diensten)[3]
    _raw(diensten, "UPDATE audit SET nieuw = 'Maastricht' WHERE id = ?", doel)
    c = _controle(diensten)
    assert not c.ok
    assert any(f.startswith(f"Regel {doel}:") and "waarde" in f for f in c.fouten)


def test_gewijzigde_gebruiker_wordt_gevonden(diensten):
    _vul(diensten)
    doel = _ids(diensten)[2]
    _raw(diensten, "UPDATE audit SET wie = 'Iemand Anders' WHERE id = ?", doel)
    c = _controle(diensten)
    assert [f for f in c.fouten if f.startswith(f"Regel {doel}:")]


def test_verwijderde_regel_wordt_gevonden(diensten):
    _vul(diensten)
    ids = _ids(diensten)
    _raw(diensten, "DELETE FROM audit WHERE id = ?", ids[4])
    c = _controle(diensten)
    assert any(f.startswith(f"Regel {ids[5]}:") and "verwijderd" in f for f in c.fouten)


def test_eerste_regel_verwijderd_wordt_gevonden(diensten):
    _vul(diensten)
    ids = _ids(diensten)
    _raw(diensten, "DELETE FROM audit WHERE id = ?", ids[0])
    assert any(f.startswith(f"Regel {ids[1]}:") for f in _controle(diensten).fouten)


def test_heimelijk_wissen_zonder_verwijdering_wordt_gevonden(diensten):
    k = _vul(diensten)
    _raw(diensten, "UPDATE audit SET oud = NULL, nieuw = NULL, zout = NULL, gewist = 1 WHERE klantnummer = ?",
         k.klantnummer)
    c = _controle(diensten)
    assert not c.ok and any("zonder vastgelegde verwijdering" in f for f in c.fouten)


def test_orm_kan_audit_niet_wijzigen_of_verwijderen(diensten):
    _vul(diensten)
    with pytest.raises(PermissionError):
        with diensten.store.schrijf() as s:
            regel = s.get(AuditRegel, _ids(diensten)[0])
            regel.wie = "vervalst"
            s.add(regel)
    with pytest.raises(PermissionError):
        with diensten.store.schrijf() as s:
            s.delete(s.get(AuditRegel, _ids(diensten)[0]))
    assert _controle(diensten).ok


def test_cli_audit_controleer_en_lijst(diensten, capsys):
    k = _vul(diensten)
    pad = str(diensten.store.path)
    diensten.store.close()
    assert main(["--db", pad, "--vandaag", "23-11-2026", "audit", "--controleer"]) == 0
    assert "in orde" in capsys.readouterr().out
    assert main(["--db", pad, "audit", "--klant", k.klantnummer.lower()]) == 0
    uit = capsys.readouterr().out
    assert "woonplaats: Venlo -> Tegelen" in uit and "bekijken" in uit
    ids = _ids(diensten)
    con = sqlite3.connect(pad)
    con.execute("UPDATE audit SET oud = 'Roermond' WHERE id = ?", (ids[-3],))
    con.commit()
    con.close()
    assert main(["--db", pad, "audit", "--controleer"]) == 1
    uit = capsys.readouterr().out
    assert "NIET in orde" in uit and f"Regel {ids[-3]}:" in uit


def test_bsn_alleen_gemaskeerd_in_audit(diensten):
    k = diensten.klanten.maak({"naam": "Bsn Klant", "bsn": "123456782"})
    with diensten.store.lees() as s:
        waarden = s.connection().exec_driver_sql("SELECT coalesce(oud,'') || coalesce(nieuw,'') FROM audit").all()
    tekst = " ".join(w for (w,) in waarden)
    assert "******782" in tekst and "123456782" not in tekst
    assert diensten.klanten.kaart(k.id).klant.bsn == "123456782"
    assert _controle(diensten).ok
