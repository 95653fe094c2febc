"""The child-safe environment checklist and its yearly checks: the defaults until the school edits
its list, what a check keeps (a copy of each item's text), what is refused with a message, who
may do it, and the overview's reminder while this school year's check is not done."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.deadlines import DeadlineState
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import PermissionDenied, ValidationError
from kimbai_desktop.domain.safety import DEFAULT_ITEMS, CheckResult
from kimbai_desktop.services import accounts
from kimbai_desktop.services import safety as sf
from kimbai_desktop.services.overview import build_overview
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school

MET, NOT_MET, NA = CheckResult.MET, CheckResult.NOT_MET, CheckResult.NOT_APPLICABLE


@pytest.fixture
def school(data_dir):
    make_school(data_dir)
    clock = FixedClock(datetime(2024, 9, 20, 2, tzinfo=UTC))  # 20/09/2024, 09:00
    s = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    yield s, clock, data_dir
    s.close()


def results(items, *, not_met_note="Lan can tầng 2 bị lỏng") -> tuple[sf.ResultInput, ...]:
    out = [sf.ResultInput(i.id, i.text, MET) for i in items]
    out[0] = sf.ResultInput(items[0].id, items[0].text, NOT_MET, not_met_note)
    out[-1] = sf.ResultInput(items[-1].id, items[-1].text, NA)
    return tuple(out)


def test_the_defaults_then_the_schools_own_list(school):
    s, _, _ = school
    items = sf.list_items(s)
    assert [i.text for i in items] == list(DEFAULT_ITEMS)
    assert any("quy tắc ứng xử" in i.text for i in items)
    # the school edits: one changed, one removed, one added, order changed
    edited = [(items[1].id, items[1].text), (items[0].id, "Khuôn viên an toàn (đã sửa)"),
              (None, "Camera an ninh ở cổng trường hoạt động")]
    sf.save_items(s, edited)
    again = sf.list_items(s)
    assert [i.text for i in again] == [items[1].text, "Khuôn viên an toàn (đã sửa)",
                                       "Camera an ninh ở cổng trường hoạt động"]
    assert again[1].id == items[0].id  # the same item, changed
    with pytest.raises(ValidationError) as info:
        sf.save_items(s, [(None, "A"), (None, " a ")])
    assert set(info.value.field_errors) == {"items"}
    with pytest.raises(ValidationError):
        sf.save_items(s, [(None, "  ")])


def test_a_check_keeps_each_items_text_and_result(school):
    s, _, _ = school
    items = sf.list_items(s)
    check_id = sf.save_check(s, sf.CheckInput(date(2024, 9, 18), "Ban giám hiệu", "Nhìn chung tốt.",
                                              results(items)))
    sf.save_items(s, [(items[0].id, "Văn bản mới của mục 1")])  # the list changes later
    [got] = sf.list_checks(s, "2024-2025")
    assert got.id == check_id and got.school_year == "2024-2025" and got.not_met == 1
    assert got.results[0].item_text == items[0].text  # the old text, as checked
    assert got.results[0].note == "Lan can tầng 2 bị lỏng"
    assert [r.result for r in got.results[-2:]] == [MET, NA]
    # changed later: the results are replaced
    sf.save_check(s, sf.CheckInput(date(2024, 9, 19), "Ban giám hiệu", "",
                                   tuple(sf.ResultInput(r.item_id, r.item_text, MET)
                                         for r in got.results)), check_id)
    [again] = sf.list_checks(s, "2024-2025")
    assert again.checked_on == date(2024, 9, 19) and again.not_met == 0
    sf.delete_check(s, check_id)
    assert sf.list_checks(s, "2024-2025") == []


def test_missing_parts_are_named(school):
    s, _, _ = school
    items = sf.list_items(s)
    unchosen = (sf.ResultInput(items[0].id, items[0].text, None),)
    with pytest.raises(ValidationError) as info:
        sf.save_check(s, sf.CheckInput(date(2024, 9, 21), " ", "", unchosen))
    assert set(info.value.field_errors) == {"checked_on", "checked_by", "results"}
    with pytest.raises(ValidationError) as info:  # "not met" says what is wrong
        sf.save_check(s, sf.CheckInput(date(2024, 9, 18), "BGH", "",
                                       results(items, not_met_note=" ")))
    assert set(info.value.field_errors) == {"results"}
    assert sf.list_checks(s) == []


def test_the_overview_reminds_until_this_years_check_is_done(school):
    s, clock, _ = school
    [item] = [i for i in build_overview(s).items if i.kind == "safety"]
    assert item.state == DeadlineState.UPCOMING and item.label == "2024-2025"
    assert item.due.date() == date(2024, 9, 30)
    clock.advance(days=15)  # 05/10: late
    [item] = [i for i in build_overview(s).items if i.kind == "safety"]
    assert item.state == DeadlineState.OVERDUE
    sf.save_check(s, sf.CheckInput(date(2024, 10, 5), "Ban giám hiệu", "",
                                   results(sf.list_items(s))))
    assert [i for i in build_overview(s).items if i.kind == "safety"] == []
    status = sf.year_status(s)
    assert status is not None and status.done and status.latest.not_met == 1


def test_a_teacher_may_not_check(school):
    s, clock, data_dir = school
    accounts.add_account(s, "giaovien", "Trần Giáo Viên", Role.TEACHER, "giaovien-pass-123")
    teacher = unlock(data_dir, "giaovien", "giaovien-pass-123", clock=clock)
    try:
        with pytest.raises(PermissionDenied):
            sf.list_items(teacher)
        assert sf.year_status(teacher) is None
        assert [i for i in build_overview(teacher).items if i.kind == "safety"] == []
    finally:
        teacher.close()
