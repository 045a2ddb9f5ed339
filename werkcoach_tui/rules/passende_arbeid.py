"""Passende arbeid: which work the klant must accept, by month in the WW.

WW started on or after 1 July 2015 (``PASSENDE_ARBEID_NIEUWE_REGELS_VANAF``)
    - first 6 months: work at the klant's own level (education, experience,
      at least 70 % of the old wage), travel up to 2 hours a day;
    - from ``ww_start + 6 calendar months``: all work, travel up to 3 hours a day.

WW started before 1 July 2015 (the old rule: the level was lowered gradually)
    - first 6 months: own level, travel up to 2 hours a day;
    - from 6 to 12 months: work one level lower, travel up to 2 hours a day;
    - from ``ww_start + 12 calendar months``: all work, travel up to 3 hours a day.

Boundary (a choice, pinned by tests): the 6-month point is ``ww_start + 6
calendar months`` (``add_months``, clamped to month end) and **on that day all
work is suitable**: the first 6 months are the days *before* it. A WW starting
on 31-08 widens on 28-02 (29-02 in a leap year).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from werkcoach_tui import constants as c
from werkcoach_tui.rules.datums import add_months, formatteer_datum

EIGEN_NIVEAU = "eigen_niveau"
LAGER_NIVEAU = "lager_niveau"
ALLE_ARBEID = "alle_arbeid"

FASE_LABELS = {
    EIGEN_NIVEAU: "Werk op eigen niveau",
    LAGER_NIVEAU: "Werk op een niveau lager",
    ALLE_ARBEID: "Alle arbeid is passend",
}

REGELING_NIEUW = "vanaf_2015_07_01"
REGELING_OUD = "voor_2015_07_01"


@dataclass(frozen=True)
class PassendeArbeid:
    fase: str
    """``eigen_niveau``, ``lager_niveau`` (old rule only) or ``alle_arbeid``."""
    regeling: str
    """``vanaf_2015_07_01`` or ``voor_2015_07_01``."""
    max_reistijd_uur_per_dag: int
    min_loon_procent: int | None
    """At least this % of the old wage (own level under the new rule), else None."""
    verruimd_op: date
    """The day all work becomes suitable."""
    volgende_fase_op: date | None
    """The day the next phase starts; None in the last phase."""

    @property
    def label(self) -> str:
        return FASE_LABELS[self.fase]

    @property
    def verruimd(self) -> bool:
        return self.fase == ALLE_ARBEID

    @property
    def uitleg(self) -> str:
        if self.fase == ALLE_ARBEID:
            return (
                f"Alle arbeid is passend sinds {formatteer_datum(self.verruimd_op)}; "
                f"reistijd tot {self.max_reistijd_uur_per_dag} uur per dag."
            )
        if self.fase == LAGER_NIVEAU:
            grens = formatteer_datum(c.PASSENDE_ARBEID_NIEUWE_REGELS_VANAF)
            return (
                f"Werk op een niveau lager is passend (oude regeling, WW vóór {grens}); "
                f"reistijd tot {self.max_reistijd_uur_per_dag} uur per dag; alle arbeid "
                f"vanaf {formatteer_datum(self.verruimd_op)}."
            )
        loon = (
            f" (minstens {self.min_loon_procent} % van het oude loon)"
            if self.min_loon_procent is not None
            else ""
        )
        return (
            f"Werk op eigen niveau{loon}; reistijd tot {self.max_reistijd_uur_per_dag} uur "
            f"per dag; volgende stap op {formatteer_datum(self.volgende_fase_op)}."
        )


def nieuwe_regeling(ww_start: date) -> bool:
    """True for WW that started on or after 1 July 2015."""
    return ww_start >= c.PASSENDE_ARBEID_NIEUWE_REGELS_VANAF


def verruimd_op(ww_start: date) -> date:
    """The day all work becomes suitable (6 months; 12 under the old rule)."""
    if nieuwe_regeling(ww_start):
        return add_months(ww_start, c.PASSENDE_ARBEID_EIGEN_NIVEAU_MAANDEN)
    return add_months(ww_start, c.PASSENDE_ARBEID_OUDE_REGEL_MAANDEN)


def passende_arbeid(ww_start: date, today: date) -> PassendeArbeid:
    """The suitable-work phase on ``today`` for a WW starting on ``ww_start``.

    Before the WW starts the first phase (own level) is returned.
    """
    zes_maanden = add_months(ww_start, c.PASSENDE_ARBEID_EIGEN_NIVEAU_MAANDEN)
    alles = verruimd_op(ww_start)
    if nieuwe_regeling(ww_start):
        regeling = REGELING_NIEUW
        if today < zes_maanden:
            return PassendeArbeid(
                EIGEN_NIVEAU,
                regeling,
                c.REISTIJD_EIGEN_NIVEAU_UUR_PER_DAG,
                c.PASSENDE_ARBEID_MIN_LOON_PROCENT,
                alles,
                zes_maanden,
            )
        return PassendeArbeid(
            ALLE_ARBEID, regeling, c.REISTIJD_ALLE_WERK_UUR_PER_DAG, None, alles, None
        )
    regeling = REGELING_OUD
    if today < zes_maanden:
        return PassendeArbeid(
            EIGEN_NIVEAU, regeling, c.REISTIJD_EIGEN_NIVEAU_UUR_PER_DAG, None, alles, zes_maanden
        )
    if today < alles:
        return PassendeArbeid(
            LAGER_NIVEAU, regeling, c.REISTIJD_EIGEN_NIVEAU_UUR_PER_DAG, None, alles, alles
        )
    return PassendeArbeid(
        ALLE_ARBEID, regeling, c.REISTIJD_ALLE_WERK_UUR_PER_DAG, None, alles, None
    )
