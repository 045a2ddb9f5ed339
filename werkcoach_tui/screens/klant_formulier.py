"""Nieuwe klant / klant bewerken: a modal form with Dutch field checks."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Static

from werkcoach_tui.models.enums import MethodeStap, Opleidingsniveau, WerkverkennerBand
from werkcoach_tui.models.klant import Klant
from werkcoach_tui.rules.bsn import maskeer_bsn
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.screens.bevestig import BevestigScherm, MeldingScherm
from werkcoach_tui.screens.formulier_basis import FormulierScherm
from werkcoach_tui.store import StoreFout, VerouderdFout
from werkcoach_tui.widgets.formulier import Veld, datumveld, keuzeveld, tekstveld, vinkveld


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

    @property
    def bsn_gebruiken(self) -> bool:
        try:
            return self.app.diensten.instellingen.lees().bsn_gebruiken
        except Exception:  # noqa: BLE001 - a store problem shows elsewhere; no BSN field then
            return False

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
                    if self.bsn_gebruiken:
                        yield tekstveld("bsn", "BSN (optioneel)", "",
                                        placeholder=(f"{maskeer_bsn(k.bsn)} — leeg = ongewijzigd" if k and k.bsn else "9 cijfers"))
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
        if self.klant is not None and not (waarden.get("bsn") or "").strip():
            waarden.pop("bsn", None)  # the stored BSN is never shown, so an empty field keeps it
        if self.klant is None:
            return klanten.maak(waarden)
        return klanten.wijzig(self.klant.id, waarden, verwachte_versie=self.klant.versie)

    # -- two people editing the same klant ------------------------------------------------------
    def bij_verouderd(self, exc: VerouderdFout) -> None:
        """Never overwrite silently: explain, and offer to see the other change or reload."""
        assert self.klant is not None
        try:
            nu, verschillen, wie = self.app.diensten.klanten.andere_wijziging(self.klant.id, self.klant)
        except (StoreFout, LookupError) as fout:
            self.app.push_screen(MeldingScherm("Niet opgeslagen", str(fout)))
            return
        regels = "\n".join(f"  {veld}: {toen} → {nu_w}" for veld, toen, nu_w in verschillen[:12]) or "  (geen velden)"

        def gekozen(keuze: str | None) -> None:
            if keuze == "bekijken":
                self.app.push_screen(
                    MeldingScherm(
                        "De andere wijziging",
                        f"{wie} heeft deze klant opgeslagen nadat u begon (nu versie {nu.versie}).\n"
                        f"Wat er anders is dan toen u het formulier opende:\n{regels}\n\n"
                        "Uw invoer staat nog in het formulier. Kies daarna 'Herladen' om op de nieuwste "
                        "versie verder te werken.",
                    ),
                    lambda _: self.bij_verouderd(exc),
                )
            elif keuze == "herladen":
                self.herlaad(nu)

        self.app.push_screen(
            BevestigScherm(
                "Iemand anders heeft deze klant gewijzigd",
                f"{wie} heeft {nu.naam} opgeslagen terwijl u dit formulier had open. Uw wijziging is NIET "
                "opgeslagen, om die andere wijziging niet te overschrijven.\n"
                "Bekijk wat er veranderd is, of herlaad de nieuwste versie en voer uw wijziging opnieuw in.",
                [("herladen", "Herladen", "primary"),
                 ("bekijken", "Bekijk wijziging", "default"),
                 ("annuleren", "Terug naar invoer", "default")],
            ),
            gekozen,
        )

    def herlaad(self, klant: Klant) -> None:
        """Show the newest version in the form; the next save is checked against it."""
        self.klant = klant

        async def opnieuw() -> None:
            await self.recompose()
            self._begin = self.waarden()
            velden = list(self.query(Veld))
            if velden:
                self.set_focus(velden[0].widget)
            self.notify("De nieuwste versie is geladen. Voer uw wijziging opnieuw in en sla op.", timeout=6)

        self.call_later(opnieuw)
