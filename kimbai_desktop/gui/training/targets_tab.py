"""The "Chỉ tiêu năm học" tab: each target of the school year with its progress computed from
the recorded activities: a bar, value / target, the percentage and a "met" marker with an icon
and words (colour is never the only signal). Targets counted per semester show both semesters.
Each card names who is in charge and the due date, with a warning once it has passed unmet."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.enums import Semester
from kimbai_desktop.domain.formatting import format_date
from kimbai_desktop.domain.training import TargetMetric, progress_percent
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.training import texts
from kimbai_desktop.gui.training.form import today_of
from kimbai_desktop.gui.training.inspections_tab import OVERDUE_COLOUR
from kimbai_desktop.gui.training.target_dialog import TargetDialog
from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import training

MET_COLOUR = "#1b6e20"
TO_GO_COLOUR = "#7a4a00"


class ProgressRow:
    """One bar with its caption, "value / target (percent)" and the met marker."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, caption: str,
                 caption_width: int, metric: TargetMetric, value: float, target: int) -> None:
        percent = progress_percent(value, target)
        self.met = value >= target
        self.caption = QLabel(caption, parent)
        self.bar = QProgressBar(parent)
        self.bar.setRange(0, 100)
        self.bar.setValue(percent)
        self.bar.setFormat("%p%")
        self.bar.setAccessibleName(caption)
        self.numbers = QLabel(
            f"{texts.measure_text(metric, value)} / {texts.measure_text(metric, target)}", parent)
        self.numbers.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        icon = (QStyle.StandardPixmap.SP_DialogApplyButton if self.met
                else QStyle.StandardPixmap.SP_MessageBoxInformation)
        size = parent.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon = QLabel(parent)
        self.icon.setPixmap(parent.style().standardIcon(icon).pixmap(size, size))
        self.marker = QLabel(parent)  # the words: "Met" or how much is left
        self.marker.setStyleSheet(f"color: {MET_COLOUR if self.met else TO_GO_COLOUR};")
        metrics = parent.fontMetrics()
        self.caption.setMinimumWidth(caption_width)
        self.numbers.setMinimumWidth(metrics.horizontalAdvance("100.000 / 100.000"))
        # as wide as the longest words it may show, so that every card's bars line up
        to_go = QCoreApplication.translate("TargetCard", "{n} to go")
        self.marker.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in (
            QCoreApplication.translate("TargetCard", "Met"), to_go.format(n="100.000"),
            to_go.format(n="99,9%"))))
        grid.addWidget(self.caption, row, 0)
        grid.addWidget(self.bar, row, 1)
        grid.addWidget(self.numbers, row, 2)
        grid.addWidget(self.icon, row, 3)
        grid.addWidget(self.marker, row, 4)


class TargetCard(QFrame):
    """``edit_requested(target)``, ``delete_requested(target)``."""

    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, target: Any, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"target{target.id}")
        title = heading_label(target.description, self, scale=1.05)
        counted = labels.label(target.metric)
        if target.per_semester:
            counted += " · " + self.tr("in each semester")
        what = hint_label(counted, self)
        self.plan_line = QLabel(self._plan_text(target, today), self)
        self.plan_line.setObjectName("targetOwnerDue")
        self.plan_line.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_line.setWordWrap(True)
        if today is not None and target.overdue(today):
            self.plan_line.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: bold;")
        self.plan_line.setVisible(bool(self.plan_line.text()))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)
        self.rows: list[ProgressRow] = []
        if target.per_semester:
            for i, (semester, value) in enumerate(target.by_semester):
                self.rows.append(self._row(grid, i, labels.label(semester), value))
            begun = {semester for semester, _value in target.by_semester}
            for i, semester in enumerate(s for s in Semester if s not in begun):
                grid.addWidget(hint_label(labels.label(semester), self),
                               len(target.by_semester) + i, 0)
                grid.addWidget(hint_label(self.tr("has not begun yet"), self),
                               len(target.by_semester) + i, 1)
        else:
            self.rows.append(self._row(grid, 0, self.tr("School year"), target.value))
        self.edit_button = QPushButton(self.tr("Change..."), self)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.target))
        self.delete_button = QPushButton(self.tr("Delete..."), self)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.target))
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(what)
        layout.addWidget(self.plan_line)
        layout.addLayout(grid)

    def _plan_text(self, target: Any, today: date | None) -> str:
        """"In charge: … · Due: dd/mm/yyyy", with "⚠ Overdue" once passed unmet."""
        parts = []
        if getattr(target, "owner", ""):
            parts.append(self.tr("In charge: {owner}").format(owner=target.owner))
        if getattr(target, "due", None) is not None:
            parts.append(self.tr("Due: {date}").format(date=format_date(target.due)))
            if today is not None and target.overdue(today):
                parts.append(self.tr("⚠ Overdue, not met yet"))
        return " · ".join(parts)

    def _row(self, grid: QGridLayout, row: int, caption: str, value: float) -> ProgressRow:
        t = self.target
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(text) for text in (
            self.tr("School year"), *(labels.label(s) for s in Semester))) + 12
        line = ProgressRow(self, grid, row, caption, width, t.metric, value, t.target_value)
        if line.met:
            line.marker.setText(self.tr("Met"))
        else:
            missing = t.target_value - value
            line.marker.setText(self.tr("{n} to go").format(
                n=texts.measure_text(t.metric, missing)))
        return line

    @property
    def bars(self) -> list[QProgressBar]:
        return [r.bar for r in self.rows]

    def marker_texts(self) -> list[str]:
        return [r.marker.text() for r in self.rows]


