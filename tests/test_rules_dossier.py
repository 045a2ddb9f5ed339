"""Completeness per step of methodisch handelen, with the edges the issue names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from werkcoach_tui.models.enums import MethodeStap
from werkcoach_tui.rules import dossier as r
from werkcoach_tui.rules.passende_arbeid import ALLE_ARBEID, EIGEN_NIVEAU, LAGER_NIVEAU, passende_arbeid
from werkcoach_tui.screens.gesprekswijzer import klantregels
from werkcoach_tui.services.dossier import centen_tekst, euro_naar_centen
from werkcoach_tui.services.validatie import Invoerfout

VANDAAG = date(2026, 11, 23)

BEELD_VOL = {
    "werkervaring": "10 jaar magazijn",
    "competenties": ["nauwkeurig"],
    "belemmeringen": ["geen"],
    "wensberoepen": ["magazijnmedewerker"],
    "regio": "Twente",
    "max_reistijd_minuten": 45,
    "vervoer": "fiets",
    "netwerk": "familie in de logistiek",
    "zoekgedrag": "reageert op vacatures",
}


def feiten(**kw) -> r.DossierFeiten:
    basis = dict(opleidingsniveau="mbo2", beschikbare_uren=32.0, werkverkenner_band="25-50", digivaardig=True)
    basis.update(kw)
    return r.DossierFeiten(**basis)


def test_lege_beeldvorming_noemt_alle_elf_punten():
    v = r.volledigheid(r.DossierFeiten(), MethodeStap.BEELDVORMING, VANDAAG)
    assert (v.gedaan, v.totaal) == (0, 11)
    assert v.teller == "0/11"
    assert len(v.ontbreekt) == 11
    assert any("uren, regio, maximale reistijd" in p for p in v.ontbreekt)


def test_volle_beeldvorming_is_compleet_en_ontbrekende_informatie_blijft_open_punt():
    v = r.volledigheid(feiten(velden=dict(BEELD_VOL)), MethodeStap.BEELDVORMING, VANDAAG)
    assert v.compleet and v.teller == "11/11" and v.ontbreekt == ()
    met_vraag = dict(BEELD_VOL, ontbrekende_informatie=["diploma heftruck opvragen", "  "])
    v = r.volledigheid(feiten(velden=met_vraag), MethodeStap.BEELDVORMING, VANDAAG)
    assert v.teller == "11/11"
    assert v.ontbreekt == ("Nog uitzoeken: diploma heftruck opvragen",)


def test_reistijd_nul_telt_als_ingevuld_maar_leeg_niet():
    velden = dict(BEELD_VOL, max_reistijd_minuten=0)
    assert r.volledigheid(feiten(velden=velden), MethodeStap.BEELDVORMING, VANDAAG).compleet
    velden["max_reistijd_minuten"] = None
    v = r.volledigheid(feiten(velden=velden), MethodeStap.BEELDVORMING, VANDAAG)
    assert v.ontbreekt == ("Beschikbaarheid: maximale reistijd ontbreekt.",)


def test_werkverkenner_niet_ingevuld_en_niet_digivaardig():
    velden = dict(BEELD_VOL)
    v = r.volledigheid(feiten(velden=velden, werkverkenner_band=None, digivaardig=False), MethodeStap.BEELDVORMING, VANDAAG)
    assert v.teller == "9/11"
    velden.update(werkverkenner_niet_ingevuld=True, digivaardigheid="kan mailen, geen Werkmap")
    v = r.volledigheid(feiten(velden=velden, werkverkenner_band=None, digivaardig=False), MethodeStap.BEELDVORMING, VANDAAG)
    assert v.compleet


def test_lijst_met_alleen_spaties_is_leeg():
    assert not r.gevuld(["", "  "])
    assert r.gevuld(["x"]) and r.gevuld(0) and not r.gevuld(False) and not r.gevuld(None)


OORDEEL_VOL = {
    "zelfredzaam": "deels", "zelfredzaam_toelichting": "solliciteert breed", "afstand_arbeidsmarkt": "middel",
    "dienstverleningsdoel": "werk_fit_blijven", "bevorderend_beinvloedbaar": ["motivatie"],
    "belemmerend_niet_beinvloedbaar": ["leeftijd"], "visie_werkcoach": "cursus nodig", "visie_klant": "wil cursus",
}


def test_dag_dat_klant_57_wordt_maakt_weging_verplicht():
    geboren = date(1969, 11, 23)
    dag_ervoor = r.volledigheid(feiten(velden=OORDEEL_VOL, geboortedatum=geboren), MethodeStap.OORDEELSVORMING,
                                date(2026, 11, 22))
    assert dag_ervoor.compleet and dag_ervoor.teller == "8/8"
    op_de_dag = r.volledigheid(feiten(velden=OORDEEL_VOL, geboortedatum=geboren), MethodeStap.OORDEELSVORMING,
                               date(2026, 11, 23))
    assert op_de_dag.teller == "8/9"
    assert "57+" in op_de_dag.ontbreekt[0]
    alleen_vink = dict(OORDEEL_VOL, arbeidsmarktkansen_gewogen=True)
    assert not r.volledigheid(feiten(velden=alleen_vink, geboortedatum=geboren), MethodeStap.OORDEELSVORMING,
                              date(2026, 11, 23)).compleet
    gewogen = dict(alleen_vink, arbeidsmarktkansen_toelichting="kansen in de zorg gewogen")
    assert r.volledigheid(feiten(velden=gewogen, geboortedatum=geboren), MethodeStap.OORDEELSVORMING,
                          date(2026, 11, 23)).compleet


def test_visie_werkcoach_verplicht_en_verschil_vraagt_waarom():
    zonder = dict(OORDEEL_VOL, visie_werkcoach="  ")
    v = r.volledigheid(feiten(velden=zonder), MethodeStap.OORDEELSVORMING, VANDAAG)
    assert "De visie van de werkcoach ontbreekt (verplicht)." in v.ontbreekt
    verschil = dict(OORDEEL_VOL, visies_verschillen=True)
    v = r.volledigheid(feiten(velden=verschil), MethodeStap.OORDEELSVORMING, VANDAAG)
    assert v.teller == "8/9" and "zwaarder weegt" in v.ontbreekt[0]
    wog = dict(OORDEEL_VOL, wog_op_oordeel=True)
    assert r.volledigheid(feiten(velden=wog), MethodeStap.OORDEELSVORMING, VANDAAG).ontbreekt == (
        "WOG op oordeel van de werkcoach: noteer de reden.",)


def instrument(kosten: str, **kw) -> r.InstrumentRegel:
    basis = dict(label="IRO", kosten=Decimal(kosten), vraag_werkgevers="vacatures zorg",
                 geschiktheid_klant="ervaring", bijdrage_instrument="begeleiding")
    basis.update(kw)
    return r.InstrumentRegel(**basis)


@pytest.mark.parametrize("bedragen, nodig", [
    (["2000.00"], False),
    (["2000.01"], True),
    (["1000.00", "1000.00"], False),
    (["1000.00", "1000.01"], True),
])
def test_budgetgrens_precies_2000_en_een_cent_erboven(bedragen, nodig):
    instrumenten = tuple(instrument(b) for b in bedragen)
    velden = {"dienstverlening": "persoonlijk"}
    v = r.volledigheid(feiten(velden=velden, instrumenten=instrumenten, aantal_afspraken=1), MethodeStap.BESLUITEN,
                       VANDAAG)
    assert v.compleet is not nodig
    assert any("Toestemming nodig" in p for p in v.ontbreekt) is nodig
    assert r.toestemming_status(instrumenten, None, None) == ("toestemming nodig" if nodig else "")
    if nodig:
        assert r.toestemming_status(instrumenten, "teamleider", "2026-11-20") == "toestemming gegeven"
        velden = dict(velden, toestemming_door="teamleider", toestemming_op="2026-11-20")
        assert r.volledigheid(feiten(velden=velden, instrumenten=instrumenten, aantal_afspraken=1),
                              MethodeStap.BESLUITEN, VANDAAG).compleet


def test_onderbouwing_noemt_welke_delen_ontbreken():
    i = instrument("650", label="Korte cursus / certificaat", vraag_werkgevers="", bijdrage_instrument=" ")
    v = r.volledigheid(feiten(velden={"dienstverlening": "x"}, instrumenten=(i,), aantal_afspraken=1),
                       MethodeStap.BESLUITEN, VANDAAG)
    assert v.teller == "3/4"
    assert v.ontbreekt == ("Onderbouwing van 'Korte cursus / certificaat': de vraag van werkgevers, "
                           "wat het instrument bijdraagt ontbreekt.",)


def test_besluiten_zonder_instrument_vraagt_keuze_of_geen():
    v = r.volledigheid(feiten(velden={"dienstverlening": "digitaal"}, aantal_afspraken=1), MethodeStap.BESLUITEN, VANDAAG)
    assert v.teller == "2/3"
    v = r.volledigheid(feiten(velden={"dienstverlening": "digitaal", "geen_instrumenten": True}, aantal_afspraken=1),
                       MethodeStap.BESLUITEN, VANDAAG)
    assert v.compleet


def test_uitvoeren_contact_evaluatie_en_sluiten():
    v = r.volledigheid(feiten(aantal_afspraken=2), MethodeStap.UITVOEREN, VANDAAG)
    assert v.teller == "1/4"
    vol = feiten(aantal_afspraken=2, contacten_in_ronde=1, velden={"evaluatie": "werk gevonden", "doel_bereikt": "ja"})
    assert r.volledigheid(vol, MethodeStap.UITVOEREN, VANDAAG).compleet
    sluit = feiten(aantal_afspraken=2, contacten_in_ronde=1, sluiten=True,
                   velden={"evaluatie": "werk gevonden", "doel_bereikt": "ja"})
    assert r.volledigheid(sluit, MethodeStap.UITVOEREN, VANDAAG).ontbreekt == (
        "Kies een uitstroomreden om het dossier af te sluiten.",)


def test_alle_stappen_en_afgesloten_stap():
    alle = r.alle_stappen(r.DossierFeiten(), VANDAAG)
    assert list(alle) == list(r.STAPPEN)
    assert r.volledigheid(r.DossierFeiten(), MethodeStap.AFGESLOTEN, VANDAAG).totaal == 0


def test_velden_horen_bij_een_stap_en_beeld_gaat_mee():
    assert set(r.BEELD_VELDEN) <= set(r.VELDEN)
    assert "visie_werkcoach" not in r.BEELD_VELDEN and "wensberoepen" in r.BEELD_VELDEN


# -- passende arbeid as the dossier shows it (rules/passende_arbeid reused) -----------------
def test_passende_arbeid_precies_zes_maanden():
    start = date(2026, 5, 23)
    assert passende_arbeid(start, date(2026, 11, 22)).fase == EIGEN_NIVEAU
    assert passende_arbeid(start, date(2026, 11, 23)).fase == ALLE_ARBEID
    regels_ = klantregels(MethodeStap.OORDEELSVORMING, today=date(2026, 11, 23), geboortedatum=None,
                          ww_start=start, digivaardig=True, band_bovengrens=75)
    assert "Alle arbeid is passend sinds 23-11-2026" in regels_[0]


def test_ww_start_30_juni_2015_tegenover_1_juli_2015():
    dag = date(2016, 1, 1)
    assert passende_arbeid(date(2015, 6, 30), dag).fase == LAGER_NIVEAU
    assert passende_arbeid(date(2015, 7, 1), dag).fase == ALLE_ARBEID
    oud = klantregels(MethodeStap.OORDEELSVORMING, today=dag, geboortedatum=None, ww_start=date(2015, 6, 30),
                      digivaardig=True, band_bovengrens=None)
    assert "oude regeling" in oud[0]


def test_gesprekswijzer_noemt_57_plus_en_wog_redenen():
    r57 = klantregels(MethodeStap.OORDEELSVORMING, today=date(2026, 11, 23), geboortedatum=date(1969, 11, 23),
                      ww_start=None, digivaardig=True, band_bovengrens=None)
    assert any("57+" in x for x in r57)
    beeld = klantregels(MethodeStap.BEELDVORMING, today=VANDAAG, geboortedatum=None, ww_start=None,
                        digivaardig=False, band_bovengrens=50)
    assert len(beeld) == 2


# -- money as typed ----------------------------------------------------------------------------
@pytest.mark.parametrize("tekst, centen", [
    ("2000", 200000), ("2.000", 200000), ("2.000,00", 200000), ("2.000,01", 200001), ("€ 650", 65000),
    ("1250.50", 125050), ("", 0),
])
def test_bedragen(tekst, centen):
    assert euro_naar_centen(tekst) == centen


@pytest.mark.parametrize("tekst", ["-5", "abc", "1,234", "9999999"])
def test_foute_bedragen_geven_nederlandse_melding(tekst):
    with pytest.raises(Invoerfout):
        euro_naar_centen(tekst)


def test_centen_tekst():
    assert centen_tekst(125050) == "1250,50" and centen_tekst(60000) == "600"


def test_dossier_constanten_vastgepind():
    from werkcoach_tui import constants as c

    assert 0 < c.DOSSIER_AUTOSAVE_SECONDEN <= 1  # the issue: at most the last second is lost
    assert c.WERKVERKENNER_FACTOREN_STANDAARD == (
        "Leeftijd", "Arbeidsverleden", "Opleiding", "Zoekintentie", "Vertrouwen in het vinden van werk",
        "Ervaren gezondheid", "Motivatie",
    )
