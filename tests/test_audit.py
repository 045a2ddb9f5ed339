"""Every change to a dossier is in the audit trail; stale saves are refused."""

from __future__ import annotations

import pytest

from werkcoach_tui.services.audit import lees_audit
from werkcoach_tui.services.validatie import Validatiefout
from werkcoach_tui.store import VerouderdFout


def _audit(diensten, klantnummer=None):
    with diensten.store.lees() as s:
        return lees_audit(s, klantnummer)


def test_aanmaken_en_wijzigen_in_audit(diensten):
    k = diensten.klanten.maak({"naam": "Anna Smit", "beschikbare_uren": "32", "woonplaats": "Venlo"})
    rijen = _audit(diensten, k.klantnummer)
    assert {r.actie for r in rijen} == {"aanmaken"}
    assert any(r.veld == "naam" and r.nieuw == "Anna Smit" for r in rijen)
    assert all(r.wie == "Test Adviseur" for r in rijen)

    diensten.klanten.wijzig(k.id, {"naam": "Anna Smit", "beschikbare_uren": "24", "woonplaats": "Venlo"},
                            verwachte_versie=k.versie)
    wijzigingen = [r for r in _audit(diensten, k.klantnummer) if r.actie == "wijzigen"]
    assert len(wijzigingen) == 1, "one row per changed field, none for unchanged fields"
    assert (wijzigingen[0].veld, wijzigingen[0].oud, wijzigingen[0].nieuw) == ("beschikbare_uren", "32.0", "24.0")


def test_bekijken_wordt_gelogd(diensten):
    k = diensten.klanten.maak({"naam": "Bert Bos"})
    diensten.klanten.bekijk(k.id)
    assert any(r.actie == "bekijken" for r in _audit(diensten, k.klantnummer))


def test_gesprek_in_audit(diensten):
    k = diensten.klanten.maak({"naam": "Bert Bos"})
    diensten.klanten.voeg_gesprek_toe(k.id, {"datum": "20-11-2026", "type": "intake", "kanaal": "vestiging",
                                             "duur_minuten": "45", "notitie": "Eerste kennismaking."})
    assert any(r.entiteit == "gesprek" and r.actie == "aanmaken" for r in _audit(diensten, k.klantnummer))


def test_verouderde_opslag_geweigerd(diensten):
    k = diensten.klanten.maak({"naam": "Cor Claes", "woonplaats": "Venlo"})
    diensten.klanten.wijzig(k.id, {"naam": "Cor Claes", "woonplaats": "Tegelen"}, verwachte_versie=k.versie)
    with pytest.raises(VerouderdFout) as exc:
        diensten.klanten.wijzig(k.id, {"naam": "Cor Claes", "woonplaats": "Blerick"}, verwachte_versie=k.versie)
    assert "Herlaad" in str(exc.value)
    assert diensten.klanten.kaart(k.id).klant.woonplaats == "Tegelen"


def test_foute_invoer_slaat_niets_op(diensten):
    k = diensten.klanten.maak({"naam": "Dina Dekker", "beschikbare_uren": "20"})
    voor = len(_audit(diensten))
    with pytest.raises(Validatiefout):
        diensten.klanten.wijzig(k.id, {"naam": "Dina Dekker", "beschikbare_uren": "-5"}, verwachte_versie=k.versie)
    with pytest.raises(Validatiefout):
        diensten.klanten.maak({"naam": "", "geboortedatum": "31-02-2026"})
    assert diensten.klanten.kaart(k.id).klant.beschikbare_uren == 20
    assert diensten.klanten.aantal() == 1
    assert len(_audit(diensten)) == voor


def test_dubbel_klantnummer_geweigerd(diensten):
    diensten.klanten.maak({"naam": "Eva", "klantnummer": "K200001"})
    with pytest.raises(Validatiefout) as exc:
        diensten.klanten.maak({"naam": "Fien", "klantnummer": "k200001"})
    assert "bestaat al" in exc.value.fouten["klantnummer"]


def test_wijzigen_zonder_contactvelden_laat_ze_staan(diensten):
    k = diensten.klanten.maak({"naam": "Gijs", "telefoon": "06-11112222", "email": "gijs@example.nl"})
    diensten.klanten.wijzig(k.id, {"naam": "Gijs", "woonplaats": "Venlo"}, verwachte_versie=k.versie)
    klant = diensten.klanten.kaart(k.id).klant
    assert (klant.telefoon, klant.email, klant.woonplaats) == ("06-11112222", "gijs@example.nl", "Venlo")
