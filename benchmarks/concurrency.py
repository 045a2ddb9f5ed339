"""Concurrency: several processes doing read-modify-write updates on the same klant.

Each process repeats: in one write transaction (the store's ``BEGIN IMMEDIATE``) read the
klant, add 1 to its ``versie`` and write an audit row. With no lost update the final value is
1 + processes × updates. Any StoreFout ("database is locked" or other) that would reach a
user is counted. Also checks the audit chain afterwards (concurrent appenders must not fork it).

    python benchmarks/concurrency.py [--processen 2 4] [--updates 1000] [--json]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _werker(pad: str, klant_id: int, updates: int, start, fouten) -> None:
    from datetime import datetime

    from werkcoach_tui.models.klant import Klant
    from werkcoach_tui.services.audit import schrijf_audit
    from werkcoach_tui.store import Store, StoreFout

    store = Store.open(pad)
    start.wait()
    n_fout = 0
    for _ in range(updates):
        try:
            with store.schrijf() as s:
                k = s.get(Klant, klant_id)
                oud = k.versie
                k.versie = oud + 1
                s.add(k)
                schrijf_audit(s, tijdstip=datetime.now(), wie="bench", actie="wijzigen", entiteit="klant",
                              entiteit_id=klant_id, klantnummer=k.klantnummer, veld="versie", oud=oud, nieuw=oud + 1)
        except StoreFout:
            n_fout += 1
    with fouten.get_lock():
        fouten.value += n_fout
    store.close()


def meet(processen: int, updates: int, pad: Path) -> dict:
    from sqlmodel import Session, create_engine

    from werkcoach_tui.clock import SystemClock
    from werkcoach_tui.diensten import Diensten
    from werkcoach_tui.services.audit import controleer_keten
    from werkcoach_tui.store import Store

    from werkcoach_tui.models.klant import Klant  # noqa: F401 - imported before forking
    from werkcoach_tui.services import audit  # noqa: F401

    d = Diensten(Store.open(pad), SystemClock())
    klant = d.klanten.maak({"naam": "Gedeelde Klant"})
    d.close()
    # fork: the workers inherit the imported modules (no store is open in the parent at this point)
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    start = ctx.Event()
    fouten = ctx.Value("i", 0)
    procs = [ctx.Process(target=_werker, args=(str(pad), klant.id, updates, start, fouten)) for _ in range(processen)]
    for p in procs:
        p.start()
    time.sleep(0.5)
    t0 = time.perf_counter()
    start.set()
    for p in procs:
        p.join()
    duur = time.perf_counter() - t0
    d = Diensten(Store.open(pad), SystemClock())
    eind = d.klanten.kaart(klant.id).klant.versie
    d.close()
    engine = create_engine(f"sqlite:///{pad}")
    with Session(engine) as s:
        keten = controleer_keten(s)
    engine.dispose()
    verwacht = 1 + processen * updates
    return {"processen": processen, "updates": processen * updates, "verloren": verwacht - eind + 0,
            "vergrendeld_fouten": fouten.value, "keten_ok": keten.ok, "seconden": round(duur, 2),
            "exitcodes": [p.exitcode for p in procs]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--processen", type=int, nargs="+", default=[2, 4])
    ap.add_argument("--updates", type=int, default=1000, help="per process")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    ok = True
    for n in args.processen:
        pad = Path(tempfile.mkdtemp(prefix="concurrency-")) / "c.db"
        u = meet(n, args.updates, pad)
        ok &= u["verloren"] == 0 and u["vergrendeld_fouten"] == 0 and u["keten_ok"] and set(u["exitcodes"]) == {0}
        if args.json:
            print(json.dumps(u))
        else:
            print(f"{n} processes × {args.updates} updates: {u['updates']} updates, lost {u['verloren']}, "
                  f"'database is locked' reaching the user {u['vergrendeld_fouten']}, audit chain "
                  f"{'ok' if u['keten_ok'] else 'BROKEN'}, {u['seconden']} s")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
