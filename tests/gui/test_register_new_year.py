"""The new school year dialog (principal): the promotion plan with editable target classes, grade 5
completing primary school, pupils who repeat picked from their class, a confirmation, the change
on the worker and a summary; the list then opens on the new year."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.gui import messages
from kimbai_desktop.gui.register.new_year_dialog import FROM, LEAVES, TO, NewSchoolYearDialog
from kimbai_desktop.services import register as reg
from tests.gui.helpers import run
from tests.gui.test_register_support import (
    settle,
    wait_dialog_closed,
)

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures

NEXT_YEAR = "2025-2026"


def test_starting_a_new_school_year(qtbot, page) -> None:
    page.new_year_button.click()
    dialog = page.dialog
    assert isinstance(dialog, NewSchoolYearDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    table = dialog.table
    moves = {
        table.item(r, FROM).text(): (table.item(r, TO).text(), table.item(r, LEAVES).checkState())
        for r in range(table.rowCount())
    }
    assert moves["1A"] == ("2A", Qt.CheckState.Unchecked)
    assert moves["5B"][1] == Qt.CheckState.Checked
    assert NEXT_YEAR in dialog.intro.text()

    dialog.set_target("1B", "")
    dialog.submit()
    assert dialog.table_error.message()  # every class needs a class for next year
    dialog.set_target("1B", "2C")

    dialog.repeat_class.setCurrentIndex(dialog.repeat_class.findData("2A"))
    qtbot.waitUntil(lambda: dialog.pupils.count() > 0, timeout=10_000)
    item = dialog.pupils.item(0)
    repeater = int(item.data(Qt.ItemDataRole.UserRole))
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.repeating == {repeater}
    dialog.repeat_class.setCurrentIndex(dialog.repeat_class.findData("3A"))
    qtbot.waitUntil(lambda: dialog.pupils.count() > 0, timeout=10_000)
    dialog.repeat_class.setCurrentIndex(dialog.repeat_class.findData("2A"))
    qtbot.waitUntil(
        lambda: (
            dialog.pupils.count() > 0
            and dialog.pupils.item(0).checkState() == Qt.CheckState.Checked
        ),
        timeout=10_000,
    )  # the choice is kept while browsing the classes

    leaving = sum(
        int(table.item(r, 1).text())
        for r in range(table.rowCount())
        if table.item(r, LEAVES).checkState() == Qt.CheckState.Checked
    )
    dialog.submit()  # the confirmation answered "No": nothing happens
    assert messages.history[-1][0] == "question" and NEXT_YEAR in messages.history[-1][2]
    assert dialog.isVisible()
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    dialog.submit()
    wait_dialog_closed(qtbot, page)
    assert messages.history[-1][0] == "information"
    qtbot.waitUntil(lambda: page.filters.school_year() == NEXT_YEAR, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.query.school_year == NEXT_YEAR, timeout=10_000)
    settle(qtbot, page)
    assert page.model.total == 248 - leaving
    classes = [page.filters.class_name.itemText(i) for i in range(page.filters.class_name.count())]
    assert "2C" in classes and "1B" not in classes
    detail = run(qtbot, page.worker, reg.get_pupil, page.session, repeater)
    assert (NEXT_YEAR, "2A") in detail.classes  # repeats the year in a class of the same name


def test_a_counsellor_cannot_open_it(qtbot, sessions, worker) -> None:
    from tests.gui.test_register_support import make_page

    page = make_page(qtbot, sessions.open("tuvan"), worker)
    page.new_school_year()
    assert page.dialog is None
    page.clear()
