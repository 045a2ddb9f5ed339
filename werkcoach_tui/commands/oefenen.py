"""`werkcoach oefenen`: the practice environment for trainers, on its own store.

    werkcoach oefenen [--db PAD]                     de app in de oefenomgeving
    werkcoach oefenen lijst                          de oefencasussen en wat er gestart is
    werkcoach oefenen reset [CASUS-ID]               één casus (of alles) terug naar het begin
    werkcoach oefenen maak-casus KLANTNUMMER -o BESTAND [--db ECHTE_DB]
                                                     een dossier als gepseudonimiseerde casus
    werkcoach oefenen import-casus BESTAND [--vervang]
                                                     een casusbestand (gecontroleerd) toevoegen

The practice store is never the real store nor the demo store (``oefenen/scheiding.py``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.commands.melding import fout as _fout
from werkcoach_tui.commands.melding import schoon


def registreer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("oefenen", help="Open de oefenomgeving voor trainers (eigen database, fictieve klanten).",
                       description="De oefenomgeving: oefencasussen met fictieve klanten, in een eigen database.")
    p.add_argument("--db", dest="oefen_db", metavar="PAD",
                   help="Ander oefenbestand (nooit de echte of de demodatabase).")
    p.set_defaults(func=uitvoeren, oefen_opdracht=None)
    oefen_sub = p.add_subparsers(dest="oefen_opdracht", metavar="OPDRACHT")

    def db_optie(q: argparse.ArgumentParser) -> None:
        q.add_argument("--db", dest="oefen_db", metavar="PAD", default=argparse.SUPPRESS,
                       help="Ander oefenbestand (nooit de echte of de demodatabase).")

    q = oefen_sub.add_parser("lijst", help="Toon de oefencasussen en welke gestart zijn.")
    db_optie(q)
    q = oefen_sub.add_parser("reset", help="Zet één casus, of zonder CASUS-ID de hele oefenomgeving, terug naar het begin.")
    q.add_argument("casus_id", nargs="?", metavar="CASUS-ID")
    db_optie(q)
    q = oefen_sub.add_parser("maak-casus", help="Maak van een bestaand dossier een gepseudonimiseerde oefencasus.")
    q.add_argument("klantnummer", metavar="KLANTNUMMER")
    q.add_argument("-o", "--uitvoer", required=True, metavar="BESTAND", help="Het casusbestand dat gemaakt wordt (.json).")
    q.add_argument("--db", dest="bron_db", metavar="PAD", help="De database met het dossier (standaard: uw eigen database).")
    q = oefen_sub.add_parser("import-casus", help="Voeg een casusbestand toe aan de casusmap van de trainer (eerst gecontroleerd).")
    q.add_argument("bestand", metavar="BESTAND")
    q.add_argument("--vervang", action="store_true", help="Vervang een eerder geïmporteerde casus met hetzelfde id.")


def open_oefenomgeving(args, ctx):
    """Open (and mark) the practice store for ``args``. Raises StoreFout (Dutch) when refused."""
    from werkcoach_tui.diensten import MODUS_OEFENEN, open_diensten
    from werkcoach_tui.oefenen.scheiding import controleer_oefenpad
    from werkcoach_tui.paths import oefen_db_path
    from werkcoach_tui.services.oefenen import bereid_oefenstore

    pad = controleer_oefenpad(getattr(args, "oefen_db", None) or oefen_db_path())
    diensten = open_diensten(pad, clock=ctx.clock, modus=MODUS_OEFENEN)
    try:
        bereid_oefenstore(diensten)
    except Exception:
        diensten.close()
        raise
    ctx._diensten = diensten  # closed by the CLI when done
    return diensten


def uitvoeren(args, ctx) -> int:
    opdracht = args.oefen_opdracht
    if ctx.args.demo:
        return _fout("--demo en 'oefenen' gaan niet samen: de oefenomgeving heeft een eigen database.")
    if opdracht == "maak-casus":
        return _maak_casus(args, ctx)
    if ctx.args.db:
        return _fout("--db vóór 'oefenen' kiest een echte database; de oefenomgeving gebruikt die nooit. "
                     "Gebruik 'werkcoach oefenen --db PAD' voor een ander oefenbestand.")
    if opdracht == "import-casus":
        return _import_casus(args, ctx)
    diensten = open_oefenomgeving(args, ctx)
    if opdracht is None:
        from werkcoach_tui.cli import start_app
        from werkcoach_tui.diensten import MODUS_OEFENEN

        return start_app(ctx, MODUS_OEFENEN)
    if opdracht == "lijst":
        return _lijst(diensten)
    if opdracht == "reset":
        return _reset(diensten, args.casus_id)
    return _fout(f"onbekende opdracht {opdracht!r}")  # pragma: no cover - argparse prevents this


def _lijst(diensten) -> int:
    casussen, fouten = diensten.oefenen.casussen()
    status = diensten.oefenen.status()
    print(f"Oefendatabase: {diensten.store.path}")
    for c in casussen:
        st = status.get(c.id)
        gestart = f"gestart als {st.klantnummer} op {formatteer_datum(st.gestart_op.date())}" if st else "niet gestart"
        print(f"  {c.id:<38} {c.niveau.label:<10} {gestart}")
        print(f"      {c.titel}")
    for f in fouten:
        print(f"  GEWEIGERD {f}", file=sys.stderr)
    print(f"{len(casussen)} casussen" + (f", {len(fouten)} bestand(en) geweigerd" if fouten else ""))
    return 0


def _reset(diensten, casus_id) -> int:
    service = diensten.oefenen
    if casus_id:
        service.casus(casus_id)  # unknown id: StoreFout with the list hint
        if service.reset_casus(casus_id) is None:
            print(f"Casus '{casus_id}' was nog niet gestart: er is niets terug te zetten.")
        else:
            print(f"Casus '{casus_id}' staat weer aan het begin (het werk van de trainee is verwijderd).")
        return 0
    n = service.reset_alles()
    print(f"De oefenomgeving is teruggezet: {n} oefenklant(en) verwijderd. Elke casus begint weer opnieuw.")
    return 0


def _import_casus(args, ctx) -> int:
    from werkcoach_tui.oefenen.casus import CasusFout
    from werkcoach_tui.services.oefenen import importeer_casus, trainer_casusmap

    try:
        casus = importeer_casus(Path(args.bestand), vervang=args.vervang)  # the case folder needs no store
    except CasusFout as exc:
        regels = str(exc).splitlines()
        print(schoon(f"werkcoach: casus geweigerd: {regels[0]}"), file=sys.stderr)
        for r in regels[1:]:
            print(f"  {r}", file=sys.stderr)
        return 2
    print(f"Casus '{casus.id}' ({casus.titel}) is toegevoegd aan {trainer_casusmap()}.")
    return 0


def _maak_casus(args, ctx) -> int:
    from werkcoach_tui.diensten import open_diensten
    from werkcoach_tui.oefenen.casus import schrijf_casus
    from werkcoach_tui.paths import default_db_path
    from werkcoach_tui.services.oefenen import maak_casus_uit_dossier
    from werkcoach_tui.store import Store

    uit = Path(args.uitvoer).expanduser()
    if uit.exists():
        return _fout(f"{uit} bestaat al. Kies een andere naam; een bestaand bestand wordt niet overschreven.")
    if not uit.parent.is_dir():
        return _fout(f"De map {uit.parent} bestaat niet. Maak hem eerst aan of kies een ander pad.")
    bron = Path(args.bron_db or ctx.args.db or default_db_path()).expanduser()
    Store.open(bron, create=False).close()  # a missing file: clear Dutch message, nothing created
    diensten = open_diensten(bron, clock=ctx.clock)
    ctx._diensten = diensten
    from werkcoach_tui.oefenen.casus import CasusFout

    try:
        gemaakt = maak_casus_uit_dossier(diensten, args.klantnummer)
        schrijf_casus(gemaakt.casus, uit)
    except CasusFout as exc:
        return _fout(f"de casus uit dit dossier is niet geldig ({str(exc).splitlines()[0]}); er is niets geschreven.")
    print(f"Casus '{gemaakt.casus.id}' geschreven naar {uit} (gepseudonimiseerd).")
    print("Pas nu de casus aan (zie docs/oefencasus-formaat.md) en voeg hem toe met "
          f"'werkcoach oefenen import-casus {uit}'. Nog te doen:")
    for punt in gemaakt.aandachtspunten:
        print(f"  - {punt}")
    return 0
