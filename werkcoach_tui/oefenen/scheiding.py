"""Practice data and real data never mix.

A practice store is marked in the file itself: ``PRAGMA application_id`` is
:data:`OEFEN_APPLICATIE_ID` ('WCKO') instead of the normal Werkcoach id, so the mark
travels with every copy or backup of the file. Everything that moves data between
stores asks here first:

* :func:`controleer_oefenpad` — the practice environment never opens the real store,
  the demo store, or any existing Werkcoach store that is not a practice store;
* :func:`weiger_oefenbron` — nothing from a practice store goes into a real store
  (an import, a restore, a bundle); :func:`markeer_bundel` / :func:`controleer_bundel`
  do the same for exported files (a JSON bundle carries ``"bron_soort": "oefenen"``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, Mapping, MutableMapping
from urllib.parse import quote

from werkcoach_tui.store import APPLICATIE_ID, Store, StoreFout

OEFEN_APPLICATIE_ID = 0x57434B4F  # 'WCKO': a Werkcoach practice store
BRON_SOORT_OEFENEN = "oefenen"
SOORT_OEFENEN = "oefenen"
SOORT_ECHT = "werkcoach"
SOORT_LEEG = "leeg"
SOORT_ONBEKEND = "onbekend"


class OefenScheidingFout(StoreFout):
    """Practice data would mix with real data (or the other way round): refused."""


def bestand_soort(pad: Path | str) -> str:
    """What kind of store a file is, read without changing it: oefenen, werkcoach, leeg or onbekend."""
    pad = Path(pad).expanduser()
    if not pad.exists() or pad.stat().st_size == 0:
        return SOORT_LEEG
    try:
        con = sqlite3.connect(f"file:{quote(str(pad))}?mode=ro", uri=True, timeout=5)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tabellen = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return SOORT_ONBEKEND
    if app_id == OEFEN_APPLICATIE_ID:
        return SOORT_OEFENEN
    if app_id == APPLICATIE_ID:
        return SOORT_ECHT
    return SOORT_LEEG if tabellen == 0 else SOORT_ONBEKEND


def is_oefenstore(store: Store) -> bool:
    return store.pragma("application_id") == OEFEN_APPLICATIE_ID


def markeer_als_oefenstore(store: Store) -> None:
    """Mark an (empty or practice) store as a practice store. Refuses a store with real klanten."""
    if is_oefenstore(store):
        return
    with store.lees() as s:
        aantal = s.connection().exec_driver_sql("SELECT count(*) FROM klant").scalar_one()
    if aantal:
        raise OefenScheidingFout(
            f"{store.path} bevat al klanten en is geen oefendatabase: de oefenomgeving gebruikt hem niet. "
            "Kies met 'werkcoach oefenen --db PAD' een nieuw bestand."
        )
    with store.fouten_als_storefout(), store.engine.connect() as conn:
        conn.connection.driver_connection.execute(f"PRAGMA application_id = {OEFEN_APPLICATIE_ID}")


def _zelfde(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.expanduser().resolve() == b.expanduser().resolve()


def controleer_oefenpad(pad: Path | str) -> Path:
    """The practice store's path, or OefenScheidingFout when it is the real or demo store (or real data)."""
    from werkcoach_tui.paths import default_db_path, demo_db_path

    pad = Path(pad).expanduser()
    if _zelfde(pad, default_db_path()):
        raise OefenScheidingFout(
            f"{pad} is uw echte database. De oefenomgeving gebruikt altijd een eigen bestand: "
            "laat --db weg of kies een ander bestand."
        )
    if _zelfde(pad, demo_db_path()):
        raise OefenScheidingFout(
            f"{pad} is de demodatabase. De oefenomgeving gebruikt een eigen bestand: laat --db weg of kies een ander bestand."
        )
    soort = bestand_soort(pad)
    if soort == SOORT_ECHT:
        raise OefenScheidingFout(
            f"{pad} is een Werkcoach-database met (mogelijk) echte gegevens, geen oefendatabase. "
            "De oefenomgeving opent hem niet; kies een nieuw bestand."
        )
    if soort == SOORT_ONBEKEND:
        raise OefenScheidingFout(f"{pad} is geen oefendatabase van Werkcoach. Kies een nieuw bestand.")
    return pad


def weiger_oefenbron(bron: Store | Path | str, doel: Store) -> None:
    """Refuse moving data from a practice store into a store that is not one (import, restore, merge)."""
    bron_oefen = is_oefenstore(bron) if isinstance(bron, Store) else bestand_soort(bron) == SOORT_OEFENEN
    if bron_oefen and not is_oefenstore(doel):
        raise OefenScheidingFout(
            "Deze gegevens komen uit de oefenomgeving (fictieve klanten) en kunnen niet in een echte "
            "database worden gezet. Gebruik ze alleen in de oefenomgeving."
        )


def markeer_bundel(bundel: MutableMapping[str, Any], bron: Store) -> MutableMapping[str, Any]:
    """Stamp an exported bundle with where it came from (``bron_soort``)."""
    if is_oefenstore(bron):
        bundel["bron_soort"] = BRON_SOORT_OEFENEN
    return bundel


def controleer_bundel(bundel: Mapping[str, Any], doel: Store) -> None:
    """Refuse importing a bundle exported from a practice store into a real store."""
    if bundel.get("bron_soort") == BRON_SOORT_OEFENEN and not is_oefenstore(doel):
        raise OefenScheidingFout(
            "Dit bestand is geëxporteerd uit de oefenomgeving (fictieve klanten) en kan niet in een "
            "echte database worden ingelezen."
        )
