"""The app's dependencies in one object, built the same way by the CLI and the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from werkcoach_tui.clock import Clock, SystemClock
from werkcoach_tui.oefenen.scheiding import OEFEN_APPLICATIE_ID
from werkcoach_tui.services.dossier import DossierService
from werkcoach_tui.services.casuistiek import CasuistiekService
from werkcoach_tui.services.instellingen import InstellingenService
from werkcoach_tui.services.klanten import KlantService
from werkcoach_tui.services.oefenen import OefenService
from werkcoach_tui.services.pawa import PawaService
from werkcoach_tui.services.privacy import PrivacyService
from werkcoach_tui.services.vacatures import VacatureService
from werkcoach_tui.services.werkplan import WerkplanService
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
    privacy: PrivacyService = field(init=False)
    vacatures: VacatureService = field(init=False)
    pawa: PawaService = field(init=False)
    dossier: DossierService = field(init=False)
    werkplan: WerkplanService = field(init=False)
    oefenen: OefenService = field(init=False)
    casuistiek: CasuistiekService = field(init=False)
    signalen: SignaalService = field(init=False)

    def __post_init__(self) -> None:
        self.instellingen = InstellingenService(self.store, self.clock)
        self.klanten = KlantService(self.store, self.clock, lambda: self.instellingen.lees().wie)
        self.privacy = PrivacyService(self.store, self.clock, lambda: self.instellingen.lees().wie)
        self.vacatures = VacatureService(self.store, self.clock, lambda: self.instellingen.lees().wie,
                                         lambda naam: getattr(self, naam, None))
        self.pawa = PawaService(self.store, self.clock, lambda: self.instellingen.lees().wie,
                                lambda naam: getattr(self, naam, None))
        self.dossier = DossierService(self.store, self.clock, lambda: self.instellingen.lees().wie, self.klanten,
                                      self.instellingen)
        self.werkplan = WerkplanService(
            self.store, self.clock, lambda: self.instellingen.lees().wie, self.instellingen,
            gate=lambda kid: (self.dossier.samenvatting(kid).ontbreekt_voor_werkplan()
                              if getattr(self, "dossier", None) and self.dossier.samenvatting(kid) else []),
        )
        self.oefenen = OefenService(self)
        self.casuistiek = CasuistiekService(self.store, self.clock, lambda: self.instellingen.lees().wie, self)
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
