"""Pilot flows: search as you type, filter, detail, propose; klant matching; proposals;
import from the app; passend werkaanbod."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from textual.widgets import Checkbox, DataTable, Input, Select, Static, TextArea

from werkcoach_tui.models.enums import PawaResultaat, VoorstelStatus
from werkcoach_tui.screens.caseload import CaseloadScherm
from werkcoach_tui.screens.klant import KlantScherm
from werkcoach_tui.screens.klant_kiezer import KlantKiezer
from werkcoach_tui.screens.pawa import PawaAanbodFormulier, PawaScherm
from werkcoach_tui.screens.vacature_import import ImportScherm
from werkcoach_tui.screens.vacatures import MAX_RIJEN, VacatureScherm
from werkcoach_tui.screens.voorstellen import VoorstelFormulier, VoorstellenScherm

from .conftest import maak_app

FIXTURES = Path(__file__).parent / "fixtures" / "import"


async def _klaar(pilot):
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _typ(pilot, tekst: str):
    for teken in tekst:
        await pilot.press(teken if teken != " " else "space")


def _klant_id(diensten, nummer: str) -> int:
    return diensten.klanten.zoek_op_nummer(nummer).id


async def test_zoeken_filteren_detail_en_voorstellen(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        assert isinstance(app.screen, CaseloadScherm)
        assert demo_diensten.vacatures.index_klaar, "the index is built in the background after the first frame"
        await pilot.press("v")
        await _klaar(pilot)
        scherm = app.screen
        assert isinstance(scherm, VacatureScherm)
        tabel = scherm.query_one("#vac-lijst", DataTable)
        assert 0 < tabel.row_count <= MAX_RIJEN  # never the whole list

        await _typ(pilot, "reachtruk")  # typo
        await _klaar(pilot)
        assert scherm.query_one("#vac-zoek", Input).value == "reachtruk"
        assert scherm.rijen and "reachtruck" in scherm.rijen[0].titel.lower()
        assert tabel.row_count == len(scherm.rijen)

        # Filter on place, then PaWa employers only.
        scherm.query_one("#f-plaats", Input).value = "Amsterdam"
        await _klaar(pilot)
        assert scherm.rijen and {r.plaats for r in scherm.rijen} == {"Amsterdam"}
        scherm.query_one("#f-plaats", Input).value = ""
        scherm.query_one("#f-pawa", Checkbox).value = True
        await _klaar(pilot)
        assert scherm.rijen and all(r.pawa for r in scherm.rijen)

        # Open the detail of the second result.
        tabel.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        gekozen = scherm.rijen[1]
        detail = str(scherm.query_one("#vac-detail-tekst", Static).render())
        assert gekozen.titel in detail and gekozen.werkgever in detail
        assert "Omschrijving" in detail and "PaWa-werkgever  ja" in detail
        assert app.focused is scherm.query_one("#vac-detail")

        # Propose it to a klant chosen in the klant picker.
        tabel.focus()
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, KlantKiezer)
        await _typ(pilot, "Kemal Aydin")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is scherm
    kemal = _klant_id(demo_diensten, "K100007")
    [voorstel] = demo_diensten.vacatures.voorstellen(kemal)
    assert voorstel.vacature_id == gekozen.id and voorstel.status == VoorstelStatus.VOORGESTELD


async def test_typen_terwijl_de_zoekindex_nog_wordt_opgebouwd(demo_diensten):
    """The index is built in a worker after the caseload is shown. Typing before it is ready
    shows a calm line, never an error, and the results follow when it is ready."""
    vacatures = demo_diensten.vacatures
    app = maak_app(demo_diensten)
    # bouw_index holds this lock while it builds: holding it keeps the build "in progress".
    vacatures._index_lock.acquire()
    vrij = False
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(100):
                await pilot.pause()
                if isinstance(app.screen, CaseloadScherm):
                    break
            assert isinstance(app.screen, CaseloadScherm)
            app.open_vacatures()
            await pilot.pause()
            scherm = app.screen
            assert isinstance(scherm, VacatureScherm)
            await _typ(pilot, "kok")
            await pilot.pause()
            assert scherm.query_one("#vac-zoek", Input).value == "kok"  # typing is not held up
            assert not vacatures.index_klaar
            telling = scherm.query_one("#vac-telling", Static)
            assert str(telling.render()) == "Zoekindex wordt opgebouwd…"
            assert not [n for n in app._notifications if n.severity == "error"]

            vacatures._index_lock.release()
            vrij = True
            await _klaar(pilot)
            assert vacatures.index_klaar
            assert scherm.rijen and all("kok" in r.titel.lower() for r in scherm.rijen[:3])
            assert scherm.query_one("#vac-lijst", DataTable).row_count == len(scherm.rijen)
            assert "gevonden" in str(telling.render()) or "beste" in str(telling.render())
            assert not [n for n in app._notifications if n.severity == "error"]
    finally:
        if not vrij:
            vacatures._index_lock.release()


async def test_verouderde_resultaten_worden_genegeerd(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        app.open_vacatures()
        await _klaar(pilot)
        scherm = app.screen
        voor = list(scherm.rijen)
        scherm._toon(scherm._generatie - 1, "oud", [])  # a stale answer arrives late
        assert scherm.rijen == voor and scherm.query_one("#vac-lijst", DataTable).row_count == len(voor)


@dataclass
class NepWerkplan:
    registraties: list = field(default_factory=list)

    def registreer_sollicitatie(self, klant_id, datum, werkgever, functie, *, soort, bron):
        self.registraties.append((klant_id, datum, werkgever, functie, soort, bron))


async def test_vacatures_voor_klant_voorstellen_en_status(demo_diensten):
    demo_diensten.werkplan = NepWerkplan()
    kemal = _klant_id(demo_diensten, "K100007")
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        app.open_klant(kemal)
        await _klaar(pilot)
        assert isinstance(app.screen, KlantScherm)
        await pilot.press("v")
        await _klaar(pilot)
        scherm = app.screen
        assert isinstance(scherm, VacatureScherm) and scherm.klant_id == kemal
        assert scherm.query_one("#f-plaats", Input).value == "Venlo"
        assert scherm.query_one("#f-land", Select).value == "grens"  # Kemal lives in a border region
        uitleg = str(scherm.query_one("#vac-uitleg", Static).render())
        assert "heftruckchauffeur" in uitleg
        assert scherm.rijen and all(r.plaats == "Venlo" for r in scherm.rijen)
        assert any("heftruck" in r.titel.lower() or "reachtruck" in r.titel.lower() for r in scherm.rijen[:3])
        eerste = scherm.rijen[0]
        scherm.query_one("#vac-lijst", DataTable).focus()
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("escape")  # back to the klant
        await pilot.pause()
        assert isinstance(app.screen, KlantScherm)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, VoorstellenScherm)
        assert app.screen.query_one(DataTable).row_count == 1
        await pilot.press("enter")
        await pilot.pause()
        formulier = app.screen
        assert isinstance(formulier, VoorstelFormulier)
        formulier.query_one("#in-status", Select).value = VoorstelStatus.GESOLLICITEERD.value
        formulier.query_one("#in-notitie", TextArea).text = "Brief gemaild"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, VoorstellenScherm)
        assert "Gesolliciteerd" in str(app.screen.query_one(DataTable).get_row_at(0))
    [v] = demo_diensten.vacatures.voorstellen(kemal)
    assert v.vacature_id == eerste.id and v.status == VoorstelStatus.GESOLLICITEERD and v.notitie == "Brief gemaild"
    assert [(r[0], r[2], r[3], r[5]) for r in demo_diensten.werkplan.registraties] == [
        (kemal, eerste.werkgever, eerste.titel, "voorstel")
    ]


async def test_importeren_vanuit_de_app(demo_diensten):
    voor = demo_diensten.vacatures.aantal()
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        app.open_vacatures()
        await _klaar(pilot)
        scherm = app.screen
        scherm.query_one("#vac-lijst", DataTable).focus()
        await pilot.press("i")
        await pilot.pause()
        dialoog = app.screen
        assert isinstance(dialoog, ImportScherm)
        dialoog.query_one("#imp-pad", Input).value = str(tmp := FIXTURES / "niet-bestaand.csv")
        await pilot.press("enter")
        await _klaar(pilot)
        assert "bestaat niet" in str(dialoog.query_one("#imp-resultaat", Static).render())
        dialoog.query_one("#imp-pad", Input).value = str(FIXTURES / "vacatures_komma.csv")
        await pilot.press("enter")
        await _klaar(pilot)
        resultaat = str(dialoog.query_one("#imp-resultaat", Static).render())
        assert "3 toegevoegd" in resultaat and "Salaris" in resultaat
        assert dialoog.query_one("#imp-voortgang").progress == 100
        await pilot.press("escape")
        await _klaar(pilot)
        assert app.screen is scherm
        scherm.query_one("#f-open", Checkbox).value = False
        scherm.query_one("#vac-zoek", Input).value = "Lagerarbeiter"
        await _klaar(pilot)
        assert scherm.rijen[0].werkgever == "Spedition Kleve GmbH"
    assert demo_diensten.vacatures.aantal() == voor + 3
    del tmp


async def test_pawa_niet_geschikt_zegt_waarom(demo_diensten):
    anouk = _klant_id(demo_diensten, "K100010")
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        app.open_klant(anouk)
        await _klaar(pilot)
        await pilot.press("k")
        await _klaar(pilot)
        assert isinstance(app.screen, PawaScherm)
        tekst = str(app.screen.query_one("#pawa-geschiktheid", Static).render())
        assert "niet in aanmerking" in tekst and "maanden in de WW" in tekst
        assert not app.screen.query_one("#pawa-kiezen").display
        await pilot.press("b")
        await pilot.pause()
    assert demo_diensten.pawa.trajecten(anouk) == []


async def test_pawa_flow_kiezen_aanbieden_gesprek_en_uitkomst(demo_diensten):
    peter = _klant_id(demo_diensten, "K100009")
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        app.open_klant(peter)
        await _klaar(pilot)
        await pilot.press("k")
        await _klaar(pilot)
        scherm = app.screen
        assert isinstance(scherm, PawaScherm) and scherm.kiezen
        assert "Komt in aanmerking" in str(scherm.query_one("#pawa-geschiktheid", Static).render())
        assert scherm.keuze_rijen and all(r.pawa for r in scherm.keuze_rijen)
        await pilot.press("b")  # nothing chosen yet: refused
        await pilot.pause()
        assert demo_diensten.pawa.trajecten(peter) == []
        await pilot.press("space", "down", "space", "down", "space")  # a third is refused
        await pilot.pause()
        gekozen = list(scherm.gekozen)
        assert len(gekozen) == 2
        await pilot.press("b")
        await _klaar(pilot)
        assert not scherm.kiezen and scherm.query_one("#pawa-aanbod", DataTable).row_count == 2
        await pilot.press("enter")
        await pilot.pause()
        formulier = app.screen
        assert isinstance(formulier, PawaAanbodFormulier)
        formulier.query_one("#in-gesprek_datum", Input).value = "23-11-2026"
        formulier.query_one("#in-feedback_klant", TextArea).text = "Leuk bedrijf"
        formulier.query_one("#in-feedback_werkgever", TextArea).text = "Gemotiveerd, kan starten"
        formulier.query_one("#in-resultaat", Select).value = PawaResultaat.AANGENOMEN.value
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is formulier, "an outcome without a reason is refused"
        assert "waarom" in str(formulier.query_one("#fout-resultaat_reden").render()).lower()
        formulier.query_one("#in-resultaat_reden", TextArea).text = "Proefplaatsing van 2 maanden"
        await pilot.press("ctrl+s")
        await _klaar(pilot)
        assert app.screen is scherm
    [traject] = demo_diensten.pawa.trajecten(peter)
    assert [a.vacature_id for a in traject.aanbod] == gekozen
    eerste = traject.aanbod[0]
    assert eerste.resultaat == PawaResultaat.AANGENOMEN and eerste.feedback_werkgever == "Gemotiveerd, kan starten"
    assert eerste.gesprek_datum.isoformat() == "2026-11-23" and not traject.afgerond


async def test_fout_urenfilter_wordt_gemeld_en_genegeerd(demo_diensten):
    app = maak_app(demo_diensten)
    async with app.run_test(size=(120, 40)) as pilot:
        await _klaar(pilot)
        app.open_vacatures()
        await _klaar(pilot)
        scherm = app.screen
        aantal = len(scherm.rijen)
        scherm.query_one("#f-uren-max", Input).value = "99"
        await _klaar(pilot)
        assert "Urenfilter genegeerd" in str(scherm.query_one("#vac-telling", Static).render())
        assert scherm.query_one("#f-uren-max", Input).has_class("fout") and len(scherm.rijen) == aantal
        scherm.query_one("#f-uren-max", Input).value = "16"
        await _klaar(pilot)
        assert not scherm.query_one("#f-uren-max", Input).has_class("fout")
        assert scherm.rijen and all(r.uren_min is None or r.uren_min <= 16 for r in scherm.rijen)
