""" "Tài liệu": the documents kept (encrypted) with a case: add a file (at most 20 MB) chosen
through the file dialog seam, view it inside the program from memory, or save a copy outside,
which is asked for explicitly and recorded in the access log as an export."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.cases.attachment_viewer import AttachmentViewer
from kimbai_desktop.gui.cases.common import time_text
from kimbai_desktop.gui.display import size_text
from kimbai_desktop.gui.widgets import (
    BusyBar,
    FieldError,
    heading_label,
    hint_label,
    record_table,
    share_lock_shortcut,
)
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import case_work

MAX_BYTES = case_work.MAX_ATTACHMENT_BYTES


def add_file(session: Any, case_id: int, path: str) -> int:
    """Read the chosen file and keep it in the database (runs on the worker)."""
    source = Path(path)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return case_work.add_attachment(session, case_id, source.name, source.read_bytes(), mime)


def free_name(folder: Path, filename: str) -> Path:
    """``folder/filename``, or ``name (2).ext`` ... when that file exists already."""
    target = folder / filename
    n = 2
    while target.exists():
        target = folder / f"{Path(filename).stem} ({n}){Path(filename).suffix}"
        n += 1
    return target


def save_copy(session: Any, info: Any, folder: str) -> Path:
    """Read the file for export (audited) and write it into ``folder`` (runs on the worker)."""
    data = case_work.read_attachment(session, info.id, for_export=True)
    target = free_name(Path(folder), Path(info.filename).name)
    target.write_bytes(data)
    return target


class AttachmentsDialog(QDialog):
    """``changed`` fires after a file was added."""

    changed = Signal()

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        case_id: int,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.case_id = case_id
        self.editable = editable
        self.files: list[Any] = []
        self.busy = False
        self.viewer: AttachmentViewer | None = None
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        self.table = record_table(
            self, [self.tr("File"), self.tr("Size"), self.tr("Added"), self.tr("Added by")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.view())

        self.add_button = QPushButton(self.tr("&Add a file..."), self)
        self.add_button.clicked.connect(self.add)
        self.view_button = QPushButton(self.tr("&View"), self)
        self.view_button.clicked.connect(self.view)
        self.save_button = QPushButton(self.tr("&Save a copy..."), self)
        self.save_button.clicked.connect(lambda: self.save_selected())
        self.error = FieldError(self)
        self.busy_bar = BusyBar(self)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.view_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Documents"), self, 1.2))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Scans, photos and documents of this case are kept encrypted inside the database "
                    "(at most 20 MB each, 100 per case). Pictures are shown here; a copy saved outside "
                    "is not encrypted and is recorded in the access log."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_bar)
        layout.addWidget(buttons)
        share_lock_shortcut(self)
        self.resize(760, 480)
        self.load()

    def load(self) -> None:
        self.worker.submit(
            case_work.list_attachments,
            self.session,
            self.case_id,
            on_done=self._show,
            on_error=self._failed,
            context=self,
        )

    def _show(self, files: list[Any]) -> None:
        self.files = files
        self.table.setRowCount(len(files))
        for row, f in enumerate(files):
            for column, text in enumerate(
                (f.filename, size_text(f.size), time_text(f.added_at), f.added_by)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if files and not self.table.selectionModel().hasSelection():
            self.table.selectRow(len(files) - 1)
        self._update_buttons()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.add_button.setEnabled(self.editable and not self.busy)
        self.view_button.setEnabled(has and not self.busy)
        self.save_button.setEnabled(has and not self.busy)

    def _set_busy(self, text: str) -> None:
        self.busy = bool(text)
        if text:
            self.busy_bar.start(text)
        else:
            self.busy_bar.stop()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy("")
        if isinstance(exc, ValidationError):
            self.error.set_message("\n".join(messages.field_messages(exc).values()))
        else:
            self.error.set_message(messages.error_text(exc))

    # -- actions -----------------------------------------------------------------------------------

    def add(self) -> None:
        if self.busy or not self.editable:
            return
        self.error.clear()
        path = messages.choose_open_file(
            self,
            self.tr("Choose the file to keep with the case"),
            "",
            self.tr("Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.pdf);;All files (*)"),
        )
        if not path:
            return
        try:
            size = Path(path).stat().st_size
        except OSError:
            self.error.set_message(self.tr("The file cannot be read. Choose another file."))
            return
        if size > MAX_BYTES:
            self.error.set_message(
                self.tr(
                    "The file is larger than 20 MB. Make it smaller (scan at a lower resolution) "
                    "and try again."
                )
            )
            return
        self._set_busy(self.tr("Adding the file..."))
        self.worker.submit(
            add_file,
            self.session,
            self.case_id,
            path,
            on_done=self._added,
            on_error=self._failed,
            context=self,
        )

    def _added(self, attachment_id: int) -> None:
        self._set_busy("")
        self.table.clearSelection()
        self.load()
        self.changed.emit()

    def view(self) -> None:
        info = self.selected()
        if info is None or self.busy:
            return
        self.error.clear()
        self._set_busy(self.tr("Opening..."))
        self.worker.submit(
            case_work.read_attachment,
            self.session,
            info.id,
            on_done=lambda data: self._open_viewer(info, data),
            on_error=self._failed,
            context=self,
        )

    def _open_viewer(self, info: Any, data: bytes) -> None:
        self._set_busy("")
        viewer = AttachmentViewer(info, data, self)
        viewer.save_requested.connect(self.save_selected)
        viewer.finished.connect(lambda _r: setattr(self, "viewer", None))
        self.viewer = viewer
        viewer.open()

    def save_selected(self, info: Any = None) -> None:
        info = info or self.selected()
        if info is None or self.busy:
            return
        folder = messages.choose_folder(self, self.tr("Choose where to save the copy"))
        if not folder:
            return
        self._set_busy(self.tr("Saving the copy..."))
        self.worker.submit(
            save_copy,
            self.session,
            info,
            folder,
            on_done=self._saved,
            on_error=self._failed,
            context=self,
        )

    def _saved(self, target: Path) -> None:
        self._set_busy("")
        messages.information(
            self,
            self.tr("Copy saved"),
            self.tr(
                "A copy was saved as {path}. It is not encrypted: keep it safe and delete it when it "
                "is no longer needed."
            ).format(path=str(target)),
        )
