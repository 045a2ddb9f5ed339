"""Generate data/demo/werkplannen.json: werkplannen (versions, afspraken), sollicitatieactiviteiten,
vrijstellingen and follow-ups for the demo klanten in fase 'uitvoeren'.

Standard library only, fixed seed: every run writes byte-for-byte the same file. All dates are
relative to the referentiedatum of klanten.json (the demo shifts them to today). Everything is
fictitious. Run from the repository root:  python scripts/generate_werkplannen.py
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KLANTEN = ROOT / "data" / "demo" / "klanten.json"
UIT = ROOT / "data" / "demo" / "werkplannen.json"
SEED = 20261123
PERIODE = 28

WERKGEVERS = [
    "Van Dijk Logistiek", "Bakkerij Hendriks", "Zorggroep De Linde", "Gemeente Rivierstad", "Technisch Bureau Smit",
    "Uitzendbureau Flexwerk", "Hotel De Zwaan", "Distributiecentrum Noord", "Administratiekantoor Bos", "Schoonmaakbedrijf Glans",
    "Woningcorporatie Thuis", "Basisschool De Regenboog", "Metaalwerken Oost", "Supermarkt Vers", "Tuincentrum Groen",
    "Drukkerij Letterzet", "Installatiebedrijf Warmte", "Callcenter Direct", "Transportbedrijf Snel", "Kinderopvang Het Nest",
]
RESULTATEN = ["geen reactie", "afgewezen", "afgewezen", "uitgenodigd voor gesprek", "", "in behandeling"]
SOORTEN = ["reactie_op_vacature"] * 6 + ["open_sollicitatie", "inschrijving_uitzendbureau", "bezoek_werkgever"]

# Which klant shows what (besides a plain, realistic werkplan):
TEKORT_OPEN = {"K100033": 2, "K100035": 1}  # klant -> closed period (from the end) short, not followed up
# (K100035: its last closed period, so the demo dashboard shows the sollicitatieplicht signal)
TEKORT_OPGEVOLGD = {"K100019": (4, "gesprek"), "K100035": (3, "waarschuwing_geadviseerd")}
VRIJSTELLINGEN = {
    "K100020": [("mantelzorg", "2026-01-27", "2026-04-26", "Zorg voor haar moeder; 3 maanden, daarna opnieuw bekeken.")],
    "K100032": [("mantelzorg", "2026-09-14", "2026-10-11", "Zorg voor haar zieke partner; 4 weken afgesproken.")],
}
AFWIJKENDE_NORM = {"K100012": (3, "Beschikbaar voor 20 uur per week en belastbaar tot 4 uur per dag (arbeidsbeperking).")}
CONCEPT_V3 = {"K100001": "Evaluatie: korte cursus machineoperator toegevoegd.",
              "K100018": "Opleiding start in januari: afspraken tijdens de opleiding."}
INTERNE_NOTITIES = [
    "Intern: klant oogt onzeker in gesprekken; mijn inschatting is dat een workshop meer oplevert dan extra druk.",
    "Intern: twijfel of de zoekrichting realistisch is; volgende keer arbeidsmarktinformatie laten zien.",
    "Intern: klant reageert laat op berichten in de Werkmap; bij het volgende gesprek op letten.",
]


def d(s: str) -> date:
    return date.fromisoformat(s)


def iso(x: date) -> str:
    return x.isoformat()


def afspraken_v1(k: dict, rng: random.Random, start: date) -> list[dict]:
    beroepen = k["beeldvorming"].get("wensberoepen") or [k.get("laatste_beroep") or "productiemedewerker"]
    papier = not k.get("digivaardig", True)
    regio = k["beeldvorming"].get("regio") or "de regio"
    uit = [
        dict(sleutel="sollicitaties", wie="klant", wat=f"Solliciteren op vacatures als {' of '.join(beroepen[:2])}",
             hoeveel="4 per 4 weken", wanneer=iso(start + timedelta(days=120)),
             hoe_aangetoond=("Het papieren formulier elke 4 weken inleveren bij het gesprek" if papier
                             else "Activiteiten en bevestigingsmails in de Werkmap"),
             soort="sollicitatie", status="open"),
        dict(sleutel="cv", wie="klant", wat="Cv bijwerken met de laatste werkervaring en vaardigheden",
             hoeveel="1 keer", wanneer=iso(start + timedelta(days=14)),
             hoe_aangetoond="Het cv staat in de Werkmap" if not papier else "Het cv meenemen naar het gesprek",
             soort="activiteit", status="open"),
        dict(sleutel="vacatures", wie="adviseur", wat=f"Passende vacatures in {regio} doorsturen",
             hoeveel="elke 4 weken", wanneer=iso(start + timedelta(days=120)),
             hoe_aangetoond="Berichten in de Werkmap" if not papier else "Per post of in het gesprek",
             soort="dienstverlening", status="open"),
    ]
    if rng.random() < 0.5:
        uit.append(dict(sleutel="workshop", wie="klant", wat="Deelnemen aan de sollicitatieworkshop",
                        hoeveel="3 dagdelen", wanneer=iso(start + timedelta(days=42)),
                        hoe_aangetoond="Presentielijst van de workshop", soort="dienstverlening", status="open"))
    else:
        # deliberately not SMART: no deadline, no proof (the app warns)
        uit.append(dict(sleutel="netwerk", wie="klant", wat="Het eigen netwerk vertellen dat je werk zoekt",
                        hoeveel="", wanneer=None, hoe_aangetoond="", soort="activiteit", status="open"))
    return uit


def maak(k: dict, rng: random.Random, ref: date) -> dict | None:
    start = d(k["ww_startdatum"])
    if start > ref:
        return None
    gesprekken = sorted(k["gesprekken"], key=lambda g: g["datum"])
    wog = next((g for g in gesprekken if g["type"] == "werkorientatiegesprek" and g["status"] == "gevoerd"), None)
    v1_datum = d(wog["datum"]) if wog else min(start + timedelta(days=21), ref)
    if v1_datum > ref:
        v1_datum = ref
    nr = k["klantnummer"]
    a1 = afspraken_v1(k, rng, v1_datum)
    versies = [dict(versie=1, status="vastgesteld", vastgesteld_op=iso(v1_datum), sollicitatienorm=4,
                    sollicitatienorm_reden="", akkoord_klant=True, akkoord_toelichting="Mondeling akkoord in het gesprek",
                    wijzigingsreden="", interne_notitie=rng.choice(INTERNE_NOTITIES), afspraken=a1)]
    # version 2 after about 3 months (evaluation), when that moment has passed
    v2_datum = v1_datum + timedelta(days=84 + rng.randrange(0, 28))
    if v2_datum <= ref - timedelta(days=7):
        a2 = [dict(a) for a in a1]
        for a in a2:
            if a["sleutel"] in ("cv", "workshop"):
                a["status"] = "nagekomen"
            if a["sleutel"] == "netwerk":
                a["status"] = "niet_nagekomen"
                a["reden_niet_nagekomen"] = "Klant vond het lastig om mensen te benaderen."
            if a["sleutel"] in ("sollicitaties", "vacatures"):
                a["wanneer"] = iso(v2_datum + timedelta(days=120))
        a2 = [a for a in a2 if a["sleutel"] != "cv"]
        a2.append(dict(sleutel="vacaturebank", wie="klant", wat="Zoekprofiel instellen voor vacaturemeldingen",
                       hoeveel="1 keer", wanneer=iso(v2_datum + timedelta(days=7)),
                       hoe_aangetoond="Laten zien in het volgende gesprek", soort="activiteit", status="open",
                       interne_notitie="Intern: controleren of het profiel niet te smal is."))
        norm, reden = AFWIJKENDE_NORM.get(nr, (4, ""))
        for a in a2:
            if a["sleutel"] == "sollicitaties":
                a["hoeveel"] = f"{norm} per 4 weken"
        versies.append(dict(versie=2, status="vastgesteld", vastgesteld_op=iso(v2_datum), sollicitatienorm=norm,
                            sollicitatienorm_reden=reden, akkoord_klant=True,
                            akkoord_toelichting="Akkoord bevestigd in de Werkmap",
                            wijzigingsreden="Evaluatie na drie maanden: afspraken bijgewerkt.",
                            interne_notitie=rng.choice(INTERNE_NOTITIES), afspraken=a2))
        if nr in CONCEPT_V3:
            a3 = [dict(a) for a in a2]
            for a in a3:
                if a["sleutel"] in ("sollicitaties", "vacatures"):
                    a["wanneer"] = iso(ref + timedelta(days=120))
            a3.append(dict(sleutel="cursus", wie="klant", wat="Korte cursus volgen die bij de zoekrichting past",
                           hoeveel="1 cursus", wanneer=iso(ref + timedelta(days=60)),
                           hoe_aangetoond="Certificaat of bewijs van deelname", soort="scholing", status="open"))
            versies.append(dict(versie=3, status="concept", vastgesteld_op=None, sollicitatienorm=norm,
                                sollicitatienorm_reden=reden, akkoord_klant=False, akkoord_toelichting="",
                                wijzigingsreden=CONCEPT_V3[nr], interne_notitie="", afspraken=a3))

    vrij = [dict(reden=r, van=v, tot=t, toelichting=x) for r, v, t, x in VRIJSTELLINGEN.get(nr, [])]
    vrije_dagen = set()
    for v in vrij:
        dag = d(v["van"])
        while dag <= d(v["tot"]):
            vrije_dagen.add(dag)
            dag += timedelta(days=1)
    beroepen = k["beeldvorming"].get("wensberoepen") or [k.get("laatste_beroep") or "medewerker"]
    papier = not k.get("digivaardig", True)
    einde = d(k["ww_einddatum"]) if k.get("ww_einddatum") else None
    n_perioden = (ref - start).days // PERIODE + 1
    gesloten = [i for i in range(n_perioden) if start + timedelta(days=PERIODE * (i + 1)) <= ref]
    tekort_perioden = {}
    if nr in TEKORT_OPEN and len(gesloten) >= TEKORT_OPEN[nr]:
        tekort_perioden[gesloten[-TEKORT_OPEN[nr]]] = None
    if nr in TEKORT_OPGEVOLGD and len(gesloten) >= TEKORT_OPGEVOLGD[nr][0]:
        tekort_perioden[gesloten[-TEKORT_OPGEVOLGD[nr][0]]] = TEKORT_OPGEVOLGD[nr][1]
    sollicitaties = []
    opvolgingen = []
    for i in range(n_perioden):
        van = start + timedelta(days=PERIODE * i)
        dagen = [van + timedelta(days=x) for x in range(PERIODE)]
        dagen = [x for x in dagen if x <= ref and x not in vrije_dagen and (einde is None or x <= einde)]
        if not dagen:
            continue
        if i in tekort_perioden:
            aantal = rng.choice([1, 2])
        else:
            norm_nu = 4
            aantal = max(0, round(norm_nu * len(dagen) / PERIODE)) + rng.choice([0, 0, 1, 2])
            if len(dagen) < PERIODE and van + timedelta(days=PERIODE) <= ref:
                aantal = max(aantal, -(-4 * len(dagen) // PERIODE))
        kies = sorted(rng.sample(dagen, min(aantal, len(dagen))))
        if i == 0 and kies and dagen[0] == van:
            kies[0] = van  # one activity on the boundary day (belongs to the period that starts that day)
        for dag in kies:
            soort = rng.choice(SOORTEN)
            sollicitaties.append(dict(
                datum=iso(dag), werkgever=rng.choice(WERKGEVERS), functie=rng.choice(beroepen[:3]),
                soort=soort, resultaat=rng.choice(RESULTATEN),
                bewijs=rng.choice(["niet_gevraagd", "niet_gevraagd", "gevraagd", "ontvangen"]),
                bron="papierformulier" if papier else "werkmap"))
        if i in tekort_perioden and tekort_perioden[i]:
            opvolgingen.append(dict(periode_van=iso(van), opvolging=tekort_perioden[i],
                                    datum=iso(min(van + timedelta(days=PERIODE + 5), ref)),
                                    toelichting=("Tekort besproken; klant had griep en haalt het in." if tekort_perioden[i] == "gesprek"
                                                 else "Tweede tekort na eerder gesprek: waarschuwing geadviseerd aan de klantmanager.")))
    return dict(klantnummer=nr, versies=versies, sollicitaties=sollicitaties, vrijstellingen=vrij,
                opvolgingen=opvolgingen)


def main() -> int:
    data = json.loads(KLANTEN.read_text(encoding="utf-8"))
    ref = d(data["referentiedatum"])
    rng = random.Random(SEED)
    uit = []
    for k in data["klanten"]:
        if k.get("fase") != "uitvoeren" or not k.get("ww_startdatum"):
            continue
        w = maak(k, rng, ref)
        if w:
            uit.append(w)
    doc = {"versie": 1, "referentiedatum": data["referentiedatum"], "werkplannen": uit}
    # self-checks
    assert len(uit) >= 20, len(uit)
    assert any(w["vrijstellingen"] for w in uit), "een vrijstelling"
    assert any(len(w["versies"]) >= 2 for w in uit), "meerdere versies"
    assert any(v["status"] == "concept" for w in uit for v in w["versies"]), "een concept"
    for w in uit:
        for s in w["sollicitaties"]:
            assert d(s["datum"]) <= ref, s
    UIT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{UIT.relative_to(ROOT)}: {len(uit)} werkplannen, "
          f"{sum(len(w['sollicitaties']) for w in uit)} sollicitatieactiviteiten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
