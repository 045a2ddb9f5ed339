"""Optional encryption at rest (SQLCipher, extra ``[versleuteling]``): the passphrase and converting a store.

The passphrase comes from ``WERKCOACH_SLEUTEL`` (scripts) or is asked once at start
(``werkcoach --versleuteld``); it is never written anywhere. :func:`versleutel_bestand` turns a
plaintext store into an encrypted one: a backup first, then ``sqlcipher_export`` into a new
0600 file, a check that every table has the same number of rows, and only then the swap.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Optional

ENV_SLEUTEL = "WERKCOACH_SLEUTEL"
MIN_SLEUTEL_LENGTE = 8


def sleutel_beschikbaar() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def vraag_sleutel(gevraagd: bool, *, bevestig: bool = False) -> Optional[str]:
    """The passphrase from the environment, or asked on the terminal when ``gevraagd``."""
    from werkcoach_tui.store import StoreFout

    env = os.environ.get(ENV_SLEUTEL)
    if env:
        return env
    if not gevraagd:
        return None
    if not sys.stdin.isatty():
        raise StoreFout(f"Geen sleutel: zet {ENV_SLEUTEL} of start Werkcoach in een terminal om hem in te typen.")
    try:
        sleutel = getpass.getpass("Sleutel van de database: ")
        if bevestig:
            if len(sleutel) < MIN_SLEUTEL_LENGTE:
                raise StoreFout(f"Kies een sleutel van minstens {MIN_SLEUTEL_LENGTE} tekens.")
            if getpass.getpass("Typ de sleutel nogmaals: ") != sleutel:
                raise StoreFout("De twee sleutels zijn niet gelijk. Er is niets gewijzigd; probeer het opnieuw.")
    except (EOFError, KeyboardInterrupt):
        raise StoreFout("Geen sleutel ingevoerd; er is niets geopend of gewijzigd.") from None
    if not sleutel:
        raise StoreFout("Geen sleutel ingevoerd; er is niets geopend of gewijzigd.")
    return sleutel


def versleutel_bestand(pad: Path, sleutel: str, backup: Path) -> dict[str, int]:
    """Encrypt the plaintext store at ``pad`` in place (after a backup to ``backup``).

    Returns the row count per table of the encrypted store. Nobody may have the store open.
    """
    from werkcoach_tui.backup import maak_backup
    from werkcoach_tui.bestanden import maak_prive_bestand
    from werkcoach_tui.store import StoreFout, _probe_existing, maak_verbinder

    pad = Path(pad)
    versie, _ = _probe_existing(pad)  # refuses non-SQLite (e.g. already encrypted) files
    verbind = maak_verbinder(sleutel)  # raises a Dutch StoreFout when sqlcipher3 is missing
    from sqlcipher3 import dbapi2 as sqlcipher

    maak_backup(pad, backup)
    nieuw = pad.with_name(pad.name + ".versleuteld-tmp")
    if nieuw.exists():
        nieuw.unlink()
    maak_prive_bestand(nieuw)
    try:
        bron = sqlcipher.connect(str(pad))
        try:
            bron.execute("PRAGMA cipher_log_level = NONE")
            app_id = bron.execute("PRAGMA application_id").fetchone()[0]
            sleutel_sql = sleutel.replace("'", "''")
            bron.execute(f"ATTACH DATABASE '{str(nieuw).replace(chr(39), chr(39) * 2)}' AS versleuteld "
                         f"KEY '{sleutel_sql}'")
            bron.execute("SELECT sqlcipher_export('versleuteld')")
            bron.execute(f"PRAGMA versleuteld.user_version = {int(versie)}")
            bron.execute(f"PRAGMA versleuteld.application_id = {int(app_id)}")
            bron.execute("DETACH DATABASE versleuteld")
            tabellen = [r[0] for r in bron.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
            voor = {t: bron.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tabellen}
        finally:
            bron.close()
        con = verbind(nieuw)
        try:
            na = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in voor}
            con.execute("PRAGMA journal_mode = WAL")
        finally:
            con.close()
        if na != voor:
            raise StoreFout("De versleutelde kopie is niet volledig; er is niets gewijzigd. "
                            f"De back-up staat in {backup}.")
    except BaseException:
        nieuw.unlink(missing_ok=True)
        raise
    for achtervoegsel in ("-wal", "-shm"):
        Path(str(pad) + achtervoegsel).unlink(missing_ok=True)
    os.replace(nieuw, pad)
    os.chmod(pad, 0o600)
    return na
