"""Read vacancy files as people really make them: CSV (Excel or not) and JSON Lines.

:func:`parse_vacatures` never raises on bad input. It returns a :class:`ParseResult`
with the good rows, the bad rows (line number + Dutch reason), the ignored and the
missing columns, and ``fatale_fout`` (a Dutch sentence) when the file as a whole
cannot be used: missing, empty, binary, an unknown encoding, no required columns,
a runaway quote. Nothing here touches the database or the UI.

CSV
    Delimiter ``,`` ``;`` or tab, detected by counting them in the header line (outside
    quotes); Excel's ``sep=;`` first line is honoured. UTF-8 with or without BOM,
    UTF-16 with BOM (Excel "Unicode text"), else Windows-1252 (older Excel exports).
    Quoted fields may contain the delimiter, quotes (``""``) and newlines.
JSON Lines (``.jsonl``/``.ndjson``, or content starting with ``{``)
    One object per line. A ``.json`` file holding one array of objects works too.

Columns (header names are case-insensitive, trimmed; spaces, hyphens and underscores
are equal, and a few synonyms are known, see :data:`KOLOM_ALIASSEN`):
required ``titel``, ``werkgever``, ``plaats``; optional ``id``, ``omschrijving``,
``vaardigheden``, ``uren_per_week`` (or ``uren_min``/``uren_max``),
``opleidingsniveau``, ``land``, ``pawa``, ``publicatiedatum``, ``sluitingsdatum``,
``beroep``. Other columns are ignored and listed in ``onbekende_kolommen``.

Line numbers are physical lines in the file where the record starts; the CSV header is
line 1. A record with a newline inside a quoted field spans several lines.

Speed: ~100,000 rows per second-fraction (see ``benchmarks/zoeken.py``): conversions of
repeated values (dates, hours, levels) are cached per file.
"""

from __future__ import annotations

import csv
import inspect
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from werkcoach_tui.constants import MAX_UREN_PER_WEEK_VACATURE
from werkcoach_tui.models.enums import Land, Opleidingsniveau
from werkcoach_tui.search.normalize import normalize

__all__ = [
    "KOLOM_ALIASSEN",
    "MAX_UREN_PER_WEEK_VACATURE",
    "ParseResult",
    "VERPLICHTE_KOLOMMEN",
    "lees_datum",
    "lees_land",
    "lees_opleidingsniveau",
    "lees_pawa",
    "lees_uren",
    "parse_vacatures",
]

MAX_BESTAND_BYTES = 512 * 1024 * 1024
"""Files larger than this are refused (1 million vacancies is about 300 MB)."""
MAX_TEKST = {"titel": 300, "werkgever": 300, "plaats": 200, "beroep": 300}
MAX_ID = 100

VERPLICHTE_KOLOMMEN: tuple[str, ...] = ("titel", "werkgever", "plaats")

KOLOM_ALIASSEN: dict[str, str] = {
    # canonical name: itself
    **{k: k for k in (
        "id", "titel", "werkgever", "plaats", "omschrijving", "vaardigheden", "uren_per_week",
        "uren_min", "uren_max", "opleidingsniveau", "land", "pawa", "publicatiedatum",
        "sluitingsdatum", "beroep",
    )},
    # synonyms people use
    "extern_id": "id", "vacature_id": "id", "vacatureid": "id", "vacaturenummer": "id", "nummer": "id",
    "referentie": "id", "referentienummer": "id", "ref": "id",
    "functie": "titel", "functietitel": "titel", "functienaam": "titel", "vacaturetitel": "titel",
    "title": "titel", "naam_vacature": "titel",
    "bedrijf": "werkgever", "bedrijfsnaam": "werkgever", "organisatie": "werkgever", "werkgevernaam": "werkgever",
    "naam_werkgever": "werkgever", "employer": "werkgever", "company": "werkgever",
    "woonplaats": "plaats", "standplaats": "plaats", "werkplaats": "plaats", "vestigingsplaats": "plaats",
    "stad": "plaats", "locatie": "plaats", "plaatsnaam": "plaats", "city": "plaats", "werklocatie": "plaats",
    "beschrijving": "omschrijving", "vacaturetekst": "omschrijving", "description": "omschrijving",
    "tekst": "omschrijving",
    "skills": "vaardigheden", "competenties": "vaardigheden", "vaardigheid": "vaardigheden",
    "uren": "uren_per_week", "uren_pw": "uren_per_week", "uren_p_w": "uren_per_week", "urenperweek": "uren_per_week",
    "uren_week": "uren_per_week", "aantal_uren": "uren_per_week", "uur_per_week": "uren_per_week",
    "hours": "uren_per_week", "hours_per_week": "uren_per_week", "werkuren": "uren_per_week",
    "min_uren": "uren_min", "minimum_uren": "uren_min", "uren_minimaal": "uren_min",
    "max_uren": "uren_max", "maximum_uren": "uren_max", "uren_maximaal": "uren_max",
    "opleiding": "opleidingsniveau", "niveau": "opleidingsniveau", "opleidingniveau": "opleidingsniveau",
    "opleidings_niveau": "opleidingsniveau", "education": "opleidingsniveau", "werk_en_denkniveau": "opleidingsniveau",
    "country": "land",
    "passend_werkaanbod": "pawa", "pawa_geschikt": "pawa",
    "datum": "publicatiedatum", "publicatie_datum": "publicatiedatum", "gepubliceerd": "publicatiedatum",
    "publicatie": "publicatiedatum", "plaatsingsdatum": "publicatiedatum", "datum_publicatie": "publicatiedatum",
    "sluitdatum": "sluitingsdatum", "sluitings_datum": "sluitingsdatum", "einddatum": "sluitingsdatum",
    "deadline": "sluitingsdatum", "reageren_voor": "sluitingsdatum", "geldig_tot": "sluitingsdatum",
    "beroepsnaam": "beroep", "beroepsgroep": "beroep",
}
"""Normalised header name → canonical column (see :func:`_kolomnaam`)."""

