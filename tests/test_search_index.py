"""The vacancy index: search quality on a labelled query list, filters, input shapes, threads."""

from __future__ import annotations

import csv
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

from werkcoach_tui.importers.vacatures import parse_vacatures
from werkcoach_tui.models.enums import Land, Opleidingsniveau
from werkcoach_tui.search import KOLOMMEN, Synoniemen, Treffer, VacatureIndex, ZoekFilters
from werkcoach_tui.search.normalize import termen, trigrammen

FIXTURES = Path(__file__).parent / "fixtures" / "search"
REPO = Path(__file__).resolve().parents[1]
ESCO = REPO.parent / "shared" / "data" / "esco" / "occupations_nl.csv"
VANDAAG = date(2025, 3, 1)
ALLES = ZoekFilters(open_op=False)


# --------------------------------------------------------------------------- the labelled set
def _fixture_rows() -> tuple[list[tuple], dict[int, str], dict[int, str]]:
    """Fixture vacancies through the real importer, as KOLOMMEN tuples; plus id -> group, id -> title."""
    res = parse_vacatures(FIXTURES / "vacatures.csv")
    assert res.ok and not res.fouten, res.fouten
    with (FIXTURES / "vacatures.csv").open(encoding="utf-8", newline="") as f:
        groep_van_extern = {r["id"]: r["groep"] for r in csv.DictReader(f)}
    rows, groep, titel = [], {}, {}
    for i, r in enumerate(res.rows, start=1):
        rows.append(tuple([i] + [r[k] for k in KOLOMMEN[1:]]))
        groep[i] = groep_van_extern[r["extern_id"]]
        titel[i] = r["titel"]
    return rows, groep, titel


def _zoekvragen() -> list[tuple[str, str]]:
    with (FIXTURES / "zoekvragen.csv").open(encoding="utf-8", newline="") as f:
        return [(r["zoekvraag"], r["beroep"]) for r in csv.DictReader(f)]


@pytest.fixture(scope="module")
def fixture_set():
    return _fixture_rows()


@pytest.fixture(scope="module")
def index(fixture_set) -> VacatureIndex:
    rows, _, _ = fixture_set
    return VacatureIndex.build(rows, synoniemen=Synoniemen.laad(beroepen=FIXTURES / "beroepen.csv"))


def _recall_at_5(index: VacatureIndex, groep: dict[int, str], titel: dict[int, str]) -> tuple[float, list[str]]:
    vragen = _zoekvragen()
    missers = []
    for q, verwacht in vragen:
        top = index.search(q, ALLES, today=VANDAAG, limit=5)
        if not any(groep[t.id] == verwacht for t in top):
            missers.append(f"{q!r} -> {[titel[t.id] for t in top]}")
    return 1 - len(missers) / len(vragen), missers


def test_labelled_list_is_large_enough():
    vragen = _zoekvragen()
    assert len(vragen) >= 40
    assert {"heftruk", "reachtruck", "magazijn medewerker", "verpleegkundge", "kok", "schoonmaker",
            "buschauffeur", "vrachtwagen chauffeur", "administratief medewerkr"} <= {q for q, _ in vragen}


def test_search_quality_recall_at_5(index, fixture_set):
    _, groep, titel = fixture_set
    recall, missers = _recall_at_5(index, groep, titel)
    assert recall >= 0.95, "\n".join(missers)


def test_search_quality_without_synonyms_still_finds_typos_and_compounds(fixture_set):
    rows, groep, titel = fixture_set
    recall, missers = _recall_at_5(VacatureIndex.build(rows), groep, titel)
    # Only the pure synonym queries (postbode, poetsvrouw, ...) may be lost.
    assert recall >= 0.90, "\n".join(missers)


