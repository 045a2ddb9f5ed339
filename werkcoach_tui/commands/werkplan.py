"""`werkcoach werkplan export KLANTNUMMER [--versie N] [--format md|txt|html] [-o BESTAND]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from werkcoach_tui.commands.melding import fout as _fout

EXIT_FOUT = 2


def registreer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("werkplan", help="Werkplan van een klant (export voor de klant).")
    wsub = p.add_subparsers(dest="werkplan_opdracht", metavar="OPDRACHT")
    e = wsub.add_parser("export", help="Schrijf het werkplan voor de klant als Markdown, tekst of HTML.")
    e.add_argument("klantnummer", metavar="KLANTNUMMER", help="Bijvoorbeeld K100001.")
    e.add_argument("--versie", type=int, metavar="N", help="Welke versie (standaard de nieuwste).")
    e.add_argument("--format", dest="formaat", choices=("md", "txt", "html"), default="md",
                   help="md (standaard), txt of html (printbaar).")
    e.add_argument("-o", dest="bestand", metavar="BESTAND",
                   help="Schrijf naar dit bestand (rechten 0600). Zonder -o: naar het scherm.")
    e.set_defaults(func=uitvoeren)
    p.set_defaults(func=lambda args, ctx: _fout("kies een opdracht: werkcoach werkplan export KLANTNUMMER"))


def uitvoeren(args, ctx) -> int:
    from werkcoach_tui.services.werkplan import NietGevonden, WerkplanFout

    diensten = ctx.open()
    klant = diensten.klanten.zoek_op_nummer(args.klantnummer)
    if klant is None:
        return _fout(f"klantnummer {args.klantnummer} bestaat niet. Controleer het nummer (bijvoorbeeld K100001).")
    if args.versie is not None and args.versie < 1:
        return _fout("--versie moet 1 of hoger zijn.")
    werkplan = diensten.werkplan
    try:
        if args.bestand:
            pad = werkplan.exporteer(klant.id, args.versie, args.formaat, Path(args.bestand))
            print(f"Werkplan van {klant.naam} geschreven naar {pad}")
        else:
            inhoud = werkplan.render(klant.id, args.versie, args.formaat)
            werkplan.registreer_export(klant.id, args.versie, args.formaat, "scherm (stdout)")
            sys.stdout.write(inhoud)
    except (NietGevonden, WerkplanFout) as exc:
        return _fout(f"{klant.klantnummer}: {str(exc).splitlines()[0]}")
    return 0
