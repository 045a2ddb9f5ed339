"""Sollicitatieactiviteiten: the check per 4-week period (counted vs required, shortfalls
stand out, their follow-up), the register of activities (also from paper forms) and the
vrijstellingen."""

from __future__ import annotations

from typing import Optional

from rich.markup import escape as _e
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from werkcoach_tui import constants as c
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.rules.werkplan import reden_label
from werkcoach_tui.screens.bevestig import BevestigScherm
from werkcoach_tui.screens.werkplan_formulieren import (
    OpvolgingFormulier,
    SollicitatieFormulier,
    VrijstellingFormulier,
)
from werkcoach_tui.services.werkplan import BRON_PAPIER, NietGevonden, SollicitatieControle
from werkcoach_tui.store import StoreFout


class SollicitatieScherm(Screen):
    HELP_TITEL = "Sollicitaties"
    HELP_UITLEG = (
        "Perioden van 4 weken vanaf de WW-start. Vereist = de norm naar rato van de dagen met sollicitatieplicht "
        "(vrijstellingen en het jaar vóór de AOW tellen niet mee). Een afgesloten periode onder de norm is een "
        "tekort: leg de opvolging vast (gesprek, waarschuwing geadviseerd). Over een maatregel beslist de software niet."
    )
    BINDINGS = [
        Binding("n", "nieuw", "Activiteit toevoegen"),
        Binding("p", "papier", "Papierformulier"),
        Binding("v", "vrijstelling", "Vrijstelling"),
        Binding("o", "opvolging", "Opvolging tekort"),
        Binding("delete", "verwijder", "Verwijder"),
        Binding("escape", "terug", "Terug"),
    ]

    def __init__(self, klant_id: int) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.controle: Optional[SollicitatieControle] = None
        self._getoond = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="sol-kop", classes="paneel")
        yield Static("Controle per 4 weken", classes="sectie", id="sol-perioden-kop")
        yield DataTable(id="sol-perioden", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="sol-onder"):
            with Vertical(id="sol-activiteiten-paneel"):
                yield Static("Activiteiten", classes="sectie", id="sol-activiteiten-kop")
                yield DataTable(id="sol-activiteiten", cursor_type="row", zebra_stripes=True)
            with Vertical(id="sol-vrijstellingen-paneel"):
                yield Static("Vrijstellingen", classes="sectie", id="sol-vrijstellingen-kop")
                yield DataTable(id="sol-vrijstellingen", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        p = self.query_one("#sol-perioden", DataTable)
        for label, key in (("Periode", "nr"), ("Van", "van"), ("T/m", "tot"), ("Geteld", "aantal"),
                           ("Vereist", "vereist"), ("Uitkomst", "uitkomst"), ("Zonder plicht", "vrij"),
                           ("Opvolging", "opvolging")):
            p.add_column(label, key=key)
        a = self.query_one("#sol-activiteiten", DataTable)
        for label, key in (("Datum", "datum"), ("Soort", "soort"), ("Werkgever", "werkgever"),
                           ("Functie", "functie"), ("Resultaat", "resultaat"), ("Bewijs", "bewijs"), ("Bron", "bron")):
            a.add_column(label, key=key)
        v = self.query_one("#sol-vrijstellingen", DataTable)
        for label, key in (("Reden", "reden"), ("Van", "van"), ("T/m", "tot")):
            v.add_column(label, key=key)
        self.laad()
        p.focus()

    def laad(self) -> None:
        try:
            self.klant = self.app.diensten.klanten.kaart(self.klant_id).klant
            self.controle = self.app.diensten.werkplan.controle(self.klant_id)
        except NietGevonden as exc:
            self.notify(str(exc), severity="error")
            return
        except StoreFout as exc:
            self.app.toon_storefout(str(exc))
            return
        self.toon()

    def toon(self) -> None:
        ctl = self.controle
        assert ctl is not None
        k = self.klant
        self.sub_title = f"Sollicitaties · {k.naam} · {k.klantnummer}"
        tekorten = ctl.tekorten
        open_ = ctl.niet_opgevolgd
        norm = f"{ctl.norm} per {c.SOLLICITATIENORM_PERIODE_WEKEN} weken"
        if ctl.norm != c.SOLLICITATIENORM_AANTAL:
            norm += f" (afwijkend: {_e(ctl.norm_reden)})"
        regels = [
            f"[b]{_e(k.naam)}[/b] · WW-start {formatteer_datum(ctl.ww_startdatum, 'onbekend')} · "
            f"sollicitatienorm {norm}",
            f"{len(ctl.sollicitaties)} activiteiten geregistreerd · {len(ctl.perioden)} perioden · "
            + (f"[b red]{len(tekorten)} met tekort[/]" if tekorten else "[green]geen tekorten[/]")
            + (f" · [b red]{len(open_)} nog niet opgevolgd (O)[/]" if open_ else ""),
        ]
        if ctl.ww_startdatum is None:
            regels.append("[yellow]Zonder WW-startdatum zijn er geen perioden: vul die in op de klantkaart (E).[/]")
        self.query_one("#sol-kop", Static).update("\n".join(regels))

        p = self.query_one("#sol-perioden", DataTable)
        rij = p.cursor_row
        p.clear()
        for regel in reversed(ctl.perioden):
            per = regel.periode
            if per.tekort:
                uitkomst = Text(f"TEKORT −{per.achterstand}", style="bold red")
            elif not per.gesloten:
                uitkomst = Text("lopend", style="italic")
            elif per.volledig_vrijgesteld:
                uitkomst = Text("vrijgesteld", style="cyan")
            else:
                uitkomst = Text("in orde", style="green")
            vrij = ", ".join(reden_label(r) for r in per.redenen_zonder_plicht)
            if vrij and not per.volledig_vrijgesteld:
                vrij += f" ({28 - per.dagen_met_plicht} d)"
            opv = "; ".join(f"{o.opvolging.label} {formatteer_datum(o.datum)}" for o in regel.opvolgingen)
            if per.tekort and not opv:
                opv_cel = Text("nog vastleggen", style="bold red")
            else:
                opv_cel = Text(opv or "—")
            nummer = Text(str(per.nummer), style="bold red" if per.tekort else "")
            p.add_row(nummer, formatteer_datum(per.van), formatteer_datum(per.tot), str(per.aantal),
                      str(per.vereist), uitkomst, Text(vrij or "—"), opv_cel, key=per.van.isoformat())
        if ctl.perioden:
            if not self._getoond and ctl.niet_opgevolgd:
                # First view: the cursor on the newest shortfall still to be followed up (where
                # the sollicitatieplicht signal leads), so O records it straight away.
                rij = p.get_row_index(ctl.niet_opgevolgd[-1].periode.van.isoformat())
            p.move_cursor(row=min(rij or 0, len(ctl.perioden) - 1))
        self._getoond = True

        a = self.query_one("#sol-activiteiten", DataTable)
        arij = a.cursor_row
        a.clear()
        for s in ctl.sollicitaties:
            a.add_row(formatteer_datum(s.datum), s.soort.label, Text(s.werkgever or "—"), Text(s.functie or "—"),
                      Text(s.resultaat or "—"), s.bewijs.label,
                      "papier" if s.bron == BRON_PAPIER else Text(s.bron or "—"), key=str(s.id))
        if ctl.sollicitaties:
            a.move_cursor(row=min(arij or 0, len(ctl.sollicitaties) - 1))
        self.query_one("#sol-activiteiten-kop", Static).update(
            f"Activiteiten ({len(ctl.sollicitaties)}) — Enter bewerkt")
        v = self.query_one("#sol-vrijstellingen", DataTable)
        v.clear()
        for x in ctl.vrijstellingen:
            v.add_row(x.reden.label, formatteer_datum(x.van), formatteer_datum(x.tot, "open"), key=str(x.id))
        self.query_one("#sol-vrijstellingen-kop", Static).update(f"Vrijstellingen ({len(ctl.vrijstellingen)})")

    # -- selection -----------------------------------------------------------------
    def _periode(self):
        if not self.controle or not self.controle.perioden:
            return None
        t = self.query_one("#sol-perioden", DataTable)
        if t.cursor_row is None:
            return None
        lijst = list(reversed(self.controle.perioden))
        return lijst[t.cursor_row] if 0 <= t.cursor_row < len(lijst) else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        ctl = self.controle
        if ctl is None:
            return
        sleutel = event.row_key.value
        if event.data_table.id == "sol-activiteiten":
            s = next((s for s in ctl.sollicitaties if str(s.id) == sleutel), None)
            if s is not None:
                self.app.push_screen(SollicitatieFormulier(self.klant_id, s), self._na_opslaan)
        elif event.data_table.id == "sol-vrijstellingen":
            v = next((v for v in ctl.vrijstellingen if str(v.id) == sleutel), None)
            if v is not None:
                self.app.push_screen(VrijstellingFormulier(self.klant_id, v), self._na_opslaan)
        elif event.data_table.id == "sol-perioden":
            self.action_opvolging()

    def _na_opslaan(self, resultaat) -> None:
        if resultaat is not None:
            self.notify("Opgeslagen.", timeout=2)
            self.laad()

    # -- actions -------------------------------------------------------------------
    def action_nieuw(self) -> None:
        self.app.push_screen(SollicitatieFormulier(self.klant_id), self._na_opslaan)

    def action_papier(self) -> None:
        self.app.push_screen(SollicitatieFormulier(self.klant_id, papier=True), self._na_opslaan)

    def action_vrijstelling(self) -> None:
        self.app.push_screen(VrijstellingFormulier(self.klant_id), self._na_opslaan)

    def action_opvolging(self) -> None:
        regel = self._periode()
        if regel is None:
            return
        if not regel.periode.tekort:
            self.notify("Deze periode heeft geen tekort. Kies een rode periode.", severity="warning")
            return
        self.app.push_screen(OpvolgingFormulier(self.klant_id, regel.periode), self._na_opslaan)

    def action_verwijder(self) -> None:
        ctl = self.controle
        focus = self.focused
        if ctl is None or not isinstance(focus, DataTable) or focus.cursor_row is None:
            return
        werkplan = self.app.diensten.werkplan
        if focus.id == "sol-activiteiten" and ctl.sollicitaties:
            s = ctl.sollicitaties[focus.cursor_row]
            vraag = f"Sollicitatieactiviteit van {formatteer_datum(s.datum)} ({s.werkgever or s.soort.label}) verwijderen?"
            doe = lambda: werkplan.verwijder_sollicitatie(s.id)
        elif focus.id == "sol-vrijstellingen" and ctl.vrijstellingen:
            v = ctl.vrijstellingen[focus.cursor_row]
            vraag = f"Vrijstelling {v.reden.label} vanaf {formatteer_datum(v.van)} verwijderen?"
            doe = lambda: werkplan.verwijder_vrijstelling(v.id)
        else:
            self.notify("Kies eerst een activiteit of vrijstelling (Tab) om te verwijderen.", severity="warning")
            return

        def gekozen(keuze: str | None) -> None:
            if keuze != "verwijderen":
                return
            try:
                doe()
            except (NietGevonden, StoreFout) as exc:
                self.notify(str(exc), severity="error")
                return
            self.notify("Verwijderd.", timeout=2)
            self.laad()

        self.app.push_screen(BevestigScherm("Verwijderen", vraag, [("annuleren", "Nee", "default"),
                                                                    ("verwijderen", "Verwijderen", "error")]), gekozen)

    def action_terug(self) -> None:
        self.app.pop_screen()
