"""WerkcoachApp: screens, global keys, the command palette, theme and messages."""

from __future__ import annotations

import asyncio
import os
import time
from functools import partial
from pathlib import Path
from typing import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette, Hit, Hits, Provider
from textual.screen import Screen

from werkcoach_tui import opstart
from werkcoach_tui.diensten import MODUS_OEFENEN, Diensten
from werkcoach_tui.screens.caseload import CaseloadScherm
from werkcoach_tui.store import StoreFout

# Every other screen is imported where it is opened: the start-up only pays for the caseload.

THEMAS = ("textual-dark", "textual-light")


class KlantZoeker(Provider):
    """Command palette: 'Zoek klant …' finds klanten by name or number."""

    _rijen: list = []

    async def startup(self) -> None:
        """Read the klanten once when the palette opens, not on every keystroke."""
        app = self.app
        assert isinstance(app, WerkcoachApp)
        try:
            self._rijen = await asyncio.to_thread(app.diensten.klanten.caseload)
        except StoreFout:
            self._rijen = []

    async def search(self, query: str) -> Hits:
        app = self.app
        assert isinstance(app, WerkcoachApp)
        matcher = self.matcher(query)
        for rij in self._rijen:
            tekst = f"Zoek klant: {rij.naam} ({rij.klantnummer})"
            score = matcher.match(tekst)
            if score > 0:
                yield Hit(score, matcher.highlight(tekst), partial(app.open_klant, rij.id),
                          help="Open de klantkaart")


