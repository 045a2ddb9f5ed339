"""The checklist items that data can answer are pre-filled, marked as such, and agree with
the dossier data. One group of tests per item; without the dossier/werkplan services the
items are 'niet te bepalen' and left to the group."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from werkcoach_tui.models.enums import Beoordeling, ChecklistItem, Instrument, Zelfredzaam
from werkcoach_tui.rules import casuistiek as regels
from werkcoach_tui.services.samenvattingen import InstrumentSamenvatting

from .casuistiek_hulp import NepDienst, dossier, maak_klant, volledig_dossier, werkplan

V, O, N, NB = Beoordeling.VOLDOENDE, Beoordeling.ONVOLDOENDE, Beoordeling.NVT, Beoordeling.NIET_BEOORDEELD


def _cursus(onderbouwing: str) -> InstrumentSamenvatting:
    return InstrumentSamenvatting(Instrument.KORTE_CURSUS, Decimal("300"), onderbouwing)


# --- zelfredzaamheid ------------------------------------------------------------------------
def test_zelfredzaamheid():
    assert regels.zelfredzaamheid(dossier(1, zelfredzaam=Zelfredzaam.JA, zelfredzaam_toelichting="x")).score == V
    uit = regels.zelfredzaamheid(dossier(1))
    assert (uit.score, uit.voorgevuld) == (O, True)
    assert "zonder toelichting" in regels.zelfredzaamheid(dossier(1, zelfredzaam=Zelfredzaam.NEE)).opmerking
    geen = regels.zelfredzaamheid(None)
    assert (geen.score, geen.voorgevuld) == (NB, False)


# --- visie van de werkcoach -------------------------------------------------------------------
def test_visie():
    leeg = regels.visie(dossier(1, visie_werkcoach="  "))
    assert (leeg.score, leeg.voorgevuld) == (O, True)
    aanwezig = regels.visie(dossier(1, visie_werkcoach="Vraag naar lassers; klant is lasser; cursus."))
    # Whether it links demand, fitness and instrument is the group's judgement.
    assert (aanwezig.score, aanwezig.voorgevuld) == (NB, False)
    assert "groep" in aanwezig.opmerking
    assert regels.visie(None).voorgevuld is False


# --- instruments labour-market related --------------------------------------------------------
def test_instrumenten():
    assert regels.instrumenten(dossier(1)).score == N
    assert regels.instrumenten(dossier(1, instrumenten=(_cursus("Vacatures vragen VCA"),))).score == V
    zonder = regels.instrumenten(dossier(1, instrumenten=(_cursus("Vacatures vragen VCA"), _cursus(" "))))
    assert (zonder.score, zonder.voorgevuld) == (O, True)
    assert "Korte cursus" in zonder.opmerking
    assert regels.instrumenten(None).score == NB


# --- sollicitatieplicht --------------------------------------------------------------------------
def test_sollicitatieplicht():
    assert regels.sollicitatieplicht(werkplan(1, heeft_werkplan=True)).score == V
    assert regels.sollicitatieplicht(werkplan(1, heeft_werkplan=True, perioden_tekort=2, tekorten_opgevolgd=2)).score == V
    niet = regels.sollicitatieplicht(werkplan(1, heeft_werkplan=True, perioden_tekort=3, tekorten_opgevolgd=1))
    assert (niet.score, niet.voorgevuld) == (O, True) and "2 van 3" in niet.opmerking
    geen_plan = regels.sollicitatieplicht(werkplan(1, heeft_werkplan=False))
    assert (geen_plan.score, geen_plan.voorgevuld) == (NB, False)
    assert regels.sollicitatieplicht(None).score == NB


# --- 57+ ---------------------------------------------------------------------------------------------
def test_ouderen():
    assert regels.ouderen(56, dossier(1)).score == N
    assert regels.ouderen(56, None).score == N  # age alone answers it
    assert regels.ouderen(57, dossier(1, arbeidsmarktkansen_gewogen=True)).score == V
    niet = regels.ouderen(60, dossier(1))
    assert (niet.score, niet.voorgevuld) == (O, True)
    assert regels.ouderen(60, None).score == NB
    assert regels.ouderen(None, dossier(1)).score == NB


# --- werkplan SMART and finalised ------------------------------------------------------------------
def test_werkplan():
    assert regels.werkplan_smart(werkplan(1)).score == O  # no werkplan
    assert regels.werkplan_smart(werkplan(1, heeft_werkplan=True, concept=True)).score == O
    vast = dict(heeft_werkplan=True, huidige_versie=2, vastgesteld_op=date(2026, 6, 1))
    assert regels.werkplan_smart(werkplan(1, **vast, aantal_afspraken=0)).score == O
    niet_smart = regels.werkplan_smart(werkplan(1, **vast, aantal_afspraken=4, afspraken_niet_smart=1))
    assert niet_smart.score == O and "1 van 4" in niet_smart.opmerking
    goed = regels.werkplan_smart(werkplan(1, **vast, aantal_afspraken=4))
    assert (goed.score, goed.voorgevuld) == (V, True)
    assert regels.werkplan_smart(None).score == NB


# --- the service stores the pre-fill with the dossier on the agenda -----------------------------------
def _scores(diensten, bespreking_id):
    detail = diensten.casuistiek.detail(bespreking_id)
    return {r.pseudoniem: {s.item: s for s in r.scores} for r in detail.agenda}, detail


def test_service_vult_voor_uit_de_samenvattingen(diensten):
    oud = maak_klant(diensten, naam="Oud Een", geboortedatum=date(1966, 1, 1))
    jong = maak_klant(diensten, naam="Jong Twee", geboortedatum=date(1995, 1, 1))
    diensten.dossier = NepDienst({
        oud: volledig_dossier(oud, arbeidsmarktkansen_gewogen=False),
        jong: volledig_dossier(jong, instrumenten=(_cursus(""),), zelfredzaam=None),
    })
    diensten.werkplan = NepDienst({
        oud: werkplan(oud, heeft_werkplan=True, huidige_versie=1, vastgesteld_op=date(2026, 6, 1), aantal_afspraken=3),
        jong: werkplan(jong, heeft_werkplan=True, concept=True, perioden_tekort=1),
    })
    b = diensten.casuistiek.maak_bespreking({"datum": "23-11-2026", "voorzitter": "Vz", "deelnemers": "A, B"})
    diensten.casuistiek.voeg_toe(b.id, [oud, jong])
    detail = diensten.casuistiek.detail(b.id)
    eerste, tweede = ({s.item: s for s in r.scores} for r in detail.agenda)
    verwacht_oud = {ChecklistItem.ZELFREDZAAMHEID: V, ChecklistItem.VISIE: NB, ChecklistItem.INSTRUMENTEN: V,
                    ChecklistItem.SOLLICITATIEPLICHT: V, ChecklistItem.OUDEREN: O, ChecklistItem.WERKPLAN: V}
    verwacht_jong = {ChecklistItem.ZELFREDZAAMHEID: O, ChecklistItem.VISIE: NB, ChecklistItem.INSTRUMENTEN: O,
                     ChecklistItem.SOLLICITATIEPLICHT: O, ChecklistItem.OUDEREN: N, ChecklistItem.WERKPLAN: O}
    assert {i: s.score for i, s in eerste.items()} == verwacht_oud
    assert {i: s.score for i, s in tweede.items()} == verwacht_jong
    assert eerste[ChecklistItem.OUDEREN].voorgevuld and not eerste[ChecklistItem.VISIE].voorgevuld


def test_zonder_diensten_is_het_niet_te_bepalen(diensten):
    k = maak_klant(diensten, geboortedatum=date(1990, 1, 1))
    for naam in ("dossier", "werkplan"):  # a deployment without those features
        delattr(diensten, naam)
    b = diensten.casuistiek.maak_bespreking({"datum": "23-11-2026", "voorzitter": "Vz", "deelnemers": "A"})
    diensten.casuistiek.voeg_toe(b.id, [k])
    rij = diensten.casuistiek.detail(b.id).agenda[0]
    per_item = {s.item: s for s in rij.scores}
    assert per_item[ChecklistItem.OUDEREN].score == N  # from the birth date alone
    for item in (ChecklistItem.ZELFREDZAAMHEID, ChecklistItem.VISIE, ChecklistItem.INSTRUMENTEN,
                 ChecklistItem.SOLLICITATIEPLICHT, ChecklistItem.WERKPLAN):
        assert per_item[item].score == NB and not per_item[item].voorgevuld
        assert per_item[item].opmerking == regels.NIET_TE_BEPALEN
    w = diensten.casuistiek.weergave(rij.id)
    assert w.methode is None and len(w.niet_beschikbaar) == 2


def test_groep_overschrijft_voorinvulling_en_dat_wordt_gelogd(diensten):
    from werkcoach_tui.services.audit import lees_audit

    k = maak_klant(diensten, geboortedatum=date(1990, 1, 1))
    b = diensten.casuistiek.maak_bespreking({"datum": "23-11-2026", "voorzitter": "Vz", "deelnemers": "A"})
    diensten.casuistiek.voeg_toe(b.id, [k])
    rij = diensten.casuistiek.detail(b.id).agenda[0]
    diensten.casuistiek.zet_score(rij.id, ChecklistItem.OUDEREN, Beoordeling.ONVOLDOENDE, "Toch bespreken")
    sc = {s.item: s for s in diensten.casuistiek.detail(b.id).agenda[0].scores}[ChecklistItem.OUDEREN]
    assert (sc.score, sc.voorgevuld, sc.opmerking) == (O, False, "Toch bespreken")
    with diensten.store.lees() as s:
        regels_ = [r for r in lees_audit(s) if r.entiteit == "casuistiek_score.ouderen"]
    assert {r.veld for r in regels_} >= {"score", "voorgevuld", "opmerking"}
