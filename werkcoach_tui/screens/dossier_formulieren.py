"""Modal forms of the dossier: note, instrument, proposed afspraak, closing, factor list,
and the read-only view of an earlier round."""

from __future__ import annotations

from typing import Any, Optional

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from werkcoach_tui.models.dossier import DossierAfspraak, DossierInstrument
from werkcoach_tui.models.enums import (
    AfspraakSoort,
    AfspraakStatus,
    AfspraakWie,
    Bron,
    Instrument,
    InstrumentStatus,
    MethodeStap,
    NotitieSoort,
    Uitstroomreden,
)
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.screens.formulier_basis import FormulierScherm
from werkcoach_tui.services.dossier import centen_tekst
from werkcoach_tui.widgets.formulier import Veld, datumveld, keuzeveld, tekstveld


def _knoppen() -> ComposeResult:
    with Horizontal(classes="knoppen"):
        yield Button("Opslaan (Ctrl+S)", id="opslaan", variant="primary")
        yield Button("Annuleren (Esc)", id="annuleren")


class NotitieFormulier(FormulierScherm):
    HELP_TITEL = "Notitie"

    def __init__(self, klant_id: int, stap: MethodeStap) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.stap = stap

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog breed dossier-dialoog"):
            yield Static(f"Notitie bij {self.stap.label.lower()}", classes="dialoog-titel")
            with Horizontal(classes="dossier-rij"):
                yield keuzeveld("soort", "Feit of mening? *", NotitieSoort.choices(), NotitieSoort.FEIT.value, leeg=False)
                yield keuzeveld("bron", "Bron *", Bron.choices(), Bron.KLANT.value, leeg=False)
            yield Veld("tekst", "Notitie * (gezondheid: functioneel, in de woorden van de klant)",
                       TextArea("", id="in-tekst", classes="notitie"))
            yield from _knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        return self.app.diensten.dossier.voeg_notitie_toe(self.klant_id, self.stap, waarden)


class InstrumentFormulier(FormulierScherm):
    HELP_TITEL = "Instrument"

    def __init__(self, klant_id: int, instrument: Optional[DossierInstrument] = None) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.instrument = instrument

    def compose(self) -> ComposeResult:
        i = self.instrument
        with Vertical(classes="dialoog formulier dossier-dialoog"):
            yield Static("Instrument bewerken" if i else "Instrument kiezen", classes="dialoog-titel")
            with Grid(classes="velden"):
                yield keuzeveld("instrument", "Instrument *", Instrument.choices(), i.instrument.value if i else None)
                yield tekstveld("kosten", "Kosten (€)", centen_tekst(i.kosten_centen) if i else "", placeholder="bijv. 650")
                yield keuzeveld("status", "Status", InstrumentStatus.choices(),
                                i.status.value if i else InstrumentStatus.GEPLAND.value, leeg=False)
                yield datumveld("ingezet_op", "Ingezet op", formatteer_datum(i.ingezet_op) if i else "")
            yield Static("Onderbouwing (verplicht): de vraag van werkgevers, de geschiktheid van de klant, "
                         "en wat het instrument bijdraagt.", classes="dialoog-tekst")
            yield Veld("vraag_werkgevers", "Vraag van werkgevers (vacature, kansberoep of sector) *",
                       TextArea(i.vraag_werkgevers if i else "", id="in-vraag_werkgevers", classes="kort"))
            yield Veld("geschiktheid_klant", "Geschiktheid van de klant voor die vraag *",
                       TextArea(i.geschiktheid_klant if i else "", id="in-geschiktheid_klant", classes="kort"))
            yield Veld("bijdrage_instrument", "Wat het instrument bijdraagt *",
                       TextArea(i.bijdrage_instrument if i else "", id="in-bijdrage_instrument", classes="kort"))
            yield from _knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        return self.app.diensten.dossier.bewaar_instrument(
            self.klant_id, waarden, self.instrument.id if self.instrument else None)


