"""`werkcoach info`: where the data lives and how the store is set up."""

from __future__ import annotations

import argparse


def registreer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("info", help="Toon waar de gegevens staan en hoe de database is ingesteld.")
    p.set_defaults(func=uitvoeren)


def uitvoeren(args, ctx) -> int:
    diensten = ctx.open()
    store = diensten.store
    print(f"Database:      {store.path}")
    print(f"Soort:         {diensten.label}")
    print(f"Schemaversie:  {store.pragma('user_version')}")
    print(f"Journal:       {store.pragma('journal_mode')}, synchronous={store.pragma('synchronous')}, "
          f"foreign_keys={store.pragma('foreign_keys')}, busy_timeout={store.pragma('busy_timeout')} ms")
    print(f"Klanten:       {diensten.klanten.aantal()}")
    return 0
