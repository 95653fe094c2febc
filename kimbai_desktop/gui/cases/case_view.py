"""One case file, read like a story: the header (code, children, forms of abuse, risk, the urgent
flag, the "principal only" marker), the procedure status bar with the next deadline, the actions
(always visible), and the chronology underneath.

Every action opens its dialog window-modally (never blocking); after a change the case is loaded
again, so the status bar and the chronology always show what the database holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.cases import CaseStatus
from kimbai_desktop.domain.enums import ProcedureStep, Role
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.cases.attachments_dialog import AttachmentsDialog
from kimbai_desktop.gui.cases.body_map_panel import BodyMapPanel
from kimbai_desktop.gui.cases.chronology import ChronologyView
from kimbai_desktop.gui.cases.close_dialog import CloseCaseDialog
from kimbai_desktop.gui.cases.common import URGENT_COLOUR, plain, time_text
from kimbai_desktop.gui.cases.consent_dialog import ConsentDialog
from kimbai_desktop.gui.cases.entry_dialog import EntryDialog
from kimbai_desktop.gui.cases.notification_dialog import NotificationDialog
from kimbai_desktop.gui.cases.plan_dialog import PlanDialog
from kimbai_desktop.gui.cases.referral_dialog import ReferralDialog
from kimbai_desktop.gui.cases.seal_controls import SealControls
from kimbai_desktop.gui.cases.status_bar import ProcedureBar
from kimbai_desktop.gui.cases.step_dialog import StepDialog
from kimbai_desktop.gui.icons import padlock_pixmap
from kimbai_desktop.gui.register.texts import initials, without_names
from kimbai_desktop.gui.widgets import heading_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import cases
from kimbai_desktop.services.overview import deadlines_of_case

SUMMARY_CHARS = 320
NEEDED_TO_CLOSE = (ProcedureStep.REVIEW, ProcedureStep.RESULT_REPORT)


class CaseView(QWidget):
    """``load(case_id)``; ``changed(case_id)`` after any change; ``back_requested`` for the list."""

    changed = Signal(int)
    back_requested = Signal()
    loaded = Signal()
    history_requested = Signal(str, int)  # record type, id: the access log on this case file

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.case_id: int | None = None
        self.detail: Any = None
        self.hide_names = False
        self.deadlines: list[Any] = []
        self.loading = False
        self.current_dialog: QDialog | None = None
        self._generation = 0

        self.back_button = QPushButton(self.tr("← &All cases"), self)
        self.back_button.setToolTip(self.tr("Back to the list of cases (Alt+A)"))
        self.back_button.clicked.connect(self.back_requested)
        self.code = heading_label("", self, 1.35)
        self.code.setWordWrap(False)
        self.code.setObjectName("caseCode")
        self.status = plain(QLabel(self))
        self.status.setObjectName("caseStatus")
        self.urgent = plain(QLabel(self))
        self.urgent.setObjectName("urgentFlag")
        self.urgent.setStyleSheet(f"color: {URGENT_COLOUR}; font-weight: bold;")
        self.restricted_icon = QLabel(self)
        self.restricted_icon.setPixmap(
            padlock_pixmap(self.palette().color(QPalette.ColorRole.WindowText), 18)
        )
        self.restricted = plain(QLabel(self.tr("Principal only"), self))
        self.restricted.setObjectName("restrictedMarker")
        self.restrict_button = QPushButton(self)
        self.restrict_button.setCheckable(True)
        self.restrict_button.setVisible(session is not None and session.user.role == Role.PRINCIPAL)
        self.restrict_button.clicked.connect(self._toggle_restricted)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.code)
        top.addSpacing(8)
        top.addWidget(self.status)
        top.addSpacing(12)
        top.addWidget(self.urgent)
        top.addWidget(self.restricted_icon)
        top.addWidget(self.restricted)
        self.seal = SealControls(self)  # sealed case files (services/sealed_files.py)
        for widget in self.seal.header_widgets():
            top.addWidget(widget)
        self.history_button = QPushButton(self.tr("Access &history"), self)
        self.history_button.setToolTip(
            self.tr("Who has opened, changed, printed or saved this case file (the access log)"))
        self.history_button.setVisible(session is not None
                                       and session.can(Permission.VIEW_AUDIT))
        self.history_button.clicked.connect(self._history)
        top.addStretch(1)
        top.addWidget(self.history_button)
        top.addWidget(self.seal.holders_button)
        top.addWidget(self.seal.seal_button)
        top.addWidget(self.restrict_button)

        self.children_label = plain(QLabel(self))
        self.children_label.setWordWrap(True)
        self.children_label.setObjectName("caseChildren")
        self.facts = plain(QLabel(self))
        self.facts.setWordWrap(True)
        self.facts.setObjectName("caseFacts")
        self.summary = plain(QLabel(self))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("caseSummary")
        header = QFrame(self)
        header.setFrameShape(QFrame.Shape.StyledPanel)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(8, 6, 8, 6)
        header_layout.setSpacing(3)
        header_layout.addLayout(top)
        header_layout.addWidget(self.children_label)
        header_layout.addWidget(self.facts)
        header_layout.addWidget(self.summary)

        self.procedure = ProcedureBar(self)
        self.action_row = self._make_actions()
        self.chronology = ChronologyView(session, worker, self)
        self.chronology.correct_requested.connect(self.correct_entry)
        self.body_map = BodyMapPanel(session, worker, self)
        self.body_map.changed.connect(self._after_change)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(header)
        layout.addWidget(self.procedure)
        layout.addLayout(self.action_row)
        layout.addWidget(self.seal.banner)
        story = QHBoxLayout()  # the chronology, and the body map beside it when there are marks
        story.addWidget(self.chronology, 1)
        story.addWidget(self.body_map)
        layout.addLayout(story, 1)
        self.locked_stretch = layout.count()  # takes the chronology's room while it is hidden
        layout.addStretch(0)
        self.body = layout
        self._show_empty()

    def _button(self, text: str, slot: Any, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _make_actions(self) -> QGridLayout:
        """The actions, always visible in one row under the status bar."""
        self.call_button = self._button(
            self.tr("Record a &call..."),
            self.record_call,
            self.tr("Record a call or notification to 111, the commune, the police, the family"),
        )
        self.note_button = self._button(
            self.tr("Add a &note..."),
            self.add_note,
            self.tr("Add an entry to the chronology; it may be about an earlier event"),
        )
        self.refer_button = self._button(
            self.tr("&Refer..."),
            self.refer,
            self.tr("Refer the child to a service and follow the referral up"),
        )
        self.step_button = self._button(
            self.tr("Complete a &step..."),
            self.complete_step,
            self.tr("Record a step of the procedure as done"),
        )
        self.plan_button = self._button(
            self.tr("&Plan..."),
            self.plan,
            self.tr("The approved support plan and the school's tasks"),
        )
        self.consent_button = self._button(
            self.tr("C&onsent..."),
            self.consent,
            self.tr("Consent records and what must be withheld from whom"),
        )
        self.documents_button = self._button(
            self.tr("&Documents..."), self.documents, self.tr("Scans and photos kept with the case")
        )
        self.close_button = self._button(
            self.tr("C&lose the case..."),
            self.close_case,
            self.tr("Close the case after the review decision and the result report"),
        )
        self.reopen_button = self._button(
            self.tr("R&eopen..."), self.reopen_case, self.tr("Reopen a closed case")
        )
        grid = QGridLayout()
        grid.setSpacing(4)
        for column, button in enumerate(self.action_buttons()):
            grid.addWidget(button, 0, column)
        return grid

    def _history(self) -> None:
        if self.case_id is not None:
            self.history_requested.emit(cases.RECORD, self.case_id)

    def action_buttons(self) -> list[QPushButton]:
        return [
            self.call_button,
            self.note_button,
            self.refer_button,
            self.step_button,
            self.plan_button,
            self.consent_button,
            self.documents_button,
            self.close_button,
            self.reopen_button,
        ]

    # -- loading -----------------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        if self.case_id != case_id:
            self._show_empty()
        self.case_id = case_id
        self.chronology.case_id = None  # read again once the case itself could be read
        self.reload()

    def reload(self) -> None:
        if self.case_id is None or self.session is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.worker.submit(
            cases.get_case,
            self.session,
            self.case_id,
            on_done=lambda d: self._on_detail(generation, d),
            on_error=lambda exc: self._on_error(generation, exc),
            context=self,
        )
        self.worker.submit(
            deadlines_of_case,
            self.session,
            self.case_id,
            on_done=lambda items: self._on_deadlines(generation, items),
            on_error=lambda exc: self._on_error(generation, exc),
            context=self,
        )

    def _on_detail(self, generation: int, detail: Any) -> None:
        if generation == self._generation:
            self.detail = detail

    def _on_deadlines(self, generation: int, items: list[Any]) -> None:
        if generation != self._generation or self.detail is None:
            return
        self.deadlines = items
        self.loading = False
        self._show_detail()
        if self.chronology.case_id != self.case_id and self.readable:  # once it may be read
            self.chronology.load(self.detail.brief.id)
        if self.detail.can_read:
            self.body_map.load(self.detail.brief.id,
                               self.detail.brief.status != CaseStatus.CLOSED)
        else:
            self.body_map.clear()
        self.loaded.emit()

    @property
    def readable(self) -> bool:
        """The case shown is not sealed, or this account holds it."""
        return self.detail is not None and self.detail.can_read

    def reload_after_seal(self) -> None:
        """After sealing, giving or taking back: this account may have lost (or gained) the case
        key, so the chronology is read again only once the case says it may be."""
        if self.case_id is None:
            return
        self.chronology.forget()
        self.reload()
        self.changed.emit(self.case_id)

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return  # the same refusal again, from the second call
        self.loading = False
        self._generation += 1
        self._show_empty()
        self.case_id = None
        messages.show_error(self, exc)

    def _show_empty(self) -> None:
        self.detail = None
        self.chronology.case_id = None
        self.code.setText(self.tr("No case open"))
        for label in (self.status, self.urgent, self.children_label, self.facts, self.summary):
            label.clear()
        self.restricted_icon.setVisible(False)
        self.restricted.setVisible(False)
        self.procedure.clear()
        self.chronology.model.clear()
        self.seal.clear()
        self._show_content(True)
        self.body_map.clear()
        for button in self.action_buttons():
            button.setEnabled(False)

    def _show_detail(self) -> None:
        d = self.detail
        brief, intake = d.brief, d.intake
        closed = brief.status == CaseStatus.CLOSED
        self.code.setText(brief.code)
        self.status.setText(labels.label(brief.status))
        self.urgent.setText(self.tr("⚠ Urgent") if brief.urgent else "")
        self.restricted_icon.setVisible(brief.restricted)
        self.restricted.setVisible(brief.restricted)
        self.restrict_button.setChecked(brief.restricted)
        self.restrict_button.setText(
            self.tr("Share with the counsellor")
            if brief.restricted
            else self.tr("Make principal only")
        )
        names = "; ".join(self.child_text(c) for c in d.children)
        self.children_label.setText(self.tr("Children: {names}").format(names=names))
        forms = ", ".join(labels.label(f) for f in brief.forms)
        facts = self.tr(
            "Forms of abuse: {forms} · Risk: {risk} · Received {time} · Recorded by {who}"
        ).format(
            forms=forms,
            risk=labels.label(brief.risk_level),
            time=time_text(brief.received_at),
            who=d.created_by,
        )
        if d.from_concern:
            facts += " · " + self.tr("From a teacher's concern")
        if intake.channel is not None:
            channel = labels.label(intake.channel)
            if intake.channel_note:
                channel = f"{channel} ({intake.channel_note})"
            facts += " · " + self.tr("Reached the school: {channel}").format(channel=channel)
        self.facts.setText(facts)
        hidden = [c.full_name for c in d.children] if self.hide_names else []
        summary = without_names(intake.summary, hidden).replace("\n", " ")
        if len(summary) > SUMMARY_CHARS:
            summary = summary[:SUMMARY_CHARS].rstrip() + "…"
        self.summary.setText(self.tr("What happened: {summary}").format(summary=summary))
        self.summary.setToolTip(without_names(intake.summary, hidden))
        self.chronology.model.set_hidden_names(hidden)
        self.body_map.set_hidden_names(hidden)
        self.procedure.set_case(d.steps, self.deadlines, brief.step, closed, brief.urgent)
        for button in self.action_buttons():
            button.setEnabled(not closed)
        self.consent_button.setEnabled(True)
        self.documents_button.setEnabled(True)
        self.reopen_button.setEnabled(closed)
        self.close_button.setEnabled(not closed)
        self.seal.show_detail(d)
        self._show_content(d.can_read)
        if not d.can_read:  # sealed and not given to this account: no content, no action
            self.facts.setText(self.tr("Received {time}").format(time=time_text(brief.received_at)))
            self.chronology.forget()

    def _show_content(self, shown: bool) -> None:
        """The children, what happened, the actions and the chronology; hidden (the sealed
        banner instead) for a sealed case this account does not hold."""
        for widget in (self.children_label, self.summary, self.chronology, *self.action_buttons()):
            widget.setVisible(shown)
        self.body.setStretch(self.locked_stretch, 0 if shown else 1)

    def child_text(self, child: Any) -> str:
        parts = [] if child.age is None else [self.tr("{age} years old").format(age=child.age)]
        parts.append(labels.label(child.sex))
        name = initials(child.full_name) if self.hide_names else child.full_name
        return f"{name} ({', '.join(parts)})"

    def set_hide_names(self, hide: bool) -> None:
        """Initials in the header instead of the children's names (the window's switch)."""
        self.hide_names = hide
        if self.detail is not None:
            self._show_detail()
        else:
            self.chronology.model.set_hidden_names([])

    def done_steps(self) -> set[ProcedureStep]:
        if self.detail is None:
            return set()
        return {s.step for s in self.detail.steps if s.done_at is not None}

    # -- actions -----------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, *signals: Any) -> QDialog:
        for signal in signals:
            signal.connect(self._after_change)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None

    def _after_change(self, *_args: Any) -> None:
        if self.case_id is None:
            return
        self.reload()
        self.chronology.reload()
        self.changed.emit(self.case_id)

    @property
    def open_id(self) -> int:
        """The id of the case shown (actions are enabled only while one is)."""
        assert self.detail is not None
        return int(self.detail.brief.id)

    def record_call(self) -> None:
        if self.detail is not None:
            dialog = NotificationDialog(self.session, self.worker, self.open_id, self)
            self._open(dialog, dialog.succeeded)

    def add_note(self) -> None:
        if self.detail is not None:
            dialog = EntryDialog(self.session, self.worker, self.open_id, parent=self)
            self._open(dialog, dialog.succeeded)

    def correct_entry(self, entry: Any) -> None:
        if self.detail is not None:
            dialog = EntryDialog(
                self.session, self.worker, self.open_id, corrects=entry, parent=self
            )
            self._open(dialog, dialog.succeeded)

    def refer(self) -> None:
        if self.detail is not None:
            dialog = ReferralDialog(
                self.session, self.worker, self.open_id, self.detail.closed_at is None, self
            )
            self._open(dialog, dialog.changed)

    def complete_step(self, step: ProcedureStep | None = None) -> None:
        if self.detail is not None:
            dialog = StepDialog(
                self.session,
                self.worker,
                self.open_id,
                self.done_steps(),
                step if isinstance(step, ProcedureStep) else None,
                self,
            )
            self._open(dialog, dialog.succeeded)

    def plan(self) -> None:
        if self.detail is not None:
            dialog = PlanDialog(self.session, self.worker, self.detail, self)
            self._open(dialog, dialog.changed)

    def consent(self) -> None:
        if self.detail is not None:
            dialog = ConsentDialog(self.session, self.worker, self.detail, self)
            self._open(dialog, dialog.changed)

    def documents(self) -> None:
        if self.detail is not None:
            dialog = AttachmentsDialog(
                self.session, self.worker, self.open_id, self.detail.closed_at is None, self
            )
            self._open(dialog, dialog.changed)

    def missing_to_close(self) -> list[ProcedureStep]:
        done = self.done_steps()
        return [step for step in NEEDED_TO_CLOSE if step not in done]

    def close_case(self) -> None:
        if self.detail is None:
            return
        missing = self.missing_to_close()
        if missing:
            steps = "\n".join(f"• {labels.label(step)}" for step in missing)
            messages.information(
                self,
                self.tr("The case cannot be closed yet"),
                self.tr(
                    "A case is closed only after the review decision and the written result report "
                    'are recorded. Still missing:\n{steps}\n\nRecord them with "Complete a step", '
                    "then close the case."
                ).format(steps=steps),
            )
            return
        dialog = CloseCaseDialog(self.session, self.worker, self.open_id, parent=self)
        self._open(dialog, dialog.succeeded)

    def reopen_case(self) -> None:
        if self.detail is not None:
            dialog = CloseCaseDialog(
                self.session, self.worker, self.open_id, reopen=True, parent=self
            )
            self._open(dialog, dialog.succeeded)

    def _toggle_restricted(self, restricted: bool) -> None:
        if self.case_id is None:
            return
        self.worker.submit(
            cases.set_restricted,
            self.session,
            self.case_id,
            restricted,
            on_done=self._after_change,
            on_error=self._on_action_error,
            context=self,
        )

    def _on_action_error(self, exc: BaseException) -> None:
        messages.show_error(self, exc)
        self.reload()

    def clear(self) -> None:
        """Forget the case and the session (at lock)."""
        self._generation += 1
        self.case_id = None
        self.session = None
        self._show_empty()
        self.chronology.clear()
