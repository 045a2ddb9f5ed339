"""Loading the demo werkplannen (``data/demo/werkplannen.json``, made by
``scripts/generate_werkplannen.py``) into a demo store, dates shifted like the klanten."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from werkcoach_tui.store import Store, StoreFout


def _d(value, dagen: int):
    return date.fromisoformat(value) + timedelta(days=dagen) if value else None


def laad_demo_werkplannen(store: Store, bron: Path, verschuiving: int, nu: datetime) -> int:
    """Add the demo werkplannen; returns how many. A missing file adds nothing."""
    from sqlmodel import select

    from werkcoach_tui.models.enums import (
        AfspraakSoort, AfspraakStatus, AfspraakWie, Bewijs, SollicitatieSoort, TekortOpvolging,
        VrijstellingReden, WerkplanStatus,
    )
    from werkcoach_tui.models.klant import Klant
    from werkcoach_tui.models.werkplan import Afspraak, Sollicitatie, Tekortopvolging, Vrijstelling, WerkplanVersie
    from werkcoach_tui.services.audit import schrijf_audit

    if not bron.exists():
        return 0
    try:
        data = json.loads(bron.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreFout(f"De demowerkplannen in {bron} zijn niet leesbaar ({exc}). Herinstalleer Werkcoach.") from exc
    n = 0
    with store.schrijf() as s:
        ids = {nr: kid for kid, nr in s.exec(select(Klant.id, Klant.klantnummer))}
        for w in data.get("werkplannen", []):
            kid = ids.get(w["klantnummer"])
            if kid is None:
                continue
            n += 1
            for v in w["versies"]:
                versie = WerkplanVersie(
                    klant_id=kid, versie=v["versie"], status=WerkplanStatus(v["status"]),
                    sollicitatienorm=v["sollicitatienorm"], sollicitatienorm_reden=v.get("sollicitatienorm_reden", ""),
                    vastgesteld_op=_d(v.get("vastgesteld_op"), verschuiving), akkoord_klant=bool(v.get("akkoord_klant")),
                    akkoord_toelichting=v.get("akkoord_toelichting", ""), wijzigingsreden=v.get("wijzigingsreden", ""),
                    interne_notitie=v.get("interne_notitie", ""), aangemaakt_op=nu, gewijzigd_op=nu)
                s.add(versie)
                s.flush()
                for i, a in enumerate(v["afspraken"], 1):
                    s.add(Afspraak(
                        klant_id=kid, werkplan_versie_id=versie.id, sleutel=f"{w['klantnummer']}-{a['sleutel']}",
                        volgorde=i, wie=AfspraakWie(a["wie"]), wat=a["wat"], hoeveel=a.get("hoeveel", ""),
                        wanneer=_d(a.get("wanneer"), verschuiving), hoe_aangetoond=a.get("hoe_aangetoond", ""),
                        soort=AfspraakSoort(a["soort"]), status=AfspraakStatus(a["status"]),
                        reden_niet_nagekomen=a.get("reden_niet_nagekomen", ""),
                        interne_notitie=a.get("interne_notitie", "")))
            for x in w.get("sollicitaties", []):
                s.add(Sollicitatie(klant_id=kid, datum=_d(x["datum"], verschuiving), werkgever=x["werkgever"],
                                   functie=x["functie"], soort=SollicitatieSoort(x["soort"]), resultaat=x["resultaat"],
                                   bewijs=Bewijs(x["bewijs"]), bron=x.get("bron", ""), aangemaakt_op=nu))
            for x in w.get("vrijstellingen", []):
                s.add(Vrijstelling(klant_id=kid, reden=VrijstellingReden(x["reden"]), van=_d(x["van"], verschuiving),
                                   tot=_d(x.get("tot"), verschuiving), toelichting=x.get("toelichting", "")))
            for x in w.get("opvolgingen", []):
                s.add(Tekortopvolging(klant_id=kid, periode_van=_d(x["periode_van"], verschuiving),
                                      opvolging=TekortOpvolging(x["opvolging"]), datum=_d(x["datum"], verschuiving),
                                      toelichting=x.get("toelichting", "")))
        schrijf_audit(s, tijdstip=nu, wie="werkcoach --demo", actie="aanmaken", entiteit="demo",
                      nieuw=f"{n} fictieve werkplannen met sollicitatieactiviteiten")
    return n
