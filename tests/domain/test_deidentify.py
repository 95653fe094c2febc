"""De-identification of free text (domain/deidentify.py): the corpus of tests/data with its planted
identifiers, ordinary words that must stay, labels, age bands, strike-outs and odd input."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimbai_desktop.domain.deidentify import (
    MARK_CLOSE,
    MARK_OPEN,
    STRUCK,
    Deidentifier,
    NameBook,
    age_band,
    names_in,
)

CORPUS = json.loads((Path(__file__).parents[1] / "data" / "deid_corpus.json").read_text("utf-8"))


def corpus_book(children: list[str]) -> NameBook:
    b = CORPUS["book"]
    return NameBook(children=tuple(children), pupils=tuple(b["pupils"]),
                    adults=tuple(b["adults"]), classes=tuple(b["classes"]),
                    places=tuple(b["places"]), codes=tuple(b["codes"]),
                    birth_dates=tuple(date.fromisoformat(x) for x in b["birth_dates"]))


def survivors(out: str, planted: list[str]) -> list[str]:
    """The planted identifiers still in ``out``, as whole words, spelt as planted."""
    return [p for p in planted if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", out)]


def test_the_corpus_is_big_and_varied_enough():
    narratives = CORPUS["narratives"]
    assert len(narratives) >= 30
    planted = [p for n in narratives for p in n["planted"]]
    assert sum(p.isascii() for p in planted) >= 10  # typed without diacritics
    assert any(p.isupper() for p in planted)
    assert any("@" in p for p in planted) and any("." in p and p[0] == "0" for p in planted)


@pytest.mark.parametrize("n", range(len(CORPUS["narratives"])))
def test_no_planted_identifier_survives(n):
    narrative = CORPUS["narratives"][n]
    out = Deidentifier(corpus_book(narrative["children"]))(narrative["text"]).text
    assert survivors(out, narrative["planted"]) == [], out
    assert [k for k in narrative["keep"] if k not in out] == [], out
    assert "Trẻ A" in out  # the case's child is named by its label


def test_ordinary_words_that_are_also_given_names_stay():
    book = NameBook(children=("Trần Minh Anh",),
                    pupils=("Lê Thanh Bình", "Trần Bảo An", "Vũ Thanh Tâm", "Nguyễn Thành Công"))
    text = ("Anh trai của em rất thương em. An toàn là trên hết; mọi việc bình thường. Tâm lý "
            "em ổn định, buổi hòa giải thành công. Nhân viên bảo an trực cổng.")
    assert Deidentifier(book)(text).text == text


def test_labels_are_stable_within_a_document_and_names_of_other_pupils_get_the_next():
    d = Deidentifier(NameBook(children=("Đào Thị Ánh",),
                              pupils=("Đào Thị Ánh", "Lý Ngọc Hạnh", "Phạm Gia Bảo")))
    first = d("Bạn Lý Ngọc Hạnh và Phạm Gia Bảo trêu em Ánh.").text
    second = d("Sau đó bạn Bảo xin lỗi, Hạnh thì không.").text
    assert first == "Trẻ B và Trẻ C trêu Trẻ A."
    assert second == "Sau đó Trẻ C xin lỗi, Trẻ B thì không."
    assert d.replaced == 5


def test_adults_keep_their_word_of_address_and_unknown_names_after_one_go_too():
    d = Deidentifier(NameBook(adults=("Trần Thị Hạnh",)))
    assert d("Cô Hạnh gọi chú Tư và cô Hiệu trưởng.").text == (
        "Cô [tên] gọi chú [tên] và cô Hiệu trưởng.")


def test_dates_of_the_case_stay_and_birth_dates_go():
    d = Deidentifier(NameBook(birth_dates=(date(2016, 6, 5),)))
    text = ("Ngày 12/3/2025 học sinh lớp trên đánh em; em sinh năm 2016, ngày sinh: 5/6/2016. "
            "Vệ sinh ngày 14/3/2025. Giấy tờ ghi 05/06/2016.")
    assert d(text).text == (
        "Ngày 12/3/2025 học sinh lớp trên đánh em; em sinh [ngày sinh], ngày sinh: [ngày sinh]. "
        "Vệ sinh ngày 14/3/2025. Giấy tờ ghi [ngày sinh].")


def test_age_bands_do_not_single_out():
    assert [age_band(a) for a in (5, 6, 7, 8, 9, 10, 11, 12, 16, 30, None)] == [
        "dưới 6 tuổi", "6–7 tuổi", "6–7 tuổi", "8–9 tuổi", "8–9 tuổi", "10–11 tuổi",
        "10–11 tuổi", "12–14 tuổi", "15–17 tuổi", "từ 18 tuổi trở lên", "không rõ tuổi"]
    assert Deidentifier()("Em 9 tuổi, mẹ 35 tuổi.").text == "Em 8–9 tuổi, mẹ 35 tuổi."


def test_replacements_are_marked_and_counted():
    cleaned = Deidentifier()("Gọi 0912 345 678 hoặc mail a.b@c.vn.")
    assert cleaned.text == "Gọi [số điện thoại] hoặc mail [email]."
    assert cleaned.marked == (f"Gọi {MARK_OPEN}[số điện thoại]{MARK_CLOSE} hoặc mail "
                              f"{MARK_OPEN}[email]{MARK_CLOSE}.")
    assert cleaned.replaced == 2


def test_the_user_strikes_out_more_and_it_swallows_replacements_it_touches():
    d = Deidentifier(NameBook(adults=("Trần Thị Hạnh",)), strike=["quán bún", "cô [tên] ở"])
    cleaned = d("Em bị đánh sau quán bún, cô Hạnh ở gần đó; Quán Bún đóng cửa.")
    assert cleaned.text == "Em bị đánh sau [đã xóa], [đã xóa] gần đó; [đã xóa] đóng cửa."
    assert (cleaned.replaced, cleaned.struck) == (0, 3)
    assert cleaned.marked.count(MARK_OPEN) == 3
    assert d.passages == [cleaned.marked]


def test_names_in_a_phrase():
    assert names_in("bà ngoại Trần Thị Mơ, hàng xóm") == ["Trần Thị Mơ"]
    assert names_in("Ông Nguyễn Văn Bình (chú ruột)") == ["Nguyễn Văn Bình"]
    assert names_in("người lạ") == []


def test_a_long_narrative_with_a_large_name_book():
    names = (Path(__file__).parents[1] / "data" / "vietnamese-names.txt").read_text(
        "utf-8").split("\n")[:2000]
    d = Deidentifier(NameBook(children=(names[0],), pupils=tuple(names)))
    text = " ".join(n["text"] for n in CORPUS["narratives"]) + f" Em {names[0]} khóc. "
    text = (text * (20_000 // len(text) + 1))[:20_000]
    cleaned = d(text)
    assert cleaned.replaced > 300
    assert names[0] not in cleaned.text and "0912.345.678" not in cleaned.text


@pytest.mark.parametrize("odd", [None, 12345, "", "   ", "\ue000\ue001", "\ue000[tên]",
                                 "a" * 30_000, "0" * 500, "em " * 3000, "Đ." * 2000,
                                 "lớp " * 1000 + "2A", "\x00\u202e\ud800", "sinh " * 500])
def test_odd_input_never_raises(odd):
    d = Deidentifier(NameBook(children=("An",), pupils=("Nguyễn An",)), strike=["a"])
    out = d(odd)
    assert MARK_OPEN not in out.text and MARK_CLOSE not in out.text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("emAnhánĐ.T0912 345-/@lớp2Axóm3sinh,\n")),
               max_size=300))
def test_any_text_gives_balanced_marks(text):
    out = Deidentifier(NameBook(children=("Đào Thị Ánh",), pupils=("Lý Ngọc Hạnh",),
                                adults=("Trần Thị Hạnh",)), strike=["xóm"])(text)
    assert out.text != STRUCK or not text.strip()
    for start, end in out.marks:
        assert 0 <= start < end <= len(out.text)
    marked = out.marked
    assert marked.count(MARK_OPEN) == marked.count(MARK_CLOSE) == len(out.marks)


def test_a_given_name_alone_is_taken_once_the_document_used_it_as_a_name():
    d = Deidentifier(NameBook(pupils=("Vũ Thanh Tâm", "Lương Văn Tùng")))
    assert d("Chuyển tuyến Tâm lý; Tùng khóc.").text == "Chuyển tuyến Tâm lý; Tùng khóc."
    assert d("Bạn Lương Văn Tùng đánh em. Tùng xin lỗi.").text == "Trẻ A đánh em. Trẻ A xin lỗi."
