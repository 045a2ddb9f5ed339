"""The step indicator of methodisch handelen: four steps, the current one, and how complete each is."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Static

from werkcoach_tui.models.enums import MethodeStap
from werkcoach_tui.rules.dossier import STAPPEN, StapVolledigheid


class StapKnop(Static):
    """One step; a click chooses it."""

    def __init__(self, nummer: int, stap: MethodeStap) -> None:
        super().__init__("", id=f"stapknop-{stap.value}", classes="stapknop")
        self.nummer = nummer
        self.stap = stap

    def on_click(self) -> None:
        self.post_message(StappenBalk.Gekozen(self.stap))


class StappenBalk(Horizontal, can_focus=True):
    """Beeldvorming → Oordeelsvorming → Besluiten → Uitvoeren. Keys 1–4 or ←/→, or the mouse."""

    DEFAULT_CSS = """
    StappenBalk { height: 3; }
    StappenBalk .stapknop {
        width: 1fr; height: 3; border: round $panel-lighten-2; content-align: center middle;
        color: $text-muted;
    }
    StappenBalk .stapknop.huidig { border: round $accent; color: $text; text-style: bold; background: $boost; }
    StappenBalk .stapknop.compleet { color: $success; }
    StappenBalk .stapknop.huidig.compleet { color: $success; }
    StappenBalk:focus .stapknop.huidig { border: heavy $accent; }
    """

    BINDINGS = [
        Binding("left", "vorige", "Vorige stap", show=False),
        Binding("right", "volgende", "Volgende stap", show=False),
    ]

    class Gekozen(Message):
        def __init__(self, stap: MethodeStap) -> None:
            super().__init__()
            self.stap = stap

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.huidig = MethodeStap.BEELDVORMING

    def compose(self) -> ComposeResult:
        for n, stap in enumerate(STAPPEN, start=1):
            yield StapKnop(n, stap)

    def toon(self, huidig: MethodeStap, volledigheid: dict[MethodeStap, StapVolledigheid]) -> None:
        self.huidig = huidig
        for knop in self.query(StapKnop):
            v = volledigheid.get(knop.stap)
            teller = f"  {v.teller}" if v else ""
            vink = " ✓" if v and v.compleet else ""
            knop.update(f"{knop.nummer} {knop.stap.label}{teller}{vink}")
            knop.set_class(knop.stap == huidig, "huidig")
            knop.set_class(bool(v and v.compleet), "compleet")

    def _schuif(self, richting: int) -> None:
        if self.huidig not in STAPPEN:
            return
        i = STAPPEN.index(self.huidig) + richting
        if 0 <= i < len(STAPPEN):
            self.post_message(self.Gekozen(STAPPEN[i]))

    def action_vorige(self) -> None:
        self._schuif(-1)

    def action_volgende(self) -> None:
        self._schuif(1)
