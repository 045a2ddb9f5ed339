#!/usr/bin/env python3
"""Genereer de demodata van Werkcoach: ``data/demo/klanten.json`` en ``data/demo/vacatures.csv``.

Alles is fictief. De generator gebruikt alleen de standaardbibliotheek en een vaste seed, zodat
``python scripts/generate_demo.py`` bij elke run byte-voor-byte dezelfde bestanden schrijft.

Alle datums zijn relatief aan REFERENTIEDATUM (maandag 23-11-2026); de app verschuift ze als
'vandaag' een andere dag is. Na het schrijven controleert de generator zijn eigen uitvoer
(aantallen, groepen, datums) en drukt hij een korte samenvatting af.

Welke klant dekt welke groep (de controle onderaan dwingt dit af):

- Werkverkenner <= 50 %:  K100001 K100002 K100009 K100012 K100019 K100020 K100023 K100024
                          K100030 K100031 K100033
- Werkverkenner > 50 %:   K100005 K100006 K100007 K100010 K100013 K100014 K100016 K100017
                          K100018 K100021 K100025 K100029 K100032 K100034
- Werkverkenner niet ingevuld (null, ~30 %): K100003 K100004 K100008 K100011 K100015 K100022
                          K100026 K100027 K100028 K100035 K100036
- niet-digivaardig:       K100004 K100008 K100015 K100027
- 57+:                    K100001 (58, drukker: krimpberoep), K100002 (wordt 57 op 8-12-2026),
                          K100003 (63), K100004 (66, binnen 1 jaar van de AOW-leeftijd),
                          K100015 (61), K100027 (59), K100035 (60)
- >= 6 maanden WW:        K100001 K100003 K100008 K100012 K100018 K100023 K100025 K100032
                          K100033 (en K100034, afgesloten) plus alle van de volgende regel
- >= 12 maanden WW:       K100009 K100019 K100020 K100027 K100030 K100035
- WW eindigt binnen 3 maanden: K100005 K100010 K100018 K100027 K100028 K100029 K100031
                          K100033 K100035
- vroegmelder (melding voor WW-start, WW-start in de toekomst): K100021 K100022
- arbeidsbeperking (maatman >= 65 %): K100012 (68) K100023 (72) K100024 (80) K100031 (85)
- grensregio:             K100007 K100033 (Venlo), K100008 (Kerkrade), K100009 (Heerlen),
                          K100010 (Enschede), K100011 (Terneuzen), K100012 (Roosendaal),
                          K100013 (Maastricht), K100014 (Nijmegen)
- minder beschikbare uren dan in de vorige baan: K100003 (40->32), K100006 (32->24),
                          K100012 (36->20), K100032 (28->20)
- intake te laat (melding > 2 weken geleden, geen intake gevoerd): K100015 (geen gesprekken),
                          K100016 (intake pas gepland op de referentiedatum)
- geen contact > 5 weken: K100017 (45 dagen), K100018 (55 dagen)
- > 6 uur gesprekken:     K100019 (8u35), K100020 (6u30), K100027 (6u20)
- WOG gevoerd: alle klanten met band <= 50 %, de niet-digivaardigen met een intake, en op oordeel
  van de adviseur K100003 en K100035 (Werkverkenner niet ingevuld)
- monitorgesprek (niet uitgenodigd voor WOG, > 6 maanden WW): K100018, K100025 (gevoerd),
  K100032 (gepland)
- passend werkaanbod besproken/gestart: K100009 K100019 K100020 K100027 K100030 K100035
- fase: beeldvorming K100011 K100015 K100016 K100022 K100026; oordeelsvorming K100002 K100014
  K100021; besluiten K100004 K100023 K100024 K100031 K100036; afgesloten K100034; de rest uitvoeren
- gesprekken gepland op de referentiedatum: K100001 K100013 K100016 K100021
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

REFERENTIEDATUM = date(2026, 11, 23)
SEED = 20261123
AANTAL_VACATURES = 2400

ROOT = Path(__file__).resolve().parent.parent
BEROEPEN_CSV = ROOT / "data" / "beroepen.csv"
KLANTEN_JSON = ROOT / "data" / "demo" / "klanten.json"
VACATURES_CSV = ROOT / "data" / "demo" / "vacatures.csv"

ADVISEURS = ["Sanne de Vries", "Mehmet Yilmaz", "Eva Jansen"]
SANNE, MEHMET, EVA = ADVISEURS

VACATURE_KOLOMMEN = [
    "id", "titel", "werkgever", "plaats", "land", "uren_per_week", "opleidingsniveau",
    "vaardigheden", "omschrijving", "pawa", "publicatiedatum", "sluitingsdatum", "beroep",
]
OPLEIDINGSNIVEAUS = ["basisonderwijs", "vmbo", "mbo1", "mbo2", "mbo3", "mbo4", "havo", "vwo", "hbo", "wo"]
WV_BANDEN = ["0-25", "25-50", "50-75", "75-100"]
FASEN = ["beeldvorming", "oordeelsvorming", "besluiten", "uitvoeren", "afgesloten"]
GESPREK_TYPEN = ["intake", "werkorientatiegesprek", "monitorgesprek", "coachingsgesprek", "evaluatiegesprek"]
KANALEN = ["vestiging", "telefonisch", "video"]

# Grensgemeenten: een klant die hier woont, heeft grensregio = True.
GRENSGEMEENTEN = ["Venlo", "Kerkrade", "Heerlen", "Enschede", "Terneuzen", "Roosendaal", "Maastricht", "Nijmegen"]


# --------------------------------------------------------------------------------------------
# Hulpfuncties
# --------------------------------------------------------------------------------------------

def dag(offset: int) -> date:
    """De datum `offset` dagen na de referentiedatum (negatief = ervoor)."""
    return REFERENTIEDATUM + timedelta(days=offset)


def iso(offset: int | None) -> str | None:
    return None if offset is None else dag(offset).isoformat()


def werkdag(offset: int, gepland: bool) -> int:
    """Schuif een gesprek van het weekend naar een werkdag (gevoerd: vrijdag ervoor, gepland: maandag erna)."""
    wd = dag(offset).weekday()
    if wd == 5:
        return offset + 2 if gepland else offset - 1
    if wd == 6:
        return offset + 1 if gepland else offset - 2
    return offset


def plus_maanden(d: date, maanden: int) -> date:
    jaar = d.year + (d.month - 1 + maanden) // 12
    maand = (d.month - 1 + maanden) % 12 + 1
    dagen_in_maand = [31, 29 if jaar % 4 == 0 and (jaar % 100 != 0 or jaar % 400 == 0) else 28,
                      31, 30, 31, 30, 31, 31, 30, 31, 30, 31][maand - 1]
    return date(jaar, maand, min(d.day, dagen_in_maand))


def leeftijd(geboren: date, op: date) -> int:
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def ascii_slug(tekst: str) -> str:
    zonder = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in zonder.lower() if c.isalnum())


# --------------------------------------------------------------------------------------------
# Woonplaatsen van de klanten: arbeidsmarktregio en postcodebereik
# --------------------------------------------------------------------------------------------

WOONPLAATSEN = {
    # woonplaats: (arbeidsmarktregio, laagste en hoogste cijfers van de postcode)
    "Deventer": ("Stedendriehoek en Noordwest Veluwe", 7411, 7429),
    "Tilburg": ("Midden-Brabant", 5011, 5049),
    "Apeldoorn": ("Stedendriehoek en Noordwest Veluwe", 7311, 7337),
    "Meppel": ("Drenthe", 7941, 7944),
    "Utrecht": ("Midden-Utrecht", 3511, 3585),
    "Rotterdam": ("Rijnmond", 3011, 3089),
    "Venlo": ("Noord-Limburg", 5911, 5935),
    "Kerkrade": ("Zuid-Limburg", 6461, 6471),
    "Heerlen": ("Zuid-Limburg", 6411, 6441),
    "Enschede": ("Twente", 7511, 7548),
    "Terneuzen": ("Zeeland", 4531, 4539),
    "Roosendaal": ("West-Brabant", 4701, 4709),
    "Maastricht": ("Zuid-Limburg", 6211, 6229),
    "Nijmegen": ("Rijk van Nijmegen", 6511, 6546),
    "Zwolle": ("Regio Zwolle", 8011, 8046),
    "Almere": ("Flevoland", 1311, 1363),
    "Amersfoort": ("Amersfoort", 3811, 3829),
    "Amsterdam": ("Groot Amsterdam", 1011, 1109),
    "Arnhem": ("Midden-Gelderland", 6811, 6846),
    "Leeuwarden": ("Friesland", 8911, 8939),
    "Eindhoven": ("Zuidoost-Brabant", 5611, 5658),
    "Groningen": ("Groningen", 9711, 9747),
    "'s-Hertogenbosch": ("Noordoost-Brabant", 5211, 5237),
    "Hengelo": ("Twente", 7551, 7559),
    "Breda": ("West-Brabant", 4811, 4839),
    "Den Haag": ("Haaglanden", 2511, 2597),
    "Assen": ("Drenthe", 9401, 9409),
    "Lelystad": ("Flevoland", 8211, 8245),
    "Goes": ("Zeeland", 4461, 4465),
    "Zaandam": ("Zaanstreek/Waterland", 1501, 1509),
    "Drachten": ("Friesland", 9200, 9205),
    "Haarlem": ("Zuid-Kennemerland en IJmond", 2011, 2037),
    "Doetinchem": ("Achterhoek", 7001, 7009),
}

STRATEN = [
    "Lindelaan", "Kastanjelaan", "Beukenstraat", "Meidoornstraat", "Molenweg", "Kerkstraat",
    "Julianastraat", "Wilhelminalaan", "Prins Bernhardstraat", "Merelstraat", "Lijsterbeslaan",
    "Parallelweg", "Vondelstraat", "Rembrandtlaan", "Van Goghstraat", "Schubertlaan", "Tulpstraat",
    "Hyacintweg", "Zonnebloemstraat", "Esdoornlaan", "Populierenweg", "Klaverstraat",
    "Roerdompstraat", "Havikstraat", "Eikenlaan", "Berkenhof", "Wilgenweg", "Vlierstraat",
    "Spoorstraat", "Nieuwstraat", "Schoolstraat", "Hoofdstraat", "Irisstraat", "Sperwerlaan",
    "Margrietstraat", "Plataanweg", "Akkerstraat", "Bloemenhof", "Waterlelie", "Dahliastraat",
]
# Letters van Nederlandse postcodes (zonder F, I, O, Q, U, Y); de combinaties SA, SD en SS worden niet gebruikt.
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


# --------------------------------------------------------------------------------------------
# De 36 klanten. Datums als dagen ten opzichte van de referentiedatum (negatief = verleden).
# Gesprekken: (dag, type, kanaal, duur in minuten, notitie); dag >= 0 betekent 'gepland'.
# --------------------------------------------------------------------------------------------

def bv(werkervaring, competenties, belemmeringen, wensberoepen, max_reistijd, vervoer, netwerk, zoekgedrag):
    """Beeldvorming; de arbeidsmarktregio volgt uit de woonplaats."""
    return {
        "werkervaring": werkervaring,
        "competenties": competenties,
        "belemmeringen": belemmeringen,
        "wensberoepen": wensberoepen,
        "max_reistijd_minuten": max_reistijd,
        "vervoer": vervoer,
        "netwerk": netwerk,
        "zoekgedrag": zoekgedrag,
    }


KLANTEN = [
    dict(  # 58 jaar, krimpberoep (drukker), Werkverkenner 0-25, > 6 maanden WW
        nr="K100001", naam="Johan van der Meulen", geboren="1968-06-14", woonplaats="Deventer",
        digivaardig=True, melding=-283, ww_start=-280, ww_maanden=24, uren_vorig=38, uren_beschikbaar=38,
        opleiding="mbo3", band="0-25", wv=-276, vroegmelder=False, beperking=False, maatman=None,
        beroep="drukker", adviseur=SANNE, fase="uitvoeren",
        bv=bv("32 jaar offsetdrukker bij een drukkerij in Deventer, de laatste 10 jaar ook ploegleider in de "
              "avonddienst. De drukkerij ging in februari failliet.",
              ["nauwkeurig", "technisch inzicht", "machines instellen", "kleurbeheer",
               "leiding geven aan een kleine ploeg"],
              ["Na een hele dag staan heb ik last van mijn knieën"],
              ["drukker", "machineoperator", "inpakmachine operator"], 45, "auto",
              "Kent veel mensen uit de grafische sector, maar de meeste drukkerijen in de regio zijn gestopt. "
              "Lid van een schietvereniging.",
              "Zocht eerst alleen drukkersvacatures; reageert nu ook op operatorfuncties in productie en verpakking."),
        gesprekken=[
            (-276, "intake", "vestiging", 45, "Intake na het faillissement van de drukkerij. Klant is aangeslagen na "
             "32 jaar bij dezelfde werkgever. Werkverkenner ingevuld: 0-25 %. Uitgenodigd voor een "
             "werkoriëntatiegesprek."),
            (-262, "werkorientatiegesprek", "vestiging", 60, "Het aantal drukkersvacatures in de regio is klein en "
             "neemt af. Samen gekeken naar operatorfuncties in productie en verpakking, waar zijn technische ervaring "
             "telt. Werkplan opgesteld: 4 sollicitatieactiviteiten per 4 weken."),
            (-220, "coachingsgesprek", "telefonisch", 20, "Klant heeft 5 keer gereageerd, waarvan 2 keer op "
             "drukkersvacatures buiten de regio. Eerste afwijzing voelt voor hem als leeftijdsdiscriminatie; besproken "
             "hoe hij zijn ervaring als ploegleider sterker benoemt."),
            (-175, "coachingsgesprek", "telefonisch", 25, "Sollicitaties volgens afspraak. Klant staat open voor werk "
             "als operator in de verpakkingsindustrie en is aangemeld voor een korte cursus machineoperator."),
            (-126, "evaluatiegesprek", "vestiging", 45, "Cursus afgerond; twee gesprekken bij verpakkingsbedrijven, "
             "geen aanbod. Arbeidsmarktkansen expliciet gewogen: het drukkersvak krimpt, de kans op terugkeer in het "
             "eigen vak is klein. Afgesproken breder te zoeken op machineoperator."),
            (-84, "coachingsgesprek", "telefonisch", 20, "Klant had een proefdag bij een kartonnagefabriek in "
             "Apeldoorn en wacht op de uitslag. Sollicitatieactiviteiten in orde."),
            (-33, "coachingsgesprek", "video", 30, "Geen aanbod van de kartonnagefabriek. Klant is teleurgesteld maar "
             "blijft zoeken. Passend werkaanbod besproken voor als hij 12 maanden in de WW zit; hij staat ervoor "
             "open."),
            (0, "coachingsgesprek", "vestiging", 30, "Voortgang sollicitaties en vacatures machineoperator in Deventer "
             "en Apeldoorn doorlopen."),
        ],
    ),
    dict(  # wordt 57 op 8 december 2026; Werkverkenner 25-50
        nr="K100002", naam="Ria Smulders", geboren="1969-12-08", woonplaats="Tilburg",
        digivaardig=True, melding=-63, ww_start=-60, ww_maanden=18, uren_vorig=36, uren_beschikbaar=36,
        opleiding="mbo4", band="25-50", wv=-62, vroegmelder=False, beperking=False, maatman=None,
        beroep="administratief medewerker", adviseur=EVA, fase="oordeelsvorming",
        bv=bv("22 jaar administratief medewerker bij een groothandel in bouwmaterialen (facturatie, orderverwerking); "
              "daarvoor 6 jaar receptioniste.",
              ["nauwkeurig", "klantvriendelijk", "Exact Online", "Excel (basis)", "zelfstandig werken"],
              [],
              ["administratief medewerker", "orderverwerker", "receptionist"], 40, "ov",
              "Oud-collega's werken bij andere groothandels; zingt in een koor. Netwerk nog niet ingezet.",
              "Reageert via vacaturesites, ongeveer 2 keer per week. Cv was verouderd en is herschreven."),
        gesprekken=[
            (-55, "intake", "vestiging", 45, "Intake. Functie vervallen door automatisering van de facturatie. "
             "Werkverkenner 25-50 %. Uitgenodigd voor een werkoriëntatiegesprek."),
            (-41, "werkorientatiegesprek", "vestiging", 60, "Cv samen doorgenomen: gedateerd en zonder "
             "softwarepakketten. Klant noemt zichzelf 'te oud voor de markt'; besproken dat administratieve functies "
             "met klantcontact in Tilburg wel gevraagd worden. Afspraak: cv herschrijven en workshop solliciteren voor "
             "50-plussers."),
            (-13, "coachingsgesprek", "telefonisch", 20, "Cv is herschreven. Vijf sollicitaties, één uitnodiging bij "
             "een installatiebedrijf. Oordeel over zelfredzaamheid volgt in het volgende gesprek."),
            (3, "evaluatiegesprek", "vestiging", 45, "Oordeelsvorming afronden: dienstverleningsdoel kiezen en "
             "werkplan bijstellen. Klant wordt binnenkort 57: arbeidsmarktkansen expliciet wegen."),
        ],
    ),
    dict(  # 63 jaar, minder uren beschikbaar (40 -> 32), WOG op oordeel adviseur
        nr="K100003", naam="Hans Brouwer", geboren="1963-04-02", woonplaats="Apeldoorn",
        digivaardig=True, melding=-305, ww_start=-302, ww_maanden=24, uren_vorig=40, uren_beschikbaar=32,
        opleiding="vmbo", band=None, wv=None, vroegmelder=False, beperking=False, maatman=None,
        beroep="conciërge", adviseur=SANNE, fase="uitvoeren",
        bv=bv("18 jaar conciërge op een middelbare school in Apeldoorn (gebouwbeheer, kleine reparaties, toezicht); "
              "daarvoor magazijnmedewerker en chauffeur.",
              ["klusvaardig", "goed met jongeren", "verantwoordelijk", "BHV-diploma", "rijbewijs B en C"],
              ["Zwaar tillen gaat niet meer zo goed als vroeger", "Ik wil niet meer dan vier dagen per week werken"],
              ["conciërge", "facilitair medewerker", "klusjesman"], 30, "auto",
              "Groot netwerk via school en de voetbalclub, maar zet dat liever niet in ('ik ga niet bedelen').",
              "Zocht alleen conciërgevacatures; reageert nu ook op facilitaire functies. Online reageren gaat met hulp "
              "van zijn zoon."),
        gesprekken=[
            (-298, "intake", "vestiging", 40, "Intake. Door een fusie van scholen is de functie conciërge vervallen. "
             "Werkverkenner niet ingevuld. Gezien leeftijd en smalle zoekrichting toch uitgenodigd voor een "
             "werkoriëntatiegesprek (oordeel adviseur)."),
            (-284, "werkorientatiegesprek", "vestiging", 60, "Klant wil 32 uur werken in plaats van 40. Uitgelegd dat "
             "minder beschikbaarheid gevolgen heeft voor de WW; klant houdt vast aan 32 uur. Zoekrichting verbreed "
             "naar facilitair medewerker en klusjesman bij woningcorporaties."),
            (-240, "coachingsgesprek", "telefonisch", 20, "Vier sollicitaties, allemaal op conciërgefuncties. "
             "Afgesproken dat hij ook op facilitaire functies reageert. Klant twijfelt."),
            (-190, "evaluatiegesprek", "vestiging", 45, "Nog geen gesprekken. Kansen op de regionale arbeidsmarkt "
             "besproken: facilitaire functies bij zorginstellingen worden wel aangeboden. Klant reageert bij twee "
             "zorgorganisaties."),
            (-150, "coachingsgesprek", "telefonisch", 15, "Eén sollicitatiegesprek bij een woonzorgcentrum, afgewezen. "
             "Klant is gemotiveerd om door te gaan."),
            (-100, "coachingsgesprek", "telefonisch", 20, "Klant doet twee ochtenden per week vrijwilligerswerk bij de "
             "voedselbank (afgestemd). Sollicitatieactiviteiten voldoende."),
            (-30, "coachingsgesprek", "vestiging", 30, "Klant zit ruim 6 maanden in de WW; alle arbeid is nu passend, "
             "dit is toegelicht. Hij staat open voor facilitair werk of magazijnwerk in deeltijd."),
            (9, "coachingsgesprek", "telefonisch", 20, "Nabellen over de vacatures facilitair medewerker die klant "
             "heeft ontvangen."),
        ],
    ),
    dict(  # 66 jaar, binnen 1 jaar van de AOW-leeftijd (19-05-2027), niet-digivaardig
        nr="K100004", naam="Wilma Kuipers", geboren="1960-05-19", woonplaats="Meppel",
        digivaardig=False, melding=-150, ww_start=-147, ww_maanden=15, uren_vorig=24, uren_beschikbaar=24,
        opleiding="basisonderwijs", band=None, wv=None, vroegmelder=False, beperking=False, maatman=None,
        beroep="schoonmaker", adviseur=MEHMET, fase="besluiten",
        bv=bv("Ruim 20 jaar schoonmaakster bij een schoonmaakbedrijf (kantoren en een school in Meppel); daarvoor "
              "thuis voor de kinderen gezorgd.",
              ["betrouwbaar", "zelfstandig", "grondig", "vaste werktijden gewend"],
              ["Ik kan niet met de computer overweg", "Na vier uur werken ben ik op"],
              ["schoonmaker"], 20, "fiets",
              "Dochter helpt met post en formulieren; kent veel mensen via de kerk.",
              "Zoekt niet online; kijkt in de huis-aan-huiskrant en vraagt rond. Levert papieren formulieren in."),
        gesprekken=[
            (-143, "intake", "vestiging", 45, "Intake op de vestiging, dochter was mee. Klant kan niet met de computer "
             "werken; Werkverkenner niet ingevuld. Als niet-digivaardige klant uitgenodigd voor een "
             "werkoriëntatiegesprek."),
            (-129, "werkorientatiegesprek", "vestiging", 60, "Klant bereikt op 19 mei 2027 de AOW-leeftijd en valt "
             "binnen een jaar daarvan: geen sollicitatieplicht, vrijstelling vastgelegd. Zij wil wel graag nog werken; "
             "hulp bij het zoeken naar schoonmaakwerk voor een paar uur per week afgesproken."),
            (-80, "coachingsgesprek", "telefonisch", 15, "Klant heeft via de kerk een tip gekregen voor schoonmaakwerk "
             "bij een huisartsenpraktijk. Geholpen met een korte brief."),
            (-24, "coachingsgesprek", "vestiging", 30, "Gesprek bij de huisartsenpraktijk gehad; zij zoeken iemand "
             "voor 8 uur per week vanaf januari. Besproken dat zij inkomsten naast de WW moet doorgeven."),
            (8, "coachingsgesprek", "telefonisch", 15, "Navragen of het contract bij de huisartsenpraktijk rond is."),
        ],
    ),
    dict(  # jong, Werkverkenner 75-100, korte WW (eindigt binnen 3 maanden)
        nr="K100005", naam="Daan Verhoeven", geboren="2002-03-11", woonplaats="Utrecht",
        digivaardig=True, melding=-52, ww_start=-49, ww_maanden=3, uren_vorig=40, uren_beschikbaar=40,
        opleiding="mbo2", band="75-100", wv=-50, vroegmelder=False, beperking=False, maatman=None,
        beroep="magazijnmedewerker", adviseur=MEHMET, fase="uitvoeren",
        bv=bv("3 jaar orderpicker via een uitzendbureau bij een distributiecentrum in Nieuwegein; daarvoor een bijbaan "
              "in een supermarkt.",
              ["snel en nauwkeurig", "reachtruckcertificaat", "handscanner", "fysiek sterk", "teamspeler"],
              [],
              ["heftruckchauffeur", "magazijnmedewerker"], 45, "auto",
              "Vrienden werken in de logistiek; actief op LinkedIn.",
              "Reageert zelfstandig 3 tot 4 keer per week; ingeschreven bij twee uitzendbureaus."),
        gesprekken=[
            (-45, "intake", "telefonisch", 30, "Telefonische intake. Werkverkenner 75-100 %. Klant is zelfredzaam en "
             "zoekt actief; niet uitgenodigd voor een werkoriëntatiegesprek. Contact via Werkmap en telefoon."),
            (-12, "coachingsgesprek", "telefonisch", 15, "Twee sollicitatiegesprekken bij distributiecentra in Utrecht "
             "en Houten. De WW loopt begin januari af; klant verwacht eerder werk te hebben."),
            (11, "coachingsgesprek", "telefonisch", 15, "Stand van zaken sollicitaties; de WW eindigt begin januari."),
        ],
    ),
    dict(  # minder uren beschikbaar (32 -> 24), wil overstappen naar HR
        nr="K100006", naam="Samira El Amrani", geboren="1995-07-22", woonplaats="Rotterdam",
        digivaardig=True, melding=-137, ww_start=-135, ww_maanden=12, uren_vorig=32, uren_beschikbaar=24,
        opleiding="mbo4", band="50-75", wv=-136, vroegmelder=False, beperking=False, maatman=None,
        beroep="klantenservicemedewerker", adviseur=EVA, fase="uitvoeren",
        bv=bv("6 jaar klantenservicemedewerker bij een energieleverancier (telefoon, chat, klachtafhandeling); de "
              "laatste 2 jaar ook nieuwe collega's ingewerkt.",
              ["klantgericht", "stressbestendig", "communicatief sterk", "Salesforce",
               "Nederlands, Engels en Arabisch"],
              ["Door de opvang van mijn kinderen kan ik alleen tussen 9 en 15 uur werken"],
              ["hr-medewerker", "klantenservicemedewerker"], 40, "ov",
              "Oud-teamleider wil referentie zijn; zus werkt bij een uitzendbureau.",
              "Reageert gericht op functies met daguren; volgt op eigen kosten een cursus personeelsadministratie."),
        gesprekken=[
            (-130, "intake", "video", 30, "Intake via video. Werkverkenner 50-75 %. Klant wil 24 uur werken in plaats "
             "van 32 uur vanwege de kinderopvang. Gevolgen van minder beschikbaarheid voor de WW uitgelegd."),
            (-95, "coachingsgesprek", "telefonisch", 20, "Klant wil overstappen naar HR. Besproken of dat realistisch "
             "is: HR-functies vragen vaak hbo of ervaring. Afgesproken ook te reageren op klantenservicefuncties met "
             "vaste daguren."),
            (-60, "coachingsgesprek", "telefonisch", 20, "Klant volgt op eigen kosten een online cursus "
             "personeelsadministratie. Zes sollicitatieactiviteiten in 4 weken."),
            (-21, "coachingsgesprek", "video", 25, "Twee gesprekken bij de klantenservice van een zorgverzekeraar; "
             "tweede ronde volgt. De werktijden passen bij de opvang."),
            (1, "coachingsgesprek", "telefonisch", 15, "Uitkomst van de tweede ronde bij de zorgverzekeraar "
             "bespreken."),
        ],
    ),
    dict(  # grensregio Venlo, zoekt ook in Duitsland
        nr="K100007", naam="Kemal Aydin", geboren="1981-02-17", woonplaats="Venlo",
        digivaardig=True, melding=-124, ww_start=-122, ww_maanden=18, uren_vorig=40, uren_beschikbaar=40,
        opleiding="vmbo", band="50-75", wv=-123, vroegmelder=False, beperking=False, maatman=None,
        beroep="heftruckchauffeur", adviseur=MEHMET, fase="uitvoeren",
        bv=bv("12 jaar heftruck- en reachtruckchauffeur bij distributiecentra in Venlo, in ploegendienst.",
              ["heftruckcertificaat", "reachtruckcertificaat", "WMS en handscanner", "ploegendienst gewend",
               "Duits (spreken)"],
              [],
              ["heftruckchauffeur", "voorraadbeheerder"], 45, "auto",
              "Neef werkt bij een logistiek bedrijf in Duitsland; kent veel collega's uit de Venlose logistiek.",
              "Reageert op vacatures in Venlo en net over de grens; ingeschreven bij drie uitzendbureaus."),
        gesprekken=[
            (-118, "intake", "vestiging", 30, "Intake. Reorganisatie bij het distributiecentrum, 40 banen vervallen. "
             "Werkverkenner 50-75 %. Klant wil ook in Duitsland werken; gevolgen voor belasting en sociale zekerheid "
             "kort besproken en doorverwezen naar het GrensInfoPunt."),
            (-80, "coachingsgesprek", "telefonisch", 15, "Sollicitaties in orde. Klant twijfelt over een aanbod in "
             "Mönchengladbach (ruim een uur enkele reis). Uitgelegd dat reistijd tot 2 uur per dag in de eerste "
             "6 maanden passend is."),
            (-26, "coachingsgesprek", "telefonisch", 15, "Klant had een proefdag bij een logistiek bedrijf in Straelen "
             "(Duitsland) en wacht op een contractvoorstel."),
            (2, "coachingsgesprek", "telefonisch", 15, "Contractvoorstel Straelen navragen."),
        ],
    ),
    dict(  # niet-digivaardig, grensregio Kerkrade, > 6 maanden WW
        nr="K100008", naam="Fatma Öztürk", geboren="1974-09-30", woonplaats="Kerkrade",
        digivaardig=False, melding=-218, ww_start=-215, ww_maanden=15, uren_vorig=20, uren_beschikbaar=20,
        opleiding="basisonderwijs", band=None, wv=None, vroegmelder=False, beperking=False, maatman=None,
        beroep="schoonmaker", adviseur=SANNE, fase="uitvoeren",
        bv=bv("14 jaar schoonmaakster in een verpleeghuis in Kerkrade, in avond- en weekenddiensten. Daarvoor "
              "productiewerk in een kledingfabriek in Turkije.",
              ["hard werken", "betrouwbaar", "hygiënisch werken", "Turks"],
              ["Lezen en schrijven in het Nederlands vind ik moeilijk", "Ik heb thuis geen computer"],
              ["schoonmaker", "keukenhulp"], 30, "ov",
              "Veel contacten in de Turkse gemeenschap in Kerkrade; zoon helpt met brieven.",
              "Vraagt rond in haar netwerk; levert de sollicitatieactiviteiten op papier in."),
        gesprekken=[
            (-211, "intake", "vestiging", 45, "Intake met een telefonische tolk. Klant is niet digivaardig en heeft "
             "geen computer. Uitgenodigd voor een werkoriëntatiegesprek."),
            (-197, "werkorientatiegesprek", "vestiging", 60, "Klant levert sollicitatieactiviteiten op papier in. "
             "Taalcursus via de gemeente besproken; klant wil dat graag. Vacatures in Herzogenrath en Aachen "
             "meegenomen in de zoekrichting."),
            (-150, "coachingsgesprek", "vestiging", 30, "Papieren formulieren nagekeken: 4 activiteiten, waarvan 2 bij "
             "schoonmaakbedrijven. Klant is gestart met taallessen in de bibliotheek."),
            (-105, "coachingsgesprek", "vestiging", 30, "Sollicitatieactiviteiten in orde. Klant staat bij een "
             "schoonmaakbedrijf op de lijst voor invalwerk."),
            (-62, "evaluatiegesprek", "vestiging", 45, "Geen vaste baan gevonden. Klant valt twee keer per week in "
             "(inkomsten doorgegeven). Passend werkaanbod besproken voor als zij langer werkloos blijft."),
            (-20, "coachingsgesprek", "vestiging", 30, "Formulieren ingeleverd. Het schoonmaakbedrijf biedt mogelijk "
             "een vast contract voor 16 uur vanaf januari."),
            (10, "coachingsgesprek", "vestiging", 30, "Papieren formulieren en stand van zaken contract "
             "schoonmaakbedrijf bespreken."),
        ],
    ),
    dict(  # grensregio Heerlen, >= 12 maanden WW, passend werkaanbod
        nr="K100009", naam="Peter Janssen", geboren="1977-05-06", woonplaats="Heerlen",
        digivaardig=True, melding=-428, ww_start=-425, ww_maanden=24, uren_vorig=40, uren_beschikbaar=40,
        opleiding="mbo4", band="25-50", wv=-426, vroegmelder=False, beperking=False, maatman=None,
        beroep="onderhoudsmonteur", adviseur=EVA, fase="uitvoeren",
        bv=bv("20 jaar onderhoudsmonteur bij een chemisch bedrijf in Geleen (mechanisch onderhoud van pompen en "
              "compressoren, storingsdienst). Ontslagen bij de sluiting van een productielijn.",
              ["storingsanalyse", "mechanisch onderhoud", "VCA-VOL", "hydrauliek en pneumatiek", "ploegendienst"],
              ["Op grote hoogte werken gaat niet, ik word dan duizelig"],
              ["onderhoudsmonteur", "mechanisch monteur", "monteur mobiele werktuigen"], 60, "auto",
              "Kent oud-collega's in de chemie; lid van een technische vereniging.",
              "Solliciteerde eerst alleen bij grote chemiebedrijven; zoekt nu ook in Aachen en Maasmechelen."),
        gesprekken=[
            (-420, "intake", "vestiging", 45, "Intake. Werkverkenner 25-50 %, vooral door een lage verwachting van de "
             "eigen kansen. Uitgenodigd voor een werkoriëntatiegesprek."),
            (-406, "werkorientatiegesprek", "vestiging", 60, "Klant zoekt alleen in de chemie. Besproken dat "
             "onderhoudsmonteurs ook in de voedingsindustrie en in Aachen gevraagd worden. Werkplan: 4 activiteiten "
             "per 4 weken, minstens 1 buiten de chemie."),
            (-350, "coachingsgesprek", "telefonisch", 20, "Negen sollicitaties, één gesprek. Klant geeft aan dat "
             "werken op hoogte niet gaat; meegenomen in de zoekrichting."),
            (-290, "evaluatiegesprek", "vestiging", 45, "Klant houdt vast aan de chemie. Visie adviseur: de kansen "
             "liggen in breder technisch onderhoud, ook over de grens. Klant gaat akkoord met zoeken in Aachen en "
             "Maasmechelen."),
            (-230, "coachingsgesprek", "telefonisch", 20, "Gesprek gehad bij een onderhoudsbedrijf in Aachen, "
             "afgewezen op de Duitse taal. Cursus technisch Duits besproken."),
            (-170, "coachingsgesprek", "telefonisch", 20, "Klant volgt op eigen kosten een cursus Duits. Sollicitaties "
             "voldoende."),
            (-110, "evaluatiegesprek", "vestiging", 45, "Nog geen werk na 10 maanden. Passend werkaanbod voorbereid "
             "met de werkgeversdienstverlening."),
            (-29, "coachingsgesprek", "vestiging", 40, "Klant is ruim 12 maanden werkloos en aangemeld voor passend "
             "werkaanbod; twee werkgevers in de regio staan open voor langdurig werkzoekenden."),
            (4, "coachingsgesprek", "vestiging", 45, "Passend werkaanbod: de twee vacatures bespreken en de "
             "sollicitatiegesprekken inplannen."),
        ],
    ),
    dict(  # grensregio Enschede, Werkverkenner 75-100, start binnenkort
        nr="K100010", naam="Anouk de Groot", geboren="1998-01-25", woonplaats="Enschede",
        digivaardig=True, melding=-108, ww_start=-106, ww_maanden=6, uren_vorig=30, uren_beschikbaar=30,
        opleiding="mbo4", band="75-100", wv=-107, vroegmelder=False, beperking=False, maatman=None,
        beroep="pedagogisch medewerker", adviseur=SANNE, fase="uitvoeren",
        bv=bv("5 jaar pedagogisch medewerker op een kinderdagverblijf in Enschede; tijdelijk contract niet verlengd.",
              ["geduldig", "creatief", "observeren en rapporteren", "VE-certificaat", "BHV"],
              [],
              ["pedagogisch medewerker", "onderwijsassistent"], 30, "fiets",
              "Oud-collega's en ouders van kinderen; speelt hockey.",
              "Zeer actief, reageert twee keer per week. Keek ook naar een Kita in Gronau (Duitsland)."),
        gesprekken=[
            (-100, "intake", "telefonisch", 25, "Telefonische intake. Werkverkenner 75-100 %. Er is veel vraag naar "
             "pedagogisch medewerkers; klant is zelfredzaam. Niet uitgenodigd voor een werkoriëntatiegesprek."),
            (-48, "coachingsgesprek", "telefonisch", 15, "Klant kreeg drie aanbiedingen voor invalwerk maar wil een "
             "vast contract. Uitgelegd dat zij passend werk moet aanvaarden, ook met een tijdelijk contract."),
            (-6, "coachingsgesprek", "telefonisch", 15, "Klant start op 1 december als pedagogisch medewerker bij een "
             "kinderopvangorganisatie in Hengelo, 28 uur. Uitstroom verwerken na de start."),
        ],
    ),
    dict(  # grensregio Terneuzen (België), net gestart, Werkverkenner nog niet ingevuld
        nr="K100011", naam="Tim Bakker", geboren="1991-10-03", woonplaats="Terneuzen",
        digivaardig=True, melding=-24, ww_start=-21, ww_maanden=9, uren_vorig=40, uren_beschikbaar=40,
        opleiding="mbo4", band=None, wv=None, vroegmelder=False, beperking=False, maatman=None,
        beroep="procesoperator", adviseur=EVA, fase="beeldvorming",
        bv=bv("10 jaar procesoperator in de chemische industrie in de Kanaalzone (5-ploegendienst, controlekamer).",
              ["procesoperator B", "VCA", "veiligheidsbewust", "5-ploegendienst", "storingen analyseren"],
              [],
              ["procesoperator", "operator levensmiddelenindustrie"], 50, "auto",
              "Kent veel operators in de Kanaalzone en in de haven van Gent.",
              "Heeft gereageerd bij twee bedrijven in Gent en wacht op antwoord."),
        gesprekken=[
            (-17, "intake", "vestiging", 40, "Intake. Klant kan de Werkverkenner nog invullen; link opnieuw gestuurd. "
             "Werken in België (Gent) besproken: operators zijn daar gewild."),
            (4, "coachingsgesprek", "telefonisch", 20, "Werkverkenner bespreken en oordeel over zelfredzaamheid "
             "vormen."),
        ],
    ),
    dict(  # grensregio Roosendaal, arbeidsbeperking (68 %), minder uren (36 -> 20), Werkverkenner 25-50
        nr="K100012", naam="Lotte Willems", geboren="1985-08-19", woonplaats="Roosendaal",
        digivaardig=True, melding=-248, ww_start=-245, ww_maanden=12, uren_vorig=36, uren_beschikbaar=20,
        opleiding="mbo4", band="25-50", wv=-247, vroegmelder=False, beperking=True, maatman=68,
        beroep="boekhouder", adviseur=MEHMET, fase="uitvoeren",
        bv=bv("12 jaar financieel administratief medewerker bij een transportbedrijf in Roosendaal; na twee jaar "
              "ziekte uit dienst. WIA-beoordeling: minder dan 35 % arbeidsongeschikt.",
              ["nauwkeurig", "Exact en AFAS", "Excel gevorderd", "zelfstandig werken", "analytisch"],
              ["Ik kan maximaal 4 uur per dag werken, daarna ben ik te moe",
               "Ik heb een rustige werkplek nodig met weinig onderbrekingen"],
              ["boekhouder", "crediteurenadministrateur", "salarisadministrateur"], 30, "auto",
              "Oud-werkgever wil een referentie geven; contact met een arbeidsdeskundige.",
              "Zoekt deeltijdvacatures in Roosendaal en Bergen op Zoom, ook net over de grens in België."),
        gesprekken=[
            (-240, "intake", "vestiging", 45, "Intake. WW na beëindiging van het dienstverband tijdens ziekte; "
             "WIA-beoordeling minder dan 35 %, restverdiencapaciteit 68 %. Belastbaar tot 4 uur per dag. "
             "Werkverkenner 25-50 %. Uitgenodigd voor een werkoriëntatiegesprek."),
            (-226, "werkorientatiegesprek", "vestiging", 60, "Beschikbaar voor 20 uur per week, eerder 36 uur: "
             "gevolgen voor de WW uitgelegd en vastgelegd. Zoekrichting: deeltijdfuncties in de financiële "
             "administratie. Extra ondersteuning vanwege de arbeidsbeperking besproken."),
            (-180, "coachingsgesprek", "telefonisch", 20, "Sollicitaties in orde. Werkgevers vragen vaak 32 uur of "
             "meer. Besproken hoe zij haar beschikbaarheid in een brief positief verwoordt."),
            (-120, "evaluatiegesprek", "vestiging", 45, "Twee gesprekken gehad, geen aanbod. IRO bij een "
             "re-integratiebedrijf met ervaring met arbeidsbeperkingen voorgesteld; aanvraag loopt."),
            (-75, "coachingsgesprek", "video", 30, "IRO gestart. Eerste afspraken over jobhunting gemaakt. Klant is "
             "positief."),
            (-28, "coachingsgesprek", "telefonisch", 20, "Het re-integratiebedrijf meldt een mogelijke proefplaatsing "
             "bij een accountantskantoor in Roosendaal (20 uur). Start wordt afgestemd."),
            (1, "coachingsgesprek", "telefonisch", 20, "Start proefplaatsing afstemmen en afspraken over de "
             "sollicitatieplicht tijdens de proefplaatsing vastleggen."),
        ],
    ),
    dict(  # grensregio Maastricht, zoekt ook in België en Aachen
        nr="K100013", naam="Marco Hendriks", geboren="1982-11-29", woonplaats="Maastricht",
        digivaardig=True, melding=-72, ww_start=-70, ww_maanden=12, uren_vorig=38, uren_beschikbaar=38,
        opleiding="mbo3", band="50-75", wv=-71, vroegmelder=False, beperking=False, maatman=None,
        beroep="kok", adviseur=SANNE, fase="uitvoeren",
        bv=bv("15 jaar kok in restaurants in Maastricht, de laatste 4 jaar sous-chef. Het restaurant is gesloten.",
              ["HACCP", "à la carte en banqueting", "keukenteam aansturen", "creatief", "werken onder tijdsdruk"],
              ["Late avonden gaan niet meer samen met de zorg voor mijn kinderen"],
              ["kok", "chef-kok", "cateringmedewerker"], 45, "auto",
              "Groot netwerk in de Maastrichtse horeca; kent leveranciers en restauranthouders in Belgisch Limburg.",
              "Zoekt vooral functies met daguren (bedrijfscatering, zorgkeukens); reageerde ook in Maasmechelen en "
              "Aachen."),
        gesprekken=[
            (-66, "intake", "vestiging", 30, "Intake. Werkverkenner 50-75 %. Klant zoekt werk met daguren, "
             "bijvoorbeeld in bedrijfscatering of een zorgkeuken. Niet uitgenodigd voor een werkoriëntatiegesprek; "
             "contact per telefoon."),
            (-30, "coachingsgesprek", "telefonisch", 15, "Zes sollicitaties, waarvan twee in België. Gesprek gepland "
             "bij een bedrijfsrestaurant bij Maastricht Aachen Airport."),
            (0, "coachingsgesprek", "video", 20, "Uitkomst gesprek bedrijfsrestaurant en vacatures in Hasselt en "
             "Aachen bespreken."),
        ],
    ),
    dict(  # grensregio Nijmegen, Werkverkenner 75-100, spreekt Duits
        nr="K100014", naam="Ilse Gerritsen", geboren="1989-04-14", woonplaats="Nijmegen",
        digivaardig=True, melding=-38, ww_start=-35, ww_maanden=9, uren_vorig=36, uren_beschikbaar=36,
        opleiding="hbo", band="75-100", wv=-37, vroegmelder=False, beperking=False, maatman=None,
        beroep="transportplanner", adviseur=EVA, fase="oordeelsvorming",
        bv=bv("8 jaar planner bij een transportbedrijf in Nijmegen (nationale en Duitse ritten). Na een overname is de "
              "planning naar Duitsland verhuisd.",
              ["planning en routeoptimalisatie", "TMS-systemen", "Duits vloeiend", "contact met verladers",
               "stressbestendig"],
              [],
              ["transportplanner", "douanedeclarant", "voorraadbeheerder"], 60, "auto",
              "Groot netwerk in de transportsector; actief op LinkedIn.",
              "Reageert gericht op plannersfuncties in Nijmegen, Arnhem, Kleve en Emmerich am Rhein."),
        gesprekken=[
            (-31, "intake", "video", 30, "Intake via video. Werkverkenner 75-100 %. Klant zoekt zelfstandig; vacatures "
             "in Kleve en Emmerich passen bij haar Duits. Niet uitgenodigd voor een werkoriëntatiegesprek."),
            (11, "coachingsgesprek", "telefonisch", 15, "Korte check: sollicitaties en gesprekken bij "
             "transportbedrijven in Kleve."),
        ],
    ),
    dict(  # intake te laat: melding 19 dagen geleden, geen gesprek; 61 jaar, niet-digivaardig
        nr="K100015", naam="Henk Mulder", geboren="1965-02-12", woonplaats="Zwolle",
        digivaardig=False, melding=-19, ww_start=-16, ww_maanden=24, uren_vorig=32, uren_beschikbaar=32,
        opleiding="vmbo", band=None, wv=None, vroegmelder=False, beperking=False, maatman=None,
        beroep="postbode", adviseur=MEHMET, fase="beeldvorming",
        bv=bv("Volgens de melding 25 jaar postbode in Zwolle; functie vervallen bij een reorganisatie van de "
              "postbezorging.",
              [], [], [], None, None, None, None),
        gesprekken=[],
    ),
    dict(  # intake te laat: melding 22 dagen geleden, intake pas gepland op de referentiedatum
        nr="K100016", naam="Joyce Martina", geboren="2000-06-05", woonplaats="Almere",
        digivaardig=True, melding=-22, ww_start=-20, ww_maanden=6, uren_vorig=28, uren_beschikbaar=28,
        opleiding="mbo2", band="50-75", wv=-21, vroegmelder=False, beperking=False, maatman=None,
        beroep="kassamedewerker", adviseur=SANNE, fase="beeldvorming",
        bv=bv("4 jaar kassamedewerker en vakkenvuller bij een supermarkt in Almere; contract niet verlengd.",
              ["klantvriendelijk", "snel", "kassasystemen", "flexibel inzetbaar"],
              [],
              ["verkoopmedewerker", "receptionist"], 40, "ov",
              None,
              "Heeft de Werkverkenner online ingevuld; verdere gegevens volgen bij de intake."),
        gesprekken=[
            (0, "intake", "vestiging", 45, "Intake. De eerste afspraak op 9 november is door klant afgezegd wegens "
             "ziekte; de intake valt daardoor buiten de termijn van 2 weken."),
        ],
    ),
    dict(  # geen contact > 5 weken (laatste gesprek 45 dagen geleden, niets gepland)
        nr="K100017", naam="Robert Visser", geboren="1973-09-09", woonplaats="Amersfoort",
        digivaardig=True, melding=-153, ww_start=-151, ww_maanden=21, uren_vorig=40, uren_beschikbaar=40,
        opleiding="hbo", band="75-100", wv=-152, vroegmelder=False, beperking=False, maatman=None,
        beroep="accountmanager", adviseur=EVA, fase="uitvoeren",
        bv=bv("15 jaar accountmanager in de kantoorartikelen- en ICT-branche; de laatste werkgever ging failliet.",
              ["commercieel", "relatiebeheer", "onderhandelen", "CRM", "rijbewijs B"],
              [],
              ["accountmanager", "verkoper binnendienst"], 60, "auto",
              "Uitgebreid zakelijk netwerk, zeer actief op LinkedIn.",
              "Zoekt via zijn netwerk en recruiters; houdt zijn activiteiten in de Werkmap onregelmatig bij."),
        gesprekken=[
            (-146, "intake", "telefonisch", 30, "Telefonische intake. Werkverkenner 75-100 %. Klant verwacht via zijn "
             "netwerk snel werk te vinden. Zelfredzaam; contact elke 4 à 5 weken."),
            (-110, "coachingsgesprek", "telefonisch", 15, "Drie gesprekken bij groothandels, nog geen aanbod. Niet "
             "alle activiteiten staan in de Werkmap; klant gevraagd die bij te werken."),
            (-78, "coachingsgesprek", "telefonisch", 15, "Werkmap bijgewerkt. Klant zit in de tweede ronde bij een "
             "ICT-distributeur."),
            (-44, "coachingsgesprek", "telefonisch", 15, "Afgewezen in de laatste ronde; klant klinkt minder zeker. "
             "Afgesproken dat hij binnen vier weken een update stuurt via de Werkmap."),
        ],
    ),
    dict(  # geen contact > 5 weken (55 dagen), monitorgesprek gevoerd, WW eindigt over een maand
        nr="K100018", naam="Natasha Pinas", geboren="1987-03-27", woonplaats="Amsterdam",
        digivaardig=True, melding=-248, ww_start=-245, ww_maanden=9, uren_vorig=36, uren_beschikbaar=36,
        opleiding="mbo3", band="50-75", wv=-247, vroegmelder=False, beperking=False, maatman=None,
        beroep="klantenservicemedewerker", adviseur=MEHMET, fase="uitvoeren",
        bv=bv("7 jaar klantenservice bij een telecomprovider en een webwinkel; viel in voor de teamleider.",
              ["klantgericht", "oplossingsgericht", "Zendesk", "snel typen", "Engels en Sranantongo"],
              [],
              ["klantenservicemedewerker", "receptionist", "meldkamermedewerker"], 45, "ov",
              "Familie en kerkgemeenschap in Amsterdam-Zuidoost.",
              "Reageert op veel vacatures via uitzendbureaus, weinig gericht."),
        gesprekken=[
            (-240, "intake", "telefonisch", 25, "Telefonische intake. Werkverkenner 50-75 %. Klant zoekt "
             "klantenservicewerk in Amsterdam; zelfredzaam, niet uitgenodigd voor een werkoriëntatiegesprek."),
            (-200, "coachingsgesprek", "telefonisch", 15, "Acht sollicitaties, twee gesprekken. Klant wil liever geen "
             "avonddiensten."),
            (-160, "coachingsgesprek", "telefonisch", 15, "Klant heeft een tijdelijke baan van 6 weken bij een "
             "callcenter aangenomen (inkomsten doorgegeven)."),
            (-118, "coachingsgesprek", "telefonisch", 15, "Tijdelijke baan afgelopen; sollicitaties weer opgepakt. "
             "Klant denkt na over een opleiding tot meldkamermedewerker."),
            (-55, "monitorgesprek", "telefonisch", 30, "Monitorgesprek na 6 maanden WW. Klant is nog werkloos; alle "
             "arbeid is nu passend. De WW eindigt eind december. Afgesproken dat zij binnen 2 weken haar "
             "opleidingsplan doorstuurt en zich oriënteert op de bijstand als dat nodig is."),
        ],
    ),
    dict(  # > 6 uur gesprekken zonder blijvend resultaat, >= 12 maanden WW, Werkverkenner 0-25
        nr="K100019", naam="Mohamed Bouzid", geboren="1979-08-02", woonplaats="Arnhem",
        digivaardig=True, melding=-398, ww_start=-396, ww_maanden=20, uren_vorig=38, uren_beschikbaar=38,
        opleiding="vmbo", band="0-25", wv=-397, vroegmelder=False, beperking=False, maatman=None,
        beroep="productiemedewerker", adviseur=SANNE, fase="uitvoeren",
        bv=bv("19 jaar productiemedewerker bij een vleesverwerkend bedrijf in Arnhem; de productie is naar het "
              "buitenland verplaatst.",
              ["doorzetter", "ploegendienst", "hygiënisch werken", "tempo houden", "Arabisch en Nederlands"],
              ["Werken boven mijn hoofd lukt niet door mijn schouder",
               "Schrijven in het Nederlands kost me veel tijd"],
              ["productiemedewerker", "magazijnmedewerker", "operator levensmiddelenindustrie"], 45, "fiets",
              "Vorige baan via een kennis gekregen; weinig netwerk buiten de moskee en oud-collega's.",
              "Reageert met hulp; vindt online solliciteren lastig. Ingeschreven bij twee uitzendbureaus."),
        gesprekken=[
            (-392, "intake", "vestiging", 45, "Intake. Klant werkte 19 jaar bij een vleesverwerker die de productie "
             "heeft verplaatst. Werkverkenner 0-25 %: lage zoekintentie en weinig vertrouwen. Uitgenodigd voor een "
             "werkoriëntatiegesprek."),
            (-378, "werkorientatiegesprek", "vestiging", 60, "Klant heeft nooit gesolliciteerd. Samen een cv gemaakt. "
             "Werkplan: 4 activiteiten per 4 weken; aangemeld voor een sollicitatieworkshop."),
            (-350, "coachingsgesprek", "vestiging", 45, "Workshop gevolgd. Samen drie vacatures uitgezocht en reacties "
             "opgesteld. Online solliciteren vindt klant lastig."),
            (-320, "coachingsgesprek", "vestiging", 45, "Twee afwijzingen. Klant kan niet boven zijn hoofd werken; "
             "meegenomen in de zoekrichting (geen magazijnwerk met hoge stellingen)."),
            (-285, "coachingsgesprek", "telefonisch", 30, "Gesprek gehad bij een zuivelfabriek, afgewezen. "
             "Terugkoppeling: weinig enthousiasme in het gesprek. Oefengesprek afgesproken."),
            (-260, "coachingsgesprek", "vestiging", 60, "Sollicitatiegesprek geoefend; klant was nerveus maar werd "
             "zekerder. Afgesproken dat hij zich inschrijft bij twee uitzendbureaus."),
            (-225, "evaluatiegesprek", "vestiging", 45, "Na 6 maanden is alle arbeid passend. Geen werk ondanks "
             "voldoende activiteiten. Visie adviseur: klant heeft intensievere begeleiding nodig."),
            (-190, "coachingsgesprek", "vestiging", 45, "IRO besproken; klant twijfelt en wil eerst vier weken gericht "
             "solliciteren via het uitzendbureau."),
            (-150, "coachingsgesprek", "telefonisch", 30, "Het uitzendbureau heeft klant twee keer voorgesteld, zonder "
             "resultaat. Klant is gemotiveerd, maar het lukt niet."),
            (-110, "coachingsgesprek", "vestiging", 45, "Klant werkte drie weken via het uitzendbureau bij een "
             "kaasfabriek; daarna weer werkloos. Inkomsten doorgegeven."),
            (-60, "evaluatiegesprek", "vestiging", 45, "Ruim 6 uur begeleiding zonder blijvend resultaat: een "
             "re-integratiebedrijf had eerder ingeschakeld moeten worden. IRO aangevraagd en passend werkaanbod "
             "voorbereid."),
            (-25, "coachingsgesprek", "telefonisch", 20, "IRO gestart. Klant is 12 maanden werkloos en aangemeld voor "
             "passend werkaanbod."),
            (7, "coachingsgesprek", "vestiging", 45, "Voortgang IRO en passend werkaanbod bespreken."),
        ],
    ),
    dict(  # > 6 uur gesprekken, >= 12 maanden WW, Werkverkenner 0-25, mantelzorgvrijstelling gehad
        nr="K100020", naam="Monique Dekker", geboren="1971-10-21", woonplaats="Leeuwarden",
        digivaardig=True, melding=-458, ww_start=-455, ww_maanden=21, uren_vorig=32, uren_beschikbaar=32,
        opleiding="mbo4", band="0-25", wv=-456, vroegmelder=False, beperking=False, maatman=None,
        beroep="secretaresse", adviseur=EVA, fase="uitvoeren",
        bv=bv("26 jaar secretaresse bij een gemeentelijke dienst in Leeuwarden; functie vervallen na een "
              "reorganisatie.",
              ["organiseren", "notuleren", "agendabeheer", "Office", "discreet"],
              [],
              ["secretaresse", "managementassistent", "receptionist"], 40, "auto",
              "Oud-collega's bij gemeente en provincie; heeft sinds kort een LinkedIn-profiel.",
              "Solliciteerde eerst alleen bij de overheid; reageert nu ook in onderwijs en zorg."),
        gesprekken=[
            (-450, "intake", "vestiging", 45, "Intake. Werkverkenner 0-25 %: weinig vertrouwen en verwachting van een "
             "lange zoektijd. Uitgenodigd voor een werkoriëntatiegesprek."),
            (-436, "werkorientatiegesprek", "vestiging", 60, "26 jaar bij dezelfde werkgever; klant weet niet hoe "
             "solliciteren nu werkt. Werkplan opgesteld en sollicitatieworkshop afgesproken."),
            (-400, "coachingsgesprek", "vestiging", 40, "Workshop gevolgd; LinkedIn-profiel aangemaakt. Klant "
             "solliciteert vooral bij de overheid."),
            (-350, "coachingsgesprek", "telefonisch", 25, "Zes sollicitaties, geen uitnodiging. Besproken dat "
             "secretariaatsfuncties in onderwijs en zorg ook passen."),
            (-300, "evaluatiegesprek", "vestiging", 45, "De zorg voor haar moeder kost veel tijd. Vrijstelling van de "
             "sollicitatieplicht wegens mantelzorg toegekend voor 3 maanden."),
            (-205, "coachingsgesprek", "vestiging", 40, "Vrijstelling afgelopen; moeder woont nu in een verpleeghuis. "
             "Sollicitaties weer opgepakt, cv bijgewerkt."),
            (-160, "coachingsgesprek", "telefonisch", 25, "Twee gesprekken, geen aanbod. Klant wil een cursus "
             "managementassistent; de kans op werk daarna besproken."),
            (-110, "coachingsgesprek", "telefonisch", 25, "Klant volgt de cursus op eigen kosten. "
             "Sollicitatieactiviteiten in orde."),
            (-65, "evaluatiegesprek", "vestiging", 45, "Na 13 maanden aangemeld voor passend werkaanbod. Klant staat "
             "open voor receptiewerk."),
            (-18, "coachingsgesprek", "vestiging", 40, "Passend werkaanbod: twee vacatures besproken (receptie "
             "zorginstelling, secretariaat woningcorporatie). Gesprekken ingepland."),
            (14, "evaluatiegesprek", "telefonisch", 20, "Klant en werkgevers vragen hoe de gesprekken uit het passend "
             "werkaanbod zijn gegaan."),
        ],
    ),
    dict(  # vroegmelder: melding 40 dagen geleden, WW-start 19-12-2026 (collectief ontslag)
        nr="K100021", naam="Erik Vos", geboren="1976-12-01", woonplaats="Eindhoven",
        digivaardig=True, melding=-40, ww_start=26, ww_maanden=24, uren_vorig=40, uren_beschikbaar=40,
        opleiding="mbo4", band="50-75", wv=-38, vroegmelder=True, beperking=False, maatman=None,
        beroep="mechanisch monteur", adviseur=MEHMET, fase="oordeelsvorming",
        bv=bv("25 jaar monteur bij een machinebouwer in Eindhoven. Collectief ontslag van 60 medewerkers: de productie "
              "verhuist naar Tsjechië; het dienstverband eindigt op 18 december.",
              ["mechanische montage", "tekening lezen", "pneumatiek", "inbedrijfstelling bij klanten", "Engels"],
              [],
              ["mechanisch monteur", "onderhoudsmonteur", "monteur mobiele werktuigen"], 45, "auto",
              "Via het mobiliteitscentrum in contact met werkgevers in de regio; veel oud-collega's in de machinebouw.",
              "Al actief tijdens de opzegtermijn; twee gesprekken via het mobiliteitscentrum."),
        gesprekken=[
            (-33, "intake", "vestiging", 45, "Intake vroegmelder tijdens de opzegtermijn; de WW gaat in op 19 "
             "december. Collectief ontslag, het mobiliteitscentrum is gestart. Werkverkenner 50-75 %."),
            (-12, "coachingsgesprek", "vestiging", 30, "Klant had via het mobiliteitscentrum een gesprek bij een "
             "machinebouwer in Helmond. De vraag naar monteurs in de regio is groot."),
            (0, "coachingsgesprek", "telefonisch", 20, "Uitkomst gesprek Helmond; afspraken voor de periode vanaf de "
             "WW-start."),
        ],
    ),
    dict(  # vroegmelder: melding 12 dagen geleden, WW-start 11-01-2027 (bankkantoor sluit)
        nr="K100022", naam="Sandra Koster", geboren="1983-02-24", woonplaats="Groningen",
        digivaardig=True, melding=-12, ww_start=49, ww_maanden=18, uren_vorig=32, uren_beschikbaar=32,
        opleiding="mbo4", band=None, wv=None, vroegmelder=True, beperking=False, maatman=None,
        beroep="bankmedewerker", adviseur=EVA, fase="beeldvorming",
        bv=bv("16 jaar bij een bank in Groningen, eerst baliemedewerker en later klantadviseur dagelijkse bankzaken. "
              "Het kantoor sluit; het dienstverband eindigt op 10 januari.",
              ["klantgericht", "integer", "kennis van financiële producten", "Wft Basis", "adviesvaardig"],
              [],
              ["klantenservicemedewerker", "financieel adviseur", "administratief medewerker"], 45, "ov",
              "De werkgever biedt een outplacementtraject aan.",
              "Oriënteert zich nog; heeft nog niet gesolliciteerd."),
        gesprekken=[
            (-5, "intake", "video", 40, "Intake vroegmelder: de WW gaat in op 11 januari. Klant volgt outplacement via "
             "de werkgever. Werkverkenner nog niet ingevuld; link gestuurd."),
            (9, "coachingsgesprek", "video", 30, "Werkverkenner en outplacementplan bespreken; afspraken rond de "
             "WW-start."),
        ],
    ),
    dict(  # arbeidsbeperking (72 %), Werkverkenner 25-50, scholing boven eigen bevoegdheid
        nr="K100023", naam="Jeroen Smit", geboren="1988-05-30", woonplaats="'s-Hertogenbosch",
        digivaardig=True, melding=-338, ww_start=-336, ww_maanden=15, uren_vorig=40, uren_beschikbaar=40,
        opleiding="mbo2", band="25-50", wv=-337, vroegmelder=False, beperking=True, maatman=72,
        beroep="vrachtwagenchauffeur", adviseur=SANNE, fase="besluiten",
        bv=bv("12 jaar vrachtwagenchauffeur (C+E) in het nationale distributievervoer. Na twee jaar ziekte ontslagen; "
              "WIA-beoordeling 28 % arbeidsongeschikt.",
              ["rijbewijs C+E met code 95", "routekennis", "zelfstandig", "klantvriendelijk bij afleveren", "plannen"],
              ["Ik kan niet langer dan een uur achter elkaar zitten", "Tillen boven de 10 kilo lukt niet"],
              ["transportplanner", "logistiek administratief medewerker", "voorraadbeheerder"], 45, "auto",
              "Oud-collega's en planners bij zijn vorige werkgever, die een referentie wil geven.",
              "Solliciteerde op plannersfuncties zonder planningservaring; volgt nu een opleiding planner "
              "wegtransport."),
        gesprekken=[
            (-332, "intake", "vestiging", 45, "Intake. Ontslag na 2 jaar ziekte; WIA-beoordeling 28 %, "
             "restverdiencapaciteit 72 %. Kan niet meer als chauffeur werken. Werkverkenner 25-50 %."),
            (-318, "werkorientatiegesprek", "vestiging", 60, "Klant wil planner worden. Hij kent de branche maar geen "
             "planningssoftware. Werkplan: oriëntatie op planningsfuncties en uitzoeken welke korte opleiding past."),
            (-270, "coachingsgesprek", "telefonisch", 20, "Acht reacties op plannersvacatures: zeven afwijzingen, één "
             "keer geen reactie."),
            (-225, "evaluatiegesprek", "vestiging", 45, "Visie adviseur: zonder opleiding weinig kans als planner, wel "
             "vraag naar logistiek administratief medewerkers. Klant wil eerst de opleiding. Het budget is hoger dan "
             "de eigen bevoegdheid; aanvraag ter goedkeuring ingediend."),
            (-185, "coachingsgesprek", "telefonisch", 20, "Opleiding planner wegtransport (€ 2.650) goedgekeurd; start "
             "in juni, twee avonden per week."),
            (-120, "coachingsgesprek", "video", 25, "Opleiding loopt goed. Sollicitatieplicht tijdens de opleiding "
             "aangepast naar 2 activiteiten per 4 weken; reden vastgelegd in het werkplan."),
            (-70, "coachingsgesprek", "telefonisch", 20, "Eerste module gehaald. Klant zoekt een stageplek bij een "
             "transportbedrijf in Oss."),
            (-26, "evaluatiegesprek", "vestiging", 45, "Opleiding bijna afgerond. Te besluiten: na afronding passend "
             "werkaanbod of een proefplaatsing als planner; werkgevers in de regio worden benaderd."),
            (8, "coachingsgesprek", "telefonisch", 20, "Bespreken welke werkgevers zijn benaderd voor een "
             "proefplaatsing als planner."),
        ],
    ),
    dict(  # arbeidsbeperking (80 %), Werkverkenner 25-50, opleiding met baangarantie
        nr="K100024", naam="Ingrid Bos", geboren="1974-01-08", woonplaats="Hengelo",
        digivaardig=True, melding=-159, ww_start=-157, ww_maanden=24, uren_vorig=28, uren_beschikbaar=28,
        opleiding="mbo3", band="25-50", wv=-158, vroegmelder=False, beperking=True, maatman=80,
        beroep="verzorgende IG", adviseur=MEHMET, fase="besluiten",
        bv=bv("25 jaar verzorgende IG in een verpleeghuis; na ziekte niet teruggekeerd in het eigen werk. "
              "WIA-beoordeling: minder dan 35 % arbeidsongeschikt.",
              ["empathisch", "zorgvuldig rapporteren", "werken met een ECD", "medische kennis", "teamspeler"],
              ["Tillen en bukken lukt niet meer", "Ik moet afwisselend kunnen zitten en staan"],
              ["medisch secretaresse", "doktersassistent", "receptionist"], 40, "auto",
              "Veel contacten in de zorg; haar oud-leidinggevende denkt mee.",
              "Zoekt baliefuncties in de zorg; mist daarvoor een administratief diploma."),
        gesprekken=[
            (-152, "intake", "vestiging", 45, "Intake. Klant kan niet terug in de directe zorg. Werkverkenner 25-50 %. "
             "Uitgenodigd voor een werkoriëntatiegesprek."),
            (-138, "werkorientatiegesprek", "vestiging", 60, "Klant wil in de zorg blijven in een niet-fysieke "
             "functie, zoals medisch secretaresse of doktersassistent. Werkplan opgesteld."),
            (-96, "coachingsgesprek", "telefonisch", 20, "Vijf sollicitaties bij ziekenhuizen en huisartsen; "
             "werkgevers vragen een diploma medisch secretaresse of doktersassistent."),
            (-54, "evaluatiegesprek", "vestiging", 45, "Korte opleiding medisch secretaresse (6 maanden, deeltijd) "
             "besproken; een ziekenhuis in Hengelo biedt baangarantie bij goed afronden. Aanvraag gestart."),
            (-15, "coachingsgesprek", "telefonisch", 20, "Opleiding goedgekeurd, start in januari. Het werkplan wordt "
             "aangepast."),
            (3, "coachingsgesprek", "vestiging", 30, "Werkplan aanpassen: sollicitatieafspraken tijdens de opleiding."),
        ],
    ),
    dict(  # Werkverkenner 50-75, niet uitgenodigd voor WOG, monitorgesprek na 6 maanden gevoerd
        nr="K100025", naam="Yvonne Pieters", geboren="1980-06-17", woonplaats="Breda",
        digivaardig=True, melding=-200, ww_start=-198, ww_maanden=18, uren_vorig=32, uren_beschikbaar=32,
        opleiding="hbo", band="50-75", wv=-199, vroegmelder=False, beperking=False, maatman=None,
        beroep="hr-medewerker", adviseur=SANNE, fase="uitvoeren",
        bv=bv("10 jaar HR-medewerker bij een metaalbedrijf in Breda (personeelsadministratie, verzuim, werving).",
              ["personeelsadministratie", "AFAS", "verzuimbegeleiding", "discreet", "planmatig werken"],
              [],
              ["hr-medewerker", "hr-adviseur", "salarisadministrateur"], 50, "auto",
              "Netwerk van HR-collega's in West-Brabant; lid van een HR-vereniging.",
              "Reageert gericht; veel HR-functies liggen in Rotterdam of Eindhoven."),
        gesprekken=[
            (-194, "intake", "telefonisch", 30, "Telefonische intake. Werkverkenner 50-75 %. Zelfredzaam; niet "
             "uitgenodigd voor een werkoriëntatiegesprek."),
            (-160, "coachingsgesprek", "telefonisch", 15, "Zes sollicitaties, twee gesprekken. HR-functies liggen vaak "
             "in Rotterdam of Eindhoven; reistijd besproken."),
            (-125, "coachingsgesprek", "telefonisch", 15, "Activiteiten in orde. Klant heeft een interim-opdracht van "
             "4 weken bij een zorginstelling aangenomen."),
            (-86, "coachingsgesprek", "telefonisch", 15, "Opdracht afgerond, niet verlengd. Klant zoekt verder."),
            (-47, "coachingsgesprek", "telefonisch", 15, "Geen nieuwe gesprekken. Klant volgt een webinar "
             "arbeidsrecht. Activiteiten voldoende."),
            (-8, "monitorgesprek", "telefonisch", 30, "Monitorgesprek na ruim 6 maanden WW. Klant is nog werkloos; "
             "alle arbeid is nu passend, ook onder haar niveau. Afgesproken ook op salaris- en HR-administratie te "
             "reageren."),
            (23, "coachingsgesprek", "telefonisch", 15, "Reacties op salaris- en HR-administratie bespreken."),
        ],
    ),
    dict(  # 1 week in de WW, Werkverkenner nog niet ingevuld
        nr="K100026", naam="Bram de Wit", geboren="1997-09-12", woonplaats="Den Haag",
        digivaardig=True, melding=-9, ww_start=-7, ww_maanden=6, uren_vorig=40, uren_beschikbaar=40,
        opleiding="wo", band=None, wv=None, vroegmelder=False, beperking=False, maatman=None,
        beroep="softwareontwikkelaar", adviseur=MEHMET, fase="beeldvorming",
        bv=bv("4 jaar backend developer (Python, Django) bij een start-up in Den Haag die failliet ging.",
              ["Python", "SQL", "Git", "analytisch", "Engels"],
              [],
              ["softwareontwikkelaar", "data-analist"], 60, "ov",
              "Actief op LinkedIn en bij meetups.",
              "Zeer actief via recruiters en LinkedIn; twee gesprekken gepland."),
        gesprekken=[
            (-2, "intake", "video", 30, "Intake via video. Klant was developer bij een start-up die failliet ging. "
             "Werkverkenner nog niet ingevuld. Verwacht snel werk; heeft al twee gesprekken gepland."),
            (17, "coachingsgesprek", "telefonisch", 15, "Werkverkenner en uitkomst van de gesprekken bespreken."),
        ],
    ),
    dict(  # 59 jaar, niet-digivaardig, >= 12 maanden WW, WW eindigt 22-01-2027 (warme overdracht), > 6 uur
        nr="K100027", naam="Gerda Hofman", geboren="1967-07-03", woonplaats="Assen",
        digivaardig=False, melding=-490, ww_start=-488, ww_maanden=18, uren_vorig=24, uren_beschikbaar=24,
        opleiding="vmbo", band=None, wv=None, vroegmelder=False, beperking=False, maatman=None,
        beroep="huishoudelijke hulp", adviseur=EVA, fase="uitvoeren",
        bv=bv("18 jaar huishoudelijke hulp in de thuiszorg in Assen; de organisatie verloor de aanbesteding.",
              ["zorgzaam", "zelfstandig", "betrouwbaar", "goed contact met ouderen"],
              ["Ik kan niet met een computer of apps overweg",
               "Lang achter elkaar schrobben gaat niet door mijn handen"],
              ["huishoudelijke hulp", "voedingsassistent", "schoonmaker"], 20, "fiets",
              "Kent veel oud-cliënten; de buurvrouw helpt met formulieren.",
              "Vraagt rond bij thuiszorgorganisaties; levert papieren formulieren in."),
        gesprekken=[
            (-484, "intake", "vestiging", 40, "Intake. Klant is niet digivaardig; Werkverkenner niet ingevuld. "
             "Uitgenodigd voor een werkoriëntatiegesprek."),
            (-470, "werkorientatiegesprek", "vestiging", 60, "Klant wil huishoudelijk werk blijven doen. De nieuwe "
             "aanbieder in Assen neemt mogelijk personeel over; klant gaat langs. Papieren formulieren uitgelegd."),
            (-420, "coachingsgesprek", "vestiging", 30, "De nieuwe aanbieder heeft geen plek; klant staat op de "
             "wachtlijst. Formulieren in orde."),
            (-360, "coachingsgesprek", "vestiging", 30, "Vier activiteiten op papier. Klant staat ingeschreven bij een "
             "schoonmaakbedrijf."),
            (-300, "evaluatiegesprek", "vestiging", 45, "Na 6 maanden is alle arbeid passend. Lang schrobben gaat "
             "niet; besproken welk werk wel kan (lichte huishoudelijke taken, voedingsassistent)."),
            (-240, "coachingsgesprek", "vestiging", 30, "Meeloopdag als voedingsassistent in een verpleeghuis; klant "
             "vond het fijn maar er was geen vacature."),
            (-170, "coachingsgesprek", "vestiging", 30, "Vier activiteiten ingeleverd. Passend werkaanbod voorbereid."),
            (-110, "evaluatiegesprek", "vestiging", 45, "Na 12 maanden passend werkaanbod: twee vacatures "
             "(huishoudelijke hulp bij een zorgaanbieder in Assen en voedingsassistent). Gesprekken ingepland."),
            (-75, "coachingsgesprek", "vestiging", 30, "Beide gesprekken gevoerd, geen aanbod: de werkgevers zochten "
             "iemand die ook 's avonds kan. Klant is teleurgesteld."),
            (-30, "coachingsgesprek", "vestiging", 40, "De WW eindigt op 22 januari. Warme overdracht naar de gemeente "
             "Assen besproken; klant geeft toestemming om gegevens te delen. Gezamenlijk gesprek wordt gepland."),
            (15, "evaluatiegesprek", "vestiging", 60, "Gezamenlijk overdrachtsgesprek met de klantmanager werk en "
             "inkomen van de gemeente Assen."),
        ],
    ),
    dict(  # WW eindigt binnen 3 maanden, Werkverkenner niet ingevuld
        nr="K100028", naam="Dennis Kramer", geboren="1993-02-08", woonplaats="Lelystad",
        digivaardig=True, melding=-102, ww_start=-100, ww_maanden=6, uren_vorig=40, uren_beschikbaar=40,
        opleiding="mbo2", band=None, wv=None, vroegmelder=False, beperking=False, maatman=None,
        beroep="bouwvakker", adviseur=MEHMET, fase="uitvoeren",
        bv=bv("5 jaar bouwplaatsmedewerker en opperman bij een aannemer in Lelystad; tijdelijk contract niet verlengd.",
              ["fysiek sterk", "VCA", "rijbewijs B", "teamspeler", "buiten werken"],
              [],
              ["stratenmaker", "grondwerker", "machinist grondverzet"], 45, "auto",
              "Vrienden in de bouw en infra; voetbalt bij een amateurclub.",
              "Reageert via uitzendbureaus; werkt nu tijdelijk als grondwerker."),
        gesprekken=[
            (-96, "intake", "telefonisch", 25, "Telefonische intake. Werkverkenner niet ingevuld. Veel vraag in bouw "
             "en infra; klant verwacht snel werk. Niet uitgenodigd voor een werkoriëntatiegesprek."),
            (-60, "coachingsgesprek", "telefonisch", 15, "Klant wil machinist grondverzet worden maar heeft geen "
             "certificaat. Vacatures stratenmaker en grondwerker doorgestuurd."),
            (-22, "coachingsgesprek", "telefonisch", 15, "Klant werkt tijdelijk via een uitzendbureau als grondwerker "
             "in Almere; inkomsten doorgeven besproken. De WW eindigt in februari."),
            (16, "coachingsgesprek", "telefonisch", 15, "Kans op verlenging bij het grondwerk en einde WW in februari "
             "bespreken."),
        ],
    ),
    dict(  # Werkverkenner 75-100, start in januari, WW eindigt binnen 3 maanden
        nr="K100029", naam="Priya Ramdin", geboren="1999-11-30", woonplaats="Den Haag",
        digivaardig=True, melding=-44, ww_start=-42, ww_maanden=4, uren_vorig=32, uren_beschikbaar=32,
        opleiding="mbo4", band="75-100", wv=-43, vroegmelder=False, beperking=False, maatman=None,
        beroep="doktersassistent", adviseur=EVA, fase="uitvoeren",
        bv=bv("3 jaar doktersassistent in een huisartsenpraktijk in Den Haag; praktijk gefuseerd.",
              ["triage", "medische handelingen", "HIS", "klantvriendelijk", "Hindi en Engels"],
              [],
              ["doktersassistent", "apothekersassistent"], 40, "ov",
              "Oud-collega's in diverse praktijken.",
              "Zelfstandig en gericht; twee gesprekken in de eerste maand."),
        gesprekken=[
            (-39, "intake", "telefonisch", 20, "Telefonische intake. Werkverkenner 75-100 %. Veel vraag naar "
             "doktersassistenten; klant is zelfredzaam."),
            (-5, "coachingsgesprek", "telefonisch", 15, "Klant heeft een aanbod van een gezondheidscentrum in Rijswijk "
             "en start op 1 januari."),
        ],
    ),
    dict(  # >= 12 maanden WW (20 maanden), Werkverkenner 25-50, passend werkaanbod
        nr="K100030", naam="Wouter Jacobs", geboren="1970-03-25", woonplaats="Goes",
        digivaardig=True, melding=-612, ww_start=-609, ww_maanden=24, uren_vorig=40, uren_beschikbaar=40,
        opleiding="mbo4", band="25-50", wv=-610, vroegmelder=False, beperking=False, maatman=None,
        beroep="teamleider productie", adviseur=SANNE, fase="uitvoeren",
        bv=bv("22 jaar ploegleider bij een groenteverwerker in Kapelle, die de productie heeft verplaatst.",
              ["leidinggeven", "lean", "HACCP", "planning", "kwaliteitsbewaking"],
              [],
              ["teamleider productie", "productieplanner", "kwaliteitscontroleur"], 60, "auto",
              "Contacten bij leveranciers en klanten van zijn oude werkgever in Zeeland.",
              "Solliciteert volgens afspraak, ook in Vlissingen, Terneuzen en Gent."),
        gesprekken=[
            (-605, "intake", "vestiging", 45, "Intake. Klant was 22 jaar ploegleider bij een groenteverwerker die de "
             "productie heeft verplaatst. Werkverkenner 25-50 %. Uitgenodigd voor een werkoriëntatiegesprek."),
            (-590, "werkorientatiegesprek", "vestiging", 60, "Klant zoekt leidinggevende functies in productie. "
             "Werkplan: 4 activiteiten per 4 weken en netwerkgesprekken met oud-klanten en leveranciers."),
            (-520, "coachingsgesprek", "telefonisch", 20, "Drie gesprekken, geen aanbod; werkgevers kiezen jongere "
             "kandidaten of interne doorgroei. Besproken hoe hij zijn ervaring met lean en HACCP beter laat zien."),
            (-430, "evaluatiegesprek", "vestiging", 45, "Na 6 maanden is alle arbeid passend. Klant staat nu ook open "
             "voor kwaliteitscontroleur en productieplanner. Korte cursus planning afgesproken."),
            (-340, "coachingsgesprek", "telefonisch", 20, "Cursus afgerond. Klant werkte 2 maanden tijdelijk als "
             "planner bij een aardappelverwerker; niet verlengd."),
            (-250, "evaluatiegesprek", "vestiging", 30, "Na 12 maanden aangemeld voor passend werkaanbod."),
            (-200, "coachingsgesprek", "vestiging", 30, "Passend werkaanbod: twee vacatures bij productiebedrijven in "
             "Vlissingen en Terneuzen. Klant is naar beide gesprekken geweest; één werkgever is positief."),
            (-160, "coachingsgesprek", "telefonisch", 20, "De werkgever in Terneuzen koos een andere kandidaat. "
             "Terugkoppeling: goede indruk, maar weinig ervaring met hun systemen."),
            (-95, "coachingsgesprek", "telefonisch", 20, "Klant solliciteert volgens afspraak, nu ook in Gent "
             "(België)."),
            (-32, "evaluatiegesprek", "vestiging", 45, "Na 19 maanden: de WW eindigt in maart. Overdracht bij einde WW "
             "besproken; klant verwacht geen bijstand nodig te hebben. Proefplaatsing bij een productiebedrijf in "
             "Goes verkennen."),
            (10, "coachingsgesprek", "telefonisch", 20, "Stand van zaken proefplaatsing Goes."),
        ],
    ),
    dict(  # arbeidsbeperking (85 %, eerstejaars Ziektewet-beoordeling), Werkverkenner 25-50, proefplaatsing
        nr="K100031", naam="Kevin Maas", geboren="2003-04-22", woonplaats="Zaandam",
        digivaardig=True, melding=-95, ww_start=-93, ww_maanden=6, uren_vorig=32, uren_beschikbaar=32,
        opleiding="mbo2", band="25-50", wv=-94, vroegmelder=False, beperking=True, maatman=85,
        beroep="magazijnmedewerker", adviseur=EVA, fase="besluiten",
        bv=bv("3 jaar orderpicker via een uitzendbureau; tijdens ziekte uit dienst. Eerstejaars Ziektewet-beoordeling: "
              "kan 85 % van het oude loon verdienen.",
              ["handig", "graag buiten", "rijbewijs B", "betrouwbaar"],
              ["Ik kan niet goed tegen drukte en harde geluiden",
               "Ik heb een vaste dagstructuur nodig, geen nachtdiensten"],
              ["groenmedewerker", "hovenier"], 30, "fiets",
              "Een oom heeft een hoveniersbedrijf in de Zaanstreek.",
              "Zoekt nog weinig zelf; heeft hulp nodig bij het kiezen van vacatures."),
        gesprekken=[
            (-90, "intake", "vestiging", 40, "Intake. WW na een eerstejaars Ziektewet-beoordeling. Werkverkenner 25-50 "
             "%. Uitgenodigd voor een werkoriëntatiegesprek."),
            (-76, "werkorientatiegesprek", "vestiging", 60, "Klant wil buiten werken in een rustige omgeving. "
             "Groenbedrijven in de Zaanstreek zoeken mensen; praktijkverklaring groen via het leerwerkloket "
             "besproken."),
            (-40, "coachingsgesprek", "video", 30, "Meeloopdag bij een groenbedrijf beviel goed. De werkgever staat "
             "open voor een proefplaatsing."),
            (-10, "coachingsgesprek", "telefonisch", 20, "Besluit: proefplaatsing van 2 maanden bij het groenbedrijf, "
             "met praktijkverklaring. Aanvraag in voorbereiding."),
            (2, "coachingsgesprek", "vestiging", 30, "Proefplaatsingsovereenkomst tekenen en werkplan aanpassen."),
        ],
    ),
    dict(  # minder uren (28 -> 20, mantelzorg), Werkverkenner 50-75, monitorgesprek gepland
        nr="K100032", naam="Marieke Postma", geboren="1976-08-08", woonplaats="Drachten",
        digivaardig=True, melding=-192, ww_start=-190, ww_maanden=24, uren_vorig=28, uren_beschikbaar=20,
        opleiding="hbo", band="50-75", wv=-191, vroegmelder=False, beperking=False, maatman=None,
        beroep="leraar basisonderwijs", adviseur=MEHMET, fase="uitvoeren",
        bv=bv("20 jaar leerkracht basisonderwijs, de laatste jaren als invalleerkracht met tijdelijke contracten.",
              ["pabo-diploma", "klassenmanagement", "geduldig", "organiseren", "oudercontact"],
              ["Door de zorg voor mijn zieke partner kan ik niet meer dan 20 uur werken"],
              ["onderwijsassistent", "leraar basisonderwijs", "medewerker buitenschoolse opvang"], 30, "auto",
              "Kent veel scholen en directeuren in Zuidoost-Friesland.",
              "Solliciteert bij scholen in Drachten en Leeuwarden; staat in een invalpool."),
        gesprekken=[
            (-186, "intake", "telefonisch", 30, "Telefonische intake. Werkverkenner 50-75 %. Tijdelijk contract als "
             "invalleerkracht niet verlengd. Klant wil 20 uur werken vanwege de zorg voor haar zieke partner; "
             "gevolgen voor de WW besproken."),
            (-150, "coachingsgesprek", "telefonisch", 15, "Weinig vaste deeltijdbanen; invalpool van een schoolbestuur "
             "besproken."),
            (-112, "coachingsgesprek", "telefonisch", 15, "Klant staat in de invalpool maar wordt nauwelijks "
             "opgeroepen. Sollicitaties voldoende."),
            (-70, "coachingsgesprek", "telefonisch", 20, "De zorg voor haar partner is zwaarder geworden. Vrijstelling "
             "wegens mantelzorg besproken; klant blijft liever zoeken."),
            (-28, "coachingsgesprek", "telefonisch", 15, "Twee gesprekken voor onderwijsassistent (20 uur); klant "
             "wacht op antwoord."),
            (9, "monitorgesprek", "telefonisch", 30, "Monitorgesprek na 6 maanden WW: zoekrichting en beschikbaarheid "
             "opnieuw bekijken."),
        ],
    ),
    dict(  # grensregio Venlo, Werkverkenner 0-25, > 6 maanden, WW eindigt binnen 3 maanden
        nr="K100033", naam="Stefan Nowak", geboren="1990-12-12", woonplaats="Venlo",
        digivaardig=True, melding=-230, ww_start=-228, ww_maanden=9, uren_vorig=40, uren_beschikbaar=40,
        opleiding="mbo2", band="0-25", wv=-229, vroegmelder=False, beperking=False, maatman=None,
        beroep="slager", adviseur=SANNE, fase="uitvoeren",
        bv=bv("8 jaar uitbener bij een vleesverwerker in Venlo, eerst via een uitzendbureau en later vast. Daarvoor "
              "slager in Polen.",
              ["snel en nauwkeurig", "HACCP", "werken in de koeling", "ploegendienst", "Pools, Duits en Engels"],
              ["Mijn Nederlands is nog niet goed genoeg voor schriftelijke sollicitaties",
               "Door mijn pols kan ik geen snijwerk meer doen"],
              ["operator levensmiddelenindustrie", "heftruckchauffeur", "magazijnmedewerker"], 40, "auto",
              "Poolse gemeenschap in Venlo; Duitse oud-collega's.",
              "Reageert via uitzendbureaus; Nederlandstalige vacatures vindt hij lastig."),
        gesprekken=[
            (-224, "intake", "vestiging", 40, "Intake, deels in het Engels. Werkverkenner 0-25 %. Klant kan door zijn "
             "pols geen snijwerk meer doen. Uitgenodigd voor een werkoriëntatiegesprek."),
            (-210, "werkorientatiegesprek", "vestiging", 60, "Zoekrichting: operator in de voedingsindustrie en "
             "magazijnwerk, ook in Duitsland. Werkplan opgesteld en NT2-les via de gemeente besproken."),
            (-165, "coachingsgesprek", "telefonisch", 20, "Klant volgt twee avonden per week NT2-les. Vijf "
             "sollicitaties, één gesprek bij een zuivelbedrijf in Goch."),
            (-120, "coachingsgesprek", "vestiging", 30, "Afgewezen in Goch. Heftruckcertificaat besproken; klant is "
             "geïnteresseerd."),
            (-75, "evaluatiegesprek", "vestiging", 45, "Heftruckcertificaat behaald via een korte cursus. Klant "
             "solliciteert nu ook als heftruckchauffeur."),
            (-34, "coachingsgesprek", "telefonisch", 20, "Klant werkt drie dagen per week via een uitzendbureau als "
             "heftruckchauffeur in Venray; inkomsten doorgegeven. De WW eindigt begin januari."),
            (11, "coachingsgesprek", "telefonisch", 20, "Kans op een vast contract bij de werkgever in Venray "
             "bespreken."),
        ],
    ),
    dict(  # afgesloten: uitgestroomd naar werk
        nr="K100034", naam="Esther van Dijk", geboren="1982-05-02", woonplaats="Haarlem",
        digivaardig=True, melding=-215, ww_start=-212, ww_einde="2026-08-31", uren_vorig=32, uren_beschikbaar=32,
        opleiding="hbo", band="75-100", wv=-214, vroegmelder=False, beperking=False, maatman=None,
        beroep="managementassistent", adviseur=EVA, fase="afgesloten",
        bv=bv("12 jaar managementassistent bij een verzekeraar in Haarlem; functie vervallen bij een reorganisatie.",
              ["organiseren", "agendabeheer", "discreet", "Engels", "Office"],
              [],
              ["managementassistent", "officemanager"], 45, "fiets",
              "Breed netwerk in Haarlem en Amsterdam.",
              "Zelfstandig en gericht."),
        gesprekken=[
            (-208, "intake", "telefonisch", 25, "Telefonische intake. Werkverkenner 75-100 %. Klant is zelfredzaam en "
             "zoekt gericht."),
            (-170, "coachingsgesprek", "telefonisch", 15, "Vier sollicitaties, twee gesprekken. Activiteiten in orde."),
            (-130, "coachingsgesprek", "telefonisch", 15, "Klant is in de laatste ronde bij een architectenbureau."),
            (-80, "evaluatiegesprek", "telefonisch", 20, "Klant is op 1 september gestart als officemanager bij een "
             "architectenbureau in Haarlem (32 uur, vast). Uitstroom naar werk; dossier afgesloten."),
        ],
    ),
    dict(  # 60 jaar, >= 12 maanden, WW eindigt 04-01-2027, WOG op oordeel adviseur
        nr="K100035", naam="Ronald Meijer", geboren="1966-10-10", woonplaats="Doetinchem",
        digivaardig=True, melding=-385, ww_start=-383, ww_maanden=14, uren_vorig=40, uren_beschikbaar=40,
        opleiding="vmbo", band=None, wv=None, vroegmelder=False, beperking=False, maatman=None,
        beroep="schilder", adviseur=MEHMET, fase="uitvoeren",
        bv=bv("Schilder sinds zijn zestiende: 12 jaar zzp'er, daarna 9 jaar in loondienst bij een schildersbedrijf in "
              "Doetinchem dat stopte.",
              ["vakmanschap", "zelfstandig", "klantvriendelijk", "VCA", "houtrotherstel"],
              ["Op ladders en steigers werken gaat niet meer door mijn schouders"],
              ["schilder", "klusjesman", "facilitair medewerker"], 40, "auto",
              "Kent veel aannemers en particuliere klanten uit zijn zzp-tijd.",
              "Overwoog weer voor zichzelf te beginnen; solliciteert nu volgens afspraak."),
        gesprekken=[
            (-380, "intake", "vestiging", 40, "Intake. Klant wilde de Werkverkenner niet invullen. Vanwege leeftijd en "
             "fysieke beperkingen toch uitgenodigd voor een werkoriëntatiegesprek (oordeel adviseur)."),
            (-366, "werkorientatiegesprek", "vestiging", 60, "Klant kan niet meer op hoogte werken. Zoekrichting: "
             "binnenschilderwerk, onderhoudsmedewerker gebouwen, facilitair werk. Werkplan opgesteld."),
            (-310, "coachingsgesprek", "telefonisch", 20, "Twee activiteiten in 4 weken in plaats van vier. "
             "Sollicitatieplicht opnieuw uitgelegd."),
            (-280, "coachingsgesprek", "vestiging", 30, "Gesprek over de tekortschietende activiteiten; nu vijf in 4 "
             "weken. Klant overweegt een eigen bedrijf; de regeling voor starten vanuit de WW besproken."),
            (-210, "evaluatiegesprek", "vestiging", 45, "Klant kiest voorlopig voor loondienst. Arbeidsmarktkansen "
             "expliciet gewogen: veel vraag naar onderhoudsmedewerkers bij woningcorporaties, minder naar schilders "
             "van 60."),
            (-150, "coachingsgesprek", "telefonisch", 20, "Twee gesprekken bij woningcorporaties: één afwijzing, één "
             "wachtlijst."),
            (-90, "coachingsgesprek", "telefonisch", 20, "Activiteiten voldoende. Passend werkaanbod na 12 maanden "
             "besproken."),
            (-20, "coachingsgesprek", "vestiging", 30, "Aangemeld voor passend werkaanbod. De WW eindigt begin "
             "januari; overdracht naar de gemeente bij einde WW besproken."),
            (8, "coachingsgesprek", "telefonisch", 20, "Vacatures uit het passend werkaanbod bespreken."),
        ],
    ),
    dict(  # Werkverkenner niet ingevuld, korte cursus binnen eigen bevoegdheid
        nr="K100036", naam="Laura Sanders", geboren="1993-09-19", woonplaats="Utrecht",
        digivaardig=True, melding=-125, ww_start=-122, ww_maanden=12, uren_vorig=36, uren_beschikbaar=36,
        opleiding="hbo", band=None, wv=None, vroegmelder=False, beperking=False, maatman=None,
        beroep="evenementenorganisator", adviseur=EVA, fase="besluiten",
        bv=bv("6 jaar eventmanager bij een evenementenbureau in Utrecht dat failliet ging.",
              ["organiseren", "budgetbeheer", "stressbestendig", "netwerken", "social media"],
              [],
              ["evenementenorganisator", "communicatiemedewerker", "marketingmedewerker"], 50, "fiets",
              "Groot netwerk in de evenementenbranche en bij opdrachtgevers.",
              "Weinig vacatures voor eventmanagers; oriënteert zich op marketing en communicatie."),
        gesprekken=[
            (-118, "intake", "video", 30, "Intake via video. Werkverkenner niet ingevuld. Het evenementenbureau is "
             "failliet. Klant zoekt zelfstandig; niet uitgenodigd voor een werkoriëntatiegesprek."),
            (-80, "coachingsgesprek", "telefonisch", 15, "Weinig vacatures voor eventmanagers; klant wil overstappen "
             "naar marketing en communicatie. Afgesproken te onderzoeken of die overstap reëel is."),
            (-42, "coachingsgesprek", "video", 30, "Klant sprak zes mensen uit marketing en communicatie. Werkgevers "
             "vragen ervaring met online campagnes. Korte cursus online marketing besproken."),
            (-9, "coachingsgesprek", "telefonisch", 20, "Besluit: korte cursus online marketing (€ 1.450, binnen de "
             "eigen bevoegdheid), gekoppeld aan vacatures bij twee bureaus in Utrecht. Werkplan aangepast."),
            (21, "coachingsgesprek", "telefonisch", 15, "Voortgang cursus en sollicitaties bij de bureaus bespreken."),
        ],
    ),
]


# --------------------------------------------------------------------------------------------
# Vacatures: per beroep de soorten werkgevers, opleidingsniveaus, urenprofiel, gewicht, titels,
# vaardigheden en een taakomschrijving. Elke beroepsnaam moet in data/beroepen.csv staan.
# Kolommen: beroep | werkgeverstypen | niveaus | uren | gewicht | titels (;) | vaardigheden (;) | taak
# --------------------------------------------------------------------------------------------

BEROEPEN_VACATURES = """
magazijnmedewerker | logistiek groothandel food | mbo1 mbo2 vmbo basisonderwijs | F | 10 | Magazijnmedewerker;Orderpicker;Medewerker magazijn;Logistiek medewerker;Expeditiemedewerker;Orderpicker dagdienst | orderpicken met handscanner;goederenontvangst;nauwkeurig werken;fysiek fit;werken in ploegendienst;heftruckcertificaat | verzamel je orders met de handscanner, controleer je inkomende goederen en maak je zendingen klaar voor verzending
heftruckchauffeur | logistiek groothandel metaal | mbo1 mbo2 vmbo | F | 6 | Heftruckchauffeur;Reachtruckchauffeur;Heftruckbestuurder;Medewerker magazijn heftruck;Reachtruckchauffeur hoogbouw | heftruckcertificaat;reachtruckcertificaat;veilig werken;laden en lossen;handscanner;werken in ploegendienst | laad en los je vrachtwagens, breng je pallets naar de juiste locatie en vul je de pickvoorraad aan
inpakker | logistiek food | basisonderwijs vmbo mbo1 | M | 4 | Inpakker;Inpakmedewerker;Medewerker inpak;Verpakkingsmedewerker | nauwkeurig werken;tempo houden;kwaliteitscontrole;fysiek fit;hygiënisch werken | pak je producten in volgens de orderbon, controleer je ze op beschadigingen en maak je de dozen klaar voor verzending
laad- en losmedewerker | logistiek | basisonderwijs vmbo mbo1 | F | 3 | Laad- en losmedewerker;Medewerker laden en lossen;Containerlosser;Havenwerker | fysiek fit;stapelen en sjorren;veilig werken;VCA;teamwerk | los je containers en trailers, sorteer je de goederen en laad je vrachtwagens volgens de laadlijst
bijrijder | bezorging transport | basisonderwijs vmbo mbo1 | M | 2 | Bijrijder;Bijrijder pakketdienst;Bijrijder bezorging witgoed | klantvriendelijk;fysiek fit;samenwerken;apparatuur aansluiten | rijd je mee met de chauffeur, lever je zware pakketten af bij klanten en help je bij het plaatsen en aansluiten
verhuizer | verhuizing | basisonderwijs vmbo mbo1 mbo2 | F | 2 | Verhuizer;Verhuismedewerker;Verhuizer inpakker | fysiek fit;zorgvuldig inpakken;klantvriendelijk;rijbewijs B;teamwerk | pak je inboedels zorgvuldig in, draag je meubels en zorg je dat alles heel op de nieuwe plek aankomt
magazijnchef | logistiek groothandel | mbo3 mbo4 hbo | F | 2 | Magazijnchef;Teamleider magazijn;Teamleider logistiek;Warehouse manager;Shiftleider magazijn | leidinggeven;planning;WMS;sturen op KPI's;veiligheid;Excel | stuur je een team van magazijnmedewerkers aan, bewaak je de planning en zorg je dat orders op tijd de deur uitgaan
voorraadbeheerder | logistiek groothandel | mbo3 mbo4 | F | 2 | Voorraadbeheerder;Voorraadadministrateur;Medewerker voorraadbeheer;Inventory controller | voorraadbeheer;WMS;Excel;nauwkeurig werken;cyclisch tellen | bewaak je de voorraad, voer je tellingen uit en los je verschillen tussen systeem en schap op
logistiek administratief medewerker | logistiek transport | mbo2 mbo3 mbo4 | M | 2 | Logistiek administratief medewerker;Medewerker logistieke administratie;Expeditieadministrateur | vrachtdocumenten;Excel;nauwkeurig werken;klantcontact;WMS | verwerk je vrachtbrieven en ontvangstmeldingen, houd je de voorraadadministratie bij en stem je af met vervoerders
transportplanner | transport logistiek | mbo4 hbo | F | 3 | Transportplanner;Planner transport;Logistiek planner;Ritplanner;Planner nationaal transport | plannen;TMS;stressbestendig;klantcontact;Duits;Engels | plan je de ritten voor ons wagenpark, optimaliseer je routes en ben je aanspreekpunt voor chauffeurs en klanten
douanedeclarant | logistiek | mbo4 hbo | F | 1 | Douanedeclarant;Declarant douane;Medewerker douanezaken | douanewetgeving;nauwkeurig werken;Engels;Excel;deadlines bewaken | stel je de douaneaangiften voor import en export op, controleer je documenten en onderhoud je contact met de douane
vrachtwagenchauffeur | transport | vmbo mbo1 mbo2 | F | 6 | Vrachtwagenchauffeur;Chauffeur CE;Chauffeur C;Chauffeur C+E nationaal;Vrachtwagenchauffeur distributie;Internationaal chauffeur | rijbewijs C of CE;code 95;digitale tachograaf;klantvriendelijk;zelfstandig werken | vervoer je goederen naar klanten in de regio, laad en los je zelf en houd je je rittenadministratie bij
pakketbezorger | bezorging | basisonderwijs vmbo mbo1 | M | 4 | Pakketbezorger;Bezorger;Bezorgchauffeur;Koerier;Chauffeur bestelbus | rijbewijs B;klantvriendelijk;zelfstandig werken;stressbestendig;navigeren | bezorg je pakketten bij particulieren en bedrijven in een vaste wijk, met een elektrische bestelbus
maaltijdbezorger | restaurant supermarkt | basisonderwijs vmbo | P | 2 | Maaltijdbezorger;Fietskoerier;Bezorger maaltijden;Boodschappenbezorger | fietsen;klantvriendelijk;zelfstandig werken;op tijd komen | bezorg je maaltijden en boodschappen op de elektrische fiets in de stad
postbode | bezorging | basisonderwijs vmbo mbo1 | P | 2 | Postbezorger;Postbode;Brievenbesteller;Postsorteerder | zelfstandig werken;nauwkeurig sorteren;fietsen;betrouwbaar | sorteer je de post voor je wijk en bezorg je brieven en kleine pakjes op de fiets
krantenbezorger | bezorging | basisonderwijs vmbo | P | 1 | Krantenbezorger;Folderbezorger;Ochtendbezorger | betrouwbaar;zelfstandig werken;vroeg beginnen | bezorg je vroeg in de ochtend de kranten in een vaste wijk, op de fiets of te voet
buschauffeur | busvervoer | vmbo mbo2 mbo3 | M | 3 | Buschauffeur;Touringcarchauffeur;Buschauffeur rijbewijs D;Chauffeur groepsvervoer | rijbewijs D;klantvriendelijk;veilig rijden;stressbestendig;code 95 | vervoer je reizigers veilig en op tijd door de regio, en je rijbewijs D haal je via onze eigen opleiding
taxichauffeur | taxi | vmbo mbo1 mbo2 | M | 3 | Taxichauffeur;Chauffeur zorgvervoer;Chauffeur leerlingenvervoer;Chauffeur personenvervoer | rijbewijs B;chauffeurskaart;klantvriendelijk;geduldig;omgaan met rolstoelen | vervoer je leerlingen en cliënten in het zorgvervoer veilig van deur tot deur
treinmachinist | spoor | mbo3 mbo4 | F | 1 | Machinist;Leerling-machinist;Machinist goederenvervoer | verantwoordelijkheid;concentratie;onregelmatige diensten;veilig werken | bestuur je na een betaalde opleiding goederentreinen door Nederland en Duitsland
conducteur | spoor | mbo2 mbo3 | F | 1 | Conducteur;Treinconducteur | klantvriendelijk;servicegericht;veilig werken;omgaan met conflicten | zorg je voor veiligheid en service in de trein en controleer je vervoersbewijzen
matroos binnenvaart | binnenvaart | vmbo mbo2 | F | 1 | Matroos binnenvaart;Matroos;Deksman | fysiek fit;veilig werken;technisch inzicht;aan boord wonen | help je bij het aan- en afmeren, onderhoud je het schip en help je bij laden en lossen
kraanmachinist | bouw infra | mbo2 mbo3 | F | 1 | Kraanmachinist;Torenkraanmachinist;Machinist mobiele kraan | TCVT-certificaat;veilig werken;ruimtelijk inzicht;communicatie met de grond | bedien je de torenkraan op onze bouwprojecten en zorg je voor veilig hijswerk
machinist grondverzet | infra | mbo2 mbo3 | F | 2 | Machinist grondverzet;Graafmachinist;Machinist mobiele graafmachine;Shovelmachinist | grondverzetcertificaat;VCA;nauwkeurig werken;tekening lezen;KLIC-melding | bedien je de mobiele graafmachine bij riolerings- en wegenbouwprojecten
trekkerchauffeur | landbouw | vmbo mbo2 | F | 1 | Trekkerchauffeur;Medewerker loonbedrijf;Tractorchauffeur | rijbewijs T;landbouwmachines;zelfstandig werken;flexibel in het seizoen | rijd je met trekker en machines op het land voor mest-, zaai- en oogstwerk
bagagemedewerker | handling | vmbo mbo1 mbo2 | M | 2 | Bagagemedewerker;Medewerker bagageafhandeling;Platformmedewerker | fysiek fit;onregelmatige diensten;veilig werken;Engels;VOG | laad en los je bagage in en uit vliegtuigen en sorteer je koffers in de bagagekelder
grondstewardess | handling | mbo3 mbo4 | M | 1 | Grondstewardess;Check-in medewerker;Medewerker passage | klantvriendelijk;Engels;stressbestendig;onregelmatige diensten | check je passagiers in, beantwoord je vragen bij de gate en los je problemen met boekingen op
stewardess | airline | mbo3 mbo4 havo | F | 1 | Stewardess;Cabin crew;Flight attendant | klantvriendelijk;Engels;veilig werken;representatief | zorg je aan boord voor de veiligheid en het welzijn van passagiers op Europese vluchten
vliegtuigmonteur | mro | mbo4 hbo | F | 1 | Vliegtuigmonteur;Aircraft technician;Vliegtuigtechnicus | EASA Part-66;technisch inzicht;Engels;nauwkeurig werken | voer je inspecties en onderhoud uit aan verkeersvliegtuigen volgens strikte procedures
verzorgende IG | ouderenzorg thuiszorg | mbo3 | Z | 8 | Verzorgende IG;Verzorgende IG verpleeghuis;Verzorgende IG thuiszorg;Verzorgende IG (BBL);Verzorgende-IG | persoonlijke verzorging;medicatie aanreiken;rapporteren in het ECD;empathie;voorbehouden handelingen | ondersteun je bewoners bij de dagelijkse verzorging, reik je medicatie aan en rapporteer je in het zorgdossier
helpende zorg en welzijn | ouderenzorg | mbo2 | Z | 4 | Helpende zorg en welzijn;Helpende plus;Helpende;Zorghulp | hulp bij ADL;huishoudelijke taken;gastvrij;rapporteren;geduldig | help je bewoners bij wassen, aankleden en eten en zorg je voor een gezellige huiskamer
verpleegkundige | ziekenhuis ouderenzorg | mbo4 | Z | 4 | Verpleegkundige;Mbo-verpleegkundige;Verpleegkundige niveau 4;Verpleegkundige ziekenhuis | verpleegtechnische handelingen;BIG-registratie;klinisch redeneren;rapporteren;samenwerken | verleen je verpleegkundige zorg aan patiënten, voer je verpleegtechnische handelingen uit en werk je nauw samen met artsen
hbo-verpleegkundige | ziekenhuis thuiszorg | hbo | Z | 3 | Hbo-verpleegkundige;Wijkverpleegkundige;Regieverpleegkundige | indiceren;zorg coördineren;BIG-registratie;klinisch redeneren;coachen | coördineer je de zorg voor cliënten in de wijk, stel je zorgplannen op en coach je collega's
kraamverzorgende | kraamzorg | mbo3 | Z | 1 | Kraamverzorgende;Kraamverzorgende (BBL);Kraamverzorger | kraamzorg;voorlichting geven;zelfstandig werken;flexibel | zorg je voor moeder en baby in de kraamweek en geef je voorlichting aan het gezin
thuiszorgmedewerker | thuiszorg | mbo2 mbo3 | Z | 3 | Medewerker thuiszorg;Thuiszorgmedewerker;Zorgmedewerker thuiszorg | zelfstandig werken;persoonlijke verzorging;rijbewijs B of fiets;rapporteren | bezoek je cliënten thuis voor de dagelijkse verzorging en signaleer je veranderingen
huishoudelijke hulp | thuiszorg | basisonderwijs vmbo mbo1 | P | 4 | Huishoudelijke hulp;Huishoudelijk medewerker;Medewerker huishoudelijke zorg;Hulp in de huishouding | schoonmaken;zelfstandig werken;betrouwbaar;oog voor de cliënt | houd je het huis van cliënten schoon en gezellig en ben je voor hen een vertrouwd gezicht
persoonlijk begeleider gehandicaptenzorg | ghz | mbo4 hbo | Z | 3 | Persoonlijk begeleider gehandicaptenzorg;Begeleider wonen;Woonbegeleider;Persoonlijk begeleider | begeleiden;structuur bieden;rapporteren;omgaan met probleemgedrag;plannen | begeleid je cliënten met een verstandelijke beperking in hun dagelijks leven en stel je hun ondersteuningsplan op
activiteitenbegeleider | ouderenzorg ghz | mbo3 mbo4 | P | 2 | Activiteitenbegeleider;Begeleider dagbesteding;Medewerker dagbesteding | creatief;activiteiten organiseren;geduldig;groepen begeleiden | organiseer je activiteiten voor ouderen en cliënten op de dagbesteding, van creatief tot bewegen
ggz-agoog | ggz | mbo4 hbo | Z | 2 | Ggz-agoog;Woonbegeleider ggz;Ambulant begeleider | herstelgericht werken;rapporteren;omgaan met crisis;grenzen stellen | begeleid je cliënten met psychische problemen naar meer zelfstandigheid
jeugdhulpverlener | jeugdzorg | hbo | Z | 2 | Jeugdhulpverlener;Ambulant hulpverlener jeugd;Groepsleider jeugdzorg | SKJ-registratie;gesprekstechnieken;rapporteren;stressbestendig | begeleid je jongeren en gezinnen bij opvoed- en gedragsproblemen
maatschappelijk werker | welzijn gemeente | hbo | M | 2 | Maatschappelijk werker;Sociaal werker;Sociaal werker wijkteam | gesprekstechnieken;schuldhulpverlening;netwerken;rapporteren;BPSW-registratie | help je inwoners met vragen over geld, wonen, opvoeding en zorg, samen met het wijkteam
teamleider zorg | ouderenzorg | hbo | F | 1 | Teamleider zorg;Teammanager zorg;Teamleider verpleging | leidinggeven;roosters maken;kwaliteitszorg;coachen | geef je leiding aan een team van verzorgenden en verpleegkundigen en bewaak je de kwaliteit van zorg
doktersassistent | huisarts | mbo4 | M | 3 | Doktersassistent;Doktersassistente;Praktijkassistent;Triagist | triage;medische handelingen;HIS;klantvriendelijk;telefonisch werken | beantwoord je de telefoon, doe je de triage en voer je medisch-technische handelingen uit in de praktijk
apothekersassistent | apotheek | mbo4 | M | 2 | Apothekersassistent;Apotheekassistent;Farmaceutisch medewerker | medicatiebewaking;klantvriendelijk;nauwkeurig werken;receptverwerking | geef je medicijnen mee met uitleg, verwerk je recepten en beantwoord je vragen van patiënten
tandartsassistent | tandarts | mbo3 mbo4 | M | 2 | Tandartsassistent;Tandartsassistente;Preventieassistent | stoelassistentie;steriliseren;klantvriendelijk;plannen | assisteer je de tandarts aan de stoel, steriliseer je instrumenten en plan je afspraken
medisch secretaresse | ziekenhuis | mbo4 | M | 2 | Medisch secretaresse;Poli-assistent;Polikliniekassistent;Medisch secretariaatsmedewerker | medische terminologie;agendabeheer;klantvriendelijk;werken met een EPD | plan je afspraken, ontvang je patiënten op de polikliniek en werk je dossiers bij
operatieassistent | ziekenhuis | mbo4 hbo | Z | 1 | Operatieassistent;OK-assistent;Anesthesiemedewerker | steriel werken;teamwerk;stressbestendig;BIG-registratie | assisteer je het chirurgisch team tijdens operaties en bereid je de OK voor
ambulancechauffeur | ambulance | mbo3 mbo4 | Z | 1 | Ambulancechauffeur;Chauffeur zorgambulance | rijvaardigheid;stressbestendig;BHV en EHBO;klantvriendelijk | rijd je de ambulance en assisteer je de ambulanceverpleegkundige tijdens ritten
voedingsassistent | ziekenhuis ouderenzorg | vmbo mbo1 mbo2 | P | 2 | Voedingsassistent;Voedingsmedewerker;Medewerker voeding zorg | HACCP;gastvrij;rekening houden met diëten;klantvriendelijk | verzorg je de maaltijden op de afdeling, houd je rekening met diëten en zorg je voor gezelligheid aan tafel
fysiotherapeut | paramedisch | hbo | M | 1 | Fysiotherapeut;Fysiotherapeut eerstelijn;Sportfysiotherapeut | BIG-registratie;behandelplannen opstellen;coachen;zelfstandig werken | behandel je patiënten met klachten aan het bewegingsapparaat en stel je behandelplannen op
logopedist | paramedisch | hbo | P | 1 | Logopedist;Logopedist kinderen | kwaliteitsregister paramedici;diagnostiek;werken met kinderen;rapporteren | behandel je kinderen en volwassenen met spraak-, taal- en slikproblemen
diëtist | paramedisch ziekenhuis | hbo | P | 1 | Diëtist;Diëtist eerstelijn | voedingsadvies;motiverende gespreksvoering;rapporteren | geef je voedingsadvies aan patiënten met overgewicht, diabetes of ondervoeding
psycholoog | ggz | wo | M | 1 | GZ-psycholoog;Basispsycholoog;Psycholoog | diagnostiek;behandelen;BIG-registratie;rapporteren | doe je diagnostiek en behandel je cliënten met angst- en stemmingsklachten
laboratoriumanalist | chemie food ziekenhuis | mbo4 hbo | F | 2 | Laboratoriumanalist;Laborant;Chemisch analist;Analist | analysetechnieken;GLP;nauwkeurig werken;rapporteren;HPLC | voer je analyses uit op grondstoffen en eindproducten en rapporteer je de resultaten
dierenartsassistent | dierenkliniek | mbo4 | M | 1 | Dierenartsassistent;Paraveterinair | dierverzorging;assisteren bij operaties;klantvriendelijk;baliewerk | assisteer je de dierenarts bij behandelingen en operaties en help je klanten aan de balie
dierverzorger | dierenopvang | mbo2 mbo3 | M | 1 | Dierverzorger;Medewerker dierenopvang;Dierenverzorger | dierverzorging;fysiek fit;hygiënisch werken;observeren | verzorg je de dieren in de opvang, maak je de verblijven schoon en let je op gezondheid en gedrag
pedagogisch medewerker | kinderopvang | mbo3 mbo4 | Z | 6 | Pedagogisch medewerker;Pedagogisch medewerker kinderdagverblijf;Pedagogisch medewerker baby's;PM'er kinderopvang;Pedagogisch medewerker (BBL) | pedagogisch handelen;VE-certificaat;observeren;communicatie met ouders;taalniveau 3F | zorg je samen met je collega's voor een veilige en uitdagende dag voor kinderen van 0 tot 4 jaar
medewerker buitenschoolse opvang | kinderopvang | mbo2 mbo3 mbo4 | P | 3 | Pedagogisch medewerker BSO;Medewerker BSO;BSO-medewerker;Begeleider buitenschoolse opvang | activiteiten bedenken;sportief;groepen begeleiden;communicatie met ouders | begeleid je kinderen van 4 tot 12 jaar na schooltijd met sport, spel en creatieve activiteiten
gastouder | gastouderbureau | mbo2 mbo3 | P | 1 | Gastouder;Gastouder aan huis | zelfstandig werken;pedagogisch handelen;betrouwbaar;EHBO voor kinderen | vang je kinderen op in je eigen huis of bij het gezin thuis, aangesloten bij ons gastouderbureau
onderwijsassistent | basisschool | mbo4 | P | 3 | Onderwijsassistent;Klassenassistent;Leraarondersteuner | kleine groepen begeleiden;geduldig;samenwerken;organiseren | begeleid je kleine groepjes leerlingen bij lezen en rekenen en ondersteun je de leerkracht in de klas
leraar basisonderwijs | basisschool | hbo | M | 3 | Leerkracht basisonderwijs;Groepsleerkracht;Leraar basisonderwijs;Invalleerkracht | pabo-diploma;klassenmanagement;differentiëren;oudercontact | geef je les aan een combinatiegroep en zorg je dat elk kind zich kan ontwikkelen
docent voortgezet onderwijs | vo | hbo wo | M | 2 | Docent wiskunde;Docent Nederlands;Docent Engels;Docent techniek;Docent economie | lesbevoegdheid;didactiek;klassenmanagement;mentoraat | geef je les aan vmbo- en havoleerlingen en ben je mentor van een klas
docent mbo | mbo | hbo | M | 2 | Docent mbo;Praktijkdocent;Docent zorg en welzijn;Docent techniek mbo;Instructeur mbo | pedagogisch-didactisch getuigschrift;vakkennis;coachen;beroepspraktijk | leid je studenten op voor hun vak en begeleid je ze tijdens hun stage
docent nt2 | taalschool | hbo | P | 2 | Docent NT2;Taaldocent;Docent inburgering;Docent Nederlands als tweede taal | NT2-bevoegdheid;geduldig;lessen plannen;interculturele communicatie | geef je Nederlandse les aan inburgeraars en nieuwkomers, van beginners tot gevorderden
conciërge | vo basisschool | vmbo mbo2 mbo3 | M | 2 | Conciërge;Conciërge voortgezet onderwijs;Huismeester;Gebouwbeheerder | klusvaardig;BHV;toezicht houden;omgaan met jongeren;klantvriendelijk | ben je het aanspreekpunt in de school, houd je toezicht, doe je kleine reparaties en regel je de post
rijinstructeur | rijschool | mbo3 mbo4 | M | 1 | Rijinstructeur;Rijinstructeur auto;Rijinstructeur in opleiding | WRM-bevoegdheid;geduldig;rijbewijs B;didactiek | leer je leerlingen veilig autorijden en bereid je ze voor op het examen
sportinstructeur | sport | mbo3 mbo4 | P | 2 | Sportinstructeur;Fitnessinstructeur;Personal trainer;Groepslesinstructeur | fitnessdiploma;enthousiast;coachen;EHBO | geef je groepslessen en begeleid je leden bij hun trainingsschema's
zweminstructeur | zwembad | mbo3 mbo4 | P | 1 | Zweminstructeur;Badmeester;Toezichthouder zwembad | zweminstructeursdiploma;toezicht houden;reddend zwemmen;EHBO | geef je zwemles aan kinderen en houd je toezicht in het zwembad
bibliotheekmedewerker | bibliotheek | mbo3 mbo4 | P | 1 | Bibliotheekmedewerker;Baliemedewerker bibliotheek;Medewerker bibliotheek | klantvriendelijk;digitale vaardigheden;informatie zoeken;activiteiten organiseren | help je bezoekers aan de balie, geef je uitleg over digitale diensten en organiseer je activiteiten
recreatiemedewerker | vakantiepark | vmbo mbo2 mbo3 | M | 2 | Recreatiemedewerker;Medewerker vakantiepark;Animatiemedewerker;Medewerker attractiepark | gastvrij;enthousiast;flexibel;Duits of Engels | ontvang je gasten, begeleid je activiteiten en zorg je dat iedereen een fijne vakantie heeft
reisleider | reisorganisatie | mbo4 hbo | M | 1 | Reisleider;Gids;Stadsgids;Rondleider | presenteren;Engels;Duits;organiseren | begeleid je groepen en vertel je over de geschiedenis van stad en streek
kok | restaurant hotel catering ouderenzorg | mbo2 mbo3 mbo4 | F | 5 | Kok;Zelfstandig werkend kok;Werkend kok;Leerling-kok;Kok à la carte;Kok bedrijfsrestaurant | HACCP;à la carte koken;mise-en-place;werken onder druk;teamwerk | bereid je de gerechten, zorg je voor de mise-en-place en houd je de keuken volgens HACCP op orde
chef-kok | restaurant hotel | mbo4 | F | 2 | Chef-kok;Sous-chef;Keukenchef | leidinggeven;menu's samenstellen;inkoop;HACCP;kostprijsberekening | stel je menu's samen, stuur je het keukenteam aan en bewaak je kwaliteit en kosten
keukenhulp | restaurant hotel catering | basisonderwijs vmbo mbo1 | P | 4 | Keukenhulp;Afwasser;Keukenmedewerker;Medewerker spoelkeuken | hygiënisch werken;tempo houden;teamwerk;HACCP | houd je de keuken schoon, doe je de afwas en help je bij het voorbereiden van gerechten
medewerker bediening | restaurant hotel | vmbo mbo1 mbo2 | P | 5 | Medewerker bediening;Bedieningsmedewerker;Serveerster;Runner;Ober | gastvrij;klantvriendelijk;kassasysteem;teamwerk;Engels | ontvang je gasten, neem je bestellingen op en zorg je voor een goede sfeer in het restaurant
gastheer | restaurant | mbo2 mbo3 mbo4 | M | 1 | Gastheer/gastvrouw;Gastvrouw restaurant;Host | gastvrij;representatief;reserveringssystemen;Engels | ontvang je gasten, beheer je de reserveringen en zorg je voor een soepel verloop van de avond
barmedewerker | restaurant hotel | vmbo mbo1 mbo2 | P | 2 | Barmedewerker;Barkeeper;Bartender;Medewerker bar | tappen;cocktails maken;klantvriendelijk;snel werken | tap je bier, maak je cocktails en houd je de bar schoon en gezellig
barista | lunchroom | vmbo mbo1 mbo2 | P | 1 | Barista;Medewerker koffiebar | koffie zetten;klantvriendelijk;hygiënisch werken;kassa | zet je koffiespecialiteiten en help je gasten aan de toonbank
medewerker fastfood | snackbar | basisonderwijs vmbo | P | 3 | Crewmedewerker;Medewerker fastfood;Medewerker snackbar;Cafetariamedewerker | snel werken;hygiënisch werken;klantvriendelijk;kassa | bereid je snacks en maaltijden, help je klanten aan de kassa en houd je de zaak schoon
lunchroommedewerker | lunchroom | vmbo mbo1 mbo2 | P | 2 | Lunchroommedewerker;Medewerker lunchroom;Broodjesmaker | klantvriendelijk;hygiënisch werken;broodjes bereiden;kassa | maak je broodjes en salades klaar, help je gasten en houd je de lunchroom schoon
cateringmedewerker | catering | vmbo mbo1 mbo2 | M | 3 | Cateringmedewerker;Medewerker bedrijfsrestaurant;Kantinemedewerker;Medewerker catering | HACCP;gastvrij;kassa;hygiënisch werken | verzorg je de lunch in een bedrijfsrestaurant, vul je buffetten aan en reken je af aan de kassa
bedrijfsleider horeca | restaurant lunchroom | mbo4 hbo | F | 1 | Bedrijfsleider horeca;Bedrijfsleider restaurant;Assistent-bedrijfsleider;Restaurantmanager | leidinggeven;roosters maken;sturen op omzet;gastvrij | geef je leiding aan het team in zaal en keuken, maak je roosters en stuur je op omzet en gasttevredenheid
hotelreceptionist | hotel vakantiepark | mbo3 mbo4 | M | 2 | Hotelreceptionist;Receptionist hotel;Front office medewerker;Nachtreceptionist | gastvrij;Engels;Duits;reserveringssystemen;oplossingsgericht | check je gasten in en uit, beantwoord je hun vragen en handel je reserveringen af
kamermeisje | hotel | basisonderwijs vmbo mbo1 | P | 3 | Housekeeping medewerker;Roomattendant;Kamermeisje;Medewerker housekeeping | schoonmaken;tempo houden;oog voor detail;zelfstandig werken | maak je de hotelkamers schoon en klaar voor nieuwe gasten
schoonmaker | schoonmaakbedrijf ouderenzorg hotel facilitair | basisonderwijs vmbo mbo1 | P | 7 | Schoonmaker;Schoonmaakmedewerker;Schoonmaakster;Interieurverzorger;Medewerker schoonmaak | schoonmaken;zelfstandig werken;betrouwbaar;hygiënisch werken;VOG | maak je kantoren, sanitair en gemeenschappelijke ruimtes schoon volgens een vast werkprogramma
specialistisch schoonmaker | schoonmaakbedrijf | vmbo mbo1 mbo2 | F | 1 | Specialistisch schoonmaker;Vloeronderhoudsmedewerker;Industrieel reiniger | schrobmachine;vloeronderhoud;VCA;rijbewijs B | doe je periodiek vloeronderhoud, dieptereiniging en bouwopleveringen met machines
glazenwasser | glazenwasserij schoonmaakbedrijf | vmbo mbo1 mbo2 | F | 1 | Glazenwasser;Glazenwasser hoogwerker;Gevelreiniger | hoogtewerk;hoogwerkercertificaat;VCA;rijbewijs B | was je de ramen en gevels van bedrijfspanden en woningen, ook vanuit de hoogwerker
objectleider schoonmaak | schoonmaakbedrijf | mbo3 mbo4 | M | 1 | Objectleider schoonmaak;Rayonleider schoonmaak;Teamleider schoonmaak | leidinggeven;kwaliteitscontrole;roosters maken;klantcontact | stuur je de schoonmaakteams op je objecten aan en ben je aanspreekpunt voor de klant
facilitair medewerker | facilitair ziekenhuis gemeente kantoor | vmbo mbo2 mbo3 | M | 2 | Facilitair medewerker;Medewerker facilitaire dienst;Allround facilitair medewerker | klantvriendelijk;klusvaardig;organiseren;flexibel | verzorg je vergaderruimtes, post, kleine reparaties en de ontvangst van bezoekers
autowasser | carwash | basisonderwijs vmbo | M | 1 | Medewerker wasstraat;Autowasser;Autopoetser | klantvriendelijk;zorgvuldig;buiten werken;tempo houden | poets je auto's binnen en buiten en help je klanten bij de wasstraat
afvalinzamelaar | afval | basisonderwijs vmbo mbo1 | F | 2 | Belader;Afvalinzamelaar;Medewerker afvalinzameling | fysiek fit;vroeg beginnen;veilig werken;teamwerk | haal je samen met de chauffeur afval en grondstoffen op in de wijk
afvalsorteerder | afval | basisonderwijs vmbo | F | 1 | Sorteermedewerker;Medewerker recycling;Medewerker milieustraat | sorteren;veilig werken;klantvriendelijk;fysiek fit | sorteer je afval aan de band of help je bewoners op de milieustraat
straatveger | reiniging gemeente | basisonderwijs vmbo | F | 1 | Medewerker reiniging openbare ruimte;Straatveger;Medewerker openbare ruimte | buiten werken;zelfstandig werken;veegmachine;betrouwbaar | houd je straten, pleinen en parken schoon, met de hand en met de veegmachine
timmerman | bouw onderhoud | mbo2 mbo3 | F | 4 | Timmerman;Allround timmerman;Bouwtimmerman;Timmerman renovatie | tekening lezen;VCA;zelfstandig werken;maatvoering;rijbewijs B | plaats je kozijnen, vloeren en daken op onze nieuwbouw- en renovatieprojecten
metselaar | bouw | vmbo mbo2 mbo3 | F | 2 | Metselaar;Allround metselaar;Leerling-metselaar | metselwerk;VCA;maatvoering;fysiek fit | metsel je gevels en binnenmuren op woningbouwprojecten in de regio
voeger | bouw | vmbo mbo2 | F | 1 | Voeger;Gevelvoeger | voegwerk;hoogtewerk;VCA;nauwkeurig werken | voeg je gevels van nieuwbouw- en renovatieprojecten en herstel je oud voegwerk
stukadoor | afbouw | vmbo mbo2 mbo3 | F | 2 | Stukadoor;Allround stukadoor;Stukadoor spuitwerk | stucwerk;spuitwerk;VCA;zelfstandig werken | werk je wanden en plafonds af met stuc- en spuitwerk, in nieuwbouw en renovatie
tegelzetter | afbouw | vmbo mbo2 mbo3 | F | 1 | Tegelzetter;Tegelzetter badkamers;Tegelzetter wand en vloer | tegelwerk;nauwkeurig werken;klantvriendelijk;zelfstandig werken | zet je tegels in badkamers en keukens bij particulieren en in nieuwbouw
vloerlegger | afbouw | vmbo mbo2 | F | 1 | Vloerlegger;PVC-vloerlegger;Parketlegger | vloeren leggen;egaliseren;klantvriendelijk;nauwkeurig werken | leg je pvc-, laminaat- en parketvloeren bij particulieren en bedrijven
dakdekker | dak | vmbo mbo2 mbo3 | F | 2 | Dakdekker;Dakdekker bitumen;Platdakdekker;Dakdekker pannen | hoogtewerk;brandveilig werken;VCA;fysiek fit | leg en herstel je platte en hellende daken, ook met isolatie en zonnepanelen
schilder | afbouw onderhoud | vmbo mbo2 mbo3 | F | 3 | Schilder;Allround schilder;Onderhoudsschilder;Schilder binnenwerk | schilderwerk;houtrotherstel;VCA;klantvriendelijk;zelfstandig werken | schilder je binnen en buiten, herstel je houtrot en zorg je voor een strak eindresultaat
behanger | afbouw | vmbo mbo2 | F | 1 | Behanger;Wandafwerker | behangen;wandafwerking;nauwkeurig werken;klantvriendelijk | behang je en werk je wanden af in woningen en kantoren
glaszetter | montage | vmbo mbo2 | F | 1 | Glaszetter;Glasmonteur | glas zetten;veilig werken;rijbewijs B;klantvriendelijk | plaats en vervang je ruiten en isolatieglas bij woningen en bedrijven
isolatiemonteur | isolatie | vmbo mbo1 mbo2 | F | 1 | Isolatiemonteur;Na-isoleerder;Spouwmuurisoleerder | isoleren;fysiek fit;VCA;klantvriendelijk | isoleer je spouwmuren, vloeren en daken van bestaande woningen
betonvlechter | bouw | vmbo mbo1 mbo2 | F | 1 | Betonvlechter;IJzervlechter | wapening vlechten;tekening lezen;VCA;fysiek fit | vlecht en plaats je wapeningsstaal voor vloeren, wanden en funderingen
betontimmerman | bouw infra | vmbo mbo2 | F | 1 | Betontimmerman;Bekister | bekisting maken;tekening lezen;VCA | maak je bekistingen en stort je beton op utiliteits- en infraprojecten
steigerbouwer | steiger | vmbo mbo1 mbo2 | F | 1 | Steigerbouwer;Steigermonteur;Tweede monteur steigerbouw | hoogtewerk;VCA;fysiek fit;teamwerk | bouw je steigers op bouwprojecten en in de industrie
stratenmaker | infra | vmbo mbo1 mbo2 | F | 2 | Stratenmaker;Allround stratenmaker;Stratenmakersopperman | bestraten;maatvoering;VCA;fysiek fit | bestraat je wegen, stoepen en pleinen in de regio
grondwerker | infra | basisonderwijs vmbo mbo1 | F | 2 | Grondwerker;GWW-medewerker;Medewerker grondwerk | VCA;fysiek fit;buiten werken;teamwerk | werk je mee aan riolering, kabels en leidingen en wegenbouw
rioleringsmedewerker | infra | vmbo mbo1 mbo2 | F | 1 | Rioleringsmedewerker;Medewerker riolering;Rioolreiniger | VCA;buiten werken;rijbewijs B;veilig werken | leg, inspecteer en reinig je rioleringen in de openbare ruimte
bouwvakker | bouw | basisonderwijs vmbo mbo1 | F | 2 | Bouwplaatsmedewerker;Opperman;Bouwvakker;Hulp bouw | VCA;fysiek fit;buiten werken;samenwerken | help je de vaklieden op de bouwplaats en houd je de bouwplaats veilig en opgeruimd
sloper | sloop | basisonderwijs vmbo mbo1 | F | 1 | Sloper;Sloopmedewerker | VCA;veilig werken;fysiek fit | sloop en demonteer je gebouwen en scheid je het afval op de bouwplaats
asbestsaneerder | sloop | vmbo mbo2 | F | 1 | Asbestsaneerder;Asbestverwijderaar;DAV'er | DAV-certificaat;veilig werken;procedures volgen | verwijder je asbest veilig volgens de wettelijke procedures
uitvoerder bouw | bouw infra | mbo4 hbo | F | 2 | Uitvoerder bouw;Uitvoerder woningbouw;Uitvoerder utiliteitsbouw;Projectuitvoerder | plannen;leidinggeven;VCA-VOL;kwaliteitsbewaking;bouwkunde | stuur je de bouwplaats aan, bewaak je planning, kwaliteit en veiligheid en overleg je met onderaannemers
werkvoorbereider bouw | bouw infra | mbo4 hbo | F | 1 | Werkvoorbereider;Werkvoorbereider bouw;Calculator | calculeren;tekeningen lezen;inkoop;plannen | bereid je projecten voor: tekeningen, planning, inkoop en calculatie
projectleider bouw | bouw | hbo | F | 1 | Projectleider bouw;Projectleider woningbouw | projectmanagement;budgetbewaking;klantcontact;leidinggeven | ben je eindverantwoordelijk voor bouwprojecten, van voorbereiding tot oplevering
bouwkundig tekenaar | ingenieursbureau bouw | mbo4 hbo | F | 1 | Bouwkundig tekenaar;BIM-modelleur;Revit tekenaar | Revit;AutoCAD;BIM;bouwkunde | werk je bouwkundige ontwerpen in Revit uit tot bestek- en werktekeningen
tekenaar werktuigbouw | metaal ingenieursbureau | mbo4 hbo | F | 1 | Tekenaar-constructeur;Technisch tekenaar;3D-tekenaar werktuigbouw | SolidWorks;Inventor;technisch inzicht;nauwkeurig werken | werk je machineonderdelen in 3D uit en maak je productietekeningen
kozijnmonteur | montage | vmbo mbo2 | F | 1 | Kozijnmonteur;Monteur kunststof kozijnen;Kozijnenmonteur | monteren;klantvriendelijk;rijbewijs B;nauwkeurig werken | plaats je kunststof en houten kozijnen bij particulieren en in nieuwbouw
keukenmonteur | montage | vmbo mbo2 mbo3 | F | 1 | Keukenmonteur;Keuken- en badkamermonteur | monteren;klantvriendelijk;zelfstandig werken;rijbewijs B | monteer je keukens bij klanten thuis, inclusief het aansluiten van de apparatuur
klusjesman | onderhoud woningcorporatie | vmbo mbo1 mbo2 | M | 2 | Klusjesman;Allround onderhoudsmedewerker;Medewerker klein onderhoud | klusvaardig;zelfstandig werken;klantvriendelijk;rijbewijs B | voer je klein onderhoud en reparaties uit in huurwoningen en gebouwen
elektricien | installatie | mbo2 mbo3 mbo4 | F | 4 | Elektricien;Elektromonteur;Eerste monteur elektrotechniek;Allround elektricien | NEN 3140;VCA;tekening lezen;storingen zoeken;zelfstandig werken | leg je elektrische installaties aan in woningen en utiliteitsgebouwen en zoek je storingen
monteur zonnepanelen | solar | vmbo mbo2 mbo3 | F | 2 | Monteur zonnepanelen;Zonnepanelenmonteur;PV-monteur | hoogtewerk;VCA;basiskennis elektrotechniek;teamwerk | plaats je zonnepanelen op daken van woningen en bedrijven en sluit je omvormers aan
loodgieter | installatie | mbo2 mbo3 | F | 2 | Loodgieter;Sanitair monteur;Loodgieter-installateur | sanitair;leidingwerk;klantvriendelijk;rijbewijs B | installeer en repareer je sanitair en water- en afvoerleidingen bij klanten thuis
installatiemonteur | installatie | mbo2 mbo3 mbo4 | F | 3 | Installatiemonteur;Monteur installatietechniek;W-monteur;Leidingmonteur | leidingwerk;tekening lezen;VCA;samenwerken | leg je werktuigbouwkundige installaties aan in nieuwbouw en renovatie
cv-monteur | installatie | mbo2 mbo3 mbo4 | F | 2 | Servicemonteur cv;Cv-monteur;Monteur verwarming | cv-ketels;storingen zoeken;klantvriendelijk;rijbewijs B | onderhoud en repareer je cv-ketels en verwarmingsinstallaties bij klanten thuis
koeltechnisch monteur | installatie | mbo3 mbo4 | F | 2 | Koeltechnisch monteur;Warmtepompmonteur;Monteur klimaattechniek;Airco monteur | F-gassencertificaat;koeltechniek;storingen zoeken;klantvriendelijk | installeer en onderhoud je warmtepompen, airco's en koelinstallaties
monteur energienetten | netbeheer | mbo2 mbo3 mbo4 | F | 2 | Monteur energienetten;Monteur laagspanning;Monteur middenspanning;Netwerkmonteur energie | VIAG en BEI;veilig werken;buiten werken;teamwerk | leg en onderhoud je kabels en aansluitingen in het elektriciteitsnet
glasvezelmonteur | telecom | vmbo mbo2 mbo3 | F | 1 | Glasvezelmonteur;FTTH-monteur;Monteur glasvezel | glasvezel lassen;klantvriendelijk;zelfstandig werken | sluit je woningen aan op het glasvezelnetwerk en test je de verbindingen
liftmonteur | lift | mbo3 mbo4 | F | 1 | Liftmonteur;Servicemonteur liften | elektrotechniek;mechanica;storingen zoeken;zelfstandig werken | onderhoud en repareer je liften en roltrappen in de regio
witgoedmonteur | witgoed | mbo2 mbo3 | F | 1 | Witgoedmonteur;Servicemonteur witgoed | storingen zoeken;klantvriendelijk;rijbewijs B | repareer je wasmachines, drogers en vaatwassers bij klanten thuis
paneelbouwer | installatie metaal | mbo2 mbo3 | F | 1 | Paneelbouwer;Schakelkastenbouwer;Bedrader | schema's lezen;bedraden;nauwkeurig werken;elektrotechniek | bouw en bedraad je schakelkasten volgens elektrotechnische schema's
elektrotechnicus | chemie metaal food | mbo4 hbo | F | 1 | Elektrotechnicus;Technicus meet- en regeltechniek;E&I technicus | PLC;meet- en regeltechniek;storingen zoeken;NEN 3140 | zorg je voor onderhoud en storingsoplossing aan de elektrische en besturingstechnische installaties
productiemedewerker | metaal food chemie | basisonderwijs vmbo mbo1 mbo2 | F | 8 | Productiemedewerker;Productiemedewerker 3-ploegendienst;Medewerker productie;Productiemedewerker food;Fabrieksmedewerker | tempo houden;nauwkeurig werken;kwaliteitscontrole;werken in ploegendienst;hygiënisch werken | bedien je de productielijn, controleer je de kwaliteit van de producten en houd je je werkplek schoon
machineoperator | metaal chemie | vmbo mbo2 mbo3 | F | 4 | Machineoperator;Machinebediener;Productieoperator;Operator productie | machines instellen;storingen verhelpen;kwaliteitscontrole;werken in ploegendienst | stel je machines in, bewaak je het productieproces en los je kleine storingen zelf op
procesoperator | chemie | mbo3 mbo4 | F | 3 | Procesoperator;Procesoperator B;Procesoperator A;Operator chemie | procesbewaking;veilig werken;VCA;5-ploegendienst;rapporteren | bewaak je vanuit de controlekamer en in het veld het productieproces van onze fabriek
operator levensmiddelenindustrie | food | vmbo mbo2 mbo3 | F | 3 | Operator levensmiddelenindustrie;Operator food;Procesoperator food;Operator zuivel | HACCP;machines instellen;hygiënisch werken;werken in ploegendienst | bedien je de productielijnen voor levensmiddelen en bewaak je hygiëne en kwaliteit
inpakmachine operator | food chemie | vmbo mbo1 mbo2 | F | 2 | Operator verpakkingslijn;Operator inpaklijn;Verpakkingsoperator | machines instellen;tempo houden;kwaliteitscontrole;werken in ploegendienst | stel je de verpakkingsmachines in en zorg je dat de lijn blijft draaien
lasser | metaal | vmbo mbo2 mbo3 | F | 3 | Lasser;Lasser MIG/MAG;TIG-lasser;Constructielasser | MIG/MAG-lassen;TIG-lassen;tekening lezen;VCA | las je onderdelen voor staalconstructies en machines volgens tekening
constructiebankwerker | metaal | vmbo mbo2 mbo3 | F | 2 | Constructiebankwerker;Samenbouwer;Bankwerker | tekening lezen;lassen;samenbouwen;nauwkeurig werken | bouw je staalconstructies samen en hecht je onderdelen volgens tekening
plaatwerker | metaal | vmbo mbo2 mbo3 | F | 1 | Plaatwerker;Kantbankoperator;Plaatbewerker | kantbank;tekening lezen;nauwkeurig werken;CNC | bewerk je plaatmateriaal op de kantbank en de lasersnijder
cnc-verspaner | metaal | mbo2 mbo3 mbo4 | F | 2 | CNC-verspaner;CNC-frezer;CNC-draaier;CNC-operator | CNC-programmeren;Heidenhain;tekening lezen;meten | programmeer en bedien je CNC-bewerkingscentra voor precisieonderdelen
mechanisch monteur | metaal | mbo2 mbo3 mbo4 | F | 3 | Mechanisch monteur;Monteur machinebouw;Machinebouwer;Eerste monteur machinebouw | mechanische montage;tekening lezen;pneumatiek;hydrauliek | bouw je machines samen in de werkplaats en stel je ze in bedrijf bij klanten
onderhoudsmonteur | chemie food metaal | mbo3 mbo4 | F | 4 | Onderhoudsmonteur;Storingsmonteur;Technicus onderhoud;Medewerker technische dienst | storingsanalyse;mechanica;elektrotechniek;VCA;werken in ploegendienst | voer je preventief onderhoud uit en los je storingen aan de productielijnen op
monteur mobiele werktuigen | mechanisatie | mbo2 mbo3 mbo4 | F | 1 | Monteur mobiele werktuigen;Monteur landbouwmechanisatie;Heftruckmonteur | diagnose stellen;hydrauliek;storingen zoeken;rijbewijs B | onderhoud en repareer je landbouw- en grondverzetmachines en heftrucks
assemblagemedewerker | metaal | vmbo mbo1 mbo2 | F | 3 | Assemblagemedewerker;Montagemedewerker;Assembleur | nauwkeurig werken;technisch inzicht;werkinstructies volgen;teamwerk | monteer je onderdelen en modules volgens werkinstructie
elektronicamonteur | metaal | mbo2 mbo3 | F | 1 | Elektronicamonteur;Printplaatassembleur;Soldeerder | solderen;nauwkeurig werken;ESD-bewust werken;werkinstructies volgen | assembleer en soldeer je printplaten en elektronische modules
automonteur | garage | mbo2 mbo3 mbo4 | F | 3 | Automonteur;Autotechnicus;APK-monteur;Eerste autotechnicus | diagnose stellen;APK-bevoegdheid;elektrische voertuigen;klantvriendelijk | doe je onderhoud, APK en reparaties aan personenauto's van alle merken
bedrijfsautomonteur | truck | mbo2 mbo3 mbo4 | F | 1 | Bedrijfsautomonteur;Truckmonteur;Trailermonteur | diagnose stellen;remmen en pneumatiek;APK zware voertuigen;zelfstandig werken | onderhoud en repareer je vrachtwagens en opleggers
fietsenmaker | fietsenwinkel | vmbo mbo2 | M | 1 | Fietsenmaker;Fietsmonteur;E-bike monteur | fietstechniek;e-bikes;klantvriendelijk | repareer en onderhoud je fietsen en e-bikes in onze werkplaats
autoschadehersteller | schade | vmbo mbo2 mbo3 | F | 1 | Autoschadehersteller;Schadehersteller;Carrosseriehersteller | plaatwerk;uitdeuken;nauwkeurig werken | herstel je schade aan carrosserieën en bereid je auto's voor op het spuiten
autospuiter | schade metaal | vmbo mbo2 mbo3 | F | 1 | Autospuiter;Spuiter;Industrieel spuiter;Poedercoater | spuiten;kleuren mengen;veilig werken;nauwkeurig werken | spuit je auto's en onderdelen in de juiste kleur, strak en stofvrij
kwaliteitscontroleur | metaal food chemie | mbo2 mbo3 mbo4 | F | 2 | Kwaliteitscontroleur;Kwaliteitsmedewerker;Medewerker kwaliteitscontrole;QC-medewerker | meten;nauwkeurig werken;rapporteren;ISO-normen | controleer je producten op kwaliteit, meet je afwijkingen en rapporteer je aan de productie
teamleider productie | food metaal chemie | mbo4 hbo | F | 2 | Teamleider productie;Ploegleider;Productieleider | leidinggeven;lean;plannen;veilig werken | stuur je een ploeg productiemedewerkers aan en bewaak je output, kwaliteit en veiligheid
productieplanner | metaal food | mbo4 hbo | F | 1 | Productieplanner;Planner productie;Werkplanner | plannen;ERP;Excel;communicatief | maak je de productieplanning en stem je af met inkoop, verkoop en productie
meubelmaker | meubel | mbo2 mbo3 | F | 1 | Meubelmaker;Interieurbouwer;Werkplaatsmedewerker hout | houtbewerking;CNC;tekening lezen;nauwkeurig werken | maak je maatwerkmeubels en interieurs in onze werkplaats en monteer je ze bij klanten
stoffeerder | meubel | vmbo mbo2 | F | 1 | Stoffeerder;Meubelstoffeerder | stofferen;naaien;nauwkeurig werken | stoffeer je banken en stoelen en herstel je meubels
naaister | textiel | vmbo mbo1 mbo2 | M | 1 | Naaister;Medewerker naaiatelier;Confectienaaister | naaien;industriële naaimachine;nauwkeurig werken | naai je kleding en textielproducten in ons atelier
drukker | drukkerij | mbo2 mbo3 | F | 1 | Drukker;Flexodrukker;Digitaal drukker;Operator drukkerij | drukpersen instellen;kleurbeheer;kwaliteitscontrole;werken in ploegendienst | stel je de drukpers in, bewaak je kleur en kwaliteit en houd je de machine draaiende
medewerker wasserij | wasserij | basisonderwijs vmbo | M | 1 | Medewerker wasserij;Wasserijmedewerker;Medewerker linnenkamer | tempo houden;hygiënisch werken;fysiek fit | sorteer, was en vouw je textiel voor zorginstellingen en hotels
slager | vlees slagerij | vmbo mbo2 mbo3 | F | 2 | Slager;Uitbener;Vleesbewerker;Medewerker slagerij | vleesbewerking;HACCP;messen slijpen;klantvriendelijk | bewerk je vlees, maak je vleeswaren en help je klanten in de winkel of aan de lijn
visverwerker | vis | basisonderwijs vmbo mbo1 | F | 1 | Visverwerker;Medewerker visverwerking;Visfileerder | fileren;hygiënisch werken;werken in de koeling | fileer en verwerk je vis voor de groothandel
bakker | bakkerij | vmbo mbo2 mbo3 | F | 2 | Bakker;Broodbakker;Banketbakker;Medewerker bakkerij | deeg bereiden;vroeg beginnen;HACCP;nauwkeurig werken | bak je brood en banket, vanaf de vroege ochtend
kaasmaker | kaas | vmbo mbo2 | F | 1 | Kaasmaker;Medewerker kaasmakerij | hygiënisch werken;procesbewaking;nauwkeurig werken | maak je kaas volgens traditioneel recept en bewaak je het proces
hovenier | hovenier | vmbo mbo2 mbo3 | F | 2 | Hovenier;Allround hovenier;Hoveniersmedewerker;Hovenier aanleg | tuinaanleg;bestraten;plantenkennis;rijbewijs BE | leg je tuinen aan en onderhoud je ze, van bestrating tot beplanting
groenmedewerker | hovenier gemeente | basisonderwijs vmbo mbo1 mbo2 | F | 3 | Groenmedewerker;Medewerker groenvoorziening;Medewerker openbaar groen | buiten werken;bosmaaier;veilig werken;teamwerk | onderhoud je plantsoenen, parken en bermen in de gemeente
boomverzorger | boom | mbo2 mbo3 | F | 1 | Boomverzorger;European Treeworker;Boomklimmer | klimmen;motorzaag;veilig werken;ETW-certificaat | snoei en kap je bomen, vanuit de hoogwerker of klimmend
kwekerijmedewerker | kwekerij | basisonderwijs vmbo mbo1 | F | 3 | Kwekerijmedewerker;Medewerker glastuinbouw;Tuinbouwmedewerker;Oogstmedewerker | tempo houden;nauwkeurig werken;fysiek fit;teamwerk | oogst, sorteer en verpak je groenten of planten in de kas
teeltmedewerker | kwekerij | mbo2 mbo3 mbo4 | F | 1 | Teeltmedewerker;Medewerker teelt;Teeltspecialist | gewaskennis;klimaatcomputer;nauwkeurig werken | verzorg je het gewas en houd je het groeiproces in de kas in de gaten
agrarisch medewerker | landbouw | basisonderwijs vmbo mbo1 mbo2 | F | 1 | Agrarisch medewerker;Medewerker akkerbouw;Seizoenmedewerker landbouw | buiten werken;landbouwmachines;fysiek fit | werk je mee op het land: planten, oogsten en sorteren
medewerker melkveehouderij | melkvee | vmbo mbo2 mbo3 | F | 1 | Medewerker melkveehouderij;Melker;Bedrijfsverzorger | melken;dierverzorging;zelfstandig werken;vroeg beginnen | melk je de koeien, verzorg je de kalveren en help je mee op het bedrijf
bloemist | bloemen | vmbo mbo2 mbo3 | M | 1 | Bloemist;Medewerker bloemenwinkel;Bloembinder | bloemschikken;klantvriendelijk;creatief | bind je boeketten, adviseer je klanten en verzorg je de winkel
beveiliger | beveiligingsbedrijf | mbo2 mbo3 | M | 4 | Beveiliger;Beveiligingsmedewerker;Objectbeveiliger;Receptiebeveiliger;Winkelsurveillant | diploma beveiliger 2;alert;klantvriendelijk;rapporteren;onregelmatige diensten | bewaak je het object, doe je de toegangscontrole en loop je je rondes
mobiel surveillant | beveiligingsbedrijf | mbo2 mbo3 | F | 1 | Mobiel surveillant;Alarmopvolger;Nachtsurveillant | diploma beveiliger 2;rijbewijs B;alert;zelfstandig werken | rijd je surveillancerondes langs bedrijfspanden en volg je alarmmeldingen op
portier | beveiligingsbedrijf | mbo2 mbo3 | P | 1 | Portier;Horecaportier;Evenementenbeveiliger | diploma horecaportier;omgaan met conflicten;alert | bewaak je de toegang in de horeca en bij evenementen en zorg je voor een veilige sfeer
toezichthouder | gemeente handhaving | mbo3 mbo4 | F | 1 | BOA;Handhaver openbare ruimte;Toezichthouder;Parkeercontroleur | BOA-certificaat;omgaan met conflicten;rapporteren;buiten werken | houd je toezicht in de openbare ruimte en spreek je mensen aan op overlast en parkeren
verkeersregelaar | verkeersregelaars | vmbo mbo2 | P | 1 | Verkeersregelaar;Verkeersregelaar evenementen;Beroepsverkeersregelaar | verkeersregelaarsdiploma;alert;buiten werken | regel je het verkeer bij evenementen en wegwerkzaamheden
meldkamermedewerker | alarmcentrale | mbo3 mbo4 | M | 1 | Meldkamermedewerker;Centralist alarmcentrale;Alarmcentralist | stressbestendig;multitasken;klantvriendelijk;Engels | handel je alarmmeldingen af en schakel je surveillance of hulpdiensten in
brandwacht | brandwacht | vmbo mbo2 mbo3 | F | 1 | Brandwacht;Bedrijfsbrandweerman;Mangatwacht | brandwachtdiploma;VCA;alert | houd je toezicht op brandgevaarlijk werk tijdens onderhoudsstops in de industrie
penitentiair inrichtingswerker | justitie | mbo3 mbo4 | F | 1 | Penitentiair inrichtingswerker;PIW'er | omgaan met conflicten;stressbestendig;observeren;rapporteren | begeleid en bewaak je gedetineerden tijdens hun dagprogramma
verkoopmedewerker | winkel supermarkt | vmbo mbo1 mbo2 mbo3 | P | 7 | Verkoopmedewerker;Winkelmedewerker;Verkoopmedewerker mode;Verkoopmedewerker bouwmarkt;Verkoopadviseur;Verkoopmedewerker tuincentrum | klantvriendelijk;kassa;adviseren;producten presenteren;teamwerk | help je klanten, adviseer je over producten en houd je de winkel netjes en goed gevuld
kassamedewerker | supermarkt winkel | vmbo mbo1 | P | 3 | Kassamedewerker;Caissière;Medewerker kassa | kassa;klantvriendelijk;nauwkeurig werken;snel werken | reken je af met klanten, help je bij de zelfscankassa's en beantwoord je vragen
vakkenvuller | supermarkt | basisonderwijs vmbo | P | 4 | Vakkenvuller;Medewerker vulploeg;Nachtvuller;Supermarktmedewerker | tempo houden;nauwkeurig werken;teamwerk;vroeg of laat werken | vul je de schappen, controleer je houdbaarheidsdata en zorg je voor een volle winkel
teamleider winkel | supermarkt winkel | mbo3 mbo4 | F | 1 | Teamleider supermarkt;Afdelingsmanager;Teamleider winkel | leidinggeven;plannen;klantvriendelijk;bestellingen doen | stuur je het team op je afdeling aan, doe je de bestellingen en zorg je voor een verzorgde winkel
filiaalmanager | supermarkt winkel | mbo4 hbo | F | 1 | Filiaalmanager;Bedrijfsleider winkel;Storemanager | leidinggeven;sturen op omzet;personeelsplanning;commercieel | ben je eindverantwoordelijk voor de winkel, het team en de omzet
drogisterijmedewerker | drogisterij | mbo2 mbo3 | P | 1 | Drogisterijmedewerker;Drogist;Verkoopmedewerker drogisterij | klantvriendelijk;productkennis;adviseren;kassa | adviseer je klanten over verzorgingsproducten en zelfzorgmiddelen
autoverkoper | garage | mbo4 hbo | F | 1 | Verkoopadviseur auto's;Autoverkoper;Verkoper occasions | commercieel;klantvriendelijk;rijbewijs B;onderhandelen | adviseer je klanten over nieuwe en gebruikte auto's en begeleid je de aankoop
marktkoopman | markt | basisonderwijs vmbo mbo1 | P | 1 | Marktmedewerker;Marktverkoper | klantvriendelijk;vroeg beginnen;rekenen | verkoop je groente en fruit op de markt en bouw je de kraam op en af
opticien | optiek | mbo4 | M | 1 | Opticien;Optiekmedewerker | oogmeting;klantvriendelijk;adviseren | meet je ogen, adviseer je over brillen en lenzen en werk je in het atelier
kapper | kapsalon | mbo2 mbo3 | M | 2 | Kapper;Kapster;Allround kapper;Barber | knippen;kleuren;klantvriendelijk;trends volgen | knip, kleur en style je klanten en adviseer je over haarverzorging
schoonheidsspecialist | schoonheidssalon | mbo3 mbo4 | P | 1 | Schoonheidsspecialist;Pedicure;Nagelstylist | huidverzorging;klantvriendelijk;hygiënisch werken | verzorg je gezichtsbehandelingen en geef je huidadvies
tankstationmedewerker | tankstation | vmbo mbo1 | P | 1 | Tankstationmedewerker;Medewerker tankstation | kassa;klantvriendelijk;betrouwbaar | help je klanten in de shop, reken je af en houd je het station schoon
klantenservicemedewerker | contactcenter kantoor | mbo2 mbo3 mbo4 | M | 5 | Klantenservicemedewerker;Medewerker klantenservice;Callcentermedewerker;Klantcontactmedewerker;Medewerker klantenservice Duitstalig | klantvriendelijk;telefonische vaardigheden;typevaardigheid;oplossingsgericht;CRM-systeem | beantwoord je vragen van klanten via telefoon, chat en mail en los je problemen zelf op
telemarketeer | contactcenter | vmbo mbo2 mbo3 | P | 1 | Telemarketeer;Telefonisch verkoper;Outbound medewerker | overtuigen;telefonische vaardigheden;doorzetten | bel je bestaande klanten met aanbiedingen en verleng je abonnementen
telefonist | kantoor ziekenhuis contactcenter | mbo2 mbo3 | P | 1 | Telefonist;Telefonist-receptionist | telefonische vaardigheden;klantvriendelijk;doorverbinden;Engels | neem je de telefoon aan, verbind je door en noteer je berichten
receptionist | kantoor ziekenhuis gemeente | mbo3 mbo4 | M | 2 | Receptionist;Receptioniste;Receptiemedewerker;Baliemedewerker | gastvrij;telefonische vaardigheden;Engels;Office | ontvang je bezoekers, neem je de telefoon aan en verzorg je de postverwerking
enquêteur | contactcenter | vmbo mbo2 mbo3 | P | 1 | Enquêteur;Telefonisch interviewer | telefonische vaardigheden;nauwkeurig werken;geduldig | neem je telefonisch enquêtes af voor marktonderzoek
administratief medewerker | kantoor gemeente ziekenhuis accountancy logistiek | mbo2 mbo3 mbo4 | M | 5 | Administratief medewerker;Medewerker administratie;Administratief medewerker backoffice;Kantoormedewerker | Office;nauwkeurig werken;Excel;archiveren;klantcontact | verwerk je gegevens en post, beheer je dossiers en help je collega's en klanten met vragen
data-entry medewerker | kantoor contactcenter | vmbo mbo2 mbo3 | M | 1 | Data-entry medewerker;Medewerker data-invoer | typevaardigheid;nauwkeurig werken;Excel | voer je gegevens in en controleer je ze op juistheid
orderverwerker | groothandel metaal | mbo2 mbo3 mbo4 | F | 1 | Orderverwerker;Medewerker orderverwerking;Order entry medewerker | ERP;nauwkeurig werken;klantcontact;Excel | verwerk je orders in het ERP-systeem en houd je klanten op de hoogte van levertijden
archiefmedewerker | gemeente ziekenhuis | mbo2 mbo3 | M | 1 | Archiefmedewerker;DIV-medewerker;Scanmedewerker | archiveren;nauwkeurig werken;digitaliseren | digitaliseer je dossiers en beheer je het archief
postkamermedewerker | kantoor gemeente | vmbo mbo2 | P | 1 | Postkamermedewerker;Medewerker postverwerking | nauwkeurig werken;sorteren;scannen | sorteer en scan je inkomende post en verzorg je de uitgaande post
secretaresse | kantoor gemeente ziekenhuis vo | mbo3 mbo4 | M | 2 | Secretaresse;Secretarieel medewerker;Afdelingssecretaresse | agendabeheer;Office;notuleren;organiseren | beheer je agenda's, notuleer je vergaderingen en ben je het eerste aanspreekpunt van de afdeling
managementassistent | kantoor gemeente | mbo4 hbo | M | 2 | Managementassistent;Directiesecretaresse;Executive assistant | agendabeheer;discretie;Office;Engels;organiseren | ondersteun je de directie met agendabeheer, vergaderingen en correspondentie
officemanager | kantoor accountancy | mbo4 hbo | M | 1 | Officemanager;Office manager | organiseren;facilitaire zaken;administratie;Office | zorg je dat het kantoor op rolletjes loopt, van inkoop tot ontvangst en administratie
juridisch medewerker | advocatuur kantoor | mbo4 hbo | M | 1 | Juridisch medewerker;Paralegal | juridische kennis;nauwkeurig werken;schrijfvaardig | bereid je dossiers voor en stel je brieven en processtukken op
juridisch secretaresse | advocatuur | mbo4 | M | 1 | Juridisch secretaresse;Advocatensecretaresse;Notarissecretaresse | juridische terminologie;agendabeheer;Office;discretie | ondersteun je de advocaten met correspondentie, termijnbewaking en agendabeheer
boekhouder | accountancy kantoor | mbo4 hbo | M | 3 | Boekhouder;Financieel administratief medewerker;Medewerker financiële administratie;Assistent-boekhouder | Exact;AFAS;Excel;boekhouden;btw-aangifte | verwerk je de financiële administratie tot en met de btw-aangifte en help je bij de jaarafsluiting
crediteurenadministrateur | kantoor groothandel | mbo3 mbo4 | M | 1 | Crediteurenadministrateur;Medewerker crediteuren | facturen verwerken;Excel;nauwkeurig werken;ERP | verwerk je inkoopfacturen, bewaak je de betalingen en beantwoord je vragen van leveranciers
debiteurenbeheerder | kantoor | mbo3 mbo4 | M | 1 | Debiteurenbeheerder;Medewerker debiteuren;Credit controller | telefonische vaardigheden;onderhandelen;Excel;nauwkeurig werken | bewaak je openstaande facturen en bel je klanten over hun betalingen
salarisadministrateur | accountancy kantoor | mbo4 hbo | M | 1 | Salarisadministrateur;Payroll medewerker;Medewerker salarisadministratie | loonadministratie;AFAS;cao-kennis;nauwkeurig werken | verzorg je de salarisverwerking en beantwoord je vragen van medewerkers over hun loonstrook
hr-medewerker | kantoor ziekenhuis metaal | mbo4 hbo | M | 2 | HR-medewerker;Medewerker personeelszaken;HR-assistent | personeelsadministratie;AFAS;discretie;klantvriendelijk | verwerk je mutaties, stel je contracten op en beantwoord je HR-vragen
hr-adviseur | kantoor gemeente ouderenzorg | hbo | M | 1 | HR-adviseur;Personeelsadviseur;P&O-adviseur | arbeidsrecht;adviseren;verzuimbegeleiding;gesprekstechnieken | adviseer je leidinggevenden over personeelszaken, verzuim en ontwikkeling
recruiter | uitzend | mbo4 hbo | F | 2 | Recruiter;Intercedent;Recruitment consultant | werving en selectie;commercieel;telefonische vaardigheden;netwerken | zoek je geschikte kandidaten voor onze opdrachtgevers en begeleid je ze naar werk
jobcoach | uitzend gemeente | hbo | M | 1 | Jobcoach;Re-integratiecoach;Loopbaancoach | coachen;gesprekstechnieken;netwerken;rapporteren | begeleid je werkzoekenden naar passend werk en ondersteun je ze op de werkplek
klantmanager werk en inkomen | gemeente | hbo | M | 1 | Klantmanager werk en inkomen;Consulent werk en inkomen;Klantmanager | Participatiewet;gesprekstechnieken;rapporteren | begeleid je inwoners met een bijstandsuitkering naar werk of participatie
beleidsmedewerker | gemeente waterschap | hbo wo | F | 1 | Beleidsmedewerker;Beleidsadviseur | beleid schrijven;analyseren;samenwerken | schrijf je beleid en adviseer je het bestuur
medewerker inkoop | groothandel metaal | mbo4 hbo | F | 1 | Medewerker inkoop;Inkoper;Junior inkoper;Inkoopassistent | onderhandelen;ERP;Excel;leveranciersbeheer | koop je materialen en diensten in en onderhoud je het contact met leveranciers
verkoper binnendienst | groothandel metaal | mbo4 hbo | F | 2 | Verkoper binnendienst;Commercieel medewerker binnendienst;Binnendienstmedewerker | commercieel;klantcontact;offertes maken;ERP | maak je offertes, verwerk je orders en onderhoud je het contact met klanten
accountmanager | groothandel kantoor | mbo4 hbo | F | 2 | Accountmanager;Accountmanager buitendienst;Vertegenwoordiger | commercieel;relatiebeheer;onderhandelen;rijbewijs B | bezoek je klanten in de regio, breng je nieuwe klanten binnen en bouw je langdurige relaties op
marketingmedewerker | bureau kantoor | mbo4 hbo | M | 1 | Marketingmedewerker;Online marketeer;Medewerker marketing en communicatie | social media;Google Analytics;schrijfvaardig;creatief | maak je campagnes, beheer je social media en analyseer je de resultaten
communicatiemedewerker | gemeente bureau | hbo | M | 1 | Communicatieadviseur;Communicatiemedewerker | schrijfvaardig;adviseren;social media;persvoorlichting | schrijf je teksten voor web en pers en adviseer je over communicatie
controller | kantoor gemeente | hbo wo | F | 1 | Controller;Business controller;Financieel controller | analyseren;rapporteren;Excel;begroten | stel je rapportages en begrotingen op en adviseer je het management
accountant | accountancy | hbo wo | F | 1 | Assistent-accountant;Accountant | jaarrekeningen;fiscale kennis;Excel;analyseren | stel je jaarrekeningen samen voor mkb-klanten en adviseer je over de cijfers
financieel adviseur | bank verzekeraar | mbo4 hbo | F | 1 | Hypotheekadviseur;Financieel adviseur;Verzekeringsadviseur | Wft-diploma's;adviseren;klantvriendelijk;commercieel | adviseer je klanten over hypotheken, verzekeringen en pensioen
schadebehandelaar | verzekeraar | mbo4 hbo | F | 1 | Schadebehandelaar;Medewerker schadeafhandeling;Claimbehandelaar | Wft Schade;klantvriendelijk;nauwkeurig werken;beoordelen | beoordeel en behandel je schademeldingen van klanten
bankmedewerker | bank | mbo4 hbo | M | 1 | Klantadviseur bank;Medewerker klantcontact bank | Wft Basis;klantvriendelijk;integer | help je klanten met hun dagelijkse bankzaken via telefoon en chat
makelaar | makelaardij | mbo4 hbo | F | 1 | Makelaar;Assistent-makelaar;Makelaar wonen | bezichtigingen;onderhandelen;vastgoedkennis;commercieel | begeleid je bezichtigingen, onderhandel je met kopers en verzorg je de administratie
woonconsulent | woningcorporatie | mbo4 hbo | F | 1 | Woonconsulent;Medewerker verhuur;Verhuurconsulent | klantvriendelijk;huurrecht;gesprekstechnieken | begeleid je nieuwe huurders, doe je woningopnames en help je bij vragen over de huur
reisadviseur | reisbureau | mbo3 mbo4 | M | 1 | Reisadviseur;Medewerker reisbureau | klantvriendelijk;boekingssystemen;Engels;commercieel | adviseer je klanten over reizen en verzorg je de boekingen
evenementenorganisator | eventbureau | mbo4 hbo | F | 1 | Eventmanager;Evenementenorganisator;Projectleider evenementen | organiseren;budgetbeheer;stressbestendig;netwerken | organiseer je zakelijke en publieksevenementen, van concept tot afbouw
uitvaartmedewerker | uitvaart | mbo3 mbo4 | M | 1 | Uitvaartverzorger;Uitvaartmedewerker;Uitvaartbegeleider | empathie;organiseren;stressbestendig;representatief | begeleid je nabestaanden en verzorg je uitvaarten van begin tot eind
vertaler | vertaalbureau | hbo wo | M | 1 | Vertaler;Tolk;Vertaler Duits-Nederlands | taalvaardig;nauwkeurig werken;deadlines halen | vertaal je zakelijke en juridische teksten
grafisch ontwerper | bureau drukkerij | mbo4 hbo | M | 1 | Grafisch vormgever;Grafisch ontwerper;DTP-medewerker | Adobe InDesign;Illustrator;creatief;deadlines halen | ontwerp je drukwerk, online uitingen en huisstijlen voor onze klanten
fotograaf | fotostudio | mbo4 hbo | P | 1 | Fotograaf;Productfotograaf | fotografie;Photoshop;creatief | fotografeer je producten voor webshops en catalogi
journalist | streekkrant | hbo | M | 1 | Journalist;Verslaggever;Redacteur | schrijfvaardig;nieuwsgierig;deadlines halen | schrijf je nieuws en achtergrondverhalen over de regio
tekstschrijver | bureau | hbo | M | 1 | Tekstschrijver;Copywriter;Contentschrijver | schrijfvaardig;SEO;creatief | schrijf je teksten voor websites, campagnes en social media
softwareontwikkelaar | ict | hbo wo mbo4 | F | 3 | Softwareontwikkelaar;Software developer;Backend developer;Java developer;.NET developer;Python developer | Python;Java;C#;SQL;Git;agile werken | ontwikkel je software in een agile team, schrijf je testbare code en denk je mee over de architectuur
webdeveloper | ict bureau | mbo4 hbo | F | 2 | Webdeveloper;Front-end developer;Webontwikkelaar | HTML;CSS;JavaScript;React;agile werken | bouw je websites en webapplicaties die snel en toegankelijk zijn
tester | ict | mbo4 hbo | F | 1 | Software tester;Testanalist;Test engineer | testautomatisering;TMap;nauwkeurig werken;SQL | test je software, automatiseer je testen en rapporteer je bevindingen
applicatiebeheerder | ict ziekenhuis gemeente | mbo4 hbo | F | 1 | Applicatiebeheerder;Functioneel beheerder | functioneel beheer;SQL;gebruikersondersteuning;analyseren | beheer je bedrijfsapplicaties, help je gebruikers en test je nieuwe releases
data-analist | ict kantoor | hbo wo | F | 1 | Data-analist;BI-specialist;Data analyst | SQL;Power BI;Python;analyseren | vertaal je data naar dashboards en inzichten voor het management
informatieanalist | ict gemeente | hbo | F | 1 | Informatieanalist;Business analist;Functioneel ontwerper | requirements opstellen;processen modelleren;communicatief | vertaal je de wensen van gebruikers naar functionele ontwerpen
systeembeheerder | ict | mbo4 hbo | F | 2 | Systeembeheerder;ICT-beheerder;Systems engineer | Windows Server;Microsoft 365;netwerken;Azure | beheer je servers, netwerk en werkplekken en los je storingen op
netwerkbeheerder | ict | mbo4 hbo | F | 1 | Netwerkbeheerder;Netwerkspecialist;Network engineer | Cisco;firewalls;netwerken;storingen zoeken | beheer en beveilig je het bedrijfsnetwerk en los je storingen op
databasebeheerder | ict | hbo | F | 1 | Databasebeheerder;Database administrator | SQL Server;PostgreSQL;back-up en herstel | beheer je databases en zorg je voor prestaties en back-ups
security specialist ict | ict | hbo | F | 1 | Security specialist;SOC-analist;Informatiebeveiliger | security monitoring;ISO 27001;analyseren | monitor je beveiligingsmeldingen en onderzoek je incidenten
servicedeskmedewerker | ict gemeente | mbo3 mbo4 | F | 2 | Servicedeskmedewerker;Helpdeskmedewerker;IT support medewerker | klantvriendelijk;Microsoft 365;probleemoplossend;telefonische vaardigheden | help je gebruikers telefonisch en op afstand met ICT-vragen en storingen
werkplekbeheerder | ict | mbo3 mbo4 | F | 1 | Werkplekbeheerder;ICT-medewerker;Werkplekondersteuner | Windows;hardware;klantvriendelijk;Intune | installeer je laptops, los je werkplekproblemen op en help je collega's op locatie
projectleider ict | ict | hbo wo | F | 1 | Projectleider ICT;Scrum master;IT-projectmanager | projectmanagement;scrum;stakeholdermanagement | leid je ICT-projecten en zorg je dat ze binnen tijd en budget worden opgeleverd
werktuigbouwkundig ingenieur | ingenieursbureau metaal | hbo wo | F | 1 | Werktuigbouwkundig engineer;Mechanical engineer;Constructeur werktuigbouw | SolidWorks;sterkteberekeningen;ontwerpen | ontwerp je machines en onderdelen en begeleid je de bouw van prototypes
elektrotechnisch ingenieur | ingenieursbureau installatie | hbo wo | F | 1 | Engineer elektrotechniek;Electrical engineer;Elektrotechnisch ontwerper | EPLAN;ontwerpen;PLC;NEN 1010 | ontwerp je elektrische installaties en besturingen voor industriële projecten
"""

UREN_PROFIELEN = {
    "F": ["40", "38", "36-40", "32-40", "40", "36", "38-40", "40"],
    "M": ["32", "24-32", "32-36", "28-36", "36", "24-36", "32-40", "32"],
    "P": ["12-16", "16-24", "20", "24", "16", "20-24", "8-16", "24-28"],
    "Z": ["16-24", "24-32", "20-28", "28", "32", "24", "28-32", "24-36"],
}

# Plaatsen voor vacatures: (plaats, streek, gewicht). Streek komt terug in namen van werkgevers.
PLAATSEN_NL = [
    ("Amsterdam", "Amstelland", 10), ("Rotterdam", "Rijnmond", 9), ("Den Haag", "Haaglanden", 8),
    ("Utrecht", "Utrecht", 8), ("Eindhoven", "Brainport", 6), ("Groningen", "Groningen", 5),
    ("Tilburg", "Midden-Brabant", 5), ("Almere", "Flevoland", 4), ("Breda", "West-Brabant", 4),
    ("Nijmegen", "Rijk van Nijmegen", 4), ("Arnhem", "Veluwezoom", 4), ("Apeldoorn", "Veluwe", 3),
    ("Haarlem", "Kennemerland", 3), ("Enschede", "Twente", 4), ("Amersfoort", "Eemland", 3),
    ("Zaandam", "Zaanstreek", 2), ("'s-Hertogenbosch", "Meierij", 4), ("Zwolle", "IJsselland", 4),
    ("Leiden", "Holland Rijnland", 3), ("Maastricht", "Zuid-Limburg", 3), ("Dordrecht", "Drechtsteden", 3),
    ("Zoetermeer", "Haaglanden", 2), ("Leeuwarden", "Friesland", 3), ("Deventer", "Salland", 2),
    ("Delft", "Delfland", 2), ("Venlo", "Noord-Limburg", 4), ("Heerlen", "Parkstad", 2),
    ("Helmond", "De Peel", 2), ("Oss", "Maasland", 2), ("Roosendaal", "West-Brabant", 2),
    ("Emmen", "Zuidoost-Drenthe", 2), ("Hengelo", "Twente", 2), ("Alkmaar", "Noord-Kennemerland", 2),
    ("Hoofddorp", "Haarlemmermeer", 2), ("Gouda", "Groene Hart", 1), ("Hilversum", "Gooi", 2),
    ("Amstelveen", "Amstelland", 1), ("Purmerend", "Waterland", 1), ("Schiedam", "Rijnmond", 1),
    ("Spijkenisse", "Voorne-Putten", 1), ("Veenendaal", "FoodValley", 1), ("Ede", "FoodValley", 2),
    ("Doetinchem", "Achterhoek", 1), ("Sittard", "Westelijke Mijnstreek", 1), ("Kerkrade", "Parkstad", 1),
    ("Terneuzen", "Zeeuws-Vlaanderen", 1), ("Vlissingen", "Walcheren", 1), ("Middelburg", "Walcheren", 1),
    ("Goes", "Bevelanden", 1), ("Bergen op Zoom", "West-Brabant", 1), ("Waalwijk", "Langstraat", 2),
    ("Tiel", "Rivierenland", 1), ("Harderwijk", "Noord-Veluwe", 1), ("Lelystad", "Flevoland", 1),
    ("Assen", "Drenthe", 1), ("Hoogeveen", "Drenthe", 1), ("Meppel", "Reestdal", 1), ("Drachten", "Friesland", 1),
    ("Heerenveen", "Friesland", 1), ("Sneek", "Zuidwest-Friesland", 1), ("Den Helder", "Kop van Noord-Holland", 1),
    ("Hoorn", "West-Friesland", 1), ("Weert", "Midden-Limburg", 1), ("Roermond", "Midden-Limburg", 1),
    ("Venray", "Noord-Limburg", 1), ("Veghel", "Meierij", 1), ("Uden", "Maasland", 1), ("Woerden", "Groene Hart", 1),
    ("Nieuwegein", "Lekstroom", 1), ("Houten", "Utrecht", 1), ("Barneveld", "FoodValley", 1),
    ("Kampen", "IJsselland", 1),
    ("Almelo", "Twente", 1), ("Oldenzaal", "Twente", 1), ("Winterswijk", "Achterhoek", 1), ("Zutphen", "Achterhoek", 1),
    ("Culemborg", "Rivierenland", 1), ("Gorinchem", "Alblasserwaard", 1), ("Naaldwijk", "Westland", 1),
]
PLAATSEN_DE = ["Kleve", "Aachen", "Emmerich am Rhein", "Mönchengladbach", "Gronau", "Nordhorn", "Goch"]
PLAATSEN_BE = ["Antwerpen", "Hasselt", "Genk", "Gent", "Lommel", "Maasmechelen"]
LUCHTHAVENS = ["Schiphol", "Eindhoven", "Maastricht", "Rotterdam"]

ACHTERNAMEN = [
    "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
    "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
    "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
    "van der Veen", "van den Broek", "de Bruijn", "van Dijk", "Schouten", "van Beek", "Willems", "van Wijk",
    "Hoekstra", "Maas", "Verhoeven", "Koster", "Prins", "Blom", "Huisman", "Kuipers", "van Vliet", "Timmermans",
    "Groen", "Gerritsen", "Boersma", "Postma", "Kramer", "Sanders", "van Dam", "Wouters", "Verbeek", "Hermans",
    "Lammers", "Evers", "Hoogendoorn", "Veenstra", "Kuijpers", "Leenders", "Wessels", "Pronk", "Brink",
    "Molenaar", "Bosman", "Arts", "Claassen", "Hofman", "Slot", "Ververs", "Zijlstra", "Rutten", "Geurts",
]
ACHTERNAMEN_DE = ["Schmitz", "Hoffmann", "Janßen", "Bongartz", "Wienen", "Derksen", "Tebbe", "Terhorst",
                  "Hülsken", "Kersting", "Gerritzen", "Rademacher"]
ACHTERNAMEN_BE = ["Peeters", "Janssens", "Maes", "Claes", "Goossens", "Mertens", "Lambrechts", "Vandenbroeck",
                  "Hendrickx", "Wuyts", "Vermeiren", "Daems"]
FANTASIE = [
    "De Linde", "Het Baken", "De Zonnehoek", "De Wingerd", "Het Anker", "De Hofstede", "De Bron", "Lindehof",
    "De Vlonder", "Oosterhof", "De Es", "Het Kompas", "De Horst", "De Meidoorn", "Het Boshuis", "De Waterlelie",
    "Heuvelrijk", "De Kastanjehof", "Het Veerhuis", "De Molenhoek", "De Brink", "De Poort", "Zuiderhof",
    "Noorderlicht", "De Eik", "Het Hoekhuis", "De Wissel", "Het Zand", "De Vlindertuin", "De Boomgaard",
]
FANTASIE_DE = ["Am Rhein", "Grenzland", "Sonnenhof", "Lindenhof", "Rosengarten", "Waldblick", "Niederrhein"]
FANTASIE_BE = ["Sint-Jan", "De Vijver", "Ter Heide", "Hof ter Linden", "De Kempen", "Maasland", "Ter Beke"]
LUCHTVAART_MERKEN = ["AeroNed", "SkyGate", "Polderflight", "Runway"]

# Soorten werkgevers: rooster-sector (voor de omschrijving) en naampatronen.
# {A}=achternaam, {P}=plaats, {S}=streek, {F}=fantasienaam, {L}=luchtvaartmerk.
WERKGEVER_TYPEN = {
    "logistiek": ("logistiek", ["Logistiek {P} BV", "DC {P}", "{A} Logistics", "{A} Distributie BV",
                                "Fulfilment Center {P}", "{S} Logistiek", "{A} Warehousing BV"]),
    "groothandel": ("logistiek", ["{A} Groothandel BV", "Groothandel {S}", "{A} Technische Groothandel"]),
    "transport": ("transport", ["Transportbedrijf {A}", "{A} Transport BV", "{A} en Zonen Transport", "{S} Transport"]),
    "verhuizing": ("transport", ["Verhuisbedrijf {A}", "{A} Verhuizingen"]),
    "bezorging": ("transport", ["Pakketservice {S}", "Koeriersdienst {P}", "Bezorgdienst {S}"]),
    "taxi": ("transport", ["Taxicentrale {P}", "Zorgvervoer {S}"]),
    "busvervoer": ("transport", ["Busbedrijf {A}", "Touringcarbedrijf {A}", "{S} Reizen"]),
    "spoor": ("transport", ["Rail Cargo {S}", "Spoorvervoer {S}"]),
    "binnenvaart": ("transport", ["Rederij {A}", "Binnenvaartbedrijf {A}"]),
    "handling": ("luchtvaart", ["{L} Ground Handling", "{L} Aviation Services"]),
    "airline": ("luchtvaart", ["{L} Airlines"]),
    "mro": ("luchtvaart", ["{L} Aircraft Maintenance"]),
    "ouderenzorg": ("zorg", ["Zorggroep {F}", "Woonzorgcentrum {F}", "Zorgcentrum {F}", "Verpleeghuis {F}"]),
    "thuiszorg": ("zorg", ["Thuiszorg {F}", "Wijkzorg {F}"]),
    "ziekenhuis": ("zorg", ["Streekziekenhuis {S}", "Ziekenhuis {F}"]),
    "ghz": ("zorg", ["{F} Gehandicaptenzorg", "Stichting {F}"]),
    "ggz": ("zorg", ["GGZ {F}"]),
    "jeugdzorg": ("zorg", ["Jeugdhulp {F}"]),
    "kraamzorg": ("zorg", ["Kraamzorg {F}"]),
    "ambulance": ("zorg", ["Ambulancedienst {S}"]),
    "welzijn": (None, ["Stichting Welzijn {F}", "Sociaal Werk {S}"]),
    "huisarts": (None, ["Huisartsenpraktijk {F}", "Gezondheidscentrum {F}"]),
    "apotheek": (None, ["Apotheek {F}"]),
    "tandarts": (None, ["Tandartspraktijk {F}", "Mondzorg {F}"]),
    "paramedisch": (None, ["Fysiotherapie {F}", "Paramedisch Centrum {F}"]),
    "dierenkliniek": (None, ["Dierenkliniek {F}", "Dierenartsenpraktijk {F}"]),
    "dierenopvang": (None, ["Dierenopvang {P}", "Dierenpension {F}"]),
    "kinderopvang": ("kinderopvang", ["Kinderopvang {F}", "Kindercentrum {F}", "Kinderopvang {S}"]),
    "gastouderbureau": ("kinderopvang", ["Gastouderbureau {S}"]),
    "basisschool": (None, ["Basisschool {F}", "Stichting Primair Onderwijs {S}"]),
    "vo": (None, ["{S} College", "Scholengroep {S}"]),
    "mbo": (None, ["Vakcollege {S}", "Beroepsopleidingen {S}"]),
    "taalschool": (None, ["Taalschool {P}", "Taalinstituut {S}"]),
    "rijschool": (None, ["Rijschool {A}"]),
    "sport": (None, ["Sportcentrum {P}", "Fitnesscentrum {F}"]),
    "zwembad": (None, ["Zwembad {F}"]),
    "bibliotheek": (None, ["Bibliotheek {F}"]),
    "vakantiepark": ("horeca", ["Vakantiepark {F}", "Attractiepark {F}", "Camping {F}"]),
    "reisorganisatie": (None, ["Stadsgidsen {P}", "Reisorganisatie {F}"]),
    "restaurant": ("horeca", ["Restaurant {F}", "Brasserie {F}", "Grand Café {F}", "Eetcafé {F}", "Partycentrum {F}"]),
    "hotel": ("horeca", ["Hotel {F}", "Hotel {P} Centrum", "Hotel Het Wapen van {P}"]),
    "lunchroom": ("horeca", ["Lunchroom {F}", "Koffiebar {F}"]),
    "snackbar": ("horeca", ["Cafetaria {F}", "Snackbar {F}"]),
    "catering": ("catering", ["Cateringbedrijf {A}", "{S} Bedrijfscatering"]),
    "schoonmaakbedrijf": ("schoonmaak", ["{A} Schoonmaakdiensten", "Schoonmaakbedrijf {A}", "{P} Cleaning BV"]),
    "glazenwasserij": ("schoonmaak", ["Glazenwasserij {A}"]),
    "facilitair": (None, ["{S} Facilitair", "Facilitaire Diensten {S}"]),
    "carwash": (None, ["Carwash {P}"]),
    "afval": (None, ["Afvalbedrijf {S}", "{S} Recycling", "Milieuservice {S}"]),
    "reiniging": (None, ["Reinigingsdienst {P}"]),
    "bouw": ("bouw", ["Bouwbedrijf {A}", "{A} Bouw BV", "Aannemersbedrijf {A}", "Bouwgroep {S}"]),
    "infra": ("bouw", ["{A} Infra", "Bestratingsbedrijf {A}", "{A} Grondwerken"]),
    "afbouw": ("bouw", ["{A} Afbouw", "Schildersbedrijf {A}", "Stukadoorsbedrijf {A}", "{A} Tegelwerken"]),
    "dak": ("bouw", ["Dakdekkersbedrijf {A}", "{A} Dak en Gevel"]),
    "steiger": ("bouw", ["{A} Steigerbouw"]),
    "sloop": ("bouw", ["Sloopbedrijf {A}", "{A} Sloop en Asbestsanering"]),
    "onderhoud": ("bouw", ["Onderhoudsbedrijf {A}", "{A} Vastgoedonderhoud"]),
    "montage": ("bouw", ["Keukenstudio {A}", "{A} Kozijnen BV", "{A} Glas en Kozijnen"]),
    "isolatie": ("bouw", ["{A} Isolatietechniek", "Isolatiebedrijf {S}"]),
    "ingenieursbureau": (None, ["{A} Ingenieurs", "Ingenieursbureau {S}", "{A} Engineering"]),
    "installatie": ("installatie", ["Installatiebedrijf {A}", "{A} Installatietechniek", "{A} Elektrotechniek",
                                    "{A} Klimaattechniek"]),
    "solar": ("installatie", ["Solar {S}", "{A} Zonne-energie"]),
    "netbeheer": ("installatie", ["Netbeheer {S}"]),
    "telecom": ("installatie", ["Glasvezel {S}"]),
    "lift": ("installatie", ["{A} Liftservice"]),
    "witgoed": ("installatie", ["{A} Witgoedservice"]),
    "metaal": ("industrie", ["{A} Metaalbewerking BV", "Machinefabriek {A}", "{A} Staalbouw", "{A} Precisietechniek",
                             "{A} Industrial Services", "{A} Electronics BV"]),
    "chemie": ("industrie", ["{S} Chemie BV", "{A} Kunststoffen", "Verpakkingen {S} BV"]),
    "drukkerij": ("industrie", ["Drukkerij {A}", "{S} Print BV"]),
    "meubel": ("industrie", ["Meubelfabriek {A}", "{A} Interieurbouw"]),
    "textiel": (None, ["Confectieatelier {S}", "Naaiatelier {A}"]),
    "wasserij": ("industrie", ["Wasserij {S}"]),
    "food": ("food", ["{S} Foods BV", "Zuivelfabriek {S}", "Groenteverwerking {S}", "{A} Snacks BV"]),
    "vlees": ("food", ["{A} Vleeswaren BV", "Slachterij {S}"]),
    "vis": ("food", ["Visverwerking {A}", "Visgroothandel {A}"]),
    "bakkerij": ("food", ["Bakkerij {A}", "Banketbakkerij {A}"]),
    "kaas": ("food", ["Kaasmakerij {A}"]),
    "slagerij": ("winkel_klein", ["Slagerij {A}"]),
    "supermarkt": ("retail", ["Supermarkt {A}"]),
    "winkel": ("retail", ["Bouwmarkt {P}", "Tuincentrum {A}", "Modehuis {A}", "Woonwarenhuis {S}", "Warenhuis {A}"]),
    "drogisterij": ("retail", ["Drogisterij {A}"]),
    "fietsenwinkel": ("winkel_klein", ["Fietsenwinkel {A}", "Tweewielercentrum {P}"]),
    "bloemen": ("winkel_klein", ["Bloemenhuis {F}", "Bloemsierkunst {A}"]),
    "optiek": ("winkel_klein", ["Optiek {A}"]),
    "tankstation": ("retail", ["Tankstation {P}"]),
    "markt": ("winkel_klein", ["Groentehandel {A}"]),
    "kapsalon": (None, ["Kapsalon {F}"]),
    "schoonheidssalon": (None, ["Schoonheidssalon {F}"]),
    "garage": (None, ["Autobedrijf {A}", "Garage {A}"]),
    "truck": (None, ["{A} Truckservice"]),
    "schade": (None, ["Schadeherstel {A}"]),
    "mechanisatie": (None, ["Mechanisatiebedrijf {A}"]),
    "kantoor": (None, ["{S} Groep", "{S} Energie BV", "{A} Holding BV", "{S} Zakelijke Diensten"]),
    "contactcenter": (None, ["Contactcenter {P}", "Klantcontact {S} BV"]),
    "accountancy": (None, ["{A} Accountants", "Administratiekantoor {A}"]),
    "advocatuur": (None, ["{A} Advocaten", "Notariskantoor {A}"]),
    "makelaardij": (None, ["Makelaardij {A}"]),
    "woningcorporatie": (None, ["Woonstichting {F}"]),
    "uitzend": (None, ["Uitzendbureau {P} Werkt", "Bureau {A} Werving en Selectie"]),
    "bank": (None, ["Spaarbank {S}"]),
    "verzekeraar": (None, ["{S} Verzekeringen"]),
    "ict": (None, ["{A} Software", "{A} IT Services", "{P} Digital", "Data {S} BV", "Cloudwerk {S}"]),
    "gemeente": (None, ["Werkorganisatie {S}", "Gemeentelijke Diensten {S}"]),
    "waterschap": (None, ["Waterschap {S}"]),
    "handhaving": (None, ["Handhavingsdienst {S}"]),
    "justitie": ("beveiliging", ["Justitieel Complex {S}"]),
    "hovenier": ("groen", ["Hoveniersbedrijf {A}", "Groenbedrijf {S}"]),
    "kwekerij": ("groen", ["Kwekerij {A}", "Tuinbouwbedrijf {A}"]),
    "landbouw": ("groen", ["Loonbedrijf {A}", "Akkerbouwbedrijf {A}"]),
    "melkvee": ("groen", ["Melkveebedrijf {A}"]),
    "boom": ("groen", ["Boomverzorging {A}"]),
    "beveiligingsbedrijf": ("beveiliging", ["{S} Security", "{A} Beveiliging BV", "Beveiligingsdienst {S}"]),
    "alarmcentrale": ("beveiliging", ["Alarmcentrale {S}"]),
    "brandwacht": ("beveiliging", ["Brandwacht {S} BV"]),
    "verkeersregelaars": ("beveiliging", ["Verkeersregelaars {S}"]),
    "bureau": (None, ["{A} Communicatie", "Reclamebureau {F}"]),
    "streekkrant": (None, ["Streekkrant {S}"]),
    "vertaalbureau": (None, ["Vertaalbureau {A}"]),
    "fotostudio": (None, ["Fotostudio {A}"]),
    "eventbureau": (None, ["Eventbureau {F}"]),
    "uitvaart": (None, ["Uitvaartcentrum {A}"]),
    "reisbureau": (None, ["Reisbureau {F}"]),
}
# Werkgevers over de grens: (aantal in Duitsland, aantal in België) en hun naampatronen.
WERKGEVERS_BUITENLAND = {
    "logistiek": ((3, 2), ["{A} Logistik GmbH", "Logistikzentrum {P}"], ["{A} Logistics NV", "Distributie {F} NV"]),
    "transport": ((1, 1), ["Spedition {A} GmbH"], ["Transport {A} NV"]),
    "ouderenzorg": ((2, 1), ["Seniorenzentrum {F}", "Pflegezentrum {F}"], ["Woonzorgcentrum {F} vzw"]),
    "ziekenhuis": ((0, 1), [], ["AZ {F}"]),
    "metaal": ((2, 1), ["{A} Maschinenbau GmbH", "{A} Metallbau GmbH"], ["{A} Metaalconstructie BV"]),
    "chemie": ((0, 1), [], ["{A} Chemicals NV"]),
    "food": ((1, 1), ["Molkerei {F}"], ["{A} Voeding NV"]),
    "vlees": ((1, 0), ["{A} Fleischwaren GmbH"], []),
    "hotel": ((1, 0), ["Hotel {F}"], []),
    "restaurant": ((0, 1), [], ["Brasserie {F}"]),
    "bouw": ((1, 1), ["{A} Bau GmbH"], ["Bouwonderneming {A} BV"]),
    "schoonmaakbedrijf": ((1, 1), ["{A} Gebäudereinigung GmbH"], ["{A} Cleaning BV"]),
    "hovenier": ((0, 1), [], ["Tuinaanleg {A}"]),
}
# Sommige soorten werkgevers zitten alleen in bepaalde plaatsen.
KLEINERE_PLAATSEN = [p for p, _, gewicht in PLAATSEN_NL if gewicht <= 2]
TYPE_PLAATSEN = {
    "landbouw": KLEINERE_PLAATSEN, "melkvee": KLEINERE_PLAATSEN, "vakantiepark": KLEINERE_PLAATSEN,
    "vlees": KLEINERE_PLAATSEN, "kaas": KLEINERE_PLAATSEN, "hovenier": KLEINERE_PLAATSEN,
    "kwekerij": ["Naaldwijk", "Naaldwijk", "Venray", "Barneveld", "Emmen", "Hoorn", "Gorinchem", "Venlo"],
    "handling": LUCHTHAVENS, "airline": LUCHTHAVENS, "mro": LUCHTHAVENS,
    "binnenvaart": ["Rotterdam", "Nijmegen", "Dordrecht", "Kampen", "Terneuzen", "Venlo"],
    "spoor": ["Rotterdam", "Amersfoort", "Venlo", "Utrecht"],
    "justitie": ["Lelystad", "Almelo", "Zwolle", "Rotterdam", "Sittard", "Leeuwarden"],
}
AANTAL_WERKGEVERS = 300

# Werkroosters per sector: (woord dat in een titel mag, zinsdeel voor de omschrijving).
ROOSTERS = {
    "logistiek": [("dagdienst", "in vaste dagdiensten"), ("2-ploegendienst", "in een 2-ploegendienst"),
                  ("avonddienst", "in vaste avonddiensten"),
                  ("3-ploegendienst", "in een 3-ploegendienst met ploegentoeslag"),
                  ("nachtdienst", "in vaste nachtdiensten met toeslag")],
    "industrie": [("dagdienst", "in dagdienst"), ("2-ploegendienst", "in een 2-ploegendienst"),
                  ("3-ploegendienst", "in een 3-ploegendienst met ploegentoeslag"), (None, "in een volcontinurooster")],
    "food": [("dagdienst", "in dagdienst"), ("2-ploegendienst", "in een 2-ploegendienst"),
             ("3-ploegendienst", "in een 3-ploegendienst met ploegentoeslag")],
    "zorg": [(None, "verdeeld over vroege, late en weekenddiensten"),
             (None, "in vroege en late diensten, één weekend op de drie"),
             ("nachtdienst", "in vaste nachtdiensten"), (None, "vooral in dagdiensten")],
    "horeca": [("weekend", "vooral in het weekend en op avonden"), (None, "in wisselende diensten, ook in het weekend"),
               ("dagdienst", "overdag, van maandag tot en met vrijdag")],
    "retail": [("weekend", "op zaterdag en de koopavond"), ("avond", "in de avonduren"),
               (None, "in wisselende diensten volgens rooster"), ("ochtend", "vroeg in de ochtend")],
    "schoonmaak": [("avond", "in de avonduren, na kantoortijd"), ("ochtend", "vroeg in de ochtend, voor kantoortijd"),
                   ("dagdienst", "overdag")],
    "transport": [(None, "in vroege diensten, van maandag tot en met vrijdag"), (None, "in wisselende diensten"),
                  ("dagdienst", "in dagdienst, 's avonds ben je thuis")],
    "beveiliging": [(None, "in wisselende dag-, avond- en nachtdiensten"), ("nachtdienst", "vooral 's nachts"),
                    (None, "in dagdienst op een vast object")],
    "kinderopvang": [(None, "verdeeld over vaste dagen"), (None, "op maandag, dinsdag en donderdag"),
                     (None, "op vaste dagen, ook tijdens schoolvakanties")],
    "bouw": [(None, "op projecten in de regio"), (None, "van maandag tot en met vrijdag, met een bus van de zaak")],
    "installatie": [(None, "op projecten in de regio"), (None, "met een eigen servicebus, ook voor storingsdiensten")],
    "luchtvaart": [(None, "in wisselende diensten, ook 's nachts en in het weekend")],
    "groen": [(None, "buiten, van maandag tot en met vrijdag"), (None, "met extra uren in het seizoen")],
}
ROOSTERS["catering"] = [("dagdienst", "overdag, van maandag tot en met vrijdag"),
                        (None, "overdag en soms bij evenementen in het weekend")]
ROOSTERS["winkel_klein"] = [(None, "op vaste dagen, ook op zaterdag"), (None, "van dinsdag tot en met zaterdag")]
ROOSTERS_STANDAARD = [(None, "van maandag tot en met vrijdag"), (None, "met ruimte om deels thuis te werken"),
                      (None, "op kantoor en op locatie")]

AANBOD_ZINNEN = [
    "Je krijgt een contract voor een jaar met uitzicht op een vaste baan.",
    "Wij bieden een salaris volgens de cao, reiskostenvergoeding en opleidingsmogelijkheden.",
    "Ervaring is mooi, maar je motivatie telt zwaarder: wij leiden je op.",
    "Je komt in een hecht team met korte lijnen.",
    "Je start via een uitzendbureau en krijgt na een half jaar een contract bij de werkgever.",
    "Starters en herintreders zijn ook welkom.",
    "Een proefdag hoort bij de sollicitatie.",
]
PAWA_ZINNEN = [
    "Deze werkgever staat open voor kandidaten die al langer werk zoeken; een proefplaatsing is bespreekbaar.",
    "Deze werkgever doet mee aan passend werkaanbod en geeft ook mensen die langer werkloos zijn een kans.",
    "Ook wie al langer werk zoekt is welkom: deze werkgever kijkt naar motivatie en begeleidt je goed op de werkvloer.",
]
BUITENLAND_ZINNEN = {
    "DE": ["De werkplek ligt in Duitsland; je spreekt een beetje Duits of wilt dat leren.",
           "Je werkt net over de grens in Duitsland; de werkgever helpt met de regelingen voor grensarbeiders."],
    "BE": ["De werkplek ligt in België; de werkgever helpt met de regelingen voor grensarbeiders.",
           "Je werkt net over de grens in België, in een Nederlandstalig team."],
}


# --------------------------------------------------------------------------------------------
# Generatie
# --------------------------------------------------------------------------------------------

def lees_beroepen() -> list[str]:
    with BEROEPEN_CSV.open(encoding="utf-8", newline="") as f:
        return [rij["beroep"] for rij in csv.DictReader(f)]


def parse_beroepen_vacatures() -> list[dict]:
    rijen = []
    for regel in BEROEPEN_VACATURES.strip().splitlines():
        beroep, typen, niveaus, uren, gewicht, titels, vaardigheden, taak = [d.strip() for d in regel.split("|")]
        rijen.append({
            "beroep": beroep,
            "typen": typen.split(),
            "niveaus": niveaus.split(),
            "uren": uren,
            "gewicht": int(gewicht),
            "titels": titels.split(";"),
            "vaardigheden": vaardigheden.split(";"),
            "taak": taak,
        })
    return rijen


def klein_begin(tekst: str) -> str:
    """'Orderpicker' -> 'orderpicker', maar 'HR-medewerker' en 'CNC-frezer' blijven zoals ze zijn."""
    if len(tekst) > 1 and tekst[0].isupper() and tekst[1].islower():
        return tekst[0].lower() + tekst[1:]
    return tekst


def gewogen(rng: random.Random, items: list, gewichten: list[float]):
    return rng.choices(items, weights=gewichten, k=1)[0]


def maak_werkgevers(rng: random.Random, beroepen: list[dict]) -> list[dict]:
    """~300 fictieve werkgevers: per soort naar rato van het vacaturegewicht, plus ~8 % over de grens."""
    type_gewicht = {t: 0.0 for t in WERKGEVER_TYPEN}
    for b in beroepen:
        for i, t in enumerate(b["typen"]):
            type_gewicht[t] += b["gewicht"] * (2 if i == 0 else 1) / (len(b["typen"]) + 1)
    aantal_buitenland = sum(de + be for (de, be), _, _ in WERKGEVERS_BUITENLAND.values())
    aantal_nl = AANTAL_WERKGEVERS - aantal_buitenland
    totaal = sum(type_gewicht.values())
    per_type = {t: max(1, round(g / totaal * aantal_nl)) for t, g in type_gewicht.items()}
    # Corrigeer afrondingen zodat het totaal precies klopt (grootste soorten eerst).
    volgorde = sorted(per_type, key=lambda t: (-type_gewicht[t], t))
    i = 0
    while sum(per_type.values()) != aantal_nl:
        t = volgorde[i % len(volgorde)]
        if sum(per_type.values()) > aantal_nl:
            if per_type[t] > 1:
                per_type[t] -= 1
        else:
            per_type[t] += 1
        i += 1

    plaatsen, plaatsgewichten = [p for p, _, _ in PLAATSEN_NL], [w for _, _, w in PLAATSEN_NL]
    streek_van = {p: s for p, s, _ in PLAATSEN_NL}
    namen: list[str] = []
    werkgevers: list[dict] = []

    def voeg_toe(soort, patronen, land, plaats_keuze, achternamen, fantasie):
        for _ in range(200):
            plaats = plaats_keuze()
            achternaam = rng.choice(achternamen)
            naam = rng.choice(patronen).format(
                A=achternaam[0].upper() + achternaam[1:],  # zonder voornaam: 'Garage Van den Berg'
 P=plaats, S=streek_van.get(plaats, plaats),
                F=rng.choice(fantasie), L=rng.choice(LUCHTVAART_MERKEN))
            if naam not in namen:
                namen.append(naam)
                werkgevers.append({"naam": naam, "type": soort, "plaats": plaats, "land": land,
                                   "pawa": rng.random() < 0.24, "grootte": rng.choice([1, 1, 2, 2, 3, 4, 6])})
                return
        raise RuntimeError(f"geen unieke werkgeversnaam voor {soort}")

    for soort in WERKGEVER_TYPEN:
        _, patronen = WERKGEVER_TYPEN[soort]
        if soort in TYPE_PLAATSEN:
            keuze = (lambda opties=TYPE_PLAATSEN[soort]: rng.choice(opties))
        else:
            keuze = (lambda: gewogen(rng, plaatsen, plaatsgewichten))
        for _ in range(per_type[soort]):
            voeg_toe(soort, patronen, "NL", keuze, ACHTERNAMEN, FANTASIE)
    # Over de grens: de plaatsen om de beurt, zodat elke grensplaats werkgevers heeft.
    plaats_de, plaats_be = rng.sample(PLAATSEN_DE, len(PLAATSEN_DE)), rng.sample(PLAATSEN_BE, len(PLAATSEN_BE))
    teller = {"DE": 0, "BE": 0}

    def om_de_beurt(land, lijst):
        def kies():
            plaats = lijst[teller[land] % len(lijst)]
            teller[land] += 1
            return plaats
        return kies

    for soort, ((n_de, n_be), patronen_de, patronen_be) in WERKGEVERS_BUITENLAND.items():
        for _ in range(n_de):
            voeg_toe(soort, patronen_de, "DE", om_de_beurt("DE", plaats_de), ACHTERNAMEN_DE, FANTASIE_DE)
        for _ in range(n_be):
            voeg_toe(soort, patronen_be, "BE", om_de_beurt("BE", plaats_be), ACHTERNAMEN_BE, FANTASIE_BE)
    return werkgevers


def uren_tekst(uren: str) -> str:
    if "-" in uren:
        laag, hoog = uren.split("-")
        return f"{laag} tot {hoog} uur"
    return f"{uren} uur"


def maak_titel(rng: random.Random, basis: str, uren: str, tag: str | None, niveau: str, soort: str) -> str:
    if any(c.isdigit() for c in basis) or "dienst" in basis:
        return basis
    r = rng.random()
    if r < 0.20 and "-" not in uren:
        return f"{basis} {uren} uur"
    if r < 0.36 and tag:
        return f"{basis} {tag}"
    if r < 0.46 and soort in ("ict", "kantoor", "accountancy", "bureau") and niveau in ("mbo4", "hbo", "wo"):
        return f"{rng.choice(['Junior', 'Medior', 'Senior'])} {klein_begin(basis)}"
    if r < 0.52:
        laag = int(uren.split("-")[0])
        hoog = int(uren.split("-")[-1])
        if hoog <= 28:
            return f"{basis} (parttime)"
        if laag >= 36:
            return f"{basis} (fulltime)"
    return basis


def maak_vacatures(rng: random.Random, beroepen: list[dict], werkgevers: list[dict]) -> list[dict]:
    per_type: dict[str, dict[str, list[dict]]] = {}
    for w in werkgevers:
        per_type.setdefault(w["type"], {"NL": [], "BUITEN": []})["NL" if w["land"] == "NL" else "BUITEN"].append(w)

    # Eerst elk beroep één keer, daarna naar gewicht: zo komt elk beroep minstens één keer voor.
    volgorde = list(beroepen)
    volgorde += rng.choices(beroepen, weights=[b["gewicht"] for b in beroepen], k=AANTAL_VACATURES - len(beroepen))
    rng.shuffle(volgorde)

    vacatures = []
    for nummer, b in enumerate(volgorde, start=1):
        soort = gewogen(rng, b["typen"], [2] + [1] * (len(b["typen"]) - 1))
        pools = per_type[soort]
        pool = pools["BUITEN"] if pools["BUITEN"] and rng.random() < 0.25 else pools["NL"]
        w = gewogen(rng, pool, [x["grootte"] for x in pool])

        niveau = gewogen(rng, b["niveaus"], list(range(len(b["niveaus"]) + 1, 1, -1)))
        uren = rng.choice(UREN_PROFIELEN[b["uren"]])
        rooster_sector = WERKGEVER_TYPEN[soort][0]
        roosters = ROOSTERS.get(rooster_sector, ROOSTERS_STANDAARD)
        basis = rng.choice(b["titels"])
        passend = [r for r in roosters if r[0] and r[0] in basis.lower()]
        tag, rooster = passend[0] if passend else rng.choice(roosters)
        titel = maak_titel(rng, basis, uren, tag, niveau, soort)

        k = min(len(b["vaardigheden"]), rng.randint(3, 5))
        gekozen = rng.sample(range(len(b["vaardigheden"])), k)
        vaardigheden = ";".join(b["vaardigheden"][i] for i in sorted(gekozen))

        laag_niveau = OPLEIDINGSNIVEAUS.index(niveau) <= OPLEIDINGSNIVEAUS.index("mbo4")
        pawa = w["pawa"] and w["land"] == "NL" and laag_niveau and rng.random() < 0.75

        zinnen = [f"Als {klein_begin(basis)} bij {w['naam']} {b['taak']}.",
                  f"Je werkt {uren_tekst(uren)} per week {rooster}."]
        if w["land"] != "NL":
            zinnen.append(rng.choice(BUITENLAND_ZINNEN[w["land"]]))
        elif pawa:
            zinnen.append(rng.choice(PAWA_ZINNEN))
        elif rng.random() < 0.7:
            zinnen.append(rng.choice(AANBOD_ZINNEN))

        publicatie = -int(rng.random() ** 1.8 * 50)  # meer recente dan oude vacatures; ~15 % al gesloten
        if dag(publicatie).weekday() >= 5:
            publicatie -= dag(publicatie).weekday() - 4
        looptijd = rng.choice([21, 28, 28, 30, 35, 42, 42, 56, 60])

        vacatures.append({
            "id": f"V{nummer:06d}",
            "titel": titel,
            "werkgever": w["naam"],
            "plaats": w["plaats"],
            "land": w["land"],
            "uren_per_week": uren,
            "opleidingsniveau": niveau,
            "vaardigheden": vaardigheden,
            "omschrijving": " ".join(zinnen),
            "pawa": "ja" if pawa else "nee",
            "publicatiedatum": iso(publicatie),
            "sluitingsdatum": iso(publicatie + looptijd),
            "beroep": b["beroep"],
        })
    return vacatures


# --------------------------------------------------------------------------------------------
# Dossier (methodisch handelen): oordeel, besluiten en uitvoering voor klanten in latere fasen.
# Afgeleid uit de klantgegevens (Werkverkenner, digivaardigheid, leeftijd, wensberoepen,
# gesprekken), dus deterministisch. Klanten in oordeelsvorming/besluiten houden bewust gaten
# (open punten), zodat de demo laat zien wat nog ontbreekt.
# --------------------------------------------------------------------------------------------

INSTRUMENT_KOSTEN = {
    "sollicitatieworkshop": 150, "netwerktraining": 275, "competentietest": 250, "korte_cursus": 650,
    "scholing": 1850, "iro": 2400, "passend_werkaanbod": 0, "proefplaatsing": 0, "doorverwijzing": 0,
}
TEAMLEIDER = "Jolanda Bakker (teamleider)"
INSTRUMENT_NAMEN = {
    "sollicitatieworkshop": "sollicitatieworkshop", "netwerktraining": "netwerktraining",
    "competentietest": "competentietest", "korte_cursus": "korte cursus", "scholing": "scholing",
    "iro": "IRO-traject", "passend_werkaanbod": "passend werkaanbod", "proefplaatsing": "proefplaatsing",
    "doorverwijzing": "doorverwijzing",
}


def _zelfredzaam(spec: dict) -> str:
    band = spec["band"]
    if band in ("50-75", "75-100") and spec["digivaardig"]:
        return "ja"
    if band == "0-25" or not spec["digivaardig"]:
        return "nee"
    return "deels"


def _instrumenten(spec: dict, zelf: str, wens: str, regio: str) -> list[str]:
    if zelf == "ja":
        return ["sollicitatieworkshop"]
    if zelf == "deels":
        return ["korte_cursus", "competentietest"] if spec["uren_beschikbaar"] >= 24 else ["netwerktraining"]
    if spec["beperking"]:
        return ["doorverwijzing", "proefplaatsing"]
    return ["iro", "proefplaatsing"]


def maak_dossier(spec: dict, beeld: dict, regio: str, gesprekken: list[dict]) -> dict | None:
    """Het `dossier`-object van een klant (None in beeldvorming: daar staat alleen het beeld)."""
    fase = spec["fase"]
    if fase == "beeldvorming":
        return None
    voornaam = spec["naam"].split(" ", 1)[0]
    zelf = _zelfredzaam(spec)
    doel = {"ja": "van_werk_naar_werk", "deels": "werk_fit_blijven", "nee": "werk_fit_worden"}[zelf]
    wens = (beeld["wensberoepen"] or [spec["beroep"]])[0]
    jaren = leeftijd(date.fromisoformat(spec["geboren"]), REFERENTIEDATUM)
    band = spec["band"] or "niet ingevuld"
    velden: dict = {
        "zelfredzaam": zelf,
        "zelfredzaam_toelichting": {
            "ja": f"{voornaam} zoekt zelfstandig vacatures, heeft een actueel cv en solliciteert gericht.",
            "deels": f"{voornaam} solliciteert wel, maar breed en zonder duidelijke lijn; sollicitatiebrieven "
                     "sluiten slecht aan op de vacatures.",
            "nee": f"{voornaam} vindt zelf weinig passende vacatures"
                   + ("" if spec["digivaardig"] else " en werkt niet digitaal")
                   + "; begeleiding is nodig om de zoekrichting te verbreden.",
        }[zelf],
        "afstand_arbeidsmarkt": {"ja": "klein", "deels": "middel", "nee": "groot"}[zelf],
        "dienstverleningsdoel": doel,
    }
    if fase != "oordeelsvorming":
        competenties = beeld["competenties"]
        velden.update({
            "bevorderend_beinvloedbaar": [f"Motivatie om als {wens} aan de slag te gaan"]
            + ([f"Competentie: {competenties[0]}"] if competenties else []),
            "bevorderend_niet_beinvloedbaar": [f"Werkervaring als {spec['beroep']}"],
            "belemmerend_beinvloedbaar": (beeld["belemmeringen"][:1] or [])
            + ([] if spec["digivaardig"] else ["Niet digivaardig"]) + ["Zoekt nog te smal"],
            "belemmerend_niet_beinvloedbaar": [f"Leeftijd ({jaren} jaar)"] if jaren >= 50
            else [f"Werkverkenner {band}"],
            "visie_werkcoach": {
                "van_werk_naar_werk": f"{voornaam} kan binnen 3 maanden weer aan het werk als {wens}: in {regio} is "
                                      "daar vraag naar. Digitale dienstverlening en contact om de 4–5 weken volstaan.",
                "werk_fit_blijven": f"{voornaam} is fit voor werk, maar als {wens} is in {regio} niet direct een "
                                    "passende baan. Een korte, gerichte opleiding vergroot de kansen.",
                "werk_fit_worden": f"Risico op langdurige werkloosheid. {voornaam} heeft intensieve persoonlijke "
                                   f"begeleiding nodig om werk als {wens} of verwant werk te vinden.",
            }[doel],
            "visie_klant": {
                "van_werk_naar_werk": f"{voornaam} verwacht zelf snel weer werk te vinden.",
                "werk_fit_blijven": f"{voornaam} wil verder in het eigen vak en ziet een cursus als steun.",
                "werk_fit_worden": f"{voornaam} wil het liefst terug in het eigen vak als {spec['beroep']}.",
            }[doel],
            "risico_langdurig_werkloos": zelf == "nee",
            "wog_op_oordeel": False,
            "in_reintegratietraject": zelf == "nee" and fase in ("uitvoeren", "afgesloten") and not spec["beperking"],
        })
        if doel == "werk_fit_worden":
            velden["visies_verschillen"] = True
            velden["waarom_visie_werkcoach"] = (
                f"Het aantal vacatures als {spec['beroep']} in {regio} is klein; wachten op werk in het eigen vak "
                "vergroot het risico op langdurige werkloosheid. Verwant werk is wel te vinden.")
        if jaren >= 57:
            velden["arbeidsmarktkansen_gewogen"] = True
            velden["arbeidsmarktkansen_toelichting"] = (
                f"Gewogen: leeftijd {jaren}, ruime ervaring als {spec['beroep']}, vraag naar {wens} in {regio}. "
                "Kansen zijn er, maar niet vanzelf: breder zoeken is nodig.")
    dossier: dict = {"stap": fase, "velden": velden, "instrumenten": [], "afspraken": [], "notities": []}
    dossier["notities"].append({
        "stap": "oordeelsvorming", "soort": "mening", "bron": "klant" if zelf != "ja" else "dossier",
        "tekst": velden["zelfredzaam_toelichting"],
    })
    if fase == "oordeelsvorming":
        return dossier

    velden["dienstverlening"] = {
        "van_werk_naar_werk": "Digitale dienstverlening via de Werkmap; contact om de 4–5 weken.",
        "werk_fit_blijven": "Persoonlijke begeleiding met een kort scholingstraject; contact om de 4 weken.",
        "werk_fit_worden": "Intensieve persoonlijke begeleiding; contact om de 2–3 weken.",
    }[doel]
    start = max(spec["ww_start"] + 45, -120)
    klaar = fase in ("uitvoeren", "afgesloten")
    soorten = _instrumenten(spec, zelf, wens, regio)
    for n, soort in enumerate(soorten):
        instrument = {
            "instrument": soort,
            "kosten": INSTRUMENT_KOSTEN[soort],
            "vraag_werkgevers": f"Vacatures als {wens} in {regio} (zie vacaturebank); werkgevers vragen "
                                "aantoonbare vaardigheden.",
            "geschiktheid_klant": f"{voornaam} heeft ervaring als {spec['beroep']}; "
                                  + (beeld["competenties"][0] if beeld["competenties"] else "gemotiveerd")
                                  + " sluit aan bij de vraag.",
            "bijdrage_instrument": {
                "sollicitatieworkshop": "Scherpere brieven en gesprekken vergroten de kans op een uitnodiging.",
                "netwerktraining": "Het netwerk levert vacatures op die niet worden gepubliceerd.",
                "competentietest": "Maakt overdraagbare competenties zichtbaar voor verwante beroepen.",
                "korte_cursus": f"Het certificaat is een eis in de meeste vacatures als {wens}.",
                "scholing": f"De opleiding is de toegang tot werk als {wens}.",
                "iro": "Een re-integratiebedrijf begeleidt intensief naar werk bij werkgevers in de regio.",
                "passend_werkaanbod": "Twee vacatures bij werkgevers die langdurig werklozen aannemen.",
                "proefplaatsing": "De werkgever kan zonder risico zien wat de klant kan.",
                "doorverwijzing": "Specialistische ondersteuning bij de arbeidsbeperking.",
            }[soort],
            "status": ("afgerond" if n == 0 else "gestart") if klaar else "gepland",
            "ingezet_op": iso(start + 14 * n) if klaar else None,
        }
        if not klaar and n == len(soorten) - 1:
            instrument["bijdrage_instrument"] = ""  # open punt: onderbouwing nog niet af
        dossier["instrumenten"].append(instrument)
    totaal = sum(INSTRUMENT_KOSTEN[s] for s in soorten)
    if totaal > 2000 and klaar:
        velden["toestemming_door"] = TEAMLEIDER
        velden["toestemming_op"] = iso(start - 2)
    dossier["afspraken"].append({
        "wie": "klant", "soort": "sollicitatie", "wat": f"Sollicitatieactiviteiten als {wens} of verwant werk",
        "hoeveel": 4, "wanneer": None,
        "hoe_aangetoond": "In de Werkmap" if spec["digivaardig"] else "Op het papieren formulier",
        "status": "open",
    })
    for n, soort in enumerate(soorten):
        if INSTRUMENT_KOSTEN[soort] == 0 and soort != "proefplaatsing":
            continue
        dossier["afspraken"].append({
            "wie": "klant", "soort": "dienstverlening" if soort != "korte_cursus" else "scholing",
            "wat": f"Deelnemen aan: {INSTRUMENT_NAMEN[soort]}", "hoeveel": None,
            "wanneer": iso(start + 14 * n + 60),
            "hoe_aangetoond": "Bewijs van deelname", "status": ("nagekomen" if n == 0 else "open") if klaar else "open",
        })
    if not klaar:
        return dossier

    evaluaties = [g for g in gesprekken if g["type"] == "evaluatiegesprek" and g["status"] == "gevoerd"]
    if evaluaties:
        velden["evaluatie"] = evaluaties[-1]["notitie"]
        velden["doel_bereikt"] = "ja" if fase == "afgesloten" else "nee"
    dossier["notities"].append({
        "stap": "uitvoeren", "soort": "feit", "bron": "dossier",
        "tekst": "Sollicitatieactiviteiten van de afgelopen periode gecontroleerd in de "
                 + ("Werkmap." if spec["digivaardig"] else "papieren formulieren."),
    })
    if fase == "afgesloten":
        dossier["uitstroomreden"] = "werk"
    return dossier


def maak_klanten(rng: random.Random) -> list[dict]:
    klanten = []
    telefoons: list[str] = []
    for spec in KLANTEN:
        voornaam, achternaam = spec["naam"].split(" ", 1)
        while True:
            telefoon = f"06-1234{rng.randint(0, 9999):04d}"
            if telefoon not in telefoons:
                telefoons.append(telefoon)
                break
        if spec["digivaardig"]:
            patroon = rng.choice(["{v}.{a}", "{i}.{a}", "{v}{a}", "{v}.{a}{j}"])
            email = patroon.format(v=ascii_slug(voornaam), a=ascii_slug(achternaam), i=ascii_slug(voornaam)[0],
                                   j=spec["geboren"][2:4]) + "@example.nl"
        else:
            email = None
        huisnummer = f"{rng.randint(1, 160)}{rng.choice(['', '', '', '', '', 'a', 'b', '-2'])}"
        regio, pc_laag, pc_hoog = WOONPLAATSEN[spec["woonplaats"]]
        letters = "SS"
        while letters in ("SA", "SD", "SS"):
            letters = rng.choice(POSTCODE_LETTERS) + rng.choice(POSTCODE_LETTERS)
        postcode = f"{rng.randint(pc_laag, pc_hoog)} {letters}"
        ww_start = dag(spec["ww_start"])
        ww_einde = spec.get("ww_einde") or (plus_maanden(ww_start, spec["ww_maanden"]) - timedelta(days=1)).isoformat()

        beeld = dict(spec["bv"])
        beeldvorming = {
            "werkervaring": beeld["werkervaring"],
            "competenties": beeld["competenties"],
            "belemmeringen": beeld["belemmeringen"],
            "wensberoepen": beeld["wensberoepen"],
            "regio": regio,
            "max_reistijd_minuten": beeld["max_reistijd_minuten"],
            "vervoer": beeld["vervoer"],
            "netwerk": beeld["netwerk"],
            "zoekgedrag": beeld["zoekgedrag"],
        }
        gesprekken = []
        for offset, soort, kanaal, duur, notitie in spec["gesprekken"]:
            gepland = offset >= 0
            offset = werkdag(offset, gepland)
            gesprekken.append({
                "datum": iso(offset),
                "type": soort,
                "kanaal": kanaal,
                "duur_minuten": duur,
                "notitie": notitie,
                "status": "gepland" if gepland else "gevoerd",
            })
        klanten.append({
            "klantnummer": spec["nr"],
            "naam": spec["naam"],
            "geboortedatum": spec["geboren"],
            "telefoon": telefoon,
            "email": email,
            "adres": f"{rng.choice(STRATEN)} {huisnummer}",
            "postcode": postcode,
            "woonplaats": spec["woonplaats"],
            "digivaardig": spec["digivaardig"],
            "meldingsdatum": iso(spec["melding"]),
            "ww_startdatum": ww_start.isoformat(),
            "ww_einddatum": ww_einde,
            "uren_vorige_baan": spec["uren_vorig"],
            "beschikbare_uren": spec["uren_beschikbaar"],
            "opleidingsniveau": spec["opleiding"],
            "werkverkenner_band": spec["band"],
            "werkverkenner_datum": iso(spec["wv"]),
            "vroegmelder": spec["vroegmelder"],
            "arbeidsbeperking": spec["beperking"],
            "maatman_procent": spec["maatman"],
            "grensregio": spec["woonplaats"] in GRENSGEMEENTEN,
            "laatste_beroep": spec["beroep"],
            "adviseur": spec["adviseur"],
            "fase": spec["fase"],
            "beeldvorming": beeldvorming,
            "gesprekken": gesprekken,
        })
        dossier = maak_dossier(spec, beeld, regio, gesprekken)
        if dossier is not None:
            klanten[-1]["dossier"] = dossier
    return klanten


# --------------------------------------------------------------------------------------------
# Schrijven
# --------------------------------------------------------------------------------------------

def klanten_tekst(klanten: list[dict]) -> str:
    document = {
        "versie": 1,
        "referentiedatum": REFERENTIEDATUM.isoformat(),
        "adviseurs": ADVISEURS,
        "klanten": klanten,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def vacatures_tekst(vacatures: list[dict]) -> str:
    buffer = io.StringIO()
    schrijver = csv.DictWriter(buffer, fieldnames=VACATURE_KOLOMMEN, lineterminator="\n")
    schrijver.writeheader()
    schrijver.writerows(vacatures)
    return buffer.getvalue()


def schrijf(pad: Path, tekst: str) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_bytes(tekst.encode("utf-8"))


# --------------------------------------------------------------------------------------------
# Controle: de generator controleert zijn eigen uitvoer (aantallen, groepen, datums)
# --------------------------------------------------------------------------------------------

VERWACHTE_GROEPEN = {
    "werkverkenner <= 50 %": "K100001 K100002 K100009 K100012 K100019 K100020 K100023 K100024 K100030 K100031 K100033",
    "werkverkenner > 50 %": "K100005 K100006 K100007 K100010 K100013 K100014 K100016 K100017 K100018 K100021 K100025 "
                            "K100029 K100032 K100034",
    "werkverkenner niet ingevuld": "K100003 K100004 K100008 K100011 K100015 K100022 K100026 K100027 K100028 K100035 "
                                   "K100036",
    "niet-digivaardig": "K100004 K100008 K100015 K100027",
    "57+ (of binnen 6 weken)": "K100001 K100002 K100003 K100004 K100015 K100027 K100035",
    ">= 6 maanden WW": "K100001 K100003 K100008 K100009 K100012 K100018 K100019 K100020 K100023 K100025 K100027 "
                       "K100030 K100032 K100033 K100034 K100035",
    ">= 12 maanden WW": "K100009 K100019 K100020 K100027 K100030 K100035",
    "WW eindigt binnen 3 maanden": "K100005 K100010 K100018 K100027 K100028 K100029 K100031 K100033 K100035",
    "vroegmelder": "K100021 K100022",
    "arbeidsbeperking": "K100012 K100023 K100024 K100031",
    "grensregio": "K100007 K100008 K100009 K100010 K100011 K100012 K100013 K100014 K100033",
    "minder uren dan vorige baan": "K100003 K100006 K100012 K100032",
    "intake te laat": "K100015 K100016",
    "geen contact > 5 weken": "K100017 K100018",
    "> 6 uur gesprekken": "K100019 K100020 K100027",
    "werkoriëntatiegesprek gevoerd": "K100001 K100002 K100003 K100004 K100008 K100009 K100012 K100019 K100020 K100023 "
                                     "K100024 K100027 K100030 K100031 K100033 K100035",
    "monitorgesprek": "K100018 K100025 K100032",
    "gesprek gepland op referentiedatum": "K100001 K100013 K100016 K100021",
}


def controleer(klanten_doc: dict, vacatures: list[dict], beroepen: list[str]) -> dict[str, list[str]]:
    r = REFERENTIEDATUM
    d = date.fromisoformat
    fouten: list[str] = []

    def eis(voorwaarde: bool, melding: str) -> None:
        if not voorwaarde:
            fouten.append(melding)

    # --- klanten ---
    eis(klanten_doc["versie"] == 1 and klanten_doc["referentiedatum"] == r.isoformat(), "kop klanten.json")
    eis(klanten_doc["adviseurs"] == ADVISEURS, "adviseurs")
    klanten = klanten_doc["klanten"]
    eis(len(klanten) == 36, f"aantal klanten {len(klanten)}")
    eis(len({k["klantnummer"] for k in klanten}) == 36, "klantnummers niet uniek")
    eis(len({k["telefoon"] for k in klanten}) == 36, "telefoonnummers niet uniek")
    groepen: dict[str, list[str]] = {naam: [] for naam in VERWACHTE_GROEPEN}
    for k in klanten:
        nr = k["klantnummer"]
        eis(len(nr) == 7 and nr[0] == "K" and nr[1:].isdigit(), f"{nr}: klantnummer")
        eis(k["telefoon"].startswith("06-1234") and len(k["telefoon"]) == 11, f"{nr}: telefoon")
        eis(k["email"] is None or k["email"].endswith("@example.nl"), f"{nr}: e-mail")
        eis(k["opleidingsniveau"] in OPLEIDINGSNIVEAUS, f"{nr}: opleidingsniveau")
        eis(k["werkverkenner_band"] in WV_BANDEN + [None], f"{nr}: band")
        eis((k["werkverkenner_band"] is None) == (k["werkverkenner_datum"] is None), f"{nr}: werkverkenner_datum")
        eis(k["fase"] in FASEN and k["adviseur"] in ADVISEURS, f"{nr}: fase/adviseur")
        eis(k["laatste_beroep"] in beroepen, f"{nr}: laatste_beroep {k['laatste_beroep']}")
        bv_ = k["beeldvorming"]
        eis(all(w in beroepen for w in bv_["wensberoepen"]), f"{nr}: wensberoepen")
        eis(bv_["vervoer"] in ("auto", "ov", "fiets", "geen", None), f"{nr}: vervoer")
        eis(k["arbeidsbeperking"] == (k["maatman_procent"] is not None), f"{nr}: maatman")
        eis(k["maatman_procent"] is None or k["maatman_procent"] >= 65, f"{nr}: maatman < 65")
        geboren = d(k["geboortedatum"])
        eis(18 <= leeftijd(geboren, r) <= 67, f"{nr}: leeftijd")
        melding, start, einde = d(k["meldingsdatum"]), d(k["ww_startdatum"]), d(k["ww_einddatum"])
        eis(melding <= r, f"{nr}: melding in de toekomst")
        duur_maanden = (einde.year - start.year) * 12 + einde.month - start.month + (einde.day >= start.day)
        if k["fase"] != "afgesloten":
            eis(3 <= duur_maanden <= 24 and einde > r, f"{nr}: WW-duur {duur_maanden} maanden / al afgelopen")
        if k["werkverkenner_datum"]:
            eis(melding <= d(k["werkverkenner_datum"]) <= r, f"{nr}: werkverkenner_datum")

        gesprekken = sorted(k["gesprekken"], key=lambda g: g["datum"])
        eis(gesprekken == k["gesprekken"], f"{nr}: gesprekken niet op datum")
        for g in gesprekken:
            gd = d(g["datum"])
            eis(g["type"] in GESPREK_TYPEN and g["kanaal"] in KANALEN, f"{nr}: type/kanaal")
            eis(gd.weekday() < 5, f"{nr}: gesprek in het weekend {g['datum']}")
            eis((g["status"] == "gepland") == (gd >= r), f"{nr}: status {g['status']} op {g['datum']}")
            eis(1 <= g["notitie"].count(".") + g["notitie"].count("?") and len(g["notitie"]) < 420, f"{nr}: notitie")
        intakes = [g for g in gesprekken if g["type"] == "intake"]
        eis(len(intakes) <= 1 and (not gesprekken or gesprekken[0]["type"] == "intake"), f"{nr}: intake niet eerst")
        gevoerd = [g for g in gesprekken if g["status"] == "gevoerd"]
        intake_gevoerd = any(g["type"] == "intake" for g in gevoerd)
        if intake_gevoerd and nr not in ("K100016",):
            eis((d(intakes[0]["datum"]) - melding).days <= 14, f"{nr}: intake later dan 2 weken")
        minuten_gevoerd = sum(g["duur_minuten"] for g in gevoerd)
        minuten_alles = sum(g["duur_minuten"] for g in gesprekken)
        eis((minuten_gevoerd > 360) == (minuten_alles > 360), f"{nr}: 6-urengrens hangt af van geplande gesprekken")

        band = k["werkverkenner_band"]
        if band in ("0-25", "25-50"):
            groepen["werkverkenner <= 50 %"].append(nr)
        elif band:
            groepen["werkverkenner > 50 %"].append(nr)
        else:
            groepen["werkverkenner niet ingevuld"].append(nr)
        if not k["digivaardig"]:
            groepen["niet-digivaardig"].append(nr)
        if leeftijd(geboren, r + timedelta(days=42)) >= 57:
            groepen["57+ (of binnen 6 weken)"].append(nr)
        if plus_maanden(start, 6) <= r:
            groepen[">= 6 maanden WW"].append(nr)
        if plus_maanden(start, 12) <= r:
            groepen[">= 12 maanden WW"].append(nr)
        if k["fase"] != "afgesloten" and r <= einde <= plus_maanden(r, 3):
            groepen["WW eindigt binnen 3 maanden"].append(nr)
        if k["vroegmelder"]:
            eis(melding < start and start > r, f"{nr}: vroegmelder zonder toekomstige WW-start")
            groepen["vroegmelder"].append(nr)
        if k["arbeidsbeperking"]:
            groepen["arbeidsbeperking"].append(nr)
        if k["grensregio"]:
            groepen["grensregio"].append(nr)
        if k["beschikbare_uren"] < k["uren_vorige_baan"]:
            groepen["minder uren dan vorige baan"].append(nr)
        if k["fase"] != "afgesloten" and (r - melding).days > 14 and not intake_gevoerd:
            groepen["intake te laat"].append(nr)
        if k["fase"] != "afgesloten" and gevoerd and (r - d(gevoerd[-1]["datum"])).days > 35:
            groepen["geen contact > 5 weken"].append(nr)
        if minuten_gevoerd > 360:
            groepen["> 6 uur gesprekken"].append(nr)
        if any(g["type"] == "werkorientatiegesprek" for g in gevoerd):
            groepen["werkoriëntatiegesprek gevoerd"].append(nr)
        if any(g["type"] == "monitorgesprek" for g in gesprekken):
            groepen["monitorgesprek"].append(nr)
        if any(g["status"] == "gepland" and d(g["datum"]) == r for g in gesprekken):
            groepen["gesprek gepland op referentiedatum"].append(nr)

    for naam, verwacht in VERWACHTE_GROEPEN.items():
        eis(groepen[naam] == verwacht.split(), f"groep {naam!r}: {groepen[naam]} != {verwacht.split()}")
    gestart = [(r - d(k["ww_startdatum"])).days for k in klanten if d(k["ww_startdatum"]) <= r]
    eis(min(gestart) <= 10 and max(gestart) >= 580, f"spreiding WW-start {min(gestart)}..{max(gestart)} dagen")
    komend = [g for k in klanten for g in k["gesprekken"]
              if g["status"] == "gepland" and 0 < (d(g["datum"]) - r).days <= 14]
    eis(len(komend) >= 5, f"te weinig geplande gesprekken in de komende twee weken ({len(komend)})")

    # --- vacatures ---
    eis(len(vacatures) == AANTAL_VACATURES, f"aantal vacatures {len(vacatures)}")
    eis([v["id"] for v in vacatures] == [f"V{i:06d}" for i in range(1, AANTAL_VACATURES + 1)], "vacature-id's")
    buiten = [v for v in vacatures if v["land"] != "NL"]
    for v in vacatures:
        eis(v["beroep"] in beroepen, f"{v['id']}: beroep {v['beroep']}")
        eis(v["opleidingsniveau"] in OPLEIDINGSNIVEAUS, f"{v['id']}: opleidingsniveau")
        eis(v["pawa"] in ("ja", "nee"), f"{v['id']}: pawa")
        eis(all(deel.isdigit() for deel in v["uren_per_week"].split("-")), f"{v['id']}: uren")
        eis(d(v["publicatiedatum"]) <= r and d(v["publicatiedatum"]) < d(v["sluitingsdatum"]), f"{v['id']}: datums")
        zinnen = v["omschrijving"].count(". ") + v["omschrijving"].count("? ") + 1
        eis(2 <= zinnen <= 3 and v["omschrijving"].endswith("."), f"{v['id']}: omschrijving {zinnen} zinnen")
        eis(v["land"] in ("NL", "DE", "BE"), f"{v['id']}: land")
        if v["land"] == "DE":
            eis(v["plaats"] in PLAATSEN_DE, f"{v['id']}: plaats DE")
        if v["land"] == "BE":
            eis(v["plaats"] in PLAATSEN_BE, f"{v['id']}: plaats BE")
        eis("\n" not in v["omschrijving"] and ";" not in v["omschrijving"].replace("; ", ""), f"{v['id']}: tekens")
    eis(0.06 <= len(buiten) / len(vacatures) <= 0.10, f"aandeel buitenland {len(buiten) / len(vacatures):.3f}")
    pawa = sum(v["pawa"] == "ja" for v in vacatures) / len(vacatures)
    eis(0.12 <= pawa <= 0.18, f"aandeel PaWa {pawa:.3f}")
    gesloten = sum(d(v["sluitingsdatum"]) < r for v in vacatures) / len(vacatures)
    eis(0.05 <= gesloten <= 0.30, f"aandeel gesloten {gesloten:.3f}")
    eis(len({v["beroep"] for v in vacatures}) >= 120, "te weinig verschillende beroepen")
    aantal_werkgevers = len({v["werkgever"] for v in vacatures})
    eis(280 <= aantal_werkgevers <= 320, f"aantal werkgevers {aantal_werkgevers}")
    eis(len({v["plaats"] for v in vacatures if v["land"] == "DE"}) == len(PLAATSEN_DE), "niet alle Duitse plaatsen")
    eis(len({v["plaats"] for v in vacatures if v["land"] == "BE"}) == len(PLAATSEN_BE), "niet alle Belgische plaatsen")
    # Elk beroep van een klant (laatste en wensberoepen) moet in de vacatures te vinden zijn.
    vacatureberoepen = {v["beroep"] for v in vacatures}
    for k in klanten:
        for b in [k["laatste_beroep"]] + k["beeldvorming"]["wensberoepen"]:
            eis(b in vacatureberoepen, f"{k['klantnummer']}: geen vacatures voor {b}")

    if fouten:
        raise SystemExit("Controle mislukt:\n  " + "\n  ".join(fouten))
    return groepen


def main() -> int:
    beroepen = lees_beroepen()
    beroepen_vacatures = parse_beroepen_vacatures()
    onbekend = [b["beroep"] for b in beroepen_vacatures if b["beroep"] not in beroepen]
    if onbekend:
        raise SystemExit(f"Beroepen ontbreken in {BEROEPEN_CSV.name}: {onbekend}")

    # Aparte generatoren per bestand: een wijziging in het ene bestand verschuift het andere niet.
    klanten = maak_klanten(random.Random(SEED))
    rng_vacatures = random.Random(SEED + 1)
    werkgevers = maak_werkgevers(rng_vacatures, beroepen_vacatures)
    vacatures = maak_vacatures(rng_vacatures, beroepen_vacatures, werkgevers)

    schrijf(KLANTEN_JSON, klanten_tekst(klanten))
    schrijf(VACATURES_CSV, vacatures_tekst(vacatures))

    # Lees terug van schijf en controleer wat er echt staat.
    klanten_doc = json.loads(KLANTEN_JSON.read_text(encoding="utf-8"))
    with VACATURES_CSV.open(encoding="utf-8", newline="") as f:
        lezer = csv.DictReader(f)
        if lezer.fieldnames != VACATURE_KOLOMMEN:
            raise SystemExit(f"kolommen vacatures.csv: {lezer.fieldnames}")
        vacatures_gelezen = list(lezer)
    groepen = controleer(klanten_doc, vacatures_gelezen, beroepen)

    rel = lambda p: p.relative_to(ROOT).as_posix()  # noqa: E731
    print(f"{rel(KLANTEN_JSON)}: {len(klanten)} klanten, "
          f"{sum(len(k['gesprekken']) for k in klanten)} gesprekken (referentiedatum {REFERENTIEDATUM.isoformat()})")
    print(f"{rel(VACATURES_CSV)}: {len(vacatures)} vacatures, {len({v['werkgever'] for v in vacatures})} werkgevers, "
          f"{len({v['beroep'] for v in vacatures})} beroepen, "
          f"{sum(v['land'] != 'NL' for v in vacatures)} over de grens, "
          f"{sum(v['pawa'] == 'ja' for v in vacatures)} PaWa, "
          f"{sum(date.fromisoformat(v['sluitingsdatum']) < REFERENTIEDATUM for v in vacatures)} gesloten")
    for naam, nummers in groepen.items():
        print(f"  {naam}: {' '.join(nummers)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
