"""Register export to .xlsx: Vietnamese order and headers, audited, never a formula."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

import openpyxl
import pytest
from sqlalchemy import select

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import ProtectionLevel, Sex, SpecialCircumstance
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.services import excel_export as xe
from kimbai_desktop.services import excel_import as xi
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import (
    EXPORT_PASSWORD,
    PASSWORD,
    USERNAME,
    make_school,
    open_xlsx,
    unlock_office,
)

NASTY = ["=1+1", "+84912", "-2+3", "@SUM(A1)", "\t=cmd", "\r=x", "=HYPERLINK(\"http://x\")"]


@pytest.fixture
def session(data_dir):
    make_school(data_dir)
    clock = FixedClock(datetime(2024, 10, 15, 3, tzinfo=UTC))
    s = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    yield s
    s.close()


def add(session, name, code="", cls="3A", **kw):
    return reg.save_pupil(session, reg.PupilInput(full_name=name, sex=kw.pop("sex", Sex.FEMALE),
                                                  class_name=cls, student_code=code, **kw))


def test_safe_cell_keeps_formula_looking_text_as_text(tmp_path):
    path = tmp_path / "t.xlsx"
    rows = [[v, 1, date(2016, 6, 5)] for v in NASTY]
    assert xe.write_rows(path, "Thử", ["Giá trị", "Số", "Ngày"], rows) == len(NASTY)
    ws = openpyxl.load_workbook(path).active
    cells = [row[0] for row in ws.iter_rows(min_row=2)]
    # A CR comes back as CR (openpyxl writing with lxml) or as LF (the standard library's XML)
    assert [c.value.replace("\r", "\n") for c in cells] == [v.replace("\r", "\n") for v in NASTY]
    assert {c.data_type for c in cells} == {"s"}
    assert all(c.quotePrefix for c in cells)
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert ws["C2"].value == datetime(2016, 6, 5) and ws["C2"].number_format == "DD/MM/YYYY"
    assert xe.is_formula_like("=x") and not xe.is_formula_like("Nguyễn") and \
        not xe.is_formula_like(5)


def test_export_register_in_vietnamese_order_and_audited(session, tmp_path):
    duc = add(session, "Nguyễn Văn Đức", code="HS2", sex=Sex.MALE, birth_date=date(2016, 2, 29))
    add(session, "Trần Thị Dũng", code="HS1", cls="4B")
    add(session, "=1+1 Tên Lạ", code="-99", cls="5A")
    reg.add_circumstance(session, duc, SpecialCircumstance.HIV_AIDS, date(2024, 9, 1))
    reg.add_circumstance(session, duc, SpecialCircumstance.DISABLED, date(2024, 9, 1))
    reg.set_level(session, duc, ProtectionLevel.SUPPORT, date(2024, 9, 2), "Lý do")
    reg.set_risk(session, duc, True, "Gia đình khó khăn")
    path = tmp_path / "so.xlsx"
    assert xe.export_register(session, path, password=EXPORT_PASSWORD) == 3
    ws = open_xlsx(path).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == list(xe.REGISTER_HEADERS)
    assert [r[1] for r in values[1:]] == ["Trần Thị Dũng", "Nguyễn Văn Đức", "=1+1 Tên Lạ"]
    assert values[2][:8] == ["HS2", "Nguyễn Văn Đức", datetime(2016, 2, 29), "Nam", "3A",
                             "Hỗ trợ", "d, đ", "Có"]
    assert isinstance(values[2][8], datetime)
    assert values[3][0] == "-99" and values[3][3] == "Nữ"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    with session.db() as s:
        events = list(s.execute(select(AuditEvent.action, AuditEvent.detail).where(
            AuditEvent.record_type == "register")))
    assert ("export", "xlsx rows=3") in events and ("view", "list") in events
    assert not any(name in detail for _, detail in events for name in ("Đức", "Dũng"))
    assert xe.export_register(session, tmp_path / "lop.xlsx", reg.PupilQuery(class_name="4B"),
                              password=EXPORT_PASSWORD) == 1


def test_exported_file_imports_back_as_updates(session, tmp_path):
    add(session, "Lê Văn An", code="A1", birth_date=date(2016, 1, 2), sex=Sex.MALE)
    add(session, "Phạm Thị Bình", code="A2", cls="2A")
    path = tmp_path / "vong.xlsx"
    xe.export_register(session, path, password=EXPORT_PASSWORD)
    clear = tmp_path / "vong-da-mo.xlsx"  # as Excel saves it once opened with the password
    clear.write_bytes(unlock_office(path))
    report = xi.import_pupils(session, clear)
    assert report.ok and (report.created, report.updated) == (0, 2), report.errors
    rows = reg.list_pupils(session)
    assert [(r.full_name, r.birth_date, r.sex, r.class_name) for r in rows] == [
        ("Lê Văn An", date(2016, 1, 2), Sex.MALE, "3A"),
        ("Phạm Thị Bình", None, Sex.FEMALE, "2A")]


def test_unwritable_target_is_a_plain_error_and_leaves_nothing(session, tmp_path, monkeypatch):
    add(session, "Lê Văn An")
    def locked(src, dst):  # Windows: the target is open in Excel
        raise PermissionError(13, "locked")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(KimbaiError):
        xe.export_register(session, tmp_path / "dang-mo.xlsx", password=EXPORT_PASSWORD)
    with pytest.raises(KimbaiError) as info:
        xe.export_register(session, tmp_path / "khong-co" / "so.xlsx", password=EXPORT_PASSWORD)
    assert info.value.message == xe.CANNOT_WRITE
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".kimbai-*")) == []


def test_csv_text_is_never_a_formula():
    assert [xe.csv_text(v) for v in NASTY] == ["'" + v for v in NASTY]
    assert xe.csv_text("Nguyễn Văn An") == "Nguyễn Văn An" and xe.csv_text(None) == ""
    assert xe.csv_text(-5) == "'-5" and xe.csv_text("a\x1b[31m") == "a[31m"
