"""The register: pupils in Vietnamese order, accent-free search, groups, levels, reviews."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import ProtectionLevel, RiskLevel, Role, Sex, SpecialCircumstance
from kimbai_desktop.domain.errors import PermissionDenied, ValidationError
from kimbai_desktop.domain.register import (
    GuardianRelation,
    PupilStatus,
    ReviewCriterion,
    ReviewDecision,
)
from kimbai_desktop.services import accounts
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD, USERNAME, make_school

TODAY = date(2024, 10, 15)


@pytest.fixture
def session(data_dir):
    make_school(data_dir)
    clock = FixedClock(datetime(2024, 10, 15, 3, 0, tzinfo=UTC))
    s = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    yield s
    s.close()


def add(session, name, cls="3A", code="", **kw):
    return reg.save_pupil(session, reg.PupilInput(full_name=name, sex=kw.pop("sex", Sex.FEMALE),
                                                  class_name=cls, student_code=code, **kw))


def names(rows):
    return [r.full_name for r in rows]


def test_list_is_in_vietnamese_class_order(session):
    for n in ["Nguyễn Văn Đức", "Trần Thị Dũng", "Lê Văn An", "Phạm Thị Ánh", "Hoàng Văn Anh",
              "Bùi Thị Ân"]:
        add(session, n)
    rows = reg.list_pupils(session)
    assert names(rows) == ["Lê Văn An", "Hoàng Văn Anh", "Phạm Thị Ánh", "Bùi Thị Ân",
                           "Trần Thị Dũng", "Nguyễn Văn Đức"]
    assert names(reg.list_pupils(session, reg.PupilQuery(descending=True)))[0] == "Nguyễn Văn Đức"
    assert reg.count_pupils(session) == 6


def test_search_ignores_accents_case_and_nfd(session):
    add(session, unicodedata.normalize("NFD", "Nguyễn Văn An"), code="0123456789")
    add(session, "Đặng Minh Đức")
    add(session, "Trần Thị Hoa")
    assert names(reg.list_pupils(session, reg.PupilQuery(text="nguyen van an"))) == ["Nguyễn Văn An"]
    assert names(reg.list_pupils(session, reg.PupilQuery(text="DUC"))) == ["Đặng Minh Đức"]
    assert names(reg.list_pupils(session, reg.PupilQuery(text="đức"))) == ["Đặng Minh Đức"]
    assert names(reg.list_pupils(session, reg.PupilQuery(text="456"))) == ["Nguyễn Văn An"]
    assert reg.list_pupils(session, reg.PupilQuery(text="50%_x")) == []
    detail = reg.get_pupil(session, reg.list_pupils(session, reg.PupilQuery(text="an"))[0].id)
    assert detail.full_name == unicodedata.normalize("NFC", "Nguyễn Văn An")


def test_identifier_is_unique_when_given(session):
    add(session, "Lê Thị Một", code="ABC123")
    add(session, "Lê Thị Hai")
    add(session, "Lê Thị Ba")  # several without identifier are fine
    with pytest.raises(ValidationError) as info:
        add(session, "Lê Thị Bốn", code="ABC123")
    assert "student_code" in info.value.field_errors


def test_validation_messages(session):
    with pytest.raises(ValidationError) as info:
        add(session, "  ", birth_date=date(2030, 1, 1))
    assert {"full_name", "birth_date"} <= set(info.value.field_errors)


def test_groups_levels_and_history(session):
    pid = add(session, "Vũ Thị Mai", guardians=(reg.GuardianInfo("Vũ Văn Bố", GuardianRelation.FATHER,
                                                                  "0912 345 678"),))
    reg.add_circumstance(session, pid, SpecialCircumstance.DISABLED, date(2024, 9, 1))
    reg.set_level(session, pid, ProtectionLevel.SUPPORT, date(2024, 9, 10), "Cần hỗ trợ học tập")
    reg.set_risk(session, pid, True, "Gia đình khó khăn")
    d = reg.get_pupil(session, pid)
    assert d.level == ProtectionLevel.SUPPORT
    assert [c.group for c in d.circumstances] == [SpecialCircumstance.DISABLED]
    assert d.levels[0].changed_by == "Nguyễn Thị Thử"
    assert d.guardians[0].phone == "0912 345 678"
    row = reg.list_pupils(session, reg.PupilQuery(group=SpecialCircumstance.DISABLED))[0]
    assert row.groups == (SpecialCircumstance.DISABLED,) and row.at_risk
    assert reg.list_pupils(session, reg.PupilQuery(level=ProtectionLevel.INTERVENTION)) == []
    with pytest.raises(ValidationError):
        reg.set_risk(session, pid, True, "")
    with pytest.raises(ValidationError):
        reg.add_circumstance(session, pid, SpecialCircumstance.ORPHAN, date(2024, 9, 1),
                             subtype="not-a-subtype")


def test_reviews_due_and_overdue(session):
    due = add(session, "Lê Văn Đến Hạn")
    reg.add_circumstance(session, due, SpecialCircumstance.ORPHAN, date(2024, 9, 1),
                         subtype="no_caregiver")
    overdue = add(session, "Lê Văn Quá Hạn")
    reg.set_risk(session, overdue, True, "Bố mẹ đi làm xa")
    add(session, "Lê Văn Bình Thường")  # not in the register: no review
    # first review 30 days after registering (15/10): 14/11 → due soon? no: 30 days out
    rows = {r.full_name: r for r in reg.list_pupils(session)}
    assert rows["Lê Văn Bình Thường"].review_state == "none"
    assert rows["Lê Văn Đến Hạn"].next_review == date(2024, 11, 14)
    # a review that sets the next review in the past of the clock makes it overdue
    reg.record_review(session, overdue, reg.ReviewInput(
        review_date=date(2024, 5, 1), decision=ReviewDecision.CONTINUE,
        ratings={ReviewCriterion.SAFETY: RiskLevel.MEDIUM}, situation="Ổn định",
        next_review=date(2024, 10, 1)))
    assert names(reg.list_pupils(session, reg.PupilQuery(review="overdue"))) == ["Lê Văn Quá Hạn"]
    reg.record_review(session, due, reg.ReviewInput(
        review_date=date(2024, 10, 14), decision=ReviewDecision.RAISE_LEVEL,
        new_level=ProtectionLevel.INTERVENTION, next_review=date(2024, 10, 20)))
    assert set(names(reg.list_pupils(session, reg.PupilQuery(review="due")))) == {
        "Lê Văn Quá Hạn", "Lê Văn Đến Hạn"}
    d = reg.get_pupil(session, due)
    assert d.level == ProtectionLevel.INTERVENTION and d.reviews[0].reviewer == "Nguyễn Thị Thử"
    assert d.review_state == "due_soon"
    reg.record_review(session, due, reg.ReviewInput(review_date=date(2024, 10, 15),
                                                    decision=ReviewDecision.CLOSE))
    with pytest.raises(ValidationError):
        reg.record_review(session, due, reg.ReviewInput(review_date=date(2024, 10, 15),
                                                        decision=ReviewDecision.LOWER_LEVEL))


def test_leavers_are_archived_and_found_again(session):
    pid = add(session, "Đỗ Văn Chuyển")
    reg.archive_pupil(session, pid, PupilStatus.TRANSFERRED, date(2024, 10, 1))
    assert reg.list_pupils(session) == []
    found = reg.list_pupils(session, reg.PupilQuery(text="chuyen", status=None))
    assert names(found) == ["Đỗ Văn Chuyển"] and found[0].status == PupilStatus.TRANSFERRED


def test_class_filter_and_class_names(session):
    add(session, "A Một", cls="3A")
    add(session, "B Hai", cls="10B")
    add(session, "C Ba", cls="1A")
    assert reg.class_names(session) == ["1A", "3A", "10B"]
    assert names(reg.list_pupils(session, reg.PupilQuery(class_name="3A"))) == ["A Một"]
    assert names(reg.list_pupils(session, reg.PupilQuery(sort="class"))) == ["B Hai", "C Ba", "A Một"]


def test_every_view_and_change_is_audited_and_teachers_are_kept_out(session, data_dir):
    pid = add(session, "Ngô Thị Kín")
    reg.get_pupil(session, pid)
    with session.db() as s:
        events = [(e.action, e.record_type) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.record_type.in_(["pupil", "register"])))]
    assert ("create", "pupil") in events and ("view", "pupil") in events
    accounts.add_account(session, "giaovien", "Trần Giáo", Role.TEACHER, "giao-vien-pass-1")
    teacher = unlock(data_dir, "giaovien", "giao-vien-pass-1")
    try:
        with pytest.raises(PermissionDenied):
            reg.list_pupils(teacher)
        with pytest.raises(PermissionDenied):
            reg.get_pupil(teacher, pid)
    finally:
        teacher.close()


def test_bulk_upsert_is_all_or_nothing_and_never_duplicates(session):
    add(session, "Cũ Văn Một", code="HS001")
    rows = [reg.PupilInput(full_name=f"Học Sinh {i}", sex=Sex.MALE, class_name="2A",
                           student_code=f"HS{i:03d}") for i in range(1, 51)]
    result = reg.bulk_upsert_pupils(session, rows)
    assert (result.created, result.updated) == (49, 1)
    assert reg.count_pupils(session) == 50
    from kimbai_desktop.storage import audit

    with session.db() as s:
        status = audit.verify(s)
    assert status.ok and status.count > 50  # one chained event per imported pupil
    bad = rows + [reg.PupilInput(full_name="", sex=Sex.MALE)]
    with pytest.raises(ValidationError) as info:
        reg.bulk_upsert_pupils(session, bad)
    assert info.value.params["row"] == 51
    calls = []
    with pytest.raises(reg.Cancelled):
        reg.bulk_upsert_pupils(session, [reg.PupilInput(full_name=f"Mới {i}", sex=Sex.MALE)
                                         for i in range(300)],
                               progress=lambda d, t: calls.append(d), cancelled=lambda: True)
    assert reg.count_pupils(session) == 50


def test_reimport_keeps_what_the_file_does_not_supply(session):
    pid = add(session, "Lê Thị Ghi Chú", code="K1", notes="Ghi chú trong phần mềm",
              address="Thôn 1", birth_date=date(2016, 2, 3))
    reg.archive_pupil(session, pid, PupilStatus.TRANSFERRED, date(2024, 10, 1))
    reg.bulk_upsert_pupils(session, [reg.PupilInput(full_name="Lê Thị Ghi Chú", sex=Sex.UNKNOWN,
                                                    class_name="4A", student_code="K1")])
    d = reg.get_pupil(session, pid)
    assert (d.notes, d.address, d.birth_date, d.sex) == (
        "Ghi chú trong phần mềm", "Thôn 1", date(2016, 2, 3), Sex.FEMALE)
    assert d.status == PupilStatus.ACTIVE and d.classes[0][1] == "4A"


def test_reimport_without_codes_matches_name_and_birth_date(session):
    rows = [reg.PupilInput(full_name="Vũ Văn Không Mã", sex=Sex.MALE, class_name="2A",
                           birth_date=date(2017, 5, 6))]
    assert reg.bulk_upsert_pupils(session, rows).created == 1
    assert reg.bulk_upsert_pupils(session, rows) == reg.BulkResult(0, 1)
    assert reg.count_pupils(session) == 1


def test_dry_run_counts_exactly_and_writes_nothing(session):
    add(session, "Có Mã", code="M1")
    rows = [reg.PupilInput(full_name="Có Mã", sex=Sex.MALE, student_code="M1"),
            reg.PupilInput(full_name="Không Mã", sex=Sex.MALE, birth_date=date(2017, 1, 2)),
            reg.PupilInput(full_name="Mới", sex=Sex.MALE)]
    reg.bulk_upsert_pupils(session, rows[1:2])
    before = reg.count_pupils(session)
    assert reg.bulk_upsert_pupils(session, rows, dry_run=True) == reg.BulkResult(1, 2)
    assert reg.count_pupils(session) == before


def test_search_words_long_and_short(session):
    """Three letters or more: anywhere in a word; two letters: the start of a word; one letter:
    the start of a word too (storage/search.py)."""
    add(session, "Nguyễn Văn An", code="HS0042")
    add(session, "Trần Thị Lan")
    add(session, "Lê Hoàng Anh")
    add(session, "Phạm Thị Hà")

    def found(text, **kw):
        return sorted(names(reg.list_pupils(session, reg.PupilQuery(text=text, **kw))))

    assert found("an") == ["Lê Hoàng Anh", "Nguyễn Văn An"]  # not "Lan", not "Hoàng"
    assert found("lan") == ["Trần Thị Lan"]
    assert found("oan") == ["Lê Hoàng Anh"]  # inside "hoàng"
    assert found("h") == ["Lê Hoàng Anh", "Nguyễn Văn An", "Phạm Thị Hà"]  # HS0042 too
    assert found("thi ha") == ["Phạm Thị Hà"]
    assert found("0042") == ["Nguyễn Văn An"]
    assert found('"; DROP') == [] and found("'") == []
    assert found("%") == [] and found("_") == []  # LIKE's wildcards are plain letters here
    assert reg.count_pupils(session, reg.PupilQuery(text="an")) == 2
    assert reg.count_pupils(session, reg.PupilQuery(text="an", status=None)) == 2  # index only


def test_search_finds_the_same_pupils_when_it_walks_the_name_index(session, monkeypatch):
    for i, given in enumerate(["An", "Anh", "Ánh", "Ân", "Bình", "Lan"] * 5):
        add(session, f"Nguyễn Thị {given}", code=f"C{i:03d}")
    queries = [reg.PupilQuery(text="nguyen"), reg.PupilQuery(text="an", status=None),
               reg.PupilQuery(text="nguyen thi", descending=True)]
    sorted_pages = [[r.id for r in reg.list_pupils(session, q, offset=3, limit=7)]
                    for q in queries]
    monkeypatch.setattr(reg, "WALK_ABOVE", 0)
    walked = [[r.id for r in reg.list_pupils(session, q, offset=3, limit=7)] for q in queries]
    assert walked == sorted_pages and all(len(p) == 7 for p in walked)


def test_search_index_follows_renames_and_removals(session):
    pid = add(session, "Đỗ Thị Mai")
    reg.save_pupil(session, reg.PupilInput(full_name="Đỗ Thị Mây", sex=Sex.FEMALE,
                                           class_name="3A"), pupil_id=pid)
    assert names(reg.list_pupils(session, reg.PupilQuery(text="may"))) == ["Đỗ Thị Mây"]
    assert reg.list_pupils(session, reg.PupilQuery(text="mai")) == []
