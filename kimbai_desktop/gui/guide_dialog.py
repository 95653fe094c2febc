"""The getting-started guide (Trợ giúp › Hướng dẫn bắt đầu, and the last page of the set-up
wizard): the printable page of :mod:`kimbai_desktop.reports.guide` in the report preview, with
printing and saving as PDF through the same seams as every document.

It needs no database and no signed-in user, so it runs on the GUI thread: one page builds and
renders in a fraction of a second, and every use of PDFium holds the preview's lock. Nothing
here is personal, so printing and saving are neither numbered nor audited.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.gui import messages
from kimbai_desktop.gui.reports import output
from kimbai_desktop.gui.reports.preview import PreviewView, render_pages
from kimbai_desktop.gui.widgets import room_for, share_lock_shortcut
from kimbai_desktop.reports.guide import FILE_NAME, render_guide
from kimbai_desktop.services.documents import write_atomic


class GuideDialog(QDialog):
    """The guide's pages, fitted to the width, with "In..." (Ctrl+P), "Lưu PDF..." (Ctrl+S)
    and "Đóng". ``pdf`` holds the document shown (what prints is what is shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started with KimBai Desktop"))
        self.pdf = render_guide()
        self.preview = PreviewView(self)
        self.preview.dpi_wanted.connect(self._render)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.clicked.connect(self.print_guide)
        self.save_button = QPushButton(self.tr("Save P&DF..."), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_guide)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_pdf)
        share_lock_shortcut(self)
        self.resize(fitting_size(self, PREFERRED_SIZE))
        self.print_button.setFocus()
        self._render(self.preview.wanted_dpi())

    def page_count(self) -> int:
        return self.preview.page_count()

    def _render(self, dpi: float) -> None:
        self.preview.set_pages(render_pages(self.pdf, dpi), dpi)

    def print_guide(self) -> None:
        printer = output.new_printer()
        if not output.choose_printer(self, printer):
            return
        try:
            output.paint_pdf(printer, self.pdf)
        except Exception as exc:  # noqa: BLE001 - shown in the user's words
            messages.show_error(self, exc)
            return
        self.status.setText(self.tr("Sent to the printer. Check that the page came out."))

    def save_pdf(self) -> None:
        path = output.choose_save_file(self, self.tr("Save the guide as PDF"),
                                       output.default_path(FILE_NAME),
                                       self.tr("PDF document (*.pdf)"))
        if not path:
            return
        target = output.with_suffix(path, ".pdf")
        try:
            write_atomic(target, self.pdf)
        except Exception as exc:  # noqa: BLE001 - shown in the user's words
            messages.show_error(self, exc)
            return
        self.status.setText(self.tr("Saved: {file}").format(file=target))


PREFERRED_SIZE = QSize(820, 760)  # an A4 page wide enough to read; it scrolls when lower


def fitting_size(dialog: QWidget, preferred: QSize) -> QSize:
    """``preferred``, but never more than the screen's free area less a frame: a 1366x768
    screen with a Windows taskbar is 728 pixels high, so the guide opens lower and scrolls."""
    return preferred.boundedTo(room_for(dialog))


def show_guide(parent: QWidget | None) -> GuideDialog:
    """Open the guide beside the window (not modal: it can stay open while the user works)."""
    dialog = GuideDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
