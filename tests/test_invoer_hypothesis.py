"""Bad input everywhere: random and hostile input to the klant and gesprek forms and to every CLI
command of this feature. 0 crashes, 0 tracebacks, one Dutch message, stored data unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from werkcoach_tui.cli import main
from werkcoach_tui.services.validatie import KLANT_VELDEN, Validatiefout

VIJANDIG = [
    "", " ", "\t\n", "31-02-2026", "29-02-2025", "00-00-0000", "32-13-2026", "1-1-1", "01-01-10000",
    "99999999999999999999999", "-1", "-0,5", "1e308", "-1e308", "nan", "inf", "-inf", "0x1F", "½",
    "'; DROP TABLE klant; --", "Robert'); DELETE FROM gesprek;--", "\" OR 1=1 --", "NULL", "None",
    "\x00", "\x1b[31mrood\x1b[0m", "\u202egnirts", "😀" * 50, "👩‍👩‍👧‍👦", "ǅ", "x" * 100_000,
    "\r\n" * 100, "٣٢", "３２", "12,5,5", "--", "-", "%s%s%n", "{0}", "../../etc/passwd",
]
waarde = st.one_of(
    st.sampled_from(VIJANDIG),
    st.text(max_size=300),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: str(f).replace(".", ",")),
    st.dates().map(lambda d: d.strftime("%d-%m-%Y")),
    st.none(),
    st.booleans(),
)
HYP = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])
VOORBEELDEN: Counter = Counter()


def _toestand(pad: Path) -> str:
    """Everything stored except the (append-only) audit trail."""
    con = sqlite3.connect(pad)
    try:
        h = hashlib.sha256()
        for tabel in ("klant", "gesprek", "instelling"):
            for rij in con.execute(f"SELECT * FROM {tabel} ORDER BY 1"):
                h.update(repr(rij).encode())
        return h.hexdigest()
    finally:
        con.close()


def _dutch(fouten: dict) -> None:
    assert fouten, "a Validatiefout names at least one field"
    for veld, melding in fouten.items():
        assert isinstance(melding, str) and 10 < len(melding) < 400, (veld, melding)
        assert "Traceback" not in melding and "Error" not in melding


@pytest.fixture
def klant(diensten):
    return diensten.klanten.maak({"naam": "Vaste Klant", "woonplaats": "Venlo"})


@HYP
@given(invoer=st.dictionaries(st.sampled_from((*KLANT_VELDEN, "bsn")), waarde, max_size=12))
def test_klantformulier_nieuw(diensten, invoer):
    VOORBEELDEN["klantformulier (nieuw)"] += 1
    voor = _toestand(diensten.store.path)
    try:
        k = diensten.klanten.maak(invoer)
    except Validatiefout as exc:
        _dutch(exc.fouten)
        assert _toestand(diensten.store.path) == voor, "nothing stored on bad input"
        return
    opgeslagen = diensten.klanten.kaart(k.id).klant
    assert opgeslagen.naam and len(opgeslagen.naam) <= 200
    assert all(ord(c) >= 32 or c in "\n\t" for c in opgeslagen.naam)
    if opgeslagen.beschikbare_uren is not None:
        assert 0 <= opgeslagen.beschikbare_uren <= 60


@HYP
@given(invoer=st.dictionaries(st.sampled_from((*KLANT_VELDEN, "bsn")), waarde, max_size=12))
def test_klantformulier_wijzigen(diensten, klant, invoer):
    VOORBEELDEN["klantformulier (wijzigen)"] += 1
    voor = _toestand(diensten.store.path)
    huidig = diensten.klanten.kaart(klant.id).klant
    try:
        diensten.klanten.wijzig(klant.id, invoer, verwachte_versie=huidig.versie)
    except Validatiefout as exc:
        _dutch(exc.fouten)
        assert _toestand(diensten.store.path) == voor
        return
    assert diensten.klanten.kaart(klant.id).klant.klantnummer == klant.klantnummer


@HYP
@given(invoer=st.dictionaries(st.sampled_from(("datum", "type", "kanaal", "status", "duur_minuten", "notitie")),
                              waarde, max_size=6))
def test_gespreksformulier(diensten, klant, invoer):
    VOORBEELDEN["gespreksformulier"] += 1
    voor = _toestand(diensten.store.path)
    try:
        g = diensten.klanten.voeg_gesprek_toe(klant.id, invoer)
    except Validatiefout as exc:
        _dutch(exc.fouten)
        assert _toestand(diensten.store.path) == voor
        return
    assert 0 <= g.duur_minuten <= 480 and len(g.notitie) <= 20_000


# -- the CLI commands of this feature ----------------------------------------------------------
arg = st.one_of(st.sampled_from(VIJANDIG[:-7] + ["--ja", "-o", "--klant", "--aantal", "--jaren", "-h"]),
                st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/\\"),
                        max_size=40))


@pytest.fixture
def cli_db(tmp_path, monkeypatch, diensten, klant):
    diensten.klanten.voeg_gesprek_toe(klant.id, {"datum": "20-11-2026", "type": "intake", "kanaal": "video"})
    pad = diensten.store.path
    diensten.store.checkpoint()
    monkeypatch.chdir(tmp_path)
    return pad


def _roep(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: usage + one Dutch error line
        code = exc.code
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def _geen_crash(code, out, err) -> None:
    assert code in (0, 1, 2), code
    assert "Traceback" not in err and "Traceback" not in out
    assert "\x1b" not in err + out and "\r" not in err + out, "no terminal escapes echoed"
    if code == 2 and err:
        laatste = err.strip().splitlines()[-1]
        assert laatste.startswith("werkcoach"), err


OPDRACHTEN = {
    "audit --klant": lambda a: ["audit", "--klant", a[0]],
    "audit --aantal": lambda a: ["audit", "--aantal", a[0]],
    "audit (vrij)": lambda a: ["audit", *a],
    "bewaartermijn": lambda a: ["bewaartermijn", "--controle", "--jaren", a[0]],
    "klant verwijder": lambda a: ["klant", "verwijder", a[0], "--ja"],
    "klant (vrij)": lambda a: ["klant", *a],
    "backup -o": lambda a: ["backup", "-o", "uit/" + a[0] if a[0] not in ("", ".", "..") else "uit/x"],
    "herstel": lambda a: ["herstel", a[0]],
    "--vandaag info": lambda a: ["--vandaag", a[0], "info"],
    "instelling": lambda a: ["instelling", "bewaartermijn_jaren" if len(a) > 1 else a[0], *a[-1:]],
    "werkplan export": lambda a: ["werkplan", "export", a[0], *a[1:3]],
    "werkplan export --versie": lambda a: ["werkplan", "export", "K100001", "--versie", a[0]],
    "werkplan export --format": lambda a: ["werkplan", "export", "K100001", "--format", a[0]],
    "vacatures zoek": lambda a: ["vacatures", "zoek", a[0], *a[1:3]],
    "vacatures zoek --limit": lambda a: ["vacatures", "zoek", "kok", "--limit", a[0]],
    "vacatures import": lambda a: ["vacatures", "import", a[0]],
    "beroepen import": lambda a: ["beroepen", "import", a[0]],
    "casuistiek rapport": lambda a: ["casuistiek", "rapport", a[0], *a[1:3]],
    "casuistiek export": lambda a: ["casuistiek", "export", "--klanten", a[0], "-o", "uit/bundel.json"],
    "casuistiek import": lambda a: ["casuistiek", "import", a[0], *a[1:2]],
}
ALLEEN_LEZEN_BIJ_SUCCES = {"instelling", "werkplan export", "werkplan export --versie", "werkplan export --format",
                           "vacatures zoek", "vacatures zoek --limit", "casuistiek rapport"}
"""These may write an audit row (an export, a search) when they succeed; on failure nothing changes."""


@pytest.mark.parametrize("opdracht", list(OPDRACHTEN))
def test_cli_opdrachten_vijandige_invoer(cli_db, capsys, opdracht):
    maak = OPDRACHTEN[opdracht]

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(args=st.lists(arg, min_size=1, max_size=4))
    def probeer(args):
        assume(args[0].strip().upper() != "K100001" or opdracht != "klant verwijder")
        VOORBEELDEN[f"cli {opdracht}"] += 1
        voor = _toestand(cli_db)
        code, out, err = _roep(["--db", str(cli_db), *maak(args)], capsys)
        _geen_crash(code, out, err)
        if opdracht not in ALLEEN_LEZEN_BIJ_SUCCES or code != 0:
            assert _toestand(cli_db) == voor, "stored data unchanged"

    probeer()


def test_zz_voorbeelden_per_formulier():
    """Prints how many examples each property test ran (runs after the others in this file)."""
    print("\nhypothesis examples: " + ", ".join(f"{k} {v}" for k, v in sorted(VOORBEELDEN.items())))
    if VOORBEELDEN:
        assert all(v >= 15 for v in VOORBEELDEN.values())
