"""Vacancy import through the service and the CLI: summary, line numbers, exit codes,
nothing changed on failure; search and ESCO synonyms through the CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from werkcoach_tui.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def _schrijf(pad: Path, tekst: str, encoding: str = "utf-8") -> Path:
    pad.write_bytes(tekst.encode(encoding))
    return pad


def _tel(db: Path, tabel: str = "vacature") -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {tabel}").fetchone()[0]
    finally:
        con.close()


def _rij(db: Path, extern_id: str) -> dict:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        r = con.execute("SELECT * FROM vacature WHERE extern_id = ?", (extern_id,)).fetchone()
        return dict(r) if r else {}
    finally:
        con.close()


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "w.db"


SEMICOLON = (
    "id;Titel;Werkgever;Plaats;Uren per week;Vaardigheden;Omschrijving;pawa;sluitingsdatum\r\n"
    'S-1;Magazijnmedewerker;"Jansen; Zonen B.V.";Venlo;24-32;"heftruck; VCA";"Orderpicken; laden";ja;31-12-2026\r\n'
    'S-2;Kok;"Hotel ""De Brug""";Venray;38;koken;;nee;2026-12-15\r\n'
)


def test_semicolon_csv_met_bom_en_puntkomma_in_velden(db, tmp_path, capsys):
    bestand = _schrijf(tmp_path / "v.csv", SEMICOLON, "utf-8-sig")
    assert main(["--db", str(db), "vacatures", "import", str(bestand)]) == 0
    uit = capsys.readouterr().out
    assert "2 toegevoegd, 0 bijgewerkt, 0 afgekeurd" in uit
    r = _rij(db, "S-1")
    assert r["titel"] == "Magazijnmedewerker"
    assert r["werkgever"] == "Jansen; Zonen B.V."
    assert (r["uren_min"], r["uren_max"]) == (24.0, 32.0)
    assert r["pawa"] == 1 and r["sluitingsdatum"] == "2026-12-31"
    assert _rij(db, "S-2")["werkgever"] == 'Hotel "De Brug"'


def test_komma_csv_noemt_onbekende_kolommen(db, capsys):
    assert main(["--db", str(db), "vacatures", "import", str(FIXTURES / "vacatures_komma.csv")]) == 0
    uit = capsys.readouterr().out
    assert "3 toegevoegd" in uit
    assert "Genegeerde kolommen: Salaris, Contactpersoon" in uit
    assert _rij(db, "A-2")["land"] == "DE"
    assert _rij(db, "A-1")["werkgever"] == "Logistiek Venlo, Noord"


def test_json_lines(db, tmp_path, capsys):
    regels = [
        {"id": "J-1", "titel": "Schoonmaker", "werkgever": "Schoon BV", "plaats": "Meppel", "uren_per_week": "20"},
        {"id": "J-2", "titel": "Buschauffeur", "werkgever": "Vervoer NL", "plaats": "Assen", "land": "NL",
         "vaardigheden": ["rijbewijs D", "klantvriendelijk"]},
    ]
    bestand = tmp_path / "v.jsonl"
    bestand.write_text("\n".join(json.dumps(r) for r in regels) + "\n", encoding="utf-8")
    assert main(["--db", str(db), "vacatures", "import", str(bestand)]) == 0
    assert "2 toegevoegd" in capsys.readouterr().out
    assert _rij(db, "J-2")["vaardigheden"] == "rijbewijs D; klantvriendelijk"
    assert _rij(db, "J-1")["uren_min"] == 20.0


def test_herimport_werkt_bij_en_dupliceert_niet(db, tmp_path, capsys):
    bestand = _schrijf(tmp_path / "v.csv", SEMICOLON, "utf-8-sig")
    assert main(["--db", str(db), "vacatures", "import", str(bestand)]) == 0
    tweede = SEMICOLON.replace("Kok;", "Zelfstandig werkend kok;") + "S-3;Bakker;Bakkerij;Venlo;40;;;nee;\r\n"
    _schrijf(bestand, tweede, "utf-8-sig")
    capsys.readouterr()
    assert main(["--db", str(db), "vacatures", "import", str(bestand)]) == 0
    assert "1 toegevoegd, 2 bijgewerkt" in capsys.readouterr().out
    assert _tel(db) == 3
    assert _rij(db, "S-2")["titel"] == "Zelfstandig werkend kok"


def test_foute_regels_met_regelnummer_de_rest_wordt_geimporteerd(db, tmp_path, capsys):
    tekst = (
        "titel,werkgever,plaats,uren_per_week,sluitingsdatum\n"
        "Monteur,Techniek BV,Heerlen,40,\n"
        ",Leeg BV,Venlo,32,\n"
        "Chauffeur,Vervoer,Venlo,veel,\n"
        "Kok,Hotel,Venray,32,31-02-2026\n"
    )
    bestand = _schrijf(tmp_path / "v.csv", tekst)
    assert main(["--db", str(db), "vacatures", "import", str(bestand)]) == 0
    uit = capsys.readouterr().out
    assert "1 toegevoegd, 0 bijgewerkt, 3 afgekeurd" in uit
    assert "Regel 3:" in uit and "titel" in uit.split("Regel 3:")[1].splitlines()[0]
    assert "Regel 4:" in uit and "Regel 5:" in uit
    assert _tel(db) == 1


