"""Set or change a target of the school year (chỉ tiêu): what is counted (sessions, the share of
staff trained in a topic, or participants), which activities count, and the number to reach,
for the year or in each semester; who is in charge and by when."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.training import Audience, TargetMetric
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.training.fields import kind_combo, topic_combo
from kimbai_desktop.gui.training.form import TrainingDialog
from kimbai_desktop.gui.widgets import hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.training import TargetInput, save_target

MAX_TARGET = 100_000


class TargetDialog(TrainingDialog):
    """``target`` is the target to change (a ``TargetProgress``; None: a new one)."""

    def __init__(self, session: Any, worker: DbWorker, school_year: str, target: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, worker, parent)
        self.school_year = school_year
        self.target_id: int | None = target.id if target is not None else None
        if target is None:
            self.set_texts(self.tr("New target for {year}").format(year=school_year), "",
                           self.tr("&Save the target"))
        else:
            self.set_texts(self.tr("Change the target"), "", self.tr("&Save the changes"))

        self.description = QLineEdit(self)
        apply_limit(self.description, limits.SHORT)
        self.description.setPlaceholderText(
            self.tr("as in the school plan, for example 2 buổi tuyên truyền mỗi học kỳ"))
        self.measure = QComboBox(self)
        for metric in TargetMetric:
            self.measure.addItem(labels.label(metric), metric)
        self.measure.currentIndexChanged.connect(self._metric_changed)
        self.value = QSpinBox(self)
        self.value.setRange(0, MAX_TARGET)
        self.kind = kind_combo(self, self.tr("Any kind"))
        self.topic = topic_combo(self, self.tr("Any topic"))
        self.audience = QComboBox(self)
        self.audience.addItem(self.tr("Every group"), None)
        for audience in Audience:
            self.audience.addItem(labels.label(audience), audience)
        self.per_semester = QCheckBox(self.tr("Counted in &each semester"), self)
        self.owner = QLineEdit(self)
        apply_limit(self.owner, limits.NAME)
        self.owner.setPlaceholderText(self.tr("for example Phó Hiệu trưởng, Tổng phụ trách Đội"))
        self.due = DateField(self)

        self.add_field("description", self.tr("&Target:"), self.description)
        self.add_field("metric", self.tr("&Measured as:"), self.measure)
        self.add_field("target_value", self.tr("&Number to reach:"), self.value)
        self.add_field("kind", self.tr("&Kind of activity:"), self.kind)
        self.add_field("topic", self.tr("T&opic:"), self.topic)
        self.add_field("audience", self.tr("&Participants counted:"), self.audience)
        self.form.addRow("", self.per_semester)
        self.watch(self.per_semester)
        self.add_field("owner", self.tr("In c&harge:"), self.owner)
        self.add_field("due", self.tr("D&ue by:"), self.due,
                       self.tr("Leave empty when the target runs the whole school year."))
        self.unknown_note = hint_label(self.tr(
            "Check the kind, topic and participants counted: choose them again before saving."),
            self)
        self.unknown_note.setVisible(False)
        self.form.addRow("", self.unknown_note)

        if target is None:
            self.value.setValue(1)
        else:
            self._fill(target)
        self._metric_changed()
        self.dirty = False
        self.description.setFocus()
        self.keep_drafts(session, "target", f"{school_year}/{target.id if target is not None else ''}")

    def _fill(self, target: Any) -> None:
        self.description.setText(target.description)
        self.measure.setCurrentIndex(max(0, self.measure.findData(target.metric)))
        self.value.setValue(target.target_value)
        self.owner.setText(getattr(target, "owner", ""))
        if getattr(target, "due", None) is not None:
            self.due.set_date(target.due)
        self.per_semester.setChecked(bool(getattr(target, "per_semester", target.by_semester)))
        if not all(hasattr(target, name) for name in ("kind", "topic", "audience")):
            self.unknown_note.setVisible(True)  # an older service did not say what is counted
            return
        for combo, value in ((self.kind, target.kind), (self.topic, target.topic),
                             (self.audience, target.audience)):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def _metric_changed(self, *_args: Any) -> None:
        metric = self.measure.currentData()
        self.value.setSuffix(" %" if metric == TargetMetric.STAFF_COVERAGE else "")
        counts_people = metric == TargetMetric.PARTICIPANTS
        self.audience.setEnabled(counts_people)
        if not counts_people:
            self.audience.setCurrentIndex(0)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._metric_changed()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self.read_date(self.due, "due", errors, required=False)
        return errors

    def call(self) -> tuple[Any, tuple[Any, ...]]:
        data = TargetInput(
            description=self.description.text(),
            metric=self.measure.currentData(),
            target_value=self.value.value(),
            kind=self.kind.currentData(),
            topic=self.topic.currentData(),
            audience=self.audience.currentData(),
            per_semester=self.per_semester.isChecked(),
            owner=self.owner.text(),
            due=self.due.date(),
        )
        return save_target, (self.session, data, self.school_year, self.target_id)
