"""The caseload dashboard driven by keys: signal filter, counts, Enter on a signal opens its place."""

from __future__ import annotations

from textual.widgets import DataTable, Input, Select

from werkcoach_tui.models.enums import GesprekStatus, GesprekType
from werkcoach_tui.rules import signalen as sg
from werkcoach_tui.screens.caseload import FILTER_ALLE, FILTER_MET, CaseloadScherm, urgentie_sleutel
from werkcoach_tui.screens.gesprek_formulier import GesprekFormulier
from werkcoach_tui.screens.klant import KlantScherm

from .conftest import maak_app


async def _klaar(pilot):
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _namen(scherm: CaseloadScherm) -> list[str]:
    return [r.naam for r in scherm.getoond]


def _meldingen(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_signaalfilter_kiezen_en_enter_opent_het_intakeformulier(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        scherm = app.screen
        assert isinstance(scherm, CaseloadScherm)
        # choose "Intake te laat" in the signal filter with the keyboard
        await pilot.press("f")
        await pilot.pause()
        sel = scherm.query_one("#signaalfilter", Select)
        opties = [str(o[0]) for o in sel._options]
        doel = next(i for i, o in enumerate(opties) if o.startswith("[!] Intake te laat"))
        huidig = opties.index("Alle klanten")
        await pilot.press(*(["down"] * (doel - huidig)), "enter")
        await pilot.pause()
        assert scherm.signaal_filter == sg.INTAKE_TE_LAAT
        assert scherm.getoond and all(
            any(s.code == sg.INTAKE_TE_LAAT for s in scherm.signalen.van(r.id)) for r in scherm.getoond
        )
        assert len(scherm.getoond) == scherm.signalen.tellingen[sg.INTAKE_TE_LAAT]
        # the filtered signal is first in the klant's list; Tab to it and press Enter
        klant = scherm.getoond[0]
        assert scherm._klant_signalen[0].code == sg.INTAKE_TE_LAAT
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is scherm.query_one("#klant-signalen", DataTable)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GesprekFormulier)
        assert app.screen.klant.id == klant.id
        assert app.screen.plannen and app.screen.type == GesprekType.INTAKE
        assert isinstance(app.screen_stack[-2], KlantScherm)
        assert app.screen_stack[-2].klant_id == klant.id
        # saving the planned intake brings us back to the klant; the caseload reloads its signals
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        assert isinstance(app.screen, KlantScherm)
        gesprekken = demo_diensten.klanten.kaart(klant.id).gesprekken
        assert any(g.type == GesprekType.INTAKE and g.status == GesprekStatus.GEPLAND for g in gesprekken)


async def test_wog_signaal_opent_wog_formulier_met_o(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        scherm = app.screen
        scherm.action_kies_signaal(sg.WOG_AANGEWEZEN)
        await pilot.pause()
        assert scherm.signaal_filter == sg.WOG_AANGEWEZEN and scherm.getoond
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, GesprekFormulier)
        assert app.screen.type == GesprekType.WERKORIENTATIEGESPREK


async def test_dossiersignaal_opent_het_echte_dossier_op_de_juiste_stap(demo_diensten):
    from werkcoach_tui.screens.dossier import DossierScherm
    from werkcoach_tui.screens.signaal_navigatie import OPLOSSINGEN

    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        scherm = app.screen
        scherm.action_kies_signaal(sg.EINDE_WW_NADERT)
        await pilot.pause()
        klant = scherm.getoond[0]
        await pilot.press("o")
        await _klaar(pilot)
        assert isinstance(app.screen, DossierScherm) and app.screen.klant_id == klant.id
        assert isinstance(app.screen_stack[-2], KlantScherm), "Escape leads back to the klant card"
        assert app.screen.stap == OPLOSSINGEN[sg.EINDE_WW_NADERT].stap


async def test_dossiersignaal_opent_dossierstap_als_dat_scherm_er_is(demo_diensten):
    app = maak_app(demo_diensten)
    geopend = []
    app.open_dossier = lambda klant_id, stap=None: geopend.append((klant_id, stap))
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        scherm = app.screen
        scherm.action_kies_signaal(sg.PASSENDE_ARBEID_VERRUIMD)
        await pilot.pause()
        klant = scherm.getoond[0]
        await pilot.press("o")
        await pilot.pause()
        assert geopend and geopend[0][0] == klant.id
        assert geopend[0][1] is not None and geopend[0][1].value == "oordeelsvorming"
        assert isinstance(app.screen, CaseloadScherm)


async def test_tellingen_klikken_filtert_en_nogmaals_klikken_wist(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        scherm = app.screen
        totaal = len(scherm.getoond)
        scherm.action_kies_signaal(sg.BESCHIKBAARHEID_LAGER)
        await pilot.pause()
        assert len(scherm.getoond) == scherm.signalen.tellingen[sg.BESCHIKBAARHEID_LAGER] < totaal
        assert scherm.query_one("#signaalfilter", Select).value == sg.BESCHIKBAARHEID_LAGER
        scherm.action_kies_signaal(sg.BESCHIKBAARHEID_LAGER)
        await pilot.pause()
        assert scherm.signaal_filter == FILTER_ALLE and len(scherm.getoond) == totaal
        scherm.zet_signaal_filter(FILTER_MET)
        await pilot.pause()
        assert len(scherm.getoond) == len(scherm.signalen.per_klant)
        # Escape (with an empty name filter) clears the signal filter
        await pilot.press("escape")
        await pilot.pause()
        assert scherm.signaal_filter == FILTER_ALLE


async def test_standaardvolgorde_urgentie_en_naamfilter_blijft_werken(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        scherm = app.screen
        sleutels = [urgentie_sleutel(scherm.signalen.van(r.id), r.naam) for r in scherm.getoond]
        assert sleutels == sorted(sleutels)
        assert scherm.signalen.van(scherm.getoond[0].id)[0].urgentie == sg.Urgentie.HOOG
        # the badge column is readable without colour
        cel = scherm.query_one("#caseload", DataTable).get_row_at(0)[-1]
        assert str(cel).startswith("[!]")
        # fuzzy name filter (typo) still works, combined with the signal filter
        await pilot.press("slash", *"jansn")
        await pilot.pause()
        assert _namen(scherm)[0] == "Peter Janssen"
        scherm.action_kies_signaal(sg.INTAKE_TE_LAAT)
        await pilot.pause()
        assert "Peter Janssen" not in _namen(scherm)
        scherm.query_one("#filter", Input).value = ""
        await pilot.pause()
        # explicit sort on the signal column (click on the header) keeps working
        scherm.action_kies_signaal(sg.INTAKE_TE_LAAT)
        await pilot.pause()
        scherm.sorteer_kolom = "naam"
        scherm.ververs()
        assert _namen(scherm) == sorted(_namen(scherm), key=str.lower)


async def test_vandaag_paneel_en_enter_opent_klant(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        scherm = app.screen
        vandaag = scherm.query_one("#vandaag", DataTable)
        verwacht = demo_diensten.signalen.gesprekken_op()
        assert vandaag.row_count == len(verwacht) > 0
        await pilot.press("t")
        await pilot.pause()
        assert app.focused is vandaag
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, KlantScherm) and app.screen.klant_id == verwacht[0].klant_id


async def test_signaalfout_laat_caseload_werken(demo_diensten, monkeypatch):
    def kapot(today=None):
        raise RuntimeError("samenvatting stuk")

    monkeypatch.setattr(demo_diensten.signalen, "caseload_signalen", kapot)
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        scherm = app.screen
        assert len(scherm.getoond) == 36 and scherm.signalen is None
        assert any("niet worden berekend" in m for m in _meldingen(app))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, KlantScherm)


async def test_signaal_van_verwijderde_klant_meldt_dat(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        scherm = app.screen
        scherm.action_kies_signaal(sg.INTAKE_TE_LAAT)
        await pilot.pause()
        klant = scherm.getoond[0]
        from werkcoach_tui.models.klant import Klant

        with demo_diensten.store.schrijf() as s:
            s.delete(s.get(Klant, klant.id))
        await pilot.press("o")
        await _klaar(pilot)
        assert isinstance(app.screen, CaseloadScherm)
        assert any("bestaat niet" in m for m in _meldingen(app))
        assert klant.id not in [r.id for r in scherm.rijen]


async def test_sollicitatiesignaal_opent_de_vier_wekencontrole_en_opvolging_lost_het_op(diensten):
    """Enter/O on 'Sollicitatieplicht' opens the 4-week check (where the follow-up is recorded,
    key O there); after recording it and going back, the dashboard no longer shows the signal."""
    from werkcoach_tui.screens.sollicitaties import SollicitatieScherm
    from werkcoach_tui.screens.werkplan_formulieren import OpvolgingFormulier

    klant = diensten.klanten.maak({"naam": "Sanne Solli", "ww_startdatum": "05-01-2026",
                                   "meldingsdatum": "02-01-2026", "geboortedatum": "02-02-1980"})
    v = diensten.werkplan.maak_concept(klant.id).versie
    diensten.werkplan.voeg_afspraak_toe(v.id, {"wie": "klant", "wat": "4 sollicitaties per 4 weken",
                                               "wanneer": "31-12-2026", "hoe_aangetoond": "Werkmap"})
    diensten.werkplan.stel_vast(v.id, {"akkoord_klant": True, "vastgesteld_op": "01-02-2026"})
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        scherm = app.screen
        assert sg.SOLLICITATIEPLICHT in {s.code for s in scherm.signalen.van(klant.id)}
        scherm.action_kies_signaal(sg.SOLLICITATIEPLICHT)
        await pilot.pause()
        assert [r.id for r in scherm.getoond] == [klant.id]
        await pilot.press("o")
        await _klaar(pilot)
        assert isinstance(app.screen, SollicitatieScherm)
        assert isinstance(app.screen_stack[-2], KlantScherm), "Escape leads back to the klant card"
        # The cursor stands on the shortfall the signal is about: O there records the follow-up.
        periode = diensten.werkplan.controle(klant.id).niet_opgevolgd[-1].periode
        tabel = app.screen.query_one("#sol-perioden", DataTable)
        assert tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value == periode.van.isoformat()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, OpvolgingFormulier)
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        assert isinstance(app.screen, SollicitatieScherm)
        assert periode.van in {r.periode.van for r in diensten.werkplan.controle(klant.id).perioden if r.opgevolgd}
        await pilot.press("escape")
        await pilot.press("escape")
        await _klaar(pilot)
        assert isinstance(app.screen, CaseloadScherm)
        assert sg.SOLLICITATIEPLICHT not in {s.code for s in app.screen.signalen.van(klant.id)}
