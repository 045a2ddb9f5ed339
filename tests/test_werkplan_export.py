"""The export for the klant: golden files of a demo werkplan (md, txt, html), no internal
note ever in it, file mode 0600, audited, and the CLI with its Dutch errors (exit 2)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlmodel import select

from werkcoach_tui.cli import main
from werkcoach_tui.models.audit import AuditRegel
from werkcoach_tui.models.werkplan import Afspraak, WerkplanVersie

GOLDEN = Path(__file__).parent / "golden"
KLANT = "K100012"  # demo klant: two versions, a norm of 3 with its reason
UPDATE = bool(os.environ.get("WERKCOACH_UPDATE_GOLDEN"))


def _klant_id(diensten, nummer=KLANT) -> int:
    return diensten.klanten.zoek_op_nummer(nummer).id


@pytest.mark.parametrize("formaat", ["md", "txt", "html"])
def test_golden(demo_diensten, formaat):
    tekst = demo_diensten.werkplan.render(_klant_id(demo_diensten), 2, formaat)
    pad = GOLDEN / f"werkplan_{KLANT}_v2.{formaat}"
    if UPDATE:
        pad.write_text(tekst, encoding="utf-8", newline="\n")
    assert tekst == pad.read_text(encoding="utf-8")


def test_golden_inhoud_klopt(demo_diensten):
    md = (GOLDEN / f"werkplan_{KLANT}_v2.md").read_text(encoding="utf-8")
    assert "versie 2" in md and "Lotte Willems" in md
    assert "minstens 3 sollicitatieactiviteiten per 4 weken" in md and "omdat: Beschikbaar voor 20 uur" in md
    assert "088 - 898 92 94" in md and "demo.adviseur@example.nl" in md, "adviser's contact details"
    assert "## Wat u doet" in md and "## Wat uw adviseur doet" in md
    html = (GOLDEN / f"werkplan_{KLANT}_v2.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html and "@media print" in html


def test_geen_interne_notities_in_enige_export(demo_diensten):
    wp = demo_diensten.werkplan
    with demo_diensten.store.lees() as s:
        versies = list(s.exec(select(WerkplanVersie)))
        afspraken = list(s.exec(select(Afspraak)))
    geheimen = {v.interne_notitie for v in versies if v.interne_notitie}
    geheimen |= {a.interne_notitie for a in afspraken if a.interne_notitie}
    geheimen |= {a.reden_niet_nagekomen for a in afspraken if a.reden_niet_nagekomen}
    assert len(geheimen) >= 3, "the demo has internal notes to leak"
    # add a marked note to every version and afspraak, incl. text that HTML/Markdown might mangle
    merk = "GEHEIM<b>&intern*notitie"
    with demo_diensten.store.schrijf() as s:
        for v in s.exec(select(WerkplanVersie)):
            v.interne_notitie = merk
            s.add(v)
        for a in s.exec(select(Afspraak)):
            a.interne_notitie = merk
            s.add(a)
    gecontroleerd = 0
    for v in versies:
        for formaat in ("md", "txt", "html"):
            tekst = wp.render(v.klant_id, v.versie, formaat)
            assert "GEHEIM" not in tekst and "intern" not in tekst.lower()
            for g in geheimen:
                assert g not in tekst
            gecontroleerd += 1
    assert gecontroleerd == 3 * len(versies) >= 3 * 40


def test_export_naar_bestand_0600_en_geaudit(demo_diensten, tmp_path):
    wp = demo_diensten.werkplan
    kid = _klant_id(demo_diensten)
    bestaand = tmp_path / "werkplan.html"
    bestaand.write_text("oud")
    os.chmod(bestaand, 0o644)
    pad = wp.exporteer(kid, None, "html", bestaand)
    assert stat.S_IMODE(os.stat(pad).st_mode) == 0o600
    assert pad.read_text(encoding="utf-8") == wp.render(kid, None, "html")
    with demo_diensten.store.lees() as s:
        regels = list(s.exec(select(AuditRegel).where(AuditRegel.actie == "exporteren")))
    assert [(r.klantnummer, r.veld, r.nieuw) for r in regels] == [(KLANT, "html", "versie 2 naar werkplan.html")]


def test_cli_export(demo_pad, tmp_path, capsys):
    doel = tmp_path / "uit.txt"
    code = main(["--db", str(demo_pad), "--vandaag", "23-11-2026", "werkplan", "export", KLANT, "--versie", "1",
                 "--format", "txt", "-o", str(doel)])
    assert code == 0
    assert stat.S_IMODE(os.stat(doel).st_mode) == 0o600
    tekst = doel.read_text(encoding="utf-8")
    assert tekst.startswith("Werkplan van Lotte Willems — versie 1\n")
    assert "minstens 4 sollicitatieactiviteiten" in tekst
    assert str(doel) in capsys.readouterr().out

    assert main(["--db", str(demo_pad), "--vandaag", "23-11-2026", "werkplan", "export", KLANT, "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# Werkplan van Lotte Willems — versie 2")


@pytest.mark.parametrize("argumenten, melding", [
    (["K999999"], "klantnummer K999999 bestaat niet"),
    ([KLANT, "--versie", "9"], "Versie 9 van het werkplan bestaat niet. Er zijn versies 1 t/m 2."),
    ([KLANT, "--versie", "0"], "--versie moet 1 of hoger zijn"),
    (["K100002"], "Deze klant heeft nog geen werkplan"),
    ([KLANT, "-o", "/bestaat/niet/w.md"], "De map /bestaat/niet bestaat niet"),
])
def test_cli_fouten_exit_2(demo_pad, capsys, argumenten, melding):
    code = main(["--db", str(demo_pad), "--vandaag", "23-11-2026", "werkplan", "export", *argumenten])
    uit = capsys.readouterr()
    assert code == 2
    assert melding in uit.err and uit.err.startswith("werkcoach: ") and uit.err.count("\n") == 1
    assert "Traceback" not in uit.err and uit.out == ""
