"""The minute of an inspection of the plan (biên bản kiểm tra): the official form of Nghị định 30
(a numbered BB), what was checked and found, each follow-up action with its owner, due date and
state on the document's date, two signatures; only those who keep the plan may make it."""

from __future__ import annotations

import io
from datetime import date

import pikepdf
import pytest

from kimbai_desktop.domain.errors import KimbaiError, PermissionDenied
from kimbai_desktop.services import documents, inspections
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from tests.reports import pdftools
from tests.reports.pdftools import needs_poppler
from tests.reports.test_reports import check_official

pytestmark = needs_poppler
ON = date(2024, 11, 20)


def record(session) -> int:
    return inspections.save_inspection(session, inspections.InspectionInput(
        date(2024, 10, 15), "Nguyễn Thị Kiểm, Phó hiệu trưởng\nLê Văn Tra, Tổ trưởng tổ 3",
        "Hòm thư “Điều em muốn nói”\nSổ tiếp nhận thông tin",
        "Hòm thư được mở hằng tuần.\nSổ tiếp nhận thiếu chữ ký của người tiếp nhận.",
        (inspections.ActionInput("Bổ sung chữ ký vào sổ tiếp nhận", "Lê Văn Tra",
                                 date(2024, 10, 25), date(2024, 10, 24)),
         inspections.ActionInput("Niêm yết số 111 ở cổng trường", "Bảo vệ", date(2024, 11, 1)),
         inspections.ActionInput("Rà soát lại hòm thư", "Tổng phụ trách Đội",
                                 date(2024, 12, 1)))))


def test_the_minute_is_an_official_document_that_says_what_was_found(principal):
    inspection_id = record(principal)
    prepared = documents.prepare_report(principal, ReportRequest(
        ReportKind.INSPECTION, inspection_id=inspection_id, on=ON))
    pdf = documents.render_report(prepared)
    check_official(pdf, principal.school_profile(), ReportKind.INSPECTION, ON)
    flat = " ".join(pdftools.text(pdf).split())
    for text in ("Hôm nay, ngày 15 tháng 10 năm 2024", "I. THÀNH PHẦN KIỂM TRA",
                 "- Nguyễn Thị Kiểm, Phó hiệu trưởng", "II. NỘI DUNG KIỂM TRA",
                 "- Sổ tiếp nhận thông tin", "III. KẾT QUẢ KIỂM TRA",
                 "Sổ tiếp nhận thiếu chữ ký của người tiếp nhận.",
                 "IV. KIẾN NGHỊ, BIỆN PHÁP KHẮC PHỤC", "Bổ sung chữ ký vào sổ tiếp nhận",
                 "Đã thực hiện ngày 24/10/2024", "Quá hạn, chưa thực hiện", "Đang thực hiện",
                 "NGƯỜI LẬP BIÊN BẢN",
                 "Kiểm tra việc thực hiện Kế hoạch phòng, chống xâm hại trẻ em năm học 2024-2025"):
        assert text in flat, text
    assert prepared.file_name() == "bien-ban-kiem-tra-2024-10-15.pdf"
    assert prepared.record_type == "inspection" and prepared.record_id == str(inspection_id)


def test_saving_the_minute_numbers_it_as_a_bb(principal, tmp_path):
    prepared = documents.prepare_report(principal, ReportRequest(
        ReportKind.INSPECTION, inspection_id=record(principal), on=ON))
    saved = documents.save_report(principal, prepared, tmp_path / "bb.pdf",
                                  password="Gui-rieng-123")  # it names staff: protected
    assert saved.entry is not None and saved.entry.reference.endswith("/BB-THMAU")
    with pikepdf.open(saved.path, password="Gui-rieng-123") as pdf:
        plain = io.BytesIO()
        pdf.save(plain)
    assert "Số: 01/BB-THMAU" in pdftools.text(plain.getvalue())


def test_the_minute_needs_an_inspection_and_the_right_to_keep_the_plan(principal, sign_in):
    with pytest.raises(KimbaiError):
        documents.prepare_report(principal, ReportRequest(ReportKind.INSPECTION))
    assert ReportKind.INSPECTION in documents.available_kinds(principal)
    viewer = sign_in("thongke")
    assert ReportKind.INSPECTION not in documents.available_kinds(viewer)
    with pytest.raises(PermissionDenied):
        documents.prepare_report(viewer, ReportRequest(ReportKind.INSPECTION,
                                                       inspection_id=record(principal)))
