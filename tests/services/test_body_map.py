"""The body map (issue 21, point 5): marks made at the intake and with an entry, changed and
removed; bad input refused whole; who may see and change them; the audit names no content; a
sealed case's marks unreadable with the database key alone."""

from __future__ import annotations

import json

import pytest
import sqlcipher3
from sqlalchemy import select

from kimbai_desktop.domain.body_map import (
    InjuryKind,
    MarkInput,
    Region,
    Side,
    decode_place,
    nearest_region,
    outline_points,
    parse_size,
)
from kimbai_desktop.domain.cases import EntryKind
from kimbai_desktop.domain.errors import KimbaiError, PermissionDenied, ValidationError
from kimbai_desktop.services import body_map, cases
from kimbai_desktop.services import case_work as work
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.models import AuditEvent, BodyMark
from kimbai_desktop.storage.sealed import CONTENT
from tests.services import test_sealed_files as sealed

school = sealed.school  # the same school, accounts and clock
intake = sealed.intake

NOTE = "CANARYMARKn8 vết bầm hình ngón tay"


def bruise(**kw):
    values = dict(side=Side.FRONT, x=0.3, y=0.45, kind=InjuryKind.BRUISE, size="2,5",
                  colour="Tím", note="Vết bầm ở cẳng tay")
    values.update(kw)
    return MarkInput(**values)


def test_outline_and_regions_are_sound():
    points = outline_points()
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in points)
    for region in Region:
        assert 0 < region.x < 1 and 0 < region.y < 1
        assert nearest_region(region.side, region.x, region.y) == region
    assert parse_size("2,5 cm") == 2.5 and parse_size(" ") is None
    with pytest.raises(ValueError):
        parse_size("hai")


def test_marks_at_intake_and_with_an_entry_then_changed_and_removed(school):
    principal, _, clock, _ = school
    case_id = cases.open_case(principal, intake(None, people=(), marks=(
        bruise(), bruise(side=Side.BACK, x=0.5, y=0.55, kind=InjuryKind.BURN, size="", note=""))))
    entry_id = work.add_entry(principal, case_id, EntryKind.NOTE, "Gặp em, thấy vết cắn mới.",
                              marks=(bruise(kind=InjuryKind.BITE, size="3", x=0.7, y=0.2),))
    marks = body_map.list_marks(principal, case_id)
    assert [(m.number, m.kind, m.size_cm, m.side) for m in marks] == [
        (1, InjuryKind.BRUISE, 2.5, Side.FRONT), (2, InjuryKind.BURN, None, Side.BACK),
        (3, InjuryKind.BITE, 3.0, Side.FRONT)]
    assert marks[0].note == "Vết bầm ở cẳng tay" and marks[0].colour == "Tím"
    assert (marks[0].entry_id, marks[2].entry_id) == (None, entry_id)
    assert marks[2].entry_seq is not None
    assert marks[0].as_input().size == "2,5"

    body_map.edit_mark(principal, marks[0].id, bruise(x=0.35, note="Đã nhạt màu", size="2"))
    body_map.remove_mark(principal, marks[1].id)
    body_map.add_mark(principal, case_id, bruise(kind=InjuryKind.GRAZE, size=""))
    after = body_map.list_marks(principal, case_id)
    assert [(m.number, m.kind) for m in after] == [
        (1, InjuryKind.BRUISE), (3, InjuryKind.BITE), (4, InjuryKind.GRAZE)]
    assert (after[0].x, after[0].note, after[0].size_cm) == (0.35, "Đã nhạt màu", 2.0)

    # the editor's whole map at once: one changed, one dropped, one new
    body_map.save_marks(principal, case_id, [
        after[0].as_input(), MarkInput(**{**after[1].as_input().__dict__, "colour": "Đỏ"}),
        bruise(kind=InjuryKind.CUT, size="1")])
    final = body_map.list_marks(principal, case_id)
    assert [(m.number, m.kind, m.colour) for m in final] == [
        (1, InjuryKind.BRUISE, "Tím"), (3, InjuryKind.BITE, "Đỏ"), (4, InjuryKind.CUT, "Tím")]

    with principal.db() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.record_id == str(case_id))).all()
    details = " ".join(e.detail for e in events)
    assert "body_mark" in details
    for word in ("Vết bầm", "Tím", "nhạt", "bruise", "0.35"):
        assert word not in details


