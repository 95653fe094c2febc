""""Giới thiệu": the version, where the data lives, and the licences of the bundled font and
libraries (read from the installed packages' metadata, so the list stays true)."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop import __version__
from kimbai_desktop.config import resource_path
from kimbai_desktop.gui.widgets import heading_label


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# (distribution name, what it does here); the licence comes from the package's metadata.
LIBRARIES = (
    ("PySide6-Essentials", QT_TRANSLATE_NOOP("AboutDialog", "the window (Qt)")),
    ("SQLAlchemy", QT_TRANSLATE_NOOP("AboutDialog", "database access")),
    ("sqlcipher3", QT_TRANSLATE_NOOP("AboutDialog", "encrypted database (SQLCipher 4)")),
    ("alembic", QT_TRANSLATE_NOOP("AboutDialog", "database upgrades")),
    ("argon2-cffi", QT_TRANSLATE_NOOP("AboutDialog", "password protection (Argon2id)")),
    ("cryptography", QT_TRANSLATE_NOOP("AboutDialog", "key encryption")),
    ("reportlab", QT_TRANSLATE_NOOP("AboutDialog", "PDF documents")),
    ("pypdfium2", QT_TRANSLATE_NOOP("AboutDialog", "PDF preview (PDFium)")),
    ("python-docx", QT_TRANSLATE_NOOP("AboutDialog", "Word documents (.docx)")),
    ("babel", QT_TRANSLATE_NOOP("AboutDialog", "Vietnamese dates and numbers")),
    ("holidays", QT_TRANSLATE_NOOP("AboutDialog", "public holidays of Vietnam")),
    ("openpyxl", QT_TRANSLATE_NOOP("AboutDialog", "Excel files")),
    ("pikepdf", QT_TRANSLATE_NOOP("AboutDialog", "password-protected PDF files (AES-256)")),
    ("msoffcrypto-tool", QT_TRANSLATE_NOOP("AboutDialog", "password-protected Excel and Word files")),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "data folder")),
    ("filelock", QT_TRANSLATE_NOOP("AboutDialog", "one copy open at a time")),
)


# Packages whose metadata names no licence.
KNOWN_LICENCES = {"sqlcipher3": "zlib; SQLCipher Community Edition: BSD-3-Clause"}


def licence_of(distribution: str) -> tuple[str, str]:
    """(version, licence) of an installed distribution, or ("", "") when it is not found."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return "", ""
    licence = meta.get("License-Expression") or ", ".join(
        c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
        if c.startswith("License ::"))
    if not licence:
        lines = (meta.get("License") or "").strip().splitlines()
        licence = lines[0] if lines else KNOWN_LICENCES.get(distribution, "")
    return meta.get("Version") or "", licence[:80]


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About KimBai Desktop"))
        title = heading_label(self.tr("KimBai Desktop {version}").format(version=__version__),
                              self, scale=1.3)
        purpose = QLabel(self.tr(
            "Child protection records for a primary school: case files, the register of "
            "children in special circumstances, training and awareness work, official reports. "
            "Offline; everything is kept in one encrypted database."), self)
        purpose.setWordWrap(True)
        details = QLabel(self)
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = [
            self.tr("Data folder: {folder}").format(folder=data_dir or "—"),
            f"Python {sys.version.split()[0]} · Qt {qVersion()} · PySide6 {pyside_version}",
        ]
        details.setText("\n".join(lines))

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"),
                                              self.tr("Licence")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        rows = [("Liberation Serif 2", "2.1.5", "SIL Open Font License 1.1")]
        for name, role in LIBRARIES:
            version, licence = licence_of(name)
            rows.append((f"{name} ({self.tr(role)})", version, licence))
        for row in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # a long name or licence is elided: the whole on hover
                self.table.setItem(r, c, item)
        # The table fits the dialog (no sideways scrolling): names and licences share the width
        # and are elided, with the full text as a tooltip.
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        font_note = QLabel(self.tr("The font's licence is in {file}.").format(
            file=resource_path("resources", "fonts", "LICENSE-LiberationSerif.txt")), self)
        font_note.setWordWrap(True)
        font_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addWidget(details)
        layout.addWidget(self.table, 1)
        layout.addWidget(font_note)
        layout.addWidget(buttons)
        self.resize(720, 520)
