"""The training page inside the main window at the size of an old office monitor (1366x768):
activities, the activity dialog (filled in, and with messages), targets with progress, a staff
member's history and the not-trained list. PNGs go to ``$KIMBAI_SHOTS_DIR`` when set (e.g.
/tmp/shots), else to the test's temporary folder; nothing may need a horizontal scroll bar."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from kimbai_desktop.domain.training import Topic
from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.pages.training_page import TrainingPage
from kimbai_desktop.gui.settings import AppSettings
from tests.gui.test_training_support import WORKSHOP, idle, open_demo


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = Path(os.environ.get("KIMBAI_SHOTS_DIR") or tmp_path / "shots")
    target.mkdir(parents=True, exist_ok=True)
    return target


def no_horizontal_scrolling(root: QWidget) -> None:
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert not area.horizontalScrollBar().isVisible(), area.objectName() or type(area)


def save(widget: QWidget, folder: Path, name: str) -> None:
    QCoreApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))
    no_horizontal_scrolling(widget)


def composite(window: QWidget, dialog: QWidget, folder: Path, name: str) -> None:
    """The window with the dialog painted over its centre, as the user sees them together."""
    QCoreApplication.processEvents()
    no_horizontal_scrolling(dialog)
    picture = window.grab()
    over = dialog.grab()
    painter = QPainter(picture)
    x = (picture.width() - over.width()) // 2
    y = max(0, (picture.height() - over.height()) // 2)
    painter.fillRect(x - 2, y - 2, over.width() + 4, over.height() + 4, Qt.GlobalColor.darkGray)
    painter.drawPixmap(x, y, over)
    painter.end()
    assert picture.save(str(folder / f"{name}.png"))


def test_training_screens(qtbot, worker, data_dir, shots) -> None:
    session = open_demo(data_dir)
    try:
        window = MainWindow(session, worker, AppSettings(), "vi")
        qtbot.addWidget(window)
        page = window.workspace.training_page
        assert isinstance(page, TrainingPage)
        window.show()
        window.resize(1366, 768)
        window.workspace.show_page(page)
        qtbot.waitUntil(lambda: window.school_label.text() != "" and page.year != "",
                        timeout=15_000)
        idle(qtbot, worker)
        shoot(qtbot, worker, window, page, shots)
        assert window.width() == 1366 and window.height() == 768
        window.dispose()
    finally:
        session.close()


def shoot(qtbot: Any, worker: Any, window: Any, page: Any, shots: Path) -> None:
    save(window, shots, "training-1-activities")

    activities = page.activities
    activities.select(next(a.id for a in activities.model.rows if a.title == WORKSHOP))
    activities.edit()
    qtbot.waitUntil(lambda: activities.dialog is not None, timeout=10_000)
    dialog = activities.dialog
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 728  # room for the task bar
    save(dialog, shots, "training-2-activity-dialog")
    composite(window, dialog, shots, "training-3-activity-dialog-over-window")
    dialog.title.clear()
    dialog.topics.set_topics(())
    dialog.duration.set_minutes(0)
    dialog.submit()
    idle(qtbot, worker)
    assert dialog.field_error("title") and dialog.isVisible()
    assert dialog.height() <= 768
    save(dialog, shots, "training-4-activity-dialog-errors")
    dialog.dirty = False
    dialog.reject()
    qtbot.waitUntil(lambda: activities.dialog is None, timeout=5000)

    activities.attendance()
    qtbot.waitUntil(lambda: activities.dialog is not None, timeout=10_000)
    attendance = activities.dialog
    qtbot.waitExposed(attendance)
    save(attendance, shots, "training-8-attendance-dialog")
    attendance.reject()
    qtbot.waitUntil(lambda: activities.dialog is None, timeout=5000)

    page.tabs.setCurrentWidget(page.targets)
    save(window, shots, "training-5-targets")
    page.targets.cards[1].edit_button.click()
    target = page.targets.dialog
    qtbot.waitExposed(target)
    save(target, shots, "training-9-target-dialog")
    target.reject()

    staff = page.staff
    page.tabs.setCurrentWidget(staff)
    staff.select(staff.model.rows[3].id)
    idle(qtbot, worker)
    save(window, shots, "training-6-staff-history")
    staff.side.setCurrentIndex(1)
    staff.topic.setCurrentIndex(staff.topic.findData(Topic.ABUSE_PREVENTION))
    idle(qtbot, worker)
    save(window, shots, "training-7-not-trained")
