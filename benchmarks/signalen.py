"""Signals for a large caseload: compute time and dashboard opening time.

1. Generates a store with N klanten (default 10,000) with realistic gesprekken
   (intake, WOG, coaching, monitor, some planned; some klanten late or overdue), and real
   rows for the other features: a dossier round per klant (some instruments above the
   approval limit), werkplan versions, about one sollicitatieactiviteit a week (about
   470,000 in all), exemptions and follow-ups (``vul_features``).
2. Times ``diensten.signalen.caseload_signalen(today)`` in a fresh process that opens the
   store (as the app does): reading everything from the store through the real services,
   and the rules. Target (issue 6): under 0.5 s.
3. Times the dashboard opening in a child process (imports counted, like
   ``benchmarks/startup.py``): until the caseload rows are on screen, and until the
   signal badges are filled in. Target: under 1.5 s.

    python benchmarks/signalen.py [--klanten 10000] [--runs 5] [--zonder-app]
"""

from __future__ import annotations

import argparse
import json
import os
import random
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


def vul_features(pad: Path, vandaag: date = VANDAAG) -> int:
    """Real rows for the dossier and werkplan features, written the way the app stores them.

    Per klant: a dossier round (visie, weging, risico; 30 % with an instrument, some above
    the approval limit), for 80 % a werkplan (a finalised version, sometimes a newer concept
    or a second finalised version with another norm), about one sollicitatieactiviteit a week
    since the WW start (with gaps), exemptions for 10 % and a follow-up for some shortfalls.
    Returns the number of sollicitaties.
    """
    import json

    from werkcoach_tui.store import Store

    rnd = random.Random(42)
    store = Store.open(pad)
    rondes, instrumenten, versies, sollicitaties, vrijstellingen, opvolgingen = [], [], [], [], [], []
    with store.lees() as s:
        klanten = s.connection().exec_driver_sql("SELECT id, ww_startdatum, fase FROM klant").all()
    versie_id = 0
    for klant_id, start, fase in klanten:
        start = date.fromisoformat(start)
        velden = {
            "visie_werkcoach": "Kansen in logistiek; korte scholing heftruck.",
            "dienstverleningsdoel": rnd.choice(["van_werk_naar_werk", "werk_fit_worden", None]),
            "arbeidsmarktkansen_gewogen": rnd.random() < 0.5,
        }
        if rnd.random() < 0.6:
            velden["risico_langdurig_werkloos"] = rnd.random() < 0.4
        rondes.append((klant_id, 1, fase, start.isoformat(), json.dumps(velden), 1))
        if rnd.random() < 0.3:
            instrumenten.append((
                klant_id, 1, rnd.choice(["scholing", "iro", "korte_cursus"]),
                rnd.choice([45000, 150000, 245000, 390000]),
                "Vraag in de regio" if rnd.random() < 0.7 else "", "Past bij de klant", "Diploma heftruck",
                (start + timedelta(days=60)).isoformat(), "gepland"))
        if rnd.random() < 0.8:
            versie_id += 1
            versies.append((versie_id, klant_id, 1, "vastgesteld", 4, "", (start + timedelta(days=30)).isoformat()))
            if rnd.random() < 0.15:
                versie_id += 1
                versies.append((versie_id, klant_id, 2, "vastgesteld", 3, "Mantelzorg twee dagen per week",
                                (start + timedelta(days=150)).isoformat()))
            elif rnd.random() < 0.2:
                versie_id += 1
                versies.append((versie_id, klant_id, 2, "concept", 4, "", None))
        d = start + timedelta(days=rnd.randint(1, 6))
        while d <= vandaag:
            if rnd.random() < 0.93:
                sollicitaties.append((klant_id, d.isoformat(), "Werkgever BV", "Orderpicker",
                                      "reactie_op_vacature", "", "niet_gevraagd", "werk.nl"))
            d += timedelta(days=rnd.randint(5, 9))
        if rnd.random() < 0.1:
            van = start + timedelta(days=rnd.randint(0, 200))
            vrijstellingen.append((klant_id, "vakantie", van.isoformat(), (van + timedelta(days=13)).isoformat(), ""))
        if rnd.random() < 0.05:
            opvolgingen.append((klant_id, start.isoformat(), "gesprek", (start + timedelta(days=30)).isoformat(), ""))
    with store.schrijf() as s:
        raw = s.connection().connection.driver_connection
        raw.executemany("INSERT INTO dossier_ronde (klant_id, ronde, stap, gestart_op, velden, versie)"
                        " VALUES (?,?,?,?,?,?)", rondes)
        raw.executemany("INSERT INTO dossier_instrument (klant_id, ronde, instrument, kosten_centen, vraag_werkgevers,"
                        " geschiktheid_klant, bijdrage_instrument, ingezet_op, status) VALUES (?,?,?,?,?,?,?,?,?)",
                        instrumenten)
        raw.executemany("INSERT INTO werkplan_versie (id, klant_id, versie, status, sollicitatienorm,"
                        " sollicitatienorm_reden, vastgesteld_op, akkoord_klant, akkoord_toelichting, wijzigingsreden,"
                        " interne_notitie) VALUES (?,?,?,?,?,?,?,1,'','','')", versies)
        raw.executemany("INSERT INTO sollicitatie (klant_id, datum, werkgever, functie, soort, resultaat, bewijs, bron)"
                        " VALUES (?,?,?,?,?,?,?,?)", sollicitaties)
        raw.executemany("INSERT INTO vrijstelling (klant_id, reden, van, tot, toelichting) VALUES (?,?,?,?,?)",
                        vrijstellingen)
        raw.executemany("INSERT INTO tekortopvolging (klant_id, periode_van, opvolging, datum, toelichting)"
                        " VALUES (?,?,?,?,?)", opvolgingen)
    store.close()
    return len(sollicitaties)


