"""Two advisers on one dossier, through the real app: the autosave meets a field that a
colleague (another connection to the same file) saved meanwhile.

Typing and keys as an adviser would; the colleague is a second DossierService on its own Store.
"""

from __future__ import annotations

import pytest
from sqlmodel import select
from textual.widgets import TextArea

from werkcoach_tui.diensten import Diensten
from werkcoach_tui.models.audit import AuditRegel
from werkcoach_tui.screens.dossier import DossierScherm
from werkcoach_tui.screens.dossier_conflict import DossierConflictScherm
from werkcoach_tui.services.dossier import ACTIE_OVERSCHRIJVEN, DossierService
from werkcoach_tui.store import Store

from .conftest import maak_app
from .test_pilot_dossier import _naar, _open_dossier, _typ

TIM = "K100011"


@pytest.fixture
def diensten(demo_pad, klok):
    d = Diensten(Store.open(demo_pad), klok)
    yield d
    d.close()


@pytest.fixture
def collega(demo_pad, klok):
    """Jan, in another window: his own connection to the same file."""
    store = Store.open(demo_pad)
    yield DossierService(store, klok, "Jan Jansen")
    store.close()


def _velden(diensten) -> dict:
    return diensten.dossier.open(diensten.klanten.zoek_op_nummer(TIM).id).ronde.velden


def _audit(diensten, veld: str) -> list[AuditRegel]:
    with diensten.store.lees() as s:
        return list(s.exec(select(AuditRegel).where(AuditRegel.veld == veld).order_by(AuditRegel.id)))


async def _wacht_op_dialoog(pilot) -> DossierConflictScherm:
    for _ in range(40):
        await pilot.pause(0.1)
        scherm = pilot.app.screen
        if isinstance(scherm, DossierConflictScherm) and pilot.app.focused is not None:
            await pilot.pause()  # laid out: its buttons can be clicked
            return scherm
    raise AssertionError(f"geen conflictdialoog; scherm is {pilot.app.screen!r}")


async def _typ_terwijl_collega_bewaart(pilot, collega, wijzigingen: dict) -> DossierScherm:
    """Type in 'visie van de werkcoach'; before the autosave, Jan saves the same field."""
    await _open_dossier(pilot, "Tim B")
    scherm = pilot.app.screen
    await pilot.press("2")
    await _naar(pilot, "in-visie_werkcoach")
    await _typ(pilot, "Mijn visie")
    collega.bewaar(scherm.klant_id, wijzigingen)
    return scherm


async def test_conflict_wordt_gemeld_en_mijn_tekst_bewust_bewaard(diensten, collega):
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        scherm = await _typ_terwijl_collega_bewaart(pilot, collega, {"visie_werkcoach": "Hun visie"})
        dialoog = await _wacht_op_dialoog(pilot)  # the autosave after the pause in typing
        assert "Visie van de werkcoach" in str(dialoog.query_one(".dialoog-titel").render())
        assert dialoog.query_one("#mijn-tekst", TextArea).text == "Mijn visie"
        assert dialoog.query_one("#hun-tekst", TextArea).text == "Hun visie"
        assert dialoog.query_one("#hun-tekst", TextArea).read_only
        assert _velden(diensten)["visie_werkcoach"] == "Hun visie", "never overwritten without a choice"
        assert scherm.query_one("#in-visie_werkcoach", TextArea).text == "Mijn visie", "nothing typed is lost"
        # The adviser can select and copy the other text (F7 = select all, Ctrl+C).
        assert app.focused is dialoog.query_one("#mijn-tekst", TextArea)
        await pilot.press("tab")
        assert app.focused is dialoog.query_one("#hun-tekst", TextArea)
        await pilot.press("f7", "ctrl+c")
        assert app.clipboard == "Hun visie"
        await pilot.click("#mijn")
        await pilot.pause()
        assert app.screen is scherm
        assert _velden(diensten)["visie_werkcoach"] == "Mijn visie"
        regel = _audit(diensten, "visie_werkcoach")[-1]
        assert (regel.actie, regel.oud, regel.nieuw) == (ACTIE_OVERSCHRIJVEN, "Hun visie", "Mijn visie")
        assert regel.wie == diensten.instellingen.lees().wie
        assert "Niet opgeslagen" not in str(scherm.query_one("#fout-visie_werkcoach").render())


