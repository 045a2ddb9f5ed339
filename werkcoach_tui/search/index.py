"""The in-memory vacancy index: typo-tolerant, compound- and synonym-aware, with filters.

Build it from plain rows (the caller selects exactly :data:`KOLOMMEN` from SQLite with
one plain query, no ORM objects)::

    sql = f"SELECT {', '.join(KOLOMMEN)} FROM vacature"
    index = VacatureIndex.build(conn.execute(sql), synoniemen=syn)
    treffers = index.search("heftruk", ZoekFilters(plaats="Venlo"), today=date(2025, 3, 1))

How a query is matched
----------------------
*Terms.* Every field value is normalised (:mod:`~werkcoach_tui.search.normalize`) and
split into terms: its words plus each pair of adjacent words written together, so
*Magazijn medewerker* also carries the term *magazijnmedewerker*. All fields share one
vocabulary. Vacancy texts repeat a lot, so the vocabulary stays small (tens of
thousands of terms for a million vacancies) and all fuzzy matching happens on it,
never on rows.

*Query → terms.* Each query word is compared with candidate terms only: a trigram
prefilter (terms sharing at least half of the word's 3-letter pieces; a prefix lookup
for words of 1–2 letters, which are being typed) and then RapidFuzz ``process.cdist``
with preprocessed choices (``processor=None``), ``partial_ratio`` (the word inside a
longer term: *medewerker* in *magazijnmedewerker*, a prefix while typing) blended with
``ratio`` (whole-term similarity, so *kok* prefers *kok* over *hoofdkok*). ``cdist``
releases the GIL, so a Textual thread worker running a search does not freeze typing.

*Terms → rows.* Term scores spread to field values through inverted lists, then to rows
through one ``int32`` value id per row and field (numpy gathers, also GIL-free for large
arrays). A row's score for a word is its best field score times the field weight
(:data:`VELDEN`: titel 1.0 highest, then beroep, vaardigheden, werkgever, plaats), so
"heftruck venlo" matches the title with one word and the place with the other. The
phrase score is the mean over the words, blended (15 %) with how much of the title the
query covers, so shorter, exact titles rank first.

*Phrases.* Besides the query itself the index scores a few alternative phrasings:
adjacent words joined (*magazijn medewerker* → *magazijnmedewerker*), a typed compound
split into two known words (*magazijnmedewerker* → *magazijn medewerker*, finds
*Medewerker magazijn*), and synonyms from :class:`~werkcoach_tui.search.synoniemen.Synoniemen`
(*reachtruck* → *heftruckchauffeur*, weighted 0.9). A row keeps its best phrase.

Ties (many vacancies share a title) are broken by the newest ``publicatiedatum``.

Thread safety: an index is immutable after :meth:`VacatureIndex.build`; the small
caches inside are guarded by a lock. Search from any number of threads.
"""

from __future__ import annotations

import bisect
import math
import threading
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from itertools import compress, count, islice, repeat
from operator import add, itemgetter
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from werkcoach_tui.models.enums import Land, Opleidingsniveau
from werkcoach_tui.search.normalize import (
    SEGMENT_TEKEN,
    normalize,
    sleutels,
    splits_samenstelling,
    tokens as _tokens,
    trigrammen,
    uniek,
)
from werkcoach_tui.search.synoniemen import Synoniemen

__all__ = ["KOLOMMEN", "VELDEN", "Treffer", "VacatureIndex", "ZoekFilters"]

KOLOMMEN: tuple[str, ...] = (
    "id",
    "titel",
    "werkgever",
    "plaats",
    "land",
    "uren_min",
    "uren_max",
    "opleidingsniveau",
    "pawa",
    "vaardigheden",
    "beroep",
    "sluitingsdatum",
    "publicatiedatum",
)
"""The tuple order :meth:`VacatureIndex.build` expects (the last one, ``publicatiedatum``,
may be left out). Dicts with these keys are accepted too. Values as SQLite returns them:
dates as ``date`` or ISO text, ``pawa`` as bool or 0/1, ``opleidingsniveau`` and
``land`` as enum or its value (``"mbo2"``, ``"NL"``), hours as numbers or ``None``."""

VELDEN: tuple[tuple[str, float], ...] = (
    ("titel", 1.0),
    ("beroep", 0.9),
    ("vaardigheden", 0.8),
    ("werkgever", 0.75),
    ("plaats", 0.7),
)
"""Searchable fields and their weights: a match in the title counts most."""

SYNONIEM_GEWICHT = 0.85
"""A match through a synonym counts less than a match on the query itself: an exact
synonym (85) ranks below the query found with a typo or inside a longer title."""
SPLITS_GEWICHT = 0.95
MAX_SYNONIEMEN = 6
MAX_WOORDEN = 16
"""Upper bound on distinct words scored per query (query + all alternative phrasings)."""
TITEL_DEKKING = 0.15
"""Share of the score that rewards covering the whole title (shorter titles first)."""
MIN_SCORE = 45.0
"""Rows scoring below this are not returned."""

