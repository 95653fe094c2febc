"""The teacher's quick concern form: few fields, big and clear. Which child (from the register
when the account may search it, otherwise by name), what happened, where, when, whether it is
urgent, and what the teacher did. Sending it opens a case for the child protection lead
(``cases.record_concern``); the teacher gets back only the case number. What is typed is kept
as an encrypted draft of the teacher's own (:mod:`kimbai_desktop.gui.drafts`) until it is sent,
so a lock or a crash loses nothing; the next time the form opens it is offered back.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import Place
from kimbai_desktop.domain.enums import AbuseForm
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.gui import form_state, messages
from kimbai_desktop.gui.cases.common import TextArea, TimeField, enum_combo, school_now
from kimbai_desktop.gui.cases.pupil_picker import PupilPicker
from kimbai_desktop.gui.date_field import typed_field_errors
from kimbai_desktop.gui.drafts import DraftKeeper
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import (
    BusyBar,
    FieldBox,
    FieldError,
    fit_spin_box_text,
    focus_first_wrong,
)
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.cases import ConcernInput, record_concern

FONT_SCALE = 1.12


class ConcernForm(QWidget):
    """``sent(code)`` after the concern was recorded; the form is then empty again."""

    sent = Signal(str)

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.busy = False
        self.pupil: Any = None
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)

        self.picker = form_state.skip(PupilPicker(session, worker, self))
        self.picker.picked.connect(self.set_pupil)
        self.picker.setVisible(self.picker.allowed)
        self.child_name = QLineEdit(self)
        apply_limit(self.child_name, limits.NAME)
        self.child_name.setPlaceholderText(self.tr("Full name and class, e.g. Nguyễn Văn An, 3A"))
        self.child_name.textEdited.connect(lambda _t: self._forget_pupil())
        self.child_age = QSpinBox(self)
        self.child_age.setRange(-1, 99)  # 16 or more: refused with the reason (Luật Trẻ em)
        self.child_age.setSpecialValueText(self.tr("age not known"))
        self.child_age.setValue(-1)
        fit_spin_box_text(self.child_age)
        child_row = QWidget(self)
        row = QHBoxLayout(child_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.child_name, 1)
        row.addWidget(self.child_age)
        child_row.setFocusProxy(self.child_name)
        self.what = TextArea(
            self, 5, self.tr("What you saw or heard, in the child's own words where you can.")
        )
        apply_limit(self.what, limits.NARRATIVE)
        self.kind = enum_combo(self, AbuseForm, none_text=self.tr("Not sure"))
        self.place = enum_combo(self, Place, Place.SCHOOL)
        self.place_detail = QLineEdit(self)
        apply_limit(self.place_detail, limits.SHORT)
        self.place_detail.setPlaceholderText(self.tr("e.g. the schoolyard, the classroom"))
        place_row = QWidget(self)
        row = QHBoxLayout(place_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.place)
        row.addWidget(self.place_detail, 1)
        place_row.setFocusProxy(self.place)
        self.when = TimeField(school_now(session), self)
        self.urgent = QCheckBox(self.tr("The child is in danger now (urgent)"), self)
        self.actions_taken = TextArea(
            self, 3, self.tr("e.g. separated the children, called the parents")
        )

        apply_limit(self.actions_taken, limits.NARRATIVE)
        self.boxes: dict[str, FieldBox] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        if self.picker.allowed:
            self._add("pupil", self.tr("&Pupil:"), self.picker)
        self._add(
            "children",
            self.tr("&Child:") if not self.picker.allowed else self.tr("Or &by name:"),
            child_row,
        )
        self._add("summary", self.tr("&What happened:"), self.what)
        self._add("forms", self.tr("&Kind of harm:"), self.kind)
        self._add("place", self.tr("W&here:"), place_row)
        self._add("happened_at", self.tr("Whe&n:"), self.when)
        self.form.addRow("", self.urgent)
        self._add("immediate_actions", self.tr("What &I did:"), self.actions_taken)

        self.send_button = QPushButton(self.tr("&Send to the child protection lead"), self)
        self.send_button.setMinimumHeight(40)
        self.send_button.clicked.connect(self.send)
        self.error = FieldError(self)
        self.busy_bar = BusyBar(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_bar)
        layout.addLayout(buttons)
        self.draft_keeper = DraftKeeper(
            self, session, worker, "concern", "", self.form_values, self.restore_values
        )
        if session is not None:
            self.draft_keeper.start()

    # -- drafts --------------------------------------------------------------------------------

    def form_values(self) -> form_state.Values:
        found = form_state.values(self)
        if self.pupil is not None:
            found["pupil"] = {"id": self.pupil.id, "full_name": self.pupil.full_name,
                              "class_name": self.pupil.class_name or ""}
        return found

    def restore_values(self, found: form_state.Values) -> None:
        form_state.apply(self, found)
        pupil = found.get("pupil")
        if isinstance(pupil, dict) and isinstance(pupil.get("id"), int):
            self.set_pupil(SimpleNamespace(id=pupil["id"], full_name=str(pupil.get("full_name")),
                                           class_name=str(pupil.get("class_name") or "")))

    def _add(self, name: str, label: str, editor: QWidget) -> None:
        box = FieldBox(editor, "", self)
        caption = QLabel(label, self)
        caption.setBuddy(editor.focusProxy() or editor)
        self.form.addRow(caption, box)
        self.boxes[name] = box

    def set_pupil(self, pupil: Any) -> None:
        self.pupil = pupil
        text = pupil.full_name + (f", {pupil.class_name}" if pupil.class_name else "")
        self.child_name.setText(text)
        self.child_age.setEnabled(False)
        self.boxes["children"].set_error("")

    def _forget_pupil(self) -> None:
        self.pupil = None
        self.child_age.setEnabled(True)
        self.boxes["children"].set_error("")

    def field_error(self, name: str) -> str:
        return self.boxes[name].error.message()

    def concern(self) -> ConcernInput:
        kind = self.kind.currentData()
        age = self.child_age.value()
        return ConcernInput(
            what_happened=self.what.text(),
            pupil_id=self.pupil.id if self.pupil is not None else None,
            child_name="" if self.pupil is not None else self.child_name.text(),
            child_age=None if age < 0 or self.pupil is not None else age,
            forms=(kind,) if kind is not None else (AbuseForm.OTHER_HARM,),
            place=self.place.currentData(),
            place_detail=self.place_detail.text(),
            happened_at=self.when.moment(),
            urgent=self.urgent.isChecked(),
            actions_taken=self.actions_taken.text(),
        )

    def check(self) -> dict[str, str]:
        """What can be said before sending; a time in the future is refused by the service."""
        errors = {}
        if self.pupil is None and not self.child_name.text().strip():
            errors["children"] = self.tr("Write the child's name (or pick the pupil).")
        if not self.what.text().strip():
            errors["summary"] = self.tr("Write what happened, even in a few words.")
        errors.update(typed_field_errors(self.boxes))
        return errors

    def show_errors(self, errors: dict[str, str]) -> None:
        for box in self.boxes.values():
            box.set_error("")
        self.error.clear()
        rest: list[str] = []
        for name, text in errors.items():
            target = self.boxes.get(name)
            if target is None:
                rest.append(text)
            else:
                target.set_error(text)
        if rest:
            self.error.set_message("\n".join(rest))
        focus_first_wrong(self.boxes.values())

    def send(self) -> None:
        if self.busy:
            return
        errors = self.check()
        self.show_errors(errors)
        if errors:
            return
        self.set_busy(True)
        self.worker.submit(
            record_concern,
            self.session,
            self.concern(),
            on_done=self._on_sent,
            on_error=self._on_failed,
            context=self,
        )

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.send_button.setEnabled(not busy)
        if busy:
            self.busy_bar.start(self.tr("Sending..."))
        else:
            self.busy_bar.stop()

    def _on_sent(self, code: str) -> None:
        self.set_busy(False)
        self.draft_keeper.discard()  # sent: the draft has done its work
        self.reset()
        self.draft_keeper.start()  # the empty form again, for the next concern
        self.sent.emit(code)

    def _on_failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        if isinstance(exc, ValidationError):
            self.show_errors(messages.field_messages(exc))
            return
        self.error.set_message(messages.error_text(exc))

    def reset(self) -> None:
        """Empty the form for the next concern."""
        self._forget_pupil()
        for edit in (self.child_name, self.place_detail):
            edit.clear()
        self.what.clear()
        self.actions_taken.clear()
        self.child_age.setValue(-1)
        self.kind.setCurrentIndex(0)
        self.place.setCurrentIndex(self.place.findData(Place.SCHOOL))
        self.urgent.setChecked(False)
        if self.session is not None:
            self.when.set_moment(school_now(self.session))
        self.show_errors({})

    def clear(self) -> None:
        self.draft_keeper.stop()  # at lock the draft was written before the page was cleared
        self.reset()
        self.session = None
        self.setEnabled(False)
