"""Occupation synonyms imported from the official ESCO file (``werkcoach beroepen import``).

The curated ``data/beroepen.csv`` is shipped with the app and not stored; the search
combines both.
"""

from __future__ import annotations

from typing import Optional

from sqlmodel import Field, SQLModel


class BeroepSynoniem(SQLModel, table=True):
    __tablename__ = "beroep_synoniem"

    id: Optional[int] = Field(default=None, primary_key=True)
    label: str
    """Preferred label (ESCO ``preferredLabel``)."""
    synoniemen: str = ""
    """Alternative labels, joined with ``|``."""
    isco: Optional[str] = Field(default=None, max_length=10)
    bron: str = Field(default="esco", max_length=20, index=True)
