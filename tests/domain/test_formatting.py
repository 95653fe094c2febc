"""Tests for Vietnamese date and number formatting, date parsing and school years."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimbai_desktop.domain.formatting import (
    document_date_line,
    format_date,
    format_datetime,
    format_number,
    parse_date,
    school_year_of,
)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2024, 6, 5), "Kim Bài, ngày 05 tháng 6 năm 2024"),
        (date(2025, 2, 1), "Kim Bài, ngày 01 tháng 02 năm 2025"),
        (date(2025, 1, 31), "Kim Bài, ngày 31 tháng 01 năm 2025"),
        (date(2024, 7, 5), "Kim Bài, ngày 05 tháng 7 năm 2024"),
        (date(2024, 12, 10), "Kim Bài, ngày 10 tháng 12 năm 2024"),
    ],
)
def test_document_date_line(d: date, expected: str) -> None:
    assert document_date_line("Kim Bài", d) == expected


def test_document_date_line_normalises_place() -> None:
    assert document_date_line(" Kim\u00a0Ba\u0300i ", date(2024, 6, 5)).startswith("Kim Bài, ")


def test_grid_formats() -> None:
    assert format_date(date(2024, 6, 5)) == "05/06/2024"
    assert format_date(datetime(2024, 6, 5, 23, 59)) == "05/06/2024"
    assert format_datetime(datetime(2024, 6, 5, 14, 5)) == "14:05 05/06/2024"
    aware = datetime(2024, 6, 5, 14, 5, tzinfo=timezone(timedelta(hours=7)))
    assert format_datetime(aware) == "14:05 05/06/2024"


def test_numbers() -> None:
    assert format_number(1234) == "1.234"
    assert format_number(1234567) == "1.234.567"
    assert format_number(12) == "12"
    assert format_number(1234.5) == "1.234,5"
    assert format_number(Decimal("-2500")) == "-2.500"


@pytest.mark.parametrize(
    "text", ["5/6/2024", "05/06/2024", "05-06-2024", "05.06.2024", " 05 / 06 / 2024 ", "2024-06-05"]
)
def test_parse_date_variants(text: str) -> None:
    assert parse_date(text) == date(2024, 6, 5)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "05/06-2024",
        "05/06/24",
        "2024/06/05",
        "31/02/2024",
        "00/01/2024",
        "5/13/2024",
        "05/06/2024 extra",
        "٠٥/٠٦/٢٠٢٤",
    ],
)
def test_parse_date_errors_hide_input(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_date(text)
    if text.strip():
        assert text.strip() not in str(info.value)
    assert info.value.__cause__ is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_format_then_parse_round_trip(d: date) -> None:
    assert parse_date(format_date(d)) == d


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2024, 9, 5), "2024-2025"),
        (date(2024, 8, 1), "2024-2025"),
        (date(2025, 5, 31), "2024-2025"),
        (date(2025, 7, 31), "2024-2025"),
        (date(2025, 1, 1), "2024-2025"),
    ],
)
def test_school_year_of(d: date, expected: str) -> None:
    assert school_year_of(d) == expected
