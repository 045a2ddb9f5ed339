"""The 4-week check (rules and service): period boundaries, the boundary day, exemptions
covering part of a period, the AOW case, exemptions longer than 6 months refused, norms that
change with a new werkplan version, follow-up of shortfalls."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkcoach_tui.clock import FixedClock
from werkcoach_tui.diensten import Diensten
from werkcoach_tui.models.enums import TekortOpvolging, VrijstellingReden
from werkcoach_tui.rules.feiten import SollicitatieFeit, VrijstellingFeit
from werkcoach_tui.rules.sollicitatieplicht import norm_op, sollicitatie_perioden, tekort_perioden


def perioden_met_normen(ww_start, today, sollicitaties=(), vrijstellingen=(), normen=(), geboortedatum=None,
                        ww_einde=None, standaard_norm=4):
    return sollicitatie_perioden(ww_start, today, sollicitaties, vrijstellingen, standaard_norm, geboortedatum,
                                 ww_einde, normen)
from werkcoach_tui.services.validatie import Validatiefout

START = date(2026, 1, 5)  # a Monday
VANDAAG = date(2026, 11, 23)


def dag(n: int) -> date:
    return START + timedelta(days=n)


# --- rules -----------------------------------------------------------------------
def test_periodegrenzen_en_activiteit_op_de_grensdag():
    p = perioden_met_normen(START, dag(56), [dag(27), dag(28), dag(55), dag(56)])
    assert [(x.van, x.tot) for x in p] == [(dag(0), dag(27)), (dag(28), dag(55)), (dag(56), dag(83))]
    assert [x.aantal for x in p] == [1, 2, 1], "day 28 starts period 2; day 56 starts period 3"
    assert [x.gesloten for x in p] == [True, True, False], "the period containing today is still open"
    assert [x.tekort for x in p] == [True, True, False], "an open period never falls short"


def test_periode_sluit_pas_na_de_laatste_dag():
    assert not perioden_met_normen(START, dag(27))[0].gesloten
    assert perioden_met_normen(START, dag(28))[0].gesloten


def test_vrijstelling_over_een_deel_van_de_periode():
    vrij = [VrijstellingFeit(VrijstellingReden.VAKANTIE, dag(0), dag(6))]  # 7 days: 3 required
    p = perioden_met_normen(START, dag(40), [dag(10), dag(11), dag(12)], vrij)[0]
    assert (p.dagen_met_plicht, p.vereist, p.aantal, p.tekort) == (21, 3, 3, False)
    assert p.redenen_zonder_plicht == ("vakantie",)
    vrij = [VrijstellingFeit(VrijstellingReden.MANTELZORG, dag(-10), dag(40))]
    p1, p2 = perioden_met_normen(START, dag(60), [], vrij)[:2]
    assert p1.volledig_vrijgesteld and p1.vereist == 0 and not p1.tekort, "fully exempt: no shortfall"
    assert p2.dagen_met_plicht == 15 and p2.vereist == 2 and p2.tekort


def test_aow_geval_geen_plicht_binnen_een_jaar_van_aow():
    geboren = date(1960, 3, 1)  # AOW at 67: 01-03-2027, no duty from 01-03-2026
    p = perioden_met_normen(date(2026, 1, 5), date(2026, 5, 1), [], [], (), geboren)
    assert p[0].vereist == 4 and p[0].tekort
    grens = next(x for x in p if x.van <= date(2026, 3, 1) <= x.tot)
    assert grens.dagen_met_plicht == (date(2026, 3, 1) - grens.van).days
    assert grens.redenen_zonder_plicht == ("aow_nadert",)
    na = [x for x in p if x.van >= date(2026, 3, 1)]
    assert na and all(x.vereist == 0 and not x.tekort for x in na)


def test_norm_volgt_de_vastgestelde_versie():
    normen = [(dag(30), 2), (dag(90), 6)]
    assert norm_op(dag(29), normen, 4) == 4 and norm_op(dag(30), normen, 4) == 2 and norm_op(dag(200), normen, 4) == 6
    p = perioden_met_normen(START, dag(120), [], [], normen)
    assert [x.norm for x in p[:5]] == [4, 4, 2, 2, 6], "each period takes the norm in force on its first day"


def _dag_voor_dag(ww_start, today, datums, vrij, normen, geb, einde, standaard):
    """The plain definition, day by day: the reference the interval arithmetic must match."""
    from werkcoach_tui.rules.sollicitatieplicht import PERIODE_DAGEN, reden_zonder_plicht

    if today < ww_start:
        return []
    laatste = (today - ww_start).days // PERIODE_DAGEN
    if einde is not None and einde >= ww_start:
        laatste = min(laatste, (einde - ww_start).days // PERIODE_DAGEN)
    uit = []
    for k in range(laatste + 1):
        van = ww_start + timedelta(days=PERIODE_DAGEN * k)
        tot = van + timedelta(days=PERIODE_DAGEN - 1)
        met_plicht, redenen = 0, []
        for n in range(PERIODE_DAGEN):
            r = reden_zonder_plicht(van + timedelta(days=n), vrij, geb, einde)
            if r is None:
                met_plicht += 1
            elif r not in redenen:
                redenen.append(r)
        norm = standaard
        for vanaf, n in sorted(normen):
            if vanaf <= van:
                norm = n
        aantal = sum(1 for d in datums if van <= d <= tot)
        gesloten = today > tot
        uit.append((k + 1, van, tot, gesloten, aantal, norm * met_plicht // PERIODE_DAGEN, norm, met_plicht,
                    tuple(redenen)))
    return uit


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, 400),
    st.lists(st.integers(-10, 420), max_size=25),
    st.lists(st.tuples(st.sampled_from(list(VrijstellingReden)), st.integers(-20, 420),
                       st.one_of(st.none(), st.integers(0, 200))), max_size=3),
    st.lists(st.tuples(st.integers(-30, 420), st.integers(0, 8)), max_size=3),
    st.one_of(st.none(), st.integers(-400, 800)),
    st.one_of(st.none(), st.integers(0, 500)),
    st.integers(0, 8),
)
def test_perioden_gelijk_aan_dag_voor_dag(t, sol, vr, nm, geb, eind, norm):
    """The interval arithmetic (fast enough for 10,000 klanten) == the day-by-day definition,
    including norms that change with a new werkplan version."""
    today = dag(t)
    datums = [dag(d) for d in sol]
    v = [VrijstellingFeit(r, dag(a), None if n is None else dag(a + n)) for r, a, n in vr]
    normen = [(dag(a), n) for a, n in nm]
    g = None if geb is None else date(1959, 1, 1) + timedelta(days=geb)
    e = None if eind is None else dag(eind)
    snel = [(p.nummer, p.van, p.tot, p.gesloten, p.aantal, p.vereist, p.norm, p.dagen_met_plicht,
             p.redenen_zonder_plicht)
            for p in sollicitatie_perioden(START, today, [SollicitatieFeit(d) for d in datums], v, norm, g, e, normen)]
    assert snel == _dag_voor_dag(START, today, datums, v, normen, g, e, norm)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, 400),
    st.lists(st.integers(-10, 420), max_size=40),
    st.lists(st.tuples(st.sampled_from(list(VrijstellingReden)), st.integers(-20, 420),
                       st.one_of(st.none(), st.integers(0, 200))), max_size=3),
    st.lists(st.tuples(st.integers(-30, 420), st.integers(0, 8)), max_size=3),
    st.one_of(st.none(), st.integers(-400, 800)),
    st.one_of(st.none(), st.integers(0, 500)),
)
def test_tekort_perioden_gelijk_aan_volledige_telling(t, sol, vr, nm, geb, eind):
    """The bulk summary's shortcut finds exactly the shortfalls of the full check."""
    today = dag(t)
    datums = sorted(dag(d) for d in sol)
    v = [VrijstellingFeit(r, dag(a), None if n is None else dag(a + n)) for r, a, n in vr]
    normen = [(dag(a), n) for a, n in nm]
    g = None if geb is None else date(1959, 1, 1) + timedelta(days=geb)
    e = None if eind is None else dag(eind)
    volledig = [p.van for p in perioden_met_normen(START, today, datums, v, normen, g, e) if p.tekort]
    assert tekort_perioden(START, today, datums, v, normen, g, e) == volledig


