"""Screenshots of the case screens at the size of an old office monitor (1366x768), inside the
real main window (menu bar, header, the navigation of the user's role), with the demo school's data.

The images go to ``$KIMBAI_SHOTS_DIR`` when set (e.g. /tmp/shots), else to the test's temporary
folder. Every screen is checked for horizontal scroll bars and for widgets wider than the window.
"""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from kimbai_desktop.domain.enums import AbuseForm
from kimbai_desktop.gui.cases.common import set_combo_data
from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.settings import AppSettings
from tests.gui.helpers import navigation_titles, type_text
from tests.gui.test_cases_support import (  # noqa: F401
    TIMEOUT,
    clock,
    demo,
    open_case,
    sign_in,
)

WIDTH, HEIGHT = 1366, 768


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = Path(os.environ.get("KIMBAI_SHOTS_DIR") or tmp_path / "shots")
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture
def framed(qtbot, worker, sign_in) -> Iterator[Callable[[Any, str], tuple[MainWindow, Any]]]:
    """``framed(session, "cases_page")``: the real main window of the session's user (menus,
    header, the navigation of its role) at 1366x768, showing that page of its workspace; returns
    the window and the page. Disposed before the sessions close."""
    windows: list[MainWindow] = []

    def open_on(session: Any, page_name: str) -> tuple[MainWindow, Any]:
        window = MainWindow(session, worker, AppSettings(), "vi")
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(WIDTH, HEIGHT)
        page = getattr(window.workspace, page_name)
        assert page is not None, page_name
        window.workspace.show_page(page)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.school_label.text() != "", timeout=TIMEOUT)
        return window, page

    yield open_on
    for window in windows:
        window.dispose()


def save(widget: QWidget, folder: Path, name: str) -> None:
    QCoreApplication.processEvents()
    check_fits(widget)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))


def composite(window: QWidget, dialog: QWidget, folder: Path, name: str) -> None:
    """The window with the dialog over its centre, as the user sees them."""
    QCoreApplication.processEvents()
    check_fits(dialog)
    assert dialog.width() <= WIDTH and dialog.height() <= HEIGHT - 40
    picture = window.grab()
    over = dialog.grab()
    painter = QPainter(picture)
    x = (picture.width() - over.width()) // 2
    y = (picture.height() - over.height()) // 2
    painter.fillRect(x - 2, y - 2, over.width() + 4, over.height() + 4, Qt.GlobalColor.darkGray)
    painter.drawPixmap(x, y, over)
    painter.end()
    assert picture.save(str(folder / f"{name}.png"))


def check_fits(root: QWidget) -> None:
    """No horizontal scroll bar anywhere, and nothing asks for more width than it has."""
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert not area.horizontalScrollBar().isVisible(), area
    assert root.minimumSizeHint().width() <= root.width(), root


def test_overview_and_cases_screens(qtbot, sign_in, framed, shots) -> None:
    frame, overview = framed(sign_in("tuvan"), "overview_page")
    qtbot.waitUntil(lambda: overview.overview is not None and not overview.loading, timeout=TIMEOUT)
    assert frame.width() == WIDTH and frame.height() == HEIGHT
    save(frame, shots, "cases-1-overview")

    page = frame.workspace.cases_page
    frame.workspace.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=TIMEOUT)
    save(frame, shots, "cases-2-list")
    open_case(qtbot, page, 4)
    save(frame, shots, "cases-3-case-view")
    page.case_view.chronology.table.selectRow(2)
    open_case(qtbot, page, 7)
    save(frame, shots, "cases-4-case-view-urgent")

    view = page.case_view
    for name, button in (
        ("call", view.call_button),
        ("step", view.step_button),
        ("note", view.note_button),
        ("plan", view.plan_button),
        ("referral", view.refer_button),
        ("consent", view.consent_button),
        ("documents", view.documents_button),
    ):
        button.click()
        dialog = view.current_dialog
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: not view.worker.busy, timeout=TIMEOUT)
        composite(frame, dialog, shots, f"cases-5-dialog-{name}")
        dialog.reject()


def test_intake_screens(qtbot, sign_in, framed, shots) -> None:
    frame, page = framed(sign_in("tuvan"), "cases_page")
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=TIMEOUT)
    page.new_case()
    dialog = page.intake_dialog
    qtbot.waitExposed(dialog)
    composite(frame, dialog, shots, "cases-6-intake")
    dialog.submit()
    save(dialog, shots, "cases-7-intake-errors")
    picker = dialog.fields.children_editor.picker
    with qtbot.waitSignal(picker.searched, timeout=TIMEOUT):
        type_text(picker.search, "dang")
    save(dialog, shots, "cases-8-intake-pupil-search")
    picker.pick_current()
    dialog.fields.forms[AbuseForm.SCHOOL_VIOLENCE].setChecked(True)
    type_text(dialog.fields.summary, "Hai em xô xát trong giờ ra chơi.")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.duplicate_panel.isVisible() or not dialog.busy, timeout=TIMEOUT)
    save(dialog, shots, "cases-9-intake-before-saving")
    dialog.done(0)


