"""When a child's information would leave the school without a recorded consent (a referral, a
complete dossier saved to a file): say so plainly, say what to do (record the consent first),
and offer only the reasons the law allows sharing without it, with a note that is audited and
printed in the dossier (services/sharing.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import ShareReason
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import FieldBox, heading_label, share_lock_shortcut
from kimbai_desktop.services.sharing import ShareOverride, check_override


class ShareOverrideDialog(QDialog):
    """Cancel (Esc) is the default way out; sharing needs a reason and a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)
        self.chosen: ShareOverride | None = None
        explain = QLabel(self.tr(
            "No consent of the family is recorded for sharing this child's information outside "
            "the school. What to do: close this window, press “Consent...” in the case file, "
            "record the consent of the parent or caregiver (and of the child from age 7), then "
            "do it again.\n\nWithout consent the law allows sharing only in the cases below. "
            "Your reason is written in the case's chronology and the access log, and printed "
            "in the dossier.\n\nNotifying 111, the commune, the police or the child protection "
            "authority is the school's duty and never needs consent: record it with "
            "“Record a call”."), self)
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Consent is not recorded"), self, 1.2))
        layout.addWidget(explain)
        for reason in ShareReason:
            button = QRadioButton(labels.label(reason), self)
            button.setProperty("reason", reason.value)
            self.reasons.addButton(button)
            layout.addWidget(button)
        self.reasons.buttonToggled.connect(lambda *_: self._reason_changed())
        self.note = QLineEdit(self)
        apply_limit(self.note, limits.LABEL)
        self.note_box = FieldBox(self.note, self.tr(
            "Choose a reason first."), self)
        caption = QLabel(self.tr("&Note:"), self)
        caption.setBuddy(self.note)
        layout.addWidget(caption)
        layout.addWidget(self.note_box)
        buttons = QDialogButtonBox(self)
        self.share_button = buttons.addButton(self.tr("&Share for this reason"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter alone never shares without consent
        self.share_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        share_lock_shortcut(self)
        self.setMinimumWidth(560)
        self._reason_changed()

    def reason(self) -> ShareReason | None:
        button = self.reasons.checkedButton()
        return ShareReason.from_id(button.property("reason")) if button is not None else None

    def _reason_changed(self) -> None:
        reason = self.reason()
        self.note.setEnabled(reason is not None)
        self.share_button.setEnabled(reason is not None)
        hints = {
            ShareReason.CHILD_SAFETY: self.tr("What danger the child is in, in a few words."),
            ShareReason.AUTHORITY_REQUEST: self.tr(
                "Which authority asked, the number and date of its written request."),
        }
        if self.note_box.hint is not None:
            self.note_box.hint.setText(hints[reason] if reason else self.tr(
                "Choose a reason first."))
        if reason is not None:
            self.note.setFocus()

    def accept(self) -> None:
        reason = self.reason()
        if reason is None:
            return
        try:
            self.chosen = check_override(ShareOverride(reason, self.note.text()))
        except ValidationError as exc:
            self.note_box.set_error(messages.field_messages(exc).get("note", ""))
            self.note.setFocus()
            return
        super().accept()


def ask_share_override(parent: QWidget | None,
                       on_chosen: Callable[[ShareOverride], None]) -> ShareOverrideDialog:
    """Open the dialog without blocking; ``on_chosen(override)`` if the user shares anyway."""
    dialog = ShareOverrideDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            on_chosen(dialog.chosen)

    dialog.finished.connect(done)
    dialog.open()
    return dialog
