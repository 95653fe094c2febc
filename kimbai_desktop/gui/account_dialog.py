"""The account dialog (thêm / sửa tài khoản): full name, account name, role and first password.

Adding asks for all of them; editing changes only the full name and the role (the account name
is what the holder signs in with and stays as it is). The principal alone opens it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.accounts import AccountInfo, add_account, update_account


class AccountDialog(ServiceDialog):
    """``account`` None: add a new account; otherwise edit that one."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        account: AccountInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.account = account
        adding = account is None
        if adding:
            heading = self.tr("Add an account")
            intro = self.tr(
                "Each member of staff who uses KimBai Desktop signs in with their own account. "
                "Give the holder the account name and the first password in person."
            )
            ok_text = self.tr("&Add the account")
        else:
            heading = self.tr("Change the account")
            intro = self.tr("The account name stays the same; the holder signs in as before.")
            ok_text = self.tr("&Save")
        self.set_texts(heading, intro, ok_text)

        self.full_name = QLineEdit(self)
        apply_limit(self.full_name, limits.NAME)
        self.username = QLineEdit(self)
        self.username.setMaxLength(32)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(labels.label(role), role)
        self.role.setMinimumContentsLength(24)

        self.add_field(
            "full_name",
            self.tr("&Full name"),
            self.full_name,
            self.tr("Shown in the program and in the activity log."),
        )
        if adding:
            self.add_field(
                "username",
                self.tr("&Account name"),
                self.username,
                self.tr(
                    "Used to sign in: lower-case letters without accents, digits, dot, dash or "
                    "underscore, for example gv.lan."
                ),
            )
        else:
            self.username.setVisible(False)
        self.add_field("role", self.tr("&Role"), self.role, self._role_hint(Role.TEACHER))
        self.role.currentIndexChanged.connect(self._role_changed)
        if adding:
            self.add_password_pair(self.tr("First &password"), self.tr("Con&firm the password"))
            self.set_role(Role.TEACHER)
        else:
            assert account is not None
            self.full_name.setText(account.full_name)
            self.set_role(account.role)
        self._role_changed()
        self.full_name.setFocus()
        self.keep_drafts(session, "account", account.id if account is not None else "")

    def _role_hint(self, role: Role) -> str:
        return {
            Role.PRINCIPAL: self.tr("Everything: accounts, settings, the activity log, restore."),
            Role.COUNSELLOR: self.tr(
                "Case files, the register, training and reports; may make backups."
            ),
            Role.TEACHER: self.tr("May record a concern and see only what they recorded."),
            Role.VIEWER: self.tr("Sees statistics without names; changes nothing."),
        }[role]

    def set_role(self, role: Role) -> None:
        self.role.setCurrentIndex(max(0, self.role.findData(role)))

    def chosen_role(self) -> Role:
        role = self.role.currentData()
        return role if isinstance(role, Role) else Role.TEACHER

    def _role_changed(self, _index: int = 0) -> None:
        hint = self.boxes["role"].hint
        if hint is not None:
            hint.setText(self._role_hint(self.chosen_role()))

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.full_name.text().strip():
            found["full_name"] = self.tr("Enter the account holder's full name.")
        if self.account is None:
            if not self.username.text().strip():
                found["username"] = self.tr("Enter an account name, for example gv.lan.")
            found.update(self.password_errors())
        return found

    def call(self) -> Call:
        if self.account is None:
            assert self.password is not None
            return add_account, (
                self.session,
                self.username.text(),
                self.full_name.text(),
                self.chosen_role(),
                self.password.text(),
            )
        return _update, (self.session, self.account.id, self.full_name.text(), self.chosen_role())


def _update(session: Any, account_id: int, full_name: str, role: Role) -> None:
    update_account(session, account_id, full_name=full_name, role=role)
