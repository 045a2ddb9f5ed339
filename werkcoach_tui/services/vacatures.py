"""Vacatures in the store: bulk writes (import, demo) and plain-tuple reads for the index.

Bulk paths use ``executemany`` on the raw connection inside the service's
``BEGIN IMMEDIATE`` transaction: ORM object-at-a-time inserts are ~40× slower
at 100k rows (see ``shared/design.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Iterable, Mapping, Optional

from werkcoach_tui.store import Store

KOLOMMEN = (
    "extern_id", "titel", "werkgever", "plaats", "land", "uren_min", "uren_max", "omschrijving",
    "vaardigheden", "opleidingsniveau", "pawa", "publicatiedatum", "sluitingsdatum", "beroep",
)


@dataclass(frozen=True)
class OpslagResultaat:
    toegevoegd: int
    bijgewerkt: int


def _db_waarde(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _rij(r: Mapping[str, Any]) -> tuple:
    vals = []
    for k in KOLOMMEN:
        v = r.get(k)
        if k == "land":
            v = v or "NL"
        elif k in ("omschrijving", "vaardigheden"):
            v = v or ""
        elif k == "pawa":
            v = bool(v)
        vals.append(_db_waarde(v))
    return tuple(vals)


def sla_vacatures_op(store: Store, rijen: Iterable[Mapping[str, Any]]) -> OpslagResultaat:
    """Insert or update (by ``extern_id``) in one transaction: all rows or none."""
    with store.schrijf() as s:
        return schrijf_vacatures(s, rijen)


def schrijf_vacatures(s, rijen: Iterable[Mapping[str, Any]]) -> OpslagResultaat:
    """Insert or update (by ``extern_id``) inside the caller's write session ``s``."""
    rows = [_rij(r) for r in rijen]
    ids = [r[0] for r in rows if r[0]]
    cols = ", ".join(KOLOMMEN)
    marks = ", ".join("?" for _ in KOLOMMEN)
    updates = ", ".join(f"{k} = excluded.{k}" for k in KOLOMMEN if k != "extern_id")
    raw = s.connection().connection.driver_connection
    bestaand = 0
    if ids:
        cur = raw.cursor()
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS _import_ids (extern_id TEXT PRIMARY KEY)")
        cur.execute("DELETE FROM _import_ids")
        cur.executemany("INSERT OR IGNORE INTO _import_ids VALUES (?)", ((i,) for i in ids))
        bestaand = cur.execute(
            "SELECT count(*) FROM vacature v JOIN _import_ids i ON i.extern_id = v.extern_id"
        ).fetchone()[0]
        cur.execute("DROP TABLE _import_ids")
    raw.cursor().executemany(
        f"INSERT INTO vacature ({cols}) VALUES ({marks}) "
        f"ON CONFLICT(extern_id) DO UPDATE SET {updates}",
        rows,
    )
    uniek = len(set(ids)) + sum(1 for r in rows if not r[0])
    return OpslagResultaat(toegevoegd=uniek - bestaand, bijgewerkt=len(rows) - (uniek - bestaand))


def aantal_vacatures(store: Store) -> int:
    with store.lees() as s:
        return s.connection().exec_driver_sql("SELECT count(*) FROM vacature").scalar_one()


def haal_vacature(store: Store, vacature_id: int) -> Optional[Any]:
    from werkcoach_tui.models.vacature import Vacature

    with store.lees() as s:
        return s.get(Vacature, vacature_id)


# =========================================================================== the service
WEERGAVE_KOLOMMEN = (
    "id", "extern_id", "titel", "werkgever", "plaats", "land", "uren_min", "uren_max", "omschrijving",
    "vaardigheden", "opleidingsniveau", "pawa", "publicatiedatum", "sluitingsdatum", "beroep",
)


