"""The domain's fixed lists, with their Dutch labels in one place.

Each enum's *value* is what the database stores (stable, lowercase, ASCII);
``.label`` is what the UI shows. Code, UI and database use the same word.
"""

from __future__ import annotations

from enum import Enum


class LabeledEnum(str, Enum):
    """A str-enum whose members carry a Dutch label for the UI."""

    def __new__(cls, value: str, label: str):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label  # type: ignore[attr-defined]
        return obj

    def __str__(self) -> str:  # pragma: no cover - convenience
        return self.value

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(label, value) pairs, in declaration order, for a Select widget."""
        return [(m.label, m.value) for m in cls]

    @classmethod
    def from_text(cls, text: str | None):
        """Find a member by value or label (case-insensitive); None when unknown."""
        if text is None:
            return None
        t = str(text).strip().lower()
        for m in cls:
            if t in (m.value.lower(), m.label.lower()):
                return m
        return None


class GesprekType(LabeledEnum):
    INTAKE = ("intake", "Intake")
    WERKORIENTATIEGESPREK = ("werkorientatiegesprek", "Werkoriëntatiegesprek")
    MONITORGESPREK = ("monitorgesprek", "Monitorgesprek")
    COACHINGSGESPREK = ("coachingsgesprek", "Coachingsgesprek")
    EVALUATIEGESPREK = ("evaluatiegesprek", "Evaluatiegesprek")


class Kanaal(LabeledEnum):
    VESTIGING = ("vestiging", "Vestiging")
    TELEFONISCH = ("telefonisch", "Telefonisch")
    VIDEO = ("video", "Video")


class GesprekStatus(LabeledEnum):
    GEPLAND = ("gepland", "Gepland")
    GEVOERD = ("gevoerd", "Gevoerd")


class Opleidingsniveau(LabeledEnum):
    BASISONDERWIJS = ("basisonderwijs", "Basisonderwijs")
    VMBO = ("vmbo", "Vmbo")
    MBO1 = ("mbo1", "Mbo 1")
    MBO2 = ("mbo2", "Mbo 2")
    MBO3 = ("mbo3", "Mbo 3")
    MBO4 = ("mbo4", "Mbo 4")
    HAVO = ("havo", "Havo")
    VWO = ("vwo", "Vwo")
    HBO = ("hbo", "Hbo")
    WO = ("wo", "Wo")

    @property
    def rang(self) -> int:
        """Order of the levels, for 'at least this level' filters."""
        return list(Opleidingsniveau).index(self)


class WerkverkennerBand(LabeledEnum):
    """Chance of resuming work within 1 year, from the Werkverkenner."""

    B0_25 = ("0-25", "0–25 %")
    B25_50 = ("25-50", "25–50 %")
    B50_75 = ("50-75", "50–75 %")
    B75_100 = ("75-100", "75–100 %")

    @property
    def bovengrens(self) -> int:
        return _BAND_BOVENGRENS[self]


_BAND_BOVENGRENS = {b: int(b.value.split("-")[1]) for b in WerkverkennerBand}


class MethodeStap(LabeledEnum):
    """The four steps of methodisch handelen, plus a closed dossier."""

    BEELDVORMING = ("beeldvorming", "Beeldvorming")
    OORDEELSVORMING = ("oordeelsvorming", "Oordeelsvorming")
    BESLUITEN = ("besluiten", "Besluiten")
    UITVOEREN = ("uitvoeren", "Uitvoeren")
    AFGESLOTEN = ("afgesloten", "Afgesloten")


class Zelfredzaam(LabeledEnum):
    JA = ("ja", "Ja")
    DEELS = ("deels", "Deels")
    NEE = ("nee", "Nee")


class Dienstverleningsdoel(LabeledEnum):
    VAN_WERK_NAAR_WERK = ("van_werk_naar_werk", "Van werk naar werk")
    WERK_FIT_BLIJVEN = ("werk_fit_blijven", "Werk-fit blijven")
    WERK_FIT_WORDEN = ("werk_fit_worden", "Werk-fit worden")


class Instrument(LabeledEnum):
    """The catalogue of services and instruments the adviser can choose."""

    SOLLICITATIEWORKSHOP = ("sollicitatieworkshop", "Sollicitatieworkshop")
    NETWERKTRAINING = ("netwerktraining", "Netwerktraining")
    COMPETENTIETEST = ("competentietest", "Competentietest")
    KORTE_CURSUS = ("korte_cursus", "Korte cursus / certificaat")
    SCHOLING = ("scholing", "Scholing")
    IRO = ("iro", "IRO (individuele re-integratieovereenkomst)")
    PASSEND_WERKAANBOD = ("passend_werkaanbod", "Passend werkaanbod")
    PROEFPLAATSING = ("proefplaatsing", "Proefplaatsing")
    DOORVERWIJZING = ("doorverwijzing", "Doorverwijzing")


class NotitieSoort(LabeledEnum):
    FEIT = ("feit", "Feit")
    MENING = ("mening", "Mening/inschatting")


class Bron(LabeledEnum):
    KLANT = ("klant", "Klant")
    DOSSIER = ("dossier", "Dossier")
    WERKVERKENNER = ("werkverkenner", "Werkverkenner")
    WERKGEVER = ("werkgever", "Werkgever")
    ANDERS = ("anders", "Anders")


class Uitstroomreden(LabeledEnum):
    WERK = ("werk", "Werk")
    EIGEN_BEDRIJF = ("eigen_bedrijf", "Eigen bedrijf")
    EINDE_WW = ("einde_ww", "Einde WW")
    OVERDRACHT_GEMEENTE = ("overdracht_gemeente", "Overdracht gemeente")
    ANDERS = ("anders", "Anders")


class Land(LabeledEnum):
    NL = ("NL", "Nederland")
    DE = ("DE", "Duitsland")
    BE = ("BE", "België")


class AfspraakWie(LabeledEnum):
    KLANT = ("klant", "Klant")
    ADVISEUR = ("adviseur", "Adviseur")


class AfspraakSoort(LabeledEnum):
    SOLLICITATIE = ("sollicitatie", "Sollicitatie")
    ACTIVITEIT = ("activiteit", "Activiteit")
    DIENSTVERLENING = ("dienstverlening", "Dienstverlening")
    SCHOLING = ("scholing", "Scholing")
    OVERIG = ("overig", "Overig")


class AfspraakStatus(LabeledEnum):
    OPEN = ("open", "Open")
    NAGEKOMEN = ("nagekomen", "Nagekomen")
    NIET_NAGEKOMEN = ("niet_nagekomen", "Niet nagekomen")
    VERVALLEN = ("vervallen", "Vervallen")


class SollicitatieSoort(LabeledEnum):
    REACTIE_OP_VACATURE = ("reactie_op_vacature", "Reactie op vacature")
    OPEN_SOLLICITATIE = ("open_sollicitatie", "Open sollicitatie")
    BEZOEK_WERKGEVER = ("bezoek_werkgever", "Bezoek werkgever")
    INSCHRIJVING_UITZENDBUREAU = ("inschrijving_uitzendbureau", "Inschrijving uitzendbureau")
    SOLLICITATIEGESPREK = ("sollicitatiegesprek", "Sollicitatiegesprek")
    OVERIG = ("overig", "Overig / afgesproken activiteit")


class Bewijs(LabeledEnum):
    NIET_GEVRAAGD = ("niet_gevraagd", "Niet gevraagd")
    GEVRAAGD = ("gevraagd", "Gevraagd")
    ONTVANGEN = ("ontvangen", "Ontvangen")


class VrijstellingReden(LabeledEnum):
    AOW_NADERT = ("aow_nadert", "Binnen 1 jaar van de AOW-leeftijd")
    VAKANTIE = ("vakantie", "Vakantie")
    SCHOLING = ("scholing", "Noodzakelijke scholing")
    PROEFPLAATSING = ("proefplaatsing", "Proefplaatsing")
    MANTELZORG = ("mantelzorg", "Mantelzorg")
    CRISIS = ("crisis", "Persoonlijke crisis")


class VoorstelStatus(LabeledEnum):
    VOORGESTELD = ("voorgesteld", "Voorgesteld")
    GESOLLICITEERD = ("gesolliciteerd", "Gesolliciteerd")
    UITGENODIGD = ("uitgenodigd", "Uitgenodigd")
    AANGENOMEN = ("aangenomen", "Aangenomen")
    AFGEWEZEN = ("afgewezen", "Afgewezen")
    NIET_GEREAGEERD = ("niet_gereageerd", "Niet gereageerd")


class Urgentie(LabeledEnum):
    HOOG = ("hoog", "Hoog")
    MIDDEL = ("middel", "Middel")
    LAAG = ("laag", "Laag")


class PawaResultaat(LabeledEnum):
    """Outcome of one passend-werkaanbod vacancy."""

    OPEN = ("open", "Nog open")
    AANGENOMEN = ("aangenomen", "Aangenomen")
    NIET_AANGENOMEN = ("niet_aangenomen", "Niet aangenomen")


class AfstandArbeidsmarkt(LabeledEnum):
    """The adviser's judgement of the klant's distance to the labour market."""

    KLEIN = ("klein", "Klein")
    MIDDEL = ("middel", "Middel")
    GROOT = ("groot", "Groot")


class InstrumentStatus(LabeledEnum):
    GEPLAND = ("gepland", "Gepland")
    GESTART = ("gestart", "Gestart")
    AFGEROND = ("afgerond", "Afgerond")
    GESTOPT = ("gestopt", "Gestopt")


class WerkplanStatus(LabeledEnum):
    CONCEPT = ("concept", "Concept")
    VASTGESTELD = ("vastgesteld", "Vastgesteld")


class TekortOpvolging(LabeledEnum):
    """What the adviser does after a shortfall. Never a sanction: that is not the software's call."""

    GESPREK = ("gesprek", "Gesprek gevoerd of gepland")
    WAARSCHUWING_GEADVISEERD = ("waarschuwing_geadviseerd", "Waarschuwing geadviseerd")
    GEEN_ACTIE = ("geen_actie", "Geen actie (reden vastgelegd)")
