"""Shared fixtures: a temporary store, a fixed clock, and the demo store built once."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from werkcoach_tui.clock import FixedClock

VANDAAG = date(2026, 11, 23)
"""The fixed 'today' of every test and snapshot (a Monday; the demo's reference date)."""


@pytest.fixture(autouse=True)
def _geen_echte_gebruikersmap(tmp_path_factory, monkeypatch):
    """Tests never touch the user's real data folder or database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("WERKCOACH_DB", raising=False)
    monkeypatch.delenv("WERKCOACH_VANDAAG", raising=False)


@pytest.fixture(autouse=True)
def _geen_knipperende_cursor(monkeypatch):
    """A blinking cursor makes snapshots depend on timing: keep it steadily visible."""
    from textual.widgets import Input, TextArea

    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


@pytest.fixture(autouse=True)
def _vaste_svg_id(monkeypatch):
    """rich derives the SVG's id from every segment, invisible style metadata included, and
    pytest-textual-snapshot strips it only where a class name follows: two identical pictures
    could still differ. A fixed id makes equal screens give equal files."""
    import rich.console

    origineel = rich.console.Console.export_svg

    def export_svg(self, *args, unique_id=None, **kwargs):
        return origineel(self, *args, unique_id=unique_id or "terminal-0", **kwargs)

    monkeypatch.setattr(rich.console.Console, "export_svg", export_svg)


@pytest.fixture
def vandaag() -> date:
    return VANDAAG


@pytest.fixture
def klok() -> FixedClock:
    return FixedClock.on(VANDAAG)


@pytest.fixture
def store(tmp_path):
    from werkcoach_tui.store import Store

    s = Store.open(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def diensten(store, klok):
    from werkcoach_tui.diensten import Diensten

    d = Diensten(store, klok)
    d.instellingen.wijzig(adviseur_naam="Test Adviseur")
    return d


@pytest.fixture(scope="session")
def _demo_bron(tmp_path_factory) -> Path:
    from werkcoach_tui.demo import bouw_demo

    pad = tmp_path_factory.mktemp("demo") / "demo.db"
    bouw_demo(pad, VANDAAG)
    return pad


@pytest.fixture
def demo_pad(_demo_bron, tmp_path) -> Path:
    """A private copy of the demo store (built once per session)."""
    pad = tmp_path / "demo.db"
    shutil.copyfile(_demo_bron, pad)
    return pad


@pytest.fixture
def demo_diensten(demo_pad, klok):
    from werkcoach_tui.diensten import MODUS_DEMO, Diensten
    from werkcoach_tui.store import Store

    d = Diensten(Store.open(demo_pad), klok, MODUS_DEMO)
    yield d
    d.close()


def maak_app(diensten):
    """The app as the CLI builds it, with a fixed theme for stable snapshots."""
    from werkcoach_tui.app import WerkcoachApp

    return WerkcoachApp(diensten)


async def wacht_tot_klaar(pilot, pogingen: int = 50) -> None:
    """Wait until no worker runs and every caseload on the stack shows its signals.

    The caseload loads in a worker that the screen starts on mount, which can be after a
    first ``wait_for_complete``; snapshots must not depend on that race.
    """
    from textual.screen import Screen

    from werkcoach_tui.screens.caseload import CaseloadScherm

    app = pilot.app
    for _ in range(pogingen):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if type(app.screen) is Screen:
            continue  # the app's own first screen has not been pushed yet
        bezig = [w for w in app.workers if not w.is_finished]
        caseloads = [s for s in app.screen_stack if isinstance(s, CaseloadScherm)]
        if not bezig and all(s.signalen is not None and s.signalen_getekend for s in caseloads):
            # Let the screen repaint with what arrived last, before a test pushes a modal over
            # it (a screen under a modal is drawn from its last frame): ask every table for a
            # repaint and give the compositor a few frames, also on a busy CI machine.
            from textual.widgets import DataTable

            for scherm in caseloads:
                for tabel in scherm.query(DataTable):
                    tabel.refresh()
                scherm.refresh()
            for _ in range(3):
                await pilot.pause(0.05)
            await pilot.wait_for_scheduled_animations()
            await pilot.pause()
            return
