from datetime import date

import pytest

from werkcoach_tui.rules.ouderen import is_57_plus, weging_vereist, wordt_57_op

D = date


@pytest.mark.parametrize(
    "geboren,today,verwacht",
    [
        (D(1969, 3, 10), D(2026, 3, 9), False),
        (D(1969, 3, 10), D(2026, 3, 10), True),  # the birthday itself
        (D(1969, 3, 10), D(2026, 3, 11), True),
        (D(1968, 2, 29), D(2025, 2, 27), False),
        (D(1968, 2, 29), D(2025, 2, 28), True),  # 29-02 → 28-02 in a non-leap year
        (D(1967, 2, 28), D(2024, 2, 28), True),
        (D(1967, 3, 1), D(2024, 2, 29), False),
        (None, D(2026, 1, 1), False),
    ],
)
def test_is_57_plus(geboren, today, verwacht):
    assert is_57_plus(geboren, today) is verwacht


def test_wordt_57_op():
    assert wordt_57_op(D(1969, 3, 10)) == D(2026, 3, 10)
    assert wordt_57_op(D(1968, 2, 29)) == D(2025, 2, 28)
    assert wordt_57_op(D(1972, 2, 29)) == D(2029, 2, 28)


@pytest.mark.parametrize(
    "today,gewogen,verwacht",
    [
        (D(2026, 3, 9), False, False),
        (D(2026, 3, 10), False, True),
        (D(2026, 3, 10), True, False),
    ],
)
def test_weging_vereist(today, gewogen, verwacht):
    assert weging_vereist(D(1969, 3, 10), today, gewogen) is verwacht
