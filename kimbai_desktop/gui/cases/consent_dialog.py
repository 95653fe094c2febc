""" "Đồng ý": the consent records of a case (who consented, their relation, to what, when, the
child's age and own agreement from age 7, the legal basis) and the note of what must be withheld
from whom (Nghị định 56 Điều 33; Luật Bảo vệ dữ liệu cá nhân 2025 Điều 24)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import ConsentScope
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.gui import form_state, labels, messages
from kimbai_desktop.gui.cases.common import (
    TextArea,
    compact,
    date_text,
    enum_combo,
    school_today,
)
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.drafts import DraftedDialog, DraftKeeper
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import (
    FieldBox,
    fit_spin_box_text,
    heading_label,
    hint_label,
    record_table,
    share_lock_shortcut,
)
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import case_work, cases


class ConsentDialog(DraftedDialog):
    """``detail`` is the case's CaseDetail (for the withhold note and the child's age)."""

    changed = Signal()

    def __init__(
        self, session: Any, worker: DbWorker, detail: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.case_id = detail.brief.id
        self.busy = False
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        self.table = record_table(self, [self.tr("Date"), self.tr("Who consented"),
                                         self.tr("To what"), self.tr("The child agreed"),
                                         self.tr("Legal basis")], stretch=(1, 2, 4))
        self.table.setMinimumHeight(110)

        self.consenter = QLineEdit(self)
        apply_limit(self.consenter, limits.NAME)
        self.relation = QLineEdit(self)
        apply_limit(self.relation, limits.WORD)
        self.relation.setPlaceholderText(self.tr("e.g. mother, grandfather"))
        self.scope = enum_combo(self, ConsentScope)
        self.given_on = DateField(self)
        self.given_on.set_date(school_today(session))
        self.child_age = QSpinBox(self)
        self.child_age.setRange(-1, 17)
        self.child_age.setSpecialValueText(self.tr("not known"))
        ages = [c.age for c in detail.children if c.age is not None]
        self.child_age.setValue(ages[0] if ages else -1)
        fit_spin_box_text(self.child_age)
        compact(self.given_on)
        compact(self.child_age)
        self.child_agreed = QCheckBox(self.tr("The child agreed as well"), self)
        self.legal_basis = QLineEdit(self)
        apply_limit(self.legal_basis, limits.LABEL)
        self.note = QLineEdit(self)
        apply_limit(self.note, limits.NOTE)
        self.boxes = {
            "consenter": FieldBox(self.consenter, "", self),
            "relation": FieldBox(self.relation, "", self),
            "scope": FieldBox(self.scope, "", self),
            "given_on": FieldBox(self.given_on, self.tr("dd/mm/yyyy"), self),
            "child_age": FieldBox(self.child_age, "", self),
            "child_agreed": FieldBox(
                self.child_agreed,
                self.tr(
                    "From age 7 the child's own agreement is needed to disclose their information."
                ),
                self,
            ),
            "legal_basis": FieldBox(self.legal_basis, "", self),
            "note": FieldBox(self.note, "", self),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, text in (
            ("consenter", self.tr("&Who consented:")),
            ("relation", self.tr("&Relation:")),
            ("scope", self.tr("To &what:")),
            ("given_on", self.tr("&Date:")),
            ("child_age", self.tr("Child's &age:")),
            ("child_agreed", ""),
            ("legal_basis", self.tr("Legal &basis:")),
            ("note", self.tr("&Note:")),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(self.boxes[name].editor)
            form.addRow(caption, self.boxes[name])
        self.add_button = QPushButton(self.tr("Record the &consent"), self)
        self.add_button.clicked.connect(self.add_consent)
        self.status_label = QLabel(self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.status_label, 1)

        self.withhold = TextArea(self, 2)
        apply_limit(self.withhold, limits.NOTE)
        self.withhold.setPlainText(detail.withhold_note)
        self.withhold_button = QPushButton(self.tr("Save the &note"), self)
        self.withhold_button.clicked.connect(self.save_withhold)
        withhold_row = QHBoxLayout()
        withhold_row.addWidget(self.withhold, 1)
        withhold_row.addWidget(self.withhold_button, 0, Qt.AlignmentFlag.AlignTop)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Consent"), self, 1.2))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(heading_label(self.tr("What must be withheld from whom"), self, 1.05))
        layout.addWidget(
            hint_label(
                self.tr("For example: do not tell the father where the child is staying."), self
            )
        )
        layout.addLayout(withhold_row)
        layout.addWidget(buttons)
        share_lock_shortcut(self)
        self.resize(820, 700)
        self.draft_keeper = DraftKeeper(
            self, session, worker, "case_consent", self.case_id,
            lambda: form_state.values(self), lambda v: form_state.apply(self, v),
        )
        self.load()

    def load(self) -> None:
        self.worker.submit(
            case_work.list_consents,
            self.session,
            self.case_id,
            on_done=self._show,
            on_error=self._failed,
            context=self,
        )

    def _show(self, consents: list[Any]) -> None:
        self.table.setRowCount(len(consents))
        for row, c in enumerate(consents):
            who = f"{c.consenter} ({c.relation})" if c.relation else c.consenter
            agreed = self.tr("Yes") if c.child_agreed else self.tr("No")
            for column, text in enumerate(
                (date_text(c.given_on), who, labels.label(c.scope), agreed, c.legal_basis)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.status_label.clear()
        if isinstance(exc, ValidationError):
            for name, text in messages.field_messages(exc).items():
                if name in self.boxes:
                    self.boxes[name].set_error(text)
            return
        messages.show_error(self, exc)

    def add_consent(self) -> None:
        if self.busy:
            return
        for box in self.boxes.values():
            box.set_error("")
        try:
            given_on = self.given_on.date()
        except ValueError:
            self.boxes["given_on"].set_error(self.given_on.problem())
            return
        if given_on is None:
            self.boxes["given_on"].set_error(
                self.tr("Enter the date (dd/mm/yyyy) or pick it from the calendar.")
            )
            return
        age = self.child_age.value()
        self.busy = True
        self.status_label.setText(self.tr("Saving..."))
        self.worker.submit(
            case_work.record_consent,
            self.session,
            self.case_id,
            self.consenter.text(),
            self.relation.text(),
            self.scope.currentData(),
            given_on,
            None if age < 0 else age,
            self.child_agreed.isChecked(),
            self.legal_basis.text(),
            self.note.text(),
            on_done=self._saved,
            on_error=self._failed,
            context=self,
        )

    def _saved(self, _result: Any) -> None:
        self.busy = False
        self.status_label.setText(self.tr("The consent is recorded."))
        for edit in (self.consenter, self.relation, self.legal_basis, self.note):
            edit.clear()
        self.child_agreed.setChecked(False)
        self.load()
        self.draft_keeper.saved_and_go_on()
        self.changed.emit()

    def save_withhold(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.worker.submit(
            cases.update_withhold_note,
            self.session,
            self.case_id,
            self.withhold.text(),
            on_done=self._withhold_saved,
            on_error=self._failed,
            context=self,
        )

    def _withhold_saved(self, _result: Any) -> None:
        self.busy = False
        self.status_label.setText(self.tr("The note is saved."))
        self.changed.emit()
