"""The dossier's 'someone else changed this field too' dialog.

Shown when an autosave finds that another adviser (or another window) saved a different text
in a field this adviser was editing. Nothing is lost while it is open: the adviser's own text
stays in the field until they choose. Both texts are shown in read-only text areas, so either
can be selected and copied (F7 selects all, Ctrl+C copies) to keep both.

Dismisses with ``"mijn"`` (keep my text: a deliberate, audited overwrite), ``"hun"`` (take
over their text), ``"beide"`` (put both in the field to merge by hand; text fields only) or
``"later"`` (Escape: decide later; the field stays unsaved and marked).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static, TextArea

from werkcoach_tui.services.dossier import VeldConflict


def wie_en_wanneer(conflict: VeldConflict, ik: str | None = None) -> str:
    """'Jan Jansen (23-11-2026 09:00)', or a neutral phrase when the trail does not say."""
    if not conflict.wie:
        return "iemand anders"
    wie = "u, in een ander venster" if ik and conflict.wie == ik else conflict.wie
    if conflict.wanneer is not None:
        return f"{wie} ({conflict.wanneer.strftime('%d-%m-%Y %H:%M')})"
    return wie


class DossierConflictScherm(ModalScreen[str]):
    """One field that someone else changed meanwhile: show both texts, let the adviser choose."""

    HELP_TITEL = "Veld ook door een ander gewijzigd"
    BINDINGS = [Binding("escape", "kies('later')", "Later kiezen")]
    AUTO_FOCUS = "#mijn-tekst"
    """A read-only text has the focus first: keys typed on after the autosave press no button."""
    def __init__(self, conflict: VeldConflict, mijn_tekst: str, *, ik: str | None = None,
                 nummer: int = 1, totaal: int = 1, samenvoegbaar: bool = False, afsluiten: bool = False) -> None:
        super().__init__()
        self.conflict = conflict
        self.mijn_tekst = mijn_tekst
        self.ik = ik
        self.nummer = nummer
        self.totaal = totaal
        self.samenvoegbaar = samenvoegbaar
        self.afsluiten = afsluiten

    def compose(self) -> ComposeResult:
        c = self.conflict
        door = wie_en_wanneer(c, self.ik)
        titel = f"Ook gewijzigd door een ander: {c.label}"
        if self.totaal > 1:
            titel += f" (veld {self.nummer} van {self.totaal})"
        uitleg = (
            f"Terwijl u typte heeft {door} dit veld opgeslagen met een andere tekst. Uw tekst is nog "
            "niet opgeslagen en staat nog in het veld: er gaat niets verloren. Kies wat er in het dossier komt."
        )
        if self.afsluiten:
            uitleg += " Werkcoach sluit af zodra u hebt gekozen."
        with Vertical(classes="dialoog conflict"):
            yield Static(titel, classes="dialoog-titel")
            yield Static(uitleg, classes="dialoog-tekst")
            with Horizontal(classes="teksten"):
                with Vertical(classes="tekstkolom"):
                    yield Label("Uw tekst")
                    yield TextArea(self.mijn_tekst, id="mijn-tekst", read_only=True, soft_wrap=True)
                with Vertical(classes="tekstkolom"):
                    yield Label(f"Tekst van {c.wie or 'de ander'}")
                    yield TextArea(c.hun_tekst, id="hun-tekst", read_only=True, soft_wrap=True)
            yield Static("Beide houden: selecteer in een vak (F7 = alles) en kopieer met Ctrl+C; plakken in "
                         "het veld met Ctrl+V." if not self.samenvoegbaar else
                         "Beide houden: kies 'Beide in het veld' en pas de tekst aan, of kopieer uit een vak "
                         "(F7 = alles, Ctrl+C) en plak in het veld (Ctrl+V).", classes="dialoog-voet")
            with Horizontal(classes="knoppen"):
                yield Button("Mijn tekst bewaren", id="mijn", variant="warning")
                yield Button("Hun tekst overnemen", id="hun", variant="primary")
                if self.samenvoegbaar:
                    yield Button("Beide in het veld", id="beide")
                yield Button("Terug naar het dossier (Esc)" if self.afsluiten else "Later kiezen (Esc)", id="later")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id or "later")

    def action_kies(self, keuze: str) -> None:
        self.dismiss(keuze)
