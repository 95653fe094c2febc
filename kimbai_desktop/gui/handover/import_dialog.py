"""Import a handover package from another school: the file and its passphrase, then a summary
of what it holds (nothing is written before "Import"), the pupil it belongs to, and the receipt
to sign and send back."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.formatting import format_date, format_datetime
from kimbai_desktop.domain.when import school_time
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.widgets import BusyBar, FieldError, heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import handover, handover_import, handover_papers
from kimbai_desktop.services.handover_import import (
    ImportResult,
    KeyStatus,
    OpenedPackage,
    PackagePreview,
)


def _open(session: Any, path: str, passphrase: str) -> OpenedPackage:
    return handover_import.open_package(session, handover_import.read_file(path), passphrase)


def _import(session: Any, opened: OpenedPackage, how: str, code: str) -> ImportResult:
    pupil_id = handover.find_pupil(session, code) if how == "other" else None
    return handover_import.import_package(session, opened, pupil_id=pupil_id,
                                          new_pupil=how == "new")


class HandoverImportDialog(QDialog):
    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.worker = session, worker
        self.opened: OpenedPackage | None = None
        self.result_value: ImportResult | None = None
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)
        self.heading = heading_label(self.tr("Import a handover package"), self, scale=1.2)
        self.pages = QStackedWidget(self)
        self.error = FieldError(self)
        self.busy = BusyBar(self)

        first = QWidget(self)
        form = QFormLayout(first)
        self.file = QLineEdit(first)
        choose = QPushButton(self.tr("C&hoose..."), first)
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        file_label = QLabel(self.tr("&File:"), first)
        file_label.setBuddy(self.file)
        form.addRow(hint_label(self.tr(
            "Choose the file the other school sent and type the passphrase printed on its "
            "handover slip. Nothing is written until you have seen what the package holds."),
            first))
        form.addRow(file_label, row)
        self.passphrase = QLineEdit(first)
        self.passphrase.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        pass_label = QLabel(self.tr("&Passphrase:"), first)
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, self.passphrase)
        self.pages.addWidget(first)

        second = QWidget(self)
        lay = QVBoxLayout(second)
        self.summary = QLabel(second)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setObjectName("handoverSummary")
        lay.addWidget(self.summary)
        self.how = QButtonGroup(second)
        self.match_radio = QRadioButton(second)
        self.new_radio = QRadioButton(self.tr("Add the pupil to the register as a &new pupil"),
                                      second)
        self.other_radio = QRadioButton(self.tr("Another pupil of this school, pupil &number:"),
                                        second)
        self.other_code = QLineEdit(second)
        for i, radio in enumerate((self.match_radio, self.new_radio, self.other_radio)):
            self.how.addButton(radio, i)
            lay.addWidget(radio)
        lay.addWidget(self.other_code)
        lay.addStretch(1)
        self.pages.addWidget(second)

        third = QWidget(self)
        lay3 = QVBoxLayout(third)
        self.done_text = QLabel(third)
        self.done_text.setWordWrap(True)
        self.receipt_button = QPushButton(self.tr("Save the &receipt to sign (PDF)..."), third)
        self.receipt_button.clicked.connect(self.save_receipt)
        lay3.addWidget(self.done_text)
        lay3.addWidget(self.receipt_button)
        lay3.addStretch(1)
        self.pages.addWidget(third)

        self.buttons = QDialogButtonBox(self)
        self.next_button = self.buttons.addButton(self.tr("&Open the package"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.go_on)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.heading, self.pages, self.error, self.busy, self.buttons):
            layout.addWidget(w)
        self.resize(640, 480)

    # -- page 1 ----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = messages.choose_open_file(self, self.tr("Handover package"), "",
                                         self.tr("Handover package (*.kimbai-handover)"))
        if path:
            self.file.setText(path)

    def go_on(self) -> None:
        if self.busy.isVisible():
            return
        page = self.pages.currentIndex()
        if page == 0:
            if not self.file.text().strip() or not self.passphrase.text().strip():
                self.error.set_message(self.tr(
                    "Choose the file and type the passphrase from the handover slip."))
                return
            self._run(_open, (self.session, self.file.text().strip(), self.passphrase.text()),
                      self._opened)
        elif page == 1 and self.opened is not None:
            how = ("match", "new", "other")[max(0, self.how.checkedId())]
            if how == "other" and not self.other_code.text().strip():
                self.error.set_message(self.tr("Type the pupil number of the pupil here."))
                return
            self._run(_import, (self.session, self.opened, how, self.other_code.text()),
                      self._imported)
        else:
            self.accept()

    def _run(self, fn: Any, args: tuple[Any, ...], done: Any) -> None:
        self.error.set_message("")
        self.busy.start(self.tr("Please wait..."))
        self.next_button.setEnabled(False)
        self.worker.submit(fn, *args, on_done=done, on_error=self._failed, context=self)

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.next_button.setEnabled(True)
        self.error.set_message(messages.error_text(exc))

    # -- page 2: what the package holds ----------------------------------------------------------

    def _opened(self, opened: OpenedPackage) -> None:
        self.busy.stop()
        self.next_button.setEnabled(True)
        self.opened = opened
        self.passphrase.clear()
        p = opened.preview
        self.summary.setText(self.summary_html(p))
        if p.match_id is not None:
            self.match_radio.setText(self.tr("The pupil with the same number here: {name}")
                                     .format(name=p.match_name))
            self.match_radio.setChecked(True)
        else:
            self.new_radio.setChecked(True)
        self.match_radio.setVisible(p.match_id is not None)
        self.next_button.setText(self.tr("&Import"))
        self.next_button.setEnabled(not p.already_imported)
        for w in (self.new_radio, self.other_radio, self.other_code, self.match_radio):
            w.setEnabled(not p.already_imported)
        self.pages.setCurrentIndex(1)

    def summary_html(self, p: PackagePreview) -> str:
        key = {KeyStatus.NEW: self.tr(
                   "First package from this school: compare the key with the one on the "
                   "handover slip, or telephone the school."),
               KeyStatus.SAME: self.tr("Same key as this school's earlier packages."),
               KeyStatus.CHANGED: "⚠ " + self.tr(
                   "Warning: this school signed its earlier packages with another key. "
                   "Telephone the school to check before importing.")}[p.key_status]
        rows = [
            (self.tr("From"), f"{p.school_name} ({p.school_code})"),
            (self.tr("Made on"), format_datetime(school_time(p.created))),
            (self.tr("School year"), p.school_year),
            (self.tr("Made by"), p.made_by),
            (self.tr("Approved by"), p.approved_by),
            (self.tr("Signing key"), f"{p.fingerprint}. {key}"),
            (self.tr("Pupil"), p.pupil_name),
            (self.tr("Pupil number"), p.pupil_code or "—"),
            (self.tr("Date of birth"), format_date(p.birth_date) if p.birth_date else "—"),
            (self.tr("Register"), self.tr(
                "{levels} protection level changes, {groups} special circumstances, "
                "{reviews} reviews").format(levels=p.levels, groups=p.circumstances,
                                             reviews=p.reviews)),
        ]
        for c in p.cases:
            rows.append((self.tr("Case file {code}").format(code=c.code), self.tr(
                "{entries} chronology entries, {files} documents").format(
                entries=c.entries, files=c.attachments)))
        body = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                       for k, v in rows)
        top = ""
        if p.already_imported:
            top = "<p><b>" + escape(self.tr(
                "This package was imported before; importing it again changes nothing.")) + \
                "</b></p>"
        elif p.key_status == KeyStatus.CHANGED:
            top = "<p style='color:#a00'><b>" + escape(key) + "</b></p>"
        return f"{top}<table cellspacing='2' cellpadding='2'>{body}</table>"

    # -- page 3 ----------------------------------------------------------------------------------

    def _imported(self, result: ImportResult) -> None:
        self.busy.stop()
        self.result_value = result
        self.next_button.setEnabled(True)
        self.next_button.setText(self.tr("&Finish"))
        self.close_button.setVisible(False)
        self.done_text.setText(self.tr(
            "Imported (number {id} in the transfer log). The sending school's records are kept "
            "read-only with their own chronology. Print the receipt, have it signed and send it "
            "back to the sending school.").format(id=result.transfer_id))
        self.pages.setCurrentIndex(2)

    def save_receipt(self) -> None:
        if self.result_value is None:
            return
        path = messages.choose_save_file(self, self.tr("Save the receipt"),
                                         "giay-bien-nhan.pdf", self.tr("PDF document (*.pdf)"))
        if not path:
            return
        tid = self.result_value.transfer_id
        self._run(lambda: handover_papers.save_paper(
            self.session, handover_papers.received_receipt_pdf(self.session, tid), path, tid,
            "receipt"), (), lambda _r: self._receipt_saved(path))

    def _receipt_saved(self, path: str) -> None:
        self.busy.stop()
        self.next_button.setEnabled(True)
        self.done_text.setText(self.done_text.text() + "\n" + self.tr("Saved: {file}").format(
            file=path))

    def reject(self) -> None:
        self.passphrase.clear()
        super().reject()
