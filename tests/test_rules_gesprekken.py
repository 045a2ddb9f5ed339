from dataclasses import replace
from datetime import date

import pytest

from werkcoach_tui.models.enums import GesprekStatus, GesprekType, WerkverkennerBand
from werkcoach_tui.rules import gesprekken as gs
from werkcoach_tui.rules.feiten import GesprekFeit, KlantFeiten

D = date
T = GesprekType
GEVOERD = GesprekStatus.GEVOERD
GEPLAND = GesprekStatus.GEPLAND
MELDING = D(2026, 3, 2)  # intake term t/m 16-03-2026


def g(datum, type=T.COACHINGSGESPREK, status=GEVOERD, minuten=0):
    return GesprekFeit(datum, type, status, minuten)


def test_intake_deadline_twee_weken():
    assert gs.intake_deadline(MELDING) == D(2026, 3, 16)


@pytest.mark.parametrize(
    "gesprekken,today,sinds",
    [
        ([], D(2026, 3, 15), None),
        ([], D(2026, 3, 16), None),  # last day of the term
        ([], D(2026, 3, 17), D(2026, 3, 17)),  # late from the day after
        ([], D(2026, 4, 30), D(2026, 3, 17)),
        ([g(D(2026, 3, 10), T.INTAKE)], D(2026, 3, 20), None),
        ([g(D(2026, 3, 16), T.INTAKE)], D(2026, 3, 20), None),
        ([g(D(2026, 3, 20), T.INTAKE)], D(2026, 3, 25), None),  # held late: nothing left to do
        ([g(D(2026, 3, 20), T.INTAKE)], D(2026, 3, 18), D(2026, 3, 17)),  # "held" in future
        ([g(D(2026, 3, 16), T.INTAKE, GEPLAND)], D(2026, 3, 17), None),  # planned in the term
        ([g(D(2026, 3, 17), T.INTAKE, GEPLAND)], D(2026, 3, 17), D(2026, 3, 17)),  # after it
        ([g(D(2026, 3, 10), T.COACHINGSGESPREK)], D(2026, 3, 17), D(2026, 3, 17)),
    ],
)
def test_intake_te_laat_sinds(gesprekken, today, sinds):
    assert gs.intake_te_laat_sinds(MELDING, gesprekken, today) == sinds


def test_intake_zonder_melding():
    assert gs.intake_te_laat_sinds(None, [], D(2030, 1, 1)) is None


B = WerkverkennerBand


@pytest.mark.parametrize(
    "band,digivaardig,oordeel,verwacht",
    [
        (B.B0_25, True, False, True),
        (B.B25_50, True, False, True),  # up to and including 50 %
        (B.B50_75, True, False, False),
        (B.B75_100, True, False, False),
        (None, True, False, False),  # not filled in (about 30 %)
        (B.B75_100, False, False, True),  # niet-digivaardig: always
        (None, None, False, False),  # unknown digital skills are not "niet"
        (B.B75_100, True, True, True),  # the adviser's judgement
        ("25-50", None, False, True),
    ],
)
def test_wog_criterium(band, digivaardig, oordeel, verwacht):
    assert gs.wog_criterium(band, digivaardig, oordeel) is verwacht


@pytest.mark.parametrize(
    "gesprekken,today,verwacht",
    [
        ([], D(2026, 4, 1), True),
        ([g(D(2026, 3, 20), T.WERKORIENTATIEGESPREK)], D(2026, 4, 1), False),
        ([g(D(2026, 4, 10), T.WERKORIENTATIEGESPREK, GEPLAND)], D(2026, 4, 9), False),
        ([g(D(2026, 4, 10), T.WERKORIENTATIEGESPREK, GEPLAND)], D(2026, 4, 10), False),
        ([g(D(2026, 4, 10), T.WERKORIENTATIEGESPREK, GEPLAND)], D(2026, 4, 11), True),
        ([g(D(2026, 3, 20), T.MONITORGESPREK)], D(2026, 4, 1), True),
    ],
)
def test_wog_aangewezen(gesprekken, today, verwacht):
    f = KlantFeiten(werkverkenner_band=B.B0_25, gesprekken=gesprekken)
    assert gs.wog_aangewezen(f, today) is verwacht


MONITOR = KlantFeiten(
    ww_startdatum=D(2026, 1, 15), werkverkenner_band=B.B75_100, digivaardig=True
)


@pytest.mark.parametrize(
    "today,sinds",
    [
        (D(2026, 7, 14), None),
        (D(2026, 7, 15), D(2026, 7, 15)),  # exactly 6 months
        (D(2026, 7, 16), D(2026, 7, 15)),
    ],
)
def test_monitorgesprek_na_6_maanden(today, sinds):
    assert gs.monitorgesprek_vanaf(D(2026, 1, 15)) == D(2026, 7, 15)
    assert gs.monitorgesprek_nodig_sinds(MONITOR, today) == sinds


