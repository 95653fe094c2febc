""""Người được xem hồ sơ niêm phong": who holds a sealed case file, giving it to another
principal or counsellor, taking it back, and giving it with the printed sealed-file recovery key.

Everything goes through services/sealed_files.py on the worker; the accused member of staff is
never offered (``candidates`` leaves them out; the service refuses them anyway).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.cases.common import time_text
from kimbai_desktop.gui.cases.seal_dialogs import RecoveryGrantDialog
from kimbai_desktop.gui.widgets import FieldError, heading_label, hint_label, share_lock_shortcut
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import sealed_files


def load_holders(session: Any, case_id: int) -> tuple[Any, list[tuple[int, str]]]:
    """On the worker: the seal (holders) and who it could be given to."""
    return sealed_files.seal_info(session, case_id), sealed_files.candidates(session, case_id)


class HoldersDialog(QDialog):
    """``changed`` after a grant or a revoke (the case view reloads: it may have become closed
    to this account)."""

    changed = Signal()

    def __init__(
        self, session: Any, worker: DbWorker, case_id: int, code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.case_id = case_id
        self.info: Any = None
        self.choices: list[tuple[int, str]] = []
        self.busy = False
        self.recovery_dialog: RecoveryGrantDialog | None = None
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        heading = heading_label(
            self.tr("People who may read sealed case file {code}").format(code=code), self, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Given by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)

        self.revoke_button = QPushButton(self.tr("&Take back access..."), self)
        self.revoke_button.setToolTip(
            self.tr("The chosen person can no longer read this case file"))
        self.revoke_button.clicked.connect(self.revoke)
        self.person = QComboBox(self)
        self.person.setMinimumContentsLength(18)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_label = person_label = QLabel(self.tr("&Give it to:"), self)
        person_label.setBuddy(self.person)
        self.grant_button = QPushButton(self.tr("Give &access"), self)
        self.grant_button.clicked.connect(self.grant)
        give = QHBoxLayout()
        give.addWidget(person_label)
        give.addWidget(self.person, 1)
        give.addWidget(self.grant_button)
        give.addSpacing(12)
        give.addWidget(self.revoke_button)

        self.recovery_hint = hint_label(self.tr(
            "When nobody who holds it can give it (for example after a password reset), the chair "
            "of the child-protection board can give it with the printed recovery key for sealed "
            "case files."), self)
        self.recovery_button = QPushButton(self.tr("Give with the &recovery key..."), self)
        self.recovery_button.clicked.connect(self.grant_with_recovery)
        recovery = QHBoxLayout()
        recovery.addWidget(self.recovery_hint, 1)
        recovery.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignTop)

        self.error = FieldError(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(give)
        layout.addLayout(recovery)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 440)
        share_lock_shortcut(self)
        self._enable()

    # -- loading -----------------------------------------------------------------------------------

    def load(self) -> None:
        self.busy = True
        self._enable()
        self.worker.submit(load_holders, self.session, self.case_id, on_done=self._loaded,
                           on_error=self._failed, context=self)

    def _loaded(self, result: tuple[Any, list[tuple[int, str]]]) -> None:
        self.busy = False
        self.info, choices = result
        info = self.info
        if info.can_read:
            if info.why == sealed_files.WHY_STAFF:
                why = self.tr("Sealed {time} because it names a member of staff.").format(
                    time=time_text(info.sealed_at))
            else:
                why = self.tr("Sealed {time}. Reason: {reason}").format(
                    time=time_text(info.sealed_at), reason=info.reason)
            self.intro.setText(why + "\n" + self.tr(
                "Only these people can read the content of this case file. Give it to a "
                "principal or a counsellor who needs it for the child's support; a person named "
                "in the case as the one who harmed the child is never offered."))
        else:
            self.intro.setText(self.tr(
                "You do not hold this case file, so you cannot give it to others. If you need to "
                "read it, ask one of these people to give it to you."))
        self.table.setRowCount(len(info.holders))
        for row, holder in enumerate(info.holders):
            given = self.tr("{name}, {time}").format(name=holder.granted_by,
                                                      time=time_text(holder.granted_at))
            for column, text in enumerate((holder.full_name, labels.label(holder.role), given)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, holder.account_id)
                self.table.setItem(row, column, item)
        self.person.clear()
        for account_id, name in choices:
            self.person.addItem(name, account_id)
        self.choices = choices
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._enable()
        self.error.set_message(messages.error_text(exc))

    def _enable(self) -> None:
        info = self.info
        holder = info is not None and info.can_read and not self.busy
        self.grant_button.setEnabled(holder and self.person.count() > 0)
        self.person.setEnabled(holder and self.person.count() > 0)
        self.revoke_button.setEnabled(holder and self.selected_account() is not None)
        for widget in (self.grant_button, self.person, self.person_label, self.revoke_button):
            widget.setVisible(info is None or info.can_read)
        may_recover = info is not None and info.has_recovery and (
            info.can_read or self.session.user.role == Role.PRINCIPAL)
        self.recovery_hint.setVisible(may_recover)
        self.recovery_button.setVisible(may_recover)
        self.recovery_button.setEnabled(may_recover and not self.busy)

    def selected_account(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def holder_names(self) -> list[str]:
        items = (self.table.item(r, 0) for r in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]

    # -- actions -----------------------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any) -> None:
        self.busy = True
        self.error.clear()
        self._enable()
        self.worker.submit(fn, *args, on_done=self._done, on_error=self._failed, context=self)

    def _done(self, _result: Any) -> None:
        self.busy = False
        self.changed.emit()
        self.load()

    def grant(self) -> None:
        account_id = self.person.currentData()
        if account_id is None or self.busy:
            return
        self._run(sealed_files.grant, self.session, self.case_id, int(account_id))

    def revoke(self) -> None:
        account_id = self.selected_account()
        if account_id is None or self.busy:
            return
        name = next(h.full_name for h in self.info.holders if h.account_id == account_id)
        text = self.tr(
            "{name} will no longer be able to read this case file. Take back access?"
        ).format(name=name)
        if account_id == self.session.user.id:
            text = self.tr(
                "You will no longer be able to read this case file yourself, until someone who "
                "holds it gives it back to you. Take back your own access?")
        if not messages.confirm(self, self.tr("Take back access"), text):
            return
        self._run(sealed_files.revoke, self.session, self.case_id, account_id)

    def grant_with_recovery(self) -> None:
        if self.info is None or self.busy:
            return
        dialog = RecoveryGrantDialog(self.session, self.worker, self.case_id, self.choices, self)
        dialog.succeeded.connect(self._recovered)
        dialog.finished.connect(lambda _r: setattr(self, "recovery_dialog", None))
        self.recovery_dialog = dialog
        dialog.open()

    def _recovered(self, given: int) -> None:
        if not given:
            messages.information(self, self.tr("Give access with the recovery key"), self.tr(
                "The recovery key did not give this case file: it was sealed before the recovery "
                "key was made and nobody who holds it has signed in since. Ask a person who "
                "holds it to give it."))
        self._done(given)
