"""Oefencasussen: de meegeleverde bestanden, de validator en het terugschrijven."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path

import pytest

from werkcoach_tui.models.enums import Dienstverleningsdoel, Instrument
from werkcoach_tui.oefenen.casus import (
    FORMAAT_VERSIE,
    SIGNALEN,
    CasusFout,
    Oefencasus,
    casus_naar_dict,
    casus_naar_json,
    laad_alle,
    laad_alle_met_fouten,
    laad_casus,
    main,
    schrijf_casus,
    standaard_casusmap,
    verschuif_casus,
)
from werkcoach_tui.oefenen.feedback import TraineeUitwerking, geef_feedback

ROOT = Path(__file__).resolve().parents[1]
CASUSMAP = ROOT / "data" / "oefencasussen"
BESTANDEN = sorted(CASUSMAP.glob("*.json"))
REFERENTIEDATUM = date(2026, 11, 23)


def _basis() -> dict:
    """Een geldige casus als dict (de eerste meegeleverde), om in te knippen."""
    return json.loads((CASUSMAP / "01-vroegmelder-logistiek.json").read_text(encoding="utf-8"))


def _fout(data) -> CasusFout:
    with pytest.raises(CasusFout) as info:
        laad_casus(data)
    return info.value


# --------------------------------------------------------------------------
# De meegeleverde casussen
# --------------------------------------------------------------------------


def test_er_zijn_minstens_acht_casussen():
    assert len(BESTANDEN) >= 8
    assert standaard_casusmap() == CASUSMAP


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.name)
def test_elke_meegeleverde_casus_is_geldig(pad: Path):
    casus = laad_casus(pad)
    assert casus.formaat_versie == FORMAAT_VERSIE
    assert casus.referentiedatum == REFERENTIEDATUM
    # bestandsnaam: volgnummer-id.json
    assert pad.stem.split("-", 1)[1] == casus.id
    assert casus.leerdoelen and casus.modeluitwerking.kernpunten_onderbouwing
    assert len(casus.situatie.verhaal.split("\n\n")) >= 3, "het verhaal heeft meerdere alinea's"


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.name)
def test_modelvisie_raakt_alle_eigen_kernpunten(pad: Path):
    """De visie van het model raakt alle eigen kernpunten (zo test een trainer een casus)."""
    casus = laad_casus(pad)
    m = casus.modeluitwerking
    tekst = m.visie_toelichting
    feedback = geef_feedback(
        casus,
        TraineeUitwerking(
            zelfredzaam=m.zelfredzaam,
            dienstverleningsdoel=m.dienstverleningsdoel,
            instrumenten=[k.instrument for k in m.passende_instrumenten],
            onderbouwing=tekst,
        ),
    )
    gemist = [p.onderwerp for p in feedback.punten if p.status != "match"]
    assert gemist == []


def test_laad_alle_leest_de_hele_map_met_unieke_ids():
    casussen = laad_alle(CASUSMAP)
    assert [c.id for c in casussen] == [laad_casus(p).id for p in BESTANDEN]
    assert len({c.id for c in casussen}) == len(casussen)


def test_de_gevraagde_situaties_zitten_erin():
    casussen = laad_alle(CASUSMAP)

    def een(voorwaarde) -> Oefencasus:
        gevonden = [c for c in casussen if voorwaarde(c)]
        assert gevonden, "situatie ontbreekt"
        return gevonden[0]

    vroeg = een(lambda c: c.klant.vroegmelder)
    assert vroeg.modeluitwerking.zelfredzaam == "ja"
    assert vroeg.modeluitwerking.dienstverleningsdoel == Dienstverleningsdoel.VAN_WERK_NAAR_WERK
    een(lambda c: not c.klant.digivaardig)
    oud = een(lambda c: c.leeftijd_klant == 58)
    assert "ouderen_weging" in oud.modeluitwerking.verwachte_signalen

    def maanden_ww(c: Oefencasus) -> float:
        start = c.klant.ww_startdatum
        return 0 if start is None else (c.referentiedatum - start).days / 30.44

    pawa = een(lambda c: maanden_ww(c) >= 12)
    assert pawa.modeluitwerking.instrument_keuze(Instrument.PASSEND_WERKAANBOD)[0] == "passend"
    beperking = een(lambda c: c.klant.arbeidsbeperking)
    assert beperking.klant.maatman_procent >= 65
    een(lambda c: c.klant.grensregio)
    een(lambda c: "passende arbeid" in c.titel.lower() and c.klant.ww_startdatum is not None)
    mantelzorg = een(lambda c: "mantelzorg" in c.titel.lower())
    assert "sollicitatieplicht" in mantelzorg.modeluitwerking.verwachte_signalen
    assert {c.niveau.value for c in casussen} == {"basis", "gevorderd"}


# --------------------------------------------------------------------------
# Terugschrijven (round trip)
# --------------------------------------------------------------------------


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.name)
def test_round_trip_bestand_dict_casus(pad: Path):
    ruw = json.loads(pad.read_text(encoding="utf-8"))
    casus = laad_casus(pad)
    assert casus_naar_dict(casus) == ruw
    assert laad_casus(casus_naar_dict(casus)) == casus
    assert laad_casus(json.loads(casus_naar_json(casus))) == casus


def test_schrijf_casus_en_weer_lezen(tmp_path: Path):
    casus = laad_casus(BESTANDEN[0])
    pad = schrijf_casus(casus, tmp_path / "kopie.json")
    assert laad_casus(pad) == casus
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.endswith("\n") and "Ruben" in tekst and "\\u" not in tekst
    assert list(json.loads(tekst))[:3] == ["formaat_versie", "id", "titel"]


def test_casus_is_onveranderlijk():
    casus = laad_casus(BESTANDEN[0])
    with pytest.raises(Exception):
        casus.titel = "anders"  # type: ignore[misc]
    assert isinstance(casus.leerdoelen, tuple)


# --------------------------------------------------------------------------
# Fouten: elk met het precieze veld
# --------------------------------------------------------------------------


def test_onbekende_enumwaarde_noemt_veld_en_keuzes():
    data = _basis()
    data["modeluitwerking"]["dienstverleningsdoel"] = "x"
    fout = _fout(data)
    assert str(fout) == (
        "modeluitwerking.dienstverleningsdoel: onbekende waarde 'x'; "
        "kies uit van_werk_naar_werk, werk_fit_blijven, werk_fit_worden"
    )
    assert fout.velden == ("modeluitwerking.dienstverleningsdoel",)


def test_label_in_plaats_van_waarde_geeft_een_hint():
    data = _basis()
    data["modeluitwerking"]["dienstverleningsdoel"] = "Van werk naar werk"
    assert "bedoel je 'van_werk_naar_werk'?" in str(_fout(data))


def test_onbekend_instrument_in_lijst_noemt_index_vanaf_1():
    data = _basis()
    data["modeluitwerking"]["niet_passende_instrumenten"][1]["instrument"] = "cursus"
    fout = _fout(data)
    assert fout.velden == ("modeluitwerking.niet_passende_instrumenten[2].instrument",)
    assert "kies uit sollicitatieworkshop" in str(fout)


def test_onbekend_signaal():
    data = _basis()
    data["modeluitwerking"]["verwachte_signalen"] = ["pawa_mogelijk", "pawa"]
    fout = _fout(data)
    assert fout.velden == ("modeluitwerking.verwachte_signalen[2]",)
    assert "onbekende waarde 'pawa'" in str(fout)


@pytest.mark.parametrize(
    "pad",
    [
        ("modeluitwerking", "dienstverleningsdoel"),
        ("situatie", "klant", "naam"),
        ("situatie", "beeldvorming"),
        ("referentiedatum",),
    ],
)
def test_ontbrekend_veld(pad):
    data = _basis()
    doel = data
    for deel in pad[:-1]:
        doel = doel[deel]
    del doel[pad[-1]]
    fout = _fout(data)
    assert fout.velden == (".".join(pad),)
    assert str(fout).endswith("ontbreekt")


def test_ontbrekend_nullable_veld_moet_er_toch_staan():
    data = _basis()
    del data["situatie"]["klant"]["ww_einddatum"]
    assert "mag null zijn, maar moet er staan" in str(_fout(data))


def test_verkeerde_soort():
    data = _basis()
    data["situatie"]["klant"]["digivaardig"] = "ja"
    data["situatie"]["klant"]["uren_vorige_baan"] = True
    data["leerdoelen"] = "solliciteren"
    fout = _fout(data)
    assert set(fout.velden) == {
        "situatie.klant.digivaardig",
        "situatie.klant.uren_vorige_baan",
        "leerdoelen",
    }
    assert "verwacht true of false, gevonden tekst" in str(fout)
    assert "verwacht een lijst" in str(fout)


def test_getal_buiten_bereik_en_geen_geheel_getal():
    data = _basis()
    data["situatie"]["klant"]["beschikbare_uren"] = 70
    data["situatie"]["klant"]["maatman_procent"] = 70.5
    data["situatie"]["klant"]["arbeidsbeperking"] = True
    fout = _fout(data)
    assert "situatie.klant.beschikbare_uren: 70 ligt niet tussen 0 en 60" in fout.fouten
    assert fout.velden[-1] == "situatie.klant.maatman_procent"


@pytest.mark.parametrize("waarde", ["23-11-2026", "2026-02-30", "2026-11-23T10:00", 20261123])
def test_ongeldige_datum(waarde):
    data = _basis()
    data["situatie"]["klant"]["meldingsdatum"] = waarde
    fout = _fout(data)
    assert fout.velden == ("situatie.klant.meldingsdatum",)
    assert "datum" in str(fout)


def test_ongeldige_datum_in_historie():
    data = _basis()
    data["situatie"]["historie"] = [
        {"datum": "2026-11-20", "type": "intake", "kanaal": "telefonisch", "duur_minuten": 10, "notitie": "Gebeld."},
        {"datum": "2026-13-01", "type": "intake", "kanaal": "telefonisch", "duur_minuten": "tien", "notitie": "x"},
    ]
    fout = _fout(data)
    assert fout.velden == ("situatie.historie[2].datum", "situatie.historie[2].duur_minuten")


def test_onbekend_veld_wordt_geweigerd():
    data = _basis()
    data["modeluitwerking"]["kernpunten_onderbouwing"][0]["trefwoorde"] = ["x"]
    fout = _fout(data)
    assert fout.velden == ("modeluitwerking.kernpunten_onderbouwing[1].trefwoorde",)
    assert "onbekend veld" in str(fout)


def test_lege_tekst_en_lege_verplichte_lijst():
    data = _basis()
    data["titel"] = "  "
    data["modeluitwerking"]["kernpunten_onderbouwing"][0]["trefwoorden"] = []
    fout = _fout(data)
    assert "titel: mag niet leeg zijn" in fout.fouten
    assert "modeluitwerking.kernpunten_onderbouwing[1].trefwoorden: moet minstens 1 element(en) bevatten" in fout.fouten


def test_null_waar_het_niet_mag():
    data = _basis()
    data["situatie"]["klant"]["meldingsdatum"] = None
    assert _fout(data).velden == ("situatie.klant.meldingsdatum",)


def test_ongeldige_id():
    data = _basis()
    data["id"] = "Vroegmelder Logistiek"
    assert _fout(data).velden == ("id",)


def test_alle_fouten_tegelijk():
    data = _basis()
    data["niveau"] = "expert"
    data["situatie"]["klant"]["opleidingsniveau"] = "mbo 4"
    data["modeluitwerking"]["zelfredzaam"] = "misschien"
    fout = _fout(data)
    assert len(fout.fouten) == 3
    assert str(fout).startswith("3 fouten:\n- niveau:")


def test_versie():
    data = _basis()
    data["formaat_versie"] = 2
    fout = _fout(data)
    assert fout.velden == ("formaat_versie",)
    assert "versie 2 wordt niet ondersteund" in str(fout)
    del data["formaat_versie"]
    assert "formaat_versie: ontbreekt" in str(_fout(data))
    data["formaat_versie"] = "1"
    assert _fout(data).velden == ("formaat_versie",)


def test_geen_object(tmp_path: Path):
    pad = tmp_path / "lijst.json"
    pad.write_text("[]", encoding="utf-8")
    assert "(casus): verwacht een object {...}, gevonden een lijst" in str(_fout(pad))
    with pytest.raises(TypeError):
        laad_casus(42)  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Samenhang tussen velden
# --------------------------------------------------------------------------


def test_werkverkenner_band_moet_gelijk_zijn():
    data = _basis()
    data["situatie"]["werkverkenner"]["band"] = "50-75"
    assert _fout(data).velden == ("situatie.werkverkenner.band",)


def test_maatman_bij_arbeidsbeperking():
    data = _basis()
    data["situatie"]["klant"]["arbeidsbeperking"] = True
    assert _fout(data).velden == ("situatie.klant.maatman_procent",)
    data = _basis()
    data["situatie"]["klant"]["maatman_procent"] = 80
    assert "moet null zijn" in str(_fout(data))


def test_vroegmelder_moet_kloppen_met_de_data():
    data = _basis()
    data["situatie"]["klant"]["ww_startdatum"] = "2026-11-30"  # 18 dagen na de melding
    assert _fout(data).velden == ("situatie.klant.vroegmelder",)
    data["situatie"]["klant"]["vroegmelder"] = False
    laad_casus(data)  # nu klopt het
    data["situatie"]["klant"]["ww_startdatum"] = "2027-02-01"
    assert "zet vroegmelder op true" in str(_fout(data))


def test_ww_data_in_volgorde():
    data = _basis()
    data["situatie"]["klant"]["ww_einddatum"] = "2026-12-01"
    assert _fout(data).velden == ("situatie.klant.ww_einddatum",)


def test_historie_na_referentiedatum_of_voor_melding():
    data = _basis()
    gesprek = {"datum": "2026-11-24", "type": "intake", "kanaal": "vestiging", "duur_minuten": 30, "notitie": "x"}
    data["situatie"]["historie"] = [gesprek, dict(gesprek, datum="2026-01-05")]
    fout = _fout(data)
    assert fout.velden == ("situatie.historie[1].datum", "situatie.historie[2].datum")


def test_instrument_in_beide_lijsten():
    data = _basis()
    data["modeluitwerking"]["niet_passende_instrumenten"].append(
        {"instrument": "sollicitatieworkshop", "waarom": "dubbel"}
    )
    fout = _fout(data)
    assert fout.velden == ("modeluitwerking.niet_passende_instrumenten[5].instrument",)
    assert "staat al in modeluitwerking.passende_instrumenten" in str(fout)


@pytest.mark.parametrize("trefwoord", ["*", "!!", "va*cature", "*vacature"])
def test_onbruikbaar_trefwoord(trefwoord):
    data = _basis()
    data["modeluitwerking"]["kernpunten_onderbouwing"][0]["trefwoorden"].append(trefwoord)
    assert _fout(data).velden == ("modeluitwerking.kernpunten_onderbouwing[1].trefwoorden[9]",)


def test_dubbel_signaal():
    data = _basis()
    data["modeluitwerking"]["verwachte_signalen"] = ["pawa_mogelijk", "pawa_mogelijk"]
    assert _fout(data).velden == ("modeluitwerking.verwachte_signalen[2]",)


# --------------------------------------------------------------------------
# Bestanden
# --------------------------------------------------------------------------


def test_kapotte_json_noemt_bestand_en_regel(tmp_path: Path):
    pad = tmp_path / "09-kapot.json"
    pad.write_text('{\n  "formaat_versie": 1,\n  "id": "kapot",\n}\n', encoding="utf-8")
    fout = _fout(pad)
    assert fout.bron == "09-kapot.json"
    assert str(fout).startswith("09-kapot.json: (json): geen geldige JSON op regel 4")
    assert "komma te veel" in str(fout)


def test_dubbel_veld_in_json(tmp_path: Path):
    pad = tmp_path / "dubbel.json"
    pad.write_text('{"formaat_versie": 1, "id": "a", "id": "b"}', encoding="utf-8")
    assert "veld 'id': komt twee keer voor" in str(_fout(pad))


def test_geen_utf8_en_niet_gevonden(tmp_path: Path):
    pad = tmp_path / "latin1.json"
    pad.write_bytes('{"titel": "caf\u00e9"}'.encode("latin-1"))
    assert "geen UTF-8" in str(_fout(pad))
    assert "niet gevonden" in str(_fout(tmp_path / "bestaat-niet.json"))


def test_veldfout_in_bestand_noemt_bestand(tmp_path: Path):
    data = _basis()
    data["modeluitwerking"]["zelfredzaam"] = "soms"
    pad = tmp_path / "01-x.json"
    pad.write_text(json.dumps(data), encoding="utf-8")
    assert str(_fout(pad)).startswith("01-x.json: modeluitwerking.zelfredzaam: onbekende waarde 'soms'")


def test_laad_alle_met_fouten_en_dubbele_id(tmp_path: Path):
    goed = _basis()
    (tmp_path / "01-a.json").write_text(json.dumps(goed), encoding="utf-8")
    (tmp_path / "02-b.json").write_text(json.dumps(goed), encoding="utf-8")  # zelfde id
    kapot = copy.deepcopy(goed)
    kapot["id"] = "kapot"
    kapot["niveau"] = "expert"
    (tmp_path / "03-c.json").write_text(json.dumps(kapot), encoding="utf-8")
    (tmp_path / "leesmij.txt").write_text("geen casus", encoding="utf-8")

    casussen, fouten = laad_alle_met_fouten(tmp_path)
    assert [c.id for c in casussen] == ["vroegmelder-logistiek"]
    assert [f.bron for f in fouten] == ["02-b.json", "03-c.json"]
    assert "wordt al gebruikt in 01-a.json" in str(fouten[0])

    with pytest.raises(CasusFout) as info:
        laad_alle(tmp_path)
    assert info.value.fouten[0].startswith("02-b.json: id:")
    assert info.value.fouten[1].startswith("03-c.json: niveau:")


def test_laad_alle_onbekende_map(tmp_path: Path):
    with pytest.raises(CasusFout, match="map niet gevonden"):
        laad_alle(tmp_path / "nergens")


# --------------------------------------------------------------------------
# Data verschuiven
# --------------------------------------------------------------------------


def _alle_data(obj) -> list[date]:
    if isinstance(obj, date):
        return [obj]
    if isinstance(obj, tuple):
        return [d for v in obj for d in _alle_data(v)]
    if is_dataclass(obj):
        return [d for f in fields(obj) for d in _alle_data(getattr(obj, f.name))]
    return []


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.name)
def test_verschuif_casus(pad: Path):
    casus = laad_casus(pad)
    nieuw = verschuif_casus(casus, date(2027, 9, 6))
    delta = date(2027, 9, 6) - REFERENTIEDATUM
    assert nieuw.referentiedatum == date(2027, 9, 6)
    assert _alle_data(nieuw) == [d + delta for d in _alle_data(casus)]
    assert nieuw.leeftijd_klant == casus.leeftijd_klant
    assert laad_casus(casus_naar_dict(nieuw)) == nieuw
    assert verschuif_casus(nieuw, REFERENTIEDATUM) == casus
    assert nieuw.situatie.verhaal == casus.situatie.verhaal


def test_leeftijd_op():
    klant = laad_casus(CASUSMAP / "03-oudere-krimpend-beroep.json").klant
    assert klant.leeftijd_op(date(2026, 5, 13)) == 57
    assert klant.leeftijd_op(date(2026, 5, 14)) == 58


# --------------------------------------------------------------------------
# Controle vanaf de opdrachtregel, documentatie, zuiverheid
# --------------------------------------------------------------------------


def test_main_controleert_map_en_bestand(tmp_path: Path, capsys):
    assert main([str(CASUSMAP)]) == 0
    uit = capsys.readouterr().out
    assert f"{len(BESTANDEN)} goed, 0 fout" in uit

    data = _basis()
    data["situatie"]["klant"]["geboortedatum"] = "31-02-1990"
    pad = tmp_path / "fout.json"
    pad.write_text(json.dumps(data), encoding="utf-8")
    assert main([str(pad)]) == 1
    assert "FOUT fout.json: situatie.klant.geboortedatum" in capsys.readouterr().out


def test_documentatie_noemt_alle_codes_en_waarden():
    doc = (ROOT / "docs" / "oefencasus-formaat.md").read_text(encoding="utf-8")
    assert "formaat_versie" in doc and f"is `{FORMAAT_VERSIE}`" in doc
    for code in SIGNALEN:
        assert f"`{code}`" in doc, code
    for inst in Instrument:
        assert f"`{inst.value}`" in doc, inst
    for d in Dienstverleningsdoel:
        assert f"`{d.value}`" in doc, d
    for veld in ("zelfredzaam_toelichting", "dienstverleningsdoel_toelichting", "kernpunten_onderbouwing",
                 "trefwoorden", "visie_toelichting", "referentiedatum", "maatman_procent"):
        assert f"`{veld}`" in doc, veld
    assert "eenvoudige woordvergelijking" in doc


def test_oefenen_importeert_geen_textual():
    code = (
        "import sys, werkcoach_tui.oefenen.casus, werkcoach_tui.oefenen.feedback; "
        "assert 'textual' not in sys.modules and 'sqlmodel' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_signaalcodes_uit_de_opdracht():
    assert set(SIGNALEN) == {
        "intake_te_laat", "wog_aangewezen", "monitorgesprek_nodig", "pawa_mogelijk",
        "contact_te_lang_geleden", "sollicitatieplicht", "beschikbaarheid_lager",
        "passende_arbeid_verruimd", "einde_ww_nadert", "toestemming_nodig",
        "begeleidingstijd", "ouderen_weging", "werkplan_onvolledig",
    }
    assert "€ 2.000" in SIGNALEN["toestemming_nodig"].uitleg
    assert "14 dagen" in SIGNALEN["intake_te_laat"].uitleg
