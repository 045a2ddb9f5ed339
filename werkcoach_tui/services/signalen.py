"""Signals for the whole caseload, derived on request and never stored.

``SignaalService.caseload_signalen(today)`` builds the facts of every klant in
bulk — one query for the klant table, one for all gesprekken, one bulk call to
each other feature that is present (``diensten.dossier.samenvattingen(ids)``,
``diensten.werkplan.samenvattingen(ids)``) and one casuïstiek look-up — then runs
the pure rules (``rules/signalen.py``). A feature that is not there leaves its
facts unknown and the signals that need them switched off (see
``services/signaal_feiten.py``); nothing is guessed.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple, Optional

from werkcoach_tui.constants import CONTACT_FREQUENTIE_WEKEN
from werkcoach_tui.models.enums import GesprekType, Kanaal, MethodeStap, WerkverkennerBand
from werkcoach_tui.rules import gesprekken as gs
from werkcoach_tui.rules import signalen as sg
from werkcoach_tui.rules.feiten import KlantFeiten, SignaalInstellingen
from werkcoach_tui.services.signaal_feiten import (
    BRON_CASUISTIEK,
    BRON_DOSSIER,
    BRON_WERKPLAN,
    KlantRij,
    bouw_feiten,
    onbekende_signalen,
)
from werkcoach_tui.store import Store, StoreFout


@dataclass(frozen=True)
class GeplandGesprek:
    """A gesprek planned for one day (the dashboard's "Vandaag" panel)."""

    gesprek_id: int
    klant_id: int
    naam: str
    klantnummer: str
    type: GesprekType
    kanaal: Kanaal


class CaseloadFeiten(NamedTuple):
    """What the rules get for the whole caseload on one day (open dossiers only)."""

    feiten: dict[int, KlantFeiten]
    """Per klant. ``gesprekken`` is left empty: the overview below stands for it."""
    gesprekken: dict[int, gs.GesprekOverzicht]
    """Per klant with gesprekken: their overview on that day (absent: none)."""
    onbekend: dict[int, frozenset[str]]
    """Per klant: the signal codes that cannot be judged (a feature's data is missing)."""
    bronnen: frozenset[str]


_GEEN_GESPREKKEN = gs.GesprekOverzicht()


@dataclass(frozen=True)
class CaseloadSignalen:
    """Every klant's open signals on ``vandaag``."""

    vandaag: date
    per_klant: dict[int, tuple[sg.Signaal, ...]]
    adviseur: tuple[sg.Signaal, ...] = ()
    """Signals about the adviser rather than a klant (casuïstiekbespreking)."""
    onbekend: frozenset[str] = frozenset()
    """Codes that cannot fire for anyone: the feature holding their data is missing."""
    bronnen: frozenset[str] = frozenset()
    """The features that supplied data (``dossier``, ``werkplan``, ``casuistiek``)."""
    tellingen: dict[str, int] = field(default_factory=dict)
    """Per signal code: how many klanten have it."""

    def van(self, klant_id: int) -> tuple[sg.Signaal, ...]:
        return self.per_klant.get(klant_id, ())


def _datum(waarde) -> Optional[date]:
    if not waarde:
        return None
    if isinstance(waarde, date):
        return waarde
    return date.fromisoformat(str(waarde)[:10])


@contextmanager
def zonder_cyclische_gc():
    """Pause Python's cyclic garbage collector while a bulk computation builds ~10^5 small
    objects that form no cycles (facts, tuples): its repeated full scans cost a third of the
    time at 10,000 klanten. Reference counting still frees everything; the collector is
    switched back on afterwards (also after an error, and never switched on when it was off)."""
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aan:
            gc.enable()


def _datum_cache():
    """``dag(text)`` → date, each distinct text parsed once (a caseload repeats its dates)."""
    datums: dict[str, Optional[date]] = {}

    def dag(waarde) -> Optional[date]:
        if waarde is None:
            return None
        d = datums.get(waarde)
        if d is None:
            d = datums[waarde] = _datum(waarde)
        return d

    return dag


_BANDEN = {b.value: b for b in WerkverkennerBand}
_FASEN = {f.value: f for f in MethodeStap}


class SignaalService:
    """Derives signals; reads only (signals are never written anywhere)."""

    def __init__(self, store: Store, clock, diensten: Any) -> None:
        self.store = store
        self.clock = clock
        self._diensten = diensten

    # -- which features are there ---------------------------------------------------
    def _dienst(self, naam: str, methode: str):
        dienst = getattr(self._diensten, naam, None)
        functie = getattr(dienst, methode, None) if dienst is not None else None
        return functie if callable(functie) else None

    def bronnen(self) -> frozenset[str]:
        uit = set()
        if self._dienst("dossier", "samenvattingen"):
            uit.add(BRON_DOSSIER)
        if self._dienst("werkplan", "samenvattingen"):
            uit.add(BRON_WERKPLAN)
        if self._dienst("casuistiek", "laatste_bespreking"):
            uit.add(BRON_CASUISTIEK)
        return frozenset(uit)

    def contact_weken(self) -> int:
        instellingen = getattr(self._diensten, "instellingen", None)
        try:
            weken = int(instellingen.lees().contact_frequentie_weken) if instellingen else CONTACT_FREQUENTIE_WEKEN
        except (StoreFout, ValueError, TypeError):
            weken = CONTACT_FREQUENTIE_WEKEN
        try:
            SignaalInstellingen(contact_weken=weken)
        except ValueError:
            weken = CONTACT_FREQUENTIE_WEKEN  # a stored value out of range never breaks the dashboard
        return weken

    def adviseur(self) -> str:
        instellingen = getattr(self._diensten, "instellingen", None)
        try:
            return instellingen.lees().wie if instellingen else ""
        except StoreFout:
            return ""

    # -- bulk reading -----------------------------------------------------------------
    def _lees_klanten(self) -> list[KlantRij]:
        """The signal columns of every open dossier (a closed one has no signals)."""
        with self.store.lees() as s:
            raw = s.connection().connection.driver_connection
            klanten = raw.execute(
                "SELECT id, geboortedatum, meldingsdatum, ww_startdatum, ww_einddatum, uren_vorige_baan,"
                " beschikbare_uren, digivaardig, werkverkenner_band, werkverkenner_datum, fase, adviseur"
                " FROM klant WHERE fase IS NOT ?", (MethodeStap.AFGESLOTEN.value,)
            ).fetchall()
        dag = _datum_cache()
        return [
            KlantRij(
                r[0], dag(r[1]), dag(r[2]), dag(r[3]), dag(r[4]), r[5], r[6],
                None if r[7] is None else bool(r[7]),
                _BANDEN.get(r[8]) if r[8] else None,
                dag(r[9]),
                _FASEN.get(r[10], MethodeStap.BEELDVORMING),
                r[11],
            )
            for r in klanten
        ]

    def _lees_gesprek_overzichten(self, today: date) -> dict[int, gs.GesprekOverzicht]:
        """Per open dossier the overview of its gesprekken on ``today`` (klanten without any
        are absent). Plain sqlite3 rows, grouped by klant in SQL (the klant_id index gives
        that order for free) and folded in one pass (``gesprekken.gesprek_overzichten``):
        no object per gesprek."""
        with self.store.lees() as s:
            raw = s.connection().connection.driver_connection
            # Only the gesprekken of open dossiers (SQLite filters faster than Python).
            rijen = raw.execute(
                "SELECT g.klant_id, g.datum, g.type, g.status, g.duur_minuten"
                " FROM klant k JOIN gesprek g ON g.klant_id = k.id WHERE k.fase IS NOT ?"
                " ORDER BY k.id", (MethodeStap.AFGESLOTEN.value,)
            ).fetchall()
        return gs.gesprek_overzichten(rijen, today)

    def _samenvattingen(self, naam: str, ids: list[int], **opties) -> dict[int, Any]:
        functie = self._dienst(naam, "samenvattingen")
        if functie is None:
            return {}
        uit = functie(ids, **opties)
        if isinstance(uit, dict):
            return uit
        return {s.klant_id: s for s in uit}

    def feiten(self, today: Optional[date] = None) -> CaseloadFeiten:
        """The facts of every open dossier on ``today``, with the overview of its gesprekken,
        the codes that cannot be judged per klant, and the sources used. Closed dossiers are
        left out (they have no signals)."""
        with zonder_cyclische_gc():
            return self._feiten(today or self.clock.today())

    def _feiten(self, today: date) -> CaseloadFeiten:
        rijen = self._lees_klanten()
        bronnen = self.bronnen()
        ids = [r.id for r in rijen]

        # (Reading the features on a second thread was tried: sqlite3 releases the GIL for
        # every row it steps, so two reading threads convoy on the GIL and it was slower.)
        overzichten = self._lees_gesprek_overzichten(today)
        dossiers = self._samenvattingen("dossier", ids, signalen=True) if BRON_DOSSIER in bronnen else {}
        werkplannen = (
            self._samenvattingen("werkplan", ids, venster=True, vandaag=today) if BRON_WERKPLAN in bronnen else {}
        )
        feiten: dict[int, KlantFeiten] = {}
        onbekend: dict[int, frozenset[str]] = {}
        for r in rijen:
            f, o = bouw_feiten(
                r, dossier=dossiers.get(r.id), werkplan=werkplannen.get(r.id), bronnen=bronnen,
            )
            feiten[r.id] = f
            onbekend[r.id] = o
        return CaseloadFeiten(feiten, overzichten, onbekend, bronnen)

    # -- signals ----------------------------------------------------------------------
    def caseload_signalen(self, today: Optional[date] = None) -> CaseloadSignalen:
        """All open signals of the caseload on ``today`` (derived now, never stored)."""
        with zonder_cyclische_gc():
            return self._caseload_signalen(today or self.clock.today())

    def _caseload_signalen(self, today: date) -> CaseloadSignalen:
        feiten, overzichten, onbekend, bronnen = self._feiten(today)
        weken = self.contact_weken()
        cache: dict[frozenset[str], SignaalInstellingen] = {}
        per_klant: dict[int, tuple[sg.Signaal, ...]] = {}
        tellingen: dict[str, int] = {}
        for klant_id, f in feiten.items():
            uit = onbekend[klant_id]
            inst = cache.get(uit)
            if inst is None:
                inst = cache[uit] = SignaalInstellingen(contact_weken=weken, uitgeschakeld=uit)
            lijst = sg.bereken_signalen(f, today, inst, overzichten.get(klant_id, _GEEN_GESPREKKEN))
            if lijst:
                per_klant[klant_id] = tuple(lijst)
                for s in lijst:
                    tellingen[s.code] = tellingen.get(s.code, 0) + 1
        return CaseloadSignalen(
            vandaag=today,
            per_klant=per_klant,
            adviseur=tuple(self.adviseur_signalen(today, bronnen)),
            onbekend=onbekende_signalen(bronnen),
            bronnen=bronnen,
            tellingen=tellingen,
        )

    def adviseur_signalen(self, today: date, bronnen: Optional[frozenset[str]] = None) -> list[sg.Signaal]:
        """The adviser's own signals: the casuïstiekbespreking, when that feature exists."""
        bronnen = self.bronnen() if bronnen is None else bronnen
        if BRON_CASUISTIEK not in bronnen:
            return []
        laatste = self._dienst("casuistiek", "laatste_bespreking")(self.adviseur())
        laatste = _datum(laatste)
        s = sg.casuistiek_signaal(laatste, laatste is None, today)
        return [s] if s else []

    def gesprekken_op(self, dag: Optional[date] = None) -> list[GeplandGesprek]:
        """The gesprekken planned on ``dag`` (default today), by klant name."""
        dag = dag or self.clock.today()
        with self.store.lees() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT g.id, g.klant_id, k.naam, k.klantnummer, g.type, g.kanaal FROM gesprek g"
                " JOIN klant k ON k.id = g.klant_id"
                " WHERE g.status = 'gepland' AND g.datum = ?"
                " ORDER BY k.naam COLLATE NOCASE, g.id",
                (dag.isoformat(),),
            ).all()
        return [
            GeplandGesprek(r[0], r[1], r[2], r[3], GesprekType(r[4]), Kanaal(r[5])) for r in rows
        ]


__all__ = ["CaseloadSignalen", "GeplandGesprek", "SignaalService"]

