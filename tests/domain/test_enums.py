"""Tests for the legal enums: identifiers, exact labels, letters and sub-types."""

from __future__ import annotations

import unicodedata

import pytest

from kimbai_desktop.domain import enums
from kimbai_desktop.domain.enums import (
    SUBTYPES,
    AbuseForm,
    LabelledEnum,
    OrphanSubtype,
    ProcedureStep,
    SexualAbuseSubtype,
    SpecialCircumstance,
    subtypes_of,
)

ALL_ENUMS: list[type[LabelledEnum]] = [
    obj
    for obj in vars(enums).values()
    if isinstance(obj, type) and issubclass(obj, LabelledEnum) and obj is not LabelledEnum
]


def test_all_enums_found() -> None:
    assert len(ALL_ENUMS) == 14


def test_fourteen_groups_with_legal_letters() -> None:
    letters = [g.letter for g in SpecialCircumstance]
    assert letters == ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o"]
    assert SpecialCircumstance.HIV_AIDS.legal_label == "đ) Trẻ em nhiễm HIV/AIDS"
    assert SpecialCircumstance.ORPHAN.vi == "Trẻ em mồ côi cả cha và mẹ"
    assert SpecialCircumstance.DROPOUT_WORKING.vi == (
        "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở"
    )
    assert SpecialCircumstance.MIGRANT_REFUGEE.vi == (
        "Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người "
        "chăm sóc"
    )


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda e: e.__name__)
def test_ids_unique_and_round_trip(enum: type[LabelledEnum]) -> None:
    ids = [m.value for m in enum]
    assert len(ids) == len(set(ids))
    for member in enum:
        assert enum.from_id(member.ident) is member
        assert member.ident.isascii() and member.ident == member.ident.lower()
    with pytest.raises(ValueError):
        enum.from_id("no_such_id")


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda e: e.__name__)
def test_labels_are_nfc_and_capitalised(enum: type[LabelledEnum]) -> None:
    for member in enum:
        for text in (member.vi, member.en):
            assert text and text == text.strip()
            assert unicodedata.is_normalized("NFC", text)
            assert text[0].isupper()
        assert member.label() == member.vi
        assert member.label("vi_VN") == member.vi
        assert member.label("en") == member.en
    assert enum.choices("en") == [(m.ident, m.en) for m in enum]


def test_abuse_forms() -> None:
    assert [f.vi for f in AbuseForm] == [
        "Bạo lực",
        "Bóc lột",
        "Xâm hại tình dục",
        "Mua bán",
        "Bỏ rơi",
        "Bỏ mặc",
        "Các hình thức gây tổn hại khác",
        "Bạo lực học đường",
        "Xâm hại trên môi trường mạng",
    ]


def test_subtypes() -> None:
    assert subtypes_of(SpecialCircumstance.ORPHAN) is OrphanSubtype
    assert subtypes_of(SpecialCircumstance.DISABLED) is None
    for group, subtype_enum in SUBTYPES.items():
        for member in subtype_enum:
            assert member.group is group  # type: ignore[attr-defined]
    assert len(OrphanSubtype) == 4
    assert [s.vi for s in SexualAbuseSubtype][-1] == "Bị sử dụng vào mục đích mại dâm, khiêu dâm"


def test_procedure_order_and_forms() -> None:
    steps = list(ProcedureStep)
    assert steps[0] is ProcedureStep.RECEIVED and steps[-1] is ProcedureStep.CLOSED
    assert [s.index for s in steps] == list(range(len(steps)))
    assert ProcedureStep.RECEIVED.form == "Mẫu số 01"
    assert ProcedureStep.EMERGENCY_INTERVENTION.form == "Mẫu số 07"
    assert ProcedureStep.REPORTED.form is None
    assert ProcedureStep.PLANNING.vi == "Lập kế hoạch hỗ trợ, can thiệp"
