"""The pure mapping from stored data and feature summaries to KlantFeiten (signaal_feiten)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from werkcoach_tui.models.enums import (
    Dienstverleningsdoel,
    GesprekStatus,
    GesprekType,
    Instrument,
    MethodeStap,
    VrijstellingReden,
    WerkverkennerBand,
)
from werkcoach_tui.rules import signalen as sg
from werkcoach_tui.services.samenvattingen import (
    DossierSamenvatting,
    InstrumentSamenvatting,
    WerkplanSamenvatting,
)
from werkcoach_tui.services.signaal_feiten import (
    BRON_CASUISTIEK,
    BRON_DOSSIER,
    BRON_WERKPLAN,
    VEREISTE_BRONNEN,
    KlantRij,
    bouw_feiten,
    gesprek_feit,
    onbekende_signalen,
)

D = date
VANDAAG = D(2026, 11, 23)
ALLE_BRONNEN = {BRON_DOSSIER, BRON_WERKPLAN}

KLANT = KlantRij(
    id=7,
    geboortedatum=D(1966, 4, 2),
    meldingsdatum=D(2025, 9, 1),
    ww_startdatum=D(2025, 9, 8),
    ww_einddatum=D(2027, 3, 7),
    uren_vorige_baan=36,
    beschikbare_uren=36,
    digivaardig=True,
    werkverkenner_band=WerkverkennerBand.B25_50,
    werkverkenner_datum=D(2025, 9, 10),
    fase=MethodeStap.UITVOEREN,
    adviseur="Eva Jansen",
)
WOG = gesprek_feit(D(2025, 9, 20), "werkorientatiegesprek", "gevoerd", 60)
RECENT = gesprek_feit(D(2026, 11, 2), "coachingsgesprek", "gevoerd", 30)

DOSSIER = DossierSamenvatting(
    klant_id=7,
    dienstverleningsdoel=Dienstverleningsdoel.WERK_FIT_BLIJVEN,
    visie_werkcoach="Kansen in logistiek; klant onderschat zich.",
    arbeidsmarktkansen_gewogen=True,
    risico_langdurig_werkloos=True,
    wog_uitgenodigd_op_oordeel=True,
    in_reintegratietraject=False,
    instrumenten=(
        InstrumentSamenvatting(
            Instrument.SCHOLING, Decimal("2450.00"), onderbouwing="Heftruckcertificaat: veel vraag",
            ingezet_op=D(2026, 10, 1),
        ),
    ),
    resultaat_behaald=False,
)
WERKPLAN = WerkplanSamenvatting(
    klant_id=7,
    heeft_werkplan=True,
    huidige_versie=2,
    vastgesteld_op=D(2025, 9, 25),
    sollicitatienorm=3,
    sollicitatie_data=(D(2026, 10, 1), D(2026, 10, 8)),
    vrijstellingen=(("vakantie", D(2026, 7, 1), D(2026, 7, 14)),),
)


def codes(feiten, onbekend, today=VANDAAG):
    inst = sg.SignaalInstellingen(uitgeschakeld=onbekend)
    return {s.code for s in sg.bereken_signalen(feiten, today, inst)}


def test_klantkaart_velden_komen_over():
    f, _ = bouw_feiten(KLANT, (WOG, RECENT))
    assert f.geboortedatum == D(1966, 4, 2) and f.meldingsdatum == D(2025, 9, 1)
    assert f.ww_startdatum == D(2025, 9, 8) and f.ww_einddatum == D(2027, 3, 7)
    assert f.uren_vorige_baan == 36 and f.beschikbare_uren == 36 and f.digivaardig is True
    assert f.werkverkenner_band == WerkverkennerBand.B25_50
    assert f.werkverkenner_datum == D(2025, 9, 10)
    assert f.gesprekken == (WOG, RECENT) and not f.uitgestroomd


def test_dossier_velden_komen_over():
    f, _ = bouw_feiten(KLANT, (WOG,), dossier=DOSSIER, bronnen={BRON_DOSSIER})
    assert f.dienstverleningsdoel == Dienstverleningsdoel.WERK_FIT_BLIJVEN
    assert f.visie_werkcoach_aanwezig and f.arbeidsmarktkansen_gewogen
    assert f.risico_langdurig_werkloos is True and f.wog_uitgenodigd_op_oordeel
    assert not f.in_reintegratietraject and not f.resultaat_behaald
    (i,) = f.instrumenten
    assert i.instrument == Instrument.SCHOLING and i.kosten == Decimal("2450.00")
    assert i.onderbouwd and not i.goedgekeurd and i.ingezet_op == D(2026, 10, 1)


def test_werkplan_velden_komen_over():
    f, onbekend = bouw_feiten(KLANT, (WOG,), dossier=DOSSIER, werkplan=WERKPLAN, bronnen=ALLE_BRONNEN)
    assert f.werkplan_vastgesteld_op == D(2025, 9, 25) and not f.werkplan_concept
    assert f.sollicitatienorm == 3, "no finalised history: the werkplan's norm applies"
    assert [s.datum for s in f.sollicitaties] == [D(2026, 10, 1), D(2026, 10, 8)]
    historie = replace(WERKPLAN, sollicitatienormen=((D(2025, 9, 25), 3),), opgevolgde_perioden=frozenset({D(2026, 9, 1)}))
    f, _ = bouw_feiten(KLANT, (WOG,), dossier=DOSSIER, werkplan=historie, bronnen=ALLE_BRONNEN)
    assert f.sollicitatienorm == 4 and f.sollicitatienormen == ((D(2025, 9, 25), 3),), "4 until the werkplan, then 3"
    assert f.opgevolgde_perioden == {D(2026, 9, 1)}
    (v,) = f.vrijstellingen
    assert v.reden == VrijstellingReden.VAKANTIE and (v.van, v.tot) == (D(2026, 7, 1), D(2026, 7, 14))
    assert f.werkplan_onderbouwing  # derived from the dossier's complete reasoning
    assert onbekend == {sg.CASUISTIEK}


def test_zonder_andere_features_kunnen_hun_signalen_niet_afgaan():
    """No dossier/werkplan: their signals are unknown, not guessed (e.g. '0 van 4')."""
    f, onbekend = bouw_feiten(KLANT, (WOG,))
    assert onbekend == set(VEREISTE_BRONNEN)
    assert f.sollicitaties == () and f.instrumenten == ()
    gevonden = codes(f, onbekend)
    assert gevonden.isdisjoint(VEREISTE_BRONNEN)
    # ... while the same facts without that protection would fire sollicitatieplicht on nothing:
    assert sg.SOLLICITATIEPLICHT in codes(f, frozenset())


def test_met_alle_features_vuren_hun_signalen():
    f, onbekend = bouw_feiten(KLANT, (WOG,), dossier=DOSSIER, werkplan=WERKPLAN, bronnen=ALLE_BRONNEN)
    gevonden = codes(f, onbekend)
    assert {sg.TOESTEMMING_NODIG, sg.SOLLICITATIEPLICHT, sg.CONTACT_TE_LANG_GELEDEN} <= gevonden
    assert sg.OUDEREN_WEGING not in gevonden  # weighed in the dossier
    assert sg.WERKPLAN_ONVOLLEDIG not in gevonden  # finalised and reasoned
    assert sg.PAWA_MOGELIJK in gevonden  # 14 months, 36 hours, not exempt today


@pytest.mark.parametrize(
    "wijziging,afwezig",
    [
        ({"in_reintegratietraject": True}, sg.PAWA_MOGELIJK),
        ({"arbeidsmarktkansen_gewogen": True}, sg.OUDEREN_WEGING),
        ({"resultaat_behaald": True}, sg.BEGELEIDINGSTIJD),
    ],
)
def test_dossier_feit_zet_signaal_uit(wijziging, afwezig):
    lang = tuple(gesprek_feit(D(2026, m, 3), "coachingsgesprek", "gevoerd", 60) for m in range(3, 11))
    basis = DossierSamenvatting(klant_id=7)
    f, o = bouw_feiten(KLANT, (WOG, *lang), dossier=basis, werkplan=WERKPLAN, bronnen=ALLE_BRONNEN)
    assert afwezig in codes(f, o)
    from dataclasses import replace

    f, o = bouw_feiten(KLANT, (WOG, *lang), dossier=replace(basis, **wijziging), werkplan=WERKPLAN,
                       bronnen=ALLE_BRONNEN)
    assert afwezig not in codes(f, o)


def test_feature_aanwezig_maar_niets_vastgelegd_gebruikt_de_lege_samenvatting():
    """Dossier feature present, nothing recorded for this klant: 57+ weighing is missing (a fact)."""
    f, o = bouw_feiten(KLANT, (WOG,), bronnen=ALLE_BRONNEN)
    gevonden = codes(f, o)
    assert sg.OUDEREN_WEGING in gevonden
    assert sg.WERKPLAN_ONVOLLEDIG in gevonden  # WOG held, no werkplan
    assert sg.SOLLICITATIEPLICHT in o  # no werkplan: no recorded activities to count


def test_werkplan_eigen_onderbouwing_gaat_voor():
    class MetOnderbouwing(WerkplanSamenvatting):
        pass

    wp = MetOnderbouwing(klant_id=7, heeft_werkplan=True, concept=True)
    object.__setattr__(wp, "onderbouwing", "")
    f, _ = bouw_feiten(KLANT, (WOG,), dossier=DOSSIER, werkplan=wp, bronnen=ALLE_BRONNEN)
    assert f.werkplan_onderbouwing is False and f.werkplan_concept


def test_onderbouwing_uit_dossier_als_visie_ontbreekt():
    from dataclasses import replace

    d = replace(DOSSIER, visie_werkcoach="  ")
    f, o = bouw_feiten(KLANT, (WOG,), dossier=d, werkplan=WERKPLAN, bronnen=ALLE_BRONNEN)
    assert f.werkplan_onderbouwing is False
    s = next(s for s in sg.bereken_signalen(f, VANDAAG) if s.code == sg.WERKPLAN_ONVOLLEDIG)
    assert "onderbouwing ontbreekt" in s.uitleg and "20-09-2025" in s.uitleg


def test_afgesloten_klant_of_uitgestroomd_geen_signalen():
    from dataclasses import replace

    f, o = bouw_feiten(KLANT._replace(fase=MethodeStap.AFGESLOTEN), (WOG,))
    assert f.uitgestroomd and codes(f, o) == set()
    f, o = bouw_feiten(KLANT, (WOG,), dossier=replace(DOSSIER, uitgestroomd=True), bronnen={BRON_DOSSIER})
    assert f.uitgestroomd and codes(f, o) == set()


def test_gesprek_feit_vertaalt_waarden():
    g = gesprek_feit(D(2026, 1, 1), "intake", "gepland", None)
    assert g.type == GesprekType.INTAKE and g.status == GesprekStatus.GEPLAND and g.duur_minuten == 0
    assert gesprek_feit(D(2026, 1, 1), "intake", "gevoerd", -5).duur_minuten == 0


def test_onbekende_signalen_per_bronset():
    assert onbekende_signalen(set()) == set(VEREISTE_BRONNEN)
    assert onbekende_signalen({BRON_DOSSIER}) == {
        sg.PAWA_MOGELIJK, sg.SOLLICITATIEPLICHT, sg.WERKPLAN_ONVOLLEDIG, sg.CASUISTIEK
    }
    assert onbekende_signalen({BRON_DOSSIER, BRON_WERKPLAN, BRON_CASUISTIEK}) == set()
