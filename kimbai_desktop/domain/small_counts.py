"""Small counts in published statistics: "dưới 5" and the cells hidden beside them.

Statistics put on a notice board or shown at a meeting must not single out a child. The rule:

1. **Primary suppression.** A count from 1 to 4 is shown as "dưới 5". Zero is shown as 0 and
   counts of 5 or more as themselves.
2. **Secondary suppression.** A line of counts whose total is published (a table's "Tổng cộng",
   or the same figure written in a sentence) would let a reader subtract the visible cells from
   the total and find a small one. So each line is checked: with the total known, the hidden
   cells add up to a known sum; a small cell is safe only if every value from 1 to 4 stays
   possible for it (interval arithmetic on the hidden cells: a "dưới 5" cell lies in 1..4, a
   hidden large cell in 5..total, a reader knows both). If a small cell could be narrowed, the
   smallest visible count of 5 or more is hidden as well (shown "x"), then the next, until every
   small cell is safe.
3. **Withheld lines.** When no choice of hidden cells protects a line (every non-zero count in
   it is small, e.g. 4 and 4 out of 8), or when the total itself is below 5 (any breakdown of
   fewer than 5 children tells too much about them), the line's detail is not published: every
   cell is shown "x" and only its total (itself "dưới 5" if small) remains.

Lines without a published total (one case may have several forms of abuse) need only rule 1.
This is the usual practice of statistics offices (threshold 5, secondary suppression of the next
smallest cell); it is written here because the libraries that do it (sdcMicro, tau-Argus) are R
and Java tools far larger than this one rule. Pure Python: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

THRESHOLD = 5
SMALL = "dưới 5"
HIDDEN = "x"


def is_small(n: int) -> bool:
    """1 to 4: a count that could single out a child."""
    return 0 < n < THRESHOLD


def shown(n: int) -> str:
    """A count on its own (no total beside it): "dưới 5" when small."""
    return SMALL if is_small(n) else str(n)


@dataclass(frozen=True)
class ShownLine:
    """One line as published: the text of each cell and of its total."""

    cells: tuple[str, ...]
    total: str
    withheld: bool = False  # the detail is not published (every cell "x")


def _bounds(values: Sequence[int], hidden: set[int], total: int) -> dict[int, tuple[int, int]]:
    """What a reader knows of each hidden cell before using the total."""
    return {i: (1, THRESHOLD - 1) if is_small(values[i]) else (THRESHOLD, total)
            for i in hidden}


def narrowed(values: Sequence[int], hidden: set[int]) -> list[int]:
    """The small cells among ``hidden`` that a reader who knows the exact total and the visible
    cells could pin down to fewer than the four values 1..4."""
    total = sum(values)
    known = _bounds(values, hidden, total)
    rest = total - sum(v for i, v in enumerate(values) if i not in hidden)
    out = []
    for i in sorted(hidden):
        if not is_small(values[i]):
            continue
        others = [b for j, b in known.items() if j != i]
        low = max(1, rest - sum(hi for _, hi in others))
        high = min(THRESHOLD - 1, rest - sum(lo for lo, _ in others))
        if (low, high) != (1, THRESHOLD - 1):
            out.append(i)
    return out


def protect_line(values: Sequence[int], *, with_total: bool = True) -> ShownLine:
    """``values`` as published under the rule above; ``with_total``: the line's sum is shown
    (in the table or elsewhere in the document)."""
    values = [int(v) for v in values]
    if any(v < 0 for v in values):
        raise ValueError("counts are never negative")
    total = sum(values)
    if not with_total:
        return ShownLine(tuple(shown(v) for v in values), "")
    if is_small(total):
        return ShownLine(tuple(HIDDEN for _ in values), SMALL, withheld=True)
    hidden = {i for i, v in enumerate(values) if is_small(v)}
    spare = sorted((i for i, v in enumerate(values) if v >= THRESHOLD), key=lambda i: values[i])
    while hidden and narrowed(values, hidden):
        if not spare:
            return ShownLine(tuple(HIDDEN for _ in values), str(total), withheld=True)
        hidden.add(spare.pop(0))
    cells = tuple((SMALL if is_small(v) else HIDDEN) if i in hidden else str(v)
                  for i, v in enumerate(values))
    return ShownLine(cells, str(total))
