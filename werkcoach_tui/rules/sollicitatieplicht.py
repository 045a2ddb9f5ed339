"""Sollicitatieplicht: the application duty, checked per 4-week period.

Periods
    Counted from the WW start: period *k* (0-based) covers the days
    ``[ww_start + 28k, ww_start + 28(k+1))``; ``Periode.nummer`` is *k + 1*.
    An activity on a boundary day belongs to the period that **starts** that day.

Norm
    ``KlantFeiten.sollicitatienorm`` activities per 4 weeks (default
    ``SOLLICITATIENORM_AANTAL`` = 4; the werkplan may agree another number).

Days without duty
    A day has no application duty when it is covered by an exemption
    (``VrijstellingFeit``, both ends inclusive), lies after the last WW day, or
    lies within 1 year (``AOW_VRIJSTELLING_MAANDEN``) of the AOW date: from
    ``aow_datum - 12 months`` on there is no duty at all.

Proportional norm and rounding
    required = ``floor(norm × days with duty / 28)``. Rounding is **down**, in the
    klant's favour: with the norm of 4 that is exactly one activity per full
    week with duty (7 exempt days → 3; 10 exempt days → 18 duty days → 2). A
    period fully covered requires 0.

Status
    A period is *open* (lopend) while ``today`` lies in it and *gesloten* from the
    day after its last day. Only a closed period can fall short (``tekort``);
    the software never decides on a sanction: a shortfall leads to a conversation.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import LabeledEnum, VrijstellingReden
from werkcoach_tui.rules.datums import (
    add_months,
    aow_vrijstelling_vanaf,
    formatteer_datum,
)
from werkcoach_tui.rules.feiten import KlantFeiten, SollicitatieFeit, VrijstellingFeit

PERIODE_DAGEN = c.SOLLICITATIENORM_PERIODE_WEKEN * 7
"""28 days."""

BEGRENSDE_REDENEN = frozenset({VrijstellingReden.MANTELZORG, VrijstellingReden.CRISIS})
"""Exemptions that last at most ``VRIJSTELLING_MAX_MAANDEN`` (6 months)."""


class PeriodeStatus(LabeledEnum):
    OPEN = ("open", "Lopend")
    GESLOTEN = ("gesloten", "Afgesloten")


@dataclass(frozen=True)
class Periode:
    nummer: int
    """1-based period number since the WW start."""
    van: date
    tot: date
    """Last day of the period (inclusive): ``van + 27 days``."""
    status: PeriodeStatus
    aantal: int
    """Application activities counted in the period."""
    vereist: int
    """Required for this period (norm, proportional to the days with duty)."""
    norm: int
    dagen_met_plicht: int
    redenen_zonder_plicht: tuple[str, ...] = ()
    """Why some days have no duty: VrijstellingReden values, ``"einde_ww"``."""

    @property
    def gesloten(self) -> bool:
        return self.status == PeriodeStatus.GESLOTEN

    @property
    def volledig_vrijgesteld(self) -> bool:
        return self.dagen_met_plicht == 0

    @property
    def deels_vrijgesteld(self) -> bool:
        return 0 < self.dagen_met_plicht < PERIODE_DAGEN

    @property
    def tekort(self) -> bool:
        """Closed with fewer activities than required."""
        return self.gesloten and self.aantal < self.vereist

    @property
    def achterstand(self) -> int:
        return max(0, self.vereist - self.aantal)

    @property
    def omschrijving(self) -> str:
        return (
            f"Periode {self.nummer} ({formatteer_datum(self.van)} t/m "
            f"{formatteer_datum(self.tot)}): {self.aantal} van {self.vereist} "
            f"sollicitatieactiviteiten"
        )


# --- period arithmetic ----------------------------------------------------------
def periode_grenzen(ww_start: date, index: int) -> tuple[date, date]:
    """(first day, last day inclusive) of period ``index`` (0-based)."""
    van = ww_start + timedelta(days=PERIODE_DAGEN * index)
    return van, van + timedelta(days=PERIODE_DAGEN - 1)


def periode_index(ww_start: date, dag: date) -> int | None:
    """0-based period of ``dag``; None before the WW start."""
    if dag < ww_start:
        return None
    return (dag - ww_start).days // PERIODE_DAGEN


def periode_status(periode_van: date, today: date) -> PeriodeStatus:
    """*gesloten* once ``today`` is past the period's last day, else *open*."""
    if today >= periode_van + timedelta(days=PERIODE_DAGEN):
        return PeriodeStatus.GESLOTEN
    return PeriodeStatus.OPEN


def vereist_aantal(norm: int, dagen_met_plicht: int) -> int:
    """``floor(norm × dagen_met_plicht / 28)``: rounded down, in the klant's favour."""
    dagen = max(0, min(PERIODE_DAGEN, dagen_met_plicht))
    return (norm * dagen) // PERIODE_DAGEN


