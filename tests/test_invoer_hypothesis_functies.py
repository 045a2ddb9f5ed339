"""Bad input to the forms of the dossier, werkplan, sollicitaties and casuïstiek features.

The same property as for the klant and gesprek forms (``test_invoer_hypothesis.py``): random and
hostile input either is accepted or ends in a ``Validatiefout`` with a Dutch message per field;
never another exception, and a refused form changes nothing that was stored.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkcoach_tui.rules import dossier as regels
from werkcoach_tui.services.validatie import Validatiefout

from .test_invoer_hypothesis import VIJANDIG

waarde = st.one_of(st.sampled_from(VIJANDIG), st.text(max_size=200), st.integers(-(10**12), 10**12).map(str))
HYP = settings(max_examples=60, deadline=None,
               suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
VOORBEELDEN: Counter[str] = Counter()


def _toestand(pad, tabellen) -> str:
    con = sqlite3.connect(pad)
    try:
        h = hashlib.sha256()
        for tabel in tabellen:
            for rij in con.execute(f"SELECT * FROM {tabel} ORDER BY 1"):
                h.update(repr(rij).encode())
        return h.hexdigest()
    finally:
        con.close()


@pytest.fixture
def klant(diensten):
    return diensten.klanten.maak({"naam": "Hostiel Test", "geboortedatum": "01-02-1970",
                                  "ww_startdatum": "01-02-2026", "ww_einddatum": "01-02-2027"})


def _controleer(naam, diensten, tabellen, actie) -> None:
    VOORBEELDEN[naam] += 1
    voor = _toestand(diensten.store.path, tabellen)
    try:
        actie()
    except Validatiefout as exc:
        assert exc.fouten and all(isinstance(v, str) and v for v in exc.fouten.values())
        assert _toestand(diensten.store.path, tabellen) == voor, "a refused form changes nothing"


def test_dossier_velden(diensten, klant):
    velden = sorted(regels.VELDEN)

    @HYP
    @given(veld=st.sampled_from(velden), invoer=waarde)
    def probeer(veld, invoer):
        VOORBEELDEN["dossier veld"] += 1
        fouten = diensten.dossier.bewaar(klant.id, {veld: invoer})
        assert isinstance(fouten, dict)
        if fouten:
            assert set(fouten) == {veld} and fouten[veld]

    probeer()


def test_dossier_instrument(diensten, klant):
    sleutels = ("instrument", "kosten", "vraag_werkgevers", "geschiktheid_klant", "bijdrage_instrument",
                "status", "ingezet_op")

    @HYP
    @given(invoer=st.dictionaries(st.sampled_from(sleutels), waarde, max_size=7))
    def probeer(invoer):
        _controleer("dossier instrument", diensten, ("dossier_instrument",),
                    lambda: diensten.dossier.bewaar_instrument(klant.id, invoer))

    probeer()


def test_werkplan_afspraak(diensten, klant):
    versie = diensten.werkplan.maak_concept(klant.id).versie
    sleutels = ("wie", "wat", "hoeveel", "wanneer", "hoe_aangetoond", "soort", "status", "reden_niet_nagekomen",
                "interne_notitie")

    @HYP
    @given(invoer=st.dictionaries(st.sampled_from(sleutels), waarde, max_size=9))
    def probeer(invoer):
        _controleer("werkplan afspraak", diensten, ("afspraak",),
                    lambda: diensten.werkplan.voeg_afspraak_toe(versie.id, invoer))

    probeer()


def test_sollicitatie_en_vrijstelling(diensten, klant):
    sol = ("datum", "werkgever", "functie", "soort", "resultaat", "bewijs", "op_papier")
    vrij = ("reden", "van", "tot", "toelichting")

    @HYP
    @given(a=st.dictionaries(st.sampled_from(sol), waarde, max_size=7),
           b=st.dictionaries(st.sampled_from(vrij), waarde, max_size=4))
    def probeer(a, b):
        _controleer("sollicitatie", diensten, ("sollicitatie",),
                    lambda: diensten.werkplan.voeg_sollicitatie_toe(klant.id, a))
        _controleer("vrijstelling", diensten, ("vrijstelling",),
                    lambda: diensten.werkplan.voeg_vrijstelling_toe(klant.id, b))

    probeer()


def test_casuistiek_formulieren(diensten):
    bespreking = diensten.casuistiek.maak_bespreking({"datum": "23-11-2026", "voorzitter": "Vz", "deelnemers": "A, B"})

    @HYP
    @given(a=st.dictionaries(st.sampled_from(("datum", "deelnemers", "voorzitter", "thema")), waarde, max_size=4),
           b=st.dictionaries(st.sampled_from(("wie", "wat", "wanneer")), waarde, max_size=3))
    def probeer(a, b):
        _controleer("bespreking", diensten, ("casuistiek_bespreking",),
                    lambda: diensten.casuistiek.maak_bespreking(a))
        _controleer("vervolgactie", diensten, ("casuistiek_actie",),
                    lambda: diensten.casuistiek.voeg_actie_toe(bespreking.id, b))

    probeer()


def test_zz_voorbeelden():
    """How many examples each property ran (printed with -s)."""
    print("\nhypothesis examples: " + ", ".join(f"{k} {v}" for k, v in sorted(VOORBEELDEN.items())))
    assert all(v >= 30 for v in VOORBEELDEN.values())
