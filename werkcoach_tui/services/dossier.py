"""The dossier of methodisch handelen: rounds of the four steps, and every change to them.

Screens call :class:`DossierService` (``diensten.dossier``). Each call owns a short
transaction and writes the audit trail in it (one row per changed field). Other
features read the dossier only through :meth:`DossierService.samenvatting` /
:meth:`DossierService.samenvattingen` (``services/samenvattingen.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping, Optional

from sqlalchemy import text
from sqlmodel import select

from werkcoach_tui.models.dossier import DossierAfspraak, DossierInstrument, DossierNotitie, DossierRonde
from werkcoach_tui.models.enums import (
    AfspraakSoort,
    AfspraakStatus,
    AfspraakWie,
    AfstandArbeidsmarkt,
    Bron,
    Dienstverleningsdoel,
    GesprekStatus,
    Instrument,
    InstrumentStatus,
    MethodeStap,
    NotitieSoort,
    Opleidingsniveau,
    Uitstroomreden,
    WerkverkennerBand,
    Zelfredzaam,
)
from werkcoach_tui.models.gesprek import Gesprek
from werkcoach_tui.models.klant import Klant
from werkcoach_tui.rules import dossier as regels
from werkcoach_tui.rules.datums import formatteer_datum
from werkcoach_tui.services.audit import audit_wijzigingen, schrijf_audit, waarde_tekst
from werkcoach_tui.services.samenvattingen import DossierSamenvatting, InstrumentSamenvatting
from werkcoach_tui.services.validatie import (
    Invoerfout,
    Validatiefout,
    parse_datum,
    parse_geheel,
    parse_keuze,
    parse_uren,
    tekst,
)

KEUZE_ENUMS = {
    "zelfredzaam": Zelfredzaam,
    "afstand_arbeidsmarkt": AfstandArbeidsmarkt,
    "dienstverleningsdoel": Dienstverleningsdoel,
}
MAX_TEKST = 20_000
_ZELFREDZAAM = {m.value: m for m in Zelfredzaam}
_DOELEN = {m.value: m for m in Dienstverleningsdoel}
MAX_LIJST_REGEL = 300


VELD_LABELS: dict[str, str] = {
    "opleidingsniveau": "Opleidingsniveau", "opleiding": "Opleiding", "werkervaring": "Werkervaring",
    "competenties": "Competenties", "belemmeringen": "Belemmeringen", "wensberoepen": "Wensberoepen",
    "beschikbare_uren": "Uren per week", "beschikbare_dagen": "Dagen", "regio": "Regio",
    "max_reistijd_minuten": "Max. reistijd (min)", "vervoer": "Vervoer", "digivaardig": "Digivaardig",
    "digivaardigheid": "Digivaardigheid", "netwerk": "Netwerk", "zoekgedrag": "Zoekgedrag",
    "werkverkenner_band": "Werkverkenner", "werkverkenner_niet_ingevuld": "Werkverkenner niet ingevuld",
    "werkverkenner_factoren": "Werkverkenner-factoren", "ontbrekende_informatie": "Ontbrekende informatie",
    "zelfredzaam": "Zelfredzaam", "zelfredzaam_toelichting": "Toelichting zelfredzaamheid",
    "afstand_arbeidsmarkt": "Afstand tot de arbeidsmarkt", "dienstverleningsdoel": "Dienstverleningsdoel",
    "bevorderend_beinvloedbaar": "Bevorderend — beïnvloedbaar",
    "bevorderend_niet_beinvloedbaar": "Bevorderend — niet beïnvloedbaar",
    "belemmerend_beinvloedbaar": "Belemmerend — beïnvloedbaar",
    "belemmerend_niet_beinvloedbaar": "Belemmerend — niet beïnvloedbaar",
    "visie_werkcoach": "Visie van de werkcoach", "visie_klant": "Visie van de klant",
    "visies_verschillen": "De visies verschillen",
    "waarom_visie_werkcoach": "Waarom de visie van de werkcoach zwaarder weegt",
    "risico_langdurig_werkloos": "Risico op langdurige werkloosheid", "wog_op_oordeel": "WOG op oordeel werkcoach",
    "wog_reden": "Reden van de WOG-uitnodiging", "in_reintegratietraject": "In een re-integratietraject",
    "arbeidsmarktkansen_gewogen": "Arbeidsmarktkansen expliciet gewogen",
    "arbeidsmarktkansen_toelichting": "Hoe zijn de kansen gewogen?", "dienstverlening": "Dienstverlening",
    "geen_instrumenten": "Geen instrument nodig", "toestemming_door": "Toestemming gegeven door",
    "toestemming_op": "Toestemming op", "evaluatie": "Evaluatie", "doel_bereikt": "Doel bereikt?",
}
"""The Dutch name of every dossier field (the klant's beeldvorming facts included)."""

ACTIE_OVERSCHRIJVEN = "overschrijven"
"""Audit action of a deliberate overwrite: the adviser saw another person's newer text and
chose to replace it with their own (one row per field, old = the other person's text)."""


class DossierNietGevonden(LookupError):
    """The klant does not exist (anymore)."""


@dataclass(frozen=True)
class RondeInfo:
    ronde: int
    gestart_op: date
    afgesloten_op: Optional[date]
    stap: MethodeStap
    uitstroomreden: Optional[Uitstroomreden]


@dataclass
class DossierBeeld:
    """Everything the dossier screen shows for one round (plain, detached data)."""

    klant: Klant
    ronde: DossierRonde
    instrumenten: list[DossierInstrument]
    afspraken: list[DossierAfspraak]
    notities: list[DossierNotitie]
    contacten: list[Gesprek]
    """Gesprekken since the start of this round (held and planned), newest first."""
    rondes: list[RondeInfo]
    volledigheid: dict[MethodeStap, regels.StapVolledigheid] = field(default_factory=dict)

    @property
    def alleen_lezen(self) -> bool:
        return self.ronde.afgesloten_op is not None

    @property
    def totale_kosten(self) -> Decimal:
        return sum((Decimal(i.kosten_centen) / 100 for i in self.instrumenten), Decimal("0.00"))


@dataclass(frozen=True)
class VeldConflict:
    """A field that someone else saved after this adviser loaded it: not overwritten.

    ``mijn_tekst`` / ``hun_tekst`` are readable texts (lists one item per line, choices by
    their label); ``hun_waarde`` is the stored value, the ``basis`` for a deliberate overwrite.
    ``wie`` / ``wanneer`` come from the audit trail (None when it does not say)."""

    veld: str
    label: str
    mijn_tekst: str
    hun_tekst: str
    hun_waarde: Any
    wie: Optional[str] = None
    wanneer: Optional[datetime] = None


class BewaarUitkomst(dict):
    """What :meth:`DossierService.bewaar` did.

    As a mapping it is what ``bewaar`` always returned: field → Dutch error for fields that
    were not valid (and so not stored). On top of that:

    * ``conflicten``: fields someone else changed since their ``basis`` (not stored);
    * ``bewaard``: field → value as stored now, for every field that was stored (or already
      held that value).
    """

    def __init__(self, fouten: Mapping[str, str] = (), conflicten: Iterable[VeldConflict] = (),
                 bewaard: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(fouten)
        self.conflicten: list[VeldConflict] = list(conflicten)
        self.bewaard: dict[str, Any] = dict(bewaard or {})

    @property
    def fouten(self) -> dict[str, str]:
        return dict(self)


def _is_vink(veld: str) -> bool:
    return veld == "digivaardig" or regels.VELDEN.get(veld, (None, None))[1] == regels.VINK


def _kern(veld: str, waarde: Any) -> Any:
    """A field's value in one comparable form: empty is empty, lists are tuples of text."""
    if _is_vink(veld):
        return bool(waarde)
    if isinstance(waarde, (list, tuple)):
        return tuple(str(v) for v in waarde)
    tekst_ = waarde_tekst(waarde)
    return tekst_ if tekst_ else ()


def zelfde_waarde(veld: str, a: Any, b: Any) -> bool:
    """Whether two stored values of ``veld`` are the same (None, "" and [] all mean empty;
    an unticked box equals a missing one)."""
    return _kern(veld, a) == _kern(veld, b)


def veld_tekst(veld: str, waarde: Any) -> str:
    """A stored (or chosen) value as a person reads it, e.g. in the conflict dialog."""
    if _is_vink(veld):
        return "aangevinkt" if waarde else "niet aangevinkt"
    if waarde is None or waarde == "" or (isinstance(waarde, (list, tuple)) and not waarde):
        return "(leeg)"
    if isinstance(waarde, (list, tuple)):
        return "\n".join(str(v) for v in waarde)
    if hasattr(waarde, "label"):
        return str(waarde.label)
    if veld in KEUZE_ENUMS:
        m = KEUZE_ENUMS[veld].from_text(str(waarde))
        return m.label if m else str(waarde)
    if veld == "doel_bereikt":
        return str(waarde).capitalize()
    if veld in ("opleidingsniveau", "werkverkenner_band"):
        enum = Opleidingsniveau if veld == "opleidingsniveau" else WerkverkennerBand
        m = enum.from_text(str(waarde))
        return m.label if m else str(waarde)
    if veld == "beschikbare_uren" and isinstance(waarde, (int, float)):
        return f"{waarde:g}".replace(".", ",")
    if regels.VELDEN.get(veld, (None, None))[1] == regels.DATUM:
        d = _datum(waarde)
        return formatteer_datum(d) if d else str(waarde)
    return str(waarde)


def euro_naar_centen(text: Any) -> int:
    """'1.250,50' / '1250.50' / '€ 600' → cents. Raises Invoerfout with a Dutch message."""
    if text is None or not str(text).strip():
        return 0
    raw = str(text).strip().replace("€", "").replace(" ", "")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(".") == 1 and len(raw.split(".")[1]) == 3:
        raw = raw.replace(".", "")  # 2.000 = two thousand
    try:
        bedrag = Decimal(raw)
    except InvalidOperation:
        raise Invoerfout(f"'{str(text).strip()[:20]}' is geen bedrag. Typ bijvoorbeeld 650 of 1.250,50.") from None
    if not bedrag.is_finite():  # 'nan', 'inf': Decimal accepts them, an amount is never one
        raise Invoerfout(f"'{str(text).strip()[:20]}' is geen bedrag. Typ bijvoorbeeld 650 of 1.250,50.")
    if bedrag < 0:
        raise Invoerfout("Kosten kunnen niet negatief zijn. Typ 0 of een positief bedrag.")
    if bedrag > Decimal("1000000"):
        raise Invoerfout("Dat bedrag is onwaarschijnlijk hoog. Typ het bedrag in euro's, bijvoorbeeld 1.250,50.")
    if bedrag != bedrag.quantize(Decimal("0.01")):
        raise Invoerfout("Typ het bedrag met hoogstens twee cijfers achter de komma.")
    return int(bedrag * 100)


def centen_tekst(centen: int) -> str:
    """Cents as typed in a form: 125050 → '1250,50', 60000 → '600'."""
    euro, rest = divmod(int(centen), 100)
    return f"{euro}" if rest == 0 else f"{euro},{rest:02d}"


def _lijst(waarde: Any) -> list[str]:
    if waarde is None:
        return []
    if isinstance(waarde, str):
        regels_ = waarde.splitlines()
    else:
        regels_ = [str(v) for v in waarde]
    uit = []
    for r in regels_:
        r = tekst(r.lstrip("-•* \t"), maximum=MAX_LIJST_REGEL)
        if r:
            uit.append(r)
    return uit


class DossierService:
    """Reads and changes dossiers; every change is audited in the same transaction."""

    def __init__(self, store, clock, wie, klanten=None, instellingen=None) -> None:
        self.store = store
        self.clock = clock
        self._wie = wie
        self._klanten = klanten
        self._instellingen = instellingen
        self._synoniemen = None

    @property
    def wie(self) -> str:
        return self._wie() if callable(self._wie) else str(self._wie)

    # -- occupations -------------------------------------------------------------
    def synoniemen(self):
        if self._synoniemen is None:
            from werkcoach_tui.paths import data_dir
            from werkcoach_tui.search.synoniemen import Synoniemen

            self._synoniemen = Synoniemen.laad(data_dir() / "beroepen.csv")
        return self._synoniemen

    def beroepen(self) -> list[str]:
        """Every occupation of the list (preferred labels), for suggestions."""
        return [g.label for g in self.synoniemen().groepen]

    def beroep_labels(self) -> list[str]:
        """Preferred labels and synonyms, for completion while typing."""
        uit: list[str] = []
        for g in self.synoniemen().groepen:
            uit.extend(g.labels)
        return uit

    def kies_beroep(self, naam: str) -> Optional[str]:
        """The occupation list's label for ``naam`` (synonyms and one typo accepted)."""
        naam = (naam or "").strip()
        if not naam:
            return None
        syn = self.synoniemen()
        groepen = syn.groepen_voor(naam)
        if not groepen:
            # A distinctive part of a label (reachtruck → reachtruckchauffeur).
            for variant in syn.expand(naam, limit=3):
                groepen = syn.groepen_voor(variant)
                if groepen:
                    break
        return groepen[0].label if groepen else None

    def _wensberoepen(self, waarde: Any) -> list[str]:
        uit: list[str] = []
        onbekend: list[str] = []
        for naam in _lijst(waarde):
            label = self.kies_beroep(naam)
            if label is None:
                onbekend.append(naam)
            elif label not in uit:
                uit.append(label)
        if onbekend:
            raise Invoerfout(
                "Niet in de beroepenlijst: " + ", ".join(f"'{n}'" for n in onbekend[:3])
                + ". Typ een beroep of synoniem uit de lijst (één per regel)."
            )
        return uit

    # -- settings --------------------------------------------------------------------
    def werkverkenner_factoren(self) -> list[str]:
        if self._instellingen is None:
            from werkcoach_tui.constants import WERKVERKENNER_FACTOREN_STANDAARD

            return list(WERKVERKENNER_FACTOREN_STANDAARD)
        waarde = self._instellingen.lees().werkverkenner_factoren
        return [f for f in (x.strip() for x in waarde.split("|")) if f]

    def zet_werkverkenner_factoren(self, factoren: Iterable[str]) -> list[str]:
        lijst = _lijst(list(factoren))
        if not lijst:
            raise Validatiefout({"factoren": "Noteer minstens één factor (één per regel)."})
        if any("|" in f for f in lijst):
            raise Validatiefout({"factoren": "Het teken | mag niet in een factor staan."})
        self._instellingen.wijzig(werkverkenner_factoren="|".join(lijst))
        return lijst

    # -- reading -------------------------------------------------------------------
    def _klant(self, s, klant_id: int) -> Klant:
        klant = s.get(Klant, klant_id)
        if klant is None:
            raise DossierNietGevonden(f"Klant {klant_id} bestaat niet (meer).")
        return klant

    def _ronde(self, s, klant_id: int, *, maak: bool) -> Optional[DossierRonde]:
        ronde = s.exec(
            select(DossierRonde).where(DossierRonde.klant_id == klant_id).order_by(DossierRonde.ronde.desc())
        ).first()
        if ronde is None and maak:
            klant = self._klant(s, klant_id)
            today = self.clock.today()
            begin = klant.meldingsdatum or klant.ww_startdatum or today
            ronde = DossierRonde(klant_id=klant_id, ronde=1, stap=_stap_van(klant.fase),
                                 gestart_op=min(begin, today), velden={}, gewijzigd_op=self.clock.now())
            s.add(ronde)
            s.flush()
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="aanmaken", entiteit="dossier",
                          entiteit_id=ronde.id, klantnummer=klant.klantnummer, veld="ronde", nieuw=1)
        return ronde

    def open(self, klant_id: int, ronde_nr: Optional[int] = None, *, bekijken: bool = False) -> DossierBeeld:
        """The current round (created on first use) or an earlier one, read-only."""
        if not bekijken:
            with self.store.lees() as s:
                bestaat = self._ronde(s, klant_id, maak=False) is not None
        if bekijken or not bestaat:
            with self.store.schrijf() as s:
                klant = self._klant(s, klant_id)
                self._ronde(s, klant_id, maak=True)
                if bekijken:
                    schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="bekijken",
                                  entiteit="dossier", klantnummer=klant.klantnummer,
                                  veld=None if ronde_nr is None else "ronde", nieuw=ronde_nr)
        with self.store.lees() as s:
            klant = self._klant(s, klant_id)
            alle = list(s.exec(select(DossierRonde).where(DossierRonde.klant_id == klant_id)
                               .order_by(DossierRonde.ronde)))
            ronde = alle[-1]
            if ronde_nr is not None:
                ronde = next((r for r in alle if r.ronde == ronde_nr), None)
                if ronde is None:
                    raise DossierNietGevonden(f"Ronde {ronde_nr} bestaat niet.")
            n = ronde.ronde
            instrumenten = list(s.exec(select(DossierInstrument).where(
                DossierInstrument.klant_id == klant_id, DossierInstrument.ronde == n).order_by(DossierInstrument.id)))
            afspraken = list(s.exec(select(DossierAfspraak).where(
                DossierAfspraak.klant_id == klant_id, DossierAfspraak.ronde == n).order_by(DossierAfspraak.id)))
            notities = list(s.exec(select(DossierNotitie).where(
                DossierNotitie.klant_id == klant_id, DossierNotitie.ronde == n).order_by(DossierNotitie.id)))
            q = select(Gesprek).where(Gesprek.klant_id == klant_id, Gesprek.datum >= ronde.gestart_op)
            if ronde.afgesloten_op is not None:
                q = q.where(Gesprek.datum <= ronde.afgesloten_op)
            contacten = list(s.exec(q.order_by(Gesprek.datum.desc(), Gesprek.id.desc())))
            # The first round also counts the conversations before it was opened in this tool.
            if n == 1:
                q = select(Gesprek).where(Gesprek.klant_id == klant_id)
                if ronde.afgesloten_op is not None:
                    q = q.where(Gesprek.datum <= ronde.afgesloten_op)
                contacten = list(s.exec(q.order_by(Gesprek.datum.desc(), Gesprek.id.desc())))
        beeld = DossierBeeld(
            klant=klant, ronde=ronde, instrumenten=instrumenten, afspraken=afspraken, notities=notities,
            contacten=contacten,
            rondes=[RondeInfo(r.ronde, r.gestart_op, r.afgesloten_op, r.stap, r.uitstroomreden) for r in alle],
        )
        beeld.volledigheid = regels.alle_stappen(self.feiten(beeld), self.clock.today())
        return beeld

    def feiten(self, beeld: DossierBeeld, *, sluiten: bool = False,
               uitstroomreden: Optional[str] = None) -> regels.DossierFeiten:
        k = beeld.klant
        today = self.clock.today()
        return regels.DossierFeiten(
            velden=dict(beeld.ronde.velden or {}),
            opleidingsniveau=k.opleidingsniveau.value if k.opleidingsniveau else None,
            beschikbare_uren=k.beschikbare_uren,
            werkverkenner_band=k.werkverkenner_band.value if k.werkverkenner_band else None,
            digivaardig=k.digivaardig,
            geboortedatum=k.geboortedatum,
            instrumenten=tuple(_instrument_regel(i) for i in beeld.instrumenten),
            aantal_afspraken=len(beeld.afspraken),
            contacten_in_ronde=sum(1 for g in beeld.contacten
                                   if g.status == GesprekStatus.GEVOERD and g.datum <= today),
            sluiten=sluiten,
            uitstroomreden=uitstroomreden,
        )

    # -- changing fields -------------------------------------------------------------
    def _open_ronde(self, s, klant_id: int) -> DossierRonde:
        ronde = self._ronde(s, klant_id, maak=True)
        if ronde.afgesloten_op is not None:
            raise Validatiefout({"dossier": "Het dossier is afgesloten. Start een nieuwe ronde (toets O) "
                                            "om verder te werken; eerdere rondes blijven ongewijzigd."})
        return ronde

    def _parse(self, veld: str, waarde: Any) -> Any:
        if veld == "opleidingsniveau":
            return parse_keuze(Opleidingsniveau, waarde)
        if veld == "werkverkenner_band":
            return parse_keuze(WerkverkennerBand, waarde)
        if veld == "beschikbare_uren":
            return parse_uren(waarde)
        if veld == "digivaardig":
            return bool(waarde)
        if veld not in regels.VELDEN:
            raise Invoerfout(f"Onbekend veld '{veld}'.")
        _stap, soort = regels.VELDEN[veld]
        if veld == "wensberoepen":
            return self._wensberoepen(waarde)
        if soort == regels.TEKST:
            return tekst(waarde, maximum=MAX_TEKST)
        if soort == regels.LIJST:
            return _lijst(waarde)
        if soort == regels.GEHEEL:
            return parse_geheel(waarde, minimum=0, maximum=600, eenheid="minuten")
        if soort == regels.VINK:
            return bool(waarde)
        if soort == regels.DATUM:
            d = parse_datum(waarde)
            if d is not None and d > self.clock.today():
                raise Invoerfout("Deze datum ligt in de toekomst. Typ de datum waarop het gebeurde.")
            return d.isoformat() if d else None
        if soort == regels.KEUZE:
            if veld == "doel_bereikt":
                w = (str(waarde or "")).strip().lower()
                if w not in ("", "ja", "nee"):
                    raise Invoerfout("Kies ja of nee.")
                return w or None
            m = parse_keuze(KEUZE_ENUMS[veld], waarde)
            return m.value if m else None
        raise Invoerfout(f"Onbekend veld '{veld}'.")  # pragma: no cover

    def bewaar(self, klant_id: int, wijzigingen: Mapping[str, Any],
               basis: Optional[Mapping[str, Any]] = None, *,
               overschrijf: Iterable[str] = ()) -> BewaarUitkomst:
        """Store changed fields of the current round (and the klant's own beeldvorming facts).

        Valid fields are stored even when others are wrong; the result maps field → Dutch
        error for those that were not stored. One audit row per changed field.

        ``basis`` (field → the stored value the adviser started from, as loaded or last saved)
        makes the save per-field optimistic: inside the write transaction each changed field
        with a base is compared to what is stored now. When someone else stored a different
        value meanwhile, that field is not written but reported in ``.conflicten``; the other
        fields are saved as usual. Fields named in ``overschrijf`` are a deliberate overwrite
        after such a report (their base is the other person's value): audited as
        ``overschrijven``. Without ``basis`` nothing is checked (imports, demo).
        """
        fouten: dict[str, str] = {}
        geldig: dict[str, Any] = {}
        for veld, waarde in wijzigingen.items():
            try:
                geldig[veld] = self._parse(veld, waarde)
            except Invoerfout as exc:
                fouten[veld] = str(exc)
        if not geldig:
            return BewaarUitkomst(fouten)
        bewust = set(overschrijf)
        conflicten: list[VeldConflict] = []
        nu = self.clock.now()
        with self.store.schrijf() as s:
            klant = self._klant(s, klant_id)
            ronde = self._open_ronde(s, klant_id)
            if basis:
                opgeslagen = ronde.velden or {}
                for veld in [v for v in geldig if v in basis]:
                    huidig = getattr(klant, veld) if veld in regels.KLANT_VELDEN else opgeslagen.get(veld)
                    if zelfde_waarde(veld, huidig, basis[veld]) or zelfde_waarde(veld, huidig, geldig[veld]):
                        continue
                    wie, wanneer = self._laatste_wijziging(s, klant.klantnummer, veld)
                    conflicten.append(VeldConflict(
                        veld=veld, label=VELD_LABELS.get(veld, veld), mijn_tekst=veld_tekst(veld, geldig[veld]),
                        hun_tekst=veld_tekst(veld, huidig), hun_waarde=huidig, wie=wie, wanneer=wanneer))
                    del geldig[veld]
            klantdeel = {k: v for k, v in geldig.items() if k in regels.KLANT_VELDEN}
            dossierdeel = {k: v for k, v in geldig.items() if k not in regels.KLANT_VELDEN}
            if klantdeel:
                n = 0
                for deel, actie in _splits(klantdeel, bewust):
                    n += audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="klant", entiteit_id=klant.id,
                                           klantnummer=klant.klantnummer, actie=actie,
                                           oud={k: getattr(klant, k) for k in deel}, nieuw=deel)
                if n:
                    for k, v in klantdeel.items():
                        setattr(klant, k, v)
                    klant.versie += 1
                    klant.gewijzigd_op = nu
                    s.add(klant)
            if dossierdeel:
                velden = dict(ronde.velden or {})
                n = 0
                for deel, actie in _splits(dossierdeel, bewust):
                    n += audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="dossier", entiteit_id=ronde.id,
                                           klantnummer=klant.klantnummer, actie=actie,
                                           oud={k: _audit_vorm(velden.get(k)) for k in deel},
                                           nieuw={k: _audit_vorm(v) for k, v in deel.items()})
                if n:
                    velden.update(dossierdeel)
                    ronde.velden = velden
                    ronde.versie += 1
                    ronde.gewijzigd_op = nu
                    s.add(ronde)
        return BewaarUitkomst(fouten, conflicten, geldig)

    @staticmethod
    def _laatste_wijziging(s, klantnummer: str, veld: str) -> tuple[Optional[str], Optional[datetime]]:
        """Who last saved this field of the klant's dossier, and when (from the audit trail)."""
        rij = s.connection().execute(text(
            "SELECT wie, tijdstip FROM audit WHERE klantnummer = :k AND veld = :v "
            "AND entiteit IN ('dossier', 'klant') AND actie IN ('wijzigen', :o) ORDER BY id DESC LIMIT 1"),
            {"k": klantnummer, "v": veld, "o": ACTIE_OVERSCHRIJVEN}).first()
        if rij is None:
            return None, None
        wanneer = rij[1]
        if isinstance(wanneer, str):
            try:
                wanneer = datetime.fromisoformat(wanneer)
            except ValueError:
                wanneer = None
        return rij[0], wanneer

    def zet_stap(self, klant_id: int, stap: MethodeStap) -> None:
        """Make ``stap`` the current step; the klant's fase follows."""
        with self.store.schrijf() as s:
            klant = self._klant(s, klant_id)
            ronde = self._ronde(s, klant_id, maak=True)
            if ronde.afgesloten_op is not None:
                return
            if ronde.stap != stap:
                audit_wijzigingen(s, tijdstip=self.clock.now(), wie=self.wie, entiteit="dossier",
                                  entiteit_id=ronde.id, klantnummer=klant.klantnummer,
                                  oud={"stap": ronde.stap}, nieuw={"stap": stap})
                ronde.stap = stap
                s.add(ronde)
        self._zet_fase(klant_id, stap)

    def _zet_fase(self, klant_id: int, fase: MethodeStap) -> None:
        if self._klanten is not None:
            self._klanten.zet_fase(klant_id, fase)

    # -- instruments -----------------------------------------------------------------
    def _valideer_instrument(self, invoer: Mapping[str, Any]) -> dict[str, Any]:
        fouten: dict[str, str] = {}
        uit: dict[str, Any] = {}
        for veld, fn in (
            ("instrument", lambda w: parse_keuze(Instrument, w, verplicht=True)),
            ("kosten_centen", lambda w: euro_naar_centen(w)),
            ("ingezet_op", parse_datum),
            ("status", lambda w: parse_keuze(InstrumentStatus, w) or InstrumentStatus.GEPLAND),
        ):
            bron = "kosten" if veld == "kosten_centen" else veld
            try:
                uit[veld] = fn(invoer.get(bron))
            except Invoerfout as exc:
                fouten[bron] = str(exc)
        for veld in ("vraag_werkgevers", "geschiktheid_klant", "bijdrage_instrument"):
            uit[veld] = tekst(invoer.get(veld), maximum=MAX_TEKST)
        if fouten:
            raise Validatiefout(fouten)
        return uit

    def bewaar_instrument(self, klant_id: int, invoer: Mapping[str, Any],
                          instrument_id: Optional[int] = None) -> DossierInstrument:
        waarden = self._valideer_instrument(invoer)
        return self._bewaar_rij(klant_id, DossierInstrument, "dossier_instrument", waarden, instrument_id)

    def verwijder_instrument(self, klant_id: int, instrument_id: int) -> None:
        self._verwijder_rij(klant_id, DossierInstrument, "dossier_instrument", instrument_id)

    # -- proposed afspraken ------------------------------------------------------------
    def _valideer_afspraak(self, invoer: Mapping[str, Any]) -> dict[str, Any]:
        fouten: dict[str, str] = {}
        uit: dict[str, Any] = {}
        wat = tekst(invoer.get("wat"), maximum=500)
        if not wat:
            fouten["wat"] = "Beschrijf wat er gebeurt (bijvoorbeeld: 4 sollicitatieactiviteiten per 4 weken)."
        uit["wat"] = wat
        for veld, fn in (
            ("wie", lambda w: parse_keuze(AfspraakWie, w) or AfspraakWie.KLANT),
            ("soort", lambda w: parse_keuze(AfspraakSoort, w) or AfspraakSoort.ACTIVITEIT),
            ("status", lambda w: parse_keuze(AfspraakStatus, w) or AfspraakStatus.OPEN),
            ("hoeveel", lambda w: parse_geheel(w, minimum=1, maximum=1000)),
            ("wanneer", parse_datum),
        ):
            try:
                uit[veld] = fn(invoer.get(veld))
            except Invoerfout as exc:
                fouten[veld] = str(exc)
        uit["hoe_aangetoond"] = tekst(invoer.get("hoe_aangetoond"), maximum=500)
        if fouten:
            raise Validatiefout(fouten)
        return uit

    def bewaar_afspraak(self, klant_id: int, invoer: Mapping[str, Any],
                        afspraak_id: Optional[int] = None) -> DossierAfspraak:
        waarden = self._valideer_afspraak(invoer)
        return self._bewaar_rij(klant_id, DossierAfspraak, "dossier_afspraak", waarden, afspraak_id)

    def verwijder_afspraak(self, klant_id: int, afspraak_id: int) -> None:
        self._verwijder_rij(klant_id, DossierAfspraak, "dossier_afspraak", afspraak_id)

    def voorgestelde_afspraken(self, klant_id: int) -> list[dict]:
        """The afspraken the decision of the current round proposes, for the werkplan."""
        with self.store.lees() as s:
            ronde = self._ronde(s, klant_id, maak=False)
            if ronde is None:
                return []
            rijen = s.exec(select(DossierAfspraak).where(
                DossierAfspraak.klant_id == klant_id, DossierAfspraak.ronde == ronde.ronde)
                .order_by(DossierAfspraak.id)).all()
        return [
            {"wie": a.wie.value, "wat": a.wat, "hoeveel": a.hoeveel, "wanneer": a.wanneer,
             "hoe_aangetoond": a.hoe_aangetoond, "soort": a.soort.value}
            for a in rijen
        ]

    # -- notes -----------------------------------------------------------------------------
    def voeg_notitie_toe(self, klant_id: int, stap: MethodeStap, invoer: Mapping[str, Any]) -> DossierNotitie:
        fouten: dict[str, str] = {}
        waarden: dict[str, Any] = {}
        for veld, enum in (("soort", NotitieSoort), ("bron", Bron)):
            try:
                waarden[veld] = parse_keuze(enum, invoer.get(veld), verplicht=True)
            except Invoerfout as exc:
                fouten[veld] = str(exc)
        waarden["tekst"] = tekst(invoer.get("tekst"), maximum=MAX_TEKST)
        if not waarden["tekst"]:
            fouten["tekst"] = "Typ de notitie."
        if fouten:
            raise Validatiefout(fouten)
        nu = self.clock.now()
        with self.store.schrijf() as s:
            klant = self._klant(s, klant_id)
            ronde = self._open_ronde(s, klant_id)
            notitie = DossierNotitie(klant_id=klant_id, ronde=ronde.ronde, stap=stap, wie=self.wie,
                                     aangemaakt_op=nu, **waarden)
            s.add(notitie)
            s.flush()
            audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="dossier_notitie", entiteit_id=notitie.id,
                              klantnummer=klant.klantnummer, actie="aanmaken", oud={},
                              nieuw={"stap": stap, **waarden})
        return notitie

    # -- shared row handling ------------------------------------------------------------------
    def _bewaar_rij(self, klant_id: int, model, entiteit: str, waarden: dict[str, Any], rij_id: Optional[int]):
        nu = self.clock.now()
        with self.store.schrijf() as s:
            klant = self._klant(s, klant_id)
            ronde = self._open_ronde(s, klant_id)
            if rij_id is None:
                rij = model(klant_id=klant_id, ronde=ronde.ronde, **waarden)
                s.add(rij)
                s.flush()
                audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit=entiteit, entiteit_id=rij.id,
                                  klantnummer=klant.klantnummer, actie="aanmaken", oud={},
                                  nieuw={k: v for k, v in waarden.items() if v not in (None, "")})
            else:
                rij = s.get(model, rij_id)
                if rij is None or rij.klant_id != klant_id:
                    raise Validatiefout({"dossier": "Deze regel bestaat niet (meer). Herlaad het dossier."})
                if rij.ronde != ronde.ronde:
                    raise Validatiefout({"dossier": "Deze regel hoort bij een eerdere ronde en is alleen-lezen."})
                audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit=entiteit, entiteit_id=rij.id,
                                  klantnummer=klant.klantnummer,
                                  oud={k: getattr(rij, k) for k in waarden}, nieuw=waarden)
                for k, v in waarden.items():
                    setattr(rij, k, v)
                s.add(rij)
        return rij

    def _verwijder_rij(self, klant_id: int, model, entiteit: str, rij_id: int) -> None:
        with self.store.schrijf() as s:
            klant = self._klant(s, klant_id)
            ronde = self._open_ronde(s, klant_id)
            rij = s.get(model, rij_id)
            if rij is None or rij.klant_id != klant_id or rij.ronde != ronde.ronde:
                raise Validatiefout({"dossier": "Deze regel kan niet (meer) worden verwijderd."})
            omschrijving = getattr(rij, "wat", None) or getattr(getattr(rij, "instrument", None), "label", "")
            schrijf_audit(s, tijdstip=self.clock.now(), wie=self.wie, actie="verwijderen", entiteit=entiteit,
                          entiteit_id=rij.id, klantnummer=klant.klantnummer, oud=omschrijving)
            s.delete(rij)

    # -- the cycle -------------------------------------------------------------------------------
    def nieuwe_ronde(self, klant_id: int) -> int:
        """Close the current round (read-only from now) and start the next at beeldvorming,
        carrying the picture over. Returns the new round's number."""
        nu = self.clock.now()
        today = self.clock.today()
        with self.store.schrijf() as s:
            klant = self._klant(s, klant_id)
            oud = self._ronde(s, klant_id, maak=True)
            if oud.afgesloten_op is None:
                oud.afgesloten_op = today
                s.add(oud)
            velden = {k: v for k, v in (oud.velden or {}).items() if k in regels.BEELD_VELDEN}
            nieuw = DossierRonde(klant_id=klant_id, ronde=oud.ronde + 1, stap=MethodeStap.BEELDVORMING,
                                 gestart_op=today, velden=velden, gewijzigd_op=nu)
            s.add(nieuw)
            s.flush()
            schrijf_audit(s, tijdstip=nu, wie=self.wie, actie="aanmaken", entiteit="dossier",
                          entiteit_id=nieuw.id, klantnummer=klant.klantnummer, veld="ronde",
                          oud=oud.ronde, nieuw=nieuw.ronde)
            n = nieuw.ronde
        self._zet_fase(klant_id, MethodeStap.BEELDVORMING)
        return n

    def sluit(self, klant_id: int, uitstroomreden: Any) -> None:
        """Close the dossier with an uitstroomreden; the round becomes read-only."""
        try:
            reden = parse_keuze(Uitstroomreden, uitstroomreden, verplicht=True)
        except Invoerfout as exc:
            raise Validatiefout({"uitstroomreden": str(exc)}) from None
        with self.store.schrijf() as s:
            klant = self._klant(s, klant_id)
            ronde = self._open_ronde(s, klant_id)
            audit_wijzigingen(s, tijdstip=self.clock.now(), wie=self.wie, entiteit="dossier", entiteit_id=ronde.id,
                              klantnummer=klant.klantnummer, actie="afsluiten",
                              oud={"uitstroomreden": None, "afgesloten_op": None},
                              nieuw={"uitstroomreden": reden, "afgesloten_op": self.clock.today()})
            ronde.uitstroomreden = reden
            ronde.afgesloten_op = self.clock.today()
            ronde.stap = MethodeStap.AFGESLOTEN
            s.add(ronde)
        self._zet_fase(klant_id, MethodeStap.AFGESLOTEN)

    # -- import (demo, practice environment) -----------------------------------------------------
    def importeer_beeldvorming(self, klant_id: int, data: Mapping[str, Any]) -> None:
        """Load a ``beeldvorming`` object as in ``data/demo/klanten.json`` into the current round.

        Known keys: werkervaring, competenties, belemmeringen, wensberoepen, regio,
        max_reistijd_minuten, vervoer, netwerk, zoekgedrag (and any other beeldvorming field).
        Wensberoepen not in the occupation list are kept as typed (imported data is not refused).
        Raises Validatiefout naming the fields that could not be read.
        """
        wijzigingen: dict[str, Any] = {}
        for veld, waarde in data.items():
            if veld in regels.VELDEN and regels.VELDEN[veld][0] == MethodeStap.BEELDVORMING:
                if veld == "max_reistijd_minuten" and waarde is not None:
                    waarde = str(waarde)
                wijzigingen[veld] = waarde
        wensen = wijzigingen.pop("wensberoepen", None)
        fouten = self.bewaar(klant_id, wijzigingen) if wijzigingen else {}
        if wensen:
            lijst = _lijst(wensen)
            beroepen = [self.kies_beroep(n) or n for n in lijst]
            self._bewaar_ruw(klant_id, {"wensberoepen": list(dict.fromkeys(beroepen))})
        if fouten:
            raise Validatiefout(fouten)

    def _bewaar_ruw(self, klant_id: int, velden: dict[str, Any]) -> None:
        nu = self.clock.now()
        with self.store.schrijf() as s:
            klant = self._klant(s, klant_id)
            ronde = self._open_ronde(s, klant_id)
            alle = dict(ronde.velden or {})
            audit_wijzigingen(s, tijdstip=nu, wie=self.wie, entiteit="dossier", entiteit_id=ronde.id,
                              klantnummer=klant.klantnummer,
                              oud={k: _audit_vorm(alle.get(k)) for k in velden},
                              nieuw={k: _audit_vorm(v) for k, v in velden.items()})
            alle.update(velden)
            ronde.velden = alle
            ronde.versie += 1
            s.add(ronde)

    def importeer_dossier(self, klant_id: int, data: Mapping[str, Any]) -> None:
        """Load oordeel / besluiten / uitvoeren data (the demo's ``dossier`` object)."""
        velden = {k: v for k, v in (data.get("velden") or {}).items() if k in regels.VELDEN}
        if velden:
            fouten = self.bewaar(klant_id, velden)
            if fouten:
                raise Validatiefout(fouten)
        for i in data.get("instrumenten") or []:
            invoer = dict(i)
            invoer["kosten"] = centen_tekst(euro_naar_centen(str(i.get("kosten", "0")).replace(".", ",")))
            if isinstance(invoer.get("ingezet_op"), date):
                invoer["ingezet_op"] = formatteer_datum(invoer["ingezet_op"])
            self.bewaar_instrument(klant_id, invoer)
        for a in data.get("afspraken") or []:
            invoer = dict(a)
            if isinstance(invoer.get("wanneer"), date):
                invoer["wanneer"] = formatteer_datum(invoer["wanneer"])
            if invoer.get("hoeveel") is not None:
                invoer["hoeveel"] = str(invoer["hoeveel"])
            self.bewaar_afspraak(klant_id, invoer)
        for n in data.get("notities") or []:
            stap = MethodeStap.from_text(n.get("stap")) or MethodeStap.BEELDVORMING
            self.voeg_notitie_toe(klant_id, stap, n)
        stap = MethodeStap.from_text(data.get("stap"))
        if stap == MethodeStap.AFGESLOTEN:
            self.sluit(klant_id, data.get("uitstroomreden"))
        elif stap is not None:
            self.zet_stap(klant_id, stap)

    # -- summaries for other features --------------------------------------------------------------
    def samenvatting(self, klant_id: int) -> Optional[DossierSamenvatting]:
        return self.samenvattingen([klant_id]).get(klant_id)

    def samenvattingen(self, klant_ids: Iterable[int], *, signalen: bool = False) -> dict[int, DossierSamenvatting]:
        """Summaries of the current round per klant; klanten without a dossier are left out.

        One plain-SQL query per table, the ids passed as one JSON array (column tuples, no ORM
        objects): well under a second for 10,000 klanten on an idle machine
        (``benchmarks/dossier_samenvattingen.py``). ``signalen=True`` skips what no signal
        reads: ``laatste_activiteit`` (the retention check's date) is then None."""
        ids = sorted({int(i) for i in klant_ids})
        if not ids:
            return {}
        if signalen:
            return self._signaal_samenvattingen(ids)
        rondes: dict[int, tuple] = {}
        laatste: dict[int, Optional[date]] = {}
        p = {"ids": json.dumps(ids)}
        in_ids = "klant_id IN (SELECT value FROM json_each(:ids))"
        with self.store.lees() as s:
            db = s.connection().connection.driver_connection
            for r in db.execute(
                    "SELECT klant_id, ronde, stap, velden, uitstroomreden, gewijzigd_op FROM dossier_ronde "
                    f"WHERE {in_ids}", p):
                huidig = rondes.get(r[0])
                if huidig is None or r[1] > huidig[1]:
                    rondes[r[0]] = r
            instrumenten = _lees_instrumenten(db, p)
            if not signalen:
                for kid, datum in db.execute(
                        f"SELECT klant_id, max(datum) FROM gesprek WHERE status = 'gevoerd' AND {in_ids} "
                        "GROUP BY klant_id", p):
                    laatste[kid] = _datum(datum)
        uit: dict[int, DossierSamenvatting] = {}
        for kid, (_k, ronde, stap, velden_json, reden, gewijzigd) in rondes.items():
            v = velden_json if isinstance(velden_json, dict) else json.loads(velden_json or "{}")
            gewijzigd_op = _datum(gewijzigd)
            uit[kid] = DossierSamenvatting(
                klant_id=kid,
                ronde=ronde,
                huidige_stap=MethodeStap(stap),
                wensberoepen=tuple(v.get("wensberoepen") or ()),
                competenties=tuple(v.get("competenties") or ()),
                belemmeringen=tuple(v.get("belemmeringen") or ()),
                regio=v.get("regio") or None,
                max_reistijd_minuten=v.get("max_reistijd_minuten"),
                zelfredzaam=_ZELFREDZAAM.get(v.get("zelfredzaam")),
                zelfredzaam_toelichting=v.get("zelfredzaam_toelichting") or "",
                dienstverleningsdoel=_DOELEN.get(v.get("dienstverleningsdoel")),
                visie_werkcoach=v.get("visie_werkcoach") or "",
                visie_klant=v.get("visie_klant") or "",
                arbeidsmarktkansen_gewogen=bool(v.get("arbeidsmarktkansen_gewogen")),
                risico_langdurig_werkloos=v.get("risico_langdurig_werkloos") if "risico_langdurig_werkloos" in v else None,
                wog_uitgenodigd_op_oordeel=bool(v.get("wog_op_oordeel")),
                in_reintegratietraject=bool(v.get("in_reintegratietraject")),
                instrumenten=_instrument_samenvattingen(
                    instrumenten.get((kid, ronde)), v.get("toestemming_door"), v.get("toestemming_op")),
                resultaat_behaald=v.get("doel_bereikt") == "ja",
                uitgestroomd=reden is not None,
                uitstroomreden=Uitstroomreden(reden) if reden else None,
                laatste_activiteit=None if signalen else max(
                    (d for d in (laatste.get(kid), gewijzigd_op) if d is not None), default=None),
            )
        return uit

    def _signaal_samenvattingen(self, ids: list[int]) -> dict[int, DossierSamenvatting]:
        """``samenvattingen(ids, signalen=True)``: only the fields a signal reads are filled
        (the others keep their defaults). SQLite picks them out of each round's JSON, so a
        dossier full of notes costs no more than an empty one."""
        p = {"ids": json.dumps(ids)}
        in_ids = "klant_id IN (SELECT value FROM json_each(:ids))"
        with self.store.lees() as s:
            db = s.connection().connection.driver_connection
            # With one max() SQLite takes the other columns from the row holding the maximum
            # (documented): the current round of each klant.
            rondes = db.execute(
                "SELECT klant_id, max(ronde), stap, velden ->> '$.visie_werkcoach',"
                " velden ->> '$.dienstverleningsdoel', velden ->> '$.arbeidsmarktkansen_gewogen',"
                " velden ->> '$.risico_langdurig_werkloos', velden ->> '$.wog_op_oordeel',"
                " velden ->> '$.in_reintegratietraject', velden ->> '$.doel_bereikt',"
                " velden ->> '$.toestemming_door', velden ->> '$.toestemming_op', uitstroomreden"
                f" FROM dossier_ronde WHERE {in_ids} GROUP BY klant_id", p).fetchall()
            instrumenten = _lees_instrumenten(db, p)
        uit: dict[int, DossierSamenvatting] = {}
        for kid, ronde, stap, visie, doel, gewogen, risico, oordeel, traject, bereikt, door, op, reden in rondes:
            uit[kid] = DossierSamenvatting(
                klant_id=kid,
                ronde=ronde,
                huidige_stap=_STAPPEN[stap],
                dienstverleningsdoel=_DOELEN.get(doel),
                visie_werkcoach=visie or "",
                arbeidsmarktkansen_gewogen=bool(gewogen),
                risico_langdurig_werkloos=_JSON_BOOL.get(risico, risico),
                wog_uitgenodigd_op_oordeel=bool(oordeel),
                in_reintegratietraject=bool(traject),
                instrumenten=_instrument_samenvattingen(instrumenten.get((kid, ronde)), door, op),
                resultaat_behaald=bereikt == "ja",
                uitgestroomd=reden is not None,
                uitstroomreden=Uitstroomreden(reden) if reden else None,
            )
        return uit


