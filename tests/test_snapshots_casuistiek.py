"""Casuïstiek screens: snapshots (120×40, demo data, fixed clock and key) and pilot tests of the keys."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Input, OptionList

from werkcoach_tui.models.enums import Beoordeling, ChecklistItem
from werkcoach_tui.screens.casuistiek import BesprekingScherm, CasuistiekLijstScherm
from werkcoach_tui.services.casuistiek import SteekproefFilters

from .casuistiek_hulp import NepDienst, volledig_dossier, werkplan, zet_vaste_sleutel
from .conftest import maak_app, wacht_tot_klaar

GROOTTE = (120, 40)


async def _wacht(pilot):
    await wacht_tot_klaar(pilot)


def _bereid_voor(d) -> int:
    zet_vaste_sleutel(d)
    ids = d.casuistiek.steekproef(36, SteekproefFilters(), 1)
    d.dossier = NepDienst({i: volledig_dossier(i, arbeidsmarktkansen_gewogen=i % 2 == 0) for i in ids})
    d.werkplan = NepDienst({i: werkplan(i, heeft_werkplan=True, huidige_versie=1, vastgesteld_op=date(2026, 6, 1),
                                        aantal_afspraken=3, afspraken_niet_smart=i % 3 == 0) for i in ids})
    b = d.casuistiek.maak_bespreking({"datum": "23-11-2026", "voorzitter": "Voorzitter Team",
                                      "deelnemers": "Collega Een, Collega Twee", "thema": "Onderbouwing"})
    d.casuistiek.trek_steekproef(b.id, 5, SteekproefFilters(), 2026)
    return b.id


async def _open_bespreking(pilot):
    await _wacht(pilot)
    await pilot.press("c")
    await _wacht(pilot)
    await pilot.press("enter")
    await _wacht(pilot)


def test_bespreking_met_dossier_en_checklist(snap_compare, demo_diensten):
    _bereid_voor(demo_diensten)
    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=_open_bespreking)


def test_besprekingenlijst(snap_compare, demo_diensten):
    _bereid_voor(demo_diensten)

    async def lijst(pilot):
        await _wacht(pilot)
        await pilot.press("c")
        await _wacht(pilot)

    assert snap_compare(maak_app(demo_diensten), terminal_size=GROOTTE, run_before=lijst)


async def test_oordelen_met_toetsen(demo_diensten):
    nr = _bereid_voor(demo_diensten)
    app = maak_app(demo_diensten)
    async with app.run_test(size=GROOTTE) as pilot:
        await _open_bespreking(pilot)
        scherm = app.screen
        assert isinstance(scherm, BesprekingScherm)
        eerste = demo_diensten.casuistiek.detail(nr).agenda[0]
        await pilot.press("tab")  # agenda → dossier (scrollable) → checklist
        assert app.focused is scherm.query_one("#dossier-paneel")
        await pilot.press("tab")
        assert app.focused is scherm.query_one("#checklist", DataTable)
        await pilot.press("down", "v")  # visie → voldoende, cursor moves on
        await pilot.press("o")  # instrumenten → onvoldoende
        await pilot.press("x")  # sollicitatieplicht → n.v.t.
        await pilot.pause()
        scores = {s.item: s for s in demo_diensten.casuistiek.detail(nr).agenda[0].scores}
        assert scores[ChecklistItem.VISIE].score == Beoordeling.VOLDOENDE
        assert scores[ChecklistItem.INSTRUMENTEN].score == Beoordeling.ONVOLDOENDE
        assert not scores[ChecklistItem.INSTRUMENTEN].voorgevuld
        assert scores[ChecklistItem.SOLLICITATIEPLICHT].score == Beoordeling.NVT
        assert eerste.id == demo_diensten.casuistiek.detail(nr).agenda[0].id
        # a leerpunt and an action through their forms; a wrong date is refused with a Dutch message
        await pilot.press("l")
        await pilot.pause()
        app.screen.query_one("#in-tekst", Input).value = "Visie koppelen aan de vraag"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        form.query_one("#in-wie", Input).value = "Collega Een"
        form.query_one("#in-wat", Input).value = "Werkinstructie"
        form.query_one("#in-wanneer", Input).value = "31-02-2027"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert "februari 2027 heeft 28 dagen" in str(form.query_one("#fout-wanneer").render())
        form.query_one("#in-wanneer", Input).value = "15-01-2027"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, BesprekingScherm)
        detail = demo_diensten.casuistiek.detail(nr)
        assert [lp.tekst for lp in detail.leerpunten] == ["Visie koppelen aan de vraag"]
        assert [(a.wie, a.wanneer) for a in detail.acties] == [("Collega Een", date(2027, 1, 15))]
        # next dossier on the agenda
        await pilot.press("shift+tab", "shift+tab", "down")
        await pilot.pause()
        assert scherm.agenda_id == detail.agenda[1].id
        assert scherm.query_one("#agenda", OptionList).highlighted == 1


async def test_nieuwe_bespreking_en_steekproef_via_schermen(demo_diensten):
    zet_vaste_sleutel(demo_diensten)
    app = maak_app(demo_diensten)
    async with app.run_test(size=GROOTTE) as pilot:
        await _wacht(pilot)
        app.action_casuistiek()
        await _wacht(pilot)
        assert isinstance(app.screen, CasuistiekLijstScherm)
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#in-deelnemers", Input).value = "Collega Een, Collega Twee"
        await pilot.press("ctrl+s")
        await _wacht(pilot)
        assert isinstance(app.screen, BesprekingScherm)
        await pilot.press("s")
        await pilot.pause()
        form = app.screen
        form.query_one("#in-aantal", Input).value = "4"
        form.query_one("#in-seed", Input).value = "77"
        await pilot.press("ctrl+s")
        await _wacht(pilot)
        assert isinstance(app.screen, BesprekingScherm)
        b = demo_diensten.casuistiek.besprekingen()[0]
        detail = demo_diensten.casuistiek.detail(b.id)
        assert detail.bespreking.seed == 77 and len(detail.agenda) == 4
        assert detail.bespreking.voorzitter == "Sanne de Vries"  # the adviser's name as default
        assert demo_diensten.casuistiek.lokale_klanten(b.id) == demo_diensten.casuistiek.steekproef(4, SteekproefFilters(), 77)


async def test_palet_opent_casuistiek(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=GROOTTE) as pilot:
        await _wacht(pilot)
        namen = [c.title for c in app.get_system_commands(app.screen)]
        assert "Casuïstiekbespreking" in namen
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"casuïstiek")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await _wacht(pilot)
        assert isinstance(app.screen, CasuistiekLijstScherm)


async def test_handmatig_kiezen_zonder_namen(demo_diensten):
    nr = _bereid_voor(demo_diensten)
    app = maak_app(demo_diensten)
    async with app.run_test(size=GROOTTE) as pilot:
        await _open_bespreking(pilot)
        await pilot.press("h")
        await _wacht(pilot)
        from textual.widgets import SelectionList

        keuze = app.screen.query_one(SelectionList)
        teksten = [str(keuze.get_option_at_index(i).prompt) for i in range(keuze.option_count)]
        assert teksten[0].startswith("K100001 · ") and "Johan" not in " ".join(teksten)
        vrij = [i for i in range(keuze.option_count)
                if keuze.get_option_at_index(i).value not in demo_diensten.casuistiek.lokale_klanten(nr)][:2]
        for i in vrij:
            keuze.select(keuze.get_option_at_index(i).value)
        await pilot.press("ctrl+s")
        await _wacht(pilot)
        detail = demo_diensten.casuistiek.detail(nr)
        assert len(detail.agenda) == 7
        assert [r.herkomst.value for r in detail.agenda[-2:]] == ["handmatig", "handmatig"]
