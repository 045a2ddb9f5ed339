"""WerkplanService: versions, the refusal to change a vastgesteld version, copying, diff,
the finalise gate, the sollicitatienorm, proposals from the dossier, summaries, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from werkcoach_tui.models.audit import AuditRegel
from werkcoach_tui.models.enums import AfspraakStatus, AfspraakWie, Bewijs, SollicitatieSoort, WerkplanStatus
from werkcoach_tui.services.validatie import Validatiefout
from werkcoach_tui.services.werkplan import NietGevonden, WerkplanFout, WerkplanService

SMART = {"wie": "klant", "wat": "Solliciteren als orderpicker", "hoeveel": "4 per 4 weken",
         "wanneer": "31-12-2026", "hoe_aangetoond": "Bevestigingsmails in de Werkmap", "soort": "sollicitatie"}


@pytest.fixture
def klant(diensten):
    return diensten.klanten.maak({"naam": "Anna de Groot", "ww_startdatum": "01-06-2026", "geboortedatum": "14-03-1975"})


@pytest.fixture
def vastgesteld(diensten, klant):
    """Version 1 with two afspraken, vastgesteld."""
    wp = diensten.werkplan
    v = wp.maak_concept(klant.id).versie
    wp.voeg_afspraak_toe(v.id, SMART)
    wp.voeg_afspraak_toe(v.id, {"wie": "adviseur", "wat": "Aanmelden voor de sollicitatieworkshop",
                                "hoeveel": "1 keer", "wanneer": "15-12-2026", "hoe_aangetoond": "Bevestiging",
                                "soort": "dienstverlening", "interne_notitie": "Intern: twijfel over motivatie"})
    wp.stel_vast(v.id, {"vastgesteld_op": "20-11-2026", "akkoord_klant": True, "akkoord_toelichting": "mondeling"})
    return wp.versie(klant.id, 1)


def _audit(diensten, **filter_):
    with diensten.store.lees() as s:
        rows = list(s.exec(select(AuditRegel).order_by(AuditRegel.id)))
    return [r for r in rows if all(getattr(r, k) == v for k, v in filter_.items())]


def test_concept_begint_met_standaardnorm_en_wordt_hergebruikt(diensten, klant):
    wp = diensten.werkplan
    c1 = wp.maak_concept(klant.id)
    assert (c1.versie.versie, c1.versie.status, c1.versie.sollicitatienorm) == (1, WerkplanStatus.CONCEPT, 4)
    assert wp.maak_concept(klant.id).versie.id == c1.versie.id, "an open concept is reused, not duplicated"
    assert len(wp.versies(klant.id)) == 1


def test_vastgestelde_versie_weigert_elke_wijziging(diensten, klant, vastgesteld):
    wp = diensten.werkplan
    v = vastgesteld.versie
    a = vastgesteld.afspraken[0]
    assert v.status == WerkplanStatus.VASTGESTELD and v.vastgesteld_op == date(2026, 11, 20) and v.akkoord_klant
    pogingen = [
        lambda: wp.voeg_afspraak_toe(v.id, SMART),
        lambda: wp.wijzig_afspraak(a.id, {**SMART, "wat": "Iets anders"}),
        lambda: wp.wijzig_afspraak(a.id, {**SMART, "status": "nagekomen"}),
        lambda: wp.verwijder_afspraak(a.id),
        lambda: wp.wijzig_plan(v.id, {"sollicitatienorm": "2", "sollicitatienorm_reden": "x"}),
        lambda: wp.wijzig_plan(v.id, {"interne_notitie": "nieuw"}),
        lambda: wp.stel_vast(v.id, {"akkoord_klant": True}),
        lambda: wp.verwijder_concept(v.id),
    ]
    for poging in pogingen:
        with pytest.raises(WerkplanFout, match="is vastgesteld op 20-11-2026 en kan niet meer worden gewijzigd"):
            poging()
    na = wp.versie(klant.id, 1)
    assert [(x.wat, x.status) for x in na.afspraken] == [(x.wat, x.status) for x in vastgesteld.afspraken]
    assert na.versie.sollicitatienorm == 4 and na.versie.interne_notitie == ""


def test_nieuwe_versie_kopieert_afspraken_en_laat_oude_staan(diensten, klant, vastgesteld):
    wp = diensten.werkplan
    v2 = wp.maak_concept(klant.id, "Evaluatie")
    assert v2.versie.versie == 2 and v2.versie.status == WerkplanStatus.CONCEPT
    assert v2.versie.wijzigingsreden == "Evaluatie"
    oud = [(a.sleutel, a.wie, a.wat, a.hoeveel, a.wanneer, a.hoe_aangetoond, a.soort, a.status, a.interne_notitie)
           for a in vastgesteld.afspraken]
    nieuw = [(a.sleutel, a.wie, a.wat, a.hoeveel, a.wanneer, a.hoe_aangetoond, a.soort, a.status, a.interne_notitie)
             for a in v2.afspraken]
    assert nieuw == oud
    assert {a.id for a in v2.afspraken}.isdisjoint({a.id for a in vastgesteld.afspraken})
    wp.wijzig_afspraak(v2.afspraken[0].id, {**SMART, "status": "nagekomen"})
    assert wp.versie(klant.id, 1).afspraken[0].status == AfspraakStatus.OPEN, "version 1 is untouched"
    assert wp.versie(klant.id, 2).afspraken[0].status == AfspraakStatus.NAGEKOMEN
    assert [v.versie for v in wp.versies(klant.id)] == [1, 2]


def test_versievergelijking_toegevoegd_verwijderd_gewijzigd(diensten, klant, vastgesteld):
    wp = diensten.werkplan
    v2 = wp.maak_concept(klant.id)
    solliciteren, workshop = v2.afspraken
    wp.wijzig_afspraak(solliciteren.id, {**SMART, "hoeveel": "6 per 4 weken", "status": "nagekomen"})
    wp.verwijder_afspraak(workshop.id)
    wp.voeg_afspraak_toe(v2.versie.id, {"wie": "klant", "wat": "Cursus heftruck", "wanneer": "01-02-2027"})
    wp.wijzig_plan(v2.versie.id, {"sollicitatienorm": "6", "sollicitatienorm_reden": "Klant wil meer"})
    vg = wp.vergelijk(klant.id, 1, 2)
    assert [a["wat"] for a in vg.toegevoegd] == ["Cursus heftruck"]
    assert [a["wat"] for a in vg.verwijderd] == ["Aanmelden voor de sollicitatieworkshop"]
    assert len(vg.gewijzigd) == 1
    velden = {w.veld: (w.oud, w.nieuw) for w in vg.gewijzigd[0].velden}
    assert velden == {"hoeveel": ("4 per 4 weken", "6 per 4 weken"),
                      "status": (AfspraakStatus.OPEN, AfspraakStatus.NAGEKOMEN)}
    assert {w.veld: (w.oud, w.nieuw) for w in vg.plan_wijzigingen} == {
        "sollicitatienorm": (4, 6), "sollicitatienorm_reden": ("", "Klant wil meer")}
    assert vg.ongewijzigd == 0 and not vg.gelijk
    terug = wp.vergelijk(klant.id, 2, 1)
    assert [a["wat"] for a in terug.toegevoegd] == ["Aanmelden voor de sollicitatieworkshop"]
    assert wp.vergelijk(klant.id, 1, 1).gelijk
    with pytest.raises(NietGevonden, match="Versie 7 van het werkplan bestaat niet. Er zijn versies 1 t/m 2"):
        wp.vergelijk(klant.id, 1, 7)


def test_norm_anders_dan_vier_alleen_met_reden(diensten, klant):
    wp = diensten.werkplan
    v = wp.maak_concept(klant.id).versie
    with pytest.raises(Validatiefout) as exc:
        wp.wijzig_plan(v.id, {"sollicitatienorm": "2", "sollicitatienorm_reden": " "})
    assert "alleen met een reden" in exc.value.fouten["sollicitatienorm_reden"]
    with pytest.raises(Validatiefout) as exc:
        wp.wijzig_plan(v.id, {"sollicitatienorm": "-1"})
    assert "sollicitatienorm" in exc.value.fouten
    wp.wijzig_plan(v.id, {"sollicitatienorm": "2", "sollicitatienorm_reden": "Mantelzorg deels"})
    assert wp.versie(klant.id).versie.sollicitatienorm == 2
    wp.wijzig_plan(v.id, {"sollicitatienorm": "4", "sollicitatienorm_reden": "overbodig"})
    assert wp.versie(klant.id).versie.sollicitatienorm_reden == "", "the default norm needs no reason"


def test_smart_waarschuwt_maar_blokkeert_niet(diensten, klant):
    wp = diensten.werkplan
    v = wp.maak_concept(klant.id).versie
    a, waarschuwingen = wp.voeg_afspraak_toe(v.id, {"wie": "klant", "wat": "Zo veel mogelijk solliciteren"})
    assert a.id is not None
    assert any("termijn" in w for w in waarschuwingen) and any("zo veel mogelijk" in w for w in waarschuwingen)
    _, geen = wp.voeg_afspraak_toe(v.id, SMART)
    assert geen == []
    with pytest.raises(Validatiefout) as exc:
        wp.voeg_afspraak_toe(v.id, {"wie": "klant", "wat": "", "wanneer": "31-02-2026"})
    assert set(exc.value.fouten) == {"wat", "wanneer"}
    with pytest.raises(Validatiefout) as exc:
        wp.voeg_afspraak_toe(v.id, {**SMART, "status": "niet_nagekomen"})
    assert "waarom" in exc.value.fouten["reden_niet_nagekomen"]


def test_vaststellen_vraagt_akkoord_en_afspraken(diensten, klant):
    wp = diensten.werkplan
    v = wp.maak_concept(klant.id).versie
    with pytest.raises(WerkplanFout, match="nog geen afspraak"):
        wp.stel_vast(v.id, {"akkoord_klant": True})
    wp.voeg_afspraak_toe(v.id, SMART)
    with pytest.raises(Validatiefout) as exc:
        wp.stel_vast(v.id, {"akkoord_klant": False})
    assert "akkoord" in exc.value.fouten["akkoord_klant"]
    with pytest.raises(Validatiefout) as exc:
        wp.stel_vast(v.id, {"akkoord_klant": True, "vastgesteld_op": "01-01-2027"})
    assert "toekomst" in exc.value.fouten["vastgesteld_op"]
    assert wp.stel_vast(v.id, {"akkoord_klant": True}).vastgesteld_op == date(2026, 11, 23)


def test_vaststellen_geweigerd_door_gate_noemt_wat_ontbreekt(diensten, klant):
    ontbreekt = ["Oordeelsvorming: de visie van de werkcoach ontbreekt.",
                 "Besluiten: de onderbouwing van 'Scholing' ontbreekt."]
    gevraagd = []

    def gate(kid):
        gevraagd.append(kid)
        return list(ontbreekt)

    wp = WerkplanService(diensten.store, diensten.clock, "Test Adviseur", diensten.instellingen, gate=gate)
    v = wp.maak_concept(klant.id).versie
    wp.voeg_afspraak_toe(v.id, SMART)
    with pytest.raises(WerkplanFout) as exc:
        wp.stel_vast(v.id, {"akkoord_klant": True})
    assert str(exc.value).splitlines()[1:] == [f"- {r}" for r in ontbreekt]
    assert gevraagd == [klant.id]
    assert wp.versie(klant.id).versie.status == WerkplanStatus.CONCEPT
    assert wp.wat_ontbreekt(klant.id, v.id) == ontbreekt
    ontbreekt.clear()
    assert wp.stel_vast(v.id, {"akkoord_klant": True}).status == WerkplanStatus.VASTGESTELD


def test_diensten_gate_zonder_dossierfeature_laat_toe(diensten, klant):
    assert diensten.werkplan.gate(klant.id) == []


def test_neem_voorstellen_over_maakt_concept_na_vastgesteld(diensten, klant, vastgesteld):
    wp = diensten.werkplan
    toegevoegd = wp.neem_voorstellen_over(klant.id, [
        {"wie": "klant", "wat": "Netwerktraining volgen", "hoeveel": "4 bijeenkomsten", "wanneer": "01-03-2027",
         "hoe_aangetoond": "Deelnamebewijs", "soort": "dienstverlening"}])
    assert len(toegevoegd) == 1
    v2 = wp.versie(klant.id)
    assert v2.versie.versie == 2 and not v2.vastgesteld
    assert [a.wat for a in v2.afspraken][-1] == "Netwerktraining volgen"
    assert len(v2.afspraken) == 3
    with pytest.raises(Validatiefout):
        wp.neem_voorstellen_over(klant.id, [{"wie": "iemand", "wat": "x"}])


def test_registreer_sollicitatie_voor_andere_features(diensten, klant):
    wp = diensten.werkplan
    s = wp.registreer_sollicitatie(klant.id, date(2026, 11, 20), "Van Dijk Logistiek", "Orderpicker",
                                   SollicitatieSoort.REACTIE_OP_VACATURE, bron="vacaturevoorstel")
    assert (s.bewijs, s.bron, s.soort) == (Bewijs.NIET_GEVRAAGD, "vacaturevoorstel", SollicitatieSoort.REACTIE_OP_VACATURE)
    assert [x.id for x in wp.sollicitaties(klant.id)] == [s.id]
    with pytest.raises(Validatiefout) as exc:
        wp.registreer_sollicitatie(klant.id, "01-01-2027", "X", "Y", "reactie_op_vacature")
    assert "toekomst" in exc.value.fouten["datum"]


def test_elke_wijziging_en_export_geaudit(diensten, klant, vastgesteld, tmp_path):
    wp = diensten.werkplan
    v2 = wp.maak_concept(klant.id)
    wp.wijzig_afspraak(v2.afspraken[0].id, {**SMART, "wat": "Solliciteren als magazijnmedewerker"})
    wp.exporteer(klant.id, 1, "md", tmp_path / "w.md")
    rijen = _audit(diensten, klantnummer=klant.klantnummer)
    acties = {(r.actie, r.entiteit) for r in rijen}
    assert {("aanmaken", "werkplan_versie"), ("aanmaken", "afspraak"), ("vaststellen", "werkplan_versie"),
            ("wijzigen", "afspraak"), ("exporteren", "werkplan_versie")} <= acties
    wijziging = [r for r in rijen if r.actie == "wijzigen" and r.entiteit == "afspraak"]
    assert [(r.veld, r.oud, r.nieuw) for r in wijziging] == [
        ("wat", "Solliciteren als orderpicker", "Solliciteren als magazijnmedewerker")]
    assert all(r.wie == "Test Adviseur" for r in rijen)


def test_samenvatting_contract(diensten, klant, vastgesteld):
    wp = diensten.werkplan
    s = wp.samenvatting(klant.id)
    assert s.heeft_werkplan and s.huidige_versie == 1 and not s.concept
    assert s.vastgesteld_op == date(2026, 11, 20)
    assert (s.aantal_afspraken, s.afspraken_niet_smart, s.sollicitatienorm) == (2, 0, 4)
    # WW since 01-06-2026, no activities: every closed period falls short, none followed up
    assert s.perioden_tekort == 6 and s.tekorten_opgevolgd == 0
    leeg = diensten.klanten.maak({"naam": "Zonder Plan"})
    bulk = wp.samenvattingen([klant.id, leeg.id, 99999])
    assert set(bulk) == {klant.id, leeg.id}
    assert bulk[klant.id] == s
    assert not bulk[leeg.id].heeft_werkplan and bulk[leeg.id].perioden_tekort == 0
    assert wp.samenvattingen([]) == {}


def test_samenvattingen_demo_in_bulk(demo_diensten):
    ids = [r.id for r in demo_diensten.klanten.caseload()]
    alle = demo_diensten.werkplan.samenvattingen(ids)
    assert len(alle) == len(ids)
    met = [s for s in alle.values() if s.heeft_werkplan]
    assert len(met) >= 20
    assert any(s.concept for s in met) and any(s.huidige_versie >= 2 for s in met)
    assert any(s.perioden_tekort > s.tekorten_opgevolgd for s in met), "a shortfall without follow-up"
    assert any(s.vrijstellingen for s in met)
    for kid in ids[:5]:
        assert demo_diensten.werkplan.samenvatting(kid) == alle[kid]


def test_samenvattingen_venster_alleen_wat_de_signalen_lezen(demo_diensten, klok):
    """venster=True (the signals): the same summary, but only the last closed period's activities,
    and no counts it did not make (None, never a wrong 0)."""
    from dataclasses import replace

    from werkcoach_tui.rules.sollicitatieplicht import laatste_gesloten_periode_grenzen

    ids = [r.id for r in demo_diensten.klanten.caseload()]
    vol = demo_diensten.werkplan.samenvattingen(ids)
    venster = demo_diensten.werkplan.samenvattingen(ids, venster=True)
    assert set(venster) == set(vol)
    met_data = 0
    for kid in ids:
        v = venster[kid]
        assert (v.perioden_tekort, v.tekorten_opgevolgd, v.aantal_afspraken, v.afspraken_niet_smart) == (None,) * 4
        kaart = demo_diensten.klanten.kaart(kid).klant
        grenzen = laatste_gesloten_periode_grenzen(kaart.ww_startdatum, klok.today(), kaart.ww_einddatum)
        verwacht = tuple(d for d in vol[kid].sollicitatie_data if grenzen and grenzen[0] <= d <= grenzen[1])
        assert v.sollicitatie_data == verwacht
        met_data += bool(verwacht)
        assert replace(v, perioden_tekort=vol[kid].perioden_tekort, tekorten_opgevolgd=vol[kid].tekorten_opgevolgd,
                       aantal_afspraken=vol[kid].aantal_afspraken, afspraken_niet_smart=vol[kid].afspraken_niet_smart,
                       sollicitatie_data=vol[kid].sollicitatie_data) == vol[kid]
    assert met_data >= 5


def test_verwijder_concept(diensten, klant, vastgesteld):
    wp = diensten.werkplan
    v2 = wp.maak_concept(klant.id)
    wp.verwijder_concept(v2.versie.id)
    assert [v.versie for v in wp.versies(klant.id)] == [1]
    assert wp.maak_concept(klant.id).versie.versie == 2
