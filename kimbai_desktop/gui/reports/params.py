"""The parameters and document fields of the chosen report, built into a
:class:`~kimbai_desktop.reports.catalogue.ReportRequest`.

Only what the chosen kind uses is shown: the period (Học kỳ I / Học kỳ II / Cả năm học / chosen
dates typed dd/mm/yyyy), the case (picked by its code, never by a child's name) and the
de-identified switch, the activity for an attendance sheet, the inspection for its minute, the
recipients, the signature block
(with a KT./TM. line and the name from the school profile) and the editable text (the periodic
report's assessment, the plan's body). Recipients and text keep the defaults of the last
preview until the user edits them; the edits are kept per kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.enums import Semester
from kimbai_desktop.domain.formatting import NoSuchDate, format_date
from kimbai_desktop.domain.training import semester_of
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import FieldError, hint_label
from kimbai_desktop.reports.catalogue import ReportKind, ReportRequest
from kimbai_desktop.reports.document import Signer
from kimbai_desktop.reports.yearly_plan import with_basis
from kimbai_desktop.services import cases, documents, inspections, training
from kimbai_desktop.services.periodic_report import report_period

CASE_KINDS = (ReportKind.INTAKE, ReportKind.RESULT, ReportKind.DOSSIER)
TEXT_KINDS = (ReportKind.PERIODIC, ReportKind.PLAN)
PRESETS = ("first", "second", "year", "custom")
PRINCIPAL = "HIỆU TRƯỞNG"


@dataclass(frozen=True)
class Setup:
    """What the page needs before the first preview (loaded on the worker)."""

    kinds: list[ReportKind]
    school_year: str
    today: date
    principal: str
    cases: list[tuple[int, str]] = field(default_factory=list)  # (id, "code · forms · date")
    activities: list[tuple[int, str]] = field(default_factory=list)  # (id, "date · title")
    inspections: list[tuple[int, str]] = field(default_factory=list)  # (id, "date · scope")


def load_setup(session: Any) -> Setup:
    """Runs on the worker: the kinds this user may make, the profile, cases and activities."""
    kinds = documents.available_kinds(session)
    profile = session.school_profile()
    found: list[tuple[int, str]] = []
    if any(k in kinds for k in CASE_KINDS) and session.can(Permission.MANAGE_CASES):
        for brief in cases.list_cases(session, cases.CaseQuery(), limit=1000):
            forms = ", ".join(f.vi for f in brief.forms)
            found.append((brief.id, f"{brief.code} · {forms}"))
    acts: list[tuple[int, str]] = []
    if ReportKind.ATTENDANCE in kinds:
        for year in training.training_years(session)[:2]:
            acts += [(a.id, f"{format_date(a.held_on)} · {a.title}")
                     for a in training.list_activities(session, year)]
    checks: list[tuple[int, str]] = []
    if ReportKind.INSPECTION in kinds:
        for year in training.training_years(session)[:2]:
            checks += [(i.id, f"{format_date(i.held_on)} · {i.scope.splitlines()[0]}")
                       for i in inspections.list_inspections(session, year)]
    return Setup(kinds, profile.school_year, documents.school_today(session),
                 profile.principal_name, found, acts, checks)


def _group(title: str, parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title, parent)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return box, form


class ReportParams(QWidget):
    """``changed`` after any edit that changes the document (the page previews again)."""

    changed = Signal()
    review_wanted = Signal()  # "Xem lại, xóa thêm...": the page opens the review of the copy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: ReportKind | None = None
        self.setup: Setup | None = None
        self._filling = False
        self._texts: dict[ReportKind, str] = {}  # the user's own text, per kind
        self._recipients: dict[ReportKind, str] = {}

        self.period_box, form = _group(self.tr("Period"), self)
        self.preset = QComboBox(self)
        for key, text in zip(PRESETS, (self.tr("Semester I"), self.tr("Semester II"),
                                       self.tr("Whole school year"), self.tr("Chosen dates")),
                             strict=True):
            self.preset.addItem(text, key)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.date_from, self.date_to = DateField(self), DateField(self)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.date_to)
        self.period_error = FieldError(self)
        for f in (self.date_from, self.date_to):
            f.edited.connect(self._dates_edited)
            f.edit.editingFinished.connect(self._dates_edited)
        form.addRow(self.tr("&Period:"), self.preset)
        form.addRow(self.tr("From – to:"), dates)
        form.addRow(self.period_error)
        # statistics for a notice board or a meeting (domain/small_counts.py); the copy for the
        # superior body keeps exact figures
        self.publication = QCheckBox(self.tr(
            "For &publication (notice board, meeting): counts from 1 to 4 shown as “dưới 5”"),
            self)
        self.publication.setToolTip(self.tr(
            "Small counts could point to a child. Cells that would let someone work them out "
            "from the totals are hidden too (“x”). Leave this unticked for the report to the "
            "superior body, which keeps the exact figures."))
        self.publication.toggled.connect(lambda _b: self._emit())
        form.addRow(self.publication)

        self.case_box, form = _group(self.tr("Case"), self)
        self.case = QComboBox(self)
        self.case.setEditable(True)
        self.case.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        case_edit = self.case.lineEdit()
        assert case_edit is not None
        case_edit.setPlaceholderText(self.tr("case code, for example VV-2024-2025/003"))
        self.case.activated.connect(lambda _i: self._emit())
        case_edit.editingFinished.connect(self._emit)
        self.deidentified = QCheckBox(self.tr("&De-identified copy (no names, addresses or "
                                              "phone numbers)"), self)
        self.deidentified.toggled.connect(lambda _b: self._emit())
        self.review_button = QPushButton(self.tr("&Review and strike out more..."), self)
        self.review_button.setToolTip(self.tr(
            "See the free text as the copy prints it, and strike out anything that still "
            "shows who a child is."))
        self.review_button.clicked.connect(self.review_wanted)
        self.review_button.setEnabled(False)
        self.deidentified.toggled.connect(self.review_button.setEnabled)
        self._strikes: dict[int, tuple[str, ...]] = {}  # words struck out by hand, per case
        self.case_error = FieldError(self)
        form.addRow(self.tr("C&ase:"), self.case)
        form.addRow(self.case_error)
        form.addRow(self.deidentified)
        form.addRow(self.review_button)

        self.activity_box, form = _group(self.tr("Activity"), self)
        self.activity = QComboBox(self)
        self.activity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activity.setMinimumContentsLength(20)
        self.activity.currentIndexChanged.connect(self._activity_chosen)
        form.addRow(self.tr("Ac&tivity:"), self.activity)

        self.inspection_box, form = _group(self.tr("Inspection"), self)
        self.inspection = QComboBox(self)
        self.inspection.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.inspection.setMinimumContentsLength(20)
        self.inspection.currentIndexChanged.connect(self._inspection_chosen)
        form.addRow(self.tr("Insp&ection:"), self.inspection)

        self.text_box, form = _group(self.tr("Text of the document"), self)
        # The plan cites the superior body's instruction it implements ("Thực hiện ...;").
        self.basis = QLineEdit(self)
        self.basis.setObjectName("planBasis")
        apply_limit(self.basis, limits.SHORT)
        self.basis.setPlaceholderText(self.tr(
            "e.g. Công văn số 349/GDĐT-CTTT ngày 30/5/2024 của Phòng Giáo dục và Đào tạo"))
        self.basis.editingFinished.connect(self._basis_edited)
        self.basis_label = QLabel(self.tr("Implements (superior's &instruction):"), self)
        self.basis_label.setBuddy(self.basis)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reportText")
        self.text.setMinimumHeight(150)
        apply_limit(self.text, limits.NARRATIVE)
        self.text.textChanged.connect(self._text_edited)
        self.text_hint = hint_label(self.tr(
            "Lines starting with \"I. \", \"1. \" or \"a) \" become headings; other lines are "
            "paragraphs. The preview follows what you type."), self)
        self.reset_text = QPushButton(self.tr("Restore the &default text"), self)
        self.reset_text.clicked.connect(self._restore_text)
        form.addRow(self.basis_label)
        form.addRow(self.basis)
        form.addRow(self.text)
        form.addRow(self.text_hint)
        form.addRow(self.reset_text)

        self.document_box, form = _group(self.tr("Recipients and signature"), self)
        self.recipients = QPlainTextEdit(self)
        self.recipients.setObjectName("recipients")
        self.recipients.setFixedHeight(self.recipients.fontMetrics().lineSpacing() * 4 + 14)
        self.recipients.textChanged.connect(self._recipients_edited)
        self.recipients_label = QLabel(self.tr("&Recipients:"), self)
        self.recipients_label.setBuddy(self.recipients)
        self.recipients_hint = hint_label(
            self.tr("One per line; \"Lưu: VT.\" is always added last."), self)
        self.prefix = QComboBox(self)
        self.prefix.addItem(self.tr("(signs in own name)"), "")
        self.prefix.addItem(self.tr("KT. – signs for"), "KT.")
        self.prefix.addItem(self.tr("TM. – signs on behalf of"), "TM.")
        self.prefix.currentIndexChanged.connect(self._prefix_chosen)
        self.authority = QLineEdit(PRINCIPAL, self)
        self.authority.setMaxLength(80)
        self.position = QComboBox(self)
        self.position.setEditable(True)
        self.position.addItems([PRINCIPAL, "PHÓ HIỆU TRƯỞNG"])
        self.signer_name = QLineEdit(self)
        self.signer_name.setMaxLength(120)
        position_edit = self.position.lineEdit()
        assert position_edit is not None
        for edit in (self.authority, self.signer_name, position_edit):
            edit.editingFinished.connect(self._emit)
        self.position.activated.connect(lambda _i: self._emit())
        form.addRow(self.recipients_label, self.recipients)
        form.addRow(self.recipients_hint)
        form.addRow(self.tr("Si&gns:"), self.prefix)
        self.authority_label = QLabel(self.tr("For (au&thority):"), self)
        self.authority_label.setBuddy(self.authority)
        form.addRow(self.authority_label, self.authority)
        form.addRow(self.tr("Po&sition:"), self.position)
        form.addRow(self.tr("&Name:"), self.signer_name)
        self._prefix_chosen()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        for box in (self.period_box, self.case_box, self.activity_box, self.inspection_box,
                    self.text_box, self.document_box):
            layout.addWidget(box)
        layout.addStretch(1)

    # -- set-up --------------------------------------------------------------------------------------

    def set_setup(self, setup: Setup) -> None:
        self.setup = setup
        self._filling = True
        try:
            self.case.clear()
            for case_id, text in setup.cases:
                self.case.addItem(text, case_id)
            self.case.setCurrentIndex(-1)
            self.activity.clear()
            for activity_id, text in setup.activities:
                self.activity.addItem(text, activity_id)
            self.inspection.clear()
            for inspection_id, text in setup.inspections:
                self.inspection.addItem(text, inspection_id)
            self.signer_name.setText(setup.principal)
            first = semester_of(setup.today) == Semester.FIRST
            self.preset.setCurrentIndex(0 if first else 1)
        finally:
            self._filling = False
        self._preset_chosen()

    def set_kind(self, kind: ReportKind) -> None:
        self.kind = kind
        self.period_box.setVisible(kind.has_period)
        self.case_box.setVisible(kind.needs_case)
        self.deidentified.setVisible(kind != ReportKind.PLAN)
        self.review_button.setVisible(kind != ReportKind.PLAN)
        self.publication.setVisible(kind == ReportKind.STATISTICS)
        self.activity_box.setVisible(kind.needs_activity)
        self.inspection_box.setVisible(kind.needs_inspection)
        self.text_box.setVisible(kind in TEXT_KINDS)
        for w in (self.basis, self.basis_label):
            w.setVisible(kind == ReportKind.PLAN)
        self.text_box.setTitle(self.tr("Assessment and next steps (editable)")
                               if kind == ReportKind.PERIODIC else self.tr("Text of the plan"))
        shown = kind != ReportKind.ATTENDANCE
        for w in (self.recipients, self.recipients_label, self.recipients_hint):
            w.setVisible(shown)
        self._fill(self.text, self._texts.get(kind, ""))
        self._fill(self.recipients, self._recipients.get(kind, ""))

    def show_defaults(self, prepared: documents.PreparedReport) -> None:
        """After a preview: show its default recipients and text where the user wrote none."""
        kind = prepared.kind
        if kind != self.kind:
            return
        if kind not in self._recipients:
            self._fill(self.recipients, "\n".join(prepared.spec.recipients))
        if kind not in self._texts and kind in TEXT_KINDS:
            self._fill(self.text, prepared.editable_text)

    def _fill(self, edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() == text:
            return
        self._filling = True
        try:
            edit.setPlainText(text)
        finally:
            self._filling = False

    # -- edits -----------------------------------------------------------------------------------------

    def _emit(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _text_edited(self) -> None:
        if self._filling or self.kind is None:
            return
        self._texts[self.kind] = self.text.toPlainText()
        self.changed.emit()

    def _basis_edited(self) -> None:
        """A new instruction: an edited plan text gets it in its "Thực hiện ...;" line (the
        default text is written again from it at the next preview)."""
        if self._filling or self.kind != ReportKind.PLAN:
            return
        edited = self._texts.get(ReportKind.PLAN)
        if edited is not None:
            self._texts[ReportKind.PLAN] = with_basis(edited, self.basis.text())
            self._fill(self.text, self._texts[ReportKind.PLAN])
        self.changed.emit()

    def _restore_text(self) -> None:
        if self.kind is not None:
            self._texts.pop(self.kind, None)
            self._fill(self.text, "")
            self.changed.emit()

    def _recipients_edited(self) -> None:
        if self._filling or self.kind is None:
            return
        self._recipients[self.kind] = self.recipients.toPlainText()
        self.changed.emit()

    def _activity_chosen(self, _index: int) -> None:
        self.activity.setToolTip(self.activity.currentText())
        self._emit()

    def _inspection_chosen(self, _index: int) -> None:
        self.inspection.setToolTip(self.inspection.currentText())
        self._emit()

    def select_inspection(self, inspection_id: int) -> bool:
        """Choose an inspection (from the inspections tab); False when it is not listed."""
        index = self.inspection.findData(inspection_id)
        if index >= 0:
            self.inspection.setCurrentIndex(index)
        return index >= 0

    def _prefix_chosen(self) -> None:
        prefix = self.prefix.currentData()
        for w in (self.authority, self.authority_label):
            w.setVisible(bool(prefix))
        if prefix == "KT." and self.position.currentText() == PRINCIPAL:
            self.position.setCurrentText("PHÓ HIỆU TRƯỞNG")
        elif not prefix and self.position.currentText() == "PHÓ HIỆU TRƯỞNG":
            self.position.setCurrentText(PRINCIPAL)
        self._emit()

    def _preset_chosen(self) -> None:
        key = self.preset.currentData()
        custom = key == "custom"
        for f in (self.date_from, self.date_to):
            f.setEnabled(custom)
        if not custom and self.setup is not None:
            period = report_period(self.setup.school_year, self.semester())
            self.date_from.set_date(period.first)
            self.date_to.set_date(period.last)
        self.period_error.clear()
        self._emit()

    def _dates_edited(self) -> None:
        if self.preset.currentData() == "custom":
            self._emit()

    def semester(self) -> Semester | None:
        return {"first": Semester.FIRST, "second": Semester.SECOND}.get(
            str(self.preset.currentData()))

    def set_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(PRESETS.index(key))

    # -- the request -----------------------------------------------------------------------------------

    def signer(self) -> Signer | None:
        name = self.signer_name.text().strip()
        if not name:
            return None
        prefix = self.prefix.currentData()
        line = f"{prefix} {self.authority.text().strip() or PRINCIPAL}" if prefix else ""
        return Signer(name, self.position.currentText().strip() or PRINCIPAL, line)

    def strikes(self) -> tuple[str, ...]:
        """The words struck out by hand in the chosen case's de-identified copy."""
        case_id = self.case_id()
        return self._strikes.get(case_id, ()) if case_id is not None else ()

    def set_strikes(self, words: tuple[str, ...]) -> None:
        """After the review: the words to strike out of this case's copy (previews again)."""
        case_id = self.case_id()
        if case_id is not None and words != self.strikes():
            self._strikes[case_id] = tuple(words)
            self._emit()

    def case_id(self) -> int | None:
        text = self.case.currentText().strip()
        if not text:
            return None
        code = text.split("·")[0].strip().upper()
        for i in range(self.case.count()):
            if self.case.itemText(i).split("·")[0].strip().upper() == code:
                return int(self.case.itemData(i))
        return None

    def request(self, on: date | None = None) -> ReportRequest | str:
        """The request for the chosen kind, or the message that says what is missing."""
        kind = self.kind
        assert kind is not None and self.setup is not None
        values: dict[str, Any] = {"kind": kind, "on": on, "signer": self.signer(),
                                  "school_year": self.setup.school_year}
        self.period_error.clear()
        self.case_error.clear()
        if kind.has_period:
            values["semester"] = self.semester()
            if self.preset.currentData() == "custom":
                try:
                    first, last = self.date_from.date(), self.date_to.date()
                except NoSuchDate:
                    problem = self.date_from.problem() or self.date_to.problem()
                    self.period_error.set_message(problem)
                    return problem
                except ValueError:
                    self.period_error.set_message(self.tr("Write the dates as dd/mm/yyyy."))
                    return self.tr("Write the dates of the period as dd/mm/yyyy.")
                if first is None or last is None or last < first:
                    self.period_error.set_message(self.tr(
                        "Give the first and the last day; the last day comes after the first."))
                    return self.tr("Give the first and the last day of the period.")
                values["period_from"], values["period_to"] = first, last
            elif self.preset.currentData() == "year":
                values["semester"] = None
        if kind == ReportKind.STATISTICS:
            values["publication"] = self.publication.isChecked()
        if kind.needs_case:
            case_id = self.case_id()
            if case_id is None:
                if self.case.currentText().strip():
                    self.case_error.set_message(self.tr(
                        "No case you may open has this code. Pick one from the list."))
                return self.tr("Choose the case by its code.")
            values["case_id"], values["deidentified"] = case_id, self.deidentified.isChecked()
            if self.deidentified.isChecked():
                values["strike"] = self._strikes.get(case_id, ())
        if kind.needs_activity:
            if self.activity.currentIndex() < 0:
                return self.tr("Record an activity in Training and awareness first, then "
                               "choose it here.")
            values["activity_id"] = int(self.activity.currentData())
        if kind.needs_inspection:
            if self.inspection.currentIndex() < 0:
                return self.tr("Record an inspection in Training and awareness, tab "
                               "Inspections, then choose it here.")
            values["inspection_id"] = int(self.inspection.currentData())
        if kind in self._recipients:
            values["recipients"] = tuple(x for x in self._recipients[kind].splitlines()
                                         if x.strip())
        if kind == ReportKind.PLAN and self.basis.text().strip():
            values["plan_basis"] = self.basis.text().strip()
        if kind in self._texts:
            values["summary_text" if kind == ReportKind.PERIODIC else "plan_text"] = \
                self._texts[kind]
        return ReportRequest(**values)

    def kind_label(self) -> str:
        return labels.label(self.kind) if self.kind is not None else ""

    def clear(self) -> None:
        self.setup = None
        self._strikes.clear()
        self._texts.clear()
        self._recipients.clear()
        self._filling = True
        try:
            for edit in (self.text, self.recipients):
                edit.clear()
            self.case.clear()
            self.activity.clear()
            self.inspection.clear()
            self.signer_name.clear()
        finally:
            self._filling = False
