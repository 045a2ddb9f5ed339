"""From the dossier summary to the trainee's uitwerking, and feedback on it; the service with and without a dossier feature."""

from __future__ import annotations

from decimal import Decimal

import pytest

from werkcoach_tui.diensten import MODUS_OEFENEN, open_diensten
from werkcoach_tui.models.enums import Dienstverleningsdoel, Instrument, Zelfredzaam
from werkcoach_tui.oefenen.casus import laad_casus, standaard_casusmap
from werkcoach_tui.oefenen.feedback import FeedbackStatus, TraineeUitwerking, geef_feedback
from werkcoach_tui.oefenen.trainee import heeft_uitwerking, uitwerking_uit_samenvatting
from werkcoach_tui.services.oefenen import BRON_DOSSIER, BRON_FORMULIER, BRON_LEEG, bereid_oefenstore
from werkcoach_tui.services.samenvattingen import DossierSamenvatting, InstrumentSamenvatting

PAWA = "langdurig-ww-passend-werkaanbod"


@pytest.fixture
def casus():
    return laad_casus(standaard_casusmap() / "04-langdurig-ww-passend-werkaanbod.json")


def _als_model(casus, **anders) -> DossierSamenvatting:
    m = casus.modeluitwerking
    waarden = dict(
        klant_id=1,
        zelfredzaam=m.zelfredzaam,
        zelfredzaam_toelichting=m.zelfredzaam_toelichting,
        dienstverleningsdoel=m.dienstverleningsdoel,
        visie_werkcoach=m.visie_toelichting,
        instrumenten=tuple(InstrumentSamenvatting(k.instrument, Decimal("0"), k.waarom) for k in m.passende_instrumenten),
    )
    waarden.update(anders)
    return DossierSamenvatting(**waarden)


def test_samenvatting_wordt_uitwerking():
    s = DossierSamenvatting(
        klant_id=7,
        zelfredzaam=Zelfredzaam.DEELS,
        zelfredzaam_toelichting="Zoekt alleen online.",
        dienstverleningsdoel=Dienstverleningsdoel.WERK_FIT_WORDEN,
        visie_werkcoach="Ruim een jaar werkloos.",
        visie_klant="Ik wil alles doen.",
        instrumenten=(
            InstrumentSamenvatting(Instrument.PASSEND_WERKAANBOD, onderbouwing="Werkgevers in de regio."),
            InstrumentSamenvatting(Instrument.NETWERKTRAINING),
        ),
    )
    u = uitwerking_uit_samenvatting(s)
    assert u.zelfredzaam is Zelfredzaam.DEELS
    assert u.dienstverleningsdoel is Dienstverleningsdoel.WERK_FIT_WORDEN
    assert u.instrumenten == (Instrument.PASSEND_WERKAANBOD, Instrument.NETWERKTRAINING)
    assert u.onderbouwing == (
        "Ruim een jaar werkloos.\n\nZoekt alleen online.\n\nPassend werkaanbod: Werkgevers in de regio."
    )
    assert "Ik wil alles doen" not in u.onderbouwing  # the klant's view is not the trainee's reasoning
    assert u.signalen is None
    assert uitwerking_uit_samenvatting(s, ["pawa_mogelijk"]).signalen == ("pawa_mogelijk",)
    assert heeft_uitwerking(s) and not heeft_uitwerking(DossierSamenvatting(klant_id=7))


def test_gelijk_aan_het_model_alles_klopt(casus):
    feedback = geef_feedback(casus, uitwerking_uit_samenvatting(_als_model(casus)))
    assert feedback.aantal(FeedbackStatus.MATCH) == feedback.maximum
    assert feedback.samenvatting == f"{feedback.maximum} van {feedback.maximum} punten"


