"""Pseudonymisation for case reviews and training: pure functions, no I/O, no clock reads.

* Stable pseudonyms from a keyed HMAC (the key lives in the store and is never exported):
  the same klant gets the same "Klant KQ" in every session of that store.
* Age band instead of birth date, "maand 7 in de WW" instead of dates, region instead of
  address (woonplaats → arbeidsmarktregio and provincie; unknown → "regio onbekend").
* Free text scrubbed of known names (the klant's own name parts, employers, other known
  names), e-mail addresses, phone numbers, postcodes, street addresses, dates, client numbers
  and long digit runs.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional

from werkcoach_tui.rules.datums import add_months, leeftijd, maand_in_ww, volle_maanden_tussen

LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
"""24 letters (no I/O, which read as 1/0 on a projector)."""

REGIO_ONBEKEND = "regio onbekend"

# --- stable pseudonyms ----------------------------------------------------------


def hmac_code(sleutel: bytes, soort: str, waarde: str) -> bytes:
    """The keyed digest behind every pseudonym (``soort`` separates klanten, employers...)."""
    return hmac.new(sleutel, f"{soort}\x1f{waarde.strip().lower()}".encode("utf-8"), hashlib.sha256).digest()


def letters(digest: bytes, lengte: int) -> str:
    n = int.from_bytes(digest[:8], "big")
    uit = []
    for _ in range(lengte):
        n, r = divmod(n, len(LETTERS))
        uit.append(LETTERS[r])
    return "".join(uit)


def klant_pseudoniem(sleutel: bytes, klantnummer: str, lengte: int = 3) -> str:
    """"Klant KQV": stable for one store's key, meaningless without it (3 letters: 13,824 codes)."""
    return f"Klant {letters(hmac_code(sleutel, 'klant', klantnummer), lengte)}"


def adviseur_pseudoniem(sleutel: bytes, naam: str) -> str:
    return f"Adviseur {letters(hmac_code(sleutel, 'adviseur', naam), 2)}"


def referentie(sleutel: bytes, klantnummer: str) -> str:
    """A longer stable reference (to recognise the same dossier in two bundles)."""
    return hmac_code(sleutel, "referentie", klantnummer).hex()[:16]


# --- age, time, place -------------------------------------------------------------

LEEFTIJDSBANDEN = ((0, 24, "jonger dan 25 jaar"), (25, 34, "25–34 jaar"), (35, 44, "35–44 jaar"),
                   (45, 54, "45–54 jaar"), (55, 56, "55–56 jaar"), (57, 61, "57–61 jaar"),
                   (62, 200, "62 jaar of ouder"))
"""Bands keep 57+ visible (the inspectorate's check on older klanten) without the birth date."""


def leeftijdsband(geboortedatum: Optional[date], today: date) -> str:
    if geboortedatum is None:
        return "leeftijd onbekend"
    jaren = leeftijd(geboortedatum, today)
    for laag, hoog, label in LEEFTIJDSBANDEN:
        if laag <= jaren <= hoog:
            return label
    return "leeftijd onbekend"  # pragma: no cover - the bands cover every age


def ww_moment(d: Optional[date], ww_start: Optional[date], today: date) -> str:
    """A date as a moment in the WW: 'maand 7 in de WW', 'vóór de WW', or months ago."""
    if d is None:
        return "onbekend moment"
    if ww_start is not None:
        if d < ww_start:
            maanden = volle_maanden_tussen(d, ww_start)
            return "vlak vóór de WW" if maanden < 1 else f"{maanden} maand{'en' if maanden > 1 else ''} vóór de WW"
        return f"maand {maand_in_ww(ww_start, d)} in de WW"
    if d > today:
        return "gepland"
    maanden = volle_maanden_tussen(d, today)
    if maanden < 1:
        return "deze maand"
    return f"{maanden} maand{'en' if maanden > 1 else ''} geleden"


def ww_stand(ww_start: Optional[date], today: date) -> str:
    """Where the klant is now: 'maand 7 in de WW'."""
    if ww_start is None:
        return "geen WW-startdatum"
    if today < ww_start:
        return "WW nog niet begonnen (vroegmelder)"
    return f"maand {maand_in_ww(ww_start, today)} in de WW"


def ww_duur(ww_start: Optional[date], ww_eind: Optional[date]) -> str:
    if ww_start is None or ww_eind is None or ww_eind <= ww_start:
        return "WW-duur onbekend"
    return f"WW-recht van ongeveer {volle_maanden_tussen(ww_start, add_months(ww_eind, 0))} maanden"


