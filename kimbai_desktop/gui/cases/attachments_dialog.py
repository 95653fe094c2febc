""" "Tài liệu": the documents kept (encrypted) with a case — scans, photos, PDFs — listed with
who added them and when; see gui/files_dialog.py for adding, viewing and saving a copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from kimbai_desktop.gui.cases.common import time_text
from kimbai_desktop.gui.file_viewer import KeptFile
from kimbai_desktop.gui.files_dialog import FilesDialog
from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import case_work


class AttachmentsDialog(FilesDialog):
    """The documents of one case; ``editable`` is False once the case is closed."""

    def __init__(self, session: Any, worker: DbWorker, case_id: int, editable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, worker, case_id, editable=editable, parent=parent)

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Size"), self.tr("Added"), self.tr("Added by")]

    def intro(self) -> list[QWidget]:
        return [heading_label(self.tr("Documents"), self, 1.2), hint_label(self.tr(
            "Scans, photos and documents of this case are kept encrypted inside the database "
            "(at most 20 MB each, 100 per case). Pictures and PDF documents are shown here; a "
            "copy saved outside is not encrypted and is recorded in the access log."), self)]

    def list_files(self, session: Any, owner_id: int) -> list[KeptFile]:
        return [KeptFile(a.id, a.filename, a.mime, a.size, a.added_by,
                         (time_text(a.added_at), a.added_by))
                for a in case_work.list_attachments(session, owner_id)]

    def store(self, session: Any, owner_id: int, filename: str, data: bytes, mime: str) -> int:
        return case_work.add_attachment(session, owner_id, filename, data, mime)

    def read(self, session: Any, file_id: int, for_export: bool) -> bytes:
        return case_work.read_attachment(session, file_id, for_export=for_export)

    def choose_title(self) -> str:
        return self.tr("Choose the file to keep with the case")

    def choose_filter(self) -> str:
        return self.tr("Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.pdf);;All files (*)")

    def too_large_text(self) -> str:
        return self.tr("The file is larger than 20 MB. Make it smaller (scan at a lower "
                       "resolution) and try again.")
