"""`werkcoach klant verwijder KLANTNUMMER`: erase a klant and everything linked (AVG)."""

from __future__ import annotations

import argparse
import sys
from werkcoach_tui.commands.melding import schoon


def registreer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("klant", help="Klantopdrachten (verwijderen op verzoek).")
    ksub = p.add_subparsers(dest="klant_opdracht", metavar="OPDRACHT", required=True)
    v = ksub.add_parser("verwijder", help="Wis een klant en alles wat eraan gekoppeld is, onherroepelijk.")
    v.add_argument("klantnummer", metavar="KLANTNUMMER", help="Bijvoorbeeld K100123.")
    v.add_argument("--ja", action="store_true", help="Niet om bevestiging vragen (voor scripts).")
    v.set_defaults(func=verwijder)


def verwijder(args, ctx) -> int:
    from werkcoach_tui.services.privacy import KlantOnbekend

    nummer = (args.klantnummer or "").strip().upper()
    if not nummer or len(nummer) > 20 or not nummer.isprintable():
        print("werkcoach: Geef een geldig klantnummer, bijvoorbeeld K100123.", file=sys.stderr)
        return 2
    diensten = ctx.open()
    klant = diensten.klanten.zoek_op_nummer(nummer)
    if klant is None:
        print(schoon(f"werkcoach: Er is geen klant met klantnummer {nummer}. Controleer het nummer."), file=sys.stderr)
        return 2
    if not args.ja:
        if not sys.stdin.isatty():
            print("werkcoach: Bevestiging nodig: typ de opdracht in een terminal, of voeg --ja toe.", file=sys.stderr)
            return 2
        print(f"Klant {nummer} en alles wat eraan gekoppeld is (gesprekken, dossier, werkplan, ...) wordt "
              "onherroepelijk gewist.")
        try:
            antwoord = input(f"Typ het klantnummer ({nummer}) om te bevestigen: ")
        except (EOFError, KeyboardInterrupt):
            antwoord = ""
        if antwoord.strip().upper() != nummer:
            print("Niet gewist.")
            return 1
    try:
        verslag = diensten.privacy.verwijder_klant(nummer)
    except KlantOnbekend as exc:
        print(schoon(f"werkcoach: {exc}"), file=sys.stderr)
        return 2
    print(f"Gewist: {verslag.klantnummer}: {verslag.omschrijving()}.")
    print("De database is opgeschoond (WAL gecheckpoint, VACUUM). Let op: oudere back-ups bevatten de klant nog.")
    return 0