# --- service ----------------------------------------------------------------------
@pytest.fixture
def klant(diensten):
    return diensten.klanten.maak({"naam": "Bram Jansen", "ww_startdatum": "05-01-2026", "geboortedatum": "02-02-1980"})


def test_vrijstelling_langer_dan_zes_maanden_geweigerd(diensten, klant):
    wp = diensten.werkplan
    for reden in ("mantelzorg", "crisis"):
        with pytest.raises(Validatiefout) as exc:
            wp.voeg_vrijstelling_toe(klant.id, {"reden": reden, "van": "01-02-2026", "tot": "01-08-2026"})
        assert "ten hoogste 6 maanden" in exc.value.fouten["tot"] and "31-07-2026" in exc.value.fouten["tot"]
        with pytest.raises(Validatiefout) as exc:
            wp.voeg_vrijstelling_toe(klant.id, {"reden": reden, "van": "01-02-2026", "tot": ""})
        assert "einddatum" in exc.value.fouten["tot"]
    assert wp.vrijstellingen(klant.id) == [], "nothing stored"
    v = wp.voeg_vrijstelling_toe(klant.id, {"reden": "mantelzorg", "van": "01-02-2026", "tot": "31-07-2026"})
    assert v.tot == date(2026, 7, 31)
    lang = wp.voeg_vrijstelling_toe(klant.id, {"reden": "scholing", "van": "01-09-2026", "tot": "30-06-2027"})
    assert lang.id, "other reasons are not capped at 6 months"
    with pytest.raises(Validatiefout) as exc:
        wp.voeg_vrijstelling_toe(klant.id, {"reden": "vakantie", "van": "10-08-2026", "tot": "01-08-2026"})
    assert "vóór de begindatum" in exc.value.fouten["tot"]
    with pytest.raises(Validatiefout) as exc:
        wp.voeg_vrijstelling_toe(klant.id, {"reden": "", "van": "xx"})
    assert set(exc.value.fouten) == {"reden", "van"}


