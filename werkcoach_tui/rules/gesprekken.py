"""Conversations: intake term, WOG, monitorgesprek, contact frequency, guidance time.

Choices (pinned by tests):

- **Intake**: the term ends ``meldingsdatum + 14 days`` (``INTAKE_TERMIJN_DAGEN``);
  an intake on that last day is on time. The intake counts as arranged when one
  is *gevoerd* (on any date: once held, nothing is left to do) or *gepland* on a
  date within the term. Otherwise it is late from the day after the term.
- **WOG aangewezen**: Werkverkenner band up to 50 % (``WOG_BAND_GRENS_PROCENT``),
  or niet-digivaardig (``digivaardig is False``), or invited on the adviser's
  judgement; and no WOG held yet. A WOG planned for today or later counts as
  arranged (no signal).
- **Monitorgesprek**: for klanten *not* invited for a WOG (the criterion does not
  hold and no WOG was planned or held), from ``ww_start + 6 months`` on, when no
  monitorgesprek is planned or held.
- **Contact**: the last *held* conversation (not after ``today``); without one the
  melding (or WW start) is the reference. Overdue from ``reference + weeks × 7 + 1
  day``: a conversation exactly 5 weeks ago is still in time.
- **Guidance time**: the sum of ``duur_minuten`` of held conversations up to
  ``today``. Norm time 2.5–4 hours; 6 hours or more without a result is "not gone
  well" (a re-integration company should have been engaged earlier).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from operator import attrgetter

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import GesprekStatus, GesprekType, LabeledEnum, WerkverkennerBand
from werkcoach_tui.rules.datums import add_months
from werkcoach_tui.rules.feiten import GesprekFeit, KlantFeiten


# --- helpers ----------------------------------------------------------------------
_DATUM = attrgetter("datum")


def gevoerde_gesprekken(
    gesprekken: Iterable[GesprekFeit], today: date, type: GesprekType | None = None
) -> list[GesprekFeit]:
    """Held conversations on or before ``today`` (optionally of one type), by date."""
    gevoerd = GesprekStatus.GEVOERD  # compared inline: this runs for every klant on the dashboard
    return sorted(
        (
            g
            for g in gesprekken
            if g.status == gevoerd and g.datum <= today and (type is None or g.type == type)
        ),
        key=_DATUM,
    )


def geplande_gesprekken(
    gesprekken: Iterable[GesprekFeit], type: GesprekType | None = None
) -> list[GesprekFeit]:
    """Planned conversations (optionally of one type), by date."""
    return sorted(
        (g for g in gesprekken if g.gepland and (type is None or g.type == type)),
        key=lambda g: g.datum,
    )


# --- intake -----------------------------------------------------------------------
def intake_deadline(meldingsdatum: date) -> date:
    """Last day of the intake term: melding + 2 weeks."""
    return meldingsdatum + timedelta(days=c.INTAKE_TERMIJN_DAGEN)


def intake_geregeld(meldingsdatum: date, gesprekken: Iterable[GesprekFeit], today: date) -> bool:
    """An intake is held, or planned on a date within the term."""
    lijst = list(gesprekken)
    if gevoerde_gesprekken(lijst, today, GesprekType.INTAKE):
        return True
    deadline = intake_deadline(meldingsdatum)
    return any(g.datum <= deadline for g in geplande_gesprekken(lijst, GesprekType.INTAKE))


def intake_te_laat_sinds(
    meldingsdatum: date | None, gesprekken: Iterable[GesprekFeit], today: date
) -> date | None:
    """The first day the intake is late (term + 1 day) if it is late on ``today``."""
    if meldingsdatum is None:
        return None
    te_laat = intake_deadline(meldingsdatum) + timedelta(days=1)
    if today < te_laat or intake_geregeld(meldingsdatum, gesprekken, today):
        return None
    return te_laat


# --- werkoriëntatiegesprek --------------------------------------------------------
def wog_criterium(
    band: WerkverkennerBand | None, digivaardig: bool | None, op_oordeel: bool = False
) -> bool:
    """Invite for a WOG: band up to 50 %, niet-digivaardig, or the adviser's judgement."""
    if op_oordeel or digivaardig is False:
        return True
    return band is not None and WerkverkennerBand(band).bovengrens <= c.WOG_BAND_GRENS_PROCENT


def wog_gevoerd_op(gesprekken: Iterable[GesprekFeit], today: date) -> date | None:
    """Date of the first held WOG, or None."""
    wogs = gevoerde_gesprekken(gesprekken, today, GesprekType.WERKORIENTATIEGESPREK)
    return wogs[0].datum if wogs else None


