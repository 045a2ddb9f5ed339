"""The bulk fact builder and the caseload signals (diensten.signalen)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event

from werkcoach_tui.models.enums import GesprekStatus, GesprekType, Instrument, Kanaal, MethodeStap
from werkcoach_tui.models.gesprek import Gesprek
from werkcoach_tui.models.klant import Klant
from werkcoach_tui.rules import signalen as sg
from werkcoach_tui.services.samenvattingen import (
    DossierSamenvatting,
    InstrumentSamenvatting,
    WerkplanSamenvatting,
)

VANDAAG = date(2026, 11, 23)


def _klant(s, nummer, **waarden) -> int:
    k = Klant(klantnummer=nummer, naam=waarden.pop("naam", f"Klant {nummer}"), **waarden)
    s.add(k)
    s.flush()
    return k.id


def _gesprek(s, klant_id, datum, type_=GesprekType.COACHINGSGESPREK, status=GesprekStatus.GEVOERD, duur=30):
    s.add(Gesprek(klant_id=klant_id, datum=datum, type=type_, kanaal=Kanaal.TELEFONISCH,
                  duur_minuten=duur, status=status))


@pytest.fixture
def caseload(diensten):
    """Four klanten whose signals are known by hand."""
    ids = {}
    with diensten.store.schrijf() as s:
        # melding 5 weeks ago, no intake: intake late; also contact overdue (melding is the reference)
        ids["laat"] = _klant(s, "K100001", naam="Ans Laat", meldingsdatum=VANDAAG - timedelta(days=36))
        # 57+, WW for 14 months, 20 hours available of 32; recent contact
        ids["oud"] = _klant(s, "K100002", naam="Bert Oud", geboortedatum=date(1966, 1, 1),
                            meldingsdatum=date(2025, 9, 1), ww_startdatum=date(2025, 9, 8),
                            uren_vorige_baan=32, beschikbare_uren=20)
        _gesprek(s, ids["oud"], date(2025, 9, 10), GesprekType.INTAKE)
        _gesprek(s, ids["oud"], date(2025, 9, 20), GesprekType.WERKORIENTATIEGESPREK)
        _gesprek(s, ids["oud"], VANDAAG - timedelta(days=7))
        _gesprek(s, ids["oud"], VANDAAG, status=GesprekStatus.GEPLAND, duur=0)
        # all fine: recent intake
        ids["goed"] = _klant(s, "K100003", naam="Cor Goed", meldingsdatum=VANDAAG - timedelta(days=10))
        _gesprek(s, ids["goed"], VANDAAG - timedelta(days=3), GesprekType.INTAKE)
        # closed dossier: never a signal
        ids["dicht"] = _klant(s, "K100004", naam="Dirk Dicht", meldingsdatum=date(2024, 1, 1),
                              fase=MethodeStap.AFGESLOTEN)
    return ids


def codes(res, klant_id):
    return {s.code for s in res.van(klant_id)}


def test_alleen_basisgegevens(diensten, caseload):
    for naam in ("dossier", "werkplan", "casuistiek"):  # a deployment with only the foundation
        delattr(diensten, naam)
    res = diensten.signalen.caseload_signalen(VANDAAG)
    assert codes(res, caseload["laat"]) == {sg.INTAKE_TE_LAAT, sg.CONTACT_TE_LANG_GELEDEN}
    assert codes(res, caseload["oud"]) == {sg.BESCHIKBAARHEID_LAGER, sg.PASSENDE_ARBEID_VERRUIMD}
    assert codes(res, caseload["goed"]) == set()
    assert codes(res, caseload["dicht"]) == set()
    # no dossier/werkplan/casuïstiek feature: their signals are unknown, not faked
    assert sg.OUDEREN_WEGING in res.onbekend and sg.SOLLICITATIEPLICHT in res.onbekend
    assert res.bronnen == frozenset() and res.adviseur == ()
    assert res.tellingen == {sg.INTAKE_TE_LAAT: 1, sg.CONTACT_TE_LANG_GELEDEN: 1,
                             sg.BESCHIKBAARHEID_LAGER: 1, sg.PASSENDE_ARBEID_VERRUIMD: 1}
    # sorted: most urgent first
    assert [s.code for s in res.van(caseload["laat"])][0] == sg.INTAKE_TE_LAAT


def test_contactfrequentie_uit_instellingen(diensten, caseload):
    with diensten.store.schrijf() as s:
        _gesprek(s, caseload["goed"], VANDAAG - timedelta(days=32))  # 4 weeks + 4 days ago
    with diensten.store.schrijf() as s:
        s.query(Gesprek).filter(Gesprek.klant_id == caseload["goed"], Gesprek.type == GesprekType.INTAKE).delete()
        _gesprek(s, caseload["goed"], VANDAAG - timedelta(days=40), GesprekType.INTAKE)
    assert sg.CONTACT_TE_LANG_GELEDEN not in codes(diensten.signalen.caseload_signalen(VANDAAG), caseload["goed"])
    diensten.instellingen.wijzig(contact_frequentie_weken=4)
    res = diensten.signalen.caseload_signalen(VANDAAG)
    (s,) = [s for s in res.van(caseload["goed"]) if s.code == sg.CONTACT_TE_LANG_GELEDEN]
    assert "4 weken" in s.uitleg


def test_ongeldige_contactfrequentie_breekt_niets(diensten, caseload):
    diensten.instellingen.wijzig(contact_frequentie_weken=9)
    assert diensten.signalen.contact_weken() == 5
    assert diensten.signalen.caseload_signalen(VANDAAG).van(caseload["laat"])


class NepDossier:
    def __init__(self, samenvattingen):
        self.data = samenvattingen
        self.aanroepen = []

    def samenvattingen(self, ids, **_opties):
        self.aanroepen.append(list(ids))
        return {i: s for i, s in self.data.items() if i in ids}


class NepWerkplan(NepDossier):
    pass


class NepCasuistiek:
    def __init__(self, laatste):
        self.laatste = laatste
        self.gevraagd = []

    def laatste_bespreking(self, adviseur):
        self.gevraagd.append(adviseur)
        return self.laatste


def test_met_dossier_werkplan_en_casuistiek(diensten, caseload):
    oud = caseload["oud"]
    dossier = NepDossier({
        oud: DossierSamenvatting(
            klant_id=oud, risico_langdurig_werkloos=False,
            instrumenten=(InstrumentSamenvatting(Instrument.IRO, Decimal("3100"), onderbouwing="x",
                                                 ingezet_op=date(2026, 10, 5)),),
        )
    })
    werkplan = NepWerkplan({
        oud: WerkplanSamenvatting(klant_id=oud, heeft_werkplan=True, concept=True,
                                  sollicitatie_data=(date(2026, 11, 1),))
    })
    casus = NepCasuistiek(date(2026, 7, 1))
    diensten.dossier, diensten.werkplan, diensten.casuistiek = dossier, werkplan, casus
    res = diensten.signalen.caseload_signalen(VANDAAG)
    assert res.onbekend == frozenset() and len(res.bronnen) == 3
    gevonden = codes(res, oud)
    assert {sg.OUDEREN_WEGING, sg.TOESTEMMING_NODIG, sg.PAWA_MOGELIJK, sg.SOLLICITATIEPLICHT,
            sg.WERKPLAN_ONVOLLEDIG, sg.BESCHIKBAARHEID_LAGER} <= gevonden
    # a klant without any dossier record: the feature exists, so "not weighed" is a fact
    assert sg.OUDEREN_WEGING not in codes(res, caseload["laat"])  # not 57+
    # one bulk call per feature, with every open dossier's id (a closed one has no signals, so
    # it is not read); casuïstiek asked once, for this adviser
    open_ids = sorted(v for k, v in caseload.items() if k != "dicht")
    assert len(dossier.aanroepen) == 1 and sorted(dossier.aanroepen[0]) == open_ids
    assert len(werkplan.aanroepen) == 1
    assert casus.gevraagd == ["Test Adviseur"]
    (s,) = res.adviseur
    assert s.code == sg.CASUISTIEK and "01-07-2026" in s.uitleg
    # casuïstiek is about the adviser: never repeated on every klant
    assert all(sg.CASUISTIEK not in codes(res, i) for i in caseload.values())


def test_casuistiek_nooit_gehad(diensten, caseload):
    diensten.casuistiek = NepCasuistiek(None)
    (s,) = diensten.signalen.caseload_signalen(VANDAAG).adviseur
    assert "Nog geen casuïstiekbespreking" in s.uitleg


def test_casuistiek_recent_geen_signaal(diensten, caseload):
    diensten.casuistiek = NepCasuistiek(date(2026, 10, 1))
    assert diensten.signalen.caseload_signalen(VANDAAG).adviseur == ()


def test_bulk_een_handvol_queries(diensten):
    """Never one query per klant: the number of statements does not grow with the caseload."""
    with diensten.store.schrijf() as s:
        for i in range(60):
            kid = _klant(s, f"K2{i:05d}", meldingsdatum=VANDAAG - timedelta(days=i * 5))
            _gesprek(s, kid, VANDAAG - timedelta(days=i))
    statements = []

    def tel(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(diensten.store.engine, "before_cursor_execute", tel)
    try:
        res = diensten.signalen.caseload_signalen(VANDAAG)
    finally:
        event.remove(diensten.store.engine, "before_cursor_execute", tel)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 4, selects
    assert sum(res.tellingen.values()) >= 1


def test_signalen_worden_niet_opgeslagen(diensten, caseload):
    from sqlalchemy import inspect

    voor = set(inspect(diensten.store.engine).get_table_names())
    diensten.signalen.caseload_signalen(VANDAAG)
    assert set(inspect(diensten.store.engine).get_table_names()) == voor
    assert not any("signa" in t for t in voor)


def test_signalen_altijd_actueel(diensten, caseload):
    """Derived on request: recording the intake removes the signal at once."""
    assert sg.INTAKE_TE_LAAT in codes(diensten.signalen.caseload_signalen(VANDAAG), caseload["laat"])
    diensten.klanten.voeg_gesprek_toe(caseload["laat"], {
        "datum": "23-11-2026", "type": "intake", "kanaal": "vestiging", "status": "gevoerd",
        "duur_minuten": "45", "notitie": "",
    })
    gevonden = codes(diensten.signalen.caseload_signalen(VANDAAG), caseload["laat"])
    assert sg.INTAKE_TE_LAAT not in gevonden and sg.CONTACT_TE_LANG_GELEDEN not in gevonden


def test_gesprekken_vandaag(diensten, caseload):
    lijst = diensten.signalen.gesprekken_op(VANDAAG)
    assert [(g.naam, g.type) for g in lijst] == [("Bert Oud", GesprekType.COACHINGSGESPREK)]
    assert diensten.signalen.gesprekken_op(VANDAAG + timedelta(days=1)) == []


def test_demo_store_signalen(demo_diensten):
    res = demo_diensten.signalen.caseload_signalen(VANDAAG)
    assert res.per_klant and sum(res.tellingen.values()) == sum(len(v) for v in res.per_klant.values())
    for lijst in res.per_klant.values():
        assert list(lijst) == sg.sorteer_signalen(lijst)
        for s in lijst:
            assert s.uitleg.endswith(".") and s.code not in res.onbekend


def test_gc_staat_na_de_berekening_weer_aan_ook_na_een_fout(diensten, caseload):
    import gc

    from werkcoach_tui.services.signalen import zonder_cyclische_gc

    assert gc.isenabled()
    diensten.signalen.caseload_signalen(VANDAAG)
    assert gc.isenabled()

    class Kapot(NepDossier):
        def samenvattingen(self, ids, **_opties):
            assert not gc.isenabled(), "paused during the bulk computation"
            raise RuntimeError("stuk")

    diensten.dossier = Kapot({})
    with pytest.raises(RuntimeError):
        diensten.signalen.caseload_signalen(VANDAAG)
    assert gc.isenabled()
    gc.disable()
    try:
        with zonder_cyclische_gc():
            pass
        assert not gc.isenabled(), "never switched on when it was off"
    finally:
        gc.enable()
