""" "Chuyển tuyến": referrals of the child to a service (health, psychological, legal, police,
social) with their status followed up (sent, accepted, done, declined); each change goes into the
chronology. A referral needs the family's recorded consent, or a reason the law allows
(gui/cases/share_override_dialog.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import ReferralStatus, Service
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.gui import form_state, labels, messages
from kimbai_desktop.gui.cases.common import compact, date_text, enum_combo, school_today
from kimbai_desktop.gui.cases.share_override_dialog import ask_share_override
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.drafts import DraftedDialog, DraftKeeper
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import FieldBox, heading_label, record_table, share_lock_shortcut
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import case_work
from kimbai_desktop.services.sharing import ConsentNeeded, ShareOverride


class ReferralDialog(DraftedDialog):
    """Lists the case's referrals; adds one; changes the status of the selected one."""

    changed = Signal()

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        case_id: int,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.case_id = case_id
        self.editable = editable
        self.referrals: list[Any] = []
        self.busy = False
        self.override_dialog: Any = None  # open while the user chooses a reason (tests use it)
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        self.table = record_table(self, [self.tr("Service"), self.tr("Referred to"),
                                         self.tr("Sent on"), self.tr("Status"), self.tr("Notes")],
                                  stretch=(1, 4))
        self.table.setMinimumHeight(140)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.new_status = enum_combo(self, ReferralStatus, ReferralStatus.ACCEPTED)
        self.status_note = QLineEdit(self)
        apply_limit(self.status_note, limits.NOTE)
        self.status_note.setPlaceholderText(self.tr("Note (optional)"))
        self.status_button = QPushButton(self.tr("&Update the status"), self)
        self.status_button.clicked.connect(self.update_status)
        status_row = QHBoxLayout()
        caption = QLabel(self.tr("Selected referral:"), self)
        caption.setBuddy(self.new_status)
        status_row.addWidget(caption)
        status_row.addWidget(self.new_status)
        status_row.addWidget(self.status_note, 1)
        status_row.addWidget(self.status_button)

        self.service = enum_combo(self, Service)
        self.to_whom = QLineEdit(self)
        apply_limit(self.to_whom, limits.LABEL)
        self.sent_on = DateField(self)
        self.sent_on.set_date(school_today(session))
        compact(self.sent_on)
        self.note = QLineEdit(self)
        apply_limit(self.note, limits.NOTE)
        self.boxes = {
            "service": FieldBox(self.service, "", self),
            "to_whom": FieldBox(
                self.to_whom,
                self.tr("The service or person, e.g. Trung tâm công tác xã hội, trạm y tế xã."),
                self,
            ),
            "sent_on": FieldBox(self.sent_on, self.tr("dd/mm/yyyy"), self),
            "note": FieldBox(self.note, "", self),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, text in (
            ("service", self.tr("Ser&vice:")),
            ("to_whom", self.tr("Re&ferred to:")),
            ("sent_on", self.tr("Sent &on:")),
            ("note", self.tr("&Note:")),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(self.boxes[name].editor)
            form.addRow(caption, self.boxes[name])
        self.add_button = QPushButton(self.tr("&Record the referral"), self)
        self.add_button.clicked.connect(self.add_referral)
        self.add_button.setDefault(True)
        self.status_label = QLabel(self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.status_label, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Referrals"), self, 1.2))
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        layout.addSpacing(8)
        layout.addWidget(heading_label(self.tr("Refer the child to a service"), self, 1.1))
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(buttons)
        share_lock_shortcut(self)
        self.resize(820, 600)
        for widget in (
            self.service,
            self.to_whom,
            self.sent_on,
            self.note,
            self.add_button,
            self.new_status,
            self.status_note,
        ):
            widget.setEnabled(editable)
        form_state.skip(self.new_status)  # chooses what a button does, not data
        self.draft_keeper = DraftKeeper(
            self, session, worker, "case_referral", self.case_id,
            lambda: form_state.values(self), lambda v: form_state.apply(self, v),
        )
        self.load()

    def load(self) -> None:
        self.worker.submit(
            case_work.list_referrals,
            self.session,
            self.case_id,
            on_done=self._show,
            on_error=self._failed,
            context=self,
        )

    def _show(self, referrals: list[Any]) -> None:
        self.referrals = referrals
        self.table.setRowCount(len(referrals))
        for row, r in enumerate(referrals):
            for column, text in enumerate(
                (
                    labels.label(r.service),
                    r.to_whom,
                    date_text(r.sent_on),
                    labels.label(r.status),
                    r.note,
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.referrals[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.status_button.setEnabled(
            self.editable and not self.busy and self.selected() is not None
        )

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.status_label.clear()
        self._update_buttons()
        if isinstance(exc, ValidationError):
            for name, text in messages.field_messages(exc).items():
                if name in self.boxes:
                    self.boxes[name].set_error(text)
            return
        messages.show_error(self, exc)

    def add_referral(self) -> None:
        if self.busy:
            return
        for box in self.boxes.values():
            box.set_error("")
        errors = {}
        if not self.to_whom.text().strip():
            errors["to_whom"] = self.tr("Enter the service or person the child is referred to.")
        try:
            sent_on = self.sent_on.date()
            if sent_on is None:
                errors["sent_on"] = self.tr("Enter the date the referral was sent.")
        except ValueError:
            errors["sent_on"] = self.sent_on.problem()
        if errors:
            for name, text in errors.items():
                self.boxes[name].set_error(text)
            return
        self._submit_referral(sent_on, None)

    def _submit_referral(self, sent_on: Any, override: ShareOverride | None) -> None:
        """The service checks the consent; without one it refuses (ConsentNeeded, nothing
        saved) and the user may give a reason the law allows, then it is sent again."""
        self.busy = True
        self.status_label.setText(self.tr("Saving..."))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConsentNeeded) and override is None:
                self.busy = False
                self.status_label.clear()
                self.override_dialog = ask_share_override(
                    self, lambda chosen: self._submit_referral(sent_on, chosen))
                return
            self._failed(exc)

        self.worker.submit(
            case_work.add_referral,
            self.session,
            self.case_id,
            self.service.currentData(),
            self.to_whom.text(),
            sent_on,
            self.note.text(),
            override=override,
            on_done=self._saved,
            on_error=failed,
            context=self,
        )

    def update_status(self) -> None:
        referral = self.selected()
        if referral is None or self.busy:
            return
        self.busy = True
        self._update_buttons()
        self.worker.submit(
            case_work.set_referral_status,
            self.session,
            referral.id,
            self.new_status.currentData(),
            self.status_note.text(),
            on_done=self._saved,
            on_error=self._failed,
            context=self,
        )

    def _saved(self, _result: Any) -> None:
        self.busy = False
        self.status_label.setText(self.tr("Saved."))
        self.to_whom.clear()
        self.note.clear()
        self.status_note.clear()
        self.load()
        self.draft_keeper.saved_and_go_on()
        self.changed.emit()
