"""Signals for a large caseload: compute time and dashboard opening time.

1. Generates a store with N klanten (default 10,000) with realistic gesprekken
   (intake, WOG, coaching, monitor, some planned; some klanten late or overdue).
2. Times ``diensten.signalen.caseload_signalen(today)`` (bulk facts + rules):
   a. with what this store holds (features that are not installed stay unknown);
   b. with generated sollicitatieactiviteiten and exemptions for every klant, supplied as
      werkplan summaries in memory (the load the sollicitatieplicht rule gets once the
      werkplan feature is there), plus dossier summaries with instruments.
   Target (issue 6): under 0.5 s.
3. Times the dashboard opening in a child process (imports counted, like
   ``benchmarks/startup.py``): until the caseload rows are on screen, and until the
   signal badges are filled in. Target: under 1.5 s.

    python benchmarks/signalen.py [--klanten 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VANDAAG = date(2026, 11, 23)
VOORNAMEN = ["Anna", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Ilse", "Joost", "Kees",
             "Lotte", "Mohamed", "Noor", "Oscar", "Petra", "Rik", "Sara", "Tom", "Yara"]
ACHTERNAMEN = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos",
               "Peters", "Hendriks", "El Amrani", "Yilmaz", "Kramer", "Dekker", "Brouwer", "Willems"]
BANDEN = ["0-25", "25-50", "50-75", "75-100", None]


def maak_store(pad: Path, aantal: int, vandaag: date = VANDAAG) -> int:
    """``aantal`` klanten with gesprekken, bulk inserted. Returns the number of gesprekken."""
    from werkcoach_tui.store import Store

    rnd = random.Random(6_000)
    store = Store.open(pad)
    klanten, gesprekken = [], []
    for i in range(aantal):
        melding = vandaag - timedelta(days=rnd.randint(0, 720))
        start = melding + timedelta(days=rnd.randint(0, 14))
        einde = start + timedelta(days=rnd.choice([90, 180, 365, 548, 730]))
        vorige = rnd.choice([24, 32, 36, 40])
        beschikbaar = vorige if rnd.random() < 0.85 else vorige - 8
        band = rnd.choice(BANDEN)
        digi = 0 if rnd.random() < 0.1 else 1
        fase = rnd.choice(["beeldvorming", "oordeelsvorming", "besluiten", "uitvoeren", "uitvoeren", "afgesloten"])
        klanten.append((
            i + 1, f"K{300000 + i}", f"{rnd.choice(VOORNAMEN)} {rnd.choice(ACHTERNAMEN)}",
            (start - timedelta(days=rnd.randint(20 * 365, 64 * 365))).isoformat(), melding.isoformat(),
            start.isoformat(), einde.isoformat(), vorige, beschikbaar, band,
            (melding + timedelta(days=3)).isoformat() if band else None, digi, fase,
        ))
        d = melding + timedelta(days=rnd.randint(3, 20))
        soorten = ["intake"]
        if band in ("0-25", "25-50") or not digi:
            soorten.append("werkorientatiegesprek")
        while d <= vandaag + timedelta(days=30):
            soort = soorten.pop(0) if soorten else rnd.choice(["coachingsgesprek"] * 4 + ["monitorgesprek"])
            status = "gepland" if d >= vandaag else "gevoerd"
            gesprekken.append((i + 1, d.isoformat(), soort, rnd.choice(["vestiging", "telefonisch", "video"]),
                               0 if status == "gepland" else rnd.choice([20, 30, 45, 60]), "", status))
            if status == "gepland":
                break
            d += timedelta(days=rnd.randint(21, 50))
    with store.schrijf() as s:
        raw = s.connection().connection.driver_connection
        raw.executemany(
            "INSERT INTO klant (id, klantnummer, naam, geboortedatum, meldingsdatum, ww_startdatum, ww_einddatum,"
            " uren_vorige_baan, beschikbare_uren, werkverkenner_band, werkverkenner_datum, digivaardig, fase,"
            " vroegmelder, arbeidsbeperking, grensregio, versie) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0,1)",
            klanten)
        raw.executemany(
            "INSERT INTO gesprek (klant_id, datum, type, kanaal, duur_minuten, notitie, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", gesprekken)
    store.close()
    return len(gesprekken)


class _Samenvattingen:
    """Benchmark-only stand-in for a feature's bulk summaries (generated in memory)."""

    def __init__(self, data: dict) -> None:
        self.data = data

    def samenvattingen(self, ids):
        return {i: self.data[i] for i in ids if i in self.data}


