"""Mark a staff member as having left the school (nghỉ việc, chuyển công tác) on a date. They
stay in the directory and in attendance history, but no longer count in staff coverage."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.training.form import TrainingDialog, today_of
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.training import archive_staff


class LeaveDialog(TrainingDialog):
    def __init__(self, session: Any, worker: DbWorker, staff: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, worker, parent)
        self.staff_id = staff.id
        self.set_texts(
            self.tr("{name} leaves the school").format(name=staff.full_name),
            self.tr("They stay in the directory and in the attendance of past activities, but "
                    "no longer count towards the share of staff trained. You can bring them "
                    "back later."),
            self.tr("&Mark as left"),
        )
        self.left_on = DateField(self)
        self.left_on.set_date(today_of(session))
        self.add_field("left_on", self.tr("&Left on:"), self.left_on)
        self.dirty = False
        self.left_on.setFocus()
        self.keep_drafts(session, "staff_leave", staff.id)

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self.read_date(self.left_on, "left_on", errors)
        return errors

    def call(self) -> tuple[Any, tuple[Any, ...]]:
        return archive_staff, (self.session, self.staff_id, self.left_on.date())
