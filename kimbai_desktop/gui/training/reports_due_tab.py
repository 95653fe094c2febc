"""The "Báo cáo định kỳ" tab: the reports due to the superior body in a school year, soonest
first, each with its state (sent with its document, overdue, due soon, to come: icon, colour and
words). Add (Ctrl+N), change (Enter or a double click), mark the chosen one sent, delete one the
school added."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.formatting import format_date
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.training.form import today_of
from kimbai_desktop.gui.training.inspections_tab import DONE_COLOUR, OVERDUE_COLOUR
from kimbai_desktop.gui.training.report_due_dialog import ReportDueDialog
from kimbai_desktop.gui.widgets import hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import report_calendar

SOON_COLOUR = "#7a4a00"


def load_for_dialog(session: Any, year: str, due: Any = None,
                    mark_sent: bool = False) -> tuple[list[tuple[int, str]], str, int | None]:
    """Runs on the worker: the year's issued documents, the default recipient and, to mark a
    report sent, the issued report it most likely is."""
    suggested = (report_calendar.suggest_document(session, due)
                 if mark_sent and due is not None and due.document_id is None else None)
    return (report_calendar.issued_documents(session, year),
            session.school_profile().superior_body, suggested)


class ReportsDueTab(QWidget):
    """``changed`` after a report due was saved or deleted."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.year = ""
        self.loading = False
        self.rows: list[Any] = []
        self.dialog: ReportDueDialog | None = None

        note = hint_label(self.tr(
            "The reports the school sends to the superior body (báo cáo định kỳ): the semester "
            "and year-end reports by default, and any other it asks for. The overview reminds "
            "you two weeks before each one is due."), self)
        self.add_button = QPushButton(self.tr("&New report due..."), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Change..."), self)
        self.edit_button.clicked.connect(self.edit)
        self.sent_button = QPushButton(self.tr("Mark as &sent..."), self)
        self.sent_button.clicked.connect(self.mark_sent)
        self.delete_button = QPushButton(self.tr("&Delete..."), self)
        self.delete_button.clicked.connect(self.delete)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Report"), self.tr("Sent to"),
                                   self.tr("State")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(2, 220)
        header.resizeSection(3, 260)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(lambda _item, _col: self.edit())
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.sent_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self._update_buttons()

    def set_year(self, year: str) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        if self.session is None or not self.year:
            return
        self.loading = True
        self.worker.submit(report_calendar.list_report_dues, self.session, self.year,
                           on_done=self._loaded, on_error=self._failed, context=self)

    def _state(self, due: Any) -> tuple[str, QStyle.StandardPixmap, str]:
        today = today_of(self.session)
        if due.sent:
            text = self.tr("Sent {date}").format(date=format_date(due.sent_on))
            if due.document_ref:
                text += f" ({due.document_ref})"
            return text, QStyle.StandardPixmap.SP_DialogApplyButton, DONE_COLOUR
        if due.overdue(today):
            return (self.tr("⚠ Overdue, not sent"), QStyle.StandardPixmap.SP_MessageBoxWarning,
                    OVERDUE_COLOUR)
        if due.due - today <= timedelta(days=report_calendar.SOON_DAYS):
            return (self.tr("Due soon"), QStyle.StandardPixmap.SP_MessageBoxInformation,
                    SOON_COLOUR)
        return self.tr("To come"), QStyle.StandardPixmap.SP_FileDialogInfoView, ""

    def _loaded(self, rows: list[Any]) -> None:
        self.loading = False
        if self.session is None:
            return
        chosen = self.current()
        self.rows = rows
        self.tree.clear()
        for due in rows:
            state, icon, colour = self._state(due)
            item = QTreeWidgetItem([format_date(due.due), due.title, due.recipient, state])
            item.setIcon(3, self.style().standardIcon(icon))
            if colour:
                item.setForeground(3, QBrush(QColor(colour)))
            item.setToolTip(1, due.title + (f"\n{due.note}" if due.note else ""))
            item.setToolTip(2, due.recipient)
            item.setData(0, Qt.ItemDataRole.UserRole, due)
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount():
            self.select(chosen.id if chosen is not None else rows[0].id)
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        messages.show_error(self, exc)

    def current(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, due_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole).id == due_id:
                self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        due = self.current()
        self.edit_button.setEnabled(due is not None)
        self.sent_button.setEnabled(due is not None)
        self.delete_button.setEnabled(due is not None and not due.builtin)
        self.delete_button.setToolTip("" if due is None or not due.builtin else self.tr(
            "The semester and year-end reports are due every year: change their date instead."))

    # -- actions -----------------------------------------------------------------------------------

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        if self.current() is not None:
            self._open(self.current())

    def mark_sent(self) -> None:
        if self.current() is not None:
            self._open(self.current(), mark_sent=True)

    def _open(self, due: Any, *, mark_sent: bool = False) -> None:
        if self.session is None or self.dialog is not None or not self.year:
            return
        year = self.year

        def show(found: tuple[list[tuple[int, str]], str, int | None]) -> None:
            if self.session is None or self.dialog is not None:
                return
            documents, recipient, suggested = found
            dialog = ReportDueDialog(self.session, self.worker, year, due, documents,
                                     mark_sent=mark_sent, recipient=recipient, parent=self)
            if suggested is not None:
                dialog.document.setCurrentIndex(max(0, dialog.document.findData(suggested)))
            dialog.succeeded.connect(lambda _id: self._changed())
            dialog.finished.connect(lambda _r: self._forget(dialog))
            self.dialog = dialog
            dialog.open()

        self.worker.submit(load_for_dialog, self.session, year, due, mark_sent, on_done=show,
                           on_error=self._failed, context=self)

    def _forget(self, dialog: ReportDueDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def delete(self) -> None:
        due = self.current()
        if self.session is None or due is None or due.builtin:
            return
        if not messages.confirm(self, self.tr("Delete the report due?"), self.tr(
                "Delete \"{title}\" from the calendar?").format(title=due.title)):
            return
        self.worker.submit(report_calendar.delete_report_due, self.session, due.id,
                           on_done=lambda _r: self._changed(), on_error=self._failed,
                           context=self)

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def clear(self) -> None:
        self.session = None
        self.rows = []
        self.tree.clear()
