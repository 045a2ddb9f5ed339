"""`werkcoach instelling [NAAM [WAARDE]]`: show or change the settings stored with the dossiers."""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields
from werkcoach_tui.commands.melding import fout as _fout


def registreer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("instelling", help="Toon de instellingen, of zet er één (bijv. bsn_gebruiken ja).")
    p.add_argument("naam", nargs="?", metavar="NAAM")
    p.add_argument("waarde", nargs="?", metavar="WAARDE")
    p.set_defaults(func=uitvoeren)


def uitvoeren(args, ctx) -> int:
    from werkcoach_tui.services.instellingen import Instellingen

    soorten = {f.name: f.type for f in fields(Instellingen)}
    if args.naam is not None and args.naam not in soorten:
        return _fout(f"Onbekende instelling '{args.naam[:40]}'. Kies uit: {', '.join(soorten)}.")
    diensten = ctx.open()
    huidig = diensten.instellingen.lees()
    if args.waarde is None:
        for naam in ([args.naam] if args.naam else soorten):
            waarde = getattr(huidig, naam)
            print(f"{naam:<26} {('ja' if waarde else 'nee') if isinstance(waarde, bool) else waarde}")
        return 0
    soort = soorten[args.naam]
    tekst = args.waarde.strip()
    if soort in (bool, "bool"):
        if tekst.lower() not in ("ja", "nee"):
            return _fout(f"{args.naam} is 'ja' of 'nee'.")
        waarde = tekst.lower() == "ja"
    elif soort in (int, "int"):
        if not tekst.isascii() or not tekst.isdigit() or not 1 <= int(tekst) <= 100:
            return _fout(f"{args.naam} is een heel getal van 1 tot en met 100.")
        waarde = int(tekst)
    else:
        if len(tekst) > 200 or not tekst.isprintable():
            return _fout(f"{args.naam}: gebruik gewone tekst van hoogstens 200 tekens.")
        waarde = tekst
    diensten.instellingen.wijzig(**{args.naam: waarde})
    print(f"{args.naam} = {args.waarde.strip()}")
    return 0
