"""Nieuwe klant / klant bewerken: a modal form with Dutch field checks."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Static

from werkcoach_tui.models.enums import MethodeStap, Opleidingsniveau, WerkverkennerBand
from werkcoach_tui.models.klant import Klant
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.screens.formulier_basis import FormulierScherm
from werkcoach_tui.widgets.formulier import datumveld, keuzeveld, tekstveld, vinkveld


def _uren(v: float | None) -> str:
    if v is None:
        return ""
    return f"{v:g}".replace(".", ",")


class KlantFormulier(FormulierScherm):
    """Create (klant=None) or edit a klant. Dismisses with the stored Klant."""

    HELP_TITEL = "Klantformulier"

    def __init__(self, klant: Klant | None = None) -> None:
        super().__init__()
        self.klant = klant

    def compose(self) -> ComposeResult:
        k = self.klant
        titel = f"Klant bewerken — {k.naam} ({k.klantnummer})" if k else "Nieuwe klant"
        with Vertical(classes="dialoog formulier"):
            yield Static(titel, classes="dialoog-titel")
            with VerticalScroll():
                yield Static("Personalia", classes="sectie")
                with Grid(classes="velden"):
                    yield tekstveld("naam", "Naam *", k.naam if k else "")
                    if k is None:
                        yield tekstveld("klantnummer", "Klantnummer (leeg = nieuw nummer)", "", placeholder="bijv. K100123")
                    yield datumveld("geboortedatum", "Geboortedatum", formatteer_datum(k.geboortedatum) if k else "")
                    yield tekstveld("telefoon", "Telefoon", (k.telefoon or "") if k else "")
                    yield tekstveld("email", "E-mail", (k.email or "") if k else "")
                    yield tekstveld("adres", "Adres", (k.adres or "") if k else "")
                    yield tekstveld("postcode", "Postcode", (k.postcode or "") if k else "")
                    yield tekstveld("woonplaats", "Woonplaats", (k.woonplaats or "") if k else "")
                yield Static("WW en beschikbaarheid", classes="sectie")
                with Grid(classes="velden"):
                    yield datumveld("meldingsdatum", "Meldingsdatum", formatteer_datum(k.meldingsdatum) if k else "")
                    yield datumveld("ww_startdatum", "WW-startdatum", formatteer_datum(k.ww_startdatum) if k else "")
                    yield datumveld("ww_einddatum", "WW-einddatum", formatteer_datum(k.ww_einddatum) if k else "")
                    yield tekstveld("uren_vorige_baan", "Uren vorige baan (per week)", _uren(k.uren_vorige_baan) if k else "")
                    yield tekstveld("beschikbare_uren", "Beschikbare uren (per week)", _uren(k.beschikbare_uren) if k else "")
                    yield keuzeveld("opleidingsniveau", "Opleidingsniveau", Opleidingsniveau.choices(),
                                    k.opleidingsniveau.value if k and k.opleidingsniveau else None)
                    yield tekstveld("laatste_beroep", "Laatste beroep", (k.laatste_beroep or "") if k else "")
                    yield keuzeveld("werkverkenner_band", "Werkverkenner-uitkomst", WerkverkennerBand.choices(),
                                    k.werkverkenner_band.value if k and k.werkverkenner_band else None)
                    yield datumveld("werkverkenner_datum", "Werkverkenner ingevuld op",
                                    formatteer_datum(k.werkverkenner_datum) if k else "")
                    if k is not None:
                        yield keuzeveld("fase", "Fase", MethodeStap.choices(), k.fase.value, leeg=False)
                with Horizontal(classes="vinkjes"):
                    yield vinkveld("digivaardig", "Digivaardig", k.digivaardig if k else True)
                    yield vinkveld("vroegmelder", "Vroegmelder", k.vroegmelder if k else False)
                    yield vinkveld("arbeidsbeperking", "Arbeidsbeperking", k.arbeidsbeperking if k else False)
                    yield vinkveld("grensregio", "Grensregio", k.grensregio if k else False)
            with Horizontal(classes="knoppen"):
                yield Button("Opslaan (Ctrl+S)", id="opslaan", variant="primary")
                yield Button("Annuleren (Esc)", id="annuleren")

    def opslaan_in_store(self, waarden: dict[str, Any]) -> Klant:
        klanten = self.app.diensten.klanten
        if self.klant is None:
            return klanten.maak(waarden)
        return klanten.wijzig(self.klant.id, waarden, verwachte_versie=self.klant.versie)
