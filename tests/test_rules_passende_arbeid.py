from datetime import date

import pytest

from werkcoach_tui.rules.passende_arbeid import (
    ALLE_ARBEID,
    EIGEN_NIVEAU,
    LAGER_NIVEAU,
    REGELING_NIEUW,
    REGELING_OUD,
    nieuwe_regeling,
    passende_arbeid,
    verruimd_op,
)

D = date


@pytest.mark.parametrize(
    "start,today,fase,reistijd",
    [
        # new rule: the 6-month point is start + 6 calendar months; on that day all work
        (D(2026, 1, 15), D(2026, 1, 15), EIGEN_NIVEAU, 2),
        (D(2026, 1, 15), D(2026, 7, 14), EIGEN_NIVEAU, 2),
        (D(2026, 1, 15), D(2026, 7, 15), ALLE_ARBEID, 3),
        (D(2026, 1, 15), D(2026, 7, 16), ALLE_ARBEID, 3),
        # month-end clamp: 31-08 + 6 months = 28-02
        (D(2025, 8, 31), D(2026, 2, 27), EIGEN_NIVEAU, 2),
        (D(2025, 8, 31), D(2026, 2, 28), ALLE_ARBEID, 3),
        # before the start: the first phase
        (D(2026, 1, 15), D(2026, 1, 1), EIGEN_NIVEAU, 2),
    ],
)
def test_nieuwe_regeling_fasen(start, today, fase, reistijd):
    pa = passende_arbeid(start, today)
    assert pa.fase == fase
    assert pa.max_reistijd_uur_per_dag == reistijd
    assert pa.regeling == REGELING_NIEUW


def test_eigen_niveau_noemt_70_procent():
    pa = passende_arbeid(D(2026, 1, 15), D(2026, 2, 1))
    assert pa.min_loon_procent == 70
    assert "70 %" in pa.uitleg and "2 uur" in pa.uitleg and "15-07-2026" in pa.uitleg
    assert pa.volgende_fase_op == D(2026, 7, 15)
    assert not pa.verruimd


def test_alle_arbeid_uitleg():
    pa = passende_arbeid(D(2026, 1, 15), D(2026, 8, 1))
    assert pa.verruimd and pa.volgende_fase_op is None and pa.min_loon_procent is None
    assert "3 uur" in pa.uitleg and "15-07-2026" in pa.uitleg
    assert pa.label == "Alle arbeid is passend"


@pytest.mark.parametrize(
    "start,nieuw,verruimd",
    [
        (D(2015, 6, 30), False, D(2016, 6, 30)),
        (D(2015, 7, 1), True, D(2016, 1, 1)),
    ],
)
def test_grens_1_juli_2015(start, nieuw, verruimd):
    assert nieuwe_regeling(start) is nieuw
    assert verruimd_op(start) == verruimd


@pytest.mark.parametrize(
    "today,fase,reistijd",
    [
        (D(2015, 12, 29), EIGEN_NIVEAU, 2),
        (D(2015, 12, 30), LAGER_NIVEAU, 2),  # 6 months: a level lower
        (D(2016, 6, 29), LAGER_NIVEAU, 2),
        (D(2016, 6, 30), ALLE_ARBEID, 3),  # 12 months: all work
    ],
)
def test_oude_regeling_30_juni_2015(today, fase, reistijd):
    pa = passende_arbeid(D(2015, 6, 30), today)
    assert pa.regeling == REGELING_OUD
    assert pa.fase == fase
    assert pa.max_reistijd_uur_per_dag == reistijd
    assert pa.verruimd_op == D(2016, 6, 30)


def test_zelfde_dag_andere_regeling():
    """On 01-01-2016: the 01-07-2015 start has all work, the 30-06-2015 start a level lower."""
    assert passende_arbeid(D(2015, 7, 1), D(2016, 1, 1)).fase == ALLE_ARBEID
    assert passende_arbeid(D(2015, 6, 30), D(2016, 1, 1)).fase == LAGER_NIVEAU
    assert "oude regeling" in passende_arbeid(D(2015, 6, 30), D(2016, 1, 1)).uitleg
