"""Pseudonymisation: pure functions (pseudonyms, age bands, months in WW, regions, scrubbing)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from werkcoach_tui.paths import data_dir
from werkcoach_tui.privacy.pseudoniem import (
    REGIO_ONBEKEND,
    Schoonmaker,
    klant_pseudoniem,
    leeftijdsband,
    naamdelen,
    referentie,
    regio,
    schoon_tekst,
    ww_moment,
    ww_stand,
)

VANDAAG = date(2026, 11, 23)


def test_pseudoniem_stabiel_per_sleutel():
    assert klant_pseudoniem(b"a" * 32, "K100001") == klant_pseudoniem(b"a" * 32, "K100001")
    assert klant_pseudoniem(b"a" * 32, "K100001").startswith("Klant ")
    namen_a = {klant_pseudoniem(b"a" * 32, f"K1000{i:02d}", 3) for i in range(30)}
    namen_b = {klant_pseudoniem(b"b" * 32, f"K1000{i:02d}", 3) for i in range(30)}
    assert len(namen_a) >= 29  # 3 letters: practically no collisions
    assert namen_a != namen_b  # another store's key gives other pseudonyms
    assert referentie(b"a" * 32, "K1") != referentie(b"b" * 32, "K1")


@pytest.mark.parametrize("geboren, band", [
    (date(2003, 1, 1), "jonger dan 25 jaar"),
    (date(1990, 6, 1), "35–44 jaar"),
    (date(1970, 11, 24), "55–56 jaar"),  # 56 until tomorrow
    (date(1969, 11, 23), "57–61 jaar"),  # 57 today
    (date(1960, 1, 1), "62 jaar of ouder"),
    (None, "leeftijd onbekend"),
])
def test_leeftijdsband(geboren, band):
    assert leeftijdsband(geboren, VANDAAG) == band


def test_ww_moment_in_plaats_van_data():
    start = date(2026, 5, 1)
    assert ww_moment(date(2026, 5, 1), start, VANDAAG) == "maand 1 in de WW"
    assert ww_moment(date(2026, 11, 1), start, VANDAAG) == "maand 7 in de WW"
    assert ww_moment(date(2026, 4, 20), start, VANDAAG) == "vlak vóór de WW"
    assert ww_moment(date(2026, 2, 20), start, VANDAAG) == "2 maanden vóór de WW"
    assert ww_moment(date(2026, 8, 1), None, VANDAAG) == "3 maanden geleden"
    assert ww_stand(start, VANDAAG) == "maand 7 in de WW"
    assert ww_stand(None, VANDAAG) == "geen WW-startdatum"


def test_elke_demowoonplaats_heeft_een_regio():
    data = json.loads((data_dir() / "demo" / "klanten.json").read_text(encoding="utf-8"))
    for k in data["klanten"]:
        assert regio(k["woonplaats"]) != REGIO_ONBEKEND, k["woonplaats"]
    assert regio("Deventer") == "arbeidsmarktregio Stedendriehoek en Noordwest Veluwe (Gelderland/Overijssel)"
    assert regio("  's-hertogenbosch ") == "arbeidsmarktregio Noordoost-Brabant (Noord-Brabant)"
    assert regio("Nergenshuizen") == REGIO_ONBEKEND
    assert regio(None) == REGIO_ONBEKEND


def test_naamdelen():
    assert set(naamdelen("Johan van der Meulen")) == {"Johan van der Meulen", "van der Meulen", "der Meulen", "Johan", "Meulen"}
    assert "van" not in naamdelen("Johan van der Meulen")


def test_schoon_tekst_verwijdert_contact_en_nummers():
    s = Schoonmaker(namen=("Johan van der Meulen",), werkgevers=("Drukkerij Vos",), plaatsen=("Deventer",),
                    straten=("Eikenlaan 41",))
    uit = s("Johan belde met 06-12349432 en +31 6 1234 5678, mail johan.vdm@example.nl of www.jvdm.nl. "
            "Woont Eikenlaan 41, 7428 WC Deventer; ook Kerkstraat 12a genoemd. Dhr. Van der Meulen werkte bij "
            "Drukkerij Vos en daarna bij Hoekstra Verpakkingen B.V. BSN 123456782, K100001, sinds 12-03-2026.")
    for weg in ("Johan", "Meulen", "06-12349432", "1234 5678", "example.nl", "jvdm", "Eikenlaan", "7428",
                "Deventer", "Kerkstraat", "Drukkerij Vos", "Hoekstra", "123456782", "K100001", "12-03-2026"):
        assert weg not in uit, weg
    assert "Werkgever 1" in uit and "Werkgever 2" in uit
    assert "[e-mailadres]" in uit and "[telefoonnummer]" in uit and "[postcode]" in uit and "[adres]" in uit


def test_schoon_tekst_laat_gewone_tekst_en_kleine_getallen_staan():
    s = Schoonmaker(namen=("Piet Groen",))
    uit = s("Groen licht voor 4 sollicitaties per 4 weken, 38 uur, € 2.000; Piet is gemotiveerd. Het groen werk.")
    assert "4 sollicitaties per 4 weken, 38 uur, € 2.000" in uit
    assert "Piet" not in uit and "[naam] is gemotiveerd" in uit
    assert "groen werk" in uit  # lower-case ordinary word stays
    assert schoon_tekst(None) == ""


def test_werkgevers_stabiel_genummerd_binnen_een_dossier():
    s = Schoonmaker(werkgevers=("Bakkerij Jansen", "Van Beek Transport"))
    uit = s("Bij Van Beek Transport gesolliciteerd, daarna bakkerij jansen, en weer Van Beek Transport.")
    assert uit == "Bij Werkgever 1 gesolliciteerd, daarna Werkgever 2, en weer Werkgever 1."
