"""The app's dependencies in one object, built the same way by the CLI and the tests."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Generic, TypeVar

from werkcoach_tui.clock import Clock, SystemClock
from werkcoach_tui.oefenen.scheiding import OEFEN_APPLICATIE_ID
from werkcoach_tui.services.instellingen import InstellingenService
from werkcoach_tui.services.klanten import KlantService
from werkcoach_tui.services.signalen import SignaalService
from werkcoach_tui.store import Store

if TYPE_CHECKING:
    from werkcoach_tui.services.casuistiek import CasuistiekService
    from werkcoach_tui.services.dossier import DossierService
    from werkcoach_tui.services.oefenen import OefenService
    from werkcoach_tui.services.pawa import PawaService
    from werkcoach_tui.services.privacy import PrivacyService
    from werkcoach_tui.services.vacatures import VacatureService
    from werkcoach_tui.services.werkplan import WerkplanService

MODUS_NORMAAL = "normaal"
MODUS_DEMO = "demo"
MODUS_OEFENEN = "oefenen"


T = TypeVar("T")


_NOG_NIET = object()
_WEG = object()


class _BijEersteGebruik(Generic[T]):
    """A service that is built (and its module imported) the first time it is used.

    The caseload needs only the klanten, instellingen and signalen; importing the other
    services (and their tables) up front was a large part of the start-up. Like a plain
    attribute it can be replaced (tests swap a service for a fake) and deleted (a deployment
    without that feature: ``getattr(diensten, naam, None)`` is then None). Each service has its
    own lock: the signal worker building one never holds up the screen asking for another.
    """

    def __init__(self, maak: Callable[["Diensten"], T]) -> None:
        self.maak = maak
        self.naam = ""

    def __set_name__(self, owner, naam: str) -> None:
        self.naam = naam

    def __get__(self, diensten: "Diensten | None", owner=None) -> T:
        if diensten is None:
            return self  # type: ignore[return-value]
        waarde = diensten.__dict__.get(self.naam, _NOG_NIET)
        if waarde is _NOG_NIET:
            # A worker thread and the screen may ask at the same time: built once.
            with diensten._bouwsloten.setdefault(self.naam, threading.Lock()):
                waarde = diensten.__dict__.get(self.naam, _NOG_NIET)
                if waarde is _NOG_NIET:
                    waarde = diensten.__dict__[self.naam] = self.maak(diensten)
        if waarde is _WEG:
            raise AttributeError(f"'{type(diensten).__name__}' object has no attribute '{self.naam}'")
        return waarde

    def __set__(self, diensten: "Diensten", waarde: T) -> None:
        diensten.__dict__[self.naam] = waarde

    def __delete__(self, diensten: "Diensten") -> None:
        if diensten.__dict__.get(self.naam) is _WEG:
            raise AttributeError(self.naam)
        diensten.__dict__[self.naam] = _WEG


def _wie(diensten: "Diensten") -> Callable[[], str]:
    return lambda: diensten.instellingen.lees().wie


def _extra(diensten: "Diensten") -> Callable[[str], object]:
    return lambda naam: getattr(diensten, naam, None)


def _privacy(d: "Diensten") -> "PrivacyService":
    from werkcoach_tui.services.privacy import PrivacyService

    return PrivacyService(d.store, d.clock, _wie(d))


def _vacatures(d: "Diensten") -> "VacatureService":
    from werkcoach_tui.services.vacatures import VacatureService

    return VacatureService(d.store, d.clock, _wie(d), _extra(d))


def _pawa(d: "Diensten") -> "PawaService":
    from werkcoach_tui.services.pawa import PawaService

    return PawaService(d.store, d.clock, _wie(d), _extra(d))


def _dossier(d: "Diensten") -> "DossierService":
    from werkcoach_tui.services.dossier import DossierService

    return DossierService(d.store, d.clock, _wie(d), d.klanten, d.instellingen)


def _werkplan(d: "Diensten") -> "WerkplanService":
    from werkcoach_tui.services.werkplan import WerkplanService

    def gate(kid: int) -> list[str]:
        dossier = getattr(d, "dossier", None)
        return dossier.samenvatting(kid).ontbreekt_voor_werkplan() if dossier and dossier.samenvatting(kid) else []

    return WerkplanService(d.store, d.clock, _wie(d), d.instellingen, gate=gate)


def _oefenen(d: "Diensten") -> "OefenService":
    from werkcoach_tui.services.oefenen import OefenService

    return OefenService(d)


def _casuistiek(d: "Diensten") -> "CasuistiekService":
    from werkcoach_tui.services.casuistiek import CasuistiekService

    return CasuistiekService(d.store, d.clock, _wie(d), d)


@dataclass
class Diensten:
    """Everything a screen may call: services over one store, with one clock.

    The services the first screen needs are built at once; the others on first use.
    """

    store: Store
    clock: Clock
    modus: str = MODUS_NORMAAL
    instellingen: InstellingenService = field(init=False)
    klanten: KlantService = field(init=False)
    signalen: SignaalService = field(init=False)

    privacy = _BijEersteGebruik(_privacy)
    vacatures = _BijEersteGebruik(_vacatures)
    pawa = _BijEersteGebruik(_pawa)
    dossier = _BijEersteGebruik(_dossier)
    werkplan = _BijEersteGebruik(_werkplan)
    oefenen = _BijEersteGebruik(_oefenen)
    casuistiek = _BijEersteGebruik(_casuistiek)

    def __post_init__(self) -> None:
        self._bouwsloten: dict[str, threading.Lock] = {}
        self.instellingen = InstellingenService(self.store, self.clock)
        self.klanten = KlantService(self.store, self.clock, _wie(self))
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


def open_diensten(path: Path, *, clock: Clock | None = None, modus: str = MODUS_NORMAAL,
                  sleutel: str | None = None) -> Diensten:
    clock = clock or SystemClock()
    store = Store.open(path, sleutel=sleutel)
    if modus != MODUS_OEFENEN and store.pragma("application_id") == OEFEN_APPLICATIE_ID:
        modus = MODUS_OEFENEN  # a practice store always shows the practice banner
    return Diensten(store, clock, modus)
