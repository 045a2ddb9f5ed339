"""The practice environment: load an oefencasus as a fictitious klant, keep the trainee's
uitwerking, give feedback, and reset a case (or everything) to the start.

Works only on a practice store (``oefenen/scheiding.py``): every writing call checks
the mark first, so a real store is never filled with practice klanten.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

from sqlalchemy import text
from sqlmodel import select

from werkcoach_tui.models.enums import GesprekStatus, Instrument, MethodeStap
from werkcoach_tui.models.gesprek import Gesprek
from werkcoach_tui.models.klant import Klant
from werkcoach_tui.models.oefenen import OefenKlant, OefenUitwerking
from werkcoach_tui.oefenen.casus import CasusFout, Oefencasus, laad_alle_met_fouten, laad_casus, standaard_casusmap, verschuif_casus
from werkcoach_tui.oefenen.feedback import Feedback, TraineeUitwerking, geef_feedback
from werkcoach_tui.oefenen.scheiding import OefenScheidingFout, is_oefenstore
from werkcoach_tui.oefenen.trainee import heeft_uitwerking, uitwerking_uit_samenvatting
from werkcoach_tui.services.audit import audit_wijzigingen, schrijf_audit
from werkcoach_tui.store import StoreFout

BRON_DOSSIER = "dossier"
BRON_FORMULIER = "formulier"
BRON_LEEG = "leeg"

BRON_TEKST = {
    BRON_DOSSIER: "je keuzes in het dossier (oordeelsvorming en besluiten)",
    BRON_FORMULIER: "het uitwerkingsformulier van de oefenomgeving",
    BRON_LEEG: "nog niets: vul het dossier of het uitwerkingsformulier in",
}


def trainer_casusmap() -> Path:
    """The trainer's own case folder (cases added with ``werkcoach oefenen import-casus``)."""
    from werkcoach_tui.paths import user_data_dir

    return user_data_dir() / "oefencasussen"


def alle_casussen(mappen: list[Path]) -> tuple[list[Oefencasus], list[CasusFout]]:
    """Valid cases from the folders in order (a later duplicate id is refused), and the refused files."""
    alle: list[Oefencasus] = []
    fouten: list[CasusFout] = []
    gezien: dict[str, str] = {}
    for map_ in mappen:
        if not map_.is_dir():
            continue
        casussen, mapfouten = laad_alle_met_fouten(map_)
        fouten += mapfouten
        for c in casussen:
            if c.id in gezien:
                fouten.append(CasusFout(f"id: {c.id!r} bestaat al in {gezien[c.id]}", bron=str(map_)))
                continue
            gezien[c.id] = str(map_)
            alle.append(c)
    return alle, fouten


def importeer_casus(bron: Path, *, vervang: bool = False, mappen: Optional[list[Path]] = None) -> Oefencasus:
    """Copy a validated case file into the trainer's case folder. Raises CasusFout / StoreFout."""
    casus = laad_casus(bron)
    doelmap = trainer_casusmap()
    eigen = doelmap / f"{casus.id}.json"
    for c in alle_casussen(mappen or [standaard_casusmap(), doelmap])[0]:
        if c.id == casus.id and not (vervang and eigen.exists()):
            raise StoreFout(
                f"Er is al een oefencasus met id '{casus.id}'. Geef de casus een ander id"
                + (" of gebruik --vervang." if eigen.exists() else " (een meegeleverde casus wordt niet vervangen).")
            )
    doelmap.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bron, eigen)
    return casus


@dataclass(frozen=True)
class CasusStatus:
    """A case that has been started in the practice store."""

    casus_id: str
    klant_id: int
    klantnummer: str
    gestart_op: datetime


def _lijst(tekst: Optional[str]) -> tuple[str, ...]:
    return tuple(t for t in (tekst or "").split(",") if t)


