"""The accounts part of "Cài đặt" (principal only): the staff accounts and what can be done to
them: add, change, deactivate or reactivate, set a new password, remove access.

Dialogs open window-modal without blocking (``open()``); the one showing is ``current_dialog``.
Deactivating and removing ask first; removing says that the account's history stays.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.account_dialog import AccountDialog
from kimbai_desktop.gui.reset_password_dialog import ResetPasswordDialog
from kimbai_desktop.gui.widgets import hint_label, record_table
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.accounts import (
    AccountInfo,
    list_accounts,
    list_slots,
    remove_account,
    set_active,
)


class AccountsSection(QGroupBox):
    """``changed`` fires after any account was changed (the list has been reloaded)."""

    changed = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Accounts"))
        self.session = session
        self.worker = worker
        self.accounts: list[AccountInfo] = []
        self.current_dialog: QDialog | None = None
        self.busy = False
        self._select_id: int | None = None  # select this account after the next load

        intro = hint_label(
            self.tr(
                "Every member of staff signs in with their own account; the role decides what "
                "they see. A removed account keeps its history in the access log."
            ),
            self,
        )
        self.table = record_table(self, [self.tr("Full name"), self.tr("Account name"),
                                         self.tr("Role"), self.tr("State")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())

        self.add_button = QPushButton(self.tr("&Add an account..."), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Change..."), self)
        self.edit_button.clicked.connect(self.edit)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("Set a new &password..."), self)
        self.reset_button.clicked.connect(self.reset_password)
        self.remove_button = QPushButton(self.tr("&Remove access..."), self)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.reset_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Key slots in kimbai.keys that belong to no account (added by hand): shown, never usable.
        self.stray = QLabel(self)
        self.stray.setWordWrap(True)
        self.stray.setTextFormat(Qt.TextFormat.PlainText)
        self.stray.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.stray)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.add)
        self._fit_table()
        self._update_buttons()

    # -- the list ----------------------------------------------------------------------------------

    def load(self) -> None:
        if self.session is None:
            return
        self.worker.submit(
            list_accounts,
            self.session,
            on_done=self.set_accounts,
            on_error=lambda exc: messages.show_error(self, exc),
            context=self,
        )
        self.worker.submit(list_slots, self.session, on_done=self.set_slots, context=self)

    def set_slots(self, views: list[Any]) -> None:
        stray = [v for v in views if not v.owner]
        self.stray.setVisible(bool(stray))
        self.stray.setText(self.tr(
            "The key file holds {count} key slot(s) that belong to no account (added outside "
            "KimBai). They cannot be used to sign in. Change the data key (kimbai rotate-key) to "
            "remove them.").format(count=len(stray)))

    def state_text(self, account: AccountInfo) -> str:
        if not account.has_keyslot:
            return self.tr("Access removed")
        if not account.active:
            return self.tr("Deactivated")
        return self.tr("Active")

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        selected = self.selected()
        self.accounts = list(accounts)
        self.table.setRowCount(len(accounts))
        style = self.style()
        icons = {
            True: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            False: style.standardIcon(QStyle.StandardPixmap.SP_BrowserStop),
        }
        for row, account in enumerate(accounts):
            usable = account.active and account.has_keyslot
            cells = [
                QTableWidgetItem(account.full_name),
                QTableWidgetItem(account.username),
                QTableWidgetItem(labels.label(account.role)),
                QTableWidgetItem(icons[usable], self.state_text(account)),
            ]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self._fit_table()
        target = self._select_id or (selected.id if selected is not None else None)
        self._select_id = None
        if target is not None:
            self.select(target)
        self._update_buttons()

    def _fit_table(self) -> None:
        """As tall as its rows (3 to 10), so short lists leave no empty box and long ones scroll."""
        rows = max(3, min(self.table.rowCount(), 10))
        height = (
            self.table.horizontalHeader().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.setFixedHeight(height)

    def selected(self) -> AccountInfo | None:
        model = self.table.selectionModel()
        rows = {index.row() for index in model.selectedRows()} if model is not None else set()
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.accounts[row] if row < len(self.accounts) else None

    def select(self, account_id: int) -> None:
        for row, account in enumerate(self.accounts):
            if account.id == account_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        account = self.selected()
        chosen = account is not None and not self.busy
        for button in (self.edit_button, self.reset_button, self.remove_button):
            button.setEnabled(chosen)
        self.active_button.setEnabled(chosen)
        self.active_button.setToolTip("")
        if account is not None and not account.active:
            self.active_button.setText(self.tr("Re&activate"))
            if not account.has_keyslot:
                self.active_button.setEnabled(False)
                self.active_button.setToolTip(
                    self.tr("Set a new password first to give this account access again.")
                )
        else:
            self.active_button.setText(self.tr("&Deactivate"))
        if account is not None and not account.has_keyslot:
            self.remove_button.setEnabled(False)

    # -- dialogs -----------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, done_text: str) -> None:
        self.current_dialog = dialog

        def finished(result: int) -> None:
            if self.current_dialog is dialog:
                self.current_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.status.setText(done_text)
                self.load()
                self.changed.emit()

        dialog.finished.connect(finished)
        dialog.open()

    def add(self) -> None:
        if self.session is None or self.current_dialog is not None:
            return
        dialog = AccountDialog(self.session, self.worker, None, self)
        dialog.succeeded.connect(lambda info: setattr(self, "_select_id", info.id))
        self._open(dialog, self.tr("The account has been added."))

    def edit(self) -> None:
        account = self.selected()
        if self.session is None or account is None or self.current_dialog is not None:
            return
        dialog = AccountDialog(self.session, self.worker, account, self)
        self._open(dialog, self.tr("The account has been changed."))

    def reset_password(self) -> None:
        account = self.selected()
        if self.session is None or account is None or self.current_dialog is not None:
            return
        dialog = ResetPasswordDialog(self.session, self.worker, account, self)
        self._open(
            dialog,
            self.tr("The new password is set. Give it to {name} in person.").format(
                name=account.full_name
            ),
        )

    # -- direct changes ----------------------------------------------------------------------------

    def toggle_active(self) -> None:
        account = self.selected()
        if self.session is None or account is None:
            return
        if account.active:
            question = self.tr(
                "Deactivate the account of {name} ({username})? They can no longer sign in "
                "until the account is reactivated. Nothing they recorded is lost."
            ).format(name=account.full_name, username=account.username)
            if not messages.confirm(self, self.tr("Deactivate the account"), question):
                return
            done = self.tr("The account has been deactivated.")
        else:
            done = self.tr("The account has been reactivated.")
        self._run(set_active, account.id, not account.active, done_text=done)

    def remove(self) -> None:
        account = self.selected()
        if self.session is None or account is None:
            return
        question = self.tr(
            "Remove the access of {name} ({username})? Their password stops working at once. "
            "Their history stays: the access log keeps every event of this account, and what "
            "they recorded stays in the records."
        ).format(name=account.full_name, username=account.username)
        if not messages.confirm(self, self.tr("Remove access"), question):
            return
        self._run(remove_account, account.id, done_text=self.tr("The access has been removed."))

    def _run(self, fn: Any, *args: Any, done_text: str) -> None:
        if self.session is None or self.busy:
            return
        self.busy = True
        self.status.setText(self.tr("Please wait..."))
        self._update_buttons()

        def done(_result: Any) -> None:
            self.busy = False
            self.status.setText(done_text)
            self.load()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.status.clear()
            self._update_buttons()
            messages.show_error(self, exc, self.tr("Accounts"))

        self.worker.submit(fn, self.session, *args, on_done=done, on_error=failed, context=self)

    def clear(self) -> None:
        """Forget the session and the list (at lock)."""
        self.session = None
        self.accounts = []
        self.table.setRowCount(0)
        self.status.clear()
        if self.current_dialog is not None:
            self.current_dialog.done(QDialog.DialogCode.Rejected)
