"""The fields of the intake form (tiếp nhận, Mẫu số 01) and what a school adds: the children,
forms of abuse, place and times, the source and the informant (only if they agree), alleged
perpetrators, the child's situation and family, actions taken, the urgent flag and risk level,
and "principal only" for the principal. One form layout keeps every field in one column; the
dialog around it (:mod:`intake_dialog`) saves, searches before creating and keeps drafts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import IntakeChannel, Place
from kimbai_desktop.domain.enums import AbuseForm, CaseSubject, InfoSource, RiskLevel, Role
from kimbai_desktop.gui import form_state, labels
from kimbai_desktop.gui.cases.body_map_field import BodyMapField
from kimbai_desktop.gui.cases.common import (
    TextArea,
    TimeField,
    enum_combo,
    school_now,
)
from kimbai_desktop.gui.cases.intake_parts import ChildrenEditor, PeopleEditor
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import FieldBox, first_wrong, heading_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.cases import CaseIntake


class IntakeForm(QWidget):
    """``collect()`` reads the fields into a CaseIntake; ``check`` says what is missing."""

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.boxes: dict[str, FieldBox] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 12, 0)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self._build_fields()

    # -- building ----------------------------------------------------------------------------------

    def _section(self, title: str) -> QFormLayout:
        """A heading row in the one form (one form keeps every field in the same column)."""
        heading = heading_label(title, self, 1.1)
        heading.setContentsMargins(0, 8 if self.form.rowCount() else 0, 0, 0)
        self.form.addRow(heading)
        return self.form

    def _field(
        self, form: QFormLayout, name: str, label: str, editor: QWidget, hint: str = ""
    ) -> FieldBox:
        box = FieldBox(editor, hint, self)
        caption = QLabel(label, self)
        caption.setBuddy(editor.focusProxy() or editor)
        form.addRow(caption, box)
        self.boxes[name] = box
        return box

    def _build_fields(self) -> None:
        now = school_now(self.session)
        c = self
        form = self._section(self.tr("1. The child or children *"))
        self.children_editor = ChildrenEditor(self.session, self.worker, c)
        form_state.skip(self.children_editor.picker)  # a search box, not part of the case
        self.children_editor.changed.connect(lambda: self.boxes["children"].set_error(""))
        if self.children_editor.picker.allowed:
            form.addRow(self.children_editor.picker_caption, self.children_editor.picker)
        else:
            self.children_editor.picker_caption.setVisible(False)
            self.children_editor.picker.setVisible(False)
        form.addRow(self.children_editor.other_caption, self.children_editor.other_row)
        self._field(form, "children", self.tr("Children of this case:"), self.children_editor)

        form = self._section(self.tr("2. What happened"))
        self.forms: dict[AbuseForm, QCheckBox] = {}
        forms_widget = QWidget(c)
        grid = QGridLayout(forms_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, member in enumerate(AbuseForm):
            box = QCheckBox(labels.label(member), forms_widget)
            box.toggled.connect(lambda _on: self.boxes["forms"].set_error(""))
            self.forms[member] = box
            grid.addWidget(box, i // 3, i % 3)
        self._field(
            form,
            "forms",
            self.tr("Forms of abuse: *"),
            forms_widget,
            self.tr("Choose every form that applies."),
        )
        self.summary = TextArea(c, 4)
        apply_limit(self.summary, limits.NARRATIVE)
        self._field(
            form,
            "summary",
            self.tr("What &happened: *"),
            self.summary,
            self.tr("Briefly: what was seen or said, by whom, and when."),
        )
        self.place = enum_combo(c, Place, Place.SCHOOL)
        self.place_detail = QLineEdit(c)
        apply_limit(self.place_detail, limits.SHORT)
        self.place_detail.setPlaceholderText(self.tr("e.g. the schoolyard, the child's home"))
        place_row = QWidget(c)
        row = QHBoxLayout(place_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.place)
        row.addWidget(self.place_detail, 1)
        place_row.setFocusProxy(self.place)
        self._field(form, "place", self.tr("&Where:"), place_row)
        self.incident_at = TimeField(now, c)
        self.incident_known = QCheckBox(self.tr("known"), c)
        self.incident_known.setChecked(True)
        self.incident_known.toggled.connect(self.incident_at.setEnabled)
        incident_row = QWidget(c)
        row = QHBoxLayout(incident_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.incident_at)
        row.addWidget(self.incident_known)
        row.addStretch(1)
        incident_row.setFocusProxy(self.incident_at)
        self._field(form, "incident_at", self.tr("When it &happened:"), incident_row)
        self.discovered_at = TimeField(now, c)
        self._field(
            form,
            "discovered_at",
            self.tr("When it was &discovered:"),
            self.discovered_at,
            self.tr("The written result report is due 3 days after this time."),
        )
        self.received_at = TimeField(now, c)
        self._field(form, "received_at", self.tr("When the school &received it:"), self.received_at)
        self.source = enum_combo(c, InfoSource, InfoSource.IN_PERSON)
        self._field(form, "source", self.tr("How it was r&eceived:"), self.source)
        # The ways the school plan opens for reporting (hòm thư, a teacher, 111, online...).
        self.channel = enum_combo(c, IntakeChannel, IntakeChannel.TEACHER)
        self.channel_note = QLineEdit(c)
        apply_limit(self.channel_note, limits.LABEL)
        self.channel_note.setPlaceholderText(self.tr("which one, e.g. the mailbox of class 3A"))
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.channel_note.textChanged.connect(lambda _t: self.boxes["channel"].set_error(""))
        channel_row = QWidget(c)
        row = QHBoxLayout(channel_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.channel)
        row.addWidget(self.channel_note, 1)
        channel_row.setFocusProxy(self.channel)
        self._field(form, "channel", self.tr("How it reached the sc&hool:"), channel_row,
                    self.tr("For \"Other\", say which way in the box beside it."))
        self.injuries = TextArea(c, 2)
        apply_limit(self.injuries, limits.NARRATIVE)
        self._field(
            form,
            "injuries",
            self.tr("&Injuries:"),
            self.injuries,
            self.tr("What was seen on the child, where on the body."),
        )
        self.body_map = BodyMapField(c)
        self._field(form, "marks", self.tr("Body &map:"), self.body_map)

        form = self._section(self.tr("3. Who gave the information"))
        self.informant_consents = QCheckBox(
            self.tr("The informant agrees to give their name and contact"), c
        )
        form.addRow(self.informant_consents)
        self.informant_name = QLineEdit(c)
        self.informant_phone = QLineEdit(c)
        self.informant_address = QLineEdit(c)
        apply_limit(self.informant_name, limits.NAME)
        apply_limit(self.informant_phone, limits.PHONE)
        apply_limit(self.informant_address, limits.SHORT)
        for edit in (self.informant_name, self.informant_phone, self.informant_address):
            edit.setEnabled(False)
            self.informant_consents.toggled.connect(edit.setEnabled)
        self._field(form, "informant_name", self.tr("Na&me:"), self.informant_name)
        self._field(form, "informant_phone", self.tr("Phon&e:"), self.informant_phone)
        self._field(form, "informant_address", self.tr("Address:"), self.informant_address)

        form = self._section(self.tr("4. Alleged perpetrators"))
        self.people = PeopleEditor(c)
        form.addRow(
            self._box(
                "people",
                self.people,
                self.tr(
                    "For a staff member, choose the account: the case is then hidden from that person."
                ),
            )
        )

        form = self._section(self.tr("5. The child's situation and family"))
        self.current_situation = TextArea(c, 2)
        self.likely_consequences = TextArea(c, 2)
        self.family_situation = TextArea(c, 2)
        self.caregiver = QLineEdit(c)
        apply_limit(self.caregiver, limits.LABEL)
        self.immediate_actions = TextArea(c, 2)
        for area in (self.current_situation, self.likely_consequences, self.family_situation,
                     self.immediate_actions):
            apply_limit(area, limits.NARRATIVE)
        self._field(
            form, "current_situation", self.tr("Current &situation:"), self.current_situation
        )
        self._field(
            form,
            "likely_consequences",
            self.tr("Likely &consequences without help:"),
            self.likely_consequences,
        )
        self._field(
            form,
            "family_situation",
            self.tr("&Family situation:"),
            self.family_situation,
            self.tr("Parents' names, ages and work; the home."),
        )
        self._field(form, "caregiver", self.tr("Current &caregiver:"), self.caregiver)
        self._field(
            form, "immediate_actions", self.tr("Actions &already taken:"), self.immediate_actions
        )

        form = self._section(self.tr("6. Assessment"))
        self.subject = enum_combo(c, CaseSubject, CaseSubject.ABUSED)
        self._field(form, "subject", self.tr("The child &is:"), self.subject)
        self.risk = enum_combo(c, RiskLevel, RiskLevel.MEDIUM)
        self._field(form, "risk_level", self.tr("&Risk level:"), self.risk)
        self.urgent = QCheckBox(
            self.tr(
                "&Urgent: the child's life, health or dignity is in serious danger (emergency "
                "measures within 12 hours)"
            ),
            c,
        )
        form.addRow(self.urgent)
        self.restricted = QCheckBox(
            self.tr("Principal &only: the counsellor will not see this case"), c
        )
        self.restricted.setVisible(self.session.user.role == Role.PRINCIPAL)
        form.addRow(self.restricted)
        self.layout_.addStretch(1)

    def _channel_changed(self) -> None:
        self.boxes["channel"].set_error("")
        if self.channel.currentData() == IntakeChannel.OTHER:
            self.channel_note.setPlaceholderText(self.tr("say which way (required)"))
        else:
            self.channel_note.setPlaceholderText(
                self.tr("which one, e.g. the mailbox of class 3A"))

    def _box(self, name: str, editor: QWidget, hint: str = "") -> FieldBox:
        box = FieldBox(editor, hint, self)
        self.boxes[name] = box
        return box

    # -- reading the form --------------------------------------------------------------------------

    def collect(self, lenient: bool = False) -> CaseIntake:
        """The form as a CaseIntake. The times must be readable (``typed_field_errors`` says
        which are not) unless ``lenient``: then a time that cannot be read is taken as now."""
        consents = self.informant_consents.isChecked()
        if lenient:
            now = school_now(self.session)

            def moment(field: TimeField) -> datetime:
                return field.moment_or(now)
        else:

            def moment(field: TimeField) -> datetime:
                return field.moment()

        return CaseIntake(
            children=self.children_editor.values(),
            forms=tuple(member for member, box in self.forms.items() if box.isChecked()),
            received_at=moment(self.received_at),
            discovered_at=moment(self.discovered_at),
            source=self.source.currentData(),
            channel=self.channel.currentData(),
            channel_note=self.channel_note.text(),
            place=self.place.currentData(),
            subject=self.subject.currentData(),
            risk_level=self.risk.currentData(),
            summary=self.summary.text(),
            incident_at=moment(self.incident_at) if self.incident_known.isChecked() else None,
            place_detail=self.place_detail.text(),
            urgent=self.urgent.isChecked(),
            people=self.people.values(),
            injuries=self.injuries.text(),
            current_situation=self.current_situation.text(),
            likely_consequences=self.likely_consequences.text(),
            family_situation=self.family_situation.text(),
            caregiver=self.caregiver.text(),
            immediate_actions=self.immediate_actions.text(),
            informant_consents=consents,
            informant_name=self.informant_name.text() if consents else "",
            informant_phone=self.informant_phone.text() if consents else "",
            informant_address=self.informant_address.text() if consents else "",
            restricted=self.restricted.isChecked() and self.restricted.isVisible(),
            marks=tuple(self.body_map.marks),
        )

    def check(self, intake: CaseIntake) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not intake.children:
            errors["children"] = self.tr(
                "Name at least one child: search the register, or write the name of a child "
                "who is not a pupil."
            )
        if not intake.forms:
            errors["forms"] = self.tr("Choose at least one form of abuse.")
        if intake.channel == IntakeChannel.OTHER and not intake.channel_note.strip():
            errors["channel"] = self.tr(
                "Say which other way the information reached the school (e.g. a letter left "
                "at the gate).")
        if not intake.summary.strip():
            errors["summary"] = self.tr("Describe briefly what happened.")
        if intake.discovered_at > intake.received_at:
            errors["discovered_at"] = self.tr(
                "The school cannot receive the information before it was discovered."
            )
        if intake.incident_at is not None and intake.incident_at > intake.discovered_at:
            errors["incident_at"] = self.tr("The incident cannot come after its discovery.")
        return errors

    def show_errors(self, errors: dict[str, str]) -> tuple[list[str], FieldBox | None]:
        """Each message beside its field; returns the others and the first field marked."""
        for box in self.boxes.values():
            box.set_error("")
        rest: list[str] = []
        for name, text in errors.items():
            target = self.boxes.get(name)
            if target is None:
                rest.append(text)
                continue
            target.set_error(text)
        return rest, first_wrong(self.boxes.values())

    def field_error(self, name: str) -> str:
        return self.boxes[name].error.message()

    def has_content(self) -> bool:
        intake = self.collect(lenient=True)
        texts = (
            intake.summary,
            intake.injuries,
            intake.current_situation,
            intake.likely_consequences,
            intake.family_situation,
            intake.caregiver,
            intake.immediate_actions,
            intake.place_detail,
            intake.informant_name,
        )
        return bool(
            intake.children or intake.forms or intake.people or intake.marks
            or any(t.strip() for t in texts)
        )
