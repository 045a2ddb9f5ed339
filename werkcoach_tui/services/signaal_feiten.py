"""From stored data to :class:`KlantFeiten`: the pure mapping behind the signal service.

No I/O here: the signal service reads the klant table and the gesprekken in bulk,
asks the dossier and werkplan features for their plain-data summaries
(``services/samenvattingen.py``), and hands everything to :func:`bouw_feiten`.

A fact that no feature provides stays *unknown*; a signal that needs it is not
computed from a guess, it simply cannot fire. :func:`bouw_feiten` therefore
returns, beside the facts, the signal codes that cannot be judged for this klant
(``onbekend``). The service switches those off for that klant.

Which signal needs which source (beyond the klant card and the gesprekken):

=========================  =========================================================
signal                     needs
=========================  =========================================================
pawa_mogelijk              dossier (re-integratietraject, risico, instrumenten) and
                           werkplan (vrijstellingen)
sollicitatieplicht         werkplan, and a werkplan for this klant (that is where the
                           sollicitatieactiviteiten are recorded)
toestemming_nodig          dossier (instrumenten, goedkeuring)
begeleidingstijd           dossier (resultaat behaald)
ouderen_weging             dossier (arbeidsmarktkansen gewogen)
werkplan_onvolledig        werkplan
casuistiek                 casuïstiek (per adviseur; shown once, not per klant)
=========================  =========================================================

The others (intake, WOG, monitorgesprek, contact, beschikbaarheid, passende
arbeid, einde WW) need only the klant card and the gesprekken.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import (
    GesprekStatus,
    GesprekType,
    MethodeStap,
    VrijstellingReden,
    WerkverkennerBand,
)
from werkcoach_tui.rules import signalen as sg
from werkcoach_tui.rules.feiten import (
    GesprekFeit,
    InstrumentFeit,
    KlantFeiten,
    SollicitatieFeit,
    VrijstellingFeit,
)
from werkcoach_tui.services.samenvattingen import DossierSamenvatting, WerkplanSamenvatting

BRON_DOSSIER = "dossier"
BRON_WERKPLAN = "werkplan"
BRON_CASUISTIEK = "casuistiek"

BRON_LABELS = {
    BRON_DOSSIER: "dossier",
    BRON_WERKPLAN: "werkplan",
    BRON_CASUISTIEK: "casuïstiek",
}

VEREISTE_BRONNEN: dict[str, frozenset[str]] = {
    sg.PAWA_MOGELIJK: frozenset({BRON_DOSSIER, BRON_WERKPLAN}),
    sg.SOLLICITATIEPLICHT: frozenset({BRON_WERKPLAN}),
    sg.TOESTEMMING_NODIG: frozenset({BRON_DOSSIER}),
    sg.BEGELEIDINGSTIJD: frozenset({BRON_DOSSIER}),
    sg.OUDEREN_WEGING: frozenset({BRON_DOSSIER}),
    sg.WERKPLAN_ONVOLLEDIG: frozenset({BRON_WERKPLAN}),
    sg.CASUISTIEK: frozenset({BRON_CASUISTIEK}),
}
"""Signal code → the feature(s) whose data it needs."""


def onbekende_signalen(beschikbaar: Iterable[str]) -> frozenset[str]:
    """The signal codes that cannot fire because a source in ``beschikbaar`` is missing."""
    return _onbekend(frozenset(beschikbaar))


@lru_cache(maxsize=16)
def _onbekend(er: frozenset[str]) -> frozenset[str]:
    return frozenset(code for code, nodig in VEREISTE_BRONNEN.items() if not nodig <= er)


class KlantRij(NamedTuple):
    """The klant card's columns the signals need (one row of the bulk query; a named tuple,
    made ten thousand times per caseload)."""

    id: int
    geboortedatum: Optional[date] = None
    meldingsdatum: Optional[date] = None
    ww_startdatum: Optional[date] = None
    ww_einddatum: Optional[date] = None
    uren_vorige_baan: Optional[float] = None
    beschikbare_uren: Optional[float] = None
    digivaardig: Optional[bool] = None
    werkverkenner_band: Optional[WerkverkennerBand] = None
    werkverkenner_datum: Optional[date] = None
    fase: MethodeStap = MethodeStap.BEELDVORMING
    adviseur: Optional[str] = None

    @property
    def afgesloten(self) -> bool:
        return self.fase == MethodeStap.AFGESLOTEN


_GESPREK_TYPES = {t.value: t for t in GesprekType}
_GESPREK_STATUS = {s.value: s for s in GesprekStatus}


def gesprek_feit(datum: date, type_: str | GesprekType, status: str | GesprekStatus,
                 duur_minuten: int | None) -> GesprekFeit:
    """One gesprek row as a fact (enum values looked up once, not per call)."""
    t = type_ if isinstance(type_, GesprekType) else _GESPREK_TYPES[type_]
    s = status if isinstance(status, GesprekStatus) else _GESPREK_STATUS[status]
    return GesprekFeit(datum, t, s, max(int(duur_minuten or 0), 0))


@lru_cache(maxsize=8192)
def _sollicitatie(datum: date) -> SollicitatieFeit:
    """Shared, immutable fact per date (a caseload has ~50 activities per klant)."""
    return SollicitatieFeit(datum)


def _instrumenten(dossier: DossierSamenvatting) -> tuple[InstrumentFeit, ...]:
    if not dossier.instrumenten:
        return ()
    return tuple(
        InstrumentFeit(
            instrument=i.instrument,
            kosten=i.kosten,
            onderbouwing=i.onderbouwing or "",
            goedgekeurd_door=i.goedgekeurd_door,
            goedgekeurd_op=i.goedgekeurd_op,
            ingezet_op=i.ingezet_op,
        )
        for i in dossier.instrumenten
    )


def _vrijstellingen(werkplan: WerkplanSamenvatting) -> tuple[VrijstellingFeit, ...]:
    if not werkplan.vrijstellingen:
        return ()
    uit = []
    for reden, van, tot in werkplan.vrijstellingen:
        uit.append(VrijstellingFeit(VrijstellingReden(reden), van, tot))
    return tuple(uit)


def _werkplan_onderbouwd(werkplan: WerkplanSamenvatting, dossier: DossierSamenvatting | None) -> bool:
    """Does the werkplan record why this service and these instruments?

    The werkplan's own field when its summary has one; otherwise the dossier's
    reasoning (visie, dienstverleningsdoel, every instrument onderbouwd). With
    neither known the answer is "no complaint" (True): a missing reasoning is
    never reported on a guess.
    """
    eigen = getattr(werkplan, "onderbouwing", None)
    if isinstance(eigen, bool):
        return eigen
    if isinstance(eigen, str):
        return bool(eigen.strip())
    if dossier is not None:
        return not dossier.ontbreekt_voor_werkplan()
    return True


_LEEG_DOSSIER = DossierSamenvatting(klant_id=0)
_LEEG_WERKPLAN = WerkplanSamenvatting(klant_id=0)
"""Nothing recorded yet (only their defaults are read here, never the klant_id)."""


def bouw_feiten(
    klant: KlantRij,
    gesprekken: Iterable[GesprekFeit] = (),
    *,
    dossier: DossierSamenvatting | None = None,
    werkplan: WerkplanSamenvatting | None = None,
    bronnen: Iterable[str] = (),
) -> tuple[KlantFeiten, frozenset[str]]:
    """The facts for one klant and the signal codes that cannot be judged for it.

    ``bronnen`` names the features that are present (``BRON_DOSSIER``,
    ``BRON_WERKPLAN``); a present feature without a summary for this klant means
    "nothing recorded yet" (its defaults), an absent feature means "unknown".
    """
    bronnen = bronnen if isinstance(bronnen, frozenset) else frozenset(bronnen)
    if dossier is None and BRON_DOSSIER in bronnen:
        dossier = _LEEG_DOSSIER
    if werkplan is None and BRON_WERKPLAN in bronnen:
        werkplan = _LEEG_WERKPLAN
    # No werkplan: no agreed application activities are recorded yet.
    onbekend = _onbekend_per_klant(bronnen, werkplan is not None and not werkplan.heeft_werkplan)

    # An absent feature gives the same facts as an empty one (its defaults) except the
    # werkplan's onderbouwing; what it leaves unknown is in ``onbekend``. One call, no
    # intermediate dicts: the caseload does this for every klant.
    d = _LEEG_DOSSIER if dossier is None else dossier
    w = _LEEG_WERKPLAN if werkplan is None else werkplan
    feiten = KlantFeiten(
        geboortedatum=klant.geboortedatum,
        meldingsdatum=klant.meldingsdatum,
        ww_startdatum=klant.ww_startdatum,
        ww_einddatum=klant.ww_einddatum,
        uren_vorige_baan=klant.uren_vorige_baan,
        beschikbare_uren=klant.beschikbare_uren,
        digivaardig=klant.digivaardig,
        werkverkenner_band=klant.werkverkenner_band,
        werkverkenner_datum=klant.werkverkenner_datum,
        gesprekken=gesprekken if type(gesprekken) is tuple else tuple(gesprekken),
        uitgestroomd=klant.fase == MethodeStap.AFGESLOTEN or bool(d.uitgestroomd),
        wog_uitgenodigd_op_oordeel=bool(d.wog_uitgenodigd_op_oordeel),
        risico_langdurig_werkloos=d.risico_langdurig_werkloos,
        in_reintegratietraject=bool(d.in_reintegratietraject),
        instrumenten=_instrumenten(d),
        visie_werkcoach_aanwezig=bool(d.visie_werkcoach.strip()),
        dienstverleningsdoel=d.dienstverleningsdoel,
        arbeidsmarktkansen_gewogen=bool(d.arbeidsmarktkansen_gewogen),
        resultaat_behaald=bool(d.resultaat_behaald),
        werkplan_concept=bool(w.concept),
        werkplan_vastgesteld_op=w.vastgesteld_op,
        werkplan_onderbouwing=werkplan is not None and _werkplan_onderbouwd(werkplan, dossier),
        sollicitaties=tuple(map(_sollicitatie, w.sollicitatie_data)) if w.sollicitatie_data else (),
        vrijstellingen=_vrijstellingen(w),
        opgevolgde_perioden=w.opgevolgde_perioden,
        # As the werkplan's own check: the default norm before the first finalised
        # version, then per period the norm of the version in force on its first day.
        sollicitatienormen=tuple(w.sollicitatienormen),
        sollicitatienorm=c.SOLLICITATIENORM_AANTAL if w.sollicitatienormen else w.sollicitatienorm,
    )
    return feiten, onbekend


@lru_cache(maxsize=32)
def _onbekend_per_klant(bronnen: frozenset[str], zonder_werkplan: bool) -> frozenset[str]:
    uit = set(_onbekend(bronnen))
    uit.add(sg.CASUISTIEK)  # about the adviser: judged once, not per klant
    if zonder_werkplan:
        uit.add(sg.SOLLICITATIEPLICHT)
    return frozenset(uit)


__all__ = [
    "BRON_CASUISTIEK", "BRON_DOSSIER", "BRON_LABELS", "BRON_WERKPLAN", "KlantRij", "VEREISTE_BRONNEN",
    "bouw_feiten", "gesprek_feit", "onbekende_signalen",
]
