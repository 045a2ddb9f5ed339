"""Vacancy import parsing: CSV as people make it, JSON Lines, bad rows, hostile files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkcoach_tui.importers.vacatures import (
    MAX_UREN_PER_WEEK_VACATURE,
    ParseResult,
    lees_datum,
    lees_land,
    lees_opleidingsniveau,
    lees_pawa,
    lees_uren,
    parse_vacatures,
)
from werkcoach_tui.models.enums import Land, Opleidingsniveau

FIXTURES = Path(__file__).parent / "fixtures" / "import"

ROW_KEYS = {
    "extern_id", "titel", "werkgever", "plaats", "land", "uren_min", "uren_max", "omschrijving",
    "vaardigheden", "opleidingsniveau", "pawa", "publicatiedatum", "sluitingsdatum", "beroep",
}


def _schrijf(tmp_path: Path, naam: str, inhoud: str | bytes, encoding: str = "utf-8") -> Path:
    p = tmp_path / naam
    p.write_bytes(inhoud if isinstance(inhoud, bytes) else inhoud.encode(encoding))
    return p


# --------------------------------------------------------------------------- CSV
def test_semicolon_csv_with_bom_crlf_quoted_delimiters_and_newlines(tmp_path):
    text = (
        "Titel;Werkgever;Plaats;Omschrijving;Uren per week;Vaardigheden\r\n"
        'Magazijnmedewerker;"Jansen; Zonen B.V.";Venlo;"Eerste regel\r\ntweede; regel";32;"heftruck; VCA"\r\n'
        'Kok;"Hotel ""De Brug""";Venray;;24 - 32;koken, HACCP\r\n'
    )
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", text, "utf-8-sig"))
    assert res.ok and res.fouten == []
    assert res.scheidingsteken == ";" and res.formaat == "csv" and res.codering == "utf-8"
    a, b = res.rows
    assert set(a) == ROW_KEYS
    assert a["titel"] == "Magazijnmedewerker"  # no BOM stuck to the first column
    assert a["werkgever"] == "Jansen; Zonen B.V."
    assert a["omschrijving"] == "Eerste regel\r\ntweede; regel"
    assert (a["uren_min"], a["uren_max"]) == (32.0, 32.0)
    assert a["vaardigheden"] == "heftruck; VCA"
    assert a["land"] == "NL" and a["pawa"] is False and a["extern_id"] is None
    assert b["werkgever"] == 'Hotel "De Brug"'
    assert (b["uren_min"], b["uren_max"]) == (24.0, 32.0)
    assert b["vaardigheden"] == "koken; HACCP"
    assert b["omschrijving"] == ""


def test_comma_csv_fixture_with_all_columns():
    res = parse_vacatures(FIXTURES / "vacatures_komma.csv")
    assert res.ok, res.fatale_fout
    assert res.scheidingsteken == ","
    assert res.fouten == []
    assert res.onbekende_kolommen == ["Salaris", "Contactpersoon"]
    first = res.rows[0]
    assert first == {
        "extern_id": "A-1",
        "titel": "Heftruckchauffeur",
        "werkgever": "Logistiek Venlo, Noord",
        "plaats": "Venlo",
        "land": "NL",
        "uren_min": 32.0,
        "uren_max": 40.0,
        "omschrijving": "Reachtruck, 2 ploegen",
        "vaardigheden": "heftruckcertificaat; VCA",
        "opleidingsniveau": "mbo2",
        "pawa": True,
        "publicatiedatum": date(2025, 2, 1),
        "sluitingsdatum": date(2025, 3, 15),
        "beroep": "Heftruckchauffeur",
    }
    assert [r["land"] for r in res.rows] == ["NL", "DE", "BE"]
    assert res.rows[1]["publicatiedatum"] == date(2025, 2, 3)  # d-m-jjjj
    assert res.rows[2]["sluitingsdatum"] == date(2025, 4, 1)  # d/m/jjjj
    assert res.rows[2]["opleidingsniveau"] is None  # unknown text: kept, no level


def test_header_names_are_case_insensitive_trimmed_and_have_synonyms(tmp_path):
    text = " FUNCTIE ,Bedrijf,  Standplaats,UREN_PER_WEEK,Sluitings-datum,Opleiding\nKok,Hotel,Venlo,32,01-04-2025,MBO 2\n"
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", text))
    assert res.ok and res.onbekende_kolommen == []
    r = res.rows[0]
    assert (r["titel"], r["werkgever"], r["plaats"], r["uren_min"]) == ("Kok", "Hotel", "Venlo", 32.0)
    assert r["sluitingsdatum"] == date(2025, 4, 1)
    assert r["opleidingsniveau"] == "mbo2"


