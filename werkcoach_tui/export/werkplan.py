"""The werkplan as the klant reads it: Markdown, plain text, or a printable HTML page.

Input is :class:`services.werkplan.WerkplanExport`, which holds only what the klant may
read (no internal notes, no adviser's opinions): the renderers cannot leak what they
never get. Plain Dutch, "u" form, dates as ``1 december 2026``.
"""

from __future__ import annotations

import html
import textwrap
from typing import TYPE_CHECKING

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import AfspraakStatus, AfspraakWie, WerkplanStatus
from werkcoach_tui.rules.datums import formatteer_datum_lang

if TYPE_CHECKING:  # pragma: no cover
    from werkcoach_tui.services.werkplan import ExportAfspraak, WerkplanExport

STATUS_KLANT = {
    AfspraakStatus.OPEN: "loopt nog",
    AfspraakStatus.NAGEKOMEN: "gedaan",
    AfspraakStatus.NIET_NAGEKOMEN: "niet gelukt",
    AfspraakStatus.VERVALLEN: "vervallen",
}


def _datum(d) -> str:
    return formatteer_datum_lang(d) if d else ""


def _kop(e: "WerkplanExport") -> list[tuple[str, str]]:
    """(label, waarde) lines at the top."""
    regels = [("Naam", e.klant_naam), ("Klantnummer", e.klantnummer), ("Versie", str(e.versie))]
    if e.status == WerkplanStatus.VASTGESTELD:
        regels.append(("Vastgesteld op", _datum(e.vastgesteld_op)))
        regels.append(("Uw akkoord", "ja" if e.akkoord_klant else "nee"))
    else:
        regels.append(("Status", "concept: nog niet vastgesteld, de afspraken kunnen nog veranderen"))
    regels.append(("Gemaakt op", _datum(e.gemaakt_op)))
    return regels


def _norm_tekst(e: "WerkplanExport") -> list[str]:
    if e.sollicitatienorm == 0:
        zin = "U hoeft in deze periode geen sollicitatieactiviteiten te doen."
    elif e.sollicitatienorm == 1:
        zin = f"U doet minstens 1 sollicitatieactiviteit per {c.SOLLICITATIENORM_PERIODE_WEKEN} weken."
    else:
        zin = (f"U doet minstens {e.sollicitatienorm} sollicitatieactiviteiten per "
               f"{c.SOLLICITATIENORM_PERIODE_WEKEN} weken.")
    uit = [zin]
    if e.sollicitatienorm != c.SOLLICITATIENORM_AANTAL and e.sollicitatienorm_reden:
        uit.append(f"Dit is anders dan de gewone norm ({c.SOLLICITATIENORM_AANTAL} per "
                   f"{c.SOLLICITATIENORM_PERIODE_WEKEN} weken), omdat: {e.sollicitatienorm_reden}")
    uit.append("Een sollicitatieactiviteit is bijvoorbeeld: reageren op een vacature, een open sollicitatie, "
               "een bezoek aan een werkgever, inschrijven bij een uitzendbureau of een sollicitatiegesprek.")
    uit.append(f"Bewaar bewijs van uw sollicitaties (zoals bevestigingsmails) {c.BEWIJS_BEWAREN_JAREN} jaar.")
    return uit


def _afspraak_regels(a: "ExportAfspraak") -> list[tuple[str, str]]:
    regels = []
    if a.hoeveel:
        regels.append(("Hoeveel", a.hoeveel))
    if a.wanneer:
        regels.append(("Uiterlijk", _datum(a.wanneer)))
    if a.hoe_aangetoond:
        regels.append(("Zo laat u zien dat het gedaan is", a.hoe_aangetoond))
    regels.append(("Stand", STATUS_KLANT[a.status]))
    return regels


def _groepen(e: "WerkplanExport"):
    klant = [a for a in e.afspraken if a.wie == AfspraakWie.KLANT]
    adviseur = [a for a in e.afspraken if a.wie == AfspraakWie.ADVISEUR]
    return (("Wat u doet", klant), ("Wat uw adviseur doet", adviseur))


def _contact(e: "WerkplanExport") -> list[tuple[str, str]]:
    regels = []
    for label, waarde in (("Uw adviseur", e.adviseur_naam), ("Telefoon", e.adviseur_telefoon),
                          ("E-mail", e.adviseur_email), ("Vestiging", e.vestiging)):
        if waarde:
            regels.append((label, waarde))
    return regels or [("Uw adviseur", "zie uw Werkmap")]


SLOT = ("Lukt een afspraak niet, of verandert er iets in uw situatie? Neem dan zo snel mogelijk "
        "contact op met uw adviseur, het liefst vóór de datum van de afspraak.")


def titel(e: "WerkplanExport") -> str:
    return f"Werkplan van {e.klant_naam} — versie {e.versie}"


# --- Markdown ----------------------------------------------------------------------
def _md(tekst: str) -> str:
    """Escape Markdown's special characters in free text."""
    for ch in "\\`*_[]<>#|":
        tekst = tekst.replace(ch, "\\" + ch)
    return tekst


