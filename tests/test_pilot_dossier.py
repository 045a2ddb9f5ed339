"""The dossier through the real app, with typing and keys only: fill, quit, restart, check."""

from __future__ import annotations

import shutil

from sqlmodel import select
from textual.widgets import Input, Select, TextArea

from werkcoach_tui.diensten import Diensten
from werkcoach_tui.models.audit import AuditRegel
from werkcoach_tui.models.enums import MethodeStap
from werkcoach_tui.screens.dossier import DossierScherm
from werkcoach_tui.screens.dossier_formulieren import AfspraakFormulier, InstrumentFormulier, NotitieFormulier
from werkcoach_tui.screens.klant import KlantScherm
from werkcoach_tui.store import Store
from werkcoach_tui.widgets.stappenbalk import StappenBalk

from .conftest import maak_app


async def _klaar(pilot):
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _typ(pilot, tekst: str):
    for teken in tekst:
        await pilot.press({" ": "space", "\n": "enter", ",": "comma", "-": "minus", ".": "full_stop"}.get(teken, teken))


async def _naar(pilot, widget_id: str, maximum: int = 150):
    """Tab until the widget with this id has the focus (keys only)."""
    for _ in range(maximum):
        if pilot.app.focused is not None and pilot.app.focused.id == widget_id:
            return
        await pilot.press("tab")
    raise AssertionError(f"{widget_id} niet bereikt met Tab; focus op {pilot.app.focused!r}")


async def _kies(pilot, select_id: str, tekst: str):
    """Open a Select with Enter, type to jump to the option, Enter to choose."""
    await _naar(pilot, select_id)
    await pilot.press("enter")
    await pilot.pause()
    await _typ(pilot, tekst)
    await pilot.press("enter")
    await pilot.pause()


async def _open_dossier(pilot, naam: str):
    await _klaar(pilot)
    await pilot.press("slash")
    await _typ(pilot, naam)
    await pilot.press("enter", "enter")
    await _klaar(pilot)
    assert isinstance(pilot.app.screen, KlantScherm)
    await pilot.press("d")
    await _klaar(pilot)
    assert isinstance(pilot.app.screen, DossierScherm)
    assert isinstance(pilot.app.focused, StappenBalk)