@pytest.mark.skipif(not ESCO.exists(), reason="ESCO-bestand niet aanwezig")
def test_search_quality_with_esco_and_the_app_occupation_list(fixture_set):
    rows, groep, titel = fixture_set
    beroepen = REPO / "data" / "beroepen.csv"
    syn = Synoniemen.laad(beroepen=beroepen if beroepen.exists() else None, esco=ESCO)
    recall, missers = _recall_at_5(VacatureIndex.build(rows, synoniemen=syn), groep, titel)
    assert recall >= 0.95, "\n".join(missers)


def _titels(index, titel, q, **kw):
    return [titel[t.id] for t in index.search(q, ALLES, today=VANDAAG, **kw)]


def test_split_and_joined_compounds_find_each_other(index, fixture_set):
    _, _, titel = fixture_set
    assert {"Magazijnmedewerker", "Magazijn medewerker"} <= set(_titels(index, titel, "magazijn medewerker", limit=3))
    assert {"Magazijnmedewerker", "Magazijn medewerker"} <= set(_titels(index, titel, "magazijnmedewerker", limit=3))
    # A typed compound is split to find the reversed title too.
    assert "Ervaren medewerker magazijn" in _titels(index, titel, "magazijnmedewerker", limit=5)


def test_synonym_matches_say_how_they_matched(index, fixture_set):
    _, _, titel = fixture_set
    top = index.search("reachtruck", ALLES, today=VANDAAG, limit=5)
    assert "Heftruckchauffeur" in [titel[t.id] for t in top]
    via = {titel[t.id]: t.via for t in top}
    assert via["Heftruckchauffeur"] == "heftruckchauffeur"
    assert via["Reachtruckchauffeur"] is None  # found by the query itself


def test_case_and_diacritics_do_not_matter(index):
    a = index.search("CONCIËRGE", ALLES, today=VANDAAG)
    b = index.search("concierge", ALLES, today=VANDAAG)
    assert a and [t.id for t in a] == [t.id for t in b]


def test_results_are_sorted_scored_and_limited(index):
    res = index.search("medewerker", ALLES, today=VANDAAG, limit=7)
    assert len(res) == 7
    scores = [t.score for t in res]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)
    assert all(isinstance(t, Treffer) for t in res)


def test_nonsense_finds_nothing(index):
    assert index.search("xqzwv", ALLES, today=VANDAAG) == []


def test_every_prefix_while_typing_works(index):
    q = "vrachtwagenchauffeur venlo"
    for i in range(1, len(q) + 1):
        index.search(q[:i], today=VANDAAG)  # never raises, also for 1-2 letters
    assert index.search("v", ALLES, today=VANDAAG)


# --------------------------------------------------------------------------- filters
def _rij(i, titel, *, werkgever="Werkgever", plaats="Venlo", land="NL", uren=(None, None), niveau=None,
         pawa=False, vaardigheden="", beroep=None, sluit=None, pub=None):
    return (i, titel, werkgever, plaats, land, uren[0], uren[1], niveau, pawa, vaardigheden, beroep, sluit, pub)


@pytest.fixture(scope="module")
def klein() -> VacatureIndex:
    rows = [
        _rij(1, "Heftruckchauffeur", plaats="Venlo", uren=(32, 40), niveau="mbo2", pub=date(2025, 2, 1)),
        _rij(2, "Heftruckchauffeur", plaats="Venray", uren=(16, 24), niveau="mbo3", pawa=True, pub=date(2025, 2, 3)),
        _rij(3, "Heftruckchauffeur", plaats="Kleve", land="DE", uren=(38, 38), pub=date(2025, 1, 5)),
        _rij(4, "Heftruckchauffeur", plaats="Genk", land="BE", niveau="hbo", sluit=date(2025, 2, 28), pub=date(2025, 1, 1)),
        _rij(5, "Heftruckchauffeur", plaats="Roermond", uren=(None, 20), niveau="vmbo", sluit=date(2025, 3, 1), pub=date(2025, 2, 20)),
        _rij(6, "Kok", plaats="Venlo", werkgever="Hotel De Wanssumse Brug", uren=(24, 32), niveau="mbo2", pub=date(2025, 2, 10)),
        _rij(7, "Magazijnmedewerker", plaats="Rotterdam", vaardigheden="heftruckcertificaat; VCA", pub=date(2025, 2, 11)),
    ]
    return VacatureIndex.build(rows)


