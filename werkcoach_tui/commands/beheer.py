"""Keeping the data safe: `werkcoach backup`, `herstel`, `audit`, `bewaartermijn`, `versleutel`."""

from __future__ import annotations

import argparse
import shutil
import sys
from datetime import datetime
from pathlib import Path

from werkcoach_tui.store import StoreFout
from werkcoach_tui.commands.melding import fout as _fout


def registreer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="Maak een consistente back-up van de database (ook terwijl Werkcoach draait).")
    p.add_argument("-o", "--uitvoer", metavar="BESTAND",
                   help="Waar de back-up komt (standaard: map 'backups' naast de database).")
    p.set_defaults(func=backup)

    p = sub.add_parser("herstel", help="Zet een back-up terug (de huidige database wordt eerst bewaard).")
    p.add_argument("bestand", metavar="BESTAND", help="De back-up die terug moet.")
    p.set_defaults(func=herstel)

    p = sub.add_parser("audit", help="Toon het auditlogboek (wie bekeek of wijzigde wat, wanneer).")
    p.add_argument("--klant", metavar="KLANTNUMMER", help="Alleen de regels van deze klant.")
    p.add_argument("--aantal", metavar="N", type=int, default=50, help="Hoeveel regels (standaard 50, nieuwste eerst).")
    p.add_argument("--controleer", action="store_true",
                   help="Controleer de hashketen: meldt elke gewijzigde of verwijderde regel.")
    p.set_defaults(func=audit)

    p = sub.add_parser("bewaartermijn", help="Afgesloten dossiers voorbij de bewaartermijn tonen of wissen.")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--controle", action="store_true", help="Toon welke dossiers gewist zouden worden (wist niets).")
    g.add_argument("--uitvoeren", action="store_true", help="Wis die dossiers (met verslag, zonder persoonsgegevens).")
    p.add_argument("--jaren", metavar="N", type=int, help="Bewaartermijn in jaren (standaard uit de instellingen: 5).")
    p.set_defaults(func=bewaartermijn)

    p = sub.add_parser("versleutel", help="Zet de database om naar een versleuteld bestand (eerst een back-up).")
    p.set_defaults(func=versleutel)


def _pad_fout(tekst: str, optie: str):
    if not tekst.strip() or not tekst.isprintable():
        return _fout(f"Geef bij {optie} een gewone bestandsnaam (zonder tabs, regeleinden of besturingstekens).")
    return None


def _nu(ctx) -> datetime:
    return ctx.clock.now() if ctx.vandaag is None else datetime.now().replace(
        year=ctx.vandaag.year, month=ctx.vandaag.month, day=ctx.vandaag.day)


def backup(args, ctx) -> int:
    from werkcoach_tui.backup import controleer_bestand, maak_backup, standaard_backup_pad

    if args.uitvoer is not None and (fout := _pad_fout(args.uitvoer, "-o")) is not None:
        return fout
    diensten = ctx.open()
    store = diensten.store
    doel = Path(args.uitvoer).expanduser() if args.uitvoer else standaard_backup_pad(store.path, _nu(ctx))
    if doel.resolve() == store.path.resolve():
        return _fout("De back-up kan niet over de database zelf heen. Kies met -o een ander bestand.")
    if doel.exists():
        return _fout(f"{doel} bestaat al. Kies met -o een nieuw bestand; er is niets overschreven.")
    with store.fouten_als_storefout():
        maak_backup(store.path, doel, verbind=store.verbind)
    controle = controleer_bestand(doel, verbind=store.verbind)
    if not controle.ok:
        doel.unlink(missing_ok=True)
        return _fout(f"De back-up is niet in orde ({controle.melding}); probeer het opnieuw.")
    diensten.privacy.log_beheer("backup", f"back-up gemaakt ({controle.klanten} klanten)")
    print(f"Back-up gemaakt: {doel}")
    print(f"Gecontroleerd: integriteit in orde, schemaversie {controle.versie}, {controle.klanten} klanten"
          + (", versleuteld." if store.versleuteld else "."))
    return 0


def herstel(args, ctx) -> int:
    from werkcoach_tui.backup import controleer_bestand
    from werkcoach_tui.backup import herstel as zet_terug
    from werkcoach_tui.bestanden import maak_prive_bestand, maak_prive_map
    from werkcoach_tui.store import maak_verbinder

    if (fout := _pad_fout(args.bestand, "herstel")) is not None:
        return fout
    bron = Path(args.bestand).expanduser()
    db = ctx.db_pad()
    if ctx.args.demo:
        return _fout("Herstel werkt op de echte database, niet op de demo.")
    verbind = maak_verbinder(ctx.sleutel())
    controle = controleer_bestand(bron, verbind=verbind)
    if not controle.ok:
        return _fout(f"Niet teruggezet: {controle.melding} De huidige database is niet gewijzigd.")
    if db.exists() and bron.resolve() == db.resolve():
        return _fout("Dit is de database zelf. Kies een back-upbestand.")
    nu = _nu(ctx)
    huidige = controleer_bestand(db, verbind=verbind) if db.exists() else None
    if huidige is not None and not huidige.ok:
        # The current file is damaged: keep a raw copy (the backup API may not be able to read it).
        stam = db.name[:-3] if db.name.endswith(".db") else db.name
        kopie_map = maak_prive_map(db.parent / "backups")
        kopie = kopie_map / f"{stam}-beschadigd-{nu:%Y%m%d-%H%M%S}.db"
        maak_prive_bestand(kopie)
        shutil.copyfile(db, kopie)
        for achtervoegsel in ("-wal", "-shm"):
            Path(str(db) + achtervoegsel).unlink(missing_ok=True)
        db.unlink()
        print(f"De huidige (beschadigde) database is bewaard als {kopie}")
    controle, bewaard = zet_terug(bron, db, nu, verbind=verbind)
    if not controle.ok:  # pragma: no cover - checked above
        return _fout(controle.melding)
    if bewaard:
        print(f"De huidige database is eerst bewaard als {bewaard}")
    print(f"Teruggezet: {bron} -> {db} (schemaversie {controle.versie}, {controle.klanten} klanten).")
    diensten = ctx.open()  # runs a migration when the backup has an older schema
    diensten.privacy.log_beheer("herstel", f"back-up teruggezet (schemaversie {controle.versie})")
    return 0