def test_bad_marks_say_what_to_fix_and_save_nothing(school):
    principal, _, _, _ = school
    with pytest.raises(ValidationError) as no_kind:
        cases.open_case(principal, intake(None, people=(), marks=(bruise(), bruise(kind=None))))
    assert set(no_kind.value.field_errors) == {"kind"} and no_kind.value.params["mark"] == 2
    with principal.db() as s:
        assert s.scalar(select(BodyMark.id)) is None
        assert cases.count_cases(principal) == 0
    case_id = cases.open_case(principal, intake(None, people=()))
    with pytest.raises(ValidationError) as not_number:
        work.add_entry(principal, case_id, EntryKind.NOTE, "Ghi chép", marks=(
            bruise(size="hai phân"),))
    assert "number of centimetres" in not_number.value.field_text("size")
    with pytest.raises(ValidationError) as too_big:
        body_map.add_mark(principal, case_id, bruise(size="500"))
    assert "200" in too_big.value.field_text("size")
    with pytest.raises(ValidationError):
        body_map.add_mark(principal, case_id, bruise(x=1.5))
    assert len(work.list_entries(principal, case_id)) == 1  # the intake's step only
    assert body_map.list_marks(principal, case_id) == []
    mark = body_map.add_mark(principal, case_id, bruise())
    with pytest.raises(ValidationError):
        body_map.edit_mark(principal, mark, bruise(kind=None))
    assert body_map.list_marks(principal, case_id)[0].kind == InjuryKind.BRUISE
    with pytest.raises(KimbaiError):
        body_map.remove_mark(principal, mark + 99)


def test_marks_are_case_content_for_permissions(school):
    principal, login, _, ids = school
    case_id = cases.open_case(principal, intake(None, people=(), restricted=True,
                                                marks=(bruise(),)))
    counsellor, teacher = login("tuvan"), login("giaovien")
    try:
        [mark] = body_map.list_marks(principal, case_id)
        with pytest.raises(KimbaiError):  # principal only: the counsellor may not see it
            body_map.list_marks(counsellor, case_id)
        with pytest.raises(KimbaiError):
            body_map.edit_mark(counsellor, mark.id, bruise(note="sửa"))
        with pytest.raises(PermissionDenied):
            body_map.list_marks(teacher, case_id)
        with pytest.raises(PermissionDenied):
            body_map.add_mark(teacher, case_id, bruise())
    finally:
        counsellor.close()
        teacher.close()
    assert body_map.list_marks(principal, case_id)[0].note == "Vết bầm ở cẳng tay"


def test_sealed_case_marks_are_not_readable_with_the_database_key(school, data_dir):
    principal, login, _, ids = school
    assert BodyMark in CONTENT and {"place", "note"} <= set(CONTENT[BodyMark])
    case_id = cases.open_case(principal, intake(ids["giaovien"], marks=(bruise(note=NOTE),)))
    work.add_entry(principal, case_id, EntryKind.NOTE, "Gặp em.",
                   marks=(bruise(note=NOTE, x=0.6123, kind=InjuryKind.BITE),))
    marks = body_map.list_marks(principal, case_id)
    assert [m.note for m in marks] == [NOTE, NOTE] and marks[1].x == 0.6123
    holder = login("tuvan")  # a holder (the counsellor) reads them too
    try:
        assert [m.kind for m in body_map.list_marks(holder, case_id)] == [
            InjuryKind.BRUISE, InjuryKind.BITE]
    finally:
        holder.close()
    key = principal.data_key
    principal.close()
    conn = sqlcipher3.connect(str(DataFolder(data_dir).db_path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    rows = conn.execute("SELECT place, kind, size_cm, colour, note FROM body_marks").fetchall()
    found = []
    for table, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                raw = value.encode() if isinstance(value, str) else value
                if isinstance(raw, bytes) and (b"CANARYMARK" in raw or b"0.6123" in raw):
                    found.append(table)
    conn.close()
    assert len(rows) == 2 and found == []
    for row in rows:
        assert all(v.startswith("§seal1:") for v in row if v)
        with pytest.raises(json.JSONDecodeError):
            decode_place(row[0])


def test_sealing_an_existing_case_encrypts_its_marks(school):
    from kimbai_desktop.services import sealed_files
    from kimbai_desktop.storage.models import Case, CaseSeal

    assert set(sealed_files._CHILD_ROWS) == set(CONTENT) - {Case, CaseSeal}  # none forgotten
    principal, _, _, _ = school
    case_id = cases.open_case(principal, intake(None, people=(), marks=(bruise(note=NOTE),)))
    sealed_files.seal_case(principal, case_id, "Gia đình đề nghị giữ kín")
    assert body_map.list_marks(principal, case_id)[0].note == NOTE
    with principal.db() as s:
        raw = s.connection().exec_driver_sql("SELECT place, note FROM body_marks").all()
    assert raw and all(v.startswith("§seal1:") for row in raw for v in row)