def test_cp1252_excel_export(tmp_path):
    text = "titel;werkgever;plaats\r\nCaissière;Café België;Maaseik\r\n"
    res = parse_vacatures(_schrijf(tmp_path, "excel.csv", text, "cp1252"))
    assert res.ok and res.codering == "cp1252"
    assert (res.rows[0]["titel"], res.rows[0]["werkgever"]) == ("Caissière", "Café België")


def test_utf16_unicode_text_export_with_tabs(tmp_path):
    text = "titel\twerkgever\tplaats\r\nKok\tHotel\tVenlo\r\n"
    res = parse_vacatures(_schrijf(tmp_path, "excel.txt", text, "utf-16"))
    assert res.ok and res.scheidingsteken == "\t"
    assert res.rows[0]["titel"] == "Kok"


def test_excel_sep_line_is_honoured(tmp_path):
    text = "sep=;\ntitel;werkgever;plaats;uren\nKok;Hotel, Bar en Zo;Venlo;x\n"
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", text))
    assert res.ok and res.scheidingsteken == ";"
    assert res.fouten and res.fouten[0][0] == 3  # header on line 2, record on line 3


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_bad_rows_are_reported_with_physical_line_numbers(tmp_path, eol):
    text = (
        "titel,werkgever,plaats,uren per week,publicatiedatum,sluitingsdatum,pawa,land\n"  # 1
        'Kok,Hotel,Venlo,32,01-02-2025,,nee,NL\n'  # 2 ok
        'Schoonmaker,"Schoon\nen\nco",Venray,24-32,,,ja,\n'  # 3-5 ok (3 lines)
        ",Bedrijf,Venlo,,,,,\n"  # 6 titel leeg
        "Kok,Hotel,Venlo,90,,,,\n"  # 7 te veel uren
        "Kok,Hotel,Venlo,-4,,,,\n"  # 8 negatief
        "Kok,Hotel,Venlo,veel,,,,\n"  # 9 onleesbaar
        "Kok,Hotel,Venlo,,31-02-2025,,,\n"  # 10 ongeldige datum
        "Kok,Hotel,Venlo,,,2025-13-01,,\n"  # 11 ongeldige datum
        "Kok,Hotel,Venlo,,,,misschien,\n"  # 12 pawa
        "Kok,Hotel,Venlo,,,,,Frankrijk\n"  # 13 land
        "\n"  # 14 empty line: skipped silently
        ",,,,,,,\n"  # 15 empty record: skipped silently
        "Kok,Hotel,,,,,,\n"  # 16 plaats leeg
        "Lasser,Metaal BV,Venlo,40,2025-02-01,2025-03-01,1,DE\n"  # 17 ok
    )
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", text.replace("\n", eol)))
    assert res.ok
    assert [r["titel"] for r in res.rows] == ["Kok", "Schoonmaker", "Lasser"]
    regels = dict(res.fouten)
    assert sorted(regels) == [6, 7, 8, 9, 10, 11, 12, 13, 16]
    assert "titel" in regels[6] and "leeg" in regels[6]
    assert "80" in regels[7]
    assert "negatief" in regels[8]
    assert "ongeldig aantal uren" in regels[9].lower()
    assert "publicatiedatum" in regels[10] and "dd-mm-jjjj" in regels[10]
    assert "sluitingsdatum" in regels[11]
    assert "pawa" in regels[12]
    assert "land" in regels[13].lower()
    assert "plaats" in regels[16]
    assert all(reden[0].isupper() and reden.endswith(".") for reden in regels.values())


def test_several_reasons_in_one_row_are_joined(tmp_path):
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", "titel,werkgever,plaats,uren\n,,Venlo,100\n"))
    (regel, reden), = res.fouten
    assert regel == 2
    assert "titel, werkgever" in reden and "80" in reden


def test_duplicate_ids_are_reported(tmp_path):
    text = "id,titel,werkgever,plaats\nA1,Kok,Hotel,Venlo\nA2,Kok,Hotel,Venlo\nA1,Lasser,Metaal,Venlo\n"
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", text))
    assert len(res.rows) == 2
    assert res.fouten == [(4, "Id 'A1' komt al voor op regel 2.")]


def test_too_many_fields_hints_at_an_unquoted_delimiter(tmp_path):
    text = "titel,werkgever,plaats\nKok,Jansen, Zonen en Co,Venlo\nKok,Hotel,Venlo,,\n"
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", text))
    assert len(res.rows) == 1  # trailing empty fields (Excel) are fine
    (regel, reden), = res.fouten
    assert regel == 2 and "aanhalingstekens" in reden


