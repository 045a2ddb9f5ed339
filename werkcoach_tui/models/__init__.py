"""SQLModel tables, one file per aggregate, and the domain enums (``models.enums``).

Importing this package is cheap (the enums are used by the pure rules, which must
not pay for SQLAlchemy). :func:`registreer_alle` imports every table module so the
metadata is complete; the store calls it before creating or checking the schema.
"""

from __future__ import annotations

import importlib

TABEL_MODULES = (
    "werkcoach_tui.models.audit",
    "werkcoach_tui.models.instelling",
    "werkcoach_tui.models.klant",
    "werkcoach_tui.models.gesprek",
    "werkcoach_tui.models.vacature",
    "werkcoach_tui.models.voorstel",
    "werkcoach_tui.models.pawa",
    "werkcoach_tui.models.beroep",
    "werkcoach_tui.models.dossier",
    "werkcoach_tui.models.werkplan",
    "werkcoach_tui.models.oefenen",
    "werkcoach_tui.models.casuistiek",
)


def registreer_alle() -> None:
    for naam in TABEL_MODULES:
        importlib.import_module(naam)