def _lees_instrumenten(db, p: dict) -> dict[tuple[int, int], list[tuple]]:
    """(klant_id, ronde) → the instrument rows of those klanten (``p["ids"]``: a JSON array)."""
    uit: dict[tuple[int, int], list[tuple]] = {}
    for i in db.execute(
            "SELECT klant_id, ronde, instrument, kosten_centen, vraag_werkgevers, geschiktheid_klant, "
            "bijdrage_instrument, ingezet_op FROM dossier_instrument "
            "WHERE klant_id IN (SELECT value FROM json_each(:ids)) ORDER BY id", p):
        uit.setdefault((i[0], i[1]), []).append(i)
    return uit


def _instrument_samenvattingen(rijen: Optional[list[tuple]], door: Any, op: Any) -> tuple[InstrumentSamenvatting, ...]:
    """The round's instruments for a summary; approval counts only where it is needed and given."""
    if not rijen:
        return ()
    regels_ = [regels.InstrumentRegel(Instrument(i[2]).label, Decimal(i[3]) / 100, i[4] or "", i[5] or "",
                                      i[6] or "") for i in rijen]
    door = door or None
    op = _datum(op)
    gegeven = regels.toestemming_status(regels_, door, op) == "toestemming gegeven"
    return tuple(
        InstrumentSamenvatting(
            instrument=Instrument(i[2]),
            kosten=regel.kosten,
            onderbouwing=_onderbouwing_tekst(regel),
            goedgekeurd_door=door if gegeven else None,
            goedgekeurd_op=op if gegeven else None,
            ingezet_op=_datum(i[7]),
        )
        for i, regel in zip(rijen, regels_)
    )


