"""Shows a training material inside the program from its bytes in memory (never a temporary
file): pictures and plain text. Anything else is explained, with an explicit "save a copy"."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.gui.display import size_text
from kimbai_desktop.gui.widgets import heading_label, hint_label, share_lock_shortcut

TEXT_SUFFIXES = {".txt", ".csv", ".md", ".text"}


def as_text(filename: str, data: bytes) -> str | None:
    """The text of a plain-text file (UTF-8, else UTF-16 with a BOM); None for other files."""
    if PurePath(filename).suffix.lower() not in TEXT_SUFFIXES:
        return None
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


class MaterialViewer(QDialog):
    """``save_requested(file_id)`` asks the owner to save a copy outside the database."""

    save_requested = Signal(int)

    def __init__(self, file_id: int, filename: str, data: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_id = file_id
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)
        self.image = QImage.fromData(data)
        self.shown_as = "none"
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(filename, self, 1.1))
        layout.addWidget(hint_label(size_text(len(data)), self))
        self.canvas = QLabel(self)
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.explanation = hint_label("", self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        text = as_text(filename, data)
        if not self.image.isNull():
            self.shown_as = "image"
            self.text.setVisible(False)
            self.explanation.setVisible(False)
            layout.addWidget(scroll, 1)
        elif text is not None:
            self.shown_as = "text"
            self.text.setPlainText(text)
            scroll.setVisible(False)
            self.explanation.setVisible(False)
            layout.addWidget(self.text, 1)
        else:
            scroll.setVisible(False)
            self.text.setVisible(False)
            self.explanation.setText(self.tr(
                "KimBai Desktop shows pictures and plain text inside the program, but not this "
                "kind of file. To open it, save a copy and open it with another program."))
            layout.addWidget(self.explanation)
            layout.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save a copy..."), self)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.file_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        share_lock_shortcut(self)
        self.resize(QSize(900, 620) if self.shown_as != "none" else QSize(560, 220))
        self._fit_image()

    def _fit_image(self) -> None:
        if self.image.isNull():
            return
        room = (self.size() - QSize(60, 160)).expandedTo(QSize(100, 100))
        pixmap = QPixmap.fromImage(self.image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.canvas.setPixmap(pixmap)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_image()

    def done(self, result: int) -> None:
        """Forget the decoded material when the viewer closes."""
        self.image = QImage()
        self.canvas.clear()
        self.text.clear()
        super().done(result)
