""" "Kết thúc hồ sơ" and "Mở lại": close a case with a closing note once the review decision and
the written result report are recorded, or reopen a closed case with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.gui.cases.common import TextArea
from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import cases


class CloseCaseDialog(ServiceDialog):
    """``reopen=False``: close with a note; ``reopen=True``: reopen with a reason."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        case_id: int,
        reopen: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.case_id = case_id
        self.reopen = reopen
        self.note = TextArea(self, 4)
        apply_limit(self.note, limits.NARRATIVE)
        if reopen:
            self.set_texts(
                self.tr("Reopen the case"),
                self.tr("Write why the case is reopened; the reason goes into the chronology."),
                self.tr("&Reopen"),
            )
            self.add_field("reason", self.tr("&Reason:"), self.note)
        else:
            self.set_texts(
                self.tr("Close the case"),
                self.tr(
                    "The review decided to close the case and the written result report is "
                    "recorded. After closing, nothing more can be added unless the case is "
                    "reopened."
                ),
                self.tr("&Close the case"),
            )
            self.add_field(
                "note",
                self.tr("&Closing note:"),
                self.note,
                self.tr("For example: the child is safe; the family is supported."),
            )
        self.keep_drafts(session, "case_reopen" if reopen else "case_close", case_id)

    def check(self) -> dict[str, str]:
        if self.reopen and not self.note.text().strip():
            return {"reason": self.tr("Write why the case is reopened.")}
        return {}

    def call(self) -> Call:
        if self.reopen:
            return (cases.reopen_case, (self.session, self.case_id, self.note.text()))
        return (cases.close_case, (self.session, self.case_id, self.note.text()))
