"""Occupation synonyms: groups from beroepen.csv and ESCO, and query expansion."""

from __future__ import annotations

from pathlib import Path

import pytest

from werkcoach_tui.search.synoniemen import SynoniemGroep, Synoniemen

FIXTURES = Path(__file__).parent / "fixtures" / "search"
REPO = Path(__file__).resolve().parents[1]
ESCO = REPO.parent / "shared" / "data" / "esco" / "occupations_nl.csv"


@pytest.fixture(scope="module")
def syn() -> Synoniemen:
    return Synoniemen.laad(beroepen=FIXTURES / "beroepen.csv")


def test_reachtruck_expands_to_heftruckchauffeur(syn):
    # "reachtruck" is the start of the labels reachtruckchauffeur/-bestuurder of one group.
    assert "heftruckchauffeur" in syn.expand("reachtruck")
    assert "heftruckchauffeur" in syn.expand("Reachtruck")


def test_a_prefix_shared_by_many_groups_does_not_expand(syn):
    assert syn.expand("medewe") == []


def test_expansion_tolerates_a_typo(syn):
    assert "heftruckchauffeur" in syn.expand("reachtruckchaufeur")
    assert "reachtruckchauffeur" in syn.expand("heftrukchauffeur")
    assert "orderpicker" in syn.expand("orderverzamelaer")


def test_expansion_ignores_spaces_in_compounds(syn):
    assert "trucker" in syn.expand("vrachtwagen chauffeur")
    assert "trucker" in syn.expand("Vrachtwagenchauffeur")


def test_expansion_of_a_synonym_gives_the_preferred_label_first(syn):
    assert syn.expand("postbode")[0] == "postbezorger"
    assert syn.expand("kassajuffrouw")[0] == "kassamedewerker"


def test_expansion_never_contains_the_query_itself(syn):
    out = syn.expand("heftruckchauffeur")
    assert "heftruckchauffeur" not in out
    assert "reachtruckchauffeur" in out


def test_a_distinctive_word_inside_a_longer_query_is_replaced(syn):
    out = syn.expand("reachtruck venlo")
    assert "heftruckchauffeur venlo" in out


def test_unknown_and_short_queries_expand_to_nothing(syn):
    assert syn.expand("astronaut") == []
    assert syn.expand("rea") == []
    assert syn.expand("") == []
    assert syn.expand("   ") == []


def test_short_exact_label_is_expanded(syn):
    assert "kokkin" in syn.expand("kok")


def test_expand_respects_limit(syn):
    assert len(syn.expand("heftruckchauffeur", limit=2)) == 2


def test_groups_are_not_merged_transitively():
    syn = Synoniemen(
        [
            SynoniemGroep("kok", ("chef",)),
            SynoniemGroep("afdelingschef", ("chef",)),
        ]
    )
    # "chef" belongs to both groups, but kok and afdelingschef are not synonyms of each other.
    assert "afdelingschef" not in syn.expand("kok")
    assert set(syn.expand("chef")) >= {"kok", "afdelingschef"}
    assert len(syn) == 2


def test_groepen_voor_returns_groups_with_display_labels(syn):
    groepen = syn.groepen_voor("reachtruckchauffeur")
    assert groepen and groepen[0].label == "heftruckchauffeur"
    assert groepen[0].isco == "8344"


def test_lees_beroepen_csv_requires_a_beroep_column(tmp_path):
    p = tmp_path / "fout.csv"
    p.write_text("naam,isco\nkok,5120\n", encoding="utf-8")
    with pytest.raises(ValueError, match="beroep"):
        Synoniemen.lees_beroepen_csv(p)


def test_laad_skips_a_missing_beroepen_file(tmp_path):
    assert len(Synoniemen.laad(beroepen=tmp_path / "bestaat-niet.csv")) == 0


def test_from_rows_accepts_esco_tuples():
    syn = Synoniemen.from_rows([("heftruckchauffeur", ["chauffeur reachtruck"], "8344")], bron="esco")
    assert syn.expand("reachtruck") == ["heftruckchauffeur", "chauffeur reachtruck"]


@pytest.mark.skipif(not (REPO / "data" / "beroepen.csv").exists(), reason="data/beroepen.csv ontbreekt")
def test_application_occupation_list_loads():
    syn = Synoniemen.laad(beroepen=REPO / "data" / "beroepen.csv")
    assert len(syn) > 50
    assert "heftruckchauffeur" in syn.expand("reachtruck")


@pytest.mark.skipif(not ESCO.exists(), reason="ESCO-bestand niet aanwezig")
def test_esco_synonyms():
    syn = Synoniemen.laad(esco=ESCO)
    assert len(syn) == 3039
    assert "heftruckchauffeur" in syn.expand("reachtruck")
    assert "heftruckchauffeur" in syn.expand("vorkheftruck")
    assert "vrachtwagenchauffeur" in syn.expand("trucker")
    # A typo of a generic word is not "corrected" into a rare one and expanded.
    assert syn.expand("verpleegkundge") == []
