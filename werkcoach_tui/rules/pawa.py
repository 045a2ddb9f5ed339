"""Passend werkaanbod (PaWa): who is eligible, with the reasons in Dutch.

Eligible when all of these hold on ``today``:
  1. in the WW for at least 12 calendar months (from ``ww_start + 12 months``
     on), or at least 6 months when the adviser judged a risk of long-term
     unemployment (``risico_langdurig_werkloos is True``);
  2. available at least 12 hours per week;
  3. not exempt from the application duty today (an exemption or within
     1 year of the AOW age);
  4. not in a re-integration programme;
  5. not less than 1 month before the WW ends: eligible up to and including
     ``ww_einde - 1 month`` (exactly one month left is still eligible), not
     from the day after. Unknown WW end: no limit.

Unknown facts (no WW start, no hours) make the klant not eligible, with a
reason that says what to fill in. PaWa eligibility is computed, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import VrijstellingReden
from werkcoach_tui.rules.datums import add_months, formatteer_datum, volle_maanden_tussen
from werkcoach_tui.rules.feiten import KlantFeiten
from werkcoach_tui.rules.opmaak import formatteer_getal
from werkcoach_tui.rules.sollicitatieplicht import vrijgesteld_op


@dataclass(frozen=True)
class PawaUitkomst:
    geschikt: bool
    voldaan: tuple[str, ...]
    """Conditions that hold (Dutch)."""
    niet_voldaan: tuple[str, ...]
    """Conditions that do not hold or are unknown (Dutch); empty when eligible."""
    sinds: date | None = None
    """When the months-in-WW condition was met (the date for the signal)."""

    @property
    def redenen(self) -> tuple[str, ...]:
        """Why (not): the failing conditions, or the met ones when eligible."""
        return self.niet_voldaan if not self.geschikt else self.voldaan

    @property
    def uitleg(self) -> str:
        return "; ".join(self.redenen) + "."


def pawa_laatste_dag(ww_einde: date) -> date:
    """Last day PaWa can start: exactly 1 month before the WW end."""
    return add_months(ww_einde, -c.PAWA_MIN_MAANDEN_VOOR_EINDE_WW)


@dataclass(frozen=True)
class PawaToets:
    """The five conditions decided, without the texts (the dashboard asks for 10,000 klanten)."""

    start: date | None
    sinds: date | None
    """When the months-in-WW condition was met (12 months, or 6 with risk); None = not met."""
    uren_ok: bool
    vrij: VrijstellingReden | None
    traject: bool
    einde_ok: bool

    @property
    def geschikt(self) -> bool:
        return (
            self.sinds is not None and self.uren_ok and self.vrij is None and not self.traject
            and self.einde_ok
        )


def _maanden_voldaan_sinds(feiten: KlantFeiten, today: date) -> date | None:
    """When the months-in-WW condition was met (12 months, or 6 with risk); None = not met."""
    start = feiten.ww_startdatum
    if start is None:
        return None
    twaalf = add_months(start, c.PAWA_MIN_MAANDEN_WW)
    if today >= twaalf:
        return twaalf
    if feiten.risico_langdurig_werkloos is True:
        zes = add_months(start, c.PAWA_RISICO_MIN_MAANDEN_WW)
        if today >= zes:
            return zes
    return None


def _uren_ok(feiten: KlantFeiten) -> bool:
    uren = feiten.beschikbare_uren
    return uren is not None and uren >= c.PAWA_MIN_UREN_PER_WEEK


def _einde_ok(feiten: KlantFeiten, today: date) -> bool:
    einde = feiten.ww_einddatum
    return einde is None or today <= pawa_laatste_dag(einde)


def pawa_toets(feiten: KlantFeiten, today: date) -> PawaToets:
    """Decide the five conditions (see the module doc); :func:`pawa_geschiktheid` explains them."""
    return PawaToets(
        start=feiten.ww_startdatum,
        sinds=_maanden_voldaan_sinds(feiten, today),
        uren_ok=_uren_ok(feiten),
        vrij=vrijgesteld_op(today, feiten.vrijstellingen, feiten.geboortedatum),
        traject=bool(feiten.in_reintegratietraject),
        einde_ok=_einde_ok(feiten, today),
    )


def pawa_geschikt_sinds(feiten: KlantFeiten, today: date) -> date | None:
    """The date the months condition was met, when the klant is eligible today; else None.

    The same five conditions as :func:`pawa_toets` (``geschikt``), checked cheapest first
    and stopping at the first one not met (the dashboard asks this for every klant)."""
    sinds = _maanden_voldaan_sinds(feiten, today)
    if (
        sinds is None
        or not _uren_ok(feiten)
        or feiten.in_reintegratietraject
        or not _einde_ok(feiten, today)
        or vrijgesteld_op(today, feiten.vrijstellingen, feiten.geboortedatum) is not None
    ):
        return None
    return sinds


def pawa_geschiktheid(feiten: KlantFeiten, today: date) -> PawaUitkomst:
    """Eligibility with a Dutch line per condition (met or not)."""
    t = pawa_toets(feiten, today)
    voldaan: list[str] = []
    niet: list[str] = []

    # 1. maanden in de WW
    start = t.start
    if start is None:
        niet.append("WW-startdatum onbekend: vul die in om PaWa te beoordelen")
    else:
        maanden = max(0, volle_maanden_tussen(start, today)) if today >= start else 0
        zes_voorbij = today >= add_months(start, c.PAWA_RISICO_MIN_MAANDEN_WW)
        if t.sinds is not None and t.sinds == add_months(start, c.PAWA_MIN_MAANDEN_WW):
            voldaan.append(
                f"{maanden} maanden in de WW (minimaal {c.PAWA_MIN_MAANDEN_WW} maanden)"
            )
        elif t.sinds is not None:
            voldaan.append(
                f"{maanden} maanden in de WW met risico op langdurige werkloosheid "
                f"(minimaal {c.PAWA_RISICO_MIN_MAANDEN_WW} maanden)"
            )
        elif zes_voorbij and feiten.risico_langdurig_werkloos is None:
            niet.append(
                f"{maanden} maanden in de WW: minimaal {c.PAWA_MIN_MAANDEN_WW} maanden, of "
                f"{c.PAWA_RISICO_MIN_MAANDEN_WW} maanden met risico op langdurige "
                "werkloosheid (risico nog niet beoordeeld)"
            )
        else:
            niet.append(
                f"{maanden} maanden in de WW: minimaal {c.PAWA_MIN_MAANDEN_WW} maanden, of "
                f"{c.PAWA_RISICO_MIN_MAANDEN_WW} maanden met risico op langdurige werkloosheid"
            )

    # 2. beschikbaarheid
    uren = feiten.beschikbare_uren
    if uren is None:
        niet.append(
            f"beschikbare uren onbekend (minimaal {c.PAWA_MIN_UREN_PER_WEEK} uur per week nodig)"
        )
    elif t.uren_ok:
        voldaan.append(
            f"{formatteer_getal(uren)} uur per week beschikbaar "
            f"(minimaal {c.PAWA_MIN_UREN_PER_WEEK} uur)"
        )
    else:
        niet.append(
            f"{formatteer_getal(uren)} uur per week beschikbaar: minimaal "
            f"{c.PAWA_MIN_UREN_PER_WEEK} uur nodig"
        )

    # 3. vrijstelling sollicitatieplicht
    vrij = t.vrij
    if vrij is None:
        voldaan.append("geen vrijstelling van de sollicitatieplicht")
    elif vrij == VrijstellingReden.AOW_NADERT:
        niet.append(
            f"vrijgesteld van de sollicitatieplicht: binnen {c.AOW_VRIJSTELLING_MAANDEN} "
            "maanden van de AOW-leeftijd"
        )
    else:
        niet.append(f"vrijgesteld van de sollicitatieplicht ({vrij.label.lower()})")

    # 4. re-integratietraject
    if t.traject:
        niet.append("klant zit in een re-integratietraject")
    else:
        voldaan.append("geen re-integratietraject")

    # 5. einde WW
    einde = feiten.ww_einddatum
    if einde is not None:
        if not t.einde_ok:
            niet.append(
                f"WW eindigt op {formatteer_datum(einde)}: minder dan "
                f"{c.PAWA_MIN_MAANDEN_VOOR_EINDE_WW} maand voor het einde"
            )
        else:
            voldaan.append(
                f"WW eindigt op {formatteer_datum(einde)}: nog minstens "
                f"{c.PAWA_MIN_MAANDEN_VOOR_EINDE_WW} maand te gaan"
            )

    # One decision (pawa_toets); the lines only explain it (a property test pins that
    # ``geschikt`` is exactly "no unmet condition").
    geschikt = t.geschikt
    return PawaUitkomst(geschikt, tuple(voldaan), tuple(niet), t.sinds if geschikt else None)


def is_pawa_geschikt(feiten: KlantFeiten, today: date) -> bool:
    return pawa_geschiktheid(feiten, today).geschikt
