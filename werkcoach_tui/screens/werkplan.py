"""The werkplan screen: the versions of a klant's werkplan, its SMART afspraken, vaststellen,
a new version, comparing versions and the export for the klant."""

from __future__ import annotations

from typing import Optional

from rich.markup import escape as _e
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Select, Static

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import AfspraakStatus, WerkplanStatus
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.rules.werkplan import VersieVergelijking
from werkcoach_tui.screens.bevestig import BevestigScherm
from werkcoach_tui.screens.werkplan_formulieren import (
    AfspraakFormulier,
    ExportFormulier,
    NieuweVersieFormulier,
    PlanFormulier,
    VaststellenFormulier,
)
from werkcoach_tui.services.werkplan import (
    NietGevonden,
    VersieDetail,
    WerkplanFout,
    WerkplanService,
    afspraak_waarschuwingen,
)
from werkcoach_tui.store import StoreFout


def _kort(tekst: str, n: int) -> str:
    tekst = (tekst or "").replace("\n", " ")
    return tekst if len(tekst) <= n else tekst[: n - 1] + "…"


def _waarde(veld: str, w) -> str:
    if w is None or w == "":
        return "—"
    if hasattr(w, "label"):
        return w.label
    if hasattr(w, "isoformat"):
        return formatteer_datum(w)
    return str(w)


