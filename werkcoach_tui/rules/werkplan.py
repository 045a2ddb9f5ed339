"""Pure rules for the werkplan: comparing two versions.

``vergelijk_versies`` matches afspraken by their stable ``sleutel`` (a copied afspraak
keeps it), so an afspraak whose text was edited counts as *gewijzigd*, not as one
removed and one added.

The 4-week check itself lives in :mod:`rules.sollicitatieplicht` (one implementation for
the werkplan screen, its summaries and the signals).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from werkcoach_tui.models.enums import VrijstellingReden

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


REDEN_LABELS = {r.value: r.label for r in VrijstellingReden} | {"einde_ww": "Na het einde van de WW"}


def reden_label(reden: str) -> str:
    return REDEN_LABELS.get(reden, reden)