def wog_aangewezen(feiten: KlantFeiten, today: date) -> bool:
    """The WOG criterion holds, no WOG was held and none is planned from today on."""
    if not wog_criterium(
        feiten.werkverkenner_band, feiten.digivaardig, feiten.wog_uitgenodigd_op_oordeel
    ):
        return False
    if wog_gevoerd_op(feiten.gesprekken, today) is not None:
        return False
    gepland = geplande_gesprekken(feiten.gesprekken, GesprekType.WERKORIENTATIEGESPREK)
    return not any(g.datum >= today for g in gepland)


def uitgenodigd_voor_wog(feiten: KlantFeiten) -> bool:
    """The klant is (or was) invited for a WOG: criterion, or a WOG planned/held."""
    if wog_criterium(
        feiten.werkverkenner_band, feiten.digivaardig, feiten.wog_uitgenodigd_op_oordeel
    ):
        return True
    return any(g.type == GesprekType.WERKORIENTATIEGESPREK for g in feiten.gesprekken)


# --- monitorgesprek ---------------------------------------------------------------
def monitorgesprek_vanaf(ww_start: date) -> date:
    """From this day a monitorgesprek is due: WW start + 6 months."""
    return add_months(ww_start, c.MONITOR_NA_MAANDEN)


def monitorgesprek_nodig_sinds(feiten: KlantFeiten, today: date) -> date | None:
    """The date the monitorgesprek became due, if it is due on ``today``."""
    if feiten.ww_startdatum is None or uitgenodigd_voor_wog(feiten):
        return None
    vanaf = monitorgesprek_vanaf(feiten.ww_startdatum)
    if today < vanaf:
        return None
    if any(g.type == GesprekType.MONITORGESPREK for g in feiten.gesprekken):
        return None
    return vanaf


# --- contact ----------------------------------------------------------------------
def laatste_contact(gesprekken: Iterable[GesprekFeit], today: date) -> date | None:
    """Date of the last held conversation on or before ``today``."""
    gevoerd = gevoerde_gesprekken(gesprekken, today)
    return gevoerd[-1].datum if gevoerd else None


def volgend_gesprek(gesprekken: Iterable[GesprekFeit], today: date) -> date | None:
    """Date of the next planned conversation from ``today`` on."""
    gepland = [g for g in geplande_gesprekken(gesprekken) if g.datum >= today]
    return gepland[0].datum if gepland else None


def contact_te_lang_geleden_sinds(
    feiten: KlantFeiten, today: date, weken: int = c.CONTACT_FREQUENTIE_WEKEN
) -> date | None:
    """First overdue day, if no conversation was held in the last ``weken`` weeks."""
    referentie = laatste_contact(feiten.gesprekken, today)
    if referentie is None:
        referentie = feiten.meldingsdatum or feiten.ww_startdatum
    if referentie is None:
        return None
    sinds = referentie + timedelta(days=7 * weken + 1)
    return sinds if today >= sinds else None


# --- begeleidingstijd -------------------------------------------------------------
class NormtijdStatus(LabeledEnum):
    ONDER = ("onder", "Onder de normtijd")
    BINNEN = ("binnen", "Binnen de normtijd")
    BOVEN = ("boven", "Boven de normtijd")
    ZONDER_RESULTAAT = ("zonder_resultaat", "6 uur of meer zonder resultaat")


def begeleidingstijd_minuten(gesprekken: Iterable[GesprekFeit], today: date) -> int:
    return sum(g.duur_minuten for g in gevoerde_gesprekken(gesprekken, today))


def begeleidingstijd_uren(gesprekken: Iterable[GesprekFeit], today: date) -> float:
    """Cumulative guidance time in hours (held conversations up to ``today``)."""
    return begeleidingstijd_minuten(gesprekken, today) / 60


def normtijd_status(uren: float, resultaat_behaald: bool = False) -> NormtijdStatus:
    """Below 2.5 h, 2.5–4 h (both inclusive), above 4 h, or ≥ 6 h without result."""
    if uren >= c.BEGELEIDING_ZONDER_RESULTAAT_UUR and not resultaat_behaald:
        return NormtijdStatus.ZONDER_RESULTAAT
    if uren < c.NORMTIJD_MIN_UUR:
        return NormtijdStatus.ONDER
    if uren <= c.NORMTIJD_MAX_UUR:
        return NormtijdStatus.BINNEN
    return NormtijdStatus.BOVEN


def zes_uur_bereikt_op(gesprekken: Iterable[GesprekFeit], today: date) -> date | None:
    """Date of the held conversation that brought the total to 6 hours or more."""
    grens = round(c.BEGELEIDING_ZONDER_RESULTAAT_UUR * 60)
    totaal = 0
    for g in gevoerde_gesprekken(gesprekken, today):
        totaal += g.duur_minuten
        if totaal >= grens:
            return g.datum
    return None
