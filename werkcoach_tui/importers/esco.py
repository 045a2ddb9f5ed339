"""Read the official ESCO occupations CSV (v1.2 layout, language ``nl``).

Columns: ``conceptType, conceptUri, iscoGroup, preferredLabel, altLabels, hiddenLabels,
status, modifiedDate, regulatedProfessionNote, scopeNote, definition, inScheme,
description, code``. ``altLabels`` and ``hiddenLabels`` hold one label per line inside a
quoted field. Only ``preferredLabel`` is required; the other columns are used when present.

The application imports a user-supplied ESCO file; it never bundles one.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import NamedTuple

__all__ = ["EscoBeroep", "EscoImportFout", "parse_esco"]

MAX_ESCO_BYTES = 200 * 1024 * 1024
"""The official Dutch file is a few MB; anything far larger is not an ESCO file."""


class EscoImportFout(ValueError):
    """The file cannot be read as an ESCO occupations file. The message is Dutch, for the user."""


class EscoBeroep(NamedTuple):
    """One ESCO occupation: ``(preferredLabel, [altLabels], iscoGroup)``."""

    label: str
    synoniemen: list[str]
    isco: str | None


def _labels(cell: str | None) -> list[str]:
    if not cell:
        return []
    return [s.strip() for s in cell.splitlines() if s.strip()]


def parse_esco(path: str | Path, *, verborgen_labels: bool = False) -> list[EscoBeroep]:
    """Parse an ESCO occupations CSV into ``EscoBeroep(label, synoniemen, isco)`` tuples.

    ``verborgen_labels=True`` adds the ``hiddenLabels`` (spelling variants such as
    *caissiere*) to the synonyms. Rows whose ``conceptType`` is present and not
    ``Occupation`` are skipped, as are rows without a preferred label.

    Raises :class:`EscoImportFout` (Dutch message) for a missing, unreadable, binary
    or non-ESCO file.
    """
    p = Path(path)
    try:
        if p.stat().st_size > MAX_ESCO_BYTES:
            raise EscoImportFout(f"Het bestand {p.name} is te groot voor een ESCO-beroepenbestand.")
        data = p.read_bytes()
    except EscoImportFout:
        raise
    except FileNotFoundError:
        raise EscoImportFout(f"Het bestand {p} bestaat niet.") from None
    except OSError as exc:
        raise EscoImportFout(f"Het bestand {p} kan niet worden gelezen ({exc.strerror or exc}).") from None
    if not data.strip():
        raise EscoImportFout(f"Het bestand {p.name} is leeg.")
    if b"\x00" in data[:65536]:
        raise EscoImportFout(
            f"{p.name} is geen CSV-bestand. Download de ESCO-beroepen als CSV (taal: nl)."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")

    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise EscoImportFout(f"{p.name} heeft geen leesbare kopregel.") from None
    kolommen = {name.strip().lstrip("\ufeff"): i for i, name in enumerate(header)}
    if "preferredLabel" not in kolommen:
        gevonden = ", ".join(h.strip() for h in header[:8] if h.strip()) or "geen"
        raise EscoImportFout(
            f"{p.name} is geen ESCO-beroepenbestand: de kolom 'preferredLabel' ontbreekt "
            f"(gevonden kolommen: {gevonden}). Gebruik het bestand occupations_nl.csv uit de "
            "officiële ESCO-download."
        )
    i_label = kolommen["preferredLabel"]
    i_alt = kolommen.get("altLabels")
    i_hidden = kolommen.get("hiddenLabels") if verborgen_labels else None
    i_isco = kolommen.get("iscoGroup")
    i_type = kolommen.get("conceptType")

    def cell(row: list[str], i: int | None) -> str:
        return row[i] if i is not None and i < len(row) else ""

    out: list[EscoBeroep] = []
    try:
        for row in reader:
            concept = cell(row, i_type).strip()
            if concept and concept != "Occupation":
                continue
            label = cell(row, i_label).strip()
            if not label:
                continue
            syn = _labels(cell(row, i_alt))
            if i_hidden is not None:
                syn += _labels(cell(row, i_hidden))
            syn = [s for s in dict.fromkeys(syn) if s != label]
            isco = cell(row, i_isco).strip() or None
            out.append(EscoBeroep(label, syn, isco))
    except csv.Error as exc:
        raise EscoImportFout(
            f"{p.name} kan niet verder worden gelezen bij regel {reader.line_num}: {exc}."
        ) from None
    if not out:
        raise EscoImportFout(f"{p.name} bevat geen beroepen.")
    return out
