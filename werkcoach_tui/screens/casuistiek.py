"""Casuïstiekbespreking: the list of sessions, creating one, drawing or picking dossiers,
the session view with a pseudonymised dossier and its checklist, reflection, leerpunten,
actions, the report and bundles.

Inside a session every dossier is pseudonymised; there is no key or setting to show names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import (
    Button,
    DataTable,
    Footer,
    Header,
    Markdown,
    OptionList,
    SelectionList,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option

from werkcoach_tui.models.enums import Beoordeling, ChecklistItem, Dienstverleningsdoel, MethodeStap
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.screens.bevestig import BevestigScherm
from werkcoach_tui.screens.formulier_basis import FormulierScherm
from werkcoach_tui.services.casuistiek import (
    BesprekingDetail,
    BundelFout,
    NietGevonden,
    SteekproefFilters,
)
from werkcoach_tui.services.casuistiek_weergave import dossier_markdown
from werkcoach_tui.services.validatie import Invoerfout, Validatiefout, parse_geheel
from werkcoach_tui.store import StoreFout
from werkcoach_tui.widgets.formulier import Veld, datumveld, keuzeveld, tekstveld

SCORE_TEKEN = {
    Beoordeling.VOLDOENDE: "✔ voldoende",
    Beoordeling.ONVOLDOENDE: "✘ onvoldoende",
    Beoordeling.NVT: "– n.v.t.",
    Beoordeling.NIET_BEOORDEELD: "· open",
}


def _knoppen(label: str = "Opslaan") -> ComposeResult:
    with Horizontal(classes="knoppen"):
        yield Button(f"{label} (Ctrl+S)", id="opslaan", variant="primary")
        yield Button("Annuleren (Esc)", id="annuleren")


# --- forms ---------------------------------------------------------------------------------

class BesprekingFormulier(FormulierScherm):
    HELP_TITEL = "Nieuwe casuïstiekbespreking"

    def compose(self) -> ComposeResult:
        diensten = self.app.diensten
        with Vertical(classes="dialoog breed casuistiek-form"):
            yield Static("Nieuwe casuïstiekbespreking", classes="dialoog-titel")
            with Grid(classes="velden"):
                yield datumveld("datum", "Datum *", formatteer_datum(diensten.clock.today()))
                yield tekstveld("voorzitter", "Voorzitter *", diensten.instellingen.lees().adviseur_naam)
                yield tekstveld("thema", "Thema", placeholder="bijv. 57+")
            yield tekstveld("deelnemers", "Deelnemers * (gescheiden door komma's)")
            yield from _knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        return self.app.diensten.casuistiek.maak_bespreking(waarden)


class SteekproefFormulier(FormulierScherm):
    HELP_TITEL = "Steekproef trekken"
    HELP_UITLEG = ("Een aselecte steekproef uit de dossiers die aan de filters voldoen. Het startgetal (seed) wordt "
                   "bewaard: met hetzelfde startgetal en dezelfde filters komt dezelfde trekking terug. Laat het leeg "
                   "voor een nieuwe trekking. Een nieuwe trekking vervangt de vorige steekproef op de agenda.")

    def __init__(self, bespreking_id: int, filters: SteekproefFilters, aantal: Optional[int], seed: Optional[int]) -> None:
        super().__init__()
        self.bespreking_id = bespreking_id
        self.filters = filters
        self.aantal = aantal
        self.seed = seed

    def compose(self) -> ComposeResult:
        dienst = self.app.diensten.casuistiek
        f = self.filters
        with Vertical(classes="dialoog formulier casuistiek-form"):
            yield Static("Steekproef trekken (aselect)", classes="dialoog-titel")
            with Grid(classes="velden"):
                yield tekstveld("aantal", "Aantal dossiers *", str(self.aantal or 6))
                yield tekstveld("seed", "Startgetal (leeg = nieuw)", "" if self.seed is None else str(self.seed))
                yield keuzeveld("adviseur", "Adviseur", [(a, a) for a in dienst.adviseurs()], f.adviseur)
                yield keuzeveld("fase", "Fase", MethodeStap.choices(), f.fase.value if f.fase else None)
                yield tekstveld("min_maand_ww", "Vanaf maand in WW", "" if f.min_maand_ww is None else str(f.min_maand_ww))
                yield tekstveld("max_maand_ww", "Tot en met maand in WW", "" if f.max_maand_ww is None else str(f.max_maand_ww))
                yield keuzeveld("dienstverleningsdoel", "Dienstverleningsdoel", Dienstverleningsdoel.choices(),
                                f.dienstverleningsdoel.value if f.dienstverleningsdoel else None)
                yield keuzeveld("met_werkplan", "Werkplan", [("met werkplan", "ja"), ("zonder werkplan", "nee")],
                                {True: "ja", False: "nee"}.get(f.met_werkplan))
            yield Static(self.HELP_UITLEG, classes="dialoog-voet")
            yield from _knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        fouten = {}
        maanden = {}
        for veld in ("min_maand_ww", "max_maand_ww"):
            try:
                maanden[veld] = parse_geheel(waarden.get(veld), minimum=1, maximum=60)
            except Invoerfout as exc:
                fouten[veld] = str(exc)
        if fouten:
            raise Validatiefout(fouten)
        filters = SteekproefFilters(
            adviseur=waarden.get("adviseur") or None,
            fase=MethodeStap.from_text(waarden.get("fase")),
            min_maand_ww=maanden["min_maand_ww"],
            max_maand_ww=maanden["max_maand_ww"],
            dienstverleningsdoel=Dienstverleningsdoel.from_text(waarden.get("dienstverleningsdoel")),
            met_werkplan={"ja": True, "nee": False}.get(waarden.get("met_werkplan") or ""),
        )
        return self.app.diensten.casuistiek.trek_steekproef(self.bespreking_id, waarden.get("aantal"), filters,
                                                            waarden.get("seed"))


class TekstFormulier(FormulierScherm):
    """A small form of text fields (leerpunt, action, remark, reflection, file name)."""

    def __init__(self, titel: str, velden: list[tuple[str, str, str, str]], opslaan, uitleg: str = "",
                 knop: str = "Opslaan") -> None:
        """velden: (naam, label, soort 'tekst'|'datum'|'lang', beginwaarde)."""
        super().__init__()
        self.knop = knop
        self.titel = titel
        self.velden = velden
        self._opslaan = opslaan
        self.uitleg = uitleg

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog breed casuistiek-form"):
            yield Static(self.titel, classes="dialoog-titel")
            for naam, label, soort, waarde in self.velden:
                if soort == "datum":
                    yield datumveld(naam, label, waarde)
                elif soort == "lang":
                    yield Veld(naam, label, TextArea(waarde, id=f"in-{naam}", classes="casuistiek-tekst"))
                else:
                    yield tekstveld(naam, label, waarde)
            if self.uitleg:
                yield Static(self.uitleg, classes="dialoog-voet")
            yield from _knoppen(self.knop)

    def on_mount(self) -> None:
        super().on_mount()
        for ta in self.query(TextArea):
            ta.move_cursor(ta.document.end)

    def opslaan_in_store(self, waarden: dict[str, Any]):
        return self._opslaan(waarden)


class HandmatigScherm(ModalScreen[Optional[list[int]]]):
    """Pick dossiers by hand ('moeilijke dossiers'): klantnummer, adviser, phase, month — no names."""

    BINDINGS = [Binding("ctrl+s", "kies", "Toevoegen", priority=True), Binding("escape", "annuleer", "Annuleren")]
    HELP_TITEL = "Dossiers kiezen"

    def compose(self) -> ComposeResult:
        opties = self.app.diensten.casuistiek.klantkeuze()
        with Vertical(classes="dialoog formulier casuistiek-form"):
            yield Static("Dossiers kiezen (spatie kiest, Ctrl+S voegt toe)", classes="dialoog-titel")
            yield SelectionList[int](*[(tekst, kid) for kid, tekst in opties], id="keuze")
            with Horizontal(classes="knoppen"):
                yield Button("Toevoegen (Ctrl+S)", id="opslaan", variant="primary")
                yield Button("Annuleren (Esc)", id="annuleren")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_kies(self) -> None:
        self.dismiss(list(self.query_one(SelectionList).selected))

    def action_annuleer(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_kies() if event.button.id == "opslaan" else self.action_annuleer()


# --- the list of sessions ------------------------------------------------------------------------

class CasuistiekLijstScherm(Screen):
    HELP_TITEL = "Casuïstiekbesprekingen"
    HELP_UITLEG = ("Minstens eens per kwartaal bespreekt het team samen dossiers: gepseudonimiseerd, met de "
                   "kwaliteitschecklist uit het inspectieonderzoek. Enter opent een bespreking.")
    BINDINGS = [
        Binding("n", "nieuw", "Nieuwe bespreking"),
        Binding("delete", "verwijder", "Verwijder"),
        Binding("escape", "terug", "Terug"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Casuïstiekbesprekingen — N maakt een nieuwe, Enter opent", classes="sectie", id="casuistiek-lijst-kop")
        yield DataTable(id="besprekingen", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Casuïstiekbespreking"
        t = self.query_one(DataTable)
        for key, label in (("nr", "Nr"), ("datum", "Datum"), ("voorzitter", "Voorzitter"), ("thema", "Thema"),
                           ("dossiers", "Dossiers"), ("beoordeeld", "Volledig beoordeeld"), ("deelnemers", "Deelnemers")):
            t.add_column(label, key=key)
        t.focus()
        self.laad()

    def laad(self, selecteer: Optional[int] = None) -> None:
        try:
            rijen = self.app.diensten.casuistiek.besprekingen()
        except StoreFout as exc:
            self.app.toon_storefout(str(exc))
            return
        t = self.query_one(DataTable)
        t.clear()
        for r in rijen:
            deelnemers = r.deelnemers if len(r.deelnemers) <= 40 else r.deelnemers[:39] + "…"
            t.add_row(str(r.id), formatteer_datum(r.datum), r.voorzitter, r.thema or "—", str(r.aantal_dossiers),
                      f"{r.aantal_beoordeeld} van {r.aantal_dossiers}", deelnemers, key=str(r.id))
        if selecteer is not None:
            for i, r in enumerate(rijen):
                if r.id == selecteer:
                    t.move_cursor(row=i)
        if not rijen:
            self.query_one("#casuistiek-lijst-kop", Static).update(
                "Nog geen casuïstiekbesprekingen. Druk N om er een te maken.")

    def _gekozen(self) -> Optional[int]:
        t = self.query_one(DataTable)
        if not t.row_count:
            return None
        return int(t.coordinate_to_cell_key((t.cursor_row, 0)).row_key.value)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.app.push_screen(BesprekingScherm(int(event.row_key.value)), lambda _=None: self.laad())

    def action_nieuw(self) -> None:
        def klaar(b) -> None:
            if b is not None:
                self.notify(f"Bespreking van {formatteer_datum(b.datum)} is aangemaakt.", timeout=3)
                self.laad(b.id)
                self.app.push_screen(BesprekingScherm(b.id), lambda _=None: self.laad(b.id))

        self.app.push_screen(BesprekingFormulier(), klaar)

    def action_verwijder(self) -> None:
        nr = self._gekozen()
        if nr is None:
            return

        def gekozen(keuze: Optional[str]) -> None:
            if keuze == "verwijderen":
                try:
                    self.app.diensten.casuistiek.verwijder_bespreking(nr)
                except (StoreFout, NietGevonden) as exc:
                    self.notify(str(exc), severity="error")
                self.laad()

        self.app.push_screen(BevestigScherm("Bespreking verwijderen",
                                            f"Bespreking {nr} met scores, leerpunten en acties verwijderen? "
                                            "De dossiers zelf blijven bestaan.",
                                            [("annuleren", "Niet verwijderen", "primary"),
                                             ("verwijderen", "Verwijderen", "error")]), gekozen)

    def action_terug(self) -> None:
        self.app.pop_screen()


# --- one session ------------------------------------------------------------------------------------

class BesprekingScherm(Screen):
    HELP_TITEL = "Casuïstiekbespreking"
    HELP_UITLEG = (
        "Links de dossiers op de agenda, in het midden het gepseudonimiseerde dossier, rechts de checklist.\n"
        "Tab gaat van agenda naar dossier (scrollen) naar checklist; Enter op de agenda springt naar de checklist. Oordelen met V (voldoende), O (onvoldoende), X (n.v.t.), "
        "W (wissen). 'data' betekent: ingevuld uit de gegevens; de groep kan het aanpassen.\n"
        "Binnen een bespreking is elk dossier gepseudonimiseerd; dat kan niet worden uitgezet."
    )
    BINDINGS = [
        Binding("s", "steekproef", "Steekproef"),
        Binding("h", "handmatig", "Kies dossiers"),
        Binding("v", "score('voldoende')", "Voldoende"),
        Binding("o", "score('onvoldoende')", "Onvoldoende"),
        Binding("x", "score('nvt')", "N.v.t."),
        Binding("w", "score('niet_beoordeeld')", "Wis oordeel", show=False),
        Binding("m", "opmerking", "Opmerking"),
        Binding("r", "reflectie", "Reflectie"),
        Binding("l", "leerpunt", "Leerpunt"),
        Binding("a", "actie", "Actie"),
        Binding("e", "rapport", "Rapport"),
        Binding("u", "bundel_export", "Bundel maken", show=False),
        Binding("i", "bundel_import", "Bundel importeren", show=False),
        Binding("delete", "van_agenda", "Van agenda", show=False),
        Binding("escape", "terug", "Terug"),
    ]

    def __init__(self, bespreking_id: int) -> None:
        super().__init__()
        self.bespreking_id = bespreking_id
        self.detail: Optional[BesprekingDetail] = None
        self.agenda_id: Optional[int] = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="bespreking-kop")
        with Horizontal(id="bespreking-midden"):
            with Vertical(id="agenda-paneel"):
                yield Static("Agenda", classes="sectie")
                yield OptionList(id="agenda")
            with VerticalScroll(id="dossier-paneel"):
                yield Markdown("", id="dossier")
            with Vertical(id="checklist-paneel"):
                yield Static("Checklist", classes="sectie")
                yield DataTable(id="checklist", cursor_type="row", zebra_stripes=True)
                yield Static("", id="score-opmerking")
                yield Static("", id="reflectie")
                yield Static("", id="leerpunten-acties")
        yield Footer()

    def on_mount(self) -> None:
        t = self.query_one("#checklist", DataTable)
        t.add_column("Onderdeel", key="item", width=27)
        t.add_column("Oordeel", key="score", width=13)
        t.add_column("Bron", key="bron", width=4)
        self.laad()
        self.query_one("#agenda", OptionList).focus()

    # -- data -------------------------------------------------------------------------------
    def laad(self, agenda_id: Optional[int] = None) -> None:
        try:
            self.detail = self.app.diensten.casuistiek.detail(self.bespreking_id)
        except NietGevonden as exc:
            self.notify(str(exc), severity="error")
            self.app.pop_screen()
            return
        except StoreFout as exc:
            self.app.toon_storefout(str(exc))
            return
        d = self.detail
        b = d.bespreking
        self.sub_title = f"Casuïstiekbespreking {formatteer_datum(b.datum)} · gepseudonimiseerd"
        kop = (f"[b]{formatteer_datum(b.datum)}[/b] · voorzitter {b.voorzitter}"
               + (f" · thema: {b.thema}" if b.thema else "")
               + f"\nDeelnemers: {b.deelnemers}")
        if b.seed is not None:
            kop += f"\nSteekproef: {b.steekproef_grootte} dossiers, startgetal {b.seed} ({d.filters.omschrijving()})"
        self.query_one("#bespreking-kop", Static).update(kop)
        lijst = self.query_one("#agenda", OptionList)
        vorige = agenda_id if agenda_id is not None else self.agenda_id
        lijst.clear_options()
        for rij in d.agenda:
            lijst.add_option(Option(f"{rij.pseudoniem}  {rij.aantal_beoordeeld}/{len(rij.scores)}", id=str(rij.id)))
        if d.agenda:
            index = next((i for i, r in enumerate(d.agenda) if r.id == vorige), 0)
            lijst.highlighted = index
            self.toon_dossier(d.agenda[index].id)
        else:
            self.agenda_id = None
            self.query_one("#dossier", Markdown).update(
                "Nog geen dossiers op de agenda.\n\n- **S** trekt een aselecte steekproef\n"
                "- **H** kiest dossiers met de hand\n- **I** importeert een bundel van een collega")
            self.query_one("#checklist", DataTable).clear()
        self._toon_leerpunten()

    def _rij(self, agenda_id: Optional[int]):
        if self.detail is None:
            return None
        return next((r for r in self.detail.agenda if r.id == agenda_id), None)

    def toon_dossier(self, agenda_id: int) -> None:
        nieuw = agenda_id != self.agenda_id
        self.agenda_id = agenda_id
        rij = self._rij(agenda_id)
        if rij is None:
            return
        if nieuw or not self.query_one("#dossier", Markdown).source:
            try:
                w = self.app.diensten.casuistiek.weergave(agenda_id)
            except (NietGevonden, StoreFout) as exc:
                self.notify(str(exc), severity="error")
                return
            self.query_one("#dossier", Markdown).update("\n".join(dossier_markdown(w, kop="##")))
            self.query_one("#dossier-paneel", VerticalScroll).scroll_home(animate=False)
        t = self.query_one("#checklist", DataTable)
        cursor = t.cursor_row if (t.row_count and not nieuw) else 0
        t.clear()
        for sc in rij.scores:
            t.add_row(sc.item.kort[0].upper() + sc.item.kort[1:], SCORE_TEKEN[sc.score],
                      "data" if sc.voorgevuld else "", key=sc.item.value)
        t.move_cursor(row=min(cursor, len(rij.scores) - 1))
        self._toon_opmerking()
        self.query_one("#reflectie", Static).update(
            f"[b]Reflectie[/b] (R)\nGoed: {rij.wat_ging_goed or '—'}\nBeter: {rij.kan_beter or '—'}")

    def _toon_opmerking(self) -> None:
        rij = self._rij(self.agenda_id)
        item = self._item()
        if rij is None or item is None:
            return
        sc = next(s for s in rij.scores if s.item == item)
        bron = "ingevuld uit de gegevens" if sc.voorgevuld else "oordeel van de groep"
        self.query_one("#score-opmerking", Static).update(
            f"[b]{item.label}[/b]\n{sc.score.label} · {bron}\n{sc.opmerking or 'Geen opmerking (M voegt er een toe).'}")

    def _toon_leerpunten(self) -> None:
        d = self.detail
        if d is None:
            return
        regels = [f"[b]Leerpunten[/b] (L) {len(d.leerpunten)}"]
        regels += [f"• {lp.tekst}" for lp in d.leerpunten[-3:]]
        regels.append(f"[b]Acties[/b] (A) {len(d.acties)}")
        regels += [f"• {a.wie}: {a.wat} ({formatteer_datum(a.wanneer, '—')})" for a in d.acties[-3:]]
        self.query_one("#leerpunten-acties", Static).update("\n".join(regels))

    def _item(self) -> Optional[ChecklistItem]:
        t = self.query_one("#checklist", DataTable)
        if not t.row_count:
            return None
        return ChecklistItem(t.coordinate_to_cell_key((t.cursor_row, 0)).row_key.value)

    # -- events --------------------------------------------------------------------------------
    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None and int(event.option.id) != self.agenda_id:
            self.toon_dossier(int(event.option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#checklist", DataTable).focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._toon_opmerking()

    # -- actions ----------------------------------------------------------------------------------
    def _na(self, bericht: str):
        def klaar(resultaat) -> None:
            if resultaat is not None:
                self.notify(bericht if "{}" not in bericht else bericht.format(resultaat), timeout=3)
                self.laad()

        return klaar

    def action_steekproef(self) -> None:
        b = self.detail.bespreking if self.detail else None
        if b is None:
            return
        filters = self.detail.filters

        def klaar(gekozen) -> None:
            if gekozen is not None:
                self.agenda_id = None
                self.laad()
                b2 = self.detail.bespreking
                self.notify(f"{len(gekozen)} dossiers getrokken (startgetal {b2.seed}).", timeout=4)

        self.app.push_screen(SteekproefFormulier(b.id, filters, b.steekproef_grootte, b.seed), klaar)

    def action_handmatig(self) -> None:
        def klaar(ids) -> None:
            if ids:
                try:
                    n = self.app.diensten.casuistiek.voeg_toe(self.bespreking_id, ids)
                except (StoreFout, NietGevonden) as exc:
                    self.notify(str(exc), severity="error")
                    return
                self.notify(f"{n} dossier{'s' if n != 1 else ''} toegevoegd.", timeout=3)
                self.laad()

        self.app.push_screen(HandmatigScherm(), klaar)

    def action_score(self, waarde: str) -> None:
        item = self._item()
        if self.agenda_id is None or item is None:
            self.notify("Kies eerst een dossier op de agenda.", severity="warning")
            return
        try:
            self.app.diensten.casuistiek.zet_score(self.agenda_id, item, Beoordeling(waarde))
        except (StoreFout, NietGevonden, Validatiefout) as exc:
            self.notify(str(exc), severity="error")
            return
        t = self.query_one("#checklist", DataTable)
        rij = t.cursor_row
        self.laad()
        t.move_cursor(row=min(rij + 1, t.row_count - 1))
        self._toon_opmerking()

    def action_opmerking(self) -> None:
        item = self._item()
        rij = self._rij(self.agenda_id)
        if rij is None or item is None:
            return
        sc = next(s for s in rij.scores if s.item == item)
        agenda_id = rij.id

        def opslaan(w):
            return self.app.diensten.casuistiek.zet_score(agenda_id, item, sc.score, w.get("opmerking") or "")

        self.app.push_screen(TekstFormulier(f"Opmerking — {item.label}",
                                            [("opmerking", "Opmerking", "lang", sc.opmerking)], opslaan,
                                            "Schrijf geen namen of andere herleidbare gegevens in de opmerking."),
                             self._na("Opmerking opgeslagen."))

    def action_reflectie(self) -> None:
        rij = self._rij(self.agenda_id)
        if rij is None:
            return

        def opslaan(w):
            self.app.diensten.casuistiek.zet_reflectie(rij.id, w.get("wat_ging_goed") or "", w.get("kan_beter") or "")
            return True

        self.app.push_screen(TekstFormulier(f"Reflectie — {rij.pseudoniem}",
                                            [("wat_ging_goed", "Wat ging goed", "lang", rij.wat_ging_goed),
                                             ("kan_beter", "Wat kan beter", "lang", rij.kan_beter)], opslaan),
                             self._na("Reflectie opgeslagen."))

    def action_leerpunt(self) -> None:
        def opslaan(w):
            return self.app.diensten.casuistiek.voeg_leerpunt_toe(self.bespreking_id, w.get("tekst") or "")

        self.app.push_screen(TekstFormulier("Leerpunt voor het team", [("tekst", "Leerpunt *", "tekst", "")], opslaan),
                             self._na("Leerpunt toegevoegd."))

    def action_actie(self) -> None:
        def opslaan(w):
            return self.app.diensten.casuistiek.voeg_actie_toe(self.bespreking_id, w)

        self.app.push_screen(TekstFormulier("Vervolgactie", [("wie", "Wie *", "tekst", ""), ("wat", "Wat *", "tekst", ""),
                                                             ("wanneer", "Wanneer *", "datum", "")], opslaan),
                             self._na("Actie toegevoegd."))

    def action_rapport(self) -> None:
        b = self.detail.bespreking if self.detail else None
        if b is None:
            return
        standaard = str(Path.home() / f"casuistiek-{b.datum.isoformat()}.md")

        def opslaan(w):
            pad_tekst = (w.get("pad") or "").strip()
            if not pad_tekst:
                raise Validatiefout({"pad": "Vul een bestandsnaam in, eindigend op .md of .html."})
            pad = Path(pad_tekst).expanduser()
            formaat = "html" if pad.suffix.lower() in (".html", ".htm") else "md"
            return self.app.diensten.casuistiek.exporteer_rapport(self.bespreking_id, pad, formaat)

        self.app.push_screen(TekstFormulier("Rapport exporteren", [("pad", "Bestand (.md of .html) *", "tekst", standaard)],
                                            opslaan, "Het rapport is gepseudonimiseerd; het bestand is alleen voor u "
                                            "leesbaar (0600). De export staat in het logboek.", knop="Exporteren"),
                             self._na("Rapport geschreven naar {}."))

    def action_bundel_export(self) -> None:
        d = self.detail
        if d is None:
            return
        ids = self.app.diensten.casuistiek.lokale_klanten(self.bespreking_id)
        if not ids:
            self.notify("Er staan geen eigen dossiers op de agenda om te bundelen.", severity="warning")
            return
        standaard = str(Path.home() / f"bundel-{d.bespreking.datum.isoformat()}.json")

        def opslaan(w):
            pad = (w.get("pad") or "").strip()
            if not pad:
                raise Validatiefout({"pad": "Vul een bestandsnaam in, bijvoorbeeld bundel.json."})
            return self.app.diensten.casuistiek.exporteer_bundel(ids, Path(pad))

        self.app.push_screen(TekstFormulier(f"Bundel maken ({len(ids)} eigen dossiers)",
                                            [("pad", "Bestand (.json) *", "tekst", standaard)], opslaan,
                                            "De bundel is gepseudonimiseerd en bevat geen namen, data, adressen of "
                                            "contactgegevens. De export staat in het logboek.", knop="Exporteren"),
                             self._na("{} dossiers gebundeld."))

    def action_bundel_import(self) -> None:
        def opslaan(w):
            pad = (w.get("pad") or "").strip()
            if not pad:
                raise Validatiefout({"pad": "Vul het pad van de bundel in."})
            try:
                return self.app.diensten.casuistiek.importeer_bundel(self.bespreking_id, Path(pad))
            except BundelFout as exc:
                raise Validatiefout({"pad": str(exc)}) from None

        def klaar(res) -> None:
            if res is not None:
                tekst = f"{res.toegevoegd} dossiers geïmporteerd."
                if res.overgeslagen:
                    tekst += f" {res.overgeslagen} stond(en) er al op."
                self.notify(tekst, timeout=4)
                self.laad()

        self.app.push_screen(TekstFormulier("Bundel importeren", [("pad", "Bundel (.json) *", "tekst", "")], opslaan,
                                            knop="Importeren"), klaar)

    def action_van_agenda(self) -> None:
        rij = self._rij(self.agenda_id)
        if rij is None:
            return

        def gekozen(keuze: Optional[str]) -> None:
            if keuze == "verwijderen":
                try:
                    self.app.diensten.casuistiek.verwijder_van_agenda(rij.id)
                except (StoreFout, NietGevonden) as exc:
                    self.notify(str(exc), severity="error")
                self.agenda_id = None
                self.laad()

        self.app.push_screen(BevestigScherm("Van de agenda halen", f"{rij.pseudoniem} met de scores van de agenda halen?",
                                            [("annuleren", "Laten staan", "primary"),
                                             ("verwijderen", "Van agenda", "error")]), gekozen)

    def action_terug(self) -> None:
        self.app.pop_screen()
