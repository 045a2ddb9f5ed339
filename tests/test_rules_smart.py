from datetime import date

import pytest

from werkcoach_tui.models.enums import AfspraakWie
from werkcoach_tui.rules.smart import (
    W_AANGETOOND,
    W_HOEVEEL,
    W_HOEVEEL_NUL,
    W_WANNEER,
    W_WANNEER_ONGELDIG,
    W_WAT,
    W_WIE,
    is_smart,
    smart_waarschuwingen,
)

D = date
GOED = dict(
    wie=AfspraakWie.KLANT,
    wat="Reageren op vacatures als orderpicker",
    hoeveel=4,
    wanneer=D(2026, 4, 1),
    hoe_aangetoond="Bevestigingsmails in de Werkmap",
)


def test_smart_afspraak_zonder_waarschuwingen():
    assert smart_waarschuwingen(**GOED) == []
    assert is_smart(**GOED, today=D(2026, 3, 1))


@pytest.mark.parametrize(
    "wijziging,waarschuwing",
    [
        ({"wie": None}, W_WIE),
        ({"wie": " "}, W_WIE),
        ({"wat": ""}, W_WAT),
        ({"hoeveel": None}, W_HOEVEEL),
        ({"hoeveel": "een paar"}, W_HOEVEEL),
        ({"hoeveel": 0}, W_HOEVEEL_NUL),
        ({"wanneer": None}, W_WANNEER),
        ({"wanneer": "volgende maand"}, W_WANNEER_ONGELDIG),
        ({"wanneer": "31-02-2026"}, W_WANNEER_ONGELDIG),
        ({"hoe_aangetoond": ""}, W_AANGETOOND),
    ],
)
def test_ontbrekend_deel_geeft_waarschuwing(wijziging, waarschuwing):
    w = smart_waarschuwingen(**{**GOED, **wijziging})
    assert w == [waarschuwing]


def test_aantal_in_wat_is_ook_meetbaar():
    assert smart_waarschuwingen(**{**GOED, "hoeveel": None, "wat": "4 open sollicitaties"}) == []
    assert smart_waarschuwingen(**{**GOED, "hoeveel": "4 per 4 weken"}) == []


def test_termijn_als_tekst_en_in_het_verleden():
    assert smart_waarschuwingen(**{**GOED, "wanneer": "01-04-2026"}) == []
    w = smart_waarschuwingen(**GOED, today=D(2026, 4, 2))
    assert w == ["De termijn 01-04-2026 ligt in het verleden. Kies een datum vanaf vandaag."]
    assert smart_waarschuwingen(**GOED, today=D(2026, 4, 1)) == []


@pytest.mark.parametrize("term", ["regelmatig", "zo snel mogelijk", "proberen", "voldoende"])
def test_vage_termen(term):
    w = smart_waarschuwingen(**{**GOED, "wat": f"Klant gaat {term} solliciteren"})
    assert any(f"'{term}' is niet meetbaar" in x for x in w)


def test_vage_term_alleen_als_heel_woord():
    wat = "Reageren op vacatures met onregelmatige diensten"
    assert smart_waarschuwingen(**{**GOED, "wat": wat}) == []


def test_lege_afspraak_alle_waarschuwingen_in_het_nederlands():
    w = smart_waarschuwingen()
    assert w == [W_WIE, W_WAT, W_HOEVEEL, W_WANNEER, W_AANGETOOND]
