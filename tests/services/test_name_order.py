"""The register's name order against ICU's Vietnamese collation (PyICU), on 2,400 realistic names
(tests/data/vietnamese-names.txt), in both orders of the setting "name_order".

ICU is applied the way Excel's two-key sort "Tên, then Họ và đệm" works: the given name is one
column, the rest of the name as written (family name, then middle name) the other, each compared
with the vi collator. So every "Anh" comes before every "Ánh" (ICU on one string "Anh Bùi" /
"Ánh Lê" / "Anh Nguyễn" would interleave them by family name, which no class list does). Within
one given name, that is the same as ICU on "given + ' ' + rest", checked too. ICU compares the
position of a tone mark (Thuý < Thúy), which the register does not: "Hoà" and "Hòa" stay one
name, so the tone mark is moved to one place before ICU sees it.
"""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import replace
from itertools import groupby, pairwise
from pathlib import Path

import pytest

from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.domain.text import NameOrder, name_sort_key
from kimbai_desktop.domain.training import StaffCategory
from kimbai_desktop.services import register as reg
from kimbai_desktop.services import training
from kimbai_desktop.services.preferences import load_preferences, save_preferences
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school

if sys.platform == "linux":  # the test extra installs PyICU there: never skip it silently
    import icu
else:
    icu = pytest.importorskip("icu", reason="PyICU is in the test extra on Linux only")

NAMES_LIST = (Path(__file__).resolve().parents[1] / "data" / "vietnamese-names.txt").read_text(
    encoding="utf-8").splitlines()
COLLATOR = icu.Collator.createInstance(icu.Locale("vi_VN"))
TONES = "\u0300\u0309\u0303\u0301\u0323"


def one_placement(text: str) -> str:
    """The tone mark of "oa", "oe", "uy" at the end of a word on the first vowel (Hoà → Hòa,
    Thuý → Thúy), so that ICU sees one spelling of each name, as the register does."""
    words = []
    for word in text.split():
        marks = [c for c in unicodedata.normalize("NFD", word) if c in TONES]
        bare = unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in TONES))
        if len(marks) == 1 and bare[-2:].lower() in ("oa", "oe", "uy"):
            word = unicodedata.normalize("NFC", bare[:-1] + marks[0] + bare[-1])
        words.append(word)
    return " ".join(words)


def parts(name: str, order: NameOrder) -> tuple[str, ...]:
    words = name.split()
    given, family, middle = words[-1], " ".join(words[:1]), " ".join(words[1:-1])
    if len(words) == 1:
        family = ""
    if order == NameOrder.GIVEN_MIDDLE_FAMILY:
        return given, middle, family
    return given, " ".join(words[:-1])


def icu_key(name: str, order: NameOrder) -> tuple[bytes, ...]:
    return tuple(COLLATOR.getSortKey(one_placement(p)) for p in parts(name, order))


def assert_agrees_with_icu(ordered: list[str], order: NameOrder) -> None:
    assert sorted(ordered) == sorted(NAMES_LIST)
    pairs = list(pairwise((n, icu_key(n, order)) for n in ordered))
    wrong = [(a, b) for (a, ka), (b, kb) in pairs if ka > kb]
    assert not wrong, f"{len(wrong)} pairs out of ICU order, e.g. {wrong[:5]}"
    # ties only for a tone mark on the other vowel (the register keeps such names together)
    ties = [(a, b) for (a, ka), (b, kb) in pairs
            if ka == kb and one_placement(a) != one_placement(b)]
    assert not ties
    if order != NameOrder.GIVEN_FAMILY_MIDDLE:
        return  # (with middle and family as two columns, an empty middle name comes first)
    # within one given name: ICU on the whole "given + ' ' + rest" string gives the same order
    for _given, group in groupby(ordered, key=lambda n: one_placement(n.split()[-1])):
        names = list(group)
        whole = [COLLATOR.getSortKey(one_placement(" ".join(parts(n, order)))) for n in names]
        assert whole == sorted(whole), names


