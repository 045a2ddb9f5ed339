"""Vacancy search: normalisation, occupation synonyms and the in-memory index.

Pure code: no database, no UI. The app builds a :class:`VacatureIndex` from plain tuples
(see :data:`KOLOMMEN`) after the first frame and searches it from a thread worker.
Importing this package imports numpy and RapidFuzz, not Textual.
"""

from werkcoach_tui.search.index import KOLOMMEN, VELDEN, Treffer, VacatureIndex, ZoekFilters
from werkcoach_tui.search.normalize import compact, normalize, tokens
from werkcoach_tui.search.synoniemen import SynoniemGroep, Synoniemen

__all__ = [
    "KOLOMMEN",
    "VELDEN",
    "SynoniemGroep",
    "Synoniemen",
    "Treffer",
    "VacatureIndex",
    "ZoekFilters",
    "compact",
    "normalize",
    "tokens",
]
