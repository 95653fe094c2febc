"""Forms keep their layout while messages come and go: a message appears in the line kept free
under its field, the other fields stay where they were, the message clears as soon as the value
is edited, and a refused save puts the focus on the first wrong field."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kimbai_desktop.domain.training import Topic
from tests.gui.helpers import type_text
from tests.gui.test_training_support import idle, open_demo, show_page


@pytest.fixture
def session(data_dir):
    s = open_demo(data_dir)
    yield s
    s.close()


def places(dialog: Any) -> dict[str, tuple[int, int, int, int]]:
    """Where each field's editor is in the dialog, and its size."""
    out = {}
    for name, box in dialog.boxes.items():
        if box.isVisibleTo(dialog):
            at = box.editor.mapTo(dialog, QPoint(0, 0))
            out[name] = (at.x(), at.y(), box.editor.width(), box.editor.height())
    return out


def test_a_message_does_not_move_the_form(qtbot, worker, session) -> None:
    page = show_page(qtbot, worker, session)
    page.activities.add()
    qtbot.waitUntil(lambda: page.activities.dialog is not None, timeout=10_000)
    dialog = page.activities.dialog
    qtbot.waitExposed(dialog)
    type_text(dialog.title, "Tập huấn kỹ năng sơ cứu")
    dialog.topics.tick(Topic.LIFE_SKILLS)
    dialog.duration.hours.setValue(1)
    type_text(dialog.held_on.edit, "31/02/2024")  # no such day
    before = places(dialog)
    size = dialog.size()

    QTest.keyClick(dialog.held_on.edit, Qt.Key.Key_Return)  # Enter saves: refused
    idle(qtbot, worker)
    assert dialog.isVisible()
    assert dialog.field_error("held_on") != ""
    assert dialog.field_error("title") == ""
    assert dialog.focusWidget() is dialog.held_on.edit  # the wrong field
    assert places(dialog) == before  # nothing moved under the mouse
    assert dialog.size() == size

    dialog.held_on.edit.selectAll()
    QTest.keyClicks(dialog.held_on.edit, "28/02/2024")  # fixed by typing: the message goes
    assert dialog.field_error("held_on") == ""
    assert places(dialog) == before  # and still nothing moved


def test_the_first_wrong_field_gets_the_focus(qtbot, worker, session) -> None:
    page = show_page(qtbot, worker, session)
    page.activities.add()
    qtbot.waitUntil(lambda: page.activities.dialog is not None, timeout=10_000)
    dialog = page.activities.dialog
    qtbot.waitExposed(dialog)
    type_text(dialog.title, "Sinh hoạt chuyên đề")
    before = places(dialog)
    dialog.place.setFocus()
    QTest.keyClick(dialog.place, Qt.Key.Key_Return)
    idle(qtbot, worker)
    # the service names the topics before the duration; the duration comes first in the form
    assert dialog.field_error("topics") and dialog.field_error("duration_minutes")
    focused = dialog.focusWidget()
    assert focused is dialog.duration or dialog.duration.isAncestorOf(focused)
    assert places(dialog) == before
    dialog.duration.minutes.setValue(45)
    assert dialog.field_error("duration_minutes") == ""
    assert dialog.field_error("topics") != ""  # only the edited field's message goes