# Hand-written: every town in the demo data plus common towns. (arbeidsmarktregio, provincie)
_REGIO: dict[str, tuple[str, str]] = {}


def _r(regio: str, provincie: str, *plaatsen: str) -> None:
    for p in plaatsen:
        _REGIO[p.lower()] = (regio, provincie)


_r("Groningen", "Groningen", "Groningen", "Delfzijl", "Veendam", "Winschoten", "Stadskanaal", "Hoogezand", "Appingedam")
_r("Friesland", "Friesland", "Leeuwarden", "Drachten", "Sneek", "Heerenveen", "Harlingen", "Franeker", "Dokkum")
_r("Drenthe", "Drenthe", "Assen", "Emmen", "Hoogeveen", "Meppel", "Coevorden")
_r("Regio Zwolle", "Overijssel", "Zwolle", "Kampen", "Hardenberg", "Steenwijk", "Dalfsen")
_r("Twente", "Overijssel", "Enschede", "Hengelo", "Almelo", "Oldenzaal", "Borne", "Haaksbergen", "Rijssen")
_r("Stedendriehoek en Noordwest Veluwe", "Gelderland/Overijssel", "Apeldoorn", "Deventer", "Zutphen",
   "Harderwijk", "Epe", "Ermelo")
_r("Achterhoek", "Gelderland", "Doetinchem", "Winterswijk", "Lichtenvoorde", "Groenlo", "Aalten")
_r("Midden-Gelderland", "Gelderland", "Arnhem", "Ede", "Wageningen", "Velp", "Zevenaar", "Renkum")
_r("Rijk van Nijmegen", "Gelderland", "Nijmegen", "Wijchen", "Beuningen", "Groesbeek")
_r("Rivierenland", "Gelderland", "Tiel", "Culemborg", "Zaltbommel", "Geldermalsen")
_r("Amersfoort", "Utrecht", "Amersfoort", "Leusden", "Soest", "Barneveld", "Nijkerk", "Veenendaal")
_r("Midden-Utrecht", "Utrecht", "Utrecht", "Nieuwegein", "Houten", "Zeist", "IJsselstein", "Woerden",
   "Maarssen", "De Bilt")
_r("Gooi en Vechtstreek", "Noord-Holland", "Hilversum", "Bussum", "Huizen", "Weesp", "Laren")
_r("Groot Amsterdam", "Noord-Holland", "Amsterdam", "Amstelveen", "Diemen", "Haarlemmermeer", "Hoofddorp",
   "Uithoorn", "Aalsmeer")
_r("Zaanstreek/Waterland", "Noord-Holland", "Zaandam", "Zaanstad", "Purmerend", "Wormer", "Edam", "Volendam")
_r("Zuid-Kennemerland en IJmond", "Noord-Holland", "Haarlem", "Beverwijk", "Heemskerk", "Velsen", "IJmuiden",
   "Heemstede", "Zandvoort")
_r("Noord-Holland Noord", "Noord-Holland", "Alkmaar", "Hoorn", "Den Helder", "Heerhugowaard", "Enkhuizen")
_r("Flevoland", "Flevoland", "Almere", "Lelystad", "Dronten", "Emmeloord", "Zeewolde")
_r("Holland Rijnland", "Zuid-Holland", "Leiden", "Alphen aan den Rijn", "Katwijk", "Noordwijk", "Leiderdorp")
_r("Haaglanden", "Zuid-Holland", "Den Haag", "'s-Gravenhage", "Delft", "Zoetermeer", "Rijswijk",
   "Westland", "Naaldwijk", "Leidschendam", "Voorburg")
_r("Midden-Holland", "Zuid-Holland", "Gouda", "Waddinxveen", "Bodegraven")
_r("Rijnmond", "Zuid-Holland", "Rotterdam", "Schiedam", "Vlaardingen", "Capelle aan den IJssel", "Spijkenisse",
   "Maassluis", "Barendrecht", "Ridderkerk", "Hellevoetsluis")
