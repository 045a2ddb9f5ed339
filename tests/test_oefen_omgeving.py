"""The practice environment never touches the real or demo store; practice data never goes into a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from werkcoach_tui.cli import main
from werkcoach_tui.diensten import MODUS_NORMAAL, MODUS_OEFENEN, open_diensten
from werkcoach_tui.oefenen import casus as casus_mod
from werkcoach_tui.oefenen.scheiding import (
    OefenScheidingFout,
    bestand_soort,
    controleer_bundel,
    controleer_oefenpad,
    is_oefenstore,
    markeer_als_oefenstore,
    markeer_bundel,
    weiger_oefenbron,
)
from werkcoach_tui.paths import default_db_path, demo_db_path, oefen_db_path
from werkcoach_tui.rules.signalen import SIGNAAL_CODES
from werkcoach_tui.services.oefenen import bereid_oefenstore
from werkcoach_tui.store import Store

from .conftest import maak_app


@pytest.fixture
def geopend(monkeypatch) -> list[Path]:
    """Every path Store.open is asked to open."""
    paden: list[Path] = []
    echt_open = Store.open.__func__

    def open_en_noteer(cls, path, **kw):
        paden.append(Path(path).expanduser().resolve())
        return echt_open(cls, path, **kw)

    monkeypatch.setattr(Store, "open", classmethod(open_en_noteer))
    return paden


@pytest.fixture
def oefen_diensten(tmp_path, klok):
    d = open_diensten(tmp_path / "oefen.db", clock=klok, modus=MODUS_OEFENEN)
    bereid_oefenstore(d)
    yield d
    d.close()


def _maak_echte_store(pad: Path, klok) -> None:
    d = open_diensten(pad, clock=klok)
    d.klanten.maak({"naam": "Echte Klant", "digivaardig": True})
    d.close()


def _aantal_klanten(pad: Path) -> int:
    import sqlite3

    con = sqlite3.connect(pad)
    try:
        return con.execute("SELECT count(*) FROM klant").fetchone()[0]
    finally:
        con.close()


def test_signaalcodes_komen_uit_de_regels():
    assert set(casus_mod.SIGNALEN) | casus_mod.NIET_IN_CASUS == set(SIGNAAL_CODES)
    assert list(casus_mod.SIGNALEN) == [c for c in SIGNAAL_CODES if c not in casus_mod.NIET_IN_CASUS]


def test_oefenen_opent_alleen_de_oefendatabase(geopend, capsys):
    assert main(["--vandaag", "23-11-2026", "oefenen", "lijst"]) == 0
    assert main(["--vandaag", "23-11-2026", "oefenen", "reset"]) == 0
    assert "8 casussen" in capsys.readouterr().out
    assert geopend and set(geopend) == {oefen_db_path().resolve()}
    assert default_db_path().resolve() not in geopend and demo_db_path().resolve() not in geopend
    assert not default_db_path().exists() and not demo_db_path().exists()
    assert bestand_soort(oefen_db_path()) == "oefenen"


def test_werkcoach_oefenen_start_de_app_op_de_oefendatabase(monkeypatch, geopend):
    import werkcoach_tui.cli as cli

    gestart = {}

    def nep_start(ctx, modus=None):
        d = ctx.open(modus)
        gestart.update(pad=d.store.path.resolve(), modus=d.modus, label=d.label)
        return 0

    monkeypatch.setattr(cli, "start_app", nep_start)
    assert main(["--vandaag", "23-11-2026", "oefenen"]) == 0
    assert gestart == {"pad": oefen_db_path().resolve(), "modus": MODUS_OEFENEN,
                       "label": "OEFENOMGEVING — fictieve gegevens"}
    assert set(geopend) == {oefen_db_path().resolve()}


@pytest.mark.parametrize("pad", ["echt", "demo", "env"])
def test_oefenen_weigert_echte_en_demodatabase(pad, tmp_path, monkeypatch, geopend, capsys):
    if pad == "echt":
        doel = default_db_path()
    elif pad == "demo":
        doel = demo_db_path()
    else:
        doel = tmp_path / "via-env.db"
        monkeypatch.setenv("WERKCOACH_DB", str(doel))
    assert main(["oefenen", "--db", str(doel), "lijst"]) == 2
    assert main(["oefenen", "lijst", "--db", str(doel)]) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("werkcoach: ") and ("echte database" in fout or "demodatabase" in fout)
    assert geopend == []
    assert not doel.exists()


def test_oefenen_weigert_een_bestand_met_echte_gegevens(tmp_path, klok, capsys):
    echt = tmp_path / "kantoor.db"
    _maak_echte_store(echt, klok)
    assert main(["oefenen", "--db", str(echt), "reset"]) == 2
    assert "geen oefendatabase" in capsys.readouterr().err
    assert _aantal_klanten(echt) == 1
    assert bestand_soort(echt) == "werkcoach"


def test_globale_db_of_demo_gaat_niet_samen_met_oefenen(tmp_path, geopend, capsys):
    assert main(["--db", str(tmp_path / "x.db"), "oefenen", "lijst"]) == 2
    assert main(["--demo", "oefenen"]) == 2
    assert "oefenen" in capsys.readouterr().err
    assert geopend == []


def test_eigen_oefenbestand_met_db(tmp_path, capsys):
    pad = tmp_path / "groep-a.db"
    assert main(["--vandaag", "23-11-2026", "oefenen", "--db", str(pad), "lijst"]) == 0
    assert bestand_soort(pad) == "oefenen"
    assert str(pad) in capsys.readouterr().out
    assert controleer_oefenpad(pad) == pad  # a practice file may be opened again


def test_oefendatabase_gaat_niet_in_een_echte(oefen_diensten, diensten):
    assert is_oefenstore(oefen_diensten.store) and not is_oefenstore(diensten.store)
    with pytest.raises(OefenScheidingFout, match="oefenomgeving"):
        weiger_oefenbron(oefen_diensten.store, diensten.store)
    with pytest.raises(OefenScheidingFout):
        weiger_oefenbron(oefen_diensten.store.path, diensten.store)
    weiger_oefenbron(diensten.store, oefen_diensten.store)  # real -> practice: no objection here
    weiger_oefenbron(oefen_diensten.store, oefen_diensten.store)
    bundel = markeer_bundel({"klanten": []}, oefen_diensten.store)
    assert bundel["bron_soort"] == "oefenen"
    with pytest.raises(OefenScheidingFout, match="geëxporteerd uit de oefenomgeving"):
        controleer_bundel(bundel, diensten.store)
    controleer_bundel(markeer_bundel({"klanten": []}, diensten.store), diensten.store)


def test_echte_database_wordt_nooit_oefendatabase(diensten):
    diensten.klanten.maak({"naam": "Echte Klant", "digivaardig": True})
    with pytest.raises(OefenScheidingFout, match="bevat al klanten"):
        markeer_als_oefenstore(diensten.store)
    casus = diensten.oefenen.casussen()[0][0]
    with pytest.raises(OefenScheidingFout, match="geen oefendatabase"):
        diensten.oefenen.start(casus)
    with pytest.raises(OefenScheidingFout):
        diensten.oefenen.reset_alles()
    assert diensten.klanten.aantal() == 1


def test_oefenbestand_opent_altijd_met_banner(tmp_path, klok):
    pad = tmp_path / "oefen.db"
    d = open_diensten(pad, clock=klok, modus=MODUS_OEFENEN)
    bereid_oefenstore(d)
    d.close()
    d = open_diensten(pad, clock=klok, modus=MODUS_NORMAAL)
    try:
        assert d.modus == MODUS_OEFENEN
        assert d.label == "OEFENOMGEVING — fictieve gegevens"
    finally:
        d.close()


async def test_palet_schakelt_naar_de_eigen_oefendatabase(diensten):
    from werkcoach_tui.screens.caseload import CaseloadScherm
    from werkcoach_tui.screens.oefen_casussen import CasusKiezerScherm
    from werkcoach_tui.widgets.oefen_banner import OefenBanner

    echt = diensten.store.path
    app = maak_app(diensten)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not app.screen.query(OefenBanner)
        app.action_oefenomgeving()
        await pilot.pause()
        await pilot.click("#openen")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, CasusKiezerScherm)
        assert app.diensten.modus == MODUS_OEFENEN
        assert app.diensten.store.path.resolve() == oefen_db_path().resolve() != echt.resolve()
        assert is_oefenstore(app.diensten.store)
        assert app.screen.query(OefenBanner)
        caseload = next(s for s in app.screen_stack if isinstance(s, CaseloadScherm))
        assert caseload.query(OefenBanner)
        assert app.title == "Werkcoach · OEFENOMGEVING" and app.sub_title == "fictieve gegevens"
    opnieuw = Store.open(echt)
    try:
        assert not is_oefenstore(opnieuw)
    finally:
        opnieuw.close()
