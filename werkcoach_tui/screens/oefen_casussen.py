"""The practice environment's start: choose an oefencasus, read the situation, start it,
write an uitwerking, ask for feedback, and (trainer) reset a case or everything."""

from __future__ import annotations

from typing import Optional

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from werkcoach_tui.oefenen.casus import CasusFout, Oefencasus, verschuif_casus
from werkcoach_tui.rules.datums import formatteer_datum, maand_in_ww
from werkcoach_tui.screens.bevestig import BevestigScherm
from werkcoach_tui.services.oefenen import CasusStatus
from werkcoach_tui.store import StoreFout


def _uren(v: float) -> str:
    return f"{v:g}".replace(".", ",")


def casus_tekst(casus: Oefencasus, today) -> str:
    """The case as a trainee reads it (Rich markup), dates shifted to ``today``."""
    c = verschuif_casus(casus, today)
    k = c.klant
    regels = [f"[b]{escape(c.titel)}[/b]", f"Niveau: {c.niveau.label}", "", "[b]Leerdoelen[/b]"]
    regels += [f"  • {escape(d)}" for d in c.leerdoelen]
    ww = "nog niet in de WW"
    if k.ww_startdatum and k.ww_startdatum <= today:
        ww = f"maand {maand_in_ww(k.ww_startdatum, today)} van de WW"
    elif k.ww_startdatum:
        ww = f"WW vanaf {formatteer_datum(k.ww_startdatum)}"
    regels += [
        "",
        "[b]De klant[/b]",
        f"  {escape(k.naam)}, {k.leeftijd_op(today)} jaar, {escape(k.woonplaats)}",
        f"  {escape(k.laatste_beroep)} · {k.opleidingsniveau.label} · {ww}",
        f"  Uren: vorige baan {_uren(k.uren_vorige_baan)}, beschikbaar {_uren(k.beschikbare_uren)}"
        f" · digivaardig: {'ja' if k.digivaardig else 'nee'}",
        f"  Werkverkenner: {k.werkverkenner_band.label if k.werkverkenner_band else 'niet ingevuld'}",
        "",
        "[b]Wat de klant vertelt[/b]",
    ]
    regels += [f"  {escape(alinea)}" for alinea in c.situatie.verhaal.split("\n\n")]
    if c.situatie.historie:
        regels += ["", "[b]Eerdere gesprekken[/b]"]
        for g in c.situatie.historie:
            regels.append(f"  {formatteer_datum(g.datum)} · {g.type.label} ({g.kanaal.label.lower()}): {escape(g.notitie)}")
    return "\n".join(regels)


