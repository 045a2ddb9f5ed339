"""Which vacancies fit a klant: the search questions and filters for "vacatures voor deze klant".

Pure: ``match_opdracht(profiel, today)``. The service fills :class:`MatchProfiel` from the
dossier summary (wensberoepen, competenties, regio) when the dossier feature is there,
else from the klant card (laatste beroep, woonplaats).

* Occupations (wensberoepen, else the last occupation) are the main questions (weight 1.0);
  competences are asked as well, weighted lower (:data:`COMPETENTIE_GEWICHT`).
* Hours: the vacancy must be doable within the klant's available hours
  (its minimum ≤ beschikbare uren).
* Region: the dossier's regio when it lists places (comma-separated), else the woonplaats.
  Klanten in a border region also see vacancies in Germany and Belgium.
* Level: not filtered (a vmbo klant can drive a forklift in a job advertised at mbo 1);
  the adviser can set the level filter on the screen.
* Passende arbeid (``rules/passende_arbeid``): from 6 months in the WW all work is
  suitable: the list is widened to every vacancy in the region within the hours,
  with the klant's own occupations still ranked first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from werkcoach_tui.models.enums import Land, Opleidingsniveau
from werkcoach_tui.rules.passende_arbeid import passende_arbeid
from werkcoach_tui.rules.opmaak import formatteer_getal

COMPETENTIE_GEWICHT = 0.8
"""A vacancy found through a competence ranks below one found through an occupation."""
MAX_ZOEKVRAGEN = 8
MIN_MATCH_SCORE = 70.0
"""A vacancy found for a klant's occupation or competence must score at least this much:
one shared generic word (*medewerker*) is not a match."""


@dataclass(frozen=True)
class MatchProfiel:
    """What is known about the klant for matching (plain data)."""

    beroepen: tuple[str, ...] = ()
    competenties: tuple[str, ...] = ()
    regio: str | None = None
    beschikbare_uren: float | None = None
    opleidingsniveau: Opleidingsniveau | None = None
    ww_startdatum: date | None = None
    grensregio: bool = False
    max_reistijd_minuten: int | None = None
    bron: str = "klantgegevens"
    """``dossier`` (beeldvorming) or ``klantgegevens`` (laatste beroep, woonplaats)."""


@dataclass(frozen=True)
class MatchOpdracht:
    """The questions and filters that find vacancies for a klant, with the Dutch reasoning."""

    zoekvragen: tuple[tuple[str, float], ...]
    plaats: str | None
    landen: frozenset[str]
    uren_max: float | None
    opleidingsniveau: Opleidingsniveau | None
    """Left empty by :func:`match_opdracht`; the screen's level filter may set it."""
    alle_arbeid: bool
    uitleg: tuple[str, ...] = field(default=())


def _uniek(teksten) -> list[str]:
    gezien: set[str] = set()
    uit = []
    for t in teksten:
        t = (t or "").strip()
        if t and t.lower() not in gezien:
            gezien.add(t.lower())
            uit.append(t)
    return uit


def match_opdracht(profiel: MatchProfiel, today: date) -> MatchOpdracht:
    beroepen = _uniek(profiel.beroepen)
    competenties = [c for c in _uniek(profiel.competenties) if c.lower() not in {b.lower() for b in beroepen}]
    vragen = [(b, 1.0) for b in beroepen] + [(c, COMPETENTIE_GEWICHT) for c in competenties]
    vragen = vragen[:MAX_ZOEKVRAGEN]

    uitleg: list[str] = []
    bron = "dossier (beeldvorming)" if profiel.bron == "dossier" else "klantgegevens"
    if beroepen:
        uitleg.append(f"Gezocht op {', '.join(beroepen)}" + (f" en {', '.join(competenties)}" if competenties else "")
                      + f" (uit {bron}).")
    elif competenties:
        uitleg.append(f"Gezocht op de competenties {', '.join(competenties)} (uit {bron}).")
    else:
        uitleg.append("Geen wensberoep, beroep of competenties bekend: vul de beeldvorming of het laatste beroep in.")

    alle = False
    if profiel.ww_startdatum is not None:
        pa = passende_arbeid(profiel.ww_startdatum, today)
        alle = pa.verruimd
        uitleg.append(pa.uitleg)
        if alle:
            uitleg.append("Daarom staan na de eigen beroepen ook alle andere vacatures in de regio.")

    plaats = (profiel.regio or "").strip() or None
    if plaats:
        reis = (f", reistijd tot {profiel.max_reistijd_minuten} minuten" if profiel.max_reistijd_minuten else "")
        uitleg.append(f"Regio: {plaats}{reis}.")
    else:
        uitleg.append("Regio onbekend: vacatures in alle plaatsen.")

    landen = frozenset({Land.NL.value})
    if profiel.grensregio:
        landen = frozenset(m.value for m in Land)
        uitleg.append("Grensregio: ook vacatures in Duitsland en België.")

    uren = profiel.beschikbare_uren
    if uren is not None and uren > 0:
        uitleg.append(f"Uren: vacatures te doen binnen {formatteer_getal(uren)} uur per week.")
    else:
        uren = None

    return MatchOpdracht(
        zoekvragen=tuple(vragen),
        plaats=plaats,
        landen=landen,
        uren_max=uren,
        opleidingsniveau=None,
        alle_arbeid=alle,
        uitleg=tuple(uitleg),
    )
