"""Shows a file kept in the encrypted database (a case document, a training material) inside the
program, from its bytes in memory: never a temporary file.

Pictures are decoded with ``QImage.fromData`` (fit to the window or actual size); PDFs are drawn
page by page with PDFium (pypdfium2, the same renderer as the report preview); plain text is shown
as text. Anything else gets a plain explanation and the explicit "save a copy" button, which the
owner records in the access log as an export.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.gui.display import size_text
from kimbai_desktop.gui.reports.preview import render_pages, to_image
from kimbai_desktop.gui.widgets import heading_label, hint_label, share_lock_shortcut

PDF_DPI = 110  # about 900 px across an A4 page
TEXT_SUFFIXES = {".txt", ".csv", ".md", ".text"}


@dataclass(frozen=True)
class KeptFile:
    """A file as the lists and the viewer show it: ``details`` goes on the line under its name
    in the viewer, ``columns`` are the list's texts after the name and the size."""

    id: int
    filename: str
    mime: str
    size: int
    details: str = ""
    columns: tuple[str, ...] = ()


def is_pdf(file: KeptFile, data: bytes) -> bool:
    return file.mime == "application/pdf" or data[:5] == b"%PDF-"


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


class FileViewer(QDialog):
    """``save_requested(file)`` asks the owner to save an (audited) copy outside the database.
    ``shown_as`` says how: "image", "pdf", "text" or "none" (explained)."""

    save_requested = Signal(object)

    def __init__(self, file: KeptFile, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)
        self.image = QImage()
        self.zoom = 0.0  # 0: fit the window

        heading = heading_label(file.filename, self, 1.1)
        details = hint_label(" · ".join(x for x in (size_text(file.size), file.details) if x),
                             self)
        self.canvas = QLabel(self)
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setObjectName("documentCanvas")
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setContentsMargins(0, 0, 0, 0)
        self.pages_layout.addWidget(self.canvas)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.pages)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.explanation = hint_label("", self)
        self.explanation.setObjectName("cannotShow")
        self.explanation.setWordWrap(True)
        notice = QWidget(self)
        notice_layout = QVBoxLayout(notice)
        notice_layout.addWidget(self.explanation)
        notice_layout.addStretch(1)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.scroll_area)
        self.body.addWidget(notice)
        self.body.addWidget(self.text)

        self.fit_button = QPushButton(self.tr("&Fit to window"), self)
        self.fit_button.clicked.connect(lambda: self.set_zoom(0.0))
        self.actual_button = QPushButton(self.tr("&Actual size"), self)
        self.actual_button.clicked.connect(lambda: self.set_zoom(1.0))
        self.save_button = QPushButton(self.tr("&Save a copy..."), self)
        self.save_button.setToolTip(
            self.tr("Saves an unencrypted copy outside KimBai Desktop. The access log records it.")
        )
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.file))
        row = QHBoxLayout()
        row.addWidget(self.fit_button)
        row.addWidget(self.actual_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addWidget(self.body, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        for keys, zoom in (("Ctrl+0", 1.0), ("Ctrl+9", 0.0)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda z=zoom: self.set_zoom(z))
        share_lock_shortcut(self)
        self.shown_as = self._show(data)
        self.resize(QSize(960, 680) if self.shown_as != "none" else QSize(600, 300))

    # -- showing -----------------------------------------------------------------------------------

    def _show(self, data: bytes) -> str:
        image = QImage.fromData(data)
        if not image.isNull():
            self.image = image
            self.set_zoom(0.0)
            return "image"
        if is_pdf(self.file, data):
            if self._show_pdf(data):
                return "pdf"
            self._cannot_show(
                self.tr(
                    "This PDF document cannot be shown: it may be damaged or protected. To read it, "
                    "save a copy and open it with a PDF reader; delete the copy afterwards, because "
                    "it is not encrypted."
                )
            )
            return "none"
        text = as_text(self.file.filename, data)
        if text is not None:
            self.text.setPlainText(text)
            self.body.setCurrentWidget(self.text)
            self._no_zoom()
            return "text"
        self._cannot_show(
            self.tr(
                "KimBai Desktop shows pictures (PNG, JPEG, GIF, BMP), PDF documents and plain text "
                "inside the program, but not this kind of file. To read it, save a copy and open it "
                "with another program; delete the copy afterwards, because it is not encrypted."
            )
        )
        return "none"

    def _no_zoom(self) -> None:
        self.fit_button.setEnabled(False)
        self.actual_button.setEnabled(False)

    def _cannot_show(self, text: str) -> None:
        self.explanation.setText(text)
        self.body.setCurrentIndex(1)
        self._no_zoom()

    def _show_pdf(self, data: bytes) -> bool:
        """Render every page in memory with PDFium (pypdfium2); no file is ever written."""
        try:
            pages = render_pages(data, PDF_DPI)
        except Exception:  # noqa: BLE001 - a broken PDF is explained, not raised
            return False
        if not pages:
            return False
        self.canvas.setVisible(False)
        for page in pages:
            label = QLabel(self.pages)
            label.setPixmap(QPixmap.fromImage(to_image(page)))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(label)
        self._no_zoom()
        return True

    def set_zoom(self, zoom: float) -> None:
        if self.image.isNull():
            return
        self.zoom = zoom
        if zoom == 0.0:
            room = self.scroll_area.viewport().size() - QSize(4, 4)
            target = QPixmap.fromImage(self.image).scaled(
                room.expandedTo(QSize(100, 100)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            if target.width() > self.image.width():
                target = QPixmap.fromImage(self.image)
        else:
            target = QPixmap.fromImage(self.image)
        self.canvas.setPixmap(target)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.zoom == 0.0 and not self.image.isNull():
            QTimer.singleShot(0, lambda: self.set_zoom(0.0))  # once the layout has its size

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.zoom == 0.0 and not self.image.isNull():
            self.set_zoom(0.0)

    def done(self, result: int) -> None:
        """Forget the decoded file when the viewer closes."""
        self.image = QImage()
        self.canvas.clear()
        self.text.clear()
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        super().done(result)
