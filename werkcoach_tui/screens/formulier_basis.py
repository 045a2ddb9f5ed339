"""Shared behaviour of modal forms: show field errors, save with Ctrl+S, never drop typed text."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.screen import ModalScreen

from werkcoach_tui.screens.bevestig import BevestigScherm
from werkcoach_tui.store import StoreFout, VerouderdFout
from werkcoach_tui.services.validatie import Validatiefout
from werkcoach_tui.widgets.formulier import Veld


class FormulierScherm(ModalScreen[Any]):
    """A modal form. Subclasses compose ``Veld``s and define ``opslaan_in_store(waarden)``,
    which calls a service and returns what the form dismisses with."""

    BINDINGS = [
        Binding("ctrl+s", "opslaan", "Opslaan", priority=True),
        Binding("escape", "annuleren", "Annuleren"),
    ]
    HELP_TITEL = "Formulier"

    _begin: dict[str, Any] | None = None

    def on_mount(self) -> None:
        self._begin = self.waarden()
        velden = list(self.query(Veld))
        if velden:
            self.set_focus(velden[0].widget)

    def waarden(self) -> dict[str, Any]:
        return {v.naam: v.waarde for v in self.query(Veld)}

    def heeft_wijzigingen(self) -> bool:
        return self._begin is not None and self.waarden() != self._begin

    def toon_fouten(self, fouten: dict[str, str]) -> None:
        eerste = None
        for veld in self.query(Veld):
            melding = fouten.get(veld.naam)
            veld.zet_fout(melding)
            if melding and eerste is None:
                eerste = veld
        if eerste is not None:
            self.set_focus(eerste.widget)
            self.notify("Het formulier is niet opgeslagen: verbeter de rood gemarkeerde velden.",
                        severity="error", timeout=4)

    def action_opslaan(self) -> bool:
        """Try to save. Returns True when stored (and the form is closed)."""
        try:
            resultaat = self.opslaan_in_store(self.waarden())
        except Validatiefout as exc:
            self.toon_fouten(exc.fouten)
            return False
        except VerouderdFout as exc:
            self.bij_verouderd(exc)
            return False
        except StoreFout as exc:
            self.notify(str(exc), title="Niet opgeslagen", severity="error", timeout=10)
            return False
        self.toon_fouten({})
        self._begin = self.waarden()
        self.dismiss(resultaat)
        return True

    def bij_verouderd(self, exc: VerouderdFout) -> None:
        """Someone else saved first. Forms with a reload path override this (see KlantFormulier)."""
        self.notify(str(exc), title="Niet opgeslagen", severity="error", timeout=10)

    def action_annuleren(self) -> None:
        if not self.heeft_wijzigingen():
            self.dismiss(None)
            return

        def gekozen(keuze: str | None) -> None:
            if keuze == "opslaan":
                self.action_opslaan()
            elif keuze == "weggooien":
                self.dismiss(None)

        self.app.push_screen(
            BevestigScherm(
                "Wijzigingen niet opgeslagen",
                "U heeft iets ingevuld dat nog niet is opgeslagen. Wat wilt u doen?",
                [("opslaan", "Opslaan", "primary"), ("weggooien", "Niet opslaan", "error"),
                 ("annuleren", "Verder invullen", "default")],
            ),
            gekozen,
        )

    def on_button_pressed(self, event) -> None:
        if event.button.id == "opslaan":
            event.stop()
            self.action_opslaan()
        elif event.button.id == "annuleren":
            event.stop()
            self.action_annuleren()
