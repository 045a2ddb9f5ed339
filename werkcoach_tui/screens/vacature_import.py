"""Import vacatures from the app: a path, a progress bar, and the summary (in a worker)."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, ProgressBar, Static

from werkcoach_tui.store import StoreFout


class ImportScherm(ModalScreen[bool]):
    """Dismisses with True when vacancies were imported."""

    HELP_TITEL = "Vacatures importeren"
    BINDINGS = [Binding("escape", "sluiten", "Sluiten")]

    def __init__(self, pad: str = "") -> None:
        super().__init__()
        self.pad = pad
        self.geimporteerd = False
        self.bezig = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog breed", id="import-dialoog"):
            yield Static("Vacatures importeren", classes="dialoog-titel")
            yield Static("CSV (komma of puntkomma, ook uit Excel) of JSON Lines. Verplichte kolommen: titel, "
                         "werkgever, plaats. Een bestaand id wordt bijgewerkt.", classes="dialoog-tekst")
            yield Input(value=self.pad, placeholder="Pad naar het bestand, bv. ~/Downloads/vacatures.csv", id="imp-pad")
            yield ProgressBar(total=100, show_eta=False, id="imp-voortgang")
            with VerticalScroll(id="imp-resultaat-paneel"):
                yield Static("", id="imp-resultaat")
            with Horizontal(classes="knoppen"):
                yield Button("Importeren", id="importeren", variant="primary")
                yield Button("Sluiten (Esc)", id="sluiten")

    def on_mount(self) -> None:
        self.query_one("#imp-pad", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "importeren":
            self.start()
        else:
            self.action_sluiten()

    def start(self) -> None:
        if self.bezig:
            return
        pad = self.query_one("#imp-pad", Input).value.strip()
        if not pad:
            self.query_one("#imp-resultaat", Static).update("Vul het pad naar het bestand in.")
            return
        self.bezig = True
        self.query_one("#importeren", Button).disabled = True
        self.query_one("#imp-voortgang", ProgressBar).update(progress=0)
        self.query_one("#imp-resultaat", Static).update("Bezig met importeren…")
        self._importeer(pad, self.query_one("#imp-voortgang", ProgressBar))

    @work(thread=True, exclusive=True, group="vacatures-import")
    def _importeer(self, pad: str, balk: ProgressBar) -> None:
        vacatures = self.app.diensten.vacatures

        def voortgang(fractie: float) -> None:
            self.app.call_from_thread(balk.update, progress=round(fractie * 100))

        try:
            samenvatting = vacatures.importeer(pad, voortgang=voortgang)
        except StoreFout as exc:
            self.app.call_from_thread(self._klaar, False, [f"Niets geïmporteerd: {exc}"])
            return
        if samenvatting.gelukt:
            vacatures.bouw_index()  # the new vacancies are searchable when the dialog closes
        self.app.call_from_thread(self._klaar, samenvatting.gelukt, samenvatting.regels())

    def _klaar(self, gelukt: bool, regels: list[str]) -> None:
        self.bezig = False
        self.query_one("#importeren", Button).disabled = False
        from rich.markup import escape

        self.query_one("#imp-resultaat", Static).update("\n".join(escape(r) for r in regels))
        if gelukt:
            self.geimporteerd = True
            self.query_one("#imp-voortgang", ProgressBar).update(progress=100)
            self.notify("Vacatures geïmporteerd. " + regels[0], timeout=4)
        else:
            self.query_one("#imp-voortgang", ProgressBar).update(progress=0)

    def action_sluiten(self) -> None:
        if self.bezig:
            self.notify("Het importeren loopt nog; even geduld.", severity="warning")
            return
        self.dismiss(self.geimporteerd)
