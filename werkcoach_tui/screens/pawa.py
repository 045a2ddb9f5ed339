"""Passend werkaanbod (key A on the klant screen).

Shows whether the klant is eligible and why (``rules/pawa``). An eligible klant gets two
vacancies at PaWa employers (choose with Space, offer with B); then per vacancy the arranged
interview, the feedback of klant and employer, and the outcome (Enter).
"""

from __future__ import annotations

from typing import Any, Optional

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Header, Input, Static, TextArea
from textual.worker import get_current_worker

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import PawaResultaat
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.screens.formulier_basis import FormulierScherm
from werkcoach_tui.services.pawa import AanbodRij, PawaFout, TrajectOverzicht
from werkcoach_tui.services.vacatures import VacatureRij
from werkcoach_tui.store import StoreFout
from werkcoach_tui.widgets.formulier import Veld, datumveld, keuzeveld

MAX_KEUZE_RIJEN = 100
MIN_IN_REGIO = 10
"""Fewer PaWa vacancies than this in the klant's region: also show those elsewhere."""


def _kort(tekst: str, n: int = 28) -> str:
    tekst = (tekst or "").replace("\n", " ").strip()
    return tekst if len(tekst) <= n else tekst[: n - 1] + "…"


class PawaAanbodFormulier(FormulierScherm):
    """The interview date, feedback of klant and employer, and the outcome of one vacancy."""

    HELP_TITEL = "Passend werkaanbod: gesprek en uitkomst"

    def __init__(self, aanbod: AanbodRij) -> None:
        super().__init__()
        self.aanbod = aanbod

    def compose(self) -> ComposeResult:
        a = self.aanbod
        with Vertical(classes="dialoog formulier", id="pawa-formulier"):
            yield Static(f"Passend werkaanbod — {a.titel} bij {a.werkgever}, {a.plaats}", classes="dialoog-titel")
            with Grid(classes="velden"):
                yield datumveld("gesprek_datum", "Sollicitatiegesprek op", formatteer_datum(a.gesprek_datum))
                yield keuzeveld("resultaat", "Uitkomst", PawaResultaat.choices(), a.resultaat.value, leeg=False)
            yield Veld("feedback_klant", "Terugkoppeling van de klant",
                       TextArea(a.feedback_klant, id="in-feedback_klant", classes="notitie kort"))
            yield Veld("feedback_werkgever", "Terugkoppeling van de werkgever",
                       TextArea(a.feedback_werkgever, id="in-feedback_werkgever", classes="notitie kort"))
            yield Veld("resultaat_reden", "Waarom (niet) aangenomen",
                       TextArea(a.resultaat_reden, id="in-resultaat_reden", classes="notitie kort"))
            with Horizontal(classes="knoppen"):
                yield Button("Opslaan (Ctrl+S)", id="opslaan", variant="primary")
                yield Button("Annuleren (Esc)", id="annuleren")

    def opslaan_in_store(self, waarden: dict[str, Any]):
        try:
            return self.app.diensten.pawa.wijzig_aanbod(self.aanbod.id, waarden)
        except PawaFout as exc:
            raise StoreFout(str(exc)) from exc


