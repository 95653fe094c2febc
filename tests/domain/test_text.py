"""Tests for Vietnamese text helpers: normalisation, search folding and class-list sorting."""

from __future__ import annotations

import unicodedata
from typing import Any, Literal

from hypothesis import given
from hypothesis import strategies as st

from kimbai_desktop.domain.text import (
    NameOrder,
    fold,
    name_sort_key,
    nfc,
    normalize_multiline,
    normalize_text,
    split_name,
    vn_sorted,
)

# --- an independent reference collation built from precomposed letters -------------------------

# Each row: a vowel in tone order ngang, huyền, hỏi, ngã, sắc, nặng (typed precomposed).
TONE_ROWS = [
    "aàảãáạ",
    "ăằẳẵắặ",
    "âầẩẫấậ",
    "eèẻẽéẹ",
    "êềểễếệ",
    "iìỉĩíị",
    "oòỏõóọ",
    "ôồổỗốộ",
    "ơờởỡớợ",
    "uùủũúụ",
    "ưừửữứự",
    "yỳỷỹýỵ",
]
ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
LETTER_INDEX = {letter: i for i, letter in enumerate(ALPHABET)}
REF_TABLE: dict[str, tuple[int, int]] = {}
for letter in ALPHABET:
    REF_TABLE[letter] = (LETTER_INDEX[letter], 0)
for row in TONE_ROWS:
    for tone, ch in enumerate(row):
        REF_TABLE[ch] = (LETTER_INDEX[row[0]], tone)

LOWER_LETTERS = "".join(REF_TABLE)
VN_LETTERS = LOWER_LETTERS + LOWER_LETTERS.upper()


def ref_part(part: str) -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...]]:
    words = part.split() if part else []
    letters = []
    tones = []
    for word in words:
        pairs = [REF_TABLE[c] for c in word.lower()]
        letters.append(tuple(p[0] for p in pairs))
        tones.append(tuple(p[1] for p in pairs if p[1]) or (0,))
    return tuple(letters), tuple(tones)


def ref_key(name: str, order: NameOrder = NameOrder.GIVEN_FAMILY_MIDDLE) -> tuple[object, ...]:
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    words = name.split()
    if len(words) <= 1:
        family, middle, given_ = "", "", (words[0] if words else "")
    else:
        family, middle, given_ = words[0], " ".join(words[1:-1]), words[-1]
    if order == NameOrder.GIVEN_MIDDLE_FAMILY:
        return (*ref_part(given_), *ref_part(middle), *ref_part(family), name)
    return (*ref_part(given_), *ref_part(" ".join(words[:-1])), name)


def cmp(a: Any, b: Any) -> int:
    return int(a > b) - int(a < b)


def scramble(items: list[str]) -> list[str]:
    """A fixed, thorough reordering (odd positions, then even ones reversed)."""
    return items[1::2] + items[::2][::-1]


vn_words = st.text(alphabet=VN_LETTERS, min_size=1, max_size=6)
vn_names = st.lists(vn_words, min_size=1, max_size=4).map(" ".join)
Form = Literal["NFC", "NFD"]
FORMS: list[Form] = ["NFC", "NFD"]
forms = st.sampled_from(FORMS)


def test_reference_table_is_nfc_and_complete() -> None:
    assert all(len(row) == 6 and unicodedata.is_normalized("NFC", row) for row in TONE_ROWS)
    assert len(REF_TABLE) == len(ALPHABET) + 12 * 5


# --- normalisation ------------------------------------------------------------------------------


def test_nfc_composes() -> None:
    assert nfc("Nguye\u0302\u0303n") == "Nguyễn"


def test_normalize_text_collapses_all_whitespace() -> None:
    raw = "\u00a0 Nguye\u0302\u0303n\tVăn\r\n  An \u3000\ufeff"
    assert normalize_text(raw) == "Nguyễn Văn An"
    assert normalize_text("Ng\u200buyễn") == "Nguyễn"
    assert normalize_text("   ") == ""


def test_normalize_multiline_keeps_paragraphs() -> None:
    raw = "\r\n \r\n  Dòng 1  \r\nDòng 2\t\rDo\u0300ng 3\r\n\r\nĐoạn 2 \u00a0\n\n  \n"
    assert normalize_multiline(raw) == "  Dòng 1\nDòng 2\nDòng 3\n\nĐoạn 2"
    assert normalize_multiline("\n\n") == ""


