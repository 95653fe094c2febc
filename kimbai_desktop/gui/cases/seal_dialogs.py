"""Sealing a case file with a reason ("Niêm phong hồ sơ"), and giving it with the printed
sealed-file recovery key: the two form dialogs of services/sealed_files.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.gui.cases.common import TextArea
from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import sealed_files


class SealDialog(ServiceDialog):
    """The counsellor or the principal seals the case file; the reason is required."""

    def __init__(
        self, session: Any, worker: DbWorker, case_id: int, restricted: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.case_id = case_id
        self.reason = TextArea(self, 4)
        who = (self.tr("you and the principals who are not named in the case") if restricted
               else self.tr("you, the principals and the counsellors who are not named in the "
                            "case"))
        apply_limit(self.reason, limits.NOTE)
        self.set_texts(
            self.tr("Seal this case file"),
            self.tr(
                "Sealing locks the content of the case file (what happened, the people, the "
                "chronology, the plan, referrals, consents and documents) with its own key. Only "
                "the people it is given to can read it: {who}. Anyone else, even with a "
                "principal's account, sees only its code, dates, status and deadlines. You can "
                "give it to others or take it back later. A sealed case file cannot be unsealed."
            ).format(who=who),
            self.tr("&Seal the case file"),
        )
        self.add_field(
            "reason",
            self.tr("&Why it is sealed:"),
            self.reason,
            self.tr("For example: the family asked for strict confidentiality. The reason is "
                    "kept sealed with the case file."),
        )

    def check(self) -> dict[str, str]:
        if not self.reason.text().strip():
            return {"reason": self.tr("Write why the case file is sealed.")}
        return {}

    def call(self) -> Call:
        return (sealed_files.seal_case, (self.session, self.case_id, self.reason.text()))


class RecoveryGrantDialog(ServiceDialog):
    """The chair of the child-protection board types in the printed sealed-file recovery key to
    give the case file to a principal or a counsellor, when nobody who holds it can."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        case_id: int,
        choices: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.case_id = case_id
        self.person = QComboBox(self)
        for account_id, name in choices:
            self.person.addItem(name, account_id)
        mine = self.person.findData(session.user.id)  # usually given to the one at the desk
        if mine >= 0:
            self.person.setCurrentIndex(mine)
        self.key = QLineEdit(self)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setMaxLength(200)
        self.secret_editors.append(self.key)
        self.set_texts(
            self.tr("Give access with the recovery key"),
            self.tr(
                "Use this when nobody who holds the sealed case file can give it (for example "
                "after a password reset). The chair of the school's child-protection board types "
                "in the key from the printed sheet \"Recovery key for sealed case files\". The "
                "key is not kept on this computer."
            ),
            self.tr("&Give access"),
        )
        self.add_field("person", self.tr("&Give it to:"), self.person,
                       self.tr("Principals and counsellors who are not named in the case."))
        self.add_field("key", self.tr("&Recovery key:"), self.key,
                       self.tr("The groups of letters and digits on the sheet; dashes and "
                               "spaces do not matter."))

    def check(self) -> dict[str, str]:
        errors = {}
        if self.person.currentData() is None:
            errors["person"] = self.tr("There is nobody to give it to.")
        if not self.key.text().strip():
            errors["key"] = self.tr("Type in the recovery key from the printed sheet.")
        return errors

    def call(self) -> Call:
        return (
            sealed_files.grant_with_recovery,
            (self.session, int(self.person.currentData()), self.key.text(), [self.case_id]),
        )
