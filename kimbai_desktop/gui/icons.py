"""Small icons Qt's standard set lacks (a calendar page, a padlock), drawn in the text colour so
they follow the system theme and stay sharp at any scale."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def calendar_icon(colour: QColor, size: int = 32) -> QIcon:
    """A calendar page: a frame, a dark header and a grid of days."""
    pixmap, painter = _canvas(size)
    painter.setPen(QPen(colour, size / 14))
    m = size // 8
    page = QRect(m, m + size // 10, size - 2 * m, size - 2 * m - size // 10)
    painter.drawRoundedRect(page, size / 16, size / 16)
    painter.fillRect(QRect(page.left(), page.top(), page.width(), size // 6), colour)
    cell = page.width() // 4
    for row in range(2):
        for col in range(3):
            x = page.left() + cell // 2 + col * cell + cell // 4
            y = page.top() + size // 6 + cell // 2 + row * cell
            painter.fillRect(QRect(x, y, max(2, cell // 3), max(2, cell // 3)), colour)
    painter.end()
    return QIcon(pixmap)


def padlock_pixmap(colour: QColor, size: int = 64) -> QPixmap:
    """A closed padlock: the shackle and the body with a keyhole."""
    pixmap, painter = _canvas(size)
    painter.setPen(QPen(colour, size / 10))
    shackle = QRectF(size * 0.3, size * 0.1, size * 0.4, size * 0.5)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(int(shackle.left()), int(size * 0.35), int(shackle.left()), int(size * 0.47))
    painter.drawLine(int(shackle.right()), int(size * 0.35), int(shackle.right()), int(size * 0.47))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(size * 0.18, size * 0.45, size * 0.64, size * 0.47), 6, 6)
    painter.setBrush(Qt.GlobalColor.transparent)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.setBrush(Qt.GlobalColor.black)
    painter.drawEllipse(QRectF(size * 0.44, size * 0.58, size * 0.12, size * 0.12))
    painter.drawRect(QRectF(size * 0.475, size * 0.66, size * 0.05, size * 0.14))
    painter.end()
    return pixmap
