"""Every number from the domain brief, named, in one place.

A region that works differently changes it here; tests pin each value.
Source: ``shared/domain.md`` (distilled from the seed documents).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

# --- Gesprekken -----------------------------------------------------------
INTAKE_TERMIJN_DAGEN = 14
"""Intake within 2 weeks of the melding."""

WOG_BAND_GRENS_PROCENT = 50
"""Werkverkenner bands up to 50 % are invited for a werkoriëntatiegesprek."""

MONITOR_NA_MAANDEN = 6
"""Klanten not invited for a WOG get a monitorgesprek after 6 months in the WW."""

CONTACT_FREQUENTIE_WEKEN = 5
"""Contact with self-reliant klanten about once every 4–5 weeks (default 5)."""
CONTACT_FREQUENTIE_MIN_WEKEN = 4
CONTACT_FREQUENTIE_MAX_WEKEN = 5

# --- Sollicitatieplicht ---------------------------------------------------
SOLLICITATIENORM_AANTAL = 4
"""At least 4 sollicitatieactiviteiten ..."""
SOLLICITATIENORM_PERIODE_WEKEN = 4
"""... per 4 weeks, periods counted from the WW start."""
BEWIJS_BEWAREN_JAREN = 2

VRIJSTELLING_MAX_MAANDEN = 6
"""Mantelzorg and a private crisis: at most 6 months each."""
AOW_VRIJSTELLING_MAANDEN = 12
"""Within 1 year of the AOW age: no application duty at all."""

# --- Beschikbaarheid / passende arbeid ------------------------------------
PASSENDE_ARBEID_EIGEN_NIVEAU_MAANDEN = 6
"""First 6 months: work at the klant's own level; after that all work."""
PASSENDE_ARBEID_NIEUWE_REGELS_VANAF = date(2015, 7, 1)
"""The 6-month rule applies to WW that started on or after 1 July 2015."""
PASSENDE_ARBEID_OUDE_REGEL_MAANDEN = 12
"""Before 1-7-2015 the level was lowered gradually; all work after 1 year."""
PASSENDE_ARBEID_MIN_LOON_PROCENT = 70
REISTIJD_EIGEN_NIVEAU_UUR_PER_DAG = 2
REISTIJD_ALLE_WERK_UUR_PER_DAG = 3

MAX_UREN_PER_WEEK = 60
"""Form check: hours per week between 0 and 60."""
MAX_UREN_PER_WEEK_VACATURE = 80
"""Vacancy import: more hours per week than this is a data error (row rejected)."""

# --- Instrumenten ---------------------------------------------------------
BUDGET_EIGEN_BEVOEGDHEID_EURO = Decimal("2000.00")
"""An adviser may commit up to € 2.000; above that needs approval."""

# --- Begeleidingstijd -----------------------------------------------------
NORMTIJD_MIN_UUR = 2.5
NORMTIJD_MAX_UUR = 4.0
BEGELEIDING_ZONDER_RESULTAAT_UUR = 6.0

# --- Passend werkaanbod ---------------------------------------------------
PAWA_MIN_MAANDEN_WW = 12
PAWA_RISICO_MIN_MAANDEN_WW = 6
PAWA_MIN_UREN_PER_WEEK = 12
PAWA_MIN_MAANDEN_VOOR_EINDE_WW = 1
PAWA_AANTAL_VACATURES = 2

# --- Groepen --------------------------------------------------------------
OUDEREN_LEEFTIJD = 57
VROEGMELDER_MIN_WEKEN = 4
ARBEIDSBEPERKING_MIN_MAATMAN_PROCENT = 65

# --- Einde WW / warme overdracht ------------------------------------------
EINDE_WW_SIGNAAL_MAANDEN = 3
EINDE_WW_HOOG_MAANDEN = 1
"""(Added by the rules) within 1 month of the WW end the handover signal is urgent."""

# --- Privacy --------------------------------------------------------------
BEWAARTERMIJN_JAREN = 5
"""Closed dossiers are purged 5 years after the last activity."""

CASUISTIEK_PER_MAANDEN = 3
"""A casuïstiekbespreking at least once per quarter."""

# --- AOW-leeftijd ---------------------------------------------------------
# (birth date from, AOW age in years, extra months). Source: the AOW age
# as fixed by law: 67 years from 2024, 67 years and 3 months from 2028.
AOW_LEEFTIJD_TABEL: tuple[tuple[date, int, int], ...] = (
    (date(1900, 1, 1), 67, 0),
    (date(1961, 1, 1), 67, 3),
)

# --- Dossier (methodisch handelen) ------------------------------------------
WERKVERKENNER_FACTOREN_STANDAARD: tuple[str, ...] = (
    "Leeftijd",
    "Arbeidsverleden",
    "Opleiding",
    "Zoekintentie",
    "Vertrouwen in het vinden van werk",
    "Ervaren gezondheid",
    "Motivatie",
)
"""The Werkverkenner factors the checklist starts with (fixed ones, then changeable ones);
the adviser's team can change the list (stored in the store's settings)."""

DOSSIER_AUTOSAVE_SECONDEN = 0.8
"""Autosave after this pause in typing (the issue allows at most 1 s)."""
