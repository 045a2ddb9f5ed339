"""Pilot: pick a case, complete it, ask for feedback, reset it, and the case is fresh again."""

from __future__ import annotations

import pytest
from textual.widgets import Checkbox, Select, TextArea

from werkcoach_tui.diensten import MODUS_OEFENEN, open_diensten
from werkcoach_tui.oefenen.feedback import FeedbackStatus
from werkcoach_tui.screens.klant import KlantScherm
from werkcoach_tui.screens.oefen_casussen import CasusKiezerScherm
from werkcoach_tui.screens.oefen_feedback import FeedbackScherm
from werkcoach_tui.screens.oefen_uitwerking import UitwerkingFormulier
from werkcoach_tui.services.oefenen import BRON_FORMULIER, BRON_LEEG, bereid_oefenstore
from werkcoach_tui.widgets.oefen_banner import OefenBanner

from .conftest import maak_app

CASUS_ID = "langdurig-ww-passend-werkaanbod"


@pytest.fixture
def oefen(tmp_path, klok):
    d = open_diensten(tmp_path / "oefen.db", clock=klok, modus=MODUS_OEFENEN)
    bereid_oefenstore(d)
    yield d
    d.close()


async def test_casus_kiezen_uitwerken_feedback_en_terugzetten(oefen):
    service = oefen.oefenen
    casus = service.casus(CASUS_ID)
    m = casus.modeluitwerking
    app = maak_app(oefen)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.action_oefenomgeving()
        await pilot.pause()
        kiezer = app.screen
        assert isinstance(kiezer, CasusKiezerScherm) and kiezer.query(OefenBanner)
        await pilot.press("down", "down", "down")
        assert kiezer.gekozen().id == CASUS_ID

        # pick: the case becomes a fictitious klant and its card opens
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, KlantScherm)
        assert app.screen.query(OefenBanner)
        klant_id = service.status()[CASUS_ID].klant_id
        assert app.screen.klant_id == klant_id
        await pilot.press("escape")
        await pilot.pause()

        # complete it in the uitwerking form, as the model would
        await pilot.press("u")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, UitwerkingFormulier) and form.query(OefenBanner)
        form.query_one("#in-zelfredzaam", Select).value = m.zelfredzaam.value
        form.query_one("#in-dienstverleningsdoel", Select).value = m.dienstverleningsdoel.value
        for k in m.passende_instrumenten:
            form.query_one(f"#in-inst-{k.instrument.value}", Checkbox).value = True
        for code in m.verwachte_signalen:
            form.query_one(f"#in-sig-{code}", Checkbox).value = True
        form.query_one("#in-onderbouwing", TextArea).text = m.visie_toelichting
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is kiezer

        # feedback: everything matches
        await pilot.press("f")
        await pilot.pause()
        fb = app.screen
        assert isinstance(fb, FeedbackScherm) and fb.query(OefenBanner)
        assert fb.bron == BRON_FORMULIER
        assert fb.feedback.aantal(FeedbackStatus.MATCH) == fb.feedback.maximum
        assert "eenvoudige woordvergelijking" in str(fb.query_one("#oefen-methode").render())
        await pilot.press("escape")
        await pilot.pause()

        # the trainer resets the case
        await pilot.press("t")
        await pilot.pause()
        await pilot.click("#terugzetten")
        await pilot.pause()
        assert app.screen is kiezer

        stand = service.status()[CASUS_ID]
        assert service.formulier(stand.klant_id) is None
        uitwerking, bron = service.uitwerking(stand.klant_id)
        assert bron == BRON_LEEG and uitwerking.zelfredzaam is None
        kaart = oefen.klanten.kaart(stand.klant_id)
        assert len(kaart.gesprekken) == len(casus.situatie.historie)
        assert stand.klantnummer == "OEF-001"

        await pilot.press("f")
        await pilot.pause()
        assert app.screen.feedback.aantal(FeedbackStatus.MATCH) < app.screen.feedback.maximum
        await pilot.press("escape")
        await pilot.pause()

        # and the whole practice store
        await pilot.press("a")
        await pilot.pause()
        await pilot.click("#alles")
        await pilot.pause()
        assert service.status() == {} and oefen.klanten.aantal() == 0
