"""Extra boundary rows at the signal level: amounts and hours (below, on, above each limit)."""

from datetime import date

import pytest

from werkcoach_tui.models.enums import GesprekStatus, GesprekType
from werkcoach_tui.rules import signalen as sg
from werkcoach_tui.rules.feiten import GesprekFeit, KlantFeiten, SignaalInstellingen

D = date
NU = D(2026, 3, 1)


def signaal(feiten, code, today=NU, inst=None):
    return next((s for s in sg.bereken_signalen(feiten, today, inst) if s.code == code), None)


@pytest.mark.parametrize("uren,aanwezig", [(11.5, False), (12, True), (12.5, True)])
def test_pawa_12_uur(uren, aanwezig):
    f = KlantFeiten(ww_startdatum=D(2025, 1, 15), beschikbare_uren=uren)
    s = signaal(f, sg.PAWA_MOGELIJK)
    assert (s is not None) is aanwezig
    if s:
        assert "minimaal 12 uur" in s.uitleg and "(minimaal 12, of 6 bij risico" in s.uitleg


@pytest.mark.parametrize("minuten,aanwezig", [(359, False), (360, True), (361, True)])
def test_begeleidingstijd_6_uur(minuten, aanwezig):
    f = KlantFeiten(gesprekken=(GesprekFeit(D(2026, 2, 1), GesprekType.COACHINGSGESPREK,
                                            GesprekStatus.GEVOERD, minuten),))
    s = signaal(f, sg.BEGELEIDINGSTIJD)
    assert (s is not None) is aanwezig
    if s:
        assert "grens 6 uur" in s.uitleg and s.sinds == D(2026, 2, 1)


@pytest.mark.parametrize(
    "dagen_geleden,weken,aanwezig",
    [(28, 4, False), (29, 4, True), (35, 5, False), (36, 5, True)],
)
def test_contact_grens_per_instelling(dagen_geleden, weken, aanwezig):
    from datetime import timedelta

    f = KlantFeiten(gesprekken=(GesprekFeit(NU - timedelta(days=dagen_geleden), GesprekType.COACHINGSGESPREK,
                                            GesprekStatus.GEVOERD, 30),))
    s = signaal(f, sg.CONTACT_TE_LANG_GELEDEN, inst=SignaalInstellingen(contact_weken=weken))
    assert (s is not None) is aanwezig
    if s:
        assert f"{weken} weken" in s.uitleg and f"{dagen_geleden // 7} weken geleden" in s.uitleg
