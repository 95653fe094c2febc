"""Printing and saving a document from the "Báo cáo" page, always through
:mod:`kimbai_desktop.services.documents` (the number is given at that moment, the output
audited, the number voided if the output fails) and through the seams the tests answer: the
print dialog of :mod:`..printing` and the file dialog of :mod:`..messages`.

Printing paints the pages rendered by PDFium at the printer's resolution (at most 600 dpi, in
grey), one page at a time, on the database worker (Qt allows painting on a QPrinter outside the
GUI thread; PDFium must stay on one thread). The print queue sees a neutral document name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QStandardPaths
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.gui import messages, printing
from kimbai_desktop.gui.reports.preview import PDFIUM_LOCK
from kimbai_desktop.services import documents

MAX_PRINT_DPI = 600


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


PRINTER_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The printer could not be started. Check that it is switched on and connected, "
    "then print again.")


choose_printer = printing.choose_printer
choose_save_file = messages.choose_save_file


def default_path(file_name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / file_name) if folder else file_name


def with_suffix(path: str, suffix: str) -> Path:
    out = Path(path)
    return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("KimBai Desktop")  # never a title that could hold personal data
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF carries the decree's margins itself
    return printer


def page_range(printer: QPrinter, count: int) -> range:
    """The pages the user chose in the print dialog (1-based there), all by default."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(count)
    return range(max(0, first - 1), min(count, last))


def paint_pdf(printer: QPrinter, pdf: bytes) -> bool:
    """Paint every chosen page of ``pdf`` on ``printer`` (on the worker; the guide, which needs
    no database, prints from the GUI thread, hence the lock)."""
    with PDFIUM_LOCK:
        return _paint(printer, pdf)


def _paint(printer: QPrinter, pdf: bytes) -> bool:
    doc = pdfium.PdfDocument(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise KimbaiError(PRINTER_FAILED)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for n, index in enumerate(page_range(printer, len(doc))):
            if n and not printer.newPage():
                raise KimbaiError(PRINTER_FAILED)
            page = doc[index]
            bitmap = page.render(scale=dpi / 72.0, grayscale=True)
            pixels = bytes(bitmap.buffer)
            image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_Grayscale8)
            painter.drawImage(target, image)
            del image
            bitmap.close()
            page.close()
        return True
    finally:
        if painter.isActive():
            painter.end()
        doc.close()


def print_prepared(session: Any, prepared: documents.PreparedReport,
                   printer: QPrinter) -> documents.IssuedReport:
    """Number, render, paint and audit (runs on the worker once the dialog was accepted)."""
    return documents.output_report(session, prepared, lambda pdf: paint_pdf(printer, pdf),
                                   AuditAction.PRINT)
