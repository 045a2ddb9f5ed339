"""The start screen: the caseload as a dashboard.

Every klant with its open signals as compact badges (``[!]`` hoog, ``[*]``
middel, ``[i]`` laag: readable without colour), most urgent first; a count per
signal at the top (click one to filter), a filter by signal, the selected
klant's signals with what to do (Enter opens the place where it is resolved),
and "Vandaag": the gesprekken planned for today. The name filter (typos
allowed) and sorting on any column still work.

The caseload rows come first; the signals are computed in a thread worker
and fill in the badges when ready, so the first frame is never held up.
"""

from __future__ import annotations

import threading

import os
import time
from pathlib import Path
from typing import Optional

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Select, Static

from werkcoach_tui.models.enums import Urgentie
from werkcoach_tui.rules import signalen as sg
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.screens.signaal_navigatie import OPLOSSINGEN, open_signaal
from werkcoach_tui.services.klanten import CaseloadRij, NietGevonden
from werkcoach_tui.services.signaal_feiten import BRON_LABELS, VEREISTE_BRONNEN
from werkcoach_tui.services.signalen import CaseloadSignalen, GeplandGesprek
from werkcoach_tui.store import StoreFout
from werkcoach_tui.widgets.signaal_badges import KORT, LEGENDA, badges, volle_badge

MAX_RIJEN = 500
"""Never mount more rows than this: a DataTable freezes at 10k rows."""

BADGE_BREEDTE = 30

KOLOMMEN = (
    ("naam", "Naam"),
    ("klantnummer", "Klantnr."),
    ("maand_in_ww", "Maand WW"),
    ("volgend_contact", "Volgend"),
    ("laatste_contact", "Laatste"),
    ("fase", "Fase"),
    ("signalen", "Signalen"),
)

FILTER_ALLE = "alle"
FILTER_MET = "met_signaal"


def filter_caseload(rijen: list[CaseloadRij], zoek: str) -> list[CaseloadRij]:
    """Narrow the caseload on name (typos allowed) or klantnummer; best matches first."""
    zoek = zoek.strip()
    if not zoek:
        return rijen
    from rapidfuzz import fuzz, process, utils

    q = zoek.upper()
    op_nummer = [r for r in rijen if q in r.klantnummer]
    gezien = {r.id for r in op_nummer}
    namen = [r.naam for r in rijen]
    treffers = process.extract(
        zoek, namen, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=72, limit=None
    )
    treffers.sort(key=lambda t: (-t[1], t[2]))
    uit = list(op_nummer)
    for _naam, _score, index in treffers:
        rij = rijen[index]
        if rij.id not in gezien:
            uit.append(rij)
            gezien.add(rij.id)
    return uit


def urgentie_sleutel(signalen: tuple[sg.Signaal, ...], naam: str = ""):
    """Most urgent first, then the oldest due date; klanten without signals last."""
    if not signalen:
        return (1, 9, None, naam.lower())
    top = signalen[0]  # the list is sorted: most urgent, oldest first
    return (0, sg.URGENTIE_VOLGORDE[Urgentie(top.urgentie)], top.sinds, naam.lower())


def filter_op_signaal(rijen: list[CaseloadRij], signalen: Optional[CaseloadSignalen], code: str) -> list[CaseloadRij]:
    """Only klanten with the chosen signal (or with any signal)."""
    if signalen is None or code == FILTER_ALLE:
        return rijen
    if code == FILTER_MET:
        return [r for r in rijen if signalen.van(r.id)]
    return [r for r in rijen if any(s.code == code for s in signalen.van(r.id))]


def _sorteer_sleutel(kolom: str, signalen: Optional[CaseloadSignalen] = None):
    def sleutel(r: CaseloadRij):
        if kolom == "signalen":
            lijst = signalen.van(r.id) if signalen else ()
            u = urgentie_sleutel(lijst, r.naam)
            return (u[0], u[1], u[2] or r.naam, u[3])
        v = getattr(r, kolom)
        if kolom == "fase":
            return (0, list(type(v)).index(v))
        if v is None:
            return (1, "")
        if isinstance(v, str):
            return (0, v.lower())
        return (0, v)

    return sleutel