def _ids(index, q="", **filters):
    today = filters.pop("today", VANDAAG)
    return sorted(t.id for t in index.search(q, ZoekFilters(**filters), today=today))


def test_open_op_today_is_the_default(klein):
    assert 4 not in _ids(klein, "heftruck")  # closed yesterday
    assert 5 in _ids(klein, "heftruck")  # closes today: still open
    assert 4 in _ids(klein, "heftruck", open_op=False)
    assert 4 in _ids(klein, "heftruck", open_op=date(2025, 2, 1))
    assert 5 not in _ids(klein, "heftruck", open_op=True, today=date(2025, 3, 2))


def test_filter_landen(klein):
    assert _ids(klein, "heftruck", landen={"DE"}) == [3]
    assert _ids(klein, "heftruck", landen={Land.DE, Land.BE}, open_op=False) == [3, 4]
    assert _ids(klein, "heftruck", landen={"België"}, open_op=False) == [4]


def test_filter_plaats_exact_prefix_typo_and_region(klein):
    assert _ids(klein, "heftruck", plaats="Venlo") == [1]
    assert _ids(klein, "heftruck", plaats="venr") == [2]  # typing
    assert _ids(klein, "heftruck", plaats="Roermnd") == [5]  # typo
    assert _ids(klein, "heftruck", plaats="Venlo, Venray") == [1, 2]
    assert _ids(klein, "", plaats="Venlo") == [1, 6]
    assert _ids(klein, "", plaats="   ") == _ids(klein, "")


def test_filter_uren_compares_ranges(klein):
    # At least 30 hours: 32-40, 38 and the unknown ones; not 16-24 nor "up to 20".
    assert _ids(klein, "chauffeur", uren_min=30) == [1, 3]
    assert _ids(klein, "chauffeur", uren_min=30, open_op=False) == [1, 3, 4]  # 4 has no hours: kept
    # At most 20 hours: 16-24 (can start at 16) and "20" (only a maximum known).
    assert _ids(klein, "chauffeur", uren_max=20) == [2, 5]
    assert _ids(klein, "chauffeur", uren_min=20, uren_max=24) == [2, 5]


def test_filter_opleidingsniveau_at_most_or_exact(klein):
    # A klant with mbo 2 qualifies for mbo 2, vmbo and vacancies without a level.
    assert _ids(klein, "chauffeur", opleidingsniveau=Opleidingsniveau.MBO2) == [1, 3, 5]
    assert _ids(klein, "chauffeur", opleidingsniveau="mbo2", opleiding_exact=True) == [1]
    assert _ids(klein, "chauffeur", opleidingsniveau="Mbo 3") == [1, 2, 3, 5]


def test_filter_pawa_only(klein):
    assert _ids(klein, "chauffeur", pawa_only=True) == [2]


def test_empty_query_lists_filtered_vacancies_newest_first(klein):
    res = klein.search("", ZoekFilters(), today=VANDAAG)
    assert [t.id for t in res] == [5, 7, 6, 2, 1, 3]
    assert all(t.score == 0 and t.veld is None for t in res)
    assert [t.id for t in klein.search("  ", ZoekFilters(plaats="Venlo"), today=VANDAAG, limit=1)] == [6]


def test_ties_are_broken_by_newest_publication(klein):
    res = klein.search("heftruckchauffeur", today=VANDAAG)
    assert [t.id for t in res][:4] == [5, 2, 1, 3]


