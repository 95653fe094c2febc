"""The first-run wizard (thiết lập lần đầu): school profile, the principal's account, recovery key.

The database is created on the worker thread (Argon2 takes about half a second) while the wizard
shows a busy bar; then the recovery key page shows the key once and asks for confirmation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.school import (
    MIN_PASSWORD_LENGTH,
    SchoolProfile,
    validate_new_password,
    validate_school_profile,
    validate_username,
)
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.recovery_key_page import RecoveryKeyPage
from kimbai_desktop.gui.school_form import SchoolProfileForm, default_school_year
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import BusyBar, FieldBox, FieldError, focus_first_wrong
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.setup import initialize_school

DEFAULT_USERNAME = "hieutruong"
_ACCOUNT_FIELDS = {
    "full_name": "full_name",
    "admin_full_name": "full_name",
    "username": "username",
    "admin_username": "username",
    "password": "password",
    "confirm": "confirm",
}


class WelcomePage(QWizardPage):
    """What the application is and what the setup will do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to KimBai Desktop"))
        self.setSubTitle(self.tr("First-time setup for your school"))
        paragraphs = [
            self.tr(
                "KimBai Desktop keeps the school's child protection records: case files, the "
                "register of children in special circumstances, the training log and reports."
            ),
            self.tr(
                "Everything stays on this computer, encrypted. Nothing is sent over the Internet, "
                "and nobody can read the data without a password."
            ),
            self.tr(
                "In the next steps you enter the school's details, create the principal's account "
                "and receive a recovery key to print and keep in a safe place. It takes about "
                "five minutes."
            ),
        ]
        layout = QVBoxLayout(self)
        for text in paragraphs:
            label = QLabel(text, self)
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addSpacing(4)
        layout.addStretch(1)


