"""Casuïstiekbespreking: sessions, drawing dossiers, the pseudonymised view, the checklist,
reflection, leerpunten and actions, the report and pseudonymised bundles.

Dossier data comes ONLY from the klant card (foundation) and the shared summaries
(``diensten.dossier`` / ``diensten.werkplan``); when those services are absent the
data-dependent parts are 'niet te bepalen' and left to the group.
Inside a session every dossier is pseudonymised; there is no way to switch it off.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import secrets
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence

from sqlalchemy import delete, func
from sqlmodel import select

from werkcoach_tui.models.casuistiek import (
    AgendaDossier,
    Bespreking,
    CasuistiekSleutel,
    ChecklistScore,
    Leerpunt,
    Vervolgactie,
)
from werkcoach_tui.models.enums import (
    AgendaHerkomst,
    Beoordeling,
    ChecklistItem,
    Dienstverleningsdoel,
    MethodeStap,
)
from werkcoach_tui.models.gesprek import Gesprek
from werkcoach_tui.models.klant import Klant
from werkcoach_tui.privacy.pseudoniem import (
    Schoonmaker,
    adviseur_pseudoniem,
    klant_pseudoniem,
    referentie,
    straatnaam,
)
from werkcoach_tui.rules.casuistiek import voorinvullen
from werkcoach_tui.rules.datums import formatteer_datum, leeftijd, maand_in_ww
from werkcoach_tui.services.audit import audit_wijzigingen, schrijf_audit
from werkcoach_tui.services.casuistiek_weergave import (
    DossierWeergave,
    WeergaveFout,
    bouw_weergave,
    naar_dict,
    uit_dict,
)
from werkcoach_tui.services.validatie import Invoerfout, Validatiefout, parse_datum
from werkcoach_tui.store import Store, StoreFout

BUNDEL_FORMAAT = "werkcoach-casuistiekbundel"
BUNDEL_VERSIE = 1
BUNDEL_MAX_BYTES = 20 * 1024 * 1024
MAX_STEEKPROEF = 50
MAX_DOSSIERS_PER_BUNDEL = 200


class NietGevonden(StoreFout, LookupError):
    """The session or agenda item does not exist (anymore)."""


class BundelFout(ValueError):
    """A bundle that cannot be read or imported; the message is Dutch and says what to do."""


@dataclass(frozen=True)
class SteekproefFilters:
    adviseur: Optional[str] = None
    fase: Optional[MethodeStap] = None
    min_maand_ww: Optional[int] = None
    max_maand_ww: Optional[int] = None
    dienstverleningsdoel: Optional[Dienstverleningsdoel] = None
    met_werkplan: Optional[bool] = None
    """True: only with a werkplan; False: only without; None: both."""

    def naar_json(self) -> str:
        d = {k: (v.value if hasattr(v, "value") else v) for k, v in asdict(self).items() if v is not None}
        return json.dumps(d, sort_keys=True, ensure_ascii=False)

    @classmethod
    def uit_json(cls, tekst: str | None) -> "SteekproefFilters":
        try:
            d = json.loads(tekst or "{}")
        except ValueError:
            d = {}
        return cls(
            adviseur=d.get("adviseur"),
            fase=MethodeStap.from_text(d.get("fase")),
            min_maand_ww=d.get("min_maand_ww"),
            max_maand_ww=d.get("max_maand_ww"),
            dienstverleningsdoel=Dienstverleningsdoel.from_text(d.get("dienstverleningsdoel")),
            met_werkplan=d.get("met_werkplan"),
        )

    def omschrijving(self) -> str:
        delen = []
        if self.adviseur:
            delen.append(f"adviseur {self.adviseur}")
        if self.fase:
            delen.append(f"fase {self.fase.label.lower()}")
        if self.min_maand_ww is not None or self.max_maand_ww is not None:
            laag = self.min_maand_ww if self.min_maand_ww is not None else 1
            delen.append(f"maand {laag}–{self.max_maand_ww} in de WW" if self.max_maand_ww is not None
                         else f"vanaf maand {laag} in de WW")
        if self.dienstverleningsdoel:
            delen.append(self.dienstverleningsdoel.label.lower())
        if self.met_werkplan is True:
            delen.append("met werkplan")
        elif self.met_werkplan is False:
            delen.append("zonder werkplan")
        return ", ".join(delen) or "geen filters"


@dataclass(frozen=True)
class BesprekingRij:
    id: int
    datum: date
    voorzitter: str
    deelnemers: str
    thema: str
    aantal_dossiers: int
    aantal_beoordeeld: int


@dataclass(frozen=True)
class ScoreRegel:
    item: ChecklistItem
    score: Beoordeling
    opmerking: str
    voorgevuld: bool


@dataclass(frozen=True)
class AgendaRij:
    id: int
    pseudoniem: str
    herkomst: AgendaHerkomst
    scores: tuple[ScoreRegel, ...]
    wat_ging_goed: str
    kan_beter: str

    @property
    def aantal_beoordeeld(self) -> int:
        return sum(1 for s in self.scores if s.score != Beoordeling.NIET_BEOORDEELD)


@dataclass(frozen=True)
class BesprekingDetail:
    bespreking: Bespreking
    agenda: tuple[AgendaRij, ...]
    leerpunten: tuple[Leerpunt, ...]
    acties: tuple[Vervolgactie, ...]

    @property
    def filters(self) -> SteekproefFilters:
        return SteekproefFilters.uit_json(self.bespreking.filters)


@dataclass(frozen=True)
class ImportResultaat:
    toegevoegd: int
    overgeslagen: int


def _deelnemers(tekst: str) -> list[str]:
    return [d.strip() for d in (tekst or "").replace(";", ",").replace("\n", ",").split(",") if d.strip()]


def schrijf_prive_bestand(pad: Path, tekst: str) -> None:
    """Write a file only the user can read (0600), atomically (a temp file, then rename)."""
    pad = Path(pad).expanduser()
    map_ = pad.parent if str(pad.parent) else Path(".")
    if not map_.is_dir():
        raise StoreFout(f"De map {map_} bestaat niet. Kies een bestaande map of maak die eerst aan.")
    fd, tmp = tempfile.mkstemp(prefix=f".{pad.name}.", dir=map_)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(tekst)
        os.replace(tmp, pad)
        os.chmod(pad, 0o600)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise StoreFout(f"Kan {pad} niet schrijven: {exc.strerror or exc}. Kies een map waarin u mag schrijven.") from exc


class CasuistiekService:
    def __init__(self, store: Store, clock, wie, diensten: Any = None) -> None:
        self.store = store
        self.clock = clock
        self._wie = wie
        self._diensten = diensten
        self._sleutel: Optional[bytes] = None

    @property
    def wie(self) -> str:
        return self._wie() if callable(self._wie) else str(self._wie)

    # -- the other features' summaries -------------------------------------------------
    def _dienst(self, naam: str):
        return getattr(self._diensten, naam, None) if self._diensten is not None else None

    def _dossiers(self, ids: Sequence[int]) -> Optional[dict[int, Any]]:
        dienst = self._dienst("dossier")
        if dienst is None or not ids:
            return None if dienst is None else {}
        return _als_dict(dienst.samenvattingen(list(ids)))

    def _werkplannen(self, ids: Sequence[int]) -> Optional[dict[int, Any]]:
        dienst = self._dienst("werkplan")
        if dienst is None or not ids:
            return None if dienst is None else {}
        return _als_dict(dienst.samenvattingen(list(ids)))

    # -- the key ------------------------------------------------------------------------
    def sleutel(self) -> bytes:
        """The store's HMAC key, generated on first use. Never exported."""
        if self._sleutel is None:
            with self.store.lees() as s:
                rij = s.get(CasuistiekSleutel, 1)
                waarde = rij.sleutel if rij else None
            if not waarde:
                with self.store.schrijf() as s:
                    rij = s.get(CasuistiekSleutel, 1)
                    if rij is None or not rij.sleutel:
                        waarde = secrets.token_hex(32)
                        s.merge(CasuistiekSleutel(id=1, sleutel=waarde, aangemaakt_op=self.clock.now()))
                        schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="aanmaken",
                                      entiteit="casuistiek_sleutel", nieuw="sleutel voor pseudoniemen")
                    else:
                        waarde = rij.sleutel
            self._sleutel = bytes.fromhex(waarde)
        return self._sleutel

    # -- sessions -----------------------------------------------------------------------
    def maak_bespreking(self, invoer: Mapping[str, Any]) -> Bespreking:
        fouten: dict[str, str] = {}
        datum = None
        try:
            datum = parse_datum(invoer.get("datum")) or self.clock.today()
        except Invoerfout as exc:
            fouten["datum"] = str(exc)
        voorzitter = str(invoer.get("voorzitter") or "").strip()
        if not voorzitter:
            fouten["voorzitter"] = "Vul de naam van de voorzitter in."
        elif len(voorzitter) > 200:
            fouten["voorzitter"] = "De naam is te lang (maximaal 200 tekens)."
        deelnemers = _deelnemers(str(invoer.get("deelnemers") or ""))
        if not deelnemers:
            fouten["deelnemers"] = "Vul de deelnemers in, gescheiden door komma's."
        thema = str(invoer.get("thema") or "").strip()
        if len(thema) > 200:
            fouten["thema"] = "Het thema is te lang (maximaal 200 tekens)."
        if fouten:
            raise Validatiefout(fouten)
        if voorzitter not in deelnemers:
            deelnemers.insert(0, voorzitter)
        nu = self.clock.now()
        with self.store.schrijf() as s:
            b = Bespreking(datum=datum, voorzitter=voorzitter, deelnemers=", ".join(deelnemers), thema=thema,
                           aangemaakt_door=self.wie, aangemaakt_op=nu)
            s.add(b)
            s.flush()
            audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="casuistiek_bespreking", entiteit_id=b.id,
                              klantnummer=None, oud={}, actie="aanmaken",
                              nieuw={"datum": datum, "voorzitter": voorzitter, "deelnemers": b.deelnemers,
                                     "thema": thema or None})
            s.refresh(b)
            s.expunge(b)
        return b

    def besprekingen(self) -> list[BesprekingRij]:
        with self.store.lees() as s:
            rijen = list(s.exec(select(Bespreking).order_by(Bespreking.datum.desc(), Bespreking.id.desc())))
            tellingen = dict(s.exec(select(AgendaDossier.bespreking_id, func.count()).group_by(AgendaDossier.bespreking_id)).all())
            agenda = list(s.exec(select(AgendaDossier.id, AgendaDossier.bespreking_id)).all())
            open_ = set(s.exec(select(ChecklistScore.agenda_id)
                               .where(ChecklistScore.score == Beoordeling.NIET_BEOORDEELD)).all())
        beoordeeld: dict[int, int] = {}
        for agenda_id, bid in agenda:
            if agenda_id not in open_:
                beoordeeld[bid] = beoordeeld.get(bid, 0) + 1
        return [BesprekingRij(b.id, b.datum, b.voorzitter, b.deelnemers, b.thema, tellingen.get(b.id, 0),
                              beoordeeld.get(b.id, 0)) for b in rijen]

    def laatste_bespreking(self, adviseur: str) -> Optional[date]:
        """The date of the latest session (up to today) the adviser took part in or chaired."""
        naam = (adviseur or "").strip().lower()
        if not naam:
            return None
        today = self.clock.today()
        with self.store.lees() as s:
            rijen = list(s.exec(select(Bespreking).where(Bespreking.datum <= today).order_by(Bespreking.datum.desc())))
        for b in rijen:
            namen = {d.lower() for d in _deelnemers(b.deelnemers)} | {b.voorzitter.strip().lower()}
            if naam in namen:
                return b.datum
        return None

    def detail(self, bespreking_id: int) -> BesprekingDetail:
        with self.store.lees() as s:
            b = s.get(Bespreking, bespreking_id)
            if b is None:
                raise NietGevonden(f"Bespreking {bespreking_id} bestaat niet (meer).")
            agenda = list(s.exec(select(AgendaDossier).where(AgendaDossier.bespreking_id == bespreking_id)
                                 .order_by(AgendaDossier.volgorde, AgendaDossier.id)))
            ids = [a.id for a in agenda]
            scores = list(s.exec(select(ChecklistScore).where(ChecklistScore.agenda_id.in_(ids)))) if ids else []
            klant_ids = [a.klant_id for a in agenda if a.klant_id is not None]
            nummers = dict(s.exec(select(Klant.id, Klant.klantnummer).where(Klant.id.in_(klant_ids))).all()) if klant_ids else {}
            leerpunten = tuple(s.exec(select(Leerpunt).where(Leerpunt.bespreking_id == bespreking_id).order_by(Leerpunt.id)))
            acties = tuple(s.exec(select(Vervolgactie).where(Vervolgactie.bespreking_id == bespreking_id)
                                  .order_by(Vervolgactie.wanneer, Vervolgactie.id)))
        per_agenda: dict[int, list[ChecklistScore]] = {}
        for sc in scores:
            per_agenda.setdefault(sc.agenda_id, []).append(sc)
        namen = self._pseudoniemen(agenda, nummers)
        volgorde = list(ChecklistItem)
        rijen = []
        for a in agenda:
            eigen = {sc.item: sc for sc in per_agenda.get(a.id, [])}
            regels = tuple(
                ScoreRegel(i, eigen[i].score, eigen[i].opmerking, eigen[i].voorgevuld) if i in eigen
                else ScoreRegel(i, Beoordeling.NIET_BEOORDEELD, "", False)
                for i in volgorde
            )
            rijen.append(AgendaRij(a.id, namen[a.id], a.herkomst, regels, a.wat_ging_goed, a.kan_beter))
        return BesprekingDetail(b, tuple(rijen), leerpunten, acties)

    def _pseudoniemen(self, agenda: Sequence[AgendaDossier], nummers: Mapping[int, str]) -> dict[int, str]:
        sleutel = self.sleutel() if any(a.klant_id is not None for a in agenda) else b""
        namen: dict[int, str] = {}
        gebruikt: set[str] = set()
        for a in agenda:
            if a.klant_id is not None:
                naam = klant_pseudoniem(sleutel, nummers.get(a.klant_id, str(a.klant_id)))
                lang = klant_pseudoniem(sleutel, nummers.get(a.klant_id, str(a.klant_id)), 4)
            else:
                try:
                    naam = json.loads(a.inhoud or "{}").get("pseudoniem") or f"Dossier {a.volgorde}"
                except ValueError:
                    naam = f"Dossier {a.volgorde}"
                lang = f"{naam} ({a.volgorde})"
            if naam in gebruikt:
                naam = lang if lang not in gebruikt else f"{naam} ({a.volgorde})"
            gebruikt.add(naam)
            namen[a.id] = naam
        return namen

    def verwijder_bespreking(self, bespreking_id: int) -> None:
        with self.store.schrijf() as s:
            b = s.get(Bespreking, bespreking_id)
            if b is None:
                raise NietGevonden(f"Bespreking {bespreking_id} bestaat niet (meer).")
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="verwijderen",
                          entiteit="casuistiek_bespreking", entiteit_id=b.id,
                          oud=f"bespreking {formatteer_datum(b.datum)}")
            s.delete(b)

    # -- drawing dossiers ---------------------------------------------------------------
    def kandidaten(self, filters: SteekproefFilters) -> list[int]:
        """Klant ids that match the filters, in klantnummer order (the frame of the draw)."""
        today = self.clock.today()
        if filters.dienstverleningsdoel is not None and self._dienst("dossier") is None:
            raise Validatiefout({"dienstverleningsdoel": "Het dienstverleningsdoel is niet te bepalen: methodisch "
                                 "handelen is niet beschikbaar. Laat dit filter leeg."})
        if filters.met_werkplan is not None and self._dienst("werkplan") is None:
            raise Validatiefout({"met_werkplan": "Of er een werkplan is, is niet te bepalen: het werkplan is niet "
                                 "beschikbaar. Kies 'met en zonder werkplan'."})
        stmt = select(Klant.id, Klant.klantnummer, Klant.ww_startdatum, Klant.adviseur, Klant.fase)
        if filters.adviseur:
            stmt = stmt.where(func.lower(Klant.adviseur) == filters.adviseur.strip().lower())
        if filters.fase is not None:
            stmt = stmt.where(Klant.fase == filters.fase)
        with self.store.lees() as s:
            rijen = list(s.exec(stmt.order_by(Klant.klantnummer)).all())
        ids = []
        for kid, _nr, start, _adv, _fase in rijen:
            if filters.min_maand_ww is not None or filters.max_maand_ww is not None:
                if start is None:
                    continue
                maand = maand_in_ww(start, today)
                if maand < 1:
                    continue
                if filters.min_maand_ww is not None and maand < filters.min_maand_ww:
                    continue
                if filters.max_maand_ww is not None and maand > filters.max_maand_ww:
                    continue
            ids.append(kid)
        if filters.dienstverleningsdoel is not None:
            dossiers = self._dossiers(ids) or {}
            ids = [i for i in ids if dossiers.get(i) is not None
                   and dossiers[i].dienstverleningsdoel == filters.dienstverleningsdoel]
        if filters.met_werkplan is not None:
            plannen = self._werkplannen(ids) or {}
            ids = [i for i in ids if bool(plannen.get(i) and plannen[i].heeft_werkplan) == filters.met_werkplan]
        return ids

    def steekproef(self, aantal: int, filters: SteekproefFilters, seed: int) -> list[int]:
        """The aselect sample: the same seed, filters and data give the same dossiers."""
        kandidaten = self.kandidaten(filters)
        rng = random.Random(seed)
        return rng.sample(kandidaten, min(aantal, len(kandidaten)))

    def trek_steekproef(self, bespreking_id: int, aantal: Any, filters: SteekproefFilters,
                        seed: Any = None) -> list[int]:
        """Draw and put the sample on the agenda (replacing an earlier draw). Returns klant ids."""
        fouten = {}
        try:
            n = int(str(aantal).strip())
            if not 1 <= n <= MAX_STEEKPROEF:
                raise ValueError
        except ValueError:
            n = 0
            fouten["aantal"] = f"Kies een aantal dossiers van 1 tot en met {MAX_STEEKPROEF}."
        if seed is None or str(seed).strip() == "":
            seed_int = secrets.randbelow(1_000_000) + 1
        else:
            try:
                seed_int = int(str(seed).strip())
                if seed_int < 0:
                    raise ValueError
            except ValueError:
                seed_int = 0
                fouten["seed"] = "Het startgetal (seed) is een geheel getal vanaf 0; laat het leeg voor een nieuwe trekking."
        if (filters.min_maand_ww is not None and filters.max_maand_ww is not None
                and filters.min_maand_ww > filters.max_maand_ww):
            fouten["max_maand_ww"] = "De hoogste maand in de WW ligt vóór de laagste. Draai ze om."
        if fouten:
            raise Validatiefout(fouten)
        gekozen = self.steekproef(n, filters, seed_int)
        if not gekozen:
            raise Validatiefout({"aantal": "Geen dossiers voldoen aan deze filters. Verruim de filters."})
        bronnen = self._voor_agenda(gekozen)
        with self.store.schrijf() as s:
            b = s.get(Bespreking, bespreking_id)
            if b is None:
                raise NietGevonden(f"Bespreking {bespreking_id} bestaat niet (meer).")
            oud_ids = list(s.exec(select(AgendaDossier.id).where(AgendaDossier.bespreking_id == bespreking_id,
                                                                 AgendaDossier.herkomst == AgendaHerkomst.STEEKPROEF)))
            if oud_ids:
                s.exec(delete(AgendaDossier).where(AgendaDossier.id.in_(oud_ids)))
            nu = self.clock.now()
            audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="casuistiek_bespreking", entiteit_id=b.id,
                              klantnummer=None, oud={"seed": b.seed, "filters": b.filters,
                                                     "steekproef_grootte": b.steekproef_grootte},
                              nieuw={"seed": seed_int, "filters": filters.naar_json(), "steekproef_grootte": n},
                              actie="steekproef trekken")
            b.seed, b.filters, b.steekproef_grootte = seed_int, filters.naar_json(), n
            b.versie += 1
            s.add(b)
            bestaand = set(s.exec(select(AgendaDossier.klant_id).where(AgendaDossier.bespreking_id == bespreking_id)))
            self._zet_op_agenda(s, b.id, [k for k in gekozen if k not in bestaand], AgendaHerkomst.STEEKPROEF, bronnen)
        return gekozen

    def voeg_toe(self, bespreking_id: int, klant_ids: Iterable[int]) -> int:
        """Put hand-picked dossiers ('moeilijke dossiers') on the agenda. Returns how many were added."""
        klant_ids = list(dict.fromkeys(klant_ids))
        bronnen = self._voor_agenda(klant_ids)
        with self.store.schrijf() as s:
            b = s.get(Bespreking, bespreking_id)
            if b is None:
                raise NietGevonden(f"Bespreking {bespreking_id} bestaat niet (meer).")
            bestaand = set(s.exec(select(AgendaDossier.klant_id).where(AgendaDossier.bespreking_id == bespreking_id)))
            nieuw = [k for k in klant_ids if k not in bestaand]
            return self._zet_op_agenda(s, bespreking_id, nieuw, AgendaHerkomst.HANDMATIG, bronnen)

    def _voor_agenda(self, klant_ids: list[int]):
        """What the agenda needs from outside the write transaction: the key (may be created)
        and the other features' summaries (their services open their own sessions)."""
        return self.sleutel(), self._dossiers(klant_ids), self._werkplannen(klant_ids)

    def _zet_op_agenda(self, s, bespreking_id: int, klant_ids: list[int], herkomst: AgendaHerkomst, bronnen) -> int:
        if not klant_ids:
            return 0
        sleutel, dossiers, plannen = bronnen
        klanten = {k.id: k for k in s.exec(select(Klant).where(Klant.id.in_(klant_ids)))}
        today = self.clock.today()
        volgorde = s.exec(select(func.max(AgendaDossier.volgorde)).where(AgendaDossier.bespreking_id == bespreking_id)).one() or 0
        nu = self.clock.now()
        n = 0
        for kid in klant_ids:
            klant = klanten.get(kid)
            if klant is None:
                continue
            volgorde += 1
            a = AgendaDossier(bespreking_id=bespreking_id, klant_id=kid, volgorde=volgorde, herkomst=herkomst,
                              referentie=referentie(sleutel, klant.klantnummer))
            s.add(a)
            s.flush()
            jaren = leeftijd(klant.geboortedatum, today) if klant.geboortedatum else None
            for v in voorinvullen(None if dossiers is None else dossiers.get(kid, _LEEG),
                                  None if plannen is None else plannen.get(kid, _LEEG_PLAN), jaren):
                s.add(ChecklistScore(agenda_id=a.id, item=v.item, score=v.score, opmerking=v.opmerking,
                                     voorgevuld=v.voorgevuld))
            schrijf_audit(s, tijdstip=nu, wie=self.wie, actie="op agenda", entiteit="casuistiek_agenda",
                          entiteit_id=a.id, klantnummer=klant.klantnummer,
                          nieuw=f"bespreking {bespreking_id} ({herkomst.label.lower()})")
            n += 1
        return n

    def verwijder_van_agenda(self, agenda_id: int) -> None:
        with self.store.schrijf() as s:
            a = s.get(AgendaDossier, agenda_id)
            if a is None:
                raise NietGevonden("Dit dossier staat niet (meer) op de agenda.")
            klant = s.get(Klant, a.klant_id) if a.klant_id else None
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="van agenda", entiteit="casuistiek_agenda",
                          entiteit_id=a.id, klantnummer=klant.klantnummer if klant else None,
                          oud=f"bespreking {a.bespreking_id}")
            s.delete(a)

    def lokale_klanten(self, bespreking_id: int) -> list[int]:
        """Klant ids of this store's own dossiers on the agenda (what a bundle can hold)."""
        with self.store.lees() as s:
            return [k for k in s.exec(select(AgendaDossier.klant_id)
                                      .where(AgendaDossier.bespreking_id == bespreking_id,
                                             AgendaDossier.klant_id.is_not(None))
                                      .order_by(AgendaDossier.volgorde, AgendaDossier.id))]

    def klantkeuze(self) -> list[tuple[int, str]]:
        """What the hand-pick list shows: klantnummer, adviser, phase and month in WW (no names)."""
        today = self.clock.today()
        with self.store.lees() as s:
            rijen = list(s.exec(select(Klant.id, Klant.klantnummer, Klant.adviseur, Klant.fase, Klant.ww_startdatum)
                                .order_by(Klant.klantnummer)).all())
        uit = []
        for kid, nr, adv, fase, start in rijen:
            maand = f"maand {maand_in_ww(start, today)}" if start and start <= today else "geen WW"
            uit.append((kid, f"{nr} · {adv or 'geen adviseur'} · {MethodeStap(fase).label} · {maand}"))
        return uit

    def adviseurs(self) -> list[str]:
        with self.store.lees() as s:
            return sorted({a for a in s.exec(select(Klant.adviseur).distinct()) if a})

    # -- the pseudonymised view ---------------------------------------------------------------
    def _schoonmaker(self, s, klant: Klant, andere: Mapping[str, str]) -> Schoonmaker:
        from werkcoach_tui.models.vacature import Vacature

        adviseurs = {a for a in s.exec(select(Klant.adviseur).distinct()) if a}
        werkgevers = tuple(w for w in s.exec(select(Vacature.werkgever).distinct()) if w and len(w) >= 3)
        return Schoonmaker(
            namen=(klant.naam, *sorted(adviseurs), self.wie),
            werkgevers=werkgevers,
            plaatsen=(klant.woonplaats,) if klant.woonplaats else (),
            straten=tuple(x for x in (klant.adres, straatnaam(klant.adres)) if x and len(x) >= 3),
            vervangingen=dict(andere),
        )

    def bouw_weergaven(self, klant_ids: Sequence[int]) -> dict[int, DossierWeergave]:
        """Pseudonymised view models of local dossiers (no audit; callers log what they show)."""
        if not klant_ids:
            return {}
        sleutel = self.sleutel()
        today = self.clock.today()
        dossiers = self._dossiers(klant_ids)
        plannen = self._werkplannen(klant_ids)
        uit: dict[int, DossierWeergave] = {}
        with self.store.lees() as s:
            klanten = {k.id: k for k in s.exec(select(Klant).where(Klant.id.in_(list(klant_ids))))}
            andere = {k.naam: klant_pseudoniem(sleutel, k.klantnummer) for k in klanten.values()}
            for kid in klant_ids:
                klant = klanten.get(kid)
                if klant is None:
                    raise NietGevonden(f"Klant {kid} bestaat niet (meer).")
                gesprekken = list(s.exec(select(Gesprek).where(Gesprek.klant_id == kid)))
                schoon = self._schoonmaker(s, klant, {n: p for n, p in andere.items() if n != klant.naam})
                uit[kid] = bouw_weergave(
                    pseudoniem=klant_pseudoniem(sleutel, klant.klantnummer),
                    adviseur=adviseur_pseudoniem(sleutel, klant.adviseur) if klant.adviseur else "onbekend",
                    klant=klant, gesprekken=gesprekken,
                    dossier=None if dossiers is None else dossiers.get(kid),
                    werkplan=None if plannen is None else plannen.get(kid),
                    schoon=schoon, today=today,
                    dossier_beschikbaar=dossiers is not None, werkplan_beschikbaar=plannen is not None,
                )
        return uit

    def weergave(self, agenda_id: int, *, loggen: bool = True) -> DossierWeergave:
        """The pseudonymised dossier of an agenda item. Always pseudonymised; viewing is logged."""
        with self.store.lees() as s:
            a = s.get(AgendaDossier, agenda_id)
            if a is None:
                raise NietGevonden("Dit dossier staat niet (meer) op de agenda.")
            klant_id, inhoud, bespreking_id = a.klant_id, a.inhoud, a.bespreking_id
            nummer = s.get(Klant, klant_id).klantnummer if klant_id else None
        if klant_id is None:
            try:
                w = uit_dict(json.loads(inhoud or "{}"))
            except (ValueError, WeergaveFout) as exc:
                raise StoreFout(f"Het geïmporteerde dossier is beschadigd ({exc}). Importeer de bundel opnieuw.") from exc
        else:
            w = self.bouw_weergaven([klant_id])[klant_id]
        naam = self.detail_naam(bespreking_id, agenda_id)
        if naam and naam != w.pseudoniem:
            from dataclasses import replace

            w = replace(w, pseudoniem=naam)
        if loggen and nummer:
            with self.store.schrijf() as s:
                schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="bekijken (gepseudonimiseerd)",
                              entiteit="casuistiek_agenda", entiteit_id=agenda_id, klantnummer=nummer,
                              nieuw=f"bespreking {bespreking_id}")
        return w

    def detail_naam(self, bespreking_id: int, agenda_id: int) -> Optional[str]:
        with self.store.lees() as s:
            agenda = list(s.exec(select(AgendaDossier).where(AgendaDossier.bespreking_id == bespreking_id)
                                 .order_by(AgendaDossier.volgorde, AgendaDossier.id)))
            ids = [a.klant_id for a in agenda if a.klant_id]
            nummers = dict(s.exec(select(Klant.id, Klant.klantnummer).where(Klant.id.in_(ids))).all()) if ids else {}
        return self._pseudoniemen(agenda, nummers).get(agenda_id)

    # -- scoring and reflection -----------------------------------------------------------------
    def zet_score(self, agenda_id: int, item: ChecklistItem, score: Beoordeling,
                  opmerking: Optional[str] = None) -> ScoreRegel:
        if opmerking is not None and len(opmerking) > 2000:
            raise Validatiefout({"opmerking": "De opmerking is te lang (maximaal 2000 tekens)."})
        with self.store.schrijf() as s:
            a = s.get(AgendaDossier, agenda_id)
            if a is None:
                raise NietGevonden("Dit dossier staat niet (meer) op de agenda.")
            sc = s.exec(select(ChecklistScore).where(ChecklistScore.agenda_id == agenda_id,
                                                     ChecklistScore.item == item)).first()
            if sc is None:
                sc = ChecklistScore(agenda_id=agenda_id, item=item)
            nieuw = {"score": score, "voorgevuld": False}
            if opmerking is not None:
                nieuw["opmerking"] = opmerking.strip()
            oud = {k: getattr(sc, k) for k in nieuw}
            audit_wijzigingen(s, tijdstip=self.clock.now(), wie=self.wie, entiteit=f"casuistiek_score.{item.value}",
                              entiteit_id=agenda_id, klantnummer=None, oud=oud, nieuw=nieuw)
            for k, v in nieuw.items():
                setattr(sc, k, v)
            s.add(sc)
            return ScoreRegel(sc.item, sc.score, sc.opmerking, sc.voorgevuld)

    def zet_reflectie(self, agenda_id: int, wat_ging_goed: str, kan_beter: str) -> None:
        with self.store.schrijf() as s:
            a = s.get(AgendaDossier, agenda_id)
            if a is None:
                raise NietGevonden("Dit dossier staat niet (meer) op de agenda.")
            nieuw = {"wat_ging_goed": (wat_ging_goed or "").strip(), "kan_beter": (kan_beter or "").strip()}
            audit_wijzigingen(s, tijdstip=self.clock.now(), wie=self.wie, entiteit="casuistiek_agenda",
                              entiteit_id=a.id, klantnummer=None,
                              oud={k: getattr(a, k) for k in nieuw}, nieuw=nieuw)
            for k, v in nieuw.items():
                setattr(a, k, v)
            s.add(a)

    def voeg_leerpunt_toe(self, bespreking_id: int, tekst: str) -> Leerpunt:
        tekst = (tekst or "").strip()
        if not tekst:
            raise Validatiefout({"tekst": "Vul het leerpunt in."})
        with self.store.schrijf() as s:
            if s.get(Bespreking, bespreking_id) is None:
                raise NietGevonden(f"Bespreking {bespreking_id} bestaat niet (meer).")
            lp = Leerpunt(bespreking_id=bespreking_id, tekst=tekst)
            s.add(lp)
            s.flush()
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="aanmaken", entiteit="casuistiek_leerpunt",
                          entiteit_id=lp.id, nieuw=tekst)
            s.refresh(lp)
            s.expunge(lp)
        return lp

    def verwijder_leerpunt(self, leerpunt_id: int) -> None:
        with self.store.schrijf() as s:
            lp = s.get(Leerpunt, leerpunt_id)
            if lp is None:
                raise NietGevonden("Dit leerpunt bestaat niet (meer).")
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="verwijderen",
                          entiteit="casuistiek_leerpunt", entiteit_id=lp.id, oud=lp.tekst)
            s.delete(lp)

    def voeg_actie_toe(self, bespreking_id: int, invoer: Mapping[str, Any]) -> Vervolgactie:
        fouten = {}
        wie = str(invoer.get("wie") or "").strip()
        wat = str(invoer.get("wat") or "").strip()
        if not wie:
            fouten["wie"] = "Vul in wie de actie uitvoert."
        if not wat:
            fouten["wat"] = "Vul in wat er moet gebeuren."
        wanneer = None
        try:
            wanneer = parse_datum(invoer.get("wanneer"))
            if wanneer is None:
                fouten["wanneer"] = "Vul in wanneer de actie klaar is (dd-mm-jjjj)."
        except Invoerfout as exc:
            fouten["wanneer"] = str(exc)
        if fouten:
            raise Validatiefout(fouten)
        with self.store.schrijf() as s:
            if s.get(Bespreking, bespreking_id) is None:
                raise NietGevonden(f"Bespreking {bespreking_id} bestaat niet (meer).")
            act = Vervolgactie(bespreking_id=bespreking_id, wie=wie, wat=wat, wanneer=wanneer)
            s.add(act)
            s.flush()
            audit_wijzigingen(s, tijdstip=self.clock.now(), wie=self.wie, entiteit="casuistiek_actie",
                              entiteit_id=act.id, klantnummer=None, oud={}, actie="aanmaken",
                              nieuw={"wie": wie, "wat": wat, "wanneer": wanneer})
            s.refresh(act)
            s.expunge(act)
        return act

    def verwijder_actie(self, actie_id: int) -> None:
        with self.store.schrijf() as s:
            act = s.get(Vervolgactie, actie_id)
            if act is None:
                raise NietGevonden("Deze actie bestaat niet (meer).")
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="verwijderen",
                          entiteit="casuistiek_actie", entiteit_id=act.id, oud=f"{act.wie}: {act.wat}")
            s.delete(act)

    # -- report ----------------------------------------------------------------------------------
    def rapport(self, bespreking_id: int, formaat: str = "md", *, loggen: bool = False) -> str:
        """The report as text. ``loggen``: it leaves the app (e.g. printed by the CLI), so audit it."""
        tekst = self._rapport(bespreking_id, formaat)
        if loggen:
            with self.store.schrijf() as s:
                schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="exporteren",
                              entiteit="casuistiek_rapport", entiteit_id=bespreking_id,
                              nieuw=f"rapport ({formaat}) naar de uitvoer")
        return tekst

    def _rapport(self, bespreking_id: int, formaat: str = "md") -> str:
        from werkcoach_tui.services.casuistiek_rapport import RapportDossier, rapport_html, rapport_markdown

        detail = self._groep_tekst_geschoond(self.detail(bespreking_id))
        dossiers = [RapportDossier(rij, self.weergave(rij.id, loggen=False)) for rij in detail.agenda]
        if formaat == "html":
            return rapport_html(detail, dossiers)
        if formaat == "md":
            return rapport_markdown(detail, dossiers)
        raise Validatiefout({"formaat": f"Onbekend formaat '{formaat}'. Kies md of html."})

    def _groep_tekst_geschoond(self, detail: BesprekingDetail) -> BesprekingDetail:
        """What the group typed (remarks, reflection, leerpunten, actions) scrubbed of the names of
        the klanten on the agenda, contact details and numbers before it leaves the app."""
        from dataclasses import replace

        ids = self.lokale_klanten(detail.bespreking.id)
        with self.store.lees() as s:
            klanten = list(s.exec(select(Klant).where(Klant.id.in_(ids)))) if ids else []
        schoon = Schoonmaker(namen=tuple(k.naam for k in klanten),
                             straten=tuple(x for k in klanten for x in (k.adres, straatnaam(k.adres))
                                           if x and len(x) >= 3))
        agenda = tuple(
            replace(r, wat_ging_goed=schoon(r.wat_ging_goed), kan_beter=schoon(r.kan_beter),
                    scores=tuple(replace(sc, opmerking=schoon(sc.opmerking)) for sc in r.scores))
            for r in detail.agenda
        )
        leerpunten = tuple(Leerpunt(id=lp.id, bespreking_id=lp.bespreking_id, tekst=schoon(lp.tekst))
                           for lp in detail.leerpunten)
        acties = tuple(Vervolgactie(id=a.id, bespreking_id=a.bespreking_id, wie=a.wie, wat=schoon(a.wat),
                                    wanneer=a.wanneer) for a in detail.acties)
        return replace(detail, agenda=agenda, leerpunten=leerpunten, acties=acties)

    def exporteer_rapport(self, bespreking_id: int, pad: Path, formaat: str = "md") -> Path:
        tekst = self._rapport(bespreking_id, formaat)
        pad = Path(pad).expanduser()
        with self.store.schrijf() as s:
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="exporteren",
                          entiteit="casuistiek_rapport", entiteit_id=bespreking_id,
                          nieuw=f"rapport ({formaat}) naar {pad.name}")
            schrijf_prive_bestand(pad, tekst)
        return pad

    # -- bundles ---------------------------------------------------------------------------------
    def bundel(self, klant_ids: Sequence[int]) -> dict:
        """The pseudonymised bundle (plain data) for these klanten; no direct identifiers at all."""
        ids = list(dict.fromkeys(klant_ids))
        if not ids:
            raise Validatiefout({"klanten": "Kies minstens één dossier voor de bundel."})
        if len(ids) > MAX_DOSSIERS_PER_BUNDEL:
            raise Validatiefout({"klanten": f"Een bundel bevat hoogstens {MAX_DOSSIERS_PER_BUNDEL} dossiers."})
        sleutel = self.sleutel()
        weergaven = self.bouw_weergaven(ids)
        dossiers = self._dossiers(ids)
        plannen = self._werkplannen(ids)
        today = self.clock.today()
        with self.store.lees() as s:
            klanten = {k.id: k for k in s.exec(select(Klant).where(Klant.id.in_(ids)))}
        items = []
        gebruikt: set[str] = set()
        for kid in ids:
            klant = klanten[kid]
            if weergaven[kid].pseudoniem in gebruikt:  # rare: two codes alike; a longer one for the second
                from dataclasses import replace

                weergaven[kid] = replace(weergaven[kid], pseudoniem=klant_pseudoniem(sleutel, klant.klantnummer, 4))
            gebruikt.add(weergaven[kid].pseudoniem)
            jaren = leeftijd(klant.geboortedatum, today) if klant.geboortedatum else None
            checklist = [
                {"item": v.item.value, "score": v.score.value, "opmerking": v.opmerking, "voorgevuld": v.voorgevuld}
                for v in voorinvullen(None if dossiers is None else dossiers.get(kid, _LEEG),
                                      None if plannen is None else plannen.get(kid, _LEEG_PLAN), jaren)
            ]
            items.append({"referentie": referentie(sleutel, klant.klantnummer), "weergave": naar_dict(weergaven[kid]),
                          "checklist": checklist})
        return {
            "formaat": BUNDEL_FORMAAT,
            "versie": BUNDEL_VERSIE,
            "gemaakt_op": today.isoformat(),
            "dossiers": items,
            "controlegetal": _controlegetal(items),
        }

    def exporteer_bundel(self, klant_ids: Sequence[int], pad: Path) -> int:
        data = self.bundel(klant_ids)
        tekst = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        pad = Path(pad).expanduser()
        with self.store.schrijf() as s:
            nummers = dict(s.exec(select(Klant.id, Klant.klantnummer).where(Klant.id.in_(list(klant_ids)))).all())
            nu = self.clock.now()
            for kid in dict.fromkeys(klant_ids):
                schrijf_audit(s, tijdstip=nu, wie=self.wie, actie="exporteren", entiteit="casuistiek_bundel",
                              entiteit_id=kid, klantnummer=nummers.get(kid),
                              nieuw=f"gepseudonimiseerd naar {pad.name}")
            schrijf_audit(s, tijdstip=nu, wie=self.wie, actie="exporteren", entiteit="casuistiek_bundel",
                          nieuw=f"{len(data['dossiers'])} dossiers gepseudonimiseerd naar {pad}")
            schrijf_prive_bestand(pad, tekst)
        return len(data["dossiers"])

    def lees_bundel(self, pad: Path) -> list[tuple[str, DossierWeergave, list[ScoreRegel]]]:
        """Read and check a bundle completely; raises BundelFout (Dutch) on anything wrong."""
        pad = Path(pad).expanduser()
        naam = pad.name
        try:
            if pad.stat().st_size > BUNDEL_MAX_BYTES:
                raise BundelFout(f"{naam} is te groot voor een casuïstiekbundel (meer dan 20 MB). "
                                 "Controleer of u het juiste bestand kiest.")
            ruw = pad.read_bytes()
        except FileNotFoundError:
            raise BundelFout(f"{pad} bestaat niet. Controleer het pad.") from None
        except IsADirectoryError:
            raise BundelFout(f"{pad} is een map, geen bundel. Kies het .json-bestand.") from None
        except OSError as exc:
            raise BundelFout(f"{pad} is niet leesbaar: {exc.strerror or exc}.") from None
        try:
            data = json.loads(ruw.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            raise BundelFout(f"{naam} is geen leesbare casuïstiekbundel (geen geldige JSON). Het bestand is "
                             "beschadigd of van een ander programma; vraag de collega de bundel opnieuw te maken.") from None
        if not isinstance(data, dict) or data.get("formaat") != BUNDEL_FORMAAT:
            raise BundelFout(f"{naam} is geen casuïstiekbundel van Werkcoach. Kies een bundel die met "
                             "'werkcoach casuistiek export' of vanuit het scherm is gemaakt.")
        versie = data.get("versie")
        if not isinstance(versie, int) or isinstance(versie, bool):
            raise BundelFout(f"{naam} heeft geen geldige formaatversie. De bundel is beschadigd.")
        if versie > BUNDEL_VERSIE:
            raise BundelFout(f"{naam} is gemaakt met een nieuwere Werkcoach (bundelversie {versie}, deze versie "
                             f"leest tot en met {BUNDEL_VERSIE}). Werk Werkcoach bij.")
        if versie < 1:
            raise BundelFout(f"{naam} heeft een onbekende bundelversie ({versie}).")
        items = data.get("dossiers")
        if not isinstance(items, list) or not items:
            raise BundelFout(f"{naam} bevat geen dossiers.")
        if len(items) > MAX_DOSSIERS_PER_BUNDEL:
            raise BundelFout(f"{naam} bevat meer dan {MAX_DOSSIERS_PER_BUNDEL} dossiers; dat is geen casuïstiekbundel.")
        if data.get("controlegetal") != _controlegetal(items):
            raise BundelFout(f"{naam} is na het maken gewijzigd of beschadigd (het controlegetal klopt niet). "
                             "Vraag de collega de bundel opnieuw te maken.")
        uit = []
        for i, item in enumerate(items, 1):
            try:
                if not isinstance(item, dict):
                    raise WeergaveFout("geen object")
                ref = item.get("referentie")
                if not isinstance(ref, str) or not ref or len(ref) > 40:
                    raise WeergaveFout("referentie ontbreekt")
                w = uit_dict(item.get("weergave"))
                regels = []
                for c in item.get("checklist") or []:
                    it = ChecklistItem(c["item"])
                    sc = Beoordeling(c["score"])
                    if not isinstance(c.get("opmerking", ""), str) or not isinstance(c.get("voorgevuld", False), bool):
                        raise WeergaveFout("checklist onjuist")
                    regels.append(ScoreRegel(it, sc, c.get("opmerking", ""), c.get("voorgevuld", False)))
            except (WeergaveFout, KeyError, TypeError, ValueError) as exc:
                raise BundelFout(f"Dossier {i} in {naam} is onvolledig of beschadigd ({exc}). "
                                 "Er is niets geïmporteerd.") from None
            uit.append((ref, w, regels))
        return uit

    def importeer_bundel(self, bespreking_id: int, pad: Path) -> ImportResultaat:
        """Import a bundle into a session: all or nothing; a dossier already there is skipped."""
        inhoud = self.lees_bundel(pad)
        with self.store.schrijf() as s:
            if s.get(Bespreking, bespreking_id) is None:
                raise NietGevonden(f"Bespreking {bespreking_id} bestaat niet (meer).")
            bestaand = set(s.exec(select(AgendaDossier.referentie).where(AgendaDossier.bespreking_id == bespreking_id)))
            volgorde = s.exec(select(func.max(AgendaDossier.volgorde))
                              .where(AgendaDossier.bespreking_id == bespreking_id)).one() or 0
            nu = self.clock.now()
            toegevoegd = overgeslagen = 0
            for ref, w, regels in inhoud:
                if ref in bestaand:
                    overgeslagen += 1
                    continue
                bestaand.add(ref)
                volgorde += 1
                a = AgendaDossier(bespreking_id=bespreking_id, klant_id=None, volgorde=volgorde,
                                  herkomst=AgendaHerkomst.BUNDEL, inhoud=json.dumps(naar_dict(w), ensure_ascii=False),
                                  referentie=ref)
                s.add(a)
                s.flush()
                for r in regels:
                    s.add(ChecklistScore(agenda_id=a.id, item=r.item, score=r.score, opmerking=r.opmerking,
                                         voorgevuld=r.voorgevuld))
                toegevoegd += 1
            schrijf_audit(s, tijdstip=nu, wie=self.wie, actie="importeren", entiteit="casuistiek_bundel",
                          entiteit_id=bespreking_id,
                          nieuw=f"{toegevoegd} dossiers uit {Path(pad).name} ({overgeslagen} al aanwezig)")
        return ImportResultaat(toegevoegd, overgeslagen)


def _controlegetal(items: Any) -> str:
    return hashlib.sha256(json.dumps(items, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _als_dict(samenvattingen: Any) -> dict[int, Any]:
    if isinstance(samenvattingen, Mapping):
        return dict(samenvattingen)
    return {s.klant_id: s for s in samenvattingen}


def _leeg_dossier(klant_id: int = 0):
    from werkcoach_tui.services.samenvattingen import DossierSamenvatting

    return DossierSamenvatting(klant_id=klant_id)


def _leeg_plan(klant_id: int = 0):
    from werkcoach_tui.services.samenvattingen import WerkplanSamenvatting

    return WerkplanSamenvatting(klant_id=klant_id)


_LEEG = _leeg_dossier()
_LEEG_PLAN = _leeg_plan()
