from datetime import date, timedelta

import pytest

from werkcoach_tui.models.enums import SollicitatieSoort, VrijstellingReden
from werkcoach_tui.rules.feiten import KlantFeiten, SollicitatieFeit, VrijstellingFeit
from werkcoach_tui.rules.sollicitatieplicht import (
    PERIODE_DAGEN,
    PeriodeStatus,
    laatste_gesloten_periode,
    max_einde_vrijstelling,
    periode_grenzen,
    periode_index,
    periode_status,
    perioden_voor,
    sollicitatie_perioden,
    valideer_vrijstelling,
    vereist_aantal,
    vrijgesteld_op,
)

D = date
START = D(2026, 1, 5)  # period 1: 05-01 t/m 01-02; period 2 starts 02-02
R = VrijstellingReden


def act(*dagen):
    return [SollicitatieFeit(d, SollicitatieSoort.OPEN_SOLLICITATIE) for d in dagen]


def vrij(reden, van, tot=None):
    return VrijstellingFeit(reden, van, tot)


def test_periode_van_28_dagen():
    assert PERIODE_DAGEN == 28
    assert periode_grenzen(START, 0) == (D(2026, 1, 5), D(2026, 2, 1))
    assert periode_grenzen(START, 1) == (D(2026, 2, 2), D(2026, 3, 1))


@pytest.mark.parametrize(
    "dag,index",
    [
        (D(2026, 1, 4), None),
        (D(2026, 1, 5), 0),
        (D(2026, 2, 1), 0),
        (D(2026, 2, 2), 1),  # boundary day: the period that starts that day
        (D(2026, 3, 1), 1),
        (D(2026, 3, 2), 2),
    ],
)
def test_periode_index_grensdag(dag, index):
    assert periode_index(START, dag) == index


@pytest.mark.parametrize(
    "today,status",
    [
        (D(2026, 1, 5), PeriodeStatus.OPEN),
        (D(2026, 2, 1), PeriodeStatus.OPEN),  # last day: still open
        (D(2026, 2, 2), PeriodeStatus.GESLOTEN),
    ],
)
def test_periode_status(today, status):
    assert periode_status(START, today) == status


@pytest.mark.parametrize(
    "norm,dagen,vereist",
    [
        (4, 28, 4),
        (4, 27, 3),
        (4, 21, 3),  # 7 exempt days
        (4, 20, 2),
        (4, 18, 2),  # 10 exempt days: 2.57 → 2 (rounded down)
        (4, 14, 2),
        (4, 7, 1),
        (4, 6, 0),
        (4, 0, 0),  # fully exempt
        (6, 14, 3),
        (0, 28, 0),  # an agreed norm of 0
        (4, 40, 4),  # clamped to 28 days
    ],
)
def test_vereist_aantal_naar_rato_afgerond_naar_beneden(norm, dagen, vereist):
    assert vereist_aantal(norm, dagen) == vereist


def test_activiteit_op_grensdag_telt_in_nieuwe_periode():
    p = sollicitatie_perioden(
        START, D(2026, 2, 20), act(D(2026, 1, 5), D(2026, 2, 1), D(2026, 2, 2))
    )
    assert [x.aantal for x in p] == [2, 1]
    assert [x.status for x in p] == [PeriodeStatus.GESLOTEN, PeriodeStatus.OPEN]


@pytest.mark.parametrize(
    "today,aantal_perioden,tekort",
    [
        (D(2026, 2, 1), 1, False),  # the period is still open: no shortfall yet
        (D(2026, 2, 2), 2, True),  # closed with 3 of 4
    ],
)
def test_tekort_pas_na_sluiten(today, aantal_perioden, tekort):
    p = sollicitatie_perioden(START, today, act(D(2026, 1, 6), D(2026, 1, 13), D(2026, 1, 20)))
    assert len(p) == aantal_perioden
    assert p[0].aantal == 3 and p[0].vereist == 4
    assert p[0].tekort is tekort
    assert p[0].achterstand == 1


def test_norm_gehaald_geen_tekort():
    dagen = [START + timedelta(days=n) for n in (0, 5, 10, 27)]
    p = sollicitatie_perioden(START, D(2026, 3, 1), act(*dagen))
    assert p[0].aantal == 4 and not p[0].tekort


def test_activiteiten_voor_start_tellen_niet():
    p = sollicitatie_perioden(START, D(2026, 1, 10), act(D(2026, 1, 4)))
    assert p[0].aantal == 0


def test_voor_start_geen_perioden():
    assert sollicitatie_perioden(START, D(2026, 1, 4), []) == []


@pytest.mark.parametrize(
    "vrijstelling,dagen,vereist",
    [
        (vrij(R.VAKANTIE, D(2026, 1, 5), D(2026, 1, 11)), 21, 3),
        (vrij(R.VAKANTIE, D(2026, 1, 5), D(2026, 1, 14)), 18, 2),
        (vrij(R.VAKANTIE, D(2026, 1, 1), D(2026, 1, 5)), 27, 3),  # starts before the WW
        (vrij(R.SCHOLING, D(2026, 1, 5), D(2026, 2, 1)), 0, 0),  # exactly the period
        (vrij(R.MANTELZORG, D(2025, 12, 1), D(2026, 5, 31)), 0, 0),
        (vrij(R.CRISIS, D(2026, 1, 20), None), 15, 2),  # open-ended
        (vrij(R.PROEFPLAATSING, D(2026, 2, 2), D(2026, 2, 10)), 28, 4),  # next period
    ],
)
def test_vrijstelling_deels_of_geheel(vrijstelling, dagen, vereist):
    p = sollicitatie_perioden(START, D(2026, 2, 2), [], [vrijstelling])[0]
    assert p.dagen_met_plicht == dagen
    assert p.vereist == vereist
    assert not p.tekort if vereist == 0 else p.tekort
    assert p.volledig_vrijgesteld is (dagen == 0)
    assert p.deels_vrijgesteld is (0 < dagen < 28)