class SchoolProfilePage(QWizardPage):
    """The six fields of the school profile, checked before going on."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your school"))
        self.setSubTitle(
            self.tr("These details appear at the top and bottom of every document KimBai prints.")
        )
        self.form = SchoolProfileForm(self)
        self.form.fields["school_year"].setText(default_school_year(today))
        self.profile: SchoolProfile | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.form.first_field().setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            self.profile = validate_school_profile(self.form.profile())
        except ValidationError as err:
            self.form.show_errors(messages.field_messages(err))
            return False
        self.form.clear_errors()
        return True


class AccountPage(QWizardPage):
    """The principal's account. Going on creates the database (a commit page: no way back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The principal's account"))
        self.setSubTitle(
            self.tr(
                "The principal signs in with this account and can later add accounts for "
                "other staff."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the database"))
        self.busy = False
        self.created = False
        self._name_was_prefilled = True

        self.full_name = QLineEdit(self)
        apply_limit(self.full_name, limits.NAME)
        self.full_name.textEdited.connect(self._full_name_edited)
        self.username = QLineEdit(DEFAULT_USERNAME, self)
        self.username.setMaxLength(32)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(self.tr("&Show the password"), self)
        self.show_password.toggled.connect(self._toggle_echo)

        self.boxes = {
            "full_name": FieldBox(
                self.full_name, self.tr("Shown in the program and in the activity log."), self
            ),
            "username": FieldBox(
                self.username,
                self.tr(
                    "Used to sign in: lower-case letters without accents, digits, dot, dash or "
                    "underscore, for example hieutruong."
                ),
                self,
            ),
            "password": FieldBox(
                self.password,
                self.tr(
                    "At least {min} characters. A short sentence that only you know is easy "
                    "to remember and hard to guess."
                ).format(min=MIN_PASSWORD_LENGTH),
                self,
            ),
            "confirm": FieldBox(self.confirm, "", self),
        }
        labels = {
            "full_name": self.tr("&Full name"),
            "username": self.tr("&Account name"),
            "password": self.tr("&Password"),
            "confirm": self.tr("Con&firm the password"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, box in self.boxes.items():
            label = QLabel(labels[name], self)
            label.setBuddy(box.editor)
            form.addRow(label, box)
        form.addRow("", self.show_password)
        self.page_error = FieldError(self)
        self.busy_bar = BusyBar(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.page_error)
        layout.addStretch(1)
        layout.addWidget(self.busy_bar)
        QWidget.setTabOrder(self.full_name, self.username)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.confirm)
        QWidget.setTabOrder(self.confirm, self.show_password)

    def _full_name_edited(self, _text: str) -> None:
        self._name_was_prefilled = False

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def prefill_full_name(self, principal_name: str) -> None:
        """Copy the principal's name from the profile, unless the user typed another one."""
        if self._name_was_prefilled or not self.full_name.text().strip():
            self.full_name.setText(principal_name)
            self._name_was_prefilled = True

    def has_typed_data(self) -> bool:
        return bool(self.password.text() or self.confirm.text())

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard) and wizard.school_page.profile is not None:
            self.prefill_full_name(wizard.school_page.profile.principal_name)
        target = self.password if self.full_name.text().strip() else self.full_name
        target.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.busy and super().isComplete()

    def show_errors(self, field_messages: dict[str, str]) -> None:
        for box in self.boxes.values():
            box.set_error("")
        self.page_error.clear()
        other: list[str] = []
        for field, text in field_messages.items():
            name = _ACCOUNT_FIELDS.get(field)
            if name is None:
                other.append(text)
                continue
            self.boxes[name].set_error(text)
        if other:
            self.page_error.set_message("\n".join(other))
        focus_first_wrong(self.boxes.values())

    def check(self) -> bool:
        """Validate the account fields; show what is wrong beside each field."""
        found: dict[str, str] = {}
        if not self.full_name.text().strip():
            found["full_name"] = self.tr("Enter the principal's full name.")
        for fn, args in (
            (validate_username, (self.username.text(),)),
            (validate_new_password, (self.password.text(), self.confirm.text())),
        ):
            try:
                fn(*args)
            except ValidationError as err:
                found.update(messages.field_messages(err))
        self.show_errors(found)
        return not found

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.created:
            return True
        if self.busy or not self.check():
            return False
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard):
            wizard.start_creation()
        return False

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for box in self.boxes.values():
            box.editor.setEnabled(not busy)
        self.show_password.setEnabled(not busy)
        if busy:
            self.busy_bar.start(
                self.tr("Creating the encrypted database. This takes a few seconds...")
            )
        else:
            self.busy_bar.stop()
        self.completeChanged.emit()


class SetupWizard(QWizard):
    """Runs the first-time setup. ``created`` carries the new account name (kept in memory only)."""

    created = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        worker: DbWorker,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.worker = worker
        self.today = today or date.today()
        self.recovery_key = ""
        self.username = ""
        self.setWindowTitle("KimBai Desktop")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.welcome_page = WelcomePage(self)
        self.school_page = SchoolProfilePage(self.today, self)
        self.account_page = AccountPage(self)
        self.key_page = RecoveryKeyPage(self)
        self.guide_button = QPushButton(self.tr("Open the &getting started guide..."), self)
        self.guide_button.setToolTip(self.tr(
            "What to do next: accounts for the staff, the class list, the daily backup"))
        self.guide_button.clicked.connect(self.show_guide)
        self.key_page.add_footer(self.guide_button)
        for page in (self.welcome_page, self.school_page, self.account_page, self.key_page):
            self.addPage(page)
        self.setMinimumSize(760, 620)

    def show_guide(self) -> None:
        from kimbai_desktop.gui.guide_dialog import show_guide

        show_guide(self)

    # -- creating the database -----------------------------------------------------------------

    def start_creation(self) -> None:
        profile = self.school_page.profile
        assert profile is not None
        page = self.account_page
        page.set_busy(True)
        self._set_buttons_enabled(False)
        self.worker.submit(
            initialize_school,
            self.data_dir,
            profile,
            page.username.text(),
            page.full_name.text(),
            page.password.text(),
            on_done=self._on_created,
            on_error=self._on_failed,
            context=self,
        )

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(enabled)

    def _on_created(self, recovery_key: str) -> None:
        page = self.account_page
        self.recovery_key = recovery_key
        self.username = page.username.text().strip().lower()
        page.created = True
        page.password.clear()
        page.confirm.clear()
        page.set_busy(False)
        self._set_buttons_enabled(True)
        profile = self.school_page.profile
        school = profile.school_name if profile is not None else ""
        self.key_page.set_key(recovery_key, school, self.today)
        self.next()
        self.created.emit(self.username)

    def _on_failed(self, exc: BaseException) -> None:
        page = self.account_page
        page.set_busy(False)
        self._set_buttons_enabled(True)
        if isinstance(exc, ValidationError):
            found = messages.field_messages(exc)
            school_fields = {k: v for k, v in found.items() if k in self.school_page.form.fields}
            page.show_errors({k: v for k, v in found.items() if k not in school_fields})
            if school_fields:
                self.back()
                self.school_page.form.show_errors(school_fields)
            return
        messages.show_error(self, exc)

    # -- leaving ---------------------------------------------------------------------------------

    def has_typed_data(self) -> bool:
        return not self.school_page.form.is_empty() or self.account_page.has_typed_data()

    def reject(self) -> None:
        if self.account_page.busy:
            return
        if self.account_page.created:
            if self.key_page.saved_check.isChecked():
                self.accept()
                return
            messages.warning(
                self,
                self.tr("Recovery key"),
                self.tr(
                    "Print or write down the recovery key, then tick the box to confirm. "
                    "It will not be shown again."
                ),
            )
            return
        if self.has_typed_data() and not messages.confirm(
            self,
            self.tr("Cancel the setup"),
            self.tr("Stop the setup? What you have typed will be lost."),
        ):
            return
        super().reject()
