"""One way for every command to report a problem: one Dutch line on stderr, exit code 2."""

from __future__ import annotations

import sys

EXIT_FOUT = 2


def schoon(tekst: str) -> str:
    """Text safe to print: control characters (terminal escapes, line/record separators that
    would split the one-line message) become '?'."""
    return "".join(ch if ch.isprintable() else "?" for ch in str(tekst))


def fout(melding: str) -> int:
    print(f"werkcoach: {schoon(melding)}", file=sys.stderr)
    return EXIT_FOUT
