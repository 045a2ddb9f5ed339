from datetime import date

import pytest

from werkcoach_tui.rules.datums import (
    add_months,
    aow_datum,
    aow_leeftijd,
    aow_vrijstelling_vanaf,
    formatteer_datum,
    formatteer_datum_lang,
    leeftijd,
    maand_in_ww,
    parse_datum,
    probeer_datum,
    verjaardag,
    volle_maanden_tussen,
)

D = date


@pytest.mark.parametrize(
    "start,maanden,verwacht",
    [
        (D(2026, 1, 15), 1, D(2026, 2, 15)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2026, 1, 31), 2, D(2026, 3, 31)),  # from the anchor, not chained
        (D(2025, 8, 31), 1, D(2025, 9, 30)),
        (D(2025, 8, 31), 6, D(2026, 2, 28)),
        (D(2025, 12, 15), 1, D(2026, 1, 15)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
        (D(2026, 1, 15), -13, D(2024, 12, 15)),
        (D(2026, 5, 5), 0, D(2026, 5, 5)),
    ],
)
def test_add_months_klemt_op_maandeinde(start, maanden, verwacht):
    assert add_months(start, maanden) == verwacht


@pytest.mark.parametrize(
    "van,tot,verwacht",
    [
        (D(2026, 1, 31), D(2026, 2, 27), 0),
        (D(2026, 1, 31), D(2026, 2, 28), 1),
        (D(2026, 1, 15), D(2026, 7, 14), 5),
        (D(2026, 1, 15), D(2026, 7, 15), 6),
        (D(2026, 1, 15), D(2027, 1, 15), 12),
        (D(2026, 1, 15), D(2026, 1, 14), -1),
    ],
)
def test_volle_maanden_tussen(van, tot, verwacht):
    assert volle_maanden_tussen(van, tot) == verwacht


@pytest.mark.parametrize(
    "today,maand",
    [
        (D(2025, 12, 31), 0),
        (D(2026, 1, 1), 1),
        (D(2026, 1, 31), 1),
        (D(2026, 2, 1), 2),
        (D(2026, 6, 30), 6),
        (D(2026, 7, 1), 7),  # exactly 6 months: month 7 begins
    ],
)
def test_maand_in_ww_is_1_gebaseerd(today, maand):
    assert maand_in_ww(D(2026, 1, 1), today) == maand


@pytest.mark.parametrize(
    "geboren,today,jaren",
    [
        (D(1969, 3, 10), D(2026, 3, 9), 56),
        (D(1969, 3, 10), D(2026, 3, 10), 57),  # the birthday itself
        (D(1969, 3, 10), D(2026, 3, 11), 57),
        # 29 February: a year older on 28 February in a non-leap year
        (D(1968, 2, 29), D(2025, 2, 27), 56),
        (D(1968, 2, 29), D(2025, 2, 28), 57),
        (D(1968, 2, 29), D(2025, 3, 1), 57),
        (D(1968, 2, 29), D(2024, 2, 28), 55),
        (D(1968, 2, 29), D(2024, 2, 29), 56),
        (D(2000, 1, 1), D(1999, 1, 1), 0),
    ],
)
def test_leeftijd(geboren, today, jaren):
    assert leeftijd(geboren, today) == jaren


def test_verjaardag_29_februari():
    assert verjaardag(D(1968, 2, 29), 57) == D(2025, 2, 28)
    assert verjaardag(D(1968, 2, 29), 56) == D(2024, 2, 29)


@pytest.mark.parametrize(
    "geboren,leeftijd_,aow",
    [
        (D(1960, 12, 31), (67, 0), D(2027, 12, 31)),
        (D(1961, 1, 1), (67, 3), D(2028, 4, 1)),
        (D(1964, 2, 29), (67, 3), D(2031, 5, 29)),
        (D(1958, 2, 28), (67, 0), D(2025, 2, 28)),
    ],
)
def test_aow_datum_volgens_tabel(geboren, leeftijd_, aow):
    assert aow_leeftijd(geboren) == leeftijd_
    assert aow_datum(geboren) == aow
    assert aow_vrijstelling_vanaf(geboren) == add_months(aow, -12)


@pytest.mark.parametrize(
    "tekst,verwacht",
    [
        ("01-03-2026", D(2026, 3, 1)),
        ("1-3-2026", D(2026, 3, 1)),
        ("01/03/2026", D(2026, 3, 1)),
        ("01.03.2026", D(2026, 3, 1)),
        ("01032026", D(2026, 3, 1)),
        (" 29-02-2024 ", D(2024, 2, 29)),
        ("2026-03-01", D(2026, 3, 1)),  # ISO
        ("31-12-2026", D(2026, 12, 31)),
    ],
)
def test_parse_datum_geldig(tekst, verwacht):
    assert parse_datum(tekst) == verwacht


@pytest.mark.parametrize(
    "tekst,in_melding",
    [
        (
            "31-02-2026",
            ["31-02-2026 bestaat niet", "februari 2026 heeft 28 dagen", "1 tot en met 28"],
        ),
        ("29-02-2025", ["februari 2025 heeft 28 dagen"]),
        ("31-04-2026", ["april 2026 heeft 30 dagen"]),
        ("2026-02-30", ["februari 2026 heeft 28 dagen"]),
        ("00-01-2026", ["januari 2026 heeft 31 dagen"]),
        ("12-13-2026", ["Maand 13", "1 tot en met 12"]),
        ("01-03-26", ["vier cijfers", "dd-mm-jjjj"]),
        ("morgen", ["'morgen' is geen datum", "dd-mm-jjjj"]),
        ("", ["Geen datum ingevuld", "dd-mm-jjjj"]),
        ("01-03-1850", ["jaar 1850"]),
    ],
)
def test_parse_datum_weigert_met_nederlandse_melding(tekst, in_melding):
    with pytest.raises(ValueError) as fout:
        parse_datum(tekst)
    for deel in in_melding:
        assert deel in str(fout.value)


def test_parse_datum_none():
    with pytest.raises(ValueError, match="Geen datum ingevuld"):
        parse_datum(None)


def test_probeer_datum():
    assert probeer_datum("31-02-2026") is None
    assert probeer_datum("") is None
    assert probeer_datum("28-02-2026") == D(2026, 2, 28)


def test_formatteer_datum():
    assert formatteer_datum(D(2026, 3, 1)) == "01-03-2026"
    assert formatteer_datum(None) == ""
    assert formatteer_datum(None, "onbekend") == "onbekend"
    assert formatteer_datum_lang(D(2026, 3, 1)) == "1 maart 2026"
    # round trip
    assert parse_datum(formatteer_datum(D(2031, 5, 29))) == D(2031, 5, 29)


def test_eigenschappen_maandrekenen():
    """add_months and volle_maanden_tussen agree for many dates (property test)."""
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(
        st.dates(min_value=D(1950, 1, 1), max_value=D(2080, 12, 31)),
        st.integers(min_value=0, max_value=240),
    )
    def eigenschap(start, n):
        doel = add_months(start, n)
        assert doel.day <= start.day
        assert volle_maanden_tussen(start, doel) == n
        assert maand_in_ww(start, doel) == n + 1
        assert leeftijd(start, add_months(start, 12 * (n // 12))) == n // 12
        assert parse_datum(formatteer_datum(doel)) == doel

    eigenschap()
