"""The list of documents the user may make: each with its name (the catalogue's Vietnamese name,
or English in the English interface) in bold and one line saying what it is for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kimbai_desktop.gui import labels
from kimbai_desktop.reports.catalogue import ReportKind

EXPLAIN_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 6


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


EXPLANATIONS = {
    ReportKind.PERIODIC: QT_TRANSLATE_NOOP(
        "ReportKinds", "For a semester, the school year or chosen dates: what was done for each "
        "part of the school's plan, with figures and charts."),
    ReportKind.STATISTICS: QT_TRANSLATE_NOOP(
        "ReportKinds", "Counts of cases and of the register without any name, as PDF or Excel."),
    ReportKind.TRAINING: QT_TRANSLATE_NOOP(
        "ReportKinds", "Training and awareness activities of a period: participants, hours and "
        "the year's targets."),
    ReportKind.ATTENDANCE: QT_TRANSLATE_NOOP(
        "ReportKinds", "A list to sign at one activity, with its title, date and place."),
    ReportKind.INSPECTION: QT_TRANSLATE_NOOP(
        "ReportKinds", "The minute of one inspection of the plan: who checked what, the "
        "findings and the follow-up actions."),
    ReportKind.PLAN: QT_TRANSLATE_NOOP(
        "ReportKinds", "The school's yearly plan in four parts; the text can be edited."),
    ReportKind.REGISTER: QT_TRANSLATE_NOOP(
        "ReportKinds", "The children followed in the register, with their group and level."),
    ReportKind.INTAKE: QT_TRANSLATE_NOOP(
        "ReportKinds", "Form 01 for one case: how the information was received."),
    ReportKind.RESULT: QT_TRANSLATE_NOOP(
        "ReportKinds", "The written result report of one case, due within 3 days."),
    ReportKind.DOSSIER: QT_TRANSLATE_NOOP(
        "ReportKinds", "One case file with its chronology, complete or de-identified."),
    ReportKind.AUDIT: QT_TRANSLATE_NOOP(
        "ReportKinds", "Minutes of the access log's integrity check."),
}
ORDER = (ReportKind.PERIODIC, ReportKind.STATISTICS, ReportKind.TRAINING, ReportKind.ATTENDANCE,
         ReportKind.INSPECTION, ReportKind.PLAN, ReportKind.REGISTER, ReportKind.INTAKE, ReportKind.RESULT,
         ReportKind.DOSSIER, ReportKind.AUDIT)


def explanation(kind: ReportKind) -> str:
    return QCoreApplication.translate("ReportKinds", EXPLANATIONS[kind])


class KindDelegate(QStyledItemDelegate):
    """Name in bold over a smaller, muted line of explanation; both wrap to the list's width."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        return bold, small

    def _rects(self, option: QStyleOptionViewItem, name: str, text: str) -> tuple[QRect, QRect]:
        bold, small = self._fonts(option)
        width = max(50, option.rect.width() - 2 * PAD)
        flags = int(Qt.TextFlag.TextWordWrap)
        top = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000), flags, name)
        low = QFontMetrics(small).boundingRect(QRect(0, 0, width, 10_000), flags, text)
        x, y = option.rect.x() + PAD, option.rect.y() + PAD
        return (QRect(x, y, width, top.height()),
                QRect(x, y + top.height() + 2, width, low.height()))

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        if view is not None:
            opt.rect = QRect(0, 0, view.viewport().width(), 100)  # type: ignore[attr-defined]
        top, low = self._rects(opt, str(index.data()), str(index.data(EXPLAIN_ROLE) or ""))
        return QSize(opt.rect.width(), low.bottom() - top.top() + 2 * PAD + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, text = opt.text, str(index.data(EXPLAIN_ROLE) or "")
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        top, low = self._rects(opt, name, text)
        bold, small = self._fonts(opt)
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(bold)
        painter.drawText(top, int(Qt.TextFlag.TextWordWrap), name)
        painter.setFont(small)
        if not selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(low, int(Qt.TextFlag.TextWordWrap), text)
        painter.restore()


class KindList(QListWidget):
    """``kind()`` is the chosen document (None before the list is filled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportKinds")
        self.setItemDelegate(KindDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)

    def set_kinds(self, kinds: list[ReportKind]) -> None:
        self.clear()
        for kind in sorted(kinds, key=ORDER.index):
            item = QListWidgetItem(labels.label(kind), self)
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            item.setData(EXPLAIN_ROLE, explanation(kind))
            item.setToolTip(explanation(kind))

    def kind(self) -> ReportKind | None:
        item = self.currentItem()
        return ReportKind(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def kinds(self) -> list[ReportKind]:
        return [ReportKind(self.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.count())]

    def select(self, kind: ReportKind) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == kind.value:
                self.setCurrentRow(i)
                return

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.doItemsLayout()  # wrapped heights follow the width
