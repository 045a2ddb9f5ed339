"""The session report in Markdown and HTML: participants, pseudonymised dossiers with their
checklist scores and reflection, leerpunten, actions and totals."""

from __future__ import annotations

import html
from dataclasses import dataclass

from werkcoach_tui.models.enums import Beoordeling, ChecklistItem
from werkcoach_tui.rules.datums import formatteer_datum, formatteer_datum_lang
from werkcoach_tui.services.casuistiek_weergave import DossierWeergave, _md, dossier_markdown


@dataclass(frozen=True)
class RapportDossier:
    rij: object  # AgendaRij
    weergave: DossierWeergave


@dataclass(frozen=True)
class Totaal:
    item: ChecklistItem
    voldoende: int
    onvoldoende: int
    nvt: int
    open: int

    @property
    def beoordeeld(self) -> int:
        return self.voldoende + self.onvoldoende

    def zin(self) -> str:
        noemer = self.voldoende + self.onvoldoende + self.open
        basis = f"{self.item.kort[0].upper()}{self.item.kort[1:]} voldoende in {self.voldoende} van " \
                f"{noemer} dossier{'' if noemer == 1 else 's'}"
        extra = []
        if self.onvoldoende:
            extra.append(f"onvoldoende in {self.onvoldoende}")
        if self.open:
            extra.append(f"niet beoordeeld in {self.open}")
        if self.nvt:
            extra.append(f"n.v.t. in {self.nvt}")
        return basis + (f" ({', '.join(extra)})" if extra else "")


def totalen(dossiers: list[RapportDossier]) -> list[Totaal]:
    uit = []
    for item in ChecklistItem:
        tel = {b: 0 for b in Beoordeling}
        for d in dossiers:
            for sc in d.rij.scores:
                if sc.item == item:
                    tel[sc.score] += 1
        uit.append(Totaal(item, tel[Beoordeling.VOLDOENDE], tel[Beoordeling.ONVOLDOENDE], tel[Beoordeling.NVT],
                          tel[Beoordeling.NIET_BEOORDEELD]))
    return uit


def _scoretekst(sc) -> str:
    return sc.score.label + (" (uit de gegevens)" if sc.voorgevuld else "")


def rapport_markdown(detail, dossiers: list[RapportDossier]) -> str:
    b = detail.bespreking
    r = [f"# Casuïstiekbespreking {formatteer_datum_lang(b.datum)}", ""]
    r.append(f"- Datum: {formatteer_datum(b.datum)}")
    r.append(f"- Voorzitter: {_md(b.voorzitter)}")
    r.append(f"- Deelnemers: {_md(b.deelnemers)}")
    if b.thema:
        r.append(f"- Thema: {_md(b.thema)}")
    if b.seed is not None:
        r.append(f"- Steekproef: {b.steekproef_grootte} dossiers, startgetal {b.seed}, filters: "
                 f"{_md(detail.filters.omschrijving())}")
    r.append(f"- Besproken dossiers: {len(dossiers)}")
    r += ["", "Alle dossiers zijn gepseudonimiseerd: geen namen, geboortedata, adressen of contactgegevens.", ""]
    r += ["## Totalen", ""]
    for t in totalen(dossiers):
        r.append(f"- {t.zin()}")
    r += ["", "## Dossiers", ""]
    for d in dossiers:
        r += dossier_markdown(d.weergave, kop="###")
        r += ["#### Checklist", "", "| Onderdeel | Oordeel | Opmerking |", "| --- | --- | --- |"]
        for sc in d.rij.scores:
            r.append(f"| {sc.item.label} | {_scoretekst(sc)} | {_md(sc.opmerking) or '—'} |")
        r += ["", "#### Reflectie", ""]
        r.append(f"- Wat ging goed: {_md(d.rij.wat_ging_goed) or '—'}")
        r.append(f"- Wat kan beter: {_md(d.rij.kan_beter) or '—'}")
        r.append("")
    r += ["## Leerpunten", ""]
    r += [f"{i}. {_md(lp.tekst)}" for i, lp in enumerate(detail.leerpunten, 1)] or ["Geen leerpunten vastgelegd."]
    r += ["", "## Vervolgacties", ""]
    if detail.acties:
        r += ["| Wie | Wat | Wanneer |", "| --- | --- | --- |"]
        r += [f"| {_md(a.wie)} | {_md(a.wat)} | {formatteer_datum(a.wanneer, '—')} |" for a in detail.acties]
    else:
        r.append("Geen vervolgacties vastgelegd.")
    r.append("")
    return "\n".join(r)


