"""Crash safety: kill -9 a writing process at random points, then check the store.

A child process writes in a loop through the store and the audit layer: per transaction one
klant, three gesprekken and their audit rows, plus an update of an earlier klant (versie+1).
After each commit returns it prints ``COMMIT <klantnummer>`` (flushed). The parent kills it
with SIGKILL after a random delay and then checks, with a fresh connection:

* ``PRAGMA integrity_check`` is ok and ``PRAGMA foreign_key_check`` is empty;
* every klant reported committed is there (lost commits = those missing);
* no half transaction: every klant has exactly 3 gesprekken, and the audit hash chain is intact.

    python benchmarks/crash_soak.py [--kills 100] [--db PAD] [--json]

Prints: kills / integrity ok / lost commits / half transactions.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GESPREKKEN_PER_KLANT = 3


def schrijver(pad: Path) -> None:  # runs in the child
    from datetime import date, datetime

    from werkcoach_tui.models.enums import GesprekType, Kanaal
    from werkcoach_tui.models.gesprek import Gesprek
    from werkcoach_tui.models.klant import Klant
    from werkcoach_tui.services.audit import schrijf_audit
    from werkcoach_tui.store import Store

    store = Store.open(pad)
    rnd = random.Random(os.getpid())
    print("KLAAR", flush=True)
    n = 0
    while True:
        n += 1
        nummer = f"C{os.getpid()}{n:06d}"[:20]
        with store.schrijf() as s:
            nu = datetime.now()
            k = Klant(klantnummer=nummer, naam=f"Crash Test {n}", aangemaakt_op=nu, gewijzigd_op=nu)
            s.add(k)
            s.flush()
            schrijf_audit(s, tijdstip=nu, wie="soak", actie="aanmaken", entiteit="klant", entiteit_id=k.id,
                          klantnummer=nummer, veld="naam", nieuw=k.naam)
            for i in range(GESPREKKEN_PER_KLANT):
                g = Gesprek(klant_id=k.id, datum=date(2026, 1, 1 + i), type=GesprekType.INTAKE,
                            kanaal=Kanaal.VESTIGING, duur_minuten=30, notitie="x" * rnd.randint(0, 3000))
                s.add(g)
                s.flush()
                schrijf_audit(s, tijdstip=nu, wie="soak", actie="aanmaken", entiteit="gesprek",
                              entiteit_id=g.id, klantnummer=nummer)
            ander = s.get(Klant, rnd.randint(1, k.id))
            if ander is not None:
                ander.versie += 1
                s.add(ander)
        print(f"COMMIT {nummer}", flush=True)


def controleer(pad: Path, gecommit: set[str]) -> dict:
    from sqlmodel import Session, create_engine

    from werkcoach_tui.services.audit import controleer_keten

    con = sqlite3.connect(pad)
    try:
        integriteit = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        aanwezig = {r[0] for r in con.execute("SELECT klantnummer FROM klant")}
        half = con.execute(
            "SELECT count(*) FROM klant k WHERE (SELECT count(*) FROM gesprek g WHERE g.klant_id = k.id) <> ?",
            (GESPREKKEN_PER_KLANT,)).fetchone()[0]
    finally:
        con.close()
    engine = create_engine(f"sqlite:///{pad}")
    with Session(engine) as s:
        keten = controleer_keten(s)
    engine.dispose()
    return {"integriteit": integriteit, "fk_fouten": len(fk), "verloren": len(gecommit - aanwezig),
            "half": half, "keten_ok": keten.ok, "klanten": len(aanwezig)}


def soak(pad: Path, kills: int, *, min_s: float = 0.05, max_s: float = 0.6, seed: int = 7) -> dict:
    from werkcoach_tui.store import Store

    Store.open(pad).close()
    rnd = random.Random(seed)
    gecommit: set[str] = set()
    uitslag = {"kills": 0, "integriteit_ok": 0, "verloren_commits": 0, "halve_transacties": 0,
               "fk_fouten": 0, "keten_ok": 0, "gecommit": 0}
    for _ in range(kills):
        kind = subprocess.Popen([sys.executable, __file__, "--schrijver", str(pad)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, cwd=str(ROOT))
        assert kind.stdout is not None
        kind.stdout.readline()  # KLAAR: the store is open, the loop starts now
        time.sleep(rnd.uniform(min_s, max_s))
        os.kill(kind.pid, signal.SIGKILL)
        uit, _ = kind.communicate()
        kind.wait()
        for regel in uit.splitlines():
            if regel.startswith("COMMIT "):
                gecommit.add(regel.split()[1])
        c = controleer(pad, gecommit)
        uitslag["kills"] += 1
        uitslag["integriteit_ok"] += int(c["integriteit"] and c["fk_fouten"] == 0)
        uitslag["verloren_commits"] += c["verloren"]
        uitslag["halve_transacties"] += c["half"]
        uitslag["fk_fouten"] += c["fk_fouten"]
        uitslag["keten_ok"] += int(c["keten_ok"])
    uitslag["gecommit"] = len(gecommit)
    return uitslag


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--schrijver", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.schrijver:
        schrijver(args.schrijver)
        return 0
    pad = args.db or Path(tempfile.mkdtemp(prefix="crash-soak-")) / "soak.db"
    start = time.perf_counter()
    u = soak(pad, args.kills)
    u["seconden"] = round(time.perf_counter() - start, 1)
    if args.json:
        print(json.dumps(u))
    else:
        print(f"kills: {u['kills']}  integrity ok: {u['integriteit_ok']}/{u['kills']}  "
              f"lost commits: {u['verloren_commits']} (of {u['gecommit']} reported committed)  "
              f"half transactions: {u['halve_transacties']}  audit chain ok: {u['keten_ok']}/{u['kills']}  "
              f"({u['seconden']} s)")
    ok = (u["integriteit_ok"] == u["kills"] and u["verloren_commits"] == 0 and u["halve_transacties"] == 0
          and u["keten_ok"] == u["kills"])
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
