"""Ouderen (57+): the software asks that labour-market chances were weighed explicitly.

Advisers tend to follow an older klant's own view; from the day the klant turns
57 (the birthday itself included) the dossier asks for an explicit weighing.
A 29-02 birthday counts as 28-02 in a year without 29 February (see ``datums``).
"""

from __future__ import annotations

from datetime import date

from werkcoach_tui import constants as c
from werkcoach_tui.rules.datums import leeftijd, verjaardag


def wordt_57_op(geboortedatum: date) -> date:
    """The day the klant turns 57 (``OUDEREN_LEEFTIJD``)."""
    return verjaardag(geboortedatum, c.OUDEREN_LEEFTIJD)


def is_57_plus(geboortedatum: date | None, today: date) -> bool:
    """True from the 57th birthday on (that day included); False when unknown."""
    if geboortedatum is None:
        return False
    return leeftijd(geboortedatum, today) >= c.OUDEREN_LEEFTIJD


def weging_vereist(geboortedatum: date | None, today: date, gewogen: bool) -> bool:
    """True when the klant is 57+ and the chances were not (yet) weighed explicitly."""
    return is_57_plus(geboortedatum, today) and not gewogen
