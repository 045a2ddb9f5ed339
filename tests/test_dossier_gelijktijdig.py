"""Two advisers on one dossier: per-field stale check of DossierService.bewaar.

Each adviser has their own Store on the same SQLite file (as two windows or processes do).
A field that the other saved meanwhile is reported, never overwritten; everything else is
stored as before; a deliberate overwrite is audited as such.
"""

from __future__ import annotations

import pytest
from sqlmodel import select

from werkcoach_tui.models.audit import AuditRegel
from werkcoach_tui.models.enums import Opleidingsniveau
from werkcoach_tui.rules.dossier import KLANT_VELDEN
from werkcoach_tui.services.audit import controleer_keten
from werkcoach_tui.services.dossier import (
    ACTIE_OVERSCHRIJVEN,
    BewaarUitkomst,
    DossierService,
    veld_tekst,
    zelfde_waarde,
)
from werkcoach_tui.store import Store


@pytest.fixture
def twee(tmp_path, klok):
    """(anna, bram, klant_id): two DossierServices on two connections to one file."""
    from werkcoach_tui.diensten import Diensten

    pad = tmp_path / "gedeeld.db"
    opzet = Diensten(Store.open(pad), klok)
    klant = opzet.klanten.maak({"naam": "Petra Visser", "geboortedatum": "23-11-1969",
                                "ww_startdatum": "23-05-2026", "beschikbare_uren": "32"})
    opzet.dossier.bewaar(klant.id, {"werkervaring": "10 jaar zorg", "regio": "Twente",
                                    "competenties": "geduldig\nluisteren"})
    opzet.close()
    stores = [Store.open(pad), Store.open(pad)]
    anna = DossierService(stores[0], klok, "Anna de Wit")
    bram = DossierService(stores[1], klok, "Bram Smit")
    yield anna, bram, klant.id
    for s in stores:
        s.close()


def _basis(dienst: DossierService, klant_id: int, *velden: str) -> dict:
    """What a screen keeps as base: the stored values when it loaded."""
    beeld = dienst.open(klant_id)
    return {v: getattr(beeld.klant, v) if v in KLANT_VELDEN else (beeld.ronde.velden or {}).get(v)
            for v in velden}


def _audit(dienst: DossierService, **waar) -> list[AuditRegel]:
    with dienst.store.lees() as s:
        q = select(AuditRegel).order_by(AuditRegel.id)
        for k, v in waar.items():
            q = q.where(getattr(AuditRegel, k) == v)
        return list(s.exec(q))


def test_conflict_per_veld_en_de_rest_wordt_bewaard(twee):
    anna, bram, kid = twee
    basis_anna = _basis(anna, kid, "werkervaring", "regio", "competenties")
    # Bram saves werkervaring first (he loaded the same version).
    assert bram.bewaar(kid, {"werkervaring": "12 jaar zorg, 2 jaar logistiek"},
                       basis=_basis(bram, kid, "werkervaring")) == {}
    # Anna changed werkervaring and regio in her window.
    uitkomst = anna.bewaar(kid, {"werkervaring": "10 jaar zorg; BHV", "regio": "Achterhoek"}, basis=basis_anna)
    assert isinstance(uitkomst, BewaarUitkomst) and uitkomst == {}  # no input errors
    assert [c.veld for c in uitkomst.conflicten] == ["werkervaring"]
    c = uitkomst.conflicten[0]
    assert (c.label, c.mijn_tekst, c.hun_tekst) == ("Werkervaring", "10 jaar zorg; BHV",
                                                    "12 jaar zorg, 2 jaar logistiek")
    assert c.hun_waarde == "12 jaar zorg, 2 jaar logistiek"
    assert c.wie == "Bram Smit" and c.wanneer is not None
    assert uitkomst.bewaard == {"regio": "Achterhoek"}
    velden = anna.open(kid).ronde.velden
    assert velden["werkervaring"] == "12 jaar zorg, 2 jaar logistiek", "Bram's text is never overwritten"
    assert velden["regio"] == "Achterhoek"
    # Audit: Anna wrote only regio; werkervaring has Bram's row and no row of Anna.
    wijzigingen = [(r.wie, r.veld) for r in _audit(anna, entiteit="dossier", actie="wijzigen")]
    assert ("Anna de Wit", "regio") in wijzigingen
    assert ("Anna de Wit", "werkervaring") not in wijzigingen
    assert ("Bram Smit", "werkervaring") in wijzigingen


