"""The start screen: the adviser's caseload, filtered as you type (typos allowed), sortable."""

from __future__ import annotations

from datetime import date
from typing import Optional

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.services.klanten import CaseloadRij
from werkcoach_tui.store import StoreFout

MAX_RIJEN = 500
"""Never mount more rows than this: a DataTable freezes at 10k rows."""

KOLOMMEN = (
    ("naam", "Naam"),
    ("klantnummer", "Klantnummer"),
    ("maand_in_ww", "Maand WW"),
    ("volgend_contact", "Volgend contact"),
    ("laatste_contact", "Laatste contact"),
    ("fase", "Fase"),
)


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


def _sorteer_sleutel(kolom: str):
    def sleutel(r: CaseloadRij):
        v = getattr(r, kolom)
        if kolom == "fase":
            return (0, list(type(v)).index(v))
        if v is None:
            return (1, "")
        if isinstance(v, str):
            return (0, v.lower())
        return (0, v)

    return sleutel


class CaseloadScherm(Screen):
    HELP_TITEL = "Caseload"
    HELP_UITLEG = (
        "Typ in het filterveld om de caseload te vernauwen; tikfouten in namen worden herkend.\n"
        "Klik op een kolomkop of druk S om te sorteren."
    )
    BINDINGS = [
        Binding("n", "nieuwe_klant", "Nieuwe klant"),
        Binding("slash", "zoek", "Zoek"),
        Binding("s", "sorteer", "Sorteer"),
        Binding("v", "vacatures", "Vacatures"),
        Binding("c", "app.casuistiek", "Casuïstiekbespreking", show=False),
        Binding("escape", "wis_filter", "Wis filter", show=False),
        Binding("f5", "herlaad", "Herlaad", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rijen: list[CaseloadRij] = []
        self.getoond: list[CaseloadRij] = []
        self.sorteer_kolom: Optional[str] = None
        self.aflopend = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="filterbalk"):
            yield Input(placeholder="Filter op naam of klantnummer (tikfouten mogen)…", id="filter")
            yield Static("", id="telling")
        yield DataTable(id="caseload", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for sleutel, label in KOLOMMEN:
            table.add_column(label, key=sleutel)
        table.focus()
        self.laad()

    # -- data ------------------------------------------------------------------
    def laad(self) -> None:
        self._laad_worker()

    @work(thread=True, exclusive=True, group="caseload")
    def _laad_worker(self) -> None:
        diensten = self.app.diensten
        try:
            rijen = diensten.klanten.caseload(diensten.clock.today())
        except StoreFout as exc:
            self.app.call_from_thread(self.app.toon_storefout, str(exc))
            return
        self.app.call_from_thread(self._zet_rijen, rijen)

    def _zet_rijen(self, rijen: list[CaseloadRij]) -> None:
        self.rijen = rijen
        self.ververs()
        self.call_after_refresh(self.app.caseload_getoond)

    def ververs(self, selecteer_id: Optional[int] = None) -> None:
        table = self.query_one(DataTable)
        if selecteer_id is None and table.row_count and table.cursor_row is not None:
            try:
                selecteer_id = int(table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value)
            except Exception:
                selecteer_id = None
        zoek = self.query_one("#filter", Input).value
        rijen = filter_caseload(self.rijen, zoek)
        if self.sorteer_kolom:
            rijen = sorted(rijen, key=_sorteer_sleutel(self.sorteer_kolom), reverse=self.aflopend)
        self.getoond = rijen[:MAX_RIJEN]
        table.clear()
        for r in self.getoond:
            table.add_row(
                r.naam,
                r.klantnummer,
                str(r.maand_in_ww) if r.maand_in_ww else "—",
                formatteer_datum(r.volgend_contact, "—"),
                formatteer_datum(r.laatste_contact, "—"),
                r.fase.label,
                key=str(r.id),
            )
        if selecteer_id is not None:
            for i, r in enumerate(self.getoond):
                if r.id == selecteer_id:
                    table.move_cursor(row=i)
                    break
        totaal = len(self.rijen)
        if zoek.strip():
            tekst = f"{len(rijen)} van {totaal} klanten"
        else:
            tekst = f"{totaal} klanten"
        if len(rijen) > MAX_RIJEN:
            tekst += f" · eerste {MAX_RIJEN} getoond, typ om te filteren"
        self.query_one("#telling", Static).update(tekst)

    # -- events ----------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.ververs()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.query_one(DataTable).focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_klant(int(event.row_key.value))

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        kolom = str(event.column_key.value)
        if self.sorteer_kolom == kolom:
            self.aflopend = not self.aflopend
        else:
            self.sorteer_kolom, self.aflopend = kolom, False
        self.ververs()

    # -- actions -----------------------------------------------------------------
    def action_zoek(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_wis_filter(self) -> None:
        filt = self.query_one("#filter", Input)
        if filt.value:
            filt.value = ""
        self.query_one(DataTable).focus()

    def action_sorteer(self) -> None:
        sleutels = [k for k, _ in KOLOMMEN]
        if self.sorteer_kolom is None:
            self.sorteer_kolom, self.aflopend = sleutels[0], False
        elif not self.aflopend:
            self.aflopend = True
        else:
            i = (sleutels.index(self.sorteer_kolom) + 1) % len(sleutels)
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
