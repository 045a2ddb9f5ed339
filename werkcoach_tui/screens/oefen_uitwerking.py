"""The built-in uitwerking form of the practice environment: the trainee's judgement,
instruments, onderbouwing and the signals they noticed (usable without the dossier screens)."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Static, TextArea

from werkcoach_tui.models.enums import Dienstverleningsdoel, Instrument, Zelfredzaam
from werkcoach_tui.oefenen.casus import SIGNALEN, Oefencasus
from werkcoach_tui.oefenen.feedback import TraineeUitwerking
from werkcoach_tui.screens.formulier_basis import FormulierScherm
from werkcoach_tui.widgets.formulier import Veld, keuzeveld, vinkveld


def uitwerking_uit_formulier(waarden: dict[str, Any]) -> TraineeUitwerking:
    """The form's values (``inst-*`` / ``sig-*`` checkboxes) as a TraineeUitwerking."""
    return TraineeUitwerking(
        zelfredzaam=waarden.get("zelfredzaam") or None,
        dienstverleningsdoel=waarden.get("dienstverleningsdoel") or None,
        instrumenten=tuple(i for i in Instrument if waarden.get(f"inst-{i.value}")),
        onderbouwing=(waarden.get("onderbouwing") or "").strip(),
        signalen=tuple(code for code in SIGNALEN if waarden.get(f"sig-{code}")),
    )


class UitwerkingFormulier(FormulierScherm):
    """Dismisses with True when saved."""

    HELP_TITEL = "Uitwerking oefencasus"
    HELP_UITLEG = ("Vul je oordeel, je besluit en je onderbouwing in. Ctrl+S bewaart; daarna geeft F in de "
                   "casuslijst feedback naast de modeluitwerking.")

    def __init__(self, casus: Oefencasus, klant_id: int) -> None:
        super().__init__()
        self.casus = casus
        self.klant_id = klant_id

    def compose(self) -> ComposeResult:
        u = self.app.diensten.oefenen.formulier(self.klant_id) or TraineeUitwerking()
        gekozen_signalen = set(u.signalen or ())
        with Vertical(classes="dialoog oefen-formulier"):
            yield Static(f"Jouw uitwerking — {self.casus.titel}", classes="dialoog-titel")
            with VerticalScroll():
                yield Static("Oordeelsvorming", classes="sectie")
                with Grid(classes="velden"):
                    yield keuzeveld("zelfredzaam", "Zelfredzaam?", Zelfredzaam.choices(),
                                    u.zelfredzaam.value if u.zelfredzaam else None)
                    yield keuzeveld("dienstverleningsdoel", "Dienstverleningsdoel", Dienstverleningsdoel.choices(),
                                    u.dienstverleningsdoel.value if u.dienstverleningsdoel else None)
                yield Static("Besluiten: welke instrumenten zet je in?", classes="sectie")
                with Vertical(classes="vinkjes"):
                    for inst in Instrument:
                        yield vinkveld(f"inst-{inst.value}", inst.label, inst in u.instrumenten)
                yield Static("Onderbouwing: waarom dit oordeel en deze instrumenten?", classes="sectie")
                yield Veld("onderbouwing", "Verbind de vraag van werkgevers in de regio, wat de klant kan, en het instrument.",
                           TextArea(u.onderbouwing, id="in-onderbouwing", soft_wrap=True))
                yield Static("Signalen die je opmerkt", classes="sectie")
                with Vertical(classes="vinkjes"):
                    for code, s in SIGNALEN.items():
                        yield vinkveld(f"sig-{code}", s.label, code in gekozen_signalen)
            with Horizontal(classes="knoppen"):
                yield Button("Opslaan (Ctrl+S)", id="opslaan", variant="primary")
                yield Button("Annuleren", id="annuleren")

    def opslaan_in_store(self, waarden: dict[str, Any]) -> bool:
        self.app.diensten.oefenen.bewaar_formulier(self.klant_id, uitwerking_uit_formulier(waarden))
        return True
