"""Where each signal is resolved, and opening that place from the dashboard.

Gesprek signals open the klant screen with the gesprek form (intake, WOG,
monitorgesprek: planned, type filled in). Dossier and werkplan signals open the
dossier step or the werkplan when those screens exist in this app (the app has
``open_dossier`` / ``open_werkplan``); otherwise the klant screen, with a short
message that says what to do.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Optional

from werkcoach_tui.models.enums import GesprekType, MethodeStap
from werkcoach_tui.rules import signalen as sg

DOEL_GESPREK = "gesprek"
DOEL_KLANT = "klant"
DOEL_DOSSIER = "dossier"
DOEL_WERKPLAN = "werkplan"
DOEL_SOLLICITATIES = "sollicitaties"
DOEL_CASUISTIEK = "casuistiek"


@dataclass(frozen=True)
class Oplossing:
    doel: str
    actie: str
    """Short Dutch instruction: what the adviser does to resolve the signal."""
    gesprek_type: Optional[GesprekType] = None
    stap: Optional[MethodeStap] = None


OPLOSSINGEN: dict[str, Oplossing] = {
    sg.INTAKE_TE_LAAT: Oplossing(DOEL_GESPREK, "Plan de intake", GesprekType.INTAKE),
    sg.WOG_AANGEWEZEN: Oplossing(DOEL_GESPREK, "Plan het werkoriëntatiegesprek", GesprekType.WERKORIENTATIEGESPREK),
    sg.MONITORGESPREK_NODIG: Oplossing(DOEL_GESPREK, "Plan een monitorgesprek", GesprekType.MONITORGESPREK),
    sg.CONTACT_TE_LANG_GELEDEN: Oplossing(
        DOEL_KLANT, "Neem contact op: plan een gesprek (P) of leg er een vast (G)"
    ),
    sg.BESCHIKBAARHEID_LAGER: Oplossing(
        DOEL_KLANT, "Bespreek de beschikbaarheid; pas de uren aan met E (bewerk klant)"
    ),
    sg.PASSENDE_ARBEID_VERRUIMD: Oplossing(
        DOEL_DOSSIER, "Bespreek de verbrede zoekrichting: alle arbeid is nu passend",
        stap=MethodeStap.OORDEELSVORMING,
    ),
    sg.EINDE_WW_NADERT: Oplossing(
        DOEL_DOSSIER, "Plan de warme overdracht naar de gemeente", stap=MethodeStap.UITVOEREN
    ),
    sg.PAWA_MOGELIJK: Oplossing(
        DOEL_DOSSIER, "Overweeg passend werkaanbod (stap Besluiten)", stap=MethodeStap.BESLUITEN
    ),
    sg.TOESTEMMING_NODIG: Oplossing(
        DOEL_DOSSIER, "Vraag toestemming en leg de goedkeuring vast (stap Besluiten)",
        stap=MethodeStap.BESLUITEN,
    ),
    sg.BEGELEIDINGSTIJD: Oplossing(
        DOEL_DOSSIER, "Overweeg een re-integratiebedrijf (stap Besluiten)", stap=MethodeStap.BESLUITEN
    ),
    sg.OUDEREN_WEGING: Oplossing(
        DOEL_DOSSIER, "Weeg de arbeidsmarktkansen expliciet (stap Oordeelsvorming)",
        stap=MethodeStap.OORDEELSVORMING,
    ),
    sg.SOLLICITATIEPLICHT: Oplossing(
        DOEL_SOLLICITATIES, "Bespreek de sollicitatieactiviteiten en leg de opvolging vast (O)"
    ),
    sg.WERKPLAN_ONVOLLEDIG: Oplossing(DOEL_WERKPLAN, "Vul de onderbouwing aan en stel het werkplan vast"),
    sg.CASUISTIEK: Oplossing(DOEL_CASUISTIEK, "Plan een casuïstiekbespreking"),
}


def _kan(app, methode: str, scherm: str) -> bool:
    if callable(getattr(app, methode, None)):
        return True
    return scherm in (getattr(app, "SCREENS", None) or {})


def _roep(functie, klant_id: int, stap: Optional[MethodeStap]) -> None:
    try:
        parameters = inspect.signature(functie).parameters
    except (TypeError, ValueError):
        parameters = {}
    if stap is not None and "stap" in parameters:
        functie(klant_id, stap=stap)
    else:
        functie(klant_id)


def open_signaal(app, klant_id: Optional[int], signaal: sg.Signaal) -> str:
    """Open where ``signaal`` is resolved; returns the kind of place opened."""
    oplossing = OPLOSSINGEN.get(signaal.code, Oplossing(DOEL_KLANT, "Bekijk het dossier"))
    doel = oplossing.doel
    if doel == DOEL_CASUISTIEK:
        if callable(getattr(app, "open_casuistiek", None)):
            app.open_casuistiek()
            return DOEL_CASUISTIEK
        app.notify(f"{signaal.uitleg} {oplossing.actie}.", title="Casuïstiek", timeout=6)
        return DOEL_KLANT
    if klant_id is None:
        return ""
    if doel == DOEL_DOSSIER and _kan(app, "open_dossier", "dossier"):
        _roep(getattr(app, "open_dossier", None) or (lambda k, **_: app.push_screen("dossier")), klant_id,
              oplossing.stap)
        return DOEL_DOSSIER
    if doel == DOEL_SOLLICITATIES and callable(getattr(app, "open_sollicitaties", None)):
        from werkcoach_tui.screens.klant import KlantScherm

        app.diensten.klanten.kaart(klant_id)  # NietGevonden before anything opens
        app.push_screen(KlantScherm(klant_id))  # Escape leads back to the klant card
        app.open_sollicitaties(klant_id)
        app.notify(f"{oplossing.actie}.", title=signaal.titel, timeout=6)
        return DOEL_SOLLICITATIES
    if doel == DOEL_SOLLICITATIES:
        doel = DOEL_WERKPLAN  # no 4-week check screen in this app: the werkplan is the nearest place
    if doel == DOEL_WERKPLAN and _kan(app, "open_werkplan", "werkplan"):
        _roep(getattr(app, "open_werkplan", None) or (lambda k, **_: app.push_screen("werkplan")), klant_id, None)
        return DOEL_WERKPLAN

    from werkcoach_tui.screens.klant import KlantScherm

    scherm = KlantScherm(klant_id)
    if doel == DOEL_GESPREK and oplossing.gesprek_type is not None:
        from werkcoach_tui.screens.gesprek_formulier import GesprekFormulier

        klant = app.diensten.klanten.kaart(klant_id).klant  # NietGevonden before anything opens
        app.push_screen(scherm)
        app.push_screen(
            GesprekFormulier(klant, plannen=True, type=oplossing.gesprek_type), scherm._na_opslaan
        )
        return DOEL_GESPREK
    app.push_screen(scherm)
    if doel in (DOEL_DOSSIER, DOEL_WERKPLAN):
        waar = "Het dossierscherm" if doel == DOEL_DOSSIER else "Het werkplanscherm"
        app.notify(f"{oplossing.actie}. {waar} is hier niet te openen; werk het bij vanaf de klantkaart.",
                   title=signaal.titel, timeout=8)
    else:
        app.notify(f"{oplossing.actie}.", title=signaal.titel, timeout=8)
    return DOEL_KLANT
