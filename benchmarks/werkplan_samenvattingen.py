"""How fast is ``diensten.werkplan.samenvattingen`` for a caseload of 10,000 klanten?

Builds a temporary store with N klanten (WW start up to 2 years back, a werkplan with 4
afspraken, ~1 activity per week, an exemption for every 10th klant) and times the bulk call.
Usage: python benchmarks/werkplan_samenvattingen.py [N]
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from werkcoach_tui.clock import FixedClock  # noqa: E402
from werkcoach_tui.diensten import Diensten  # noqa: E402
from werkcoach_tui.store import Store  # noqa: E402

VANDAAG = date(2026, 11, 23)


def bouw(pad: Path, n: int) -> None:
    Store.open(pad).close()
    rng = random.Random(7)
    con = sqlite3.connect(pad)
    klanten, versies, afspraken, sols, vrij = [], [], [], [], []
    for i in range(1, n + 1):
        start = VANDAAG - timedelta(days=rng.randrange(0, 730))
        klanten.append((i, f"K{200000 + i}", f"Klant {i}", start.isoformat(), "1975-01-01", "uitvoeren", 1))
        versies.append((i, i, 1, "vastgesteld", 4, "", (start + timedelta(days=20)).isoformat(), 1))
        for j in range(4):
            afspraken.append((i, i, f"s{i}-{j}", j, "klant", "Solliciteren", "4 per 4 weken",
                              (VANDAAG + timedelta(days=30)).isoformat(), "Werkmap", "sollicitatie", "open"))
        dag = start
        while dag < VANDAAG:
            sols.append((i, dag.isoformat(), "Werkgever", "Functie", "reactie_op_vacature", "", "niet_gevraagd", ""))
            dag += timedelta(days=rng.choice((5, 7, 7, 9)))
        if i % 10 == 0:
            van = start + timedelta(days=40)
            vrij.append((i, "mantelzorg", van.isoformat(), (van + timedelta(days=90)).isoformat(), ""))
    con.executemany("INSERT INTO klant (id, klantnummer, naam, ww_startdatum, geboortedatum, fase, versie, digivaardig,"
                    " vroegmelder, arbeidsbeperking, grensregio) VALUES (?,?,?,?,?,?,?,1,0,0,0)", klanten)
    con.executemany("INSERT INTO werkplan_versie (id, klant_id, versie, status, sollicitatienorm, sollicitatienorm_reden,"
                    " vastgesteld_op, akkoord_klant, akkoord_toelichting, wijzigingsreden, interne_notitie)"
                    " VALUES (?,?,?,?,?,?,?,?,'','','')", versies)
    con.executemany("INSERT INTO afspraak (klant_id, werkplan_versie_id, sleutel, volgorde, wie, wat, hoeveel, wanneer,"
                    " hoe_aangetoond, soort, status, reden_niet_nagekomen, interne_notitie)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,'','')", afspraken)
    con.executemany("INSERT INTO sollicitatie (klant_id, datum, werkgever, functie, soort, resultaat, bewijs, bron)"
                    " VALUES (?,?,?,?,?,?,?,?)", sols)
    con.executemany("INSERT INTO vrijstelling (klant_id, reden, van, tot, toelichting) VALUES (?,?,?,?,?)", vrij)
    con.commit()
    con.close()
    print(f"{n} klanten, {len(sols)} sollicitatieactiviteiten, {len(vrij)} vrijstellingen")


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        pad = Path(tmp) / "bench.db"
        bouw(pad, n)
        d = Diensten(Store.open(pad), FixedClock.on(VANDAAG))
        ids = list(range(1, n + 1))
        tijden = []
        for _ in range(3):
            t = time.perf_counter()
            uit = d.werkplan.samenvattingen(ids)
            tijden.append(time.perf_counter() - t)
        tekort = sum(s.perioden_tekort for s in uit.values())
        print(f"samenvattingen({n}): beste {min(tijden):.2f} s, slechtste {max(tijden):.2f} s; "
              f"{tekort} perioden met tekort")
        t = time.perf_counter()
        d.werkplan.samenvatting(ids[n // 2])
        print(f"samenvatting(1): {1000 * (time.perf_counter() - t):.1f} ms")
        d.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
