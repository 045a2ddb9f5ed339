"""ESCO occupations CSV (v1.2 layout): labels, multi-line synonyms, ISCO groups, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from werkcoach_tui.importers.esco import EscoBeroep, EscoImportFout, parse_esco

FIXTURES = Path(__file__).parent / "fixtures" / "import"
ESCO = Path(__file__).resolve().parents[2] / "shared" / "data" / "esco" / "occupations_nl.csv"


def test_small_esco_file():
    out = parse_esco(FIXTURES / "esco_klein.csv")
    assert out == [
        EscoBeroep("heftruckchauffeur", ["chauffeur reachtruck", "vorkheftruckbestuurder", "heftruckbestuurster"], "8344"),
        EscoBeroep("kassamedewerker", ["caissière", "kassière"], "5230"),
        EscoBeroep("verpleegkundige", [], "2221"),
    ]
    label, synoniemen, isco = out[0]  # a plain tuple as well
    assert (label, isco) == ("heftruckchauffeur", "8344")


def test_hidden_labels_on_request():
    out = parse_esco(FIXTURES / "esco_klein.csv", verborgen_labels=True)
    assert "heftruckchaufeur" in out[0].synoniemen
    assert "caissiere" in out[1].synoniemen


def test_missing_preferred_label_column_is_a_clear_dutch_error(tmp_path):
    p = tmp_path / "beroepen.csv"
    p.write_text("beroep,synoniemen,isco\nkok,kokkin,5120\n", encoding="utf-8")
    with pytest.raises(EscoImportFout, match="preferredLabel") as exc:
        parse_esco(p)
    assert "geen ESCO-beroepenbestand" in str(exc.value)
    assert "beroep" in str(exc.value)  # says which columns it did find


@pytest.mark.parametrize(
    ("inhoud", "woord"),
    [(b"", "leeg"), (b"\x00\x01\x02PK" * 100, "geen CSV"), (b"preferredLabel\n", "geen beroepen")],
)
def test_unusable_files(tmp_path, inhoud, woord):
    p = tmp_path / "x.csv"
    p.write_bytes(inhoud)
    with pytest.raises(EscoImportFout, match=woord):
        parse_esco(p)


def test_missing_file(tmp_path):
    with pytest.raises(EscoImportFout, match="bestaat niet"):
        parse_esco(tmp_path / "occupations_nl.csv")


@pytest.mark.skipif(not ESCO.exists(), reason="ESCO-bestand niet aanwezig")
def test_official_dutch_file():
    out = parse_esco(ESCO)
    assert len(out) == 3039
    by_label = {b.label: b for b in out}
    heftruck = by_label["heftruckchauffeur"]
    assert heftruck.isco == "8344"
    assert {"reachtruckchauffeur", "vorkheftruckbestuurder", "chauffeur reachtruck"} <= set(heftruck.synoniemen)
    assert sum(len(b.synoniemen) for b in out) > 15_000
    assert all(b.label and "\n" not in b.label for b in out)