_LABEL = {
    "id": "id", "titel": "titel", "werkgever": "werkgever", "plaats": "plaats",
    "uren_per_week": "uren per week", "uren_min": "minimum uren", "uren_max": "maximum uren",
    "publicatiedatum": "publicatiedatum", "sluitingsdatum": "sluitingsdatum",
}

Voortgang = Callable[[int, float], None]
"""Progress callback: ``voortgang(rijen_klaar, fractie)`` with ``fractie`` from 0.0 to 1.0."""


@dataclass
class ParseResult:
    """What :func:`parse_vacatures` found in a file.

    ``rows`` are dicts with the keys ``extern_id, titel, werkgever, plaats, land,
    uren_min, uren_max, omschrijving, vaardigheden, opleidingsniveau, pawa,
    publicatiedatum, sluitingsdatum, beroep`` — plain values, ready for the store:
    ``land`` ``"NL"``/``"DE"``/``"BE"``, ``opleidingsniveau`` an
    :class:`Opleidingsniveau` value (``"mbo2"``) or ``None``, hours as ``float`` or
    ``None``, dates as :class:`datetime.date` or ``None``, ``vaardigheden`` joined
    with ``"; "``.

    ``fouten`` lists ``(regelnummer, reden)`` for rows left out. When ``fatale_fout``
    is set, nothing should be imported (and ``rows`` is empty).
    """

    rows: list[dict[str, Any]] = field(default_factory=list)
    fouten: list[tuple[int, str]] = field(default_factory=list)
    onbekende_kolommen: list[str] = field(default_factory=list)
    ontbrekende_kolommen: list[str] = field(default_factory=list)
    fatale_fout: str | None = None
    formaat: str | None = None
    """``"csv"``, ``"jsonl"`` or ``"json"``."""
    scheidingsteken: str | None = None
    codering: str | None = None

    @property
    def ok(self) -> bool:
        return self.fatale_fout is None

    def samenvatting(self) -> str:
        """One Dutch sentence for the user."""
        if self.fatale_fout:
            return self.fatale_fout
        s = f"{_aantal(len(self.rows))} vacature{'s' if len(self.rows) != 1 else ''} gelezen"
        if self.fouten:
            s += f", {_aantal(len(self.fouten))} regel{'s' if len(self.fouten) != 1 else ''} afgekeurd"
        if self.onbekende_kolommen:
            s += f"; genegeerde kolommen: {', '.join(self.onbekende_kolommen)}"
        return s + "."


def _aantal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------- value parsers
_DATUM = re.compile(r"^\s*(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})(?:[ T].*)?$")


def lees_datum(text: Any) -> date | None:
    """``jjjj-mm-dd`` or ``dd-mm-jjjj`` (also ``d-m-jjjj``, with ``/`` or ``.``); a time part is ignored.

    Returns ``None`` for an empty value; raises ``ValueError`` for anything else unreadable.
    """
    if text is None:
        return None
    if isinstance(text, date):
        return text
    s = str(text).strip()
    if not s:
        return None
    m = _DATUM.match(s)
    if not m:
        raise ValueError(s)
    a, b, c = m.groups()
    if len(a) == 4 and len(c) <= 2:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        d, mo, y = int(a), int(b), int(c)
    else:
        raise ValueError(s)
    return date(y, mo, d)  # ValueError for 31-02


_GETAL = r"(-?\s*\d+(?:[.,]\d+)?)"
_UREN = re.compile(
    rf"^\s*(?:ca\.?\s*|circa\s*)?{_GETAL}\s*(?:(?:-|–|—|tot\s+en\s+met|tot|t/m|tm|to)\s*{_GETAL})?"
    r"\s*(?:u|uur|uren|hours|h)?\.?\s*(?:(?:per|p/|/|p\.?)\s*(?:week|w)\.?)?\s*$",
    re.IGNORECASE,
)


