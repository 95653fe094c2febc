"""The body map on screen: the front and back outline of a child's body (QPainterPath from the
shared geometry of domain/body_map.py, no image file) with each mark as a numbered circle. In
the editor a click on the body places a mark, a click on a mark selects it, the arrow keys move
the selected mark (Shift: in bigger steps) and Delete removes it; read-only in the case view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kimbai_desktop.domain.body_map import (
    ASPECT,
    InjuryKind,
    Side,
    clamp,
    head_ellipse,
    outline_points,
    smooth_closed,
)
from kimbai_desktop.gui import labels

STEP = 0.01
BIG_STEP = 0.05
# Colours of the mark circles by kind (the number and the list say the same: colour is a help,
# never the only signal).
KIND_COLOURS = {
    InjuryKind.BRUISE: "#7b4fa0", InjuryKind.GRAZE: "#c0392b", InjuryKind.CUT: "#a93226",
    InjuryKind.BURN: "#d35400", InjuryKind.SWELLING: "#2471a3", InjuryKind.BITE: "#7d6608",
    InjuryKind.OTHER: "#566573",
}
NO_KIND_COLOUR = "#808b96"


def body_path(rect: QRectF, *, head: bool = True) -> QPainterPath:
    """The outline drawn into ``rect``: the body and (``head``) the head, as one area."""

    def at(p: tuple[float, float]) -> QPointF:
        return QPointF(rect.left() + p[0] * rect.width(), rect.top() + p[1] * rect.height())

    points = outline_points()
    path = QPainterPath(at(points[0]))
    path.setFillRule(Qt.FillRule.WindingFill)  # the head overlaps the neck: both count
    for c1, c2, end in smooth_closed(points):
        path.cubicTo(at(c1), at(c2), at(end))
    path.closeSubpath()
    if head:
        path.addPath(head_path(rect))
    return path


def head_path(rect: QRectF) -> QPainterPath:
    cx, cy, rx, ry = head_ellipse()
    path = QPainterPath()
    path.addEllipse(QPointF(rect.left() + cx * rect.width(), rect.top() + cy * rect.height()),
                    rx * rect.width(), ry * rect.height())
    return path


class BodyMapWidget(QWidget):
    """``marks``: objects with ``side``, ``x``, ``y``, ``number`` and ``kind``.
    ``placed(side, x, y)``: a click on the body where there is no mark (editor only);
    ``selected_changed(index)``; ``moved(index)`` after the arrow keys moved a mark."""

    placed = Signal(object, float, float)
    selected_changed = Signal(int)
    moved = Signal(int)
    remove_requested = Signal(int)  # Delete on the chosen mark

    def __init__(self, parent: QWidget | None = None, *, editable: bool = False) -> None:
        super().__init__(parent)
        self.editable = editable
        self.marks: list[Any] = []
        self.selected = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 230)
        self.setAccessibleName(self.tr("Body map"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(400, 420)

    def set_marks(self, marks: list[Any], selected: int = -1) -> None:
        self.marks = list(marks)
        self.selected = selected if 0 <= selected < len(self.marks) else -1
        self.update()

    def select(self, index: int) -> None:
        self.selected = index if 0 <= index < len(self.marks) else -1
        self.update()

    # -- geometry ------------------------------------------------------------------------------

    def _caption_height(self) -> float:
        return self.fontMetrics().height() * 1.6

    def figure_rect(self, side: Side) -> QRectF:
        """Where one outline is drawn: two boxes side by side, front on the left."""
        top, caption = 8.0, self._caption_height()
        side_room = self.fontMetrics().horizontalAdvance("Phải") + 8
        height = max(10.0, self.height() - top - caption - 4)
        width = height * ASPECT
        gap = side_room + 12  # each outline's own labels, apart in the middle
        room = (self.width() - 2 * side_room - 2 * gap) / 2
        if width > room:
            width = max(10.0, room)
            height = width / ASPECT
        middle = self.width() / 2
        left = middle - gap - width if side == Side.FRONT else middle + gap
        top = max(top, (self.height() - caption - height) / 2)  # centred when width limits it
        return QRectF(left, top, width, height)

    def point_for(self, side: Side, x: float, y: float) -> QPointF:
        rect = self.figure_rect(side)
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def _radius(self) -> float:
        return max(7.0, self.fontMetrics().height() * 0.6)

    def hit(self, pos: QPointF) -> tuple[Side, float, float] | None:
        """The outline and normalised point under ``pos``, if it is on the body."""
        for side in Side:
            rect = self.figure_rect(side)
            if body_path(rect).contains(pos):
                return (side, clamp((pos.x() - rect.left()) / rect.width()),
                        clamp((pos.y() - rect.top()) / rect.height()))
        return None

    def mark_at(self, pos: QPointF) -> int:
        radius = self._radius()
        for index in reversed(range(len(self.marks))):
            m = self.marks[index]
            centre = self.point_for(m.side, m.x, m.y)
            if (centre - pos).manhattanLength() <= radius * 1.4:
                return index
        return -1

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = self.fontMetrics()
        for side in Side:
            rect = self.figure_rect(side)
            painter.setPen(QPen(text, 1.4))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawPath(body_path(rect, head=False))
            painter.drawPath(head_path(rect))  # over the top of the neck: a chin line
            caption = QRectF(rect.left() - 40, rect.bottom() + 2, rect.width() + 80,
                             self._caption_height())
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, labels.label(side))
            painter.setFont(self.font())
            right, left = self.tr("Right"), self.tr("Left")
            y = rect.top() + rect.height() * 0.55
            outer_left = rect.left() - metrics.horizontalAdvance(right) - 4
            words = (right, left) if side == Side.FRONT else (left, right)
            painter.drawText(QPointF(outer_left, y), words[0])
            painter.drawText(QPointF(rect.right() + 4, y), words[1])
        radius = self._radius()
        small = QFont(self.font())
        small.setBold(True)
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        for index, m in enumerate(self.marks):
            centre = self.point_for(m.side, m.x, m.y)
            colour = QColor(KIND_COLOURS.get(m.kind, NO_KIND_COLOUR))
            if index == self.selected:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, radius + 4, radius + 4)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(colour)
            painter.drawEllipse(centre, radius, radius)
            painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                                    2 * radius), Qt.AlignmentFlag.AlignCenter, str(m.number))
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1,
                                Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    # -- input ---------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self.editable or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        index = self.mark_at(pos)
        if index >= 0:
            self.select(index)
            self.selected_changed.emit(index)
            return
        spot = self.hit(pos)
        if spot is not None:
            self.placed.emit(*spot)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                 Qt.Key.Key_Down: (0, 1)}
        key = Qt.Key(event.key())
        if self.editable and self.selected >= 0 and key == Qt.Key.Key_Delete:
            self.remove_requested.emit(self.selected)
            return
        if not self.editable or self.selected < 0 or key not in moves:
            super().keyPressEvent(event)
            return
        step = BIG_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
        dx, dy = moves[key]
        m = self.marks[self.selected]
        m.x = clamp(m.x + dx * step * 0.6)  # the box is narrower than it is tall
        m.y = clamp(m.y + dy * step)
        self.update()
        self.moved.emit(self.selected)
