"""Text normalisation shared by the vacancy index, the synonym list and the importers.

Everything the search compares goes through :func:`normalize` first, so that case,
diacritics, punctuation and spacing never decide whether two texts match:

>>> normalize("  Medewerker Magazijn / Expeditie (M/V) ")
'medewerker magazijn expeditie m v'
>>> normalize("Zorgcoördinator België")
'zorgcoordinator belgie'
>>> compact("Magazijn medewerker") == compact("magazijnmedewerker")
True

Compound words (Dutch writes *magazijnmedewerker* as one word, people type
*magazijn medewerker*) are handled in two places: :func:`compact` removes the
spaces, :func:`termen` indexes every word *and* every pair of adjacent words
written together, and :func:`splits_samenstelling` splits a typed compound into
two known words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable, Sequence

__all__ = [
    "SEGMENT_TEKEN",
    "STOPWOORDEN",
    "compact",
    "normaliseer_alle",
    "normalize",
    "segmenten",
    "sleutels",
    "splits_samenstelling",
    "strip_diacritics",
    "termen",
    "tokens",
    "trigrammen",
]

# Letters that Unicode does not decompose into "base letter + accent".
_EXTRA = str.maketrans(
    {
        "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "ĳ": "ij", "Ĳ": "ij",
    }
)
_NIET_WOORD = re.compile(r"[\W_]+")
_SEGMENT_GRENS = re.compile(r"[;,|/()\[\]{}+&:]+")

STOPWOORDEN: frozenset[str] = frozenset(
    """de het een en of in op bij voor van met aan te tot als om naar uit over door
    den der des m v mv mvx m/v m/v/x""".split()
)
"""Words that carry no meaning in a vacancy search ("kok *in* Rotterdam")."""


def strip_diacritics(text: str) -> str:
    """Remove accents: ``"België"`` → ``"Belgie"``, ``"ø"`` → ``"o"``."""
    if text.isascii():
        return text
    text = text.translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: object) -> str:
    """Lowercase, strip diacritics, turn punctuation into spaces, collapse whitespace.

    ``None`` and non-strings are accepted (``None`` gives ``""``) so callers can pass
    database values straight in.
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    text = strip_diacritics(text.casefold())
    return " ".join(_NIET_WOORD.sub(" ", text).split())


def compact(text: object) -> str:
    """The normalised text without spaces: ``"Magazijn medewerker"`` → ``"magazijnmedewerker"``."""
    return normalize(text).replace(" ", "")


def tokens(text: object, *, zonder_stopwoorden: bool = False) -> list[str]:
    """The normalised words; optionally without stop words (unless nothing else is left)."""
    words = normalize(text).split()
    if zonder_stopwoorden:
        kept = [w for w in words if w not in STOPWOORDEN]
        return kept or words
    return words


def segmenten(text: object) -> list[str]:
    """Split a field on list separators (``;`` ``,`` ``|`` ``/`` brackets) and normalise each part.

    ``"Heftruckcertificaat; rijbewijs B"`` → ``["heftruckcertificaat", "rijbewijs b"]``.
    Adjacent words are only joined into compounds *within* a segment.
    """
    if text is None:
        return []
    parts = _SEGMENT_GRENS.split(str(text))
    out = []
    for part in parts:
        n = normalize(part)
        if n:
            out.append(n)
    return out


SEGMENT_TEKEN = "\x1f"
"""Separates the segments of a value in the output of :func:`sleutels`."""
_WAARDE_TEKEN = "\x1e"
_SEGMENT_TEKENS = ";,|/()[]{}+&:"  # the characters of _SEGMENT_GRENS


def _ascii_tabel() -> bytes:
    """One ``bytes.translate`` table that does :func:`segmenten` for ASCII text: letters
    lowercased, digits kept, segment separators to :data:`SEGMENT_TEKEN`, the value
    separator kept, every other byte (punctuation, ``_``, whitespace, control) a space."""
    tabel = bytearray(b" " * 256)
    for b in range(128):
        c = chr(b)
        if c.isalnum():
            tabel[b] = ord(c.lower())
        elif c in _SEGMENT_TEKENS:
            tabel[b] = ord(SEGMENT_TEKEN)
    tabel[ord(_WAARDE_TEKEN)] = ord(_WAARDE_TEKEN)
    return bytes(tabel)


_ASCII_TABEL = _ascii_tabel()
_MEER_SPATIES = re.compile(" {2,}")
_MEER_SEGMENTEN = re.compile(SEGMENT_TEKEN + "{2,}")
_PARTIJ = 8192
"""ASCII texts cleaned together per string operation in :func:`sleutels`."""