def test_the_name_list_is_realistic_and_covers_the_hard_cases() -> None:
    assert len(NAMES_LIST) >= 2_000 and len(set(NAMES_LIST)) == len(NAMES_LIST)
    text = " ".join(NAMES_LIST)
    for needed in ("Đ", "D", "ư", "ơ", "ô", "ă", "â", "ê", "Hoà", "Hòa", "Thuý", "Thúy",
                   "à", "ả", "ã", "á", "ạ"):
        assert needed in text, needed
    given = [n.split()[-1] for n in NAMES_LIST]
    assert max(given.count(g) for g in set(given)) > 50  # many share a given name
    assert any(given.count(g) == 1 for g in set(given))  # and some do not


def test_the_tone_placement_is_normalised_for_icu() -> None:
    assert one_placement("Lê Thị Hoà") == "Lê Thị Hòa"
    assert one_placement("Thuý") == one_placement("Thúy") == "Thúy"
    assert one_placement("Toàn") == "Toàn"


@pytest.mark.parametrize("order", list(NameOrder))
def test_domain_order_agrees_with_icu(order: NameOrder) -> None:
    ordered = sorted(NAMES_LIST, key=lambda n: name_sort_key(n, order))
    assert_agrees_with_icu(ordered, order)


def test_the_register_agrees_with_icu_in_both_orders(data_dir) -> None:
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        reg.bulk_upsert_pupils(session, [reg.PupilInput(full_name=n, sex=Sex.UNKNOWN,
                                                        class_name="3A") for n in NAMES_LIST])
        staff = ["Vũ Đức Bảo", "Đặng Văn Bảo", "Lê Thị Anh", "Nguyễn An Anh"]
        for name in staff:
            training.save_staff(session, training.StaffInput(name, StaffCategory.TEACHER))

        def register() -> list[str]:
            return [r.full_name for r in reg.list_pupils(session, limit=10_000)]

        # the default: given name, then family and middle name as written (the schools' lists)
        assert load_preferences(session).name_order == NameOrder.GIVEN_FAMILY_MIDDLE
        assert_agrees_with_icu(register(), NameOrder.GIVEN_FAMILY_MIDDLE)
        assert [m.full_name for m in training.list_staff(session)] == [
            "Lê Thị Anh", "Nguyễn An Anh", "Đặng Văn Bảo", "Vũ Đức Bảo"]
        # page by page gives the same order as one long page
        pages = [r.full_name for off in range(0, 2_400, 200)
                 for r in reg.list_pupils(session, offset=off, limit=200)]
        assert pages == register()

        # the other convention, set in Cài đặt: the stored keys are rewritten at once
        save_preferences(session, replace(load_preferences(session),
                                          name_order=NameOrder.GIVEN_MIDDLE_FAMILY.value))
        assert_agrees_with_icu(register(), NameOrder.GIVEN_MIDDLE_FAMILY)
        assert [m.full_name for m in training.list_staff(session)] == [
            "Nguyễn An Anh", "Lê Thị Anh", "Vũ Đức Bảo", "Đặng Văn Bảo"]
        # a pupil written afterwards gets the key of the order in force
        reg.save_pupil(session, reg.PupilInput(full_name="Lê Zoan Anh", sex=Sex.FEMALE))
        reg.save_pupil(session, reg.PupilInput(full_name="Nguyễn Ba Anh", sex=Sex.FEMALE))
        names = register()
        assert names.index("Nguyễn Ba Anh") < names.index("Lê Zoan Anh")

        save_preferences(session, replace(load_preferences(session),
                                          name_order=NameOrder.GIVEN_FAMILY_MIDDLE.value))
        names = register()
        assert names.index("Lê Zoan Anh") < names.index("Nguyễn Ba Anh")
    finally:
        session.close()


def test_an_unknown_order_is_refused_and_an_unreadable_one_falls_back(data_dir) -> None:
    from kimbai_desktop.domain.errors import ValidationError
    from kimbai_desktop.services.preferences import load_name_order
    from kimbai_desktop.storage.models import Setting

    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        with pytest.raises(ValidationError) as info:
            save_preferences(session, replace(load_preferences(session), name_order="family"))
        assert "name_order" in info.value.field_errors
        with session.write() as s:
            s.add(Setting(key="pref.name_order", value='"sideways"'))
        assert load_name_order(session) == NameOrder.GIVEN_FAMILY_MIDDLE
        assert load_preferences(session).name_order == NameOrder.GIVEN_FAMILY_MIDDLE
    finally:
        session.close()