def gegenereerde_features(diensten, vandaag: date = VANDAAG):
    """Werkplan summaries with sollicitaties (about 1 per week) and dossier summaries with instruments."""
    from werkcoach_tui.models.enums import Instrument
    from werkcoach_tui.services.samenvattingen import (
        DossierSamenvatting,
        InstrumentSamenvatting,
        WerkplanSamenvatting,
    )

    rnd = random.Random(42)
    with diensten.store.lees() as s:
        rijen = s.connection().exec_driver_sql("SELECT id, ww_startdatum FROM klant").all()
    werkplannen, dossiers, aantal_soll = {}, {}, 0
    for klant_id, start in rijen:
        start = date.fromisoformat(start)
        data, d = [], start + timedelta(days=rnd.randint(1, 6))
        while d <= vandaag:
            if rnd.random() < 0.93:
                data.append(d)
            d += timedelta(days=rnd.randint(5, 9))
        aantal_soll += len(data)
        vrij = ()
        if rnd.random() < 0.1:
            van = start + timedelta(days=rnd.randint(0, 200))
            vrij = (("vakantie", van, van + timedelta(days=13)),)
        werkplannen[klant_id] = WerkplanSamenvatting(
            klant_id=klant_id, heeft_werkplan=rnd.random() < 0.8, concept=rnd.random() < 0.2,
            vastgesteld_op=start + timedelta(days=30), sollicitatie_data=tuple(data), vrijstellingen=vrij,
        )
        instrumenten = ()
        if rnd.random() < 0.3:
            instrumenten = (InstrumentSamenvatting(
                rnd.choice([Instrument.SCHOLING, Instrument.IRO, Instrument.KORTE_CURSUS]),
                Decimal(rnd.choice(["450", "1500", "2450", "3900"])),
                onderbouwing="Vraag in de regio" if rnd.random() < 0.7 else "",
                ingezet_op=start + timedelta(days=60),
            ),)
        dossiers[klant_id] = DossierSamenvatting(
            klant_id=klant_id, visie_werkcoach="visie", arbeidsmarktkansen_gewogen=rnd.random() < 0.5,
            risico_langdurig_werkloos=rnd.random() < 0.3, instrumenten=instrumenten,
        )
    return _Samenvattingen(dossiers), _Samenvattingen(werkplannen), aantal_soll


def tijd(functie, runs: int) -> tuple[list[float], list[float], object]:
    """Wall-clock and CPU seconds of ``runs`` calls (CPU shows the cost on a busy machine)."""
    tijden, cpu, uit = [], [], None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        uit = functie()
        tijden.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return tijden, cpu, uit


def meet_app(args: list[str], runs: int, variabele: str, env_extra: dict[str, str]) -> tuple[list[float], list[float]]:
    """Wall-clock seconds from process start until the app writes the time to ``variabele``'s file,
    and the child's CPU seconds (user + system) for the whole run."""
    import resource

    tijden, cpu = [], []
    for _ in range(runs):
        voor = resource.getrusage(resource.RUSAGE_CHILDREN)
        with tempfile.TemporaryDirectory() as tmp:
            meld = Path(tmp) / "getoond"
            env = dict(os.environ, **env_extra)
            env.pop("WERKCOACH_BENCH_STARTUP", None)
            env.pop("WERKCOACH_BENCH_SIGNALEN", None)
            env[variabele] = str(meld)
            t0 = time.time()
            r = subprocess.run([sys.executable, "-m", "werkcoach_tui", *args], env=env, capture_output=True,
                               text=True, timeout=120, cwd=ROOT)
            if r.returncode != 0 or not meld.exists():
                raise SystemExit(f"run mislukt (rc={r.returncode}): {r.stderr[-500:]}")
            tijden.append(float(meld.read_text()) - t0)
            na = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append((na.ru_utime - voor.ru_utime) + (na.ru_stime - voor.ru_stime))
    return tijden, cpu


