"""A small modal question with buttons (e.g. save before quitting?)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class BevestigScherm(ModalScreen[str]):
    """Ask a question; dismisses with the id of the chosen button ('annuleren' on Escape)."""

    BINDINGS = [Binding("escape", "kies('annuleren')", "Annuleren")]

    def __init__(self, titel: str, vraag: str, knoppen: list[tuple[str, str, str]]) -> None:
        """knoppen: (id, label, variant) in order; the first gets the focus."""
        super().__init__()
        self.titel = titel
        self.vraag = vraag
        self.knoppen = knoppen

    def compose(self) -> ComposeResult:
        with Vertical(id="dialoog", classes="dialoog"):
            yield Static(self.titel, classes="dialoog-titel")
            yield Static(self.vraag, classes="dialoog-tekst")
            with Horizontal(classes="knoppen"):
                for knop_id, label, variant in self.knoppen:
                    yield Button(label, id=knop_id, variant=variant)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id or "annuleren")

    def action_kies(self, keuze: str) -> None:
        self.dismiss(keuze)


class MeldingScherm(ModalScreen[None]):
    """A Dutch message that needs acknowledging (e.g. a database problem)."""

    BINDINGS = [Binding("escape,enter", "dismiss", "Sluiten")]

    def __init__(self, titel: str, tekst: str) -> None:
        super().__init__()
        self.titel = titel
        self.tekst = tekst

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog fout-dialoog"):
            yield Static(self.titel, classes="dialoog-titel")
            yield Static(self.tekst, classes="dialoog-tekst")
            with Horizontal(classes="knoppen"):
                yield Button("Sluiten", id="sluiten", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)
