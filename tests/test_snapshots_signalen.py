"""Snapshots of the caseload dashboard: demo store, fixed clock (23-11-2026), 120×40."""

from __future__ import annotations

from werkcoach_tui.rules import signalen as sg

from .conftest import maak_app, wacht_tot_klaar

GROOTTE = (120, 40)


async def _wacht(pilot):
    await wacht_tot_klaar(pilot)


def test_dashboard(snap_compare, demo_diensten):
    """The dashboard with the klant with the most signals selected and its second signal highlighted."""

    async def kies(pilot):
        await _wacht(pilot)
        scherm = pilot.app.screen
        meeste = max(range(len(scherm.getoond)), key=lambda i: (len(scherm.signalen.van(scherm.getoond[i].id)), -i))
        await pilot.press(*(["down"] * meeste), "tab", "down")
        await pilot.pause()

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=kies)


def test_dashboard_signaalfilter(snap_compare, demo_diensten):
    """Filtered on 'Einde WW nadert' by clicking its count."""

    async def filter_(pilot):
        await _wacht(pilot)
        pilot.app.screen.action_kies_signaal(sg.EINDE_WW_NADERT)
        await pilot.pause()

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=filter_)


def test_dashboard_signaalfilter_keuzelijst(snap_compare, demo_diensten):
    """The signal filter opened with F: every signal with its count, readable without colour."""

    async def open_(pilot):
        await _wacht(pilot)
        await pilot.press("f")
        await pilot.pause()
        await pilot.wait_for_animation()
        await pilot.pause(0.2)

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=open_)