def test_volledig_vrijgestelde_periode_vereist_nul_en_geen_tekort():
    p = sollicitatie_perioden(START, D(2026, 3, 1), [], [vrij(R.SCHOLING, START, D(2026, 2, 1))])
    assert p[0].vereist == 0 and not p[0].tekort
    assert p[0].redenen_zonder_plicht == ("scholing",)


def test_aow_binnen_een_jaar_geen_plicht():
    # born 19-01-1960: AOW 19-01-2027, no duty from 19-01-2026
    geboren = D(1960, 1, 19)
    p = sollicitatie_perioden(START, D(2026, 3, 10), [], geboortedatum=geboren)
    assert p[0].dagen_met_plicht == 14 and p[0].vereist == 2  # 05-01..18-01
    assert "aow_nadert" in p[0].redenen_zonder_plicht
    assert p[1].vereist == 0 and not p[1].tekort
    assert vrijgesteld_op(D(2026, 1, 18), [], geboren) is None
    assert vrijgesteld_op(D(2026, 1, 19), [], geboren) == R.AOW_NADERT


def test_aow_al_binnen_een_jaar_bij_start():
    p = sollicitatie_perioden(START, D(2026, 6, 1), [], geboortedatum=D(1959, 6, 1))
    assert all(x.vereist == 0 for x in p)
    assert not any(x.tekort for x in p)


def test_einde_ww_beperkt_perioden_en_plicht():
    p = sollicitatie_perioden(START, D(2026, 6, 1), [], ww_einde=D(2026, 1, 20))
    assert len(p) == 1
    assert p[0].dagen_met_plicht == 16 and p[0].vereist == 2
    assert "einde_ww" in p[0].redenen_zonder_plicht


def test_afgesproken_norm():
    p = sollicitatie_perioden(START, D(2026, 2, 2), act(D(2026, 1, 6), D(2026, 1, 7)), norm=2)
    assert p[0].vereist == 2 and not p[0].tekort


def test_perioden_voor_klant_en_laatste_gesloten():
    f = KlantFeiten(ww_startdatum=START, sollicitaties=act(D(2026, 1, 6)), sollicitatienorm=4)
    p = perioden_voor(f, D(2026, 3, 5))
    assert [x.nummer for x in p] == [1, 2, 3]
    laatste = laatste_gesloten_periode(p)
    assert laatste.nummer == 2 and laatste.tot == D(2026, 3, 1)
    assert perioden_voor(KlantFeiten(), D(2026, 3, 5)) == []
    assert laatste_gesloten_periode(perioden_voor(f, D(2026, 1, 10))) is None


def test_omschrijving():
    p = sollicitatie_perioden(START, D(2026, 2, 2), act(D(2026, 1, 6)))[0]
    assert p.omschrijving == (
        "Periode 1 (05-01-2026 t/m 01-02-2026): 1 van 4 sollicitatieactiviteiten"
    )


# --- valideer_vrijstelling ---------------------------------------------------------------
def test_max_einde_vrijstelling():
    assert max_einde_vrijstelling(D(2026, 1, 1)) == D(2026, 6, 30)
    assert max_einde_vrijstelling(D(2025, 8, 31)) == D(2026, 2, 27)


@pytest.mark.parametrize("reden", [R.MANTELZORG, R.CRISIS])
@pytest.mark.parametrize(
    "tot,geldig",
    [
        (D(2026, 6, 29), True),
        (D(2026, 6, 30), True),  # exactly 6 months (t/m 30-06)
        (D(2026, 7, 1), False),  # 6 months and a day
        (D(2027, 1, 1), False),
        (None, False),  # open-ended is not allowed
    ],
)
def test_mantelzorg_en_crisis_max_6_maanden(reden, tot, geldig):
    fouten = valideer_vrijstelling(reden, D(2026, 1, 1), tot)
    assert (fouten == []) is geldig
    if not geldig:
        assert "6 maanden" in fouten[0]
        assert "30-06-2026" in fouten[0]


def test_melding_noemt_reden_in_het_nederlands():
    assert "mantelzorg" in valideer_vrijstelling(R.MANTELZORG, D(2026, 1, 1), D(2026, 12, 31))[0]
    assert "persoonlijke crisis" in valideer_vrijstelling("crisis", D(2026, 1, 1), None)[0]


@pytest.mark.parametrize("reden", [R.VAKANTIE, R.SCHOLING, R.PROEFPLAATSING, R.AOW_NADERT])
def test_andere_redenen_mogen_langer(reden):
    assert valideer_vrijstelling(reden, D(2026, 1, 1), D(2027, 6, 1)) == []


def test_einde_voor_begin_geweigerd():
    fouten = valideer_vrijstelling(R.VAKANTIE, D(2026, 3, 10), D(2026, 3, 9))
    assert len(fouten) == 1
    assert "09-03-2026 ligt vóór de begindatum 10-03-2026" in fouten[0]
    assert valideer_vrijstelling(R.VAKANTIE, D(2026, 3, 10), D(2026, 3, 10)) == []


def test_begindatum_verplicht():
    assert "begindatum" in valideer_vrijstelling(R.VAKANTIE, None, None)[0]
