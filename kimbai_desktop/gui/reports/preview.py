"""The in-app preview: the draft PDF rendered in memory with pypdfium2 (never a temporary file)
and shown page under page in a scrollable view with zoom (fit to width by default).

:func:`build_preview` and :func:`render_pages` run on the database worker: PDFium is not
thread-safe, so every use of it (preview and printing) happens on that one thread. The view
receives plain grey-scale bitmaps (what a black-and-white office printer prints) and turns
them into pixmaps on the GUI thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QWheelEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kimbai_desktop.services import documents

A4_WIDTH_IN = 210 / 25.4
ZOOMS = (0.5, 0.67, 0.75, 0.85, 1.0, 1.25, 1.5, 2.0)
PAGE_GAP = 12


@dataclass(frozen=True)
class PageImage:
    """One rendered page: 8-bit grey pixels, ``stride`` bytes per row."""

    width: int
    height: int
    stride: int
    data: bytes


@dataclass(frozen=True)
class Preview:
    prepared: documents.PreparedReport
    pdf: bytes  # the unnumbered draft, kept in memory only
    pages: tuple[PageImage, ...]


PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe: one use at a time, whoever asks


def render_pages(pdf: bytes, dpi: float) -> tuple[PageImage, ...]:
    """Every page of ``pdf`` at ``dpi`` in grey-scale; normally on the worker."""
    with PDFIUM_LOCK:
        return _render(pdf, dpi)


def _render(pdf: bytes, dpi: float) -> tuple[PageImage, ...]:
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for page in doc:
            bitmap = page.render(scale=dpi / 72.0, grayscale=True)
            out.append(PageImage(bitmap.width, bitmap.height, bitmap.stride,
                                 bytes(bitmap.buffer)))
            bitmap.close()
            page.close()
        return tuple(out)
    finally:
        doc.close()


def build_preview(session: Any, request: documents.ReportRequest, dpi: float) -> Preview:
    """Gather, build and render the draft on the worker: nothing is numbered or written."""
    prepared = documents.prepare_report(session, request)
    pdf = documents.render_report(prepared)
    return Preview(prepared, pdf, render_pages(pdf, dpi))


def to_image(page: PageImage) -> QImage:
    """A QImage owning a copy of the pixels (the bytes object may go away afterwards)."""
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_Grayscale8)
    return image.copy()


class PreviewView(QScrollArea):
    """Pages one under the other on a grey background. ``zoom`` is relative to the paper's real
    size on a 96-dpi screen; ``fit_width`` follows the window. ``dpi_wanted(dpi)`` asks the page
    to render again when the zoom changes the resolution needed."""

    dpi_wanted = Signal(float)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.fit = True
        self.zoom = 1.0
        self.rendered_dpi = 0.0
        self._images: list[QImage] = []
        self._labels: list[QLabel] = []
        self._holder = QWidget(self)
        self._holder.setObjectName("previewPages")
        self._holder.setStyleSheet("#previewPages { background: #7a7a7a; }")
        self._layout = QVBoxLayout(self._holder)
        self._layout.setSpacing(PAGE_GAP)
        self._layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self._holder)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: white; font-size: 11pt; padding: 24px;")
        self._layout.addWidget(self.message)
        self.setWidget(self._holder)
        self.viewport().installEventFilter(self)

    # -- pages ---------------------------------------------------------------------------------

    def page_count(self) -> int:
        return len(self._images)

    def wanted_dpi(self) -> float:
        """The resolution that shows the pages sharp at the current zoom on this screen."""
        return round(96.0 * self.zoom * self.devicePixelRatioF(), 1)

    def set_pages(self, pages: tuple[PageImage, ...], dpi: float) -> None:
        self.rendered_dpi = dpi
        self._images = [to_image(p) for p in pages]
        self.message.setVisible(False)
        self._show_pixmaps()

    def show_message(self, text: str) -> None:
        """A line instead of the pages (an error, or "choose a case")."""
        self.clear_pages()
        self.message.setText(text)
        self.message.setVisible(True)

    def clear_pages(self) -> None:
        self._images = []
        self._show_pixmaps()

    def _show_pixmaps(self) -> None:
        while len(self._labels) > len(self._images):
            label = self._labels.pop()
            self._layout.removeWidget(label)
            label.deleteLater()
        while len(self._labels) < len(self._images):
            label = QLabel(self._holder)
            label.setStyleSheet("background: white; border: 1px solid #444;")
            self._labels.append(label)
            self._layout.addWidget(label)
        ratio = self.devicePixelRatioF()
        width = round(A4_WIDTH_IN * 96.0 * self.zoom * ratio)
        for label, image in zip(self._labels, self._images, strict=True):
            pixmap = QPixmap.fromImage(image)
            if abs(pixmap.width() - width) > 1:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.deviceIndependentSize().toSize())

    # -- zoom --------------------------------------------------------------------------------------

    def fit_zoom(self) -> float:
        room = self.viewport().width() - 2 * PAGE_GAP - 4
        return max(ZOOMS[0], min(ZOOMS[-1], room / (A4_WIDTH_IN * 96.0)))

    def set_zoom(self, zoom: float, *, fit: bool = False) -> None:
        self.fit = fit
        zoom = max(ZOOMS[0], min(ZOOMS[-1], zoom))
        if abs(zoom - self.zoom) < 0.005:
            return
        self.zoom = zoom
        self._show_pixmaps()  # at once, scaled; sharp again when the new render arrives
        self.zoom_changed.emit(zoom)
        if self._images and abs(self.wanted_dpi() - self.rendered_dpi) > 1:
            self.dpi_wanted.emit(self.wanted_dpi())

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 0.01), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 0.01), ZOOMS[0]))

    def fit_width(self) -> None:
        self.set_zoom(self.fit_zoom(), fit=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.viewport():
            if event.type() == QEvent.Type.Resize and self.fit:
                self.set_zoom(self.fit_zoom(), fit=True)
            elif event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and (
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
                return True
        return super().eventFilter(watched, event)
