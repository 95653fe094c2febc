""""Tài liệu" of an activity: slides, handouts, photos and sign-in sheets kept (encrypted) with
it. Add a file (at most 20 MB) through the file dialog seam, view it inside the program from
memory, or save a copy outside when asked for explicitly."""

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
from kimbai_desktop.gui.training import texts
from kimbai_desktop.gui.training.material_viewer import MaterialViewer
from kimbai_desktop.gui.widgets import (
    BusyBar,
    FieldError,
    heading_label,
    hint_label,
    record_table,
    share_lock_shortcut,
)
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import training

MAX_BYTES = training.MAX_FILE_BYTES


def add_file(session: Any, activity_id: int, path: str) -> int:
    """Read the chosen file and keep it with the activity (runs on the worker)."""
    source = Path(path)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return training.add_material(session, activity_id, source.name, source.read_bytes(), mime)


def save_copy(session: Any, file_id: int, filename: str, folder: str) -> Path:
    """Write a copy of a material into ``folder`` under a free name (runs on the worker)."""
    data = training.read_material(session, file_id)
    name = Path(filename).name or "tai-lieu"
    target = Path(folder) / name
    n = 2
    while target.exists():
        target = Path(folder) / f"{Path(name).stem} ({n}){Path(name).suffix}"
        n += 1
    target.write_bytes(data)
    return target


class MaterialsDialog(QDialog):
    """``changed`` fires after a file was added."""

    changed = Signal()

    def __init__(self, session: Any, worker: DbWorker, info: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.activity_id = info.id
        self.files: list[tuple[int, str, int]] = []
        self.busy = False
        self.viewer: MaterialViewer | None = None
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        self.table = record_table(self, [self.tr("File"), self.tr("Size")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.view())

        self.add_button = QPushButton(self.tr("&Add a file..."), self)
        self.add_button.clicked.connect(self.add)
        self.view_button = QPushButton(self.tr("&Open"), self)
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
        layout.addWidget(heading_label(self.tr("Materials"), self, 1.2))
        layout.addWidget(hint_label(self.tr("{title} ({date})").format(
            title=info.title, date=texts.date_text(info.held_on)), self))
        layout.addWidget(hint_label(self.tr(
            "Slides, handouts, photos and sign-in sheets are kept encrypted with the activity "
            "(at most 20 MB each). Pictures and plain text open here; a copy saved outside is "
            "not encrypted."), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_bar)
        layout.addWidget(buttons)
        share_lock_shortcut(self)
        self.resize(680, 440)
        self.load()

    def load(self) -> None:
        self.worker.submit(training.list_materials, self.session, self.activity_id,
                           on_done=self._show, on_error=self._failed, context=self)

    def _show(self, files: list[tuple[int, str, int]]) -> None:
        self.files = files
        self.table.setRowCount(len(files))
        for row, (_id, name, size) in enumerate(files):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(size_text(size)))
        if files and not self.table.selectionModel().hasSelection():
            self.table.selectRow(len(files) - 1)
        self._update_buttons()

    def selected(self) -> tuple[int, str, int] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.add_button.setEnabled(not self.busy)
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
        if self.busy:
            return
        self.error.clear()
        path = messages.choose_open_file(
            self, self.tr("Choose the material to keep with the activity"), "",
            self.tr("Documents and pictures (*.pdf *.docx *.doc *.pptx *.ppt *.xlsx *.txt *.png "
                    "*.jpg *.jpeg);;All files (*)"))
        if not path:
            return
        try:
            size = Path(path).stat().st_size
        except OSError:
            self.error.set_message(self.tr("The file cannot be read. Choose another file."))
            return
        if size > MAX_BYTES:
            self.error.set_message(self.tr(
                "The file is larger than 20 MB. Make it smaller (fewer or smaller pictures) and "
                "try again."))
            return
        if size == 0:
            self.error.set_message(self.tr("The file is empty. Choose another file."))
            return
        self._set_busy(self.tr("Adding the file..."))
        self.worker.submit(add_file, self.session, self.activity_id, path,
                           on_done=self._added, on_error=self._failed, context=self)

    def _added(self, _file_id: int) -> None:
        self._set_busy("")
        self.table.clearSelection()
        self.load()
        self.changed.emit()

    def view(self) -> None:
        chosen = self.selected()
        if chosen is None or self.busy:
            return
        self.error.clear()
        self._set_busy(self.tr("Opening..."))
        file_id, name, _size = chosen
        self.worker.submit(training.read_material, self.session, file_id,
                           on_done=lambda data: self._open_viewer(file_id, name, data),
                           on_error=self._failed, context=self)

    def _open_viewer(self, file_id: int, name: str, data: bytes) -> None:
        self._set_busy("")
        viewer = MaterialViewer(file_id, name, data, self)
        viewer.save_requested.connect(lambda _id: self.save_selected())
        viewer.finished.connect(lambda _r: setattr(self, "viewer", None))
        self.viewer = viewer
        viewer.open()

    def save_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.busy:
            return
        folder = messages.choose_folder(self, self.tr("Choose where to save the copy"))
        if not folder:
            return
        self._set_busy(self.tr("Saving the copy..."))
        file_id, name, _size = chosen
        self.worker.submit(save_copy, self.session, file_id, name, folder,
                           on_done=self._saved, on_error=self._failed, context=self)

    def _saved(self, target: Path) -> None:
        self._set_busy("")
        messages.information(self, self.tr("Copy saved"), self.tr(
            "A copy was saved as {path}. It is not encrypted: delete it when it is no longer "
            "needed.").format(path=str(target)))