class WerkplanScherm(Screen):
    HELP_TITEL = "Werkplan"
    HELP_UITLEG = (
        "Een versie is concept tot u hem vaststelt (datum en akkoord van de klant). Een vastgestelde versie "
        "verandert nooit meer: druk W voor een nieuwe versie, die de afspraken overneemt. "
        "[ en ] bladeren door de versies."
    )
    BINDINGS = [
        Binding("n", "nieuwe_afspraak", "Nieuwe afspraak"),
        Binding("enter", "bewerk_afspraak", "Bewerk afspraak", show=False),
        Binding("delete", "verwijder_afspraak", "Verwijder afspraak", show=False),
        Binding("o", "norm", "Norm"),
        Binding("f", "vaststellen", "Vaststellen"),
        Binding("w", "nieuwe_versie", "Nieuwe versie"),
        Binding("left_square_bracket", "blader(-1)", "Vorige versie", show=False),
        Binding("right_square_bracket", "blader(1)", "Volgende versie", show=False),
        Binding("c", "vergelijk", "Vergelijk"),
        Binding("x", "exporteer", "Exporteer"),
        Binding("a", "sollicitaties", "Sollicitaties"),
        Binding("escape", "terug", "Terug", show=False),
    ]

    def __init__(self, klant_id: int) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.getoond: Optional[int] = None  # version number on screen (None = newest)
        self.detail: Optional[VersieDetail] = None
        self.aantal_versies = 0

    @property
    def werkplan(self) -> WerkplanService:
        return self.app.diensten.werkplan

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="wp-boven"):
            yield Static(id="wp-kop", classes="paneel")
            yield Static(id="wp-versies", classes="paneel")
        yield Static("Afspraken", classes="sectie", id="wp-afspraken-kop")
        yield DataTable(id="wp-afspraken", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="wp-detail-paneel"):
            yield Static("", id="wp-detail")
        yield Footer()

    def on_mount(self) -> None:
        t = self.query_one("#wp-afspraken", DataTable)
        for label, key in (("#", "nr"), ("Wie", "wie"), ("Wat", "wat"), ("Hoeveel", "hoeveel"),
                           ("Per wanneer", "wanneer"), ("Soort", "soort"), ("Status", "status"), ("SMART", "smart")):
            t.add_column(label, key=key)
        self.laad()
        t.focus()

    # -- loading -----------------------------------------------------------------
    def laad(self) -> None:
        try:
            kaart = self.app.diensten.klanten.kaart(self.klant_id)
            self.klant = kaart.klant
            versies = self.werkplan.versies(self.klant_id)
            self.aantal_versies = len(versies)
            self.versielijst = versies
            if self.getoond is not None and not any(v.versie == self.getoond for v in versies):
                self.getoond = None
            self.detail = self.werkplan.versie(self.klant_id, self.getoond)
        except NietGevonden as exc:
            self.notify(str(exc), severity="error")
            return
        except StoreFout as exc:
            self.app.toon_storefout(str(exc))
            return
        self.toon()

    def toon(self) -> None:
        k = self.klant
        today = self.app.diensten.clock.today()
        self.sub_title = f"Werkplan · {k.naam} · {k.klantnummer}"
        kop = self.query_one("#wp-kop", Static)
        tabel = self.query_one("#wp-afspraken", DataTable)
        rij = tabel.cursor_row
        tabel.clear()
        if self.detail is None:
            kop.update(f"[b]{_e(k.naam)}[/b] heeft nog geen werkplan.\n\nDruk [b]W[/b] om versie 1 te beginnen "
                       "(concept), of [b]N[/b] om meteen een afspraak toe te voegen.")
            self.query_one("#wp-versies", Static).update("Versies\n(nog geen)")
            self.query_one("#wp-afspraken-kop", Static).update("Afspraken")
            self.query_one("#wp-detail", Static).update("")
            return
        v = self.detail.versie
        nieuwste = v.versie == self.aantal_versies
        if v.status == WerkplanStatus.VASTGESTELD:
            status = (f"[b green]Vastgesteld[/] op {formatteer_datum(v.vastgesteld_op)} · akkoord klant: "
                      f"{'ja' if v.akkoord_klant else 'nee'}"
                      + (f" ({_e(_kort(v.akkoord_toelichting, 40))})" if v.akkoord_toelichting else ""))
        else:
            status = "[b yellow]Concept[/] — nog niet vastgesteld (F stelt vast)"
        norm = f"{v.sollicitatienorm} per {c.SOLLICITATIENORM_PERIODE_WEKEN} weken"
        if v.sollicitatienorm != c.SOLLICITATIENORM_AANTAL:
            norm += f" [b]afwijkend[/b] — reden: {_e(_kort(v.sollicitatienorm_reden, 50))}"
        regels = [
            f"[b]Werkplan versie {v.versie}[/b] van {self.aantal_versies}"
            + ("" if nieuwste else "  [i](oudere versie)[/i]"),
            f"Status        {status}",
            f"Norm          {norm}",
        ]
        if v.wijzigingsreden:
            regels.append(f"Waarom        {_e(_kort(v.wijzigingsreden, 70))}")
        if v.interne_notitie:
            regels.append(f"Intern        [i]{_e(_kort(v.interne_notitie, 70))}[/i]")
        if v.status == WerkplanStatus.CONCEPT:
            try:
                ontbreekt = self.werkplan.wat_ontbreekt(self.klant_id, v.id)
            except StoreFout:
                ontbreekt = []
            if ontbreekt:
                regels.append("[b red]Nog nodig voor vaststellen:[/] " + _e(_kort("; ".join(ontbreekt), 120)))
        kop.update("\n".join(regels))
        self.query_one("#wp-versies", Static).update(
            "[b]Versies[/b]\n" + "\n".join(
                ("▶ " if x.versie == v.versie else "  ")
                + f"v{x.versie}  "
                + (f"vastgesteld {formatteer_datum(x.vastgesteld_op)}" if x.status == WerkplanStatus.VASTGESTELD
                   else "concept")
                for x in self.versielijst[-8:]))
        niet_smart = 0
        for i, a in enumerate(self.detail.afspraken, 1):
            w = afspraak_waarschuwingen(a, today if v.status == WerkplanStatus.CONCEPT else None)
            niet_smart += bool(w)
            status = Text(a.status.label)
            if a.status == AfspraakStatus.NIET_NAGEKOMEN:
                status.stylize("bold red")
            elif a.status == AfspraakStatus.NAGEKOMEN:
                status.stylize("green")
            tabel.add_row(
                str(i), a.wie.label, Text(_kort(a.wat, 36)), Text(_kort(a.hoeveel, 16) or "—"),
                formatteer_datum(a.wanneer, "—"), a.soort.label, status,
                Text(f"⚠ {len(w)}", style="bold yellow") if w else Text("✓", style="green"),
                key=str(a.id),
            )
        self.query_one("#wp-afspraken-kop", Static).update(
            f"Afspraken ({len(self.detail.afspraken)})"
            + (f" — {niet_smart} niet SMART" if niet_smart else "")
            + (" · Enter bewerkt, Del verwijdert" if v.status == WerkplanStatus.CONCEPT
               else " · vastgesteld: alleen lezen (W maakt een nieuwe versie)")
            + " · [ ] bladert door de versies")
        if self.detail.afspraken:
            index = min(rij or 0, len(self.detail.afspraken) - 1)
            tabel.move_cursor(row=index)
            self._toon_detail(index)
        else:
            self.query_one("#wp-detail", Static).update("Nog geen afspraken. Druk N om een afspraak toe te voegen.")

    def _toon_detail(self, index: int) -> None:
        if not self.detail or not (0 <= index < len(self.detail.afspraken)):
            return
        a = self.detail.afspraken[index]
        concept = self.detail.versie.status == WerkplanStatus.CONCEPT
        w = afspraak_waarschuwingen(a, self.app.diensten.clock.today() if concept else None)
        regels = [
            f"[b]{a.wie.label}:[/b] {_e(a.wat)}",
            f"Hoeveel: {_e(a.hoeveel or '—')} · Per wanneer: {formatteer_datum(a.wanneer, '—')} · "
            f"Hoe aangetoond: {_e(a.hoe_aangetoond or '—')}",
            f"Soort: {a.soort.label} · Status: {a.status.label}"
            + (f" — reden: {_e(a.reden_niet_nagekomen)}" if a.reden_niet_nagekomen else ""),
        ]
        if a.interne_notitie:
            regels.append(f"[i]Intern (niet in de export): {_e(a.interne_notitie)}[/i]")
        regels += [f"[yellow]⚠ {_e(x)}[/]" for x in w]
        self.query_one("#wp-detail", Static).update("\n".join(regels))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._toon_detail(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_bewerk_afspraak()

    # -- helpers --------------------------------------------------------------
    def _geselecteerd(self):
        if not self.detail or not self.detail.afspraken:
            return None
        rij = self.query_one("#wp-afspraken", DataTable).cursor_row
        if rij is None or not (0 <= rij < len(self.detail.afspraken)):
            return None
        return self.detail.afspraken[rij]

    def _weigering(self) -> bool:
        """True (with the service's Dutch message) when the shown version is vastgesteld."""
        if self.detail is None:
            return False
        try:
            WerkplanService._weiger_als_vastgesteld(self.detail.versie)
        except WerkplanFout as exc:
            self.notify(f"{exc} Druk W voor een nieuwe versie.", title="Niet te wijzigen", severity="error", timeout=8)
            return True
        return False

    def _na_opslaan(self, resultaat) -> None:
        if resultaat is None:
            return
        if isinstance(resultaat, tuple) and len(resultaat) == 2 and isinstance(resultaat[1], list):
            waarschuwingen = resultaat[1]
            if waarschuwingen:
                self.notify("Opgeslagen, maar niet SMART:\n" + "\n".join(f"• {w}" for w in waarschuwingen),
                            severity="warning", timeout=8)
            else:
                self.notify("Afspraak opgeslagen.", timeout=2)
        else:
            self.notify("Opgeslagen.", timeout=2)
        self.laad()

    # -- actions ----------------------------------------------------------------
    def action_nieuwe_afspraak(self) -> None:
        if self.detail is None:
            try:
                self.detail = self.werkplan.maak_concept(self.klant_id)
            except (StoreFout, NietGevonden) as exc:
                self.notify(str(exc), severity="error")
                return
            self.laad()
        if self._weigering():
            return
        assert self.detail is not None
        self.app.push_screen(AfspraakFormulier(self.detail.versie), self._na_opslaan)

    def action_bewerk_afspraak(self) -> None:
        a = self._geselecteerd()
        if a is None or self._weigering():
            return
        assert self.detail is not None
        self.app.push_screen(AfspraakFormulier(self.detail.versie, a), self._na_opslaan)

    def action_verwijder_afspraak(self) -> None:
        a = self._geselecteerd()
        if a is None or self._weigering():
            return

        def gekozen(keuze: str | None) -> None:
            if keuze != "verwijderen":
                return
            try:
                self.werkplan.verwijder_afspraak(a.id)
            except (WerkplanFout, NietGevonden, StoreFout) as exc:
                self.notify(str(exc), severity="error")
                return
            self.notify("Afspraak verwijderd.", timeout=2)
            self.laad()

        self.app.push_screen(BevestigScherm("Afspraak verwijderen", f"Afspraak '{_kort(a.wat, 60)}' verwijderen uit "
                                            f"versie {self.detail.versie.versie}?",
                                            [("annuleren", "Nee", "default"), ("verwijderen", "Verwijderen", "error")]),
                             gekozen)

    def action_norm(self) -> None:
        if self.detail is None:
            self.notify("Er is nog geen werkplan. Druk W om te beginnen.", severity="warning")
            return
        if not self._weigering():
            self.app.push_screen(PlanFormulier(self.detail.versie), self._na_opslaan)

    def action_vaststellen(self) -> None:
        if self.detail is None:
            self.notify("Er is nog geen werkplan om vast te stellen. Druk W om te beginnen.", severity="warning")
            return
        if self._weigering():
            return
        try:
            ontbreekt = self.werkplan.wat_ontbreekt(self.klant_id, self.detail.versie.id)
        except StoreFout as exc:
            self.notify(str(exc), severity="error")
            return
        self.app.push_screen(VaststellenFormulier(self.detail.versie, ontbreekt), self._na_vaststellen)

    def _na_vaststellen(self, resultaat) -> None:
        if resultaat is not None:
            self.notify(f"Versie {resultaat.versie} is vastgesteld.", timeout=3)
            self.laad()

    def action_nieuwe_versie(self) -> None:
        versies = self.werkplan.versies(self.klant_id)
        laatste = versies[-1] if versies else None
        if laatste is not None and laatste.status == WerkplanStatus.CONCEPT:
            self.getoond = None
            self.laad()
            self.notify(f"Versie {laatste.versie} is al een concept: pas die aan en stel hem vast.", timeout=4)
            return
        self.app.push_screen(NieuweVersieFormulier(self.klant_id, laatste), self._na_nieuwe_versie)

    def _na_nieuwe_versie(self, resultaat) -> None:
        if resultaat is not None:
            self.getoond = None
            self.notify(f"Versie {resultaat.versie.versie} (concept) is gemaakt met "
                        f"{len(resultaat.afspraken)} afspraken.", timeout=3)
            self.laad()

    def action_blader(self, stap: int) -> None:
        if self.detail is None:
            return
        nieuw = self.detail.versie.versie + stap
        if 1 <= nieuw <= self.aantal_versies:
            self.getoond = nieuw if nieuw != self.aantal_versies else None
            self.laad()

    def action_vergelijk(self) -> None:
        if self.aantal_versies < 2:
            self.notify("Vergelijken kan vanaf twee versies.", severity="warning")
            return
        b = self.detail.versie.versie if self.detail else self.aantal_versies
        a = b - 1 if b > 1 else 1
        if a == b:
            b = 2
        self.app.push_screen(VergelijkScherm(self.klant_id, a, b))

    def action_exporteer(self) -> None:
        if self.detail is None:
            self.notify("Er is nog geen werkplan om te exporteren.", severity="warning")
            return
        self.app.push_screen(
            ExportFormulier(self.klant_id, self.klant.klantnummer, self.versielijst, self.detail.versie.versie),
            self._na_export)

    def _na_export(self, pad) -> None:
        if pad is not None:
            self.notify(f"Werkplan geëxporteerd naar {pad}", timeout=5)

    def action_sollicitaties(self) -> None:
        from werkcoach_tui.screens.sollicitaties import SollicitatieScherm

        self.app.push_screen(SollicitatieScherm(self.klant_id))

    def action_terug(self) -> None:
        self.app.pop_screen()


class VergelijkScherm(Screen):
    """Two versions side by side: what was added, removed and changed."""

    HELP_TITEL = "Versies vergelijken"
    BINDINGS = [Binding("escape", "terug", "Terug")]

    def __init__(self, klant_id: int, a: int, b: int) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.a = a
        self.b = b

    def compose(self) -> ComposeResult:
        yield Header()
        versies = self.app.diensten.werkplan.versies(self.klant_id)
        keuzes = [(f"Versie {v.versie} ({v.status.label.lower()})", v.versie) for v in versies]
        with Horizontal(id="vg-keuze"):
            yield Static("Vergelijk", classes="vg-label")
            yield Select(keuzes, value=self.a, allow_blank=False, id="vg-a")
            yield Static("met", classes="vg-label")
            yield Select(keuzes, value=self.b, allow_blank=False, id="vg-b")
        with VerticalScroll(id="vg-paneel"):
            yield Static("", id="vg-uitkomst")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Werkplan · versies vergelijken"
        self.toon()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "vg-a":
            self.a = int(event.value)
        elif event.select.id == "vg-b":
            self.b = int(event.value)
        self.toon()

    def toon(self) -> None:
        try:
            v = self.app.diensten.werkplan.vergelijk(self.klant_id, self.a, self.b)
        except (NietGevonden, StoreFout) as exc:
            self.query_one("#vg-uitkomst", Static).update(str(exc))
            return
        self.query_one("#vg-uitkomst", Static).update(beschrijf_vergelijking(v))

    def action_terug(self) -> None:
        self.app.pop_screen()


def beschrijf_vergelijking(v: VersieVergelijking) -> str:
    r = [f"[b]Van versie {v.versie_a} naar versie {v.versie_b}[/b]"]
    if v.gelijk:
        r.append("\nGeen verschillen: de afspraken en de sollicitatienorm zijn gelijk.")
        return "\n".join(r)
    r.append(f"{len(v.toegevoegd)} toegevoegd · {len(v.verwijderd)} verwijderd · {len(v.gewijzigd)} gewijzigd · "
             f"{v.ongewijzigd} ongewijzigd")
    if v.plan_wijzigingen:
        r.append("\n[b]Werkplan[/b]")
        for w in v.plan_wijzigingen:
            r.append(f"  [yellow]~[/] {w.label}: {_e(_waarde(w.veld, w.oud))} → {_e(_waarde(w.veld, w.nieuw))}")
    if v.toegevoegd:
        r.append("\n[b green]Toegevoegd[/]")
        for a in v.toegevoegd:
            r.append(f"  [green]+[/] {a['wie'].label}: {_e(a['wat'])}  ({_e(a['hoeveel'] or '—')}, per "
                     f"{formatteer_datum(a['wanneer'], '—')})")
    if v.verwijderd:
        r.append("\n[b red]Verwijderd[/]")
        for a in v.verwijderd:
            r.append(f"  [red]−[/] {a['wie'].label}: {_e(a['wat'])}")
    if v.gewijzigd:
        r.append("\n[b yellow]Gewijzigd[/]")
        for w in v.gewijzigd:
            r.append(f"  [yellow]~[/] {_e(w.nieuw['wat'])}")
            for veld in w.velden:
                r.append(f"      {veld.label}: {_e(_waarde(veld.veld, veld.oud))} → {_e(_waarde(veld.veld, veld.nieuw))}")
    return "\n".join(r)
