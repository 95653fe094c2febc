"""The "Môi trường an toàn" tab: the school year's checks of the child-safe environment (môi
trường giáo dục an toàn, lành mạnh, thân thiện; bộ quy tắc ứng xử), newest first, each with its
items and their result (icon, colour and words); whether this year's check is done. New check
(Ctrl+N), change (Enter or a double click), edit the checklist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.formatting import format_date
from kimbai_desktop.domain.safety import CheckResult, check_due
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.training.form import today_of
from kimbai_desktop.gui.training.inspections_tab import DONE_COLOUR, OVERDUE_COLOUR
from kimbai_desktop.gui.training.safety_dialogs import ChecklistDialog, SafetyCheckDialog
from kimbai_desktop.gui.widgets import hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import safety

ICONS = {CheckResult.MET: (QStyle.StandardPixmap.SP_DialogApplyButton, DONE_COLOUR),
         CheckResult.NOT_MET: (QStyle.StandardPixmap.SP_MessageBoxWarning, OVERDUE_COLOUR),
         CheckResult.NOT_APPLICABLE: (QStyle.StandardPixmap.SP_DialogNoButton, "")}


class SafetyTab(QWidget):
    """``changed`` after a check or the checklist was saved."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.year = ""
        self.rows: list[Any] = []
        self.dialog: Any = None

        note = hint_label(self.tr(
            "Each school year the school checks that its environment is safe, healthy and "
            "friendly (Decree 80/2017) and that its code of conduct is posted and followed. "
            "Items not met say what is wrong."), self)
        self.status = QLabel(self)
        self.status.setObjectName("safetyStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(self.tr("&New check..."), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Change..."), self)
        self.edit_button.clicked.connect(self.edit)
        self.list_button = QPushButton(self.tr("Check&list..."), self)
        self.list_button.setToolTip(self.tr("Add, change, remove or reorder the items checked"))
        self.list_button.clicked.connect(self.edit_checklist)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Date / item"), self.tr("Result"),
                                   self.tr("Checked by / note")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(2, 320)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(lambda _item, _col: self.edit())
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.empty = hint_label(self.tr(
            "No check recorded in this school year. Record one with \"New check\"."), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.list_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self._update_buttons()

    def set_year(self, year: str) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        if self.session is None or not self.year:
            return
        self.worker.submit(safety.list_checks, self.session, self.year,
                           on_done=self._loaded, on_error=self._failed, context=self)

    def _loaded(self, rows: list[Any]) -> None:
        if self.session is None:
            return
        self.rows = rows
        self.tree.clear()
        style = self.style()
        for check in rows:
            counts = [(r, sum(1 for x in check.results if x.result == r)) for r in CheckResult]
            summary = " · ".join(f"{labels.label(r)}: {n}" for r, n in counts if n)
            top = QTreeWidgetItem([format_date(check.checked_on), summary, check.checked_by])
            top.setData(0, Qt.ItemDataRole.UserRole, check)
            top.setToolTip(2, check.note or check.checked_by)
            if check.not_met:
                top.setIcon(1, style.standardIcon(ICONS[CheckResult.NOT_MET][0]))
            for result in check.results:
                icon, colour = ICONS[result.result]
                child = QTreeWidgetItem([result.item_text, labels.label(result.result),
                                         result.note])
                child.setToolTip(0, result.item_text)
                child.setToolTip(2, result.note)
                child.setIcon(1, style.standardIcon(icon))
                if colour:
                    child.setForeground(1, QBrush(QColor(colour)))
                child.setData(0, Qt.ItemDataRole.UserRole, check)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.empty.setVisible(not rows)
        self._show_status()
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()
        self.loaded.emit()

    def _show_status(self) -> None:
        if not self.year:
            return
        if self.rows:
            latest = self.rows[0]
            text = self.tr("School year {year}: checked on {date}.").format(
                year=self.year, date=format_date(latest.checked_on))
            if latest.not_met:
                text += " " + self.tr("⚠ Items not met: {n}.").format(n=latest.not_met)
            colour = OVERDUE_COLOUR if latest.not_met else DONE_COLOUR
        else:
            due = check_due(self.year)
            late = self.session is not None and today_of(self.session) > due
            text = self.tr("School year {year}: not checked yet (due by {date}).").format(
                year=self.year, date=format_date(due))
            if late:
                text = "⚠ " + text
            colour = OVERDUE_COLOUR if late else ""
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else
                                  "font-weight: bold;")

    def _failed(self, exc: BaseException) -> None:
        messages.show_error(self, exc)

    def current(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.current() is not None)

    # -- actions -----------------------------------------------------------------------------------

    def add(self) -> None:
        if self.session is None or self.dialog is not None:
            return
        self.worker.submit(safety.list_items, self.session, on_error=self._failed, context=self,
                           on_done=lambda items: self._open(SafetyCheckDialog(
                               self.session, self.worker, None, items, self)))

    def edit(self) -> None:
        check = self.current()
        if self.session is not None and check is not None and self.dialog is None:
            self._open(SafetyCheckDialog(self.session, self.worker, check, None, self))

    def edit_checklist(self) -> None:
        if self.session is None or self.dialog is not None:
            return
        self.worker.submit(safety.list_items, self.session, on_error=self._failed, context=self,
                           on_done=lambda items: self._open(ChecklistDialog(
                               self.session, self.worker, items, self)))

    def _open(self, dialog: Any) -> None:
        if self.dialog is not None or self.session is None:
            dialog.deleteLater()
            return
        dialog.succeeded.connect(lambda _r: self._changed())
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def clear(self) -> None:
        self.session = None
        self.rows = []
        self.tree.clear()
        self.status.clear()