def sleutels(values: Sequence[object]) -> list[str]:
    """Per value its normalised segments joined by :data:`SEGMENT_TEKEN` (``""`` for none).

    The same as ``[SEGMENT_TEKEN.join(segmenten(v)) for v in values]``, but the index
    calls it once per field with tens of thousands of distinct values, so ASCII texts
    (nearly all) are done together, a few thousand at a time: joined into one string,
    cleaned with one ``bytes.translate`` and a few string replacements, and split again.
    Other values (accents, other scripts), and the odd text holding one of the two
    separator characters, go through :func:`segmenten` one by one.
    """
    out = [""] * len(values)
    pos: list[int] = []
    texts: list[str] = []
    for i, v in enumerate(values):
        if v is None:
            continue
        t = v if type(v) is str else str(v)
        if t.isascii():
            pos.append(i)
            texts.append(t)
        else:
            out[i] = SEGMENT_TEKEN.join(segmenten(t))
    # In parts, so no single string operation holds the GIL for long (the index is built
    # in a worker thread while the app's screen keeps running).
    for start in range(0, len(texts), _PARTIJ):
        deel = texts[start : start + _PARTIJ]
        for i, sleutel in zip(pos[start : start + _PARTIJ], _ascii_sleutels(deel), strict=True):
            out[i] = sleutel
    return out


def normaliseer_alle(values: Sequence[object]) -> list[str]:
    """``[normalize(v) for v in values]``, in bulk as :func:`sleutels` does it (segment
    separators are punctuation, so the segments joined by a space are the normalised text)."""
    return [k.replace(SEGMENT_TEKEN, " ") if SEGMENT_TEKEN in k else k for k in sleutels(values)]


def _ascii_sleutels(texts: list[str]) -> list[str]:
    """:func:`sleutels` of ASCII texts, all at once."""
    big = _WAARDE_TEKEN.join(texts)
    if SEGMENT_TEKEN in big or big.count(_WAARDE_TEKEN) != len(texts) - 1:
        # A control character the bulk path uses as a separator: these texts one by one.
        return [SEGMENT_TEKEN.join(segmenten(t)) for t in texts]
    s = big.encode("ascii").translate(_ASCII_TABEL).decode("ascii")
    # Now words, single or repeated spaces and the two separators: tidy up as segmenten() does.
    s = _MEER_SPATIES.sub(" ", s)
    for mark in (SEGMENT_TEKEN, _WAARDE_TEKEN):
        s = s.replace(" " + mark, mark).replace(mark + " ", mark)
    s = _MEER_SEGMENTEN.sub(SEGMENT_TEKEN, s.strip(" "))
    s = s.replace(SEGMENT_TEKEN + _WAARDE_TEKEN, _WAARDE_TEKEN).replace(_WAARDE_TEKEN + SEGMENT_TEKEN, _WAARDE_TEKEN)
    return s.strip(SEGMENT_TEKEN).split(_WAARDE_TEKEN)


def termen(text: object) -> list[str]:
    """The searchable terms of a field value: its words plus adjacent word pairs written together.

    ``"Medewerker magazijn nachtdienst"`` →
    ``["medewerker", "magazijn", "nachtdienst", "medewerkermagazijn", "magazijnnachtdienst"]``.
    Pairs make the query *magazijnmedewerker* find the title *Magazijn medewerker*.
    Single characters are dropped (they are never worth matching on their own).
    """
    out: list[str] = []
    seen: set[str] = set()
    for seg in segmenten(text):
        words = seg.split()
        for w in words:
            if len(w) > 1 and w not in seen:
                seen.add(w)
                out.append(w)
        for a, b in zip(words, words[1:]):
            pair = a + b
            if pair not in seen:
                seen.add(pair)
                out.append(pair)
    return out


def trigrammen(term: str) -> set[str]:
    """The set of 3-character substrings of ``term`` (empty for terms shorter than 3)."""
    return {term[i : i + 3] for i in range(len(term) - 2)}


def splits_samenstelling(term: str, woorden: Container[str], *, min_deel: int = 3) -> list[tuple[str, str]]:
    """Ways to split a typed compound into two known words.

    ``splits_samenstelling("magazijnmedewerker", {"magazijn", "medewerker"})`` →
    ``[("magazijn", "medewerker")]``. Each part must be at least ``min_deel`` long and
    in ``woorden``. Used so that *magazijnmedewerker* also finds *Medewerker magazijn*.
    """
    out = []
    for i in range(min_deel, len(term) - min_deel + 1):
        a, b = term[:i], term[i:]
        if a in woorden and b in woorden:
            out.append((a, b))
    return out


def uniek(items: Iterable[str]) -> list[str]:
    """The items in first-seen order without duplicates."""
    return list(dict.fromkeys(items))
