"""Editors of the activity form: the kind (with a name for "other"), the duration in hours and
minutes, and the checkable list of topics with their Vietnamese labels."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from kimbai_desktop.domain.training import ActivityKind, Topic
from kimbai_desktop.gui import labels

MAX_HOURS = 120
MAX_MINUTES = 24 * 60 * 5


def kind_combo(parent: QWidget, any_text: str = "") -> QComboBox:
    """The kinds of activity (first "any kind" when ``any_text`` is given, for filters)."""
    combo = QComboBox(parent)
    if any_text:
        combo.addItem(any_text, None)
    for kind in ActivityKind:
        combo.addItem(labels.label(kind), kind)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def topic_combo(parent: QWidget, any_text: str = "") -> QComboBox:
    combo = QComboBox(parent)
    if any_text:
        combo.addItem(any_text, None)
    for topic in Topic:
        combo.addItem(labels.label(topic), topic)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


class DurationField(QWidget):
    """Hours and minutes; typing 90 in the minutes alone is fine too."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = QSpinBox(self)
        self.hours.setRange(0, MAX_HOURS)
        self.hours.setAccessibleName(self.tr("Hours"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        for spin in (self.hours, self.minutes):
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0000") + 40)
            spin.valueChanged.connect(lambda _v: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hours)
        layout.addWidget(QLabel(self.tr("hours"), self))
        layout.addSpacing(8)
        layout.addWidget(self.minutes)
        layout.addWidget(QLabel(self.tr("minutes"), self))
        layout.addStretch(1)
        self.setFocusProxy(self.hours)

    def total_minutes(self) -> int:
        return self.hours.value() * 60 + self.minutes.value()

    def set_minutes(self, total: int) -> None:
        hours, rest = divmod(max(0, total), 60)
        self.hours.setValue(min(hours, MAX_HOURS))
        self.minutes.setValue(rest)


class TopicList(QListWidget):
    """Every topic with a tick box; Space ticks the current one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for topic in Topic:
            item = QListWidgetItem(labels.label(topic), self)
            item.setData(Qt.ItemDataRole.UserRole, topic)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(item.text())
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)  # the ticks say it all
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        rows = self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 4
        self.setMinimumHeight(min(rows, 8 * self.sizeHintForRow(0)))
        self.setMaximumHeight(rows)
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)
        self.setCurrentRow(0)

    def topics(self) -> tuple[Topic, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_topics(self, topics: Iterable[Topic]) -> None:
        chosen = set(topics)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def tick(self, topic: Topic, on: bool = True) -> None:
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == topic:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
