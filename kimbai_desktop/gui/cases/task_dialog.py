"""A task of the school in the support plan: what, who does it (an account or a name) and by
when. Its status is changed later in the plan dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.gui.cases.common import compact
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import case_work


class TaskDialog(ServiceDialog):
    """``staff``: (account id, full name) pairs to choose the owner from."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        case_id: int,
        staff: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.case_id = case_id
        self.set_texts(
            self.tr("Add a task"),
            self.tr(
                "A task the plan gives to the school. The overview reminds you when it falls due."
            ),
            self.tr("&Add the task"),
        )
        self.title = QLineEdit(self)
        apply_limit(self.title, limits.SHORT)
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("(someone else: write the name)"), None)
        for account_id, name in staff:
            self.owner.addItem(name, account_id)
        self.owner_name = QLineEdit(self)
        apply_limit(self.owner_name, limits.NAME)
        self.owner_name.setPlaceholderText(self.tr("Name of the person responsible"))
        self.due = DateField(self)
        compact(self.due)
        self.add_field("title", self.tr("&Task:"), self.title)
        self.add_field("owner", self.tr("&Responsible:"), self.owner)
        self.add_field("owner_name", self.tr("&Name:"), self.owner_name)
        self.add_field(
            "due",
            self.tr("&Due date:"),
            self.due,
            self.tr("dd/mm/yyyy; leave empty if the plan gives no date."),
        )
        self.owner.currentIndexChanged.connect(lambda _i: self._owner_changed())
        if staff:
            self.owner.setCurrentIndex(1)
        self._owner_changed()
        self.keep_drafts(session, "case_task", case_id)

    def _owner_changed(self) -> None:
        self.owner_name.setEnabled(self.owner.currentData() is None)

    def check(self) -> dict[str, str]:
        errors = {}
        if not self.title.text().strip():
            errors["title"] = self.tr("Write the task.")
        try:
            self.due.date()
        except ValueError:
            errors["due"] = self.due.problem()
        return errors

    def call(self) -> Call:
        owner_id = self.owner.currentData()
        name = "" if owner_id is not None else self.owner_name.text()
        return (
            case_work.add_task,
            (self.session, self.case_id, self.title.text(), self.due.date(), owner_id, name),
        )
