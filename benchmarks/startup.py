"""Time from process start to the caseload being shown.

Runs `werkcoach` in a child process (so imports are counted) with an env var
that makes the app print the elapsed time as soon as the caseload rows are on
screen, then exit. Measured for the demo store and for a generated store of
10,000 klanten. Target (issue 2): under 1.5 s for both.

    python benchmarks/startup.py [--runs 5] [--klanten 10000]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import terminal  # noqa: E402  (benchmarks/terminal.py: the app in a pty, as a person runs it)

VOORNAMEN = ["Anna", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Ilse", "Joost", "Kees",
             "Lotte", "Mohamed", "Noor", "Oscar", "Petra", "Rik", "Sara", "Tom", "Yara"]
ACHTERNAMEN = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos",
               "Peters", "Hendriks", "El Amrani", "Yilmaz", "Kramer", "Dekker", "Brouwer", "Willems"]


def maak_grote_store(pad: Path, aantal: int, vandaag: date) -> None:
    """A store with `aantal` klanten and a few gesprekken each (bulk insert)."""
    from werkcoach_tui.store import Store

    rnd = random.Random(10_000)
    store = Store.open(pad)
    with store.schrijf() as s:
        raw = s.connection().connection.driver_connection
        klanten, gesprekken = [], []
        for i in range(aantal):
            start = vandaag - timedelta(days=rnd.randint(0, 700))
            klanten.append((
                i + 1, f"K{200000 + i}", f"{rnd.choice(VOORNAMEN)} {rnd.choice(ACHTERNAMEN)}",
                (start - timedelta(days=rnd.randint(20 * 365, 64 * 365))).isoformat(), start.isoformat(),
                (start + timedelta(days=rnd.randint(90, 730))).isoformat(), rnd.choice([24, 32, 36, 40]),
                rnd.choice(["beeldvorming", "oordeelsvorming", "besluiten", "uitvoeren"]),
            ))
            for j in range(rnd.randint(1, 6)):
                d = start + timedelta(days=14 + 30 * j)
                gepland = d > vandaag
                gesprekken.append((i + 1, d.isoformat(), "coachingsgesprek", "telefonisch", 30, "",
                                   "gepland" if gepland else "gevoerd"))
        raw.executemany(
            "INSERT INTO klant (id, klantnummer, naam, geboortedatum, ww_startdatum, ww_einddatum, beschikbare_uren,"
            " fase, digivaardig, vroegmelder, arbeidsbeperking, grensregio, versie)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 0, 0, 0, 1)", klanten)
        raw.executemany(
            "INSERT INTO gesprek (klant_id, datum, type, kanaal, duur_minuten, notitie, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", gesprekken)
    store.close()


def meet(args: list[str], runs: int, env_extra: dict[str, str]) -> tuple[list[float], list[float]]:
    """Wall-clock seconds until the caseload is shown, and the child's CPU seconds until then
    (the machine may be shared: CPU is steadier than wall time)."""
    tijden, cpu = [], []
    for _ in range(runs):
        voor = resource.getrusage(resource.RUSAGE_CHILDREN)
        with tempfile.TemporaryDirectory() as tmp:
            meld = Path(tmp) / "getoond"
            env = dict(os.environ, WERKCOACH_BENCH_STARTUP=str(meld), **env_extra)
            t0 = time.time()
            code, uit = terminal.draai([sys.executable, "-m", "werkcoach_tui", *args], env=env, cwd=ROOT)
            if code != 0 or not meld.exists():
                raise SystemExit(f"run mislukt (rc={code}): {uit[-500:]}")
            # The app writes the wall-clock time at which the caseload was first on screen.
            tijden.append(float(meld.read_text()) - t0)
            cpu_meld = Path(f"{meld}.cpu")
            if cpu_meld.exists():  # the app's own CPU seconds until the caseload was shown
                cpu.append(float(cpu_meld.read_text()))
            else:  # an older app: the child's CPU for its whole run
                na = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu.append((na.ru_utime - voor.ru_utime) + (na.ru_stime - voor.ru_stime))
    return tijden, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--klanten", type=int, default=10_000)
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {"XDG_DATA_HOME": tmp}
        # Build the demo once (not part of the measurement: it is built on first use only).
        subprocess.run([sys.executable, "-m", "werkcoach_tui", "--demo", "--vandaag", "23-11-2026", "info"],
                       env=dict(os.environ, **env), check=True, capture_output=True, cwd=ROOT)
        demo, demo_cpu = meet(["--demo", "--vandaag", "23-11-2026"], opts.runs, env)
        groot = Path(tmp) / "groot.db"
        t0 = time.perf_counter()
        maak_grote_store(groot, opts.klanten, date(2026, 11, 23))
        bouw = time.perf_counter() - t0
        big, big_cpu = meet(["--db", str(groot), "--vandaag", "23-11-2026"], opts.runs, env)
    print(f"{'store':<28}{'median s':>10}{'max s':>10}{'cpu med':>10}{'cpu max':>10}")
    for naam, tijden, cpu in (("demo", demo, demo_cpu), (f"{opts.klanten} klanten", big, big_cpu)):
        print(f"{naam:<28}{statistics.median(tijden):>10.3f}{max(tijden):>10.3f}"
              f"{statistics.median(cpu):>10.3f}{max(cpu):>10.3f}")
    print(f"(generated store built in {bouw:.2f} s; target < 1.5 s to caseload shown; cpu = the child's"
          f" CPU seconds until then; load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())}"
          f" on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
