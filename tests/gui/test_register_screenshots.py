"""The register's screens at the size of an old office monitor (1366x768), saved as PNGs.

The page is shown inside the real main window (with its header and navigation), so the width it
gets is the width a user gets. Images go to ``$KIMBAI_SHOTS_DIR`` when set (e.g. /tmp/shots),
else to the test's temporary folder. The list must not need a horizontal scroll bar.
"""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from kimbai_desktop.domain.enums import SpecialCircumstance
from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.pages.register_page import RegisterPage
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.services.excel_sheet import Field
from tests.gui.helpers import type_text
from tests.gui.test_register_support import (
    select,
    settle,
)

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = Path(os.environ.get("KIMBAI_SHOTS_DIR") or tmp_path / "shots")
    target.mkdir(parents=True, exist_ok=True)
    return target


def save(widget: QWidget, folder: Path, name: str) -> None:
    QCoreApplication.processEvents()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    assert widget.width() <= 1366 and widget.height() <= 768


def composite(window: QWidget, dialog: QWidget, folder: Path, name: str) -> None:
    """The window with the dialog painted over its centre, as the user sees them together."""
    from PySide6.QtGui import QPainter

    QCoreApplication.processEvents()
    picture = window.grab()
    over = dialog.grab()
    painter = QPainter(picture)
    x = (picture.width() - over.width()) // 2
    y = max(0, (picture.height() - over.height()) // 2)
    painter.fillRect(x - 2, y - 2, over.width() + 4, over.height() + 4, Qt.GlobalColor.darkGray)
    painter.drawPixmap(x, y, over)
    painter.end()
    assert picture.save(str(folder / f"{name}.png"))
    assert dialog.width() <= 1366 and dialog.height() <= 768


@pytest.fixture
def window(qtbot, principal, worker):
    win = MainWindow(principal, worker, AppSettings(), "vi")
    qtbot.addWidget(win)
    win.load()
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    page = win.workspace.register_page
    assert page is not None
    win.workspace.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    settle(qtbot, page)
    win.register_page = page
    yield win
    settle(qtbot, page)
    page.clear()
    win.dispose()


def test_register_screens(qtbot, window, shots, tmp_path) -> None:
    page: RegisterPage = window.register_page
    assert window.width() == 1366 and window.height() == 768
    bar = page.table.horizontalScrollBar()
    save(window, shots, "register-1-list")
    assert not bar.isVisible(), "the list scrolls sideways at 1366 pixels"

    group = page.filters.group
    group.setCurrentIndex(group.findData(SpecialCircumstance.DISABLED))
    qtbot.waitUntil(lambda: page.model.query.group == SpecialCircumstance.DISABLED, timeout=5000)
    settle(qtbot, page)
    group.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.query.group is None, timeout=5000)
    settle(qtbot, page)
    page.filters.in_register.setChecked(True)
    qtbot.waitUntil(lambda: page.model.query.in_register_only, timeout=5000)
    settle(qtbot, page)
    row = next(r for r in page.model.rows if r.groups and r.review_state == "overdue")
    select(qtbot, page, row.full_name)
    qtbot.waitUntil(
        lambda: (
            "case" in page.pane.cases.text()
            or "Không" in page.pane.cases.text()
            or "No case" in page.pane.cases.text()
        ),
        timeout=5000,
    )
    assert not bar.isVisible()
    save(window, shots, "register-2-detail")
    page.set_hide_names(True)
    save(window, shots, "register-3-names-hidden")
    page.set_hide_names(False)

    page.add_pupil()
    dialog = page.dialog
    type_text(dialog.birth_date.edit, "31/02/2016")
    dialog.guardians.add_row()
    dialog.guardians.set_text(0, 2, "0912345678")
    dialog.submit()
    composite(window, dialog, shots, "register-4-pupil-form-errors")
    assert dialog.field_error("full_name") and dialog.field_error("birth_date")
    dialog.dirty = False
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)

    page.run_action("review")
    review = page.dialog
    review.situation.setPlainText("Em đi học đều, gia đình hợp tác tốt hơn.")
    qtbot.waitUntil(lambda: review.interval_days is not None, timeout=5000)
    composite(window, review, shots, "register-5-review")
    review.dirty = False
    review.reject()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)

    page.run_action("group")
    circumstance = page.dialog
    circumstance.set_group(SpecialCircumstance.ORPHAN)
    composite(window, circumstance, shots, "register-6-group")
    circumstance.dirty = False
    circumstance.reject()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)


def sector_file(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO (MẪU)"])
    ws.append(["DANH SÁCH HỌC SINH LỚP 2C NĂM HỌC 2024-2025"])
    ws.merge_cells("A1:F1")
    ws.merge_cells("A2:H2")
    ws.append([])
    ws.append(
        [
            "STT",
            "Mã định danh Bộ GD&ĐT",
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Dân tộc",
            "Lớp",
            "Họ tên mẹ",
            "SĐT",
        ]
    )
    ws.append(
        [
            1,
            "7900000001",
            "Nguyễn Thị Ánh Dương",
            "05/03/2017",
            "Nữ",
            "Kinh",
            "2C",
            "Trần Thị Hoa",
            "0912000111",
        ]
    )
    ws.append([2, "7900000002", "Lê Văn Đức", "31/02/2017", "Nam", "Kinh", "2C", "", ""])
    ws.append([3, "7900000003", "", "12/12/2017", "Nam", "Tày", "2C", "Hà Thị Mai", ""])
    ws.append([4, "7900000004", "Phạm Quỳnh Anh", "2017-13-01", "Nữ", "Kinh", "2C", "", ""])
    wb.save(path)
    return path


def test_import_wizard_screens(qtbot, window, shots, tmp_path) -> None:
    from kimbai_desktop.gui import messages

    page: RegisterPage = window.register_page
    messages.set_next_path(sector_file(tmp_path / "lop-2c.xlsx"))
    page.import_excel()
    wizard = page.dialog
    wizard.file_page.choose()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    composite(window, wizard, shots, "import-1-file")
    wizard.next()
    composite(window, wizard, shots, "import-2-sheet")
    wizard.next()
    assert wizard.mapping_page.mapping()[Field.FULL_NAME] == 2
    composite(window, wizard, shots, "import-3-mapping")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=10_000)
    composite(window, wizard, shots, "import-4-errors")
    assert wizard.check_page.problems.rowCount() >= 3
    wizard.path = None
    wizard.reject()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)


def test_new_school_year_screen(qtbot, window, shots) -> None:
    page: RegisterPage = window.register_page
    page.new_school_year()
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.pupils.count() > 0, timeout=10_000)
    dialog.pupils.item(1).setCheckState(Qt.CheckState.Checked)
    composite(window, dialog, shots, "register-7-new-year")
    dialog.dirty = False
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)