class OefenService:
    """What the practice screens and the ``werkcoach oefenen`` commands call."""

    def __init__(self, diensten: Any, casusmappen: Optional[list[Path]] = None) -> None:
        self.diensten = diensten
        self.store = diensten.store
        self.clock = diensten.clock
        self._casusmappen = casusmappen

    @property
    def wie(self) -> str:
        return self.diensten.instellingen.lees().wie

    # -- the cases -------------------------------------------------------------
    def casusmappen(self) -> list[Path]:
        if self._casusmappen is not None:
            return list(self._casusmappen)
        return [standaard_casusmap(), trainer_casusmap()]

    def casussen(self) -> tuple[list[Oefencasus], list[CasusFout]]:
        """All valid cases (shipped first, then the trainer's) and, apart, the files that are refused."""
        return alle_casussen(self.casusmappen())

    def casus(self, casus_id: str) -> Oefencasus:
        for c in self.casussen()[0]:
            if c.id == casus_id:
                return c
        raise StoreFout(f"Oefencasus '{casus_id}' bestaat niet. 'werkcoach oefenen lijst' toont de casussen.")

    def importeer_casus(self, bron: Path, *, vervang: bool = False) -> Oefencasus:
        return importeer_casus(bron, vervang=vervang, mappen=self.casusmappen())

    # -- state of the practice store -----------------------------------------
    def _eis_oefenstore(self) -> None:
        if not is_oefenstore(self.store):
            raise OefenScheidingFout(
                f"{self.store.path} is geen oefendatabase: oefencasussen worden alleen in de oefenomgeving "
                "geladen ('werkcoach oefenen')."
            )

    def status(self) -> dict[str, CasusStatus]:
        with self.store.lees() as s:
            rijen = s.exec(select(OefenKlant, Klant.klantnummer).join(Klant, Klant.id == OefenKlant.klant_id)).all()
        return {o.casus_id: CasusStatus(o.casus_id, o.klant_id, nr, o.gestart_op) for o, nr in rijen}

    def casus_van_klant(self, klant_id: int) -> Optional[str]:
        with self.store.lees() as s:
            o = s.exec(select(OefenKlant).where(OefenKlant.klant_id == klant_id)).first()
        return o.casus_id if o else None

    # -- loading and resetting -------------------------------------------------
    def start(self, casus: Oefencasus) -> int:
        """Load the case as a fictitious klant (dates shifted to today). Already started: that klant."""
        self._eis_oefenstore()
        bestaand = self.status().get(casus.id)
        if bestaand is not None:
            return bestaand.klant_id
        return self._laad(casus, None)

    def _volgend_nummer(self, s) -> str:
        hoogste = s.connection().execute(
            text("SELECT max(CAST(substr(klantnummer, 5) AS INTEGER)) FROM klant WHERE klantnummer GLOB 'OEF-[0-9]*'")
        ).scalar()
        return f"OEF-{int(hoogste or 0) + 1:03d}"

    def _laad(self, casus: Oefencasus, klantnummer: Optional[str]) -> int:
        today = self.clock.today()
        c = verschuif_casus(casus, today)
        k = c.situatie.klant
        nu = self.clock.now()
        wie = self.wie
        with self.store.schrijf() as s:
            klant = Klant(
                klantnummer=klantnummer or self._volgend_nummer(s),
                naam=k.naam,
                geboortedatum=k.geboortedatum,
                woonplaats=k.woonplaats,
                digivaardig=k.digivaardig,
                meldingsdatum=k.meldingsdatum,
                ww_startdatum=k.ww_startdatum,
                ww_einddatum=k.ww_einddatum,
                uren_vorige_baan=k.uren_vorige_baan,
                beschikbare_uren=k.beschikbare_uren,
                opleidingsniveau=k.opleidingsniveau,
                werkverkenner_band=k.werkverkenner_band,
                vroegmelder=k.vroegmelder,
                arbeidsbeperking=k.arbeidsbeperking,
                maatman_procent=k.maatman_procent,
                grensregio=k.grensregio,
                laatste_beroep=k.laatste_beroep,
                adviseur=wie,
                fase=MethodeStap.BEELDVORMING,
                aangemaakt_op=nu,
                gewijzigd_op=nu,
            )
            s.add(klant)
            s.flush()
            for g in c.situatie.historie:
                s.add(Gesprek(klant_id=klant.id, datum=g.datum, type=g.type, kanaal=g.kanaal,
                              duur_minuten=g.duur_minuten, notitie=g.notitie, status=GesprekStatus.GEVOERD))
            s.add(OefenKlant(klant_id=klant.id, casus_id=casus.id, gestart_op=nu))
            schrijf_audit(s, tijdstip=nu, wie=wie, actie="aanmaken", entiteit="klant", entiteit_id=klant.id,
                          klantnummer=klant.klantnummer, nieuw=f"oefencasus {casus.id}")
            klant_id = int(klant.id)
        dossier = getattr(self.diensten, "dossier", None)
        if dossier is not None and hasattr(dossier, "importeer_beeldvorming"):
            try:
                dossier.importeer_beeldvorming(klant_id, self.beeldvorming_data(c))
            except Exception:
                self._verwijder([klant_id], "herstel na mislukte import")
                raise
        return klant_id

    @staticmethod
    def beeldvorming_data(casus: Oefencasus) -> dict[str, Any]:
        """The case's beeldvorming in the shape the demo data uses (``data/demo/klanten.json``)."""
        b = casus.situatie.beeldvorming
        wv = casus.situatie.werkverkenner
        return {
            "werkervaring": b.werkervaring,
            "competenties": list(b.competenties),
            "belemmeringen": list(b.belemmeringen),
            "wensberoepen": list(b.wensberoepen),
            "regio": b.regio,
            "netwerk": b.netwerk,
            "zoekgedrag": b.zoekgedrag,
            "werkverkenner_band": wv.band.value if wv.band else None,
            "werkverkenner_factoren": [{"factor": f.factor, "toelichting": f.toelichting} for f in wv.factoren],
        }

    def _verwijder(self, klant_ids: list[int], reden: str) -> None:
        if not klant_ids:
            return
        nu = self.clock.now()
        wie = self.wie
        with self.store.schrijf() as s:
            for kid in klant_ids:
                nr = s.connection().execute(text("SELECT klantnummer FROM klant WHERE id = :i"), {"i": kid}).scalar()
                s.connection().execute(text("DELETE FROM klant WHERE id = :i"), {"i": kid})
                schrijf_audit(s, tijdstip=nu, wie=wie, actie="verwijderen", entiteit="klant", entiteit_id=kid,
                              klantnummer=nr, nieuw=reden)

    def reset_casus(self, casus_id: str) -> Optional[int]:
        """Put one case back to the start: the trainee's work is removed and the case loaded fresh.

        Returns the new klant id, or None when the case had not been started."""
        self._eis_oefenstore()
        casus = self.casus(casus_id)
        bestaand = self.status().get(casus_id)
        if bestaand is None:
            return None
        self._verwijder([bestaand.klant_id], f"oefencasus {casus_id} teruggezet")
        return self._laad(casus, bestaand.klantnummer)

    def reset_alles(self) -> int:
        """Empty the practice store: every klant (and everything linked) is removed. Returns how many."""
        self._eis_oefenstore()
        with self.store.lees() as s:
            ids = [int(r[0]) for r in s.connection().execute(text("SELECT id FROM klant")).all()]
        self._verwijder(ids, "oefenomgeving teruggezet")
        self.store.checkpoint()
        return len(ids)

    # -- the trainee's uitwerking ----------------------------------------------
    def formulier(self, klant_id: int) -> Optional[TraineeUitwerking]:
        with self.store.lees() as s:
            u = s.exec(select(OefenUitwerking).where(OefenUitwerking.klant_id == klant_id)).first()
        if u is None:
            return None
        return TraineeUitwerking(
            zelfredzaam=u.zelfredzaam,
            dienstverleningsdoel=u.dienstverleningsdoel,
            instrumenten=tuple(Instrument(i) for i in _lijst(u.instrumenten)),
            onderbouwing=u.onderbouwing,
            signalen=None if u.signalen is None else _lijst(u.signalen),
        )

    def bewaar_formulier(self, klant_id: int, uitwerking: TraineeUitwerking) -> None:
        self._eis_oefenstore()
        nieuw = {
            "zelfredzaam": uitwerking.zelfredzaam,
            "dienstverleningsdoel": uitwerking.dienstverleningsdoel,
            "instrumenten": ",".join(i.value for i in uitwerking.instrumenten),
            "onderbouwing": uitwerking.onderbouwing,
            "signalen": None if uitwerking.signalen is None else ",".join(uitwerking.signalen),
        }
        nu = self.clock.now()
        with self.store.schrijf() as s:
            klant = s.get(Klant, klant_id)
            if klant is None:
                raise StoreFout("Deze oefenklant bestaat niet meer (de casus is teruggezet). Open de casus opnieuw.")
            u = s.exec(select(OefenUitwerking).where(OefenUitwerking.klant_id == klant_id)).first()
            if u is None:
                u = OefenUitwerking(klant_id=klant_id)
                oud: dict[str, Any] = {}
            else:
                oud = {k: getattr(u, k) for k in nieuw}
                u.versie += 1
            audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="oefen_uitwerking", entiteit_id=klant_id,
                              klantnummer=klant.klantnummer, oud=oud, nieuw=nieuw)
            for k, v in nieuw.items():
                setattr(u, k, v)
            u.gewijzigd_op = nu
            s.add(u)

    def uitwerking(self, klant_id: int) -> tuple[TraineeUitwerking, str]:
        """The trainee's uitwerking and where it came from: the dossier when the trainee used it,
        else the built-in form. Signals ticked in the form always count."""
        formulier = self.formulier(klant_id)
        dossier = getattr(self.diensten, "dossier", None)
        if dossier is not None and hasattr(dossier, "samenvatting"):
            samenvatting = dossier.samenvatting(klant_id)
            if samenvatting is not None and heeft_uitwerking(samenvatting):
                signalen = formulier.signalen if formulier is not None else None
                return uitwerking_uit_samenvatting(samenvatting, signalen), BRON_DOSSIER
        if formulier is not None:
            return formulier, BRON_FORMULIER
        return TraineeUitwerking(), BRON_LEEG

    def feedback(self, casus_id: str) -> tuple[Feedback, str]:
        """Feedback on the trainee's work on a started case (against the shifted case)."""
        stand = self.status().get(casus_id)
        if stand is None:
            raise StoreFout(f"De casus '{casus_id}' is nog niet gestart. Kies hem eerst in de casuslijst.")
        casus = verschuif_casus(self.casus(casus_id), self.clock.today())
        uitwerking, bron = self.uitwerking(stand.klant_id)
        return geef_feedback(casus, uitwerking), bron



