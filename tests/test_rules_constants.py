"""Pin every number from the domain brief: a change here must be deliberate."""

import warnings
from datetime import date
from decimal import Decimal

import pytest

from werkcoach_tui import constants as c

VERWACHT = {
    "INTAKE_TERMIJN_DAGEN": 14,
    "WOG_BAND_GRENS_PROCENT": 50,
    "MONITOR_NA_MAANDEN": 6,
    "CONTACT_FREQUENTIE_WEKEN": 5,
    "CONTACT_FREQUENTIE_MIN_WEKEN": 4,
    "CONTACT_FREQUENTIE_MAX_WEKEN": 5,
    "SOLLICITATIENORM_AANTAL": 4,
    "SOLLICITATIENORM_PERIODE_WEKEN": 4,
    "BEWIJS_BEWAREN_JAREN": 2,
    "VRIJSTELLING_MAX_MAANDEN": 6,
    "AOW_VRIJSTELLING_MAANDEN": 12,
    "PASSENDE_ARBEID_EIGEN_NIVEAU_MAANDEN": 6,
    "PASSENDE_ARBEID_NIEUWE_REGELS_VANAF": date(2015, 7, 1),
    "PASSENDE_ARBEID_OUDE_REGEL_MAANDEN": 12,
    "PASSENDE_ARBEID_MIN_LOON_PROCENT": 70,
    "REISTIJD_EIGEN_NIVEAU_UUR_PER_DAG": 2,
    "REISTIJD_ALLE_WERK_UUR_PER_DAG": 3,
    "MAX_UREN_PER_WEEK": 60,
    "MAX_UREN_PER_WEEK_VACATURE": 80,
    "BUDGET_EIGEN_BEVOEGDHEID_EURO": Decimal("2000.00"),
    "NORMTIJD_MIN_UUR": 2.5,
    "NORMTIJD_MAX_UUR": 4.0,
    "BEGELEIDING_ZONDER_RESULTAAT_UUR": 6.0,
    "PAWA_MIN_MAANDEN_WW": 12,
    "PAWA_RISICO_MIN_MAANDEN_WW": 6,
    "PAWA_MIN_UREN_PER_WEEK": 12,
    "PAWA_MIN_MAANDEN_VOOR_EINDE_WW": 1,
    "PAWA_AANTAL_VACATURES": 2,
    "OUDEREN_LEEFTIJD": 57,
    "VROEGMELDER_MIN_WEKEN": 4,
    "ARBEIDSBEPERKING_MIN_MAATMAN_PROCENT": 65,
    "EINDE_WW_SIGNAAL_MAANDEN": 3,
    "EINDE_WW_HOOG_MAANDEN": 1,
    "DOSSIER_AUTOSAVE_SECONDEN": 0.8,
    "BEWAARTERMIJN_JAREN": 5,
    "CASUISTIEK_PER_MAANDEN": 3,
    "AOW_LEEFTIJD_TABEL": ((date(1900, 1, 1), 67, 0), (date(1961, 1, 1), 67, 3)),
    "WERKVERKENNER_FACTOREN_STANDAARD": (
        "Leeftijd", "Arbeidsverleden", "Opleiding", "Zoekintentie", "Vertrouwen in het vinden van werk",
        "Ervaren gezondheid", "Motivatie",
    ),
}


@pytest.mark.parametrize("naam,waarde", sorted(VERWACHT.items()))
def test_constante_vastgepind(naam, waarde):
    assert getattr(c, naam) == waarde
    assert type(getattr(c, naam)) is type(waarde)


def test_nieuwe_constanten_melden():
    """Constants added later (by other modules) are reported, not failed on: pin them here."""
    publiek = {n for n in dir(c) if n.isupper() and not n.startswith("_")}
    niet_vastgepind = sorted(publiek - set(VERWACHT))
    if niet_vastgepind:
        warnings.warn(f"Constanten zonder vastgepinde waarde: {niet_vastgepind}", stacklevel=1)
    assert set(VERWACHT) <= publiek


def test_budget_is_decimal_met_centen():
    assert isinstance(c.BUDGET_EIGEN_BEVOEGDHEID_EURO, Decimal)
    assert str(c.BUDGET_EIGEN_BEVOEGDHEID_EURO) == "2000.00"


def test_contactfrequentie_standaard_binnen_bereik():
    assert c.CONTACT_FREQUENTIE_MIN_WEKEN <= c.CONTACT_FREQUENTIE_WEKEN
    assert c.CONTACT_FREQUENTIE_WEKEN <= c.CONTACT_FREQUENTIE_MAX_WEKEN