_STAPPEN = {m.value: m for m in MethodeStap}
_JSON_BOOL = {1: True, 0: False}
"""SQLite's ``->>`` gives JSON true/false as 1/0; json.loads gives True/False."""


def _stap_van(fase: MethodeStap) -> MethodeStap:
    return MethodeStap.BEELDVORMING if fase == MethodeStap.AFGESLOTEN else fase


def _instrument_regel(i: DossierInstrument) -> regels.InstrumentRegel:
    return regels.InstrumentRegel(
        label=i.instrument.label, kosten=Decimal(i.kosten_centen) / 100,
        vraag_werkgevers=i.vraag_werkgevers, geschiktheid_klant=i.geschiktheid_klant,
        bijdrage_instrument=i.bijdrage_instrument,
    )


def _onderbouwing_tekst(i: regels.InstrumentRegel) -> str:
    """The three parts as one text; empty while any part is missing (the werkplan gate)."""
    if i.onderbouwing_ontbreekt:
        return ""
    return (f"Vraag van werkgevers: {i.vraag_werkgevers.strip()} | Geschiktheid klant: "
            f"{i.geschiktheid_klant.strip()} | Bijdrage instrument: {i.bijdrage_instrument.strip()}")


def _splits(waarden: dict[str, Any], bewust: set[str]):
    """(fields, audit action) parts: ordinary changes, then deliberate overwrites."""
    gewoon = {k: v for k, v in waarden.items() if k not in bewust}
    overschreven = {k: v for k, v in waarden.items() if k in bewust}
    if gewoon:
        yield gewoon, "wijzigen"
    if overschreven:
        yield overschreven, ACTIE_OVERSCHRIJVEN


def _audit_vorm(waarde: Any) -> Any:
    if isinstance(waarde, list):
        return "; ".join(str(v) for v in waarde) or None
    if waarde == "":
        return None
    return waarde


def _datum(waarde: Any) -> Optional[date]:
    if not waarde:
        return None
    if isinstance(waarde, date):
        return waarde
    try:
        return date.fromisoformat(str(waarde)[:10])
    except ValueError:
        return None