async def test_vier_stappen_invullen_afsluiten_en_terugvinden(demo_pad, klok, tmp_path):
    pad = tmp_path / "dossier.db"
    shutil.copyfile(demo_pad, pad)
    diensten = Diensten(Store.open(pad), klok)
    tim = diensten.klanten.zoek_op_nummer("K100011")
    assert tim.fase == MethodeStap.BEELDVORMING
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_dossier(pilot, "Tim B")
        # 1 Beeldvorming
        await pilot.press("1")
        await _naar(pilot, "in-opleiding")
        await _typ(pilot, "Proces (mbo 4)")
        await _naar(pilot, "in-wensberoepen")
        await _typ(pilot, "reachtruck\n")
        await _naar(pilot, "in-beschikbare_dagen")
        await _typ(pilot, "ma-vr")
        await _naar(pilot, "in-ontbrekende_informatie")
        await _typ(pilot, "VCA-diploma")
        # 2 Oordeelsvorming
        await pilot.press("escape", "2")
        await _kies(pilot, "in-zelfredzaam", "Deels")
        await _kies(pilot, "in-dienstverleningsdoel", "Werk-fit b")
        await _naar(pilot, "in-visie_werkcoach")
        await _typ(pilot, "VCA, dan werk.")
        await _naar(pilot, "in-visie_klant")
        await _typ(pilot, "Wil operator.")
        await _naar(pilot, "in-visies_verschillen")
        await pilot.press("space")
        await _naar(pilot, "in-waarom_visie_werkcoach")
        await _typ(pilot, "Weinig vacatures.")
        # 3 Besluiten
        await pilot.press("escape", "3")
        await _naar(pilot, "in-dienstverlening")
        await _typ(pilot, "Persoonlijk.")
        await pilot.press("escape", "i")
        await pilot.pause()
        assert isinstance(app.screen, InstrumentFormulier)
        await _kies(pilot, "in-instrument", "Korte")
        await _naar(pilot, "in-kosten")
        await _typ(pilot, "450")
        await _naar(pilot, "in-vraag_werkgevers")
        await _typ(pilot, "Vraagt VCA.")
        await _naar(pilot, "in-geschiktheid_klant")
        await _typ(pilot, "Technisch.")
        await _naar(pilot, "in-bijdrage_instrument")
        await _typ(pilot, "Certificaat.")
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        assert isinstance(app.screen, DossierScherm)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AfspraakFormulier)
        await _typ(pilot, "VCA halen")
        await _naar(pilot, "in-hoeveel")
        await _typ(pilot, "1")
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, NotitieFormulier)
        await _naar(pilot, "in-tekst")
        await _typ(pilot, "Zelf gevonden.")
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        # 4 Uitvoeren
        await pilot.press("4")
        await _naar(pilot, "in-evaluatie")
        await _typ(pilot, "VCA gehaald.")
        await _kies(pilot, "in-doel_bereikt", "Nee")
        await _naar(pilot, "in-evaluatie")
        await _typ(pilot, " Verder.")
        await pilot.press("ctrl+q")
    diensten.close()

    opnieuw = Diensten(Store.open(pad), klok)
    beeld = opnieuw.dossier.open(tim.id)
    v = beeld.ronde.velden
    assert v["opleiding"] == "Proces (mbo 4)"
    assert v["wensberoepen"][0] == "heftruckchauffeur"
    assert v["beschikbare_dagen"] == "ma-vr"
    assert v["ontbrekende_informatie"] == ["VCA-diploma"]
    assert (v["zelfredzaam"], v["dienstverleningsdoel"]) == ("deels", "werk_fit_blijven")
    assert v["visie_werkcoach"] == "VCA, dan werk."
    assert v["visie_klant"] == "Wil operator."
    assert v["visies_verschillen"] is True
    assert v["waarom_visie_werkcoach"] == "Weinig vacatures."
    assert v["dienstverlening"] == "Persoonlijk."
    (instrument,) = beeld.instrumenten
    assert instrument.instrument.value == "korte_cursus" and instrument.kosten_centen == 45000
    assert instrument.bijdrage_instrument == "Certificaat."
    (afspraak,) = beeld.afspraken
    assert afspraak.wat == "VCA halen" and afspraak.hoeveel == 1
    assert [n.tekst for n in beeld.notities] == ["Zelf gevonden."]
    assert beeld.notities[0].stap == MethodeStap.BESLUITEN
    assert v["evaluatie"] == "VCA gehaald. Verder."
    assert v["doel_bereikt"] == "nee"
    assert opnieuw.klanten.kaart(tim.id).klant.fase == MethodeStap.UITVOEREN
    with opnieuw.store.lees() as s:
        velden = {r.veld for r in s.exec(select(AuditRegel).where(
            AuditRegel.klantnummer == "K100011", AuditRegel.entiteit == "dossier", AuditRegel.wie == "Sanne de Vries"))}
        entiteiten = {r.entiteit for r in s.exec(select(AuditRegel).where(AuditRegel.klantnummer == "K100011"))}
    assert {"opleiding", "wensberoepen", "beschikbare_dagen", "ontbrekende_informatie", "zelfredzaam",
            "dienstverleningsdoel", "visie_werkcoach", "visie_klant", "visies_verschillen", "waarom_visie_werkcoach",
            "dienstverlening", "evaluatie", "doel_bereikt", "stap"} <= velden
    assert {"dossier_instrument", "dossier_afspraak", "dossier_notitie", "klant"} <= entiteiten

    # The screen shows it all again after a restart.
    app2 = maak_app(opnieuw)
    async with app2.run_test(size=(120, 40)) as pilot:
        await _open_dossier(pilot, "Tim B")
        scherm = app2.screen
        assert scherm.stap == MethodeStap.UITVOEREN
        assert scherm.query_one("#in-evaluatie", TextArea).text == "VCA gehaald. Verder."
        assert scherm.query_one("#in-opleiding", Input).value == "Proces (mbo 4)"
        assert scherm.query_one("#in-zelfredzaam", Select).value == "deels"
        assert scherm.query_one("#in-wensberoepen", TextArea).text.startswith("heftruckchauffeur\n")
    opnieuw.close()


async def test_typen_en_meteen_afsluiten_bewaart_de_tekst(demo_pad, klok):
    diensten = Diensten(Store.open(demo_pad), klok)
    app = maak_app(diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_dossier(pilot, "Tim B")
        await pilot.press("2")
        await _naar(pilot, "in-visie_werkcoach")
        await _typ(pilot, "Snel")
        await pilot.press("ctrl+q")
    diensten.close()
    opnieuw = Diensten(Store.open(demo_pad), klok)
    klant = opnieuw.klanten.zoek_op_nummer("K100011")
    assert opnieuw.dossier.open(klant.id).ronde.velden["visie_werkcoach"] == "Snel"
    opnieuw.close()


async def test_pauze_in_typen_slaat_op_zonder_veld_te_verlaten(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_dossier(pilot, "Tim B")
        await _naar(pilot, "in-opleiding")
        await _typ(pilot, "VCA")
        await pilot.pause(1.2)
        klant = demo_diensten.klanten.zoek_op_nummer("K100011")
        assert demo_diensten.dossier.open(klant.id).ronde.velden["opleiding"] == "VCA"
        assert app.focused.id == "in-opleiding"
        # a wrong value shows a Dutch message under the field and is not stored
        await _naar(pilot, "in-max_reistijd_minuten")
        await _typ(pilot, "x")
        await pilot.press("tab")
        await pilot.pause()
        fout = app.screen.query_one("#fout-max_reistijd_minuten")
        assert "geen heel getal" in str(fout.render())


async def test_stappen_met_muis_en_open_punten(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_dossier(pilot, "Tim B")
        await pilot.click("#stapknop-besluiten")
        await pilot.pause()
        scherm = app.screen
        assert scherm.stap == MethodeStap.BESLUITEN
        assert "Open punten besluiten" in str(scherm.query_one("#openpunten").render())
        await pilot.press("right")
        await pilot.pause()
        assert scherm.stap == MethodeStap.UITVOEREN
        klant = demo_diensten.klanten.zoek_op_nummer("K100011")
        assert klant.fase == MethodeStap.UITVOEREN
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, KlantScherm)
