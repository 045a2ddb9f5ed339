"""Pure rules for the werkplan: comparing two versions and the 4-week check at scale.

``vergelijk_versies`` matches afspraken by their stable ``sleutel`` (a copied afspraak
keeps it), so an afspraak whose text was edited counts as *gewijzigd*, not as one
removed and one added.

``perioden_met_normen`` gives the same periods as
:func:`rules.sollicitatieplicht.sollicitatie_perioden` (tests pin the equality), but
counts days with duty by interval arithmetic instead of day by day (fast enough for a
caseload of 10,000 klanten), and lets the norm change over time: each period uses the
norm of the werkplan in force on its first day.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import VrijstellingReden
from werkcoach_tui.rules.datums import aow_vrijstelling_vanaf
from werkcoach_tui.rules.feiten import SollicitatieFeit, VrijstellingFeit
from werkcoach_tui.rules.sollicitatieplicht import (
    PERIODE_DAGEN,
    Periode,
    periode_grenzen,
    periode_index,
    periode_status,
    vereist_aantal,
)

AFSPRAAK_VELDEN: tuple[tuple[str, str], ...] = (
    ("wie", "Wie"),
    ("wat", "Wat"),
    ("hoeveel", "Hoeveel / frequentie"),
    ("wanneer", "Per wanneer"),
    ("hoe_aangetoond", "Hoe aangetoond"),
    ("soort", "Soort"),
    ("status", "Status"),
    ("reden_niet_nagekomen", "Reden niet nagekomen"),
)
"""Fields compared between versions (internal notes are compared too, see below)."""


@dataclass(frozen=True)
class VeldWijziging:
    veld: str
    label: str
    oud: Any
    nieuw: Any


@dataclass(frozen=True)
class AfspraakWijziging:
    sleutel: str
    oud: Mapping[str, Any]
    nieuw: Mapping[str, Any]
    velden: tuple[VeldWijziging, ...]


@dataclass(frozen=True)
class VersieVergelijking:
    versie_a: int
    versie_b: int
    toegevoegd: tuple[Mapping[str, Any], ...] = ()
    verwijderd: tuple[Mapping[str, Any], ...] = ()
    gewijzigd: tuple[AfspraakWijziging, ...] = ()
    ongewijzigd: int = 0
    plan_wijzigingen: tuple[VeldWijziging, ...] = field(default=())
    """Changes of the version itself (sollicitatienorm and its reason)."""

    @property
    def gelijk(self) -> bool:
        return not (self.toegevoegd or self.verwijderd or self.gewijzigd or self.plan_wijzigingen)


PLAN_VELDEN = (("sollicitatienorm", "Sollicitatienorm"), ("sollicitatienorm_reden", "Reden andere norm"))


def _norm(waarde: Any) -> Any:
    if isinstance(waarde, str):
        return waarde.strip()
    return waarde


def vergelijk_versies(
    versie_a: int,
    plan_a: Mapping[str, Any],
    afspraken_a: Sequence[Mapping[str, Any]],
    versie_b: int,
    plan_b: Mapping[str, Any],
    afspraken_b: Sequence[Mapping[str, Any]],
) -> VersieVergelijking:
    """What changed from version A to version B. Afspraken are dicts with ``sleutel``
    and the fields of :data:`AFSPRAAK_VELDEN`; plans are dicts with the fields of
    :data:`PLAN_VELDEN`."""
    per_a = {a["sleutel"]: a for a in afspraken_a}
    per_b = {b["sleutel"]: b for b in afspraken_b}
    toegevoegd = tuple(b for b in afspraken_b if b["sleutel"] not in per_a)
    verwijderd = tuple(a for a in afspraken_a if a["sleutel"] not in per_b)
    gewijzigd: list[AfspraakWijziging] = []
    ongewijzigd = 0
    for b in afspraken_b:
        a = per_a.get(b["sleutel"])
        if a is None:
            continue
        velden = tuple(
            VeldWijziging(veld, label, a.get(veld), b.get(veld))
            for veld, label in AFSPRAAK_VELDEN
            if _norm(a.get(veld)) != _norm(b.get(veld))
        )
        if velden:
            gewijzigd.append(AfspraakWijziging(b["sleutel"], a, b, velden))
        else:
            ongewijzigd += 1
    plan = tuple(
        VeldWijziging(veld, label, plan_a.get(veld), plan_b.get(veld))
        for veld, label in PLAN_VELDEN
        if _norm(plan_a.get(veld)) != _norm(plan_b.get(veld))
    )
    return VersieVergelijking(versie_a, versie_b, toegevoegd, verwijderd, tuple(gewijzigd), ongewijzigd, plan)


# --- the 4-week check, by intervals -------------------------------------------------
def _overlap(a_van: date, a_tot: date, b_van: date, b_tot: date) -> tuple[date, date] | None:
    van, tot = max(a_van, b_van), min(a_tot, b_tot)
    return (van, tot) if van <= tot else None


def _vrije_intervallen(
    van: date,
    tot: date,
    vrijstellingen: Sequence[VrijstellingFeit],
    aow_vanaf: date | None,
    ww_einde: date | None,
) -> list[tuple[date, date, str]]:
    """(van, tot, reden) of the days without duty within [van, tot], in the order
    :func:`sollicitatieplicht.reden_zonder_plicht` gives precedence: AOW, exemptions
    (first match), einde WW."""
    uit: list[tuple[date, date, str]] = []
    if aow_vanaf is not None:
        o = _overlap(van, tot, aow_vanaf, date.max)
        if o:
            uit.append((o[0], o[1], VrijstellingReden.AOW_NADERT.value))
    for v in vrijstellingen:
        o = _overlap(van, tot, v.van, v.tot or date.max)
        if o:
            uit.append((o[0], o[1], VrijstellingReden(v.reden).value))
    if ww_einde is not None and ww_einde < date.max:
        o = _overlap(van, tot, ww_einde + timedelta(days=1), date.max)
        if o:
            uit.append((o[0], o[1], "einde_ww"))
    return uit


def _dagen_en_redenen(van: date, tot: date, intervallen: list[tuple[date, date, str]]) -> tuple[int, tuple[str, ...]]:
    if not intervallen:
        return PERIODE_DAGEN, ()
    # Union of the covered days, and the reasons in order of first day covered
    # (ties: precedence order of the list), as the day-by-day rule reports them.
    gedekt = 0
    stukken = sorted((a, b) for a, b, _ in intervallen)
    huidig_van, huidig_tot = stukken[0]
    for a, b in stukken[1:]:
        if a <= huidig_tot + timedelta(days=1):
            huidig_tot = max(huidig_tot, b)
        else:
            gedekt += (huidig_tot - huidig_van).days + 1
            huidig_van, huidig_tot = a, b
    gedekt += (huidig_tot - huidig_van).days + 1
    # reason per day = first interval in precedence order covering it; collect reasons
    # in the order their first "winning" day occurs.
    eerste: dict[str, date] = {}
    for i, (a, b, reden) in enumerate(intervallen):
        # first day in [a, b] not covered by an earlier (higher precedence) interval
        dag = a
        hogere = sorted((x, y) for x, y, _ in intervallen[:i])
        for x, y in hogere:
            if x <= dag <= y:
                dag = y + timedelta(days=1)
        if dag <= b and (reden not in eerste or dag < eerste[reden]):
            eerste[reden] = dag
    redenen = tuple(sorted(eerste, key=lambda r: eerste[r]))
    return PERIODE_DAGEN - gedekt, redenen


def norm_op(dag: date, normen: Sequence[tuple[date, int]], standaard: int) -> int:
    """The norm in force on ``dag``: the last (vanaf, norm) with vanaf <= dag."""
    if not normen:
        return standaard
    i = bisect_right([n[0] for n in normen], dag)
    return normen[i - 1][1] if i else standaard


def perioden_met_normen(
    ww_start: date,
    today: date,
    sollicitaties: Iterable[SollicitatieFeit | date] = (),
    vrijstellingen: Iterable[VrijstellingFeit] = (),
    normen: Sequence[tuple[date, int]] = (),
    geboortedatum: date | None = None,
    ww_einde: date | None = None,
    standaard_norm: int = c.SOLLICITATIENORM_AANTAL,
) -> list[Periode]:
    """The 4-week periods from the WW start up to today (see the module doc).

    ``normen``: (vanaf, norm) sorted by date: the werkplan versions as they were
    finalised. Before the first one the ``standaard_norm`` applies.
    """
    if today < ww_start:
        return []
    vrij = tuple(vrijstellingen)
    normen = sorted(normen)
    laatste = periode_index(ww_start, today) or 0
    if ww_einde is not None and ww_einde >= ww_start:
        laatste = min(laatste, periode_index(ww_start, ww_einde) or 0)
    tellingen = [0] * (laatste + 1)
    for s in sollicitaties:
        d = s if isinstance(s, date) else s.datum
        i = periode_index(ww_start, d)
        if i is not None and i <= laatste:
            tellingen[i] += 1
    aow_vanaf = aow_vrijstelling_vanaf(geboortedatum) if geboortedatum else None
    uit: list[Periode] = []
    for index in range(laatste + 1):
        van, tot = periode_grenzen(ww_start, index)
        dagen, redenen = _dagen_en_redenen(van, tot, _vrije_intervallen(van, tot, vrij, aow_vanaf, ww_einde))
        norm = norm_op(van, normen, standaard_norm)
        uit.append(
            Periode(
                nummer=index + 1,
                van=van,
                tot=tot,
                status=periode_status(van, today),
                aantal=tellingen[index],
                vereist=vereist_aantal(norm, dagen),
                norm=norm,
                dagen_met_plicht=dagen,
                redenen_zonder_plicht=redenen,
            )
        )
    return uit


REDEN_LABELS = {r.value: r.label for r in VrijstellingReden} | {"einde_ww": "Na het einde van de WW"}


def reden_label(reden: str) -> str:
    return REDEN_LABELS.get(reden, reden)


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
    ``[p.van for p in perioden_met_normen(...) if p.tekort]`` (a test pins it), without
    building the periods; for the bulk summary. ``datums`` must be sorted."""
    if today < ww_start:
        return []
    vrij = tuple(vrijstellingen)
    normen = sorted(normen)
    laatste = (today - ww_start).days // PERIODE_DAGEN
    if ww_einde is not None and ww_einde >= ww_start:
        laatste = min(laatste, (ww_einde - ww_start).days // PERIODE_DAGEN)
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
        tot = volgende - timedelta(days=1)
        dagen, _ = _dagen_en_redenen(van, tot, _vrije_intervallen(van, tot, vrij, aow_vanaf, ww_einde))
        if aantal < vereist_aantal(norm, dagen):
            uit.append(van)
    return uit
