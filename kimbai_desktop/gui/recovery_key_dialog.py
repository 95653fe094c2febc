"""A new recovery key (mã khôi phục mới), shown once with printing, like the wizard's last page.

The old printed sheet stops working as soon as the key is made, so the dialog closes only after
the principal ticks "I have printed or written down the recovery key".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kimbai_desktop.gui import messages
from kimbai_desktop.gui.recovery_key_page import RecoveryKeyPage
from kimbai_desktop.gui.widgets import heading_label, share_lock_shortcut


class RecoveryKeyDialog(QDialog):
    """Shows ``key`` in the wizard's recovery key page; Close waits for the confirmation."""

    def __init__(
        self, key: str, school_name: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)
        self.page = RecoveryKeyPage(self)
        self.page.set_key(key, school_name, today)
        heading = heading_label(self.tr("Your new recovery key"), self, scale=1.2)
        sub = QLabel(self.page.subTitle(), self)
        sub.setWordWrap(True)
        old = QLabel(
            self.tr("The previous recovery key no longer works. Destroy the old sheet."), self
        )
        old.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.page.saved_check.toggled.connect(self.close_button.setEnabled)
        self.heading, self.sub, self.note = heading, sub, old
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addWidget(old)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        share_lock_shortcut(self)
        self.page.print_button.setFocus()

    def unsaved_warning(self) -> tuple[str, str]:
        return self.tr("Recovery key"), self.tr(
            "Print or write down the recovery key, then tick the box to confirm. "
            "It will not be shown again."
        )

    def reject(self) -> None:
        if not self.page.saved_check.isChecked():
            messages.warning(self, *self.unsaved_warning())
            return
        self.page.key_label.clear()
        super().reject()


class SealedRecoveryKeyDialog(RecoveryKeyDialog):
    """The sealed-file recovery key (services/sealed_files.py), shown once for printing: a sheet
    for the chair of the school's child-protection board, like the recovery key's."""

    def __init__(
        self, key: str, school_name: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(key, school_name, today, parent)
        self.heading.setText(self.tr("Recovery key for sealed case files"))
        self.sub.setText(self.tr(
            "It is printed only this once: print it now for the chair of the school's "
            "child-protection board, who keeps it. It cannot be shown again."))
        # The page's own words are the data recovery key's ("the only way to open the data").
        self.page.explain.setVisible(False)
        self.page.print_button.setText(self.tr("&Print the sheet for the chair..."))
        self.page.saved_check.setText(
            self.tr("I have &printed the sheet for the chair of the child-protection board"))
        self.note.setText(self.tr(
            "Print this sheet for the chair of the school's child-protection board. It can give "
            "a sealed case file again to a principal or a counsellor (for example after a "
            "password reset). It does not open the school's data, and the school's recovery key "
            "does not open sealed case files."))
        self.page.sheet_title = self.tr("KimBai Desktop: recovery key for sealed case files")
        self.page.sheet_steps = [
            self.tr("For the chair of the school's child-protection board. Keep it locked away, "
                    "apart from the school's recovery key."),
            self.tr("With it, a sealed case file can be given again to a principal or a "
                    "counsellor who is not named in the case."),
            self.tr("Never copy the key into a file, a message or an e-mail."),
        ]

    def unsaved_warning(self) -> tuple[str, str]:
        return self.tr("Recovery key for sealed case files"), self.tr(
            "Print the sheet for the chair of the child-protection board, then tick the box to "
            "confirm. The key will not be shown again.")
