"""Occupation synonyms: groups of labels that mean the same job.

Sources:

* the application's own occupation list ``data/beroepen.csv`` (header
  ``beroep,synoniemen,isco``, synonyms separated by ``|``), curated, used first;
* an ESCO occupations file imported by the user (see :mod:`werkcoach_tui.importers.esco`):
  ``preferredLabel`` plus its ``altLabels``.

Groups are *not* merged transitively: ESCO reuses generic labels (*chef*,
*administratief medewerker*) in several occupations, and merging would make one giant
group. A label belongs to every group it appears in.

:meth:`Synoniemen.expand` turns a query into alternative phrasings::

    >>> syn.expand("reachtruck")          # doctest: +SKIP
    ['heftruckchauffeur', 'heftruckbestuurder', 'reachtruckchauffeur', ...]

Lookup order: the whole query as a label (spaces ignored, so *vrachtwagen chauffeur*
finds *vrachtwagenchauffeur*); else a distinctive word or word pair of the query (a word
that occurs in at most :data:`MAX_GROEPEN_PER_WOORD` groups, e.g. *reachtruck* in
*chauffeur reachtruck*, or the start of such compound labels, *reachtruck* in
*reachtruckchauffeur*), replaced in the query by each label; else the same with one typo allowed (RapidFuzz ``ratio``
over labels of about the same length). Results are cached; a lookup costs well under
a millisecond with all of ESCO loaded.
"""

from __future__ import annotations

import bisect
import csv
import io
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from werkcoach_tui.search.normalize import STOPWOORDEN, normaliseer_alle, normalize, uniek

__all__ = ["MAX_GROEPEN_PER_WOORD", "SynoniemGroep", "Synoniemen"]

MAX_GROEPEN_PER_WOORD = 3
"""A word of a label counts as distinctive (worth expanding on its own) when it occurs in
at most this many groups: *reachtruck* yes, *medewerker* no."""

MIN_LENGTE = 4
"""Queries (without spaces) shorter than this are never expanded: *kok* is expanded only
because it is an exact label."""

PREFIX_MIN_LENGTE = 6
"""A query of at least this length that starts compound labels of one to
:data:`MAX_GROEPEN_PER_WOORD` groups expands to them: *reachtruck* → *reachtruckchauffeur*."""

FUZZY_MIN_LENGTE = 6
FUZZY_CUTOFF = 88
"""One typo in a word of 8+ letters stays above this ``fuzz.ratio``; shorter words need
an exact match."""

MIN_VARIANT_LENGTE = 5
"""Synonyms shorter than this (*chef*) are too ambiguous to search for, unless they are
the group's preferred label."""

_CACHE_GROOTTE = 2048


@dataclass(frozen=True, slots=True)
class SynoniemGroep:
    """One occupation and its equivalent labels (display forms, as in the source)."""

    label: str
    synoniemen: tuple[str, ...] = ()
    isco: str | None = None
    bron: str = "beroepen"

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.label, *self.synoniemen)


