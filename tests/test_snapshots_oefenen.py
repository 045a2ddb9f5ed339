"""Snapshots of the practice environment at projector size (100×30), fixed clock (23-11-2026)."""

from __future__ import annotations

import pytest

from werkcoach_tui.diensten import MODUS_OEFENEN, open_diensten
from werkcoach_tui.oefenen.feedback import TraineeUitwerking
from werkcoach_tui.services.oefenen import bereid_oefenstore

from .conftest import maak_app, wacht_tot_klaar

GROOTTE = (100, 30)
CASUS_ID = "langdurig-ww-passend-werkaanbod"


@pytest.fixture
def oefen(tmp_path, klok):
    d = open_diensten(tmp_path / "oefen.db", clock=klok, modus=MODUS_OEFENEN)
    bereid_oefenstore(d)
    casus = d.oefenen.casus(CASUS_ID)
    klant_id = d.oefenen.start(casus)
    d.oefenen.bewaar_formulier(klant_id, TraineeUitwerking(
        zelfredzaam="deels",
        dienstverleningsdoel="werk_fit_blijven",
        instrumenten=("passend_werkaanbod", "scholing"),
        onderbouwing="Ruim een jaar werkloos en 32 uur beschikbaar. Zijn zoekgedrag is alleen online.",
        signalen=("pawa_mogelijk",),
    ))
    yield d
    d.close()


async def _wacht(pilot):
    await wacht_tot_klaar(pilot)


def test_oefen_caseload_met_banner(snap_compare, oefen):
    async def caseload(pilot):
        await _wacht(pilot)
        await pilot.press("escape")  # from the case list (where practice starts) to the caseload
        await _wacht(pilot)

    assert snap_compare(maak_app(oefen), terminal_size=GROOTTE, run_before=caseload)


def test_oefen_casuskiezer(snap_compare, oefen):
    async def kiezer(pilot):
        await _wacht(pilot)
        await pilot.press("down", "down", "down")
        await pilot.pause()

    assert snap_compare(maak_app(oefen), terminal_size=GROOTTE, run_before=kiezer)


def test_oefen_feedback(snap_compare, oefen):
    async def feedback(pilot):
        await _wacht(pilot)
        await pilot.press("down", "down", "down", "f")
        await pilot.pause()

    assert snap_compare(maak_app(oefen), terminal_size=GROOTTE, run_before=feedback)
