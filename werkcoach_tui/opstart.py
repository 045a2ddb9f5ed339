"""Start-up without the cyclic garbage collector.

Importing SQLAlchemy, SQLModel and Textual and building the caseload creates some 200,000
long-lived objects, and the collector walks them again and again while they are being made:
a fifth of the time until the caseload is on screen (measured with ``benchmarks/startup.py``).
So ``werkcoach`` pauses the collector while it starts, and resumes it as soon as the caseload
is shown (or the start goes wrong, or the command is a subcommand).

When the app resumes it, ``gc.freeze()`` first moves everything made so far (modules,
classes, the first screen) into the permanent generation, which later collections skip.
Frozen objects are still freed by reference counting as usual; only the reference cycles
left over from the start itself (about 1–2 MB) stay in memory.

Only a pause made here is resumed here: a caller that had switched the collector off itself
(or a test run) keeps it the way it was.
"""

from __future__ import annotations

import gc

_gepauzeerd = False


def pauzeer() -> None:
    """Switch the collector off for the start (no-op when it is off already)."""
    global _gepauzeerd
    if gc.isenabled():
        gc.disable()
        _gepauzeerd = True


def hervat(*, bevries: bool = False) -> None:
    """Switch the collector back on if :func:`pauzeer` switched it off; ``bevries``: freeze first."""
    global _gepauzeerd
    if not _gepauzeerd:
        return
    _gepauzeerd = False
    if bevries:
        gc.freeze()
    gc.enable()


def gepauzeerd() -> bool:
    return _gepauzeerd
