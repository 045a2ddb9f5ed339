"""Klanten and their gesprekken: the caseload, the klant card, and every change to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Mapping, Optional

from sqlalchemy import func, text
from sqlmodel import select

from werkcoach_tui.clock import Clock
from werkcoach_tui.models.enums import GesprekStatus, GesprekType, MethodeStap
from werkcoach_tui.rules.datums import maand_in_ww
from werkcoach_tui.services.validatie import Validatiefout, valideer_gesprek, valideer_klant, valideer_volgend_contact
from werkcoach_tui.store import Store, StoreFout, VerouderdFout

if TYPE_CHECKING:
    from werkcoach_tui.models.gesprek import Gesprek
    from werkcoach_tui.models.klant import Klant

# The tables and the audit trail are imported where they are used: the caseload (the first
# screen) reads plain rows, and start-up should not pay for the rest.


class NietGevonden(LookupError):
    """The klant or gesprek does not exist (anymore)."""


@dataclass(frozen=True)
class CaseloadRij:
    """One row of the caseload: what the start screen shows."""

    id: int
    klantnummer: str
    naam: str
    ww_startdatum: Optional[date]
    maand_in_ww: Optional[int]
    volgend_contact: Optional[date]
    laatste_contact: Optional[date]
    fase: MethodeStap
    adviseur: Optional[str]


@dataclass(frozen=True)
class KlantKaart:
    """A klant with its gesprekken (newest first)."""

    klant: Klant
    gesprekken: list[Gesprek]

    @property
    def begeleidingsminuten(self) -> int:
        return sum(g.duur_minuten for g in self.gesprekken if g.status == GesprekStatus.GEVOERD)


class KlantService:
    """Reads and changes klanten; every change is audited in the same transaction."""

    def __init__(self, store: Store, clock: Clock, wie) -> None:
        self.store = store
        self.clock = clock
        self._wie = wie  # callable returning the adviser's name

    @property
    def wie(self) -> str:
        return self._wie() if callable(self._wie) else str(self._wie)

    # -- reading -------------------------------------------------------------
    def caseload(self, today: Optional[date] = None) -> list[CaseloadRij]:
        """Every klant's row, by name. The first screen waits for this: plain sqlite3 tuples,
        and each distinct date string, start month and fase is worked out once."""
        today = today or self.clock.today()
        with self.store.lees() as s:
            raw = s.connection().connection.driver_connection
            klant_rows = raw.execute(
                "SELECT id, klantnummer, naam, ww_startdatum, fase, adviseur FROM klant ORDER BY naam COLLATE NOCASE"
            ).fetchall()
            contact = {
                r[0]: (r[1], r[2])
                for r in raw.execute(
                    """
                    SELECT klant_id,
                           min(CASE WHEN status = 'gepland' AND datum >= :today THEN datum END),
                           max(CASE WHEN status = 'gevoerd' AND datum <= :today THEN datum END)
                      FROM gesprek GROUP BY klant_id
                    """,
                    {"today": today.isoformat()},
                ).fetchall()
            }
        datums: dict[Any, Optional[date]] = {}
        maanden: dict[date, int] = {}
        fasen: dict[Any, MethodeStap] = {}

        def dag(waarde) -> Optional[date]:
            try:
                return datums[waarde]
            except KeyError:
                d = datums[waarde] = _iso(waarde)
                return d

        geen = (None, None)
        uit = []
        for id_, klantnummer, naam, start_tekst, fase_tekst, adviseur in klant_rows:
            start = dag(start_tekst)
            if start:
                maand = maanden.get(start)
                if maand is None:
                    maand = maanden[start] = maand_in_ww(start, today)
            else:
                maand = None
            fase = fasen.get(fase_tekst)
            if fase is None:
                fase = fasen[fase_tekst] = MethodeStap(fase_tekst)
            volgend, laatste = contact.get(id_, geen)
            uit.append(
                CaseloadRij(
                    id=id_,
                    klantnummer=klantnummer,
                    naam=naam,
                    ww_startdatum=start,
                    maand_in_ww=maand,
                    volgend_contact=dag(volgend),
                    laatste_contact=dag(laatste),
                    fase=fase,
                    adviseur=adviseur,
                )
            )
        return uit

    def aantal(self) -> int:
        from werkcoach_tui.models.klant import Klant

        with self.store.lees() as s:
            return s.exec(select(func.count()).select_from(Klant)).one()

    def kaart(self, klant_id: int) -> KlantKaart:
        from werkcoach_tui.models.gesprek import Gesprek
        from werkcoach_tui.models.klant import Klant

        with self.store.lees() as s:
            klant = s.get(Klant, klant_id)
            if klant is None:
                raise NietGevonden(f"Klant {klant_id} bestaat niet (meer).")
            gesprekken = list(
                s.exec(
                    select(Gesprek)
                    .where(Gesprek.klant_id == klant_id)
                    .order_by(Gesprek.datum.desc(), Gesprek.id.desc())
                )
            )
        return KlantKaart(klant, gesprekken)

    def bekijk(self, klant_id: int) -> KlantKaart:
        """Open a klant card: the view is logged (who opened which dossier)."""
        from werkcoach_tui.services.audit import schrijf_audit

        kaart = self.kaart(klant_id)
        with self.store.schrijf() as s:
            schrijf_audit(
                s, tijdstip=self.clock.now(), wie=self.wie, actie="bekijken", entiteit="klant",
                entiteit_id=klant_id, klantnummer=kaart.klant.klantnummer,
            )
        return kaart

    def zoek_op_nummer(self, klantnummer: str) -> Optional[Klant]:
        from werkcoach_tui.models.klant import Klant

        with self.store.lees() as s:
            return s.exec(select(Klant).where(Klant.klantnummer == klantnummer.strip().upper())).first()

    # -- changing ------------------------------------------------------------
    def _volgend_klantnummer(self, s) -> str:
        hoogste = s.connection().execute(
            text("SELECT max(CAST(substr(klantnummer, 2) AS INTEGER)) FROM klant WHERE klantnummer GLOB 'K[0-9]*'")
        ).scalar()
        return f"K{max(int(hoogste or 100000) + 1, 100001):06d}"

    def maak(self, invoer: Mapping[str, Any]) -> Klant:
        """Create a klant from form input. Raises Validatiefout (nothing stored) on bad input."""
        from werkcoach_tui.models.klant import Klant
        from werkcoach_tui.services.audit import audit_wijzigingen, schrijf_audit

        today = self.clock.today()
        waarden = valideer_klant(invoer, today)
        with self.store.schrijf() as s:
            if not waarden.get("klantnummer"):
                waarden["klantnummer"] = self._volgend_klantnummer(s)
            elif s.exec(select(Klant.id).where(Klant.klantnummer == waarden["klantnummer"])).first():
                raise Validatiefout(
                    {"klantnummer": f"Klantnummer {waarden['klantnummer']} bestaat al. Kies een ander nummer of laat het veld leeg."}
                )
            if not waarden.get("adviseur"):
                waarden["adviseur"] = self.wie
            nu = self.clock.now()
            klant = Klant(**waarden, aangemaakt_op=nu, gewijzigd_op=nu)
            s.add(klant)
            s.flush()
            schrijf_audit(s, tijdstip=nu, wie=self.wie, actie="aanmaken", entiteit="klant",
                          entiteit_id=klant.id, klantnummer=klant.klantnummer)
            audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="klant", entiteit_id=klant.id,
                              klantnummer=klant.klantnummer, oud={}, actie="aanmaken",
                              nieuw={k: v for k, v in waarden.items() if v not in (None, "")})
        return klant

    def wijzig(self, klant_id: int, invoer: Mapping[str, Any], verwachte_versie: Optional[int] = None) -> Klant:
        """Change a klant. A save based on a stale read raises VerouderdFout (nothing stored)."""
        from werkcoach_tui.models.klant import Klant
        from werkcoach_tui.services.audit import audit_wijzigingen

        today = self.clock.today()
        waarden = valideer_klant(invoer, today)
        waarden.pop("klantnummer", None)  # the number is fixed once given
        with self.store.schrijf() as s:
            klant = s.get(Klant, klant_id)
            if klant is None:
                raise NietGevonden(f"Klant {klant_id} bestaat niet (meer).")
            if verwachte_versie is not None and klant.versie != verwachte_versie:
                raise VerouderdFout(
                    f"{klant.naam} is intussen door iemand anders gewijzigd (versie {klant.versie}, "
                    f"u begon met versie {verwachte_versie}). Herlaad de klant, bekijk de andere wijziging "
                    "en voer uw wijziging daarna opnieuw in."
                )
            oud = {k: getattr(klant, k) for k in waarden}
            nu = self.clock.now()
            n = audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="klant", entiteit_id=klant.id,
                                  klantnummer=klant.klantnummer, oud=oud, nieuw=waarden)
            if n:
                for k, v in waarden.items():
                    setattr(klant, k, v)
                klant.versie += 1
                klant.gewijzigd_op = nu
                s.add(klant)
        return klant

    def andere_wijziging(self, klant_id: int, mijn_versie: Klant) -> tuple[Klant, list[tuple[str, str, str]], str]:
        """After a VerouderdFout: the klant as stored now, which fields differ from the copy the
        user started from (field, then, now — BSN masked), and who saved last."""
        from werkcoach_tui.rules.bsn import maskeer_bsn
        from werkcoach_tui.services.audit import waarde_tekst
        from werkcoach_tui.services.validatie import KLANT_VELDEN

        kaart = self.kaart(klant_id)
        nu = kaart.klant
        verschillen = []
        for veld in (*KLANT_VELDEN, "bsn"):
            toen_w, nu_w = getattr(mijn_versie, veld, None), getattr(nu, veld, None)
            if waarde_tekst(toen_w) != waarde_tekst(nu_w):
                if veld == "bsn":
                    toen_w, nu_w = maskeer_bsn(toen_w), maskeer_bsn(nu_w)
                verschillen.append((veld, waarde_tekst(toen_w) or "(leeg)", waarde_tekst(nu_w) or "(leeg)"))
        with self.store.lees() as s:
            wie = s.connection().execute(text(
                "SELECT wie FROM audit WHERE klantnummer = :k AND actie = 'wijzigen' ORDER BY id DESC LIMIT 1"),
                {"k": nu.klantnummer}).scalar()
        return nu, verschillen, wie or "onbekend"

    def zet_fase(self, klant_id: int, fase: MethodeStap) -> None:
        from werkcoach_tui.models.klant import Klant
        from werkcoach_tui.services.audit import audit_wijzigingen

        with self.store.schrijf() as s:
            klant = s.get(Klant, klant_id)
            if klant is None:
                raise NietGevonden(f"Klant {klant_id} bestaat niet (meer).")
            if klant.fase != fase:
                audit_wijzigingen(s, tijdstip=self.clock.now(), wie=self.wie, entiteit="klant",
                                  entiteit_id=klant.id, klantnummer=klant.klantnummer,
                                  oud={"fase": klant.fase}, nieuw={"fase": fase})
                klant.fase = fase
                klant.versie += 1
                s.add(klant)

    def voeg_gesprek_toe(self, klant_id: int, invoer: Mapping[str, Any]) -> Gesprek:
        from werkcoach_tui.models.gesprek import Gesprek
        from werkcoach_tui.models.klant import Klant
        from werkcoach_tui.services.audit import schrijf_audit

        waarden = valideer_gesprek(invoer, self.clock.today())
        volgend = valideer_volgend_contact(invoer, waarden, self.clock.today())
        with self.store.schrijf() as s:
            klant = s.get(Klant, klant_id)
            if klant is None:
                raise NietGevonden(f"Klant {klant_id} bestaat niet (meer).")
            gesprek = Gesprek(klant_id=klant_id, **waarden)
            s.add(gesprek)
            s.flush()
            nu = self.clock.now()
            schrijf_audit(s, tijdstip=nu, wie=self.wie, actie="aanmaken", entiteit="gesprek",
                          entiteit_id=gesprek.id, klantnummer=klant.klantnummer,
                          nieuw=f"{waarden['type'].label} {waarden['datum'].isoformat()} ({waarden['status'].label})")
            self._plan_volgend(s, klant, waarden, volgend)
        return gesprek

    def _plan_volgend(self, s, klant: Klant, waarden: Mapping[str, Any], volgend) -> None:
        """The gesprek form's 'volgend contactmoment' plans the next gesprek (same transaction)."""
        from werkcoach_tui.models.gesprek import Gesprek
        from werkcoach_tui.services.audit import schrijf_audit

        if volgend is None:
            return
        gepland = Gesprek(klant_id=klant.id, datum=volgend, type=GesprekType.COACHINGSGESPREK,
                          kanaal=waarden["kanaal"], status=GesprekStatus.GEPLAND,
                          notitie=f"Volgend contactmoment, afgesproken in het gesprek van {waarden['datum'].strftime('%d-%m-%Y')}.")
        s.add(gepland)
        s.flush()
        schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="aanmaken", entiteit="gesprek",
                      entiteit_id=gepland.id, klantnummer=klant.klantnummer,
                      nieuw=f"{gepland.type.label} {volgend.isoformat()} (Gepland, volgend contactmoment)")

    def wijzig_gesprek(self, gesprek_id: int, invoer: Mapping[str, Any]) -> Gesprek:
        from werkcoach_tui.models.gesprek import Gesprek
        from werkcoach_tui.models.klant import Klant
        from werkcoach_tui.services.audit import audit_wijzigingen

        waarden = valideer_gesprek(invoer, self.clock.today())
        volgend = valideer_volgend_contact(invoer, waarden, self.clock.today())
        with self.store.schrijf() as s:
            gesprek = s.get(Gesprek, gesprek_id)
            if gesprek is None:
                raise NietGevonden("Dit gesprek bestaat niet (meer).")
            klant = s.get(Klant, gesprek.klant_id)
            oud = {k: getattr(gesprek, k) for k in waarden}
            audit_wijzigingen(s, tijdstip=self.clock.now(), wie=self.wie, entiteit="gesprek",
                              entiteit_id=gesprek.id, klantnummer=klant.klantnummer if klant else None,
                              oud=oud, nieuw=waarden)
            for k, v in waarden.items():
                setattr(gesprek, k, v)
            s.add(gesprek)
            if klant is not None:
                self._plan_volgend(s, klant, waarden, volgend)
        return gesprek


def _iso(value) -> Optional[date]:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


__all__ = [
    "CaseloadRij", "KlantKaart", "KlantService", "NietGevonden", "StoreFout", "Validatiefout", "VerouderdFout",
]
