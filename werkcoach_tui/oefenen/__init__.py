"""Oefenen met verzonnen casussen: het casusformaat en de feedback op een uitwerking.

Puur (standaardbibliotheek + de enums van het project); importeert geen Textual.
Het formaat staat in ``docs/oefencasus-formaat.md``.

De namen hieronder worden pas bij gebruik geïmporteerd (PEP 562), zodat
``python -m werkcoach_tui.oefenen.casus`` (de controle voor trainers) zonder
waarschuwing draait.
"""

from __future__ import annotations

import importlib
from typing import Any

_CASUS = (
    "FORMAAT_VERSIE",
    "SIGNALEN",
    "Beeldvorming",
    "CasusFout",
    "CasusKlant",
    "CasusNiveau",
    "HistorieGesprek",
    "InstrumentKeuze",
    "Kernpunt",
    "Modeluitwerking",
    "Oefencasus",
    "Signaal",
    "Situatie",
    "Werkverkenner",
    "WerkverkennerFactor",
    "casus_naar_dict",
    "casus_naar_json",
    "laad_alle",
    "laad_alle_met_fouten",
    "laad_casus",
    "schrijf_casus",
    "standaard_casusmap",
    "verschuif_casus",
)
_FEEDBACK = (
    "METHODE",
    "Feedback",
    "FeedbackOnderdeel",
    "FeedbackPunt",
    "FeedbackStatus",
    "TraineeUitwerking",
    "geef_feedback",
)

__all__ = [*_CASUS, *_FEEDBACK]


def __getattr__(naam: str) -> Any:
    if naam in _CASUS:
        module = importlib.import_module("werkcoach_tui.oefenen.casus")
    elif naam in _FEEDBACK:
        module = importlib.import_module("werkcoach_tui.oefenen.feedback")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")
    waarde = getattr(module, naam)
    globals()[naam] = waarde
    return waarde


def __dir__() -> list[str]:
    return sorted(__all__)