def test_controle_telt_en_vrijgestelde_perioden_geen_tekort(diensten, klant):
    wp = diensten.werkplan
    for d in ("05-01-2026", "06-01-2026", "10-01-2026", "01-02-2026"):  # 01-02 is the boundary day of period 2
        wp.voeg_sollicitatie_toe(klant.id, {"datum": d, "werkgever": "X", "soort": "reactie_op_vacature"})
    wp.voeg_vrijstelling_toe(klant.id, {"reden": "crisis", "van": "02-03-2026", "tot": "26-04-2026"})
    ctl = wp.controle(klant.id)
    p = {r.periode.nummer: r.periode for r in ctl.perioden}
    assert (p[1].aantal, p[1].vereist, p[1].tekort) == (4, 4, False)
    assert (p[2].aantal, p[2].tekort) == (0, True)
    assert p[3].volledig_vrijgesteld and p[4].volledig_vrijgesteld and not p[3].tekort and not p[4].tekort
    assert len(ctl.tekorten) == len(ctl.niet_opgevolgd) == sum(1 for r in ctl.perioden if r.periode.tekort)


def test_opvolging_tekort_vastleggen_nooit_een_sanctie(diensten, klant):
    wp = diensten.werkplan
    ctl = wp.controle(klant.id)
    eerste = ctl.tekorten[0].periode
    wp.leg_opvolging_vast(klant.id, eerste.van, {"opvolging": "gesprek", "datum": "10-02-2026", "toelichting": "besproken"})
    with pytest.raises(Validatiefout) as exc:
        wp.leg_opvolging_vast(klant.id, eerste.van, {"opvolging": "maatregel"})
    assert "Onbekende keuze" in exc.value.fouten["opvolging"]
    with pytest.raises(Validatiefout):
        wp.leg_opvolging_vast(klant.id, eerste.van, {"opvolging": "geen_actie", "toelichting": ""})
    na = wp.controle(klant.id)
    assert na.tekorten[0].opgevolgd and na.tekorten[0].opvolgingen[0].opvolging == TekortOpvolging.GESPREK
    assert len(na.niet_opgevolgd) == len(ctl.niet_opgevolgd) - 1
    assert {o.value for o in TekortOpvolging} == {"gesprek", "waarschuwing_geadviseerd", "geen_actie"}
    s = wp.samenvatting(klant.id)
    assert s.tekorten_opgevolgd == 1 and s.perioden_tekort == len(na.tekorten)


def test_norm_uit_vastgestelde_versie_telt_in_de_controle(diensten, klant):
    wp = diensten.werkplan
    v = wp.maak_concept(klant.id).versie
    wp.voeg_afspraak_toe(v.id, {"wie": "klant", "wat": "2 sollicitaties per 4 weken", "wanneer": "31-12-2026",
                                "hoe_aangetoond": "Werkmap"})
    wp.wijzig_plan(v.id, {"sollicitatienorm": "2", "sollicitatienorm_reden": "Deeltijd mantelzorg"})
    wp.stel_vast(v.id, {"akkoord_klant": True, "vastgesteld_op": "01-06-2026"})
    ctl = wp.controle(klant.id)
    normen = {r.periode.nummer: r.periode.norm for r in ctl.perioden}
    assert normen[1] == 4 and normen[max(normen)] == 2
    assert ctl.norm == 2 and ctl.norm_reden == "Deeltijd mantelzorg"


