"""Modal forms of the werkplan feature: afspraak (with live SMART warnings), sollicitatienorm,
vaststellen, new version, export; sollicitatieactiviteit, vrijstelling, opvolging van een tekort."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Select, Static, TextArea

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import (
    AfspraakSoort,
    AfspraakStatus,
    AfspraakWie,
    Bewijs,
    SollicitatieSoort,
    TekortOpvolging,
    VrijstellingReden,
)
from werkcoach_tui.models.werkplan import Afspraak, Sollicitatie, Vrijstelling, WerkplanVersie
from werkcoach_tui.rules.datums import formatteer_datum, probeer_datum
from werkcoach_tui.rules.sollicitatieplicht import Periode
from werkcoach_tui.screens.formulier_basis import FormulierScherm
from werkcoach_tui.services.validatie import Validatiefout
from werkcoach_tui.services.werkplan import (
    BRON_PAPIER,
    NietGevonden,
    WerkplanFout,
    afspraak_waarschuwingen,
)
from werkcoach_tui.store import StoreFout, VerouderdFout
from werkcoach_tui.widgets.formulier import Veld, datumveld, keuzeveld, tekstveld, vinkveld


class WerkplanFormulier(FormulierScherm):
    """A form whose service may refuse with a WerkplanFout (shown, form stays open)."""

    def action_opslaan(self) -> bool:
        try:
            resultaat = self.opslaan_in_store(self.waarden())
        except Validatiefout as exc:
            self.toon_fouten(exc.fouten)
            return False
        except (WerkplanFout, NietGevonden, VerouderdFout, StoreFout) as exc:
            self.notify(str(exc), title="Niet opgeslagen", severity="error", timeout=12)
            return False
        self.toon_fouten({})
        self._begin = self.waarden()
        self.dismiss(resultaat)
        return True

    def _knoppen(self, label: str = "Opslaan (Ctrl+S)") -> ComposeResult:
        with Horizontal(classes="knoppen"):
            yield Button(label, id="opslaan", variant="primary")
            yield Button("Annuleren (Esc)", id="annuleren")


class AfspraakFormulier(WerkplanFormulier):
    HELP_TITEL = "Afspraak"
    HELP_UITLEG = ("Een SMART-afspraak zegt wie wat doet, hoeveel, vóór wanneer en hoe het wordt aangetoond. "
                   "Ontbreekt iets, dan waarschuwt het formulier; opslaan kan toch.")

    def __init__(self, versie: WerkplanVersie, afspraak: Optional[Afspraak] = None) -> None:
        super().__init__()
        self.versie = versie
        self.afspraak = afspraak

    def compose(self) -> ComposeResult:
        a = self.afspraak
        titel = (f"Afspraak bewerken — werkplan versie {self.versie.versie}" if a
                 else f"Nieuwe afspraak — werkplan versie {self.versie.versie}")
        with Vertical(classes="dialoog formulier"):
            yield Static(titel, classes="dialoog-titel")
            yield tekstveld("wat", "Wat *", a.wat if a else "", placeholder="bijv. reageren op vacatures als orderpicker")
            with Grid(classes="velden"):
                yield keuzeveld("wie", "Wie *", AfspraakWie.choices(), a.wie.value if a else "klant", leeg=False)
                yield tekstveld("hoeveel", "Hoeveel / frequentie", a.hoeveel if a else "", placeholder="bijv. 4 per 4 weken")
                yield datumveld("wanneer", "Per wanneer", formatteer_datum(a.wanneer) if a else "")
                yield keuzeveld("soort", "Soort", AfspraakSoort.choices(), a.soort.value if a else "sollicitatie", leeg=False)
                yield keuzeveld("status", "Status", AfspraakStatus.choices(), a.status.value if a else "open", leeg=False)
                yield tekstveld("reden_niet_nagekomen", "Reden niet nagekomen", a.reden_niet_nagekomen if a else "")
            yield tekstveld("hoe_aangetoond", "Hoe aangetoond", a.hoe_aangetoond if a else "",
                            placeholder="bijv. bevestigingsmails in de Werkmap")
            yield Veld("interne_notitie", "Interne notitie (alleen voor u, nooit in de export)",
                       TextArea(a.interne_notitie if a else "", id="in-interne_notitie", classes="notitie-klein"))
            yield Static("", id="smart", classes="smart")
            yield from self._knoppen()

    def on_mount(self) -> None:
        super().on_mount()
        self._toon_smart()

    def _toon_smart(self) -> None:
        w = self.waarden()
        today = self.app.diensten.clock.today()
        wanneer = probeer_datum(w.get("wanneer")) if w.get("wanneer") else None
        waarschuwingen = afspraak_waarschuwingen(
            {"wie": w.get("wie"), "wat": w.get("wat"), "hoeveel": w.get("hoeveel"),
             "wanneer": wanneer or (w.get("wanneer") or None), "hoe_aangetoond": w.get("hoe_aangetoond")}, today)
        smart = self.query_one("#smart", Static)
        if waarschuwingen:
            smart.update("[b]SMART — let op (opslaan kan toch):[/b]\n" + "\n".join(f"⚠ {x}" for x in waarschuwingen))
            smart.set_class(True, "waarschuwing")
        else:
            smart.update("✓ Deze afspraak is SMART: wie, wat, hoeveel, wanneer en hoe aangetoond staan erin.")
            smart.set_class(False, "waarschuwing")

    def on_input_changed(self, event: Input.Changed) -> None:
        self._toon_smart()

    def on_select_changed(self, event: Select.Changed) -> None:
        self._toon_smart()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        werkplan = self.app.diensten.werkplan
        if self.afspraak is None:
            return werkplan.voeg_afspraak_toe(self.versie.id, waarden)
        return werkplan.wijzig_afspraak(self.afspraak.id, waarden)


class PlanFormulier(WerkplanFormulier):
    HELP_TITEL = "Sollicitatienorm"

    def __init__(self, versie: WerkplanVersie) -> None:
        super().__init__()
        self.versie = versie

    def compose(self) -> ComposeResult:
        v = self.versie
        with Vertical(classes="dialoog breed"):
            yield Static(f"Sollicitatienorm en toelichting — versie {v.versie}", classes="dialoog-titel")
            yield Static(f"Standaard {c.SOLLICITATIENORM_AANTAL} sollicitatieactiviteiten per "
                         f"{c.SOLLICITATIENORM_PERIODE_WEKEN} weken. Een ander aantal mag alleen met een reden.",
                         classes="dialoog-tekst")
            yield tekstveld("sollicitatienorm", "Sollicitatieactiviteiten per 4 weken *", str(v.sollicitatienorm))
            yield tekstveld("sollicitatienorm_reden", "Reden voor een andere norm", v.sollicitatienorm_reden)
            yield tekstveld("wijzigingsreden", "Waarom deze versie (de klant leest dit)", v.wijzigingsreden)
            yield Veld("interne_notitie", "Interne notitie (alleen voor u, nooit in de export)",
                       TextArea(v.interne_notitie, id="in-interne_notitie", classes="notitie-klein"))
            yield from self._knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        return self.app.diensten.werkplan.wijzig_plan(self.versie.id, waarden)


class VaststellenFormulier(WerkplanFormulier):
    HELP_TITEL = "Werkplan vaststellen"

    def __init__(self, versie: WerkplanVersie, ontbreekt: list[str]) -> None:
        super().__init__()
        self.versie = versie
        self.ontbreekt = ontbreekt

    def compose(self) -> ComposeResult:
        today = self.app.diensten.clock.today()
        with Vertical(classes="dialoog breed"):
            yield Static(f"Werkplan versie {self.versie.versie} vaststellen", classes="dialoog-titel")
            if self.ontbreekt:
                yield Static("[b]Dit ontbreekt nog:[/b]\n" + "\n".join(f"• {r}" for r in self.ontbreekt),
                             classes="dialoog-tekst ontbreekt")
            yield Static("Na vaststellen kan deze versie niet meer worden gewijzigd; een wijziging wordt een "
                         "nieuwe versie.", classes="dialoog-tekst")
            yield datumveld("vastgesteld_op", "Datum vastgesteld *", formatteer_datum(today))
            yield vinkveld("akkoord_klant", "De klant is akkoord met dit werkplan *", False)
            yield tekstveld("akkoord_toelichting", "Hoe is het akkoord gegeven?",
                            placeholder="bijv. mondeling in het gesprek, bevestigd in de Werkmap")
            yield from self._knoppen("Vaststellen (Ctrl+S)")

    def opslaan_in_store(self, waarden: dict[str, Any]):
        return self.app.diensten.werkplan.stel_vast(self.versie.id, waarden)


class NieuweVersieFormulier(WerkplanFormulier):
    HELP_TITEL = "Nieuwe versie"

    def __init__(self, klant_id: int, huidige: Optional[WerkplanVersie]) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.huidige = huidige

    def compose(self) -> ComposeResult:
        h = self.huidige
        with Vertical(classes="dialoog breed"):
            if h is None:
                yield Static("Nieuw werkplan (versie 1)", classes="dialoog-titel")
                yield Static("Begin met een concept; voeg daarna de afspraken toe.", classes="dialoog-tekst")
            else:
                yield Static(f"Nieuwe versie {h.versie + 1} maken", classes="dialoog-titel")
                yield Static(f"Versie {h.versie} blijft zoals hij is vastgesteld. De nieuwe versie begint als "
                             "concept met een kopie van de afspraken en de sollicitatienorm.",
                             classes="dialoog-tekst")
            yield tekstveld("wijzigingsreden", "Waarom (de klant leest dit)",
                            placeholder="bijv. evaluatie: cursus heftruck toegevoegd")
            yield from self._knoppen("Maken (Ctrl+S)")

    def opslaan_in_store(self, waarden: dict[str, Any]):
        return self.app.diensten.werkplan.maak_concept(self.klant_id, waarden.get("wijzigingsreden", ""))


class ExportFormulier(WerkplanFormulier):
    HELP_TITEL = "Werkplan exporteren"

    FORMAAT_KEUZES = [("Markdown (.md)", "md"), ("Platte tekst (.txt)", "txt"), ("Printbare HTML-pagina (.html)", "html")]

    def __init__(self, klant_id: int, klantnummer: str, versies: list[WerkplanVersie], versie: int,
                 map: Optional[Path] = None) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.klantnummer = klantnummer
        self.versies = versies
        self.versie = versie
        self.map = map or Path.home()

    def _pad(self, versie: Any, formaat: Any) -> str:
        return str(self.map / f"werkplan-{self.klantnummer}-versie-{versie}.{formaat or 'md'}")

    def compose(self) -> ComposeResult:
        keuzes = [(f"Versie {v.versie} ({v.status.label.lower()})", str(v.versie)) for v in self.versies]
        with Vertical(classes="dialoog breed"):
            yield Static("Werkplan exporteren voor de klant", classes="dialoog-titel")
            yield Static("De export bevat de afspraken, de sollicitatienorm, uw contactgegevens, datums en het "
                         "versienummer. Interne notities staan er nooit in.", classes="dialoog-tekst")
            with Grid(classes="velden twee"):
                yield keuzeveld("versie", "Versie", keuzes, str(self.versie), leeg=False)
                yield keuzeveld("formaat", "Formaat", self.FORMAAT_KEUZES, "md", leeg=False)
            yield tekstveld("bestand", "Bestand *", self._pad(self.versie, "md"))
            yield from self._knoppen("Exporteren (Ctrl+S)")

    def on_select_changed(self, event: Select.Changed) -> None:
        w = self.waarden()
        self.query_one("#in-bestand", Input).value = self._pad(w.get("versie"), w.get("formaat"))

    def opslaan_in_store(self, waarden: dict[str, Any]):
        bestand = (waarden.get("bestand") or "").strip()
        if not bestand:
            raise Validatiefout({"bestand": "Vul een bestandsnaam in, bijvoorbeeld ~/werkplan.md."})
        return self.app.diensten.werkplan.exporteer(self.klant_id, int(waarden["versie"]), waarden["formaat"],
                                                    Path(bestand))


class SollicitatieFormulier(WerkplanFormulier):
    HELP_TITEL = "Sollicitatieactiviteit"

    def __init__(self, klant_id: int, sollicitatie: Optional[Sollicitatie] = None, *, papier: bool = False) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.sollicitatie = sollicitatie
        self.papier = papier or bool(sollicitatie and sollicitatie.bron == BRON_PAPIER)

    def compose(self) -> ComposeResult:
        s = self.sollicitatie
        today = self.app.diensten.clock.today()
        titel = "Sollicitatieactiviteit bewerken" if s else (
            "Sollicitatieactiviteit van papierformulier" if self.papier else "Sollicitatieactiviteit toevoegen")
        with Vertical(classes="dialoog formulier"):
            yield Static(titel, classes="dialoog-titel")
            with Grid(classes="velden"):
                yield datumveld("datum", "Datum *", formatteer_datum(s.datum if s else today))
                yield keuzeveld("soort", "Soort *", SollicitatieSoort.choices(),
                                s.soort.value if s else SollicitatieSoort.REACTIE_OP_VACATURE.value, leeg=False)
                yield keuzeveld("bewijs", "Bewijs", Bewijs.choices(), s.bewijs.value if s else "niet_gevraagd", leeg=False)
                yield tekstveld("werkgever", "Werkgever / bureau", s.werkgever if s else "")
                yield tekstveld("functie", "Functie", s.functie if s else "")
                yield tekstveld("resultaat", "Resultaat", s.resultaat if s else "",
                                placeholder="bijv. afgewezen, uitgenodigd")
            yield vinkveld("op_papier", "Ingeleverd op een papieren formulier", self.papier)
            yield from self._knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        werkplan = self.app.diensten.werkplan
        if not waarden.get("op_papier") and self.sollicitatie is not None and self.sollicitatie.bron != BRON_PAPIER:
            waarden["op_papier"] = None  # keep the original source (e.g. vacaturevoorstel)
        if self.sollicitatie is None:
            return werkplan.voeg_sollicitatie_toe(self.klant_id, waarden)
        return werkplan.wijzig_sollicitatie(self.sollicitatie.id, waarden)


class VrijstellingFormulier(WerkplanFormulier):
    HELP_TITEL = "Vrijstelling"

    def __init__(self, klant_id: int, vrijstelling: Optional[Vrijstelling] = None) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.vrijstelling = vrijstelling

    def compose(self) -> ComposeResult:
        v = self.vrijstelling
        with Vertical(classes="dialoog breed"):
            yield Static("Vrijstelling bewerken" if v else "Vrijstelling of ontheffing vastleggen", classes="dialoog-titel")
            yield Static(f"Mantelzorg en een persoonlijke crisis: ten hoogste {c.VRIJSTELLING_MAX_MAANDEN} maanden. "
                         "Binnen 1 jaar van de AOW-leeftijd geldt geen sollicitatieplicht (dat rekent de app zelf).",
                         classes="dialoog-tekst")
            yield keuzeveld("reden", "Reden *", VrijstellingReden.choices(), v.reden.value if v else None)
            with Grid(classes="velden twee"):
                yield datumveld("van", "Van *", formatteer_datum(v.van) if v else "")
                yield datumveld("tot", "Tot en met", formatteer_datum(v.tot) if v else "")
            yield tekstveld("toelichting", "Toelichting", v.toelichting if v else "")
            yield from self._knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        werkplan = self.app.diensten.werkplan
        if self.vrijstelling is None:
            return werkplan.voeg_vrijstelling_toe(self.klant_id, waarden)
        return werkplan.wijzig_vrijstelling(self.vrijstelling.id, waarden)


class OpvolgingFormulier(WerkplanFormulier):
    HELP_TITEL = "Opvolging tekort"

    def __init__(self, klant_id: int, periode: Periode) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.periode = periode

    def compose(self) -> ComposeResult:
        p = self.periode
        with Vertical(classes="dialoog breed"):
            yield Static(f"Opvolging tekort — periode {p.nummer}", classes="dialoog-titel")
            yield Static(f"{p.omschrijving}.\nEen tekort leidt eerst tot een gesprek, daarna eventueel een "
                         "waarschuwing. Over een maatregel beslist de software nooit.", classes="dialoog-tekst")
            yield keuzeveld("opvolging", "Opvolging *", TekortOpvolging.choices(), TekortOpvolging.GESPREK.value, leeg=False)
            yield datumveld("datum", "Datum *", formatteer_datum(self.app.diensten.clock.today()))
            yield tekstveld("toelichting", "Toelichting")
            yield from self._knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        return self.app.diensten.werkplan.leg_opvolging_vast(self.klant_id, self.periode.van, waarden)
