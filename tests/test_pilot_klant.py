"""Flows through the real app: type, press, and check what was stored."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from werkcoach_tui.diensten import Diensten
from werkcoach_tui.screens.caseload import CaseloadScherm
from werkcoach_tui.screens.klant import KlantScherm
from werkcoach_tui.screens.klant_formulier import KlantFormulier
from werkcoach_tui.store import Store

from .conftest import maak_app


async def _klaar(app, pilot):
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def _typ(pilot, tekst: str):
    for teken in tekst:
        await pilot.press(teken if teken != " " else "space")


async def test_klant_aanmaken_afsluiten_en_terugvinden(tmp_path, klok):
    pad = tmp_path / "w.db"
    diensten = Diensten(Store.open(pad), klok)
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, KlantFormulier)
        await _typ(pilot, "Anna de Groot")
        app.screen.query_one("#in-geboortedatum", Input).value = "14-03-1975"
        app.screen.query_one("#in-beschikbare_uren", Input).value = "32"
        await pilot.press("ctrl+s")
        await _klaar(app, pilot)
        assert isinstance(app.screen, KlantScherm)
        await pilot.press("ctrl+q")
    diensten.close()

    opnieuw = Diensten(Store.open(pad), klok)
    app2 = maak_app(opnieuw)
    async with app2.run_test(size=(120, 40)) as pilot:
        await _klaar(app2, pilot)
        scherm = app2.screen
        assert isinstance(scherm, CaseloadScherm)
        assert [r.naam for r in scherm.rijen] == ["Anna de Groot"]
        klant = opnieuw.klanten.kaart(scherm.rijen[0].id).klant
        assert klant.geboortedatum.isoformat() == "1975-03-14"
        assert klant.beschikbare_uren == 32
    opnieuw.close()


async def test_foute_datum_toont_melding_en_slaat_niets_op(diensten):
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        await _typ(pilot, "Bas Visser")
        app.screen.query_one("#in-geboortedatum", Input).value = "31-02-1980"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, KlantFormulier), "the form stays open"
        fout = str(app.screen.query_one("#fout-geboortedatum").render())
        assert "februari 1980 heeft 29 dagen" in fout
        assert diensten.klanten.aantal() == 0


async def test_afsluiten_met_open_formulier_vraagt_om_opslaan(diensten):
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        await _typ(pilot, "Cas Mulder")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert "Afsluiten" in str(app.screen.query_one(".dialoog-titel").render())
        await pilot.click("#opslaan")
        await pilot.pause()
    assert [r.naam for r in diensten.klanten.caseload()] == ["Cas Mulder"]


async def test_filter_met_tikfout_en_gesprek_plannen(diensten):
    for naam in ("Jan Jansen", "Pieter de Boer", "Fatima El Amrani"):
        diensten.klanten.maak({"naam": naam})
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(app, pilot)
        await pilot.press("slash")
        await _typ(pilot, "fatma")
        await pilot.pause()
        scherm = app.screen
        assert [r.naam for r in scherm.getoond][0] == "Fatima El Amrani"
        await pilot.press("enter")  # filter -> table
        await pilot.press("enter")  # open klant
        await _klaar(app, pilot)
        assert isinstance(app.screen, KlantScherm)
        await pilot.press("p")
        await pilot.pause()
        app.screen.query_one("#in-datum", Input).value = "01-12-2026"
        await pilot.press("ctrl+s")
        await _klaar(app, pilot)
        assert isinstance(app.screen, KlantScherm)
        tabel = app.screen.query_one("#gesprekken", DataTable)
        assert tabel.row_count == 1
    rij = next(r for r in diensten.klanten.caseload() if r.naam == "Fatima El Amrani")
    assert rij.volgend_contact.isoformat() == "2026-12-01"


async def test_help_en_palet(diensten):
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert "Sneltoetsen" in str(app.screen.query_one(".dialoog-titel").render())
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await _typ(pilot, "nieuwe klant")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, KlantFormulier)
