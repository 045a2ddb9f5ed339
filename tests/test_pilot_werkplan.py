"""Werkplan flows through the real app: add afspraken, finalise, a refused edit, version 2,
compare, the sollicitatie check, the gesprek's next contact moment."""

from __future__ import annotations

from textual.widgets import Checkbox, DataTable, Input, Static

from werkcoach_tui.models.enums import GesprekStatus, WerkplanStatus
from werkcoach_tui.screens.klant import KlantScherm
from werkcoach_tui.screens.sollicitaties import SollicitatieScherm
from werkcoach_tui.screens.werkplan import VergelijkScherm, WerkplanScherm
from werkcoach_tui.screens.werkplan_formulieren import (
    AfspraakFormulier,
    NieuweVersieFormulier,
    OpvolgingFormulier,
    VaststellenFormulier,
    VrijstellingFormulier,
)

from .conftest import maak_app


async def _klaar(pilot):
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _meldingen(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _open_klant(pilot, toets: str):
    await _klaar(pilot)
    await pilot.press("enter")
    await _klaar(pilot)
    assert isinstance(pilot.app.screen, KlantScherm)
    await pilot.press(toets)
    await _klaar(pilot)


async def _afspraak(pilot, **velden):
    await pilot.press("n")
    await pilot.pause()
    scherm = pilot.app.screen
    assert isinstance(scherm, AfspraakFormulier)
    for naam, waarde in velden.items():
        scherm.query_one(f"#in-{naam}", Input).value = waarde
    await pilot.pause()
    return scherm


async def test_afspraken_vaststellen_weigering_en_versie_2(diensten):
    klant = diensten.klanten.maak({"naam": "Anna de Groot", "ww_startdatum": "01-06-2026"})
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_klant(pilot, "w")
        assert isinstance(app.screen, WerkplanScherm)
        assert "nog geen werkplan" in str(app.screen.query_one("#wp-kop", Static).render())

        formulier = await _afspraak(pilot, wat="Zo veel mogelijk solliciteren")
        smart = str(formulier.query_one("#smart", Static).render())
        assert "termijn" in smart and "zo veel mogelijk" in smart, "live SMART warnings"
        formulier.query_one("#in-wat", Input).value = "Solliciteren als orderpicker"
        formulier.query_one("#in-hoeveel", Input).value = "4 per 4 weken"
        formulier.query_one("#in-wanneer", Input).value = "31-12-2026"
        formulier.query_one("#in-hoe_aangetoond", Input).value = "Bevestigingsmails in de Werkmap"
        await pilot.pause()
        assert "is SMART" in str(formulier.query_one("#smart", Static).render())
        await pilot.press("ctrl+s")
        await _klaar(pilot)

        await _afspraak(pilot, wat="Netwerk benaderen")  # not SMART: saved with a warning
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        assert isinstance(app.screen, WerkplanScherm)
        assert any("niet SMART" in m for m in _meldingen(app))
        assert app.screen.query_one("#wp-afspraken", DataTable).row_count == 2

        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, VaststellenFormulier)
        await pilot.press("ctrl+s")  # without the klant's akkoord: refused
        await pilot.pause()
        assert isinstance(app.screen, VaststellenFormulier)
        assert "akkoord" in str(app.screen.query_one("#fout-akkoord_klant").render())
        app.screen.query_one("#in-akkoord_klant", Checkbox).value = True
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        assert isinstance(app.screen, WerkplanScherm)
        assert diensten.werkplan.versie(klant.id).versie.status == WerkplanStatus.VASTGESTELD

        await pilot.press("enter")  # try to edit a vastgesteld afspraak
        await pilot.pause()
        assert isinstance(app.screen, WerkplanScherm), "no form opens"
        assert any("is vastgesteld op 23-11-2026 en kan niet meer worden gewijzigd" in m for m in _meldingen(app))
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, WerkplanScherm)

        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, NieuweVersieFormulier)
        app.screen.query_one("#in-wijzigingsreden", Input).value = "Evaluatie"
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        scherm = app.screen
        assert isinstance(scherm, WerkplanScherm)
        assert scherm.detail.versie.versie == 2 and not scherm.detail.vastgesteld
        assert scherm.query_one("#wp-afspraken", DataTable).row_count == 2, "afspraken copied"

        await pilot.press("enter")  # the concept can be edited
        await pilot.pause()
        assert isinstance(app.screen, AfspraakFormulier)
        app.screen.query_one("#in-hoeveel", Input).value = "6 per 4 weken"
        await pilot.press("ctrl+s")
        await _klaar(pilot)

        await pilot.press("c")
        await _klaar(pilot)
        assert isinstance(app.screen, VergelijkScherm)
        uitkomst = str(app.screen.query_one("#vg-uitkomst", Static).render())
        assert "Van versie 1 naar versie 2" in uitkomst and "4 per 4 weken → 6 per 4 weken" in uitkomst
        await pilot.press("escape")
        await pilot.press("left_square_bracket")
        await _klaar(pilot)
        assert app.screen.detail.versie.versie == 1
    versies = diensten.werkplan.versies(klant.id)
    assert [(v.versie, v.status) for v in versies] == [(1, WerkplanStatus.VASTGESTELD), (2, WerkplanStatus.CONCEPT)]
    assert diensten.werkplan.versie(klant.id, 1).afspraken[0].hoeveel == "4 per 4 weken"
    assert diensten.werkplan.versie(klant.id, 2).afspraken[0].hoeveel == "6 per 4 weken"


