"""Make the handover package of a pupil who changed school (register, pupil actions): choose
the case files, the receiving school and where to write the file; a counsellor needs the
principal's account and password. Then the one-time passphrase is shown, with the slip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.widgets import BusyBar, heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import handover, handover_papers
from kimbai_desktop.services.handover import Approval, CaseChoice, ExportResult


class HandoverExportDialog(ServiceDialog):
    def __init__(self, session: Any, worker: DbWorker, pupil_id: int, pupil_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.pupil_id = pupil_id
        self.set_texts(
            self.tr("Handover package"),
            self.tr("The records of {pupil} for the new school, in one encrypted and signed "
                    "file. Tick the case files to send.").format(pupil=pupil_label),
            self.tr("&Make the package"))
        self.cases = QListWidget(self)
        self.cases.setMinimumHeight(90)
        self.to_school = QLineEdit(self)
        self.out = QLineEdit(self)
        choose = QPushButton(self.tr("C&hoose..."), self)
        choose.clicked.connect(self.choose_file)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.out, 1)
        row_layout.addWidget(choose)
        self.add_field("cases", self.tr("&Case files"), self.cases)
        self.add_field("to_school", self.tr("&Receiving school"), self.to_school)
        self.add_field("out", self.tr("&File *"), row)
        self.principal = QLineEdit(self)
        self.principal_password = QLineEdit(self)
        self.principal_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_editors.append(self.principal_password)
        self.needs_approval = session.user.role != Role.PRINCIPAL
        if self.needs_approval:
            self.add_field("principal", self.tr("Principal's &account *"), self.principal,
                           self.tr("The principal approves the handover here."))
            self.add_field("principal_password", self.tr("Principal's pass&word *"),
                           self.principal_password)
        self.choices: list[CaseChoice] = []
        worker.submit(handover.case_choices, session, pupil_id, on_done=self._show_choices,
                      on_error=lambda exc: self.page_error.set_message(
                          messages.error_text(exc)), context=self)

    def _show_choices(self, choices: list[CaseChoice]) -> None:
        self.choices = choices
        self.cases.clear()
        for c in choices:
            text = c.code if c.readable else self.tr(
                "{code} (sealed: you do not hold its key)").format(code=c.code)
            item = QListWidgetItem(text, self.cases)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            if c.readable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if not choices:
            QListWidgetItem(self.tr("(This pupil has no case file.)"), self.cases).setFlags(
                Qt.ItemFlag.NoItemFlags)
        self.mark_unchanged()

    def chosen_ids(self) -> list[int]:
        out = []
        for i in range(self.cases.count()):
            item = self.cases.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and \
                    item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def choose_file(self) -> None:
        path = messages.choose_save_file(
            self, self.tr("Save the handover package"), handover.default_file_name(self.session),
            self.tr("Handover package (*.kimbai-handover)"))
        if path:
            if not path.endswith(handover.SUFFIX):
                path += handover.SUFFIX
            self.out.setText(path)

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.out.text().strip():
            errors["out"] = self.tr("Choose where to write the file (a USB drive, for example).")
        if self.needs_approval:
            if not self.principal.text().strip():
                errors["principal"] = self.tr("Type the principal's account name.")
            if not self.principal_password.text():
                errors["principal_password"] = self.tr("The principal types their password.")
        return errors

    def call(self) -> Call:
        approval = Approval(self.principal.text().strip(), self.principal_password.text()) \
            if self.needs_approval else None
        return _export, (self.session, self.pupil_id, self.chosen_ids(),
                         Path(self.out.text().strip()), self.to_school.text(), approval)


def _export(session: Any, pupil_id: int, case_ids: list[int], out: Path, to_school: str,
            approval: Approval | None) -> ExportResult:
    return handover.export_package(session, pupil_id, case_ids, out, to_school=to_school,
                                   approval=approval)


class PassphraseDialog(QDialog):
    """The one-time passphrase, shown once, and the papers to save and print."""

    def __init__(self, session: Any, worker: DbWorker, result: ExportResult,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.worker, self.export = session, worker, result
        self.saved: list[str] = []
        self.setWindowTitle("KimBai Desktop")
        heading = heading_label(self.tr("The package is ready"), self, scale=1.2)
        note = hint_label(self.tr(
            "Give this passphrase to the receiving school by another way than the file: print "
            "the handover slip, which carries it. It is shown only now."), self)
        self.passphrase = QLineEdit(result.passphrase, self)
        self.passphrase.setReadOnly(True)
        font = QFont(self.passphrase.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.passphrase.setFont(font)
        self.passphrase.setMinimumWidth(self.passphrase.fontMetrics().horizontalAdvance(
            result.passphrase) + 24)
        key = QLabel(self.tr("This school's key: {fingerprint}").format(
            fingerprint=result.fingerprint), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.busy = BusyBar(self)
        self.slip_button = QPushButton(self.tr("Save the handover &slip (PDF)..."), self)
        self.slip_button.clicked.connect(lambda: self.save("slip"))
        self.receipt_button = QPushButton(self.tr("Save the &receipt to sign (PDF)..."), self)
        self.receipt_button.clicked.connect(lambda: self.save("receipt"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (heading, note, self.passphrase, key, self.slip_button, self.receipt_button,
                  self.busy, self.status):
            layout.addWidget(w)
        layout.addWidget(buttons)

    def save(self, what: str) -> None:
        title = self.tr("Save the handover slip") if what == "slip" else \
            self.tr("Save the receipt")
        start = "bien-ban-ban-giao.pdf" if what == "slip" else "giay-bien-nhan.pdf"
        path = messages.choose_save_file(self, title, start, self.tr("PDF document (*.pdf)"))
        if not path:
            return
        render = handover_papers.slip_pdf if what == "slip" else handover_papers.receipt_pdf
        self.busy.start(self.tr("Please wait..."))
        self.worker.submit(
            lambda: handover_papers.save_paper(self.session, render(self.export), path,
                                               self.export.transfer_id, what),
            on_done=lambda _r: self._saved(path), on_error=self._failed, context=self)

    def _saved(self, path: str) -> None:
        self.busy.stop()
        self.saved.append(path)
        self.status.setText(self.tr("Saved: {file}").format(file=path))

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.status.setText(messages.error_text(exc))

    def reject(self) -> None:
        if not self.saved and not messages.confirm(self, self.tr("Handover package"), self.tr(
                "The passphrase will not be shown again and no slip was saved. Close anyway?")):
            return
        self.passphrase.clear()
        super().reject()
