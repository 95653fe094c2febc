"""The files kept (encrypted) with a record: add one (at most 20 MB) chosen through the file dialog
seam, view it inside the program from memory (gui/file_viewer.py), or save a copy outside, which
is asked for explicitly and recorded in the access log as an export.

:class:`FilesDialog` does the listing, checks, busy state, viewing and saving; a subclass says
whose files they are: the case's documents (gui/cases/attachments_dialog.py) or an activity's
materials (gui/training/materials_dialog.py).
"""

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
from kimbai_desktop.gui.display import size_text
from kimbai_desktop.gui.file_viewer import FileViewer, KeptFile
from kimbai_desktop.gui.widgets import BusyBar, FieldError, record_table, share_lock_shortcut
from kimbai_desktop.gui.worker import DbWorker

MAX_BYTES = 20 * 1024 * 1024


def free_name(folder: Path, filename: str) -> Path:
    """``folder/filename``, or ``name (2).ext`` ... when that file exists already."""
    name = Path(filename).name or "tep"
    target = folder / name
    n = 2
    while target.exists():
        target = folder / f"{Path(name).stem} ({n}){Path(name).suffix}"
        n += 1
    return target


class FilesDialog(QDialog):
    """``changed`` fires after a file was added. Subclasses give the texts and the services."""

    changed = Signal()

    def __init__(self, session: Any, worker: DbWorker, owner_id: int, *, editable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.owner_id = owner_id
        self.editable = editable
        self.files: list[KeptFile] = []
        self.busy = False
        self.viewer: FileViewer | None = None
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        self.table = record_table(self, self.headers())
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
        for widget in self.intro():
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_bar)
        layout.addWidget(buttons)
        share_lock_shortcut(self)
        self.resize(760, 480)
        self.load()

    # -- what a subclass provides ------------------------------------------------------------------

    def headers(self) -> list[str]:
        """Column titles: the file name, its size, then the titles of ``KeptFile.columns``."""
        raise NotImplementedError

    def intro(self) -> list[QWidget]:
        """The heading and hints above the list."""
        raise NotImplementedError

    def list_files(self, session: Any, owner_id: int) -> list[KeptFile]:
        """The owner's files (runs on the worker)."""
        raise NotImplementedError

    def store(self, session: Any, owner_id: int, filename: str, data: bytes, mime: str) -> int:
        """Keep a new file (runs on the worker)."""
        raise NotImplementedError

    def read(self, session: Any, file_id: int, for_export: bool) -> bytes:
        """A file's bytes; ``for_export`` is audited as an export (runs on the worker)."""
        raise NotImplementedError

    def choose_title(self) -> str:
        raise NotImplementedError

    def choose_filter(self) -> str:
        raise NotImplementedError

    def too_large_text(self) -> str:
        raise NotImplementedError

    # -- the list ----------------------------------------------------------------------------------

    def load(self) -> None:
        self.worker.submit(self.list_files, self.session, self.owner_id, on_done=self._show,
                           on_error=self._failed, context=self)

    def _show(self, files: list[KeptFile]) -> None:
        self.files = files
        self.table.setRowCount(len(files))
        for row, f in enumerate(files):
            for column, text in enumerate((f.filename, size_text(f.size), *f.columns)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if files and not self.table.selectionModel().hasSelection():
            self.table.selectRow(len(files) - 1)
        self._update_buttons()

    def selected(self) -> KeptFile | None:
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
        path = messages.choose_open_file(self, self.choose_title(), "", self.choose_filter())
        if not path:
            return
        try:
            size = Path(path).stat().st_size
        except OSError:
            self.error.set_message(self.tr("The file cannot be read. Choose another file."))
            return
        if size > MAX_BYTES:
            self.error.set_message(self.too_large_text())
            return
        if size == 0:
            self.error.set_message(self.tr("The file is empty. Choose another file."))
            return
        self._set_busy(self.tr("Adding the file..."))
        self.worker.submit(self._add_file, self.session, self.owner_id, path,
                           on_done=self._added, on_error=self._failed, context=self)

    def _add_file(self, session: Any, owner_id: int, path: str) -> int:
        """Read the chosen file and keep it (runs on the worker)."""
        source = Path(path)
        mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        return self.store(session, owner_id, source.name, source.read_bytes(), mime)

    def _added(self, _file_id: int) -> None:
        self._set_busy("")
        self.table.clearSelection()
        self.load()
        self.changed.emit()

    def view(self) -> None:
        file = self.selected()
        if file is None or self.busy:
            return
        self.error.clear()
        self._set_busy(self.tr("Opening..."))
        self.worker.submit(self.read, self.session, file.id, False,
                           on_done=lambda data: self._open_viewer(file, data),
                           on_error=self._failed, context=self)

    def _open_viewer(self, file: KeptFile, data: bytes) -> None:
        self._set_busy("")
        viewer = FileViewer(file, data, self)
        viewer.save_requested.connect(self.save_selected)
        viewer.finished.connect(lambda _r: setattr(self, "viewer", None))
        self.viewer = viewer
        viewer.open()

    def save_selected(self, file: KeptFile | None = None) -> None:
        file = file or self.selected()
        if file is None or self.busy:
            return
        folder = messages.choose_folder(self, self.tr("Choose where to save the copy"))
        if not folder:
            return
        self._set_busy(self.tr("Saving the copy..."))
        self.worker.submit(self._save_copy, self.session, file, folder, on_done=self._saved,
                           on_error=self._failed, context=self)

    def _save_copy(self, session: Any, file: KeptFile, folder: str) -> Path:
        """Read the file for export (audited) and write it into ``folder`` (runs on the worker)."""
        data = self.read(session, file.id, True)
        target = free_name(Path(folder), file.filename)
        target.write_bytes(data)
        return target

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