_r("Drechtsteden", "Zuid-Holland", "Dordrecht", "Zwijndrecht", "Papendrecht", "Sliedrecht")
_r("Gorinchem", "Zuid-Holland", "Gorinchem", "Leerdam")
_r("Zeeland", "Zeeland", "Goes", "Middelburg", "Vlissingen", "Terneuzen", "Zierikzee", "Hulst", "Kapelle")
_r("West-Brabant", "Noord-Brabant", "Breda", "Roosendaal", "Bergen op Zoom", "Oosterhout", "Etten-Leur")
_r("Midden-Brabant", "Noord-Brabant", "Tilburg", "Waalwijk", "Dongen", "Oisterwijk")
_r("Noordoost-Brabant", "Noord-Brabant", "'s-Hertogenbosch", "Den Bosch", "Oss", "Uden", "Veghel", "Boxtel")
_r("Zuidoost-Brabant", "Noord-Brabant", "Eindhoven", "Veldhoven", "Best", "Valkenswaard", "Geldrop")
_r("Helmond-De Peel", "Noord-Brabant", "Helmond", "Deurne", "Gemert")
_r("Noord-Limburg", "Limburg", "Venlo", "Venray", "Tegelen", "Horst")
_r("Midden-Limburg", "Limburg", "Roermond", "Weert", "Echt")
_r("Zuid-Limburg", "Limburg", "Maastricht", "Heerlen", "Kerkrade", "Sittard", "Geleen", "Brunssum",
   "Landgraaf", "Valkenburg")


def regio(woonplaats: Optional[str]) -> str:
    """'arbeidsmarktregio Twente (Overijssel)' for a known town, else 'regio onbekend'."""
    if not woonplaats or not woonplaats.strip():
        return REGIO_ONBEKEND
    gevonden = _REGIO.get(woonplaats.strip().lower())
    if gevonden is None:
        return REGIO_ONBEKEND
    naam, provincie = gevonden
    if naam.startswith("Regio "):
        return f"{naam} ({provincie})"
    return f"arbeidsmarktregio {naam} ({provincie})"


def bekende_plaatsen() -> tuple[str, ...]:
    return tuple(sorted(_REGIO))


