"""A pupil leaves the school (chuyển trường / hoàn thành chương trình tiểu học / thôi học), or comes
back: the record is archived, never deleted, and "Show leavers" finds it again. Asks first."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.register import texts
from kimbai_desktop.gui.register.form_dialog import RegisterDialog
from kimbai_desktop.gui.service_dialog import Call
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import PupilDetail, archive_pupil

LEAVING = (PupilStatus.TRANSFERRED, PupilStatus.COMPLETED, PupilStatus.LEFT)


class ArchiveDialog(RegisterDialog):
    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        pupil: PupilDetail,
        today: date,
        display_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, worker, parent)
        self.pupil = pupil
        self.display_name = display_name
        returning = pupil.status != PupilStatus.ACTIVE
        self.set_texts(
            self.tr("Leaving the school"),
            self.tr(
                'The pupil\'s record is kept (archived), never deleted: tick "Show leavers" '
                "to find it again. Reviews stop while the pupil is away."
            ),
            self.tr("&Record"),
        )
        self.status = QComboBox(self)
        for status in (PupilStatus.ACTIVE, *LEAVING) if returning else LEAVING:
            text = labels.label(status)
            if status == PupilStatus.ACTIVE:
                text = self.tr("Back at school ({status})").format(status=text)
            self.status.addItem(text, status)
        self.left_on = DateField(self)
        self.left_on.set_date(today)
        self.add_field("status", self.tr("&What happened *"), self.status)
        self.add_field("left_on", self.tr("&Date *"), self.left_on)
        self.dirty = False
        self.keep_drafts(session, "pupil_status", pupil.id)

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self.read_date(self.left_on, "left_on", errors)
        return errors

    def submit(self) -> None:
        """Check, ask, then save."""
        if self.busy:
            return
        errors = self.check()
        if errors:
            self.show_errors(errors)
            return
        if self.confirmed():
            super().submit()

    def confirmed(self) -> bool:
        status, day = self.status.currentData(), self.left_on.date()
        if status == PupilStatus.ACTIVE:
            question = self.tr("Record that {name} is back at school?").format(
                name=self.display_name
            )
        else:
            question = self.tr(
                'Record "{status}" for {name} on {date}? The pupil leaves the current '
                "lists; the record is kept."
            ).format(status=labels.label(status), name=self.display_name, date=texts.date_text(day))
        return messages.confirm(self, self.tr("Leaving the school"), question)

    def call(self) -> Call:
        return archive_pupil, (
            self.session,
            self.pupil.id,
            self.status.currentData(),
            self.left_on.date(),
        )
