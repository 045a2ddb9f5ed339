"""The klant screen: personalia and the gesprekken (newest first)."""

from __future__ import annotations

from typing import Optional

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from werkcoach_tui.rules.bsn import maskeer_bsn
from werkcoach_tui.rules.datums import formatteer_datum, leeftijd, maand_in_ww
from werkcoach_tui.screens.gesprek_formulier import GesprekFormulier
from werkcoach_tui.screens.begeleiding import begeleiding_signaal
from werkcoach_tui.screens.klant_formulier import KlantFormulier
from werkcoach_tui.services.klanten import KlantKaart, NietGevonden
from werkcoach_tui.store import StoreFout


def _ja(v: bool) -> str:
    return "ja" if v else "nee"


def _uren(v: Optional[float]) -> str:
    return "—" if v is None else f"{v:g}".replace(".", ",") + " uur"


class KlantScherm(Screen):
    HELP_TITEL = "Klant"
    BINDINGS = [
        Binding("e", "bewerk", "Bewerk"),
        Binding("g", "gesprek", "Gesprek"),
        Binding("p", "plan", "Plan"),
        Binding("d", "dossier", "Dossier"),
        Binding("w", "werkplan", "Werkplan"),
        Binding("a", "sollicitaties", "Sollicitaties"),
        Binding("v", "vacatures", "Vacatures"),
        Binding("o", "voorstellen", "Voorstellen", show=False),
        Binding("k", "pawa", "Passend werkaanbod", show=False),
        Binding("escape", "terug", "Terug", show=False),
        Binding("f", "oefen_feedback", "Feedback oefencasus", show=False),
    ]

    def __init__(self, klant_id: int) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.kaart: Optional[KlantKaart] = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="klant-boven"):
            yield Static(id="personalia", classes="paneel")
            yield Static(id="ww", classes="paneel")
        with Vertical(id="gesprekken-paneel"):
            yield Static("Gesprekken", classes="sectie", id="gesprekken-kop")
            yield DataTable(id="gesprekken", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="notitie-paneel"):
                yield Static("", id="notitie")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#gesprekken", DataTable)
        table.add_column("Datum", key="datum")
        table.add_column("Soort", key="type")
        table.add_column("Kanaal", key="kanaal")
        table.add_column("Duur", key="duur")
        table.add_column("Status", key="status")
        table.add_column("Notitie", key="notitie")
        self.laad(bekijken=True)
        table.focus()

    def laad(self, bekijken: bool = False) -> None:
        klanten = self.app.diensten.klanten
        try:
            self.kaart = klanten.bekijk(self.klant_id) if bekijken else klanten.kaart(self.klant_id)
        except NietGevonden as exc:
            self.notify(str(exc), severity="error")
            self.app.pop_screen()
            return
        except StoreFout as exc:
            self.app.toon_storefout(str(exc))
            return
        self.toon()

    def toon(self) -> None:
        assert self.kaart is not None
        k = self.kaart.klant
        today = self.app.diensten.clock.today()
        self.sub_title = f"{k.naam} · {k.klantnummer}"
        leeftijd_tekst = f" ({leeftijd(k.geboortedatum, today)} jaar)" if k.geboortedatum else ""
        self.query_one("#personalia", Static).update(
            f"[b]{k.naam}[/b]  ·  {k.klantnummer}\n"
            + (f"BSN          {maskeer_bsn(k.bsn)}\n" if k.bsn else "")
            + f"Geboren      {formatteer_datum(k.geboortedatum, '—')}{leeftijd_tekst}\n"
            f"Telefoon     {k.telefoon or '—'}\n"
            f"E-mail       {k.email or '—'}\n"
            f"Adres        {k.adres or '—'}, {k.postcode or ''} {k.woonplaats or ''}\n"
            f"Opleiding    {k.opleidingsniveau.label if k.opleidingsniveau else '—'}\n"
            f"Beroep       {k.laatste_beroep or '—'}\n"
            f"Digivaardig  {_ja(k.digivaardig)} · Vroegmelder {_ja(k.vroegmelder)}\n"
            f"Arbeidsbeperking {_ja(k.arbeidsbeperking)}"
            + (f" (maatman {k.maatman_procent:g} %)" if k.maatman_procent else "")
            + f" · Grensregio {_ja(k.grensregio)}"
        )
        maand = maand_in_ww(k.ww_startdatum, today) if k.ww_startdatum else None
        minuten = self.kaart.begeleidingsminuten
        self.query_one("#ww", Static).update(
            f"[b]WW[/b]  ·  fase: {k.fase.label}\n"
            f"Melding      {formatteer_datum(k.meldingsdatum, '—')}\n"
            f"WW-start     {formatteer_datum(k.ww_startdatum, '—')}"
            + (f"  (maand {maand})" if maand else "")
            + f"\nWW-einde     {formatteer_datum(k.ww_einddatum, '—')}\n"
            f"Uren         vorige baan {_uren(k.uren_vorige_baan)} · beschikbaar {_uren(k.beschikbare_uren)}\n"
            f"Werkverkenner {k.werkverkenner_band.label if k.werkverkenner_band else 'niet ingevuld'}"
            + (f" ({formatteer_datum(k.werkverkenner_datum)})" if k.werkverkenner_datum else "")
            + f"\nBegeleiding  {minuten // 60} u {minuten % 60:02d} min"
            + begeleiding_signaal(self.kaart.gesprekken, today, self._resultaat_behaald())
        )
        table = self.query_one("#gesprekken", DataTable)
        rij = table.cursor_row
        table.clear()
        for g in self.kaart.gesprekken:
            notitie = g.notitie.replace("\n", " ")
            table.add_row(
                formatteer_datum(g.datum),
                g.type.label,
                g.kanaal.label,
                f"{g.duur_minuten} min" if g.duur_minuten else "—",
                g.status.label,
                notitie[:60] + ("…" if len(notitie) > 60 else ""),
                key=str(g.id),
            )
        self.query_one("#gesprekken-kop", Static).update(
            f"Gesprekken ({len(self.kaart.gesprekken)}) — nieuwste eerst · Enter bewerkt een gesprek"
        )
        if self.kaart.gesprekken:
            table.move_cursor(row=min(rij or 0, len(self.kaart.gesprekken) - 1))
            self._toon_notitie(0 if rij is None else min(rij, len(self.kaart.gesprekken) - 1))
        else:
            self.query_one("#notitie", Static).update("Nog geen gesprekken. Druk G om een gesprek vast te leggen of P om er een te plannen.")

    def _toon_notitie(self, index: int) -> None:
        if not self.kaart or not (0 <= index < len(self.kaart.gesprekken)):
            return
        g = self.kaart.gesprekken[index]
        kop = f"[b]{g.type.label}[/b] · {formatteer_datum(g.datum)} · {g.kanaal.label} · {g.status.label}"
        self.query_one("#notitie", Static).update(f"{kop}\n{g.notitie or '(geen notitie)'}")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._toon_notitie(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if not self.kaart:
            return
        g = next((g for g in self.kaart.gesprekken if str(g.id) == event.row_key.value), None)
        if g is not None:
            self.app.push_screen(GesprekFormulier(self.kaart.klant, g), self._na_opslaan)

    def _na_opslaan(self, resultaat) -> None:
        if resultaat is not None:
            self.notify("Opgeslagen.", timeout=2)
            self.laad()
            self.app.caseload_gewijzigd()

    def action_bewerk(self) -> None:
        if self.kaart:
            self.app.push_screen(KlantFormulier(self.kaart.klant), self._na_opslaan)

    def action_gesprek(self) -> None:
        if self.kaart:
            self.app.push_screen(GesprekFormulier(self.kaart.klant), self._na_opslaan)

    def action_plan(self) -> None:
        if self.kaart:
            self.app.push_screen(GesprekFormulier(self.kaart.klant, plannen=True), self._na_opslaan)

    def action_vacatures(self) -> None:
        self.app.open_vacatures(self.klant_id)

    def action_voorstellen(self) -> None:
        self.app.open_voorstellen(self.klant_id)

    def action_pawa(self) -> None:
        self.app.open_pawa(self.klant_id)
    def action_werkplan(self) -> None:
        from werkcoach_tui.screens.werkplan import WerkplanScherm

        self.app.push_screen(WerkplanScherm(self.klant_id), lambda _=None: self.laad())

    def action_sollicitaties(self) -> None:
        from werkcoach_tui.screens.sollicitaties import SollicitatieScherm

        self.app.push_screen(SollicitatieScherm(self.klant_id), lambda _=None: self.laad())

    def _resultaat_behaald(self) -> bool:
        dossier = getattr(self.app.diensten, "dossier", None)
        try:
            samenvatting = dossier.samenvatting(self.klant_id) if dossier else None
        except Exception:  # the dossier feature's own errors must not break the klant card
            samenvatting = None
        return bool(samenvatting and (samenvatting.resultaat_behaald or samenvatting.uitgestroomd))

    def action_terug(self) -> None:
        self.app.pop_screen()

    def action_dossier(self) -> None:
        from werkcoach_tui.screens.dossier import DossierScherm

        self.app.push_screen(DossierScherm(self.klant_id))
    def action_oefen_feedback(self) -> None:
        from werkcoach_tui.screens.oefen_feedback import FeedbackScherm

        casus_id = self.app.diensten.oefenen.casus_van_klant(self.klant_id)
        if casus_id is None:
            self.notify("Dit is geen oefenklant: feedback is er alleen in de oefenomgeving.", timeout=3)
        else:
            self.app.push_screen(FeedbackScherm(casus_id))