class AfspraakFormulier(FormulierScherm):
    HELP_TITEL = "Werkplanafspraak (voorstel)"

    def __init__(self, klant_id: int, afspraak: Optional[DossierAfspraak] = None) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.afspraak = afspraak

    def compose(self) -> ComposeResult:
        a = self.afspraak
        with Vertical(classes="dialoog formulier dossier-dialoog"):
            yield Static("Afspraak bewerken" if a else "Werkplanafspraak voorstellen (SMART)", classes="dialoog-titel")
            yield tekstveld("wat", "Wat * (specifiek)", a.wat if a else "",
                            placeholder="bijv. sollicitatieactiviteiten als magazijnmedewerker")
            with Grid(classes="velden"):
                yield keuzeveld("wie", "Wie", AfspraakWie.choices(), a.wie.value if a else AfspraakWie.KLANT.value, leeg=False)
                yield keuzeveld("soort", "Soort", AfspraakSoort.choices(),
                                a.soort.value if a else AfspraakSoort.ACTIVITEIT.value, leeg=False)
                yield keuzeveld("status", "Status", AfspraakStatus.choices(),
                                a.status.value if a else AfspraakStatus.OPEN.value, leeg=False)
                yield tekstveld("hoeveel", "Hoeveel", str(a.hoeveel) if a and a.hoeveel else "")
                yield datumveld("wanneer", "Wanneer (uiterlijk)", formatteer_datum(a.wanneer) if a else "")
            yield tekstveld("hoe_aangetoond", "Hoe aangetoond", a.hoe_aangetoond if a else "",
                            placeholder="bijv. in de Werkmap, met bevestigingsmail")
            yield from _knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        return self.app.diensten.dossier.bewaar_afspraak(
            self.klant_id, waarden, self.afspraak.id if self.afspraak else None)


class SluitFormulier(FormulierScherm):
    HELP_TITEL = "Dossier afsluiten"

    def __init__(self, klant_id: int, open_punten: list[str]) -> None:
        super().__init__()
        self.klant_id = klant_id
        self.open_punten = open_punten

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog breed dossier-dialoog"):
            yield Static("Dossier afsluiten", classes="dialoog-titel")
            tekst = "De huidige ronde wordt alleen-lezen; met O start u later zo nodig een nieuwe ronde."
            if self.open_punten:
                tekst += "\n[b]Nog open:[/b]\n" + "\n".join(f"• {p}" for p in self.open_punten[:6])
            yield Static(tekst, classes="dialoog-tekst")
            yield keuzeveld("uitstroomreden", "Uitstroomreden *", Uitstroomreden.choices())
            yield from _knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        self.app.diensten.dossier.sluit(self.klant_id, waarden.get("uitstroomreden"))
        return waarden.get("uitstroomreden")


class FactorenFormulier(FormulierScherm):
    HELP_TITEL = "Werkverkenner-factoren"

    def compose(self) -> ComposeResult:
        factoren = self.app.diensten.dossier.werkverkenner_factoren()
        with Vertical(classes="dialoog breed dossier-dialoog"):
            yield Static("Werkverkenner-factoren (voor het hele team in deze database)", classes="dialoog-titel")
            yield Static("Eén factor per regel. De lijst verschijnt als vinklijst bij beeldvorming.",
                         classes="dialoog-tekst")
            yield Veld("factoren", "Factoren *", TextArea("\n".join(factoren), id="in-factoren", classes="notitie"))
            yield from _knoppen()

    def opslaan_in_store(self, waarden: dict[str, Any]):
        return self.app.diensten.dossier.zet_werkverkenner_factoren(str(waarden.get("factoren") or "").splitlines())


class RondesScherm(ModalScreen[Optional[int]]):
    """Pick an earlier round to view (read-only)."""

    BINDINGS = [Binding("escape", "sluit", "Terug")]
    HELP_TITEL = "Eerdere rondes"

    def __init__(self, rondes) -> None:
        super().__init__()
        self.rondes = rondes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog dossier-dialoog"):
            yield Static("Rondes van dit dossier", classes="dialoog-titel")
            opties = []
            for r in self.rondes:
                eind = (f"t/m {formatteer_datum(r.afgesloten_op)}" if r.afgesloten_op else "lopend")
                reden = f" · {r.uitstroomreden.label}" if r.uitstroomreden else ""
                opties.append(Option(f"Ronde {r.ronde} · {formatteer_datum(r.gestart_op)} {eind}{reden}",
                                     id=str(r.ronde)))
            yield OptionList(*opties, id="rondes")
            yield Static("Enter: bekijken (alleen-lezen) · Esc: terug", classes="dialoog-voet")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id))

    def action_sluit(self) -> None:
        self.dismiss(None)


class RondeBekijkScherm(ModalScreen[None]):
    """An earlier round, read-only, with its dates."""

    BINDINGS = [Binding("escape", "sluit", "Terug")]
    HELP_TITEL = "Eerdere ronde (alleen-lezen)"

    def __init__(self, titel: str, tekst: str) -> None:
        super().__init__()
        self.titel = titel
        self.tekst = tekst

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog formulier dossier-dialoog"):
            yield Static(self.titel, classes="dialoog-titel")
            with VerticalScroll():
                yield Static(self.tekst, markup=False)
            yield Static("Alleen-lezen · Esc: terug", classes="dialoog-voet")

    def action_sluit(self) -> None:
        self.dismiss(None)