OEFEN_ADVISEUR = "Werkcoach in opleiding"


def bereid_oefenstore(diensten: Any) -> None:
    """Mark a (new or practice) store as the practice store and give it a neutral adviser name."""
    from werkcoach_tui.oefenen.scheiding import markeer_als_oefenstore

    if not is_oefenstore(diensten.store):
        markeer_als_oefenstore(diensten.store)
        with diensten.store.schrijf() as s:
            schrijf_audit(s, tijdstip=diensten.clock.now(), wie=diensten.instellingen.lees().wie, actie="aanmaken",
                          entiteit="oefenomgeving", nieuw="database gemarkeerd als oefendatabase")
    if not diensten.instellingen.lees().adviseur_naam:
        diensten.instellingen.wijzig(adviseur_naam=OEFEN_ADVISEUR)


def maak_casus_uit_dossier(diensten: Any, klantnummer: str):
    """Pseudonymised oefencasus from a dossier in ``diensten``' store; the export is audited there."""
    from werkcoach_tui.oefenen.anonimiseer import maak_casus, sleutel_uit_store

    klant = diensten.klanten.zoek_op_nummer(klantnummer)
    if klant is None:
        raise StoreFout(f"Klantnummer {klantnummer.strip().upper()} staat niet in {diensten.store.path}.")
    kaart = diensten.klanten.kaart(klant.id)
    dossier = getattr(diensten, "dossier", None)
    samenvatting = dossier.samenvatting(klant.id) if dossier is not None and hasattr(dossier, "samenvatting") else None
    inst = diensten.instellingen.lees()
    wie = inst.wie
    nu = diensten.clock.now()
    sleutel = sleutel_uit_store(diensten.store, wie, nu)
    gemaakt = maak_casus(kaart.klant, kaart.gesprekken, samenvatting, sleutel, diensten.clock.today(),
                         andere_namen=[inst.adviseur_naam])
    with diensten.store.schrijf() as s:
        schrijf_audit(s, tijdstip=nu, wie=wie, actie="export", entiteit="oefencasus", entiteit_id=klant.id,
                      klantnummer=klant.klantnummer, nieuw=f"gepseudonimiseerd als {gemaakt.casus.id}")
    return gemaakt
