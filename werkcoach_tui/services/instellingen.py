"""Settings kept in the store (they travel with the dossiers they belong to)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, fields, replace

from werkcoach_tui.constants import (
    BEWAARTERMIJN_JAREN,
    CONTACT_FREQUENTIE_WEKEN,
    WERKVERKENNER_FACTOREN_STANDAARD,
)
from werkcoach_tui.models.instelling import Instelling
from werkcoach_tui.store import Store


@dataclass(frozen=True)
class Instellingen:
    adviseur_naam: str = ""
    adviseur_telefoon: str = ""
    adviseur_email: str = ""
    vestiging: str = ""
    thema: str = "textual-dark"
    contact_frequentie_weken: int = CONTACT_FREQUENTIE_WEKEN
    bewaartermijn_jaren: int = BEWAARTERMIJN_JAREN
    """Closed dossiers are erased this many years after the last activity."""
    bsn_gebruiken: bool = False
    """Only for deployments that need it: an optional, 11-proef-checked, masked BSN field."""
    werkverkenner_factoren: str = "|".join(WERKVERKENNER_FACTOREN_STANDAARD)

    @property
    def wie(self) -> str:
        """The name written in the audit trail."""
        if self.adviseur_naam:
            return self.adviseur_naam
        try:
            return getpass.getuser() or "adviseur"
        except Exception:  # pragma: no cover - no user name on this system
            return "adviseur"


class InstellingenService:
    def __init__(self, store: Store, clock) -> None:
        self.store = store
        self.clock = clock
        self._cache: Instellingen | None = None

    def lees(self) -> Instellingen:
        if self._cache is None:
            with self.store.lees() as s:
                rows = {r.sleutel: r.waarde for r in s.query(Instelling).all()}
            waarden = {}
            for f in fields(Instellingen):
                if f.name in rows:
                    if f.type in (bool, "bool"):
                        waarden[f.name] = rows[f.name] in ("True", "ja", "1")
                        continue
                    waarden[f.name] = int(rows[f.name]) if f.type in (int, "int") else rows[f.name]
            self._cache = Instellingen(**waarden)
        return self._cache

    def wijzig(self, **waarden) -> Instellingen:
        from werkcoach_tui.services.audit import audit_wijzigingen  # not needed to start: imported here

        huidig = self.lees()
        nieuw = replace(huidig, **waarden)
        with self.store.schrijf() as s:
            audit_wijzigingen(
                s, tijdstip=self.clock.now(), wie=nieuw.wie, entiteit="instelling", entiteit_id=None,
                klantnummer=None, oud={k: getattr(huidig, k) for k in waarden}, nieuw=waarden,
            )
            for k, v in waarden.items():
                s.merge(Instelling(sleutel=k, waarde=str(v)))
        self._cache = nieuw
        return nieuw