@pytest.mark.parametrize(
    "wijziging",
    [
        {"gesprekken": (g(D(2026, 7, 1), T.MONITORGESPREK),)},
        {"gesprekken": (g(D(2026, 8, 1), T.MONITORGESPREK, GEPLAND),)},
        {"gesprekken": (g(D(2026, 2, 1), T.WERKORIENTATIEGESPREK),)},  # was invited
        {"werkverkenner_band": B.B25_50},
        {"digivaardig": False},
        {"wog_uitgenodigd_op_oordeel": True},
        {"ww_startdatum": None},
    ],
)
def test_geen_monitorgesprek_nodig(wijziging):
    assert gs.monitorgesprek_nodig_sinds(replace(MONITOR, **wijziging), D(2026, 9, 1)) is None


def test_monitor_zonder_werkverkenner():
    f = replace(MONITOR, werkverkenner_band=None, digivaardig=None)
    assert gs.monitorgesprek_nodig_sinds(f, D(2026, 9, 1)) == D(2026, 7, 15)


def test_laatste_en_volgend_gesprek():
    lijst = [
        g(D(2026, 3, 1)),
        g(D(2026, 3, 20)),
        g(D(2026, 4, 20)),  # "held" in the future: ignored
        g(D(2026, 3, 25), status=GEPLAND),
        g(D(2026, 5, 1), status=GEPLAND),
    ]
    assert gs.laatste_contact(lijst, D(2026, 4, 1)) == D(2026, 3, 20)
    assert gs.laatste_contact([], D(2026, 4, 1)) is None
    assert gs.volgend_gesprek(lijst, D(2026, 4, 1)) == D(2026, 5, 1)
    assert gs.volgend_gesprek(lijst, D(2026, 3, 25)) == D(2026, 3, 25)


CONTACT = KlantFeiten(meldingsdatum=D(2026, 1, 5), gesprekken=(g(D(2026, 3, 2)),))


@pytest.mark.parametrize(
    "weken,today,sinds",
    [
        (5, D(2026, 4, 5), None),
        (5, D(2026, 4, 6), None),  # exactly 5 weeks: still in time
        (5, D(2026, 4, 7), D(2026, 4, 7)),
        (4, D(2026, 3, 30), None),  # exactly 4 weeks
        (4, D(2026, 3, 31), D(2026, 3, 31)),
    ],
)
def test_contact_te_lang_geleden(weken, today, sinds):
    assert gs.contact_te_lang_geleden_sinds(CONTACT, today, weken) == sinds


def test_contact_zonder_gesprek_vanaf_melding():
    f = KlantFeiten(meldingsdatum=D(2026, 1, 5))
    assert gs.contact_te_lang_geleden_sinds(f, D(2026, 2, 9), 5) is None
    assert gs.contact_te_lang_geleden_sinds(f, D(2026, 2, 10), 5) == D(2026, 2, 10)
    assert gs.contact_te_lang_geleden_sinds(KlantFeiten(), D(2026, 2, 10), 5) is None


def test_begeleidingstijd_telt_alleen_gevoerde_gesprekken_tot_vandaag():
    lijst = [
        g(D(2026, 1, 10), minuten=90),
        g(D(2026, 2, 10), minuten=60),
        g(D(2026, 2, 20), status=GEPLAND, minuten=60),
        g(D(2026, 5, 1), minuten=60),
    ]
    assert gs.begeleidingstijd_minuten(lijst, D(2026, 3, 1)) == 150
    assert gs.begeleidingstijd_uren(lijst, D(2026, 3, 1)) == 2.5


@pytest.mark.parametrize(
    "uren,resultaat,status",
    [
        (0, False, gs.NormtijdStatus.ONDER),
        (2.49, False, gs.NormtijdStatus.ONDER),
        (2.5, False, gs.NormtijdStatus.BINNEN),
        (4.0, False, gs.NormtijdStatus.BINNEN),
        (4.01, False, gs.NormtijdStatus.BOVEN),
        (5.99, False, gs.NormtijdStatus.BOVEN),
        (6.0, False, gs.NormtijdStatus.ZONDER_RESULTAAT),
        (6.0, True, gs.NormtijdStatus.BOVEN),
    ],
)
def test_normtijd_status(uren, resultaat, status):
    assert gs.normtijd_status(uren, resultaat) == status


def test_zes_uur_bereikt_op():
    lijst = [g(D(2026, 1, 10), minuten=180), g(D(2026, 2, 10), minuten=179)]
    assert gs.zes_uur_bereikt_op(lijst, D(2026, 3, 1)) is None
    lijst.append(g(D(2026, 2, 20), minuten=1))
    assert gs.zes_uur_bereikt_op(lijst, D(2026, 3, 1)) == D(2026, 2, 20)


def test_negatieve_duur_geweigerd():
    with pytest.raises(ValueError, match="negatief"):
        g(D(2026, 1, 1), minuten=-5)
