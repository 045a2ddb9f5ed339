"""Feedback: de uitwerking van de trainee naast de modeluitwerking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from werkcoach_tui.models.enums import Dienstverleningsdoel, Instrument, Zelfredzaam
from werkcoach_tui.oefenen.casus import Oefencasus, laad_casus
from werkcoach_tui.oefenen.feedback import (
    METHODE,
    FeedbackOnderdeel,
    FeedbackStatus,
    TraineeUitwerking,
    geef_feedback,
    gevonden_trefwoorden,
)

CASUSMAP = Path(__file__).resolve().parents[1] / "data" / "oefencasussen"
BESTANDEN = sorted(CASUSMAP.glob("*.json"))


def _casus(naam: str = "03-oudere-krimpend-beroep.json") -> Oefencasus:
    return laad_casus(CASUSMAP / naam)


def _model_uitwerking(casus: Oefencasus, **anders) -> TraineeUitwerking:
    """Een uitwerking die precies de keuzes van het model maakt."""
    m = casus.modeluitwerking
    waarden = dict(
        zelfredzaam=m.zelfredzaam,
        dienstverleningsdoel=m.dienstverleningsdoel,
        instrumenten=[k.instrument for k in m.passende_instrumenten],
        onderbouwing=m.visie_toelichting,
        signalen=list(m.verwachte_signalen),
    )
    waarden.update(anders)
    return TraineeUitwerking(**waarden)


def _casus_met_kernpunt(trefwoorden: list[str]) -> Oefencasus:
    data = json.loads((CASUSMAP / "01-vroegmelder-logistiek.json").read_text(encoding="utf-8"))
    data["modeluitwerking"]["kernpunten_onderbouwing"] = [
        {"punt": "Testpunt", "trefwoorden": trefwoorden, "uitleg": "Uitleg van het testpunt."}
    ]
    return laad_casus(data)


# --------------------------------------------------------------------------
# Alles gelijk aan het model
# --------------------------------------------------------------------------


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.name)
def test_keuzes_gelijk_aan_model_geven_alleen_match(pad: Path):
    casus = laad_casus(pad)
    feedback = geef_feedback(casus, _model_uitwerking(casus))
    assert [p.onderwerp for p in feedback.punten if p.status is not FeedbackStatus.MATCH] == []
    assert feedback.score == feedback.maximum > 0
    assert feedback.samenvatting == f"{feedback.maximum} van {feedback.maximum} punten"
    assert feedback.aantal("wijkt_af") == feedback.aantal(FeedbackStatus.ONTBREEKT) == 0
    assert feedback.casus_id == casus.id
    assert feedback.visie == casus.modeluitwerking.visie_toelichting


def test_puntenlijst_van_een_modeluitwerking():
    casus = _casus()
    m = casus.modeluitwerking
    feedback = geef_feedback(casus, _model_uitwerking(casus))
    verwacht = 2 + len(m.passende_instrumenten) + len(m.kernpunten_onderbouwing) + len(m.verwachte_signalen)
    assert feedback.maximum == verwacht == 15
    assert [p.onderdeel for p in feedback.punten[:2]] == [
        FeedbackOnderdeel.ZELFREDZAAM,
        FeedbackOnderdeel.DIENSTVERLENINGSDOEL,
    ]
    assert len(feedback.punten_van("instrument")) == 3
    assert len(feedback.punten_van(FeedbackOnderdeel.SIGNAAL)) == 5


# --------------------------------------------------------------------------
# Eén keuze anders
# --------------------------------------------------------------------------


def test_andere_zelfredzaamheid_wijkt_af_met_redenering_van_model():
    casus = _casus()
    feedback = geef_feedback(casus, _model_uitwerking(casus, zelfredzaam="deels"))
    punt = feedback.punt("Zelfredzaamheid")
    assert punt.status is FeedbackStatus.WIJKT_AF
    assert punt.jouw_keuze == "Deels"
    assert punt.model_keuze == "Nee"
    assert punt.uitleg == casus.modeluitwerking.zelfredzaam_toelichting
    assert feedback.score == feedback.maximum - 1
    assert feedback.samenvatting == "14 van 15 punten"
    assert [p.onderwerp for p in feedback.punten if p.status != "match"] == ["Zelfredzaamheid"]


def test_ander_dienstverleningsdoel_wijkt_af_met_toelichting():
    casus = _casus()
    feedback = geef_feedback(
        casus, _model_uitwerking(casus, dienstverleningsdoel=Dienstverleningsdoel.WERK_FIT_BLIJVEN)
    )
    punt = feedback.punt("Dienstverleningsdoel")
    assert punt.status is FeedbackStatus.WIJKT_AF
    assert (punt.jouw_keuze, punt.model_keuze) == ("Werk-fit blijven", "Werk-fit worden")
    assert punt.uitleg == casus.modeluitwerking.dienstverleningsdoel_toelichting
    assert feedback.score == feedback.maximum - 1


def test_niet_passend_instrument_wijkt_af_met_waarom():
    casus = _casus()
    m = casus.modeluitwerking
    gekozen = [k.instrument for k in m.passende_instrumenten] + [Instrument.SCHOLING]
    feedback = geef_feedback(casus, _model_uitwerking(casus, instrumenten=gekozen))
    punt = feedback.punt("Instrument: Scholing")
    assert punt.status is FeedbackStatus.WIJKT_AF
    assert (punt.jouw_keuze, punt.model_keuze) == ("Ingezet", "Niet passend")
    assert punt.uitleg == m.instrument_keuze(Instrument.SCHOLING)[1].waarom
    assert feedback.maximum == 16 and feedback.score == 15


def test_passend_instrument_niet_gekozen_ontbreekt_met_waarom():
    casus = _casus()
    m = casus.modeluitwerking
    gekozen = [k.instrument for k in m.passende_instrumenten if k.instrument != Instrument.PASSEND_WERKAANBOD]
    feedback = geef_feedback(casus, _model_uitwerking(casus, instrumenten=gekozen))
    punt = feedback.punt("Instrument: Passend werkaanbod")
    assert punt.status is FeedbackStatus.ONTBREEKT
    assert (punt.jouw_keuze, punt.model_keuze) == ("Niet ingezet", "Passend")
    assert punt.uitleg == m.instrument_keuze("passend_werkaanbod")[1].waarom
    assert feedback.samenvatting == "14 van 15 punten"


def test_instrument_dat_het_model_niet_noemt_wijkt_af():
    casus = _casus()
    gekozen = [k.instrument for k in casus.modeluitwerking.passende_instrumenten] + ["netwerktraining"]
    punt = geef_feedback(casus, _model_uitwerking(casus, instrumenten=gekozen)).punt("Instrument: Netwerktraining")
    assert punt.status is FeedbackStatus.WIJKT_AF
    assert punt.model_keuze == "Niet in de modeluitwerking"
    assert "reële kans" in punt.uitleg


def test_geen_instrument_in_model_en_geen_gekozen_is_een_match():
    casus = _casus("08-mantelzorg-vrijstelling.json")
    assert casus.modeluitwerking.passende_instrumenten == ()
    feedback = geef_feedback(casus, _model_uitwerking(casus, instrumenten=[]))
    punt = feedback.punt("Instrumenten")
    assert punt.status is FeedbackStatus.MATCH
    assert "Passend werkaanbod" in punt.uitleg
    # kiest de trainee er toch een: geen 'geen instrument'-punt, wel een afwijking
    feedback = geef_feedback(casus, _model_uitwerking(casus, instrumenten=["passend_werkaanbod"]))
    assert [p.onderwerp for p in feedback.punten_van("instrument")] == ["Instrument: Passend werkaanbod"]
    assert feedback.punten_van("instrument")[0].status is FeedbackStatus.WIJKT_AF
    assert "vrijstelling" in feedback.punten_van("instrument")[0].uitleg


def test_niet_ingevulde_keuzes_ontbreken():
    casus = _casus()
    feedback = geef_feedback(casus, TraineeUitwerking())
    assert feedback.punt("Zelfredzaamheid").status is FeedbackStatus.ONTBREEKT
    assert feedback.punt("Zelfredzaamheid").jouw_keuze == "—"
    assert feedback.punt("Dienstverleningsdoel").status is FeedbackStatus.ONTBREEKT
    assert all(p.status is FeedbackStatus.ONTBREEKT for p in feedback.punten)
    assert feedback.punten_van("signaal") == ()  # signalen niet gevraagd: telt niet mee
    assert feedback.samenvatting == "0 van 10 punten"


# --------------------------------------------------------------------------
# Onderbouwing: eenvoudige woordvergelijking
# --------------------------------------------------------------------------


def test_kernpunt_gevonden_en_gemist():
    casus = _casus()
    kern = casus.modeluitwerking.kernpunten_onderbouwing[3]  # passende arbeid verruimd
    feedback = geef_feedback(casus, _model_uitwerking(casus, onderbouwing="Na 6 maanden is ALLE arbeid passend."))
    punt = feedback.punt(f"Onderbouwing: {kern.punt}")
    assert punt.status is FeedbackStatus.MATCH
    assert punt.gevonden == ("alle arbeid", "na 6 maanden")
    assert punt.jouw_keuze == "Genoemd ('alle arbeid', 'na 6 maanden')"
    assert punt.model_keuze == kern.punt
    assert punt.uitleg == kern.uitleg
    gemist = geef_feedback(casus, _model_uitwerking(casus, onderbouwing="Hij wil vrijwilligerswerk doen."))
    punt = gemist.punt(f"Onderbouwing: {kern.punt}")
    assert punt.status is FeedbackStatus.ONTBREEKT
    assert punt.jouw_keuze == "Niet gevonden in je onderbouwing"
    assert punt.uitleg == kern.uitleg


@pytest.mark.parametrize(
    ("trefwoord", "tekst", "raak"),
    [
        ("reële kans", "Er is een REELE kans op werk.", True),
        ("reele kans", "Er is een reële kans.", True),
        ("cv", "Zijn CV is oud.", True),
        ("cv", "Hij stuurt cv's rond.", True),
        ("cv", "Geen cvs.", False),
        ("vacature*", "Veel vacatures in de regio.", True),
        ("vacature*", "De vacaturebank.", True),
        ("vacature*", "Geen vacant werk.", False),
        ("vraag naar", "Er is veel vraag naar koks.", True),
        ("vraag naar", "Naar de vraag is niet gekeken.", False),
        ("2.000", "Kost € 2.000, dus toestemming.", True),
        ("2000", "Kost € 2.000.", False),
        ("oud collega*", "Via oud-collega's.", True),
        ("re-integratietraject", "Geen re-integratie­traject (zacht afbreekstreepje).", True),
        ("re-integratietraject", "Niet in een re-integratietraject.", True),
        ("werk-fit", "Hij blijft werkfit.", False),
        ("werk-fit", "Hij is werk fit.", True),
    ],
)
def test_woordvergelijking(trefwoord: str, tekst: str, raak: bool):
    kern = _casus_met_kernpunt([trefwoord]).modeluitwerking.kernpunten_onderbouwing[0]
    assert bool(gevonden_trefwoorden(kern, tekst)) is raak


def test_ontkenning_telt_toch_mee_en_dat_staat_in_de_methode():
    kern = _casus_met_kernpunt(["tekort"]).modeluitwerking.kernpunten_onderbouwing[0]
    assert gevonden_trefwoorden(kern, "Er is geen tekort.") == ("tekort",)
    assert "eenvoudige woordvergelijking" in METHODE
    assert "niet" in METHODE and "trainer" in METHODE


def test_methode_staat_in_de_feedback():
    casus = _casus()
    assert geef_feedback(casus, _model_uitwerking(casus)).methode == METHODE


# --------------------------------------------------------------------------
# Signalen
# --------------------------------------------------------------------------


def test_signalen_gemist_en_extra():
    casus = _casus()  # verwacht o.a. ouderen_weging en pawa_mogelijk
    feedback = geef_feedback(
        casus, _model_uitwerking(casus, signalen=["ouderen_weging", "einde_ww_nadert"])
    )
    signalen = {p.onderwerp: p for p in feedback.punten_van("signaal")}
    assert signalen["Signaal: Oudere klant: kansen expliciet wegen"].status is FeedbackStatus.MATCH
    gemist = signalen["Signaal: Passend werkaanbod mogelijk"]
    assert gemist.status is FeedbackStatus.ONTBREEKT and "12 uur" in gemist.uitleg
    extra = signalen["Signaal: Einde WW nadert"]
    assert extra.status is FeedbackStatus.WIJKT_AF
    assert extra.model_keuze == "Niet verwacht"
    assert extra.uitleg.startswith("De modeluitwerking ziet dit signaal hier niet.")


def test_casus_zonder_verwachte_signalen_en_lege_lijst():
    casus = _casus("01-vroegmelder-logistiek.json")
    assert casus.modeluitwerking.verwachte_signalen == ()
    zonder = geef_feedback(casus, _model_uitwerking(casus, signalen=[]))
    assert zonder.punten_van("signaal") == ()
    assert zonder.score == zonder.maximum


# --------------------------------------------------------------------------
# TraineeUitwerking
# --------------------------------------------------------------------------


def test_uitwerking_accepteert_waarden_labels_en_enums():
    u = TraineeUitwerking(
        zelfredzaam="Ja",
        dienstverleningsdoel="Werk-fit blijven",
        instrumenten=["scholing", Instrument.IRO, "Korte cursus / certificaat", "scholing"],
        onderbouwing=None,  # type: ignore[arg-type]
        signalen=["pawa_mogelijk", "pawa_mogelijk"],
    )
    assert u.zelfredzaam is Zelfredzaam.JA
    assert u.dienstverleningsdoel is Dienstverleningsdoel.WERK_FIT_BLIJVEN
    assert u.instrumenten == (Instrument.SCHOLING, Instrument.IRO, Instrument.KORTE_CURSUS)
    assert u.onderbouwing == ""
    assert u.signalen == ("pawa_mogelijk",)
    assert TraineeUitwerking(zelfredzaam="").zelfredzaam is None


@pytest.mark.parametrize(
    ("veld", "waarde", "melding"),
    [
        ("zelfredzaam", "misschien", "zelfredzaam: onbekende waarde 'misschien'"),
        ("dienstverleningsdoel", "werkfit", "dienstverleningsdoel: onbekende waarde 'werkfit'"),
        ("instrumenten", ["cursus"], "instrumenten: onbekende waarde 'cursus'"),
        ("signalen", ["pawa"], "signalen: onbekende code 'pawa'"),
    ],
)
def test_uitwerking_weigert_onbekende_waarden(veld, waarde, melding):
    with pytest.raises(ValueError, match=melding):
        TraineeUitwerking(**{veld: waarde})


def test_feedback_als_tekst():
    casus = _casus()
    tekst = geef_feedback(casus, _model_uitwerking(casus, zelfredzaam="ja")).als_tekst()
    assert tekst.startswith("Feedback op casus oudere-krimpend-beroep: 14 van 15 punten")
    assert "[Wijkt af] Zelfredzaamheid" in tekst
    assert "Visie van het model:" in tekst and METHODE in tekst


def test_punt_onbekend_onderwerp():
    casus = _casus()
    with pytest.raises(KeyError):
        geef_feedback(casus, _model_uitwerking(casus)).punt("Bestaat niet")