def test_missing_required_columns_is_a_file_level_error(tmp_path):
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", "Functie;Omschrijving\nKok;Lekker koken\n"))
    assert not res.ok
    assert res.ontbrekende_kolommen == ["werkgever", "plaats"]
    assert "werkgever" in res.fatale_fout and "plaats" in res.fatale_fout
    assert res.fatale_fout.startswith("Verplichte kolommen ontbreken: werkgever, plaats.")
    assert res.rows == []


def test_unknown_columns_are_ignored_and_listed(tmp_path):
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", "titel,werkgever,plaats,Salaris,titel\nKok,Hotel,Venlo,3000,Chef\n"))
    assert res.ok
    assert res.onbekende_kolommen == ["Salaris", "titel (dubbel)"]
    assert res.rows[0]["titel"] == "Kok"
    assert "Salaris" in res.samenvatting()


def test_unclosed_quote_at_end_of_file_is_reported(tmp_path):
    text = 'titel,werkgever,plaats\nKok,Hotel,Venlo\nLasser,"Metaal,Venlo\nKok,Hotel,Venlo\n'
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", text))
    assert [r["titel"] for r in res.rows] == ["Kok"]
    (regel, reden), = res.fouten
    assert regel == 3 and "aanhalingsteken" in reden


# --------------------------------------------------------------------------- JSON
def test_json_lines_with_bad_rows_and_line_numbers(tmp_path):
    lines = [
        json.dumps({"titel": "Kok", "werkgever": "Hotel", "plaats": "Venlo", "uren_per_week": 32.5,
                    "vaardigheden": ["koken", "HACCP"], "pawa": True, "land": "Duitsland", "extra": 1}),
        "",
        "{kapot",
        json.dumps({"titel": "Lasser", "werkgever": "Metaal", "plaats": "Venlo", "sluitingsdatum": "2025-13-40"}),
        json.dumps(["geen", "object"]),
        json.dumps({"Titel": "Monteur", "Werkgever": "Techniek", "Plaats": "Kleve", "Uren per week": "24 tot 32",
                    "publicatiedatum": "2025-02-01T08:00:00"}),
    ]
    res = parse_vacatures(_schrijf(tmp_path, "v.jsonl", "\n".join(lines) + "\n"))
    assert res.ok and res.formaat == "jsonl"
    assert [r["titel"] for r in res.rows] == ["Kok", "Monteur"]
    kok, monteur = res.rows
    assert kok["vaardigheden"] == "koken; HACCP"
    assert (kok["uren_min"], kok["uren_max"], kok["pawa"], kok["land"]) == (32.5, 32.5, True, "DE")
    assert (monteur["uren_min"], monteur["uren_max"]) == (24.0, 32.0)
    assert monteur["publicatiedatum"] == date(2025, 2, 1)
    assert [r for r, _ in res.fouten] == [3, 4, 5]
    assert "JSON" in res.fouten[0][1]
    assert res.onbekende_kolommen == ["extra"]


def test_json_content_is_sniffed_without_extension(tmp_path):
    p = _schrijf(tmp_path, "export", json.dumps({"titel": "Kok", "werkgever": "Hotel", "plaats": "Venlo"}) + "\n")
    res = parse_vacatures(p)
    assert res.formaat == "jsonl" and len(res.rows) == 1


def test_json_array_with_line_numbers(tmp_path):
    text = '[\n  {"titel": "Kok", "werkgever": "Hotel", "plaats": "Venlo"},\n  {"titel": "", "werkgever": "X", "plaats": "Y"}\n]\n'
    res = parse_vacatures(_schrijf(tmp_path, "v.json", text))
    assert res.formaat == "json"
    assert len(res.rows) == 1
    assert res.fouten[0][0] == 3


def test_json_lines_missing_required_keys_everywhere(tmp_path):
    text = json.dumps({"functie": "Kok", "bedrijf": "Hotel"}) + "\n"
    res = parse_vacatures(_schrijf(tmp_path, "v.jsonl", text))
    assert not res.ok and res.ontbrekende_kolommen == ["plaats"]


def test_broken_json_array_is_fatal_but_does_not_raise(tmp_path):
    res = parse_vacatures(_schrijf(tmp_path, "v.json", '[{"titel": "Kok"}, {kapot'))
    assert not res.ok and "JSON" in res.fatale_fout


