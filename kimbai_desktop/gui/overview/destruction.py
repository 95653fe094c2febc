"""The overview's "Đến hạn hủy" list (the principal's): closed cases and pupils who left whose
retention period is over, by code and dates only; "Lập biên bản hủy…" opens the dialog that
prints the destruction record, then deletes the content for good (services/retention.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.domain.formatting import format_date
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.widgets import FieldError, heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import retention


class DestructionFrame(QFrame):
    """``destroyed()`` after a record is destroyed (the overview reads again)."""

    destroyed_record = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.records: list[retention.DueRecord] = []
        self.dialog: DestructionDialog | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("dueForDestruction")
        self.title = heading_label(self.tr("Due for destruction"), self, 1.1)
        self.list = QTreeWidget(self)
        self.list.setColumnCount(4)
        self.list.setHeaderLabels([self.tr("Record"), self.tr("Kind"), self.tr("Ended"),
                                   self.tr("Retention over since")])
        self.list.setRootIsDecorated(False)
        for column in (0, 1, 2):
            self.list.header().setSectionResizeMode(column,
                                                    QHeaderView.ResizeMode.ResizeToContents)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(lambda _i, _c: self.open_dialog())
        self.button = QPushButton(self.tr("Make the &destruction record…"), self)
        self.button.clicked.connect(self.open_dialog)
        self.list.itemSelectionChanged.connect(
            lambda: self.button.setEnabled(self.selected() is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(hint_label(self.tr(
            "Their retention period (Cài đặt) is over. The principal prints a destruction record "
            "signed by two people; only then is the content deleted for good."), self))
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.list.setMaximumHeight(max(80, 4 * self.list.fontMetrics().lineSpacing() + 24))
        self.setVisible(False)
        self.button.setEnabled(False)

    def refresh(self) -> None:
        self.worker.submit(retention.due_records, self.session, on_done=self.show_records,
                           on_error=lambda exc: messages.show_error(self, exc), context=self)

    def show_records(self, records: list[retention.DueRecord]) -> None:
        self.records = list(records)
        self.list.clear()
        for r in self.records:
            item = QTreeWidgetItem([r.code, labels.label(r.kind), format_date(r.ended_on),
                                    format_date(r.due_on)])
            self.list.addTopLevelItem(item)
        self.setVisible(bool(self.records))
        if self.records:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def selected(self) -> retention.DueRecord | None:
        row = self.list.indexOfTopLevelItem(self.list.currentItem()) \
            if self.list.currentItem() else -1
        return self.records[row] if 0 <= row < len(self.records) else None

    def open_dialog(self) -> None:
        record = self.selected()
        if record is None:
            return
        self.dialog = DestructionDialog(self.session, self.worker, record, self)
        self.dialog.destroyed_record.connect(self.destroyed_record)
        self.dialog.destroyed_record.connect(self.refresh)
        self.dialog.open()


class DestructionDialog(QDialog):
    """Choose the second signer, save (or print) the numbered record, confirm that it is
    signed, then destroy. Nothing is deleted before the record exists."""

    destroyed_record = Signal()

    def __init__(self, session: Any, worker: DbWorker, record: retention.DueRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.record = record
        self.prepared: retention.DestructionRecord | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Destroy a record at the end of its retention period"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.second = QComboBox(self)
        self.second.setEditable(True)
        self.second.setObjectName("secondSigner")
        self.second.setMinimumContentsLength(24)
        self.position = QLineEdit(self.tr("WITNESS"), self)
        self.position.setObjectName("secondPosition")
        self.signer_error = FieldError(self)
        self.save_button = QPushButton(self.tr("&Save the record as PDF…"), self)
        self.save_button.clicked.connect(self.save_record)
        self.signed = QCheckBox(self.tr("The record is printed and signed by both people"), self)
        self.signed.setEnabled(False)
        self.signed.toggled.connect(self._update)
        self.destroy_button = QPushButton(self.tr("&Destroy for good"), self)
        self.destroy_button.setEnabled(False)
        self.destroy_button.clicked.connect(self.destroy_record)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Record:"), QLabel(f"{record.code} ({labels.label(record.kind)})"))
        form.addRow(self.tr("Ended:"), QLabel(format_date(record.ended_on)))
        form.addRow(self.tr("Retention:"), QLabel(self.tr("{years} years, over since {date}")
                                                  .format(years=record.years,
                                                          date=format_date(record.due_on))))
        second_label = QLabel(self.tr("Second &signer:"), self)
        second_label.setBuddy(self.second)
        form.addRow(second_label, self.second)
        form.addRow("", self.signer_error)
        position_label = QLabel(self.tr("Their &position:"), self)
        position_label.setBuddy(self.position)
        form.addRow(position_label, self.position)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "1. Choose who signs with the principal. 2. Save the record and print it; both "
            "people sign it. 3. Tick the box and destroy: the content is deleted for good, "
            "only the code, the dates and the record's hash stay."), self))
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.signed)
        layout.addWidget(self.destroy_button)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        worker.submit(retention.signer_choices, session, on_done=self._fill_signers,
                      on_error=lambda exc: messages.show_error(self, exc), context=self)

    def _fill_signers(self, choices: list[tuple[int, str]]) -> None:
        typed = self.second.currentText()  # keep what was typed before the list came
        for _id, name in choices:
            self.second.addItem(name)
        self.second.setCurrentIndex(-1)
        self.second.setEditText(typed)

    def _update(self, *_args: Any) -> None:
        ready = self.prepared is not None and self.prepared.entry is not None
        self.signed.setEnabled(ready and not self.busy)
        self.destroy_button.setEnabled(ready and self.signed.isChecked() and not self.busy)
        self.save_button.setEnabled(not self.busy)

    def save_record(self) -> None:
        self.signer_error.clear()
        name = self.second.currentText()
        if self.prepared is None or self.prepared.second_signer != " ".join(name.split()):
            self.busy = True
            self._update()
            self.worker.submit(retention.prepare_destruction, self.session, self.record.kind,
                               self.record.record_id, name, self.position.text().strip(),
                               on_done=self._prepared, on_error=self._failed, context=self)
            return
        self._ask_path()

    def _prepared(self, prepared: retention.DestructionRecord) -> None:
        self.busy = False
        self.prepared = prepared
        self._update()
        self._ask_path()

    def _ask_path(self) -> None:
        assert self.prepared is not None
        stem = f"bien-ban-huy-{self.record.code.replace('/', '-')}.pdf"
        path = messages.choose_save_file(self, self.tr("Save the destruction record"),
                                         str(Path.home() / stem), self.tr("PDF (*.pdf)"))
        if not path:
            return
        self.busy = True
        self._update()
        self.worker.submit(retention.save_destruction, self.session, self.prepared, path,
                           on_done=self._saved, on_error=self._failed, context=self)

    def _saved(self, prepared: retention.DestructionRecord) -> None:
        self.busy = False
        self.prepared = prepared
        if prepared.entry is not None:
            self.status.setText(self.tr(
                "Record {number} is saved. Print it, have it signed, then tick the box.")
                .format(number=prepared.entry.reference))
        self.second.setEnabled(prepared.entry is None)
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update()
        if isinstance(exc, KimbaiError) and exc.message == retention.SAME_SIGNER:
            self.signer_error.set_message(messages.error_text(exc))
            return
        messages.show_error(self, exc)

    def destroy_record(self) -> None:
        if self.prepared is None or not self.signed.isChecked():
            return
        if not messages.confirm(self, self.tr("Destroy for good"), self.tr(
                "Delete the content of {code} for good? It cannot be undone; only the code, "
                "the dates and the hash stay.").format(code=self.record.code)):
            return
        self.busy = True
        self._update()
        self.worker.submit(retention.destroy, self.session, self.prepared,
                           on_done=self._destroyed, on_error=self._failed, context=self)

    def _destroyed(self, _tomb: Any) -> None:
        self.busy = False
        self.destroyed_record.emit()
        self.accept()
