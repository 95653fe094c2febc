"""The "Báo cáo" page on the demo school (20/11/2024, Học kỳ I of 2024-2025): the periodic report
for Học kỳ I previews in the app as the pages the PDF has; saving through the file-dialog seam
writes a numbered PDF and audits it; printing through the print-dialog seam paints the pages
and audits it; the text typed in the page reaches the document; who sees the page and which
documents. Plus the page at 1366x768 with a preview (PNG in $KIMBAI_SHOTS_DIR or tmp)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pikepdf
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractScrollArea, QStyle

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.gui import messages, printing
from kimbai_desktop.gui.pages import reports_page
from kimbai_desktop.gui.pages.reports_page import ReportsPage
from kimbai_desktop.reports.catalogue import ReportKind
from kimbai_desktop.services import audit_log, documents
from kimbai_desktop.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import answer_export_password, type_text
from tests.helpers import open_xlsx, unlock_office, unlock_pdf
from tests.reports import pdftools as poppler
from tests.reports.pdftools import needs_poppler

pytestmark = needs_poppler  # the PDFs are read back with poppler-utils
NOW = datetime(2024, 11, 20, 2, 0, tzinfo=UTC)  # 09:00 at the school, Học kỳ I


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kimbai_desktop.storage import keyslots
    from tests.conftest import FAST_KDF

    folder = tmp_path_factory.mktemp("reports-demo") / "data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
        create_demo(folder, clock=FixedClock(NOW))
    return folder


@pytest.fixture
def open_as(demo_template: Path, tmp_path: Path):
    import shutil

    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    opened: list[Any] = []

    def _open(username: str = DEMO_USERNAME) -> Any:
        session = unlock(folder, username, DEMO_PASSWORD, clock=FixedClock(NOW))
        opened.append(session)
        return session

    yield _open
    for session in opened:
        session.close()


def idle(qtbot: Any, worker: Any) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=20_000)
    QCoreApplication.processEvents()


def show(qtbot: Any, worker: Any, session: Any, size: tuple[int, int] = (1150, 680)) -> ReportsPage:
    page = ReportsPage(session, worker)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitUntil(lambda: page.kinds.count() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: page.current is not None and not page._in_flight, timeout=20_000)
    idle(qtbot, worker)
    return page


def previewed(qtbot: Any, worker: Any, page: ReportsPage) -> None:
    """Wait for the pending preview (the debounce timer, then the worker)."""
    qtbot.waitUntil(lambda: not page.timer.isActive() and not page._in_flight
                    and not page.busy.is_busy(), timeout=20_000)
    idle(qtbot, worker)


def test_the_periodic_report_for_semester_one_previews_as_it_will_print(qtbot, worker, open_as):
    session = open_as()
    page = show(qtbot, worker, session)
    assert page.kinds.kind() == ReportKind.PERIODIC  # the first document in the list
    assert page.params.preset.currentData() == "first"  # 20/11 is in Học kỳ I
    assert page.params.date_from.edit.text() == "01/08/2024"
    assert page.params.date_to.edit.text() == "31/01/2025"
    assert page.params.signer_name.text() == session.school_profile().principal_name
    pdf = page.current.pdf
    pages = poppler.page_count(pdf)
    assert pages >= 3 and page.preview.page_count() == pages
    assert page.pages_label.text().startswith(str(pages))
    text = poppler.text(pdf)
    assert "Kết quả công tác phòng, chống xâm hại trẻ em học kỳ I năm học 2024-2025" in text
    assert page.params.text.toPlainText().startswith("II. ĐÁNH GIÁ CHUNG")
    assert "(để báo cáo)" in page.params.recipients.toPlainText()
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert not page.excel_button.isVisible()
    # the whole school year: the period's dates follow
    page.params.set_preset("year")
    previewed(qtbot, worker, page)
    assert page.params.date_to.edit.text() == "31/07/2025"
    assert "năm học 2024-2025" in poppler.text(page.current.pdf)


def test_typed_text_recipients_and_signer_reach_the_document(qtbot, worker, open_as):
    page = show(qtbot, worker, open_as())
    page.params.text.setFocus()
    page.params.text.selectAll()
    type_text(page.params.text, "II. ĐÁNH GIÁ CHUNG\n- Nhà trường đã làm tốt việc được giao.")
    page.params.recipients.selectAll()
    type_text(page.params.recipients, "Ủy ban nhân dân xã (để báo cáo)")
    page.params.prefix.setCurrentIndex(1)  # KT.
    type_text(page.params.signer_name, "Nguyễn Thị Phó")
    page.params.signer_name.editingFinished.emit()
    previewed(qtbot, worker, page)
    text = poppler.text(page.current.pdf)
    assert "Nhà trường đã làm tốt việc được giao." in text and "1. Ưu điểm" not in text
    assert "- Ủy ban nhân dân xã (để báo cáo);" in text
    assert "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG" in text and "Nguyễn Thị Phó" in text
    # back to the default text
    page.params.reset_text.click()
    previewed(qtbot, worker, page)
    assert page.params.text.toPlainText().startswith("II. ĐÁNH GIÁ CHUNG\n1. Ưu điểm")


def test_save_pdf_through_the_seam_numbers_writes_and_audits(qtbot, worker, open_as, tmp_path):
    session = open_as()
    page = show(qtbot, worker, session)
    target = tmp_path / "out" / "bao-cao.pdf"
    target.parent.mkdir()
    messages.set_next_path(str(target))
    with qtbot.waitSignal(page.issued, timeout=20_000) as signal:
        page.save_button.click()
        answer_export_password(qtbot, page, "Gui-rieng-9")
    entry = signal.args[0]
    assert entry.reference == "01/BC-THMAU" and entry.report_kind == "periodic"
    assert target.read_bytes()[:5] == b"%PDF-"
    with pytest.raises(pikepdf.PasswordError):  # protected: the password is needed
        pikepdf.open(target)
    assert "Số: 01/BC-THMAU" in poppler.text(unlock_pdf(target, "Gui-rieng-9"))
    assert ("save-file", page.tr("Save the document as PDF"), "") in messages.history
    assert "01/BC-THMAU" in page.status.text()
    events = audit_log.list_events(session, audit_log.AuditFilter(record_type="document"))
    assert any(e.action_id == "export" and e.detail.startswith("01/BC-THMAU periodic")
               for e in events)
    # a cancelled dialog gives no number
    messages.set_next_path("")
    page.save_button.click()
    idle(qtbot, worker)
    assert [e.reference for e in documents.list_documents(session)] == ["01/BC-THMAU"]


def test_save_word_through_the_seam_numbers_writes_and_audits(qtbot, worker, open_as, tmp_path):
    """An editable Word copy next to the PDF: numbered in the same register, audited as a
    .docx, written where the user chose (the suffix added when the name has none)."""
    from tests.reports.docxtools import WordDoc

    session = open_as()
    page = show(qtbot, worker, session)
    assert page.word_button.isVisible() and page.word_button.isEnabled()
    target = tmp_path / "out" / "bao-cao"
    target.parent.mkdir()
    messages.set_next_path(str(target))
    with qtbot.waitSignal(page.issued, timeout=20_000) as signal:
        page.word_button.click()
        answer_export_password(qtbot, page, "Gui-rieng-9")
    entry = signal.args[0]
    assert entry.reference == "01/BC-THMAU" and entry.report_kind == "periodic"
    saved = target.with_name("bao-cao.docx")
    assert sorted(p.name for p in target.parent.iterdir()) == ["bao-cao.docx"]
    doc = WordDoc(unlock_office(saved, "Gui-rieng-9"))
    assert doc.blocks[0].cells[1][0] == "Số: 01/BC-THMAU"
    assert ("save-file", page.tr("Save the document as Word"), "") in messages.history
    assert "01/BC-THMAU" in page.status.text()
    events = audit_log.list_events(session, audit_log.AuditFilter(record_type="document"))
    assert any(e.action_id == "export" and e.detail.endswith(" docx") for e in events)
    # a case report names a child: Esc in the password dialog saves nothing, gives no number
    page.choose(ReportKind.RESULT)
    type_text(page.params.case.lineEdit(), "vv-2024-2025/004")
    page.params.case.lineEdit().editingFinished.emit()
    previewed(qtbot, worker, page)
    messages.set_next_path(str(tmp_path / "out" / "ket-qua.docx"))
    page.word_button.click()
    answer_export_password(qtbot, page, "", "", key=Qt.Key.Key_Escape)
    idle(qtbot, worker)
    assert [e.reference for e in documents.list_documents(session)] == ["01/BC-THMAU"]
    assert not (tmp_path / "out" / "ket-qua.docx").exists()


def test_the_suggested_file_name_holds_no_personal_data(qtbot, worker, open_as):
    page = show(qtbot, worker, open_as())
    assert page.current.prepared.file_name() == "bao-cao-dinh-ky-2024-2025-HK1.pdf"


def test_print_through_the_seam_paints_every_page_and_audits(qtbot, worker, open_as, tmp_path):
    session = open_as()
    page = show(qtbot, worker, session)
    out = tmp_path / "printed.pdf"
    chosen: list[QPrinter] = []

    def setup(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        chosen.append(printer)
        return True

    printing.set_next_printer_setup(setup)
    with qtbot.waitSignal(page.issued, timeout=30_000) as signal:
        page.print_button.click()
    assert signal.args[0].reference == "01/BC-THMAU"
    assert chosen[0].docName() == "KimBai Desktop"
    assert poppler.page_count(out.read_bytes()) == page.preview.page_count()
    assert "A4" in poppler.info(out.read_bytes())["Page size"]
    events = audit_log.list_events(session, audit_log.AuditFilter(record_type="document"))
    assert any(e.action_id == "print" for e in events)
    # a cancelled print dialog gives no number
    printing.set_next_printer_setup(lambda printer: False)
    page.print_button.click()
    idle(qtbot, worker)
    assert len(documents.list_documents(session)) == 1


def test_statistics_save_as_excel_too(qtbot, worker, open_as, tmp_path):
    page = show(qtbot, worker, open_as())
    page.choose(ReportKind.STATISTICS)
    previewed(qtbot, worker, page)
    assert page.excel_button.isVisible() and page.excel_button.isEnabled()
    target = tmp_path / "thong-ke"
    messages.set_next_path(str(target))
    page.excel_button.click()  # exact figures (for the superior body): protected
    answer_export_password(qtbot, page, "Gui-rieng-9")
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: "thong-ke.xlsx" in page.status.text(), timeout=10_000)
    assert (tmp_path / "thong-ke.xlsx").read_bytes()[:2] != b"PK"
    exact = open_xlsx(tmp_path / "thong-ke.xlsx", "Gui-rieng-9").active
    assert not any(c.value == "dưới 5" for row in exact.iter_rows() for c in row)
    # for the notice board: ticked as a user does, saved without a password
    assert page.params.publication.isVisible()
    qtbot.mouseClick(page.params.publication, Qt.MouseButton.LeftButton,
                     pos=page.params.publication.rect().bottomLeft() + QPoint(6, -6))
    assert page.params.publication.isChecked()
    previewed(qtbot, worker, page)
    text = poppler.text(page.current.pdf)
    assert "dưới 5" in text and "Bảng tin nhà trường" in text
    messages.set_next_path(str(tmp_path / "cong-bo.xlsx"))
    page.excel_button.click()
    qtbot.waitUntil(lambda: "cong-bo.xlsx" in page.status.text(), timeout=10_000)
    shown = openpyxl.load_workbook(tmp_path / "cong-bo.xlsx").active
    assert any(c.value == "dưới 5" for row in shown.iter_rows() for c in row)
    shots = Path(os.environ.get("KIMBAI_SHOTS_DIR", str(tmp_path)))
    shots.mkdir(parents=True, exist_ok=True)
    (shots / "thong-ke-cong-bo.pdf").write_bytes(page.current.pdf)


def test_an_attendance_sheet_and_a_case_report_take_their_subject(qtbot, worker, open_as):
    page = show(qtbot, worker, open_as())
    page.choose(ReportKind.ATTENDANCE)
    previewed(qtbot, worker, page)
    assert page.params.activity_box.isVisible() and not page.params.period_box.isVisible()
    assert "DANH SÁCH" in poppler.text(page.current.pdf)
    page.choose(ReportKind.RESULT)
    previewed(qtbot, worker, page)
    assert page.current is None and not page.save_button.isEnabled()  # no case chosen yet
    type_text(page.params.case.lineEdit(), "vv-2024-2025/004")
    page.params.case.lineEdit().editingFinished.emit()
    previewed(qtbot, worker, page)
    assert page.current is not None and page.current.prepared.kind == ReportKind.RESULT
    assert page.current.prepared.file_name() == "bao-cao-ket-qua-VV-2024-2025-004.pdf"


@pytest.mark.parametrize(("username", "role"), [("giaovien", Role.TEACHER),
                                                ("thongke", Role.VIEWER),
                                                ("tuvan", Role.COUNSELLOR)])
def test_who_sees_the_page_and_which_documents(qtbot, worker, open_as, username, role):
    session = open_as(username)
    assert session.user.role == role
    if role == Role.TEACHER:
        assert reports_page.available(session) is False
        return
    assert reports_page.available(session) is True
    page = show(qtbot, worker, session)
    kinds = page.kinds.kinds()
    if role == Role.VIEWER:
        assert kinds == [ReportKind.STATISTICS]
        assert "nhà trường tiếp nhận 8 vụ việc" in poppler.text(page.current.pdf)
    else:
        assert ReportKind.PERIODIC in kinds and ReportKind.AUDIT not in kinds


def test_lock_clears_the_page(qtbot, worker, open_as):
    page = show(qtbot, worker, open_as())
    page.clear()
    assert page.current is None and page.preview.page_count() == 0
    assert page.params.text.toPlainText() == "" and page.kinds.count() == 0


def test_the_page_at_1366x768_with_a_preview(qtbot, worker, open_as, tmp_path):
    from kimbai_desktop.gui.main_window import MainWindow
    from kimbai_desktop.gui.settings import AppSettings

    shots = Path(os.environ.get("KIMBAI_SHOTS_DIR") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    session = open_as()
    window = MainWindow(session, worker, AppSettings(), "vi")
    qtbot.addWidget(window)
    page = ReportsPage(session, worker, window.workspace)
    icon = window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
    window.workspace._add_page(page, "Báo cáo", icon)  # as main_window will
    window.show()
    window.resize(1366, 768)
    window.workspace.show_page(page)
    qtbot.waitUntil(lambda: page.current is not None and not page._in_flight, timeout=20_000)
    previewed(qtbot, worker, page)
    assert window.width() == 1366 and window.height() == 768
    assert page.preview.page_count() >= 3
    assert window.grab().save(str(shots / "reports-page.png"))
    for area in page.findChildren(QAbstractScrollArea):
        if area.isVisible() and area is not page.preview:
            assert not area.horizontalScrollBar().isVisible(), area.objectName() or type(area)
    assert not page.preview.horizontalScrollBar().isVisible()  # fits the width
    bar = page.form_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the recipients and the signature under the text
    QCoreApplication.processEvents()
    assert window.grab().save(str(shots / "reports-page-2-signature.png"))
    page.choose(ReportKind.ATTENDANCE)
    previewed(qtbot, worker, page)
    page.preview.zoom_out()
    page.preview.zoom_out()
    idle(qtbot, worker)
    assert window.grab().save(str(shots / "reports-page-3-attendance.png"))
    window.dispose()


def test_the_plan_takes_the_superior_bodys_instruction_as_typed(qtbot, worker, open_as):
    """The plan's "Thực hiện ...;" line cites what the user types in "Implements", in the
    default text and, once the text was edited, in the edited text too."""
    page = show(qtbot, worker, open_as())
    page.kinds.select(ReportKind.PLAN)
    previewed(qtbot, worker, page)
    assert page.params.basis.isVisible()
    page.params.basis.setFocus()
    type_text(page.params.basis, "Công văn số 349/GDĐT-CTTT ngày 30/5/2024 của Phòng GD&ĐT")
    page.params.basis.editingFinished.emit()
    previewed(qtbot, worker, page)
    text = " ".join(poppler.text(page.current.pdf).split())
    assert "Thực hiện Công văn số 349/GDĐT-CTTT ngày 30/5/2024 của Phòng GD&ĐT;" in text
    # an edited text keeps the user's words and takes a new instruction in its line
    page.params.text.setFocus()
    page.params.text.moveCursor(page.params.text.textCursor().MoveOperation.End)
    type_text(page.params.text, "\nMột dòng thêm của hiệu trưởng.")
    page.params.basis.selectAll()
    type_text(page.params.basis, "Kế hoạch số 12/KH-UBND ngày 10/9/2024 của UBND xã")
    page.params.basis.editingFinished.emit()
    previewed(qtbot, worker, page)
    text = " ".join(poppler.text(page.current.pdf).split())
    assert "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/9/2024 của UBND xã;" in text
    assert "Một dòng thêm của hiệu trưởng." in text
    page.kinds.select(ReportKind.PERIODIC)
    assert not page.params.basis.isVisible()


def test_the_user_strikes_out_more_of_a_de_identified_copy_before_printing(
        qtbot, worker, open_as, tmp_path):
    """Tick "De-identified copy", open the review, double-click a word the program could not
    know, strike it out, apply: the preview and the printout show [đã xóa] instead, and the
    print is audited with the counts."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from kimbai_desktop.domain.cases import EntryKind
    from kimbai_desktop.services import case_work

    session = open_as()
    cid = documents.find_case(session, "VV-2024-2025/004")
    case_work.add_entry(session, cid, EntryKind.NOTE,
                        "Em bị đánh gần quán bún đầu ngõ, gọi 0912.345.678.")
    page = show(qtbot, worker, session)
    page.choose(ReportKind.DOSSIER)
    previewed(qtbot, worker, page)
    type_text(page.params.case.lineEdit(), "vv-2024-2025/004")
    page.params.case.lineEdit().editingFinished.emit()
    previewed(qtbot, worker, page)
    assert not page.params.review_button.isEnabled()
    page.params.deidentified.click()
    previewed(qtbot, worker, page)
    assert page.current is not None and page.current.prepared.deid is not None
    assert "quán bún" in poppler.text(page.current.pdf)

    page.params.review_button.click()
    dialog = page.review_dialog
    assert dialog is not None and dialog.isVisible()
    edit = dialog.text
    assert "[số điện thoại]" in edit.toPlainText()
    found = edit.document().find("bún")
    assert not found.isNull()
    edit.setTextCursor(found)
    edit.ensureCursorVisible()
    found.setPosition(found.selectionStart() + 1)
    spot = edit.cursorRect(found).center()
    QTest.mouseDClick(edit.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      QPoint(spot.x(), spot.y()))
    assert dialog.selection() == "bún"
    QTest.mouseClick(dialog.strike_button, Qt.MouseButton.LeftButton)
    assert dialog.struck() == ("bún",)
    with qtbot.waitSignal(page.preview_ready, timeout=20_000):
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # "Áp dụng cho bản này"
    previewed(qtbot, worker, page)
    text = poppler.text(page.current.pdf)
    assert "bún" not in text and "quán [đã xóa] đầu" in text
    assert page.current.prepared.deid.struck == 1

    out = tmp_path / "printed.pdf"

    def setup(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return True

    printing.set_next_printer_setup(setup)
    with qtbot.waitSignal(page.issued, timeout=30_000):
        page.print_button.click()
    event = audit_log.list_events(session, audit_log.AuditFilter(record_type="document"),
                                  limit=1)[0]
    replaced = page.current.prepared.deid.replaced
    assert event.action_id == "print" and event.detail.endswith(
        f"pdf replaced={replaced} struck=1")
    assert "1" in page.status.text() and str(replaced) in page.status.text()
