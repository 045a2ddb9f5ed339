"""The `werkcoach` command: start the app (real, demo or practice store) or run a subcommand.

Every problem ends with one Dutch line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional, Sequence

from werkcoach_tui import opstart
from werkcoach_tui.commands.melding import EXIT_FOUT
from werkcoach_tui.commands.melding import fout as _fout


_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "expected one argument": "verwacht één waarde",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "not allowed with argument %s": "niet samen met argument %s",
    "one of the arguments %s is required": "kies één van: %s",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
}


def _nederlands_argparse() -> None:
    """argparse speaks English through gettext; give it the Dutch words."""
    argparse._ = lambda tekst: _ARGPARSE_NL.get(tekst, tekst)  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    """argparse that never echoes control characters (terminal escapes) from hostile arguments."""

    def error(self, message):  # type: ignore[override]
        super().error("".join(ch if ch.isprintable() else "?" for ch in message))


def _parser() -> argparse.ArgumentParser:
    from werkcoach_tui.commands import SUBCOMMANDS

    _nederlands_argparse()
    parser = _Parser(
        prog="werkcoach",
        description="Werkcoach: dossiers, methodisch handelen, werkplan en vacatures voor de adviseur werk.",
    )
    parser.add_argument("--db", metavar="PAD", help="Databasebestand (standaard: WERKCOACH_DB of de gebruikersmap).")
    parser.add_argument("--demo", action="store_true", help="Open de demo met fictieve klanten (eigen bestand).")
    parser.add_argument("--reset", action="store_true", help="Met --demo: bouw de demo opnieuw op.")
    parser.add_argument("--vandaag", metavar="DD-MM-JJJJ", help="Werk alsof het vandaag deze datum is (training, demo).")
    parser.add_argument("--versleuteld", action="store_true",
                        help="De database is versleuteld (SQLCipher); sleutel uit WERKCOACH_SLEUTEL of gevraagd.")
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT")
    for naam in SUBCOMMANDS:
        importlib.import_module(naam).registreer(sub)
    return parser


@dataclass
class Context:
    """What subcommands get: the parsed options and a way to open the store."""

    args: argparse.Namespace
    vandaag: Optional[date] = None
    _diensten: object = field(default=None, repr=False)

    @property
    def clock(self):
        from werkcoach_tui.clock import FixedClock, SystemClock

        return FixedClock.on(self.vandaag) if self.vandaag else SystemClock()

    def db_pad(self) -> Path:
        from werkcoach_tui.paths import default_db_path, demo_db_path

        if self.args.demo:
            return demo_db_path()
        if self.args.db:
            return Path(self.args.db).expanduser()
        return default_db_path()

    def sleutel(self) -> Optional[str]:
        """The passphrase: WERKCOACH_SLEUTEL, else asked (only with --versleuteld)."""
        from werkcoach_tui.versleuteling import vraag_sleutel

        return vraag_sleutel(bool(getattr(self.args, "versleuteld", False)) and not self.args.demo)

    def open(self, modus: Optional[str] = None):
        from werkcoach_tui.demo import zorg_voor_demo
        from werkcoach_tui.diensten import MODUS_DEMO, MODUS_NORMAAL, open_diensten

        if self._diensten is None:
            pad = self.db_pad()
            if self.args.demo:
                zorg_voor_demo(pad, self.clock.today(), opnieuw=bool(self.args.reset))
            self._diensten = open_diensten(
                pad, clock=self.clock, modus=modus or (MODUS_DEMO if self.args.demo else MODUS_NORMAAL),
                sleutel=None if self.args.demo else self.sleutel(),
            )
        return self._diensten

    def close(self) -> None:
        if self._diensten is not None:
            self._diensten.close()
            self._diensten = None


def main(argv: Optional[Sequence[str]] = None) -> int:
    opstart.pauzeer()  # no garbage collection while starting (werkcoach_tui/opstart.py)
    try:
        return _main(argv)
    finally:
        opstart.hervat()


def _main(argv: Optional[Sequence[str]] = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from sqlalchemy.exc import SQLAlchemyError

    from werkcoach_tui.store import SleutelFout, StoreFout

    vandaag = None
    tekst = args.vandaag or os.environ.get("WERKCOACH_VANDAAG")
    if tekst:
        from werkcoach_tui.rules.datums import parse_datum

        try:
            vandaag = parse_datum(tekst)
        except ValueError as exc:
            return _fout(f"--vandaag: {exc}")
    if args.reset and not args.demo:
        return _fout("--reset werkt alleen samen met --demo (de echte database wordt nooit leeggemaakt).")
    ctx = Context(args, vandaag)
    try:
        if getattr(args, "func", None) is not None:
            opstart.hervat()  # a subcommand may run long: it gets the collector back at once
            return int(args.func(args, ctx) or 0)
        return start_app(ctx)
    except SleutelFout as exc:
        # One Dutch line, on stdout: stderr stays empty (SQLCipher's own log is silenced too).
        print(f"werkcoach: {exc}")
        return EXIT_FOUT
    except StoreFout as exc:
        return _fout(str(exc))
    except (sqlite3.Error, SQLAlchemyError) as exc:
        from werkcoach_tui.store import _dutch_operational

        return _fout(_dutch_operational(getattr(exc, "orig", None) or exc, ctx.db_pad()))
    except OSError as exc:
        return _fout(f"Bestandsfout: {exc.strerror or exc} ({exc.filename or ''}). Controleer het pad en de rechten.")
    except OverflowError:
        return _fout("Een opgegeven getal is te groot. Controleer de invoer; er is niets gewijzigd.")
    except ValueError as exc:  # e.g. a path with a NUL character
        return _fout(f"Ongeldige invoer ({exc}). Controleer wat u heeft ingetypt; er is niets gewijzigd.")
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()


def start_app(ctx: Context, modus: Optional[str] = None) -> int:
    opstart.pauzeer()  # also when a subcommand starts the app (the practice environment)
    diensten = ctx.open(modus)
    from werkcoach_tui.app import WerkcoachApp

    app = WerkcoachApp(diensten)
    app.run(headless=bool(os.environ.get("WERKCOACH_BENCH_STARTUP")))
    return int(app.return_code or 0)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