def test_een_afwijkende_keuze_wijkt_af_met_de_redenering_van_het_model(casus):
    s = _als_model(casus, dienstverleningsdoel=Dienstverleningsdoel.WERK_FIT_BLIJVEN)
    feedback = geef_feedback(casus, uitwerking_uit_samenvatting(s))
    afwijkend = [p for p in feedback.punten if p.status is not FeedbackStatus.MATCH]
    assert [p.onderwerp for p in afwijkend] == ["Dienstverleningsdoel"]
    p = afwijkend[0]
    assert p.status is FeedbackStatus.WIJKT_AF
    assert (p.jouw_keuze, p.model_keuze) == ("Werk-fit blijven", "Werk-fit worden")
    assert p.uitleg == casus.modeluitwerking.dienstverleningsdoel_toelichting


def test_niet_passend_instrument_wijkt_af(casus):
    s = _als_model(casus, instrumenten=_als_model(casus).instrumenten + (InstrumentSamenvatting(Instrument.IRO),))
    p = geef_feedback(casus, uitwerking_uit_samenvatting(s)).punt("Instrument: " + Instrument.IRO.label)
    assert p.status is FeedbackStatus.WIJKT_AF and "PaWa" in p.uitleg


class NepDossier:
    """Stands in for the dossier feature (built in parallel): the contract only."""

    def __init__(self):
        self.beeldvorming: dict[int, dict] = {}
        self.samenvattingen: dict[int, DossierSamenvatting] = {}

    def importeer_beeldvorming(self, klant_id, data):
        self.beeldvorming[klant_id] = data

    def samenvatting(self, klant_id):
        return self.samenvattingen.get(klant_id, DossierSamenvatting(klant_id=klant_id))


@pytest.fixture
def oefen(tmp_path, klok):
    d = open_diensten(tmp_path / "oefen.db", clock=klok, modus=MODUS_OEFENEN)
    bereid_oefenstore(d)
    yield d
    d.close()


def test_met_dossier_beeldvorming_en_keuzes_uit_het_dossier(oefen, casus):
    oefen.dossier = NepDossier()
    klant_id = oefen.oefenen.start(casus)
    data = oefen.dossier.beeldvorming[klant_id]
    assert data["competenties"] == list(casus.situatie.beeldvorming.competenties)
    assert data["regio"].startswith("Almere")
    assert oefen.oefenen.uitwerking(klant_id)[1] == BRON_LEEG

    oefen.oefenen.bewaar_formulier(klant_id, TraineeUitwerking(signalen=("pawa_mogelijk",)))
    assert oefen.oefenen.uitwerking(klant_id)[1] == BRON_FORMULIER
    oefen.dossier.samenvattingen[klant_id] = _als_model(casus, klant_id=klant_id)
    uitwerking, bron = oefen.oefenen.uitwerking(klant_id)
    assert bron == BRON_DOSSIER and uitwerking.signalen == ("pawa_mogelijk",)
    feedback, _ = oefen.oefenen.feedback(PAWA)
    assert feedback.punt("Dienstverleningsdoel").status is FeedbackStatus.MATCH
    assert feedback.punt("Signaal: Passend werkaanbod mogelijk").status is FeedbackStatus.MATCH


def test_zonder_dossier_de_casus_met_data_van_vandaag(oefen, casus, vandaag):
    delattr(oefen, "dossier")  # the practice environment also works without the dossier feature
    assert getattr(oefen, "dossier", None) is None
    klant_id = oefen.oefenen.start(casus)
    assert oefen.oefenen.start(casus) == klant_id  # starting twice opens the same klant
    kaart = oefen.klanten.kaart(klant_id)
    assert kaart.klant.naam == casus.klant.naam and kaart.klant.klantnummer == "OEF-001"
    assert len(kaart.gesprekken) == len(casus.situatie.historie)
    verschuiving = vandaag - casus.referentiedatum
    assert kaart.klant.ww_startdatum == casus.klant.ww_startdatum + verschuiving
    assert max(g.datum for g in kaart.gesprekken) <= vandaag
