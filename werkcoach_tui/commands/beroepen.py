"""`werkcoach beroepen import BESTAND`: ESCO occupations (Dutch CSV) as search synonyms."""

from __future__ import annotations

import argparse
import sys
from werkcoach_tui.commands.melding import schoon


def registreer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("beroepen", help="Beroepen en synoniemen (ESCO) voor het zoeken van vacatures.")
    bsub = p.add_subparsers(dest="beroepen_opdracht", metavar="OPDRACHT")
    bsub.required = True
    imp = bsub.add_parser("import", help="Lees het officiële ESCO-beroepenbestand (occupations_nl.csv) in.")
    imp.add_argument("bestand", metavar="BESTAND")
    imp.set_defaults(func=importeren)


def importeren(args, ctx) -> int:
    from werkcoach_tui.importers.esco import EscoImportFout

    diensten = ctx.open()
    try:
        n = diensten.vacatures.importeer_beroepen(args.bestand)
    except EscoImportFout as exc:
        print(schoon(f"werkcoach: {exc} Er is niets gewijzigd."), file=sys.stderr)
        return 2
    print(f"{n:,} ESCO-beroepen met hun synoniemen opgeslagen; het zoeken gebruikt ze samen met de "
          "meegeleverde beroepenlijst.".replace(",", "."))
    return 0
