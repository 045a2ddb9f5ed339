"""Compact signal badges for tables: urgency symbol + short name, readable without colour.

``[!]`` hoog, ``[*]`` middel, ``[i]`` laag (the symbols of ``rules/signalen.py``);
colour only repeats what the symbol already says.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from werkcoach_tui.models.enums import Urgentie
from werkcoach_tui.rules import signalen as sg

KORT: dict[str, str] = {
    sg.INTAKE_TE_LAAT: "Intake",
    sg.WOG_AANGEWEZEN: "WOG",
    sg.MONITORGESPREK_NODIG: "Monitor",
    sg.PAWA_MOGELIJK: "PaWa",
    sg.CONTACT_TE_LANG_GELEDEN: "Contact",
    sg.SOLLICITATIEPLICHT: "Sollicitatie",
    sg.BESCHIKBAARHEID_LAGER: "Uren",
    sg.PASSENDE_ARBEID_VERRUIMD: "Passend",
    sg.EINDE_WW_NADERT: "Einde WW",
    sg.TOESTEMMING_NODIG: "Toestemming",
    sg.BEGELEIDINGSTIJD: "6 uur",
    sg.OUDEREN_WEGING: "57+",
    sg.WERKPLAN_ONVOLLEDIG: "Werkplan",
    sg.CASUISTIEK: "Casuïstiek",
}
"""Short names for the table column (the full title is in the signal list and the filter)."""

STIJL: dict[Urgentie, str] = {
    Urgentie.HOOG: "bold red",
    Urgentie.MIDDEL: "yellow",
    Urgentie.LAAG: "cyan",
}

LEGENDA = "[!] hoog · [*] middel · [i] laag"


def korte_badge(signaal: sg.Signaal) -> str:
    """``"[!]Intake"``: symbol and short name, no colour needed."""
    return f"{sg.URGENTIE_SYMBOOL[Urgentie(signaal.urgentie)]}{KORT.get(signaal.code, signaal.titel)}"


def badges(signalen: Sequence[sg.Signaal], breedte: int = 32) -> Text:
    """All badges of one klant on one line, most urgent first; ``+N`` when they do not fit."""
    tekst = Text(no_wrap=True, overflow="ellipsis")
    for i, s in enumerate(signalen):
        badge = korte_badge(s)
        rest = len(signalen) - i - 1
        reserve = len(f" +{rest}") if rest else 0
        nodig = len(badge) + (1 if tekst.plain else 0)
        if tekst.plain and len(tekst.plain) + nodig + reserve > breedte:
            tekst.append(f" +{len(signalen) - i}", style="bold")
            break
        if tekst.plain:
            tekst.append(" ")
        tekst.append(badge, style=STIJL[Urgentie(s.urgentie)])
    return tekst


def volle_badge(signaal: sg.Signaal) -> Text:
    """``[!] Intake te laat`` in the urgency's colour."""
    return Text(signaal.badge, style=STIJL[Urgentie(signaal.urgentie)])