@dataclass(frozen=True)
class VacatureRij:
    """A vacancy as screens and the CLI show it (plain data), with its search score."""

    id: int
    extern_id: Optional[str]
    titel: str
    werkgever: str
    plaats: str
    land: str
    uren_min: Optional[float]
    uren_max: Optional[float]
    omschrijving: str
    vaardigheden: str
    opleidingsniveau: Optional[str]
    pawa: bool
    publicatiedatum: Optional[date]
    sluitingsdatum: Optional[date]
    beroep: Optional[str]
    score: float = 0.0
    via: Optional[str] = None

    @property
    def uren_tekst(self) -> str:
        from werkcoach_tui.rules.opmaak import formatteer_getal

        if self.uren_min is None and self.uren_max is None:
            return "—"
        lo, hi = self.uren_min, self.uren_max
        if lo is None or hi is None or lo == hi:
            return formatteer_getal(lo if lo is not None else hi)
        return f"{formatteer_getal(lo)}–{formatteer_getal(hi)}"

    @property
    def niveau_label(self) -> str:
        from werkcoach_tui.models.enums import Opleidingsniveau

        m = Opleidingsniveau.from_text(self.opleidingsniveau) if self.opleidingsniveau else None
        return m.label if m else "—"

    def als_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "extern_id": self.extern_id, "titel": self.titel, "werkgever": self.werkgever,
            "plaats": self.plaats, "land": self.land, "uren_min": self.uren_min, "uren_max": self.uren_max,
            "opleidingsniveau": self.opleidingsniveau, "pawa": self.pawa,
            "publicatiedatum": self.publicatiedatum.isoformat() if self.publicatiedatum else None,
            "sluitingsdatum": self.sluitingsdatum.isoformat() if self.sluitingsdatum else None,
            "beroep": self.beroep, "vaardigheden": self.vaardigheden, "score": round(self.score, 1),
        }


def _datum(v: Any) -> Optional[date]:
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def _vacature_rij(r: tuple, score: float = 0.0, via: Optional[str] = None) -> VacatureRij:
    return VacatureRij(
        id=r[0], extern_id=r[1], titel=r[2], werkgever=r[3], plaats=r[4], land=r[5] or "NL",
        uren_min=r[6], uren_max=r[7], omschrijving=r[8] or "", vaardigheden=r[9] or "",
        opleidingsniveau=r[10], pawa=bool(r[11]), publicatiedatum=_datum(r[12]),
        sluitingsdatum=_datum(r[13]), beroep=r[14], score=score, via=via,
    )


@dataclass(frozen=True)
class ImportSamenvatting:
    """The outcome of one import, for the CLI and the import dialog."""

    bestand: str
    toegevoegd: int = 0
    bijgewerkt: int = 0
    afgekeurd: tuple[tuple[int, str], ...] = ()
    onbekende_kolommen: tuple[str, ...] = ()
    fatale_fout: Optional[str] = None

    @property
    def geimporteerd(self) -> int:
        return self.toegevoegd + self.bijgewerkt

    @property
    def gelukt(self) -> bool:
        return self.fatale_fout is None and self.geimporteerd > 0

    def regels(self, max_fouten: int = 20) -> list[str]:
        """The summary in Dutch, one line each (bad rows with their line number)."""
        if self.fatale_fout:
            return [f"Niets geïmporteerd: {self.fatale_fout.rstrip('.')}. De opgeslagen vacatures zijn niet gewijzigd."]
        uit = [
            f"{_aantal(self.toegevoegd)} toegevoegd, {_aantal(self.bijgewerkt)} bijgewerkt, "
            f"{_aantal(len(self.afgekeurd))} afgekeurd."
        ]
        if self.onbekende_kolommen:
            uit.append(f"Genegeerde kolommen: {', '.join(self.onbekende_kolommen)}.")
        for regel, reden in self.afgekeurd[:max_fouten]:
            uit.append(f"Regel {regel}: {reden}")
        if len(self.afgekeurd) > max_fouten:
            uit.append(f"… en nog {_aantal(len(self.afgekeurd) - max_fouten)} afgekeurde regels.")
        return uit


def _aantal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@dataclass(frozen=True)
class VoorstelRij:
    """A proposal as the klant's dossier shows it."""

    id: int
    klant_id: int
    vacature_id: int
    titel: str
    werkgever: str
    plaats: str
    status: Any
    voorgesteld_op: date
    status_datum: date
    notitie: str


class VoorstelFout(ValueError):
    """A proposal cannot be made or changed; the message is Dutch and says why."""


