"""Signals: per signal the day before, on and after each limit; explanations name numbers."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from werkcoach_tui.models.enums import (
    GesprekStatus,
    GesprekType,
    Instrument,
    SollicitatieSoort,
    Urgentie,
    VrijstellingReden,
    WerkverkennerBand,
)
from werkcoach_tui.rules import signalen as sg
from werkcoach_tui.rules.feiten import (
    GesprekFeit,
    InstrumentFeit,
    KlantFeiten,
    SignaalInstellingen,
    SollicitatieFeit,
    VrijstellingFeit,
)

D = date
T = GesprekType
GEVOERD = GesprekStatus.GEVOERD
GEPLAND = GesprekStatus.GEPLAND
B = WerkverkennerBand


def g(datum, type=T.COACHINGSGESPREK, status=GEVOERD, minuten=0):
    return GesprekFeit(datum, type, status, minuten)


def signaal(feiten, today, code, instellingen=None):
    """The signal with ``code`` on ``today``, or None."""
    for s in sg.bereken_signalen(feiten, today, instellingen):
        if s.code == code:
            return s
    return None


# --- registry -------------------------------------------------------------------------
ALLE_CODES = (
    "intake_te_laat",
    "wog_aangewezen",
    "monitorgesprek_nodig",
    "pawa_mogelijk",
    "contact_te_lang_geleden",
    "sollicitatieplicht",
    "beschikbaarheid_lager",
    "passende_arbeid_verruimd",
    "einde_ww_nadert",
    "toestemming_nodig",
    "begeleidingstijd",
    "ouderen_weging",
    "werkplan_onvolledig",
    "casuistiek",
)


def test_vaste_codes():
    assert set(sg.SIGNAAL_DEFINITIES) == set(ALLE_CODES)
    assert set(sg._REGELS) == set(ALLE_CODES)
    assert len(sg.SIGNAAL_CODES) == 14


@pytest.mark.parametrize("code", ALLE_CODES)
def test_definitie_compleet(code):
    d = sg.SIGNAAL_DEFINITIES[code]
    assert d.code == code and d.titel and d.omschrijving.endswith(".")
    assert d.badge.startswith(("[!] ", "[*] ", "[i] "))
    assert d.badge.endswith(d.titel)
    assert len(d.titel) <= 25


def test_badge_leesbaar_zonder_kleur():
    assert sg.SIGNAAL_DEFINITIES["intake_te_laat"].badge == "[!] Intake te laat"
    assert sg.badge_tekst("Casuïstiek", Urgentie.LAAG) == "[i] Casuïstiek"
    assert sg.badge_tekst("X", Urgentie.MIDDEL) == "[*] X"


# --- boundaries: (day before, on, after) per limit ----------------------------------------
MELDING = D(2026, 3, 2)
START = D(2026, 1, 15)

GRENZEN = [
    # code, feiten, (before, on, after), (expected x3), sinds when present
    (
        "intake_te_laat",
        KlantFeiten(meldingsdatum=MELDING),
        (D(2026, 3, 15), D(2026, 3, 16), D(2026, 3, 17)),
        (False, False, True),
        D(2026, 3, 17),
    ),
    (
        "wog_aangewezen",  # a planned WOG counts up to and including its day
        KlantFeiten(
            werkverkenner_band=B.B25_50,
            meldingsdatum=MELDING,
            gesprekken=(g(D(2026, 3, 20), T.WERKORIENTATIEGESPREK, GEPLAND),),
        ),
        (D(2026, 3, 19), D(2026, 3, 20), D(2026, 3, 21)),
        (False, False, True),
        MELDING,
    ),
    (
        "monitorgesprek_nodig",
        KlantFeiten(ww_startdatum=START, werkverkenner_band=B.B75_100, digivaardig=True),
        (D(2026, 7, 14), D(2026, 7, 15), D(2026, 7, 16)),
        (False, True, True),
        D(2026, 7, 15),
    ),
    (
        "pawa_mogelijk",
        KlantFeiten(ww_startdatum=D(2025, 1, 15), beschikbare_uren=24),
        (D(2026, 1, 14), D(2026, 1, 15), D(2026, 1, 16)),
        (False, True, True),
        D(2026, 1, 15),
    ),
    (
        "pawa_mogelijk",  # 6 months with risk
        KlantFeiten(
            ww_startdatum=START, beschikbare_uren=24, risico_langdurig_werkloos=True
        ),
        (D(2026, 7, 14), D(2026, 7, 15), D(2026, 7, 16)),
        (False, True, True),
        D(2026, 7, 15),
    ),
    (
        "pawa_mogelijk",  # the WW end: eligible up to exactly 1 month before
        KlantFeiten(
            ww_startdatum=D(2025, 1, 15), ww_einddatum=D(2026, 6, 30), beschikbare_uren=24
        ),
        (D(2026, 5, 29), D(2026, 5, 30), D(2026, 5, 31)),
        (True, True, False),
        D(2026, 1, 15),
    ),
    (
        "contact_te_lang_geleden",
        KlantFeiten(meldingsdatum=D(2026, 1, 5), gesprekken=(g(D(2026, 3, 2)),)),
        (D(2026, 4, 5), D(2026, 4, 6), D(2026, 4, 7)),
        (False, False, True),
        D(2026, 4, 7),
    ),
    (
        "sollicitatieplicht",  # period 1: 05-01 t/m 01-02-2026
        KlantFeiten(
            ww_startdatum=D(2026, 1, 5),
            sollicitaties=tuple(
                SollicitatieFeit(d, SollicitatieSoort.REACTIE_OP_VACATURE)
                for d in (D(2026, 1, 6), D(2026, 1, 13), D(2026, 1, 20))
            ),
        ),
        (D(2026, 2, 1), D(2026, 2, 2), D(2026, 2, 3)),
        (False, True, True),
        D(2026, 2, 2),
    ),
    (
        "passende_arbeid_verruimd",
        KlantFeiten(ww_startdatum=START),
        (D(2026, 7, 14), D(2026, 7, 15), D(2026, 7, 16)),
        (False, True, True),
        D(2026, 7, 15),
    ),
    (
        "passende_arbeid_verruimd",  # WW started 30-06-2015: old rule, 12 months
        KlantFeiten(ww_startdatum=D(2015, 6, 30)),
        (D(2016, 6, 29), D(2016, 6, 30), D(2016, 7, 1)),
        (False, True, True),
        D(2016, 6, 30),
    ),
    (
        "passende_arbeid_verruimd",  # WW started 01-07-2015: new rule, 6 months
        KlantFeiten(ww_startdatum=D(2015, 7, 1)),
        (D(2015, 12, 31), D(2016, 1, 1), D(2016, 1, 2)),
        (False, True, True),
        D(2016, 1, 1),
    ),
    (
        "einde_ww_nadert",
        KlantFeiten(ww_einddatum=D(2026, 6, 30)),
        (D(2026, 3, 29), D(2026, 3, 30), D(2026, 3, 31)),
        (False, True, True),
        D(2026, 3, 30),
    ),
    (
        "begeleidingstijd",
        KlantFeiten(
            gesprekken=(g(D(2026, 2, 1), minuten=300), g(D(2026, 3, 1), minuten=60))
        ),
        (D(2026, 2, 28), D(2026, 3, 1), D(2026, 3, 2)),
        (False, True, True),
        D(2026, 3, 1),
    ),
    (
        "ouderen_weging",
        KlantFeiten(geboortedatum=D(1969, 3, 10)),
        (D(2026, 3, 9), D(2026, 3, 10), D(2026, 3, 11)),
        (False, True, True),
        D(2026, 3, 10),
    ),
    (
        "ouderen_weging",  # born 29-02: turns 57 on 28-02 in a non-leap year
        KlantFeiten(geboortedatum=D(1968, 2, 29)),
        (D(2025, 2, 27), D(2025, 2, 28), D(2025, 3, 1)),
        (False, True, True),
        D(2025, 2, 28),
    ),
    (
        "werkplan_onvolledig",
        KlantFeiten(gesprekken=(g(D(2026, 2, 10), T.WERKORIENTATIEGESPREK),)),
        (D(2026, 2, 9), D(2026, 2, 10), D(2026, 2, 11)),
        (False, False, True),
        D(2026, 2, 11),
    ),
    (
        "casuistiek",
        KlantFeiten(laatste_casuistiek=D(2026, 1, 15)),
        (D(2026, 4, 14), D(2026, 4, 15), D(2026, 4, 16)),
        (False, False, True),
        D(2026, 4, 16),
    ),
]


@pytest.mark.parametrize(
    "code,feiten,dagen,verwacht,sinds",
    GRENZEN,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(GRENZEN)],
)
def test_grensdagen(code, feiten, dagen, verwacht, sinds):
    for dag, aanwezig in zip(dagen, verwacht):
        s = signaal(feiten, dag, code)
        assert (s is not None) is aanwezig, (code, dag)
        if s is not None:
            assert s.sinds == sinds, (code, dag)
            assert s.titel == sg.SIGNAAL_DEFINITIES[code].titel


@pytest.mark.parametrize(
    "kosten,aanwezig",
    [("1999.99", False), ("2000.00", False), ("2000.01", True)],
)
def test_toestemming_grens_2000(kosten, aanwezig):
    f = KlantFeiten(instrumenten=(InstrumentFeit(Instrument.SCHOLING, Decimal(kosten)),))
    s = signaal(f, D(2026, 3, 1), "toestemming_nodig")
    assert (s is not None) is aanwezig
    if s:
        assert s.urgentie == Urgentie.HOOG and s.sinds == D(2026, 3, 1)


def test_toestemming_met_goedkeuring_geen_signaal():
    i = InstrumentFeit(
        Instrument.IRO,
        Decimal("3500"),
        goedgekeurd_door="T. Teamleider",
        goedgekeurd_op=D(2026, 2, 1),
    )
    assert signaal(KlantFeiten(instrumenten=(i,)), D(2026, 3, 1), "toestemming_nodig") is None


@pytest.mark.parametrize(
    "beschikbaar,vorige,aanwezig",
    [(31.5, 32, True), (32, 32, False), (33, 32, False), (None, 32, False), (20, None, False)],
)
def test_beschikbaarheid_lager(beschikbaar, vorige, aanwezig):
    f = KlantFeiten(beschikbare_uren=beschikbaar, uren_vorige_baan=vorige, ww_startdatum=START)
    s = signaal(f, D(2026, 2, 1), "beschikbaarheid_lager")
    assert (s is not None) is aanwezig
    if s:
        assert s.sinds == START and s.urgentie == Urgentie.HOOG


def test_beschikbaarheid_sinds_gebruikt_datum_indien_bekend():
    f = KlantFeiten(
        beschikbare_uren=20, uren_vorige_baan=32, beschikbaarheid_sinds=D(2026, 2, 3)
    )
    assert signaal(f, D(2026, 3, 1), "beschikbaarheid_lager").sinds == D(2026, 2, 3)


@pytest.mark.parametrize(
    "wijziging",
    [
        {"werkverkenner_band": B.B0_25},
        {"digivaardig": False},
        {"wog_uitgenodigd_op_oordeel": True},
    ],
)
def test_wog_criteria(wijziging):
    f = replace(KlantFeiten(meldingsdatum=MELDING), **wijziging)
    assert signaal(f, D(2026, 3, 10), "wog_aangewezen") is not None
    held = replace(f, gesprekken=(g(D(2026, 3, 5), T.WERKORIENTATIEGESPREK),))
    assert signaal(held, D(2026, 3, 10), "wog_aangewezen") is None


def test_wog_niet_bij_band_boven_50():
    f = KlantFeiten(meldingsdatum=MELDING, werkverkenner_band=B.B50_75, digivaardig=True)
    assert signaal(f, D(2026, 3, 10), "wog_aangewezen") is None


def test_pawa_niet_als_al_aangeboden():
    f = KlantFeiten(
        ww_startdatum=D(2025, 1, 15),
        beschikbare_uren=24,
        instrumenten=(InstrumentFeit(Instrument.PASSEND_WERKAANBOD, onderbouwing="x"),),
    )
    assert signaal(f, D(2026, 2, 1), "pawa_mogelijk") is None


def test_contact_instelbaar_4_weken():
    f = KlantFeiten(gesprekken=(g(D(2026, 3, 2)),))
    vier = SignaalInstellingen(contact_weken=4)
    assert signaal(f, D(2026, 3, 30), "contact_te_lang_geleden", vier) is None
    s = signaal(f, D(2026, 3, 31), "contact_te_lang_geleden", vier)
    assert s.sinds == D(2026, 3, 31) and "4 weken" in s.uitleg


@pytest.mark.parametrize("weken", [3, 6])
def test_contact_instelling_buiten_bereik(weken):
    with pytest.raises(ValueError, match="Kies 4 of 5 weken"):
        SignaalInstellingen(contact_weken=weken)


def test_contact_noemt_volgend_gesprek():
    f = KlantFeiten(gesprekken=(g(D(2026, 1, 2)), g(D(2026, 4, 20), status=GEPLAND)))
    s = signaal(f, D(2026, 4, 1), "contact_te_lang_geleden")
    assert "volgend gesprek gepland op 20-04-2026" in s.uitleg


SOLL = KlantFeiten(ww_startdatum=D(2026, 1, 5))


def test_sollicitatieplicht_volledig_vrijgesteld_geen_signaal():
    f = replace(
        SOLL,
        vrijstellingen=(
            VrijstellingFeit(VrijstellingReden.SCHOLING, D(2026, 1, 5), D(2026, 2, 1)),
        ),
    )
    assert signaal(f, D(2026, 2, 2), "sollicitatieplicht") is None


def test_sollicitatieplicht_deels_vrijgesteld_naar_rato():
    f = replace(
        SOLL,
        vrijstellingen=(
            VrijstellingFeit(VrijstellingReden.VAKANTIE, D(2026, 1, 5), D(2026, 1, 18)),
        ),
        sollicitaties=(SollicitatieFeit(D(2026, 1, 25)),),
    )
    s = signaal(f, D(2026, 2, 2), "sollicitatieplicht")
    assert "1 van 2" in s.uitleg and "naar rato van 14 van 28 dagen" in s.uitleg
    f2 = replace(f, sollicitaties=f.sollicitaties + (SollicitatieFeit(D(2026, 1, 26)),))
    assert signaal(f2, D(2026, 2, 2), "sollicitatieplicht") is None


def test_sollicitatieplicht_aow_geen_signaal():
    f = replace(SOLL, geboortedatum=D(1959, 9, 1))  # AOW 01-09-2026: exempt from 01-09-2025
    assert signaal(f, D(2026, 4, 1), "sollicitatieplicht") is None


def test_sollicitatieplicht_alleen_laatste_gesloten_periode():
    f = replace(SOLL, sollicitaties=tuple(SollicitatieFeit(D(2026, 2, d)) for d in (3, 4, 5, 6)))
    assert signaal(f, D(2026, 2, 20), "sollicitatieplicht") is not None  # period 1 short
    assert signaal(f, D(2026, 3, 2), "sollicitatieplicht") is None  # period 2 met the norm
    s = signaal(SOLL, D(2026, 3, 2), "sollicitatieplicht")
    assert "Periode 2 (02-02-2026 t/m 01-03-2026): 0 van 4" in s.uitleg
    assert s.sinds == D(2026, 3, 2)


def test_sollicitatieplicht_opgevolgd_geen_signaal():
    """Once the adviser records a follow-up for the short period, the signal is resolved."""
    assert signaal(SOLL, D(2026, 3, 2), "sollicitatieplicht") is not None
    f = replace(SOLL, opgevolgde_perioden=frozenset({D(2026, 2, 2)}))
    assert signaal(f, D(2026, 3, 2), "sollicitatieplicht") is None
    f = replace(SOLL, opgevolgde_perioden=frozenset({D(2026, 1, 5)}))  # an older period: still open
    assert signaal(f, D(2026, 3, 2), "sollicitatieplicht") is not None


def test_sollicitatieplicht_volgt_de_norm_van_het_werkplan():
    """Each period takes the norm of the werkplan in force on its first day (as the werkplan screen)."""
    drie = tuple(SollicitatieFeit(D(2026, 2, d)) for d in (3, 4, 5))
    f = replace(SOLL, sollicitaties=drie)
    assert signaal(f, D(2026, 3, 2), "sollicitatieplicht") is not None  # 3 of 4
    f = replace(f, sollicitatienormen=((D(2026, 1, 20), 3),))
    assert signaal(f, D(2026, 3, 2), "sollicitatieplicht") is None  # norm 3 from 20-01: met


def test_sollicitatieplicht_alleen_het_venster_telt():
    """Only the activities of the last closed period decide: a bulk reader may pass just those."""
    from werkcoach_tui.rules.sollicitatieplicht import laatste_gesloten_periode_grenzen

    alle = tuple(SollicitatieFeit(D(2026, 1, 5) + timedelta(days=n)) for n in range(0, 120, 9))
    f = replace(SOLL, sollicitaties=alle)
    for dag in (D(2026, 1, 30), D(2026, 2, 2), D(2026, 3, 1), D(2026, 3, 2), D(2026, 4, 27), D(2026, 5, 1)):
        grenzen = laatste_gesloten_periode_grenzen(f.ww_startdatum, dag)
        venster = tuple(x for x in alle if grenzen and grenzen[0] <= x.datum <= grenzen[1])
        assert signaal(f, dag, "sollicitatieplicht") == signaal(replace(f, sollicitaties=venster), dag,
                                                               "sollicitatieplicht")


@pytest.mark.parametrize(
    "today,urgentie",
    [
        (D(2026, 3, 30), Urgentie.MIDDEL),
        (D(2026, 5, 29), Urgentie.MIDDEL),
        (D(2026, 5, 30), Urgentie.HOOG),  # 1 month before the end
        (D(2026, 6, 30), Urgentie.HOOG),
        (D(2026, 7, 1), Urgentie.HOOG),  # ended, handover still not arranged
    ],
)
def test_einde_ww_urgentie(today, urgentie):
    s = signaal(KlantFeiten(ww_einddatum=D(2026, 6, 30)), today, "einde_ww_nadert")
    assert s.urgentie == urgentie
    assert "gemeente" in s.uitleg


def test_einde_ww_warme_overdracht_geregeld():
    f = KlantFeiten(ww_einddatum=D(2026, 6, 30), warme_overdracht_gepland=True)
    assert signaal(f, D(2026, 6, 1), "einde_ww_nadert") is None


def test_passende_arbeid_niet_meer_na_einde_ww():
    f = KlantFeiten(ww_startdatum=START, ww_einddatum=D(2026, 12, 31))
    assert signaal(f, D(2026, 12, 31), "passende_arbeid_verruimd") is not None
    assert signaal(f, D(2027, 1, 1), "passende_arbeid_verruimd") is None


def test_begeleidingstijd_met_resultaat_geen_signaal():
    f = KlantFeiten(gesprekken=(g(D(2026, 2, 1), minuten=400),), resultaat_behaald=True)
    assert signaal(f, D(2026, 3, 1), "begeleidingstijd") is None


def test_ouderen_gewogen_geen_signaal():
    f = KlantFeiten(geboortedatum=D(1960, 1, 1), arbeidsmarktkansen_gewogen=True)
    assert signaal(f, D(2026, 3, 1), "ouderen_weging") is None


def test_ouderen_sinds_is_begin_dienstverlening_als_later():
    f = KlantFeiten(geboortedatum=D(1960, 1, 1), meldingsdatum=D(2026, 2, 1))
    assert signaal(f, D(2026, 3, 1), "ouderen_weging").sinds == D(2026, 2, 1)


WOG = (g(D(2026, 2, 10), T.WERKORIENTATIEGESPREK),)
COMPLEET = KlantFeiten(
    gesprekken=WOG,
    werkplan_concept=True,
    werkplan_vastgesteld_op=D(2026, 2, 10),
    werkplan_onderbouwing=True,
    instrumenten=(InstrumentFeit(Instrument.SCHOLING, onderbouwing="Vraag naar heftruck"),),
)


@pytest.mark.parametrize(
    "wijziging,tekst",
    [
        ({}, None),
        ({"werkplan_vastgesteld_op": None}, "nog concept"),
        ({"werkplan_vastgesteld_op": None, "werkplan_concept": False}, "nog geen werkplan"),
        ({"werkplan_onderbouwing": False}, "onderbouwing ontbreekt"),
        (
            {"instrumenten": (InstrumentFeit(Instrument.SCHOLING), InstrumentFeit(Instrument.IRO))},
            "2 instrumenten zonder onderbouwing",
        ),
    ],
)
def test_werkplan_onvolledig(wijziging, tekst):
    s = signaal(replace(COMPLEET, **wijziging), D(2026, 3, 1), "werkplan_onvolledig")
    if tekst is None:
        assert s is None
    else:
        assert tekst in s.uitleg and "10-02-2026" in s.uitleg


def test_werkplan_niet_zonder_wog():
    assert signaal(KlantFeiten(), D(2026, 3, 1), "werkplan_onvolledig") is None


@pytest.mark.parametrize(
    "laatste,nooit,aanwezig",
    [(None, False, False), (None, True, True), (D(2026, 2, 1), True, False)],
)
def test_casuistiek_alleen_als_bekend_of_nooit(laatste, nooit, aanwezig):
    f = KlantFeiten(laatste_casuistiek=laatste, casuistiek_nooit=nooit)
    s = signaal(f, D(2026, 3, 1), "casuistiek")
    assert (s is not None) is aanwezig
    if s:
        assert s.sinds == D(2026, 3, 1) and s.urgentie == Urgentie.LAAG


def test_casuistiek_kwartaal_maandeinde():
    # 30-11 + 3 months = 28-02 (clamped); overdue from 01-03
    assert sg.casuistiek_signaal(D(2025, 11, 30), False, D(2026, 2, 28)) is None
    assert sg.casuistiek_signaal(D(2025, 11, 30), False, D(2026, 3, 1)).sinds == D(2026, 3, 1)


# --- every explanation names its rule's numbers --------------------------------------------
VOL = KlantFeiten(
    geboortedatum=D(1967, 5, 5),
    meldingsdatum=D(2025, 1, 1),
    ww_startdatum=D(2025, 1, 1),
    ww_einddatum=D(2026, 3, 31),
    uren_vorige_baan=32,
    beschikbare_uren=24,
    werkverkenner_band=B.B0_25,
    gesprekken=(g(D(2025, 6, 1), T.COACHINGSGESPREK, minuten=400),),
    instrumenten=(InstrumentFeit(Instrument.IRO, Decimal("2500"), onderbouwing="x"),),
    laatste_casuistiek=D(2025, 6, 1),
)
MON = KlantFeiten(ww_startdatum=D(2025, 1, 1), werkverkenner_band=B.B75_100, digivaardig=True)
WP = KlantFeiten(gesprekken=(g(D(2026, 1, 5), T.WERKORIENTATIEGESPREK),))

NUMMERS = {
    "intake_te_laat": (VOL, ["2 weken", "01-01-2025", "15-01-2025"]),
    "wog_aangewezen": (VOL, ["50 %", "0–25 %"]),
    "monitorgesprek_nodig": (MON, ["6 maanden", "12 maanden"]),
    "pawa_mogelijk": (
        VOL,
        ["12 maanden", "minimaal 12", "6 bij risico", "12 uur", "24 uur", "2 vacatures"],
    ),
    "contact_te_lang_geleden": (VOL, ["5 weken", "01-06-2025"]),
    "sollicitatieplicht": (VOL, ["0 van 4", "norm 4 per 4 weken"]),
    "beschikbaarheid_lager": (VOL, ["24 uur", "32 uur"]),
    "passende_arbeid_verruimd": (VOL, ["6 maanden", "3 uur", "01-07-2025"]),
    "einde_ww_nadert": (VOL, ["31-03-2026", "3 maanden", "gemeente"]),
    "toestemming_nodig": (VOL, ["€ 2.000", "€ 2.500,00"]),
    "begeleidingstijd": (VOL, ["6 uur", "6,7 uur", "2,5–4 uur"]),
    "ouderen_weging": (VOL, ["58 jaar", "57+"]),
    "werkplan_onvolledig": (WP, ["05-01-2026"]),
    "casuistiek": (VOL, ["3 maanden", "01-06-2025", "kwartaal"]),
}
NU = D(2026, 1, 15)


def test_nummers_dekken_alle_codes():
    assert set(NUMMERS) == set(ALLE_CODES)


@pytest.mark.parametrize("code", ALLE_CODES)
def test_uitleg_noemt_de_getallen(code):
    feiten, delen = NUMMERS[code]
    s = signaal(feiten, NU, code)
    assert s is not None, code
    for deel in delen:
        assert deel in s.uitleg, (code, deel, s.uitleg)
    assert "\n" not in s.uitleg and s.uitleg.endswith(".")


def test_alle_signalen_tegelijk_gesorteerd():
    lijst = sg.bereken_signalen(VOL, NU)
    codes = {s.code for s in lijst}
    assert codes == set(ALLE_CODES) - {"monitorgesprek_nodig", "werkplan_onvolledig"}
    volgorde = [(sg.URGENTIE_VOLGORDE[s.urgentie], s.sinds) for s in lijst]
    assert volgorde == sorted(volgorde)
    assert lijst[0].urgentie == Urgentie.HOOG and lijst[-1].urgentie == Urgentie.LAAG


def test_uitgestroomd_geen_signalen():
    assert sg.bereken_signalen(replace(VOL, uitgestroomd=True), NU) == []


def test_lege_feiten_geen_signalen():
    assert sg.bereken_signalen(KlantFeiten(), NU) == []


def test_uitgeschakelde_signalen():
    inst = SignaalInstellingen(uitgeschakeld={"casuistiek", "intake_te_laat"})
    codes = {s.code for s in sg.bereken_signalen(VOL, NU, inst)}
    assert "casuistiek" not in codes and "intake_te_laat" not in codes
    assert "toestemming_nodig" in codes


def test_sorteer_signalen():
    a = sg.Signaal("b", "B", "x.", Urgentie.LAAG, D(2026, 1, 1))
    b = sg.Signaal("a", "A", "x.", Urgentie.HOOG, D(2026, 3, 1))
    c = sg.Signaal("c", "C", "x.", Urgentie.HOOG, D(2026, 2, 1))
    d = sg.Signaal("a", "A", "x.", Urgentie.MIDDEL, D(2026, 2, 1))
    assert sg.sorteer_signalen([a, b, c, d]) == [c, b, d, a]
    assert b.badge == "[!] A"


def test_signalen_hangen_niet_af_van_de_klok():
    """Same facts, same day: same signals (no clock reads)."""
    assert sg.bereken_signalen(VOL, NU) == sg.bereken_signalen(VOL, NU)


def test_uitleg_wordt_gemaakt_als_hij_gelezen_wordt():
    """The rules decide; the explanation text is made when first read, once, and the signal
    behaves as a frozen value (equal, hashable, picklable, immutable)."""
    import pickle
    from dataclasses import FrozenInstanceError

    gemaakt = []

    def tekst(maanden):
        gemaakt.append(1)
        return f"Uitleg met {maanden} maanden."

    s = sg.Signaal("pawa_mogelijk", "PaWa mogelijk", tekst, Urgentie.MIDDEL, D(2026, 1, 1), (12,))
    assert gemaakt == [] and s.badge == "[*] PaWa mogelijk"
    assert s.uitleg == "Uitleg met 12 maanden." and s.uitleg == "Uitleg met 12 maanden."
    assert gemaakt == [1]
    t = sg.Signaal("pawa_mogelijk", "PaWa mogelijk", "Uitleg met 12 maanden.", Urgentie.MIDDEL, D(2026, 1, 1))
    assert s == t and hash(s) == hash(t) and len({s, t}) == 1
    assert s != sg.Signaal("pawa_mogelijk", "PaWa mogelijk", "anders", Urgentie.MIDDEL, D(2026, 1, 1))
    assert pickle.loads(pickle.dumps(sg.Signaal("x", "X", lambda: "lui", Urgentie.LAAG, NU))).uitleg == "lui"
    assert "uitleg='Uitleg met 12 maanden.'" in repr(s)
    with pytest.raises(FrozenInstanceError):
        s.code = "iets anders"
    # every rule's text is still there when read
    for signaal in sg.bereken_signalen(VOL, NU):
        assert signaal.uitleg.endswith(".") and len(signaal.uitleg) > 20