@given(st.text())
def test_normalize_text_is_idempotent(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert "  " not in once and once == once.strip()


@given(st.text())
def test_normalize_multiline_is_idempotent(s: str) -> None:
    once = normalize_multiline(s)
    assert normalize_multiline(once) == once


# --- folding for search -------------------------------------------------------------------------


def test_fold_examples() -> None:
    assert fold("Nguyễn Văn An") == "nguyen van an"
    assert fold("  NGUYỄN\u00a0 văn   AN ") == "nguyen van an"
    assert fold("Đức") == "duc"
    assert fold("đ") == fold("Đ") == "d"
    assert fold("Ậu Ưng Ơn Ăn Ê") == "au ung on an e"
    assert fold("\u00d0\u00f0") == "dd"  # eth from mis-decoded Windows-1258 "Đ"


def test_search_examples() -> None:
    assert fold("nguyen van an") in fold("Học sinh Nguyễn Văn An, lớp 3A")
    assert fold("d") in fold("Đ")
    assert fold("DUC") in fold(unicodedata.normalize("NFD", "Trần Văn Đức"))


@given(st.one_of(st.text(), vn_names))
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@given(st.one_of(st.text(), vn_names))
def test_fold_ignores_normalisation_form(s: str) -> None:
    assert fold(unicodedata.normalize("NFC", s)) == fold(unicodedata.normalize("NFD", s))


@given(st.one_of(st.text(), vn_names))
def test_fold_output_has_no_marks_and_no_d_stroke(s: str) -> None:
    out = fold(s)
    assert not any(unicodedata.combining(c) for c in out)
    assert not any(unicodedata.category(c).startswith("M") for c in out)
    assert "đ" not in out and "Đ" not in out


@given(vn_names)
def test_fold_of_vietnamese_is_plain_ascii_lowercase(name: str) -> None:
    out = fold(name)
    assert out.isascii() and out == out.lower()


# --- names ----------------------------------------------------------------------------------------


def test_split_name() -> None:
    assert split_name("Nguyễn Thị Thu Hà") == ("Nguyễn", "Thị Thu", "Hà")
    assert split_name(" Lê  An ") == ("Lê", "", "An")
    assert split_name("Hà") == ("", "", "Hà")
    assert split_name("Tra\u0302\u0300n Văn Ba") == ("Trần", "Văn", "Ba")


def test_d_stroke_after_d() -> None:
    assert vn_sorted(["Nguyễn Văn Đức", "Trần Thị Dũng"]) == ["Trần Thị Dũng", "Nguyễn Văn Đức"]


def test_letters_before_tones() -> None:
    assert vn_sorted(["Anh", "Ân", "An"]) == ["An", "Anh", "Ân"]
    assert vn_sorted(["Hai", "Hạ"]) == ["Hạ", "Hai"]
    # the middle part's letters are compared as a whole, then tones syllable by syllable
    assert vn_sorted(["Lê Thị Thu Hà", "Lê Thi Thủ Hà"]) == ["Lê Thi Thủ Hà", "Lê Thị Thu Hà"]


def test_alphabet_order() -> None:
    shuffled = scramble(ALPHABET)
    assert vn_sorted(shuffled) == ALPHABET
    upper = [c.upper() for c in shuffled]
    assert vn_sorted(upper) == [c.upper() for c in ALPHABET]


def test_tone_order() -> None:
    expected = ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]
    assert vn_sorted(reversed(expected)) == expected


def test_digits_before_letters_and_others_after() -> None:
    assert vn_sorted(["A-", "Aa", "A1"]) == ["A1", "Aa", "A-"]


