"""Excel import with messy sector files: title rows, NFD text, both kinds of dates, bad rows."""

from __future__ import annotations

import time
import unicodedata
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.domain.register import GuardianRelation
from kimbai_desktop.services import excel_import as xi
from kimbai_desktop.services import excel_sheet as xs
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import EXPORT_PASSWORD, PASSWORD, USERNAME, make_school, open_xlsx

HEADER = ["STT", "Mã định danh Bộ GD&ĐT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Lớp",
          "Địa chỉ", "Họ tên cha", "Họ tên mẹ", "Số điện thoại"]


@pytest.fixture
def session(data_dir):
    make_school(data_dir)
    clock = FixedClock(datetime(2024, 10, 15, 3, tzinfo=UTC))
    s = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    yield s
    s.close()


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def write_xlsx(path: Path, rows: list[list[Any]], header: list[str] | None = None,
               titles: bool = True) -> Path:
    """A sector-style sheet: merged title rows, an empty row, the header, then ``rows``.
    Text is stored as text even when it starts with "=" (as Excel does for '=1+1)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    if titles:
        ws.append(["PHÒNG GD&ĐT THỬ NGHIỆM"])
        ws.append(["DANH SÁCH HỌC SINH NĂM HỌC 2024-2025"])
        ws.merge_cells("A1:F1")
        ws.merge_cells("A2:K2")
        ws.append([])
    ws.append(header or HEADER)
    for number, row in enumerate(rows, start=ws.max_row + 1):
        for col, value in enumerate(row, start=1):
            cell = ws.cell(number, col, value)
            if isinstance(value, str):
                cell.data_type = "s"
    wb.save(path)
    return path


def pupil(i: int, **kw: Any) -> list[Any]:
    values = {"stt": i, "code": f"HS{i:04d}", "name": f"Học Sinh Số {i}", "birth": "05/06/2016",
              "sex": "Nam", "eth": "Kinh", "cls": "3A", "addr": "Thôn 1", "father": "",
              "mother": "", "phone": ""}
    values.update(kw)
    return list(values.values())


def count(session) -> int:
    return reg.count_pupils(session, reg.PupilQuery(status=None))


def test_header_found_below_merged_title_rows_and_mapped(tmp_path):
    data = xi.read_workbook(write_xlsx(tmp_path / "a.xlsx", [pupil(1)]))
    assert data.sheet_names == ("Sheet",)
    assert xi.detect_header(data.rows) == 4
    mapping = xi.guess_mapping(data.rows[3])
    F = xi.Field
    assert mapping == {F.STUDENT_CODE: 1, F.FULL_NAME: 2, F.BIRTH_DATE: 3, F.SEX: 4,
                       F.ETHNICITY: 5, F.CLASS_NAME: 6, F.ADDRESS: 7, F.FATHER_NAME: 8,
                       F.MOTHER_NAME: 9, F.PHONE: 10}
    # accents, case and spacing do not matter; the plain name column wins over guardians'
    loose = [" họ tên cha ", nfd("HỌ VÀ TÊN (*)"), "ngay thang nam sinh", "SĐT", "Nữ", "Ho ten"]
    m = xi.guess_mapping(loose)
    assert (m[F.FATHER_NAME], m[F.FULL_NAME], m[F.BIRTH_DATE], m[F.PHONE], m[F.FEMALE_MARK]) == \
        (0, 1, 2, 3, 4)
    assert {f.label("vi") for f in F} >= {"Họ và tên", "Ngày sinh", "Mã định danh"}


def test_messy_file_is_imported_clean(session, tmp_path):
    rows = [
        pupil(1, code=" HS 0001 ", name=nfd("  Nguyễn   Văn Đức "), birth=datetime(2016, 2, 29),
              sex="nam", father=nfd("Nguyễn Văn Bố"), mother="Lê Thị Mẹ", phone=912345678),
        pupil(2, name=nfd("Trần Thị Ánh"), birth=" 7/3/2016 ", sex=nfd("NỮ"), cls=" 3A ",
              mother="Phạm Thị Mai", phone="0987 654 321"),
        [],  # empty rows are skipped
        pupil(4, name="Lê Văn An", birth=date(2015, 12, 1), sex="F", eth=nfd("Tày"), cls=5.0),
    ]
    report = xi.import_pupils(session, write_xlsx(tmp_path / "ds.xlsx", rows))
    assert report.ok and (report.created, report.updated, report.total_rows) == (3, 0, 3)
    listed = reg.list_pupils(session)
    assert [p.full_name for p in listed] == ["Lê Văn An", "Trần Thị Ánh", "Nguyễn Văn Đức"]
    duc = reg.get_pupil(session, listed[2].id)
    assert duc.full_name == unicodedata.normalize("NFC", "Nguyễn Văn Đức")
    assert (duc.student_code, duc.birth_date, duc.sex) == ("HS0001", date(2016, 2, 29), Sex.MALE)
    assert [(g.relation, g.phone) for g in duc.guardians] == [
        (GuardianRelation.FATHER, "0912345678"), (GuardianRelation.MOTHER, "")]
    anh = reg.get_pupil(session, listed[1].id)
    assert (anh.birth_date, anh.sex, anh.classes[0][1]) == (date(2016, 3, 7), Sex.FEMALE, "3A")
    assert anh.guardians == (reg.GuardianInfo("Phạm Thị Mai", GuardianRelation.MOTHER,
                                              "0987 654 321"),)
    an = reg.get_pupil(session, listed[0].id)
    assert (an.ethnicity, an.classes[0][1]) == ("Tày", "5")


def test_bad_rows_are_all_reported_and_nothing_is_written(session, tmp_path):
    reg.save_pupil(session, reg.PupilInput(full_name="Đã Có Sẵn", sex=Sex.MALE))
    rows = [pupil(1), pupil(2, birth="31/02/2016"), pupil(3, name="   "),
            pupil(4, code="HS0001"), pupil(5, birth="mùa xuân"), pupil(6, sex="khác"),
            pupil(7, birth="01/01/2030"), pupil(8, cls="Lớp ba A rất dài quá mức")]
    report = xi.import_pupils(session, write_xlsx(tmp_path / "bad.xlsx", rows))
    assert not report.ok and (report.created, report.updated) == (0, 0)
    got = {(e.row_number, e.column, e.reason) for e in report.errors}
    assert got == {(6, "Ngày sinh", xi.R_NO_SUCH_DAY), (7, "Họ và tên", xi.R_NO_NAME),
                   (8, "Mã định danh Bộ GD&ĐT", xi.R_DUPLICATE), (9, "Ngày sinh", xi.R_NOT_A_DATE),
                   (10, "Giới tính", xi.R_SEX), (11, "Ngày sinh", xi.R_IMPLAUSIBLE),
                   (12, "Lớp", xi.R_TOO_LONG)}
    dup = next(e for e in report.errors if e.reason == xi.R_DUPLICATE)
    assert "5" in dup.render("en") and dup.params == {"first": 5}
    assert sorted(report.bad_rows) == [("Sheet", n) for n in (6, 7, 8, 9, 10, 11, 12)]
    assert report.bad_rows[("Sheet", 6)][2] == "Học Sinh Số 2"
    assert count(session) == 1  # all or nothing


def test_present_pupil_is_updated_never_duplicated(session, tmp_path):
    first = xi.import_pupils(session, write_xlsx(tmp_path / "a.xlsx", [pupil(1), pupil(2)]))
    assert (first.created, first.updated) == (2, 0)
    again = xi.import_pupils(session, write_xlsx(tmp_path / "b.xlsx", [
        pupil(1, name="Học Sinh Đổi Tên", cls="4A"), pupil(3)]))
    assert (again.created, again.updated) == (1, 1)
    assert count(session) == 3
    found = reg.list_pupils(session, reg.PupilQuery(text="HS0001"))
    assert [(p.full_name, p.class_name) for p in found] == [("Học Sinh Đổi Tên", "4A")]


def test_dry_run_counts_and_writes_nothing(session, tmp_path):
    xi.import_pupils(session, write_xlsx(tmp_path / "a.xlsx", [pupil(1)]))
    with session.db() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    report = xi.import_pupils(session, write_xlsx(tmp_path / "b.xlsx", [pupil(1), pupil(2)]),
                              dry_run=True)
    assert report.ok and report.dry_run and (report.created, report.updated) == (1, 1)
    assert count(session) == 1
    with session.db() as s:  # the check ran the real import and rolled it back: no trace
        new = list(s.scalars(select(AuditEvent.action).where(AuditEvent.id > events)))
    assert new == []


def test_formula_looking_cells_stay_text(session, tmp_path):
    wb_path = write_xlsx(tmp_path / "f.xlsx", [pupil(1, name="=1+1", addr="@x", phone="+84912",
                                                     father="-Bố", eth="=SUM(A1:A2)")])
    report = xi.import_pupils(session, wb_path)
    assert report.ok, report.errors
    detail = reg.get_pupil(session, reg.list_pupils(session)[0].id)
    assert (detail.full_name, detail.address, detail.ethnicity) == ("=1+1", "@x", "=SUM(A1:A2)")
    assert detail.guardians[0].full_name == "-Bố" and detail.guardians[0].phone == "+84912"


def test_a_real_formula_is_never_evaluated(session, tmp_path):
    path = write_xlsx(tmp_path / "g.xlsx", [pupil(1)])
    wb = openpyxl.load_workbook(path)
    wb.active["C5"] = "=CONCATENATE(\"A\",\"B\")"  # a formula without a cached value
    wb.save(path)
    report = xi.import_pupils(session, path)
    assert [(e.row_number, e.reason) for e in report.errors] == [(5, xi.R_NO_NAME)]


def test_files_that_are_not_excel(session, tmp_path):
    txt = tmp_path / "danh-sach.xlsx"
    txt.write_text("Họ và tên;Ngày sinh\nAn;01/01/2016\n", encoding="utf-8")
    empty = tmp_path / "rong.xlsx"
    empty.write_bytes(b"")
    old = tmp_path / "cu.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    other_zip = tmp_path / "nen.xlsx"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    blank_sheet = tmp_path / "trang.xlsx"
    openpyxl.Workbook().save(blank_sheet)
    cases = {txt: None, empty: xs.EMPTY_FILE, old: None, other_zip: None,
             blank_sheet: xs.EMPTY_FILE, tmp_path / "khong-co.xlsx": xs.CANNOT_OPEN}
    for path, message in cases.items():
        with pytest.raises(xi.ExcelFileError) as info:
            xi.import_pupils(session, path)
        assert info.value.message == (message or xi.ExcelFileError.message), path.name
        assert "xlsx" in info.value.message or message in (xs.EMPTY_FILE, xs.CANNOT_OPEN)
    no_header = write_xlsx(tmp_path / "nh.xlsx", [["a", "b"]], header=["Cột 1", "Cột 2"])
    with pytest.raises(xi.ExcelFileError) as info:
        xi.import_pupils(session, no_header)
    assert info.value.message == xs.NO_HEADER and "20" in info.value.render()
    with pytest.raises(xi.ExcelFileError):
        xi.read_workbook(write_xlsx(tmp_path / "s.xlsx", [pupil(1)]), sheet="Không có")
    assert count(session) == 0


def test_sector_variants_female_mark_split_name_column_numbers(session, tmp_path):
    header = ["TT", "Mã học sinh", "Họ và tên", None, "Nữ", "Ngày, tháng, năm sinh", "Lớp"]
    rows = [["(1)", "(2)", "(3)", None, "(4)", "(5)", "(6)"],
            [1, "A1", nfd("Nguyễn Thị"), "Hoa", "x", "01/09/2016", "3A"],
            [2, "A2", "Trần Văn", "Bình", None, "02/09/2016", "3A"]]
    path = write_xlsx(tmp_path / "v.xlsx", rows, header=header, titles=False)
    mapping = xi.guess_mapping(header)
    assert mapping[xi.Field.GIVEN_NAME] == 3 and mapping[xi.Field.FEMALE_MARK] == 4
    report = xi.import_pupils(session, path)
    assert report.ok and report.created == 2, report.errors
    got = {(p.full_name, p.sex) for p in reg.list_pupils(session)}
    assert got == {("Nguyễn Thị Hoa", Sex.FEMALE), ("Trần Văn Bình", Sex.MALE)}


def test_mapping_can_be_given_and_phone_without_guardian_is_a_warning(session, tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", [pupil(1, phone="0912000111")])
    header = xi.read_workbook(path).rows[3]
    mapping = xi.guess_mapping(header)
    mapping.pop(xi.Field.CLASS_NAME)
    report = xi.import_pupils(session, path, mapping)
    assert report.ok and [w.reason for w in report.warnings] == [xi.W_PHONE_DROPPED]
    assert reg.list_pupils(session)[0].class_name == ""
    with pytest.raises(xi.ExcelFileError):
        xi.import_pupils(session, path, {xi.Field.STUDENT_CODE: 1})


def test_progress_and_cancel(session, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [pupil(i) for i in range(1, 451)])
    seen: list[tuple[int, int]] = []
    report = xi.import_pupils(session, path, progress=lambda d, t: seen.append((d, t)))
    assert report.created == 450 and seen[-1] == (900, 900)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(reg.Cancelled):
        xi.import_pupils(session, write_xlsx(tmp_path / "q.xlsx", [pupil(i, code=f"N{i}")
                                                                    for i in range(1, 300)]),
                         cancelled=lambda: True)
    assert count(session) == 450


def test_error_report_lists_bad_rows_with_reasons(session, tmp_path):
    rows = [pupil(1), pupil(2, birth="31/02/2016", name="=HYPERLINK(\"x\")"), pupil(3, name="")]
    report = xi.import_pupils(session, write_xlsx(tmp_path / "e.xlsx", rows))
    out = xi.write_error_report(tmp_path / "e-loi.xlsx", report, password=EXPORT_PASSWORD)
    with pytest.raises(zipfile.BadZipFile):  # it holds pupils' data: protected
        openpyxl.load_workbook(out)
    ws = open_xlsx(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == [*HEADER, "Dòng trong tệp gốc", "Lỗi"]
    assert [r[-2] for r in values[1:]] == [6, 7]
    assert values[1][2] == "=HYPERLINK(\"x\")" and values[1][-1].startswith("Ngày sinh: ")
    assert values[2][-1].startswith("Họ và tên: ")
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_five_thousand_rows(session, tmp_path):
    path = write_xlsx(tmp_path / "big.xlsx", [pupil(i, name=f"Nguyễn Văn Số {i}",
                                                    father=f"Nguyễn Văn Bố {i}", phone="0912")
                                              for i in range(1, 5001)])
    start = time.perf_counter()
    report = xi.import_pupils(session, path)
    seconds = time.perf_counter() - start
    print(f"\n5,000 rows parsed and imported in {seconds:.2f} s ({5000 / seconds:.0f} rows/s)")
    assert report.ok and report.created == 5000 and count(session) == 5000
