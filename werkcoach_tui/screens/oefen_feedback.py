"""Feedback on a practice case: the trainee's choices beside the modeluitwerking, point by point."""

from __future__ import annotations

from rich.console import Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from werkcoach_tui.oefenen.feedback import Feedback, FeedbackPunt, FeedbackStatus
from werkcoach_tui.services.oefenen import BRON_LEEG, BRON_TEKST
from werkcoach_tui.store import StoreFout

STATUS_TEKEN = {
    FeedbackStatus.MATCH: ("[✓] Komt overeen", "bold green"),
    FeedbackStatus.WIJKT_AF: ("[≠] Wijkt af", "bold yellow"),
    FeedbackStatus.ONTBREEKT: ("[–] Ontbreekt", "bold red"),
}
"""Readable without colour: the sign and the word carry the meaning."""

METHODE_KORT = ("Let op: je onderbouwing is met eenvoudige woordvergelijking op trefwoorden gecontroleerd, "
                "geen inhoudelijk oordeel. Bespreek de uitkomst met je trainer. (M: hoe is dit vergeleken?)")


def punt_weergave(p: FeedbackPunt) -> Group:
    teken, stijl = STATUS_TEKEN[p.status]
    kop = Text.assemble((teken, stijl), "  ", (p.onderwerp, "bold"))
    tabel = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1))
    tabel.add_column("Jouw uitwerking", ratio=1)
    tabel.add_column("Modeluitwerking", ratio=1)
    tabel.add_row(p.jouw_keuze, p.model_keuze)
    uitleg = Text.assemble(("Waarom (model): ", "italic"), p.uitleg)
    return Group(kop, tabel, uitleg, Text(""))


def feedback_weergave(feedback: Feedback) -> Group:
    delen: list = []
    for p in feedback.punten:
        delen.append(punt_weergave(p))
    delen += [Text("Visie van het model", style="bold"), Text(feedback.visie), Text(""),
              Text("Hoe is dit vergeleken?", style="bold"), Text(feedback.methode)]
    return Group(*delen)


class FeedbackScherm(Screen):
    HELP_TITEL = "Feedback oefencasus"
    BINDINGS = [
        Binding("u", "uitwerking", "Uitwerking aanpassen"),
        Binding("m", "methode", "Hoe vergeleken?"),
        Binding("f5", "herlaad", "Vernieuw"),
        Binding("escape", "terug", "Terug"),
    ]

    def __init__(self, casus_id: str) -> None:
        super().__init__()
        self.casus_id = casus_id
        self.feedback: Feedback | None = None
        self.bron = BRON_LEEG

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="oefen-feedback-kop")
        with VerticalScroll(id="oefen-feedback"):
            yield Static("", id="oefen-feedback-punten")
        yield Static(METHODE_KORT, id="oefen-methode")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Feedback"
        self.action_herlaad()
        self.query_one("#oefen-feedback", VerticalScroll).focus()

    def action_herlaad(self) -> None:
        service = self.app.diensten.oefenen
        try:
            casus = service.casus(self.casus_id)
            self.feedback, self.bron = service.feedback(self.casus_id)
        except StoreFout as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        f = self.feedback
        tellers = " · ".join(f"{STATUS_TEKEN[s][0]}: {f.aantal(s)}" for s in FeedbackStatus)
        self.query_one("#oefen-feedback-kop", Static).update(
            f"[b]{escape(casus.titel)}[/b]\n"
            f"[b]{f.samenvatting}[/b] komen overeen — {tellers}\n"
            f"Vergeleken: {BRON_TEKST[self.bron]}"
        )
        self.query_one("#oefen-feedback-punten", Static).update(feedback_weergave(f))

    def action_methode(self) -> None:
        scroll = self.query_one("#oefen-feedback", VerticalScroll)
        scroll.scroll_end(animate=False)

    def action_uitwerking(self) -> None:
        from werkcoach_tui.screens.oefen_uitwerking import UitwerkingFormulier

        service = self.app.diensten.oefenen
        stand = service.status().get(self.casus_id)
        if stand is None:
            self.notify("Deze casus is teruggezet; start hem opnieuw in de casuslijst.", severity="warning")
            return
        self.app.push_screen(UitwerkingFormulier(service.casus(self.casus_id), stand.klant_id),
                             lambda ok: self.action_herlaad() if ok else None)

    def action_terug(self) -> None:
        self.app.pop_screen()
