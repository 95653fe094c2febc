"""The transfer log (sổ chuyển hồ sơ): packages sent and received, with their receipts; import a
package, record a returned receipt, save the log to print."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.formatting import format_date, format_datetime
from kimbai_desktop.domain.when import school_time
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.handover.import_dialog import HandoverImportDialog
from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.widgets import BusyBar, FieldError, heading_label, hint_label, record_table
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import handover, handover_papers
from kimbai_desktop.services.handover import TransferRow


class ReceiptDialog(ServiceDialog):
    """The receiving school's signed receipt came back."""

    def __init__(self, session: Any, worker: DbWorker, row: TransferRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.session, self.row = session, row
        self.set_texts(self.tr("Receipt returned"), self.tr(
            "The signed receipt of {school} for handover no. {id} came back.").format(
            school=row.other_school or "…", id=row.id), self.tr("&Record"))
        self.on = DateField(self)
        self.on.set_date(handover.school_today(session))
        self.by = QLineEdit(self)
        self.add_field("on", self.tr("&Date *"), self.on)
        self.add_field("by", self.tr("Signed &by"), self.by)

    def check(self) -> dict[str, str]:
        return {} if self.on.date() else {"on": self.tr("Type the day the receipt came back.")}

    def call(self) -> Call:
        return handover.record_receipt, (self.session, self.row.id, self.on.date(),
                                         self.by.text())


class TransferLogDialog(QDialog):
    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.worker = session, worker
        self.rows: list[TransferRow] = []
        self.child: QDialog | None = None
        self.setWindowTitle("KimBai Desktop")
        heading = heading_label(self.tr("Transfer log"), self, scale=1.2)
        note = hint_label(self.tr(
            "Handover packages of pupils who changed school, sent and received. A receipt not "
            "back after {days} days is a reminder on the overview.").format(
            days=handover.RECEIPT_DAYS), self)
        self.table = record_table(self, [
            self.tr("No."), self.tr("When"), self.tr("Direction"), self.tr("Pupil"),
            self.tr("School"), self.tr("Case files"), self.tr("By"), self.tr("Receipt")],
            stretch=(4, 5))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.import_button = QPushButton(self.tr("&Import a package..."), self)
        self.import_button.clicked.connect(self.import_package)
        self.receipt_button = QPushButton(self.tr("Receipt &returned..."), self)
        self.receipt_button.clicked.connect(self.record_receipt)
        self.view_button = QPushButton(self.tr("&View the received records..."), self)
        self.view_button.clicked.connect(self.view_received)
        self.save_button = QPushButton(self.tr("Save the log (P&DF)..."), self)
        self.save_button.clicked.connect(self.save_log)
        self.error = FieldError(self)
        self.busy = BusyBar(self)
        bar = QHBoxLayout()
        for b in (self.import_button, self.receipt_button, self.view_button, self.save_button):
            bar.addWidget(b)
        bar.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (heading, note):
            layout.addWidget(w)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.resize(1000, 480)
        self.reload()

    def reload(self) -> None:
        self.worker.submit(handover.transfer_log, self.session, on_done=self._show,
                           on_error=lambda exc: self.error.set_message(messages.error_text(exc)),
                           context=self)

    def _receipt_text(self, r: TransferRow) -> str:
        if r.receipt_on is not None and r.direction == handover.RECEIVED:
            return self.tr("Receipt issued {date}").format(date=format_date(r.receipt_on))
        if r.receipt_on is not None:
            return self.tr("Returned {date}").format(date=format_date(r.receipt_on))
        if r.overdue:
            return "⚠ " + self.tr("Overdue (due {date})").format(
                date=format_date(r.receipt_due)) if r.receipt_due else ""
        return self.tr("Awaited by {date}").format(date=format_date(r.receipt_due)) \
            if r.receipt_due else ""

    def _show(self, rows: list[TransferRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            way = self.tr("Sent") if r.direction == handover.SENT else self.tr("Received")
            values = [str(r.id), format_datetime(school_time(r.at)), way,
                      r.pupil_name or r.pupil_code, r.other_school, ", ".join(r.files),
                      r.by_name, self._receipt_text(r)]
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self._update_buttons()

    def selected(self) -> TransferRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and \
            self.table.selectionModel().hasSelection() else None

    def _update_buttons(self) -> None:
        r = self.selected()
        self.receipt_button.setEnabled(r is not None and r.direction == handover.SENT
                                       and r.receipt_on is None)
        self.view_button.setEnabled(r is not None and r.direction == handover.RECEIVED)

    def _open_child(self, dialog: QDialog) -> None:
        self.child = dialog
        dialog.finished.connect(lambda _r: self._child_closed(dialog))
        dialog.open()

    def _child_closed(self, dialog: QDialog) -> None:
        if self.child is dialog:
            self.child = None
        dialog.deleteLater()
        self.reload()

    def import_package(self) -> None:
        if self.child is None:
            self._open_child(HandoverImportDialog(self.session, self.worker, self))

    def record_receipt(self) -> None:
        r = self.selected()
        if r is not None and self.child is None and self.receipt_button.isEnabled():
            self._open_child(ReceiptDialog(self.session, self.worker, r, self))

    def view_received(self) -> None:
        from kimbai_desktop.gui.handover.received_dialog import ReceivedDialog

        r = self.selected()
        if r is not None and self.child is None and r.direction == handover.RECEIVED:
            self._open_child(ReceivedDialog(self.session, self.worker, r.id, self))

    def save_log(self) -> None:
        path = messages.choose_save_file(self, self.tr("Save the transfer log"),
                                         "so-chuyen-ho-so.pdf", self.tr("PDF document (*.pdf)"))
        if not path:
            return
        self.busy.start(self.tr("Please wait..."))
        self.worker.submit(
            lambda: handover_papers.save_paper(self.session, handover_papers.log_pdf(
                self.session), path, "", "log"),
            on_done=lambda _r: self.busy.stop(), on_error=self._failed, context=self)

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.error.set_message(messages.error_text(exc))
