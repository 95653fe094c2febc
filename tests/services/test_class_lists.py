"""Real-looking class lists (tests/data/class_lists: .xlsx, .xls, .ods): several class sheets, the
table's end (totals, date line, signatures), leavers, an identifier that lost its zero."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.services import excel_import as xi
from kimbai_desktop.services import excel_table as xt
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school

LISTS = Path(__file__).parents[1] / "data" / "class_lists"
FORMATS = ["xlsx", "xls", "ods"]
IMPORTED = {  # name → (class, identifier as stored when the zero is put back, birth date)
    "Nguyễn Văn An": ("2A", "0188068601", date(2019, 3, 14)),
    "Trần Thị Bích Ngọc": ("2A", "0188068602", date(2019, 6, 5)),
    "Lê Hoàng Phúc": ("2A", "0188068677", date(2019, 11, 2)),
    "Nguyen Thi Thu Trang": ("2A", "0188068604", date(2019, 8, 17)),
    "Hoàng Thị Thanh Hà": ("2A", "0188068606", date(2020, 2, 29)),
    "Vũ Ngọc Ánh": ("2A", "0188068608", date(2019, 7, 30)),
    "Đinh Văn Khoa": ("2B", "0188068701", date(2019, 4, 12)),
    "Lưu Thị Minh Châu": ("2B", "0188068702", date(2019, 10, 8)),
    "Khuat Thi Yen": ("2B", "0188068704", date(2019, 5, 21)),
    "Nguyễn Thị Ánh": ("2B", "0188068705", date(2019, 12, 21)),
    "Bạch Đăng Khôi": ("2B", "0188068706", date(2019, 2, 1)),
}


@pytest.fixture
def session(data_dir):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD, clock=FixedClock(datetime(2026, 9, 20, 3, tzinfo=UTC)))
    yield s
    s.close()


def stored(session) -> dict[str, tuple[str, str, date | None]]:
    out = {}
    for p in reg.list_pupils(session, reg.PupilQuery(status=None)):
        d = reg.get_pupil(session, p.id)
        out[d.full_name] = (p.class_name, d.student_code, d.birth_date)
    return out


@pytest.mark.parametrize("ext", FORMATS)
def test_each_format_imports_both_class_sheets_and_only_the_pupils(session, ext):
    report = xi.import_pupils(session, LISTS / f"danh-sach-khoi-2.{ext}", pad_codes=True)
    assert report.ok, [e.render("en") for e in report.errors]
    assert report.sheets == ("2A", "Lớp 2B")  # the instructions sheet holds no pupil table
    assert (report.created, report.updated) == (11, 0)
    assert stored(session) == IMPORTED
    # the lines under each table: skipped, named, never imported and never an error
    assert [(r.sheet, r.row_number, r.kind) for r in report.skipped] == [
        ("2A", 16, xt.TOTAL), ("2A", 18, xt.DATE_LINE), ("2A", 19, xt.SIGNATURE),
        ("2A", 20, xt.SIGNATURE), ("2A", 23, xt.SIGNATURE),
        ("Lớp 2B", 14, xt.DATE_LINE), ("Lớp 2B", 15, xt.SIGNATURE), ("Lớp 2B", 16, xt.SIGNATURE),
        ("Lớp 2B", 17, xt.SIGNATURE)]
    assert report.skipped_kinds() == [xt.SIGNATURE, xt.DATE_LINE, xt.TOTAL]
    assert "Nguyễn Thị Lan" in report.skipped[4].text
    # leavers: listed with their status, not added ("Chuyển đến" is a pupil who arrived)
    assert [(r.sheet, r.row_number, r.full_name, r.status) for r in report.leavers] == [
        ("2A", 12, "Phạm Minh Đức", PupilStatus.TRANSFERRED),
        ("2A", 14, "Dang Quoc Bao", PupilStatus.LEFT),
        ("Lớp 2B", 10, "Tạ Quang Huy", PupilStatus.TRANSFERRED)]
    assert (report.marked_left, report.left_out) == (0, 3)
    # the identifier Excel stored as a number: warned about, padded because asked to
    assert [(f.row_number, f.as_read, f.padded) for f in report.code_fixes] == [
        (10, "188068677", "0188068677")]
    assert report.codes_padded
    assert [w.reason for w in report.warnings] == [xi.W_CODE_ZEROS]
    assert "0188068677" in report.warnings[0].render("vi")


def test_without_the_users_say_the_identifier_is_kept_as_read(session):
    report = xi.import_pupils(session, LISTS / "danh-sach-khoi-2.xlsx")
    assert report.ok and not report.codes_padded and len(report.code_fixes) == 1
    assert stored(session)["Lê Hoàng Phúc"][1] == "188068677"


def test_a_leaver_already_in_the_register_is_archived_not_deleted(session):
    kept = reg.save_pupil(session, reg.PupilInput(full_name="Phạm Minh Đức", sex=Sex.MALE,
                                                  student_code="0188068605", class_name="1A"))
    dry = xi.import_pupils(session, LISTS / "danh-sach-khoi-2.ods", dry_run=True)
    assert (dry.marked_left, dry.left_out) == (1, 2)
    assert reg.get_pupil(session, kept).status == PupilStatus.ACTIVE  # a check changes nothing
    report = xi.import_pupils(session, LISTS / "danh-sach-khoi-2.ods")
    assert (report.created, report.marked_left, report.left_out) == (11, 1, 2)
    detail = reg.get_pupil(session, kept)
    assert (detail.status, detail.left_on) == (PupilStatus.TRANSFERRED, date(2026, 9, 20))


def test_one_sheet_can_be_chosen_and_its_class_comes_from_the_title(session):
    sheets = xi.read_sheets(LISTS / "danh-sach-khoi-2.xls")
    plans = xi.plan_sheets(sheets)
    assert [(p.sheet, p.header_row, p.class_name) for p in plans] == [("2A", 7, "2A"),
                                                                      ("Lớp 2B", 6, "")]
    report = xi.import_pupils(session, LISTS / "danh-sach-khoi-2.xls", plans=plans[1:])
    assert report.ok and report.sheets == ("Lớp 2B",) and report.created == 5


def test_a_pupil_row_is_never_dropped_even_under_a_signature_line(session, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Lớp", "Ghi chú"])
    ws.append([1, "Tống Văn Công", "01/02/2019", "2A", "Chuyển lớp 2B ngày 5 tháng 9 năm 2026"])
    ws.append([None, "Người lập danh sách"])
    ws.append([2, "Công Thị Hiệu", "03/04/2019", "2A"])  # a real row after a footer line
    ws.append([None, "Cộng: 2"])
    ws.append([None, "Ghi chú: danh sách có 2 học sinh"])
    path = tmp_path / "l.xlsx"
    wb.save(path)
    report = xi.import_pupils(session, path)
    assert report.ok and report.created == 2 and report.leavers == []
    assert [(r.row_number, r.kind) for r in report.skipped] == [
        (3, xt.SIGNATURE), (5, xt.TOTAL), (6, xt.NOTE)]


@pytest.mark.parametrize(("text", "status"), [
    ("Chuyển trường", PupilStatus.TRANSFERRED), ("chuyen truong", PupilStatus.TRANSFERRED),
    ("Đã chuyển đi ngày 12/10", PupilStatus.TRANSFERRED), ("Thôi học", PupilStatus.LEFT),
    ("BO HOC", PupilStatus.LEFT), ("Đã tốt nghiệp", PupilStatus.COMPLETED),
    ("Hoàn thành chương trình tiểu học", PupilStatus.COMPLETED), ("Đang học", None),
    ("Chuyển đến", None), ("chuyển trường đến", None), ("Chuyển lớp", None), ("", None),
    ("Con hộ nghèo", None)])
def test_status_words_with_or_without_diacritics(text, status):
    assert xt.leaver_status(text) == status


@pytest.mark.parametrize(("row", "kind"), [
    (["Kim Bài, ngày 05 tháng 9 năm 2026"], xt.DATE_LINE),
    (["Kim Bai, ngay ... thang ... nam 2026"], xt.DATE_LINE),
    (["NGƯỜI LẬP DANH SÁCH", None, "HIỆU TRƯỞNG"], xt.SIGNATURE),
    (["(Ký, ghi rõ họ tên)"], xt.SIGNATURE), (["Hiệu trưởng"], xt.SIGNATURE),
    (["Tổng cộng"], xt.TOTAL), (["Tổng số học sinh: 35"], xt.TOTAL),
    (["Danh sách có 35 học sinh"], xt.NOTE), (["Ghi chú:"], xt.NOTE),
    (["Tống Văn An"], None), (["Công"], xt.TOTAL), (["Nguyễn Thành Công"], None),
    (["Hiếu"], None)])
def test_footer_lines(row, kind):
    assert xt.footer_kind(row) == kind
