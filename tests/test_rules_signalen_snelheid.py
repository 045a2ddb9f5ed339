"""The speed-ups in the rules give exactly the results of the plain day-by-day definitions."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from werkcoach_tui.models.enums import GesprekStatus, GesprekType, VrijstellingReden
from werkcoach_tui.rules import gesprekken as gs
from werkcoach_tui.rules.feiten import GesprekFeit, SollicitatieFeit, VrijstellingFeit
from werkcoach_tui.rules.sollicitatieplicht import (
    PERIODE_DAGEN,
    periode_grenzen,
    reden_zonder_plicht,
    sollicitatie_perioden,
)

START = date(2025, 1, 6)
dagen = st.integers(min_value=0, max_value=600).map(lambda n: START + timedelta(days=n))


@st.composite
def vrijstellingen(draw):
    uit = []
    for _ in range(draw(st.integers(0, 3))):
        van = draw(dagen)
        tot = None if draw(st.booleans()) and draw(st.booleans()) else van + timedelta(days=draw(st.integers(0, 90)))
        uit.append(VrijstellingFeit(draw(st.sampled_from(list(VrijstellingReden))), van, tot))
    return tuple(uit)


@settings(max_examples=150, deadline=None)
@given(
    today=dagen,
    vrij=vrijstellingen(),
    geboren=st.one_of(st.none(), st.dates(date(1956, 1, 1), date(1990, 1, 1))),
    einde=st.one_of(st.none(), dagen),
    sollicitaties=st.lists(dagen, max_size=30),
)
def test_perioden_gelijk_aan_dag_voor_dag(today, vrij, geboren, einde, sollicitaties):
    perioden = sollicitatie_perioden(
        START, today, [SollicitatieFeit(d) for d in sollicitaties], vrij, 4, geboren, einde
    )
    for p in perioden:
        van, tot = periode_grenzen(START, p.nummer - 1)
        redenen, met_plicht = [], 0
        for n in range(PERIODE_DAGEN):
            r = reden_zonder_plicht(van + timedelta(days=n), vrij, geboren, einde)
            if r is None:
                met_plicht += 1
            elif r not in redenen:
                redenen.append(r)
        assert (p.van, p.tot) == (van, tot)
        assert p.dagen_met_plicht == met_plicht
        assert p.redenen_zonder_plicht == tuple(redenen)


gesprek = st.builds(
    GesprekFeit,
    dagen,
    st.sampled_from(list(GesprekType)),
    st.sampled_from(list(GesprekStatus)),
    st.integers(0, 120),
)


@settings(max_examples=200, deadline=None)
@given(lijst=st.lists(gesprek, max_size=14), today=dagen)
def test_gesprek_overzicht_gelijk_aan_de_definities(lijst, today):
    """The one-pass overview gives what each rule's plain definition says."""
    ov = gs.gesprek_overzicht(lijst, today)
    gevoerd = sorted((g for g in lijst if g.gevoerd and g.datum <= today), key=lambda g: g.datum)
    gepland = [g for g in lijst if g.gepland]
    assert ov.intake_gevoerd == any(g.type == GesprekType.INTAKE for g in gevoerd)
    assert ov.eerste_geplande_intake == min((g.datum for g in gepland if g.type == GesprekType.INTAKE), default=None)
    assert ov.wog_gevoerd_op == min(
        (g.datum for g in gevoerd if g.type == GesprekType.WERKORIENTATIEGESPREK), default=None)
    assert ov.wog_gepland_vanaf_vandaag == any(
        g.type == GesprekType.WERKORIENTATIEGESPREK and g.datum >= today for g in gepland)
    assert ov.wog_ooit == any(g.type == GesprekType.WERKORIENTATIEGESPREK for g in lijst)
    assert ov.monitorgesprek_ooit == any(g.type == GesprekType.MONITORGESPREK for g in lijst)
    assert ov.laatste_contact == (gevoerd[-1].datum if gevoerd else None)
    assert ov.volgend_gesprek == min((g.datum for g in gepland if g.datum >= today), default=None)
    assert ov.minuten == sum(g.duur_minuten for g in gevoerd)
    totaal, zes = 0, None
    for g in gevoerd:
        totaal += g.duur_minuten
        if totaal >= 360:
            zes = g.datum
            break
    assert ov.zes_uur_bereikt_op == zes


@settings(max_examples=150, deadline=None)
@given(per_klant=st.lists(st.lists(gesprek, max_size=10), max_size=5), today=dagen)
def test_gesprek_overzichten_uit_rijen_gelijk_aan_per_klant(per_klant, today):
    """The caseload's bulk path (stored rows: ISO texts and enum values, grouped by klant, in
    any order within a klant) gives each klant the same overview as the per-klant function."""
    rijen = []
    for klant_id, lijst in enumerate(per_klant, start=1):
        rijen += [(klant_id, g.datum.isoformat(), g.type.value, g.status.value, g.duur_minuten)
                  for g in reversed(lijst)]
    bulk = gs.gesprek_overzichten(rijen, today)
    for klant_id, lijst in enumerate(per_klant, start=1):
        verwacht = gs.gesprek_overzicht(lijst, today)
        assert bulk.get(klant_id, gs.GesprekOverzicht()) == verwacht
        if lijst:
            assert klant_id in bulk


@settings(max_examples=200, deadline=None)
@given(
    today=dagen,
    vrij=vrijstellingen(),
    geboren=st.one_of(st.none(), st.dates(date(1956, 1, 1), date(1990, 1, 1))),
    einde=st.one_of(st.none(), dagen),
    sollicitaties=st.lists(dagen, max_size=40),
    normen=st.lists(st.tuples(dagen, st.integers(0, 8)), max_size=3),
    norm=st.integers(0, 8),
)
def test_laatste_gesloten_periode_alleen_gelijk_aan_alle_perioden(today, vrij, geboren, einde, sollicitaties,
                                                                  normen, norm):
    """The signal computes only the last closed period: the same as the full check's last one."""
    from werkcoach_tui.rules.feiten import KlantFeiten
    from werkcoach_tui.rules.sollicitatieplicht import (
        laatste_gesloten_periode,
        laatste_gesloten_periode_voor,
        laatste_gesloten_tekort,
        perioden_voor,
    )

    f = KlantFeiten(ww_startdatum=START, ww_einddatum=einde, geboortedatum=geboren, vrijstellingen=vrij,
                    sollicitaties=[SollicitatieFeit(d) for d in sollicitaties], sollicitatienorm=norm,
                    sollicitatienormen=sorted(normen))
    verwacht = laatste_gesloten_periode(perioden_voor(f, today))
    assert laatste_gesloten_periode_voor(f, today) == verwacht
    assert laatste_gesloten_tekort(f, today) == (verwacht if verwacht is not None and verwacht.tekort else None)