def lees_uren(text: Any) -> tuple[float | None, float | None]:
    """Hours per week: ``"32"``, ``"32,5"``, ``"24-32"``, ``"24 - 32"``, ``"24 tot 32"``, ``"32 uur"``.

    Returns ``(uren_min, uren_max)``; ``(None, None)`` for an empty value. Raises
    ``ValueError`` with a Dutch reason for unreadable, negative or too many hours.
    A reversed range (``"32-24"``) is read as ``24-32``.
    """
    if text is None or (isinstance(text, str) and not text.strip()):
        return None, None
    if isinstance(text, bool):
        raise ValueError(f"ongeldig aantal uren per week '{text}'")
    if isinstance(text, (int, float)):
        lo = hi = float(text)
    else:
        m = _UREN.match(str(text))
        if not m:
            raise ValueError(
                f"ongeldig aantal uren per week '{_kort(text)}': gebruik een getal (32 of 32,5) "
                "of een bereik (24-32)"
            )
        lo = float(m.group(1).replace(" ", "").replace(",", "."))
        hi = float(m.group(2).replace(" ", "").replace(",", ".")) if m.group(2) else lo
    if lo != lo or hi != hi:  # NaN from JSON
        raise ValueError("ongeldig aantal uren per week")
    if lo < 0 or hi < 0:
        raise ValueError(f"uren per week mag niet negatief zijn ('{_kort(text)}')")
    if lo > hi:
        lo, hi = hi, lo
    if hi > MAX_UREN_PER_WEEK_VACATURE:
        raise ValueError(f"meer dan {MAX_UREN_PER_WEEK_VACATURE} uur per week ('{_kort(text)}')")
    return lo, hi


_NIVEAU_MBO = re.compile(r"\bmbo\s*(?:niveau\s*)?([1-4])")
_NIVEAU_LOS = re.compile(r"^(?:niveau|n)\s*([1-4])$")


def lees_opleidingsniveau(text: Any) -> Opleidingsniveau | None:
    """Free text → :class:`Opleidingsniveau`; ``None`` when empty or not recognised (never an error).

    ``"MBO 2"``, ``"mbo-2"``, ``"mbo niveau 2"``, ``"niveau 2"`` → mbo 2; ``"mavo"``,
    ``"vmbo-t"`` → vmbo; ``"bachelor"`` → hbo; ``"master"``, ``"universitair"`` → wo.
    When several levels are named (``"mbo 4 of hbo"``) the lowest is taken: the
    vacancy accepts it. A bare ``"mbo"`` means mbo 1 (any mbo diploma).
    """
    if text is None:
        return None
    if isinstance(text, Opleidingsniveau):
        return text
    direct = Opleidingsniveau.from_text(str(text))
    if direct is not None:
        return direct
    t = normalize(text)
    if not t:
        return None
    words = set(t.split())
    found: list[Opleidingsniveau] = []
    for m in _NIVEAU_MBO.finditer(t):
        found.append(Opleidingsniveau(f"mbo{m.group(1)}"))
    m = _NIVEAU_LOS.match(t)
    if m:
        found.append(Opleidingsniveau(f"mbo{m.group(1)}"))
    if not found and "mbo" in words:
        found.append(Opleidingsniveau.MBO1)
    if words & {"vmbo", "mavo", "vbo", "lbo"} or t.startswith("vmbo"):
        found.append(Opleidingsniveau.VMBO)
    if "havo" in words:
        found.append(Opleidingsniveau.HAVO)
    if words & {"vwo", "atheneum", "gymnasium"}:
        found.append(Opleidingsniveau.VWO)
    if words & {"hbo", "bachelor", "hogeschool"}:
        found.append(Opleidingsniveau.HBO)
    if words & {"wo", "universitair", "universiteit", "master", "academisch", "msc", "ma"}:
        found.append(Opleidingsniveau.WO)
    if words & {"basisonderwijs", "basisschool", "lagere", "lo"}:
        found.append(Opleidingsniveau.BASISONDERWIJS)
    if not found:
        return None
    return min(found, key=lambda lvl: lvl.rang)


_LANDEN = {
    "nl": Land.NL, "nld": Land.NL, "nederland": Land.NL, "netherlands": Land.NL, "the netherlands": Land.NL,
    "holland": Land.NL, "nederlands": Land.NL,
    "de": Land.DE, "deu": Land.DE, "d": Land.DE, "duitsland": Land.DE, "deutschland": Land.DE, "germany": Land.DE,
    "be": Land.BE, "bel": Land.BE, "b": Land.BE, "belgie": Land.BE, "belgium": Land.BE, "belgique": Land.BE,
    "belgien": Land.BE,
}


def lees_land(text: Any) -> Land:
    """``NL``/``DE``/``BE`` or the country name (Nederland, Duitsland, België/Belgie, English, German).

    Empty means NL. Raises ``ValueError`` with a Dutch reason otherwise.
    """
    if text is None:
        return Land.NL
    if isinstance(text, Land):
        return text
    t = normalize(text)
    if not t:
        return Land.NL
    land = _LANDEN.get(t)
    if land is None:
        raise ValueError(f"onbekend land '{_kort(text)}': gebruik NL, DE of BE")
    return land


