"""BSN only if needed: the 11-proef catches every single-digit error and every adjacent swap."""

from __future__ import annotations

import pytest

from werkcoach_tui.rules.bsn import elfproef, maskeer_bsn, normaliseer
from werkcoach_tui.services.validatie import Validatiefout, valideer_klant

GELDIG = ["111222333", "123456782", "999999990", "010000021", "240345678"]


@pytest.mark.parametrize("bsn", GELDIG)
def test_geldige_nummers(bsn):
    assert elfproef(bsn), bsn


@pytest.mark.parametrize("bsn", GELDIG)
def test_elke_fout_in_een_cijfer_gevonden(bsn):
    n = 0
    for i in range(9):
        for c in "0123456789":
            if c != bsn[i]:
                assert not elfproef(bsn[:i] + c + bsn[i + 1:]), (bsn, i, c)
                n += 1
    assert n == 81


@pytest.mark.parametrize("bsn", GELDIG)
def test_elke_verwisseling_van_buren_gevonden(bsn):
    for i in range(8):
        if bsn[i] != bsn[i + 1]:
            verwisseld = bsn[:i] + bsn[i + 1] + bsn[i] + bsn[i + 2:]
            assert not elfproef(verwisseld), (bsn, i)


def test_alle_verwisselingen_over_veel_nummers():
    """Exhaustive over every valid number in a block: no swap of different neighbours passes."""
    getest = 0
    for basis in range(100_000_000, 100_300_000, 7):
        s = f"{basis:09d}"
        if not elfproef(s):
            continue
        for i in range(8):
            if s[i] != s[i + 1]:
                assert not elfproef(s[:i] + s[i + 1] + s[i] + s[i + 2:])
                getest += 1
    assert getest > 10_000


def test_normaliseren_en_maskeren():
    assert normaliseer(" 1234.56.782 ") == "123456782"
    assert normaliseer("11222333") == "011222333"
    assert maskeer_bsn("123456782") == "******782"
    assert maskeer_bsn(None) == ""
    assert not elfproef("000000000") and not elfproef("１２３４５６７８２") and not elfproef("12345678")


def test_validatie_in_het_formulier(vandaag):
    assert valideer_klant({"naam": "A", "bsn": "1234 56 782"}, vandaag)["bsn"] == "123456782"
    assert valideer_klant({"naam": "A", "bsn": ""}, vandaag)["bsn"] is None
    with pytest.raises(Validatiefout) as exc:
        valideer_klant({"naam": "A", "bsn": "123456789"}, vandaag)
    assert "11-proef" in exc.value.fouten["bsn"]
    assert "bsn" not in valideer_klant({"naam": "A"}, vandaag), "no BSN field unless the form sends one"


async def test_bsn_veld_alleen_met_instelling_en_gemaskeerd(diensten):
    from textual.widgets import Static

    from werkcoach_tui.screens.klant import KlantScherm
    from werkcoach_tui.screens.klant_formulier import KlantFormulier

    from .conftest import maak_app

    k = diensten.klanten.maak({"naam": "Bea Bsn", "bsn": "111222333"})
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(KlantFormulier())
        await pilot.pause()
        assert not app.screen.query("#veld-bsn")
        app.pop_screen()
        diensten.instellingen.wijzig(bsn_gebruiken=True)
        app.push_screen(KlantFormulier(diensten.klanten.kaart(k.id).klant))
        await pilot.pause()
        veld = app.screen.query_one("#in-bsn")
        assert veld.value == "" and "******333" in veld.placeholder
        await pilot.press("ctrl+s")  # empty field keeps the stored BSN
        await pilot.pause()
        assert diensten.klanten.kaart(k.id).klant.bsn == "111222333"
        app.push_screen(KlantScherm(k.id))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        tekst = str(app.screen.query_one("#personalia", Static).render())
        assert "******333" in tekst and "111222333" not in tekst
