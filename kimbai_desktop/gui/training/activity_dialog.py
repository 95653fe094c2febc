"""Record or correct an activity (buổi tập huấn, tuyên truyền): kind, title, date, duration,
place, facilitators, topics, evaluation on the left; audiences and attendance on the right.

The service checks the whole activity; its messages appear beside the field they concern
(title, topics, duration_minutes, custom_kind, audiences, held_on)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.training import ActivityKind
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.training.fields import DurationField, TopicList, kind_combo
from kimbai_desktop.gui.training.form import NOTE_LIMIT, TrainingDialog, today_of
from kimbai_desktop.gui.training.participants import ParticipantsPanel
from kimbai_desktop.gui.widgets import FieldBox, note_editor
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.training import ActivityInput, save_activity

PREFERRED_SIZE = QSize(1080, 660)


class ActivityDialog(TrainingDialog):
    """``info`` is the activity to correct (None: a new one). ``staff`` is the directory
    (leavers included), ``class_names`` the classes for pupil attendance (None: not offered)."""

    def __init__(self, session: Any, worker: DbWorker, staff: Sequence[Any],
                 custom_kinds: Sequence[str] = (), class_names: Sequence[str] | None = None,
                 info: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(session, worker, parent)
        self.info = info
        self.activity_id: int | None = info.id if info is not None else None
        if info is None:
            self.set_texts(self.tr("New activity"), "", self.tr("&Save the activity"))
        else:
            self.set_texts(self.tr("Edit the activity"), "", self.tr("&Save the changes"))

        self.kind = kind_combo(self)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.custom_kind = QComboBox(self)
        self.custom_kind.setEditable(True)
        self.custom_kind.addItems(list(custom_kinds))
        self.custom_kind.setCurrentIndex(-1)
        custom_edit = self.custom_kind.lineEdit()
        assert custom_edit is not None
        apply_limit(custom_edit, limits.NAME)
        custom_edit.setPlaceholderText(self.tr("for example Hội thi vẽ tranh"))
        self.title = QLineEdit(self)
        apply_limit(self.title, limits.SHORT)
        self.held_on = DateField(self)
        self.duration = DurationField(self)
        self.place = QLineEdit(self)
        apply_limit(self.place, limits.LABEL)
        self.facilitators = QLineEdit(self)
        apply_limit(self.facilitators, limits.SHORT)
        self.invited = QCheckBox(self.tr("Invited from outside the school"), self)
        self.topics = TopicList(self)
        self.evaluation = note_editor(self, 2)
        apply_limit(self.evaluation, limits.NARRATIVE)
        self.evaluation.setMaximumHeight(16_777_215)  # takes the room left in the column

        left = QWidget(self)
        self.left_form = QFormLayout(left)
        self.left_form.setContentsMargins(0, 0, 0, 0)
        self.left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form = self.left_form
        self.add_field("kind", self.tr("&Kind:"), self.kind, form=form)
        self.add_field("custom_kind", self.tr("&Name of the kind:"), self.custom_kind, form=form)
        self.add_field("title", self.tr("&Title:"), self.title, form=form)
        date_row = QWidget(self)
        row = QHBoxLayout(date_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.held_on)
        row.addStretch(1)
        date_row.setFocusProxy(self.held_on)
        self.add_field("held_on", self.tr("&Date:"), date_row, form=form)
        self.watch(self.held_on, self.boxes["held_on"])
        self.add_field("duration_minutes", self.tr("D&uration:"), self.duration, form=form)
        self.add_field("place", self.tr("&Place:"), self.place, form=form)
        self.add_field("facilitators", self.tr("&Facilitators:"), self.facilitators, form=form)
        form.addRow("", self.invited)
        self.watch(self.invited)
        self.add_field("topics", self.tr("T&opics:"), self.topics, form=form)
        self.add_field("evaluation", self.tr("&Evaluation:"), self.evaluation, form=form)

        self.participants = ParticipantsPanel(session, worker, staff, class_names, self)
        self.audiences_box = FieldBox(self.participants, "", self)
        self.boxes["audiences"] = self.audiences_box
        self.participants.changed.connect(self._participants_changed)
        self.participants.setFocusProxy(self.participants.table)
        columns = QWidget(self)
        columns_layout = QHBoxLayout(columns)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        columns_layout.setSpacing(16)
        columns_layout.addWidget(left, 5)
        columns_layout.addWidget(self.audiences_box, 4)
        self.form.addRow(columns)

        chain = [self.kind, self.custom_kind, self.title, self.held_on.edit, self.held_on.button,
                 self.duration.hours, self.duration.minutes, self.place, self.facilitators,
                 self.invited, self.topics, self.evaluation, self.participants.table,
                 self.participants.tabs]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

        if info is None:
            self.held_on.set_date(today_of(session))
        else:
            self._fill(info)
        self._kind_changed()
        self.dirty = False
        self.grow_form()
        self.resize_within(PREFERRED_SIZE)
        self.title.setFocus()
        self.keep_drafts(session, "activity", getattr(info, "id", ""))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return super().sizeHint().expandedTo(PREFERRED_SIZE)

    def _fill(self, info: Any) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(info.kind)))
        if info.kind == ActivityKind.OTHER:
            self.custom_kind.setCurrentText(info.kind_label)
        self.title.setText(info.title)
        self.held_on.set_date(info.held_on)
        self.duration.set_minutes(info.duration_minutes)
        self.place.setText(info.place)
        self.facilitators.setText(info.facilitators)
        self.invited.setChecked(info.invited_facilitator)
        self.topics.set_topics(info.topics)
        self.evaluation.setPlainText(info.evaluation)
        self.participants.set_activity(info)

    def _kind_changed(self, *_args: Any) -> None:
        other = self.kind.currentData() == ActivityKind.OTHER
        self.left_form.setRowVisible(self.boxes["custom_kind"], other)
        if not other:
            self.boxes["custom_kind"].set_error("")

    def _participants_changed(self) -> None:
        self.dirty = True
        self.audiences_box.set_error("")

    # -- saving ------------------------------------------------------------------------------------

    def submit(self) -> None:
        self.participants.table.commit_editing()
        super().submit()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self.read_date(self.held_on, "held_on", errors)
        return errors

    def activity_input(self) -> ActivityInput:
        """What the form says (the date was checked by :meth:`check`)."""
        kind = self.kind.currentData()
        held_on = self.held_on.date()
        assert held_on is not None
        return ActivityInput(
            kind=kind,
            title=self.title.text(),
            held_on=held_on,
            duration_minutes=self.duration.total_minutes(),
            topics=self.topics.topics(),
            audiences=self.participants.audiences.counts(),
            custom_kind=self.custom_kind.currentText() if kind == ActivityKind.OTHER else "",
            place=self.place.text(),
            facilitators=self.facilitators.text(),
            invited_facilitator=self.invited.isChecked(),
            evaluation=self.evaluation.toPlainText()[:NOTE_LIMIT],
            staff_ids=self.participants.staff_ids(),
            pupil_ids=self.participants.pupil_ids(),
        )

    def call(self) -> tuple[Any, tuple[Any, ...]]:
        return save_activity, (self.session, self.activity_input(), self.activity_id)
