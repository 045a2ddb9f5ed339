"""The dossier screen: the four steps of methodisch handelen for one klant.

Every field is saved as the adviser works: after a short pause in typing
(``DOSSIER_AUTOSAVE_SECONDEN``), when leaving a field, when switching steps, and
on ``ctrl+q`` (:meth:`DossierScherm.bewaar_voor_afsluiten`). Gates, not walls:
each step lists what is missing; the adviser may move on.

Two advisers on one dossier: each save passes, per field, the stored value the screen
started from (``_basis``). A field someone else saved meanwhile is not overwritten: it stays
in the form, unsaved and marked, and :class:`DossierConflictScherm` asks what to keep.
Fields the other person changed and this adviser did not touch are reloaded into the form.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Checkbox, ContentSwitcher, DataTable, Footer, Header, Input, Select, Static, TextArea

from werkcoach_tui.constants import DOSSIER_AUTOSAVE_SECONDEN
from werkcoach_tui.models.enums import (
    AfstandArbeidsmarkt,
    Dienstverleningsdoel,
    MethodeStap,
    Opleidingsniveau,
    WerkverkennerBand,
    Zelfredzaam,
)
from werkcoach_tui.rules import dossier as regels
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.rules.opmaak import formatteer_euro
from werkcoach_tui.rules.ouderen import is_57_plus
from werkcoach_tui.screens.bevestig import BevestigScherm
from werkcoach_tui.screens.dossier_conflict import DossierConflictScherm, wie_en_wanneer
from werkcoach_tui.screens.dossier_formulieren import (
    AfspraakFormulier,
    FactorenFormulier,
    InstrumentFormulier,
    NotitieFormulier,
    RondeBekijkScherm,
    RondesScherm,
    SluitFormulier,
)
from werkcoach_tui.screens.gesprekswijzer import WIJZER, klantregels
from werkcoach_tui.services.dossier import (
    DossierBeeld,
    DossierNietGevonden,
    VeldConflict,
    veld_tekst,
    zelfde_waarde,
)
from werkcoach_tui.services.validatie import Validatiefout
from werkcoach_tui.store import StoreFout, VerouderdFout
from werkcoach_tui.widgets.formulier import Veld, keuzeveld, tekstveld, vinkveld
from werkcoach_tui.widgets.stappenbalk import StappenBalk

FACTOREN = "werkverkenner_factoren"


def _vak(naam: str, label: str, waarde: str, klasse: str = "vak") -> Veld:
    return Veld(naam, label, TextArea(waarde or "", id=f"in-{naam}", classes=klasse, tab_behavior="focus"))


def _uren(v: Optional[float]) -> str:
    return "" if v is None else f"{v:g}".replace(".", ",")


class DossierScherm(Screen):
    HELP_TITEL = "Dossier (methodisch handelen)"
    BINDINGS = [
        Binding("1", "stap(1)", "Stap", key_display="1–4"),
        Binding("2", "stap(2)", "Oordeelsvorming", show=False),
        Binding("3", "stap(3)", "Besluiten", show=False),
        Binding("4", "stap(4)", "Uitvoeren", show=False),
        Binding("escape", "escape", "Terug"),
        Binding("ctrl+n", "notitie", "Notitie", priority=True),
        Binding("ctrl+s", "bewaar_nu", "Opslaan", show=False, priority=True),
        Binding("i", "instrument", "Instrument"),
        Binding("a", "afspraak", "Afspraak"),
        Binding("delete", "verwijder", "Verwijder regel", show=False),
        Binding("f", "factoren", "Factoren", show=False),
        Binding("r", "rondes", "Rondes"),
        Binding("o", "nieuwe_ronde", "Nieuwe ronde"),
        Binding("x", "sluit_dossier", "Dossier sluiten"),
    ]

    def __init__(self, klant_id: int) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.beeld: Optional[DossierBeeld] = None
        self.stap = MethodeStap.BEELDVORMING
        self._vuil: dict[str, Any] = {}
        self._opgeslagen: dict[str, Any] = {}
        """Per field: the widget value that matches what is stored (unchanged = not dirty)."""
        self._basis: dict[str, Any] = {}
        """Per field: the stored value this screen loaded or last saved (the optimistic base)."""
        self._conflicten: dict[str, VeldConflict] = {}
        """Fields someone else saved meanwhile: kept in the form, unsaved, until the adviser chooses."""
        self._conflict_open = False
        self._afsluiten_na_keuze = False
        self._timer: Optional[Timer] = None
        self._fouten: dict[str, str] = {}

    # -- building ------------------------------------------------------------------
    def _laad(self, bekijken: bool = False) -> bool:
        try:
            self.beeld = self.app.diensten.dossier.open(self.klant_id, bekijken=bekijken)
        except DossierNietGevonden as exc:
            self.notify(str(exc), severity="error")
            return False
        except StoreFout as exc:
            self.app.toon_storefout(str(exc))
            return False
        stap = self.beeld.ronde.stap
        self.stap = stap if stap in regels.STAPPEN else MethodeStap.UITVOEREN
        return True

    def compose(self) -> ComposeResult:
        if self.beeld is None and not self._laad(bekijken=True):
            yield Header()
            yield Static("Dit dossier kan niet worden geopend.", id="dossier-status")
            yield Footer()
            return
        b = self.beeld
        yield Header()
        yield StappenBalk(id="stappenbalk")
        yield Static("", id="dossier-status")
        with Horizontal(id="dossier-midden"):
            with ContentSwitcher(initial=f"stap-{self.stap.value}", id="stappen"):
                with VerticalScroll(id="stap-beeldvorming", classes="stap"):
                    yield from self._beeldvorming(b)
                with VerticalScroll(id="stap-oordeelsvorming", classes="stap"):
                    yield from self._oordeelsvorming(b)
                with VerticalScroll(id="stap-besluiten", classes="stap"):
                    yield from self._besluiten(b)
                with VerticalScroll(id="stap-uitvoeren", classes="stap"):
                    yield from self._uitvoeren(b)
            with VerticalScroll(id="dossier-zij"):
                yield Static("", id="openpunten")
                yield Static("", id="wijzer")
                yield Static("", id="notities")
        yield Footer()

    def _ruw(self, naam: str) -> Any:
        """The stored value of a field as the service keeps it (the base of the next save)."""
        if naam in regels.KLANT_VELDEN:
            return getattr(self.beeld.klant, naam)
        return (self.beeld.ronde.velden or {}).get(naam)

    def _v(self, naam: str) -> Any:
        """The stored value of a field in the form its widget shows."""
        b = self.beeld
        k = b.klant
        if naam == "opleidingsniveau":
            return k.opleidingsniveau.value if k.opleidingsniveau else None
        if naam == "werkverkenner_band":
            return k.werkverkenner_band.value if k.werkverkenner_band else None
        if naam == "beschikbare_uren":
            return _uren(k.beschikbare_uren)
        if naam == "digivaardig":
            return bool(k.digivaardig)
        waarde = (b.ronde.velden or {}).get(naam)
        soort = regels.VELDEN[naam][1]
        if soort == regels.LIJST:
            return "\n".join(waarde or [])
        if soort == regels.VINK:
            return bool(waarde)
        if soort == regels.KEUZE:
            return waarde or None
        if soort == regels.DATUM:
            from datetime import date

            return formatteer_datum(date.fromisoformat(waarde)) if waarde else ""
        if soort == regels.GEHEEL:
            return "" if waarde is None else str(waarde)
        return waarde or ""

    def _beeldvorming(self, b: DossierBeeld) -> ComposeResult:
        v = self._v
        yield Static("Beeldvorming — wie is de klant en wat is zijn positie op de arbeidsmarkt?", classes="stap-kop")
        with Horizontal(classes="dossier-rij"):
            yield keuzeveld("opleidingsniveau", "Opleidingsniveau", Opleidingsniveau.choices(), v("opleidingsniveau"))
            yield tekstveld("opleiding", "Opleiding (richting, diploma's, certificaten)", v("opleiding"))
        yield _vak("werkervaring", "Werkervaring", v("werkervaring"))
        with Horizontal(classes="dossier-rij"):
            yield _vak("competenties", "Competenties (één per regel)", v("competenties"))
            yield _vak("belemmeringen", "Belemmeringen (functioneel, woorden klant)", v("belemmeringen"))
        yield _vak("wensberoepen", "Wensberoepen (één per regel; uit de beroepenlijst, synoniemen mogen)",
                   v("wensberoepen"), "vak kort")
        with Horizontal(classes="dossier-rij"):
            yield tekstveld("beschikbare_uren", "Uren per week", v("beschikbare_uren"))
            yield tekstveld("beschikbare_dagen", "Dagen", v("beschikbare_dagen"), placeholder="bijv. ma–vr")
            yield tekstveld("max_reistijd_minuten", "Max. reistijd (min)", v("max_reistijd_minuten"))
        with Horizontal(classes="dossier-rij"):
            yield tekstveld("regio", "Regio", v("regio"))
            yield tekstveld("vervoer", "Vervoer", v("vervoer"), placeholder="auto, ov, fiets…")
        with Horizontal(classes="dossier-rij"):
            yield vinkveld("digivaardig", "Digivaardig", v("digivaardig"))
            yield tekstveld("digivaardigheid", "Digivaardigheid (wat wel, wat niet)", v("digivaardigheid"))
        yield _vak("netwerk", "Netwerk", v("netwerk"), "vak kort")
        yield _vak("zoekgedrag", "Zoekgedrag tot nu toe", v("zoekgedrag"), "vak kort")
        with Horizontal(classes="dossier-rij"):
            yield keuzeveld("werkverkenner_band", "Werkverkenner (kans op werk < 1 jaar)",
                            WerkverkennerBand.choices(), v("werkverkenner_band"))
            yield vinkveld("werkverkenner_niet_ingevuld", "Niet ingevuld door de klant",
                           v("werkverkenner_niet_ingevuld"))
        yield Static("Factoren die wegen (Werkverkenner) — lijst aanpassen: F", classes="veld-kop")
        gekozen = list((b.ronde.velden or {}).get(FACTOREN) or [])
        factoren = self.app.diensten.dossier.werkverkenner_factoren()
        alle = factoren + [f for f in gekozen if f not in factoren]
        with Vertical(id="factoren", classes="vinkjes"):
            for i, factor in enumerate(alle):
                yield Checkbox(factor, value=factor in gekozen, id=f"factor-{i}", classes="factor")
        self._opgeslagen[FACTOREN] = tuple(f for f in alle if f in gekozen)
        yield _vak("ontbrekende_informatie", "Ontbrekende informatie (nog uitzoeken, één per regel)",
                   v("ontbrekende_informatie"), "vak kort")

    def _oordeelsvorming(self, b: DossierBeeld) -> ComposeResult:
        v = self._v
        yield Static("Oordeelsvorming — uw oordeel als werkcoach", classes="stap-kop")
        with Horizontal(classes="dossier-rij"):
            yield keuzeveld("zelfredzaam", "Zelfredzaam", Zelfredzaam.choices(), v("zelfredzaam"))
            yield keuzeveld("afstand_arbeidsmarkt", "Afstand tot de arbeidsmarkt", AfstandArbeidsmarkt.choices(),
                            v("afstand_arbeidsmarkt"))
            yield keuzeveld("dienstverleningsdoel", "Dienstverleningsdoel", Dienstverleningsdoel.choices(),
                            v("dienstverleningsdoel"))
        yield _vak("zelfredzaam_toelichting", "Toelichting zelfredzaamheid", v("zelfredzaam_toelichting"), "vak kort")
        yield Static("", id="passende-arbeid", classes="info")
        with Horizontal(classes="dossier-rij"):
            yield _vak("bevorderend_beinvloedbaar", "Bevorderend — beïnvloedbaar", v("bevorderend_beinvloedbaar"), "vak kort")
            yield _vak("bevorderend_niet_beinvloedbaar", "Bevorderend — niet beïnvloedbaar",
                       v("bevorderend_niet_beinvloedbaar"), "vak kort")
        with Horizontal(classes="dossier-rij"):
            yield _vak("belemmerend_beinvloedbaar", "Belemmerend — beïnvloedbaar", v("belemmerend_beinvloedbaar"), "vak kort")
            yield _vak("belemmerend_niet_beinvloedbaar", "Belemmerend — niet beïnvloedbaar",
                       v("belemmerend_niet_beinvloedbaar"), "vak kort")
        yield _vak("visie_werkcoach", "Visie van de werkcoach (verplicht)", v("visie_werkcoach"))
        yield _vak("visie_klant", "Visie van de klant", v("visie_klant"), "vak kort")
        yield vinkveld("visies_verschillen", "De visies verschillen", v("visies_verschillen"))
        yield _vak("waarom_visie_werkcoach", "Waarom weegt de visie van de werkcoach zwaarder?",
                   v("waarom_visie_werkcoach"), "vak kort")
        with Horizontal(classes="dossier-rij vinkrij"):
            yield vinkveld("risico_langdurig_werkloos", "Risico op langdurige werkloosheid", v("risico_langdurig_werkloos"))
            yield vinkveld("in_reintegratietraject", "In een re-integratietraject", v("in_reintegratietraject"))
        with Horizontal(classes="dossier-rij"):
            yield vinkveld("wog_op_oordeel", "WOG op oordeel werkcoach", v("wog_op_oordeel"))
            yield tekstveld("wog_reden", "Reden van de uitnodiging", v("wog_reden"))
        zeven = is_57_plus(b.klant.geboortedatum, self.app.diensten.clock.today())
        yield vinkveld("arbeidsmarktkansen_gewogen",
                       "Arbeidsmarktkansen expliciet gewogen" + (" (verplicht: klant is 57+)" if zeven else " (57+)"),
                       v("arbeidsmarktkansen_gewogen"))
        yield _vak("arbeidsmarktkansen_toelichting", "Hoe zijn de kansen gewogen?", v("arbeidsmarktkansen_toelichting"),
                   "vak kort")

    def _besluiten(self, b: DossierBeeld) -> ComposeResult:
        v = self._v
        yield Static("Besluiten — welke dienstverlening, welke instrumenten, en waarom", classes="stap-kop")
        yield _vak("dienstverlening", "Dienstverlening (hoe begeleidt u de klant?)", v("dienstverlening"), "vak kort")
        yield Static("Instrumenten — I: toevoegen · Enter: bewerken · Del: verwijderen", classes="veld-kop")
        yield DataTable(id="instrumenten", cursor_type="row", classes="dossier-tabel")
        yield Static("", id="budget", classes="info")
        yield vinkveld("geen_instrumenten", "Geen instrument nodig", v("geen_instrumenten"))
        with Horizontal(classes="dossier-rij"):
            yield tekstveld("toestemming_door", "Toestemming gegeven door", v("toestemming_door"))
            yield tekstveld("toestemming_op", "Toestemming op (dd-mm-jjjj)", v("toestemming_op"))
        yield Static("Voorgestelde werkplanafspraken — A: toevoegen · Enter: bewerken · Del: verwijderen",
                     classes="veld-kop")
        yield DataTable(id="afspraken", cursor_type="row", classes="dossier-tabel")

    def _uitvoeren(self, b: DossierBeeld) -> ComposeResult:
        v = self._v
        yield Static("Uitvoeren — afspraken volgen, contact houden, evalueren", classes="stap-kop")
        yield Static("Afgesproken acties en hun status — Enter: status bijwerken", classes="veld-kop")
        yield DataTable(id="acties", cursor_type="row", classes="dossier-tabel")
        yield Static("Contactmomenten in deze ronde (vastleggen op de klantkaart: G)", classes="veld-kop")
        yield DataTable(id="contacten", cursor_type="row", classes="dossier-tabel")
        yield _vak("evaluatie", "Evaluatie: wat is bereikt, wat is geleerd?", v("evaluatie"))
        yield keuzeveld("doel_bereikt", "Doel bereikt?", regels.DOEL_BEREIKT, v("doel_bereikt"))
        yield Static("Doel niet bereikt of een volgende cyclus: O start een nieuwe ronde (het beeld gaat mee). "
                     "Uitstroom: X sluit het dossier af met een uitstroomreden.", classes="info")

    # -- lifecycle -----------------------------------------------------------------
    def on_mount(self) -> None:
        if self.beeld is None:
            return
        for naam in self._veldnamen():
            self._opgeslagen.setdefault(naam, self._v(naam))
        for naam in self._veldnamen() + [FACTOREN]:
            self._basis.setdefault(naam, self._ruw(naam))
        self._kolommen()
        self._toon()
        self.query_one(StappenBalk).focus()

    def _veldnamen(self) -> list[str]:
        return [v.naam for v in self.query(Veld) if v.naam in regels.VELDEN or v.naam in regels.KLANT_VELDEN]

    def _kolommen(self) -> None:
        t = self.query_one("#instrumenten", DataTable)
        t.add_columns("Instrument", "Kosten", "Status", "Onderbouwing")
        t = self.query_one("#afspraken", DataTable)
        t.add_columns("Wie", "Wat", "Hoeveel", "Wanneer", "Hoe aangetoond")
        t = self.query_one("#acties", DataTable)
        t.add_columns("Actie", "Wie", "Wanneer", "Status")
        t = self.query_one("#contacten", DataTable)
        t.add_columns("Datum", "Soort", "Kanaal", "Status", "Notitie")

    def _toon(self) -> None:
        """Refresh everything except the fields being edited."""
        b = self.beeld
        if b is None:
            return
        k = b.klant
        today = self.app.diensten.clock.today()
        self.sub_title = f"{k.naam} · {k.klantnummer} · dossier"
        self.query_one(StappenBalk).toon(self.stap, b.volledigheid)
        self.query_one("#stappen", ContentSwitcher).current = f"stap-{self.stap.value}"
        status = f"Ronde {b.ronde.ronde} · gestart {formatteer_datum(b.ronde.gestart_op)}"
        if len(b.rondes) > 1:
            status += f" · {len(b.rondes) - 1} eerdere ronde(s): R"
        if b.alleen_lezen:
            reden = f" · uitstroomreden: {b.ronde.uitstroomreden.label}" if b.ronde.uitstroomreden else ""
            status = (f"[b]Afgesloten op {formatteer_datum(b.ronde.afgesloten_op)}{reden}[/b] — alleen-lezen; "
                      "O start een nieuwe ronde · " + status)
        if self._conflicten:
            namen = ", ".join(c.label for c in self._conflicten.values())
            status = (f"[b]Niet opgeslagen: {namen}[/b] — ook door een ander gewijzigd; "
                      "Ctrl+S om te kiezen · " + status)
        self.query_one("#dossier-status", Static).update(status)
        for container in self.query(".stap"):
            container.disabled = b.alleen_lezen
        # computed lines
        if k.ww_startdatum:
            from werkcoach_tui.rules.passende_arbeid import passende_arbeid

            pa = passende_arbeid(k.ww_startdatum, today)
            self.query_one("#passende-arbeid", Static).update(f"[b]Passende arbeid:[/b] {pa.uitleg}")
        else:
            self.query_one("#passende-arbeid", Static).update(
                "[b]Passende arbeid:[/b] WW-startdatum onbekend (vul die in op de klantkaart).")
        totaal = b.totale_kosten
        status_budget = regels.toestemming_status(
            [regels.InstrumentRegel(i.instrument.label, Decimal(i.kosten_centen) / 100)
             for i in b.instrumenten],
            (b.ronde.velden or {}).get("toestemming_door"), (b.ronde.velden or {}).get("toestemming_op"))
        self.query_one("#budget", Static).update(
            f"Totaal {formatteer_euro(totaal)}"
            + (f" — [b]{status_budget}[/b] (boven € 2.000 eigen bevoegdheid)" if status_budget
               else " — binnen eigen bevoegdheid (tot € 2.000)"))
        self._tabellen()
        self._zijpaneel()
        self.refresh_bindings()

    def _tabellen(self) -> None:
        b = self.beeld
        handtekening = (
            tuple((i.id, i.instrument, i.kosten_centen, i.status, i.vraag_werkgevers, i.geschiktheid_klant,
                   i.bijdrage_instrument, i.ingezet_op) for i in b.instrumenten),
            tuple((a.id, a.wat, a.wie, a.hoeveel, a.wanneer, a.hoe_aangetoond, a.status) for a in b.afspraken),
            tuple((g.id, g.datum, g.status, g.notitie) for g in b.contacten),
        )
        if handtekening == getattr(self, "_handtekening", None):
            return  # nothing changed: keep the tables (and their cursors) as they are
        self._handtekening = handtekening
        t = self.query_one("#instrumenten", DataTable)
        t.clear()
        for i in b.instrumenten:
            mist = regels.InstrumentRegel(i.instrument.label, 0, i.vraag_werkgevers, i.geschiktheid_klant,
                                          i.bijdrage_instrument).onderbouwing_ontbreekt
            t.add_row(i.instrument.label, formatteer_euro(Decimal(i.kosten_centen) / 100),
                      i.status.label, "compleet" if not mist else f"mist {len(mist)}/3", key=f"i-{i.id}")
        t = self.query_one("#afspraken", DataTable)
        t.clear()
        for a in b.afspraken:
            t.add_row(a.wie.label, a.wat[:40], str(a.hoeveel or "—"), formatteer_datum(a.wanneer, "—"),
                      (a.hoe_aangetoond or "—")[:24], key=f"a-{a.id}")
        t = self.query_one("#acties", DataTable)
        t.clear()
        for a in b.afspraken:
            t.add_row(a.wat[:44], a.wie.label, formatteer_datum(a.wanneer, "—"), a.status.label, key=f"a-{a.id}")
        for i in b.instrumenten:
            t.add_row(i.instrument.label[:44], "Adviseur", formatteer_datum(i.ingezet_op, "—"), i.status.label,
                      key=f"i-{i.id}")
        t = self.query_one("#contacten", DataTable)
        t.clear()
        for g in b.contacten:
            t.add_row(formatteer_datum(g.datum), g.type.label, g.kanaal.label, g.status.label,
                      g.notitie.replace("\n", " ")[:36], key=f"g-{g.id}")

    def _zijpaneel(self) -> None:
        b = self.beeld
        v = b.volledigheid.get(self.stap)
        regels_ = []
        if v is not None:
            if v.ontbreekt:
                regels_.append(f"[b]Open punten {self.stap.label.lower()} ({v.teller})[/b]")
                regels_ += [f"[$warning]•[/] {p}" for p in v.ontbreekt]
            else:
                regels_.append(f"[b]{self.stap.label}: compleet ({v.teller})[/b]")
        anders = [f"{s.label} {w.teller}" for s, w in b.volledigheid.items() if s != self.stap and not w.compleet]
        if anders:
            regels_.append("Ook open: " + " · ".join(anders))
        if self.stap == MethodeStap.BESLUITEN:
            sam = self.app.diensten.dossier.samenvatting(self.klant_id)
            if sam is not None and sam.ontbreekt_voor_werkplan():
                regels_.append("[b]Werkplan vaststellen kan pas als:[/b]")
                regels_ += [f"• {p}" for p in sam.ontbreekt_voor_werkplan()]
        self.query_one("#openpunten", Static).update("\n".join(regels_))
        k = b.klant
        extra = klantregels(self.stap, today=self.app.diensten.clock.today(), geboortedatum=k.geboortedatum,
                            ww_start=k.ww_startdatum, digivaardig=k.digivaardig,
                            band_bovengrens=k.werkverkenner_band.bovengrens if k.werkverkenner_band else None)
        wijzer = "[b]Gesprekswijzer[/b]\n" + WIJZER[self.stap]
        if extra:
            wijzer += "\n[b]Deze klant[/b]\n" + "\n".join(f"• {r}" for r in extra)
        self.query_one("#wijzer", Static).update(wijzer)
        notities = [n for n in b.notities if n.stap == self.stap]
        tekst = f"[b]Notities bij {self.stap.label.lower()} ({len(notities)})[/b] — Ctrl+N: nieuwe notitie"
        for n in notities[-6:]:
            tekst += (f"\n[{n.soort.label} · bron: {n.bron.label} · "
                      f"{formatteer_datum(n.aangemaakt_op.date()) if n.aangemaakt_op else ''}] ")
            tekst += n.tekst.replace("[", "\\[")
        self.query_one("#notities", Static).update(tekst)

    def _ververs(self) -> None:
        try:
            self.beeld = self.app.diensten.dossier.open(self.klant_id)
        except (StoreFout, DossierNietGevonden) as exc:
            self.notify(str(exc), severity="error")
            return
        self._herlaad_ongewijzigde()
        self._toon()

    def _herlaad_ongewijzigde(self) -> None:
        """Fields someone else changed that this adviser did not touch: show the new value."""
        herladen = []
        for naam, basis in list(self._basis.items()):
            nieuw = self._ruw(naam)
            if zelfde_waarde(naam, nieuw, basis) or naam in self._vuil or naam in self._conflicten:
                continue  # unchanged, or being edited here (the next save reports a conflict)
            try:
                if self._widget_waarde(naam) != self._opgeslagen.get(naam):
                    continue  # typed just now, not yet seen by _gewijzigd
            except Exception:  # noqa: BLE001 - a field that is not on screen
                continue
            if self._zet_in_veld(naam):
                herladen.append(naam)
        if herladen:
            from werkcoach_tui.services.dossier import VELD_LABELS

            self.notify("Intussen door een ander aangepast en hier bijgewerkt: "
                        + ", ".join(VELD_LABELS.get(n, n) for n in herladen) + ".", timeout=5)

    def _zet_in_veld(self, naam: str) -> bool:
        """Put the stored value (of the current ``beeld``) in the field; it is the new base.
        Returns False when it cannot be shown as stored (then the base stays as it was)."""
        ruw = self._ruw(naam)
        if naam == FACTOREN:
            gekozen = set(ruw or [])
            vakjes = list(self.query(".factor").results(Checkbox))
            if not gekozen <= {str(c.label) for c in vakjes}:
                return False  # a factor this list does not show: keep the base, a save will ask
            for c in vakjes:
                c.value = str(c.label) in gekozen
            self._opgeslagen[naam] = tuple(str(c.label) for c in vakjes if c.value)
        else:
            waarde = self._v(naam)
            self._opgeslagen[naam] = waarde
            widget = self.query_one(f"#veld-{naam}", Veld).widget
            if isinstance(widget, TextArea):
                widget.text = waarde
            elif isinstance(widget, Input):
                widget.value = waarde
            elif isinstance(widget, Select):
                if waarde is None:
                    widget.clear()
                else:
                    widget.value = waarde
            elif isinstance(widget, Checkbox):
                widget.value = bool(waarde)
        self._basis[naam] = ruw
        self._vuil.pop(naam, None)
        return True

    # -- autosave --------------------------------------------------------------------
    def _naam(self, widget: Widget) -> Optional[str]:
        wid = widget.id or ""
        if wid.startswith("factor-"):
            return FACTOREN
        if wid.startswith("in-"):
            naam = wid[3:]
            if naam in regels.VELDEN or naam in regels.KLANT_VELDEN:
                return naam
        return None

    def _widget_waarde(self, naam: str) -> Any:
        if naam == FACTOREN:
            return tuple(str(c.label) for c in self.query(".factor").results(Checkbox) if c.value)
        veld = self.query_one(f"#veld-{naam}", Veld)
        return veld.waarde

    def _gewijzigd(self, widget: Widget, direct: bool) -> None:
        naam = self._naam(widget)
        if naam is None or self.beeld is None or self.beeld.alleen_lezen:
            return
        waarde = self._widget_waarde(naam)
        if waarde == self._opgeslagen.get(naam):
            self._vuil.pop(naam, None)
            return
        self._vuil[naam] = waarde
        if direct:
            self._bewaar()
        else:
            if self._timer is not None:
                self._timer.stop()
            self._timer = self.set_timer(DOSSIER_AUTOSAVE_SECONDEN, self._bewaar)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._gewijzigd(event.input, direct=False)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._gewijzigd(event.text_area, direct=False)

    def on_select_changed(self, event: Select.Changed) -> None:
        self._gewijzigd(event.select, direct=True)

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        self._gewijzigd(event.checkbox, direct=True)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        naam = self._naam(event.widget)
        if naam is not None and self._vuil:
            self._bewaar()
            if naam == "wensberoepen" and "wensberoepen" not in self._fouten and "wensberoepen" not in self._conflicten:
                self._canoniek_wensberoepen()

    def _canoniek_wensberoepen(self) -> None:
        """After leaving the field, show the occupation list's labels for what was typed."""
        opgeslagen = "\n".join((self.beeld.ronde.velden or {}).get("wensberoepen") or [])
        vak = self.query_one("#in-wensberoepen", TextArea)
        if vak.text.strip() != opgeslagen:
            self._opgeslagen["wensberoepen"] = opgeslagen
            vak.text = opgeslagen

    def _bewaar(self) -> bool:
        """Save every changed field now. Returns True when nothing is left unsaved.

        Each field goes with its base; a field someone else saved meanwhile is kept in the
        form (not stored) and the adviser is asked what to keep."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        wijzigingen = {k: v for k, v in self._vuil.items() if k not in self._conflicten}
        if not wijzigingen:
            return not self._vuil
        opslaan = {k: (list(v) if k == FACTOREN else v) for k, v in wijzigingen.items()}
        basis = {k: self._basis[k] for k in wijzigingen if k in self._basis}
        try:
            uitkomst = self.app.diensten.dossier.bewaar(self.klant_id, opslaan, basis=basis)
        except Validatiefout as exc:
            self.notify(" ".join(exc.fouten.values()), severity="error", timeout=6)
            return False
        except (StoreFout, VerouderdFout, DossierNietGevonden) as exc:
            self.notify(str(exc), title="Niet opgeslagen", severity="error", timeout=10)
            return False
        fouten = dict(uitkomst)
        for naam, waarde in wijzigingen.items():
            if naam in uitkomst.bewaard:
                self._opgeslagen[naam] = waarde
                self._basis[naam] = uitkomst.bewaard[naam]
                if self._vuil.get(naam) == waarde:
                    del self._vuil[naam]
        for conflict in uitkomst.conflicten:
            self._conflicten[conflict.veld] = conflict
        for naam in wijzigingen:
            self._fouten.pop(naam, None)
        self._fouten.update(fouten)
        for veld in self.query(Veld):
            if veld.naam in wijzigingen:
                veld.zet_fout(fouten.get(veld.naam) or self._conflict_melding(veld.naam))
        self._ververs()
        if uitkomst.conflicten:
            self._toon_conflict()
        return not fouten and not self._conflicten

    def _markeer_getypt(self) -> None:
        """Every field whose widget differs from what is stored counts as changed (typed
        just now, before the change event was handled)."""
        for naam in self._veldnamen() + [FACTOREN]:
            try:
                waarde = self._widget_waarde(naam)
            except Exception:  # a field that is not on screen (e.g. dossier could not open)
                continue
            if waarde != self._opgeslagen.get(naam):
                self._vuil[naam] = waarde

    def bewaar_voor_afsluiten(self) -> bool:
        """Called by the app on ctrl+q: flush what was typed. Returns False (and asks) while a
        field someone else changed waits for the adviser's choice: then nothing may close yet;
        after the choice Werkcoach closes."""
        if self.beeld is None:
            return True
        self._markeer_getypt()
        self._bewaar()
        if not self._conflicten:
            return True
        self._afsluiten_na_keuze = True
        if self._conflict_open:
            self.notify("Kies eerst wat er met uw tekst gebeurt; daarna sluit Werkcoach af.", timeout=5)
        self._toon_conflict()
        return False

    def kan_sluiten(self) -> bool:
        """Called before the app closes this screen (caseload, practice environment): flush
        what was typed; False (and the question is shown) while a field waits for a choice."""
        if self.beeld is None:
            return True
        self._markeer_getypt()
        self._bewaar()
        return not self._eerst_kiezen()

    def action_bewaar_nu(self) -> None:
        if self._bewaar():
            self.notify("Opgeslagen.", timeout=2)
        elif self._conflicten:
            self._toon_conflict()

    # -- two advisers, one field ---------------------------------------------------------
    def _conflict_melding(self, naam: str) -> Optional[str]:
        c = self._conflicten.get(naam)
        if c is None:
            return None
        return (f"Niet opgeslagen: {wie_en_wanneer(c, self._ik())} wijzigde dit veld ook. "
                "Uw tekst staat er nog; Ctrl+S om te kiezen.")

    def _ik(self) -> Optional[str]:
        try:
            return self.app.diensten.instellingen.lees().wie
        except StoreFout:
            return None

    def _eerst_kiezen(self) -> bool:
        """True (and the question is shown) while a field waits for the adviser's choice;
        leaving or rebuilding the screen then would drop their text."""
        if not self._conflicten:
            return False
        self._toon_conflict()
        return True

    def _toon_conflict(self) -> None:
        if self._conflict_open or not self._conflicten:
            return
        naam, conflict = next(iter(self._conflicten.items()))
        widget = self.query_one(f"#veld-{naam}", Veld).widget if naam != FACTOREN else None
        if isinstance(widget, (TextArea, Input)):
            mijn = self._widget_waarde(naam)
        else:  # a choice, a tick box or the factor list: the value as a person reads it
            mijn = veld_tekst(naam, self._widget_waarde(naam))
        samenvoegbaar = isinstance(widget, (TextArea, Input)) and regels.VELDEN.get(naam, (None, None))[1] in (
            regels.TEKST, regels.LIJST)
        self._conflict_open = True
        self.app.push_screen(
            DossierConflictScherm(conflict, mijn or "(leeg)", ik=self._ik(), nummer=1,
                                  totaal=len(self._conflicten), samenvoegbaar=samenvoegbaar,
                                  afsluiten=self._afsluiten_na_keuze),
            lambda keuze: self._conflict_gekozen(naam, keuze),
        )

    def _conflict_gekozen(self, naam: str, keuze: Optional[str]) -> None:
        self._conflict_open = False
        if naam in self._conflicten:
            if keuze == "mijn":
                if not self._houd_mijn_tekst(naam):
                    self._afsluiten_na_keuze = False  # not stored (see the message): back to the form
                    return
            elif keuze == "hun":
                self._neem_hun_tekst(naam)
            elif keuze == "beide":
                self._beide_in_veld(naam)
            else:  # later: the field stays unsaved and marked; quitting waits for a choice
                self._afsluiten_na_keuze = False
                self._toon()
                return
        if self._conflicten:
            self._toon_conflict()
        elif self._afsluiten_na_keuze:
            self._afsluiten_na_keuze = False
            self.app.call_later(self.app.action_quit)

    def _houd_mijn_tekst(self, naam: str) -> bool:
        """Deliberately replace the other person's value (audited as 'overschrijven'). Checked
        against their value: a third change meanwhile is reported again, not overwritten."""
        conflict = self._conflicten[naam]
        waarde = self._widget_waarde(naam)
        try:
            uitkomst = self.app.diensten.dossier.bewaar(
                self.klant_id, {naam: list(waarde) if naam == FACTOREN else waarde},
                basis={naam: conflict.hun_waarde}, overschrijf=[naam])
        except (Validatiefout, StoreFout, VerouderdFout, DossierNietGevonden) as exc:
            melding = " ".join(exc.fouten.values()) if isinstance(exc, Validatiefout) else str(exc)
            self.notify(melding, title="Niet opgeslagen", severity="error", timeout=10)
            return False
        for nieuw in uitkomst.conflicten:
            self._conflicten[nieuw.veld] = nieuw  # changed yet again: ask again with the newest text
        if naam in uitkomst.bewaard:
            del self._conflicten[naam]
            self._opgeslagen[naam] = waarde
            self._basis[naam] = uitkomst.bewaard[naam]
            if self._vuil.get(naam) == waarde:
                del self._vuil[naam]
            self.notify("Uw tekst is bewaard; in het auditlogboek staat dat u de andere tekst bewust "
                        "hebt vervangen.", timeout=4)
        if naam in uitkomst:
            self._fouten[naam] = uitkomst[naam]
        self._zet_veldfout(naam)
        self._ververs()
        return naam not in uitkomst

    def _neem_hun_tekst(self, naam: str) -> None:
        """Take over what is stored now; the adviser's own text is dropped by their choice."""
        try:
            self.beeld = self.app.diensten.dossier.open(self.klant_id)
        except (StoreFout, DossierNietGevonden) as exc:
            self.notify(str(exc), severity="error")
            return
        del self._conflicten[naam]
        self._vuil.pop(naam, None)
        self._fouten.pop(naam, None)
        if not self._zet_in_veld(naam):  # factors this list does not show (never silently overwritten)
            self.notify("De gekozen factoren van de ander staan niet in uw lijst. Open het dossier opnieuw "
                        "(Escape, D) om ze te zien.", timeout=8)
        self._zet_veldfout(naam)
        self._herlaad_ongewijzigde()
        self._toon()

    def _beide_in_veld(self, naam: str) -> None:
        """Their text, then the adviser's, in the field, based on their version: the adviser
        edits it into one text and the autosave stores it as an ordinary change."""
        try:
            self.beeld = self.app.diensten.dossier.open(self.klant_id)
        except (StoreFout, DossierNietGevonden) as exc:
            self.notify(str(exc), severity="error")
            return
        widget = self.query_one(f"#veld-{naam}", Veld).widget
        mijn = self._widget_waarde(naam)
        hun = self._v(naam)
        del self._conflicten[naam]
        self._basis[naam] = self._ruw(naam)
        self._opgeslagen[naam] = hun
        if isinstance(widget, TextArea):
            if regels.VELDEN[naam][1] == regels.LIJST:
                regels_ = hun.splitlines() + [r for r in mijn.splitlines() if r not in hun.splitlines()]
                widget.text = "\n".join(regels_)
            else:
                widget.text = f"{hun}\n\n{mijn}" if hun else mijn
        elif isinstance(widget, Input):
            widget.value = f"{hun} / {mijn}" if hun else mijn
        self._vuil[naam] = self._widget_waarde(naam)
        self._zet_veldfout(naam)
        self._herlaad_ongewijzigde()
        self._toon()
        widget.focus()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DOSSIER_AUTOSAVE_SECONDEN, self._bewaar)
        self.notify("Beide teksten staan nu in het veld. Maak er één tekst van; die wordt vanzelf bewaard.",
                    timeout=6)

    def _zet_veldfout(self, naam: str) -> None:
        if naam == FACTOREN:
            return
        self.query_one(f"#veld-{naam}", Veld).zet_fout(self._fouten.get(naam) or self._conflict_melding(naam))

    # -- steps --------------------------------------------------------------------------
    def on_stappen_balk_gekozen(self, event: StappenBalk.Gekozen) -> None:
        self._kies_stap(event.stap)

    def action_stap(self, nummer: int) -> None:
        self._kies_stap(regels.STAPPEN[nummer - 1])

    def _kies_stap(self, stap: MethodeStap) -> None:
        if self.beeld is None:
            return
        self._bewaar()
        in_veld = self.focused is not None and not isinstance(self.focused, StappenBalk)
        self.stap = stap
        if not self.beeld.alleen_lezen:
            try:
                self.app.diensten.dossier.zet_stap(self.klant_id, stap)
            except StoreFout as exc:
                self.notify(str(exc), severity="error")
            self.app.caseload_gewijzigd()
        self._ververs()
        if in_veld:
            self.call_after_refresh(self._focus_eerste)

    def _focus_eerste(self) -> None:
        container = self.query_one(f"#stap-{self.stap.value}")
        for w in container.query("*"):
            if w.focusable:
                w.focus()
                return

    def action_escape(self) -> None:
        if isinstance(self.focused, StappenBalk):
            self._bewaar()
            if self._eerst_kiezen():
                return
            self.app.pop_screen()
            from werkcoach_tui.screens.klant import KlantScherm

            if isinstance(self.app.screen, KlantScherm):
                self.app.screen.laad()  # the klant card shows the new fase
        else:
            self._bewaar()
            self.query_one(StappenBalk).focus()

    # -- actions ------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.beeld is None:
            return action in ("escape",)
        if action in ("instrument", "afspraak", "verwijder"):
            return False if self.beeld.alleen_lezen or self.stap != MethodeStap.BESLUITEN else True
        if action in ("notitie", "sluit_dossier", "factoren"):
            return None if self.beeld.alleen_lezen else True
        return True

    def _na_formulier(self, resultaat) -> None:
        if resultaat is not None:
            self.notify("Opgeslagen.", timeout=2)
            self._ververs()

    def action_notitie(self) -> None:
        self._bewaar()
        self.app.push_screen(NotitieFormulier(self.klant_id, self.stap), self._na_formulier)

    def action_instrument(self) -> None:
        self._bewaar()
        self.app.push_screen(InstrumentFormulier(self.klant_id), self._na_formulier)

    def action_afspraak(self) -> None:
        self._bewaar()
        self.app.push_screen(AfspraakFormulier(self.klant_id), self._na_formulier)

    def action_factoren(self) -> None:
        self._bewaar()
        if self._eerst_kiezen():
            return

        async def klaar(resultaat) -> None:
            if resultaat is not None:
                self.notify("De factorenlijst is aangepast.", timeout=2)
                await self._opnieuw_opbouwen()

        self.app.push_screen(FactorenFormulier(), klaar)

    async def _opnieuw_opbouwen(self) -> None:
        self.beeld = None
        self._handtekening = None
        self._opgeslagen.clear()
        self._basis.clear()
        self._conflicten.clear()
        self._vuil.clear()
        await self.recompose()
        self.on_mount()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if self.beeld is None or self.beeld.alleen_lezen:
            return
        sleutel = event.row_key.value or ""
        soort, _, rij_id = sleutel.partition("-")
        if soort == "i":
            rij = next((i for i in self.beeld.instrumenten if str(i.id) == rij_id), None)
            if rij is not None:
                self.app.push_screen(InstrumentFormulier(self.klant_id, rij), self._na_formulier)
        elif soort == "a":
            rij = next((a for a in self.beeld.afspraken if str(a.id) == rij_id), None)
            if rij is not None:
                self.app.push_screen(AfspraakFormulier(self.klant_id, rij), self._na_formulier)

    def action_verwijder(self) -> None:
        tabel = self.focused
        if not isinstance(tabel, DataTable) or tabel.id not in ("instrumenten", "afspraken") or not tabel.row_count:
            return
        sleutel = tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value or ""
        soort, _, rij_id = sleutel.partition("-")

        def gekozen(keuze: str | None) -> None:
            if keuze != "verwijderen":
                return
            dossier = self.app.diensten.dossier
            try:
                if soort == "i":
                    dossier.verwijder_instrument(self.klant_id, int(rij_id))
                else:
                    dossier.verwijder_afspraak(self.klant_id, int(rij_id))
            except Validatiefout as exc:
                self.notify(" ".join(exc.fouten.values()), severity="error")
            except StoreFout as exc:
                self.notify(str(exc), severity="error")
            self._ververs()

        self.app.push_screen(BevestigScherm("Regel verwijderen", "Deze regel verwijderen? Dit wordt vastgelegd.",
                                            [("verwijderen", "Verwijderen", "error"), ("annuleren", "Terug", "default")]),
                             gekozen)

    def action_rondes(self) -> None:
        if self.beeld is None:
            return
        self._bewaar()

        def gekozen(nummer: Optional[int]) -> None:
            if nummer is None:
                return
            try:
                beeld = self.app.diensten.dossier.open(self.klant_id, nummer, bekijken=True)
            except (StoreFout, DossierNietGevonden) as exc:
                self.notify(str(exc), severity="error")
                return
            self.app.push_screen(RondeBekijkScherm(*ronde_tekst(beeld)))

        self.app.push_screen(RondesScherm(self.beeld.rondes), gekozen)

    def action_nieuwe_ronde(self) -> None:
        if self.beeld is None:
            return
        self._bewaar()
        if self._eerst_kiezen():
            return

        async def gekozen(keuze: str | None) -> None:
            if keuze != "nieuwe_ronde":
                return
            try:
                n = self.app.diensten.dossier.nieuwe_ronde(self.klant_id)
            except StoreFout as exc:
                self.notify(str(exc), severity="error")
                return
            self.app.caseload_gewijzigd()
            self.notify(f"Ronde {n} is gestart bij beeldvorming; het beeld is meegenomen.", timeout=4)
            await self._opnieuw_opbouwen()

        self.app.push_screen(
            BevestigScherm("Nieuwe ronde",
                           f"Ronde {self.beeld.ronde.ronde} afsluiten en een nieuwe ronde starten bij beeldvorming? "
                           "Het beeld gaat mee; de huidige ronde blijft alleen-lezen bewaard met haar datum.",
                           [("nieuwe_ronde", "Nieuwe ronde", "primary"), ("annuleren", "Terug", "default")]),
            gekozen)

    def action_sluit_dossier(self) -> None:
        if self.beeld is None:
            return
        self._bewaar()
        if self._eerst_kiezen():
            return
        feiten = self.app.diensten.dossier.feiten(self.beeld)
        open_punten = [p for s in regels.STAPPEN
                       for p in regels.volledigheid(feiten, s, self.app.diensten.clock.today()).ontbreekt]

        async def klaar(reden) -> None:
            if reden is not None:
                self.app.caseload_gewijzigd()
                self.notify("Het dossier is afgesloten.", timeout=3)
                await self._opnieuw_opbouwen()

        self.app.push_screen(SluitFormulier(self.klant_id, open_punten), klaar)