_JA = {"ja", "j", "true", "waar", "1", "yes", "y", "x", "pawa", "wel"}
_NEE = {"nee", "n", "false", "onwaar", "0", "no", "niet", "geen", "-"}


def lees_pawa(text: Any) -> bool:
    """ja/nee, true/false, 1/0, yes/no (any case); empty is *nee*. Raises ``ValueError`` otherwise."""
    if text is None:
        return False
    if isinstance(text, bool):
        return text
    if isinstance(text, (int, float)) and text in (0, 1):
        return bool(text)
    t = str(text).strip().lower()
    if not t or t in _NEE:
        return False
    if t in _JA:
        return True
    raise ValueError(f"onbekende waarde voor pawa '{_kort(text)}': gebruik ja of nee")


def _kort(text: Any, n: int = 40) -> str:
    s = str(text).replace("\n", " ").strip()
    return s if len(s) <= n else s[: n - 1] + "…"


def _kolomnaam(header: str) -> str:
    """``" Uren per week "`` → ``"uren_per_week"``; ``"Sluitings-datum"`` → ``"sluitings_datum"``."""
    n = normalize(header.replace("\ufeff", ""))
    return n.replace(" ", "_")


# --------------------------------------------------------------------------- reading the file
def _lees_tekst(p: Path) -> tuple[str | None, str | None, str | None]:
    """(text, encoding, fatal error)."""
    try:
        if not p.exists():
            return None, None, f"Het bestand {p} bestaat niet."
        if p.is_dir():
            return None, None, f"{p} is een map, geen bestand."
        size = p.stat().st_size
        if size > MAX_BESTAND_BYTES:
            return None, None, (
                f"Het bestand {p.name} is te groot ({size // (1024 * 1024)} MB; maximaal "
                f"{MAX_BESTAND_BYTES // (1024 * 1024)} MB). Splits het in delen."
            )
        data = p.read_bytes()
    except OSError as exc:
        return None, None, f"Het bestand {p.name} kan niet worden gelezen ({exc.strerror or exc})."
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        return None, None, f"Het bestand {p.name} is leeg."
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError:
            return None, None, f"{p.name} kan niet worden gelezen: ongeldige UTF-16-tekst."
    head = data[:65536]
    if b"\x00" in head or _is_binair(head):
        return None, None, (
            f"{p.name} is geen tekstbestand (CSV of JSON Lines). Sla het in Excel op als "
            "'CSV UTF-8 (gescheiden door lijstscheidingsteken)'."
        )
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", None
    except UnicodeDecodeError:
        return None, None, (
            f"{p.name} heeft een onbekende tekencodering. Sla het op als 'CSV UTF-8'."
        )


