"""Tick who of the staff attended an activity (điểm danh), keeping the rest of the activity as it
was recorded."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from kimbai_desktop.gui.training import texts
from kimbai_desktop.gui.training.checklist import CheckList
from kimbai_desktop.gui.training.form import TrainingDialog
from kimbai_desktop.gui.training.participants import staff_items
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.training import set_staff_attendance


class AttendanceDialog(TrainingDialog):
    def __init__(self, session: Any, worker: DbWorker, info: Any, staff: Sequence[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, worker, parent)
        self.activity_id = info.id
        self.set_texts(
            self.tr("Staff attendance"),
            self.tr("{title} ({date}). Tick everyone who attended.").format(
                title=info.title, date=texts.date_text(info.held_on)),
            self.tr("&Save the attendance"),
        )
        self.list = CheckList(self.tr("Staff member"), self.tr("Position"), self)
        self.list.set_items(staff_items(staff, info.staff_ids))
        self.list.set_ticked(info.staff_ids)
        self.add_field("staff_ids", self.tr("&Attended:"), self.list)
        self.dirty = False
        self.grow_form()
        self.resize_within(QSize(640, 600))
        self.list.search.setFocus()
        self.keep_drafts(session, "attendance", info.id)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return super().sizeHint().expandedTo(QSize(640, 560))

    def call(self) -> tuple[Any, tuple[Any, ...]]:
        return set_staff_attendance, (self.session, self.activity_id, self.list.ticked())