class Synoniemen:
    """An immutable, thread-safe synonym lookup over occupation groups."""

    def __init__(self, groepen: Iterable[SynoniemGroep] = ()) -> None:
        self._groepen: list[SynoniemGroep] = []
        # Per group: its normalised labels in the order variants are offered.
        self._varianten: list[tuple[str, ...]] = []
        # compact label -> [(group, is_preferred)]
        self._labels: dict[str, list[tuple[int, bool]]] = defaultdict(list)
        # distinctive word -> [group]
        self._woorden: dict[str, list[int]] = {}
        woord_groepen: dict[str, set[int]] = defaultdict(set)

        groepen = list(groepen)
        namen = [groep.labels for groep in groepen]
        # All labels normalised at once (ESCO brings some 28,000).
        genormaliseerd = normaliseer_alle([s for labels in namen for s in labels])
        label_groepen = self._labels
        start = 0
        for groep, ruw in zip(groepen, namen):
            norm = genormaliseerd[start : start + len(ruw)]
            start += len(ruw)
            gid = len(self._groepen)
            pref = norm[0]
            if not pref:
                continue
            self._groepen.append(groep)
            labels = uniek(n for n in norm if n)
            self._varianten.append(tuple(_variant_volgorde(pref, labels)))
            for lab in labels:
                entry = (gid, lab == pref)
                lijst = label_groepen[lab.replace(" ", "")]
                if entry not in lijst:
                    lijst.append(entry)
                for w in lab.split():
                    if len(w) >= MIN_LENGTE and w not in STOPWOORDEN:
                        woord_groepen[w].add(gid)
        self._labels = dict(self._labels)
        for w, gids in woord_groepen.items():
            if len(gids) <= MAX_GROEPEN_PER_WOORD and w not in self._labels:
                self._woorden[w] = sorted(gids)
        # Every known word, distinctive or not: a typo is corrected to the nearest known
        # word first, so "verpleegkundge" lands on the (generic) "verpleegkundige" and is
        # not expanded, instead of on the rarer "verpleegkunde".
        self._bekend: frozenset[str] = frozenset(woord_groepen) | frozenset(self._labels)

        # Sorted compact labels, for "the query is the start of a compound label" (reachtruck).
        self._gesorteerd: list[str] = sorted(self._labels)

        # Keys for typo-tolerant lookup, bucketed by length.
        self._per_lengte: dict[int, list[str]] = defaultdict(list)
        for key in self._bekend:
            if len(key) >= FUZZY_MIN_LENGTE:
                self._per_lengte[len(key)].append(key)
        self._per_lengte = dict(self._per_lengte)

        self._cache: OrderedDict[tuple[str, int], tuple[str, ...]] = OrderedDict()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ loading
    @classmethod
    def from_rows(
        cls, rows: Iterable[tuple[str, Iterable[str], str | None]], *, bron: str = "beroepen"
    ) -> "Synoniemen":
        """Build from ``(label, synonyms, isco)`` tuples, e.g. the output of
        :func:`~werkcoach_tui.importers.esco.parse_esco`."""
        return cls(SynoniemGroep(lab, tuple(syn), isco, bron) for lab, syn, isco in rows)

    @staticmethod
    def lees_beroepen_csv(path: str | Path) -> list[SynoniemGroep]:
        """Read ``data/beroepen.csv`` (``beroep,synoniemen,isco``; synonyms separated by ``|``)."""
        text = Path(path).read_text(encoding="utf-8-sig")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if reader.fieldnames is None or "beroep" not in [f.strip().lower() for f in reader.fieldnames]:
            raise ValueError(f"{Path(path).name}: de kolom 'beroep' ontbreekt.")
        groepen = []
        for raw in reader:
            row = {(k or "").strip().lower(): (v or "") for k, v in raw.items()}
            label = row.get("beroep", "").strip()
            if not label:
                continue
            syn = tuple(s.strip() for s in row.get("synoniemen", "").split("|") if s.strip())
            groepen.append(SynoniemGroep(label, syn, row.get("isco", "").strip() or None, "beroepen"))
        return groepen

    @classmethod
    def laad(
        cls,
        beroepen: str | Path | None = None,
        esco: str | Path | Iterable[tuple[str, Iterable[str], str | None]] | None = None,
    ) -> "Synoniemen":
        """Combine the curated list (first) and an ESCO file or parsed ESCO rows."""
        groepen: list[SynoniemGroep] = []
        if beroepen is not None and Path(beroepen).exists():
            groepen += cls.lees_beroepen_csv(beroepen)
        if esco is not None:
            if isinstance(esco, (str, Path)):
                from werkcoach_tui.importers.esco import parse_esco

                esco = parse_esco(esco)
            groepen += [SynoniemGroep(lab, tuple(syn), isco, "esco") for lab, syn, isco in esco]
        return cls(groepen)

    # ------------------------------------------------------------------ queries
    def __len__(self) -> int:
        return len(self._groepen)

    @property
    def groepen(self) -> tuple[SynoniemGroep, ...]:
        return tuple(self._groepen)

    def wis_cache(self) -> None:
        """Forget cached expansions (for benchmarks)."""
        with self._lock:
            self._cache.clear()

    def groepen_voor(self, query: str) -> list[SynoniemGroep]:
        """The groups whose labels match the whole query (exactly or with one typo)."""
        qc = normalize(query).replace(" ", "")
        return [self._groepen[g] for g in self._zoek_groepen(qc)]

    def expand(self, query: str, limit: int = 12) -> list[str]:
        """Alternative normalised phrasings of ``query`` (never the query itself).

        Empty when nothing matches. The most useful phrasings come first: the
        preferred label, then one-word synonyms (compounds match titles best), then
        longer ones; curated groups before ESCO ones.
        """
        qn = normalize(query)
        key = (qn, limit)
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return list(hit)
        result = tuple(self._expand(qn, limit))
        with self._lock:
            self._cache[key] = result
            if len(self._cache) > _CACHE_GROOTTE:
                self._cache.popitem(last=False)
        return list(result)

    # ------------------------------------------------------------------ internals
    def _zoek_groepen(self, key: str, *, woorden: bool = False, fuzzy: bool = True) -> list[int]:
        """Groups for a compact key: exact label, distinctive word, then one typo."""
        if len(key) < MIN_LENGTE:
            # Short keys only as an exact label (kok).
            return self._groepen_van_label(key) if len(key) >= 3 else []
        gids = self._groepen_van_label(key)
        if not gids and woorden:
            gids = list(self._woorden.get(key, ()))
        if not gids and woorden and len(key) >= PREFIX_MIN_LENGTE:
            gids = self._groepen_van_prefix(key)
        if not gids and fuzzy and len(key) >= FUZZY_MIN_LENGTE and key not in self._bekend:
            keys: list[str] = []
            for n in range(len(key) - 1, len(key) + 2):
                keys += self._per_lengte.get(n, ())
            best = process.extractOne(key, keys, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_CUTOFF)
            if best is not None:
                match = best[0]
                gids = self._groepen_van_label(match)
                if not gids and woorden:
                    gids = list(self._woorden.get(match, ()))
        return gids

    def _groepen_van_prefix(self, key: str) -> list[int]:
        """Groups of the labels that start with ``key`` (``reachtruck`` → *reachtruckchauffeur*),
        when those labels belong to a few groups only."""
        lo = bisect.bisect_left(self._gesorteerd, key)
        hi = bisect.bisect_left(self._gesorteerd, key + "\U0010ffff")
        if lo == hi or hi - lo > 50:
            return []
        gids: list[int] = []
        for label in self._gesorteerd[lo:hi]:
            for g in self._groepen_van_label(label):
                if g not in gids:
                    gids.append(g)
        return gids if len(gids) <= MAX_GROEPEN_PER_WOORD else []

    def _groepen_van_label(self, key: str) -> list[int]:
        entries = self._labels.get(key)
        if not entries:
            return []
        # Groups where this is the preferred label first, then curated before ESCO, small before large.
        ordered = sorted(
            entries,
            key=lambda e: (not e[1], self._groepen[e[0]].bron != "beroepen", len(self._varianten[e[0]])),
        )
        return [g for g, _ in ordered]

    def _expand(self, qn: str, limit: int) -> list[str]:
        if not qn:
            return []
        qc = qn.replace(" ", "")
        words = qn.split()
        variants: list[str] = []

        gids = self._zoek_groepen(qc, woorden=len(words) == 1)
        if gids:
            variants = self._labels_van(gids, limit * 2)
        elif len(words) > 1:
            # A distinctive word or word pair inside a longer query: replace it.
            spans = [(i, i + 2) for i in range(len(words) - 1)] + [(i, i + 1) for i in range(len(words))]
            for fuzzy in (False, True):
                for a, b in spans:
                    part = "".join(words[a:b])
                    if part in STOPWOORDEN:
                        continue
                    gids = self._zoek_groepen(part, woorden=True, fuzzy=fuzzy)
                    if gids:
                        voor, na = words[:a], words[b:]
                        for lab in self._labels_van(gids, limit * 2):
                            variants.append(" ".join([*voor, lab, *na]))
                        break
                if variants:
                    break
        out = [v for v in uniek(variants) if v.replace(" ", "") != qc]
        return out[:limit]

    def _labels_van(self, gids: list[int], limit: int) -> list[str]:
        out: list[str] = []
        for g in gids:
            for lab in self._varianten[g]:
                out.append(lab)
            if len(out) >= limit:
                break
        return uniek(out)


def _variant_volgorde(pref: str, labels: list[str]) -> list[str]:
    """Preferred label, then one-word labels by length, then multi-word labels by length."""
    rest = [lab for lab in labels if lab != pref and len(lab.replace(" ", "")) >= MIN_VARIANT_LENGTE]
    rest.sort(key=lambda s: (s.count(" "), len(s)))
    return [pref, *rest]