def test_papierformulier_en_wijzigen(diensten, klant):
    wp = diensten.werkplan
    s = wp.voeg_sollicitatie_toe(klant.id, {"datum": "12-11-2026", "werkgever": "Bakkerij", "soort": "open_sollicitatie",
                                            "op_papier": True})
    assert s.bron == "papierformulier"
    s2 = wp.wijzig_sollicitatie(s.id, {"datum": "12-11-2026", "werkgever": "Bakkerij Hendriks",
                                       "soort": "open_sollicitatie", "bewijs": "ontvangen"})
    assert (s2.werkgever, s2.bron, s2.bewijs.value) == ("Bakkerij Hendriks", "papierformulier", "ontvangen")
    with pytest.raises(Validatiefout) as exc:
        wp.voeg_sollicitatie_toe(klant.id, {"datum": "", "werkgever": "", "soort": "reactie_op_vacature"})
    assert set(exc.value.fouten) == {"datum", "werkgever"}
    wp.verwijder_sollicitatie(s.id)
    assert wp.sollicitaties(klant.id) == []


def test_aow_klant_in_de_service(store):
    klok = FixedClock.on(date(2026, 11, 23))
    d = Diensten(store, klok)
    k = d.klanten.maak({"naam": "Oud Genoeg", "ww_startdatum": "05-01-2026", "geboortedatum": "01-03-1960"})
    ctl = d.werkplan.controle(k.id)
    na_aow = [r.periode for r in ctl.perioden if r.periode.van >= date(2026, 3, 1)]
    assert na_aow and all(p.vereist == 0 and not p.tekort for p in na_aow)
    assert ctl.perioden[0].periode.tekort


def _signaal_soll(diensten, klant_id):
    from werkcoach_tui.rules import signalen as sg

    return [s for s in diensten.signalen.caseload_signalen(VANDAAG).van(klant_id) if s.code == sg.SOLLICITATIEPLICHT]


def test_dashboard_en_controle_zijn_het_eens_en_opvolging_lost_het_signaal_op(diensten, klant):
    """The signal reads only the last closed period from the store (the bulk window); it must
    judge exactly as the werkplan's own check, with the werkplan's norm, and go away once the
    adviser records a follow-up."""
    wp = diensten.werkplan
    v = wp.maak_concept(klant.id).versie
    wp.voeg_afspraak_toe(v.id, {"wie": "klant", "wat": "3 sollicitaties per 4 weken", "wanneer": "31-12-2026",
                                "hoe_aangetoond": "Werkmap"})
    wp.wijzig_plan(v.id, {"sollicitatienorm": "3", "sollicitatienorm_reden": "Deeltijd mantelzorg"})
    wp.stel_vast(v.id, {"akkoord_klant": True, "vastgesteld_op": "01-06-2026"})
    ctl = wp.controle(klant.id)
    laatste = [r for r in ctl.perioden if r.periode.gesloten][-1].periode
    assert laatste.norm == 3 and laatste.tekort
    (s,) = _signaal_soll(diensten, klant.id)
    assert f"Periode {laatste.nummer} " in s.uitleg and "0 van 3" in s.uitleg
    # three activities in that period: the norm of the werkplan (3, not 4) is met
    for n in range(3):
        wp.voeg_sollicitatie_toe(klant.id, {"datum": (laatste.van + timedelta(days=n)).strftime("%d-%m-%Y"),
                                            "werkgever": f"Werkgever {n}", "soort": "open_sollicitatie"})
    assert not [r for r in wp.controle(klant.id).perioden if r.periode.van == laatste.van][0].periode.tekort
    assert _signaal_soll(diensten, klant.id) == []
    # back under the norm, then followed up: resolved
    wp.verwijder_sollicitatie(wp.sollicitaties(klant.id)[0].id)
    assert _signaal_soll(diensten, klant.id)
    wp.leg_opvolging_vast(klant.id, laatste.van, {"opvolging": "gesprek", "datum": "20-11-2026",
                                                  "toelichting": "besproken"})
    assert _signaal_soll(diensten, klant.id) == []
