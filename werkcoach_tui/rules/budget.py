"""Budget for re-integration instruments: the € 2.000 limit of own authority.

An adviser may commit up to € 2.000,00 on their own authority; above that needs
approval. ``toestemming_nodig`` is True **strictly above** the limit: exactly
€ 2.000,00 is within authority, € 2.000,01 needs approval. All money is
``Decimal``, never float.

What counts against the limit: the sum of instruments **without** approval.
Approved instruments were seen by an approver; what the adviser committed alone
may not exceed the limit. (With no approvals at all this is simply the total.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from werkcoach_tui import constants as c
from werkcoach_tui.rules.feiten import InstrumentFeit
from werkcoach_tui.rules.opmaak import formatteer_euro

NUL = Decimal("0.00")


def _decimal(bedrag) -> Decimal:
    return bedrag if isinstance(bedrag, Decimal) else Decimal(str(bedrag))


def totale_kosten(instrumenten: Iterable[InstrumentFeit]) -> Decimal:
    """Sum of the costs of all instruments."""
    return sum((_decimal(i.kosten) for i in instrumenten), NUL)


def toestemming_nodig(totaal: Decimal | int | str) -> bool:
    """True strictly above ``BUDGET_EIGEN_BEVOEGDHEID_EURO`` (€ 2.000,00)."""
    return _decimal(totaal) > c.BUDGET_EIGEN_BEVOEGDHEID_EURO


@dataclass(frozen=True)
class BudgetStatus:
    totaal: Decimal
    zonder_toestemming: Decimal
    """Sum of the instruments without approval."""
    toestemming_ontbreekt: bool
    """The unapproved sum exceeds the limit: ask for approval."""
    ontbreekt_sinds: date | None
    """``ingezet_op`` of the instrument that took the unapproved sum over the limit."""

    @property
    def uitleg(self) -> str:
        grens = formatteer_euro(c.BUDGET_EIGEN_BEVOEGDHEID_EURO, centen=False)
        return (
            f"Instrumenten voor {formatteer_euro(self.zonder_toestemming)} zonder toestemming; "
            f"boven {grens} eigen bevoegdheid is toestemming nodig."
        )


def budget_status(instrumenten: Iterable[InstrumentFeit], today: date) -> BudgetStatus:
    """Totals and whether approval is missing; ``today`` is the fallback date."""
    lijst = list(instrumenten)
    totaal = totale_kosten(lijst)
    open_ = [i for i in lijst if not i.goedgekeurd]
    zonder = totale_kosten(open_)
    ontbreekt = toestemming_nodig(zonder)
    sinds: date | None = None
    if ontbreekt:
        # Walk the unapproved instruments in the order they were committed (unknown
        # dates last) until the running sum crosses the limit.
        volgorde = sorted(open_, key=lambda i: (i.ingezet_op is None, i.ingezet_op or today))
        lopend = NUL
        for i in volgorde:
            lopend += _decimal(i.kosten)
            if toestemming_nodig(lopend):
                sinds = i.ingezet_op or today
                break
    return BudgetStatus(totaal, zonder, ontbreekt, sinds)
