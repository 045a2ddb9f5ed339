"""Normalisation: case, diacritics, punctuation, whitespace and compound words."""

from __future__ import annotations

import pytest

from werkcoach_tui.search.normalize import (
    compact,
    normalize,
    segmenten,
    splits_samenstelling,
    strip_diacritics,
    termen,
    tokens,
    trigrammen,
)


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Magazijnmedewerker", "magazijnmedewerker"),
        ("  Medewerker   Magazijn / Expeditie (M/V) ", "medewerker magazijn expeditie m v"),
        ("Zorgcoördinator België", "zorgcoordinator belgie"),
        ("Caissière", "caissiere"),
        ("Chef-kok", "chef kok"),
        ("APK-monteur\tnachtdienst\n", "apk monteur nachtdienst"),
        ("Straße Ørsted", "strasse orsted"),
        ("32,5 uur", "32 5 uur"),
        ("___", ""),
        ("", ""),
        (None, ""),
        (42, "42"),
    ],
)
def test_normalize(tekst, verwacht):
    assert normalize(tekst) == verwacht


def test_strip_diacritics_keeps_ascii_untouched():
    assert strip_diacritics("abc") == "abc"
    assert strip_diacritics("ëéèêïöüç") == "eeeeiouc"


def test_compact_makes_split_and_joined_compounds_equal():
    assert compact("Magazijn medewerker") == compact("magazijnmedewerker") == "magazijnmedewerker"
    assert compact("vrachtwagen-chauffeur") == "vrachtwagenchauffeur"


def test_termen_index_words_and_adjacent_pairs():
    assert termen("Medewerker magazijn nachtdienst") == [
        "medewerker",
        "magazijn",
        "nachtdienst",
        "medewerkermagazijn",
        "magazijnnachtdienst",
    ]
    # "Magazijn medewerker" carries the compound, so the query magazijnmedewerker matches it exactly.
    assert "magazijnmedewerker" in termen("Magazijn medewerker")


def test_termen_pairs_stay_within_a_segment_and_drop_single_letters():
    t = termen("Heftruckcertificaat; rijbewijs B")
    assert "heftruckcertificaatrijbewijs" not in t
    assert "rijbewijsb" in t
    assert "b" not in t


def test_segmenten_split_on_list_separators():
    assert segmenten("Heftruck; rijbewijs B, VCA | EHBO") == ["heftruck", "rijbewijs b", "vca", "ehbo"]
    assert segmenten(None) == []


def test_tokens_drop_stop_words_unless_nothing_is_left():
    assert tokens("kok in Den Haag", zonder_stopwoorden=True) == ["kok", "haag"]
    assert tokens("de", zonder_stopwoorden=True) == ["de"]
    assert tokens("Kok in Den Haag") == ["kok", "in", "den", "haag"]


def test_splits_samenstelling_finds_two_known_words():
    woorden = {"magazijn", "medewerker", "mag"}
    assert splits_samenstelling("magazijnmedewerker", woorden) == [("magazijn", "medewerker")]
    assert splits_samenstelling("magazijnmedewerker", set()) == []


def test_trigrammen():
    assert trigrammen("kok") == {"kok"}
    assert trigrammen("ko") == set()
    assert trigrammen("heft") == {"hef", "eft"}
