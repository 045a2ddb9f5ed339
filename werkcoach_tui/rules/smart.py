"""SMART check for werkplan agreements (afspraken).

An agreement says who does what, how many, by when, and how it is shown.
:func:`smart_waarschuwingen` returns short Dutch warnings, each saying what to
add; an empty list means the agreement is SMART enough. Advisory only: the
adviser may save an agreement with warnings.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from werkcoach_tui.rules.datums import formatteer_datum, probeer_datum

VAGE_TERMEN = (
    "zo snel mogelijk",
    "zoveel mogelijk",
    "zo veel mogelijk",
    "regelmatig",
    "proberen",
    "af en toe",
    "binnenkort",
    "voldoende",
)
"""Words that make an agreement unmeasurable or open-ended."""
_VAAG_PATRONEN = tuple((term, re.compile(rf"\b{re.escape(term)}\b")) for term in VAGE_TERMEN)

W_WIE = "Vul in wie het doet: de klant of de adviseur."
W_WAT = "Beschrijf wat er gedaan wordt, bijvoorbeeld 'reageren op vacatures als orderpicker'."
W_HOEVEEL = "Maak de afspraak meetbaar: hoeveel? Bijvoorbeeld 4 sollicitaties per 4 weken."
W_HOEVEEL_NUL = "Hoeveel moet groter zijn dan 0."
W_WANNEER = "Zet er een termijn bij: vóór wanneer (dd-mm-jjjj)?"
W_WANNEER_ONGELDIG = "De termijn is geen geldige datum. Typ de datum als dd-mm-jjjj."
W_AANGETOOND = (
    "Leg vast hoe het wordt aangetoond, bijvoorbeeld met bevestigingsmails in de Werkmap."
)


def _leeg(waarde) -> bool:
    return waarde is None or (isinstance(waarde, str) and not waarde.strip())


def _aantal(waarde) -> Decimal | None:
    """A positive or zero number in ``hoeveel`` (int, Decimal or text with a number)."""
    if isinstance(waarde, bool):
        return None
    if isinstance(waarde, (int, float, Decimal)):
        return Decimal(str(waarde))
    m = re.search(r"\d+(?:[.,]\d+)?", str(waarde))
    if not m:
        return None
    try:
        return Decimal(m.group(0).replace(",", "."))
    except InvalidOperation:  # pragma: no cover - regex guarantees a number
        return None


def smart_waarschuwingen(
    wie=None,
    wat: str | None = None,
    hoeveel=None,
    wanneer: date | str | None = None,
    hoe_aangetoond: str | None = None,
    today: date | None = None,
) -> list[str]:
    """Dutch warnings for the missing parts of an agreement.

    ``hoeveel`` may be a number or a text containing one; without it a number in
    ``wat`` also makes the agreement measurable ("4 sollicitaties"). ``wanneer``
    may be a date or ``dd-mm-jjjj`` text; with ``today`` a deadline in the past
    is flagged too.
    """
    waarschuwingen: list[str] = []
    if _leeg(wie):
        waarschuwingen.append(W_WIE)
    if _leeg(wat):
        waarschuwingen.append(W_WAT)

    if _leeg(hoeveel):
        if _leeg(wat) or _aantal(wat) is None:
            waarschuwingen.append(W_HOEVEEL)
    else:
        n = _aantal(hoeveel)
        if n is None:
            waarschuwingen.append(W_HOEVEEL)
        elif n <= 0:
            waarschuwingen.append(W_HOEVEEL_NUL)

    if _leeg(wanneer):
        waarschuwingen.append(W_WANNEER)
    else:
        termijn = wanneer if isinstance(wanneer, date) else probeer_datum(str(wanneer))
        if termijn is None:
            waarschuwingen.append(W_WANNEER_ONGELDIG)
        elif today is not None and termijn < today:
            waarschuwingen.append(
                f"De termijn {formatteer_datum(termijn)} ligt in het verleden. "
                "Kies een datum vanaf vandaag."
            )

    if _leeg(hoe_aangetoond):
        waarschuwingen.append(W_AANGETOOND)

    tekst = (wat or "").lower()
    for term, patroon in _VAAG_PATRONEN:
        if term in tekst and patroon.search(tekst):
            waarschuwingen.append(
                f"'{term}' is niet meetbaar: maak het concreet (aantal en termijn)."
            )
    return waarschuwingen


def is_smart(
    wie=None,
    wat: str | None = None,
    hoeveel=None,
    wanneer: date | str | None = None,
    hoe_aangetoond: str | None = None,
    today: date | None = None,
) -> bool:
    return not smart_waarschuwingen(wie, wat, hoeveel, wanneer, hoe_aangetoond, today)
