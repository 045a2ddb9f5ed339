"""Short versions of benchmarks/crash_soak.py and benchmarks/concurrency.py (the full runs live there)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench(*args) -> list[dict]:
    r = subprocess.run([sys.executable, *args, "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    return [json.loads(regel) for regel in r.stdout.splitlines() if regel.startswith("{")]


def test_kill_9_tijdens_schrijven(tmp_path):
    (u,) = _bench("benchmarks/crash_soak.py", "--kills", "4", "--db", str(tmp_path / "soak.db"))
    print(f"\nkills {u['kills']}, integrity ok {u['integriteit_ok']}, lost commits {u['verloren_commits']} "
          f"of {u['gecommit']}, half transactions {u['halve_transacties']}")
    assert u["kills"] == 4 and u["integriteit_ok"] == 4 and u["keten_ok"] == 4
    assert u["verloren_commits"] == 0 and u["halve_transacties"] == 0 and u["fk_fouten"] == 0
    assert u["gecommit"] > 0, "the child really committed before being killed"


def test_gelijktijdige_updates_gaan_niet_verloren():
    uitslagen = _bench("benchmarks/concurrency.py", "--processen", "2", "4", "--updates", "15")
    for u in uitslagen:
        print(f"\n{u['processen']} processes: {u['updates']} updates, lost {u['verloren']}, "
              f"locked errors {u['vergrendeld_fouten']}")
        assert u["verloren"] == 0 and u["vergrendeld_fouten"] == 0 and u["keten_ok"]
    assert [u["updates"] for u in uitslagen] == [30, 60]
