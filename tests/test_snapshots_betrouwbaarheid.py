"""Snapshots: the database-problem dialog and the 'someone else changed this klant' dialog."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from textual.widgets import Input

from werkcoach_tui.store import _dutch_operational

from .conftest import maak_app, wacht_tot_klaar

GROOTTE = (120, 40)


async def _wacht(pilot):
    await wacht_tot_klaar(pilot)


def test_databaseprobleem_dialoog(snap_compare, demo_diensten):
    melding = _dutch_operational(sqlite3.OperationalError("database is locked"), Path("werkcoach.db"))

    async def toon(pilot):
        await _wacht(pilot)
        pilot.app.toon_storefout(melding)
        await pilot.pause()

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=toon)


async def _verouderd(pilot):
    await _wacht(pilot)
    await pilot.press("enter")  # open the first klant
    await _wacht(pilot)
    await pilot.press("e")  # edit form, based on the current version
    await pilot.pause()
    app = pilot.app
    klant = app.screen.klant
    # Meanwhile a colleague saves the same klant.
    app.diensten.klanten.wijzig(klant.id, {"naam": klant.naam, "woonplaats": "Roermond", "telefoon": "06-10203040",
                                            "email": klant.email},
                                verwachte_versie=klant.versie)
    app.screen.query_one("#in-woonplaats", Input).value = "Maastricht"
    await pilot.press("ctrl+s")
    await pilot.pause()


def test_verouderde_opslag_dialoog(snap_compare, demo_diensten):
    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=_verouderd)


def test_verouderde_opslag_andere_wijziging(snap_compare, demo_diensten):
    async def bekijk(pilot):
        await _verouderd(pilot)
        await pilot.click("#bekijken")
        await pilot.pause()

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=bekijk)


async def test_verouderd_nooit_stil_overschreven_en_herladen(demo_diensten):
    from werkcoach_tui.screens.bevestig import BevestigScherm
    from werkcoach_tui.screens.klant_formulier import KlantFormulier

    app = maak_app(demo_diensten)
    async with app.run_test(size=GROOTTE) as pilot:
        await _verouderd(pilot)
        assert isinstance(app.screen, BevestigScherm)
        formulier = app.screen_stack[-2]
        assert isinstance(formulier, KlantFormulier)
        klant_id = formulier.klant.id
        assert demo_diensten.klanten.kaart(klant_id).klant.woonplaats == "Roermond", "never a silent overwrite"
        await pilot.click("#herladen")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is formulier
        assert formulier.query_one("#in-woonplaats", Input).value == "Roermond"
        formulier.query_one("#in-woonplaats", Input).value = "Maastricht"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert demo_diensten.klanten.kaart(klant_id).klant.woonplaats == "Maastricht"
        assert demo_diensten.klanten.kaart(klant_id).klant.telefoon == "06-10203040", "the colleague's change kept"
