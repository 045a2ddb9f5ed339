"""Helpers for the casuïstiek tests: small fake dossier/werkplan services returning the shared
plain-data summaries, and klanten written straight into a test store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from werkcoach_tui.models.casuistiek import CasuistiekSleutel
from werkcoach_tui.models.enums import Dienstverleningsdoel, Instrument, MethodeStap, Opleidingsniveau, Zelfredzaam
from werkcoach_tui.models.gesprek import Gesprek
from werkcoach_tui.models.klant import Klant
from werkcoach_tui.services.samenvattingen import DossierSamenvatting, InstrumentSamenvatting, WerkplanSamenvatting

VASTE_SLEUTEL = "0f" * 32


class NepDienst:
    """Stands in for diensten.dossier / diensten.werkplan: returns prepared summaries."""

    def __init__(self, samenvattingen: dict[int, object]) -> None:
        self.data = dict(samenvattingen)
        self.gevraagd: list[list[int]] = []

    def samenvatting(self, klant_id: int):
        return self.data.get(klant_id)

    def samenvattingen(self, klant_ids, **_opties):
        ids = list(klant_ids)
        self.gevraagd.append(ids)
        return [self.data[i] for i in ids if i in self.data]


def zet_vaste_sleutel(diensten) -> None:
    with diensten.store.schrijf() as s:
        s.merge(CasuistiekSleutel(id=1, sleutel=VASTE_SLEUTEL))
    diensten.casuistiek._sleutel = None


def maak_klant(diensten, **waarden) -> int:
    standaard = dict(
        naam="Test Klant", geboortedatum=date(1980, 1, 1), woonplaats="Utrecht", adres="Dorpsstraat 1",
        postcode="3511 AA", telefoon="06-11112222", email="test@example.nl", ww_startdatum=date(2026, 5, 1),
        ww_einddatum=date(2027, 5, 1), opleidingsniveau=Opleidingsniveau.MBO3, laatste_beroep="magazijnmedewerker",
        adviseur="Test Adviseur", fase=MethodeStap.UITVOEREN, uren_vorige_baan=36.0, beschikbare_uren=36.0,
    )
    gesprekken = waarden.pop("gesprekken", [])
    standaard.update(waarden)
    with diensten.store.schrijf() as s:
        if "klantnummer" not in standaard:
            from sqlalchemy import func
            from sqlmodel import select

            n = s.exec(select(func.count()).select_from(Klant)).one()
            standaard["klantnummer"] = f"K{200001 + n}"
        k = Klant(**standaard)
        s.add(k)
        s.flush()
        for g in gesprekken:
            s.add(Gesprek(klant_id=k.id, **g))
        return k.id


def dossier(klant_id: int, **w) -> DossierSamenvatting:
    return DossierSamenvatting(klant_id=klant_id, **w)


def werkplan(klant_id: int, **w) -> WerkplanSamenvatting:
    return WerkplanSamenvatting(klant_id=klant_id, **w)


def volledig_dossier(klant_id: int, **w) -> DossierSamenvatting:
    basis = dict(
        huidige_stap=MethodeStap.UITVOEREN, zelfredzaam=Zelfredzaam.DEELS, zelfredzaam_toelichting="Zoekt zelf",
        dienstverleningsdoel=Dienstverleningsdoel.WERK_FIT_BLIJVEN,
        visie_werkcoach="Vraag naar heftruckchauffeurs in de regio; klant heeft ervaring; certificaat nodig.",
        wensberoepen=("heftruckchauffeur",), competenties=("nauwkeurig",), belemmeringen=("rugklachten bij tillen",),
        instrumenten=(InstrumentSamenvatting(Instrument.KORTE_CURSUS, Decimal("450"), "Certificaat vereist in vacatures"),),
        arbeidsmarktkansen_gewogen=True,
    )
    basis.update(w)
    return DossierSamenvatting(klant_id=klant_id, **basis)
