from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkcoach_tui.models.enums import VrijstellingReden
from werkcoach_tui.rules.feiten import KlantFeiten, VrijstellingFeit
from werkcoach_tui.rules.pawa import (
    is_pawa_geschikt,
    pawa_geschikt_sinds,
    pawa_geschiktheid,
    pawa_laatste_dag,
    pawa_toets,
)

D = date
BASIS = KlantFeiten(ww_startdatum=D(2025, 1, 15), beschikbare_uren=24)


@pytest.mark.parametrize(
    "today,geschikt",
    [
        (D(2026, 1, 14), False),  # 11 months
        (D(2026, 1, 15), True),  # exactly 12 months
        (D(2026, 1, 16), True),
    ],
)
def test_twaalf_maanden(today, geschikt):
    u = pawa_geschiktheid(BASIS, today)
    assert u.geschikt is geschikt
    assert (u.sinds == D(2026, 1, 15)) is geschikt


@pytest.mark.parametrize(
    "risico,today,geschikt",
    [
        (True, D(2025, 7, 14), False),
        (True, D(2025, 7, 15), True),  # exactly 6 months with risk
        (True, D(2025, 7, 16), True),
        (False, D(2025, 7, 15), False),
        (None, D(2025, 7, 15), False),
    ],
)
def test_zes_maanden_met_risico(risico, today, geschikt):
    u = pawa_geschiktheid(replace(BASIS, risico_langdurig_werkloos=risico), today)
    assert u.geschikt is geschikt
    if geschikt:
        assert u.sinds == D(2025, 7, 15)
        assert any("risico" in r and "6 maanden" in r for r in u.voldaan)


def test_risico_niet_beoordeeld_staat_in_reden():
    u = pawa_geschiktheid(BASIS, D(2025, 8, 1))
    assert any("nog niet beoordeeld" in r for r in u.niet_voldaan)


@pytest.mark.parametrize(
    "uren,geschikt",
    [(11.5, False), (11, False), (12, True), (12.0, True), (40, True), (None, False)],
)
def test_minimaal_12_uur(uren, geschikt):
    u = pawa_geschiktheid(replace(BASIS, beschikbare_uren=uren), D(2026, 2, 1))
    assert u.geschikt is geschikt
    if not geschikt:
        assert any("12 uur" in r for r in u.niet_voldaan)


@pytest.mark.parametrize(
    "tot,geschikt",
    [
        (D(2026, 2, 1), False),  # exempt today (end inclusive)
        (D(2026, 1, 31), True),  # ended yesterday
        (None, False),  # open-ended
    ],
)
def test_vrijgesteld_vandaag(tot, geschikt):
    v = VrijstellingFeit(VrijstellingReden.VAKANTIE, D(2026, 1, 20), tot)
    f = replace(BASIS, vrijstellingen=(v,))
    u = pawa_geschiktheid(f, D(2026, 2, 1))
    assert u.geschikt is geschikt
    if not geschikt:
        assert any("vakantie" in r for r in u.niet_voldaan)


def test_binnen_jaar_van_aow_niet_geschikt():
    # AOW on 01-06-2026 (born 01-06-1959, 67 years): no duty from 01-06-2025
    f = replace(BASIS, geboortedatum=D(1959, 6, 1))
    u = pawa_geschiktheid(f, D(2026, 2, 1))
    assert not u.geschikt
    assert any("AOW" in r and "12 maanden" in r for r in u.niet_voldaan)


def test_reintegratietraject():
    u = pawa_geschiktheid(replace(BASIS, in_reintegratietraject=True), D(2026, 2, 1))
    assert not u.geschikt
    assert "klant zit in een re-integratietraject" in u.niet_voldaan


def test_laatste_dag_een_maand_voor_einde():
    assert pawa_laatste_dag(D(2026, 6, 30)) == D(2026, 5, 30)
    assert pawa_laatste_dag(D(2026, 3, 31)) == D(2026, 2, 28)


@pytest.mark.parametrize(
    "today,geschikt",
    [
        (D(2026, 5, 29), True),
        (D(2026, 5, 30), True),  # exactly 1 month left: not "less than 1 month"
        (D(2026, 5, 31), False),  # less than 1 month before the end
    ],
)
def test_einde_ww(today, geschikt):
    u = pawa_geschiktheid(replace(BASIS, ww_einddatum=D(2026, 6, 30)), today)
    assert u.geschikt is geschikt
    if not geschikt:
        assert any("30-06-2026" in r and "1 maand" in r for r in u.niet_voldaan)


def test_zonder_ww_start():
    u = pawa_geschiktheid(KlantFeiten(beschikbare_uren=24), D(2026, 2, 1))
    assert not u.geschikt and u.sinds is None
    assert any("WW-startdatum onbekend" in r for r in u.niet_voldaan)


def test_redenen_en_uitleg():
    ja = pawa_geschiktheid(BASIS, D(2026, 3, 1))
    assert ja.geschikt and ja.niet_voldaan == ()
    assert ja.redenen == ja.voldaan
    assert "13 maanden in de WW (minimaal 12 maanden)" in ja.redenen
    assert "24 uur per week beschikbaar (minimaal 12 uur)" in ja.redenen
    nee = pawa_geschiktheid(replace(BASIS, beschikbare_uren=8), D(2025, 3, 1))
    assert len(nee.redenen) == 2 and nee.uitleg.endswith(".")
    assert is_pawa_geschikt(BASIS, D(2026, 3, 1))


@settings(max_examples=200, deadline=None)
@given(
    st.dates(date(2023, 1, 1), date(2027, 1, 1)),
    st.one_of(st.none(), st.dates(date(2022, 1, 1), date(2026, 12, 1))),
    st.one_of(st.none(), st.integers(0, 1000)),
    st.one_of(st.none(), st.booleans()),
    st.one_of(st.none(), st.integers(0, 40)),
    st.booleans(),
    st.one_of(st.none(), st.dates(date(1955, 1, 1), date(2000, 1, 1))),
    st.lists(st.tuples(st.sampled_from(list(VrijstellingReden)), st.dates(date(2023, 1, 1), date(2027, 1, 1)),
                       st.one_of(st.none(), st.integers(0, 200))), max_size=2),
)
def test_een_beslissing_de_teksten_verklaren_hem(today, start, duur, risico, uren, traject, geboren, vrij):
    """pawa_toets decides; pawa_geschiktheid's lines only explain: eligible exactly when
    no condition is unmet, and the signal's date is the explained one."""
    einde = None if start is None or duur is None else start + timedelta(days=duur)
    vrijstellingen = [VrijstellingFeit(r, van, None if d is None else van + timedelta(days=d)) for r, van, d in vrij]
    f = KlantFeiten(ww_startdatum=start, ww_einddatum=einde, risico_langdurig_werkloos=risico,
                    beschikbare_uren=uren, in_reintegratietraject=traject, geboortedatum=geboren,
                    vrijstellingen=vrijstellingen)
    u = pawa_geschiktheid(f, today)
    assert u.geschikt == (not u.niet_voldaan) == pawa_toets(f, today).geschikt
    assert u.sinds == pawa_geschikt_sinds(f, today)
    assert len(u.voldaan) + len(u.niet_voldaan) == (5 if einde is not None else 4)
