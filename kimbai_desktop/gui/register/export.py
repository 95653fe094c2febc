"""Exporting the register as filtered to an .xlsx file: the password that protects it first
(gui/export_password_dialog.py), then the file dialog (behind the seam of :mod:`messages`), then
the work on the worker.

The suggested file name holds no personal data: ``so-theo-doi-2024-2025.xlsx``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.export_password_dialog import ask_export_password
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.excel_export import export_register
from kimbai_desktop.services.register import PupilQuery


def xlsx_filter() -> str:
    return QCoreApplication.translate("RegisterExport", "Excel workbook (*.xlsx)")


choose_save_file = messages.choose_save_file


def with_suffix(path: str, suffix: str = ".xlsx") -> Path:
    out = Path(path)
    return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)


def default_path(name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / name) if folder else name


def export_file_name(school_year: str) -> str:
    """``so-theo-doi-2024-2025.xlsx``: the school year only, never a name or a class."""
    return f"so-theo-doi-{school_year}.xlsx" if school_year else "so-theo-doi.xlsx"


def export_register_to_file(
    parent: QWidget,
    session: Any,
    worker: DbWorker,
    query: PupilQuery,
    school_year: str,
    on_finished: Callable[[Path | None], None] | None = None,
) -> bool:
    """Ask for the password (without blocking), then for the file, then export on the worker.
    ``on_finished(path or None)`` once the export is over; not called if the user stops."""
    ask_export_password(parent, lambda password: _export(
        parent, session, worker, query, school_year, password, on_finished))
    return True


def _export(parent: QWidget, session: Any, worker: DbWorker, query: PupilQuery,
            school_year: str, password: str,
            on_finished: Callable[[Path | None], None] | None) -> bool:
    chosen = choose_save_file(
        parent,
        QCoreApplication.translate("RegisterExport", "Export the register to Excel"),
        default_path(export_file_name(school_year)),
        xlsx_filter(),
    )
    if not chosen:
        return False
    path = with_suffix(chosen)

    def done(count: int) -> None:
        messages.information(
            parent,
            QCoreApplication.translate("RegisterExport", "Export to Excel"),
            QCoreApplication.translate(
                "RegisterExport",
                "{count} pupils were saved in {file}, protected by the password you chose. Give "
                "the password to the recipient separately. Delete the file when you no longer "
                "need it.",
            ).format(count=format_number(count), file=path.name),
        )
        if on_finished is not None:
            on_finished(path)

    def failed(exc: BaseException) -> None:
        messages.show_error(parent, exc)
        if on_finished is not None:
            on_finished(None)

    worker.submit(export_register, session, path, query, password=password, on_done=done,
                  on_error=failed, context=parent)
    return True
