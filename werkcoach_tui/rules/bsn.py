"""The BSN (burgerservicenummer): the 11-proef and masking. Pure functions.

The 11-proef: with digits d1..d9, 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be a multiple of 11
(and not 0). No weight is a multiple of 11, so every single wrong digit is caught; adjacent
weights differ by 1 (the last pair by 3), so every swap of two different adjacent digits is
caught too.
"""

from __future__ import annotations

import re

GEWICHTEN = (9, 8, 7, 6, 5, 4, 3, 2, -1)
ZICHTBARE_CIJFERS = 3


def normaliseer(tekst: str) -> str:
    """Drop spaces, dots and dashes; an 8-digit number gets its leading zero back."""
    cijfers = re.sub(r"[\s.\-]", "", tekst or "")
    if len(cijfers) == 8 and cijfers.isdigit():
        cijfers = "0" + cijfers
    return cijfers


def elfproef(bsn: str) -> bool:
    if len(bsn) != 9 or not bsn.isascii() or not bsn.isdigit():
        return False
    som = sum(int(c) * w for c, w in zip(bsn, GEWICHTEN))
    return som != 0 and som % 11 == 0


def maskeer_bsn(bsn: str | None) -> str:
    """'123456782' -> '******782'; nothing -> ''."""
    if not bsn:
        return ""
    return "*" * (len(bsn) - ZICHTBARE_CIJFERS) + bsn[-ZICHTBARE_CIJFERS:]
