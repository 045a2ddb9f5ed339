"""The guidance-time line on the klant card: cumulative time against the norm (2,5–4 uur)
and the signal at 6 hours without a result (``rules.gesprekken``)."""

from __future__ import annotations

from datetime import date
from typing import Iterable

from werkcoach_tui import constants as c
from werkcoach_tui.models.gesprek import Gesprek
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.rules.feiten import GesprekFeit
from werkcoach_tui.rules.gesprekken import (
    NormtijdStatus,
    begeleidingstijd_uren,
    normtijd_status,
    volgend_gesprek,
    zes_uur_bereikt_op,
)
from werkcoach_tui.rules.opmaak import formatteer_getal


def feiten(gesprekken: Iterable[Gesprek]) -> list[GesprekFeit]:
    return [GesprekFeit(g.datum, g.type, g.status, max(0, g.duur_minuten or 0)) for g in gesprekken]


def begeleiding_signaal(gesprekken: Iterable[Gesprek], today: date, resultaat_behaald: bool = False) -> str:
    """' · norm 2,5–4 u: binnen de normtijd' (Rich markup) plus the next contact moment."""
    f = feiten(gesprekken)
    uren = begeleidingstijd_uren(f, today)
    status = normtijd_status(uren, resultaat_behaald)
    norm = f"norm {formatteer_getal(c.NORMTIJD_MIN_UUR)}–{formatteer_getal(c.NORMTIJD_MAX_UUR, 0)} uur"
    kleur = {NormtijdStatus.ONDER: "", NormtijdStatus.BINNEN: "green", NormtijdStatus.BOVEN: "yellow",
             NormtijdStatus.ZONDER_RESULTAAT: "bold red"}[status]
    if status == NormtijdStatus.ZONDER_RESULTAAT:
        sinds = zes_uur_bereikt_op(f, today)
        regel = (f" ({norm})\n[{kleur}]⚠ {formatteer_getal(c.BEGELEIDING_ZONDER_RESULTAAT_UUR, 0)} uur of meer "
                 "zonder resultaat" + (f" sinds {formatteer_datum(sinds)}" if sinds else "") + "[/]")
    else:
        tekst = status.label.lower()
        regel = f" ({norm}: " + (f"[{kleur}]{tekst}[/]" if kleur else tekst) + ")"
    volgend = volgend_gesprek(f, today)
    regel += f"\nVolgend contact {formatteer_datum(volgend, 'niet gepland (P plant een gesprek)')}"
    return regel
