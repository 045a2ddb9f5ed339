"""The app's dependencies in one object, built the same way by the CLI and the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from werkcoach_tui.clock import Clock, SystemClock
from werkcoach_tui.services.instellingen import InstellingenService
from werkcoach_tui.services.klanten import KlantService
from werkcoach_tui.services.signalen import SignaalService
from werkcoach_tui.store import Store

MODUS_NORMAAL = "normaal"
MODUS_DEMO = "demo"
MODUS_OEFENEN = "oefenen"


@dataclass
class Diensten:
    """Everything a screen may call: services over one store, with one clock."""

    store: Store
    clock: Clock
    modus: str = MODUS_NORMAAL
    instellingen: InstellingenService = field(init=False)
    klanten: KlantService = field(init=False)
    signalen: SignaalService = field(init=False)

    def __post_init__(self) -> None:
        self.instellingen = InstellingenService(self.store, self.clock)
        self.klanten = KlantService(self.store, self.clock, lambda: self.instellingen.lees().wie)
        self.signalen = SignaalService(self.store, self.clock, self)

    @property
    def label(self) -> str:
        """What the header shows: which store is open."""
        if self.modus == MODUS_DEMO:
            return "DEMO"
        if self.modus == MODUS_OEFENEN:
            return "OEFENOMGEVING — fictieve gegevens"
        return self.store.path.name

    def close(self) -> None:
        self.store.close()


def open_diensten(path: Path, *, clock: Clock | None = None, modus: str = MODUS_NORMAAL) -> Diensten:
    clock = clock or SystemClock()
    return Diensten(Store.open(path), clock, modus)
