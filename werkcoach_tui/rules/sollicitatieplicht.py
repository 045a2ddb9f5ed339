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

from collections.abc import Iterable
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


def sollicitatie_perioden(
    ww_start: date,
    today: date,
    sollicitaties: Iterable[SollicitatieFeit] = (),
    vrijstellingen: Iterable[VrijstellingFeit] = (),
    norm: int = c.SOLLICITATIENORM_AANTAL,
    geboortedatum: date | None = None,
    ww_einde: date | None = None,
) -> list[Periode]:
    """All periods from the WW start up to the one containing ``today``.

    Periods starting after the last WW day are left out. Empty before the start.
    """
    if today < ww_start:
        return []
    vrij = tuple(vrijstellingen)
    laatste = periode_index(ww_start, today) or 0
    if ww_einde is not None and ww_einde >= ww_start:
        laatste = min(laatste, periode_index(ww_start, ww_einde) or 0)
    tellingen = [0] * (laatste + 1)
    for s in sollicitaties:
        i = periode_index(ww_start, s.datum)
        if i is not None and i <= laatste:
            tellingen[i] += 1
    perioden: list[Periode] = []
    aow_vanaf = aow_vrijstelling_vanaf(geboortedatum) if geboortedatum is not None else None
    for index in range(laatste + 1):
        van, tot = periode_grenzen(ww_start, index)
        dagen = 0
        redenen: list[str] = []
        if (
            (aow_vanaf is None or tot < aow_vanaf)
            and (ww_einde is None or tot <= ww_einde)
            and not any(v.van <= tot and (v.tot is None or v.tot >= van) for v in vrij)
        ):
            # Fast path (same result as the day loop): no exemption, AOW year or WW end
            # touches this period, so every day has the duty.
            dagen = PERIODE_DAGEN
        for n in range(PERIODE_DAGEN if dagen == 0 else 0):
            dag = van + timedelta(days=n)
            reden = reden_zonder_plicht(dag, vrij, geboortedatum, ww_einde)
            if reden is None:
                dagen += 1
            elif reden not in redenen:
                redenen.append(reden)
        perioden.append(
            Periode(
                nummer=index + 1,
                van=van,
                tot=tot,
                status=periode_status(van, today),
                aantal=tellingen[index],
                vereist=vereist_aantal(norm, dagen),
                norm=norm,
                dagen_met_plicht=dagen,
                redenen_zonder_plicht=tuple(redenen),
            )
        )
    return perioden


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
