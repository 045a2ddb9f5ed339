"""Checking what the adviser typed, with Dutch messages that say how to fix it.

Forms pass raw strings; these functions return typed values or raise
:class:`Validatiefout` with one message per field. Nothing here touches the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping, Optional

from werkcoach_tui.constants import MAX_UREN_PER_WEEK
from werkcoach_tui.rules.datums import parse_datum as _parse_datum
from werkcoach_tui.models.enums import (
    GesprekStatus,
    GesprekType,
    Kanaal,
    LabeledEnum,
    MethodeStap,
    Opleidingsniveau,
    WerkverkennerBand,
)

DATUM_VOORBEELD = "Typ de datum als dd-mm-jjjj, bijvoorbeeld 05-03-2026."


class Invoerfout(ValueError):
    """One value that cannot be accepted; the message is Dutch and says the fix."""


class Validatiefout(ValueError):
    """A form with one or more wrong fields: ``fouten`` maps field → message."""

    def __init__(self, fouten: Mapping[str, str]) -> None:
        self.fouten = dict(fouten)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.fouten.items()))


def parse_datum(text: Optional[str]) -> Optional[date]:
    """An optional form date: empty gives None, otherwise :func:`rules.datums.parse_datum`."""
    if text is None or not str(text).strip():
        return None
    if len(str(text).strip()) > 30:  # never echo a huge paste back into the form
        raise Invoerfout(f"'{str(text).strip()[:20]}…' is geen datum. {DATUM_VOORBEELD}")
    try:
        return _parse_datum(text)
    except ValueError as exc:
        raise Invoerfout(str(exc)) from None


def parse_uren(text: Optional[str], *, maximum: float = MAX_UREN_PER_WEEK) -> Optional[float]:
    """Hours per week: 0 to 60, decimal comma allowed. Empty gives None."""
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip().replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        raise Invoerfout(f"'{str(text).strip()[:20]}' is geen aantal uren. Vul een getal in, bijvoorbeeld 32 of 24,5.")
    if value != value or value in (float("inf"), float("-inf")):
        raise Invoerfout("Vul een gewoon getal in, bijvoorbeeld 32.")
    if value < 0:
        raise Invoerfout(f"Het aantal uren kan niet negatief zijn. Vul 0 tot en met {maximum:g} uur per week in.")
    if value > maximum:
        raise Invoerfout(f"Meer dan {maximum:g} uur per week kan niet. Vul 0 tot en met {maximum:g} uur per week in.")
    return value


def parse_geheel(text: Optional[str], *, minimum: int = 0, maximum: int = 10_000, eenheid: str = "") -> Optional[int]:
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip()
    if not re.fullmatch(r"-?\d{1,7}", raw):
        raise Invoerfout(f"'{raw[:20]}' is geen heel getal. Vul een getal in{(' (' + eenheid + ')') if eenheid else ''}.")
    value = int(raw)
    if value < minimum or value > maximum:
        raise Invoerfout(f"Vul een getal van {minimum} tot en met {maximum}{(' ' + eenheid) if eenheid else ''} in.")
    return value


def parse_keuze(enum: type[LabeledEnum], text: Any, *, verplicht: bool = False) -> Optional[LabeledEnum]:
    if text is None or (isinstance(text, str) and not text.strip()):
        if verplicht:
            raise Invoerfout("Maak een keuze.")
        return None
    if isinstance(text, enum):
        return text
    member = enum.from_text(str(text))
    if member is None:
        opties = ", ".join(m.label for m in enum)
        raise Invoerfout(f"Onbekende keuze '{str(text)[:30]}'. Kies uit: {opties}.")
    return member


def tekst(text: Any, *, maximum: int = 200) -> str:
    """Trimmed text without control characters, at most `maximum` characters."""
    if text is None:
        return ""
    value = "".join(ch for ch in str(text) if ch == "\n" or ch == "\t" or ord(ch) >= 32).strip()
    return value[:maximum]


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TELEFOON = re.compile(r"^\+?[\d\s\-()]{6,20}$")
_KLANTNUMMER = re.compile(r"^[A-Za-z]{0,3}\d{1,12}$")


@dataclass
class _Verzamelaar:
    """Collects per-field errors so a form shows every problem at once."""

    fouten: dict[str, str]

    def probeer(self, veld: str, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Invoerfout as exc:
            self.fouten[veld] = str(exc)
            return None


KLANT_VELDEN = (
    "klantnummer", "naam", "geboortedatum", "telefoon", "email", "adres", "postcode",
    "woonplaats", "digivaardig", "meldingsdatum", "ww_startdatum", "ww_einddatum",
    "uren_vorige_baan", "beschikbare_uren", "opleidingsniveau", "werkverkenner_band",
    "werkverkenner_datum", "vroegmelder", "arbeidsbeperking", "maatman_procent",
    "grensregio", "laatste_beroep", "adviseur", "fase",
)


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "ja", "j", "true", "waar", "yes", "y")


def valideer_klant(invoer: Mapping[str, Any], today: date) -> dict[str, Any]:
    """Check a klant form. Returns typed values; raises Validatiefout listing every wrong field."""
    v = _Verzamelaar({})
    uit: dict[str, Any] = {}

    naam = tekst(invoer.get("naam"))
    if not naam:
        v.fouten["naam"] = "Naam is verplicht. Vul de naam van de klant in."
    uit["naam"] = naam

    nummer = tekst(invoer.get("klantnummer"), maximum=20).upper()
    if nummer and not _KLANTNUMMER.match(nummer):
        v.fouten["klantnummer"] = "Een klantnummer is bijvoorbeeld K100123 (geen BSN). Laat het leeg voor een nieuw nummer."
    uit["klantnummer"] = nummer or None

    for veld in ("geboortedatum", "meldingsdatum", "ww_startdatum", "ww_einddatum", "werkverkenner_datum"):
        if veld in invoer:
            uit[veld] = v.probeer(veld, parse_datum, invoer.get(veld))

    geb = uit.get("geboortedatum")
    if geb and "geboortedatum" not in v.fouten:
        if geb > today:
            v.fouten["geboortedatum"] = "De geboortedatum ligt in de toekomst. Controleer het jaar."
        elif (today.year - geb.year) > 100:
            v.fouten["geboortedatum"] = "Deze geboortedatum is meer dan 100 jaar geleden. Controleer het jaar."
        elif (today.year - geb.year) < 15:
            v.fouten["geboortedatum"] = "De klant zou jonger dan 15 jaar zijn. Controleer het jaar."

    start, eind = uit.get("ww_startdatum"), uit.get("ww_einddatum")
    if start and eind and eind < start and "ww_einddatum" not in v.fouten:
        v.fouten["ww_einddatum"] = "De WW-einddatum ligt vóór de WW-startdatum. Controleer beide datums."
    wv = uit.get("werkverkenner_datum")
    if wv and wv > today and "werkverkenner_datum" not in v.fouten:
        v.fouten["werkverkenner_datum"] = "De Werkverkenner-datum ligt in de toekomst. Vul de datum in waarop de klant hem invulde."

    for veld in ("uren_vorige_baan", "beschikbare_uren"):
        if veld in invoer:
            uit[veld] = v.probeer(veld, parse_uren, invoer.get(veld))

    if "maatman_procent" in invoer:
        uit["maatman_procent"] = v.probeer("maatman_procent", parse_geheel, invoer.get("maatman_procent"), minimum=0, maximum=100, eenheid="procent")

    telefoon = tekst(invoer.get("telefoon"), maximum=40)
    if telefoon and not _TELEFOON.match(telefoon):
        v.fouten["telefoon"] = "Dit is geen telefoonnummer. Gebruik alleen cijfers, spaties, - of +, bijvoorbeeld 06-12345678."
    if "telefoon" in invoer:
        uit["telefoon"] = telefoon or None
    email = tekst(invoer.get("email"))
    if email and not _EMAIL.match(email):
        v.fouten["email"] = "Dit is geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl."
    if "email" in invoer:
        uit["email"] = email or None

    for veld in ("adres", "woonplaats", "laatste_beroep", "adviseur"):
        if veld in invoer:
            uit[veld] = tekst(invoer.get(veld)) or None
    if "postcode" in invoer:
        pc = tekst(invoer.get("postcode"), maximum=10).upper().replace(" ", "")
        if pc and not re.fullmatch(r"\d{4}[A-Z]{2}", pc):
            v.fouten["postcode"] = "Een postcode is vier cijfers en twee letters, bijvoorbeeld 5911 AB."
        uit["postcode"] = (pc[:4] + " " + pc[4:]) if pc and len(pc) == 6 else (pc or None)

    for veld, enum in (
        ("opleidingsniveau", Opleidingsniveau),
        ("werkverkenner_band", WerkverkennerBand),
    ):
        if veld in invoer:
            uit[veld] = v.probeer(veld, parse_keuze, enum, invoer.get(veld))
    if "fase" in invoer:
        uit["fase"] = v.probeer("fase", parse_keuze, MethodeStap, invoer.get("fase")) or MethodeStap.BEELDVORMING

    for veld in ("digivaardig", "vroegmelder", "arbeidsbeperking", "grensregio"):
        if veld in invoer:
            uit[veld] = _bool(invoer.get(veld))

    if "bsn" in invoer:
        from werkcoach_tui.rules.bsn import elfproef, normaliseer

        bsn = normaliseer(tekst(invoer.get("bsn"), maximum=20))
        if bsn and not elfproef(bsn):
            v.fouten["bsn"] = "Dit is geen geldig BSN (9 cijfers, voldoet niet aan de 11-proef). Controleer het nummer."
        uit["bsn"] = bsn or None

    if v.fouten:
        raise Validatiefout(v.fouten)
    return uit


def valideer_gesprek(invoer: Mapping[str, Any], today: date) -> dict[str, Any]:
    """Check a gesprek form: a date is required; a planned gesprek is not in the past."""
    v = _Verzamelaar({})
    uit: dict[str, Any] = {}
    datum = v.probeer("datum", parse_datum, invoer.get("datum"))
    if datum is None and "datum" not in v.fouten:
        v.fouten["datum"] = f"Datum is verplicht. {DATUM_VOORBEELD}"
    uit["datum"] = datum
    uit["type"] = v.probeer("type", parse_keuze, GesprekType, invoer.get("type"), verplicht=True)
    uit["kanaal"] = v.probeer("kanaal", parse_keuze, Kanaal, invoer.get("kanaal"), verplicht=True)
    status = v.probeer("status", parse_keuze, GesprekStatus, invoer.get("status") or "gevoerd")
    uit["status"] = status or GesprekStatus.GEVOERD
    duur = v.probeer("duur_minuten", parse_geheel, invoer.get("duur_minuten"), minimum=0, maximum=480, eenheid="minuten")
    uit["duur_minuten"] = duur or 0
    uit["notitie"] = tekst(invoer.get("notitie"), maximum=20_000)
    if datum and status == GesprekStatus.GEPLAND and datum < today and "datum" not in v.fouten:
        v.fouten["datum"] = "Een gepland gesprek kan niet in het verleden liggen. Kies vandaag of later, of zet de status op 'Gevoerd'."
    if datum and status == GesprekStatus.GEVOERD and datum > today and "datum" not in v.fouten:
        v.fouten["datum"] = "Een gevoerd gesprek kan niet in de toekomst liggen. Zet de status op 'Gepland' of kies een eerdere datum."
    if v.fouten:
        raise Validatiefout(v.fouten)
    return uit


def valideer_volgend_contact(invoer: Mapping[str, Any], gesprek: Mapping[str, Any], today: date) -> Optional[date]:
    """The gesprek form's 'volgend contactmoment': empty, or a date after the gesprek and not
    before today. Raises Validatiefout on the field ``volgend_contactmoment``."""
    tekst_ = invoer.get("volgend_contactmoment")
    if isinstance(tekst_, date):
        volgend = tekst_
    else:
        try:
            volgend = parse_datum(tekst_)
        except Invoerfout as exc:
            raise Validatiefout({"volgend_contactmoment": str(exc)}) from None
    if volgend is None:
        return None
    if gesprek.get("datum") and volgend <= gesprek["datum"]:
        raise Validatiefout({"volgend_contactmoment": "Het volgende contactmoment moet na de datum van dit gesprek liggen."})
    if volgend < today:
        raise Validatiefout({"volgend_contactmoment": "Het volgende contactmoment kan niet in het verleden liggen. Kies vandaag of later."})
    return volgend