def reden_zonder_plicht(
    dag: date,
    vrijstellingen: Iterable[VrijstellingFeit] = (),
    geboortedatum: date | None = None,
    ww_einde: date | None = None,
) -> str | None:
    """Why ``dag`` has no application duty (a VrijstellingReden value or
    ``"einde_ww"``), or None when the duty applies."""
    if geboortedatum is not None and dag >= aow_vrijstelling_vanaf(geboortedatum):
        return VrijstellingReden.AOW_NADERT.value
    for v in vrijstellingen:
        if v.dekt(dag):
            return VrijstellingReden(v.reden).value
    if ww_einde is not None and dag > ww_einde:
        return "einde_ww"
    return None


def vrijgesteld_op(
    dag: date,
    vrijstellingen: Iterable[VrijstellingFeit] = (),
    geboortedatum: date | None = None,
) -> VrijstellingReden | None:
    """The exemption (or the AOW rule) that frees the klant of the duty on ``dag``."""
    reden = reden_zonder_plicht(dag, vrijstellingen, geboortedatum)
    return VrijstellingReden(reden) if reden else None


# --- days with duty, by intervals --------------------------------------------------
# The rule is per day (``reden_zonder_plicht``); counting it by interval arithmetic gives
# the same result (a property test compares every period with the day-by-day count) and
# is fast enough for a caseload of 10,000 klanten.
_DAG = timedelta(days=1)
_PERIODE_MIN_1 = timedelta(days=PERIODE_DAGEN - 1)


def _vrije_intervallen(
    van: date,
    tot: date,
    vrijstellingen: Sequence[VrijstellingFeit],
    aow_vanaf: date | None,
    ww_einde: date | None,
) -> list[tuple[date, date, str]]:
    """(van, tot, reden) of the days without duty within [van, tot], in the order
    :func:`reden_zonder_plicht` gives precedence: AOW, exemptions (first match), einde WW."""
    uit: list[tuple[date, date, str]] = []
    if aow_vanaf is not None and aow_vanaf <= tot:
        uit.append((max(van, aow_vanaf), tot, VrijstellingReden.AOW_NADERT.value))
    for v in vrijstellingen:
        a, b = max(van, v.van), tot if v.tot is None else min(tot, v.tot)
        if a <= b:
            uit.append((a, b, VrijstellingReden(v.reden).value))
    if ww_einde is not None and ww_einde < tot:
        uit.append((max(van, ww_einde + _DAG), tot, "einde_ww"))
    return uit


def _dagen_en_redenen(intervallen: list[tuple[date, date, str]]) -> tuple[int, tuple[str, ...]]:
    """Days with duty in a period and the reasons for the others, from its free intervals."""
    if not intervallen:
        return PERIODE_DAGEN, ()
    # Union of the covered days.
    gedekt = 0
    stukken = sorted((a, b) for a, b, _ in intervallen)
    huidig_van, huidig_tot = stukken[0]
    for a, b in stukken[1:]:
        if a <= huidig_tot + _DAG:
            huidig_tot = max(huidig_tot, b)
        else:
            gedekt += (huidig_tot - huidig_van).days + 1
            huidig_van, huidig_tot = a, b
    gedekt += (huidig_tot - huidig_van).days + 1
    # The reason of a day is the first interval (in precedence order) covering it; the
    # reasons are listed in the order of the first day each one wins, as the day rule does.
    eerste: dict[str, date] = {}
    for i, (a, b, reden) in enumerate(intervallen):
        dag = a
        for x, y in sorted((x, y) for x, y, _ in intervallen[:i]):
            if x <= dag <= y:
                dag = y + _DAG
        if dag <= b and (reden not in eerste or dag < eerste[reden]):
            eerste[reden] = dag
    return PERIODE_DAGEN - gedekt, tuple(sorted(eerste, key=eerste.__getitem__))


def norm_op(dag: date, normen: Sequence[tuple[date, int]], standaard: int) -> int:
    """The norm in force on ``dag``: the last (vanaf, norm) with vanaf <= dag."""
    if not normen:
        return standaard
    i = bisect_right([n[0] for n in normen], dag)
    return normen[i - 1][1] if i else standaard


