"""The help screen (F1 or ?): every key, for the screen you came from and the whole app."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

ALGEMEEN = [
    ("F1 of ?", "Deze hulp"),
    ("Ctrl+P", "Opdrachtenpalet: nieuwe klant, zoek klant, wissel thema, help"),
    ("Tab / Shift+Tab", "Naar het volgende / vorige veld"),
    ("Enter", "Openen of bevestigen"),
    ("Escape", "Terug of annuleren"),
    ("Ctrl+Q", "Werkcoach afsluiten (niet-opgeslagen invoer wordt eerst aangeboden om op te slaan)"),
]


def _toets(key: str) -> str:
    namen = {"escape": "Escape", "enter": "Enter", "question_mark": "?", "slash": "/", "ctrl+s": "Ctrl+S",
             "f1": "F1", "delete": "Delete", "ctrl+q": "Ctrl+Q"}
    return ", ".join(namen.get(k.strip(), k.strip().capitalize() if len(k.strip()) > 1 else k.strip())
                     for k in key.split(","))


class HelpScherm(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss", "Sluiten")]

    def __init__(self, vorig: Screen | None = None) -> None:
        super().__init__()
        self.vorig = vorig

    def compose(self) -> ComposeResult:
        with Vertical(id="help", classes="dialoog breed"):
            yield Static("Sneltoetsen", classes="dialoog-titel")
            with VerticalScroll():
                if self.vorig is not None:
                    titel = getattr(self.vorig, "HELP_TITEL", "Dit scherm")
                    regels = [
                        (_toets(b.key), b.description)
                        for b in getattr(self.vorig, "BINDINGS", [])
                        if isinstance(b, Binding) and b.description
                    ]
                    if regels:
                        yield Static(f"[b]{titel}[/b]", classes="help-kop")
                        yield Static(_tabel(regels), classes="help-tabel")
                yield Static("[b]Overal[/b]", classes="help-kop")
                yield Static(_tabel(ALGEMEEN), classes="help-tabel")
                uitleg = getattr(self.vorig, "HELP_UITLEG", "")
                if uitleg:
                    yield Static(uitleg, classes="help-uitleg")
            yield Static("Escape of F1 sluit deze hulp.", classes="dialoog-voet")


def _tabel(regels: list[tuple[str, str]]) -> str:
    breedte = max(len(k) for k, _ in regels) + 2
    return "\n".join(f"  [b]{k.ljust(breedte)}[/b]{v}" for k, v in regels)