async def test_hun_tekst_overnemen_en_ongewijzigde_velden_herladen(diensten, collega):
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        voor = len(_audit(diensten, "visie_werkcoach"))
        scherm = await _typ_terwijl_collega_bewaart(
            pilot, collega, {"visie_werkcoach": "Hun visie", "visie_klant": "Wil operator worden."})
        await _wacht_op_dialoog(pilot)
        # A field Jan changed that this adviser did not touch is simply shown with his text.
        assert scherm.query_one("#in-visie_klant", TextArea).text == "Wil operator worden."
        assert "Ook door een ander gewijzigd" not in str(scherm.query_one("#dossier-status").render())
        await pilot.click("#hun")
        await pilot.pause()
        assert app.screen is scherm
        assert scherm.query_one("#in-visie_werkcoach", TextArea).text == "Hun visie"
        await pilot.pause(1.2)  # no autosave of anything: the form equals what is stored
        assert _velden(diensten)["visie_werkcoach"] == "Hun visie"
        assert [r.wie for r in _audit(diensten, "visie_werkcoach")[voor:]] == ["Jan Jansen"]
        assert not scherm._vuil and not scherm._conflicten


async def test_beide_in_het_veld_en_daarna_gewoon_bewaard(diensten, collega):
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        scherm = await _typ_terwijl_collega_bewaart(pilot, collega, {"visie_werkcoach": "Hun visie"})
        await _wacht_op_dialoog(pilot)
        await pilot.click("#beide")
        await pilot.pause()
        vak = scherm.query_one("#in-visie_werkcoach", TextArea)
        assert vak.text == "Hun visie\n\nMijn visie"
        assert app.focused is vak
        await pilot.pause(1.2)  # autosave, based on Jan's text: an ordinary change
        assert _velden(diensten)["visie_werkcoach"] == "Hun visie\n\nMijn visie"
        regel = _audit(diensten, "visie_werkcoach")[-1]
        assert (regel.actie, regel.oud) == ("wijzigen", "Hun visie")


async def test_afsluiten_wacht_op_een_keuze_en_verliest_niets(diensten, collega, demo_pad, klok):
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        scherm = await _typ_terwijl_collega_bewaart(pilot, collega, {"visie_werkcoach": "Hun visie"})
        await _wacht_op_dialoog(pilot)
        await pilot.press("escape")  # later kiezen
        await pilot.pause()
        assert app.screen is scherm
        assert "Niet opgeslagen" in str(scherm.query_one("#fout-visie_werkcoach").render())
        assert "Niet opgeslagen: Visie van de werkcoach" in str(scherm.query_one("#dossier-status").render())
        # Typing on in the field does not bring the question back every pause.
        await _typ(pilot, " en meer")
        await pilot.pause(1.2)
        assert app.screen is scherm and _velden(diensten)["visie_werkcoach"] == "Hun visie"
        # Leaving the dossier would drop the text: the question comes back instead.
        await pilot.press("escape", "escape")
        dialoog = await _wacht_op_dialoog(pilot)
        assert dialoog.query_one("#mijn-tekst", TextArea).text == "Mijn visie en meer"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is scherm
        # So would going to the caseload (command palette): asked first, nothing popped.
        app.action_caseload()
        await _wacht_op_dialoog(pilot)
        assert scherm in app.screen_stack
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is scherm
        # Quitting: nothing closes, the question is asked (with what happens next).
        await pilot.press("ctrl+q")
        dialoog = await _wacht_op_dialoog(pilot)
        assert app.return_code is None, "the app must not exit while a field waits for a choice"
        assert "sluit af zodra u hebt gekozen" in str(dialoog.query_one(".dialoog-tekst").render())
        assert scherm.query_one("#in-visie_werkcoach", TextArea).text == "Mijn visie en meer"
        await pilot.click("#mijn")
        for _ in range(20):
            await pilot.pause(0.05)
            if app.return_code is not None:
                break
        assert app.return_code == 0, "after the choice Werkcoach closes as asked"
    diensten.close()
    opnieuw = Diensten(Store.open(demo_pad), klok)
    assert _velden(opnieuw)["visie_werkcoach"] == "Mijn visie en meer"
    opnieuw.close()


async def test_zonder_collega_geen_dialoog_en_zelfde_audit(diensten):
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_dossier(pilot, "Tim B")
        await pilot.press("2")
        await _naar(pilot, "in-visie_werkcoach")
        voor = len(_audit(diensten, "visie_werkcoach"))
        await _typ(pilot, "Mijn visie")
        await pilot.pause(1.2)
        assert isinstance(app.screen, DossierScherm)
        assert _velden(diensten)["visie_werkcoach"] == "Mijn visie"
        assert [(r.actie, r.oud, r.nieuw) for r in _audit(diensten, "visie_werkcoach")[voor:]] == [
            ("wijzigen", None, "Mijn visie")]