def _is_binair(head: bytes) -> bool:
    """Many control characters (other than tab/newline/CR/formfeed): not a text file."""
    if not head:
        return False
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return ctrl > max(8, len(head) // 100)


def _telt_buiten_quotes(line: str, ch: str) -> int:
    n, in_q = 0, False
    for c in line:
        if c == '"':
            in_q = not in_q
        elif c == ch and not in_q:
            n += 1
    return n


def _detecteer_scheidingsteken(header: str) -> str:
    counts = {d: _telt_buiten_quotes(header, d) for d in (";", ",", "\t", "|")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] > 0 else ","


class _Kolommen:
    """Header → canonical column positions, unknown and missing columns."""

    def __init__(self, namen: list[str]) -> None:
        self.pos: dict[str, int] = {}
        self.onbekend: list[str] = []
        self.leeg: list[int] = []
        for i, naam in enumerate(namen):
            key = _kolomnaam(naam)
            canon = KOLOM_ALIASSEN.get(key)
            if not key:
                self.leeg.append(i)
            elif canon is None:
                self.onbekend.append(naam.strip().lstrip("\ufeff"))
            elif canon in self.pos:
                self.onbekend.append(f"{naam.strip()} (dubbel)")
            else:
                self.pos[canon] = i
        self.ontbrekend = [k for k in VERPLICHTE_KOLOMMEN if k not in self.pos]


def _fout_ontbrekend(ontbrekend: list[str], gevonden: list[str]) -> str:
    namen = ", ".join(ontbrekend)
    g = ", ".join(x for x in gevonden if x) or "geen"
    return (
        f"{'Verplichte kolommen ontbreken' if len(ontbrekend) > 1 else 'Verplichte kolom ontbreekt'}: {namen}. "
        f"Gevonden kolommen: {_kort(g, 200)}. Zet in de eerste regel de kolomnamen titel, werkgever en plaats."
    )


CANON: tuple[str, ...] = (
    "id", "titel", "werkgever", "plaats", "omschrijving", "vaardigheden", "uren_per_week",
    "uren_min", "uren_max", "opleidingsniveau", "land", "pawa", "publicatiedatum",
    "sluitingsdatum", "beroep",
)
"""Canonical columns in the order records are handed to :class:`_Omzetter`."""

_MIS = object()


class _Omzetter:
    """Turns one record's raw values (in :data:`CANON` order) into a row dict.

    Values repeat a lot in real files (dates, hours, levels, countries): each distinct
    raw value is converted once per file and cached, errors included.
    """

    def __init__(self) -> None:
        self.datums: dict[Any, Any] = {}
        self.uren: dict[Any, Any] = {}
        self.niveaus: dict[Any, Any] = {}
        self.landen: dict[Any, Any] = {}
        self.pawas: dict[Any, Any] = {}
        self.vaardigheden: dict[str, str] = {}
        self.ids: dict[str, int] = {}

    @staticmethod
    def _zet(cache: dict, key: Any, fn: Callable[[Any], Any]) -> Any:
        try:
            v = fn(key)
        except (ValueError, OverflowError, TypeError) as exc:
            v = _Fout(str(exc))
        if len(cache) < 100_000:
            cache[key] = v
        return v

    def rij(self, v: tuple | list, regel: int) -> tuple[dict[str, Any] | None, str | None]:
        """(row, None) or (None, Dutch reason ending in a full stop)."""
        (rid, titel, werkgever, plaats, omschrijving, vaardigheden, uren, umin, umax,
         niveau_raw, land_raw, pawa_raw, pub_raw, sluit_raw, beroep) = v
        redenen: list[str] = []
        # Fast path for the common case (a clean str); _tekst for the rest.
        titel = titel.strip() if type(titel) is str and titel.isprintable() else _tekst(titel)
        werkgever = werkgever.strip() if type(werkgever) is str and werkgever.isprintable() else _tekst(werkgever)
        plaats = plaats.strip() if type(plaats) is str and plaats.isprintable() else _tekst(plaats)
        if not (titel and werkgever and plaats):
            leeg = [k for k, x in (("titel", titel), ("werkgever", werkgever), ("plaats", plaats)) if not x]
            redenen.append(f"verplicht veld leeg: {', '.join(leeg)}")
        if len(titel) > 200 or len(werkgever) > 200 or len(plaats) > 200:
            for naam, x in (("titel", titel), ("werkgever", werkgever), ("plaats", plaats)):
                if len(x) > MAX_TEKST[naam]:
                    redenen.append(f"{naam} is te lang (meer dan {MAX_TEKST[naam]} tekens)")

        extern_id = (rid.strip() if type(rid) is str and rid.isprintable() else _tekst(rid)) or None
        if extern_id is not None:
            if len(extern_id) > MAX_ID:
                redenen.append(f"id is te lang (meer dan {MAX_ID} tekens)")
            elif extern_id in self.ids:
                redenen.append(f"id '{_kort(extern_id)}' komt al voor op regel {self.ids[extern_id]}")

        lo = hi = None
        if uren is not None and uren != "":
            u = self.uren.get(uren, _MIS)
            if u is _MIS:
                u = self._zet(self.uren, uren, lees_uren)
            if type(u) is _Fout:
                redenen.append(u)
            else:
                lo, hi = u
        if (umin is not None and umin != "") or (umax is not None and umax != ""):
            for naam, raw in (("uren_min", umin), ("uren_max", umax)):
                if raw is None or raw == "":
                    continue
                u = self.uren.get(raw, _MIS)
                if u is _MIS:
                    u = self._zet(self.uren, raw, lees_uren)
                if type(u) is _Fout:
                    redenen.append(u.replace("uren per week", _LABEL[naam]))
                elif naam == "uren_min":
                    lo = u[0]
                else:
                    hi = u[1]
            if lo is not None and hi is None:
                hi = lo
            if hi is not None and lo is None:
                lo = hi
            if lo is not None and hi is not None and lo > hi:
                redenen.append("minimum uren is groter dan maximum uren")

        pub = None
        if pub_raw is not None and pub_raw != "":
            pub = self.datums.get(pub_raw, _MIS)
            if pub is _MIS:
                pub = self._zet(self.datums, pub_raw, lees_datum)
            if type(pub) is _Fout:
                redenen.append(f"ongeldige publicatiedatum '{_kort(pub_raw)}': gebruik dd-mm-jjjj of jjjj-mm-dd")
                pub = None
        sluit = None
        if sluit_raw is not None and sluit_raw != "":
            sluit = self.datums.get(sluit_raw, _MIS)
            if sluit is _MIS:
                sluit = self._zet(self.datums, sluit_raw, lees_datum)
            if type(sluit) is _Fout:
                redenen.append(f"ongeldige sluitingsdatum '{_kort(sluit_raw)}': gebruik dd-mm-jjjj of jjjj-mm-dd")
                sluit = None

        land = self.landen.get(land_raw, _MIS)
        if land is _MIS:
            land = self._zet(self.landen, land_raw, _land_waarde)
        if type(land) is _Fout:
            redenen.append(land)
        pawa = self.pawas.get(pawa_raw, _MIS)
        if pawa is _MIS:
            pawa = self._zet(self.pawas, pawa_raw, lees_pawa)
        if type(pawa) is _Fout:
            redenen.append(pawa)
        niveau = None
        if niveau_raw is not None and niveau_raw != "":
            niveau = self.niveaus.get(niveau_raw, _MIS)
            if niveau is _MIS:
                niveau = self._zet(self.niveaus, niveau_raw, _niveau_waarde)
            if type(niveau) is _Fout:  # pragma: no cover - unknown levels are None, not errors
                niveau = None

        if redenen:
            r = "; ".join(redenen)
            return None, r[0].upper() + r[1:] + "."
        if extern_id is not None:
            self.ids[extern_id] = regel
        beroep = beroep.strip() if type(beroep) is str and beroep.isprintable() else _tekst(beroep)
        if type(vaardigheden) is str:
            vd = self.vaardigheden.get(vaardigheden)
            if vd is None:
                vd = _vaardigheden(vaardigheden)
                if len(self.vaardigheden) < 100_000:
                    self.vaardigheden[vaardigheden] = vd
        else:
            vd = _vaardigheden(vaardigheden)
        return {
            "extern_id": extern_id,
            "titel": titel,
            "werkgever": werkgever,
            "plaats": plaats,
            "land": land,
            "uren_min": lo,
            "uren_max": hi,
            "omschrijving": (
                omschrijving.strip() if type(omschrijving) is str else _tekst(omschrijving, strip_only=True)
            ),
            "vaardigheden": vd,
            "opleidingsniveau": niveau,
            "pawa": pawa,
            "publicatiedatum": pub,
            "sluitingsdatum": sluit,
            "beroep": beroep[: MAX_TEKST["beroep"]] or None,
        }, None


def _land_waarde(x: Any) -> str:
    return lees_land(x).value


class _Fout(str):
    """A cached conversion error (its text is the Dutch reason)."""


def _niveau_waarde(x: Any) -> str | None:
    lvl = lees_opleidingsniveau(x)
    return lvl.value if lvl is not None else None


def _tekst(x: Any, *, strip_only: bool = False) -> str:
    if x is None:
        return ""
    if type(x) is not str:
        if isinstance(x, (list, tuple)):
            x = ", ".join(str(i) for i in x)
        else:
            x = str(x)
    x = x.strip()
    if strip_only or x.isprintable():
        return x
    return " ".join(x.split())  # newlines, tabs, non-breaking spaces inside a one-line field


_VAARDIGHEDEN_SPLIT = re.compile(r"\s*[;,|\n]\s*")


def _vaardigheden(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, (list, tuple)):
        parts = [str(i).strip() for i in x]
    else:
        s = str(x).strip()
        if not s:
            return ""
        parts = _VAARDIGHEDEN_SPLIT.split(s)
    return "; ".join(dict.fromkeys(p for p in parts if p))


# --------------------------------------------------------------------------- entry point
def parse_vacatures(
    path: str | Path,
    *,
    voortgang: Voortgang | None = None,
    elke: int = 5000,
) -> ParseResult:
    """Read a CSV, JSON Lines or JSON-array file of vacancies. Never raises on bad input.

    ``voortgang(rijen_klaar, fractie)`` (or ``voortgang(rijen_klaar)``) is called every
    ``elke`` records and once at the end (``fractie`` 1.0), so a worker can drive a progress
    bar; it runs in the calling thread (use ``App.call_from_thread`` from a Textual thread
    worker). An exception raised by the callback (e.g. to cancel) propagates unchanged.
    """
    p = Path(path)
    result = ParseResult()
    voortgang = _voortgang_hook(voortgang)
    text, codering, fout = _lees_tekst(p)
    if fout is not None or text is None:
        result.fatale_fout = fout
        return result
    result.codering = codering

    result.formaat = _formaat(p.suffix.lower(), text.lstrip()[:1])
    try:
        if result.formaat == "jsonl":
            _parse_jsonl(text, result, voortgang, elke)
        elif result.formaat == "json":
            _parse_json_array(text, result, voortgang, elke)
        else:
            _parse_csv(text, result, voortgang, elke)
    except _VoortgangFout as exc:  # the caller's callback raised (e.g. to cancel): theirs to handle
        raise exc.__cause__ from None
    except Exception as exc:  # pragma: no cover - last line of defence: never raise on input
        result.fatale_fout = f"{p.name} kan niet worden gelezen ({type(exc).__name__}: {_kort(exc, 80)})."
    if result.fatale_fout:
        result.rows = []
    elif voortgang is not None:
        voortgang(len(result.rows), 1.0)
    return result


class _VoortgangFout(Exception):
    """Wraps an exception raised by the caller's progress callback, so it is not taken for bad input."""


def _voortgang_hook(cb: Callable[..., Any] | None) -> Voortgang | None:
    """Accept ``cb(rijen, fractie)`` and also ``cb(rijen)``; re-raise the callback's own errors."""
    if cb is None:
        return None
    try:
        params = inspect.signature(cb).parameters.values()
        positional = [q for q in params if q.kind in (q.POSITIONAL_ONLY, q.POSITIONAL_OR_KEYWORD)]
        een = len(positional) == 1 and not any(q.kind == q.VAR_POSITIONAL for q in params)
    except (TypeError, ValueError):
        een = False

    def hook(rijen: int, fractie: float) -> None:
        try:
            cb(rijen) if een else cb(rijen, fractie)
        except Exception as exc:
            raise _VoortgangFout() from exc

    return hook


def _formaat(ext: str, start: str) -> str:
    """By extension; by content (``{`` JSON Lines, ``[`` JSON array, else CSV) when it says nothing."""
    if ext in (".jsonl", ".ndjson"):
        return "jsonl"
    if ext == ".json":
        return "json" if start == "[" else "jsonl"
    if ext in (".csv", ".txt", ".tsv"):
        return "csv"
    return {"{": "jsonl", "[": "json"}.get(start, "csv")


def _parse_csv(text: str, result: ParseResult, voortgang: Voortgang | None, elke: int) -> None:
    f = io.StringIO(text, newline="")
    eerste = f.readline()
    skipped = 0
    # Leading empty lines are tolerated (line numbers stay physical).
    while eerste and not eerste.strip():
        skipped += 1
        eerste = f.readline()
    if not eerste:
        result.fatale_fout = "Het bestand is leeg."
        return
    delim = None
    if eerste.strip().lower().startswith("sep=") and len(eerste.strip()) == 5:
        delim = eerste.strip()[4]
        skipped += 1
        eerste = f.readline()
        if not eerste:
            result.fatale_fout = "Het bestand bevat geen kopregel."
            return
    delim = delim or _detecteer_scheidingsteken(eerste)
    result.scheidingsteken = delim

    # Re-read from the header line so that a header with quoted newlines also works.
    f.seek(0)
    for _ in range(skipped):
        f.readline()
    reader = csv.reader(f, delimiter=delim, quotechar='"', doublequote=True, skipinitialspace=False)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        result.fatale_fout = f"De kopregel kan niet worden gelezen ({exc})."
        return
    kol = _Kolommen(header)
    result.onbekende_kolommen = kol.onbekend
    result.ontbrekende_kolommen = kol.ontbrekend
    if kol.ontbrekend:
        if len(header) == 1:
            result.fatale_fout = (
                "Dit lijkt geen CSV-bestand met vacatures: er is maar één kolom gevonden. "
                + _fout_ontbrekend(kol.ontbrekend, header)
            )
        else:
            result.fatale_fout = _fout_ontbrekend(kol.ontbrekend, header)
        return

    n_kol = len(header)
    # Pick the canonical columns in CANON order; a missing column reads index n_kol,
    # which every record is padded to (an empty string).
    pick = itemgetter(*(kol.pos.get(c, n_kol) for c in CANON))
    pad = [""] * (n_kol + 1)
    omzetter = _Omzetter()
    rows = result.rows
    fouten = result.fouten
    totaal_regels = max(1, text.count("\n") + 1)
    vorige = reader.line_num + skipped  # physical line of the last line read
    # csv.reader counts lines from where it started reading (after the skipped ones).
    basis = skipped
    teller = 0
    rec: list[str] = []
    regel = vorige
    laatste: str | None = None  # what the last record became: "rij" or "fout"
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            regel = vorige + 1
            if "field larger than field limit" in str(exc):
                result.fatale_fout = (
                    f"Regel {regel}: een veld is te groot (meer dan {csv.field_size_limit() // 1024} kB). "
                    "Waarschijnlijk wordt een aanhalingsteken (\") niet gesloten."
                )
            else:
                result.fatale_fout = f"Regel {regel} kan niet worden gelezen: {exc}."
            return
        regel = vorige + 1
        vorige = reader.line_num + basis
        if not rec or not any(rec):
            laatste = None
            continue
        if len(rec) > n_kol and any(x.strip() for x in rec[n_kol:]):
            laatste = "fout"
            fouten.append((regel, (
                f"Te veel velden ({len(rec)} in plaats van {n_kol}): staat er een "
                f"'{_scheider_naam(delim)}' in een veld zonder aanhalingstekens?"
            )))
            continue

        if len(rec) <= n_kol:
            rec.extend(pad[: n_kol + 1 - len(rec)])
        row, reden = omzetter.rij(pick(rec), regel)
        laatste = "fout" if row is None else "rij"
        if row is None:
            fouten.append((regel, reden or "Ongeldige regel."))
        else:
            rows.append(row)
        teller += 1
        if voortgang is not None and teller % elke == 0:
            voortgang(len(rows), min(1.0, vorige / totaal_regels))

    # A quote opened and never closed swallows the rest of the file into one field
    # (the csv module does not complain at end of file): report it.
    if rec and text.count('"') % 2 == 1 and any("\n" in x for x in rec):
        if laatste == "rij":
            rows.pop()
        elif laatste == "fout":
            fouten.pop()
        fouten.append((regel, (
            "Een aanhalingsteken (\") wordt niet gesloten: de rest van het bestand is als één "
            "veld gelezen. Controleer de aanhalingstekens op deze regel."
        )))


def _scheider_naam(d: str) -> str:
    return {"\t": "tab", ";": ";", ",": ","}.get(d, d)


def _kolommen_van_object(obj: dict, bekend: dict[str, str], onbekend: dict[str, None]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in obj.items():
        key = str(k)
        canon = bekend.get(key)
        if canon is None:
            canon = KOLOM_ALIASSEN.get(_kolomnaam(key), "")
            bekend[key] = canon
        if not canon:
            onbekend.setdefault(key.strip(), None)
        elif canon not in out:
            if isinstance(v, (list, dict)) and canon != "vaardigheden":
                v = json.dumps(v, ensure_ascii=False)  # hashable, and reported as an odd value
            out[canon] = v
    return out


def _verwerk_objecten(
    items, result: ParseResult, voortgang: Voortgang | None, elke: int, totaal: int
) -> None:
    """Shared by JSON Lines and JSON arrays: ``items`` yields (line, object-or-error)."""
    omzetter = _Omzetter()
    bekend: dict[str, str] = {}
    onbekend: dict[str, None] = {}
    gezien: set[str] = set()
    n_obj = 0
    teller = 0
    for regel, obj in items:
        if isinstance(obj, _Fout):
            result.fouten.append((regel, str(obj)))
            continue
        if not isinstance(obj, dict):
            result.fouten.append((regel, "Geen JSON-object ({...}) op deze regel."))
            continue
        n_obj += 1
        vals = _kolommen_van_object(obj, bekend, onbekend)
        gezien.update(vals)
        row, reden = omzetter.rij(tuple(map(vals.get, CANON)), regel)
        if row is None:
            result.fouten.append((regel, reden or "Ongeldige regel."))
        else:
            result.rows.append(row)
        teller += 1
        if voortgang is not None and teller % elke == 0:
            voortgang(len(result.rows), min(1.0, regel / max(1, totaal)))
    result.onbekende_kolommen = list(onbekend)
    if result.fatale_fout:  # a broken JSON array stops reading: nothing is imported
        return
    if n_obj == 0:
        if result.fouten and all("JSON" in r for _, r in result.fouten):
            result.fatale_fout = f"Geen enkele regel is geldige JSON (eerste fout op regel {result.fouten[0][0]})."
        else:
            result.fatale_fout = "Het bestand bevat geen vacatures."
        return
    ontbrekend = [k for k in VERPLICHTE_KOLOMMEN if k not in gezien]
    if ontbrekend:
        result.ontbrekende_kolommen = ontbrekend
        result.fatale_fout = _fout_ontbrekend(ontbrekend, sorted({k for k in bekend}))


def _parse_jsonl(text: str, result: ParseResult, voortgang: Voortgang | None, elke: int) -> None:
    lines = text.split("\n")
    loads = json.loads

    def items():
        for i, line in enumerate(lines, start=1):
            s = line.strip()
            if not s:
                continue
            try:
                yield i, loads(s)
            except (ValueError, RecursionError) as exc:
                yield i, _Fout(f"Geen geldige JSON: {_kort(exc, 80)}.")

    _verwerk_objecten(items(), result, voortgang, elke, len(lines))


def _parse_json_array(text: str, result: ParseResult, voortgang: Voortgang | None, elke: int) -> None:
    dec = json.JSONDecoder()
    ws = re.compile(r"[ \t\r\n]*")
    pos = ws.match(text, 0).end()
    if text[pos : pos + 1] != "[":
        result.fatale_fout = "Dit JSON-bestand bevat geen lijst ([ … ]) met vacatures."
        return
    pos += 1
    totaal = text.count("\n") + 1
    state = {"line": 1, "last": 0}

    def line_at(p: int) -> int:
        state["line"] += text.count("\n", state["last"], p)
        state["last"] = p
        return state["line"]

    def items():
        nonlocal pos
        while True:
            pos = ws.match(text, pos).end()
            if text[pos : pos + 1] == "]":
                return
            regel = line_at(pos)
            try:
                obj, end = dec.raw_decode(text, pos)
            except (ValueError, RecursionError) as exc:
                result.fatale_fout = f"Ongeldige JSON vanaf regel {regel}: {_kort(exc, 80)}."
                return
            yield regel, obj
            pos = ws.match(text, end).end()
            ch = text[pos : pos + 1]
            if ch == ",":
                pos += 1
            elif ch == "]":
                return
            else:
                result.fatale_fout = f"Ongeldige JSON op regel {line_at(pos)}: ',' of ']' verwacht."
                return

    _verwerk_objecten(items(), result, voortgang, elke, totaal)
