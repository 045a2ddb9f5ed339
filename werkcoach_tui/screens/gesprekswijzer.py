"""The gesprekswijzer: per step of methodisch handelen, what to ask and what to check.

Written for advisers, in Dutch, from ``shared/domain.md`` and the seed documents
(inspectierapport, Ken je klant). Static text; the dossier screen adds lines that
depend on the klant (passende arbeid, 57+, Werkverkenner, digivaardigheid).
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from werkcoach_tui import constants as c
from werkcoach_tui.models.enums import MethodeStap
from werkcoach_tui.rules.datums import formatteer_datum, maand_in_ww
from werkcoach_tui.rules.ouderen import is_57_plus
from werkcoach_tui.rules.passende_arbeid import passende_arbeid

WIJZER: dict[MethodeStap, str] = {
    MethodeStap.BEELDVORMING: """[b]Beeldvorming — wie is de klant?[/b]
[b]Vraag[/b]
• Welke opleiding en diploma's heeft u? Wat deed u de afgelopen jaren precies?
• Waar bent u goed in? Wat zouden collega's of uw vorige werkgever zeggen?
• Wat maakt werken lastig? (In de woorden van de klant; beperkingen functioneel, nooit een diagnose.)
• Welk werk wilt u, en welk werk kunt u ook? Bestaat dat werk in de regio?
• Hoeveel uur, welke dagen, hoe ver wilt u reizen, en hoe?
• Hoe zoekt u tot nu toe? Via wie? Wat leverde het op?
• Kunt u zelf vacatures zoeken, een cv mailen, de Werkmap gebruiken?
[b]Controleer[/b]
• Beschikbare uren ≥ uren in de vorige baan? Minder uren verlaagt het WW-recht.
• Werkverkenner: band en de factoren die wegen (vast: leeftijd, arbeidsverleden, opleiding; beïnvloedbaar: zoekintentie, vertrouwen, gezondheid, motivatie).
• Competenties en belemmeringen uniform vastleggen: selecteer op vaardigheden en motivatie, niet op het cv.
• Wat u nog niet weet: zet het bij "ontbrekende informatie".""",
    MethodeStap.OORDEELSVORMING: """[b]Oordeelsvorming — wat vindt u als werkcoach?[/b]
[b]Vraag uzelf[/b]
• Is de klant zelfredzaam: vindt hij zelf passende vacatures en heeft hij sollicitatievaardigheden?
• Hoe groot is de afstand tot de arbeidsmarkt?
• Welk doel past? [i]Van werk naar werk[/i]: binnen 3 maanden werk verwacht. [i]Werk-fit blijven[/i]: fit, maar geen passend werk direct beschikbaar. [i]Werk-fit worden[/i]: verhoogd risico op langdurige uitval.
• Welke factoren helpen of remmen, en welke zijn te beïnvloeden?
[b]Vraag de klant[/b]
• Hoe kijkt u zelf naar uw kansen? Wat denkt u nodig te hebben?
[b]Controleer[/b]
• Schrijf úw visie op (verplicht), en die van de klant. Verschillen ze: leg uit waarom uw visie zwaarder weegt.
• Passende arbeid: wat moet de klant nu accepteren? (zie het formulier en 'Deze klant')
• Bij 57+: volg niet vanzelf de visie van de klant; weeg de arbeidsmarktkansen expliciet.
• Noteer feiten en meningen gescheiden, met de bron.""",
    MethodeStap.BESLUITEN: """[b]Besluiten — welke dienstverlening, en waarom?[/b]
[b]Bepaal[/b]
• Welke dienstverlening past bij het doel (digitaal, groep, persoonlijk)?
• Welk instrument, alleen als het bijdraagt aan een reële kans op werk.
[b]Onderbouw per instrument (verplicht)[/b]
• De vraag van werkgevers: welke vacature, welk kansberoep of welke sector?
• De geschiktheid van de klant voor die vraag: wat heeft hij al, wat mist er?
• Wat het instrument daaraan bijdraagt.
De inspectie vond deze onderbouwing bijna nooit in dossiers: schrijf hem op.
[b]Controleer[/b]
• Tot € 2.000 besluit u zelf; daarboven is toestemming nodig (wie en wanneer).
• Stel de werkplanafspraken SMART voor: wie doet wat, hoeveel, wanneer, hoe aangetoond.
• Sollicitatieplicht: 4 activiteiten per 4 weken, tenzij u met reden anders afspreekt.""",
    MethodeStap.UITVOEREN: """[b]Uitvoeren — volgen wat is afgesproken[/b]
[b]Volg[/b]
• Staan de afgesproken acties op schema? Zet per actie de status.
• Contact: zelfredzame klanten ongeveer elke 4–5 weken (mail, telefoon of vestiging).
• Sollicitatieactiviteiten per 4 weken gecontroleerd? Vraag zo nodig bewijs.
• Is de dienstverlening gestart, en wat leverde die op?
[b]Evalueer[/b]
• Is het doel bereikt? Zo niet: wat is er geleerd? Start een nieuwe ronde (O): het beeld gaat mee, de vorige ronde blijft bewaard.
• Werk gevonden, eigen bedrijf, einde WW of overdracht aan de gemeente: sluit af met een uitstroomreden (X).
• Na 6 uur begeleiding zonder resultaat: had een re-integratiebedrijf eerder gemoeten?
• Nazorg na plaatsing: vraag hoe het gaat.""",
}


def klantregels(stap: MethodeStap, *, today: date, geboortedatum: Optional[date], ww_start: Optional[date],
                digivaardig: bool, band_bovengrens: Optional[int]) -> list[str]:
    """Lines about this klant for the guidance panel."""
    uit: list[str] = []
    if stap == MethodeStap.BEELDVORMING:
        if not digivaardig:
            uit.append("Niet digivaardig: altijd uitnodigen voor een werkoriëntatiegesprek; papieren formulieren afspreken.")
        if band_bovengrens is not None and band_bovengrens <= c.WOG_BAND_GRENS_PROCENT:
            uit.append("Werkverkenner tot 50 %: uitnodigen voor een werkoriëntatiegesprek.")
    if stap == MethodeStap.OORDEELSVORMING:
        if ww_start is not None:
            pa = passende_arbeid(ww_start, today)
            uit.append(f"Passende arbeid (maand {maand_in_ww(ww_start, today)} in de WW): {pa.uitleg}")
        else:
            uit.append("Passende arbeid: WW-startdatum onbekend; vul die in op de klantkaart.")
        if is_57_plus(geboortedatum, today):
            uit.append("Klant is 57+: 'arbeidsmarktkansen expliciet gewogen' is verplicht.")
    if stap == MethodeStap.UITVOEREN and ww_start is not None:
        uit.append(f"WW sinds {formatteer_datum(ww_start)}: maand {maand_in_ww(ww_start, today)}.")
    return uit