class ChecklistItem(LabeledEnum):
    """The case-review checklist, from the inspectorate's findings (seed 001)."""

    ZELFREDZAAMHEID = ("zelfredzaamheid", "Zelfredzaamheid vastgelegd")
    VISIE = ("visie", "Visie van de werkcoach verbindt vraag werkgevers, geschiktheid klant en instrument")
    INSTRUMENTEN = ("instrumenten", "Elk instrument arbeidsmarktgerelateerd (onderbouwd)")
    SOLLICITATIEPLICHT = ("sollicitatieplicht", "Sollicitatieplicht opgevolgd")
    OUDEREN = ("ouderen", "57+: arbeidsmarktkansen gewogen")
    WERKPLAN = ("werkplan", "Werkplan SMART en vastgesteld")

    @property
    def kort(self) -> str:
        return {
            "zelfredzaamheid": "zelfredzaamheid",
            "visie": "visie van de werkcoach",
            "instrumenten": "onderbouwing instrumenten",
            "sollicitatieplicht": "sollicitatieplicht",
            "ouderen": "kansen 57+ gewogen",
            "werkplan": "SMART-werkplan vastgesteld",
        }[self.value]


class Beoordeling(LabeledEnum):
    VOLDOENDE = ("voldoende", "Voldoende")
    ONVOLDOENDE = ("onvoldoende", "Onvoldoende")
    NVT = ("nvt", "N.v.t.")
    NIET_BEOORDEELD = ("niet_beoordeeld", "Niet beoordeeld")


class AgendaHerkomst(LabeledEnum):
    STEEKPROEF = ("steekproef", "Steekproef")
    HANDMATIG = ("handmatig", "Handmatig gekozen")
    BUNDEL = ("bundel", "Uit bundel")
