"""Speed of ``diensten.dossier.samenvattingen`` (the bulk contract other features use).

Builds a store with N klanten (default 10,000), each with a dossier round, two
instruments and three gesprekken, then times one bulk call for all klanten and a
single ``samenvatting``. Prints the figures.

    python benchmarks/dossier_samenvattingen.py [--klanten 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def bouw(pad: Path, n: int) -> None:
    from werkcoach_tui.store import Store

    store = Store.open(pad)
    start = date(2026, 1, 5)
    with store.engine.begin() as conn:
        raw = conn.connection.driver_connection
        raw.executemany(
            "INSERT INTO klant (id, klantnummer, naam, digivaardig, vroegmelder, arbeidsbeperking, grensregio, "
            "fase, versie) VALUES (?, ?, ?, 1, 0, 0, 0, 'uitvoeren', 1)",
            [(i, f"K{200000 + i}", f"Klant {i}") for i in range(1, n + 1)],
        )
        velden = json.dumps({"wensberoepen": ["magazijnmedewerker"], "competenties": ["nauwkeurig"],
                             "regio": "Twente", "max_reistijd_minuten": 45, "visie_werkcoach": "x",
                             "dienstverleningsdoel": "werk_fit_blijven", "zelfredzaam": "deels"})
        raw.executemany(
            "INSERT INTO dossier_ronde (klant_id, ronde, stap, gestart_op, velden, versie) "
            "VALUES (?, 1, 'uitvoeren', ?, ?, 1)",
            [(i, start.isoformat(), velden) for i in range(1, n + 1)],
        )
        raw.executemany(
            "INSERT INTO dossier_instrument (klant_id, ronde, instrument, kosten_centen, vraag_werkgevers, "
            "geschiktheid_klant, bijdrage_instrument, status) VALUES (?, 1, ?, 65000, 'a', 'b', 'c', 'gestart')",
            [(i, soort) for i in range(1, n + 1) for soort in ("korte_cursus", "competentietest")],
        )
        raw.executemany(
            "INSERT INTO gesprek (klant_id, datum, type, kanaal, duur_minuten, notitie, status) "
            "VALUES (?, ?, 'coachingsgesprek', 'telefonisch', 20, '', 'gevoerd')",
            [(i, (start + timedelta(days=30 * k)).isoformat()) for i in range(1, n + 1) for k in range(3)],
        )
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--klanten", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from werkcoach_tui.clock import FixedClock
    from werkcoach_tui.diensten import open_diensten

    with tempfile.TemporaryDirectory() as tmp:
        pad = Path(tmp) / "bench.db"
        bouw(pad, args.klanten)
        diensten = open_diensten(pad, clock=FixedClock.on(date(2026, 11, 23)))
        ids = list(range(1, args.klanten + 1))
        tijden = []
        cpu = []
        for _ in range(args.runs):
            t, c = time.perf_counter(), time.process_time()
            alle = diensten.dossier.samenvattingen(ids)
            tijden.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        assert len(alle) == args.klanten
        t = time.perf_counter()
        diensten.dossier.samenvatting(ids[len(ids) // 2])
        een = time.perf_counter() - t
        diensten.close()
    print(f"samenvattingen({args.klanten} klanten): mediaan {statistics.median(tijden):.3f} s "
          f"(min {min(tijden):.3f} s, {args.runs} runs; CPU-tijd mediaan {statistics.median(cpu):.3f} s)")
    print(f"samenvatting(1 klant): {een * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
