"""Options in "Cài đặt": auto-lock, clipboard clearing, automatic backups, the review schedule
of the register, the school's days off and make-up working days that deadlines use (Vietnam's
public holidays come from the ``holidays`` package) and the order of pupils sharing a given name.

Stored in the encrypted database (``services.preferences``). The principal changes them; other
roles see them read-only. ``saved(prefs)`` lets the controller apply new values at once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.formatting import format_date, parse_date
from kimbai_desktop.domain.public_holidays import holiday_names, public_holidays
from kimbai_desktop.domain.text import NameOrder
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.widgets import FieldError, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.preferences import RANGES, Preferences, save_preferences

NUMBERS = ("auto_lock_minutes", "clipboard_clear_seconds", "auto_backup_keep",
           "review_interval_days", "first_review_days", "report_now_hours", "emergency_hours",
           "result_report_days", "plan_working_days", "case_review_days",
           "case_retention_years", "leaver_retention_years", "training_retention_years")


class PreferencesSection(QGroupBox):
    """The options; ``set_preferences`` fills them, Save stores them (principal only)."""

    saved = Signal(object)

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Security, backups, deadlines and lists"))
        self.session = session
        self.worker = worker
        self.can_edit = bool(session.can(Permission.EDIT_SETTINGS))
        self.saving = False
        self.loaded: Preferences | None = None

        self.spins: dict[str, QSpinBox] = {}
        suffixes = {
            "auto_lock_minutes": self.tr(" minutes"),
            "clipboard_clear_seconds": self.tr(" seconds"),
            "auto_backup_keep": self.tr(" backups"),
            "review_interval_days": self.tr(" days"),
            "first_review_days": self.tr(" days"),
            "report_now_hours": self.tr(" hours"),
            "emergency_hours": self.tr(" hours"),
            "plan_working_days": self.tr(" working days"),
            "result_report_days": self.tr(" days"),
            "case_review_days": self.tr(" days"),
            "case_retention_years": self.tr(" years"),
            "leaver_retention_years": self.tr(" years"),
            "training_retention_years": self.tr(" years"),
        }
        for name in NUMBERS:
            spin = QSpinBox(self)
            low, high = RANGES[name]
            spin.setRange(low, high)
            spin.setSuffix(suffixes[name])
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("000" + suffixes[name]) + 40)
            spin.valueChanged.connect(self._edited)
            self.spins[name] = spin
        self.daily = QCheckBox(self.tr("Make an automatic &backup every day and on exit"), self)
        self.daily.toggled.connect(self._edited)

        captions = {
            "auto_lock_minutes": self.tr("&Lock the screen after"),
            "clipboard_clear_seconds": self.tr("&Clear copied text after"),
            "auto_backup_keep": self.tr("&Keep the last"),
            "review_interval_days": self.tr("&Review each child every"),
            "first_review_days": self.tr("&First review after"),
            "report_now_hours": self.tr("Report &at once within"),
            "emergency_hours": self.tr("&Emergency measures within"),
            "plan_working_days": self.tr("Support &plan within"),
            "result_report_days": self.tr("Written &result report within"),
            "case_review_days": self.tr("Case re&view after"),
            "case_retention_years": self.tr("Keep closed case &files"),
            "leaver_retention_years": self.tr("Keep pupils who le&ft"),
            "training_retention_years": self.tr("Keep trai&ning records"),
        }
        hints = {
            "auto_lock_minutes": self.tr("Without keyboard or mouse input. From {low} to {high}."),
            "clipboard_clear_seconds": self.tr(
                "Text copied from KimBai Desktop is removed from the clipboard. From {low} to "
                "{high}."
            ),
            "auto_backup_keep": self.tr(
                "Automatic backups kept in the data folder; older ones are deleted. From {low} "
                "to {high}."
            ),
            "review_interval_days": self.tr(
                "Periodic review of children in the register; about one semester is 135. From "
                "{low} to {high}."
            ),
            "first_review_days": self.tr(
                "After a child enters the register. From {low} to {high}."
            ),
            "report_now_hours": self.tr(
                "From receipt: \"thông báo ngay\" (Nghị định 56). 4 hours is one working "
                "session, while the people to call are at work. From {low} to {high}."
            ),
            "emergency_hours": self.tr(
                "From receipt, for urgent cases (Nghị định 56: 12 hours). From {low} to {high}."
            ),
            "plan_working_days": self.tr(
                "The commune's deadline, from receipt (Nghị định 56: 5 working days); the school "
                "waits for it and follows up. From {low} to {high}."
            ),
            "result_report_days": self.tr(
                "From discovery (the school's plan: 3 days). From {low} to {high}."
            ),
            "case_review_days": self.tr(
                "From the approval of the plan. From {low} to {high}."
            ),
            "case_retention_years": self.tr(
                "After the case is closed; then the overview lists it as due for destruction. "
                "The school's own choice: no text found fixes it (check the table of Thông tư "
                "27/2016/TT-BGDĐT). From {low} to {high}."),
            "leaver_retention_years": self.tr(
                "After a pupil left the school (the register entry). The school's own choice. "
                "From {low} to {high}."),
            "training_retention_years": self.tr(
                "After the activity; for the school's archive list, not deleted by the "
                "program. The access log and the register of issued documents are kept. From "
                "{low} to {high}."),
        }
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in NUMBERS:
            low, high = RANGES[name]
            field = QWidget(self)
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            row = QHBoxLayout()
            row.addWidget(self.spins[name])
            row.addWidget(hint_label(hints[name].format(low=low, high=high), field), 1)
            column.addLayout(row)
            self.errors[name] = FieldError(field)
            column.addWidget(self.errors[name])
            caption = QLabel(captions[name], self)
            caption.setBuddy(self.spins[name])
            form.addRow(caption, field)
        form.addRow("", self.daily)
        self.holidays = self._date_box(form, "holidays", self.tr("School's own &days off"), self.tr(
            "Vietnam's public holidays are counted already (Tết, Giỗ Tổ Hùng Vương, 30/4, 1/5, "
            "both National Day holidays, nghỉ bù): add only the days the school itself is off. "
            "One date per line, dd/mm/yyyy."))
        self.workdays = self._date_box(form, "workdays", self.tr("&Make-up working days"), self.tr(
            "A Saturday or Sunday the school works to make up for a day off: it counts as a "
            "working day. One date per line, dd/mm/yyyy."))
        self.public_days = hint_label("", self)
        self.public_days.setObjectName("publicHolidays")
        form.addRow(QLabel(self.tr("Public holidays"), self), self.public_days)

        self.name_order = QComboBox(self)
        self.name_order.setObjectName("nameOrder")
        self.name_order.addItem(self.tr("Family name, then middle name (as school class lists)"),
                                NameOrder.GIVEN_FAMILY_MIDDLE.value)
        self.name_order.addItem(self.tr("Middle name, then family name"),
                                NameOrder.GIVEN_MIDDLE_FAMILY.value)
        self.name_order.currentIndexChanged.connect(self._edited)
        order_field = QWidget(self)
        order_column = QVBoxLayout(order_field)
        order_column.setContentsMargins(0, 0, 0, 0)
        order_column.addWidget(self.name_order)
        order_column.addWidget(hint_label(self.tr(
            "Lists sort by given name. Among pupils (and staff) with the same given name, the "
            "first choice puts Lê Thị Anh before Nguyễn An Anh, the second the other way round. "
            "It applies to the register, its Excel and printed lists."), self))
        self.errors["name_order"] = FieldError(order_field)
        order_column.addWidget(self.errors["name_order"])
        order_caption = QLabel(self.tr("Same &given name"), self)
        order_caption.setBuddy(self.name_order)
        form.addRow(order_caption, order_field)

        self.save_button = QPushButton(self.tr("&Save the options"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.page_error = FieldError(self)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        if not self.can_edit:
            layout.addWidget(
                hint_label(self.tr("Only the principal can change these options."), self)
            )
        layout.addLayout(form)
        layout.addWidget(self.page_error)
        layout.addLayout(row)
        self.save_button.setVisible(self.can_edit)
        self._set_enabled(False)

    def _date_box(self, form: QFormLayout, name: str, caption_text: str,
                  hint: str) -> QPlainTextEdit:
        """A box of dates, one per line, with its hint and error line under it."""
        box = QPlainTextEdit(self)
        box.setObjectName(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 16)
        box.textChanged.connect(self._edited)
        field = QWidget(self)
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(box)
        column.addWidget(hint_label(hint, self))
        self.errors[name] = FieldError(field)
        column.addWidget(self.errors[name])
        caption = QLabel(caption_text, self)
        caption.setBuddy(box)
        form.addRow(caption, field)
        return box

    def _show_public_holidays(self) -> None:
        """This year's public holidays (from the ``holidays`` package), so the school sees what
        is counted already; the names in the tooltip."""
        year = (self.session.clock.now() if self.session is not None else datetime.now()).year
        names = holiday_names(year, "en_US" if labels.language() == "en" else "vi")
        days = sorted(public_holidays(year))
        self.public_days.setText(self.tr("Counted already in {year}: {days}").format(
            year=year, days=", ".join(_ranges(days))))
        self.public_days.setToolTip("\n".join(
            f"{format_date(d)}: {names.get(d, '')}" for d in days))

    def _set_enabled(self, loaded: bool) -> None:
        editable = loaded and self.can_edit and not self.saving
        for spin in self.spins.values():
            spin.setEnabled(editable)
        self.daily.setEnabled(editable)
        self.name_order.setEnabled(editable)
        self.holidays.setReadOnly(not editable)
        self.workdays.setReadOnly(not editable)
        self.save_button.setEnabled(editable and self.is_dirty())

    def set_preferences(self, prefs: Preferences) -> None:
        self.loaded = prefs
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(int(getattr(prefs, name)))
            spin.blockSignals(False)
        self.daily.blockSignals(True)
        self.daily.setChecked(prefs.daily_backup)
        self.daily.blockSignals(False)
        for box, days in ((self.holidays, prefs.holidays), (self.workdays, prefs.workdays)):
            box.blockSignals(True)
            box.setPlainText("\n".join(format_date(date.fromisoformat(d)) for d in sorted(days)))
            box.blockSignals(False)
        self._show_public_holidays()
        self.name_order.blockSignals(True)
        self.name_order.setCurrentIndex(max(0, self.name_order.findData(prefs.name_order)))
        self.name_order.blockSignals(False)
        self._set_enabled(True)

    def edited_preferences(self) -> Preferences | None:
        if self.loaded is None:
            return None
        values: dict[str, Any] = {name: spin.value() for name, spin in self.spins.items()}
        values["daily_backup"] = self.daily.isChecked()
        values["holidays"] = _typed_dates(self.holidays)
        values["workdays"] = _typed_dates(self.workdays)
        values["name_order"] = self.name_order.currentData()
        return replace(self.loaded, **values)

    def is_dirty(self) -> bool:
        return self.loaded is not None and self.edited_preferences() != self.loaded

    def _edited(self, *_args: Any) -> None:
        self.status.clear()
        self.page_error.clear()
        for error in self.errors.values():
            error.clear()
        self.save_button.setEnabled(self.can_edit and not self.saving and self.is_dirty())

    def save(self) -> None:
        prefs = self.edited_preferences()
        if not self.can_edit or self.saving or prefs is None or self.session is None:
            return
        self.saving = True
        self._set_enabled(True)
        self.worker.submit(
            save_preferences,
            self.session,
            prefs,
            on_done=self._on_saved,
            on_error=self._on_failed,
            context=self,
        )

    def _on_saved(self, prefs: Preferences) -> None:
        self.saving = False
        self.set_preferences(prefs)
        self.status.setText(self.tr("The options have been saved."))
        self.saved.emit(prefs)

    def _on_failed(self, exc: BaseException) -> None:
        self.saving = False
        self._set_enabled(True)
        if isinstance(exc, ValidationError):
            rest = []
            for field, text in messages.field_messages(exc).items():
                if field in self.errors:
                    self.errors[field].set_message(text)
                else:
                    rest.append(text)
            self.page_error.set_message("\n".join(rest))
            return
        messages.show_error(self, exc)

    def clear(self) -> None:
        self.session = None
        self.loaded = None
        self._set_enabled(False)


def _typed_dates(box: QPlainTextEdit) -> tuple[str, ...]:
    """ISO dates from the box; a line that is not a date is kept as typed (the service refuses
    it and the message appears beside the box)."""
    days = []
    for line in box.toPlainText().replace(",", "\n").splitlines():
        text = line.strip()
        if not text:
            continue
        try:
            days.append(parse_date(text).isoformat())
        except ValueError:
            days.append(text)
    return tuple(sorted(set(days)))


def _ranges(days: list[date]) -> list[str]:
    """Runs of consecutive days as "16/02-20/02", single days as "30/04"."""
    out: list[str] = []
    start = prev = None
    for d in [*days, None]:
        if d is not None and prev is not None and d == prev + timedelta(days=1):
            prev = d
            continue
        if start is not None and prev is not None:
            first = start.strftime("%d/%m")
            out.append(first if start == prev else f"{first}-{prev.strftime('%d/%m')}")
        start = prev = d
    return out
