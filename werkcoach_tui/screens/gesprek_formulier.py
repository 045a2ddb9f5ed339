"""Gesprek vastleggen of plannen: a modal form."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Button, Static, TextArea

from werkcoach_tui.models.enums import GesprekStatus, GesprekType, Kanaal
from werkcoach_tui.models.gesprek import Gesprek
from werkcoach_tui.models.klant import Klant
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.screens.formulier_basis import FormulierScherm
from werkcoach_tui.widgets.formulier import Veld, datumveld, keuzeveld, tekstveld


class GesprekFormulier(FormulierScherm):
    """Record a held gesprek, plan one (status gepland), or edit one."""

    HELP_TITEL = "Gesprek"

    def __init__(self, klant: Klant, gesprek: Gesprek | None = None, *, plannen: bool = False,
                 type: GesprekType | None = None) -> None:
        super().__init__()
        self.klant = klant
        self.gesprek = gesprek
        self.plannen = plannen
        self.type = type

    def compose(self) -> ComposeResult:
        g = self.gesprek
        today = self.app.diensten.clock.today()
        if g is not None:
            titel = f"Gesprek bewerken — {self.klant.naam}"
        elif self.plannen:
            titel = f"Gesprek plannen — {self.klant.naam}"
        else:
            titel = f"Gesprek vastleggen — {self.klant.naam}"
        status = g.status.value if g else (GesprekStatus.GEPLAND.value if self.plannen else GesprekStatus.GEVOERD.value)
        with Vertical(classes="dialoog formulier"):
            yield Static(titel, classes="dialoog-titel")
            with Grid(classes="velden"):
                yield datumveld("datum", "Datum *", formatteer_datum(g.datum if g else today))
                yield keuzeveld("type", "Soort gesprek *", GesprekType.choices(),
                                g.type.value if g else (self.type or GesprekType.COACHINGSGESPREK).value, leeg=False)
                yield keuzeveld("kanaal", "Kanaal *", Kanaal.choices(), g.kanaal.value if g else Kanaal.VESTIGING.value,
                                leeg=False)
                yield keuzeveld("status", "Status", GesprekStatus.choices(), status, leeg=False)
                yield tekstveld("duur_minuten", "Duur (minuten)", str(g.duur_minuten) if g else ("" if self.plannen else "30"))
                yield datumveld("volgend_contactmoment", "Volgend contactmoment (plant een gesprek)", "")
            yield Veld("notitie", "Notitie", TextArea(g.notitie if g else "", id="in-notitie", classes="notitie"))
            with Horizontal(classes="knoppen"):
                yield Button("Opslaan (Ctrl+S)", id="opslaan", variant="primary")
                yield Button("Annuleren (Esc)", id="annuleren")

    def opslaan_in_store(self, waarden: dict[str, Any]) -> Gesprek:
        klanten = self.app.diensten.klanten
        if self.gesprek is None:
            return klanten.voeg_gesprek_toe(self.klant.id, waarden)
        return klanten.wijzig_gesprek(self.gesprek.id, waarden)
