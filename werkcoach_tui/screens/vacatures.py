"""Vacatures: search as you type, filters, ranked results, a detail pane, and proposing to a klant.

Opened from the palette and with V on the caseload (general search) or on the klant screen
("vacatures voor deze klant": questions and filters from the klant's profile).
Every search runs in an exclusive thread worker; a result whose query is stale is dropped,
so typing never waits for the search.
"""

from __future__ import annotations

from typing import Optional

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Checkbox, DataTable, Footer, Header, Input, Label, Select, Static
from textual.worker import get_current_worker

from werkcoach_tui.constants import MAX_UREN_PER_WEEK_VACATURE
from werkcoach_tui.models.enums import Land, Opleidingsniveau
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.services.vacatures import VacatureRij, VoorstelFout
from werkcoach_tui.store import StoreFout

MAX_RIJEN = 200
WEINIG = 10
"""At most this many results in the table (a DataTable freezes at 10k rows)."""

LAND_KEUZES = [
    ("Nederland", "NL"),
    ("NL + over de grens", "grens"),
    ("Duitsland", "DE"),
    ("België", "BE"),
]


def landen_van(keuze) -> Optional[frozenset[str]]:
    if keuze in (None, Select.NULL):
        return None
    if keuze == "grens":
        return frozenset(m.value for m in Land)
    return frozenset({str(keuze)})


def _uren(tekst: str) -> Optional[float]:
    """Hours typed in a filter; None when empty. Raises ValueError (Dutch) when unusable."""
    tekst = (tekst or "").strip().replace(",", ".")
    if not tekst:
        return None
    try:
        waarde = float(tekst)
    except ValueError:
        raise ValueError(f"'{tekst}' is geen aantal uren") from None
    if not 0 <= waarde <= MAX_UREN_PER_WEEK_VACATURE:
        raise ValueError(f"uren tussen 0 en {MAX_UREN_PER_WEEK_VACATURE}")
    return waarde


def detail_tekst(v: VacatureRij) -> str:
    """The whole vacancy as the detail pane shows it (Rich markup)."""
    from rich.markup import escape

    land = Land.from_text(v.land)
    regels = [
        f"[b]{escape(v.titel)}[/b]",
        f"{escape(v.werkgever)} · {escape(v.plaats)} ({land.label if land else v.land})",
        "",
        f"Uren per week   {v.uren_tekst}",
        f"Opleiding       {v.niveau_label}",
        f"Beroep          {escape(v.beroep or '—')}",
        f"PaWa-werkgever  {'ja' if v.pawa else 'nee'}",
        f"Gepubliceerd    {formatteer_datum(v.publicatiedatum, '—')}",
        f"Sluitingsdatum  {formatteer_datum(v.sluitingsdatum, 'geen')}",
        f"Vacaturenummer  {escape(v.extern_id or str(v.id))}",
    ]
    if v.vaardigheden:
        regels += ["", "[b]Vaardigheden[/b]", escape(v.vaardigheden)]
    if v.omschrijving:
        regels += ["", "[b]Omschrijving[/b]", escape(v.omschrijving)]
    if v.via:
        regels += ["", f"[dim]Gevonden via: {escape(v.via)}[/dim]"]
    return "\n".join(regels)