class WerkcoachApp(App):
    """The adviser's tool. Build it with its dependencies: ``WerkcoachApp(diensten)``."""

    CSS_PATH = "app.tcss"
    TITLE = "Werkcoach"
    COMMAND_PALETTE_BINDING = "ctrl+p"
    COMMANDS = App.COMMANDS | {KlantZoeker}
    BINDINGS = [
        Binding("ctrl+q", "quit", "Afsluiten", priority=True),
        Binding("ctrl+p", "command_palette", "Opdrachten", show=False, priority=True),
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
    ]

    def __init__(self, diensten: Diensten, **kwargs) -> None:
        super().__init__(**kwargs)
        self.diensten = diensten
        self.sluit_af = False
        self.sub_title = diensten.label
        if diensten.modus == MODUS_OEFENEN:
            self.add_class("oefenen")
            self.title = "Werkcoach · OEFENOMGEVING"
            self.sub_title = "fictieve gegevens"

    # -- start -----------------------------------------------------------------
    def on_mount(self) -> None:
        self.screen_change_signal.subscribe(self, self._oefen_banner)
        try:
            thema = self.diensten.instellingen.lees().thema
        except StoreFout as exc:
            thema = THEMAS[0]
            self.toon_storefout(str(exc))
        self.theme = thema if thema in THEMAS else THEMAS[0]
        if opstart.gepauzeerd():  # started by `werkcoach`: the collector is back once the caseload shows,
            self.set_timer(10, self._opstart_klaar)  # or after this long whatever happens
        self.push_screen(CaseloadScherm())
        if self.diensten.modus == MODUS_OEFENEN:
            self.action_oefenomgeving()  # the practice environment starts at its case list

    # -- command palette --------------------------------------------------------
    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette", placeholder="Typ een opdracht of een klantnaam…"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from werkcoach_tui.screens.klant import KlantScherm

        yield SystemCommand("Nieuwe klant", "Een nieuwe klant aanmaken", self.action_nieuwe_klant)
        yield SystemCommand("Zoek klant", "Naar het filter van de caseload", self.action_zoek_klant)
        yield SystemCommand("Caseload", "Terug naar de caseload", self.action_caseload)
        yield SystemCommand("Vacatures zoeken", "Zoeken terwijl u typt, met filters", self.open_vacatures)
        yield SystemCommand("Vacatures importeren", "CSV of JSON Lines inlezen", self.action_vacatures_importeren)
        if isinstance(screen, KlantScherm):
            yield SystemCommand("Vacatures voor deze klant", "Zoek met wensberoepen, uren en regio",
                                partial(self.open_vacatures, screen.klant_id))
            yield SystemCommand("Voorstellen van deze klant", "Voorgestelde vacatures en hun status",
                                partial(self.open_voorstellen, screen.klant_id))
            yield SystemCommand("Passend werkaanbod", "Geschiktheid, 2 vacatures, gesprekken en uitkomst",
                                partial(self.open_pawa, screen.klant_id))
        klant_id = getattr(screen, "klant_id", None)
        if klant_id is not None:
            yield SystemCommand("Werkplan", "Werkplan van deze klant", partial(self.open_werkplan, klant_id))
            yield SystemCommand("Sollicitaties", "Sollicitatiecontrole van deze klant",
                                partial(self.open_sollicitaties, klant_id))
        yield SystemCommand("Casuïstiekbespreking", "Dossiers samen bespreken, gepseudonimiseerd",
                            self.action_casuistiek)
        yield SystemCommand("Wissel thema", "Licht of donker", self.action_wissel_thema)
        yield SystemCommand("Oefenomgeving", "Oefencasussen met fictieve klanten (eigen database)", self.action_oefenomgeving)
        yield SystemCommand("Help", "Alle sneltoetsen", self.action_help)
        yield SystemCommand("Afsluiten", "Werkcoach afsluiten", self.action_quit)

    # -- navigation ------------------------------------------------------------
    def action_oefenomgeving(self) -> None:
        from werkcoach_tui.screens.oefen_casussen import open_oefenomgeving

        open_oefenomgeving(self)

    def _oefen_banner(self, scherm: Screen) -> None:
        if self.diensten.modus == MODUS_OEFENEN:
            from werkcoach_tui.widgets.oefen_banner import plaats_banner

            plaats_banner(scherm)

    def open_klant(self, klant_id: int) -> None:
        from werkcoach_tui.screens.klant import KlantScherm

        self.push_screen(KlantScherm(klant_id))

    def open_vacatures(self, klant_id: int | None = None) -> None:
        from werkcoach_tui.screens.vacatures import VacatureScherm

        self.push_screen(VacatureScherm(klant_id))

    def open_voorstellen(self, klant_id: int) -> None:
        from werkcoach_tui.screens.voorstellen import VoorstellenScherm

        self.push_screen(VoorstellenScherm(klant_id))

    def open_pawa(self, klant_id: int) -> None:
        from werkcoach_tui.screens.pawa import PawaScherm

        self.push_screen(PawaScherm(klant_id))

    def action_vacatures_importeren(self) -> None:
        from werkcoach_tui.screens.vacature_import import ImportScherm

        self.push_screen(ImportScherm())

    def start_vacature_index(self) -> None:
        """Build the vacancy search index in the background, after the first frame."""
        vacatures = self.diensten.vacatures
        if vacatures.index_klaar or any(w.group == "vacature-index" and not w.is_finished for w in self.workers):
            return

        def bouw() -> None:
            try:
                vacatures.bouw_index()
            except StoreFout:
                pass  # the search itself reports the problem when it is used

        self.run_worker(bouw, thread=True, group="vacature-index", exclusive=True, exit_on_error=False)

    def open_dossier(self, klant_id: int, stap=None) -> None:
        """The klant's dossier (on top of the klant card), optionally at one step of the method."""
        from werkcoach_tui.rules.dossier import STAPPEN
        from werkcoach_tui.screens.dossier import DossierScherm
        from werkcoach_tui.screens.klant import KlantScherm

        self.push_screen(KlantScherm(klant_id))
        scherm = DossierScherm(klant_id)
        self.push_screen(scherm)
        if stap is not None and stap in STAPPEN:
            self.call_after_refresh(scherm.action_stap, STAPPEN.index(stap) + 1)

    def open_casuistiek(self) -> None:
        self.action_casuistiek()

    def open_werkplan(self, klant_id: int) -> None:
        from werkcoach_tui.screens.werkplan import WerkplanScherm

        self.push_screen(WerkplanScherm(klant_id))

    def open_sollicitaties(self, klant_id: int) -> None:
        from werkcoach_tui.screens.sollicitaties import SollicitatieScherm

        self.push_screen(SollicitatieScherm(klant_id))

    def caseload_gewijzigd(self) -> None:
        """Tell the caseload (under the current screen) to reload."""
        for scherm in self.screen_stack:
            if isinstance(scherm, CaseloadScherm):
                scherm.laad()

    def _opstart_klaar(self) -> None:
        opstart.hervat(bevries=True)

    def caseload_getoond(self) -> None:
        """The caseload is on screen. `benchmarks/startup.py` asks to be told when."""
        self._opstart_klaar()
        meld = os.environ.get("WERKCOACH_BENCH_STARTUP")
        if meld:
            nu = time.time()
            # Beside it, the CPU seconds this process used so far (the machine may be busy).
            Path(f"{meld}.cpu").write_text(f"{time.process_time():.6f}\n")
            Path(meld).write_text(f"{nu:.6f}\n")
            self.exit()
            return
        self.start_vacature_index()

    def action_caseload(self) -> None:
        if not self.schermen_kunnen_sluiten():
            return
        while len(self.screen_stack) > 2 and not isinstance(self.screen, CaseloadScherm):
            self.pop_screen()

    def schermen_kunnen_sluiten(self) -> bool:
        """False when a screen on the stack holds typed text it could not store (a dossier
        field someone else changed meanwhile): that screen then asks the adviser first."""
        for scherm in reversed(self.screen_stack):
            kan = getattr(scherm, "kan_sluiten", None)
            if callable(kan) and not kan():
                return False
        return True

    def action_casuistiek(self) -> None:
        from werkcoach_tui.screens.casuistiek import CasuistiekLijstScherm

        if not isinstance(self.screen, CasuistiekLijstScherm):
            self.push_screen(CasuistiekLijstScherm())

    def action_zoek_klant(self) -> None:
        self.action_caseload()
        scherm = self.screen
        if isinstance(scherm, CaseloadScherm):
            scherm.action_zoek()

    def action_nieuwe_klant(self) -> None:
        from werkcoach_tui.screens.klant_formulier import KlantFormulier

        def klaar(klant) -> None:
            if klant is not None and not self.sluit_af:
                self.notify(f"Klant {klant.naam} ({klant.klantnummer}) is aangemaakt.", timeout=3)
                self.caseload_gewijzigd()
                self.open_klant(klant.id)

        self.push_screen(KlantFormulier(), klaar)

    def action_help(self) -> None:
        from werkcoach_tui.screens.help import HelpScherm

        if isinstance(self.screen, HelpScherm):
            return
        self.push_screen(HelpScherm(self.screen))

    def action_wissel_thema(self) -> None:
        nieuw = THEMAS[(THEMAS.index(self.theme) + 1) % len(THEMAS)] if self.theme in THEMAS else THEMAS[0]
        self.theme = nieuw
        try:
            self.diensten.instellingen.wijzig(thema=nieuw)
        except StoreFout as exc:
            self.notify(str(exc), severity="error")

    # -- problems --------------------------------------------------------------
    def toon_storefout(self, melding: str) -> None:
        from werkcoach_tui.screens.bevestig import MeldingScherm

        self._opstart_klaar()
        self.push_screen(MeldingScherm("Probleem met de database", melding))

    # -- quitting never drops typed text --------------------------------------
    async def action_quit(self) -> None:
        for onder in reversed(self.screen_stack):
            bewaar = getattr(onder, "bewaar_voor_afsluiten", None)
            # Autosaving screens (also under a dialog) flush what was typed; False means the
            # screen first asks what happens with text it could not store (e.g. a dossier
            # field someone else changed meanwhile): nothing closes until that is answered.
            if callable(bewaar) and bewaar() is False:
                return
        scherm = self.screen
        heeft = getattr(scherm, "heeft_wijzigingen", None)
        if callable(heeft) and heeft():
            from werkcoach_tui.screens.bevestig import BevestigScherm

            def gekozen(keuze: str | None) -> None:
                if keuze == "opslaan":
                    self.sluit_af = True
                    if scherm.action_opslaan():
                        self.exit()
                    else:
                        self.sluit_af = False
                elif keuze == "weggooien":
                    self.exit()

            self.push_screen(
                BevestigScherm(
                    "Afsluiten",
                    "Er is invoer die nog niet is opgeslagen. Opslaan voordat Werkcoach sluit?",
                    [("opslaan", "Opslaan en afsluiten", "primary"), ("weggooien", "Niet opslaan", "error"),
                     ("annuleren", "Terug", "default")],
                ),
                gekozen,
            )
            return
        self.exit()
