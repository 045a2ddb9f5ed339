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
from collections.abc import Container, Iterable

__all__ = [
    "STOPWOORDEN",
    "compact",
    "normalize",
    "segmenten",
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