# --- free text ---------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_TELEFOON = re.compile(
    r"(?<![\w])(?:\+|00)?(?:\(?\d[\d()]{0,4}\)?[\s.\-]{0,3}){2,}\d{2,}(?![\w])"
)
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Za-z]{2}\b")
_DATUM = re.compile(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b")
_AANSPREEK = re.compile(r"\b(meneer|mevrouw|dhr\.?|mevr\.?|mw\.?|heer)\s+[A-Z][\w'-]+", re.IGNORECASE)
"""A form of address followed by a name: the name is a person even when we did not know it."""
_KLANTNUMMER = re.compile(r"\bK\d{5,}\b")
_LANGE_CIJFERS = re.compile(r"\d[\d\s.\-]{3,}\d")
_STRAAT = re.compile(
    r"\b[A-Z][\wëéèïöü'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|park|steeg|dijk|pad|baan|ring|markt)"
    r"\s+\d+\s?[a-zA-Z]?\b"
)
_RECHTSVORM = re.compile(
    r"\b((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*)\s+(B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|Holding|Groep|Group|GmbH)(?=\W|$)"
)


def straatnaam(adres: Optional[str]) -> str:
    """'Eikenlaan 41a' → 'Eikenlaan' (the street without the house number)."""
    return re.sub(r"\s*\d+\s*[a-zA-Z]?(?:\s*[-/]\s*\S+)?\s*$", "", (adres or "").strip())


def _telefoonachtig(tekst: str) -> bool:
    cijfers = sum(ch.isdigit() for ch in tekst)
    return cijfers >= 9


@dataclass
class Schoonmaker:
    """Scrubs free text of one dossier. Employers get 'Werkgever 1', 'Werkgever 2' in order of
    first appearance (stable for the same text); known persons become '[naam]'."""

    namen: tuple[str, ...] = ()
    """Names to remove: the klant's full name and its parts, advisers, other klanten."""
    werkgevers: tuple[str, ...] = ()
    """Known employer names (exact, case-insensitive)."""
    plaatsen: tuple[str, ...] = ()
    """Towns tied to the klant (woonplaats): replaced by '[woonplaats]'."""
    straten: tuple[str, ...] = ()
    vervangingen: dict[str, str] = field(default_factory=dict)
    """Exact strings → pseudonym (e.g. another klant's name → their 'Klant KQ')."""
    _werkgever_nummers: dict[str, int] = field(default_factory=dict)

    def werkgever(self, naam: str) -> str:
        sleutel = re.sub(r"\s+", " ", naam.strip().lower())
        if sleutel not in self._werkgever_nummers:
            self._werkgever_nummers[sleutel] = len(self._werkgever_nummers) + 1
        return f"Werkgever {self._werkgever_nummers[sleutel]}"

    def __call__(self, tekst: Optional[str]) -> str:
        return schoon_tekst(tekst, self)


_VOORVOEGSELS = {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "la", "le", "du", "da", "el", "al", "bin", "von", "'t"}


def naamdelen(naam: str) -> list[str]:
    """The full name and its meaningful parts ('Johan van der Meulen' → full, 'van der Meulen',
    'Johan', 'Meulen'), longest first. Prefixes alone are never removed."""
    naam = re.sub(r"\s+", " ", (naam or "").strip())
    if not naam:
        return []
    delen = naam.split(" ")
    uit = {naam}
    for i in range(1, len(delen)):
        achter = " ".join(delen[i:])
        if delen[i].lower() in _VOORVOEGSELS:
            uit.add(achter)
    for d in delen:
        for stuk in re.split(r"[-]", d):
            if len(stuk) >= 2 and stuk.lower() not in _VOORVOEGSELS:
                uit.add(stuk)
    return sorted(uit, key=len, reverse=True)


def _woord_patroon(woord: str) -> re.Pattern:
    return re.compile(r"(?<![\w])" + re.escape(woord).replace(r"\ ", r"\s+") + r"(?![\w])", re.IGNORECASE)


def _alternatie(woorden: Iterable[str]) -> Optional[re.Pattern]:
    """One case-insensitive pattern for many words/phrases, longest first."""
    uniek = sorted({w.strip() for w in woorden if w and w.strip()}, key=lambda w: (-len(w), w.lower()))
    if not uniek:
        return None
    delen = [re.escape(w).replace(r"\ ", r"\s+") for w in uniek]
    return re.compile(r"(?<![\w])(?:" + "|".join(delen) + r")(?![\w])", re.IGNORECASE)


def _naam_vervanger(m: re.Match) -> str:
    gevonden = m.group(0)
    # A single name part that is written in lower case is an ordinary word ("groen", "bakker").
    if " " not in gevonden.strip() and not gevonden[:1].isupper():
        return gevonden
    return "[naam]"


def _patronen(s: "Schoonmaker") -> dict:
    cache = s.__dict__.get("_cache")
    if cache is None:
        namen = [deel for naam in s.namen for deel in naamdelen(naam)]
        cache = {
            "straten": _alternatie(s.straten),
            "werkgevers": _alternatie(s.werkgevers),
            "vervangingen": _alternatie(s.vervangingen),
            "vervang_map": {re.sub(r"\s+", " ", k.strip().lower()): v for k, v in s.vervangingen.items()},
            "namen": _alternatie(namen),
            "plaatsen": _alternatie(s.plaatsen),
        }
        s.__dict__["_cache"] = cache
    return cache


def schoon_tekst(tekst: Optional[str], s: Schoonmaker | None = None) -> str:
    """Free text with names, contact details and numbers replaced by neutral markers."""
    if not tekst:
        return ""
    s = s or Schoonmaker()
    p = _patronen(s)
    t = str(tekst)
    t = _EMAIL.sub("[e-mailadres]", t)
    t = _URL.sub("[link]", t)
    if p["straten"]:
        t = p["straten"].sub("[adres]", t)
    t = _STRAAT.sub("[adres]", t)
    t = _POSTCODE.sub("[postcode]", t)
    t = _KLANTNUMMER.sub("[klantnummer]", t)
    t = _DATUM.sub("[datum]", t)
    t = _TELEFOON.sub(lambda m: "[telefoonnummer]" if _telefoonachtig(m.group()) else m.group(), t)
    t = _LANGE_CIJFERS.sub(lambda m: "[nummer]" if sum(c.isdigit() for c in m.group()) >= 5 else m.group(), t)
    t = re.sub(r"(?<![\d\[])\d{5,}(?![\d\]])", "[nummer]", t)
    if p["werkgevers"]:
        t = p["werkgevers"].sub(lambda m: s.werkgever(m.group(0)), t)
    t = _RECHTSVORM.sub(lambda m: m.group(0) if m.group(0).startswith("Werkgever ") else s.werkgever(m.group(0)), t)
    if p["vervangingen"]:
        t = p["vervangingen"].sub(lambda m: p["vervang_map"].get(re.sub(r"\s+", " ", m.group(0).lower()), "[naam]"), t)
    t = _AANSPREEK.sub(lambda m: f"{m.group(1)} [naam]", t)
    if p["namen"]:
        t = p["namen"].sub(_naam_vervanger, t)
    if p["plaatsen"]:
        t = p["plaatsen"].sub("[woonplaats]", t)
    return t


def schoon_lijst(teksten: Iterable[str], s: Schoonmaker) -> tuple[str, ...]:
    return tuple(schoon_tekst(x, s) for x in teksten if x and str(x).strip())
