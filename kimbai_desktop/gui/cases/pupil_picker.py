"""Find a pupil in the register by typing part of the name or identifier, without accents
("nguyen van an" finds "Nguyễn Văn An"), and pick one with Enter or a double-click.

The search runs on the worker (``register.list_pupils``) a moment after the typing stops. An
account that may not read the register (a teacher) gets a short explanation instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.gui.cases.common import date_text
from kimbai_desktop.gui.register.texts import search_help, search_tooltip
from kimbai_desktop.gui.widgets import hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import PupilQuery, list_pupils

RESULTS = 20
DELAY_MS = 250


class _SearchEdit(QLineEdit):
    """Down arrow moves into the results, as in a browser's address bar; Enter picks and goes
    no further (it must not reach a dialog's default button)."""

    down = Signal()
    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PupilPicker(QWidget):
    """``picked(row)`` with the chosen PupilRow."""

    picked = Signal(object)
    searched = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.rows: list[Any] = []
        self.searching = False
        self._generation = 0
        self.allowed = session is not None and session.can(Permission.VIEW_REGISTER)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_search)

        self.search = _SearchEdit(self)
        self.search.setPlaceholderText(self.tr("Name or identifier, accents not needed"))
        self.search.setToolTip(search_tooltip())
        self.search.setAccessibleDescription(search_help())
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.enter.connect(self._enter_in_search)
        self.search.down.connect(self._into_results)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(self.results.fontMetrics().lineSpacing() * 5 + 12)
        self.results.itemActivated.connect(lambda _item: self.pick_current())
        self.add_button = QPushButton(self.tr("Add the &pupil"), self)
        self.add_button.clicked.connect(self.pick_current)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self._show([])
        if not self.allowed:
            for widget in (self.search, self.results, self.add_button):
                widget.setVisible(False)
            layout.addWidget(
                hint_label(
                    self.tr(
                        "Your account cannot search the register; write the child's name instead."
                    ),
                    self,
                )
            )

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self._generation += 1
        if not text or not self.allowed:
            self._show([])
            return
        generation = self._generation
        self.searching = True
        self.worker.submit(
            list_pupils,
            self.session,
            PupilQuery(text=text),
            limit=RESULTS,
            on_done=lambda rows: self._on_results(generation, rows),
            on_error=lambda _exc: self._on_results(generation, []),
            context=self,
        )

    def _on_results(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self.searching = False
        self._show(rows)
        self.searched.emit()

    def _show(self, rows: list[Any]) -> None:
        self.rows = rows
        self.results.clear()
        for pupil in rows:
            parts = [pupil.full_name]
            if pupil.class_name:
                parts.append(self.tr("class {name}").format(name=pupil.class_name))
            if pupil.birth_date is not None:
                parts.append(date_text(pupil.birth_date))
            if pupil.student_code:
                parts.append(pupil.student_code)
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, pupil)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        self.results.setVisible(bool(rows) and self.allowed)
        self.add_button.setEnabled(bool(rows))

    def _enter_in_search(self) -> None:
        if self._timer.isActive() or self.searching:
            self.run_search()
            return
        self.pick_current()

    def _into_results(self) -> None:
        if self.results.count():
            self.results.setFocus()

    def pick_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.picked.emit(item.data(Qt.ItemDataRole.UserRole))
        self.search.clear()
        self._show([])
        self.search.setFocus()