def test_teacher_concern_screens(qtbot, sign_in, framed, shots) -> None:
    frame, page = framed(sign_in("giaovien"), "concerns_page")
    assert frame.page_titles() == navigation_titles("teacher")
    qtbot.waitUntil(lambda: not page.loading and page.list.topLevelItemCount() > 0, timeout=TIMEOUT)
    save(frame, shots, "cases-10-concern-form")
    page.form.send()
    save(frame, shots, "cases-11-concern-form-errors")
    type_text(page.form.child_name, "Lê Văn Tèo, 4A")
    type_text(page.form.what, "Hai em đánh nhau ở sân trường giờ ra chơi.")
    set_combo_data(page.form.kind, AbuseForm.SCHOOL_VIOLENCE)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.form.send()
    save(frame, shots, "cases-12-concern-sent")


def test_document_and_correction_screens(qtbot, sign_in, framed, shots, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    from kimbai_desktop.gui import messages

    frame, page = framed(sign_in("tuvan"), "cases_page")
    view = open_case(qtbot, page, 4)
    picture = QImage(900, 600, QImage.Format.Format_RGB32)
    picture.fill(QColor("#d9e6f5"))
    painter = QPainter(picture)
    painter.drawText(picture.rect(), Qt.AlignmentFlag.AlignCenter, "Ảnh chụp tin nhắn (mẫu)")
    painter.end()
    png = tmp_path / "tin nhắn đe dọa.png"
    assert picture.save(str(png))
    pdf = tmp_path / "biên bản họp.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% sample\n")
    view.documents_button.click()
    dialog = view.current_dialog
    for path in (png, pdf):
        messages.set_next_path(path)
        with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
            dialog.add()
    qtbot.waitUntil(lambda: len(dialog.files) == 2, timeout=TIMEOUT)
    composite(frame, dialog, shots, "cases-13-documents")
    for row, name in ((0, "cases-14-viewer-picture"), (1, "cases-15-viewer-pdf")):
        dialog.table.selectRow(row)
        dialog.view()
        qtbot.waitUntil(lambda: dialog.viewer is not None, timeout=TIMEOUT)
        qtbot.waitExposed(dialog.viewer)
        if row == 0:
            qtbot.waitUntil(lambda: dialog.viewer.canvas.pixmap().width() > 400, timeout=TIMEOUT)
        composite(frame, dialog.viewer, shots, name)
        dialog.viewer.reject()
    dialog.reject()

    qtbot.waitUntil(lambda: not view.chronology.loading, timeout=TIMEOUT)
    view.chronology.table.selectRow(3)
    view.chronology.correct_button.click()
    correction = view.current_dialog
    type_text(correction.text, "Ghi rõ: chuyển tuyến ngày 26/9, không phải 25/9.")
    composite(frame, correction, shots, "cases-16-correction")
    correction.reject()


def test_sealed_case_screens(qtbot, sign_in, framed, shots) -> None:
    """Sealing, the holders, the banner of an account that does not hold the case file, the
    grant with the printed recovery key (issue 14)."""
    from kimbai_desktop.domain.enums import Role
    from kimbai_desktop.services import accounts, sealed_files
    from kimbai_desktop.services.demo import DEMO_PASSWORD

    principal = sign_in("demo")
    if not sealed_files.has_recovery_key(principal):  # the demo makes its own
        sealed_files.make_recovery_key(principal)  # case 8 (it names a member of staff) gets it
    frame, page = framed(sign_in("tuvan"), "cases_page")
    view = open_case(qtbot, page, 3)
    save(frame, shots, "cases-20-not-sealed")
    view.seal.seal_button.click()
    dialog = view.current_dialog
    qtbot.waitExposed(dialog)
    dialog.submit()
    composite(frame, dialog, shots, "cases-21-seal-dialog")
    type_text(dialog.reason, "Gia đình đề nghị giữ kín tuyệt đối.")
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        dialog.submit()
    qtbot.waitUntil(lambda: not view.chronology.loading, timeout=TIMEOUT)
    save(frame, shots, "cases-22-sealed-holder")
    accounts.add_account(principal, "hieupho", "Ngô Văn Phó", Role.PRINCIPAL, DEMO_PASSWORD)
    view.seal.holders_button.click()
    holders = view.current_dialog
    qtbot.waitUntil(lambda: holders.info is not None and not holders.busy, timeout=TIMEOUT)
    composite(frame, holders, shots, "cases-23-holders")
    holders.reject()

    deputy_frame, deputy_page = framed(sign_in("hieupho"), "cases_page")
    qtbot.waitUntil(lambda: deputy_page.model.row_of(8) >= 0, timeout=TIMEOUT)
    save(deputy_frame, shots, "cases-19-list-not-holding")
    locked = open_case(qtbot, deputy_page, 8)
    assert locked.seal.banner.isVisible()
    save(deputy_frame, shots, "cases-24-sealed-banner")
    locked.seal.banner_holders.click()
    holders = locked.current_dialog
    qtbot.waitUntil(lambda: holders.info is not None and not holders.busy, timeout=TIMEOUT)
    composite(deputy_frame, holders, shots, "cases-25-holders-not-holding")
    holders.recovery_button.click()
    grant = holders.recovery_dialog
    qtbot.waitExposed(grant)
    grant.submit()
    composite(deputy_frame, grant, shots, "cases-26-recovery-grant")
    grant.done(0)
    holders.reject()
