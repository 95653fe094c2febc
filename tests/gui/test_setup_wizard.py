"""The first-run wizard: a real encrypted database is created and unlocks; fields are checked
with messages beside them; the recovery key must be confirmed before Finish."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from kimbai_desktop.gui import messages, printing
from kimbai_desktop.gui.setup_wizard import SetupWizard
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.session import unlock
from kimbai_desktop.services.setup import is_initialized
from tests.gui.helpers import type_text

PROFILE = {
    "school_name": "Trường Tiểu học Hòa Bình",
    "superior_body": "UBND xã Hòa Bình",
    "place_name": "Hòa Bình",
    "principal_name": "Nguyễn Thị Hương",
    "document_symbol": "THHB",
    "school_year": "2024-2025",
}
PASSWORD = "mật khẩu bí mật 1"  # noqa: S105 - test data


@pytest.fixture
def wizard(qtbot, worker: DbWorker, data_dir: Path) -> SetupWizard:
    w = SetupWizard(data_dir, worker, today=date(2024, 9, 5))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def fill_school(wizard: SetupWizard, **overrides: str) -> None:
    values = {**PROFILE, **overrides}
    for name, value in values.items():
        type_text(wizard.school_page.form.fields[name], value)


def go_to_account_page(wizard: SetupWizard) -> None:
    wizard.next()
    fill_school(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.account_page


def create(qtbot, wizard: SetupWizard) -> None:
    page = wizard.account_page
    type_text(page.password, PASSWORD)
    type_text(page.confirm, PASSWORD)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=20_000)


def test_happy_path_creates_a_database_that_unlocks(qtbot, wizard, data_dir, tmp_path) -> None:
    assert wizard.windowTitle() == "KimBai Desktop"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Tiếp tục >"
    go_to_account_page(wizard)
    page = wizard.account_page
    assert page.full_name.text() == "Nguyễn Thị Hương"  # copied from the principal's name
    assert page.username.text() == "hieutruong"
    create(qtbot, wizard)

    key = wizard.recovery_key
    assert len(key.split("-")) == 13
    shown = wizard.key_page.key_label.text()
    assert shown.replace("\n", "-") == key
    assert not page.password.text()  # the password does not stay in the widget

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    pdf = tmp_path / "key.pdf"

    def to_pdf(printer) -> bool:
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return True

    printing.set_next_printer_setup(to_pdf)
    qtbot.mouseClick(wizard.key_page.print_button, Qt.MouseButton.LeftButton)
    assert pdf.stat().st_size > 1000
    assert "Đã gửi đến máy in" in wizard.key_page.print_status.text()
    html = wizard.key_page.print_html()
    assert "Trường Tiểu học Hòa Bình" in html and "05/09/2024" in html
    assert key.split("-")[0] in html

    wizard.key_page.saved_check.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.finished, timeout=5000) as blocker:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert blocker.args == [QWizard.DialogCode.Accepted.value] or wizard.result() == 1

    assert is_initialized(data_dir)
    session = unlock(data_dir, "hieutruong", PASSWORD)
    try:
        assert session.user.full_name == "Nguyễn Thị Hương"
        assert session.school_profile().school_name == "Trường Tiểu học Hòa Bình"
    finally:
        session.close()


def test_school_year_defaults_from_today(qtbot, worker, data_dir) -> None:
    for today, expected in ((date(2025, 3, 1), "2024-2025"), (date(2025, 8, 20), "2025-2026")):
        w = SetupWizard(data_dir, worker, today=today)
        qtbot.addWidget(w)
        assert w.school_page.form.fields["school_year"].text() == expected


def test_school_fields_show_messages_beside_them(qtbot, wizard) -> None:
    wizard.next()
    form = wizard.school_page.form
    form.fields["school_year"].clear()
    wizard.next()
    assert wizard.currentPage() is wizard.school_page
    assert form.error_of("school_name") == "Hãy nhập tên trường."
    assert form.error_of("superior_body") == "Hãy nhập cơ quan chủ quản."
    assert form.error_of("school_year") == "Hãy nhập năm học, ví dụ 2024-2025."
    assert wizard.focusWidget() is form.fields["school_name"]

    fill_school(wizard, document_symbol="th hb!", school_year="2024-2026")
    wizard.next()
    assert wizard.currentPage() is wizard.school_page
    assert form.error_of("school_name") == ""
    assert "chữ in hoa và chữ số" in form.error_of("document_symbol")
    assert form.error_of("school_year") == "Ghi năm học bằng hai năm liên tiếp, ví dụ 2024-2025."
    type_text(form.fields["school_year"], "2024-2025")
    assert form.error_of("school_year") == ""  # editing the field clears its message


def test_account_fields_show_messages_beside_them(qtbot, wizard, data_dir) -> None:
    go_to_account_page(wizard)
    page = wizard.account_page
    type_text(page.username, "Hiệu Trưởng")
    type_text(page.password, "ngắn")
    wizard.next()
    assert wizard.currentPage() is page
    assert "hieutruong" in page.boxes["username"].error.message()
    assert page.boxes["password"].error.message() == "Mật khẩu cần có ít nhất 8 ký tự."
    type_text(page.username, "hieutruong")
    type_text(page.password, PASSWORD)
    type_text(page.confirm, PASSWORD + "x")
    wizard.next()
    assert page.boxes["confirm"].error.message() == "Hai mật khẩu không giống nhau. Hãy nhập lại."
    assert page.boxes["username"].error.message() == ""
    assert not is_initialized(data_dir)


def test_recovery_key_confirmation_is_required(qtbot, wizard) -> None:
    go_to_account_page(wizard)
    create(qtbot, wizard)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()  # Esc on the last page
    assert wizard.isVisible()
    assert messages.history[-1][0] == "warning"
    assert "đánh dấu vào ô xác nhận" in messages.history[-1][2]


def test_cancel_asks_once_data_was_typed(qtbot, wizard) -> None:
    wizard.next()
    type_text(wizard.school_page.form.fields["school_name"], "Trường Tiểu học Hòa Bình")
    messages.set_next_answer(QMessageBox.StandardButton.No)
    wizard.reject()
    assert wizard.isVisible()
    assert messages.history[-1] == (
        "question",
        "Hủy thiết lập",
        "Dừng thiết lập? Những thông tin bạn đã nhập sẽ bị mất.",
    )
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    wizard.reject()
    assert not wizard.isVisible()


def test_cancel_without_data_does_not_ask(qtbot, wizard) -> None:
    wizard.reject()
    assert not wizard.isVisible()
    assert messages.history == []
