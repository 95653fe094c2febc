"""The "Cài đặt" page: accounts (principal only), security and backup options and the names of
the agencies the school reports to (edited by the principal, read by everyone), the interface language (applied at the next start) and About."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop import __version__
from kimbai_desktop.domain.access import Permission
from kimbai_desktop.gui.pages.accounts_section import AccountsSection
from kimbai_desktop.gui.pages.agencies_section import AgenciesSection
from kimbai_desktop.gui.pages.preferences_section import PreferencesSection
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.preferences import Preferences

# Language names are written in their own language, so they are not translated.
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


class SettingsPage(QWidget):
    """Settings of the database (accounts, options) and of this computer (language)."""

    def __init__(
        self,
        settings: AppSettings,
        running_language: str,
        session: Any,
        worker: DbWorker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.running_language = running_language

        heading = heading_label(self.tr("Settings"), self)
        self.accounts: AccountsSection | None = None
        if session.can(Permission.MANAGE_ACCOUNTS):
            self.accounts = AccountsSection(session, worker, self)
        self.preferences = PreferencesSection(session, worker, self)
        self.agencies = AgenciesSection(session, worker, self)

        language_box = QGroupBox(self.tr("Interface language"), self)
        self.language = QComboBox(language_box)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(0, index))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language.setMinimumContentsLength(16)
        self.language_note = hint_label(
            self.tr("The new language is used the next time KimBai Desktop starts."), language_box
        )
        self.language_note.setVisible(settings.language != running_language)
        language_label = QLabel(self.tr("&Language"), language_box)
        language_label.setBuddy(self.language)
        language_form = QFormLayout(language_box)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_form.addRow(language_label, self.language)
        language_form.addRow("", self.language_note)

        about_box = QGroupBox(self.tr("About KimBai Desktop"), self)
        about = QLabel(
            self.tr(
                "Child protection records for a primary school: case files, the register, the "
                "training log and reports. The data is encrypted and stays on this computer."
            ),
            about_box,
        )
        about.setWordWrap(True)
        self.version_label = QLabel(__version__, about_box)
        self.data_dir_label = QLabel(str(session.data_dir), about_box)
        self.data_dir_label.setWordWrap(True)
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        licence = QLabel(self.tr("Free software under the GNU GPL, version 3 or later."), about_box)
        licence.setWordWrap(True)
        about_form = QFormLayout()
        about_form.addRow(self.tr("Version:"), self.version_label)
        about_form.addRow(self.tr("Data folder:"), self.data_dir_label)
        about_layout = QVBoxLayout(about_box)
        about_layout.addWidget(about)
        about_layout.addLayout(about_form)
        about_layout.addWidget(licence)

        holder = QWidget(self)
        content = QVBoxLayout(holder)
        content.setContentsMargins(0, 0, 12, 0)
        content.addWidget(heading)
        if self.accounts is not None:
            content.addWidget(self.accounts)
        content.addWidget(self.preferences)
        content.addWidget(self.agencies)
        content.addWidget(language_box)
        content.addWidget(about_box)
        content.addStretch(1)
        holder.setMaximumWidth(1000)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def load(self) -> None:
        if self.accounts is not None:
            self.accounts.load()
        self.agencies.load()

    def show_accounts(self) -> None:
        """Bring the accounts into view and offer to add one (the overview's first steps)."""
        if self.accounts is not None:
            self.scroll_area.ensureWidgetVisible(self.accounts.add_button)
            self.accounts.add_button.setFocus()

    def set_preferences(self, prefs: Preferences) -> None:
        self.preferences.set_preferences(prefs)

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        self.settings.language = code
        self.language_note.setVisible(code != self.running_language)

    def clear(self) -> None:
        if self.accounts is not None:
            self.accounts.clear()
        self.preferences.clear()
        self.agencies.clear()
