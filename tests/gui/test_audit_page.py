"""The access log page (principal): lazily loaded pages of events, filters, the order, the
status line with the chain head, and the integrity check that names the first altered event."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.gui.audit_model import AuditModel
from kimbai_desktop.gui.display import date_time_text
from kimbai_desktop.gui.paged_model import PAGE_SIZE
from kimbai_desktop.services.accounts import add_account
from kimbai_desktop.services.audit_log import AuditFilter
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import add_staff, answer_export_password, sign_in, type_text
from tests.helpers import PASSWORD, USERNAME, make_school, open_xlsx

EXTRA_VIEWS = PAGE_SIZE + 40


@pytest.fixture
def school(data_dir: Path) -> Path:
    make_school(data_dir)
    add_staff(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        for i in range(EXTRA_VIEWS):
            session.audit(AuditAction.VIEW, "pupil", i % 7)
        add_account(session, "xem.bc", "Đỗ Văn Xem", Role.VIEWER, "mật khẩu xem báo cáo")
    finally:
        session.close()
    return data_dir


@pytest.fixture
def page(qtbot, school, make_controller):
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    window = controller.main_window
    audit = window.audit_page
    assert not audit.started
    window.workspace.show_page(audit)  # loads when first shown
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0 and audit.model.total > 0, timeout=10_000)
    qtbot.waitUntil(lambda: audit.head_field.text() != "", timeout=10_000)
    return audit


def column(model: AuditModel, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def reload(qtbot, page) -> None:
    page.apply_filter()
    qtbot.waitUntil(lambda: not page.model.fetching, timeout=10_000)


def test_pages_load_lazily_and_the_model_is_sound(qtbot, page, qtmodeltester) -> None:
    model = page.model
    total = model.total
    assert total > EXTRA_VIEWS  # sign-ins, account creations, the views, ...
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    assert page.count_label.text().startswith(f"{total} sự kiện; đang hiện {PAGE_SIZE}")
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE, timeout=10_000)
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.fetching, timeout=10_000)
    assert model.rowCount() == total
    assert page.count_label.text() == f"{total} sự kiện."
    ids = [entry.id for entry in model.rows]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)  # newest first
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert headers == ["Thời gian", "Tài khoản", "Việc đã làm", "Hồ sơ"]
    first = model.rows[0]
    assert model.data(model.index(0, 0)) == date_time_text(first.at)
    assert len(model.data(model.index(0, 0))) == len("05/09/2024 14:05")
    qtmodeltester.check(model)


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_filters_by_account_activity_record_and_dates(qtbot, page) -> None:
    model = page.model
    assert [page.actor.itemData(i) for i in range(page.actor.count())] == ["", USERNAME]
    assert page.actor.itemText(1).endswith(f" ({USERNAME})")  # the person's name first
    page.action.setCurrentIndex(page.action.findData(AuditAction.ACCOUNT_CREATE))
    reload(qtbot, page)
    assert model.rowCount() == 4  # the principal at setup, two staff, the viewer
    sentences = column(model, 2)
    assert f"Tạo tài khoản hiệu trưởng {USERNAME} khi thiết lập lần đầu" in sentences
    assert "Tạo tài khoản xem.bc (Xem báo cáo)" in sentences
    assert set(column(model, 3)) >= {USERNAME, "xem.bc"}  # account names, never ids

    page.action.setCurrentIndex(page.action.findData(AuditAction.ACCOUNT_CREATE))
    type_text(page.record_id, "xem.bc")  # a record by the name people use for it
    reload(qtbot, page)
    assert column(model, 2) == ["Tạo tài khoản xem.bc (Xem báo cáo)"]

    today = date.today()
    type_text(page.until.edit, (today - timedelta(days=1)).strftime("%d/%m/%Y"))
    reload(qtbot, page)
    assert model.rowCount() == 0 and model.total == 0
    assert page.count_label.text() == "0 sự kiện."
    page.until.set_date(today)
    page.since.set_date(today)
    reload(qtbot, page)
    assert model.total > 0

    type_text(page.since.edit, "32/13/2024")  # written as a date, but no such day
    page.apply_filter()
    assert page.filter_error.message() == (
        "Ngày này không có trên lịch. Hãy kiểm tra lại ngày và tháng."
    )
    type_text(page.since.edit, "32-13")
    page.apply_filter()
    assert page.filter_error.message() == (
        "Hãy ghi ngày bắt đầu theo dạng ngày/tháng/năm, ví dụ 05/09/2024."
    )
    page.since.set_date(today + timedelta(days=2))
    page.apply_filter()
    assert page.filter_error.message().startswith("Ngày kết thúc đứng trước ngày bắt đầu.")

    page.reset_filter()
    qtbot.waitUntil(lambda: not model.fetching, timeout=10_000)
    assert page.filter_error.message() == ""
    assert model.filter == AuditFilter()


def test_oldest_first_and_the_actor_filter(qtbot, page) -> None:
    model = page.model
    page.order.setCurrentIndex(1)
    reload(qtbot, page)
    assert model.rows[0].id == 1
    assert model.data(model.index(0, 2)).startswith("Tạo tài khoản hiệu trưởng")
    page.actor.setCurrentIndex(page.actor.findData(USERNAME))
    reload(qtbot, page)
    assert set(column(model, 1)) == {USERNAME}


def test_status_line_and_the_integrity_check(qtbot, page, school) -> None:
    head = page.head_field.text()
    assert len(head) == 64 and page.head_field.isReadOnly()
    page.verify_button.click()
    qtbot.waitUntil(lambda: not page.checking, timeout=10_000)
    assert page.verify_result.text().startswith("✔ Nhật ký truy cập còn nguyên vẹn:")

    tamper = unlock(school, USERNAME, PASSWORD)
    try:
        with tamper.write() as s:
            s.execute(text("DROP TRIGGER audit_events_no_update"))
            s.execute(text("UPDATE audit_events SET actor = 'ai đó' WHERE id = 5"))
    finally:
        tamper.close()
    page.verify_button.click()
    qtbot.waitUntil(lambda: not page.checking, timeout=10_000)
    assert page.verify_result.text().startswith(
        "✖ Nhật ký truy cập đã bị thay đổi từ sự kiện số 5 trở đi."
    )


def test_every_record_kind_the_services_write_has_a_plain_name() -> None:
    """The access log never shows a stored identifier such as "activity_file" to the user."""
    import importlib
    import re

    import kimbai_desktop.services as services_package
    from kimbai_desktop.gui.audit_labels import record_types

    written: set[str] = set()
    for source in Path(services_package.__file__).parent.glob("*.py"):
        code = source.read_text(encoding="utf-8")
        module = importlib.import_module(f"kimbai_desktop.services.{source.stem}")
        # session.audit(<action>, <record type>, ...): the type is a literal or a RECORD constant
        for kind in re.findall(r'\baudit\([^()]*?,\s*("[a-z_]+"|\w*RECORD\w*)\s*[,)]', code):
            written.add(kind.strip('"') if kind.startswith('"') else getattr(module, kind))
    assert {"case", "pupil", "activity_file", "attachment", "document"} <= written
    assert written - set(record_types()) == set()


def test_export_after_the_warning_and_print_the_filtered_events(qtbot, page, school,
                                                                tmp_path) -> None:
    from openpyxl import load_workbook
    from PySide6.QtPrintSupport import QPrinter

    from kimbai_desktop.gui import messages, printing
    from kimbai_desktop.services.audit_log import list_events

    page.action.setCurrentIndex(page.action.findData(AuditAction.ACCOUNT_CREATE))
    reload(qtbot, page)
    messages.set_next_path(tmp_path / "nhat-ky")
    page.export_button.click()  # the password that protects the file, typed twice
    answer_export_password(qtbot, page, "Gui-rieng-9")
    qtbot.waitUntil(lambda: messages.history[-1][0] == "information", timeout=10_000)
    with pytest.raises(zipfile.BadZipFile):
        load_workbook(tmp_path / "nhat-ky.xlsx")
    sheet = open_xlsx(tmp_path / "nhat-ky.xlsx", "Gui-rieng-9").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Thời gian", "Tài khoản", "Việc đã làm", "Hồ sơ")
    assert len(rows) == 5 and "Tạo tài khoản xem.bc (Xem báo cáo)" in [r[2] for r in rows]

    pdf = tmp_path / "nhat-ky.pdf"

    def to_pdf(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return True

    printing.set_next_printer_setup(to_pdf)
    page.print_button.click()
    qtbot.waitUntil(lambda: pdf.exists() and pdf.stat().st_size > 0, timeout=10_000)
    check = unlock(school, USERNAME, PASSWORD)
    try:
        qtbot.waitUntil(lambda: bool(list_events(check, AuditFilter(
            action=AuditAction.PRINT, record_type="audit"))), timeout=10_000)
        exported = list_events(check, AuditFilter(action=AuditAction.EXPORT, record_type="audit"))
        assert [e.detail for e in exported] == ["xlsx rows=4"]
    finally:
        check.close()