def _meld_bench(variabele: str, app) -> None:
    """`benchmarks/signalen.py` asks to be told when the badges are on screen."""
    meld = os.environ.get(variabele)
    if meld:
        Path(meld).write_text(f"{time.time():.6f}\n")
        app.exit()


class CaseloadScherm(Screen):
    HELP_TITEL = "Caseload"
    HELP_UITLEG = (
        "Typ in het filterveld om de caseload te vernauwen; tikfouten in namen worden herkend.\n"
        "Klik op een kolomkop of druk S om te sorteren. Zonder sortering staan de klanten met het "
        "meest urgente signaal bovenaan (daarna het oudste).\n"
        f"Signalen: {escape(LEGENDA)}. Klik op een telling bovenaan of kies met F een signaal om te "
        "filteren. Tab naar de signalen van de klant; Enter opent de plek waar je het oplost. "
        "Signalen adviseren, ze beslissen niets."
    )
    BINDINGS = [
        Binding("n", "nieuwe_klant", "Nieuwe klant"),
        Binding("slash", "zoek", "Zoek"),
        Binding("f", "signaalfilter", "Filter signaal"),
        Binding("o", "open_signaal", "Open signaal"),
        Binding("s", "sorteer", "Sorteer"),
        Binding("v", "vacatures", "Vacatures"),
        Binding("c", "app.casuistiek", "Casuïstiekbespreking", show=False),
        Binding("t", "vandaag", "Naar Vandaag (geplande gesprekken)", show=False),
        Binding("escape", "wis_filter", "Wis filter", show=False),
        Binding("f5", "herlaad", "Herlaad", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rijen: list[CaseloadRij] = []
        self.getoond: list[CaseloadRij] = []
        self.sorteer_kolom: Optional[str] = None
        self.aflopend = False
        self.signalen: Optional[CaseloadSignalen] = None
        self.signalen_getekend = 0
        """How many signal results have been painted (tests and benchmarks wait for it)."""
        self.signaal_filter: str = FILTER_ALLE
        self.vandaag: list[GeplandGesprek] = []
        self._generatie = 0
        self._klant_id: Optional[int] = None
        self._klant_signalen: tuple[sg.Signaal, ...] = ()
        self._eerste_signalen = False
        self._cursor_onaangeroerd = True

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="filterbalk"):
            yield Input(placeholder="Filter op naam of klantnummer (tikfouten mogen)…", id="filter")
            yield Select([("Alle klanten", FILTER_ALLE)], value=FILTER_ALLE, allow_blank=False,
                         id="signaalfilter", compact=True)
            yield Static("", id="telling")
        yield Static("Signalen worden berekend…", id="signaal-tellingen")
        yield DataTable(id="caseload", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="dashboard-onder"):
            with Vertical(id="klant-signalen-paneel"):
                yield Static("Signalen", classes="sectie", id="klant-signalen-kop")
                yield DataTable(id="klant-signalen", cursor_type="row", show_header=False)
                yield Static("", id="signaal-uitleg")
            with Vertical(id="vandaag-paneel"):
                yield Static("Vandaag", classes="sectie", id="vandaag-kop")
                yield DataTable(id="vandaag", cursor_type="row", show_header=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#caseload", DataTable)
        for sleutel, label in KOLOMMEN:
            table.add_column(label, key=sleutel)
        ks = self.query_one("#klant-signalen", DataTable)
        ks.add_column("Signaal", key="badge", width=38)
        ks.add_column("Sinds", key="sinds", width=16)
        vd = self.query_one("#vandaag", DataTable)
        vd.add_column("Klant", key="naam", width=20)
        vd.add_column("Gesprek", key="type", width=17)
        vd.add_column("Kanaal", key="kanaal", width=11)
        table.focus()
        self.laad()

    # -- data ------------------------------------------------------------------
    def laad(self) -> None:
        self._gelezen_teken = self.app.diensten.store.wijzigingsteken()
        self._generatie += 1
        self._laad_worker(self._generatie)

    def on_screen_resume(self) -> None:
        """Back on the dashboard: read again when anything was written meanwhile (a gesprek,
        a werkplan, a follow-up, another window), so rows and signals are current."""
        teken = getattr(self, "_gelezen_teken", None)
        if teken is not None and teken != self.app.diensten.store.wijzigingsteken():
            self.laad()

    @work(thread=True, exclusive=True, group="caseload")
    def _laad_worker(self, generatie: int) -> None:
        diensten = self.app.diensten
        today = diensten.clock.today()
        try:
            rijen = diensten.klanten.caseload(today)
            vandaag = diensten.signalen.gesprekken_op(today)
        except StoreFout as exc:
            self.app.call_from_thread(self.app.toon_storefout, str(exc))
            return
        # The rows go on screen first; the badges follow when the signals are computed
        # (same worker, so whoever waits for the caseload also waits for its signals).
        getoond = threading.Event()
        self.app.call_from_thread(self._zet_rijen, rijen, vandaag, generatie, getoond)
        # Let the rows reach the screen before the signal computation competes for the GIL.
        getoond.wait(timeout=2.0)
        self._bereken_signalen(generatie)

    def _zet_rijen(self, rijen: list[CaseloadRij], vandaag: list[GeplandGesprek], generatie: int,
                   getoond: Optional[threading.Event] = None) -> None:
        if getoond is not None:
            self.call_after_refresh(getoond.set)
        if generatie != self._generatie:
            return
        self.rijen = rijen
        self.vandaag = vandaag
        self.ververs()
        self._toon_vandaag()
        self.call_after_refresh(self.app.caseload_getoond)

    def _bereken_signalen(self, generatie: int) -> None:
        """Runs in the caseload's thread worker, after the rows are shown."""
        diensten = self.app.diensten
        try:
            signalen = diensten.signalen.caseload_signalen(diensten.clock.today())
        except StoreFout as exc:
            self.app.call_from_thread(self._signalen_mislukt, str(exc))
            return
        except Exception as exc:  # a feature's summary failed: keep the caseload usable
            self.app.call_from_thread(
                self._signalen_mislukt,
                f"De signalen konden niet worden berekend ({type(exc).__name__}: {exc}). "
                "De caseload werkt gewoon; druk F5 om het opnieuw te proberen.",
            )
            return
        self.app.call_from_thread(self._zet_signalen, signalen, generatie)

    def _signalen_mislukt(self, melding: str) -> None:
        self.query_one("#signaal-tellingen", Static).update(f"Signalen niet beschikbaar: {escape(melding)}")
        self.notify(melding, severity="error", timeout=8)

    def _zet_signalen(self, signalen: CaseloadSignalen, generatie: int) -> None:
        if generatie != self._generatie:
            return
        self._eerste_signalen = self.signalen is None
        self.signalen = signalen
        if self.signaal_filter not in (FILTER_ALLE, FILTER_MET) and self.signaal_filter in signalen.onbekend:
            self.signaal_filter = FILTER_ALLE
        self._vul_signaalfilter()
        self._toon_tellingen()
        self.ververs(naar_boven=self._eerste_signalen and self._cursor_onaangeroerd)
        self._eerste_signalen = False
        self.call_after_refresh(self._signalen_getekend)
        self.call_after_refresh(_meld_bench, "WERKCOACH_BENCH_SIGNALEN", self.app)

    def _signalen_getekend(self) -> None:
        self.signalen_getekend += 1

    # -- showing ---------------------------------------------------------------------
    def _beschikbare_codes(self) -> list[str]:
        onbekend = self.signalen.onbekend if self.signalen else frozenset()
        return [c for c in sg.SIGNAAL_CODES if c not in onbekend and c != sg.CASUISTIEK]

    def _vul_signaalfilter(self) -> None:
        sel = self.query_one("#signaalfilter", Select)
        tellingen = self.signalen.tellingen if self.signalen else {}
        met = len(self.signalen.per_klant) if self.signalen else 0
        opties = [("Alle klanten", FILTER_ALLE), (f"Met een signaal ({met})", FILTER_MET)]
        for code in self._beschikbare_codes():
            d = sg.SIGNAAL_DEFINITIES[code]
            opties.append((Text(f"{d.badge} ({tellingen.get(code, 0)})"), code))
        with sel.prevent(Select.Changed):
            sel.set_options(opties)
            sel.value = self.signaal_filter

    def _toon_tellingen(self) -> None:
        s = self.signalen
        if s is None:
            return
        delen = []
        volgorde = sorted(
            (c for c in s.tellingen if c != sg.CASUISTIEK),
            key=lambda c: (sg.URGENTIE_VOLGORDE[sg.SIGNAAL_DEFINITIES[c].urgentie], sg.SIGNAAL_CODES.index(c)),
        )
        for code in volgorde:
            d = sg.SIGNAAL_DEFINITIES[code]
            label = f"{escape(sg.URGENTIE_SYMBOOL[d.urgentie])}{KORT[code]} {s.tellingen[code]}"
            if code == self.signaal_filter:
                label = f"[reverse]{label}[/reverse]"
            delen.append(f"[@click=screen.kies_signaal('{code}')]{label}[/]")
        regel = "Signalen: " + (" · ".join(delen) if delen else "geen open signalen.")
        for a in s.adviseur:
            regel += f"  ·  Adviseur: [@click=screen.adviseur_signaal]{escape(a.badge)}[/]"
        if s.onbekend:
            bronnen = sorted({b for c in s.onbekend for b in VEREISTE_BRONNEN.get(c, ())} - set(s.bronnen))
            regel += (
                f"\n[dim]{escape(LEGENDA)} · {len(s.onbekend)} soorten wachten op gegevens uit: "
                f"{', '.join(BRON_LABELS[b] for b in bronnen)}[/dim]"
            )
        else:
            regel += f"\n[dim]{escape(LEGENDA)}[/dim]"
        self.query_one("#signaal-tellingen", Static).update(regel)

    def _toon_vandaag(self) -> None:
        vd = self.query_one("#vandaag", DataTable)
        vd.clear()
        today = self.app.diensten.clock.today()
        for g in self.vandaag:
            vd.add_row(g.naam, g.type.label, g.kanaal.label, key=f"{g.gesprek_id}:{g.klant_id}")
        kop = f"Vandaag {formatteer_datum(today)} · {len(self.vandaag)} gepland"
        if not self.vandaag:
            kop = f"Vandaag {formatteer_datum(today)} · geen gesprekken gepland"
        self.query_one("#vandaag-kop", Static).update(kop)

    def _geselecteerde_id(self) -> Optional[int]:
        table = self.query_one("#caseload", DataTable)
        if not table.row_count or table.cursor_row is None:
            return None
        try:
            return int(table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value)
        except Exception:
            return None

    def ververs(self, selecteer_id: Optional[int] = None, naar_boven: bool = False) -> None:
        table = self.query_one("#caseload", DataTable)
        if selecteer_id is None and not naar_boven:
            selecteer_id = self._geselecteerde_id()
        zoek = self.query_one("#filter", Input).value
        rijen = filter_caseload(self.rijen, zoek)
        rijen = filter_op_signaal(rijen, self.signalen, self.signaal_filter)
        if self.sorteer_kolom:
            rijen = sorted(rijen, key=_sorteer_sleutel(self.sorteer_kolom, self.signalen), reverse=self.aflopend)
        elif self.signalen is not None and not zoek.strip():
            rijen = sorted(rijen, key=lambda r: urgentie_sleutel(self.signalen.van(r.id), r.naam))
        self.getoond = rijen[:MAX_RIJEN]
        table.clear()
        for r in self.getoond:
            if self.signalen is None:
                badge_cel: Text | str = "…"
            else:
                badge_cel = badges(self.signalen.van(r.id), BADGE_BREEDTE)
            table.add_row(
                r.naam,
                r.klantnummer,
                str(r.maand_in_ww) if r.maand_in_ww else "—",
                formatteer_datum(r.volgend_contact, "—"),
                formatteer_datum(r.laatste_contact, "—"),
                r.fase.label,
                badge_cel,
                key=str(r.id),
            )
        if naar_boven and self.getoond:
            table.move_cursor(row=0)
        elif selecteer_id is not None:
            for i, r in enumerate(self.getoond):
                if r.id == selecteer_id:
                    table.move_cursor(row=i)
                    break
        totaal = len(self.rijen)
        gefilterd = zoek.strip() or self.signaal_filter != FILTER_ALLE
        tekst = f"{len(rijen)} van {totaal} klanten" if gefilterd else f"{totaal} klanten"
        if len(rijen) > MAX_RIJEN:
            tekst += f" · eerste {MAX_RIJEN} getoond, typ om te filteren"
        self.query_one("#telling", Static).update(tekst)
        self._toon_klant_signalen(self._geselecteerde_id())

    def _toon_klant_signalen(self, klant_id: Optional[int]) -> None:
        self._klant_id = klant_id
        ks = self.query_one("#klant-signalen", DataTable)
        kop = self.query_one("#klant-signalen-kop", Static)
        uitleg = self.query_one("#signaal-uitleg", Static)
        ks.clear()
        rij = next((r for r in self.getoond if r.id == klant_id), None)
        if rij is None:
            self._klant_signalen = ()
            kop.update("Signalen")
            uitleg.update("")
            return
        if self.signalen is None:
            self._klant_signalen = ()
            kop.update(f"Signalen van {escape(rij.naam)}")
            uitleg.update("Signalen worden berekend…")
            return
        lijst = self.signalen.van(rij.id)
        if self.signaal_filter not in (FILTER_ALLE, FILTER_MET):
            lijst = tuple(sorted(lijst, key=lambda s: s.code != self.signaal_filter))
        self._klant_signalen = lijst
        kop.update(f"Signalen van {escape(rij.naam)} ({len(lijst)})")
        for i, s in enumerate(lijst):
            ks.add_row(volle_badge(s), f"sinds {formatteer_datum(s.sinds)}", key=str(i))
        if lijst:
            ks.move_cursor(row=0)
            self._toon_uitleg(0)
        else:
            uitleg.update("Geen open signalen voor deze klant.")

    def _toon_uitleg(self, index: int) -> None:
        if 0 <= index < len(self._klant_signalen):
            s = self._klant_signalen[index]
            self.query_one("#signaal-uitleg", Static).update(
                f"{escape(s.uitleg)}\n[b]Wat te doen:[/b] {escape(OPLOSSINGEN[s.code].actie)} "
                "[dim](Enter of O)[/dim]"
            )

    # -- events ----------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.ververs()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.query_one("#caseload", DataTable).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "signaalfilter" and event.value is not Select.NULL:
            self.zet_signaal_filter(str(event.value))
            self.query_one("#caseload", DataTable).focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "caseload":
            if event.cursor_row:
                self._cursor_onaangeroerd = False
            if event.row_key is not None and event.row_key.value is not None:
                klant_id = int(event.row_key.value)
                if klant_id != self._klant_id:
                    self._toon_klant_signalen(klant_id)
        elif event.data_table.id == "klant-signalen":
            self._toon_uitleg(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        tabel = event.data_table.id
        if tabel == "caseload":
            self.app.open_klant(int(event.row_key.value))
        elif tabel == "klant-signalen":
            self._open_signaal(event.cursor_row)
        elif tabel == "vandaag":
            self.app.open_klant(int(str(event.row_key.value).split(":")[1]))

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        if event.data_table.id != "caseload":
            return
        kolom = str(event.column_key.value)
        if self.sorteer_kolom == kolom:
            self.aflopend = not self.aflopend
        else:
            self.sorteer_kolom, self.aflopend = kolom, False
        self.ververs()

    # -- signal filter and opening ------------------------------------------------------
    def zet_signaal_filter(self, code: str) -> None:
        if code == self.signaal_filter:
            return
        self.signaal_filter = code
        sel = self.query_one("#signaalfilter", Select)
        if sel.value != code:
            with sel.prevent(Select.Changed):
                sel.value = code
        self._toon_tellingen()
        self.ververs()

    def action_kies_signaal(self, code: str) -> None:
        """Click on a count: filter on that signal (click again: all klanten)."""
        self.zet_signaal_filter(FILTER_ALLE if code == self.signaal_filter else code)
        self.query_one("#caseload", DataTable).focus()

    def action_adviseur_signaal(self) -> None:
        if self.signalen and self.signalen.adviseur:
            open_signaal(self.app, None, self.signalen.adviseur[0])

    def _open_signaal(self, index: int) -> None:
        if self._klant_id is None or not (0 <= index < len(self._klant_signalen)):
            return
        try:
            open_signaal(self.app, self._klant_id, self._klant_signalen[index])
        except NietGevonden as exc:
            self.notify(str(exc), severity="error")
            self.laad()
        except StoreFout as exc:
            self.app.toon_storefout(str(exc))

    def action_open_signaal(self) -> None:
        """O: open the highlighted signal of the selected klant (the most urgent by default)."""
        if not self._klant_signalen:
            self.notify("Deze klant heeft geen open signalen.", timeout=2)
            return
        ks = self.query_one("#klant-signalen", DataTable)
        self._open_signaal(ks.cursor_row or 0)

    # -- actions -----------------------------------------------------------------
    def action_zoek(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_signaalfilter(self) -> None:
        sel = self.query_one("#signaalfilter", Select)
        sel.focus()
        sel.action_show_overlay()

    def action_vandaag(self) -> None:
        self.query_one("#vandaag", DataTable).focus()

    def action_wis_filter(self) -> None:
        filt = self.query_one("#filter", Input)
        if filt.value:
            filt.value = ""
        elif self.signaal_filter != FILTER_ALLE:
            self.zet_signaal_filter(FILTER_ALLE)
        self.query_one("#caseload", DataTable).focus()

    def action_sorteer(self) -> None:
        sleutels = [k for k, _ in KOLOMMEN]
        if self.sorteer_kolom is None:
            self.sorteer_kolom, self.aflopend = sleutels[0], False
        elif not self.aflopend:
            self.aflopend = True
        else:
            i = sleutels.index(self.sorteer_kolom) + 1
            if i == len(sleutels):
                self.sorteer_kolom, self.aflopend = None, False
                self.notify("Standaardvolgorde: meest urgente signaal eerst, daarna het oudste", timeout=2)
                self.ververs()
                return
            self.sorteer_kolom, self.aflopend = sleutels[i], False
        label = dict(KOLOMMEN)[self.sorteer_kolom]
        self.notify(f"Gesorteerd op {label.lower()} ({'aflopend' if self.aflopend else 'oplopend'})", timeout=2)
        self.ververs()

    def action_nieuwe_klant(self) -> None:
        self.app.action_nieuwe_klant()

    def action_herlaad(self) -> None:
        self.laad()

    def action_vacatures(self) -> None:
        self.app.open_vacatures()
