"""Snapshots of the foundation screens: 120×40, demo data, fixed clock (23-11-2026)."""

from __future__ import annotations

from textual.widgets import Input

from .conftest import maak_app, wacht_tot_klaar

GROOTTE = (120, 40)


async def _wacht(pilot):
    await wacht_tot_klaar(pilot)


def test_caseload(snap_compare, demo_diensten):
    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=_wacht)


def test_caseload_gefilterd(snap_compare, demo_diensten):
    async def filter_(pilot):
        await _wacht(pilot)
        await pilot.press("slash", *"jansn")
        await pilot.pause()

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=filter_)


def test_klantscherm(snap_compare, demo_diensten):
    async def open_klant(pilot):
        await _wacht(pilot)
        await pilot.press("enter")
        await _wacht(pilot)

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=open_klant)


def test_nieuwe_klant_met_foutmelding(snap_compare, demo_diensten):
    async def fout(pilot):
        await _wacht(pilot)
        await pilot.press("n")
        await pilot.pause()
        scherm = pilot.app.screen
        scherm.query_one("#in-geboortedatum", Input).value = "31-02-1980"
        scherm.query_one("#in-beschikbare_uren", Input).value = "-8"
        await pilot.press("ctrl+s")
        await pilot.pause()
        for veld in scherm.query(Input):  # no blinking cursor: the snapshot must not depend on timing
            veld.cursor_blink = False
        await pilot.pause()

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=fout)


def test_help(snap_compare, demo_diensten):
    async def help_(pilot):
        await _wacht(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=help_)
