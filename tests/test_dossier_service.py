"""DossierService: fields, audit, rounds, closing, summaries (the contract other features use)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlmodel import select

from werkcoach_tui.models.audit import AuditRegel
from werkcoach_tui.models.dossier import DossierInstrument, DossierRonde
from werkcoach_tui.models.enums import (
    Dienstverleningsdoel,
    Instrument,
    MethodeStap,
    Uitstroomreden,
    Zelfredzaam,
)
from werkcoach_tui.services.samenvattingen import DossierSamenvatting
from werkcoach_tui.services.validatie import Validatiefout


@pytest.fixture
def klant(diensten):
    return diensten.klanten.maak({"naam": "Petra Visser", "geboortedatum": "23-11-1969",
                                  "ww_startdatum": "23-05-2026", "beschikbare_uren": "32"})


def audit(diensten, entiteit=None):
    with diensten.store.lees() as s:
        q = select(AuditRegel).order_by(AuditRegel.id)
        if entiteit:
            q = q.where(AuditRegel.entiteit == entiteit)
        return list(s.exec(q))


def test_bewaar_een_auditregel_per_gewijzigd_veld(diensten, klant):
    d = diensten.dossier
    voor = len(audit(diensten, "dossier"))
    assert d.bewaar(klant.id, {"werkervaring": "10 jaar zorg", "competenties": "geduldig\n- luisteren\n\n"}) == {}
    regels = audit(diensten, "dossier")[voor:]
    assert sorted(r.veld for r in regels if r.actie == "wijzigen") == ["competenties", "werkervaring"]
    comp = next(r for r in regels if r.veld == "competenties")
    assert comp.nieuw == "geduldig; luisteren" and comp.wie == "Test Adviseur"
    # the same values again: nothing changes, nothing audited
    n = len(audit(diensten))
    d.bewaar(klant.id, {"werkervaring": "10 jaar zorg", "competenties": ["geduldig", "luisteren"]})
    assert len(audit(diensten)) == n
    assert d.open(klant.id).ronde.velden["competenties"] == ["geduldig", "luisteren"]


def test_klantfeiten_van_beeldvorming_gaan_naar_de_klant(diensten, klant):
    fouten = diensten.dossier.bewaar(klant.id, {"opleidingsniveau": "mbo3", "werkverkenner_band": "25-50",
                                                "beschikbare_uren": "24,5", "digivaardig": False})
    assert fouten == {}
    k = diensten.klanten.kaart(klant.id).klant
    assert (k.opleidingsniveau.value, k.werkverkenner_band.value, k.beschikbare_uren, k.digivaardig) == (
        "mbo3", "25-50", 24.5, False)
    assert k.versie == klant.versie + 1
    assert {r.veld for r in audit(diensten, "klant") if r.actie == "wijzigen"} >= {
        "opleidingsniveau", "werkverkenner_band", "beschikbare_uren", "digivaardig"}


def test_foute_invoer_slaat_de_rest_wel_op(diensten, klant):
    fouten = diensten.dossier.bewaar(klant.id, {"max_reistijd_minuten": "drie kwartier", "regio": "Twente",
                                                "beschikbare_uren": "-4"})
    assert set(fouten) == {"max_reistijd_minuten", "beschikbare_uren"}
    assert "geen heel getal" in fouten["max_reistijd_minuten"]
    velden = diensten.dossier.open(klant.id).ronde.velden
    assert velden["regio"] == "Twente" and "max_reistijd_minuten" not in velden


def test_wensberoepen_uit_de_lijst_met_synoniemen(diensten, klant):
    d = diensten.dossier
    assert d.bewaar(klant.id, {"wensberoepen": "reachtruck\norderpicker\nmagazijnmedewerker"}) == {}
    assert d.open(klant.id).ronde.velden["wensberoepen"] == ["heftruckchauffeur", "magazijnmedewerker"]
    fouten = d.bewaar(klant.id, {"wensberoepen": "kok\nruimtevaarder op Mars"})
    assert "Niet in de beroepenlijst: 'ruimtevaarder op Mars'" in fouten["wensberoepen"]
    assert d.open(klant.id).ronde.velden["wensberoepen"] == ["heftruckchauffeur", "magazijnmedewerker"]


def test_stap_zet_de_fase_van_de_klant(diensten, klant):
    diensten.dossier.zet_stap(klant.id, MethodeStap.BESLUITEN)
    assert diensten.klanten.kaart(klant.id).klant.fase == MethodeStap.BESLUITEN
    assert diensten.dossier.open(klant.id).ronde.stap == MethodeStap.BESLUITEN
    assert any(r.veld == "fase" and r.nieuw == "besluiten" for r in audit(diensten, "klant"))


def test_instrumenten_budget_en_samenvatting(diensten, klant, vandaag):
    d = diensten.dossier
    d.bewaar(klant.id, {"visie_werkcoach": "scholing nodig", "dienstverleningsdoel": "werk_fit_blijven",
                        "zelfredzaam": "Deels"})
    d.bewaar_instrument(klant.id, {"instrument": "iro", "kosten": "2.000,01", "vraag_werkgevers": "zorgvacatures",
                                   "geschiktheid_klant": "ervaring in de thuiszorg", "bijdrage_instrument": "",
                                   "ingezet_op": "20-11-2026"})
    sam = d.samenvatting(klant.id)
    assert isinstance(sam, DossierSamenvatting)
    assert sam.zelfredzaam == Zelfredzaam.DEELS and sam.dienstverleningsdoel == Dienstverleningsdoel.WERK_FIT_BLIJVEN
    (i,) = sam.instrumenten
    assert i.instrument == Instrument.IRO and i.kosten == Decimal("2000.01") and i.onderbouwing == ""
    assert i.goedgekeurd_door is None and i.ingezet_op == date(2026, 11, 20)
    assert sam.ontbreekt_voor_werkplan() == ["Besluiten: de onderbouwing van 'IRO (individuele "
                                             "re-integratieovereenkomst)' ontbreekt."]
    beeld = d.open(klant.id)
    assert any("Toestemming nodig" in p for p in beeld.volledigheid[MethodeStap.BESLUITEN].ontbreekt)
    d.bewaar_instrument(klant.id, {"instrument": "iro", "kosten": "2000,01", "vraag_werkgevers": "zorgvacatures",
                                   "geschiktheid_klant": "ervaring", "bijdrage_instrument": "intensieve begeleiding"},
                        beeld.instrumenten[0].id)
    d.bewaar(klant.id, {"toestemming_door": "J. Bakker", "toestemming_op": "21-11-2026"})
    (i,) = d.samenvatting(klant.id).instrumenten
    assert i.onderbouwing.startswith("Vraag van werkgevers: zorgvacatures")
    assert (i.goedgekeurd_door, i.goedgekeurd_op) == ("J. Bakker", date(2026, 11, 21))
    assert d.samenvatting(klant.id).ontbreekt_voor_werkplan() == []


def test_foute_instrumentinvoer(diensten, klant):
    with pytest.raises(Validatiefout) as exc:
        diensten.dossier.bewaar_instrument(klant.id, {"instrument": "", "kosten": "veel", "ingezet_op": "31-02-2026"})
    assert set(exc.value.fouten) == {"instrument", "kosten", "ingezet_op"}
    with diensten.store.lees() as s:
        assert s.exec(select(DossierInstrument)).all() == []


def test_toestemming_in_de_toekomst_geweigerd(diensten, klant):
    fouten = diensten.dossier.bewaar(klant.id, {"toestemming_op": "24-11-2026"})
    assert "toekomst" in fouten["toestemming_op"]


def test_voorgestelde_afspraken(diensten, klant):
    d = diensten.dossier
    assert d.voorgestelde_afspraken(klant.id) == []
    d.bewaar_afspraak(klant.id, {"wat": "Sollicitatieactiviteiten", "hoeveel": "4", "wanneer": "21-12-2026",
                                 "hoe_aangetoond": "Werkmap", "soort": "sollicitatie", "wie": "klant"})
    assert d.voorgestelde_afspraken(klant.id) == [{
        "wie": "klant", "wat": "Sollicitatieactiviteiten", "hoeveel": 4, "wanneer": date(2026, 12, 21),
        "hoe_aangetoond": "Werkmap", "soort": "sollicitatie"}]
    with pytest.raises(Validatiefout) as exc:
        d.bewaar_afspraak(klant.id, {"wat": "", "hoeveel": "0"})
    assert set(exc.value.fouten) == {"wat", "hoeveel"}


def test_notitie_feit_of_mening_met_bron(diensten, klant):
    n = diensten.dossier.voeg_notitie_toe(klant.id, MethodeStap.BEELDVORMING,
                                          {"soort": "feit", "bron": "werkverkenner", "tekst": "Band 25-50 %"})
    assert n.soort.value == "feit" and n.bron.value == "werkverkenner" and n.wie == "Test Adviseur"
    with pytest.raises(Validatiefout) as exc:
        diensten.dossier.voeg_notitie_toe(klant.id, MethodeStap.BEELDVORMING, {"soort": "", "bron": "x", "tekst": ""})
    assert set(exc.value.fouten) == {"soort", "bron", "tekst"}


def test_nieuwe_ronde_neemt_beeld_mee_en_vorige_blijft_alleen_lezen(diensten, klant, klok):
    d = diensten.dossier
    d.bewaar(klant.id, {"werkervaring": "zorg", "visie_werkcoach": "eerste visie", "evaluatie": "niet gelukt"})
    d.zet_stap(klant.id, MethodeStap.UITVOEREN)
    assert d.nieuwe_ronde(klant.id) == 2
    nieuw = d.open(klant.id)
    assert nieuw.ronde.ronde == 2 and nieuw.ronde.stap == MethodeStap.BEELDVORMING
    assert nieuw.ronde.velden == {"werkervaring": "zorg"}
    assert diensten.klanten.kaart(klant.id).klant.fase == MethodeStap.BEELDVORMING
    d.bewaar(klant.id, {"werkervaring": "zorg en schoonmaak"})
    oud = d.open(klant.id, 1)
    assert oud.alleen_lezen and oud.ronde.afgesloten_op == klok.today()
    assert oud.ronde.velden["werkervaring"] == "zorg" and oud.ronde.velden["visie_werkcoach"] == "eerste visie"
    assert [r.ronde for r in nieuw.rondes] == [1, 2]


def test_afsluiten_met_uitstroomreden(diensten, klant):
    d = diensten.dossier
    with pytest.raises(Validatiefout) as exc:
        d.sluit(klant.id, None)
    assert "uitstroomreden" in exc.value.fouten
    d.sluit(klant.id, "werk")
    assert diensten.klanten.kaart(klant.id).klant.fase == MethodeStap.AFGESLOTEN
    sam = d.samenvatting(klant.id)
    assert sam.uitgestroomd and sam.uitstroomreden == Uitstroomreden.WERK
    with pytest.raises(Validatiefout) as exc:
        d.bewaar(klant.id, {"evaluatie": "na sluiten"})
    assert "afgesloten" in exc.value.fouten["dossier"]
    assert d.nieuwe_ronde(klant.id) == 2
    assert d.bewaar(klant.id, {"evaluatie": "verder"}) == {}


def test_importeer_beeldvorming_zoals_de_demo(diensten, klant):
    diensten.dossier.importeer_beeldvorming(klant.id, {
        "werkervaring": "32 jaar drukker", "competenties": ["nauwkeurig"], "belemmeringen": [],
        "wensberoepen": ["drukker", "reachtruck"], "regio": "Twente", "max_reistijd_minuten": 45,
        "vervoer": "auto", "netwerk": "grafische sector", "zoekgedrag": "alleen drukkersvacatures",
    })
    v = diensten.dossier.open(klant.id).ronde.velden
    assert v["max_reistijd_minuten"] == 45 and v["wensberoepen"] == ["drukker", "heftruckchauffeur"]
    assert v["belemmeringen"] == []


def test_samenvattingen_bulk_en_zonder_dossier(diensten, klant):
    ander = diensten.klanten.maak({"naam": "Zonder Dossier"})
    diensten.dossier.bewaar(klant.id, {"wensberoepen": "kok", "regio": "Twente", "max_reistijd_minuten": "30"})
    alle = diensten.dossier.samenvattingen([klant.id, ander.id, 99999])
    assert set(alle) == {klant.id}
    assert alle[klant.id].wensberoepen == ("kok",) and alle[klant.id].max_reistijd_minuten == 30
    assert diensten.dossier.samenvatting(ander.id) is None
    assert diensten.dossier.samenvattingen([]) == {}


def test_wissen_van_klant_wist_het_dossier(diensten, klant):
    d = diensten.dossier
    d.bewaar(klant.id, {"werkervaring": "x"})
    d.bewaar_afspraak(klant.id, {"wat": "solliciteren"})
    d.voeg_notitie_toe(klant.id, MethodeStap.BEELDVORMING, {"soort": "feit", "bron": "klant", "tekst": "x"})
    with diensten.store.schrijf() as s:
        s.connection().execute(text("DELETE FROM klant WHERE id = :id"), {"id": klant.id})
    with diensten.store.lees() as s:
        for tabel in ("dossier_ronde", "dossier_afspraak", "dossier_notitie", "dossier_instrument"):
            assert s.connection().execute(text(f"SELECT count(*) FROM {tabel}")).scalar() == 0


def test_werkverkenner_factoren_instelbaar(diensten):
    d = diensten.dossier
    assert "Motivatie" in d.werkverkenner_factoren()
    assert d.zet_werkverkenner_factoren(["Leeftijd", " Motivatie ", ""]) == ["Leeftijd", "Motivatie"]
    assert d.werkverkenner_factoren() == ["Leeftijd", "Motivatie"]
    with pytest.raises(Validatiefout):
        d.zet_werkverkenner_factoren(["  "])


def test_demo_dossiers_zijn_ingevuld(demo_diensten):
    rijen = demo_diensten.klanten.caseload()
    alle = demo_diensten.dossier.samenvattingen([r.id for r in rijen])
    assert len(alle) == len(rijen) == 36
    per_nummer = {r.klantnummer: alle[r.id] for r in rijen}
    esther = per_nummer["K100034"]
    assert esther.uitgestroomd and esther.uitstroomreden == Uitstroomreden.WERK
    johan = per_nummer["K100001"]
    assert johan.huidige_stap == MethodeStap.UITVOEREN and johan.visie_werkcoach and johan.arbeidsmarktkansen_gewogen
    assert johan.ontbreekt_voor_werkplan() == []
    assert any(i.goedgekeurd_door for i in johan.instrumenten)  # IRO above € 2.000, approved
    # klanten in besluiten still have a gap in an onderbouwing (the demo shows open points)
    besluiten = [s for s in alle.values() if s.huidige_stap == MethodeStap.BESLUITEN]
    assert besluiten and all(s.ontbreekt_voor_werkplan() for s in besluiten)
    # fase on the klant and step of the dossier agree
    assert all(r.fase == alle[r.id].huidige_stap for r in rijen)
    with demo_diensten.store.lees() as s:
        assert s.exec(select(DossierRonde)).all()


def test_regels_verwijderen_wordt_vastgelegd_en_oude_ronde_blijft_dicht(diensten, klant):
    d = diensten.dossier
    i = d.bewaar_instrument(klant.id, {"instrument": "competentietest", "kosten": "250"})
    a = d.bewaar_afspraak(klant.id, {"wat": "Test maken"})
    d.verwijder_instrument(klant.id, i.id)
    assert d.open(klant.id).instrumenten == []
    regels = [r for r in audit(diensten, "dossier_instrument") if r.actie == "verwijderen"]
    assert len(regels) == 1 and regels[0].oud == "Competentietest"
    d.nieuwe_ronde(klant.id)
    with pytest.raises(Validatiefout) as exc:
        d.bewaar_afspraak(klant.id, {"wat": "Anders"}, a.id)
    assert "eerdere ronde" in exc.value.fouten["dossier"]
    with pytest.raises(Validatiefout):
        d.verwijder_afspraak(klant.id, a.id)
    assert [x.wat for x in d.open(klant.id, 1).afspraken] == ["Test maken"]


SIGNAAL_VELDEN = ("ronde", "huidige_stap", "dienstverleningsdoel", "visie_werkcoach", "arbeidsmarktkansen_gewogen",
                  "risico_langdurig_werkloos", "wog_uitgenodigd_op_oordeel", "in_reintegratietraject",
                  "instrumenten", "resultaat_behaald", "uitgestroomd", "uitstroomreden")


def test_signaal_samenvattingen_gelijk_aan_de_volle(demo_diensten, diensten, klant):
    """signalen=True picks the fields out of the JSON in SQL: the same values as the full summary
    (demo dossiers, plus one with approval, risk, a result and a later round)."""
    d = diensten.dossier
    d.bewaar(klant.id, {"visie_werkcoach": "  scholing  ", "dienstverleningsdoel": "werk_fit_blijven",
                        "risico_langdurig_werkloos": True, "wog_op_oordeel": True, "arbeidsmarktkansen_gewogen": False,
                        "toestemming_door": "J. Bakker", "toestemming_op": "21-11-2026", "doel_bereikt": "ja"})
    d.bewaar_instrument(klant.id, {"instrument": "iro", "kosten": "2500", "vraag_werkgevers": "zorg",
                                   "geschiktheid_klant": "ervaring", "bijdrage_instrument": "begeleiding",
                                   "ingezet_op": "20-11-2026"})
    for dienst, ids in ((diensten, [klant.id]),
                        (demo_diensten, [r.id for r in demo_diensten.klanten.caseload()])):
        vol = dienst.dossier.samenvattingen(ids)
        kort = dienst.dossier.samenvattingen(ids, signalen=True)
        assert set(kort) == set(vol)
        for kid in ids:
            for veld in SIGNAAL_VELDEN:
                assert getattr(kort[kid], veld) == getattr(vol[kid], veld), (kid, veld)
            assert kort[kid].ontbreekt_voor_werkplan() == vol[kid].ontbreekt_voor_werkplan()
    (i,) = d.samenvattingen([klant.id], signalen=True)[klant.id].instrumenten
    assert (i.goedgekeurd_door, i.goedgekeurd_op) == ("J. Bakker", date(2026, 11, 21))
