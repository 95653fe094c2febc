"""A referral without the family's consent, as a user meets it: the plain reason dialog opens
(nothing saved yet); Esc leaves nothing; choosing a reason the law allows, writing the note and
pressing the share button records the referral with its reason in the chronology. Screenshot of
the dialog in $KIMBAI_SHOTS_DIR (or /tmp)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kimbai_desktop.domain.cases import ShareReason
from kimbai_desktop.gui.cases.referral_dialog import ReferralDialog
from kimbai_desktop.gui.cases.share_override_dialog import ShareOverrideDialog
from kimbai_desktop.services import case_work, cases
from tests.gui.helpers import run, tr, type_text
from tests.gui.test_cases_support import show

pytest_plugins = ("tests.gui.test_cases_support",)  # the shared fixtures


def case_without_consent(qtbot: Any, worker: Any, session: Any) -> int:
    for brief in run(qtbot, worker, cases.list_cases, session):
        if brief.status.value == "open" and not run(qtbot, worker, case_work.list_consents,
                                                    session, brief.id):
            return brief.id
    raise AssertionError("no open case without consent in the demo")


def reason_dialog(qtbot: Any, parent: Any) -> ShareOverrideDialog:
    found: list[ShareOverrideDialog] = []

    def shown() -> bool:
        found[:] = [d for d in parent.findChildren(ShareOverrideDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    return found[-1]


def test_a_referral_without_consent_asks_for_a_reason(qtbot, worker, sign_in) -> None:
    session = sign_in("demo")
    case_id = case_without_consent(qtbot, worker, session)
    referrals = lambda: run(qtbot, worker, case_work.list_referrals, session, case_id)  # noqa: E731
    dialog = show(qtbot, ReferralDialog(session, worker, case_id), 820, 600)
    type_text(dialog.to_whom, "Trung tâm công tác xã hội tỉnh")
    dialog.add_button.click()
    asked = reason_dialog(qtbot, dialog)
    assert not asked.share_button.isEnabled()  # a reason must be chosen first
    qtbot.keyClick(asked, Qt.Key.Key_Escape)  # Esc: nothing shared, nothing lost
    qtbot.waitUntil(lambda: not asked.isVisible(), timeout=5_000)
    assert referrals() == [] and dialog.to_whom.text() == "Trung tâm công tác xã hội tỉnh"

    dialog.add_button.click()
    asked = reason_dialog(qtbot, dialog)
    button = next(b for b in asked.reasons.buttons()
                  if b.property("reason") == ShareReason.CHILD_SAFETY.value)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked.reason() == ShareReason.CHILD_SAFETY and asked.share_button.isEnabled()
    qtbot.mouseClick(asked.share_button, Qt.MouseButton.LeftButton)  # no note yet
    assert asked.isVisible() and asked.note_box.error.message() == tr(
        "Errors", "Write in a few words what danger the child is in.")
    type_text(asked.note, "Trẻ bị đe dọa tại nhà, cần hỗ trợ ngay")
    shots = Path(os.environ.get("KIMBAI_SHOTS_DIR", "/tmp"))
    shots.mkdir(parents=True, exist_ok=True)
    asked.grab().save(str(shots / "chua-co-su-dong-y.png"))
    qtbot.mouseClick(asked.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(referrals()), timeout=10_000)
    assert [r.to_whom for r in referrals()] == ["Trung tâm công tác xã hội tỉnh"]
    texts = [e.text for e in run(qtbot, worker, case_work.list_entries, session, case_id)]
    entry = next(t for t in texts if "Trung tâm công tác xã hội tỉnh" in t)
    assert "chưa có sự đồng ý" in entry and "đe dọa tại nhà" in entry
