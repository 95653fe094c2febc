"""The last page of the first-run wizard: the recovery key, shown once, with printing.

The key is the only way back into the data if every password is forgotten, so Finish stays
disabled until the user ticks "I have printed or written down the recovery key".
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kimbai_desktop.gui import messages, printing

GROUPS_PER_LINE = 5


def key_lines(key: str) -> list[str]:
    """Split ``ABCD-EFGH-...`` into lines of a few groups each, easier to copy by hand."""
    groups = [g for g in key.strip().split("-") if g]
    return [
        "-".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


class RecoveryKeyPage(QWizardPage):
    """Shows the key large in a monospace font, prints it, and requires the confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr("It is shown only this once. Print it or write it down before you finish.")
        )
        self._key = ""
        self._school_name = ""
        # Another key's sheet (the sealed-file recovery key): its own title and instructions.
        self.sheet_title: str | None = None
        self.sheet_steps: list[str] | None = None
        self._today = date.today()

        self.explain = explain = QLabel(
            self.tr(
                "If every password is forgotten, this key is the only way to open the school's "
                "data again. Nobody else can recover it, not even the makers of KimBai Desktop."
            ),
            self,
        )
        explain.setWordWrap(True)
        keep = QLabel(
            self.tr(
                "Keep the paper in a locked place, such as the school's safe. Do not save the key "
                "on this computer and do not send it by message or e-mail."
            ),
            self,
        )
        keep.setWordWrap(True)

        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0) * 2.0)
        mono.setBold(True)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(mono)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(12, 12, 12, 12)
        frame_layout.addWidget(self.key_label)

        self.print_button = QPushButton(self.tr("&Print the recovery key..."), self)
        self.print_button.clicked.connect(self.print_key)
        self.print_status = QLabel(self)
        self.print_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.print_status, 1)

        self.saved_check = QCheckBox(
            self.tr("I have &printed or written down the recovery key"), self
        )
        bold = QFont(self.saved_check.font())
        bold.setBold(True)
        self.saved_check.setFont(bold)
        self.registerField("recoveryKeySaved*", self.saved_check)

        self.footer = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addSpacing(6)
        layout.addWidget(frame)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addWidget(keep)
        layout.addStretch(1)
        layout.addWidget(self.saved_check)
        layout.addLayout(self.footer)

    def add_footer(self, widget: QWidget) -> None:
        """A widget under the confirmation (the wizard's link to the getting-started guide)."""
        self.footer.addWidget(widget)
        self.footer.addStretch(1)

    def set_key(self, key: str, school_name: str, today: date) -> None:
        self._key = key
        self._school_name = school_name
        self._today = today
        self.key_label.setText("\n".join(key_lines(key)))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.print_button.setFocus()

    def print_html(self) -> str:
        """The printed sheet: school, date, key and what to do with it."""
        esc = html.escape
        lines = "<br/>".join(esc(line) for line in key_lines(self._key))
        steps = [
            self.tr("Keep this sheet in a locked place, such as the school's safe."),
            self.tr(
                "If every password is forgotten, this key opens the data again so that a new "
                "password can be set."
            ),
            self.tr(
                "Anyone who has this key and a copy of the data can read it: never copy the key "
                "into a file, a message or an e-mail."
            ),
        ]
        steps = self.sheet_steps or steps
        items = "".join(f"<li>{esc(s)}</li>" for s in steps)
        title = esc(self.sheet_title or self.tr("KimBai Desktop recovery key"))
        school = esc(self.tr("School:"))
        created = esc(self.tr("Created on:"))
        return (
            "<html><body style='font-family: serif; font-size: 13pt;'>"
            f"<h2 style='text-align: center;'>{title}</h2>"
            f"<p><b>{school}</b> {esc(self._school_name)}<br/>"
            f"<b>{created}</b> {self._today:%d/%m/%Y}</p>"
            "<p style='font-family: monospace; font-size: 20pt; font-weight: bold; "
            f"text-align: center;'>{lines}</p>"
            f"<ul>{items}</ul>"
            "</body></html>"
        )

    def print_key(self) -> None:
        try:
            printed = printing.print_html(self, self.print_html())
        except Exception as exc:  # noqa: BLE001 - printer trouble must not lose the key page
            messages.show_error(self, exc)
            return
        if printed:
            self.print_status.setText(self.tr("Sent to the printer. Check that the page came out."))
