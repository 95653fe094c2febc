"""The procedure status bar of a case (Nghị định 56, Điều 25-30): every step, done or not.

A done step shows when it was done and by which account; a step not done yet shows its deadline
with its state (icon, colour and words: never colour alone); the current step is framed. Above the
steps, one line names the school's next deadline, the first thing the counsellor must look at,
and another what the school is waiting for from another body (the commune's plan), with the
reminder to follow up; such a deadline is never shown as the school's own overdue item.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kimbai_desktop.domain.deadlines import DeadlineState
from kimbai_desktop.domain.enums import ProcedureStep
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.cases.common import (
    SP,
    STATE_COLOURS,
    STATE_ICONS,
    icon_pixmap_label_size,
    plain,
    state_icon,
    state_text,
    time_text,
    waiting_text,
)

COLUMNS = 5
DONE_COLOUR = STATE_COLOURS[DeadlineState.DONE]
CURRENT_COLOUR = "#1a4f9c"
PENDING_COLOUR = "#8a8a8a"


class StepChip(QFrame):
    """One step: a state icon and its name, then two short lines (when and who, or the deadline)."""

    def __init__(self, step: ProcedureStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName("stepChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.title = plain(QLabel(labels.label(step), self))
        self.title.setWordWrap(True)
        self.line1 = plain(QLabel(self))
        self.line2 = plain(QLabel(self))
        for line in (self.line1, self.line2):
            line.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.line1)
        layout.addWidget(self.line2)
        layout.addStretch(1)

    def show_state(self, done: Any, deadline: Any, current: bool, urgent: bool = True) -> None:
        """``done``: the StepInfo when done (else None); ``deadline``: its DueItem or None;
        ``urgent``: whether the case is urgent (emergency measures apply only then)."""
        size = icon_pixmap_label_size(self)
        font = QFont(self.title.font())
        font.setBold(current)
        self.title.setFont(font)
        colour = PENDING_COLOUR
        state: DeadlineState | None = None
        self.line2.setStyleSheet("")
        if done is not None and done.done_at is not None:
            state = DeadlineState.DONE
            self.line1.setText(time_text(done.done_at))
            self.line2.setText(done.done_by)
            colour = DONE_COLOUR
        elif deadline is not None and deadline.state == DeadlineState.WAITING:
            state = deadline.state
            self.line1.setText(self.tr("{who}'s deadline {time}").format(
                who=labels.label(deadline.owner), time=time_text(deadline.due)))
            self.line2.setText(self.tr("Follow up: call them") if deadline.follow_up
                               else state_text(state))
            self.line2.setStyleSheet(f"color: {STATE_COLOURS[state]}; font-weight: bold;")
            colour = STATE_COLOURS[state]
        elif deadline is not None and deadline.state != DeadlineState.DONE:
            state = deadline.state
            self.line1.setText(self.tr("Due {time}").format(time=time_text(deadline.due)))
            self.line2.setText(state_text(state))
            self.line2.setStyleSheet(f"color: {STATE_COLOURS[state]}; font-weight: bold;")
            colour = STATE_COLOURS[state]
        elif self.step == ProcedureStep.EMERGENCY_INTERVENTION and not urgent:
            self.line1.setText(self.tr("Only for urgent cases"))
            self.line2.setText("")
        else:
            self.line1.setText(self.tr("Not done yet"))
            self.line2.setText("")
        self.icon.setEnabled(state is not None)
        pixmap = SP.SP_DialogNoButton if state is None else STATE_ICONS[state]
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size))
        if current:
            colour = CURRENT_COLOUR if state is not DeadlineState.OVERDUE else colour
        width = 2 if current else 1
        self.setStyleSheet(
            f"QFrame#stepChip {{ border: {width}px solid {colour}; border-radius: 4px; }}"
        )
        tip = [labels.label(self.step)]
        if self.step.form:
            tip.append(self.step.form)
        if current:
            tip.append(self.tr("Current step"))
        tip += [t for t in (self.line1.text(), self.line2.text()) if t]
        self.setToolTip("\n".join(tip))

    def texts(self) -> list[str]:
        return [self.title.text(), self.line1.text(), self.line2.text()]


class ProcedureBar(QWidget):
    """:meth:`set_case` with the steps of a CaseDetail and the DueItems of deadlines_of_case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_icon = QLabel(self)
        self.next_label = plain(QLabel(self))
        self.next_label.setWordWrap(True)
        self.next_label.setObjectName("nextDeadline")
        self.waiting_icon = QLabel(self)
        self.waiting_label = plain(QLabel(self))
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setObjectName("waitingFor")
        waiting = QHBoxLayout()
        waiting.setSpacing(6)
        waiting.addWidget(self.waiting_icon)
        waiting.addWidget(self.waiting_label, 1)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.next_icon)
        top.addWidget(self.next_label, 1)
        self.chips: dict[ProcedureStep, StepChip] = {}
        grid = QGridLayout()
        grid.setSpacing(4)
        for i, step in enumerate(ProcedureStep):
            chip = StepChip(step, self)
            self.chips[step] = chip
            grid.addWidget(chip, i // COLUMNS, i % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(waiting)
        layout.addLayout(grid)
        self.next_deadline: Any = None
        self.waiting_for: list[Any] = []

    def set_case(
        self,
        steps: Sequence[Any],
        deadlines: Sequence[Any],
        current: ProcedureStep,
        closed: bool,
        urgent: bool = True,
    ) -> None:
        done = {info.step: info for info in steps if info.done_at is not None}
        by_step = {item.step: item for item in deadlines if item.step is not None}
        for step, chip in self.chips.items():
            chip.show_state(
                done.get(step), by_step.get(step), step == current and not closed, urgent
            )
        pending = sorted(
            (i for i in deadlines if i.state not in (DeadlineState.DONE, DeadlineState.WAITING)),
            key=lambda i: i.due,
        )
        self.next_deadline = pending[0] if pending else None
        size = icon_pixmap_label_size(self)
        waits = [] if closed else [i for i in deadlines if i.state == DeadlineState.WAITING]
        self.waiting_for = waits
        self.waiting_label.setText("\n".join(waiting_text(i) for i in waits))
        self.waiting_label.setStyleSheet(
            f"color: {STATE_COLOURS[DeadlineState.WAITING]};" if waits else "")
        if waits:
            self.waiting_icon.setPixmap(state_icon(self, DeadlineState.WAITING).pixmap(size))
        else:
            self.waiting_icon.clear()
        self.waiting_icon.setVisible(bool(waits))
        self.waiting_label.setVisible(bool(waits))
        if closed:
            self.next_label.setText(self.tr("The case is closed; no deadline is running."))
            self.next_label.setStyleSheet("")
            self.next_icon.setPixmap(state_icon(self, DeadlineState.DONE).pixmap(size))
        elif self.next_deadline is None:
            self.next_label.setText(self.tr("No procedure deadline is running."))
            self.next_label.setStyleSheet("")
            self.next_icon.setPixmap(state_icon(self, DeadlineState.DONE).pixmap(size))
        else:
            item = self.next_deadline
            self.next_label.setText(
                self.tr("Next deadline: {step}, due {time} ({state})").format(
                    step=labels.label(item.step),
                    time=time_text(item.due),
                    state=state_text(item.state),
                )
            )
            self.next_label.setStyleSheet(f"color: {STATE_COLOURS[item.state]}; font-weight: bold;")
            self.next_icon.setPixmap(state_icon(self, item.state).pixmap(size))

    def clear(self) -> None:
        self.waiting_label.clear()
        self.waiting_icon.clear()
        self.next_label.clear()
        self.next_icon.clear()
        for chip in self.chips.values():
            chip.line1.clear()
            chip.line2.clear()