_OPEN_EINDE = np.iinfo(np.int32).max
_GEEN_DATUM = 0
_TERM_CACHE = 2048
_MASK_CACHE = 16
_WAARDE = "\x1e"  # separates keys in _termen_van (never in a normalised text)
_PARTIJ = 8192  # keys per part in _termen_van


def _min_term_score(n: int) -> float:
    """Minimum word-to-term similarity, by word length: short words must match (almost) exactly."""
    if n <= 3:
        return 85.0
    if n == 4:
        return 80.0
    return 75.0


# --------------------------------------------------------------------------- public types
@dataclass(frozen=True)
class ZoekFilters:
    """Filters on the vacancy list; all optional, combined with AND.

    * ``plaats``: place names (comma-separated for a region, e.g. ``"Venlo, Venray"``);
      a place matches when it equals, starts with (typing) or is one typo away from a name.
    * ``landen``: allowed countries (``Land`` members or ``"NL"``/``"DE"``/``"BE"``).
    * ``uren_min``: the klant wants *at least* this many hours: the vacancy must be able
      to offer them (its maximum ≥ ``uren_min``).
    * ``uren_max``: the klant can work *at most* this many hours: the vacancy must be
      doable within them (its minimum ≤ ``uren_max``).
      Hours compare as ranges that must overlap; vacancies without hours are kept.
    * ``opleidingsniveau``: the klant's level. By default vacancies asking *at most* that
      level (by :attr:`Opleidingsniveau.rang`) are kept, plus those without a level;
      ``opleiding_exact=True`` keeps only vacancies at exactly that level.
    * ``pawa_only``: only employers open to passend werkaanbod.
    * ``open_op``: ``True`` (default) keeps vacancies still open on the search's
      ``today`` (no sluitingsdatum, or sluitingsdatum ≥ today); a ``date`` uses that
      date; ``False`` also shows closed vacancies.
    """

    plaats: str | None = None
    landen: frozenset[str] | None = None
    uren_min: float | None = None
    uren_max: float | None = None
    opleidingsniveau: Opleidingsniveau | str | None = None
    opleiding_exact: bool = False
    pawa_only: bool = False
    open_op: bool | date = True

    def __post_init__(self) -> None:
        if self.landen is not None and not isinstance(self.landen, frozenset):
            object.__setattr__(self, "landen", frozenset(self.landen))
        if self.landen is not None:
            object.__setattr__(self, "landen", frozenset(_land_code(x) for x in self.landen))
        if isinstance(self.opleidingsniveau, str) and not isinstance(self.opleidingsniveau, Opleidingsniveau):
            object.__setattr__(self, "opleidingsniveau", Opleidingsniveau.from_text(self.opleidingsniveau))
        if self.plaats is not None and not self.plaats.strip():
            object.__setattr__(self, "plaats", None)


@dataclass(frozen=True, slots=True)
class Treffer:
    """One search result: the vacancy's database ``id`` and a relevance ``score`` (0–100).

    ``veld`` names the field that matched best (``"titel"``, ``"beroep"``,
    ``"vaardigheden"``, ``"werkgever"``, ``"plaats"``; ``None`` for a filter-only list).
    ``via`` is the alternative phrasing that matched (a synonym, or the query with a
    compound split/joined) when it was not the query as typed.
    """

    id: Any
    score: float
    veld: str | None = None
    via: str | None = None


# --------------------------------------------------------------------------- helpers
def _land_code(x: Any) -> str:
    if isinstance(x, Land):
        return x.value
    s = str(x).strip()
    m = Land.from_text(s)
    return m.value if m is not None else s.upper()


def _date_ordinal(x: Any) -> int | None:
    if x is None or x == "":
        return None
    if isinstance(x, datetime):
        return x.date().toordinal()
    if isinstance(x, date):
        return x.toordinal()
    try:
        return date.fromisoformat(str(x)[:10]).toordinal()
    except ValueError:
        return None


def _rang(x: Any) -> int:
    if x is None or x == "":
        return -1
    if isinstance(x, Opleidingsniveau):
        return x.rang
    m = Opleidingsniveau.from_text(x.value if isinstance(x, Enum) else str(x))
    return m.rang if m is not None else -1


def _float(x: Any) -> float:
    if x is None or x == "":
        return math.nan
    try:
        return float(x)
    except (TypeError, ValueError):
        return math.nan


_BLOK = 512
"""Rows read per block while building: one block's objects stay in the CPU cache while every
column is taken from it, and a cursor's rows are never all in memory at once."""
_GECODEERD = (
    "titel", "werkgever", "plaats", "vaardigheden", "beroep",
    "land", "opleidingsniveau", "sluitingsdatum", "publicatiedatum",
)
"""Columns read as codes of their distinct values (texts, repeating a lot)."""
_ALS_LIJST = ("id", "uren_min", "uren_max", "pawa")
"""Columns read as plain lists (ids are unique; numbers go into arrays directly)."""


@dataclass(slots=True)
class _Kolommen:
    n: int
    waarden: dict[str, tuple[list[Any], np.ndarray]]  # column -> (distinct values, code per row)
    lijsten: dict[str, list[Any]]  # column -> value per row