def test_zonder_wijziging_van_een_ander_precies_als_voorheen(twee):
    anna, _bram, kid = twee
    voor = len(_audit(anna))
    uitkomst = anna.bewaar(kid, {"werkervaring": "11 jaar zorg", "competenties": "geduldig\n- plannen"},
                           basis=_basis(anna, kid, "werkervaring", "competenties"))
    assert uitkomst == {} and uitkomst.conflicten == []
    assert uitkomst.bewaard == {"werkervaring": "11 jaar zorg", "competenties": ["geduldig", "plannen"]}
    nieuw = _audit(anna)[voor:]
    assert [(r.actie, r.veld, r.oud, r.nieuw, r.wie) for r in nieuw] == [
        ("wijzigen", "werkervaring", "10 jaar zorg", "11 jaar zorg", "Anna de Wit"),
        ("wijzigen", "competenties", "geduldig; luisteren", "geduldig; plannen", "Anna de Wit"),
    ]


def test_zelfde_tekst_als_de_ander_is_geen_conflict(twee):
    anna, bram, kid = twee
    basis = _basis(anna, kid, "regio")
    bram.bewaar(kid, {"regio": "Oost-Nederland"})
    uitkomst = anna.bewaar(kid, {"regio": "Oost-Nederland"}, basis=basis)
    assert uitkomst.conflicten == [] and uitkomst.bewaard == {"regio": "Oost-Nederland"}
    assert not _audit(anna, wie="Anna de Wit", veld="regio")


def test_velden_van_de_klant_en_vinkjes_ook_per_veld(twee):
    anna, bram, kid = twee
    basis = _basis(anna, kid, "opleidingsniveau", "digivaardig", "visies_verschillen")
    assert basis["visies_verschillen"] is None  # never saved: a missing tick box
    bram.bewaar(kid, {"opleidingsniveau": "mbo2"})
    uitkomst = anna.bewaar(kid, {"opleidingsniveau": "hbo", "digivaardig": False, "visies_verschillen": True},
                           basis=basis)
    assert [c.veld for c in uitkomst.conflicten] == ["opleidingsniveau"]
    assert (uitkomst.conflicten[0].mijn_tekst, uitkomst.conflicten[0].hun_tekst) == ("Hbo", "Mbo 2")
    assert uitkomst.bewaard == {"digivaardig": False, "visies_verschillen": True}
    beeld = anna.open(kid)
    assert beeld.klant.opleidingsniveau == Opleidingsniveau.MBO2 and beeld.klant.digivaardig is False


def test_bewust_overschrijven_wordt_vastgelegd(twee):
    anna, bram, kid = twee
    basis = _basis(anna, kid, "werkervaring")
    bram.bewaar(kid, {"werkervaring": "Tekst van Bram"})
    c = anna.bewaar(kid, {"werkervaring": "Tekst van Anna"}, basis=basis).conflicten[0]
    uitkomst = anna.bewaar(kid, {"werkervaring": "Tekst van Anna"}, basis={"werkervaring": c.hun_waarde},
                           overschrijf=["werkervaring"])
    assert uitkomst.conflicten == [] and uitkomst.bewaard == {"werkervaring": "Tekst van Anna"}
    assert anna.open(kid).ronde.velden["werkervaring"] == "Tekst van Anna"
    regel = _audit(anna, veld="werkervaring")[-1]
    assert (regel.actie, regel.wie, regel.oud, regel.nieuw) == (
        ACTIE_OVERSCHRIJVEN, "Anna de Wit", "Tekst van Bram", "Tekst van Anna")
    with anna.store.lees() as s:
        assert controleer_keten(s).ok


