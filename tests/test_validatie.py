"""Form checks: Dutch messages that name the problem and the fix."""

from __future__ import annotations

from datetime import date

import pytest

from werkcoach_tui.services.validatie import (
    Invoerfout,
    Validatiefout,
    parse_datum,
    parse_uren,
    valideer_gesprek,
    valideer_klant,
)

VANDAAG = date(2026, 11, 23)


@pytest.mark.parametrize(
    "tekst, verwacht",
    [("05-03-2026", date(2026, 3, 5)), ("5-3-2026", date(2026, 3, 5)), ("05/03/2026", date(2026, 3, 5)),
     ("2026-03-05", date(2026, 3, 5)), ("29-02-2024", date(2024, 2, 29)), ("", None), ("  ", None)],
)
def test_datum_goed(tekst, verwacht):
    assert parse_datum(tekst) == verwacht


@pytest.mark.parametrize(
    "tekst, woorden",
    [("31-02-2026", ["februari 2026", "28 dagen"]), ("29-02-2025", ["28 dagen"]), ("01-13-2026", ["Maand 13"]),
     ("morgen", ["dd-mm-jjjj"]), ("12-12-26", ["vier cijfers"])],
)
def test_datum_fout(tekst, woorden):
    with pytest.raises(Invoerfout) as exc:
        parse_datum(tekst)
    for w in woorden:
        assert w in str(exc.value)


@pytest.mark.parametrize("tekst, verwacht", [("32", 32.0), ("24,5", 24.5), ("0", 0.0), ("60", 60.0), ("", None)])
def test_uren_goed(tekst, verwacht):
    assert parse_uren(tekst) == verwacht


@pytest.mark.parametrize("tekst, woord", [("-1", "negatief"), ("60,5", "60 uur"), ("veel", "geen aantal"), ("nan", "getal")])
def test_uren_fout(tekst, woord):
    with pytest.raises(Invoerfout) as exc:
        parse_uren(tekst)
    assert woord in str(exc.value)


def test_klant_alle_fouten_tegelijk():
    with pytest.raises(Validatiefout) as exc:
        valideer_klant(
            {"naam": "  ", "geboortedatum": "31-02-1980", "ww_startdatum": "01-06-2026",
             "ww_einddatum": "01-05-2026", "beschikbare_uren": "-4", "uren_vorige_baan": "70",
             "email": "geen-mail", "postcode": "12"},
            VANDAAG,
        )
    f = exc.value.fouten
    assert "verplicht" in f["naam"]
    assert "februari 1980" in f["geboortedatum"]
    assert "vóór de WW-startdatum" in f["ww_einddatum"]
    assert "negatief" in f["beschikbare_uren"]
    assert "60" in f["uren_vorige_baan"]
    assert "e-mailadres" in f["email"]
    assert "postcode" in f["postcode"].lower()


def test_klant_goed():
    uit = valideer_klant({"naam": "Anna Smit", "geboortedatum": "01-02-1970", "beschikbare_uren": "32",
                          "postcode": "5911ab", "opleidingsniveau": "mbo3", "digivaardig": True}, VANDAAG)
    assert uit["naam"] == "Anna Smit"
    assert uit["postcode"] == "5911 AB"
    assert uit["beschikbare_uren"] == 32.0
    assert uit["opleidingsniveau"].value == "mbo3"


def test_geboortedatum_in_toekomst():
    with pytest.raises(Validatiefout) as exc:
        valideer_klant({"naam": "X", "geboortedatum": "01-01-2030"}, VANDAAG)
    assert "toekomst" in exc.value.fouten["geboortedatum"]


def test_gesprek_gepland_in_verleden():
    with pytest.raises(Validatiefout) as exc:
        valideer_gesprek({"datum": "01-11-2026", "type": "intake", "kanaal": "video", "status": "gepland"}, VANDAAG)
    assert "verleden" in exc.value.fouten["datum"]


def test_gesprek_zonder_datum_en_type():
    with pytest.raises(Validatiefout) as exc:
        valideer_gesprek({"datum": "", "type": "", "kanaal": "telefonisch"}, VANDAAG)
    assert "verplicht" in exc.value.fouten["datum"]
    assert "keuze" in exc.value.fouten["type"]