async def test_sollicitaties_vrijstelling_geweigerd_en_opvolging(diensten):
    klant = diensten.klanten.maak({"naam": "Bram Jansen", "ww_startdatum": "01-09-2026"})
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_klant(pilot, "a")
        scherm = app.screen
        assert isinstance(scherm, SollicitatieScherm)
        assert "TEKORT" in str(scherm.query_one("#sol-perioden", DataTable).get_row_at(1)[5])

        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, VrijstellingFormulier)
        from textual.widgets import Select

        app.screen.query_one("#in-reden", Select).value = "crisis"
        app.screen.query_one("#in-van", Input).value = "01-09-2026"
        app.screen.query_one("#in-tot", Input).value = "01-09-2027"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, VrijstellingFormulier), "longer than 6 months: refused, form stays"
        assert "ten hoogste 6 maanden" in str(app.screen.query_one("#fout-tot").render())
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#weggooien")
        await pilot.pause()

        await pilot.press("p")  # paper form
        await pilot.pause()
        app.screen.query_one("#in-datum", Input).value = "05-11-2026"
        app.screen.query_one("#in-werkgever", Input).value = "Bakkerij Hendriks"
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        assert app.screen.query_one("#sol-activiteiten", DataTable).row_count == 1

        tabel = app.screen.query_one("#sol-perioden", DataTable)
        tabel.focus()
        tabel.move_cursor(row=1)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, OpvolgingFormulier)
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        assert isinstance(app.screen, SollicitatieScherm)
    assert diensten.werkplan.sollicitaties(klant.id)[0].bron == "papierformulier"
    assert diensten.werkplan.vrijstellingen(klant.id) == []
    ctl = diensten.werkplan.controle(klant.id)
    assert sum(1 for r in ctl.tekorten if r.opgevolgd) == 1


async def test_gesprek_met_volgend_contactmoment_en_begeleidingstijd(diensten):
    klant = diensten.klanten.maak({"naam": "Cas Mulder", "ww_startdatum": "01-06-2026"})
    for datum in ("01-07-2026", "01-08-2026", "01-09-2026"):
        diensten.klanten.voeg_gesprek_toe(klant.id, {"datum": datum, "type": "coachingsgesprek",
                                                     "kanaal": "vestiging", "duur_minuten": "120"})
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        await pilot.press("enter")
        await _klaar(pilot)
        ww = str(app.screen.query_one("#ww", Static).render())
        assert "⚠ 6 uur of meer zonder resultaat sinds 01-09-2026" in ww and "norm 2,5–4 uur" in ww
        assert "niet gepland" in ww
        await pilot.press("g")
        await pilot.pause()
        app.screen.query_one("#in-volgend_contactmoment", Input).value = "10-11-2026"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "na de datum van dit gesprek" in str(app.screen.query_one("#fout-volgend_contactmoment").render())
        assert len(diensten.klanten.kaart(klant.id).gesprekken) == 3, "nothing stored"
        app.screen.query_one("#in-volgend_contactmoment", Input).value = "21-12-2026"
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        assert isinstance(app.screen, KlantScherm)
        assert "Volgend contact 21-12-2026" in str(app.screen.query_one("#ww", Static).render())
    gesprekken = diensten.klanten.kaart(klant.id).gesprekken
    gepland = [g for g in gesprekken if g.status == GesprekStatus.GEPLAND]
    assert [g.datum.isoformat() for g in gepland] == ["2026-12-21"]


async def test_export_vanuit_het_scherm(demo_diensten, tmp_path):
    import os
    import stat

    from werkcoach_tui.screens.werkplan_formulieren import ExportFormulier

    kid = demo_diensten.klanten.zoek_op_nummer("K100012").id
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        app.push_screen(WerkplanScherm(kid))
        await _klaar(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportFormulier)
        from textual.widgets import Select

        app.screen.query_one("#in-formaat", Select).value = "html"
        await pilot.pause()
        assert app.screen.query_one("#in-bestand", Input).value.endswith("werkplan-K100012-versie-2.html")
        doel = tmp_path / "lotte.html"
        app.screen.query_one("#in-bestand", Input).value = str(doel)
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        assert isinstance(app.screen, WerkplanScherm)
        assert any("geëxporteerd" in m for m in _meldingen(app))
    assert stat.S_IMODE(os.stat(doel).st_mode) == 0o600
    assert doel.read_text(encoding="utf-8") == demo_diensten.werkplan.render(kid, 2, "html")


async def test_palet_opent_werkplan_vanaf_de_klantkaart(diensten):
    diensten.klanten.maak({"naam": "Dirk Palet", "ww_startdatum": "01-10-2026"})
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        await pilot.press("enter")
        await _klaar(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        for teken in "werkplan":
            await pilot.press(teken)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await _klaar(pilot)
        assert isinstance(app.screen, WerkplanScherm)