def _laatste_index(ww_start: date, today: date, ww_einde: date | None) -> int:
    """The last period to show: the one containing today, or the one containing the WW end."""
    laatste = (today - ww_start).days // PERIODE_DAGEN
    if ww_einde is not None and ww_einde >= ww_start:
        laatste = min(laatste, (ww_einde - ww_start).days // PERIODE_DAGEN)
    return laatste


def _datum(s: SollicitatieFeit | date) -> date:
    return s if isinstance(s, date) else s.datum


def _periode(
    ww_start: date,
    index: int,
    today: date,
    aantal: int,
    vrijstellingen: Sequence[VrijstellingFeit],
    normen: Sequence[tuple[date, int]],
    standaard_norm: int,
    aow_vanaf: date | None,
    ww_einde: date | None,
) -> Periode:
    van, tot = periode_grenzen(ww_start, index)
    dagen, redenen = _dagen_en_redenen(_vrije_intervallen(van, tot, vrijstellingen, aow_vanaf, ww_einde))
    norm = norm_op(van, normen, standaard_norm)
    return Periode(
        nummer=index + 1,
        van=van,
        tot=tot,
        status=periode_status(van, today),
        aantal=aantal,
        vereist=vereist_aantal(norm, dagen),
        norm=norm,
        dagen_met_plicht=dagen,
        redenen_zonder_plicht=redenen,
    )


def sollicitatie_perioden(
    ww_start: date,
    today: date,
    sollicitaties: Iterable[SollicitatieFeit | date] = (),
    vrijstellingen: Iterable[VrijstellingFeit] = (),
    norm: int = c.SOLLICITATIENORM_AANTAL,
    geboortedatum: date | None = None,
    ww_einde: date | None = None,
    normen: Sequence[tuple[date, int]] = (),
) -> list[Periode]:
    """All periods from the WW start up to the one containing ``today``.

    Periods starting after the last WW day are left out. Empty before the start.
    ``norm`` is the norm without a finalised werkplan; ``normen`` lists (vanaf, norm) of the
    finalised werkplan versions: each period takes the norm in force on its first day.
    """
    if today < ww_start:
        return []
    vrij = tuple(vrijstellingen)
    normen = sorted(normen)
    laatste = _laatste_index(ww_start, today, ww_einde)
    tellingen = [0] * (laatste + 1)
    for s in sollicitaties:
        d = _datum(s)
        if d >= ww_start:
            i = (d - ww_start).days // PERIODE_DAGEN
            if i <= laatste:
                tellingen[i] += 1
    aow_vanaf = aow_vrijstelling_vanaf(geboortedatum) if geboortedatum is not None else None
    return [
        _periode(ww_start, index, today, tellingen[index], vrij, normen, norm, aow_vanaf, ww_einde)
        for index in range(laatste + 1)
    ]


def laatste_gesloten_periode_grenzen(
    ww_start: date | None, today: date, ww_einde: date | None = None
) -> tuple[date, date] | None:
    """(first, last day) of the last closed period on ``today``, or None when none closed yet.

    Only the activities in this window decide :func:`laatste_gesloten_periode_voor`, so a
    bulk reader may load just these (``services/werkplan.py``)."""
    if ww_start is None or today < ww_start:
        return None
    # (Plain day arithmetic: the same as ``_laatste_index``, ``periode_grenzen`` and
    # ``periode_status``, which a test pins; asked for every klant of the caseload.)
    dagen = (today - ww_start).days
    laatste = dagen // PERIODE_DAGEN
    if ww_einde is not None and ww_einde >= ww_start:
        laatste = min(laatste, (ww_einde - ww_start).days // PERIODE_DAGEN)
    if dagen < PERIODE_DAGEN * (laatste + 1):
        laatste -= 1  # that period is still open on ``today``
    if laatste < 0:
        return None
    van = ww_start + timedelta(days=PERIODE_DAGEN * laatste)
    return van, van + _PERIODE_MIN_1


def laatste_gesloten_periode_voor(feiten: KlantFeiten, today: date) -> Periode | None:
    """The last closed period of one klant (the one the signal judges), computed alone.

    Needs only the activities within :func:`laatste_gesloten_periode_grenzen`."""
    return _laatste_gesloten(feiten, today, alleen_tekort=False)


def laatste_gesloten_tekort(feiten: KlantFeiten, today: date) -> Periode | None:
    """The last closed period when it fell short, else None (the dashboard's question)."""
    return _laatste_gesloten(feiten, today, alleen_tekort=True)


def _laatste_gesloten(feiten: KlantFeiten, today: date, *, alleen_tekort: bool) -> Periode | None:
    start = feiten.ww_startdatum
    grenzen = laatste_gesloten_periode_grenzen(start, today, feiten.ww_einddatum)
    if grenzen is None:
        return None
    van, tot = grenzen
    aantal = 0
    for s in feiten.sollicitaties:
        d = s if type(s) is date else s.datum  # (``_datum``, inlined: once per activity)
        if van <= d <= tot:
            aantal += 1
    if alleen_tekort and aantal >= norm_op(van, feiten.sollicitatienormen, feiten.sollicitatienorm):
        return None  # the required number never exceeds the norm: no shortfall possible
    geb = feiten.geboortedatum
    periode = _periode(
        start, (van - start).days // PERIODE_DAGEN, today, aantal,
        feiten.vrijstellingen, feiten.sollicitatienormen, feiten.sollicitatienorm,
        aow_vrijstelling_vanaf(geb) if geb is not None else None, feiten.ww_einddatum,
    )
    if alleen_tekort and not periode.tekort:
        return None
    return periode


def tekort_perioden(
    ww_start: date,
    today: date,
    datums: Sequence[date],
    vrijstellingen: Iterable[VrijstellingFeit] = (),
    normen: Sequence[tuple[date, int]] = (),
    geboortedatum: date | None = None,
    ww_einde: date | None = None,
    standaard_norm: int = c.SOLLICITATIENORM_AANTAL,
) -> list[date]:
    """First days of the closed periods that fall short: the same as
    ``[p.van for p in sollicitatie_perioden(...) if p.tekort]`` (a test pins it), without
    building every period; for the bulk summary. ``datums`` must be sorted."""
    if today < ww_start:
        return []
    vrij = tuple(vrijstellingen)
    normen = sorted(normen)
    laatste = _laatste_index(ww_start, today, ww_einde)
    aow_vanaf = aow_vrijstelling_vanaf(geboortedatum) if geboortedatum else None
    uit: list[date] = []
    vanaf = [n[0] for n in normen]
    stap = timedelta(days=PERIODE_DAGEN)
    for index in range(laatste + 1):
        van = ww_start + stap * index
        volgende = van + stap
        if today < volgende:
            break  # this period (and every later one) is still open
        aantal = bisect_left(datums, volgende) - bisect_left(datums, van)
        if vanaf:
            i = bisect_right(vanaf, van)
            norm = normen[i - 1][1] if i else standaard_norm
        else:
            norm = standaard_norm
        if aantal >= norm:
            continue
        tot = volgende - _DAG
        dagen, _ = _dagen_en_redenen(_vrije_intervallen(van, tot, vrij, aow_vanaf, ww_einde))
        if aantal < vereist_aantal(norm, dagen):
            uit.append(van)
    return uit


def perioden_voor(feiten: KlantFeiten, today: date) -> list[Periode]:
    """:func:`sollicitatie_perioden` for one klant; empty without a WW start."""
    if feiten.ww_startdatum is None:
        return []
    return sollicitatie_perioden(
        feiten.ww_startdatum,
        today,
        feiten.sollicitaties,
        feiten.vrijstellingen,
        feiten.sollicitatienorm,
        feiten.geboortedatum,
        feiten.ww_einddatum,
        feiten.sollicitatienormen,
    )


def laatste_gesloten_periode(perioden: Iterable[Periode]) -> Periode | None:
    gesloten = [p for p in perioden if p.gesloten]
    return gesloten[-1] if gesloten else None


# --- exemptions -------------------------------------------------------------------
def max_einde_vrijstelling(van: date) -> date:
    """Last allowed day (inclusive) of a 6-month exemption starting on ``van``:
    ``van + 6 months - 1 day`` (01-01 → 30-06)."""
    return add_months(van, c.VRIJSTELLING_MAX_MAANDEN) - timedelta(days=1)


def valideer_vrijstelling(
    reden: VrijstellingReden | str, van: date | None, tot: date | None
) -> list[str]:
    """Dutch error messages for an exemption; an empty list means it is valid.

    Refused: no start date; an end before the start; mantelzorg or a private
    crisis without an end date or longer than 6 months (``van`` up to and
    including ``van + 6 months - 1 day``).
    """
    fouten: list[str] = []
    r = VrijstellingReden(reden)
    if van is None:
        fouten.append("Vul de begindatum van de vrijstelling in (dd-mm-jjjj).")
        return fouten
    if tot is not None and tot < van:
        fouten.append(
            f"De einddatum {formatteer_datum(tot)} ligt vóór de begindatum "
            f"{formatteer_datum(van)}. Kies een einddatum op of na de begindatum."
        )
        return fouten
    if r in BEGRENSDE_REDENEN:
        grens = max_einde_vrijstelling(van)
        naam = r.label.lower()
        if tot is None:
            fouten.append(
                f"Vul een einddatum in: een vrijstelling voor {naam} duurt ten hoogste "
                f"{c.VRIJSTELLING_MAX_MAANDEN} maanden (uiterlijk t/m {formatteer_datum(grens)})."
            )
        elif tot > grens:
            fouten.append(
                f"Een vrijstelling voor {naam} duurt ten hoogste "
                f"{c.VRIJSTELLING_MAX_MAANDEN} maanden. Kies een einddatum tot en met "
                f"{formatteer_datum(grens)}, of leg daarna een nieuwe afweging vast."
            )
    return fouten