def _e(t: str) -> str:
    return html.escape(t or "", quote=True)


def _lijst(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _dossier_html(w: DossierWeergave) -> str:
    r = [f"<h3>{_e(w.pseudoniem)}</h3>"]
    regels = [
        f"Adviseur: {_e(w.adviseur)}", f"Leeftijd: {_e(w.leeftijdsband)}", f"WW: {_e(w.ww_stand)}; {_e(w.ww_duur)}",
        f"Regio: {_e(w.regio)}", f"Opleiding: {_e(w.opleidingsniveau)}; laatste beroep: {_e(w.laatste_beroep)}",
        f"Uren: vorige baan {_e(w.uren_vorige_baan)}, beschikbaar {_e(w.beschikbare_uren)}",
        f"Digivaardig: {'ja' if w.digivaardig else 'nee'}; Werkverkenner: {_e(w.werkverkenner)}; fase: {_e(w.fase)}",
    ]
    if w.kenmerken:
        regels.append("Kenmerken: " + _e(", ".join(w.kenmerken)))
    regels += [f"<em>{_e(x)}</em>" for x in w.niet_beschikbaar]
    r.append(_lijst(regels))
    m = w.methode
    if m is not None:
        r.append("<h4>Methodisch handelen</h4>")
        regels = [
            f"Ronde {m.ronde}, stap: {_e(m.huidige_stap.lower())}",
            f"Zelfredzaam: {_e(m.zelfredzaam)}" + (f" — {_e(m.zelfredzaam_toelichting)}" if m.zelfredzaam_toelichting else ""),
            f"Dienstverleningsdoel: {_e(m.dienstverleningsdoel)}",
            f"Visie van de werkcoach: {_e(m.visie_werkcoach) or 'ontbreekt'}",
            f"Visie van de klant: {_e(m.visie_klant) or 'niet vastgelegd'}",
            f"Arbeidsmarktkansen gewogen: {'ja' if m.arbeidsmarktkansen_gewogen else 'nee'}",
            f"Wensberoepen: {_e(', '.join(m.wensberoepen)) or '—'}",
            f"Competenties: {_e(', '.join(m.competenties)) or '—'}",
            f"Belemmeringen: {_e('; '.join(m.belemmeringen)) or '—'}",
            f"Zoekgebied: {_e(m.zoekgebied)}; maximale reistijd: {_e(m.max_reistijd)}",
            f"Resultaat: {_e(m.resultaat)}",
        ]
        for i in m.instrumenten:
            regels.append(f"Instrument {_e(i.instrument)} ({_e(i.kosten)}, {_e(i.moment)}"
                          f"{', goedgekeurd' if i.goedgekeurd else ''}): {_e(i.onderbouwing) or 'geen onderbouwing'}")
        r.append(_lijst(regels))
    p = w.werkplan
    if p is not None:
        r.append("<h4>Werkplan</h4>")
        if p.heeft_werkplan:
            regels = [f"Versie {p.versie}, {_e(p.status)}",
                      f"Afspraken: {p.aantal_afspraken}, waarvan {p.afspraken_niet_smart} niet SMART",
                      f"Sollicitatienorm: {p.sollicitatienorm} per 4 weken"
                      + (f" ({_e(p.sollicitatienorm_reden)})" if p.sollicitatienorm_reden else ""),
                      f"Perioden onder de norm: {p.perioden_tekort}, opgevolgd: {p.tekorten_opgevolgd}"]
            regels += [f"Vrijstelling: {_e(v)}" for v in p.vrijstellingen]
            r.append(_lijst(regels))
        else:
            r.append("<p>Geen werkplan</p>")
    r.append("<h4>Gesprekken</h4>")
    if w.gesprekken:
        r.append(_lijst([
            f"<strong>{_e(g.moment)}</strong> — {_e(g.soort)}, {_e(g.kanaal.lower())}"
            f"{f', {g.duur_minuten} min' if g.duur_minuten else ''} ({_e(g.status.lower())})"
            + (f": {_e(g.notitie)}" if g.notitie else "")
            for g in w.gesprekken
        ]))
    else:
        r.append("<p>Geen gesprekken vastgelegd.</p>")
    return "\n".join(r)


_STIJL = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; line-height: 1.45; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
.voldoende { color: #146c2e; } .onvoldoende { color: #a4161a; font-weight: bold; }
section.dossier { border-top: 2px solid #ccd; margin-top: 1.5rem; }
"""


def rapport_html(detail, dossiers: list[RapportDossier]) -> str:
    b = detail.bespreking
    titel = f"Casuïstiekbespreking {formatteer_datum_lang(b.datum)}"
    r = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">', f"<title>{_e(titel)}</title>",
         f"<style>{_STIJL}</style>", "</head>", "<body>", f"<h1>{_e(titel)}</h1>"]
    regels = [f"Datum: {formatteer_datum(b.datum)}", f"Voorzitter: {_e(b.voorzitter)}", f"Deelnemers: {_e(b.deelnemers)}"]
    if b.thema:
        regels.append(f"Thema: {_e(b.thema)}")
    if b.seed is not None:
        regels.append(f"Steekproef: {b.steekproef_grootte} dossiers, startgetal {b.seed}, filters: "
                      f"{_e(detail.filters.omschrijving())}")
    regels.append(f"Besproken dossiers: {len(dossiers)}")
    r.append(_lijst(regels))
    r.append("<p>Alle dossiers zijn gepseudonimiseerd: geen namen, geboortedata, adressen of contactgegevens.</p>")
    r.append("<h2>Totalen</h2>")
    r.append(_lijst([_e(t.zin()) for t in totalen(dossiers)]))
    r.append("<h2>Dossiers</h2>")
    for d in dossiers:
        r.append('<section class="dossier">')
        r.append(_dossier_html(d.weergave))
        r.append("<h4>Checklist</h4>")
        r.append("<table><tr><th>Onderdeel</th><th>Oordeel</th><th>Opmerking</th></tr>")
        for sc in d.rij.scores:
            r.append(f'<tr><td>{_e(sc.item.label)}</td><td class="{sc.score.value}">{_e(_scoretekst(sc))}</td>'
                     f"<td>{_e(sc.opmerking) or '—'}</td></tr>")
        r.append("</table>")
        r.append("<h4>Reflectie</h4>")
        r.append(_lijst([f"Wat ging goed: {_e(d.rij.wat_ging_goed) or '—'}",
                         f"Wat kan beter: {_e(d.rij.kan_beter) or '—'}"]))
        r.append("</section>")
    r.append("<h2>Leerpunten</h2>")
    if detail.leerpunten:
        r.append("<ol>" + "".join(f"<li>{_e(lp.tekst)}</li>" for lp in detail.leerpunten) + "</ol>")
    else:
        r.append("<p>Geen leerpunten vastgelegd.</p>")
    r.append("<h2>Vervolgacties</h2>")
    if detail.acties:
        r.append("<table><tr><th>Wie</th><th>Wat</th><th>Wanneer</th></tr>")
        r += [f"<tr><td>{_e(a.wie)}</td><td>{_e(a.wat)}</td><td>{formatteer_datum(a.wanneer, '—')}</td></tr>"
              for a in detail.acties]
        r.append("</table>")
    else:
        r.append("<p>Geen vervolgacties vastgelegd.</p>")
    r += ["</body>", "</html>", ""]
    return "\n".join(r)
