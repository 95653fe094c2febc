"""Small charts for the overview, drawn with QPainter (no chart library): horizontal bars with
their label and number, and the year's targets as progress bars.

Every bar is a widget of its own (a button when it opens a list): it can be clicked, reached
with Tab and the arrow keys and opened with Enter or Space; its accessible name says the label
and the number, and its tooltip the whole label (long legal wording is cut on screen). The
number is always written beside the bar, and a target says "met" or how much is left with an
icon and words: colour is never the only signal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.training import texts as training_texts
from kimbai_desktop.gui.widgets import heading_label, hint_label

BAR_COLOUR = "#1a4f9c"
TRACK_COLOUR = "#e4e8f0"
MET_COLOUR = "#1b6e20"  # as the training page's targets tab
TO_GO_COLOUR = "#7a4a00"
PAD = 4  # around the text of a row
GAP = 8  # between the label, the bar and the number
MAX_LABEL_SHARE = 0.5  # a label never takes more than half the chart's width


@dataclass(frozen=True, eq=False)
class BarData:
    """One bar: ``key`` is what :attr:`BarChart.activated` sends when it is clicked."""

    key: Any
    label: str  # shown left of the bar, cut with "…" when too long
    value: float
    tooltip: str = ""  # the whole label, e.g. the legal wording of a group
    value_text: str = ""  # default: the number written the Vietnamese way
    colour: str = BAR_COLOUR
    icon: QIcon | None = None

    def number(self) -> str:
        return self.value_text or format_number(self.value)

    def full_label(self) -> str:
        return self.tooltip or self.label


def _paint_state(widget: QAbstractButton, painter: QPainter, active: bool) -> None:
    """A light highlight under the mouse or the focus, and the focus frame."""
    if active and (widget.underMouse() or widget.hasFocus()):
        colour = QColor(widget.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(36)
        painter.fillRect(widget.rect(), colour)
    if widget.hasFocus():
        option = QStyleOptionFocusRect()
        option.initFrom(widget)
        widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter,
                                     widget)


class BarRow(QAbstractButton):
    """One bar of a :class:`BarChart`: label, bar, number. Clickable only when ``clickable``."""

    def __init__(self, data: BarData, chart: BarChart, clickable: bool, hint: str = "") -> None:
        super().__init__(chart)
        self.data = data
        self.chart = chart
        self.clickable = clickable
        self.setText(data.label)
        self.setObjectName("chartBar")
        self.setAccessibleName(f"{data.full_label()}: {data.number()}")
        tip = f"{data.full_label()}: {data.number()}"
        self.setToolTip(f"{tip}\n{hint}" if clickable and hint else tip)
        if clickable and hint:
            self.setAccessibleDescription(hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def row_height(self) -> int:
        return self.fontMetrics().height() + 2 * PAD + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, self.row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(80, self.row_height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.clickable and super().hitButton(pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if self.clickable and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.chart.move_focus(self, -1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def bar_rect(self) -> QRect:
        """Where the bar is drawn (empty for 0)."""
        height = self.height()
        start = PAD + self.chart.label_width + GAP
        room = max(0, self.width() - start - GAP - self.chart.value_width - PAD)
        maximum = self.chart.maximum
        length = round(room * self.data.value / maximum) if maximum > 0 else 0
        if self.data.value > 0:
            length = max(length, 2)
        bar_height = max(6, height - 2 * PAD - 2)
        return QRect(start, (height - bar_height) // 2, length, bar_height)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        _paint_state(self, painter, self.clickable)
        metrics = self.fontMetrics()
        height = self.height()
        x = PAD
        if self.data.icon is not None:
            size = metrics.height()
            self.data.icon.paint(painter, QRect(x, (height - size) // 2, size, size))
            x += size + 4
        label = QRect(x, 0, max(0, PAD + self.chart.label_width - x), height)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(self.data.label, Qt.TextElideMode.ElideRight,
                                            label.width()))
        bar = self.bar_rect()
        room = max(0, self.width() - bar.x() - GAP - self.chart.value_width - PAD)
        painter.fillRect(QRect(bar.x(), bar.y(), room, bar.height()), QColor(TRACK_COLOUR))
        if bar.width():
            painter.fillRect(bar, QColor(self.data.colour))
        number = QRect(bar.x() + bar.width() + GAP, 0, self.chart.value_width + GAP, height)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(number, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.data.number())
        painter.end()


class BarChart(QWidget):
    """A titled horizontal bar chart. ``activated(key)`` when a clickable bar is clicked."""

    activated = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None, *, hint: str = "",
                 empty_text: str = "", hide_zero: bool = False) -> None:
        super().__init__(parent)
        self.hide_zero = hide_zero
        self.clickable = False
        self.label_width = 0
        self.value_width = 0
        self.maximum = 0.0
        self._natural_label = 0
        self.rows: list[BarRow] = []
        self.title = heading_label(title, self, 1.05)
        self.hint = hint_label(hint, self)
        self.hint.setVisible(bool(hint))
        self.empty = hint_label(empty_text, self)
        self.empty.setVisible(False)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self._rows)
        layout.addWidget(self.empty)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def set_bars(self, bars: Sequence[BarData], *, clickable: bool = False,
                 click_hint: str = "") -> None:
        """Show ``bars`` (zeros left out when the chart hides them); with ``clickable`` each bar
        is a button sending its key."""
        for row in self.rows:
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.clickable = clickable
        shown = [b for b in bars if b.value or not self.hide_zero]
        self.maximum = max((float(b.value) for b in shown), default=0.0)
        metrics = self.fontMetrics()
        self._natural_label = max(
            (metrics.horizontalAdvance(b.label) + (metrics.height() + 4 if b.icon else 0)
             for b in shown), default=0) + PAD
        bold = self.font()
        bold.setBold(True)
        numbers = QFontMetrics(bold)  # the numbers are written in bold
        self.value_width = max(
            (numbers.horizontalAdvance(b.number()) for b in shown), default=0) + 2
        for data in shown:
            row = BarRow(data, self, clickable, click_hint)
            row.clicked.connect(lambda _checked=False, key=data.key: self.activated.emit(key))
            self._rows.addWidget(row)
            row.show()  # now, not at the layout's queued show: the sizes are right at once
            self.rows.append(row)
        self.empty.setVisible(not shown)
        self._fit_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        width = self.contentsRect().width()
        self.label_width = min(self._natural_label, max(48, int(width * MAX_LABEL_SHARE)))
        for row in self.rows:
            row.update()

    def move_focus(self, row: BarRow, step: int) -> None:
        """Up and Down move between the bars of the chart."""
        focusable = [r for r in self.rows if r.focusPolicy() != Qt.FocusPolicy.NoFocus]
        if row in focusable:
            index = focusable.index(row) + step
            if 0 <= index < len(focusable):
                focusable[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def bar_texts(self) -> list[tuple[str, str]]:
        """(label, number) of the bars shown, for tests and the accessible names."""
        return [(r.data.label, r.data.number()) for r in self.rows]


class TargetRow(QAbstractButton):
    """One target: its description, a progress bar with the percentage, value / target, and an
    icon with "met" or how much is left."""

    def __init__(self, line: Any, parent: QWidget, clickable: bool, hint: str = "",
                 school_year: str = "") -> None:
        super().__init__(parent)
        self.line = line
        self.clickable = clickable
        self.setObjectName("targetProgress")
        self.description = QLabel(line.description, self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        # The period the value counts, as the targets tab names its row.
        semester = getattr(line, "semester", None)
        if semester is not None:
            period = QCoreApplication.translate("TargetCard", "{semester} of {year}").format(
                semester=labels.label(semester), year=school_year)
        else:
            period = QCoreApplication.translate("TargetCard", "School year {year}").format(
                year=school_year)
        self.period = hint_label(period.strip(), self)
        self.period.setObjectName("targetPeriod")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setValue(line.percent)
        self.bar.setFormat("%p%")
        self.bar.setMaximumHeight(max(14, self.fontMetrics().height() + 2))
        self.numbers = QLabel(
            f"{training_texts.measure_text(line.metric, line.value)} / "
            f"{training_texts.measure_text(line.metric, line.target)}", self)
        self.numbers.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The training page's words, so that both pages say the same.
        if line.met:
            marker = QCoreApplication.translate("TargetCard", "Met")
        else:
            marker = QCoreApplication.translate("TargetCard", "{n} to go").format(
                n=training_texts.measure_text(line.metric, line.missing))
        self.marker = QLabel(marker, self)
        self.marker.setStyleSheet(
            f"color: {MET_COLOUR if line.met else TO_GO_COLOUR}; font-weight: bold;")
        pixmap = (QStyle.StandardPixmap.SP_DialogApplyButton if line.met
                  else QStyle.StandardPixmap.SP_MessageBoxInformation)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        for child in (self.description, self.period, self.bar, self.numbers, self.marker,
                      self.icon_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        progress = QHBoxLayout()
        progress.setSpacing(6)
        progress.addWidget(self.bar, 1)
        progress.addWidget(self.numbers)
        progress.addWidget(self.icon_label)
        progress.addWidget(self.marker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAD, PAD, PAD, PAD)
        layout.setSpacing(2)
        layout.addWidget(self.description)
        layout.addWidget(self.period)
        layout.addLayout(progress)
        name = (f"{line.description} ({self.period.text()}): {self.numbers.text()} "
                f"({line.percent}%), {marker}")
        self.setAccessibleName(name)
        self.setToolTip(f"{name}\n{hint}" if clickable and hint else name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.clickable and super().hitButton(pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        _paint_state(self, painter, self.clickable)
        painter.end()


class TargetsChart(QWidget):
    """The year's targets as progress bars. ``activated(target_id)`` when one is clicked."""

    activated = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self.rows: list[TargetRow] = []
        self.title = heading_label(title, self, 1.05)
        self.hint = hint_label("", self)
        self.hint.setVisible(False)
        self.empty = hint_label(empty_text, self)
        self.empty.setVisible(False)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self._rows)
        layout.addWidget(self.empty)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.setAccessibleName(title)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def set_targets(self, lines: Sequence[Any], *, clickable: bool = False,
                    click_hint: str = "", school_year: str = "") -> None:
        for row in self.rows:
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for line in lines:
            row = TargetRow(line, self, clickable, click_hint, school_year)
            row.clicked.connect(lambda _checked=False, key=line.id: self.activated.emit(key))
            self._rows.addWidget(row)
            row.show()
            self.rows.append(row)
        # The same room for the numbers and the words on every row: the bars line up.
        for part in ("numbers", "marker"):
            width = max((getattr(r, part).sizeHint().width() for r in self.rows), default=0)
            for row in self.rows:
                getattr(row, part).setMinimumWidth(width)
        self.empty.setVisible(not lines)