def _lees_kolommen(rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> _Kolommen:
    """Read ``rows`` (a list, or a cursor: consumed as it goes) block by block into columns.

    A coded column costs one C-level ``dict.setdefault`` per row: the dict maps each value
    to the row number of its first occurrence, numpy then turns those into dense codes.
    """
    it = iter(rows)
    blok = list(islice(it, _BLOK))
    if not blok:
        return _Kolommen(0, {}, {})
    als_dict = isinstance(blok[0], Mapping)
    if als_dict:
        blok = [tuple(r.get(k) for k in KOLOMMEN) for r in blok]  # type: ignore[union-attr]
    breedte = len(blok[0])
    if breedte < len(KOLOMMEN) - 1:
        raise ValueError(
            f"VacatureIndex.build verwacht {len(KOLOMMEN) - 1} of {len(KOLOMMEN)} kolommen "
            f"({', '.join(KOLOMMEN)}), kreeg {breedte}."
        )
    pos = {k: i for i, k in enumerate(KOLOMMEN) if i < breedte}
    gecodeerd = [k for k in _GECODEERD if k in pos]
    eerste: dict[str, dict[Any, int]] = {k: {} for k in gecodeerd}
    rijnummers = {k: array("q") for k in gecodeerd}
    lijsten: dict[str, list[Any]] = {k: [] for k in _ALS_LIJST}
    pakken = {k: itemgetter(pos[k]) for k in (*gecodeerd, *_ALS_LIJST)}
    n = 0
    while blok:
        for k in gecodeerd:
            rijnummers[k].extend(map(eerste[k].setdefault, map(pakken[k], blok), count(n)))
        for k in _ALS_LIJST:
            lijsten[k] += map(pakken[k], blok)
        n += len(blok)
        blok = list(islice(it, _BLOK))
        if als_dict and blok:
            blok = [tuple(r.get(k) for k in KOLOMMEN) for r in blok]  # type: ignore[union-attr]
    waarden = {k: _codes(eerste[k], np.frombuffer(rijnummers[k], dtype=np.int64), n) for k in gecodeerd}
    if "publicatiedatum" not in waarden:
        waarden["publicatiedatum"] = ([None], np.zeros(n, dtype=np.int32))
    return _Kolommen(n, waarden, lijsten)


def _codes(eerste: dict[Any, int], rijnummer: np.ndarray, n: int) -> tuple[list[Any], np.ndarray]:
    """Distinct values (first-seen order) and dense codes from first-occurrence row numbers."""
    dense = np.empty(n, dtype=np.int32)
    dense[np.fromiter(eerste.values(), dtype=np.int64, count=len(eerste))] = np.arange(len(eerste), dtype=np.int32)
    return list(eerste), dense[rijnummer]


_STUK = 32_768
"""Items per C-level call in :func:`_factorize`: a long call would hold the GIL (and so the
app's screen, when the index is built in a worker thread) for tens of milliseconds."""


def _factorize(col: list[Any]) -> tuple[list[Any], np.ndarray]:
    """Distinct values of a list (first-seen order) and, per item, the index of its value."""
    eerste: dict[Any, int] = {}
    n = len(col)
    rijnummer = np.empty(n, dtype=np.int64)
    for start in range(0, n, _STUK):
        stuk = col[start : start + _STUK]
        rijnummer[start : start + len(stuk)] = np.fromiter(
            map(eerste.setdefault, stuk, count(start)), dtype=np.int64, count=len(stuk)
        )
    return _codes(eerste, rijnummer, n)


def _getallen(col: list[Any]) -> np.ndarray:
    """Numbers as float32 (``NaN`` for empty or not a number), as :func:`_float` reads them."""
    if set(map(type, col)) <= {float, int, type(None)}:
        return np.array(col, dtype=np.float64).astype(np.float32)  # None -> NaN
    uniq, codes = _factorize(col)
    return np.asarray([_float(x) for x in uniq], dtype=np.float32)[codes]


def _ja_nee(col: list[Any]) -> np.ndarray:
    """Booleans from 0/1 (SQLite), bools, or texts such as "nee" and "false"."""
    if set(map(type, col)) <= {int, bool}:
        return np.array(col, dtype=np.int64) != 0
    uniq, codes = _factorize(col)
    return np.asarray([bool(x) and str(x).lower() not in ("0", "false", "nee") for x in uniq], dtype=bool)[codes]


def _termen_van(keys: list[str]) -> tuple[list[str], np.ndarray, list[str]]:
    """The terms of every key (from :func:`~werkcoach_tui.search.normalize.sleutels`), in bulk.

    Returns the terms, per term the position of its key, and all words. The terms of a
    key are those :func:`~werkcoach_tui.search.normalize.termen` gives its text: per
    segment its words of two or more letters and each pair of adjacent words written
    together (a term can repeat within a key; :func:`_csr_uniek` drops repeats).
    """
    termen_: list[str] = []
    waarden: list[np.ndarray] = [np.empty(0, dtype=np.int64)]
    woorden: list[str] = []
    for start in range(0, len(keys), _PARTIJ):  # in parts: no long GIL hold
        # One token list: words, SEGMENT_TEKEN between segments, _WAARDE between keys.
        tekst = _WAARDE.join(keys[start : start + _PARTIJ])
        toks = tekst.replace(SEGMENT_TEKEN, f" {SEGMENT_TEKEN} ").replace(_WAARDE, f" {_WAARDE} ").split(" ")
        m = len(toks)
        nieuw = np.fromiter(map(_WAARDE.__eq__, toks), dtype=bool, count=m)
        woord = ~(nieuw | np.fromiter(map(SEGMENT_TEKEN.__eq__, toks), dtype=bool, count=m))
        waarde = np.cumsum(nieuw) + start
        lang = woord & (np.fromiter(map(len, toks), dtype=np.int32, count=m) > 1)
        paar = woord[:-1] & woord[1:]
        woorden += compress(toks, woord)
        termen_ += compress(toks, lang)
        termen_ += compress(map(add, toks, toks[1:]), paar)
        waarden += [waarde[lang], waarde[:-1][paar]]
    return termen_, np.concatenate(waarden), woorden


def _uniek(a: np.ndarray) -> np.ndarray:
    """The distinct values of an integer array, ascending (``np.unique`` by sorting, which
    is much faster here than the hash table numpy 2 may pick)."""
    a = np.sort(a)
    if a.size:
        keep = np.empty(a.size, dtype=bool)
        keep[0] = True
        np.not_equal(a[1:], a[:-1], out=keep[1:])
        a = a[keep]
    return a


def _csr_uniek(keys: np.ndarray, vals: np.ndarray, n_keys: int, n_vals: int) -> tuple[np.ndarray, np.ndarray]:
    """Compressed lists without repeats: ``vals[off[k]:off[k+1]]`` are the distinct values
    of key ``k``, ascending."""
    paren = _uniek(keys.astype(np.int64) * (n_vals + 1) + vals)
    k = paren // (n_vals + 1)
    off = np.zeros(n_keys + 1, dtype=np.int64)
    np.cumsum(np.bincount(k, minlength=n_keys), out=off[1:])
    return off, (paren - k * (n_vals + 1)).astype(np.int32)


def _trigram_index(termlist: list[str], lens: np.ndarray) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Trigram -> terms: the trigram ids and, as compressed lists, the ids of the terms having
    each trigram (ascending), as :func:`~werkcoach_tui.search.normalize.trigrammen` gives them.

    All terms are one array of code points; a trigram is coded as one integer (three code
    points of 21 bits) at every position where it fits inside its term.
    """
    if not termlist:
        return {}, np.zeros(1, dtype=np.int64), np.empty(0, dtype=np.int32)
    cp = np.frombuffer("".join(termlist).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    lens = lens.astype(np.int64)
    term_van = np.repeat(np.arange(len(termlist), dtype=np.int64), lens)
    positie = np.arange(cp.size, dtype=np.int64) - (np.cumsum(lens) - lens)[term_van]
    past = positie[:-2] <= lens[term_van[:-2]] - 3
    codes = ((cp[:-2] << 42) | (cp[1:-1] << 21) | cp[2:])[past]
    terms = term_van[:-2][past]
    if codes.size == 0:
        return {}, np.zeros(1, dtype=np.int64), np.empty(0, dtype=np.int32)
    order = np.argsort(codes, kind="stable")
    gesorteerd = codes[order]
    nieuw = np.empty(gesorteerd.size, dtype=bool)
    nieuw[0] = True
    np.not_equal(gesorteerd[1:], gesorteerd[:-1], out=nieuw[1:])
    uniq = gesorteerd[nieuw]
    gid = np.empty(codes.size, dtype=np.int64)
    gid[order] = np.cumsum(nieuw) - 1
    off, data = _csr_uniek(gid, terms, len(uniq), len(termlist))
    mask = (1 << 21) - 1
    drie = np.stack([uniq >> 42, (uniq >> 21) & mask, uniq & mask], axis=1).astype(np.uint32)
    namen = np.ascontiguousarray(drie).view("<U3").ravel().tolist()
    return {g: i for i, g in enumerate(namen)}, off, data


def _gather(off: np.ndarray, data: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Concatenate the lists of ``keys`` (vectorised); also return, per item, which key it came from."""
    starts = off[keys]
    lens = off[keys + 1] - starts
    total = int(lens.sum())
    if total == 0:
        return np.empty(0, dtype=data.dtype), np.empty(0, dtype=np.int64)
    which = np.repeat(np.arange(len(keys)), lens)
    firsts = np.cumsum(lens) - lens
    pos = np.arange(total) - np.repeat(firsts, lens) + np.repeat(starts, lens)
    return data[pos], which


@dataclass(slots=True)
class _Veld:
    naam: str
    gewicht: float
    vid: np.ndarray  # per row: value id; n_values for an empty field
    n_values: int
    off: np.ndarray  # term -> values (CSR)
    data: np.ndarray


@dataclass(slots=True)
class _Frase:
    woorden: tuple[str, ...]
    gewicht: float
    via: str | None
    lengte: int = field(default=0)


class _LRU:
    """A small thread-safe LRU cache."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._d: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            v = self._d.get(key)
            if v is not None:
                self._d.move_to_end(key)
            return v

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._d[key] = value
            if len(self._d) > self._size:
                self._d.popitem(last=False)


# --------------------------------------------------------------------------- the index
class VacatureIndex:
    """An immutable search index over vacancies. Build with :meth:`build`."""

    def __init__(self) -> None:  # use build()
        self.n = 0
        self._ids: np.ndarray | list[Any] = np.empty(0, dtype=np.int64)
        self._synoniemen: Synoniemen | None = None
        self._termen: list[str] = []
        self._term_id: dict[str, int] = {}
        self._woorden: frozenset[str] = frozenset()
        self._term_len = np.empty(0, dtype=np.int32)
        self._gesorteerd: list[str] = []
        self._gesorteerd_ids = np.empty(0, dtype=np.int32)
        self._tri: dict[str, int] = {}
        self._tri_off = np.zeros(1, dtype=np.int64)
        self._tri_data = np.empty(0, dtype=np.int32)
        self._velden: list[_Veld] = []
        self._titel_lengte = np.empty(0, dtype=np.float32)
        self._plaatsen: list[str] = []
        self._plaats_vid = np.empty(0, dtype=np.int32)
        self._land_codes: list[str] = []
        self._land = np.empty(0, dtype=np.int8)
        self._uren_min = np.empty(0, dtype=np.float32)
        self._uren_max = np.empty(0, dtype=np.float32)
        self._rang = np.empty(0, dtype=np.int8)
        self._pawa = np.empty(0, dtype=bool)
        self._sluit = np.empty(0, dtype=np.int32)
        self._nieuwste = np.empty(0, dtype=np.int64)
        self._rang_nieuw = np.empty(0, dtype=np.int64)
        self._term_cache = _LRU(_TERM_CACHE)
        self._mask_cache = _LRU(_MASK_CACHE)

    def __len__(self) -> int:
        return self.n

    @property
    def aantal_termen(self) -> int:
        return len(self._termen)

    @property
    def synoniemen(self) -> Synoniemen | None:
        return self._synoniemen

    def wis_cache(self) -> None:
        """Forget cached word matches and filter masks (for benchmarks; never needed for correctness)."""
        self._term_cache = _LRU(_TERM_CACHE)
        self._mask_cache = _LRU(_MASK_CACHE)

    # ------------------------------------------------------------------ build
    @classmethod
    def build(
        cls,
        rows: Iterable[Sequence[Any] | Mapping[str, Any]],
        *,
        synoniemen: Synoniemen | None = None,
    ) -> "VacatureIndex":
        """Index ``rows``: tuples in :data:`KOLOMMEN` order (``publicatiedatum`` optional) or dicts.

        ``rows`` may be a cursor: it is read block by block, never all at once. About half a
        second of CPU for 100,000 vacancies read from the store (``benchmarks/zoeken.py``).
        The rows are not kept; results carry ``id``. Each column is read once into codes of
        its distinct values; each distinct text is normalised once, and terms, trigrams and
        inverted lists are made in bulk with numpy.
        """
        self = cls()
        self._synoniemen = synoniemen
        kol = _lees_kolommen(rows)
        del rows
        n = self.n = kol.n
        if n == 0:
            return self

        ids = kol.lijsten["id"]
        if set(map(type, ids)) == {int}:
            self._ids = np.array(ids, dtype=np.int64)
        else:  # any other hashable id (str, UUID, ...) is kept as given
            self._ids = ids
        del ids

        # Text fields: each distinct raw text normalised once (to its segments, joined by
        # SEGMENT_TEKEN); equal normalised texts share one value id.
        velden_sleutels: list[list[str]] = []
        for naam, gewicht in VELDEN:
            raw_uniq, raw_codes = kol.waarden[naam]
            keys = sleutels(raw_uniq)
            value_id = dict.fromkeys(keys)
            value_id.pop("", None)
            for vid, key in enumerate(value_id):
                value_id[key] = vid
            n_values = len(value_id)
            value_id[""] = n_values  # sentinel: empty field
            vid_rows = np.fromiter(map(value_id.__getitem__, keys), dtype=np.int32, count=len(keys))[raw_codes]
            del value_id[""]
            uniq_keys = list(value_id)
            velden_sleutels.append(uniq_keys)
            leeg = np.empty(0, dtype=np.int32)
            self._velden.append(_Veld(naam, gewicht, vid_rows, n_values, np.zeros(1, dtype=np.int64), leeg))
            if naam == "titel":
                # Title length without spaces, for "how much of the title does the query cover".
                lengte = np.fromiter(map(len, uniq_keys), dtype=np.float32, count=n_values)
                lengte -= np.fromiter(map(str.count, uniq_keys, repeat(" ")), dtype=np.float32, count=n_values)
                lengte -= np.fromiter(map(str.count, uniq_keys, repeat(SEGMENT_TEKEN)), dtype=np.float32, count=n_values)
                self._titel_lengte = np.append(lengte, np.float32(10**6))
            if naam == "plaats":
                self._plaatsen = [k.replace(SEGMENT_TEKEN, " ") for k in uniq_keys]
                self._plaats_vid = vid_rows

        # Terms of every value (see normalize.termen), all fields sharing one vocabulary.
        alle_termen: list[str] = []
        per_veld: list[tuple[int, np.ndarray]] = []
        words: set[str] = set()
        for keys in velden_sleutels:
            termen_v, waarde_v, woorden_v = _termen_van(keys)
            per_veld.append((len(termen_v), waarde_v))
            alle_termen += termen_v
            words.update(woorden_v)
        termlist, term_codes = _factorize(alle_termen)
        del alle_termen
        n_terms = len(termlist)
        start = 0
        for veld, (aantal, waarde_v) in zip(self._velden, per_veld):
            veld.off, veld.data = _csr_uniek(term_codes[start : start + aantal], waarde_v, n_terms, veld.n_values)
            start += aantal

        self._termen = termlist
        self._term_id = {t: i for i, t in enumerate(termlist)}
        self._woorden = frozenset(words)
        self._term_len = np.fromiter(map(len, termlist), dtype=np.int32, count=n_terms)
        self._gesorteerd = sorted(termlist)
        self._gesorteerd_ids = np.fromiter(
            map(self._term_id.__getitem__, self._gesorteerd), dtype=np.int32, count=n_terms
        )
        self._tri, self._tri_off, self._tri_data = _trigram_index(termlist, self._term_len)

        # Filter columns: numbers straight into arrays; other values converted once per distinct value.
        land_uniq, land_codes = kol.waarden["land"]
        self._land_codes = [_land_code(x) if x not in (None, "") else Land.NL.value for x in land_uniq]
        self._land = land_codes.astype(np.int16)
        self._uren_min = _getallen(kol.lijsten["uren_min"])
        self._uren_max = _getallen(kol.lijsten["uren_max"])
        # One known bound means a fixed number of hours.
        self._uren_min = np.where(np.isnan(self._uren_min), self._uren_max, self._uren_min)
        self._uren_max = np.where(np.isnan(self._uren_max), self._uren_min, self._uren_max)
        rang_uniq, rang_codes = kol.waarden["opleidingsniveau"]
        self._rang = np.asarray([_rang(x) for x in rang_uniq], dtype=np.int8)[rang_codes]
        self._pawa = _ja_nee(kol.lijsten["pawa"])
        sl_uniq, sl_codes = kol.waarden["sluitingsdatum"]
        sl = [_date_ordinal(x) for x in sl_uniq]
        self._sluit = np.asarray([_OPEN_EINDE if x is None else x for x in sl], dtype=np.int32)[sl_codes]
        pub_uniq, pub_codes = kol.waarden["publicatiedatum"]
        pub = [_date_ordinal(x) for x in pub_uniq]
        pub_rows = np.asarray([_GEEN_DATUM if x is None else x for x in pub], dtype=np.int32)[pub_codes]
        del kol
        # Newest first; equal dates: the later row (higher position) first.
        self._nieuwste = np.lexsort((-np.arange(n), -pub_rows.astype(np.int64)))
        self._rang_nieuw = np.empty(n, dtype=np.int64)
        self._rang_nieuw[self._nieuwste] = np.arange(n)
        return self

    # ------------------------------------------------------------------ search
    def search(
        self,
        query: str = "",
        filters: ZoekFilters | None = None,
        today: date | None = None,
        limit: int = 50,
    ) -> list[Treffer]:
        """The best ``limit`` vacancies for ``query`` that pass ``filters``, best first.

        An empty query returns the filtered vacancies, newest first (score 0).
        ``today`` decides which vacancies are still open (``ZoekFilters.open_op``);
        pass the app's clock. Safe to call from several threads at once.
        """
        if self.n == 0 or limit <= 0:
            return []
        if today is None:
            raise ValueError("VacatureIndex.search needs today's date from the app's clock")
        filters = filters or ZoekFilters()
        mask = self._mask(filters, today)
        qn = normalize(query)
        if not qn:
            return self._nieuwste_treffers(mask, limit)

        frases = self._frases(qn)
        woorden = uniek(w for f in frases for w in f.woorden)
        term_scores = {w: self._term_scores(w) for w in woorden}

        # Per field and word: dense scores over the field's values (last slot = empty field).
        waarde_scores: dict[tuple[int, str], np.ndarray] = {}
        kandidaat = np.zeros(self.n, dtype=bool)
        for fi, veld in enumerate(self._velden):
            any_v = np.zeros(veld.n_values + 1, dtype=bool)
            for w in woorden:
                tids, sims = term_scores[w]
                if tids.size == 0:
                    continue
                vals, which = _gather(veld.off, veld.data, tids)
                if vals.size == 0:
                    continue
                vs = np.zeros(veld.n_values + 1, dtype=np.float32)
                np.maximum.at(vs, vals, sims[which] * np.float32(veld.gewicht))
                waarde_scores[(fi, w)] = vs
                any_v[vals] = True
            if any_v.any():
                kandidaat |= any_v[veld.vid]
        if mask is not None:
            kandidaat &= mask
        idx = np.flatnonzero(kandidaat)
        if idx.size == 0:
            return []

        vids = [veld.vid[idx] for veld in self._velden]
        titel_len = self._titel_lengte[vids[0]]
        per_woord: dict[str, np.ndarray] = {}
        for w in woorden:
            tok = np.zeros(idx.size, dtype=np.float32)
            for fi in range(len(self._velden)):
                vs = waarde_scores.get((fi, w))
                if vs is not None:
                    np.maximum(tok, vs[vids[fi]], out=tok)
            per_woord[w] = tok

        best = np.zeros(idx.size, dtype=np.float32)
        best_frase = np.zeros(idx.size, dtype=np.int16)
        for pi, frase in enumerate(frases):
            dekking = np.zeros(idx.size, dtype=np.float32)
            for w in frase.woorden:
                dekking += per_woord[w]
            dekking /= np.float32(len(frase.woorden))
            titel = np.minimum(np.float32(1.0), np.float32(frase.lengte) / titel_len) * np.float32(100.0)
            score = np.float32(frase.gewicht) * (
                np.float32(1 - TITEL_DEKKING) * dekking + np.float32(TITEL_DEKKING) * titel
            )
            beter = score > best
            best = np.where(beter, score, best)
            best_frase[beter] = pi

        keep = best >= np.float32(MIN_SCORE)
        if not keep.all():
            idx, best, best_frase = idx[keep], best[keep], best_frase[keep]
            vids = [v[keep] for v in vids]
        if idx.size == 0:
            return []
        # Score (0.01 precision) first, newest second, as one int64 key.
        key = np.rint(best * 100).astype(np.int64) * (self.n + 1) + (self.n - self._rang_nieuw[idx])
        if idx.size > limit:
            top = np.argpartition(-key, limit - 1)[:limit]
        else:
            top = np.arange(idx.size)
        top = top[np.argsort(-key[top], kind="stable")]

        out: list[Treffer] = []
        for j in top:
            frase = frases[int(best_frase[j])]
            out.append(
                Treffer(
                    id=self._id(int(idx[j])),
                    score=round(float(best[j]), 1),
                    veld=self._beste_veld(frase, [int(v[j]) for v in vids], waarde_scores),
                    via=frase.via,
                )
            )
        return out

    def _id(self, row: int) -> Any:
        v = self._ids[row]
        return int(v) if isinstance(v, np.integer) else v

    def _beste_veld(self, frase: _Frase, vids: list[int], waarde_scores: dict) -> str:
        beste, beste_som = self._velden[0].naam, -1.0
        for fi, veld in enumerate(self._velden):
            som = 0.0
            for w in frase.woorden:
                vs = waarde_scores.get((fi, w))
                if vs is not None:
                    som += float(vs[vids[fi]])
            if som > beste_som:
                beste, beste_som = veld.naam, som
        return beste

    def _nieuwste_treffers(self, mask: np.ndarray | None, limit: int) -> list[Treffer]:
        order = self._nieuwste
        if mask is not None:
            order = order[mask[order]]
        return [Treffer(id=self._id(int(r)), score=0.0) for r in order[:limit]]

    # ------------------------------------------------------------------ query analysis
    def _frases(self, qn: str) -> list[_Frase]:
        """The query's words plus alternative phrasings (joined/split compounds, synonyms)."""
        woorden = tuple(_tokens(qn, zonder_stopwoorden=True))
        frases = [_Frase(woorden, 1.0, None)]
        # Adjacent words joined, when the join is a known term: "magazijn medewerker".
        for i in range(len(woorden) - 1):
            joined = woorden[i] + woorden[i + 1]
            if joined in self._term_id:
                w = (*woorden[:i], joined, *woorden[i + 2 :])
                frases.append(_Frase(w, 1.0, " ".join(w)))
        # A typed compound split into two known words: "magazijnmedewerker".
        for i, w in enumerate(woorden):
            if len(w) >= 6:
                for a, b in splits_samenstelling(w, self._woorden)[:2]:
                    nw = (*woorden[:i], a, b, *woorden[i + 1 :])
                    frases.append(_Frase(nw, SPLITS_GEWICHT, " ".join(nw)))
        if self._synoniemen is not None and len(qn.replace(" ", "")) >= 3:
            # Prefer synonyms whose words all occur in this index (they can match exactly);
            # a few others still get a chance for fuzzy matches.
            bekend: list[_Frase] = []
            onbekend: list[_Frase] = []
            for variant in self._synoniemen.expand(qn, limit=MAX_SYNONIEMEN * 5):
                vw = tuple(w for w in _tokens(variant, zonder_stopwoorden=True) if len(w) > 1)
                if not vw:
                    continue
                lijst = bekend if all(w in self._term_id for w in vw) else onbekend
                lijst.append(_Frase(vw, SYNONIEM_GEWICHT, " ".join(vw)))
            frases += (bekend + onbekend[:2])[:MAX_SYNONIEMEN]
        # Bound the work: drop later phrasings once too many distinct words are involved.
        kept: list[_Frase] = []
        seen_words: set[str] = set()
        seen_phrases: set[tuple[str, ...]] = set()
        for f in frases:
            if f.woorden in seen_phrases:
                continue
            new = seen_words | set(f.woorden)
            if kept and len(new) > MAX_WOORDEN:
                continue
            seen_words = new
            seen_phrases.add(f.woorden)
            f.lengte = sum(map(len, f.woorden))
            kept.append(f)
        return kept

    def _term_scores(self, w: str) -> tuple[np.ndarray, np.ndarray]:
        """Terms similar to word ``w`` and their similarity (0–100), cached."""
        hit = self._term_cache.get(w)
        if hit is not None:
            return hit
        result = self._bereken_term_scores(w)
        self._term_cache.put(w, result)
        return result

    def _bereken_term_scores(self, w: str) -> tuple[np.ndarray, np.ndarray]:
        leeg = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32))
        n = len(w)
        if n == 0 or not self._termen:
            return leeg
        if n < 3:
            # Being typed: terms starting with these letters.
            lo = bisect.bisect_left(self._gesorteerd, w)
            hi = bisect.bisect_left(self._gesorteerd, w + "\U0010ffff")
            if lo == hi:
                return leeg
            tids = self._gesorteerd_ids[lo:hi].astype(np.int64)
            lens = self._term_len[tids].astype(np.float32)
            ratio = 200.0 * n / (n + lens)
            sims = (np.float32(85.0) + np.float32(0.15) * ratio).astype(np.float32)
            return tids, sims

        tris = [self._tri[g] for g in trigrammen(w) if g in self._tri]
        if not tris:
            return leeg
        need = max(1, math.ceil(0.5 * (n - 2)))
        if len(tris) < need:
            return leeg
        lists = [self._tri_data[self._tri_off[g] : self._tri_off[g + 1]] for g in tris]
        counts = np.bincount(np.concatenate(lists), minlength=len(self._termen))
        tids = np.flatnonzero(counts >= need)
        if tids.size == 0:
            return leeg
        choices = itemgetter(*tids)(self._termen) if tids.size > 1 else (self._termen[int(tids[0])],)
        # cdist releases the GIL; choices are already normalised (processor=None);
        # whole-number score_cutoff only (fractional cutoffs misbehaved in 3.14.6, see design.md).
        partial = process.cdist(
            [w], choices, scorer=fuzz.partial_ratio, processor=None, score_cutoff=50, dtype=np.float32
        )[0]
        ratio = process.cdist([w], choices, scorer=fuzz.ratio, processor=None, dtype=np.float32)[0]
        lens = self._term_len[tids].astype(np.float32)
        # A term shorter than the word cannot contain it: scale partial matches down.
        partial *= np.minimum(np.float32(1.0), lens / np.float32(n))
        sims = np.maximum(np.float32(0.85) * partial + np.float32(0.15) * ratio, ratio)
        ok = sims >= np.float32(_min_term_score(n))
        return tids[ok].astype(np.int64), sims[ok].astype(np.float32)

    # ------------------------------------------------------------------ filters
    def _mask(self, f: ZoekFilters, today: date) -> np.ndarray | None:
        """Rows passing the filters (``None`` = all rows). Cached: filters rarely change while typing."""
        key = (f, today)
        hit = self._mask_cache.get(key)
        if hit is not None:
            return hit if isinstance(hit, np.ndarray) else None
        mask = self._bereken_mask(f, today)
        self._mask_cache.put(key, mask if mask is not None else False)
        return mask

    def _bereken_mask(self, f: ZoekFilters, today: date) -> np.ndarray | None:
        mask: np.ndarray | None = None

        def und(m: np.ndarray) -> None:
            nonlocal mask
            mask = m if mask is None else (mask & m)

        if f.open_op is not False and f.open_op is not None:
            d = f.open_op if isinstance(f.open_op, date) else today
            und(self._sluit >= d.toordinal())
        if f.landen is not None:
            ok = np.asarray([c in f.landen for c in self._land_codes] + [False])
            und(ok[self._land])
        if f.plaats:
            ok = np.asarray([_plaats_past(p, f.plaats) for p in self._plaatsen] + [False])
            und(ok[self._plaats_vid])
        if f.uren_min is not None:
            und(~(self._uren_max < np.float32(f.uren_min)))  # NaN (unknown) passes
        if f.uren_max is not None:
            und(~(self._uren_min > np.float32(f.uren_max)))
        if f.opleidingsniveau is not None:
            r = _rang(f.opleidingsniveau)
            if r >= 0:
                und(self._rang == r if f.opleiding_exact else (self._rang <= r))
        if f.pawa_only:
            und(self._pawa.copy())
        return mask


def _plaats_past(plaats_norm: str, filtertekst: str) -> bool:
    """Does a (normalised) place match the filter text (comma-separated names)?"""
    for naam in filtertekst.split(","):
        n = normalize(naam)
        if not n:
            continue
        if plaats_norm == n or plaats_norm.startswith(n):
            return True
        if len(n) >= 5 and fuzz.ratio(plaats_norm, n, score_cutoff=85):
            return True
    return False