def audit(args, ctx) -> int:
    from werkcoach_tui.rules.datums import formatteer_datum

    diensten = ctx.open()
    if args.controleer:
        uitslag = diensten.privacy.controleer_audit()
        if uitslag.ok:
            print(f"Auditlogboek in orde: {uitslag.regels} regels, keten ongebroken"
                  + (f" ({uitslag.gewist} regels geschoond bij verwijdering)." if uitslag.gewist else "."))
            return 0
        print(f"Auditlogboek NIET in orde: {len(uitslag.fouten)} probleem/problemen in {uitslag.regels} regels.")
        for fout in uitslag.fouten:
            print(f"  {fout}")
        return 1
    if args.aantal is None or args.aantal < 1 or args.aantal > 100_000:
        return _fout("--aantal moet tussen 1 en 100000 liggen.")
    klantnummer = args.klant.strip().upper() if args.klant else None
    if klantnummer is not None and (not klantnummer.isprintable() or len(klantnummer) > 20):
        return _fout("Geef bij --klant een klantnummer, bijvoorbeeld K100123.")
    regels = diensten.privacy.audit(klantnummer, args.aantal)
    if not regels:
        print("Geen auditregels" + (f" voor klant {klantnummer}." if klantnummer else "."))
        return 0
    for r in regels:
        tijd = f"{formatteer_datum(r.tijdstip.date())} {r.tijdstip:%H:%M}"
        onderwerp = f"{r.entiteit}" + (f" {r.klantnummer}" if r.klantnummer else "")
        veld = f" {r.veld}:" if r.veld else ""
        if r.gewist:
            waarden = " [waarden gewist]"
        elif r.oud is not None or r.nieuw is not None:
            oud = _kort(r.oud)
            waarden = f" {oud} -> {_kort(r.nieuw)}" if r.oud is not None else f" {_kort(r.nieuw)}"
        else:
            waarden = ""
        print(f"{r.id:>6}  {tijd}  {r.wie:<20.20}  {r.actie:<10} {onderwerp}{veld}{waarden}")
    return 0


def _kort(waarde, n: int = 60) -> str:
    if waarde is None:
        return "(leeg)"
    tekst = " ".join(str(waarde).split())
    tekst = "".join(ch if ch.isprintable() else "?" for ch in tekst)
    return tekst if len(tekst) <= n else tekst[: n - 1] + "…"


def bewaartermijn(args, ctx) -> int:
    from werkcoach_tui.rules.datums import formatteer_datum

    diensten = ctx.open()
    jaren = args.jaren if args.jaren is not None else diensten.instellingen.lees().bewaartermijn_jaren
    if jaren < 1 or jaren > 100:
        return _fout("--jaren moet tussen 1 en 100 liggen.")
    verslag = diensten.privacy.bewaartermijn(uitvoeren=bool(args.uitvoeren), jaren=jaren)
    print(f"Bewaartermijn: {jaren} jaar na de laatste activiteit; peildatum {formatteer_datum(verslag.peildatum)}.")
    print(f"Afgesloten dossiers: {verslag.afgesloten}; voorbij de termijn: {len(verslag.verlopen)}.")
    for rij in verslag.verlopen:
        print(f"  {rij.klantnummer}  laatste activiteit {formatteer_datum(rij.laatste_activiteit)}  "
              f"termijn verlopen op {formatteer_datum(rij.verloopt_op)}")
    if args.uitvoeren:
        for w in verslag.gewist:
            print(f"  gewist: {w.klantnummer}: {w.omschrijving()}")
        print(f"Gewist: {len(verslag.gewist)} dossier(s). Het auditlogboek houdt per dossier één regel zonder "
              "persoonsgegevens. Let op: oudere back-ups bevatten deze dossiers nog.")
    elif verslag.verlopen:
        print("Er is niets gewist. Wis deze dossiers met 'werkcoach bewaartermijn --uitvoeren'.")
    return 0


def versleutel(args, ctx) -> int:
    from werkcoach_tui.backup import standaard_backup_pad
    from werkcoach_tui.bestanden import maak_prive_map
    from werkcoach_tui.versleuteling import versleutel_bestand, vraag_sleutel

    if ctx.args.demo:
        return _fout("De demo bevat alleen fictieve gegevens en wordt niet versleuteld.")
    db = ctx.db_pad()
    if not db.exists():
        return _fout(f"De database {db} bestaat niet. Controleer --db.")
    sleutel = vraag_sleutel(True, bevestig=True)
    backup = standaard_backup_pad(db, _nu(ctx))
    maak_prive_map(backup.parent)
    tellingen = versleutel_bestand(db, sleutel, backup)
    print(f"Versleuteld: {db} ({tellingen.get('klant', 0)} klanten). Eerst bewaard (onversleuteld!) als {backup}.")
    print("Open de database voortaan met 'werkcoach --versleuteld' of WERKCOACH_SLEUTEL. "
          "Verwijder de onversleutelde back-up zodra u hebt gecontroleerd dat alles werkt.")
    return 0


__all__ = ["registreer", "StoreFout"]
