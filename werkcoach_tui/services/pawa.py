"""Passend werkaanbod: eligibility (computed by ``rules/pawa``), the two vacancies offered,
the arranged interviews, the feedback of klant and employer, and the outcome. Audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping, Optional, Sequence

from werkcoach_tui import constants as c
from werkcoach_tui.store import Store


class PawaFout(ValueError):
    """A PaWa step cannot be done; the message is Dutch and says why."""


@dataclass(frozen=True)
class AanbodRij:
    id: int
    vacature_id: int
    titel: str
    werkgever: str
    plaats: str
    gesprek_datum: Optional[date]
    feedback_klant: str
    feedback_werkgever: str
    resultaat: Any
    resultaat_reden: str


@dataclass(frozen=True)
class TrajectOverzicht:
    id: int
    klant_id: int
    gestart_op: date
    afgerond_op: Optional[date]
    aanbod: tuple[AanbodRij, ...]

    @property
    def afgerond(self) -> bool:
        return self.afgerond_op is not None


def _datum(v: Any) -> Optional[date]:
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


class PawaService:
    def __init__(self, store: Store, clock, wie, extra=None) -> None:
        self.store = store
        self.clock = clock
        self._wie = wie
        self._extra = extra or (lambda naam: None)

    @property
    def wie(self) -> str:
        return self._wie() if callable(self._wie) else str(self._wie)

    # ------------------------------------------------------------------ eligibility
    def feiten(self, klant_id: int):
        """KlantFeiten for the PaWa rule: the klant card, its gesprekken, and the dossier
        and werkplan summaries when those features are there."""
        from sqlmodel import select

        from werkcoach_tui.models.enums import VrijstellingReden
        from werkcoach_tui.models.gesprek import Gesprek
        from werkcoach_tui.models.klant import Klant
        from werkcoach_tui.rules.feiten import GesprekFeit, KlantFeiten, VrijstellingFeit

        with self.store.lees() as s:
            klant = s.get(Klant, klant_id)
            if klant is None:
                raise PawaFout(f"Klant {klant_id} bestaat niet (meer).")
            gesprekken = list(s.exec(select(Gesprek).where(Gesprek.klant_id == klant_id)))
        extra: dict[str, Any] = {}
        dossier = self._extra("dossier")
        if dossier is not None:
            sam = dossier.samenvatting(klant_id)
            if sam is not None:
                extra.update(risico_langdurig_werkloos=sam.risico_langdurig_werkloos,
                             in_reintegratietraject=sam.in_reintegratietraject,
                             uitgestroomd=sam.uitgestroomd)
        werkplan = self._extra("werkplan")
        if werkplan is not None:
            wp = werkplan.samenvatting(klant_id)
            if wp is not None:
                vrij = []
                for reden, van, tot in wp.vrijstellingen:
                    r = VrijstellingReden.from_text(reden)
                    if r is not None:
                        vrij.append(VrijstellingFeit(r, van, tot))
                extra["vrijstellingen"] = tuple(vrij)
        return KlantFeiten(
            geboortedatum=klant.geboortedatum, meldingsdatum=klant.meldingsdatum,
            ww_startdatum=klant.ww_startdatum, ww_einddatum=klant.ww_einddatum,
            uren_vorige_baan=klant.uren_vorige_baan, beschikbare_uren=klant.beschikbare_uren,
            digivaardig=klant.digivaardig, werkverkenner_band=klant.werkverkenner_band,
            werkverkenner_datum=klant.werkverkenner_datum,
            gesprekken=tuple(GesprekFeit(g.datum, g.type, g.status, g.duur_minuten) for g in gesprekken),
            **extra,
        )

    def geschiktheid(self, klant_id: int):
        from werkcoach_tui.rules.pawa import pawa_geschiktheid

        return pawa_geschiktheid(self.feiten(klant_id), self.clock.today())

    # ------------------------------------------------------------------ reading
    def trajecten(self, klant_id: int) -> list[TrajectOverzicht]:
        """All PaWa trajecten of a klant, newest first."""
        from werkcoach_tui.models.enums import PawaResultaat

        with self.store.lees() as s:
            conn = s.connection()
            tr = conn.exec_driver_sql(
                "SELECT id, klant_id, gestart_op, afgerond_op FROM pawa_traject WHERE klant_id = ? "
                "ORDER BY gestart_op DESC, id DESC", (klant_id,)).all()
            aanbod = conn.exec_driver_sql(
                "SELECT a.id, a.vacature_id, v.titel, v.werkgever, v.plaats, a.gesprek_datum, a.feedback_klant, "
                "a.feedback_werkgever, a.resultaat, a.resultaat_reden, a.traject_id FROM pawa_aanbod a "
                "JOIN vacature v ON v.id = a.vacature_id WHERE a.klant_id = ? ORDER BY a.id", (klant_id,)).all()
        per: dict[int, list[AanbodRij]] = {}
        for r in aanbod:
            per.setdefault(r[10], []).append(AanbodRij(r[0], r[1], r[2], r[3], r[4], _datum(r[5]), r[6] or "",
                                                      r[7] or "", PawaResultaat(r[8]), r[9] or ""))
        return [TrajectOverzicht(t[0], t[1], _datum(t[2]), _datum(t[3]), tuple(per.get(t[0], ()))) for t in tr]

    def lopend_traject(self, klant_id: int) -> Optional[TrajectOverzicht]:
        for t in self.trajecten(klant_id):
            if not t.afgerond:
                return t
        return None

    # ------------------------------------------------------------------ changing
    def start(self, klant_id: int, vacature_ids: Sequence[int]) -> TrajectOverzicht:
        """Start a PaWa traject with exactly two vacancies at PaWa employers."""
        from werkcoach_tui.models.klant import Klant
        from werkcoach_tui.models.pawa import PawaAanbod, PawaTraject
        from werkcoach_tui.models.vacature import Vacature
        from werkcoach_tui.services.audit import schrijf_audit

        ids = list(dict.fromkeys(vacature_ids))
        if len(ids) != c.PAWA_AANTAL_VACATURES:
            raise PawaFout(f"Kies precies {c.PAWA_AANTAL_VACATURES} verschillende vacatures "
                           f"(nu {len(ids)} gekozen).")
        uitkomst = self.geschiktheid(klant_id)
        if not uitkomst.geschikt:
            raise PawaFout("Deze klant komt (nog) niet in aanmerking voor passend werkaanbod: " + uitkomst.uitleg)
        if self.lopend_traject(klant_id) is not None:
            raise PawaFout("Er loopt al een passend werkaanbod voor deze klant. Rond dat eerst af.")
        today, nu = self.clock.today(), self.clock.now()
        with self.store.schrijf() as s:
            klant = s.get(Klant, klant_id)
            if klant is None:
                raise PawaFout(f"Klant {klant_id} bestaat niet (meer).")
            vacs = []
            for vid in ids:
                v = s.get(Vacature, vid)
                if v is None:
                    raise PawaFout("Een gekozen vacature bestaat niet (meer). Kies opnieuw.")
                if not v.pawa:
                    raise PawaFout(f"{v.werkgever} staat niet open voor passend werkaanbod. "
                                   "Kies vacatures bij PaWa-werkgevers.")
                vacs.append(v)
            t = PawaTraject(klant_id=klant_id, gestart_op=today, aangemaakt_op=nu)
            s.add(t)
            s.flush()
            schrijf_audit(s, tijdstip=nu, wie=self.wie, actie="aanmaken", entiteit="pawa_traject", entiteit_id=t.id,
                          klantnummer=klant.klantnummer, nieuw="; ".join(f"{v.titel} — {v.werkgever}" for v in vacs))
            for v in vacs:
                a = PawaAanbod(traject_id=t.id, klant_id=klant_id, vacature_id=v.id, gewijzigd_op=nu)
                s.add(a)
                s.flush()
                schrijf_audit(s, tijdstip=nu, wie=self.wie, actie="aanmaken", entiteit="pawa_aanbod",
                              entiteit_id=a.id, klantnummer=klant.klantnummer, nieuw=f"{v.titel} — {v.werkgever}")
            traject_id = t.id
        return next(t for t in self.trajecten(klant_id) if t.id == traject_id)

    def wijzig_aanbod(self, aanbod_id: int, invoer: Mapping[str, Any]):
        """Record the interview date, feedback and outcome of one offered vacancy.

        ``invoer``: ``gesprek_datum`` (dd-mm-jjjj), ``feedback_klant``, ``feedback_werkgever``,
        ``resultaat`` (open/aangenomen/niet_aangenomen), ``resultaat_reden``.
        An outcome needs a reason and a past interview. Raises ``Validatiefout``.
        """
        from werkcoach_tui.models.enums import PawaResultaat
        from werkcoach_tui.models.klant import Klant
        from werkcoach_tui.models.pawa import PawaAanbod, PawaTraject
        from werkcoach_tui.services.audit import audit_wijzigingen
        from werkcoach_tui.services.validatie import Invoerfout, Validatiefout, parse_datum, parse_keuze, tekst

        today, nu = self.clock.today(), self.clock.now()
        fouten: dict[str, str] = {}
        datum = resultaat = None
        try:
            datum = parse_datum(invoer.get("gesprek_datum"))
        except Invoerfout as exc:
            fouten["gesprek_datum"] = str(exc)
        try:
            resultaat = parse_keuze(PawaResultaat, invoer.get("resultaat")) or PawaResultaat.OPEN
        except Invoerfout as exc:
            fouten["resultaat"] = str(exc)
        fb_klant = tekst(invoer.get("feedback_klant"), maximum=4000)
        fb_werkgever = tekst(invoer.get("feedback_werkgever"), maximum=4000)
        reden = tekst(invoer.get("resultaat_reden"), maximum=2000)
        if resultaat is not None and resultaat != PawaResultaat.OPEN:
            if datum is None and "gesprek_datum" not in fouten:
                fouten["gesprek_datum"] = "Vul de datum van het sollicitatiegesprek in voordat u de uitkomst vastlegt."
            elif datum is not None and datum > today:
                fouten["resultaat"] = "Het gesprek moet eerst hebben plaatsgevonden; laat de uitkomst op 'Nog open'."
            if not reden:
                fouten["resultaat_reden"] = "Schrijf kort waarom de klant wel of niet is aangenomen."
        if (fb_klant or fb_werkgever) and datum is not None and datum > today:
            fouten.setdefault("gesprek_datum", "Terugkoppeling kan pas na het gesprek; controleer de datum.")
        if fouten:
            raise Validatiefout(fouten)
        with self.store.schrijf() as s:
            a = s.get(PawaAanbod, aanbod_id)
            if a is None:
                raise PawaFout("Dit aanbod bestaat niet (meer).")
            traject = s.get(PawaTraject, a.traject_id)
            if datum is not None and traject is not None and datum < traject.gestart_op:
                raise Validatiefout({"gesprek_datum": "Het gesprek ligt vóór de start van het passend werkaanbod."})
            klant = s.get(Klant, a.klant_id)
            nieuw = {"gesprek_datum": datum, "feedback_klant": fb_klant, "feedback_werkgever": fb_werkgever,
                     "resultaat": resultaat, "resultaat_reden": reden}
            oud = {k: getattr(a, k) for k in nieuw}
            n = audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="pawa_aanbod", entiteit_id=a.id,
                                  klantnummer=klant.klantnummer if klant else None, oud=oud, nieuw=nieuw)
            if n:
                for k, w in nieuw.items():
                    setattr(a, k, w)
                a.gewijzigd_op = nu
                s.add(a)
                s.flush()
            # The traject is done when every offered vacancy has an outcome.
            from sqlmodel import select

            alle = list(s.exec(select(PawaAanbod).where(PawaAanbod.traject_id == a.traject_id)))
            klaar = all(x.resultaat != PawaResultaat.OPEN for x in alle)
            if traject is not None and klaar != (traject.afgerond_op is not None):
                nieuwe = today if klaar else None
                audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="pawa_traject", entiteit_id=traject.id,
                                  klantnummer=klant.klantnummer if klant else None,
                                  oud={"afgerond_op": traject.afgerond_op}, nieuw={"afgerond_op": nieuwe})
                traject.afgerond_op = nieuwe
                s.add(traject)
        return a
