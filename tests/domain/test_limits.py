"""The limits table, its Vietnamese messages, and the cleaning of control characters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.text import normalize_multiline, normalize_text, strip_controls
from kimbai_desktop.i18n import translate

_NEVER = ({chr(c) for c in range(0x20)} - {"\t", "\n"}) | {chr(c) for c in range(0x7F, 0xA0)} \
    | set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_every_field_over_its_limit_is_named_with_its_own_numbers():
    with pytest.raises(ValidationError) as info:
        limits.check_lengths({"name": ("a" * 121, limits.NAME), "ok": ("a" * 120, limits.NAME),
                              "text": ("b" * 25_310, limits.NARRATIVE)},
                             errors={"when": "Enter the date."})
    err = info.value
    assert set(err.field_errors) == {"name", "text", "when"}
    assert err.field_text("name", translate) == "Quá dài: tối đa 120 ký tự (hiện có 121). Hãy rút gọn."
    assert err.field_text("text", translate) == (
        "Nội dung dài quá 20.000 ký tự (hiện có 25.310). Hãy rút gọn hoặc chia thành nhiều "
        "ghi chép.")


def test_an_unchanged_stored_value_passes_whatever_its_length():
    old = "c" * 5_000
    limits.check_lengths({"notes": (old, limits.NOTE)}, previous={"notes": old})
    with pytest.raises(ValidationError):
        limits.check_lengths({"notes": (old + "d", limits.NOTE)}, previous={"notes": old})


def test_limits_grow_from_names_to_narratives():
    assert limits.NAME.max_chars == 120
    assert limits.SHORT.max_chars == 300
    assert limits.NOTE.max_chars == 4_000
    assert limits.NARRATIVE.max_chars >= 20_000
    assert limits.NARRATIVE.near(18_000) and not limits.NARRATIVE.near(17_999)


@given(st.text())
def test_no_control_or_bidi_character_survives_normalisation(s):
    assert not set(normalize_text(s)) & (_NEVER | {"\t", "\n"})
    assert not set(normalize_multiline(s)) & _NEVER
    assert strip_controls(strip_controls(s)) == strip_controls(s)


def test_the_reported_names():
    assert normalize_text("bao-cao\u202efdp.exe") == "bao-caofdp.exe"
    assert normalize_text("An\x00\x1b[0m\u2066 Bình\u2069") == "An[0m Bình"
    assert normalize_multiline("Dòng 1\r\n\tDòng\x002\u200f") == "Dòng 1\n\tDòng2"