def naar_markdown(e: "WerkplanExport") -> str:
    r: list[str] = [f"# {_md(titel(e))}", ""]
    for label, waarde in _kop(e):
        r.append(f"- **{label}:** {_md(waarde)}")
    r.append("")
    if e.wijzigingsreden:
        r += ["## Waarom dit werkplan is aangepast", "", _md(e.wijzigingsreden), ""]
    r += ["## Uw sollicitatieplicht", ""]
    r += [_md(z) + "\n" for z in _norm_tekst(e)]
    r[-1] = r[-1].rstrip("\n")
    r.append("")
    for kop, lijst in _groepen(e):
        r += [f"## {kop}", ""]
        if not lijst:
            r += ["Geen afspraken.", ""]
        for i, a in enumerate(lijst, 1):
            r.append(f"{i}. **{_md(a.wat)}**")
            for label, waarde in _afspraak_regels(a):
                r.append(f"   - {label}: {_md(waarde)}")
        if lijst:
            r.append("")
    r += ["## Contact", ""]
    for label, waarde in _contact(e):
        r.append(f"- **{label}:** {_md(waarde)}")
    r += ["", _md(SLOT), ""]
    return "\n".join(r)


# --- plain text ----------------------------------------------------------------------
def _wrap(tekst: str, insprong: str = "", eerste: str | None = None) -> list[str]:
    return textwrap.wrap(tekst, width=78, initial_indent=eerste if eerste is not None else insprong,
                         subsequent_indent=insprong, break_on_hyphens=False) or [eerste or insprong]


def naar_tekst(e: "WerkplanExport") -> str:
    t = titel(e)
    r: list[str] = [t, "=" * len(t), ""]
    breedte = max(len(label) for label, _ in _kop(e)) + 2
    for label, waarde in _kop(e):
        r += _wrap(waarde, " " * breedte, f"{label + ':':<{breedte}}")
    r.append("")
    if e.wijzigingsreden:
        r += ["Waarom dit werkplan is aangepast", "-" * 32]
        r += _wrap(e.wijzigingsreden) + [""]
    r += ["Uw sollicitatieplicht", "-" * 21]
    for zin in _norm_tekst(e):
        r += _wrap(zin)
    r.append("")
    for kop, lijst in _groepen(e):
        r += [kop, "-" * len(kop)]
        if not lijst:
            r.append("Geen afspraken.")
        for i, a in enumerate(lijst, 1):
            r += _wrap(a.wat, "    ", f"{i:>2}. ")
            for label, waarde in _afspraak_regels(a):
                r += _wrap(f"{label}: {waarde}", "        ", "    - ")
        r.append("")
    r += ["Contact", "-" * 7]
    breedte = max(len(label) for label, _ in _contact(e)) + 2
    for label, waarde in _contact(e):
        r.append(f"{label + ':':<{breedte}}{waarde}")
    r.append("")
    r += _wrap(SLOT)
    r.append("")
    return "\n".join(r)


# --- HTML ------------------------------------------------------------------------------
CSS = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 44em; margin: 2em auto; padding: 0 1em;
       color: #111; line-height: 1.45; }
h1 { font-size: 1.6em; border-bottom: 2px solid #333; padding-bottom: .2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; }
dl.kop { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
dl.kop dt { font-weight: bold; }
dl.kop dd { margin: 0; }
ol.afspraken > li { margin-bottom: .8em; }
ol.afspraken ul { margin: .2em 0 0 0; padding-left: 1.2em; }
.slot { margin-top: 2em; border-top: 1px solid #999; padding-top: .6em; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; text-decoration: none; } }
""".strip()


def naar_html(e: "WerkplanExport") -> str:
    h = html.escape
    r: list[str] = [
        "<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
        f"<title>{h(titel(e))}</title>", f"<style>\n{CSS}\n</style>", "</head>", "<body>",
        f"<h1>{h(titel(e))}</h1>", '<dl class="kop">',
    ]
    for label, waarde in _kop(e):
        r.append(f"<dt>{h(label)}</dt><dd>{h(waarde)}</dd>")
    r.append("</dl>")
    if e.wijzigingsreden:
        r += ["<h2>Waarom dit werkplan is aangepast</h2>", f"<p>{h(e.wijzigingsreden)}</p>"]
    r.append("<h2>Uw sollicitatieplicht</h2>")
    r += [f"<p>{h(z)}</p>" for z in _norm_tekst(e)]
    for kop, lijst in _groepen(e):
        r.append(f"<h2>{h(kop)}</h2>")
        if not lijst:
            r.append("<p>Geen afspraken.</p>")
            continue
        r.append('<ol class="afspraken">')
        for a in lijst:
            r.append(f"<li><strong>{h(a.wat)}</strong><ul>")
            for label, waarde in _afspraak_regels(a):
                r.append(f"<li>{h(label)}: {h(waarde)}</li>")
            r.append("</ul></li>")
        r.append("</ol>")
    r += ["<h2>Contact</h2>", '<dl class="kop">']
    for label, waarde in _contact(e):
        r.append(f"<dt>{h(label)}</dt><dd>{h(waarde)}</dd>")
    r += ["</dl>", f'<p class="slot">{h(SLOT)}</p>', "</body>", "</html>", ""]
    return "\n".join(r)


def render_werkplan(e: "WerkplanExport", formaat: str) -> str:
    if formaat == "md":
        return naar_markdown(e)
    if formaat == "txt":
        return naar_tekst(e)
    if formaat == "html":
        return naar_html(e)
    raise ValueError(f"Onbekend formaat '{formaat}'. Kies md, txt of html.")
