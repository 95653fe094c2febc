"""Small counts for publication: "dưới 5", and the cells hidden so that a total never gives a
small one away. Checked against a reader who knows the rule and tries every possible table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimbai_desktop.domain.small_counts import HIDDEN, SMALL, protect_line, shown


def _possible(cells: tuple[str, ...], total: str, withheld: bool) -> Iterator[tuple[int, ...]]:
    """Every line of counts a reader could rebuild from what is published."""
    totals = range(1, 5) if total == SMALL else [int(total)]
    for t in totals:
        ranges = []
        for c in cells:
            if c == SMALL:
                ranges.append(range(1, 5))
            elif c == HIDDEN:
                ranges.append(range(0, t + 1) if withheld else range(5, t + 1))
            else:
                ranges.append(range(int(c), int(c) + 1))
        yield from _fill(ranges, t)


def _fill(ranges: list[range], rest: int) -> Iterator[tuple[int, ...]]:
    if not ranges:
        if rest == 0:
            yield ()
        return
    for v in ranges[0]:
        if v > rest:
            break
        for tail in _fill(ranges[1:], rest - v):
            yield (v, *tail)


def assert_safe(values: list[int]) -> None:
    line = protect_line(values)
    possible = list(_possible(line.cells, line.total, line.withheld))
    assert tuple(values) in possible  # what is published is true
    for i, v in enumerate(values):
        if 0 < v < 5:
            assert line.cells[i] in (SMALL, HIDDEN)
            # every value from 1 to 4 stays possible for a small cell
            assert {p[i] for p in possible} >= {1, 2, 3, 4} or line.total == SMALL, (values, line)


@pytest.mark.parametrize(("values", "cells", "total"), [
    ([12, 7, 0], ("12", "7", "0"), "19"),  # nothing small: exact
    ([10, 3, 0], (HIDDEN, SMALL, "0"), "13"),  # 13 - 10 would give the 3: the 10 is hidden
    ([12, 8, 2, 0], ("12", HIDDEN, SMALL, "0"), "22"),  # the next smallest cell, not the largest
    ([2, 3, 10], (SMALL, SMALL, "10"), "15"),  # two small cells hide each other
    ([1, 1, 9, 20], (SMALL, SMALL, HIDDEN, "20"), "31"),  # 1 + 1 = 2 would tell: one more
    ([0, 0], ("0", "0"), "0"),
])
def test_examples(values, cells, total):
    line = protect_line(values)
    assert (line.cells, line.total, line.withheld) == (cells, total, False)
    assert_safe(values)


@pytest.mark.parametrize("values", [[4, 4], [1, 5], [3, 0], [2, 1, 0]])
def test_lines_that_cannot_be_protected_are_withheld(values):
    """4 + 4 = 8 tells both; 1 and a hidden cell of at least 5 out of 6 tell both; a total
    under 5 is itself small: the detail is not published, only the total."""
    line = protect_line(values)
    assert line.withheld and set(line.cells) == {HIDDEN}
    assert line.total == (SMALL if sum(values) < 5 else str(sum(values)))
    assert_safe(values)


def test_without_a_total_only_small_counts_change():
    line = protect_line([3, 0, 12], with_total=False)
    assert line.cells == (SMALL, "0", "12") and line.total == ""
    assert [shown(n) for n in (0, 1, 4, 5)] == ["0", SMALL, SMALL, "5"]
    with pytest.raises(ValueError):
        protect_line([-1, 6])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=12), min_size=1, max_size=5))
def test_no_published_line_gives_a_small_count_away(values):
    assert_safe(values)
