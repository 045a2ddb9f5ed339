"""`werkcoach casuistiek`: list sessions, write a session report, export and import
pseudonymised bundles of dossiers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.commands.melding import fout as _fout


def registreer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("casuistiek", help="Casuïstiekbespreking: rapport, bundels exporteren en importeren.")
    csub = p.add_subparsers(dest="casuistiek_opdracht", metavar="OPDRACHT")
    p.set_defaults(func=_zonder_opdracht, _parser=p)

    lijst = csub.add_parser("lijst", help="Toon de besprekingen.")
    lijst.set_defaults(func=lijst_uitvoeren)

    r = csub.add_parser("rapport", help="Schrijf het verslag van een bespreking (Markdown of HTML).")
    r.add_argument("sessie", metavar="SESSIE-ID", help="Nummer van de bespreking (zie 'werkcoach casuistiek lijst').")
    r.add_argument("--format", dest="formaat", choices=("md", "html"), default="md", help="md (standaard) of html.")
    r.add_argument("-o", dest="uitvoer", metavar="BESTAND", help="Schrijf naar dit bestand (0600) in plaats van het scherm.")
    r.set_defaults(func=rapport_uitvoeren)

    e = csub.add_parser("export", help="Exporteer dossiers als gepseudonimiseerde bundel.")
    e.add_argument("--klanten", required=True, metavar="K1,K2", help="Klantnummers, gescheiden door komma's.")
    e.add_argument("-o", dest="uitvoer", required=True, metavar="BESTAND", help="Het bundelbestand (.json).")
    e.set_defaults(func=export_uitvoeren)

    i = csub.add_parser("import", help="Importeer een bundel in een bespreking.")
    i.add_argument("sessie", metavar="SESSIE-ID")
    i.add_argument("bundel", metavar="BUNDEL", help="Het bundelbestand (.json).")
    i.set_defaults(func=import_uitvoeren)


def _zonder_opdracht(args, ctx) -> int:
    args._parser.print_help()
    return 2


def _sessie(tekst: str):
    try:
        n = int(str(tekst).strip().lstrip("#"))
        if n < 1:
            raise ValueError
        return n
    except ValueError:
        return None


def lijst_uitvoeren(args, ctx) -> int:
    rijen = ctx.open().casuistiek.besprekingen()
    if not rijen:
        print("Nog geen besprekingen.")
        return 0
    for r in rijen:
        thema = f" · {r.thema}" if r.thema else ""
        print(f"{r.id:>4}  {formatteer_datum(r.datum)}  {r.voorzitter}{thema}  "
              f"({r.aantal_dossiers} dossiers, {r.aantal_beoordeeld} beoordeeld)")
    return 0


def rapport_uitvoeren(args, ctx) -> int:
    from werkcoach_tui.services.casuistiek import NietGevonden

    sessie = _sessie(args.sessie)
    if sessie is None:
        return _fout(f"'{args.sessie}' is geen nummer van een bespreking. Zie 'werkcoach casuistiek lijst'.")
    dienst = ctx.open().casuistiek
    try:
        if args.uitvoer:
            pad = dienst.exporteer_rapport(sessie, Path(args.uitvoer), args.formaat)
            print(f"Verslag geschreven naar {pad}.")
        else:
            sys.stdout.write(dienst.rapport(sessie, args.formaat, loggen=True))
    except NietGevonden as exc:
        return _fout(f"{exc} Zie 'werkcoach casuistiek lijst'.")
    return 0


def export_uitvoeren(args, ctx) -> int:
    from werkcoach_tui.services.validatie import Validatiefout

    diensten = ctx.open()
    nummers = [n.strip().upper() for n in args.klanten.split(",") if n.strip()]
    if not nummers:
        return _fout("Geef minstens één klantnummer, bijvoorbeeld --klanten K100001,K100002.")
    ids, onbekend = [], []
    for nr in nummers:
        klant = diensten.klanten.zoek_op_nummer(nr)
        (ids.append(klant.id) if klant else onbekend.append(nr))
    if onbekend:
        return _fout(f"Onbekend klantnummer: {', '.join(onbekend)}. Er is niets geëxporteerd.")
    try:
        n = diensten.casuistiek.exporteer_bundel(ids, Path(args.uitvoer))
    except Validatiefout as exc:
        return _fout(" ".join(exc.fouten.values()))
    print(f"{n} dossier{'s' if n != 1 else ''} gepseudonimiseerd geëxporteerd naar {args.uitvoer}.")
    return 0


def import_uitvoeren(args, ctx) -> int:
    from werkcoach_tui.services.casuistiek import BundelFout, NietGevonden

    sessie = _sessie(args.sessie)
    if sessie is None:
        return _fout(f"'{args.sessie}' is geen nummer van een bespreking. Zie 'werkcoach casuistiek lijst'.")
    try:
        res = ctx.open().casuistiek.importeer_bundel(sessie, Path(args.bundel))
    except (BundelFout, NietGevonden) as exc:
        return _fout(str(exc))
    tekst = f"{res.toegevoegd} dossier{'s' if res.toegevoegd != 1 else ''} geïmporteerd in bespreking {sessie}."
    if res.overgeslagen:
        tekst += f" {res.overgeslagen} stond{'en' if res.overgeslagen != 1 else ''} er al op."
    print(tekst)
    return 0
