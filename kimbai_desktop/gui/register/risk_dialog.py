"""Marking a pupil "có nguy cơ rơi vào hoàn cảnh đặc biệt" (at risk), with the risk factors
written down, or taking the mark away."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.gui.register.form_dialog import RegisterDialog
from kimbai_desktop.gui.service_dialog import Call
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import note_editor
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import set_risk


class RiskDialog(RegisterDialog):
    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        pupil_id: int,
        at_risk: bool,
        factors: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, worker, parent)
        self.pupil_id = pupil_id
        self.set_texts(
            self.tr("At risk"),
            self.tr(
                "A child at risk of falling into special circumstances is followed in the "
                "register and reviewed regularly. Write down what puts the child at risk."
            ),
            self.tr("&Save"),
        )
        self.at_risk = QCheckBox(self.tr("The child is &at risk"), self)
        self.at_risk.setChecked(True)  # opened to mark the child; untick to take it away
        self.factors = note_editor(self, 4)
        apply_limit(self.factors, limits.NOTE)
        self.factors.setPlainText(factors)
        self.add_field("at_risk", "", self.at_risk)
        self.add_field(
            "risk_factors",
            self.tr("Risk &factors"),
            self.factors,
            self.tr(
                "For example: parents work far away, the child lives with elderly grandparents."
            ),
        )
        self.at_risk.toggled.connect(self.factors.setEnabled)
        self.factors.setEnabled(self.at_risk.isChecked())
        self.keep_drafts(session, "risk", pupil_id)

    def check(self) -> dict[str, str]:
        if self.at_risk.isChecked() and not self.factors.toPlainText().strip():
            return {
                "risk_factors": self.tr(
                    'Write down the risk factors, or untick "The child is at risk".'
                )
            }
        return {}

    def call(self) -> Call:
        return set_risk, (
            self.session,
            self.pupil_id,
            self.at_risk.isChecked(),
            self.factors.toPlainText(),
        )
