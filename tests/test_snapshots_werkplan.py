"""Snapshots of the werkplan feature: 120×40, demo data, fixed clock (23-11-2026)."""

from __future__ import annotations

from .conftest import maak_app, wacht_tot_klaar

GROOTTE = (120, 40)


async def _wacht(pilot):
    await wacht_tot_klaar(pilot)


def _open(scherm_fabriek, nummer: str, *toetsen: str):
    async def run_before(pilot):
        await _wacht(pilot)
        kid = pilot.app.diensten.klanten.zoek_op_nummer(nummer).id
        pilot.app.push_screen(scherm_fabriek(kid))
        await _wacht(pilot)
        for toets in toetsen:
            await pilot.press(toets)
            await _wacht(pilot)
        from textual.widgets import Input

        for veld in pilot.app.screen.query(Input):  # a blinking cursor makes a snapshot depend on timing
            veld.cursor_blink = False
        await _wacht(pilot)

    return run_before


def test_werkplanscherm_concept(snap_compare, demo_diensten):
    from werkcoach_tui.screens.werkplan import WerkplanScherm

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE,
                        run_before=_open(WerkplanScherm, "K100001", "down", "down", "down"))


def test_werkplan_versievergelijking(snap_compare, demo_diensten):
    from werkcoach_tui.screens.werkplan import WerkplanScherm

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE,
                        run_before=_open(WerkplanScherm, "K100001", "left_square_bracket", "c"))


def test_sollicitatiecontrole_met_tekort(snap_compare, demo_diensten):
    from werkcoach_tui.screens.sollicitaties import SollicitatieScherm

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE,
                        run_before=_open(SollicitatieScherm, "K100033"))


def test_afspraakformulier_met_smart_waarschuwing(snap_compare, demo_diensten):
    from werkcoach_tui.screens.werkplan import WerkplanScherm

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE,
                        run_before=_open(WerkplanScherm, "K100001", "down", "down", "down", "enter"))
