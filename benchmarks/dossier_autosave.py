"""Cost of the dossier autosave's per-field stale check (``DossierService.bewaar`` with ``basis``).

Builds a store with one klant whose dossier is filled and an audit trail of N rows (default
100,000, most of them for other klanten), then times, per call (wall and CPU):

* ``bewaar`` of three changed fields without a base (the old autosave);
* the same with ``basis`` when nobody else changed anything (the new autosave, no dialog);
* a save where one of the three fields was changed by someone else (a conflict: it looks up
  who saved it last in the audit trail).

    python benchmarks/dossier_autosave.py [--audit 100000] [--runs 200]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def bouw(pad: Path, audit_regels: int):
    from datetime import date

    from werkcoach_tui.clock import FixedClock
    from werkcoach_tui.diensten import Diensten
    from werkcoach_tui.store import Store

    klok = FixedClock.on(date(2026, 11, 23))
    d = Diensten(Store.open(pad), klok)
    klant = d.klanten.maak({"naam": "Petra Visser", "ww_startdatum": "23-05-2026", "beschikbare_uren": "32"})
    d.dossier.bewaar(klant.id, {"werkervaring": "10 jaar zorg", "regio": "Twente", "competenties": "geduldig",
                                "visie_werkcoach": "x" * 2000})
    with d.store.engine.begin() as conn:
        raw = conn.connection.driver_connection
        raw.executemany(
            "INSERT INTO audit (tijdstip, wie, actie, entiteit, klantnummer, veld, oud, nieuw, waarde_hash, "
            "vorige_hash, hash, gewist) VALUES ('2026-11-20 10:00:00', 'Bram', 'wijzigen', 'dossier', ?, ?, "
            "'a', 'b', '', '', '', 0)",
            [(klant.klantnummer if i % 50 == 0 else f"K{300000 + i % 5000}", "regio" if i % 3 else "netwerk")
             for i in range(audit_regels)],
        )
    return d, klant.id, klok


def tijd(fn, runs: int, voor=None) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``fn(i)``; ``voor(i)`` runs first, untimed."""
    walls, cpus = [], []
    for i in range(runs):
        if voor is not None:
            voor(i)
        w, c = time.perf_counter(), _cpu()
        fn(i)
        walls.append(time.perf_counter() - w)
        cpus.append(_cpu() - c)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audit", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    from werkcoach_tui.services.dossier import DossierService

    with tempfile.TemporaryDirectory() as tmp:
        d, kid, klok = bouw(Path(tmp) / "bench.db", args.audit)
        dossier = d.dossier
        ander = DossierService(d.store, klok, "Bram Smit")
        basis = {}

        def velden(i: int) -> dict:
            return {"werkervaring": f"{i} jaar zorg", "regio": f"Twente {i}", "visie_werkcoach": "y" * 2000 + str(i)}

        def lees_basis() -> None:
            v = dossier.open(kid).ronde.velden
            basis.update({k: v.get(k) for k in ("werkervaring", "regio", "visie_werkcoach")})

        zonder = tijd(lambda i: dossier.bewaar(kid, velden(i)), args.runs)

        def met_basis(i: int) -> None:
            uitkomst = dossier.bewaar(kid, velden(10_000 + i), basis=basis)
            assert not uitkomst.conflicten
            basis.update(uitkomst.bewaard)

        lees_basis()
        met = tijd(met_basis, args.runs)

        def met_conflict(i: int) -> None:
            uitkomst = dossier.bewaar(kid, velden(20_000 + i), basis=basis)
            assert [c.veld for c in uitkomst.conflicten] == ["regio"]
            basis.update(uitkomst.bewaard)

        lees_basis()
        conflict = tijd(met_conflict, args.runs, voor=lambda i: ander.bewaar(kid, {"regio": f"Drenthe {i}"}))
        d.close()

    print(f"audit rows: {args.audit:,}, runs: {args.runs} (median per call, ms wall / ms CPU)")
    print(f"  bewaar, no base (old autosave)       : {zonder[0]:6.2f} / {zonder[1]:6.2f}")
    print(f"  bewaar with base, nobody else changed: {met[0]:6.2f} / {met[1]:6.2f}")
    print(f"  bewaar with base, one field conflict : {conflict[0]:6.2f} / {conflict[1]:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
