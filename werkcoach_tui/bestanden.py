"""Private files: every database, backup and export Werkcoach writes is 0600, its folder 0700.

Use :func:`schrijf_prive` for exports (text or bytes) and :func:`maak_prive_bestand` when a
library writes the file itself (create it empty and private first; SQLite and most writers
keep the mode of an existing file). Files are created with ``O_EXCL`` + mode 0600, so there
is never a moment in which another user can read them, whatever the umask.
"""

from __future__ import annotations

import os
from pathlib import Path

BESTAND_MODUS = 0o600
MAP_MODUS = 0o700


def maak_prive_map(map_pad: Path | str) -> Path:
    """Create the folder (and parents) as 0700 when it does not exist yet; return it."""
    map_pad = Path(map_pad)
    ontbrekend = []
    p = map_pad
    while not p.exists() and p != p.parent:
        ontbrekend.append(p)
        p = p.parent
    for deel in reversed(ontbrekend):  # every folder we create is 0700, not only the last one
        try:
            deel.mkdir(mode=MAP_MODUS)
        except FileExistsError:
            continue
        os.chmod(deel, MAP_MODUS)
    return map_pad


def maak_prive_bestand(pad: Path | str, *, overschrijven: bool = False) -> Path:
    """Create an empty 0600 file. With ``overschrijven`` an existing file is emptied and made 0600."""
    pad = Path(pad)
    maak_prive_map(pad.parent)
    vlaggen = os.O_CREAT | os.O_WRONLY | (os.O_TRUNC if overschrijven else os.O_EXCL)
    fd = os.open(pad, vlaggen, BESTAND_MODUS)
    try:
        os.fchmod(fd, BESTAND_MODUS)
    finally:
        os.close(fd)
    return pad


def schrijf_prive(pad: Path | str, inhoud: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``inhoud`` to ``pad`` as a private (0600) file, atomically.

    The text goes to a private temporary file beside the target, is flushed to disk and then
    renamed over the target: a reader never sees half a file, a crash never leaves one.
    """
    pad = Path(pad)
    maak_prive_map(pad.parent)
    data = inhoud.encode(encoding) if isinstance(inhoud, str) else bytes(inhoud)
    tijdelijk = pad.with_name(f".{pad.name}.{os.getpid()}.tmp")
    fd = os.open(tijdelijk, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, BESTAND_MODUS)
    try:
        os.fchmod(fd, BESTAND_MODUS)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tijdelijk, pad)
    except BaseException:
        try:
            os.unlink(tijdelijk)
        except OSError:
            pass
        raise
    return pad
