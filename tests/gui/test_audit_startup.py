"""The window's start-up check of the audit trail (issue 14, point 4): it runs in slices on the
one worker, so a user's job runs between two slices, and the principal is told in Vietnamese
when the trail was rewritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.gui import messages
from kimbai_desktop.services import audit_verify
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.engine import create_cipher_engine
from kimbai_desktop.storage.keyslots import KeyslotFile
from tests.gui.helpers import sign_in, type_text
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def school(data_dir: Path) -> Path:
    make_school(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    for n in range(12):
        p.audit(AuditAction.VIEW, "case", n)
    p.close()
    return data_dir


def test_the_check_yields_to_a_users_job_between_slices(qtbot, school, make_controller,
                                                        monkeypatch) -> None:
    order: list[str] = []
    real_step = audit_verify.step

    def step(session, check, limit):  # type: ignore[no-untyped-def]
        order.append("slice")
        return real_step(session, check, limit)

    monkeypatch.setattr(audit_verify, "step", step)
    controller = make_controller(school)
    controller.audit_check.slice = 2
    controller.start()
    dialog = controller.unlock_dialog
    type_text(dialog.username, USERNAME)
    type_text(dialog.password, PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: "slice" in order, timeout=15_000)
    controller.worker.submit(lambda: order.append("user"))  # e.g. opening a page
    qtbot.waitUntil(lambda: controller.audit_check.report is not None, timeout=20_000)
    assert "user" in order and order.index("user") < len(order) - 1  # a slice came after it
    assert controller.audit_check.slices >= 5
    assert controller.audit_check.report.ok


def test_the_principal_is_told_when_the_trail_was_cut(qtbot, school, make_controller) -> None:
    folder = DataFolder(school)
    key = KeyslotFile.load(folder.keys_path).unwrap_account(USERNAME, PASSWORD)
    engine = create_cipher_engine(folder.db_path, key)
    with engine.begin() as c:  # a data-key holder deletes the last events
        c.execute(text("DROP TRIGGER audit_events_no_delete"))
        c.execute(text("DELETE FROM audit_events WHERE id > 5"))
    engine.dispose()
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    qtbot.waitUntil(lambda: controller.audit_check.report is not None, timeout=20_000)
    kind, title, body = messages.history[-1]
    assert kind == "warning" and title == "Nhật ký truy cập KHÔNG còn nguyên vẹn"
    assert "các sự kiện cuối đã bị cắt bỏ" in body and "kimbai.head" in body