def ronde_tekst(b: DossierBeeld) -> tuple[str, str]:
    """Title and plain text of a round, for the read-only view."""
    r = b.ronde
    eind = f"t/m {formatteer_datum(r.afgesloten_op)}" if r.afgesloten_op else "(lopend)"
    titel = f"{b.klant.naam} · ronde {r.ronde} · {formatteer_datum(r.gestart_op)} {eind}"
    v = r.velden or {}
    regels_: list[str] = []
    labels = {
        "opleiding": "Opleiding", "werkervaring": "Werkervaring", "competenties": "Competenties",
        "belemmeringen": "Belemmeringen", "wensberoepen": "Wensberoepen", "beschikbare_dagen": "Dagen",
        "regio": "Regio", "max_reistijd_minuten": "Max. reistijd (min)", "vervoer": "Vervoer",
        "digivaardigheid": "Digivaardigheid", "netwerk": "Netwerk", "zoekgedrag": "Zoekgedrag",
        "werkverkenner_factoren": "Werkverkenner-factoren", "ontbrekende_informatie": "Ontbrekende informatie",
        "zelfredzaam": "Zelfredzaam", "zelfredzaam_toelichting": "Toelichting",
        "afstand_arbeidsmarkt": "Afstand tot de arbeidsmarkt", "dienstverleningsdoel": "Dienstverleningsdoel",
        "bevorderend_beinvloedbaar": "Bevorderend (beïnvloedbaar)",
        "bevorderend_niet_beinvloedbaar": "Bevorderend (niet beïnvloedbaar)",
        "belemmerend_beinvloedbaar": "Belemmerend (beïnvloedbaar)",
        "belemmerend_niet_beinvloedbaar": "Belemmerend (niet beïnvloedbaar)",
        "visie_werkcoach": "Visie van de werkcoach", "visie_klant": "Visie van de klant",
        "waarom_visie_werkcoach": "Waarom de visie van de werkcoach zwaarder weegt",
        "wog_reden": "Reden WOG", "arbeidsmarktkansen_toelichting": "Weging arbeidsmarktkansen",
        "dienstverlening": "Dienstverlening", "toestemming_door": "Toestemming door",
        "toestemming_op": "Toestemming op", "evaluatie": "Evaluatie", "doel_bereikt": "Doel bereikt",
    }
    huidige_stap = None
    for naam, (stap, _soort) in regels.VELDEN.items():
        if stap != huidige_stap:
            regels_.append(f"\n== {stap.label} ==")
            huidige_stap = stap
            if stap == MethodeStap.BESLUITEN:
                for i in b.instrumenten:
                    regels_.append(f"Instrument: {i.instrument.label} · € {i.kosten_centen / 100:.2f} · "
                                   f"{i.status.label}")
                    regels_.append(f"  vraag werkgevers: {i.vraag_werkgevers or '—'}")
                    regels_.append(f"  geschiktheid klant: {i.geschiktheid_klant or '—'}")
                    regels_.append(f"  bijdrage instrument: {i.bijdrage_instrument or '—'}")
                for a in b.afspraken:
                    regels_.append(f"Afspraak ({a.wie.label}): {a.wat} · {a.status.label}")
        waarde = v.get(naam)
        if naam not in labels or waarde in (None, "", [], False):
            continue
        if isinstance(waarde, list):
            waarde = "; ".join(str(x) for x in waarde)
        regels_.append(f"{labels[naam]}: {waarde}")
    if b.notities:
        regels_.append("\n== Notities ==")
        for n in b.notities:
            regels_.append(f"[{n.stap.label} · {n.soort.label} · {n.bron.label}] {n.tekst}")
    if r.uitstroomreden:
        regels_.append(f"\nUitstroomreden: {r.uitstroomreden.label}")
    return titel, "\n".join(regels_).strip()