# --------------------------------------------------------------------------- hostile files
@pytest.mark.parametrize(
    ("naam", "inhoud", "woord"),
    [
        ("leeg.csv", b"", "leeg"),
        ("alleen-bom.csv", b"\xef\xbb\xbf\r\n", "leeg"),
        ("spaties.csv", b"  \n\n  ", "leeg"),
        ("plaatje.csv", bytes(range(256)) * 50, "geen tekstbestand"),
        ("zip.csv", b"PK\x03\x04" + b"\x00\x14\x00\x00" * 100, "geen tekstbestand"),
        ("een-kolom.csv", b"hallo\nwereld\n", "kolom"),
        ("ongeldig.csv", b"titel;werkgever;plaats\n" + b"\x81\x8d\x8f\x90\x9d" * 5 + b"\xc3\x28;x;y\n", "tekencodering"),
    ],
)
def test_hostile_files_give_a_fatal_error_not_an_exception(tmp_path, naam, inhoud, woord):
    res = parse_vacatures(_schrijf(tmp_path, naam, inhoud))
    assert isinstance(res, ParseResult)
    assert not res.ok and woord in res.fatale_fout
    assert res.rows == []


def test_missing_file_and_directory(tmp_path):
    assert "bestaat niet" in parse_vacatures(tmp_path / "nergens.csv").fatale_fout
    assert "map" in parse_vacatures(tmp_path).fatale_fout


def test_huge_field_from_a_runaway_quote_is_fatal(tmp_path):
    text = 'titel,werkgever,plaats\nKok,"Hotel,Venlo\n' + ("x" * 100 + "\n") * 3000
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", text))
    assert not res.ok
    assert "Regel 2" in res.fatale_fout and "aanhalingsteken" in res.fatale_fout


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), ext=st.sampled_from([".csv", ".jsonl", ".json", ".txt", ""]))
def test_random_bytes_never_raise(tmp_path, data, ext):
    res = parse_vacatures(_schrijf(tmp_path, "fuzz" + ext, data))
    assert isinstance(res, ParseResult)
    assert res.ok or res.fatale_fout


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(alphabet=st.sampled_from(list('ab;,"\n\r\t {}[]:1-/')), max_size=300))
def test_random_csv_like_text_never_raises(tmp_path, body):
    res = parse_vacatures(_schrijf(tmp_path, "fuzz.csv", "titel;werkgever;plaats\n" + body))
    assert isinstance(res, ParseResult)
    for regel, reden in res.fouten:
        assert regel >= 2 and reden


# --------------------------------------------------------------------------- progress and speed
def test_progress_callback(tmp_path):
    text = "titel,werkgever,plaats\n" + "Kok,Hotel,Venlo\n" * 250
    calls: list[tuple[int, float]] = []
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", text), voortgang=lambda n, f: calls.append((n, f)), elke=100)
    assert len(res.rows) == 250
    assert [n for n, _ in calls] == [100, 200, 250]
    assert calls[-1][1] == 1.0
    assert all(0 < f <= 1 for _, f in calls)


def test_progress_callback_with_one_argument_and_cancelling(tmp_path):
    p = _schrijf(tmp_path, "v.csv", "titel,werkgever,plaats\n" + "Kok,Hotel,Venlo\n" * 30)
    seen: list[int] = []
    parse_vacatures(p, voortgang=seen.append, elke=10)
    assert seen == [10, 20, 30, 30]

    class Geannuleerd(Exception):
        pass

    def stop(n, fractie):
        raise Geannuleerd

    with pytest.raises(Geannuleerd):
        parse_vacatures(p, voortgang=stop, elke=10)


def test_parsing_is_fast(tmp_path):
    rows = "".join(
        f'V{i};Magazijnmedewerker {i % 97};"Logistiek; Venlo";Venlo;NL;{24 + i % 9}-40;mbo {1 + i % 4};ja;'
        f"scanner, heftruck;{1 + i % 28}-02-2025;2025-03-{1 + i % 28:02d}\n"
        for i in range(20_000)
    )
    header = "id;titel;werkgever;plaats;land;uren per week;opleidingsniveau;pawa;vaardigheden;publicatiedatum;sluitingsdatum\n"
    p = _schrijf(tmp_path, "v.csv", header + rows, "utf-8-sig")
    import time

    t = time.perf_counter()
    res = parse_vacatures(p)
    elapsed = time.perf_counter() - t
    assert len(res.rows) == 20_000 and not res.fouten
    assert elapsed < 1.5  # ~0.1 s here; 100k rows take ~0.5 s (benchmarks/zoeken.py)


