"""Date arithmetic for the domain rules, and Dutch date input/output.

Every month calculation in the rules goes through :func:`add_months`, which
clamps to the end of the month: 31-01 + 1 month = 28-02 (29-02 in a leap
year), 31-08 + 1 month = 30-09. Offsets are always taken from the original
anchor date (start + n months), never by adding one month repeatedly, so
31-01 + 2 months = 31-03 and not 28-03.

Birthdays on 29 February follow the same clamp: in a year without 29 February
the person becomes a year older on **28 February** (one rule for every month
calculation in this package; for the 57+ weighing this asks one day early
rather than one day late).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from werkcoach_tui import constants as c

MAANDNAMEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
"""Dutch month names (index 0 = januari); never the system locale."""

DATUM_VOORBEELD = "01-03-2026"


# --- month arithmetic ---------------------------------------------------------
@lru_cache(maxsize=1 << 16)
def add_months(d: date, maanden: int) -> date:
    """``d`` plus ``maanden`` calendar months (may be negative), clamped to month end.

    Cached: the dashboard asks the same (date, offset) thousands of times."""
    index = d.year * 12 + (d.month - 1) + maanden
    jaar, maand0 = divmod(index, 12)
    maand = maand0 + 1
    dag = d.day
    if dag > 28:  # only then can the target month be too short (the dashboard calls this ~100k times)
        dag = min(dag, calendar.monthrange(jaar, maand)[1])
    return date(jaar, maand, dag)


@lru_cache(maxsize=1 << 14)
def volle_maanden_tussen(van: date, tot: date) -> int:
    """Whole calendar months from ``van`` to ``tot``: the largest n with
    ``add_months(van, n) <= tot``. Negative when ``tot`` lies before ``van``.

    Example: 31-01-2026 → 28-02-2026 is 1 month; → 27-02-2026 is 0 months.
    """
    n = (tot.year - van.year) * 12 + (tot.month - van.month)
    # n is an upper bound within one of the true answer; step down while too far.
    while add_months(van, n) > tot:
        n -= 1
    while add_months(van, n + 1) <= tot:
        n += 1
    return n


def maand_in_ww(ww_start: date, today: date) -> int:
    """The 1-based month of the WW that ``today`` falls in.

    Month 1 runs from ``ww_start`` up to (not including) ``ww_start + 1 month``;
    on ``ww_start + 6 months`` the klant is in month 7. Returns 0 before the start.
    """
    if today < ww_start:
        return 0
    return volle_maanden_tussen(ww_start, today) + 1


# --- age and AOW --------------------------------------------------------------
def verjaardag(geboortedatum: date, leeftijd_jaren: int) -> date:
    """The date someone turns ``leeftijd_jaren`` (29-02 → 28-02 in a non-leap year)."""
    return add_months(geboortedatum, 12 * leeftijd_jaren)


def leeftijd(geboortedatum: date, today: date) -> int:
    """Age in whole years on ``today``; the birthday itself counts (a year older that day)."""
    if today < geboortedatum:
        return 0
    return volle_maanden_tussen(geboortedatum, today) // 12


def aow_leeftijd(geboortedatum: date) -> tuple[int, int]:
    """(years, months) of the AOW age for this birth date, from ``AOW_LEEFTIJD_TABEL``."""
    gekozen = c.AOW_LEEFTIJD_TABEL[0]
    for rij in c.AOW_LEEFTIJD_TABEL:
        if geboortedatum >= rij[0]:
            gekozen = rij
    return gekozen[1], gekozen[2]


def aow_datum(geboortedatum: date) -> date:
    """The day the klant reaches the AOW age (the AOW starts that day)."""
    jaren, maanden = aow_leeftijd(geboortedatum)
    return add_months(geboortedatum, 12 * jaren + maanden)


@lru_cache(maxsize=8192)
def aow_vrijstelling_vanaf(geboortedatum: date) -> date:
    """First day without application duty: 12 months before the AOW date.

    Cached (a pure function of one date): the sollicitatieplicht rule asks it for
    every day of a period, for every klant on the dashboard.
    """
    return add_months(aow_datum(geboortedatum), -c.AOW_VRIJSTELLING_MAANDEN)


# --- Dutch input/output -------------------------------------------------------
def formatteer_datum(d: date | None, leeg: str = "") -> str:
    """``dd-mm-jjjj`` (Dutch habit); ``leeg`` for None."""
    if d is None:
        return leeg
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def formatteer_datum_lang(d: date) -> str:
    """``1 maart 2026`` with Dutch month names, independent of the locale."""
    return f"{d.day} {MAANDNAMEN[d.month - 1]} {d.year}"


_NL = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d+)$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def parse_datum(tekst: str | None) -> date:
    """Read a date typed as ``dd-mm-jjjj`` (also ``d-m-jjjj``, ``/`` or ``.``,
    ``ddmmjjjj``) or ISO ``jjjj-mm-dd``.

    Raises ``ValueError`` with a short Dutch message that names the problem and
    the fix, e.g. ``"31-02-2026 bestaat niet: februari 2026 heeft 28 dagen. ..."``.
    """
    if tekst is None or not str(tekst).strip():
        raise ValueError(
            f"Geen datum ingevuld. Typ de datum als dd-mm-jjjj, bijvoorbeeld {DATUM_VOORBEELD}."
        )
    t = str(tekst).strip()
    m = _ISO.match(t)
    if m:
        jaar, maand, dag = (int(x) for x in m.groups())
    else:
        m = _NL.match(t) or _COMPACT.match(t)
        if not m:
            raise ValueError(
                f"'{t}' is geen datum. Typ de datum als dd-mm-jjjj, "
                f"bijvoorbeeld {DATUM_VOORBEELD}."
            )
        dag_s, maand_s, jaar_s = m.groups()
        if len(jaar_s) != 4:
            raise ValueError(
                f"Het jaar in '{t}' is niet compleet. Typ het jaar met vier cijfers "
                f"(dd-mm-jjjj), bijvoorbeeld {DATUM_VOORBEELD}."
            )
        dag, maand, jaar = int(dag_s), int(maand_s), int(jaar_s)
    if jaar < 1900 or jaar > 2999:
        raise ValueError(
            f"Het jaar {jaar} in '{t}' is niet mogelijk. Typ een jaar tussen 1900 en 2999."
        )
    if not 1 <= maand <= 12:
        raise ValueError(
            f"Maand {maand} in '{t}' bestaat niet. Kies een maand van 1 tot en met 12 "
            f"(dd-mm-jjjj)."
        )
    dagen = calendar.monthrange(jaar, maand)[1]
    if not 1 <= dag <= dagen:
        raise ValueError(
            f"{t} bestaat niet: {MAANDNAMEN[maand - 1]} {jaar} heeft {dagen} dagen. "
            f"Kies een dag van 1 tot en met {dagen}."
        )
    return date(jaar, maand, dag)


def probeer_datum(tekst: str | None) -> date | None:
    """Like :func:`parse_datum` but None for empty or invalid input."""
    try:
        return parse_datum(tekst)
    except ValueError:
        return None