def tijd(functie, runs: int) -> tuple[list[float], list[float], object]:
    """Wall-clock and CPU seconds of ``runs`` calls (CPU shows the cost on a busy machine).

    Only the call is timed: the previous call's result is let go after the clock stops (freeing
    ~100,000 objects of an earlier run is not part of computing this one)."""
    tijden, cpu, uit = [], [], None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        nieuw = functie()
        tijden.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        uit = nieuw
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
            code, uit = terminal.draai([sys.executable, "-m", "werkcoach_tui", *args], env=env, cwd=ROOT)
            if code != 0 or not meld.exists():
                raise SystemExit(f"run mislukt (rc={code}): {uit[-500:]}")
            tijden.append(float(meld.read_text()) - t0)
            na = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append((na.ru_utime - voor.ru_utime) + (na.ru_stime - voor.ru_stime))
    return tijden, cpu


def _regel(naam: str, tijden: list[float], cpu: list[float], doel: float) -> str:
    med = statistics.median(tijden)
    return (f"{naam:<56}{med:>8.3f}{max(tijden):>8.3f}{statistics.median(cpu):>8.3f}   "
            f"{'ok' if med < doel else 'above target'} (< {doel} s)")


def meet(pad: Path, runs: int) -> None:
    """Time all signals and the facts alone on the store at ``pad``; print them as JSON."""
    from werkcoach_tui.clock import FixedClock
    from werkcoach_tui.diensten import Diensten
    from werkcoach_tui.store import Store

    diensten = Diensten(Store.open(pad), FixedClock.on(VANDAAG))
    diensten.signalen.caseload_signalen(VANDAAG)  # warm up imports and caches
    alles, alles_cpu, res = tijd(lambda: diensten.signalen.caseload_signalen(VANDAAG), runs)
    feiten_t, feiten_cpu, _ = tijd(diensten.signalen.feiten, runs)
    n_sig = sum(len(v) for v in res.per_klant.values())
    diensten.close()
    print(json.dumps({"alles": alles, "alles_cpu": alles_cpu, "feiten": feiten_t, "feiten_cpu": feiten_cpu,
                      "signalen": n_sig}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--klanten", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--zonder-app", action="store_true", help="skip the dashboard timings (child processes)")
    ap.add_argument("--meet", type=Path, help=argparse.SUPPRESS)  # internal: time on this store, print JSON
    opts = ap.parse_args()
    if opts.meet:
        meet(opts.meet, opts.runs)
        return

    with tempfile.TemporaryDirectory() as tmp:
        pad = Path(tmp) / "signalen.db"
        t0 = time.perf_counter()
        n_gesprekken = maak_store(pad, opts.klanten)
        n_soll = vul_features(pad)
        bouw = time.perf_counter() - t0
        # Measured in a fresh process that only opens the store, as the app does (this one
        # has just built 10,000 klanten and 470,000 activities: a heap the app never has).
        uit = subprocess.run([sys.executable, __file__, "--meet", str(pad), "--runs", str(opts.runs)],
                             capture_output=True, text=True, cwd=ROOT)
        if uit.returncode != 0:
            raise SystemExit(f"meting mislukt: {uit.stderr[-800:]}")
        meting = json.loads(uit.stdout)
        alles, alles_cpu, feiten_t, feiten_cpu = (meting[k] for k in ("alles", "alles_cpu", "feiten", "feiten_cpu"))
        n_sig = meting["signalen"]

        if not opts.zonder_app:
            env = {"XDG_DATA_HOME": tmp}
            args = ["--db", str(pad), "--vandaag", "23-11-2026"]
            eerste, eerste_cpu = meet_app(args, opts.runs, "WERKCOACH_BENCH_STARTUP", env)
            badges, badges_cpu = meet_app(args, opts.runs, "WERKCOACH_BENCH_SIGNALEN", env)

    print(f"{opts.klanten} klanten, {n_gesprekken} gesprekken, {n_soll} sollicitaties, dossiers and werkplannen "
          f"(store built in {bouw:.2f} s); {n_sig} signals on {VANDAAG:%d-%m-%Y}")
    print(f"{'measurement':<56}{'median':>8}{'max':>8}{'cpu':>8}   (seconds)")
    print(_regel("all signals (reading the store + rules)", alles, alles_cpu, 0.5))
    print(_regel("  of which: reading the facts (queries + mapping)", feiten_t, feiten_cpu, 0.5))
    if not opts.zonder_app:
        print(_regel("dashboard: process start -> caseload rows on screen", eerste, eerste_cpu, 1.5))
        print(_regel("dashboard: process start -> signal badges on screen", badges, badges_cpu, 1.5))
    print(f"(load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores; "
          "cpu = this process's CPU seconds; for the dashboard the child's CPU for its whole run)")


if __name__ == "__main__":
    main()