class PawaScherm(Screen):
    HELP_TITEL = "Passend werkaanbod"
    HELP_UITLEG = (
        "Voor WW'ers die moeilijk zelf werk vinden: minstens 12 maanden WW (of 6 met risico op langdurige\n"
        "werkloosheid) en minstens 12 uur per week beschikbaar; niet bij vrijstelling, re-integratietraject of\n"
        "minder dan 1 maand voor het einde van de WW. De klant krijgt 2 vacatures bij PaWa-werkgevers;\n"
        "na de gesprekken worden klant en werkgever gevraagd hoe het ging."
    )
    BINDINGS = [
        Binding("space", "kies", "Kies vacature", show=False),
        Binding("b", "bied_aan", "Bied aan"),
        Binding("n", "nieuw", "Nieuw aanbod"),
        Binding("slash", "zoek", "Zoek"),
        Binding("escape", "terug", "Terug"),
    ]

    def __init__(self, klant_id: int) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.uitkomst = None
        self.traject: Optional[TrajectOverzicht] = None
        self.trajecten: list[TrajectOverzicht] = []
        self.keuze_rijen: list[VacatureRij] = []
        self.gekozen: list[int] = []
        self.kiezen = False
        self._generatie = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="pawa-geschiktheid", classes="paneel")
        yield Static("", classes="sectie", id="pawa-kop")
        with Vertical(id="pawa-kiezen"):
            yield Input(placeholder="Zoek een vacature bij een PaWa-werkgever…", id="pawa-zoek")
            yield DataTable(id="pawa-keuze", cursor_type="row", zebra_stripes=True)
        with Vertical(id="pawa-traject"):
            yield DataTable(id="pawa-aanbod", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="pawa-detail-paneel"):
                yield Static("", id="pawa-detail")
        yield Footer()

    def on_mount(self) -> None:
        keuze = self.query_one("#pawa-keuze", DataTable)
        keuze.add_column("✓", key="gekozen", width=1)
        keuze.add_column("Functie", key="titel", width=34)
        keuze.add_column("Werkgever", key="werkgever", width=30)
        keuze.add_column("Plaats", key="plaats", width=18)
        keuze.add_column("Uren", key="uren", width=6)
        keuze.add_column("Sluit", key="sluit", width=10)
        aanbod = self.query_one("#pawa-aanbod", DataTable)
        for key, label in (("titel", "Functie"), ("werkgever", "Werkgever"), ("gesprek", "Gesprek"),
                           ("fb_klant", "Klant vond"), ("fb_werkgever", "Werkgever vond"), ("uitkomst", "Uitkomst")):
            aanbod.add_column(label, key=key)
        self.laad()

    # ------------------------------------------------------------------ data
    def laad(self) -> None:
        diensten = self.app.diensten
        try:
            klant = diensten.klanten.kaart(self.klant_id).klant
            self.uitkomst = diensten.pawa.geschiktheid(self.klant_id)
            self.trajecten = diensten.pawa.trajecten(self.klant_id)
        except (StoreFout, PawaFout, LookupError) as exc:
            self.notify(str(exc), severity="error")
            return
        self.sub_title = f"Passend werkaanbod · {klant.naam} · {klant.klantnummer}"
        self.traject = next((t for t in self.trajecten if not t.afgerond), None) or (
            self.trajecten[0] if self.trajecten else None)
        u = self.uitkomst
        if u.geschikt:
            kop = "[b]Komt in aanmerking voor passend werkaanbod[/b]"
            regels = [f"  ✓ {escape(r)}" for r in u.voldaan]
        else:
            kop = "[b]Komt (nog) niet in aanmerking voor passend werkaanbod[/b] — waarom niet:"
            regels = [f"  ✗ {escape(r)}" for r in u.niet_voldaan]
        self.query_one("#pawa-geschiktheid", Static).update("\n".join([kop, *regels]))
        lopend = self.traject is not None and not self.traject.afgerond
        self.kiezen = u.geschikt and not lopend and (self.traject is None or self.kiezen)
        self._toon_modus()

    def check_action(self, action: str, parameters) -> bool | None:
        """Show only the keys that do something in the current step."""
        if action in ("bied_aan", "zoek", "kies"):
            return self.kiezen
        if action == "nieuw":
            return bool(self.traject is not None and self.traject.afgerond and not self.kiezen
                        and self.uitkomst is not None and self.uitkomst.geschikt)
        return True

    def _toon_modus(self) -> None:
        self.refresh_bindings()
        self.query_one("#pawa-kiezen").display = self.kiezen
        self.query_one("#pawa-traject").display = not self.kiezen and self.traject is not None
        kop = self.query_one("#pawa-kop", Static)
        if self.kiezen:
            kop.update(f"Kies {c.PAWA_AANTAL_VACATURES} vacatures bij PaWa-werkgevers (Spatie kiest, B biedt aan) · "
                       f"gekozen: {len(self.gekozen)}")
            self.zoek_opnieuw()
            self.query_one("#pawa-keuze", DataTable).focus()
        elif self.traject is not None:
            t = self.traject
            status = (f"afgerond op {formatteer_datum(t.afgerond_op)}" if t.afgerond else "loopt")
            extra = " · N start een nieuw aanbod" if t.afgerond and self.uitkomst and self.uitkomst.geschikt else ""
            kop.update(f"Aanbod van {formatteer_datum(t.gestart_op)} ({status}) · Enter legt gesprek, "
                       f"terugkoppeling en uitkomst vast{extra}")
            self._vul_aanbod()
        else:
            kop.update("Er is (nog) geen passend werkaanbod gedaan.")

    def _vul_aanbod(self) -> None:
        table = self.query_one("#pawa-aanbod", DataTable)
        rij = table.cursor_row or 0
        table.clear()
        assert self.traject is not None
        for a in self.traject.aanbod:
            table.add_row(_kort(a.titel, 30), _kort(a.werkgever, 26), formatteer_datum(a.gesprek_datum, "—"),
                          _kort(a.feedback_klant, 18) or "—", _kort(a.feedback_werkgever, 18) or "—",
                          a.resultaat.label, key=str(a.id))
        if self.traject.aanbod:
            table.move_cursor(row=min(rij, len(self.traject.aanbod) - 1))
            self._toon_aanbod(min(rij, len(self.traject.aanbod) - 1))
        table.focus()

    def _toon_aanbod(self, index: int) -> None:
        if self.traject is None or not (0 <= index < len(self.traject.aanbod)):
            return
        a = self.traject.aanbod[index]
        self.query_one("#pawa-detail", Static).update(
            f"[b]{escape(a.titel)}[/b] · {escape(a.werkgever)}, {escape(a.plaats)}\n"
            f"Sollicitatiegesprek: {formatteer_datum(a.gesprek_datum, 'nog niet gepland')}\n"
            f"Klant: {escape(a.feedback_klant) or '—'}\n"
            f"Werkgever: {escape(a.feedback_werkgever) or '—'}\n"
            f"Uitkomst: {a.resultaat.label}" + (f" — {escape(a.resultaat_reden)}" if a.resultaat_reden else "")
        )

    # ------------------------------------------------------------------ choosing vacancies
    def zoek_opnieuw(self) -> None:
        self._generatie += 1
        self._zoek(self._generatie, self.query_one("#pawa-zoek", Input).value)

    @work(thread=True, exclusive=True, group="pawa-zoek")
    def _zoek(self, generatie: int, query: str) -> None:
        from dataclasses import replace

        from werkcoach_tui.search import ZoekFilters

        worker = get_current_worker()
        vacatures = self.app.diensten.vacatures
        try:
            opdracht = vacatures.match_opdracht(self.klant_id)
            filters = ZoekFilters(plaats=opdracht.plaats, landen=opdracht.landen, uren_max=opdracht.uren_max,
                                  pawa_only=True)
            if query.strip():
                rijen = vacatures.zoek(query, ZoekFilters(landen=opdracht.landen, pawa_only=True),
                                       limit=MAX_KEUZE_RIJEN)
            else:
                # Every PaWa vacancy in the region is suitable work; the klant's own occupations first.
                rijen = vacatures.zoek_voor_klant(replace(opdracht, alle_arbeid=True), filters, limit=MAX_KEUZE_RIJEN)
                if len(rijen) < MIN_IN_REGIO:
                    # PaWa employers are scarce: show the others within the hours too (region first).
                    gezien = {r.id for r in rijen}
                    buiten = ZoekFilters(landen=opdracht.landen, uren_max=opdracht.uren_max, pawa_only=True)
                    rijen += [r for r in vacatures.zoek_voor_klant(replace(opdracht, alle_arbeid=True), buiten,
                                                                  limit=MAX_KEUZE_RIJEN) if r.id not in gezien]
        except (StoreFout, LookupError) as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        if worker.is_cancelled or generatie != self._generatie:
            return
        self.app.call_from_thread(self._toon_keuze, generatie, rijen)

    def _toon_keuze(self, generatie: int, rijen: list[VacatureRij]) -> None:
        if generatie != self._generatie:
            return
        # Chosen vacancies stay on top while the adviser searches for the second one.
        gekozen = [r for r in self.keuze_rijen if r.id in self.gekozen]
        gekozen_ids = {g.id for g in gekozen}
        self.keuze_rijen = gekozen + [r for r in rijen if r.id not in gekozen_ids]
        table = self.query_one("#pawa-keuze", DataTable)
        table.clear()
        for r in self.keuze_rijen:
            table.add_row("✓" if r.id in self.gekozen else "", _kort(r.titel, 34), _kort(r.werkgever, 30),
                          r.plaats if r.land == "NL" else f"{r.plaats} ({r.land})", r.uren_tekst,
                          formatteer_datum(r.sluitingsdatum, "—"), key=str(r.id))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.kiezen:
            self.zoek_opnieuw()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#pawa-keuze", DataTable).focus()

    def action_kies(self) -> None:
        if not self.kiezen:
            return
        table = self.query_one("#pawa-keuze", DataTable)
        if table.cursor_row is None or not (0 <= table.cursor_row < len(self.keuze_rijen)):
            return
        r = self.keuze_rijen[table.cursor_row]
        if r.id in self.gekozen:
            self.gekozen.remove(r.id)
        elif len(self.gekozen) >= c.PAWA_AANTAL_VACATURES:
            self.notify(f"Er zijn al {c.PAWA_AANTAL_VACATURES} vacatures gekozen. Haal er eerst één weg (Spatie).",
                        severity="warning")
            return
        else:
            self.gekozen.append(r.id)
        table.update_cell(str(r.id), "gekozen", "✓" if r.id in self.gekozen else "")
        self.query_one("#pawa-kop", Static).update(
            f"Kies {c.PAWA_AANTAL_VACATURES} vacatures bij PaWa-werkgevers (Spatie kiest, B biedt aan) · "
            f"gekozen: {len(self.gekozen)}")

    def action_bied_aan(self) -> None:
        if not self.kiezen:
            if self.uitkomst is not None and not self.uitkomst.geschikt:
                self.notify("Deze klant komt (nog) niet in aanmerking: " + self.uitkomst.uitleg, severity="warning",
                            timeout=6)
            return
        try:
            self.app.diensten.pawa.start(self.klant_id, self.gekozen)
        except PawaFout as exc:
            self.notify(str(exc), severity="warning", timeout=6)
            return
        except StoreFout as exc:
            self.notify(str(exc), title="Niet opgeslagen", severity="error", timeout=10)
            return
        self.notify("Passend werkaanbod vastgelegd. Plan nu de sollicitatiegesprekken (Enter).", timeout=4)
        self.gekozen = []
        self.kiezen = False
        self.laad()

    def action_nieuw(self) -> None:
        if self.traject is not None and self.traject.afgerond and self.uitkomst and self.uitkomst.geschikt:
            self.kiezen = True
            self.gekozen = []
            self._toon_modus()

    def action_zoek(self) -> None:
        if self.kiezen:
            self.query_one("#pawa-zoek", Input).focus()

    # ------------------------------------------------------------------ the traject
    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "pawa-aanbod":
            self._toon_aanbod(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "pawa-keuze":
            self.action_kies()
            return
        if self.traject is None:
            return
        a = next((a for a in self.traject.aanbod if str(a.id) == event.row_key.value), None)
        if a is not None:
            self.app.push_screen(PawaAanbodFormulier(a), self._na_opslaan)

    def _na_opslaan(self, resultaat) -> None:
        if resultaat is not None:
            self.notify("Opgeslagen.", timeout=2)
            self.laad()

    def action_terug(self) -> None:
        if self.focused is not None and self.focused.id == "pawa-zoek":
            self.query_one("#pawa-keuze", DataTable).focus()
            return
        self.app.pop_screen()