class CasusKiezerScherm(Screen):
    HELP_TITEL = "Oefencasussen"
    HELP_UITLEG = (
        "Kies een casus en druk Enter: de casus wordt als fictieve klant in de oefendatabase gezet "
        "(data verschoven naar vandaag) en de klantkaart gaat open. Werk de vier stappen uit in het "
        "dossier, of vul met U het uitwerkingsformulier in; F geeft feedback naast de modeluitwerking.\n"
        "Trainer: T zet de gekozen casus terug naar het begin, A de hele oefenomgeving."
    )
    BINDINGS = [
        Binding("enter", "start", "Start / open casus", show=False),
        Binding("u", "uitwerking", "Uitwerking"),
        Binding("f", "feedback", "Feedback"),
        Binding("t", "reset_casus", "Casus terugzetten"),
        Binding("a", "reset_alles", "Alles terugzetten"),
        Binding("escape", "terug", "Terug"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.casussen: list[Oefencasus] = []
        self.fouten: list[CasusFout] = []
        self.status: dict[str, CasusStatus] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="oefen-kiezer"):
            with Vertical(id="oefen-lijst-paneel"):
                yield Static("Oefencasussen — Enter start een casus", classes="sectie")
                yield OptionList(id="oefen-lijst")
                yield Static("", id="oefen-fouten")
            with VerticalScroll(id="oefen-detail"):
                yield Static("", id="oefen-casus")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Oefencasussen"
        self.laad()
        self.query_one(OptionList).focus()

    def laad(self) -> None:
        service = self.app.diensten.oefenen
        try:
            self.casussen, self.fouten = service.casussen()
            self.status = service.status()
        except StoreFout as exc:
            self.app.toon_storefout(str(exc))
            return
        lijst = self.query_one(OptionList)
        gekozen = lijst.highlighted
        lijst.clear_options()
        for i, c in enumerate(self.casussen, start=1):
            st = self.status.get(c.id)
            stand = f"gestart · {st.klantnummer}" if st else "niet gestart"
            lijst.add_option(Option(f"[b]{i}. {escape(c.titel)}[/b]\n   {c.niveau.label} · {stand}", id=c.id))
        if self.casussen:
            lijst.highlighted = min(gekozen or 0, len(self.casussen) - 1)
        fouten = self.query_one("#oefen-fouten", Static)
        if self.fouten:
            regels = [f"{len(self.fouten)} casusbestand(en) geweigerd:"]
            regels += [f"• {escape(str(f).splitlines()[0])}" for f in self.fouten]
            fouten.update("\n".join(regels))
            fouten.display = True
        else:
            fouten.display = False
        self._toon()

    def gekozen(self) -> Optional[Oefencasus]:
        i = self.query_one(OptionList).highlighted
        if i is None or not (0 <= i < len(self.casussen)):
            return None
        return self.casussen[i]

    def _toon(self) -> None:
        c = self.gekozen()
        tekst = casus_tekst(c, self.app.diensten.clock.today()) if c else "Er zijn geen oefencasussen gevonden."
        self.query_one("#oefen-casus", Static).update(tekst)
        self.query_one("#oefen-detail", VerticalScroll).scroll_home(animate=False)

    def on_option_list_option_highlighted(self, _event: OptionList.OptionHighlighted) -> None:
        self._toon()

    def on_option_list_option_selected(self, _event: OptionList.OptionSelected) -> None:
        self.action_start()

    # -- actions -----------------------------------------------------------------
    def _klant_id(self, c: Oefencasus, starten: bool) -> Optional[int]:
        st = self.status.get(c.id)
        if st is not None:
            return st.klant_id
        if not starten:
            self.notify("Start deze casus eerst met Enter.", severity="warning", timeout=3)
            return None
        try:
            klant_id = self.app.diensten.oefenen.start(c)
        except StoreFout as exc:
            self.notify(str(exc), title="Niet gestart", severity="error", timeout=8)
            return None
        self.laad()
        self.app.caseload_gewijzigd()
        self.notify(f"Casus gestart: {verschuif_casus(c, self.app.diensten.clock.today()).klant.naam} staat in de caseload.", timeout=3)
        return klant_id

    def action_start(self) -> None:
        c = self.gekozen()
        if c is not None and (klant_id := self._klant_id(c, starten=True)) is not None:
            self.app.open_klant(klant_id)

    def action_uitwerking(self) -> None:
        from werkcoach_tui.screens.oefen_uitwerking import UitwerkingFormulier

        c = self.gekozen()
        if c is None or (klant_id := self._klant_id(c, starten=True)) is None:
            return

        def klaar(opgeslagen) -> None:
            if opgeslagen:
                self.notify("Uitwerking opgeslagen. Druk F voor feedback.", timeout=3)

        self.app.push_screen(UitwerkingFormulier(c, klant_id), klaar)

    def action_feedback(self) -> None:
        from werkcoach_tui.screens.oefen_feedback import FeedbackScherm

        c = self.gekozen()
        if c is not None and self._klant_id(c, starten=False) is not None:
            self.app.push_screen(FeedbackScherm(c.id))

    def action_reset_casus(self) -> None:
        c = self.gekozen()
        if c is None:
            return
        if c.id not in self.status:
            self.notify("Deze casus is nog niet gestart: er is niets terug te zetten.", timeout=3)
            return

        def gekozen(keuze: str | None) -> None:
            if keuze != "terugzetten":
                return
            try:
                self.app.diensten.oefenen.reset_casus(c.id)
            except StoreFout as exc:
                self.notify(str(exc), severity="error", timeout=8)
                return
            self.laad()
            self.app.caseload_gewijzigd()
            self.notify(f"Casus '{c.titel}' staat weer aan het begin.", timeout=3)

        self.app.push_screen(
            BevestigScherm("Casus terugzetten",
                           f"Alles wat er aan '{c.titel}' is gedaan wordt verwijderd en de casus begint opnieuw.",
                           [("terugzetten", "Terugzetten", "error"), ("annuleren", "Annuleren", "default")]),
            gekozen,
        )

    def action_reset_alles(self) -> None:
        def gekozen(keuze: str | None) -> None:
            if keuze != "alles":
                return
            try:
                n = self.app.diensten.oefenen.reset_alles()
            except StoreFout as exc:
                self.notify(str(exc), severity="error", timeout=8)
                return
            self.laad()
            self.app.caseload_gewijzigd()
            self.notify(f"Oefenomgeving teruggezet: {n} oefenklant(en) verwijderd.", timeout=3)

        self.app.push_screen(
            BevestigScherm("Hele oefenomgeving terugzetten",
                           "Alle oefenklanten en al het werk van de trainees worden verwijderd. "
                           "De casussen zelf blijven bestaan.",
                           [("alles", "Alles terugzetten", "error"), ("annuleren", "Annuleren", "default")]),
            gekozen,
        )

    def action_terug(self) -> None:
        self.app.pop_screen()


def open_oefenomgeving(app) -> None:
    """Palette command: show the case chooser; from a real or demo store, switch to the practice store first."""
    from werkcoach_tui.diensten import MODUS_OEFENEN, open_diensten
    from werkcoach_tui.oefenen.scheiding import controleer_oefenpad
    from werkcoach_tui.paths import oefen_db_path
    from werkcoach_tui.screens.caseload import CaseloadScherm
    from werkcoach_tui.services.oefenen import bereid_oefenstore
    from werkcoach_tui.widgets.oefen_banner import plaats_banner

    if app.diensten.modus == MODUS_OEFENEN:
        if not isinstance(app.screen, CasusKiezerScherm):
            app.push_screen(CasusKiezerScherm())
        return

    def gekozen(keuze: str | None) -> None:
        if keuze != "openen" or not app.schermen_kunnen_sluiten():
            return
        try:
            nieuw = open_diensten(controleer_oefenpad(oefen_db_path()), clock=app.diensten.clock, modus=MODUS_OEFENEN)
            try:
                bereid_oefenstore(nieuw)
            except StoreFout:
                nieuw.close()
                raise
        except StoreFout as exc:
            app.toon_storefout(str(exc))
            return
        oud, app.diensten = app.diensten, nieuw
        oud.close()
        app.add_class("oefenen")
        app.title = "Werkcoach · OEFENOMGEVING"
        app.sub_title = "fictieve gegevens"
        while len(app.screen_stack) > 2:
            app.pop_screen()
        for scherm in app.screen_stack:
            if isinstance(scherm, CaseloadScherm):
                plaats_banner(scherm)
        app.caseload_gewijzigd()
        app.push_screen(CasusKiezerScherm())

    app.push_screen(
        BevestigScherm(
            "Naar de oefenomgeving",
            "De oefenomgeving werkt in een eigen database met fictieve klanten. Uw eigen database wordt "
            "hiervoor gesloten; start Werkcoach opnieuw om er weer mee te werken.",
            [("openen", "Naar de oefenomgeving", "primary"), ("annuleren", "Annuleren", "default")],
        ),
        gekozen,
    )