@pytest.mark.parametrize(
    "naam, inhoud, melding",
    [
        ("kapot.csv", b"\x00\x01\x02binair\x00" * 50, "niet gewijzigd"),
        ("leeg.csv", b"", "niet gewijzigd"),
        ("kolommen.csv", b"naam,adres\nPiet,Straat 1\n", "titel"),
        ("alleen_fout.csv", b"titel,werkgever,plaats\n,,\n", "geen enkele geldige vacature"),
    ],
)
def test_onbruikbaar_bestand_exit_2_en_niets_gewijzigd(db, tmp_path, capsys, naam, inhoud, melding):
    assert main(["--db", str(db), "vacatures", "import", str(FIXTURES / "vacatures_komma.csv")]) == 0
    voor = (_tel(db), _tel(db, "audit"))
    bestand = tmp_path / naam
    bestand.write_bytes(inhoud)
    capsys.readouterr()
    assert main(["--db", str(db), "vacatures", "import", str(bestand)]) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("werkcoach: Niets geïmporteerd")
    assert melding in fout
    assert "Traceback" not in fout
    assert (_tel(db), _tel(db, "audit")) == voor


def test_ontbrekend_bestand_exit_2(db, tmp_path, capsys):
    assert main(["--db", str(db), "vacatures", "import", str(tmp_path / "bestaat-niet.csv")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert _tel(db) == 0


def test_import_schrijft_audit_en_maakt_nieuwe_index(diensten, tmp_path):
    from werkcoach_tui.services.audit import lees_audit

    vacatures = diensten.vacatures
    assert vacatures.zoek("heftruck") == []
    assert vacatures.index_klaar
    voortgang: list[float] = []
    sam = vacatures.importeer(FIXTURES / "vacatures_komma.csv", voortgang=voortgang.append)
    assert sam.gelukt and sam.toegevoegd == 3
    assert voortgang and voortgang[-1] == 1.0
    assert not vacatures.index_klaar  # the old index is forgotten
    from werkcoach_tui.search import ZoekFilters

    alle = ZoekFilters(open_op=False)  # the fixture's vacancies closed in 2025
    assert [r.titel for r in vacatures.zoek("heftruk", alle)][:1] == ["Heftruckchauffeur"]
    with diensten.store.lees() as s:
        regels = [a for a in lees_audit(s) if a.entiteit == "vacature"]
    assert len(regels) == 1 and regels[0].actie == "import" and "3 toegevoegd" in regels[0].nieuw
    assert regels[0].wie == "Test Adviseur"


def test_zoek_json(db, capsys):
    assert main(["--db", str(db), "vacatures", "import", str(FIXTURES / "vacatures_komma.csv")]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "--vandaag", "01-02-2025", "vacatures", "zoek", "heftruk chaufeur",
                 "--json", "--limit", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert 1 <= len(data) <= 2
    assert {"id", "titel", "werkgever", "plaats", "score"} <= set(data[0])
    assert data[0]["titel"] == "Heftruckchauffeur" and data[0]["score"] > 0


def test_zoek_tekst_en_foute_limit(db, capsys):
    assert main(["--db", str(db), "vacatures", "import", str(FIXTURES / "vacatures_komma.csv")]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "--vandaag", "01-02-2025", "vacatures", "zoek", "verkoper"]) == 0
    assert "Verkoper — Winkel Genk, Genk (BE)" in capsys.readouterr().out
    assert main(["--db", str(db), "vacatures", "zoek", "x", "--limit", "0"]) == 2
    assert "--limit" in capsys.readouterr().err


ESCO = (
    "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n"
    'Occupation,http://x/1,8342,sluiswachter,"brugbediener\nbrugwachter"\n'
)


def test_beroepen_import_breidt_zoeken_uit(db, tmp_path, capsys):
    vac = _schrijf(tmp_path / "v.csv", "id,titel,werkgever,plaats\nB-1,Sluiswachter,Rijkswaterstaat,Grave\n")
    assert main(["--db", str(db), "vacatures", "import", str(vac)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "vacatures", "zoek", "brugbediener", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    esco = _schrijf(tmp_path / "occupations_nl.csv", ESCO)
    assert main(["--db", str(db), "beroepen", "import", str(esco)]) == 0
    assert "1 ESCO-beroepen" in capsys.readouterr().out
    assert _tel(db, "beroep_synoniem") == 1
    assert main(["--db", str(db), "vacatures", "zoek", "brugbediener", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["titel"] for d in data] == ["Sluiswachter"]


def test_beroepen_import_fout_bestand(db, capsys):
    assert main(["--db", str(db), "beroepen", "import", str(FIXTURES / "vacatures_komma.csv")]) == 2
    fout = capsys.readouterr().err
    assert fout.count("\n") == 1
    assert "geen ESCO-beroepenbestand" in fout and "niets gewijzigd" in fout
    assert _tel(db, "beroep_synoniem") == 0


def test_beroepen_import_echte_esco_indien_aanwezig(db, capsys):
    echt = Path("/work/shared/data/esco/occupations_nl.csv")
    if not echt.exists():
        pytest.skip("officieel ESCO-bestand niet aanwezig")
    assert main(["--db", str(db), "beroepen", "import", str(echt)]) == 0
    assert _tel(db, "beroep_synoniem") > 1000
