""""Tài liệu" of an activity: slides, handouts, photos and sign-in sheets kept (encrypted) with
it; see gui/files_dialog.py for adding, viewing and saving a copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from kimbai_desktop.gui.file_viewer import KeptFile
from kimbai_desktop.gui.files_dialog import FilesDialog
from kimbai_desktop.gui.training import texts
from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import training


class MaterialsDialog(FilesDialog):
    """The materials of one activity (``info``: its ActivityInfo)."""

    def __init__(self, session: Any, worker: DbWorker, info: Any,
                 parent: QWidget | None = None) -> None:
        self.info = info
        super().__init__(session, worker, info.id, parent=parent)
        self.resize(680, 440)

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Size")]

    def intro(self) -> list[QWidget]:
        return [heading_label(self.tr("Materials"), self, 1.2),
                hint_label(self.tr("{title} ({date})").format(
                    title=self.info.title, date=texts.date_text(self.info.held_on)), self),
                hint_label(self.tr(
                    "Slides, handouts, photos and sign-in sheets are kept encrypted with the "
                    "activity (at most 20 MB each). Pictures, PDF documents and plain text open "
                    "here; a copy saved outside is not encrypted."), self)]

    def list_files(self, session: Any, owner_id: int) -> list[KeptFile]:
        return [KeptFile(i, name, "", size)
                for i, name, size in training.list_materials(session, owner_id)]

    def store(self, session: Any, owner_id: int, filename: str, data: bytes, mime: str) -> int:
        return training.add_material(session, owner_id, filename, data, mime)

    def read(self, session: Any, file_id: int, for_export: bool) -> bytes:
        return training.read_material(session, file_id, for_export=for_export)

    def choose_title(self) -> str:
        return self.tr("Choose the material to keep with the activity")

    def choose_filter(self) -> str:
        return self.tr("Documents and pictures (*.pdf *.docx *.doc *.pptx *.ppt *.xlsx *.txt "
                       "*.png *.jpg *.jpeg);;All files (*)")

    def too_large_text(self) -> str:
        return self.tr("The file is larger than 20 MB. Make it smaller (fewer or smaller "
                       "pictures) and try again.")
