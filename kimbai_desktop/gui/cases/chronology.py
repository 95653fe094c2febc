"""The chronology of a case, read like a story: newest or oldest first, entry kinds as icons,
back-dated entries marked, corrections linked to what they correct, and the integrity check
that proves no entry was altered or removed (``case_work.verify_chronology``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.cases import EntryKind
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.cases.chronology_model import ChronologyModel
from kimbai_desktop.gui.cases.common import plain
from kimbai_desktop.gui.widgets import heading_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import case_work


class _TopAligned(QStyledItemDelegate):
    """Icons at the top of a cell, beside the first line of text (rows are several lines)."""

    def initStyleOption(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class ChronologyView(QWidget):
    """``correct_requested(entry)`` asks the case view to open the correction dialog."""

    correct_requested = Signal(object)
    loaded = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.case_id: int | None = None
        self.loading = False
        self.checking = False
        self._editable = True
        self._generation = 0

        title = heading_label(self.tr("Chronology"), self, scale=1.1)
        self.order = QComboBox(self)
        self.order.addItem(self.tr("Newest first"), True)
        self.order.addItem(self.tr("Oldest first"), False)
        self.order.setToolTip(self.tr("Order of the entries"))
        self.order.activated.connect(lambda _i: self.reload())
        self.correct_button = QPushButton(self.tr("Correc&t the entry..."), self)
        self.correct_button.setToolTip(
            self.tr(
                "Entries are never changed: a correction is a new entry linked to the one it "
                "corrects (Đính chính)."
            )
        )
        self.correct_button.clicked.connect(self._ask_correction)
        self.verify_button = QPushButton(self.tr("Check &integrity"), self)
        self.verify_button.setToolTip(
            self.tr("Check that no entry of this chronology was altered or removed.")
        )
        self.verify_button.clicked.connect(self.verify)
        self.integrity = plain(QLabel(self))
        self.integrity.setWordWrap(True)
        self.integrity.setObjectName("integrityResult")

        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(12)
        bar.addWidget(self.order)
        bar.addWidget(self.correct_button)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.integrity, 1)

        self.model = ChronologyModel(self, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(_TopAligned(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.table.doubleClicked.connect(self._follow_link)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------------

    @property
    def newest_first(self) -> bool:
        return bool(self.order.currentData())

    def set_newest_first(self, newest: bool) -> None:
        self.order.setCurrentIndex(0 if newest else 1)
        self.reload()

    def load(self, case_id: int) -> None:
        self.case_id = case_id
        self.integrity.clear()
        self.reload()

    def reload(self) -> None:
        if self.case_id is None or self.session is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.worker.submit(
            case_work.list_entries,
            self.session,
            self.case_id,
            newest_first=self.newest_first,
            on_done=lambda entries: self._on_loaded(generation, entries),
            on_error=self._on_error,
            context=self,
        )

    def _on_loaded(self, generation: int, entries: list[Any]) -> None:
        if generation != self._generation:
            return
        selected = self.selected_entry()
        self.model.set_entries(entries)
        self.table.resizeRowsToContents()
        self.loading = False
        if selected is not None:
            self.select_entry(selected.id)
        self._update_buttons()
        self.loaded.emit()

    def _on_error(self, exc: BaseException) -> None:
        self.loading = False
        messages.show_error(self, exc)

    # -- entries -----------------------------------------------------------------------------------

    def selected_entry(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _follow_link(self, index: QModelIndex) -> None:
        """Double-click on a correction goes to the entry it corrects, and back."""
        entry = self.model.entry(index.row())
        if entry.corrects_id is not None:
            self.select_entry(entry.corrects_id)
        elif entry.corrected_by:
            self.select_entry(entry.corrected_by[-1])

    def _ask_correction(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.correct_requested.emit(entry)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.correct_button.setEnabled(
            self._editable and entry is not None and entry.kind != EntryKind.CORRECTION
        )

    # -- integrity ---------------------------------------------------------------------------------

    def verify(self) -> None:
        if self.case_id is None or self.checking or self.session is None:
            return
        self.checking = True
        self.integrity.setText(self.tr("Checking..."))
        self.integrity.setStyleSheet("")
        self.worker.submit(
            case_work.verify_chronology,
            self.session,
            self.case_id,
            on_done=self._on_verified,
            on_error=self._on_verify_failed,
            context=self,
        )

    def _on_verified(self, status: Any) -> None:
        self.checking = False
        if status.ok:
            self.integrity.setText(
                self.tr("✔ Intact: all {count} entries are as they were written.").format(
                    count=status.count
                )
            )
            self.integrity.setStyleSheet("color: #1b6b34; font-weight: bold;")
        else:
            self.integrity.setText(
                self.tr(
                    "✘ Altered: entry no. {seq} or an entry before it was changed or removed "
                    "outside the program."
                ).format(seq=status.first_broken_seq)
            )
            self.integrity.setStyleSheet("color: #b3261e; font-weight: bold;")

    def _on_verify_failed(self, exc: BaseException) -> None:
        self.checking = False
        self.integrity.clear()
        messages.show_error(self, exc)

    def forget(self) -> None:
        """Drop the entries and any answer still on its way (the case was sealed away from
        this account); ``load`` reads them again."""
        self._generation += 1
        self.case_id = None
        self.loading = False
        self.model.clear()
        self.integrity.clear()

    def clear(self) -> None:
        self._generation += 1
        self.case_id = None
        self.session = None
        self.model.clear()
        self.integrity.clear()
