"""The vacancies proposed to a klant (key O on the klant screen): status per proposal."""

from __future__ import annotations

from typing import Any, Optional

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Header, Static, TextArea

from werkcoach_tui.models.enums import VoorstelStatus
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.screens.formulier_basis import FormulierScherm
from werkcoach_tui.services.vacatures import VoorstelFout, VoorstelRij
from werkcoach_tui.store import StoreFout
from werkcoach_tui.widgets.formulier import Veld, datumveld, keuzeveld


class VoorstelFormulier(FormulierScherm):
    """Change a proposal's status (with the date it happened) and its note."""

    HELP_TITEL = "Voorstel"

    def __init__(self, voorstel: VoorstelRij) -> None:
        super().__init__()
        self.voorstel = voorstel
        self.melding: Optional[str] = None

    def compose(self) -> ComposeResult:
        v = self.voorstel
        with Vertical(classes="dialoog formulier", id="voorstel-formulier"):
            yield Static(f"Voorstel — {v.titel} bij {v.werkgever}, {v.plaats}", classes="dialoog-titel")
            with Grid(classes="velden"):
                yield keuzeveld("status", "Status *", VoorstelStatus.choices(), v.status.value, leeg=False)
                yield datumveld("datum", "Datum van deze status", formatteer_datum(self.app.diensten.clock.today()))
            yield Veld("notitie", "Notitie", TextArea(v.notitie, id="in-notitie", classes="notitie"))
            yield Static("Gesolliciteerd telt mee in het sollicitatieregister van het werkplan.", classes="dialoog-voet")
            with Horizontal(classes="knoppen"):
                yield Button("Opslaan (Ctrl+S)", id="opslaan", variant="primary")
                yield Button("Annuleren (Esc)", id="annuleren")

    def opslaan_in_store(self, waarden: dict[str, Any]):
        try:
            voorstel, self.melding = self.app.diensten.vacatures.wijzig_voorstel(self.voorstel.id, waarden)
        except VoorstelFout as exc:
            raise StoreFout(str(exc)) from exc
        return (voorstel, self.melding)


class VoorstellenScherm(Screen):
    HELP_TITEL = "Voorstellen"
    HELP_UITLEG = "Vacatures die aan de klant zijn voorgesteld. Enter wijzigt de status (gesolliciteerd, uitgenodigd, …)."
    BINDINGS = [
        Binding("v", "vacatures", "Vacatures voor klant"),
        Binding("escape", "terug", "Terug"),
    ]

    def __init__(self, klant_id: int) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.rijen: list[VoorstelRij] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", classes="sectie", id="voorstellen-kop")
        yield DataTable(id="voorstellen", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="voorstel-notitie-paneel"):
            yield Static("", id="voorstel-notitie")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Voorgesteld", key="op")
        table.add_column("Functie", key="titel")
        table.add_column("Werkgever", key="werkgever")
        table.add_column("Plaats", key="plaats")
        table.add_column("Status", key="status")
        table.add_column("Sinds", key="sinds")
        try:
            klant = self.app.diensten.klanten.kaart(self.klant_id).klant
            self.sub_title = f"Voorstellen · {klant.naam} · {klant.klantnummer}"
        except (StoreFout, LookupError) as exc:
            self.notify(str(exc), severity="error")
        self.laad()
        table.focus()

    def laad(self) -> None:
        try:
            self.rijen = self.app.diensten.vacatures.voorstellen(self.klant_id)
        except StoreFout as exc:
            self.app.toon_storefout(str(exc))
            return
        table = self.query_one(DataTable)
        rij = table.cursor_row or 0
        table.clear()
        for v in self.rijen:
            table.add_row(formatteer_datum(v.voorgesteld_op), v.titel, v.werkgever, v.plaats, v.status.label,
                          formatteer_datum(v.status_datum), key=str(v.id))
        self.query_one("#voorstellen-kop", Static).update(
            f"Voorgestelde vacatures ({len(self.rijen)}) · Enter wijzigt de status"
            if self.rijen else "Nog geen vacatures voorgesteld. Druk V om vacatures voor deze klant te zoeken."
        )
        if self.rijen:
            table.move_cursor(row=min(rij, len(self.rijen) - 1))
            self._toon_notitie(min(rij, len(self.rijen) - 1))
        else:
            self.query_one("#voorstel-notitie", Static).update("")

    def _toon_notitie(self, index: int) -> None:
        if 0 <= index < len(self.rijen):
            v = self.rijen[index]
            self.query_one("#voorstel-notitie", Static).update(
                f"[b]{v.titel}[/b] · {v.werkgever} · {v.status.label} sinds {formatteer_datum(v.status_datum)}\n"
                f"{v.notitie or '(geen notitie)'}"
            )

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._toon_notitie(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        v = next((v for v in self.rijen if str(v.id) == event.row_key.value), None)
        if v is not None:
            self.app.push_screen(VoorstelFormulier(v), self._na_opslaan)

    def _na_opslaan(self, resultaat) -> None:
        if resultaat is None:
            return
        _voorstel, melding = resultaat
        self.notify("Opgeslagen." + (f" {melding}" if melding else ""), timeout=4)
        self.laad()

    def action_vacatures(self) -> None:
        from werkcoach_tui.screens.vacatures import VacatureScherm

        self.app.push_screen(VacatureScherm(self.klant_id))

    def on_screen_resume(self) -> None:
        self.laad()

    def action_terug(self) -> None:
        self.app.pop_screen()
