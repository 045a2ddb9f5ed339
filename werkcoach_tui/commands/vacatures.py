"""`werkcoach vacatures import BESTAND` and `werkcoach vacatures zoek "TEKST"`."""

from __future__ import annotations

import argparse
import json
import sys
from werkcoach_tui.commands.melding import schoon

VOORTGANG_VANAF_BYTES = 1_000_000
"""Files from this size get a progress bar on stderr (when stderr is a terminal)."""


def registreer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("vacatures", help="Vacatures importeren of zoeken.")
    vsub = p.add_subparsers(dest="vacature_opdracht", metavar="OPDRACHT")
    vsub.required = True
    imp = vsub.add_parser(
        "import", help="Vacatures inlezen uit een CSV- of JSON Lines-bestand (bestaande id's worden bijgewerkt)."
    )
    imp.add_argument("bestand", metavar="BESTAND", help="CSV (, of ;) of JSON Lines")
    imp.set_defaults(func=importeren)
    zoek = vsub.add_parser("zoek", help="Zoek vacatures (tikfouten, samenstellingen en synoniemen mogen).")
    zoek.add_argument("tekst", metavar="TEKST")
    zoek.add_argument("--limit", type=int, default=20, metavar="N", help="Hoeveel resultaten (standaard 20).")
    zoek.add_argument("--json", action="store_true", help="Uitvoer als JSON (voor scripts).")
    zoek.add_argument("--plaats", metavar="PLAATS", help="Alleen in deze plaats(en), komma-gescheiden.")
    zoek.add_argument("--pawa", action="store_true", help="Alleen PaWa-werkgevers.")
    zoek.add_argument("--ook-gesloten", action="store_true", help="Ook vacatures waarvan de sluitingsdatum voorbij is.")
    zoek.set_defaults(func=zoeken)


class _Balk:
    """A simple progress bar on stderr."""

    def __init__(self, actief: bool) -> None:
        self.actief = actief
        self.laatste = -1

    def __call__(self, fractie: float) -> None:
        if not self.actief:
            return
        procent = int(fractie * 100)
        if procent == self.laatste:
            return
        self.laatste = procent
        vol = procent * 30 // 100
        sys.stderr.write(f"\rImporteren [{'#' * vol}{'.' * (30 - vol)}] {procent:3d} %")
        sys.stderr.flush()

    def klaar(self) -> None:
        if self.actief and self.laatste >= 0:
            sys.stderr.write("\n")
            sys.stderr.flush()


def importeren(args, ctx) -> int:
    from pathlib import Path

    pad = Path(args.bestand).expanduser()
    try:
        groot = pad.stat().st_size >= VOORTGANG_VANAF_BYTES
    except OSError:
        groot = False
    diensten = ctx.open()
    balk = _Balk(groot and sys.stderr.isatty())
    try:
        samenvatting = diensten.vacatures.importeer(pad, voortgang=balk)
    finally:
        balk.klaar()
    if not samenvatting.gelukt:
        regels = samenvatting.regels()
        print(f"werkcoach: {schoon(regels[0])}", file=sys.stderr)
        for regel in regels[1:]:
            print(f"  {schoon(regel)}", file=sys.stderr)
        for regel, reden in samenvatting.afgekeurd[:20]:
            print(f"  Regel {regel}: {schoon(reden)}", file=sys.stderr)
        return 2
    print(f"{samenvatting.bestand}: " + samenvatting.regels()[0])
    for regel in samenvatting.regels()[1:]:
        print(f"  {regel}")
    return 0


def zoeken(args, ctx) -> int:
    from werkcoach_tui.search import ZoekFilters

    if args.limit < 1 or args.limit > 10_000:
        print("werkcoach: --limit moet tussen 1 en 10000 liggen.", file=sys.stderr)
        return 2
    diensten = ctx.open()
    filters = ZoekFilters(plaats=args.plaats, pawa_only=args.pawa, open_op=not args.ook_gesloten)
    rijen = diensten.vacatures.zoek(args.tekst, filters, limit=args.limit)
    if args.json:
        json.dump([r.als_dict() for r in rijen], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rijen:
        print("Geen vacatures gevonden.")
        return 0
    for r in rijen:
        pawa = " · PaWa" if r.pawa else ""
        print(f"{r.score:5.1f}  {r.titel} — {r.werkgever}, {r.plaats} ({r.land}) · {r.uren_tekst} uur{pawa}  [{r.id}]")
    return 0
