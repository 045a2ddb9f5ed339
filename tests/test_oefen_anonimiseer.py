"""`werkcoach oefenen maak-casus`: a dossier becomes a case file, always pseudonymised; `import-casus`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from werkcoach_tui.cli import main
from werkcoach_tui.diensten import open_diensten
from werkcoach_tui.oefenen.anonimiseer import leeftijdsband, pseudoniem, schoon_tekst
from werkcoach_tui.oefenen.casus import laad_casus
from werkcoach_tui.services.oefenen import trainer_casusmap

IDENTIFICERENDE = [
    "Jolanda", "Verhoeven", "K123456", "06-12345678", "0612345678", "jolanda.verhoeven@example.nl",
    "Lindenlaan 14", "Lindenlaan", "5611 AB", "5611", "12-03-1968", "1968-03-12", "Test Adviseur",
    "98765432", "Zwolle",
]


@pytest.fixture
def echte_db(tmp_path, klok) -> Path:
    pad = tmp_path / "kantoor.db"
    d = open_diensten(pad, clock=klok)
    d.instellingen.wijzig(adviseur_naam="Test Adviseur")
    klant = d.klanten.maak({
        "naam": "Jolanda Verhoeven", "klantnummer": "K123456", "geboortedatum": "12-03-1968",
        "telefoon": "06-12345678", "email": "jolanda.verhoeven@example.nl", "adres": "Lindenlaan 14",
        "postcode": "5611 AB", "woonplaats": "Zwolle", "digivaardig": True,
        "meldingsdatum": "01-04-2026", "ww_startdatum": "06-04-2026", "ww_einddatum": "05-04-2027",
        "uren_vorige_baan": "36", "beschikbare_uren": "36", "opleidingsniveau": "mbo3",
        "laatste_beroep": "Administratief medewerker",
    })
    for datum, notitie in [
        ("08-04-2026", "Intake met Jolanda Verhoeven (mevrouw Verhoeven). Bereikbaar op 0612345678 of "
                       "jolanda.verhoeven@example.nl. Woont Lindenlaan 14, 5611 AB. Zaaknummer 98765432."),
        ("02-06-2026", "Jolanda zoekt administratief werk; Test Adviseur belt op 12-06-2026 terug."),
    ]:
        d.klanten.voeg_gesprek_toe(klant.id, {"datum": datum, "type": "intake", "kanaal": "vestiging",
                                              "duur_minuten": "30", "notitie": notitie, "status": "gevoerd"})
    d.close()
    return pad


def test_maak_casus_bevat_geen_gegevens_van_het_dossier(echte_db, tmp_path, capsys):
    uit = tmp_path / "casus.json"
    assert main(["--vandaag", "23-11-2026", "oefenen", "maak-casus", "K123456", "--db", str(echte_db), "-o", str(uit)]) == 0
    assert "gepseudonimiseerd" in capsys.readouterr().out
    tekst = uit.read_text(encoding="utf-8")
    for ident in IDENTIFICERENDE:
        assert ident.lower() not in tekst.lower(), ident

    casus = laad_casus(uit)  # documented format, validates
    k = casus.klant
    assert 55 <= k.leeftijd_op(casus.referentiedatum) <= 59  # age band 57-59 kept (58 years old)
    assert k.laatste_beroep == "Administratief medewerker"
    assert k.woonplaats == "Regio niet vastgelegd"
    assert (casus.referentiedatum - k.ww_startdatum).days % 7 == 0  # dates rounded to whole weeks
    notities = " ".join(g.notitie for g in casus.situatie.historie)
    # the same markers as in the casuïstiek view (one scrubber for both)
    assert "[naam]" in notities and "[telefoonnummer]" in notities and "[e-mailadres]" in notities
    assert k.naam in notities  # the full name became the pseudonym
    assert "[nummer]" in notities and "[datum]" in notities

    # stable: the same dossier gets the same pseudonym and id
    uit2 = tmp_path / "casus2.json"
    assert main(["--vandaag", "23-11-2026", "oefenen", "maak-casus", "k123456", "--db", str(echte_db), "-o", str(uit2)]) == 0
    tweede = laad_casus(uit2)
    assert (tweede.id, tweede.klant.naam) == (casus.id, k.naam)

    # the export is in the source store's audit trail; the key stays in that store
    import sqlite3

    con = sqlite3.connect(echte_db)
    try:
        rijen = con.execute("SELECT actie, klantnummer FROM audit WHERE entiteit = 'oefencasus'").fetchall()
        sleutel = con.execute("SELECT waarde FROM instelling WHERE sleutel = 'pseudoniem_sleutel'").fetchone()[0]
    finally:
        con.close()
    assert rijen == [("export", "K123456"), ("export", "K123456")]
    assert sleutel not in tekst and len(sleutel) == 64


def test_maak_casus_fouten(echte_db, tmp_path, capsys):
    uit = tmp_path / "casus.json"
    assert main(["oefenen", "maak-casus", "K999999", "--db", str(echte_db), "-o", str(uit)]) == 2
    assert "K999999 staat niet in" in capsys.readouterr().err
    assert main(["oefenen", "maak-casus", "K123456", "--db", str(tmp_path / "bestaat-niet.db"), "-o", str(uit)]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    uit.write_text("{}", encoding="utf-8")
    assert main(["oefenen", "maak-casus", "K123456", "--db", str(echte_db), "-o", str(uit)]) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert not (tmp_path / "bestaat-niet.db").exists()


def test_pseudoniem_is_stabiel_en_hangt_af_van_de_sleutel():
    assert pseudoniem(b"a" * 32, "K1") == pseudoniem(b"a" * 32, "K1")
    namen = {pseudoniem(b"a" * 32, f"K{i}") for i in range(40)}
    assert len(namen) > 10
    assert leeftijdsband(56) == (55, 56) and leeftijdsband(57) == (57, 59)


def test_vrije_tekst_geschoond():
    tekst = schoon_tekst("Bel Piet Jansen: +31 6 1234 5678, piet@x.nl, 1234 AB, dossier 123456 op 05-03-2026, "
                         "met meneer Bakker", ["Piet Jansen"])
    assert tekst == ("Bel [naam]: [telefoonnummer], [e-mailadres], [postcode], dossier [nummer] op [datum], "
                     "met meneer [naam]")


def test_import_casus_controleert_eerst(tmp_path, capsys):
    bron = Path(__file__).resolve().parents[1] / "data" / "oefencasussen" / "01-vroegmelder-logistiek.json"
    data = json.loads(bron.read_text(encoding="utf-8"))
    data["id"] = "eigen-casus"
    data["modeluitwerking"]["dienstverleningsdoel"] = "snel_aan_het_werk"
    fout = tmp_path / "fout.json"
    fout.write_text(json.dumps(data), encoding="utf-8")
    assert main(["oefenen", "import-casus", str(fout)]) == 2
    assert "modeluitwerking.dienstverleningsdoel" in capsys.readouterr().err
    assert not (trainer_casusmap() / "eigen-casus.json").exists()

    data["modeluitwerking"]["dienstverleningsdoel"] = "van_werk_naar_werk"
    goed = tmp_path / "goed.json"
    goed.write_text(json.dumps(data), encoding="utf-8")
    assert main(["oefenen", "import-casus", str(goed)]) == 0
    assert (trainer_casusmap() / "eigen-casus.json").exists()
    assert main(["oefenen", "import-casus", str(goed)]) == 2
    assert "al een oefencasus" in capsys.readouterr().err
    assert main(["oefenen", "import-casus", str(goed), "--vervang"]) == 0
    assert main(["oefenen", "import-casus", str(bron)]) == 2  # shipped ids are not replaced
    assert main(["--vandaag", "23-11-2026", "oefenen", "lijst"]) == 0
    assert "eigen-casus" in capsys.readouterr().out
