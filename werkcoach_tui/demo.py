"""Building the demo store from ``data/demo/``: fictitious klanten and vacatures.

The demo lives in its own file, never the real store. It is built into a
temporary file and moved into place at the end, so an interrupted build never
leaves a half demo. Dates in the data are relative to its ``referentiedatum``
and shifted to ``today``, so the demo always looks current.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from werkcoach_tui.models.enums import (
    GesprekStatus,
    GesprekType,
    Kanaal,
    MethodeStap,
    Opleidingsniveau,
    WerkverkennerBand,
)
from werkcoach_tui.paths import data_dir
from werkcoach_tui.store import Store, StoreFout

KLANT_DATUMS = ("geboortedatum", "meldingsdatum", "ww_startdatum", "ww_einddatum", "werkverkenner_datum")


def _verschuif(value: str | None, dagen: int) -> date | None:
    if not value:
        return None
    return date.fromisoformat(value) + timedelta(days=dagen)


def _verwijder(path: Path) -> None:
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        if p.exists():
            p.unlink()


def laad_demo_klanten(bron: Path | None = None) -> dict[str, Any]:
    bron = bron or data_dir() / "demo" / "klanten.json"
    with open(bron, encoding="utf-8") as fh:
        return json.load(fh)


def bouw_demo(path: Path, today: date, *, bron: Path | None = None) -> None:
    """(Re)build the demo store at ``path`` for ``today``."""
    from werkcoach_tui.models.gesprek import Gesprek
    from werkcoach_tui.models.klant import Klant
    from werkcoach_tui.services.audit import schrijf_audit
    from werkcoach_tui.services.instellingen import InstellingenService
    from werkcoach_tui.clock import FixedClock

    bron = bron or data_dir() / "demo"
    try:
        data = laad_demo_klanten(bron / "klanten.json")
    except (OSError, ValueError) as exc:
        raise StoreFout(f"De demogegevens in {bron} zijn niet leesbaar ({exc}). Herinstalleer Werkcoach.") from exc
    verschuiving = (today - date.fromisoformat(data["referentiedatum"])).days

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".bouw")
    _verwijder(tmp)
    store = Store.open(tmp, label="DEMO")
    try:
        nu = FixedClock.on(today).now()
        with store.schrijf() as s:
            for k in data["klanten"]:
                waarden = {veld: _verschuif(k.get(veld), verschuiving) for veld in KLANT_DATUMS}
                klant = Klant(
                    klantnummer=k["klantnummer"],
                    naam=k["naam"],
                    telefoon=k.get("telefoon"),
                    email=k.get("email"),
                    adres=k.get("adres"),
                    postcode=k.get("postcode"),
                    woonplaats=k.get("woonplaats"),
                    digivaardig=bool(k.get("digivaardig", True)),
                    uren_vorige_baan=k.get("uren_vorige_baan"),
                    beschikbare_uren=k.get("beschikbare_uren"),
                    opleidingsniveau=Opleidingsniveau.from_text(k.get("opleidingsniveau")),
                    werkverkenner_band=WerkverkennerBand.from_text(k.get("werkverkenner_band")),
                    vroegmelder=bool(k.get("vroegmelder")),
                    arbeidsbeperking=bool(k.get("arbeidsbeperking")),
                    maatman_procent=k.get("maatman_procent"),
                    grensregio=bool(k.get("grensregio")),
                    laatste_beroep=k.get("laatste_beroep"),
                    adviseur=k.get("adviseur"),
                    fase=MethodeStap.from_text(k.get("fase")) or MethodeStap.BEELDVORMING,
                    aangemaakt_op=nu,
                    gewijzigd_op=nu,
                    **waarden,
                )
                s.add(klant)
                s.flush()
                for g in k.get("gesprekken", []):
                    s.add(
                        Gesprek(
                            klant_id=klant.id,
                            datum=_verschuif(g["datum"], verschuiving),
                            type=GesprekType(g["type"]),
                            kanaal=Kanaal(g["kanaal"]),
                            duur_minuten=int(g.get("duur_minuten") or 0),
                            notitie=g.get("notitie", ""),
                            status=GesprekStatus(g.get("status", "gevoerd")),
                        )
                    )
            schrijf_audit(s, tijdstip=nu, wie="werkcoach --demo", actie="aanmaken", entiteit="demo",
                          nieuw=f"{len(data['klanten'])} fictieve klanten")
        _laad_demo_dossiers(store, data["klanten"], verschuiving, today)
        _laad_demo_vacatures(store, bron / "vacatures.csv", verschuiving)
        from werkcoach_tui.demo_werkplan import laad_demo_werkplannen
        laad_demo_werkplannen(store, bron / "werkplannen.json", verschuiving, nu)
        adviseurs = data.get("adviseurs") or ["Demo-adviseur"]
        InstellingenService(store, FixedClock.on(today)).wijzig(
            adviseur_naam=adviseurs[0], adviseur_telefoon="088 - 898 92 94",
            adviseur_email="demo.adviseur@example.nl", vestiging="Demo-vestiging",
        )
        store.checkpoint()
    finally:
        store.close()
    _verwijder(path)
    os.replace(tmp, path)
    _verwijder(tmp)


def _laad_demo_dossiers(store: Store, klanten: list[dict[str, Any]], verschuiving: int, today: date) -> None:
    """The dossier of each demo klant: the picture (``beeldvorming``) and, in later fases,
    oordeel, besluiten and uitvoering (``dossier``), with dates shifted to ``today``."""
    from sqlmodel import select

    from werkcoach_tui.clock import FixedClock
    from werkcoach_tui.models.klant import Klant
    from werkcoach_tui.rules.datums import formatteer_datum
    from werkcoach_tui.services.dossier import DossierService
    from werkcoach_tui.services.klanten import KlantService

    klok = FixedClock.on(today)
    wie = "werkcoach --demo"
    dienst = DossierService(store, klok, wie, KlantService(store, klok, wie))
    with store.lees() as s:
        ids = dict(s.exec(select(Klant.klantnummer, Klant.id)).all())

    def datum(waarde: str | None) -> str | None:
        d = _verschuif(waarde, verschuiving)
        return formatteer_datum(d) if d else None

    for k in klanten:
        klant_id = ids[k["klantnummer"]]
        if k.get("beeldvorming"):
            dienst.importeer_beeldvorming(klant_id, k["beeldvorming"])
        dossier = k.get("dossier")
        if dossier:
            dossier = json.loads(json.dumps(dossier))
            velden = dossier.get("velden") or {}
            if velden.get("toestemming_op"):
                velden["toestemming_op"] = datum(velden["toestemming_op"])
            for i in dossier.get("instrumenten") or []:
                i["ingezet_op"] = datum(i.get("ingezet_op"))
            for a in dossier.get("afspraken") or []:
                a["wanneer"] = datum(a.get("wanneer"))
            dienst.importeer_dossier(klant_id, dossier)


def _laad_demo_vacatures(store: Store, csv_path: Path, verschuiving: int) -> None:
    if not csv_path.exists():
        return
    from werkcoach_tui.importers.vacatures import parse_vacatures
    from werkcoach_tui.services.vacatures import sla_vacatures_op

    resultaat = parse_vacatures(csv_path)
    rows = []
    for r in resultaat.rows:
        r = dict(r)
        for veld in ("publicatiedatum", "sluitingsdatum"):
            if r.get(veld):
                r[veld] = r[veld] + timedelta(days=verschuiving)
        rows.append(r)
    sla_vacatures_op(store, rows)


def zorg_voor_demo(path: Path, today: date, *, opnieuw: bool = False) -> None:
    """Build the demo store when it is missing (or when asked to start over)."""
    if opnieuw or not path.exists():
        bouw_demo(path, today)
