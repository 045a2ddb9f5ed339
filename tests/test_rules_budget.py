from datetime import date
from decimal import Decimal

import pytest

from werkcoach_tui.models.enums import Instrument
from werkcoach_tui.rules.budget import budget_status, toestemming_nodig, totale_kosten
from werkcoach_tui.rules.feiten import InstrumentFeit
from werkcoach_tui.rules.opmaak import formatteer_euro, formatteer_getal, formatteer_uren

D = date
TODAY = D(2026, 3, 1)


@pytest.mark.parametrize(
    "totaal,nodig",
    [
        (Decimal("1999.99"), False),
        (Decimal("2000"), False),
        (Decimal("2000.00"), False),  # exactly € 2.000: own authority
        (Decimal("2000.01"), True),  # one cent above: approval
        (Decimal("2500"), True),
        (2000, False),
        ("2000.01", True),
    ],
)
def test_toestemming_nodig_strikt_boven_2000(totaal, nodig):
    assert toestemming_nodig(totaal) is nodig


def i(kosten, **kw):
    return InstrumentFeit(Instrument.SCHOLING, Decimal(kosten), **kw)


def test_totale_kosten_decimal_zonder_afrondingsfouten():
    lijst = [i("0.10"), i("0.20"), i("1999.70")]
    assert totale_kosten(lijst) == Decimal("2000.00")
    assert not budget_status(lijst, TODAY).toestemming_ontbreekt
    assert totale_kosten([]) == Decimal("0.00")


def test_kosten_als_float_worden_decimal():
    assert InstrumentFeit(Instrument.SCHOLING, 0.1).kosten == Decimal("0.1")


def test_negatieve_kosten_geweigerd():
    with pytest.raises(ValueError, match="negatief"):
        i("-1")


@pytest.mark.parametrize(
    "lijst,ontbreekt,zonder",
    [
        ([i("1500"), i("500")], False, "2000.00"),
        ([i("1500"), i("500.01")], True, "2000.01"),
        # the approved instrument does not count against own authority
        ([i("1500"), i("1000", goedgekeurd_door="T. Teamleider")], False, "1500.00"),
        ([i("2500", goedgekeurd_door="T. Teamleider", goedgekeurd_op=TODAY)], False, "0.00"),
        # a date without an approver is no approval
        ([i("2500", goedgekeurd_op=TODAY)], True, "2500.00"),
        ([i("2500", goedgekeurd_door="  ")], True, "2500.00"),
    ],
)
def test_budget_status(lijst, ontbreekt, zonder):
    st = budget_status(lijst, TODAY)
    assert st.toestemming_ontbreekt is ontbreekt
    assert st.zonder_toestemming == Decimal(zonder)


def test_ontbreekt_sinds_is_instrument_dat_grens_overschrijdt():
    lijst = [
        i("900", ingezet_op=D(2026, 2, 1)),
        i("1200", ingezet_op=D(2026, 2, 10)),
        i("100", ingezet_op=D(2026, 1, 5)),
    ]
    st = budget_status(lijst, TODAY)
    assert st.ontbreekt_sinds == D(2026, 2, 10)
    assert "€ 2.200,00" in st.uitleg and "€ 2.000" in st.uitleg


def test_ontbreekt_sinds_zonder_datum_is_today():
    assert budget_status([i("2000.01")], TODAY).ontbreekt_sinds == TODAY


@pytest.mark.parametrize(
    "bedrag,centen,tekst",
    [
        (Decimal("2000"), True, "€ 2.000,00"),
        (Decimal("2000.01"), True, "€ 2.000,01"),
        (Decimal("2000"), False, "€ 2.000"),
        (Decimal("1234567.5"), True, "€ 1.234.567,50"),
        (Decimal("0"), True, "€ 0,00"),
        (Decimal("-12.5"), True, "-€ 12,50"),
    ],
)
def test_formatteer_euro(bedrag, centen, tekst):
    assert formatteer_euro(bedrag, centen) == tekst


@pytest.mark.parametrize(
    "waarde,tekst", [(2.5, "2,5"), (6.0, "6"), (6, "6"), (1234, "1.234"), (7.25, "7,3")]
)
def test_formatteer_getal(waarde, tekst):
    assert formatteer_getal(waarde) == tekst


def test_formatteer_uren():
    assert formatteer_uren(6.0) == "6 uur"
    assert formatteer_uren(2.5) == "2,5 uur"
