"""Ending one of a pupil's special circumstances: the day it ended (the history is kept)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.register import texts
from kimbai_desktop.gui.register.form_dialog import RegisterDialog
from kimbai_desktop.gui.service_dialog import Call
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import CircumstanceInfo, end_circumstance


class EndCircumstanceDialog(RegisterDialog):
    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        circumstance: CircumstanceInfo,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, worker, parent)
        self.circumstance = circumstance
        self.set_texts(
            self.tr("End a special circumstance"),
            self.tr(
                "{group}, since {start}. The group stays in the child's history with the "
                "day it ended."
            ).format(
                group=texts.group_text(circumstance.group),
                start=texts.date_text(circumstance.start_date),
            ),
            self.tr("&End the group"),
        )
        self.end_date = DateField(self)
        self.end_date.set_date(today)
        self.add_field("end_date", self.tr("&Ended on *"), self.end_date)
        self.keep_drafts(session, "circumstance_end", circumstance.id)

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self.read_date(self.end_date, "end_date", errors)
        return errors

    def call(self) -> Call:
        return end_circumstance, (self.session, self.circumstance.id, self.end_date.date())
