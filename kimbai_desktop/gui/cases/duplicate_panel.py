"""Search before create: the panel of the intake form that shows the cases that may already
record the same event (same child, received within two weeks), with the choice to open one of
them, to save the new case anyway, or to go back to the form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.gui import labels
from kimbai_desktop.gui.cases.common import time_text
from kimbai_desktop.gui.widgets import heading_label, hint_label


class DuplicatePanel(QFrame):
    """``open_requested(case_id)``, ``continue_requested`` and ``back_requested``."""

    open_requested = Signal(int)
    continue_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("duplicatePanel")
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 4 + 12)
        self.list.itemActivated.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open the selected case"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.continue_button = QPushButton(self.tr("Save as a &new case anyway"), self)
        self.continue_button.clicked.connect(self.continue_requested)
        self.back_button = QPushButton(self.tr("&Back to the form"), self)
        self.back_button.clicked.connect(self.back_requested)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.continue_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Is this case already recorded?"), self, 1.1))
        layout.addWidget(
            hint_label(
                self.tr(
                    "These cases about the same child were received within two weeks of this one. Open "
                    "the existing case and add to it, or save this one as a new case."
                ),
                self,
            )
        )
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.setVisible(False)

    def show_cases(self, found: Sequence[Any]) -> None:
        """List the CaseBriefs found and take the focus."""
        self.list.clear()
        for brief in found:
            text = " · ".join(
                [
                    brief.code,
                    time_text(brief.received_at),
                    ", ".join(brief.children),
                    labels.label(brief.step),
                    labels.label(brief.status),
                ]
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, brief.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.setVisible(True)
        self.list.setFocus()

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
