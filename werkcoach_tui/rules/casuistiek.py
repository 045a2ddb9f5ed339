"""Case-review checklist: which items the recorded data can answer, and how.

Pure: f(summaries, age, today). ``None`` for a summary means the feature that provides it
is not available; such items are 'niet te bepalen' and left to the group.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import Beoordeling, ChecklistItem

NIET_TE_BEPALEN = "Niet te bepalen uit de gegevens: de groep beoordeelt dit."


@dataclass(frozen=True)
class Voorinvulling:
    item: ChecklistItem
    score: Beoordeling
    opmerking: str
    voorgevuld: bool


def _open(item: ChecklistItem, opmerking: str = NIET_TE_BEPALEN) -> Voorinvulling:
    return Voorinvulling(item, Beoordeling.NIET_BEOORDEELD, opmerking, False)


def _data(item: ChecklistItem, score: Beoordeling, opmerking: str) -> Voorinvulling:
    return Voorinvulling(item, score, opmerking, True)


def zelfredzaamheid(dossier) -> Voorinvulling:
    item = ChecklistItem.ZELFREDZAAMHEID
    if dossier is None:
        return _open(item)
    if dossier.zelfredzaam is None:
        return _data(item, Beoordeling.ONVOLDOENDE, "In de oordeelsvorming is niet vastgelegd of de klant zelfredzaam is.")
    tekst = f"Vastgelegd: zelfredzaam {dossier.zelfredzaam.label.lower()}"
    if not dossier.zelfredzaam_toelichting.strip():
        tekst += " (zonder toelichting)"
    return _data(item, Beoordeling.VOLDOENDE, tekst + ".")


def visie(dossier) -> Voorinvulling:
    item = ChecklistItem.VISIE
    if dossier is None:
        return _open(item)
    if not dossier.visie_werkcoach.strip():
        return _data(item, Beoordeling.ONVOLDOENDE, "De visie van de werkcoach ontbreekt.")
    return _open(item, "Visie aanwezig. De groep beoordeelt of die de vraag van werkgevers, de geschiktheid "
                       "van de klant en het gekozen instrument met elkaar verbindt.")


def instrumenten(dossier) -> Voorinvulling:
    item = ChecklistItem.INSTRUMENTEN
    if dossier is None:
        return _open(item)
    if not dossier.instrumenten:
        return _data(item, Beoordeling.NVT, "Er zijn geen instrumenten ingezet.")
    zonder = [i.instrument.label for i in dossier.instrumenten if not i.onderbouwing.strip()]
    if zonder:
        return _data(item, Beoordeling.ONVOLDOENDE, "Zonder onderbouwing: " + ", ".join(zonder) + ".")
    n = len(dossier.instrumenten)
    return _data(item, Beoordeling.VOLDOENDE,
                 f"{'Het instrument heeft' if n == 1 else f'Alle {n} instrumenten hebben'} een onderbouwing.")


def sollicitatieplicht(werkplan) -> Voorinvulling:
    item = ChecklistItem.SOLLICITATIEPLICHT
    if werkplan is None:
        return _open(item)
    if not werkplan.heeft_werkplan:
        return _open(item, "Er is geen werkplan, dus geen vastgelegde sollicitatieplicht: de groep beoordeelt dit.")
    if werkplan.perioden_tekort == 0:
        return _data(item, Beoordeling.VOLDOENDE, "Geen afgesloten periode van 4 weken onder de norm.")
    if werkplan.tekorten_opgevolgd >= werkplan.perioden_tekort:
        return _data(item, Beoordeling.VOLDOENDE,
                     f"Alle {werkplan.perioden_tekort} perioden onder de norm zijn opgevolgd.")
    return _data(item, Beoordeling.ONVOLDOENDE,
                 f"{werkplan.perioden_tekort - werkplan.tekorten_opgevolgd} van {werkplan.perioden_tekort} "
                 "perioden onder de norm zijn niet opgevolgd.")


def ouderen(leeftijd_jaren: Optional[int], dossier) -> Voorinvulling:
    item = ChecklistItem.OUDEREN
    if leeftijd_jaren is None:
        return _open(item, "Leeftijd onbekend: de groep beoordeelt of dit van toepassing is.")
    if leeftijd_jaren < c.OUDEREN_LEEFTIJD:
        return _data(item, Beoordeling.NVT, f"De klant is jonger dan {c.OUDEREN_LEEFTIJD}.")
    if dossier is None:
        return _open(item)
    if dossier.arbeidsmarktkansen_gewogen:
        return _data(item, Beoordeling.VOLDOENDE, "De arbeidsmarktkansen zijn expliciet gewogen.")
    return _data(item, Beoordeling.ONVOLDOENDE, "Klant is 57+ en de arbeidsmarktkansen zijn niet gewogen.")


def werkplan_smart(werkplan) -> Voorinvulling:
    item = ChecklistItem.WERKPLAN
    if werkplan is None:
        return _open(item)
    if not werkplan.heeft_werkplan:
        return _data(item, Beoordeling.ONVOLDOENDE, "Er is geen werkplan.")
    if werkplan.vastgesteld_op is None:
        return _data(item, Beoordeling.ONVOLDOENDE, "Het werkplan is nog niet vastgesteld (alleen een concept).")
    if werkplan.aantal_afspraken == 0:
        return _data(item, Beoordeling.ONVOLDOENDE, "Het werkplan bevat geen afspraken.")
    if werkplan.afspraken_niet_smart:
        return _data(item, Beoordeling.ONVOLDOENDE,
                     f"{werkplan.afspraken_niet_smart} van {werkplan.aantal_afspraken} afspraken zijn niet SMART.")
    return _data(item, Beoordeling.VOLDOENDE,
                 f"Vastgesteld (versie {werkplan.huidige_versie}); alle {werkplan.aantal_afspraken} afspraken SMART.")


def voorinvullen(dossier, werkplan, leeftijd_jaren: Optional[int]) -> list[Voorinvulling]:
    """One entry per checklist item, in the checklist's order."""
    return [
        zelfredzaamheid(dossier),
        visie(dossier),
        instrumenten(dossier),
        sollicitatieplicht(werkplan),
        ouderen(leeftijd_jaren, dossier),
        werkplan_smart(werkplan),
    ]
