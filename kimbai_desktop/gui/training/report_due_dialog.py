"""Add or change a report due to the superior body: which report, to whom, by when, and once it
was sent, the date and the issued document it was (chosen from the register of issued
documents of the school year)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.training.form import TrainingDialog, today_of
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.report_calendar import DueInput, save_report_due


class ReportDueDialog(TrainingDialog):
    """``due`` is the one to change (a ``ReportDueInfo``; None: a new one); ``documents`` the
    (id, text) of the year's issued documents; ``mark_sent`` opens it to record the sending."""

    def __init__(self, session: Any, worker: DbWorker, school_year: str, due: Any = None,
                 documents: list[tuple[int, str]] | None = None, *, mark_sent: bool = False,
                 recipient: str = "", parent: QWidget | None = None) -> None:
        super().__init__(session, worker, parent)
        self.school_year = school_year
        self.due_id: int | None = due.id if due is not None else None
        if due is None:
            self.set_texts(self.tr("New report due, {year}").format(year=school_year), self.tr(
                "A report the superior body asks for, with the date it is due."),
                self.tr("&Save"))
        elif mark_sent:
            self.set_texts(self.tr("The report was sent"), self.tr(
                "Enter the date it was sent and, if it was made here, the issued document."),
                self.tr("&Save"))
        else:
            self.set_texts(self.tr("Change the report due"), "", self.tr("&Save the changes"))
        self.title = QLineEdit(self)
        apply_limit(self.title, limits.SHORT)
        self.recipient = QLineEdit(recipient, self)
        apply_limit(self.recipient, limits.LABEL)
        self.due = DateField(self)
        self.note = QLineEdit(self)
        apply_limit(self.note, limits.SHORT)
        self.note.setPlaceholderText(self.tr("e.g. the superior body's letter that asks for it"))
        self.sent_on = DateField(self)
        self.document = QComboBox(self)
        self.document.addItem(self.tr("(none: sent another way)"), None)
        for doc_id, text in documents or []:
            self.document.addItem(text, doc_id)
            self.document.setItemData(self.document.count() - 1, text,
                                      Qt.ItemDataRole.ToolTipRole)
        self.document.setMinimumContentsLength(30)
        self.document.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_field("title", self.tr("&Report:"), self.title)
        self.add_field("recipient", self.tr("Sent &to:"), self.recipient)
        self.add_field("due", self.tr("&Due by:"), self.due)
        self.add_field("note", self.tr("N&ote:"), self.note)
        self.add_field("sent_on", self.tr("Sent &on:"), self.sent_on,
                       self.tr("Leave empty until the report is sent."))
        self.add_field("document", self.tr("Issued docu&ment:"), self.document)
        if due is not None:
            self.title.setText(due.title)
            self.recipient.setText(due.recipient)
            self.due.set_date(due.due)
            self.note.setText(due.note)
            if due.sent_on is not None:
                self.sent_on.set_date(due.sent_on)
            self.document.setCurrentIndex(max(0, self.document.findData(due.document_id)))
        if mark_sent and due is not None and due.sent_on is None:
            self.sent_on.set_date(today_of(session))
            self.dirty = True
        else:
            self.dirty = False
        (self.document if mark_sent else self.title).setFocus()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self.read_date(self.due, "due", errors)
        self.read_date(self.sent_on, "sent_on", errors, required=False)
        return errors

    def call(self) -> tuple[Any, tuple[Any, ...]]:
        data = DueInput(self.title.text(), self.recipient.text(), self.due.date(),
                        self.note.text(), self.sent_on.date(), self.document.currentData())
        return save_report_due, (self.session, data, self.due_id, self.school_year)