def test_which_field_matched(klein):
    assert klein.search("kok", today=VANDAAG)[0].veld == "titel"
    assert klein.search("wanssumse brug", today=VANDAAG)[0].veld == "werkgever"
    res = {t.id: t.veld for t in klein.search("heftruckcertificaat", today=VANDAAG)}
    assert res[7] == "vaardigheden"
    venlo = klein.search("venlo", today=VANDAAG)
    assert {t.id for t in venlo} == {1, 6} and venlo[0].veld == "plaats"


def test_words_can_match_different_fields(klein):
    res = klein.search("heftruck venray", today=VANDAAG)
    assert res[0].id == 2


# --------------------------------------------------------------------------- input shapes
def test_build_from_sqlite_rows_with_iso_dates_and_integers(tmp_path):
    db = sqlite3.connect(tmp_path / "v.db")
    db.execute(
        "CREATE TABLE vacature (id INTEGER PRIMARY KEY, titel TEXT, werkgever TEXT, plaats TEXT, land TEXT,"
        " uren_min REAL, uren_max REAL, opleidingsniveau TEXT, pawa INTEGER, vaardigheden TEXT, beroep TEXT,"
        " sluitingsdatum TEXT, publicatiedatum TEXT)"
    )
    db.executemany(
        "INSERT INTO vacature VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (10, "Kok", "Hotel", "Venlo", "NL", 24, 32, "mbo2", 1, "", None, "2025-04-01", "2025-02-01"),
            (11, "Kok", "Hotel", "Venlo", "NL", None, None, None, 0, "", None, "2025-01-01", "2025-01-01"),
        ],
    )
    rows = db.execute(f"SELECT {', '.join(KOLOMMEN)} FROM vacature").fetchall()
    index = VacatureIndex.build(rows)
    assert [t.id for t in index.search("kok", today=VANDAAG)] == [10]
    assert [t.id for t in index.search("kok", ZoekFilters(pawa_only=True, opleidingsniveau="mbo2"), today=VANDAAG)] == [10]
    db.close()


def test_build_from_dicts_and_short_tuples():
    d = [{"id": 1, "titel": "Kok", "werkgever": "Hotel", "plaats": "Venlo", "land": "NL"}]
    assert [t.id for t in VacatureIndex.build(d).search("kok", today=VANDAAG)] == [1]
    twaalf = [(1, "Kok", "Hotel", "Venlo", "NL", None, None, None, False, "", None, None)]
    assert [t.id for t in VacatureIndex.build(twaalf).search("kok", today=VANDAAG)] == [1]
    with pytest.raises(ValueError, match="kolommen"):
        VacatureIndex.build([(1, "Kok", "Hotel")])


def _resultaten(index, queries, filters=(ZoekFilters(), ALLES, ZoekFilters(plaats="Venlo", uren_min=30))):
    return [[(t.id, t.score, t.veld, t.via) for t in index.search(q, f, today=VANDAAG, limit=30)]
            for q in queries for f in filters]


