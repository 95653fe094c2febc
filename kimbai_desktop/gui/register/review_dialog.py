"""A periodic review (rà soát) of a child in the register: the date, the situation, a Cao / Trung
bình / Thấp rating for each of the school's own criteria (the law has no form for this review:
domain/register.py ReviewCriterion says what was searched), the decision, the next review
(left empty, the school's review schedule sets it) and the new level when raising or lowering."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.enums import ProtectionLevel, RiskLevel
from kimbai_desktop.domain.register import ReviewCriterion, ReviewDecision
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.register import texts
from kimbai_desktop.gui.register.form_dialog import RegisterDialog
from kimbai_desktop.gui.service_dialog import Call
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import hint_label, note_editor
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import ReviewInput, record_review, schedule


class RatingGrid(QWidget):
    """One row per criterion, one radio button per risk level; a row may stay unrated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        centre = Qt.AlignmentFlag.AlignHCenter
        for column, level in enumerate(RiskLevel, start=1):
            grid.addWidget(QLabel(f"<b>{labels.label(level)}</b>", self), 0, column, centre)
        self.groups: dict[ReviewCriterion, QButtonGroup] = {}
        self.buttons: dict[tuple[ReviewCriterion, RiskLevel], QRadioButton] = {}
        for row, criterion in enumerate(ReviewCriterion, start=1):
            caption = QLabel(labels.label(criterion), self)
            caption.setWordWrap(True)
            caption.setMinimumWidth(caption.fontMetrics().horizontalAdvance("M" * 16))
            grid.addWidget(caption, row, 0)
            group = QButtonGroup(self)
            for column, level in enumerate(RiskLevel, start=1):
                button = QRadioButton(self)
                button.setAccessibleName(f"{labels.label(criterion)}: {labels.label(level)}")
                button.setToolTip(labels.label(level))
                group.addButton(button)
                grid.addWidget(button, row, column, centre)
                self.buttons[(criterion, level)] = button
            self.groups[criterion] = group
        self.source = hint_label(self.tr(
            "The law has no form for a school's periodic review of a child: these points are "
            "the school's own. The forms of Nghị định 56/2017/NĐ-CP are the commune's, for "
            "one case."), self)
        grid.addWidget(self.source, len(ReviewCriterion) + 1, 0, 1, len(RiskLevel) + 1)
        grid.setColumnStretch(0, 1)

    def set_rating(self, criterion: ReviewCriterion, level: RiskLevel) -> None:
        self.buttons[(criterion, level)].setChecked(True)

    def ratings(self) -> dict[ReviewCriterion, RiskLevel]:
        return {c: level for (c, level), button in self.buttons.items() if button.isChecked()}


class ReviewDialog(RegisterDialog):
    """``succeeded(review_id)`` fires after saving."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        pupil_id: int,
        current: ProtectionLevel,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, worker, parent)
        self.pupil_id = pupil_id
        self.current = current
        self.interval_days: int | None = None
        self.set_texts(
            self.tr("Review the child's situation"),
            self.tr(
                "Rate each point, then decide: continue, change the level or stop "
                "monitoring. Current level: {level}."
            ).format(level=labels.label(current)),
            self.tr("&Save the review"),
        )
        self.review_date = DateField(self)
        self.review_date.set_date(today)
        self.situation = note_editor(self, 3)
        apply_limit(self.situation, limits.NARRATIVE)
        self.ratings = RatingGrid(self)
        self.decision = QComboBox(self)
        for decision in ReviewDecision:
            self.decision.addItem(labels.label(decision), decision)
        self.new_level = QComboBox(self)
        for level in ProtectionLevel:
            self.new_level.addItem(labels.label(level), level)
        self.next_review = DateField(self)
        self.add_field("review_date", self.tr("Review &date *"), self.review_date)
        self.add_field(
            "situation",
            self.tr("&Situation"),
            self.situation,
            self.tr("What changed since the last review; what the child says."),
        )
        self.add_row(self.tr("The school's own criteria"), self.ratings)
        self.ratings.setObjectName("schoolCriteria")
        for button in self.ratings.buttons.values():
            self.watch(button)
        self.add_field("decision", self.tr("De&cision *"), self.decision)
        self.level_box = self.add_field("new_level", self.tr("New &level *"), self.new_level)
        self.next_box = self.add_field(
            "next_review", self.tr("&Next review"), self.next_review, " "
        )
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self.review_date.edited.connect(self._update_hint)
        self._decision_changed()
        worker.submit(schedule, session, on_done=self._set_schedule, context=self)
        self.keep_drafts(session, "review", pupil_id)

    def _set_schedule(self, sched: Any) -> None:
        self.interval_days = int(sched.interval_days)
        self._update_hint()

    def _update_hint(self) -> None:
        hint = self.next_box.hint
        if hint is None:
            return
        try:
            day = self.review_date.date()
        except ValueError:
            day = None
        if self.interval_days is not None and day is not None:
            text = self.tr(
                "Leave empty for the school's schedule: {date} ({days} days after this review)."
            ).format(
                date=texts.date_text(day + timedelta(days=self.interval_days)),
                days=self.interval_days,
            )
        else:
            text = self.tr("Leave empty for the school's review schedule.")
        hint.setText(text)

    def _decision_changed(self, *_args: Any) -> None:
        decision = self.decision.currentData()
        changes = decision in (ReviewDecision.RAISE_LEVEL, ReviewDecision.LOWER_LEVEL)
        self.level_box.setVisible(changes)
        caption = self.form.labelForField(self.level_box)
        if caption is not None:
            caption.setVisible(changes)
        if changes:
            order = list(ProtectionLevel)
            step = 1 if decision == ReviewDecision.RAISE_LEVEL else -1
            index = min(max(order.index(self.current) + step, 0), len(order) - 1)
            self.new_level.setCurrentIndex(self.new_level.findData(order[index]))
        self.next_review.setEnabled(decision != ReviewDecision.CLOSE)
        if self.isVisible():
            self.fit_height()

    def set_decision(self, decision: ReviewDecision) -> None:
        self.decision.setCurrentIndex(self.decision.findData(decision))
        self.dirty = True

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        day = self.read_date(self.review_date, "review_date", errors)
        following = self.read_date(self.next_review, "next_review", errors, required=False)
        if day and following and following <= day:
            errors["next_review"] = self.tr(
                "The next review must come after this review. Change the date or leave it empty."
            )
        return errors

    def review_input(self) -> ReviewInput:
        decision = self.decision.currentData()
        changes = decision in (ReviewDecision.RAISE_LEVEL, ReviewDecision.LOWER_LEVEL)
        day = self.review_date.date()
        assert day is not None
        return ReviewInput(
            review_date=day,
            decision=decision,
            ratings=self.ratings.ratings(),
            situation=self.situation.toPlainText(),
            next_review=None if decision == ReviewDecision.CLOSE else self.next_review.date(),
            new_level=self.new_level.currentData() if changes else None,
        )

    def call(self) -> Call:
        return record_review, (self.session, self.pupil_id, self.review_input())
