"""Snapshots: the vacatures screen (results + detail pane, and for a klant) and the PaWa flow.
120×40, demo data, fixed clock (23-11-2026)."""

from __future__ import annotations

from .conftest import maak_app, wacht_tot_klaar

GROOTTE = (120, 40)


async def _wacht(pilot):
    await wacht_tot_klaar(pilot)


def _klant_id(diensten, nummer: str) -> int:
    return diensten.klanten.zoek_op_nummer(nummer).id


def test_vacatures_resultaten_en_detail(snap_compare, demo_diensten):
    async def zoek(pilot):
        await _wacht(pilot)
        await pilot.press("v")
        await _wacht(pilot)
        await pilot.press(*"heftruk")
        await _wacht(pilot)
        await pilot.press("enter", "down", "down", "enter")
        await _wacht(pilot)

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=zoek)


def test_vacatures_voor_klant(snap_compare, demo_diensten):
    kemal = _klant_id(demo_diensten, "K100007")

    async def open_(pilot):
        await _wacht(pilot)
        pilot.app.open_klant(kemal)
        await _wacht(pilot)
        await pilot.press("v")
        await _wacht(pilot)

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=open_)


def test_pawa_niet_geschikt(snap_compare, demo_diensten):
    anouk = _klant_id(demo_diensten, "K100010")

    async def open_(pilot):
        await _wacht(pilot)
        pilot.app.open_pawa(anouk)
        await _wacht(pilot)

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=open_)


def test_pawa_twee_vacatures_kiezen(snap_compare, demo_diensten):
    peter = _klant_id(demo_diensten, "K100009")

    async def kies(pilot):
        await _wacht(pilot)
        pilot.app.open_pawa(peter)
        await _wacht(pilot)
        await pilot.press("space", "down", "down", "space")
        await _wacht(pilot)

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=kies)


def test_pawa_gesprekken_en_terugkoppeling(snap_compare, demo_diensten):
    from werkcoach_tui.search import ZoekFilters

    peter = _klant_id(demo_diensten, "K100009")
    pawa = demo_diensten.vacatures.zoek("schoonmaker", ZoekFilters(pawa_only=True), limit=2)
    traject = demo_diensten.pawa.start(peter, [r.id for r in pawa])
    eerste, tweede = traject.aanbod
    demo_diensten.pawa.wijzig_aanbod(eerste.id, {
        "gesprek_datum": "23-11-2026", "feedback_klant": "Prettig gesprek, wil graag beginnen",
        "feedback_werkgever": "Gemotiveerd en op tijd", "resultaat": "aangenomen",
        "resultaat_reden": "Start met proefplaatsing van 2 maanden"})
    demo_diensten.pawa.wijzig_aanbod(tweede.id, {"gesprek_datum": "27-11-2026"})

    async def open_(pilot):
        await _wacht(pilot)
        pilot.app.open_pawa(peter)
        await _wacht(pilot)

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=open_)
