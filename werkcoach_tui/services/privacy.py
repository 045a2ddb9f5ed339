"""Erasure and retention: removing a klant so that nothing of them stays in the files.

Generic over the schema: every table with a foreign key to ``klant.id`` (declared with
``ondelete="CASCADE"``, as every klant-linked table must be) loses the klant's rows through
SQLite's cascade; the audit rows of the klant keep their chain but lose their values (see
``services/audit.py``), and one chained ``wissen`` row without personal data records the
erasure. Afterwards the WAL is checkpointed (TRUNCATE) and the file VACUUMed, so that with
``secure_delete=ON`` no page of the file, ``-wal`` or ``-shm`` still holds the old values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

import sqlalchemy as sa
from sqlalchemy import text

from werkcoach_tui.clock import Clock
from werkcoach_tui.constants import BEWAARTERMIJN_JAREN
from werkcoach_tui.models.enums import MethodeStap
from werkcoach_tui.models.audit import AuditRegel
from werkcoach_tui.services.audit import ACTIE_WISSEN, KetenControle, controleer_keten, lees_audit, schrijf_audit
from werkcoach_tui.store import Store


class KlantOnbekend(LookupError):
    """No klant with this klantnummer."""


@dataclass(frozen=True)
class WisVerslag:
    """What an erasure removed, without any personal data."""

    klantnummer: str
    rijen_per_tabel: dict[str, int]
    auditregels_geschoond: int

    @property
    def gekoppelde_rijen(self) -> int:
        return sum(n for t, n in self.rijen_per_tabel.items() if t != "klant")

    def omschrijving(self) -> str:
        delen = ", ".join(f"{t}: {n}" for t, n in sorted(self.rijen_per_tabel.items()) if t != "klant" and n)
        return (f"klant en {self.gekoppelde_rijen} gekoppelde rij(en) verwijderd"
                + (f" ({delen})" if delen else "") + f"; {self.auditregels_geschoond} auditregel(s) geschoond")


@dataclass(frozen=True)
class BewaarRij:
    klantnummer: str
    laatste_activiteit: date
    verloopt_op: date


@dataclass
class BewaarVerslag:
    peildatum: date
    jaren: int
    afgesloten: int
    verlopen: list[BewaarRij] = field(default_factory=list)
    gewist: list[WisVerslag] = field(default_factory=list)


def _plus_jaren(d: date, jaren: int) -> date:
    try:
        return d.replace(year=d.year + jaren)
    except ValueError:  # 29 February
        return d.replace(year=d.year + jaren, day=28)


def klant_tabellen() -> list[sa.Table]:
    """Every table with a foreign key to klant.id (from the metadata: features added later count too)."""
    from sqlmodel import SQLModel

    from werkcoach_tui.models import registreer_alle

    registreer_alle()
    uit = []
    for tabel in SQLModel.metadata.sorted_tables:
        if any(fk.column.table.name == "klant" for fk in tabel.foreign_keys):
            uit.append(tabel)
    return uit


class PrivacyService:
    def __init__(self, store: Store, clock: Clock, wie) -> None:
        self.store = store
        self.clock = clock
        self._wie = wie

    @property
    def wie(self) -> str:
        return self._wie() if callable(self._wie) else str(self._wie)

    # -- the audit trail ---------------------------------------------------------------------------
    def audit(self, klantnummer: Optional[str] = None, aantal: int = 50) -> list[AuditRegel]:
        """The newest audit rows (of one klant). Reading them is itself logged."""
        with self.store.schrijf() as s:
            regels = lees_audit(s, klantnummer, aantal)
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="bekijken", entiteit="audit",
                          klantnummer=klantnummer)
        return regels

    def controleer_audit(self) -> KetenControle:
        with self.store.lees() as s:
            return controleer_keten(s)

    def log_beheer(self, actie: str, omschrijving: str) -> None:
        """Record a backup, restore or export of the whole store (no personal data)."""
        with self.store.schrijf() as s:
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie=actie, entiteit="database",
                          nieuw=omschrijving)

    # -- erasure -------------------------------------------------------------------------------
    def _tellingen(self, conn) -> dict[str, int]:
        namen = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit'"))]
        return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() for n in namen}

    def _wis_in_transactie(self, s, klantnummer: str, reden: str) -> WisVerslag:
        conn = s.connection()
        klant_id = conn.execute(text("SELECT id FROM klant WHERE klantnummer = :k"), {"k": klantnummer}).scalar()
        if klant_id is None:
            raise KlantOnbekend(f"Er is geen klant met klantnummer {klantnummer}. Controleer het nummer "
                                "(bijvoorbeeld K100123).")
        voor = self._tellingen(conn)
        conn.execute(text("DELETE FROM klant WHERE id = :id"), {"id": klant_id})  # children: ON DELETE CASCADE
        na = self._tellingen(conn)
        verschil = {t: voor[t] - na.get(t, 0) for t in voor if voor[t] != na.get(t, 0)}
        geschoond = conn.execute(text(
            "UPDATE audit SET oud = NULL, nieuw = NULL, zout = NULL, gewist = 1 "
            "WHERE klantnummer = :k AND gewist = 0 AND (oud IS NOT NULL OR nieuw IS NOT NULL OR zout IS NOT NULL)"),
            {"k": klantnummer}).rowcount
        verslag = WisVerslag(klantnummer, verschil, geschoond)
        schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie=ACTIE_WISSEN, entiteit="klant",
                      entiteit_id=klant_id, klantnummer=klantnummer, veld=reden, nieuw=verslag.omschrijving())
        return verslag

    def _na_wissen(self) -> None:
        """Leave no old page anywhere: checkpoint, VACUUM, checkpoint (outside transactions)."""
        with self.store.fouten_als_storefout(), self.store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def verwijder_klant(self, klantnummer: str, reden: str = "verzoek") -> WisVerslag:
        """Erase one klant and everything linked, in one transaction, then clean the files."""
        klantnummer = (klantnummer or "").strip().upper()
        with self.store.schrijf() as s:
            verslag = self._wis_in_transactie(s, klantnummer, reden)
        self._na_wissen()
        return verslag

    # -- retention -----------------------------------------------------------------------------
    def laatste_activiteit(self) -> dict[str, tuple[date, str]]:
        """klantnummer -> (last activity, fase) for every klant.

        Last activity = the newest of: the klant's own timestamps, every date column of every
        klant-linked table, and every audited change (viewing does not count).
        """
        per_id: dict[int, date] = {}
        info: dict[int, tuple[str, str]] = {}

        def neem(kid, waarde) -> None:
            if waarde is None or kid is None:
                return
            d = date.fromisoformat(str(waarde)[:10])
            if kid not in per_id or d > per_id[kid]:
                per_id[kid] = d

        with self.store.lees() as s:
            conn = s.connection()
            for kid, nummer, fase, a, g in conn.execute(text(
                    "SELECT id, klantnummer, fase, aangemaakt_op, gewijzigd_op FROM klant")):
                info[kid] = (nummer, fase)
                neem(kid, a)
                neem(kid, g)
            for tabel in klant_tabellen():
                fk_kolommen = [fk.parent.name for fk in tabel.foreign_keys if fk.column.table.name == "klant"]
                datum_kolommen = [c.name for c in tabel.columns if isinstance(c.type, (sa.Date, sa.DateTime))]
                for fk_kol in fk_kolommen:
                    for kol in datum_kolommen:
                        for kid, waarde in conn.execute(text(
                                f'SELECT "{fk_kol}", max("{kol}") FROM "{tabel.name}" GROUP BY "{fk_kol}"')):
                            neem(kid, waarde)
            nummer_naar_id = {n: kid for kid, (n, _f) in info.items()}
            for nummer, waarde in conn.execute(text(
                    "SELECT klantnummer, max(tijdstip) FROM audit WHERE klantnummer IS NOT NULL "
                    "AND actie NOT IN ('bekijken', 'wissen') GROUP BY klantnummer")):
                neem(nummer_naar_id.get(nummer), waarde)
        return {info[kid][0]: (per_id.get(kid, date.min), info[kid][1]) for kid in info}

    def bewaartermijn(self, *, uitvoeren: bool = False, jaren: Optional[int] = None,
                      vandaag: Optional[date] = None) -> BewaarVerslag:
        """Closed dossiers whose last activity is more than ``jaren`` ago; erased when ``uitvoeren``."""
        vandaag = vandaag or self.clock.today()
        jaren = BEWAARTERMIJN_JAREN if jaren is None else jaren
        activiteit = self.laatste_activiteit()
        afgesloten = {n: d for n, (d, fase) in activiteit.items() if fase == MethodeStap.AFGESLOTEN.value}
        verslag = BewaarVerslag(vandaag, jaren, len(afgesloten))
        for nummer, laatste in sorted(afgesloten.items()):
            verloopt = _plus_jaren(laatste, jaren)
            if verloopt <= vandaag:
                verslag.verlopen.append(BewaarRij(nummer, laatste, verloopt))
        if uitvoeren and verslag.verlopen:
            with self.store.schrijf() as s:
                for rij in verslag.verlopen:
                    verslag.gewist.append(self._wis_in_transactie(s, rij.klantnummer, "bewaartermijn"))
            self._na_wissen()
        return verslag
