"""From what the trainee recorded in the dossier to a :class:`TraineeUitwerking` (pure).

The dossier feature shares a :class:`DossierSamenvatting`; the feedback needs the
trainee's judgement, the chosen instruments and the written reasoning. The reasoning
the word matching reads is everything the trainee wrote to justify the choices: the
visie van de werkcoach, the toelichting on zelfredzaamheid, and each instrument's
onderbouwing.
"""

from __future__ import annotations

from typing import Iterable, Optional

from werkcoach_tui.oefenen.feedback import TraineeUitwerking
from werkcoach_tui.services.samenvattingen import DossierSamenvatting

__all__ = ["heeft_uitwerking", "onderbouwing_uit_samenvatting", "uitwerking_uit_samenvatting"]


def onderbouwing_uit_samenvatting(s: DossierSamenvatting) -> str:
    """All reasoning the trainee wrote, one paragraph per source, empty parts left out."""
    delen = [s.visie_werkcoach.strip(), s.zelfredzaam_toelichting.strip()]
    for i in s.instrumenten:
        if i.onderbouwing.strip():
            delen.append(f"{i.instrument.label}: {i.onderbouwing.strip()}")
    return "\n\n".join(d for d in delen if d)


def uitwerking_uit_samenvatting(
    s: DossierSamenvatting, signalen: Optional[Iterable[str]] = None
) -> TraineeUitwerking:
    """The trainee's uitwerking as the dossier recorded it (signals only when ticked elsewhere)."""
    return TraineeUitwerking(
        zelfredzaam=s.zelfredzaam,
        dienstverleningsdoel=s.dienstverleningsdoel,
        instrumenten=tuple(i.instrument for i in s.instrumenten),
        onderbouwing=onderbouwing_uit_samenvatting(s),
        signalen=None if signalen is None else tuple(signalen),
    )


def heeft_uitwerking(s: DossierSamenvatting) -> bool:
    """Has the trainee recorded any judgement or decision in the dossier yet?"""
    return bool(
        s.zelfredzaam is not None
        or s.dienstverleningsdoel is not None
        or s.instrumenten
        or s.visie_werkcoach.strip()
    )
