"""Normalisation: case, diacritics, punctuation, whitespace and compound words."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkcoach_tui.search.normalize import (
    SEGMENT_TEKEN,
    compact,
    normaliseer_alle,
    normalize,
    segmenten,
    sleutels,
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


# --------------------------------------------------------------------------- in bulk
# Texts as a field might hold them: words, separators, spacing, accents, other scripts and the
# control characters the bulk path uses as separators.
_TEKENS = "aAbBzZ09 _-.;,|/()[]{}+&:\t\n\x1e\x1f\x00éëÖøßĳΣσǂǁ𐞷İﬁ²\u0301"
_WAARDEN = st.one_of(
    st.none(),
    st.integers(-1000, 10**6),
    st.text(alphabet=_TEKENS, max_size=25),
    st.sampled_from(["Medewerker magazijn / expeditie (m/v)", "Zorgcoördinator België", "Chef-kok", "  ", ""]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WAARDEN, max_size=12))
def test_sleutels_equal_segmenten_value_by_value(values):
    assert sleutels(values) == [SEGMENT_TEKEN.join(segmenten(v)) for v in values]


@settings(max_examples=200, deadline=None)
@given(st.lists(_WAARDEN, max_size=12))
def test_normaliseer_alle_equals_normalize_value_by_value(values):
    assert normaliseer_alle(values) == [normalize(v) for v in values]


def test_sleutels_examples():
    assert sleutels(["Heftruck; rijbewijs B", None, " ;; ", "Zorgcoördinator België", 42]) == [
        f"heftruck{SEGMENT_TEKEN}rijbewijs b",
        "",
        "",
        "zorgcoordinator belgie",
        "42",
    ]


def test_sleutels_in_parts_equal_segmenten():
    """Many values are cleaned a few thousand at a time: the parts join up without a shift."""
    rng = random.Random(5)
    stukken = ["Kok", "magazijn", "medewerker", "(m/v)", ";", "/", " ", "  ", "Venlo", "é", "_", "", "B.V."]
    values = ["".join(rng.choice(stukken) for _ in range(rng.randint(0, 6))) for _ in range(20_000)]
    values[9000] = None
    values[19_000] = "Kok\x1fVenlo"  # this part goes value by value
    assert sleutels(values) == [SEGMENT_TEKEN.join(segmenten(v)) for v in values]
