"""Snapshots of the dossier screen: each step at 120×40 for a demo klant, and the open points."""

from __future__ import annotations

from werkcoach_tui.screens.dossier import DossierScherm

from .conftest import maak_app, wacht_tot_klaar

GROOTTE = (120, 40)


async def _wacht(pilot):
    await wacht_tot_klaar(pilot)


def _open(klantnummer: str, *toetsen: str):
    async def run_before(pilot):
        await _wacht(pilot)
        klant = pilot.app.diensten.klanten.zoek_op_nummer(klantnummer)
        await pilot.app.push_screen(DossierScherm(klant.id))
        await _wacht(pilot)
        for toets in toetsen:
            await pilot.press(toets)
            await _wacht(pilot)

    return run_before


# Wilma Kuipers (K100004): 66, in besluiten, IRO above € 2.000 without approval yet.
def test_dossier_beeldvorming(snap_compare, demo_diensten):
    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=_open("K100004", "1"))


def test_dossier_oordeelsvorming(snap_compare, demo_diensten):
    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=_open("K100004", "2"))


def test_dossier_besluiten_met_open_punten(snap_compare, demo_diensten):
    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=_open("K100004", "3"))


def test_dossier_uitvoeren(snap_compare, demo_diensten):
    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=_open("K100001", "4"))


# Tim Bakker (K100011): in beeldvorming, the list of what is still missing.
def test_dossier_ontbrekende_punten(snap_compare, demo_diensten):
    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=_open("K100011"))


# Tim Bakker (K100011): while the adviser writes the visie, colleague Jan Jansen saves the same
# field from another window; the autosave does not overwrite it but asks (fixed clock: 09:00).
def test_dossier_veld_ook_door_een_ander_gewijzigd(snap_compare, demo_diensten):
    from textual.widgets import TextArea

    from werkcoach_tui.services.dossier import DossierService

    async def run_before(pilot):
        await _open("K100011", "2")(pilot)
        scherm = pilot.app.screen
        jan = DossierService(pilot.app.diensten.store, pilot.app.diensten.clock, "Jan Jansen")
        jan.bewaar(scherm.klant_id, {"visie_werkcoach": (
            "Tim wil snel aan het werk; een VCA-cursus via de werkgever ligt meer voor de hand "
            "dan een eigen traject.")})
        scherm.query_one("#in-visie_werkcoach", TextArea).text = (
            "Tim is gemotiveerd en technisch sterk.\nEerst VCA halen, daarna gericht solliciteren "
            "als operator in Twente.")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await _wacht(pilot)

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=run_before)