class VacatureService:
    """Import, the search index, search, detail, matching for a klant, and proposals.

    The index is built from plain column tuples (never ORM objects), once, in the
    background after the first frame (:meth:`bouw_index`); searches before it is ready
    wait for it. An import or a new ESCO list makes a fresh index.
    ``extra(naam)`` returns another feature's service (``dossier``, ``werkplan``) or None.
    """

    def __init__(self, store: Store, clock, wie, extra=None) -> None:
        import threading

        self.store = store
        self.clock = clock
        self._wie = wie
        self._extra = extra or (lambda naam: None)
        self._index = None
        self._index_lock = threading.Lock()
        self.index_bouwtijd: Optional[float] = None

    @property
    def wie(self) -> str:
        return self._wie() if callable(self._wie) else str(self._wie)

    # ------------------------------------------------------------------ index
    @property
    def index_klaar(self) -> bool:
        return self._index is not None

    def synoniemen(self):
        """The shipped beroepen list plus the ESCO occupations stored by ``beroepen import``."""
        from werkcoach_tui.paths import data_dir
        from werkcoach_tui.search import Synoniemen

        with self.store.lees() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT label, synoniemen, isco FROM beroep_synoniem ORDER BY id"
            ).all()
        esco = [(r[0], [x for x in (r[1] or "").split("|") if x], r[2]) for r in rows]
        return Synoniemen.laad(data_dir() / "beroepen.csv", esco=esco or None)

    def bouw_index(self):
        """Build (or return) the search index. Safe from any thread; builds once."""
        import time

        from werkcoach_tui.search import KOLOMMEN as INDEX_KOLOMMEN, VacatureIndex

        idx = self._index
        if idx is not None:
            return idx
        with self._index_lock:
            if self._index is not None:
                return self._index
            t0 = time.perf_counter()
            syn = self.synoniemen()
            with self.store.lees() as s:
                raw = s.connection().connection.driver_connection
                # The cursor itself: build reads it block by block (never all rows at once).
                cursor = raw.execute(f"SELECT {', '.join(INDEX_KOLOMMEN)} FROM vacature")
                index = VacatureIndex.build(cursor, synoniemen=syn)
            self._index = index
            self.index_bouwtijd = time.perf_counter() - t0
            return self._index

    def vergeet_index(self) -> None:
        """The vacancies or synonyms changed: the next search builds a fresh index."""
        with self._index_lock:
            self._index = None

    def aantal(self) -> int:
        return aantal_vacatures(self.store)

    # ------------------------------------------------------------------ reading
    def _haal(self, ids: list[int]) -> dict[int, tuple]:
        if not ids:
            return {}
        uit: dict[int, tuple] = {}
        with self.store.lees() as s:
            raw = s.connection().connection.driver_connection
            for i in range(0, len(ids), 500):
                deel = ids[i:i + 500]
                marks = ",".join("?" for _ in deel)
                for r in raw.execute(
                    f"SELECT {', '.join(WEERGAVE_KOLOMMEN)} FROM vacature WHERE id IN ({marks})", deel
                ):
                    uit[r[0]] = r
        return uit

    def detail(self, vacature_id: int) -> Optional[VacatureRij]:
        r = self._haal([vacature_id]).get(vacature_id)
        return _vacature_rij(r) if r else None

    def zoek(self, query: str = "", filters=None, limit: int = 50) -> list[VacatureRij]:
        """Ranked vacancies for ``query`` that pass ``filters`` (a ``ZoekFilters``)."""
        index = self.bouw_index()
        treffers = index.search(query, filters, today=self.clock.today(), limit=limit)
        rijen = self._haal([t.id for t in treffers])
        return [_vacature_rij(rijen[t.id], t.score, t.via) for t in treffers if t.id in rijen]

    # ------------------------------------------------------------------ import
    def importeer(self, pad, voortgang=None) -> ImportSamenvatting:
        """Read a CSV/JSONL file and store its valid rows in one transaction.

        ``voortgang(fractie)`` (0.0–1.0) is called now and then. When nothing valid is
        found, nothing in the store changes (``fatale_fout`` says why).
        """
        from pathlib import Path

        from werkcoach_tui.importers.vacatures import parse_vacatures
        from werkcoach_tui.services.audit import schrijf_audit

        pad = Path(pad).expanduser()

        def _parse_voortgang(_rijen: int, fractie: float) -> None:
            if voortgang is not None:
                voortgang(min(0.9, fractie * 0.9))

        resultaat = parse_vacatures(pad, voortgang=_parse_voortgang)
        afgekeurd = tuple(resultaat.fouten)
        onbekend = tuple(resultaat.onbekende_kolommen)
        if not resultaat.ok:
            return ImportSamenvatting(pad.name, afgekeurd=afgekeurd, onbekende_kolommen=onbekend,
                                      fatale_fout=resultaat.fatale_fout)
        if not resultaat.rows:
            return ImportSamenvatting(
                pad.name, afgekeurd=afgekeurd, onbekende_kolommen=onbekend,
                fatale_fout=f"{pad.name} bevat geen enkele geldige vacature"
                + (f" ({_aantal(len(afgekeurd))} regels afgekeurd, zie hieronder)." if afgekeurd else "."),
            )
        with self.store.schrijf() as s:
            opslag = schrijf_vacatures(s, resultaat.rows)
            schrijf_audit(
                s, tijdstip=self.clock.now(), wie=self.wie, actie="import", entiteit="vacature",
                nieuw=f"{pad.name}: {opslag.toegevoegd} toegevoegd, {opslag.bijgewerkt} bijgewerkt, "
                      f"{len(afgekeurd)} afgekeurd",
            )
        self.vergeet_index()
        if voortgang is not None:
            voortgang(1.0)
        return ImportSamenvatting(pad.name, opslag.toegevoegd, opslag.bijgewerkt, afgekeurd, onbekend)

    def importeer_beroepen(self, pad) -> int:
        """Store the occupations of an ESCO CSV (replacing an earlier ESCO import). Returns how many.

        Raises ``EscoImportFout`` (Dutch) for a wrong file; then nothing changes.
        """
        from werkcoach_tui.importers.esco import parse_esco
        from werkcoach_tui.services.audit import schrijf_audit

        beroepen = parse_esco(pad)
        with self.store.schrijf() as s:
            raw = s.connection().connection.driver_connection
            raw.execute("DELETE FROM beroep_synoniem WHERE bron = 'esco'")
            raw.executemany(
                "INSERT INTO beroep_synoniem (label, synoniemen, isco, bron) VALUES (?, ?, ?, 'esco')",
                [(b.label, "|".join(b.synoniemen), b.isco) for b in beroepen],
            )
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="import", entiteit="beroep_synoniem",
                          nieuw=f"{getattr(pad, 'name', pad)}: {len(beroepen)} ESCO-beroepen")
        self.vergeet_index()
        return len(beroepen)

    def aantal_beroepen(self) -> int:
        with self.store.lees() as s:
            return s.connection().exec_driver_sql("SELECT count(*) FROM beroep_synoniem").scalar_one()

    # ------------------------------------------------------------------ matching a klant
    def match_profiel(self, klant_id: int):
        """What the search knows about the klant: from the dossier summary when that
        feature is there, else from the klant card (laatste beroep, woonplaats)."""
        from werkcoach_tui.models.klant import Klant
        from werkcoach_tui.rules.vacature_match import MatchProfiel

        with self.store.lees() as s:
            klant = s.get(Klant, klant_id)
        if klant is None:
            raise LookupError(f"Klant {klant_id} bestaat niet (meer).")
        beroepen: tuple[str, ...] = (klant.laatste_beroep,) if klant.laatste_beroep else ()
        competenties: tuple[str, ...] = ()
        regio = klant.woonplaats
        reistijd = None
        bron = "klantgegevens"
        dossier = self._extra("dossier")
        if dossier is not None:
            sam = dossier.samenvatting(klant_id)
            if sam is not None:
                if sam.wensberoepen:
                    beroepen = tuple(sam.wensberoepen) + tuple(b for b in beroepen if b not in sam.wensberoepen)
                    bron = "dossier"
                if sam.competenties:
                    competenties = tuple(sam.competenties)
                    bron = "dossier"
                if sam.regio and "," in sam.regio:
                    # A list of places the klant will work in; a region *name* such as
                    # "Noord-Limburg" is not a place, so the woonplaats stays the anchor.
                    regio = sam.regio
                reistijd = sam.max_reistijd_minuten
        return MatchProfiel(
            beroepen=beroepen, competenties=competenties, regio=regio,
            beschikbare_uren=klant.beschikbare_uren, opleidingsniveau=klant.opleidingsniveau,
            ww_startdatum=klant.ww_startdatum, grensregio=klant.grensregio,
            max_reistijd_minuten=reistijd, bron=bron,
        )

    def match_opdracht(self, klant_id: int):
        from werkcoach_tui.rules.vacature_match import match_opdracht

        return match_opdracht(self.match_profiel(klant_id), self.clock.today())

    def zoek_voor_klant(self, opdracht, filters=None, limit: int = 200) -> list[VacatureRij]:
        """Vacancies for a klant: every question of ``opdracht`` (weighted), best first;
        when all work is suitable, the other vacancies in the filters follow."""
        from werkcoach_tui.rules.vacature_match import MIN_MATCH_SCORE
        from werkcoach_tui.search import ZoekFilters

        if filters is None:
            filters = ZoekFilters(plaats=opdracht.plaats, landen=opdracht.landen, uren_max=opdracht.uren_max,
                                  opleidingsniveau=opdracht.opleidingsniveau)
        index = self.bouw_index()
        today = self.clock.today()
        beste: dict[int, tuple[float, Optional[str]]] = {}
        for vraag, gewicht in opdracht.zoekvragen:
            for t in index.search(vraag, filters, today=today, limit=limit):
                if t.score < MIN_MATCH_SCORE:
                    continue
                score = t.score * gewicht
                if t.id not in beste or beste[t.id][0] < score:
                    beste[t.id] = (score, vraag)
        volgorde = sorted(beste, key=lambda i: -beste[i][0])
        if opdracht.alle_arbeid and len(volgorde) < limit:
            for t in index.search("", filters, today=today, limit=limit):
                if t.id not in beste:
                    beste[t.id] = (0.0, None)
                    volgorde.append(t.id)
                    if len(volgorde) >= limit:
                        break
        volgorde = volgorde[:limit]
        rijen = self._haal(volgorde)
        return [_vacature_rij(rijen[i], beste[i][0], beste[i][1]) for i in volgorde if i in rijen]

    # ------------------------------------------------------------------ proposals
    def _klant(self, s, klant_id: int):
        from werkcoach_tui.models.klant import Klant

        klant = s.get(Klant, klant_id)
        if klant is None:
            raise VoorstelFout(f"Klant {klant_id} bestaat niet (meer).")
        return klant

    def stel_voor(self, klant_id: int, vacature_id: int, notitie: str = ""):
        """Propose a vacancy to a klant (status voorgesteld). Audited."""
        from sqlmodel import select

        from werkcoach_tui.models.enums import VoorstelStatus
        from werkcoach_tui.models.vacature import Vacature
        from werkcoach_tui.models.voorstel import Vacaturevoorstel
        from werkcoach_tui.services.audit import schrijf_audit
        from werkcoach_tui.services.validatie import tekst

        today, nu = self.clock.today(), self.clock.now()
        with self.store.schrijf() as s:
            klant = self._klant(s, klant_id)
            vac = s.get(Vacature, vacature_id)
            if vac is None:
                raise VoorstelFout("Deze vacature bestaat niet (meer). Zoek opnieuw.")
            if s.exec(select(Vacaturevoorstel.id).where(Vacaturevoorstel.klant_id == klant_id,
                                                         Vacaturevoorstel.vacature_id == vacature_id)).first():
                raise VoorstelFout(f"'{vac.titel}' bij {vac.werkgever} is al aan {klant.naam} voorgesteld.")
            v = Vacaturevoorstel(klant_id=klant_id, vacature_id=vacature_id, status=VoorstelStatus.VOORGESTELD,
                                 voorgesteld_op=today, status_datum=today, notitie=tekst(notitie, maximum=2000),
                                 aangemaakt_op=nu, gewijzigd_op=nu)
            s.add(v)
            s.flush()
            schrijf_audit(s, tijdstip=nu, wie=self.wie, actie="aanmaken", entiteit="vacaturevoorstel",
                          entiteit_id=v.id, klantnummer=klant.klantnummer,
                          nieuw=f"{vac.titel} — {vac.werkgever}, {vac.plaats}")
        return v

    def voorstellen(self, klant_id: int) -> list[VoorstelRij]:
        from werkcoach_tui.models.enums import VoorstelStatus

        with self.store.lees() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT p.id, p.klant_id, p.vacature_id, v.titel, v.werkgever, v.plaats, p.status, "
                "p.voorgesteld_op, p.status_datum, p.notitie FROM vacaturevoorstel p "
                "JOIN vacature v ON v.id = p.vacature_id WHERE p.klant_id = ? "
                "ORDER BY p.voorgesteld_op DESC, p.id DESC",
                (klant_id,),
            ).all()
        return [VoorstelRij(r[0], r[1], r[2], r[3], r[4], r[5], VoorstelStatus(r[6]), _datum(r[7]),
                            _datum(r[8]), r[9] or "") for r in rows]

    def wijzig_voorstel(self, voorstel_id: int, invoer: Mapping[str, Any]) -> tuple[Any, Optional[str]]:
        """Change status/date/notitie from form input (``status``, ``datum`` dd-mm-jjjj, ``notitie``).

        When the status becomes *gesolliciteerd* the application is registered in the
        werkplan's sollicitatie register (when that feature is there). Returns the
        proposal and a Dutch note about the register (or None).
        Raises ``Validatiefout`` for bad input (nothing stored).
        """
        from werkcoach_tui.models.enums import SollicitatieSoort, VoorstelStatus
        from werkcoach_tui.models.vacature import Vacature
        from werkcoach_tui.models.voorstel import Vacaturevoorstel
        from werkcoach_tui.services.audit import audit_wijzigingen
        from werkcoach_tui.services.validatie import Invoerfout, Validatiefout, parse_datum, parse_keuze, tekst

        today = self.clock.today()
        fouten: dict[str, str] = {}
        status = datum = None
        try:
            status = parse_keuze(VoorstelStatus, invoer.get("status"), verplicht=True)
        except Invoerfout as exc:
            fouten["status"] = str(exc)
        try:
            datum = parse_datum(invoer.get("datum")) or today
            if datum > today:
                fouten["datum"] = "De datum ligt in de toekomst. Vul de dag in waarop het gebeurde."
        except Invoerfout as exc:
            fouten["datum"] = str(exc)
        if fouten:
            raise Validatiefout(fouten)
        notitie = tekst(invoer.get("notitie"), maximum=2000)
        nu = self.clock.now()
        with self.store.schrijf() as s:
            v = s.get(Vacaturevoorstel, voorstel_id)
            if v is None:
                raise VoorstelFout("Dit voorstel bestaat niet (meer).")
            if datum < v.voorgesteld_op:
                raise Validatiefout({"datum": "De datum ligt vóór de dag van het voorstel."})
            klant = self._klant(s, v.klant_id)
            vac = s.get(Vacature, v.vacature_id)
            was = v.status
            nieuwe_datum = datum if (status != was or str(invoer.get("datum") or "").strip()) else v.status_datum
            nieuw = {"status": status, "status_datum": nieuwe_datum,
                     "notitie": notitie if "notitie" in invoer else v.notitie}
            oud = {k: getattr(v, k) for k in nieuw}
            n = audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="vacaturevoorstel", entiteit_id=v.id,
                                  klantnummer=klant.klantnummer, oud=oud, nieuw=nieuw)
            if n:
                for k, w in nieuw.items():
                    setattr(v, k, w)
                v.gewijzigd_op = nu
                s.add(v)
            klant_id, titel, werkgever = v.klant_id, (vac.titel if vac else ""), (vac.werkgever if vac else "")
        melding = None
        if status == VoorstelStatus.GESOLLICITEERD and was != VoorstelStatus.GESOLLICITEERD:
            werkplan = self._extra("werkplan")
            if werkplan is not None:
                try:
                    werkplan.registreer_sollicitatie(klant_id, datum, werkgever, titel,
                                                     soort=SollicitatieSoort.REACTIE_OP_VACATURE, bron="voorstel")
                    melding = "De sollicitatie staat in het sollicitatieregister."
                except Exception as exc:  # another feature's problem must not lose this change
                    melding = f"Status opgeslagen, maar niet in het sollicitatieregister gezet: {exc}"
        return v, melding