# --------------------------------------------------------------------------- value parsers
@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("32", (32.0, 32.0)),
        ("32,5", (32.5, 32.5)),
        ("32.5", (32.5, 32.5)),
        ("24-32", (24.0, 32.0)),
        ("24 - 32", (24.0, 32.0)),
        ("24 – 32", (24.0, 32.0)),
        ("24 tot 32", (24.0, 32.0)),
        ("24 t/m 32 uur", (24.0, 32.0)),
        ("32 uur per week", (32.0, 32.0)),
        ("32u", (32.0, 32.0)),
        ("32-24", (24.0, 32.0)),
        ("0", (0.0, 0.0)),
        ("80", (80.0, 80.0)),
        (36, (36.0, 36.0)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_lees_uren(tekst, verwacht):
    assert lees_uren(tekst) == verwacht


@pytest.mark.parametrize("tekst", ["veel", "-4", "24--32", "81", "24-90", "fulltime", "32 32", True])
def test_lees_uren_errors(tekst):
    with pytest.raises(ValueError):
        lees_uren(tekst)
    assert MAX_UREN_PER_WEEK_VACATURE == 80


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("2025-03-01", date(2025, 3, 1)),
        ("01-03-2025", date(2025, 3, 1)),
        ("1-3-2025", date(2025, 3, 1)),
        ("1/3/2025", date(2025, 3, 1)),
        ("2025/3/1", date(2025, 3, 1)),
        ("01.03.2025", date(2025, 3, 1)),
        ("2025-03-01T12:00:00", date(2025, 3, 1)),
        ("1-3-2025 00:00", date(2025, 3, 1)),
        ("", None),
        (None, None),
    ],
)
def test_lees_datum(tekst, verwacht):
    assert lees_datum(tekst) == verwacht


@pytest.mark.parametrize("tekst", ["31-02-2025", "2025-13-01", "1-3-25", "morgen", "20250301", "2025-03"])
def test_lees_datum_errors(tekst):
    with pytest.raises(ValueError):
        lees_datum(tekst)


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("MBO 2", Opleidingsniveau.MBO2),
        ("mbo-2", Opleidingsniveau.MBO2),
        ("mbo2", Opleidingsniveau.MBO2),
        ("Mbo niveau 3", Opleidingsniveau.MBO3),
        ("niveau 4", Opleidingsniveau.MBO4),
        ("mbo 3/4", Opleidingsniveau.MBO3),
        ("MBO 4 of HBO", Opleidingsniveau.MBO4),
        ("mbo", Opleidingsniveau.MBO1),
        ("HBO", Opleidingsniveau.HBO),
        ("hbo bachelor", Opleidingsniveau.HBO),
        ("WO master", Opleidingsniveau.WO),
        ("universitair", Opleidingsniveau.WO),
        ("vmbo-t", Opleidingsniveau.VMBO),
        ("mavo", Opleidingsniveau.VMBO),
        ("havo", Opleidingsniveau.HAVO),
        ("VWO / gymnasium", Opleidingsniveau.VWO),
        ("basisschool", Opleidingsniveau.BASISONDERWIJS),
        ("vwo", Opleidingsniveau.VWO),
        ("geen", None),
        ("rijbewijs B", None),
        ("", None),
    ],
)
def test_lees_opleidingsniveau(tekst, verwacht):
    assert lees_opleidingsniveau(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [("NL", Land.NL), ("nl", Land.NL), ("Nederland", Land.NL), ("", Land.NL), (None, Land.NL),
     ("DE", Land.DE), ("Duitsland", Land.DE), ("Deutschland", Land.DE),
     ("BE", Land.BE), ("België", Land.BE), ("Belgie", Land.BE), ("belgium", Land.BE)],
)
def test_lees_land(tekst, verwacht):
    assert lees_land(tekst) is verwacht


def test_lees_land_unknown():
    with pytest.raises(ValueError, match="NL, DE of BE"):
        lees_land("Frankrijk")


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [("ja", True), ("JA", True), ("true", True), ("1", True), ("yes", True), (True, True), (1, True),
     ("nee", False), ("false", False), ("0", False), ("no", False), ("", False), (None, False), (0, False)],
)
def test_lees_pawa(tekst, verwacht):
    assert lees_pawa(tekst) is verwacht


def test_lees_pawa_unknown():
    with pytest.raises(ValueError, match="ja of nee"):
        lees_pawa("misschien")


def test_samenvatting_is_dutch(tmp_path):
    res = parse_vacatures(_schrijf(tmp_path, "v.csv", "titel,werkgever,plaats\nKok,Hotel,Venlo\n,,x\n"))
    assert res.samenvatting() == "1 vacature gelezen, 1 regel afgekeurd."
