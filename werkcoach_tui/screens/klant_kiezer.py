"""Pick a klant (for a proposal): type to filter the caseload, Enter chooses."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from werkcoach_tui.screens.caseload import filter_caseload
from werkcoach_tui.store import StoreFout

MAX_KEUZES = 100


class KlantKiezer(ModalScreen[int | None]):
    """Dismisses with the chosen klant's id, or None (Escape)."""

    HELP_TITEL = "Klant kiezen"
    BINDINGS = [Binding("escape", "annuleren", "Annuleren")]

    def __init__(self, titel: str) -> None:
        super().__init__()
        self.titel = titel
        self.rijen = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog breed", id="klant-kiezer"):
            yield Static(self.titel, classes="dialoog-titel")
            yield Input(placeholder="Typ een naam of klantnummer…", id="kiezer-filter")
            yield OptionList(id="kiezer-lijst")
            yield Static("Enter kiest · Esc annuleert", classes="dialoog-voet")

    def on_mount(self) -> None:
        try:
            self.rijen = self.app.diensten.klanten.caseload()
        except StoreFout as exc:
            self.notify(str(exc), severity="error")
        self._vul("")
        self.query_one("#kiezer-filter", Input).focus()

    def _vul(self, zoek: str) -> None:
        lijst = self.query_one("#kiezer-lijst", OptionList)
        lijst.clear_options()
        rijen = filter_caseload(self.rijen, zoek)[:MAX_KEUZES]
        lijst.add_options([Option(f"{r.naam} ({r.klantnummer})", id=str(r.id)) for r in rijen])
        if rijen:
            lijst.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._vul(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        lijst = self.query_one("#kiezer-lijst", OptionList)
        if lijst.highlighted is not None and lijst.option_count:
            self.dismiss(int(lijst.get_option_at_index(lijst.highlighted).id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id))

    def on_key(self, event) -> None:
        # Arrow keys move through the list while typing in the filter.
        if event.key in ("down", "up") and self.focused is self.query_one("#kiezer-filter", Input):
            lijst = self.query_one("#kiezer-lijst", OptionList)
            if event.key == "down":
                lijst.action_cursor_down()
            else:
                lijst.action_cursor_up()
            event.stop()

    def action_annuleren(self) -> None:
        self.dismiss(None)
