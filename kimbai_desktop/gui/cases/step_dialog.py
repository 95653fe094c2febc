""" "Hoàn thành bước": mark a procedure step done (initial assessment, emergency measures,
detailed assessment, the review decision, the written result report...) with its time and a
note; the account doing it is kept by the service."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.enums import ProcedureStep
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.cases.common import TextArea, TimeField, school_now
from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import cases

# Steps recorded elsewhere: the intake opens the case, a call to 111 (or the commune, the
# police) reports it, and closing has its own action.
NOT_HERE = (ProcedureStep.RECEIVED, ProcedureStep.REPORTED, ProcedureStep.CLOSED)
# The review decision (Mẫu số 06) is written into the step's note in the legal wording.
DECISIONS = {
    "continue": "Quyết định: tiếp tục hỗ trợ, can thiệp",
    "close": "Quyết định: kết thúc hồ sơ",
}


def steps_to_do(done: Iterable[ProcedureStep]) -> list[ProcedureStep]:
    finished = set(done)
    return [s for s in ProcedureStep if s not in NOT_HERE and s not in finished]


class StepDialog(ServiceDialog):
    """``done``: the steps already done (they are not offered again)."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        case_id: int,
        done: Iterable[ProcedureStep],
        step: ProcedureStep | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.case_id = case_id
        self.set_texts(
            self.tr("Complete a procedure step"),
            self.tr(
                "Record a step of the procedure when it is done. Reporting is recorded "
                'with "Record a call", the plan with "Plan", and closing with "Close '
                'the case".'
            ),
            self.tr("&Complete the step"),
        )
        self.step = QComboBox(self)
        for item in steps_to_do(done):
            text = labels.label(item) + (f" ({item.form})" if item.form else "")
            self.step.addItem(text, item)
        if step is not None:
            index = self.step.findData(step)
            if index >= 0:
                self.step.setCurrentIndex(index)
        self.at = TimeField(school_now(session), self)
        self.decision = QComboBox(self)
        self.decision.addItem(self.tr("Continue the support and intervention"), "continue")
        self.decision.addItem(self.tr("Close the case"), "close")
        self.note = TextArea(self, 4)
        apply_limit(self.note, limits.NOTE)
        self.add_field("step", self.tr("&Step:"), self.step)
        self.add_field("at", self.tr("&Done at:"), self.at, self.tr("HH:mm dd/mm/yyyy."))
        self.decision_box = self.add_field(
            "decision",
            self.tr("&Decision:"),
            self.decision,
            self.tr("The result of the review (Mẫu số 06)."),
        )
        self.add_field(
            "note",
            self.tr("&Note:"),
            self.note,
            self.tr("For example the report's number, or what the assessment found."),
        )
        self.step.currentIndexChanged.connect(lambda _i: self._show_decision())
        self._show_decision()
        self.keep_drafts(session, "case_step", f"{case_id}/{step.value if step is not None else ''}")

    def _show_decision(self) -> None:
        review = self.step.currentData() == ProcedureStep.REVIEW
        self.decision_box.setVisible(review)
        label = self.form.labelForField(self.decision_box)
        if label is not None:
            label.setVisible(review)

    def check(self) -> dict[str, str]:
        if self.step.currentData() is None:
            return {"step": self.tr("Every step that can be recorded here is already done.")}
        return {}

    def call(self) -> Call:
        step = self.step.currentData()
        note = self.note.text().strip()
        if step == ProcedureStep.REVIEW:
            decision = DECISIONS[self.decision.currentData()]
            note = f"{decision}. {note}" if note else decision
        return (cases.complete_step, (self.session, self.case_id, step, self.at.moment(), note))