def _regel(naam: str, tijden: list[float], cpu: list[float], doel: float) -> str:
    med = statistics.median(tijden)
    return (f"{naam:<56}{med:>8.3f}{max(tijden):>8.3f}{statistics.median(cpu):>8.3f}   "
            f"{'ok' if med < doel else 'above target'} (< {doel} s)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--klanten", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    opts = ap.parse_args()

    from werkcoach_tui.clock import FixedClock
    from werkcoach_tui.diensten import Diensten
    from werkcoach_tui.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        pad = Path(tmp) / "signalen.db"
        t0 = time.perf_counter()
        n_gesprekken = maak_store(pad, opts.klanten)
        bouw = time.perf_counter() - t0
        diensten = Diensten(Store.open(pad), FixedClock.on(VANDAAG))
        diensten.signalen.caseload_signalen(VANDAAG)  # warm up imports and caches

        kaal, kaal_cpu, res = tijd(lambda: diensten.signalen.caseload_signalen(VANDAAG), opts.runs)
        feiten_t, feiten_cpu, _ = tijd(diensten.signalen.feiten, opts.runs)
        n_kaal = sum(len(v) for v in res.per_klant.values())
        features = []
        for naam in ("dossier", "werkplan"):
            dienst = getattr(diensten, naam, None)
            if dienst is not None and callable(getattr(dienst, "samenvattingen", None)):
                features.append(naam)

        dossier, werkplan, n_soll = gegenereerde_features(diensten)
        eigen = (getattr(diensten, "dossier", None), getattr(diensten, "werkplan", None))
        diensten.dossier, diensten.werkplan = dossier, werkplan
        vol, vol_cpu, res_vol = tijd(lambda: diensten.signalen.caseload_signalen(VANDAAG), opts.runs)
        n_vol = sum(len(v) for v in res_vol.per_klant.values())
        diensten.dossier, diensten.werkplan = eigen
        diensten.close()

        env = {"XDG_DATA_HOME": tmp}
        args = ["--db", str(pad), "--vandaag", "23-11-2026"]
        eerste, eerste_cpu = meet_app(args, opts.runs, "WERKCOACH_BENCH_STARTUP", env)
        badges, badges_cpu = meet_app(args, opts.runs, "WERKCOACH_BENCH_SIGNALEN", env)

    print(f"{opts.klanten} klanten, {n_gesprekken} gesprekken (store built in {bouw:.2f} s); "
          f"features in this build: {', '.join(features) or 'none (dossier/werkplan unknown)'}")
    print(f"{'measurement':<56}{'median':>8}{'max':>8}{'cpu':>8}   (seconds)")
    print(_regel(f"all signals, store as is ({n_kaal} signals)", kaal, kaal_cpu, 0.5))
    print(_regel("  of which: bulk facts (queries + mapping)", feiten_t, feiten_cpu, 0.5))
    print(_regel(f"all signals + {n_soll} sollicitaties, dossiers ({n_vol} sig.)", vol, vol_cpu, 0.5))
    print(_regel("dashboard: process start -> caseload rows on screen", eerste, eerste_cpu, 1.5))
    print(_regel("dashboard: process start -> signal badges on screen", badges, badges_cpu, 1.5))
    print(f"(load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores; "
          "cpu = this process's CPU seconds; for the dashboard rows the child's CPU for its whole run)")

if __name__ == "__main__":
    main()