def test_class_list_order() -> None:
    expected = [
        "Lê Thị An",
        "Nguyễn Thị An",
        "Trần Văn An",
        "Nguyễn Thị Anh",
        "Phạm Ngọc Ánh",
        "Hoàng Minh Ân",
        "Đặng Văn Bảo",
        "Vũ Đức Bảo",
        "Ngô Thị Dung",
        "Trần Thị Dũng",
        "Nguyễn Văn Đức",
        "Bùi Thị Hà",
        "Lê Thị Hạ",
        "Trịnh Văn Long",
        "Phan Hữu Lộc",
        "Mai Thị Lợi",
        "Đỗ Minh Tuấn",
        "Cao Văn Tường",
    ]
    shuffled = scramble(expected)
    assert vn_sorted(shuffled) == expected
    decomposed = [unicodedata.normalize("NFD", n) for n in shuffled]
    assert [nfc(n) for n in vn_sorted(decomposed)] == expected


def test_same_given_name_family_first_or_middle_first() -> None:
    names = ["Vũ Đức Bảo", "Đặng Văn Bảo", "Lê Thị Anh", "Nguyễn An Anh", "Lê An Anh",
             "Lê Anh", "Anh"]
    family_first = ["Anh", "Lê Anh", "Lê An Anh", "Lê Thị Anh", "Nguyễn An Anh", "Đặng Văn Bảo",
                    "Vũ Đức Bảo"]
    middle_first = ["Anh", "Lê Anh", "Lê An Anh", "Nguyễn An Anh", "Lê Thị Anh", "Vũ Đức Bảo",
                    "Đặng Văn Bảo"]
    assert vn_sorted(scramble(names)) == family_first
    assert vn_sorted(scramble(names), NameOrder.GIVEN_FAMILY_MIDDLE) == family_first
    assert vn_sorted(scramble(names), NameOrder.GIVEN_MIDDLE_FAMILY) == middle_first


def test_a_given_name_is_one_group_and_tone_placement_does_not_split_it() -> None:
    # every "Anh" before every "Ánh", whatever the family names (Excel's two-column sort)
    assert vn_sorted(["Lê Ánh", "Bùi Anh", "Nguyễn Anh", "An Ánh"]) == [
        "Bùi Anh", "Nguyễn Anh", "An Ánh", "Lê Ánh"]
    # "Hoà" and "Hòa" (old and new tone placement) are one given name, ordered by family name
    assert vn_sorted(["Trần Thị Hòa", "Lê Văn Hoà", "Bùi Thị Hòa", "Lê Thị Hóa"]) == [
        "Bùi Thị Hòa", "Lê Văn Hoà", "Trần Thị Hòa", "Lê Thị Hóa"]
    assert vn_sorted(["Trần Thuý", "Bùi Thúy", "Lê Thuỳ"]) == ["Lê Thuỳ", "Bùi Thúy", "Trần Thuý"]


def test_key_is_a_plain_string_with_low_separators() -> None:
    key = name_sort_key("Nguyễn Văn An")
    assert isinstance(key, str)
    assert key.endswith("Nguyễn Văn An")
    assert name_sort_key("") < name_sort_key("A")


@given(vn_names, forms)
def test_key_ignores_normalisation_form_and_spacing(name: str, form: Form) -> None:
    variant = "  " + unicodedata.normalize(form, name).replace(" ", " \u00a0") + "\t"
    assert name_sort_key(variant) == name_sort_key(unicodedata.normalize("NFC", name))


orders = st.sampled_from(list(NameOrder))


@given(vn_names, vn_names, orders)
def test_key_matches_reference_collation(a: str, b: str, order: NameOrder) -> None:
    assert cmp(name_sort_key(a, order), name_sort_key(b, order)) == cmp(
        ref_key(a, order), ref_key(b, order))


@given(vn_names, vn_names, orders)
def test_equal_keys_only_for_equal_names(a: str, b: str, order: NameOrder) -> None:
    same = normalize_text(a) == normalize_text(b)
    assert (name_sort_key(a, order) == name_sort_key(b, order)) == same


@given(st.lists(st.tuples(vn_names, forms), max_size=12))
def test_sorting_matches_reference(items: list[tuple[str, Form]]) -> None:
    names = [unicodedata.normalize(form, name) for name, form in items]
    assert [nfc(n) for n in vn_sorted(names)] == [nfc(n) for n in sorted(names, key=ref_key)]


@given(st.text(), st.text())
def test_key_is_total_on_any_text(a: str, b: str) -> None:
    ka, kb = name_sort_key(a), name_sort_key(b)
    assert (ka == kb) == (normalize_text(a) == normalize_text(b))
