"""Printing behind a seam: tests answer the print dialog instead of showing it.

Like :mod:`.messages`, the seam queues answers: ``set_next_printer_setup(fn)`` makes the next print
call run ``fn(printer)`` instead of the dialog (return True to print, e.g. into a PDF file).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

PrinterSetup = Callable[[QPrinter], bool]

_next_setups: deque[PrinterSetup] = deque()


def set_next_printer_setup(setup: PrinterSetup) -> None:
    """The next print call runs ``setup(printer)`` in place of the print dialog."""
    _next_setups.append(setup)


def reset() -> None:
    _next_setups.clear()


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog, or the answer a test queued with ``set_next_printer_setup``."""
    if _next_setups:
        return _next_setups.popleft()(printer)
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_html(parent: QWidget | None, html: str) -> bool:
    """Ask for a printer and print ``html`` on A4. Returns False if the user cancelled.

    The document name seen by the print queue is neutral: it never holds personal data."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("KimBai Desktop")
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    if not choose_printer(parent, printer):
        return False
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return True