def test_build_from_a_cursor_reads_it_in_blocks(tmp_path):
    """The service hands build its cursor: read block by block (here 1,500 rows, values
    repeating across blocks) it gives the same index as the same rows as a list or as dicts."""
    db = sqlite3.connect(tmp_path / "v.db")
    db.execute(
        "CREATE TABLE vacature (id INTEGER PRIMARY KEY, titel TEXT, werkgever TEXT, plaats TEXT, land TEXT,"
        " uren_min REAL, uren_max REAL, opleidingsniveau TEXT, pawa INTEGER, vaardigheden TEXT, beroep TEXT,"
        " sluitingsdatum TEXT, publicatiedatum TEXT)"
    )
    titels = ["Kok", "Zelfstandig werkend kok", "Heftruckchauffeur", "Magazijn medewerker", "Conciërge (m/v)"]
    plaatsen = ["Venlo", "Venray", "Kleve", "'s-Hertogenbosch"]
    db.executemany(
        "INSERT INTO vacature VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (i, titels[i % 5] + ("" if i % 7 else f" {i}"), f"Werkgever {i % 13}", plaatsen[i % 4], "NL" if i % 4 != 2 else "DE",
             None if i % 3 == 0 else 24 + i % 3 * 4, 40, ["mbo2", None, "hbo"][i % 3], i % 2,
             "heftruckcertificaat; VCA" if i % 5 == 2 else "", None, f"2025-03-{1 + i % 28:02d}", f"2025-01-{1 + i % 28:02d}")
            for i in range(1, 1501)
        ],
    )
    sql = f"SELECT {', '.join(KOLOMMEN)} FROM vacature"
    uit_cursor = VacatureIndex.build(db.execute(sql))
    uit_lijst = VacatureIndex.build(db.execute(sql).fetchall())
    uit_dicts = VacatureIndex.build([dict(zip(KOLOMMEN, r)) for r in db.execute(sql)])
    assert len(uit_cursor) == len(uit_lijst) == len(uit_dicts) == 1500
    queries = ["kok", "heftruk", "magazijnmedewerker", "concierge", "werkgever 7", "kok 140", "", "venray"]
    verwacht = _resultaten(uit_lijst, queries)
    assert any(verwacht) and _resultaten(uit_cursor, queries) == verwacht == _resultaten(uit_dicts, queries)
    db.close()


def test_terms_and_trigrams_are_those_of_each_value():
    """The bulk build indexes exactly the terms normalize.termen gives each distinct value,
    and lists each term under exactly its trigrams."""
    titels = ["Medewerker magazijn / expeditie (m/v)", "Chef-kok; à la carte", "kok kok", "Zorgcoördinator België",
              "Straße\x1eØrsted", "a", "", None, "Heftruckchauffeur, nachtdienst", "ǂ x ǁ y", "Kok", "KOK!"]
    index = VacatureIndex.build([_rij(i, t) for i, t in enumerate(titels)])
    veld = index._velden[0]
    per_waarde: dict[int, set[str]] = {}
    for tid, term in enumerate(index._termen):
        for vid in veld.data[veld.off[tid]:veld.off[tid + 1]].tolist():
            per_waarde.setdefault(vid, set()).add(term)
    for rij, titel in enumerate(titels):
        vid = int(veld.vid[rij])
        assert per_waarde.get(vid, set()) == set(termen(titel)), titel
    assert sorted(index._termen) == index._gesorteerd
    n_trigrammen = 0
    for tid, term in enumerate(index._termen):
        for g in trigrammen(term):
            gid = index._tri[g]
            assert tid in index._tri_data[index._tri_off[gid]:index._tri_off[gid + 1]].tolist()
        n_trigrammen += len(trigrammen(term))
    assert len(index._tri_data) == n_trigrammen


def test_text_ids_are_returned_as_given():
    index = VacatureIndex.build([_rij("V-12", "Kok"), _rij("13", "Kok")])
    assert sorted(t.id for t in index.search("kok", today=VANDAAG)) == ["13", "V-12"]


def test_empty_index():
    index = VacatureIndex.build([])
    assert len(index) == 0
    assert index.search("kok", today=VANDAAG) == []
    assert index.search("", today=VANDAAG) == []


def test_empty_fields_are_allowed():
    index = VacatureIndex.build([_rij(1, "Kok", werkgever="", plaats=None, vaardigheden=None)])
    assert [t.id for t in index.search("kok", today=VANDAAG)] == [1]


# --------------------------------------------------------------------------- threads
def test_concurrent_searches_give_the_same_results(index):
    queries = [q for q, _ in _zoekvragen()]
    expected = {q: [(t.id, t.score) for t in index.search(q, ALLES, today=VANDAAG)] for q in queries}
    errors: list[str] = []

    def worker(offset: int) -> None:
        for q in queries[offset:] + queries[:offset]:
            got = [(t.id, t.score) for t in index.search(q, ALLES, today=VANDAAG)]
            if got != expected[q]:
                errors.append(q)

    threads = [threading.Thread(target=worker, args=(i * 7,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
