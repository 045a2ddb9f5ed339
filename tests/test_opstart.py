"""Start-up: what is imported before the caseload, and the garbage collector's pause.

How long the start takes is measured in ``benchmarks/startup.py``; these tests keep the
structure that makes it short (and the collector's pause safe).
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from werkcoach_tui import opstart
from werkcoach_tui.cli import main

from .conftest import maak_app, wacht_tot_klaar

ROOT = Path(__file__).resolve().parent.parent

NIET_BIJ_DE_START = (
    "werkcoach_tui.services.dossier", "werkcoach_tui.services.werkplan", "werkcoach_tui.services.casuistiek",
    "werkcoach_tui.services.oefenen", "werkcoach_tui.services.vacatures", "werkcoach_tui.services.pawa",
    "werkcoach_tui.services.privacy", "werkcoach_tui.screens.klant", "werkcoach_tui.screens.dossier",
    "werkcoach_tui.screens.werkplan", "werkcoach_tui.screens.vacatures", "werkcoach_tui.screens.casuistiek",
    "werkcoach_tui.screens.oefen_casussen", "werkcoach_tui.export", "werkcoach_tui.importers",
    "werkcoach_tui.search", "werkcoach_tui.models.klant", "werkcoach_tui.models.gesprek",
    "werkcoach_tui.models.audit", "werkcoach_tui.models.dossier", "werkcoach_tui.models.werkplan",
    "werkcoach_tui.models.casuistiek", "rapidfuzz", "numpy", "sqlcipher3",
)


def _modules_na(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; the modules it imported (names only)."""
    r = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
                       cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.split()


def test_app_and_its_services_start_without_the_other_features(demo_pad):
    geladen = _modules_na(
        "from werkcoach_tui.diensten import open_diensten\n"
        "from werkcoach_tui.app import WerkcoachApp\n"
        f"d = open_diensten({str(demo_pad)!r})\n"
        "WerkcoachApp(d)\n"
        "d.instellingen.lees()\n"
        "d.klanten.caseload()\n"
        "d.signalen.gesprekken_op()\n"
    )
    assert [m for m in geladen if m.startswith(NIET_BIJ_DE_START)] == []


def test_cli_help_and_subcommands_do_not_import_textual(demo_pad):
    for args in (["--help"], ["--db", str(demo_pad), "info"]):
        geladen = _modules_na(
            "import sys, runpy\n"
            f"sys.argv = ['werkcoach', *{args!r}]\n"
            "try:\n"
            "    runpy.run_module('werkcoach_tui', run_name='__main__')\n"
            "except SystemExit:\n"
            "    pass\n"
        )
        assert "werkcoach_tui.cli" in geladen
        assert [m for m in geladen if m.split(".")[0] == "textual"] == [], args


def test_lazy_service_is_built_once_and_can_be_swapped_or_removed(demo_diensten):
    eerste = demo_diensten.dossier
    assert demo_diensten.dossier is eerste
    nep = object()
    demo_diensten.werkplan = nep
    assert demo_diensten.werkplan is nep
    del demo_diensten.casuistiek
    assert getattr(demo_diensten, "casuistiek", None) is None
    with pytest.raises(AttributeError):
        del demo_diensten.casuistiek


def test_lazy_service_is_built_once_when_threads_ask_together(demo_diensten):
    import threading

    klaar = threading.Barrier(4)
    gezien = []

    def vraag() -> None:
        klaar.wait()
        gezien.append(demo_diensten.werkplan)

    draden = [threading.Thread(target=vraag) for _ in range(4)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    assert len(gezien) == 4 and all(w is gezien[0] for w in gezien)


def test_subcommand_gets_the_collector_back(demo_pad, capsys):
    assert gc.isenabled()
    assert main(["--db", str(demo_pad), "info"]) == 0
    assert gc.isenabled() and not opstart.gepauzeerd()
    with pytest.raises(SystemExit):
        main(["--help"])
    assert gc.isenabled() and not opstart.gepauzeerd()


def test_collector_that_was_off_stays_off(demo_pad, capsys):
    gc.disable()
    try:
        assert main(["--db", str(demo_pad), "info"]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


async def test_app_resumes_the_collector_once_the_caseload_is_shown(demo_diensten):
    opstart.pauzeer()
    try:
        app = maak_app(demo_diensten)
        async with app.run_test(size=(120, 40)) as pilot:
            await wacht_tot_klaar(pilot)
            assert app.screen.rijen  # the caseload is there
            assert gc.isenabled() and not opstart.gepauzeerd()
    finally:
        opstart.hervat()
        gc.enable()
        gc.unfreeze()  # the app froze what existed then; give the test process its collector back