class VacatureScherm(Screen):
    HELP_TITEL = "Vacatures"
    HELP_UITLEG = (
        "Typ in het zoekveld: de lijst ververst bij elke toets. Tikfouten, losse of aaneengeschreven\n"
        "woorden (magazijn medewerker) en beroepssynoniemen (reachtruck → heftruckchauffeur) worden herkend.\n"
        "Filters: plaats of regio (meerdere plaatsen met komma's), land (ook over de grens), uren minimaal/maximaal,\n"
        "opleidingsniveau (tot en met), alleen PaWa-werkgevers, alleen vacatures die vandaag nog open zijn.\n"
        "Kolom P: PaWa-werkgever (● = staat open voor passend werkaanbod). Open: sluitingsdatum nog niet voorbij.\n"
        "Enter op een vacature toont de hele vacature rechts; S stelt de vacature voor aan een klant."
    )
    BINDINGS = [
        Binding("slash", "zoek", "Zoek"),
        Binding("f", "filters", "Filters"),
        Binding("s", "stel_voor", "Stel voor aan klant"),
        Binding("i", "importeer", "Importeer"),
        Binding("w", "wis_filters", "Wis filters", show=False),
        Binding("escape", "terug", "Terug"),
    ]

    def __init__(self, klant_id: Optional[int] = None, *, pawa_only: bool = False) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.klant_naam: Optional[str] = None
        self.opdracht = None
        self.start_pawa = pawa_only
        self.rijen: list[VacatureRij] = []
        self._generatie = 0
        self.filterfout: Optional[str] = None

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="vac-zoekbalk"):
            yield Input(placeholder="Zoek op functie, vaardigheid, werkgever of plaats (tikfouten mogen)…",
                        id="vac-zoek")
            yield Static("", id="vac-telling")
        with Horizontal(id="vac-filters"):
            yield Label("Plaats")
            yield Input(placeholder="plaats of regio", id="f-plaats", compact=True)
            yield Label("Land")
            yield Select(LAND_KEUZES, prompt="Alle landen", id="f-land", compact=True)
            yield Label("Uren ≥")
            yield Input(id="f-uren-min", compact=True, restrict=r"[0-9,.]*", max_length=4)
            yield Label("≤")
            yield Input(id="f-uren-max", compact=True, restrict=r"[0-9,.]*", max_length=4)
            yield Select(Opleidingsniveau.choices(), prompt="Elk niveau", id="f-niveau", compact=True)
            yield Checkbox("PaWa", id="f-pawa", compact=True, value=self.start_pawa)
            yield Checkbox("Open", id="f-open", compact=True, value=True)
        yield Static("", id="vac-uitleg")
        with Horizontal(id="vac-midden"):
            yield DataTable(id="vac-lijst", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="vac-detail"):
                yield Static("Kies een vacature om alles te zien.", id="vac-detail-tekst")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#vac-lijst", DataTable)
        table.add_column("Sc.", key="score", width=3)
        table.add_column("Functie", key="titel", width=25)
        table.add_column("Werkgever", key="werkgever", width=15)
        table.add_column("Plaats", key="plaats", width=10)
        table.add_column("Uren", key="uren", width=5)
        table.add_column("Niv.", key="niveau", width=5)
        table.add_column("P", key="pawa", width=1)
        uitleg = self.query_one("#vac-uitleg", Static)
        if self.klant_id is not None:
            self._laad_klant()
        else:
            self.sub_title = "Vacatures zoeken"
            uitleg.display = False
        if self.klant_id is not None:
            # The match is the answer: start in the list (/ refines the search).
            self.query_one("#vac-lijst", DataTable).focus()
        else:
            self.query_one("#vac-zoek", Input).focus()
        self.zoek_opnieuw()

    def _laad_klant(self) -> None:
        diensten = self.app.diensten
        try:
            kaart = diensten.klanten.kaart(self.klant_id)
            self.opdracht = diensten.vacatures.match_opdracht(self.klant_id)
        except (StoreFout, LookupError) as exc:
            self.notify(str(exc), severity="error")
            return
        self.klant_naam = kaart.klant.naam
        self.sub_title = f"Vacatures voor {kaart.klant.naam} · {kaart.klant.klantnummer}"
        o = self.opdracht
        with self.prevent(Input.Changed, Select.Changed, Checkbox.Changed):
            self.query_one("#f-plaats", Input).value = o.plaats or ""
            if o.landen == frozenset(m.value for m in Land):
                self.query_one("#f-land", Select).value = "grens"
            elif o.landen == frozenset({"NL"}):
                self.query_one("#f-land", Select).value = "NL"
            if o.uren_max is not None:
                self.query_one("#f-uren-max", Input).value = f"{o.uren_max:g}".replace(".", ",")
            if o.opleidingsniveau is not None:
                self.query_one("#f-niveau", Select).value = o.opleidingsniveau.value
        self.query_one("#vac-uitleg", Static).update(" ".join(o.uitleg))

    # ------------------------------------------------------------------ searching
    def filters(self):
        from werkcoach_tui.search import ZoekFilters

        niveau = self.query_one("#f-niveau", Select).value
        uren: dict[str, Optional[float]] = {}
        self.filterfout = None
        for sleutel, iid in (("uren_min", "#f-uren-min"), ("uren_max", "#f-uren-max")):
            veld = self.query_one(iid, Input)
            try:
                uren[sleutel] = _uren(veld.value)
                veld.remove_class("fout")
            except ValueError as exc:
                uren[sleutel] = None  # ignored until corrected; the count line says why
                veld.add_class("fout")
                self.filterfout = f"Urenfilter genegeerd: {exc}"
        return ZoekFilters(
            plaats=self.query_one("#f-plaats", Input).value or None,
            landen=landen_van(self.query_one("#f-land", Select).value),
            uren_min=uren["uren_min"],
            uren_max=uren["uren_max"],
            opleidingsniveau=None if niveau in (None, Select.NULL) else str(niveau),
            pawa_only=self.query_one("#f-pawa", Checkbox).value,
            open_op=self.query_one("#f-open", Checkbox).value,
        )

    def zoek_opnieuw(self) -> None:
        self._generatie += 1
        query = self.query_one("#vac-zoek", Input).value
        if not self.app.diensten.vacatures.index_klaar:
            self.query_one("#vac-telling", Static).update("Zoekindex wordt opgebouwd…")
        self._zoek(self._generatie, query, self.filters())

    @work(thread=True, exclusive=True, group="vacatures-zoek")
    def _zoek(self, generatie: int, query: str, filters) -> None:
        worker = get_current_worker()
        vacatures = self.app.diensten.vacatures
        try:
            if self.opdracht is not None and not query.strip():
                rijen = vacatures.zoek_voor_klant(self.opdracht, filters, limit=MAX_RIJEN)
            else:
                rijen = vacatures.zoek(query, filters, limit=MAX_RIJEN)
        except StoreFout as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        if worker.is_cancelled or generatie != self._generatie:
            return  # a newer query is on its way: drop this stale result
        self.app.call_from_thread(self._toon, generatie, query, rijen)

    def _toon(self, generatie: int, query: str, rijen: list[VacatureRij]) -> None:
        if generatie != self._generatie:
            return
        self.rijen = rijen
        table = self.query_one("#vac-lijst", DataTable)
        table.clear()
        for r in rijen:
            table.add_row(
                f"{r.score:.0f}" if r.score else "",
                r.titel,
                r.werkgever,
                r.plaats if r.land == "NL" else f"{r.plaats} ({r.land})",
                r.uren_tekst,
                r.niveau_label,
                "●" if r.pawa else "",
                key=str(r.id),
            )
        totaal = self.app.diensten.vacatures.aantal()
        if not rijen:
            tekst = "Geen vacatures gevonden: pas de zoektekst of de filters aan."
        elif len(rijen) >= MAX_RIJEN:
            tekst = f"beste {MAX_RIJEN} van {totaal:,} vacatures".replace(",", ".")
        else:
            tekst = f"{len(rijen)} gevonden · {totaal:,} vacatures".replace(",", ".")
        if self.filterfout:
            tekst = f"{self.filterfout} · {tekst}"
        if self.opdracht is not None and len(rijen) < WEINIG and not query.strip():
            tekst += " · weinig: voeg plaatsen toe of wis het plaatsfilter"
        self.query_one("#vac-telling", Static).update(tekst)
        if rijen:
            table.move_cursor(row=0)
            self._toon_detail(0)
        else:
            self.query_one("#vac-detail-tekst", Static).update("Geen vacature gekozen.")

    def _toon_detail(self, index: int) -> None:
        if 0 <= index < len(self.rijen):
            self.query_one("#vac-detail-tekst", Static).update(detail_tekst(self.rijen[index]))
            self.query_one("#vac-detail", VerticalScroll).scroll_home(animate=False)

    def geselecteerd(self) -> Optional[VacatureRij]:
        table = self.query_one("#vac-lijst", DataTable)
        if not self.rijen or table.cursor_row is None or not (0 <= table.cursor_row < len(self.rijen)):
            return None
        return self.rijen[table.cursor_row]

    # ------------------------------------------------------------------ events
    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.zoek_opnieuw()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.zoek_opnieuw()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.zoek_opnieuw()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#vac-lijst", DataTable).focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._toon_detail(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self._toon_detail(event.cursor_row)
        self.query_one("#vac-detail", VerticalScroll).focus()

    # ------------------------------------------------------------------ actions
    def action_zoek(self) -> None:
        self.query_one("#vac-zoek", Input).focus()

    def action_filters(self) -> None:
        self.query_one("#f-plaats", Input).focus()

    def action_wis_filters(self) -> None:
        with self.prevent(Input.Changed, Select.Changed, Checkbox.Changed):
            for iid in ("#f-plaats", "#f-uren-min", "#f-uren-max"):
                self.query_one(iid, Input).value = ""
            self.query_one("#f-land", Select).clear()
            self.query_one("#f-niveau", Select).clear()
            self.query_one("#f-pawa", Checkbox).value = False
            self.query_one("#f-open", Checkbox).value = True
        self.zoek_opnieuw()

    def action_terug(self) -> None:
        if self.focused is not None and self.focused.id != "vac-lijst":
            self.query_one("#vac-lijst", DataTable).focus()
            return
        self.app.pop_screen()

    def action_importeer(self) -> None:
        from werkcoach_tui.screens.vacature_import import ImportScherm

        def klaar(geimporteerd) -> None:
            if geimporteerd:
                self.zoek_opnieuw()

        self.app.push_screen(ImportScherm(), klaar)

    def action_stel_voor(self) -> None:
        vacature = self.geselecteerd()
        if vacature is None:
            self.notify("Kies eerst een vacature in de lijst.", severity="warning")
            return
        if self.klant_id is not None:
            self.stel_voor(self.klant_id, vacature)
            return
        from werkcoach_tui.screens.klant_kiezer import KlantKiezer

        def gekozen(klant_id) -> None:
            if klant_id is not None:
                self.stel_voor(int(klant_id), vacature)

        self.app.push_screen(KlantKiezer(f"Voorstellen: {vacature.titel} — {vacature.werkgever}"), gekozen)

    def stel_voor(self, klant_id: int, vacature: VacatureRij) -> None:
        diensten = self.app.diensten
        try:
            diensten.vacatures.stel_voor(klant_id, vacature.id)
            naam = diensten.klanten.kaart(klant_id).klant.naam
        except VoorstelFout as exc:
            self.notify(str(exc), severity="warning", timeout=5)
            return
        except StoreFout as exc:
            self.notify(str(exc), title="Niet opgeslagen", severity="error", timeout=10)
            return
        self.notify(f"'{vacature.titel}' bij {vacature.werkgever} is voorgesteld aan {naam}.", timeout=4)
