"""SQLModel tables, one file per aggregate, and the domain enums (``models.enums``).

Importing this package is cheap (the enums are used by the pure rules, which must
not pay for SQLAlchemy). :func:`registreer_alle` imports every table module so the
metadata is complete; the store calls it before creating or completing the schema.
An existing file of the current version that already has every table in
:data:`TABELLEN` needs neither (opening it then imports no table module: start-up).

A table module imports the modules of the tables its foreign keys point to, so a
flush never meets an unknown table whichever modules happen to be imported.
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


TABELLEN = (
    "audit", "instelling", "klant", "gesprek", "vacature", "vacaturevoorstel", "pawa_traject", "pawa_aanbod",
    "beroep_synoniem", "dossier_ronde", "dossier_instrument", "dossier_afspraak", "dossier_notitie",
    "werkplan_versie", "afspraak", "sollicitatie", "vrijstelling", "tekortopvolging", "oefen_klant",
    "oefen_uitwerking", "casuistiek_sleutel", "casuistiek_bespreking", "casuistiek_agenda", "casuistiek_score",
    "casuistiek_leerpunt", "casuistiek_actie",
)
"""Every table name of :data:`TABEL_MODULES` (a test keeps it equal to the metadata)."""


def registreer_alle() -> None:
    for naam in TABEL_MODULES:
        importlib.import_module(naam)