class TargetsTab(QWidget):
    """``changed`` after a target was saved or deleted."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.year = ""
        self.loading = False
        self.cards: list[TargetCard] = []
        self.dialog: TargetDialog | None = None

        self.add_button = QPushButton(self.tr("&New target..."), self)
        self.add_button.clicked.connect(self.add)
        note = hint_label(self.tr(
            "The targets of the school plan. Progress is counted from the activities recorded "
            "in the school year; staff who left the school are not counted."), self)
        top = QHBoxLayout()
        top.addWidget(note, 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(self)
        self.body = QWidget(self)
        self.cards_layout = QVBoxLayout(self.body)
        self.cards_layout.setContentsMargins(0, 0, 8, 0)
        self.cards_layout.addStretch(1)
        self.empty = hint_label(self.tr(
            "No targets for this school year yet. Add the targets of the school plan with "
            "\"New target\"."), self.body)
        self.cards_layout.insertWidget(0, self.empty)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def set_year(self, year: str) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        if self.session is None or not self.year:
            return
        self.loading = True
        self.worker.submit(training.targets_progress, self.session, self.year,
                           on_done=self._loaded, on_error=self._failed, context=self)

    def _loaded(self, targets: list[Any]) -> None:
        self.loading = False
        if self.session is None:
            return  # locked meanwhile
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for i, target in enumerate(targets):
            card = TargetCard(target, self.body, today_of(self.session))
            card.edit_requested.connect(self.edit)
            card.delete_requested.connect(self.delete)
            self.cards_layout.insertWidget(i, card)
            self.cards.append(card)
        self.empty.setVisible(not targets)
        met = sum(1 for t in targets if t.met)
        self.summary.setText(self.tr("{met} of {n} targets met in {year}.").format(
            met=met, n=len(targets), year=self.year) if targets else "")
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        messages.show_error(self, exc)

    def card(self, target_id: int) -> TargetCard | None:
        return next((c for c in self.cards if c.target.id == target_id), None)

    def show_target(self, target_id: int) -> None:
        """Scroll to a target's card and put the focus on it (from the overview)."""
        card = self.card(target_id)
        if card is not None:
            self.scroll.ensureWidgetVisible(card)
            card.edit_button.setFocus()

    # -- actions -----------------------------------------------------------------------------------

    def add(self) -> None:
        self._open(None)

    def edit(self, target: Any) -> None:
        self._open(target)

    def _open(self, target: Any) -> None:
        if self.session is None or self.dialog is not None or not self.year:
            return
        dialog = TargetDialog(self.session, self.worker, self.year, target, self)
        dialog.succeeded.connect(lambda _id: self._changed())
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: TargetDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def delete(self, target: Any) -> None:
        if self.session is None:
            return
        if not messages.confirm(self, self.tr("Delete the target?"), self.tr(
                "Delete the target \"{target}\"? The activities recorded stay as they are.")
                .format(target=target.description)):
            return
        self.worker.submit(training.delete_target, self.session, target.id,
                           on_done=lambda _r: self._changed(), on_error=self._failed,
                           context=self)

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def clear(self) -> None:
        self.session = None
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self.summary.clear()
