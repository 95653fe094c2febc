"""The handover dialogs acting as a user (issue 21): the counsellor makes the package with the
principal's password, the passphrase is shown once; the receiving school opens it, sees what it
holds before anything is written, imports it, and the transfer log lists it."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.domain.cases import Place
from kimbai_desktop.domain.enums import AbuseForm, CaseSubject, InfoSource, RiskLevel, Role, Sex
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.handover.export_dialog import HandoverExportDialog, PassphraseDialog
from kimbai_desktop.gui.handover.import_dialog import HandoverImportDialog
from kimbai_desktop.gui.handover.log_dialog import TransferLogDialog
from kimbai_desktop.services import accounts, cases, handover, register
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import run, tr, type_text
from tests.helpers import PASSWORD, USERNAME, make_school

VN = timezone(timedelta(hours=7))
CODE = "0111222333"


def _sender(folder):
    make_school(folder)
    s = unlock(folder, USERNAME, PASSWORD)
    try:
        accounts.add_account(s, "tuvan", "Lê Tư Vấn", Role.COUNSELLOR, "tuvan-pass-123")
        pid = register.save_pupil(s, register.PupilInput(
            full_name="Đỗ Minh Châu", sex=Sex.MALE, student_code=CODE))
        received = datetime.now(VN) - timedelta(days=2)
        cases.open_case(s, cases.CaseIntake(
            children=(cases.ChildInput(pupil_id=pid),), forms=(AbuseForm.NEGLECT,),
            received_at=received, discovered_at=received, source=InfoSource.IN_PERSON,
            place=Place.SCHOOL, subject=CaseSubject.ABUSED, risk_level=RiskLevel.MEDIUM,
            summary="Em thường không được ăn sáng"))
        register.archive_pupil(s, pid, PupilStatus.TRANSFERRED, date.today())
        return pid
    finally:
        s.close()


def test_make_then_import_a_package_as_users_do(qtbot, worker, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    pid = _sender(a)
    make_school(b, school_name="Trường Tiểu học Nhận", document_symbol="THN",
                school_year=f"{date.today().year}-{date.today().year + 1}")
    counsellor = run(qtbot, worker, unlock, a, "tuvan", "tuvan-pass-123")
    pkg = tmp_path / "goi.kimbai-handover"
    try:
        dialog = HandoverExportDialog(counsellor, worker, pid, "Đỗ Minh Châu")
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitUntil(lambda: dialog.cases.count() == 1)
        assert dialog.cases.item(0).checkState() == Qt.CheckState.Checked
        type_text(dialog.to_school, "Trường Tiểu học Nhận")
        messages.set_next_path(str(tmp_path / "goi"))
        dialog.choose_file()
        assert dialog.out.text() == str(pkg)
        dialog.submit()  # no principal yet: messages beside the fields, nothing made
        assert dialog.field_error("principal") and not pkg.exists()
        dialog.grab().save(str(tmp_path / "export.png"))
        type_text(dialog.principal, USERNAME)
        type_text(dialog.principal_password, PASSWORD)
        results = []
        dialog.succeeded.connect(results.append)
        qtbot.keyClick(dialog.principal_password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(results), timeout=15_000)
        assert pkg.exists() and dialog.principal_password.text() == ""
        shown = PassphraseDialog(counsellor, worker, results[0])
        qtbot.addWidget(shown)
        shown.open()
        passphrase = shown.passphrase.text()
        assert passphrase == results[0].passphrase
        messages.set_next_path(str(tmp_path / "bien-ban.pdf"))
        shown.slip_button.click()
        qtbot.waitUntil(lambda: bool(shown.saved), timeout=15_000)
        assert (tmp_path / "bien-ban.pdf").read_bytes().startswith(b"%PDF")
        shown.grab().save(str(tmp_path / "passphrase.png"))
        shown.reject()
    finally:
        run(qtbot, worker, counsellor.close)

    principal_b = run(qtbot, worker, unlock, b, USERNAME, PASSWORD)
    try:
        log = TransferLogDialog(principal_b, worker)
        qtbot.addWidget(log)
        log.open()
        log.import_button.click()
        imp = log.child
        assert isinstance(imp, HandoverImportDialog)
        type_text(imp.file, str(pkg))
        qtbot.keyClicks(imp.passphrase, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
        imp.next_button.click()
        qtbot.waitUntil(lambda: not imp.busy.isVisible() and imp.next_button.isEnabled(),
                        timeout=15_000)
        assert imp.pages.currentIndex() == 0
        assert tr("Errors", "The handover passphrase is not correct. Type it again exactly as "
                  "printed on the handover slip (8 groups of 5 letters and digits; dashes and "
                  "spaces do not matter).") in _error_text(imp)
        imp.passphrase.clear()
        qtbot.keyClicks(imp.passphrase, passphrase.lower())
        qtbot.keyClick(imp.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: imp.pages.currentIndex() == 1, timeout=15_000)
        summary = imp.summary.text()
        assert "Đỗ Minh Châu" in summary and CODE in summary and "Lê Tư Vấn" in summary
        assert imp.new_radio.isChecked() and not imp.match_radio.isVisible()
        imp.grab().save(str(tmp_path / "summary.png"))
        # Nothing was written by opening it.
        assert run(qtbot, worker, handover.transfer_log, principal_b) == []
        imp.next_button.click()
        qtbot.waitUntil(lambda: imp.pages.currentIndex() == 2, timeout=15_000)
        rows = run(qtbot, worker, handover.transfer_log, principal_b)
        assert len(rows) == 1 and rows[0].direction == handover.RECEIVED
        assert rows[0].pupil_name == "Đỗ Minh Châu" and rows[0].receipt_on is not None
        imp.next_button.click()
        qtbot.waitUntil(lambda: log.child is None and log.table.rowCount() == 1,
                        timeout=15_000)
        log.grab().save(str(tmp_path / "log.png"))
        # The received records, read-only, with the chain checked.
        log.table.selectRow(0)
        assert log.view_button.isEnabled() and not log.receipt_button.isEnabled()
        log.view_button.click()
        seen = log.child
        qtbot.waitUntil(lambda: bool(seen.chain.text()), timeout=15_000)
        assert seen.chain.text().startswith("✓")
        assert "Em thường không được ăn sáng" in seen.view.toPlainText()
        seen.grab().save(str(tmp_path / "received.png"))
        seen.reject()
        qtbot.waitUntil(lambda: log.child is None, timeout=5_000)
        log.reject()
    finally:
        run(qtbot, worker, principal_b.close)


def _error_text(dialog) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(w.text() for w in dialog.error.findChildren(QLabel))


def test_leaving_without_saving_the_slip_asks_first(qtbot, worker, tmp_path):
    a = tmp_path / "a"
    pid = _sender(a)
    principal = run(qtbot, worker, unlock, a, USERNAME, PASSWORD)
    try:
        result = run(qtbot, worker, handover.export_package, principal, pid, [],
                     tmp_path / "x.kimbai-handover", to_school="")
        shown = PassphraseDialog(principal, worker, result)
        qtbot.addWidget(shown)
        shown.open()
        messages.set_next_answer(QMessageBox.StandardButton.No)
        shown.reject()
        assert shown.isVisible() and shown.passphrase.text() == result.passphrase
        messages.set_next_answer(QMessageBox.StandardButton.Yes)
        shown.reject()
        assert not shown.isVisible() and shown.passphrase.text() == ""
    finally:
        run(qtbot, worker, principal.close)


def test_a_lock_closes_the_handover_dialogs_and_empties_the_passphrase(qtbot, worker, tmp_path):
    from kimbai_desktop.gui.handover import close_now

    a = tmp_path / "a"
    _sender(a)
    principal = run(qtbot, worker, unlock, a, USERNAME, PASSWORD)
    try:
        log = TransferLogDialog(principal, worker)
        qtbot.addWidget(log)
        log.open()
        log.import_button.click()
        imp = log.child
        qtbot.keyClicks(imp.passphrase, "ABCDE-FGHJK")
        close_now(log)
        assert not log.isVisible() and not imp.isVisible() and imp.passphrase.text() == ""
        close_now(log)  # twice, or after Qt deleted it: nothing happens
    finally:
        run(qtbot, worker, principal.close)
