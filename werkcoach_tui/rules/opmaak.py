"""Dutch formatting of numbers used in rule explanations (no locale reads)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache


@lru_cache(maxsize=1024)
def formatteer_getal(waarde: float | int | Decimal, decimalen: int = 1) -> str:
    """``2.5`` → ``"2,5"``, ``6.0`` → ``"6"``, ``1234`` → ``"1.234"`` (Dutch separators).

    Trailing zeros after the comma are dropped. Cached: a caseload repeats a few hour
    figures thousands of times (equal numbers give equal texts, whatever their type).
    """
    if type(waarde) is int or (type(waarde) is float and waarde.is_integer() and abs(waarde) < 1e15):
        return f"{int(waarde):,}".replace(",", ".")  # whole numbers: same result, no Decimal needed
    d = Decimal(str(waarde)).quantize(Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP)
    teken = "-" if d < 0 else ""
    d = abs(d)
    geheel, _, fractie = f"{d:f}".partition(".")
    geheel = f"{int(geheel):,}".replace(",", ".")
    fractie = fractie.rstrip("0")
    return f"{teken}{geheel},{fractie}" if fractie else f"{teken}{geheel}"


def formatteer_euro(bedrag: Decimal | int | str, centen: bool = True) -> str:
    """``Decimal("2000")`` → ``"€ 2.000,00"``; ``centen=False`` → ``"€ 2.000"``."""
    d = Decimal(str(bedrag)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    teken = "-" if d < 0 else ""
    d = abs(d)
    geheel, _, fractie = f"{d:f}".partition(".")
    geheel = f"{int(geheel):,}".replace(",", ".")
    if centen:
        return f"{teken}€ {geheel},{fractie}"
    return f"{teken}€ {geheel}"


def formatteer_uren(uren: float | int | Decimal) -> str:
    """``6`` → ``"6 uur"``, ``2.5`` → ``"2,5 uur"``."""
    return f"{formatteer_getal(uren)} uur"
