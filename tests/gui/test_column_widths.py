"""A column the user widens by dragging its header edge stays that wide the next time the list
opens (issue 18, point 5): widths in QSettings, no data."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest

from kimbai_desktop.gui.column_widths import SAVE_AFTER_MS
from kimbai_desktop.gui.register.model import COLUMNS
from tests.gui.test_register_support import make_page, settle

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures


def drag_edge(qtbot, header, column: int, by: int) -> None:  # type: ignore[no-untyped-def]
    """Press on the right edge of ``column``'s header, move the mouse, release: a user's drag."""
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    viewport = header.viewport()
    QTest.mouseMove(viewport, QPoint(edge, y))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(edge, y))
    for step in range(1, 6):
        QTest.mouseMove(viewport, QPoint(edge + by * step // 5, y))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(edge + by, y))


def test_a_widened_column_is_remembered(qtbot, principal, worker) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, principal, worker)
    settle(qtbot, page)
    header = page.table.horizontalHeader()
    column = COLUMNS.index("class")
    before = header.sectionSize(column)
    drag_edge(qtbot, header, column, 60)
    widened = header.sectionSize(column)
    assert widened >= before + 40
    qtbot.wait(SAVE_AFTER_MS + 200)
    page.close()

    again = make_page(qtbot, principal, worker)
    settle(qtbot, again)
    assert again.table.horizontalHeader().sectionSize(column) == widened
    stored = "\n".join(str(QSettings().value(k)) for k in QSettings().allKeys())
    assert "Nguyễn" not in stored and "Trần" not in stored  # widths only, never names
