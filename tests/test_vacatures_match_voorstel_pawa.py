"""Matching a klant (with and without the dossier feature), proposals (with and without the
werkplan feature), and the passend-werkaanbod service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from werkcoach_tui.clock import FixedClock

from werkcoach_tui.models.enums import PawaResultaat, SollicitatieSoort, VoorstelStatus
from werkcoach_tui.services.samenvattingen import DossierSamenvatting, WerkplanSamenvatting
from werkcoach_tui.services.validatie import Validatiefout
from werkcoach_tui.services.vacatures import VoorstelFout, sla_vacatures_op

VANDAAG = date(2026, 11, 23)


def _vac(extern_id, titel, plaats="Venlo", werkgever="Werkgever BV", **kw):
    rij = {"extern_id": extern_id, "titel": titel, "werkgever": werkgever, "plaats": plaats, "land": "NL",
           "uren_min": 32.0, "uren_max": 40.0, "sluitingsdatum": date(2027, 1, 31), "pawa": False}
    rij.update(kw)
    return rij


VACATURES = [
    _vac("H1", "Heftruckchauffeur", werkgever="Logistiek Venlo", uren_min=24.0, uren_max=32.0),
    _vac("H2", "Heftruckchauffeur", plaats="Groningen", werkgever="Noord Logistiek"),
    _vac("H3", "Heftruckchauffeur fulltime", werkgever="Fulltime BV", uren_min=40.0, uren_max=40.0),
    _vac("H4", "Lagerarbeiter Gabelstapler", plaats="Venlo", land="DE", werkgever="Lager GmbH",
         vaardigheden="heftruckchauffeur"),
    _vac("K1", "Kok", werkgever="Hotel Venlo", uren_min=24.0, uren_max=32.0),
    _vac("P1", "Schoonmaker", werkgever="Schoon BV", pawa=True, uren_min=20.0, uren_max=24.0),
    _vac("P2", "Productiemedewerker", werkgever="Fabriek BV", pawa=True, uren_min=24.0, uren_max=32.0),
    _vac("P3", "Inpakker", werkgever="Pak BV", pawa=True, uren_min=24.0, uren_max=32.0),
]


@pytest.fixture
def vd(diensten):
    sla_vacatures_op(diensten.store, VACATURES)
    return diensten


def _klant(diensten, **kw) -> int:
    invoer = {"naam": "Kemal Test", "woonplaats": "Venlo", "laatste_beroep": "heftruckchauffeur",
              "beschikbare_uren": "32", "ww_startdatum": "01-10-2026"}
    invoer.update(kw)
    return diensten.klanten.maak(invoer).id


def _id(diensten, extern_id) -> int:
    with diensten.store.lees() as s:
        return s.connection().exec_driver_sql("SELECT id FROM vacature WHERE extern_id = ?", (extern_id,)).scalar_one()


def _ids(rijen):
    return [r.extern_id for r in rijen]


# --------------------------------------------------------------------------- matching
def test_match_zonder_dossier_gebruikt_laatste_beroep_woonplaats_en_uren(vd):
    k = _klant(vd)
    delattr(vd, "dossier")  # as in a deployment without the dossier feature
    assert getattr(vd, "dossier", None) is None
    opdracht = vd.vacatures.match_opdracht(k)
    assert opdracht.zoekvragen == (("heftruckchauffeur", 1.0),)
    assert opdracht.plaats == "Venlo" and opdracht.uren_max == 32 and not opdracht.alle_arbeid
    rijen = vd.vacatures.zoek_voor_klant(opdracht)
    # Groningen (region), 40-hour-only (hours), Germany (no border region) and the kok are out.
    assert _ids(rijen) == ["H1"]
    assert any("eigen niveau" in u.lower() for u in opdracht.uitleg)


def test_grensregio_ziet_ook_duitsland(vd):
    k = _klant(vd, grensregio=True)
    rijen = vd.vacatures.zoek_voor_klant(vd.vacatures.match_opdracht(k))
    assert set(_ids(rijen)) == {"H1", "H4"}


@dataclass
class NepDossier:
    """Stands in for the dossier feature (built by another helper)."""

    samenvattingen: dict[int, DossierSamenvatting] = field(default_factory=dict)
    gevraagd: list[int] = field(default_factory=list)

    def samenvatting(self, klant_id: int) -> DossierSamenvatting:
        self.gevraagd.append(klant_id)
        return self.samenvattingen.get(klant_id, DossierSamenvatting(klant_id=klant_id))


def test_match_met_dossier_gebruikt_wensberoepen_competenties_en_regio(vd):
    k = _klant(vd)
    vd.dossier = NepDossier({k: DossierSamenvatting(klant_id=k, wensberoepen=("kok",),
                                                    competenties=("heftruckchauffeur",), regio="Venlo, Venray",
                                                    max_reistijd_minuten=45)})
    profiel = vd.vacatures.match_profiel(k)
    assert profiel.bron == "dossier" and profiel.beroepen[0] == "kok"
    opdracht = vd.vacatures.match_opdracht(k)
    assert opdracht.plaats == "Venlo, Venray"
    assert ("kok", 1.0) in opdracht.zoekvragen
    rijen = vd.vacatures.zoek_voor_klant(opdracht)
    assert _ids(rijen)[0] == "K1"  # the wensberoep ranks first
    assert "H1" in _ids(rijen)
    assert vd.dossier.gevraagd == [k, k]
    assert any("45 minuten" in u for u in opdracht.uitleg)


def test_na_zes_maanden_ww_alle_arbeid(vd):
    k = _klant(vd, ww_startdatum="01-03-2026")
    opdracht = vd.vacatures.match_opdracht(k)
    assert opdracht.alle_arbeid
    rijen = vd.vacatures.zoek_voor_klant(opdracht)
    ids = _ids(rijen)
    assert ids[0] == "H1"  # own occupation first
    assert {"K1", "P1", "P2", "P3"} <= set(ids)  # then all other work in the region within the hours
    assert "H2" not in ids and "H3" not in ids


# --------------------------------------------------------------------------- proposals
@dataclass
class NepWerkplan:
    registraties: list[tuple] = field(default_factory=list)

    def registreer_sollicitatie(self, klant_id, datum, werkgever, functie, *, soort, bron):
        self.registraties.append((klant_id, datum, werkgever, functie, soort, bron))

    def samenvatting(self, klant_id):
        return WerkplanSamenvatting(klant_id=klant_id)


def _audit(diensten, entiteit):
    from werkcoach_tui.services.audit import lees_audit

    with diensten.store.lees() as s:
        return [a for a in lees_audit(s) if a.entiteit == entiteit]


def test_voorstel_en_status_zonder_werkplan(vd):
    delattr(vd, "werkplan")  # as in a deployment without the werkplan feature
    k = _klant(vd)
    v = vd.vacatures.stel_voor(k, _id(vd, "H1"), "Past bij ervaring")
    assert v.status == VoorstelStatus.VOORGESTELD and v.voorgesteld_op == VANDAAG
    with pytest.raises(VoorstelFout, match="al aan"):
        vd.vacatures.stel_voor(k, _id(vd, "H1"))
    with pytest.raises(Validatiefout, match="vóór de dag van het voorstel"):
        vd.vacatures.wijzig_voorstel(v.id, {"status": "gesolliciteerd", "datum": "20-11-2026"})
    _, melding = vd.vacatures.wijzig_voorstel(v.id, {"status": "gesolliciteerd", "datum": "23-11-2026"})
    assert melding is None
    [rij] = vd.vacatures.voorstellen(k)
    assert rij.status == VoorstelStatus.GESOLLICITEERD and rij.status_datum == VANDAAG
    assert rij.titel == "Heftruckchauffeur" and rij.notitie == "Past bij ervaring"  # kept
    velden = {a.veld for a in _audit(vd, "vacaturevoorstel") if a.actie == "wijzigen"}
    assert velden == {"status"}  # same day, note untouched: only the status changed
    vd.vacatures.wijzig_voorstel(v.id, {"status": "gesolliciteerd", "notitie": "Brief verstuurd"})
    assert vd.vacatures.voorstellen(k)[0].notitie == "Brief verstuurd"


def test_gesolliciteerd_komt_in_sollicitatieregister(vd):
    vd.werkplan = NepWerkplan()
    k = _klant(vd)
    v = vd.vacatures.stel_voor(k, _id(vd, "H1"))
    _, melding = vd.vacatures.wijzig_voorstel(v.id, {"status": "gesolliciteerd", "datum": "23-11-2026"})
    assert "sollicitatieregister" in melding
    assert vd.werkplan.registraties == [
        (k, VANDAAG, "Logistiek Venlo", "Heftruckchauffeur", SollicitatieSoort.REACTIE_OP_VACATURE, "voorstel")
    ]
    # Another status change does not register the application twice.
    vd.vacatures.wijzig_voorstel(v.id, {"status": "uitgenodigd"})
    vd.vacatures.wijzig_voorstel(v.id, {"status": "uitgenodigd", "notitie": "gesprek dinsdag"})
    assert len(vd.werkplan.registraties) == 1


def test_voorstel_foute_invoer_slaat_niets_op(vd):
    k = _klant(vd)
    v = vd.vacatures.stel_voor(k, _id(vd, "H1"))
    with pytest.raises(Validatiefout) as exc:
        vd.vacatures.wijzig_voorstel(v.id, {"status": "onbekend", "datum": "31-02-2026"})
    assert set(exc.value.fouten) == {"status", "datum"}
    with pytest.raises(Validatiefout, match="toekomst"):
        vd.vacatures.wijzig_voorstel(v.id, {"status": "gesolliciteerd", "datum": "01-12-2026"})
    assert vd.vacatures.voorstellen(k)[0].status == VoorstelStatus.VOORGESTELD


def test_voorstellen_verdwijnen_met_de_klant(vd):
    k = _klant(vd)
    vd.vacatures.stel_voor(k, _id(vd, "H1"))
    with vd.store.schrijf() as s:
        s.connection().exec_driver_sql("DELETE FROM klant WHERE id = ?", (k,))
    with vd.store.lees() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM vacaturevoorstel").scalar_one() == 0


# --------------------------------------------------------------------------- PaWa
def _pawa_klant(vd, **kw) -> int:
    invoer = {"ww_startdatum": "01-09-2025", "ww_einddatum": "31-08-2027", "beschikbare_uren": "24"}
    invoer.update(kw)
    return _klant(vd, **invoer)


def test_pawa_niet_geschikt_met_redenen(vd):
    k = _klant(vd, beschikbare_uren="8")
    u = vd.pawa.geschiktheid(k)
    assert not u.geschikt
    assert any("maanden in de WW" in r for r in u.niet_voldaan)
    assert any("8 uur per week" in r for r in u.niet_voldaan)
    with pytest.raises(Exception, match="niet in aanmerking"):
        vd.pawa.start(k, [_id(vd, "P1"), _id(vd, "P2")])


def test_pawa_zes_maanden_met_risico_uit_dossier(vd):
    k = _klant(vd, ww_startdatum="01-04-2026")
    assert not vd.pawa.geschiktheid(k).geschikt
    vd.dossier = NepDossier({k: DossierSamenvatting(klant_id=k, risico_langdurig_werkloos=True)})
    assert vd.pawa.geschiktheid(k).geschikt
    vd.dossier = NepDossier({k: DossierSamenvatting(klant_id=k, risico_langdurig_werkloos=True,
                                                    in_reintegratietraject=True)})
    u = vd.pawa.geschiktheid(k)
    assert not u.geschikt and "re-integratietraject" in u.uitleg


def test_pawa_vrijstelling_uit_werkplan(vd):
    k = _pawa_klant(vd)

    class Werkplan(NepWerkplan):
        def samenvatting(self, klant_id):
            return WerkplanSamenvatting(klant_id=klant_id,
                                        vrijstellingen=(("mantelzorg", date(2026, 11, 1), date(2027, 2, 1)),))

    vd.werkplan = Werkplan()
    u = vd.pawa.geschiktheid(k)
    assert not u.geschikt and "mantelzorg" in u.uitleg


def test_pawa_flow_twee_vacatures_gesprekken_terugkoppeling_uitkomst(vd):
    from werkcoach_tui.services.pawa import PawaFout

    k = _pawa_klant(vd)
    assert vd.pawa.geschiktheid(k).geschikt
    p1, p2, p3, gewoon = (_id(vd, x) for x in ("P1", "P2", "P3", "K1"))
    with pytest.raises(PawaFout, match="precies 2"):
        vd.pawa.start(k, [p1])
    with pytest.raises(PawaFout, match="precies 2"):
        vd.pawa.start(k, [p1, p2, p3])
    with pytest.raises(PawaFout, match="niet open voor passend werkaanbod"):
        vd.pawa.start(k, [p1, gewoon])
    traject = vd.pawa.start(k, [p1, p2])
    assert [a.titel for a in traject.aanbod] == ["Schoonmaker", "Productiemedewerker"]
    with pytest.raises(PawaFout, match="loopt al"):
        vd.pawa.start(k, [p2, p3])

    a1, a2 = traject.aanbod
    vd.pawa.wijzig_aanbod(a1.id, {"gesprek_datum": "02-12-2026"})  # arranged, in the future
    with pytest.raises(Validatiefout) as exc:
        vd.pawa.wijzig_aanbod(a1.id, {"gesprek_datum": "02-12-2026", "resultaat": "aangenomen"})
    assert "resultaat" in exc.value.fouten and "resultaat_reden" in exc.value.fouten
    with pytest.raises(Validatiefout) as exc:
        vd.pawa.wijzig_aanbod(a2.id, {"resultaat": "niet_aangenomen", "resultaat_reden": "x"})
    assert "gesprek_datum" in exc.value.fouten
    with pytest.raises(Validatiefout, match="vóór de start"):
        vd.pawa.wijzig_aanbod(a2.id, {"gesprek_datum": "20-11-2026"})

    later = date(2026, 12, 10)
    vd.pawa.clock = FixedClock.on(later)  # the interviews have taken place
    vd.pawa.wijzig_aanbod(a1.id, {"gesprek_datum": "02-12-2026", "feedback_klant": "Goed gesprek",
                                  "feedback_werkgever": "Gemotiveerd", "resultaat": "aangenomen",
                                  "resultaat_reden": "Proefplaatsing beviel"})
    assert vd.pawa.lopend_traject(k) is not None
    vd.pawa.wijzig_aanbod(a2.id, {"gesprek_datum": "03-12-2026", "feedback_klant": "Te ver weg",
                                  "feedback_werkgever": "Geen rijbewijs", "resultaat": "niet_aangenomen",
                                  "resultaat_reden": "Rijbewijs vereist"})
    assert vd.pawa.lopend_traject(k) is None
    [t] = vd.pawa.trajecten(k)
    assert t.afgerond_op == later
    assert [a.resultaat for a in t.aanbod] == [PawaResultaat.AANGENOMEN, PawaResultaat.NIET_AANGENOMEN]
    assert t.aanbod[0].feedback_werkgever == "Gemotiveerd"
    velden = {a.veld for a in _audit(vd, "pawa_aanbod")}
    assert {"gesprek_datum", "feedback_klant", "feedback_werkgever", "resultaat", "resultaat_reden"} <= velden
    assert [a.veld for a in _audit(vd, "pawa_traject") if a.actie == "wijzigen"] == ["afgerond_op"]