def test_overschrijven_na_een_derde_wijziging_vraagt_opnieuw(twee):
    anna, bram, kid = twee
    basis = _basis(anna, kid, "werkervaring")
    bram.bewaar(kid, {"werkervaring": "Eerste van Bram"})
    c = anna.bewaar(kid, {"werkervaring": "Van Anna"}, basis=basis).conflicten[0]
    bram.bewaar(kid, {"werkervaring": "Tweede van Bram"})  # while Anna looked at the dialog
    uitkomst = anna.bewaar(kid, {"werkervaring": "Van Anna"}, basis={"werkervaring": c.hun_waarde},
                           overschrijf=["werkervaring"])
    assert [c.hun_tekst for c in uitkomst.conflicten] == ["Tweede van Bram"]
    assert anna.open(kid).ronde.velden["werkervaring"] == "Tweede van Bram"
    assert not _audit(anna, actie=ACTIE_OVERSCHRIJVEN)


def test_fout_en_conflict_en_opslag_in_een_keer(twee):
    anna, bram, kid = twee
    basis = _basis(anna, kid, "regio", "max_reistijd_minuten", "netwerk")
    bram.bewaar(kid, {"netwerk": "Oud-collega's bij PostNL"})
    uitkomst = anna.bewaar(kid, {"regio": "Twente en Achterhoek", "max_reistijd_minuten": "drie kwartier",
                                 "netwerk": "Buurman is planner"}, basis=basis)
    assert set(uitkomst) == {"max_reistijd_minuten"} and "geen heel getal" in uitkomst["max_reistijd_minuten"]
    assert [c.veld for c in uitkomst.conflicten] == ["netwerk"]
    assert uitkomst.bewaard == {"regio": "Twente en Achterhoek"}


def test_zonder_basis_geen_controle(twee):
    """Imports and the demo pass no base: last save wins there, as before."""
    anna, bram, kid = twee
    bram.bewaar(kid, {"regio": "Drenthe"})
    uitkomst = anna.bewaar(kid, {"regio": "Groningen"})
    assert uitkomst == {} and uitkomst.conflicten == []
    assert anna.open(kid).ronde.velden["regio"] == "Groningen"


def test_veld_zonder_basis_wordt_niet_gecontroleerd(twee):
    anna, bram, kid = twee
    basis = _basis(anna, kid, "regio")
    bram.bewaar(kid, {"regio": "Drenthe", "vervoer": "fiets"})
    uitkomst = anna.bewaar(kid, {"regio": "Groningen", "vervoer": "auto"}, basis=basis)
    assert [c.veld for c in uitkomst.conflicten] == ["regio"]
    assert uitkomst.bewaard == {"vervoer": "auto"}


def test_vergelijken_en_tonen():
    assert zelfde_waarde("competenties", None, [])
    assert zelfde_waarde("regio", None, "")
    assert zelfde_waarde("visies_verschillen", None, False)
    assert not zelfde_waarde("visies_verschillen", None, True)
    assert zelfde_waarde("competenties", ["a", "b"], ("a", "b"))
    assert not zelfde_waarde("competenties", ["a", "b"], ["b", "a"])
    assert zelfde_waarde("opleidingsniveau", Opleidingsniveau.HBO, Opleidingsniveau.HBO)
    assert veld_tekst("competenties", ["geduldig", "luisteren"]) == "geduldig\nluisteren"
    assert veld_tekst("zelfredzaam", "deels") == "Deels"
    assert veld_tekst("toestemming_op", "2026-11-20") == "20-11-2026"
    assert veld_tekst("beschikbare_uren", 24.5) == "24,5"
    assert veld_tekst("visies_verschillen", True) == "aangevinkt"
    assert veld_tekst("regio", None) == "(leeg)"
