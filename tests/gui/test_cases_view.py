"""The case view: who may open it, the chronology (order, corrections linked both ways, the
integrity check), closing that explains what is missing, reopening, referrals and consent, and
documents viewed inside the program from memory (a PNG) or saved as an audited copy (a PDF
where Qt PDF is missing)."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.cases import CaseStatus, EntryKind, ReferralStatus, Service
from kimbai_desktop.domain.enums import ProcedureStep
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.cases.attachments_dialog import AttachmentsDialog
from kimbai_desktop.gui.cases.case_view import CaseView
from kimbai_desktop.gui.cases.close_dialog import CloseCaseDialog
from kimbai_desktop.gui.cases.common import set_combo_data
from kimbai_desktop.gui.cases.consent_dialog import ConsentDialog
from kimbai_desktop.gui.cases.entry_dialog import EntryDialog
from kimbai_desktop.gui.cases.referral_dialog import ReferralDialog
from kimbai_desktop.gui.pages.cases_page import CasesPage
from kimbai_desktop.services.audit_log import AuditFilter, list_events
from tests.gui.helpers import run, type_text
from tests.gui.test_cases_support import (  # noqa: F401
    TIMEOUT,
    clock,
    demo,
    open_case,
    run_dialog,
    show,
    sign_in,
    tr,
)

LEFT = Qt.MouseButton.LeftButton
ONLINE_CASE = 4  # plan, tasks, a referral; many chronology entries
CLOSED_CASE = 6


def test_a_teacher_cannot_open_a_case_view(qtbot, worker, sign_in) -> None:
    teacher = sign_in("giaovien")
    page = show(qtbot, CasesPage(teacher, worker))
    assert not page.allowed and page.stack.isHidden()
    page.show_case(1)
    page.new_case()
    assert page.case_view.detail is None and page.intake_dialog is None

    view = show(qtbot, CaseView(teacher, worker))  # even if someone built one
    view.load(1)
    qtbot.waitUntil(lambda: view.case_id is None and bool(messages.history), timeout=TIMEOUT)
    assert view.detail is None and view.chronology.model.rowCount() == 0
    assert [kind for kind, _t, _x in messages.history] == ["critical"]  # said once
    assert not any(b.isEnabled() for b in view.action_buttons())


def test_the_chronology_in_both_orders_with_a_linked_correction(qtbot, worker, sign_in) -> None:
    page = show(qtbot, CasesPage(sign_in("tuvan"), worker))
    view = open_case(qtbot, page, ONLINE_CASE)
    chronology, model = view.chronology, view.chronology.model
    times = [e.event_at for e in model.entries]
    assert times == sorted(times, reverse=True)  # newest first by default
    with qtbot.waitSignal(chronology.loaded, timeout=TIMEOUT):
        chronology.set_newest_first(False)
    times = [e.event_at for e in model.entries]
    assert times == sorted(times) and model.entry(0).text == "Tiếp nhận"
    kinds = {e.kind for e in model.entries}
    assert {EntryKind.STEP, EntryKind.CALL, EntryKind.REFERRAL, EntryKind.TASK_DONE} <= kinds
    for row in range(model.rowCount()):
        assert model.data(model.index(row, 2)) == model.entry(row).kind.vi
        assert model.data(model.index(row, 2), Qt.ItemDataRole.DecorationRole) is not None

    row = next(r for r, e in enumerate(model.entries) if e.text == "Đánh giá ban đầu")
    original = model.entry(row)
    chronology.table.selectRow(row)
    assert chronology.correct_button.isEnabled()
    qtbot.mouseClick(chronology.correct_button, LEFT)
    dialog = view.current_dialog
    assert isinstance(dialog, EntryDialog) and dialog.corrects == original
    dialog.submit()
    assert dialog.isVisible() and dialog.field_error("text")  # nothing written yet
    type_text(dialog.text, "Đánh giá ban đầu ngày 21/9, không phải 20/9 như ghi nhầm.")
    run_dialog(qtbot, view, dialog)

    fixed = next(e for e in model.entries if e.id == original.id)
    correction = next(e for e in model.entries if e.corrects_id == original.id)
    assert fixed.corrected_by == (correction.id,) and fixed.text == "Đánh giá ban đầu"
    assert correction.kind == EntryKind.CORRECTION
    shown = model.data(model.index(model.row_of(correction.id), 3))
    assert shown.startswith(
        tr("ChronologyModel", "Corrects entry no. {seq}:").format(seq=original.seq)
    )
    assert tr("ChronologyModel", "Corrected by entry no. {seqs}").format(
        seqs=correction.seq
    ) in model.data(model.index(model.row_of(original.id), 3))
    chronology.table.doubleClicked.emit(model.index(model.row_of(correction.id), 3))
    assert chronology.selected_entry().id == original.id  # follows the link
    chronology.table.selectRow(model.row_of(correction.id))
    assert not chronology.correct_button.isEnabled()  # a correction is corrected by a new one

    chronology.verify()
    qtbot.waitUntil(lambda: not chronology.checking, timeout=TIMEOUT)
    assert chronology.integrity.text() == tr(
        "ChronologyView", "✔ Intact: all {count} entries are as they were written."
    ).format(count=model.rowCount())


def test_closing_explains_what_is_missing_then_closes_and_reopens(qtbot, worker, sign_in) -> None:
    page = show(qtbot, CasesPage(sign_in("tuvan"), worker))
    view = open_case(qtbot, page, 3)
    qtbot.mouseClick(view.close_button, LEFT)
    assert view.current_dialog is None
    kind, _title, text = messages.history[-1]
    assert kind == "information" and "Rà soát, đánh giá" in text and "Báo cáo kết quả" in text

    view = open_case(qtbot, page, 5)  # reviewed and reported: ready to close
    assert view.missing_to_close() == []
    qtbot.mouseClick(view.close_button, LEFT)
    dialog = view.current_dialog
    assert isinstance(dialog, CloseCaseDialog)
    run_dialog(qtbot, view, dialog)
    assert view.detail.brief.status == CaseStatus.CLOSED
    assert not view.note_button.isEnabled() and view.reopen_button.isEnabled()

    qtbot.mouseClick(view.reopen_button, LEFT)
    reopen = view.current_dialog
    reopen.submit()
    assert reopen.isVisible() and reopen.field_error("reason")
    type_text(reopen.note, "Phụ huynh báo trẻ lại bị bắt nạt.")
    run_dialog(qtbot, view, reopen)
    assert view.detail.brief.status == CaseStatus.OPEN and view.note_button.isEnabled()
    assert view.detail.brief.step == ProcedureStep.REVIEW  # the last step done, in due order


def test_a_referral_is_recorded_and_followed_up(qtbot, worker, sign_in) -> None:
    page = show(qtbot, CasesPage(sign_in("tuvan"), worker))
    view = open_case(qtbot, page, ONLINE_CASE)
    qtbot.mouseClick(view.refer_button, LEFT)
    dialog = view.current_dialog
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(lambda: len(dialog.referrals) == 1, timeout=TIMEOUT)
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.boxes["to_whom"].error.message()  # beside the field
    set_combo_data(dialog.service, Service.HEALTH)
    type_text(dialog.to_whom, "Trạm y tế xã Hoa Mai")
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: len(dialog.referrals) == 2, timeout=TIMEOUT)
    dialog.table.selectRow(1)
    set_combo_data(dialog.new_status, ReferralStatus.ACCEPTED)
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.status_button, LEFT)
    qtbot.waitUntil(lambda: dialog.referrals[1].status == ReferralStatus.ACCEPTED, timeout=TIMEOUT)
    assert dialog.table.item(1, 3).text() == "Đã tiếp nhận"
    dialog.reject()
    qtbot.waitUntil(lambda: not view.chronology.loading, timeout=TIMEOUT)
    assert any(
        e.text == "Chuyển tuyến Trạm y tế xã Hoa Mai: Đã tiếp nhận"
        for e in view.chronology.model.entries
    )


def test_consent_from_age_seven_needs_the_child_too(qtbot, worker, sign_in) -> None:
    from kimbai_desktop.domain.cases import ConsentScope

    page = show(qtbot, CasesPage(sign_in("tuvan"), worker))
    view = open_case(qtbot, page, ONLINE_CASE)
    qtbot.mouseClick(view.consent_button, LEFT)
    dialog = view.current_dialog
    assert isinstance(dialog, ConsentDialog)
    ages = [c.age for c in view.detail.children if c.age is not None]
    assert dialog.child_age.value() == (ages[0] if ages else -1)  # the child's age, preset
    dialog.child_age.setFocus()
    dialog.child_age.selectAll()
    qtbot.keyClicks(dialog.child_age, "9")  # the counsellor corrects it: from 7 the child agrees
    assert dialog.child_age.value() == 9
    type_text(dialog.consenter, "Đặng Văn Bố")
    type_text(dialog.relation, "bố")
    set_combo_data(dialog.scope, ConsentScope.DISCLOSURE)
    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    assert dialog.boxes["child_agreed"].error.message()
    dialog.child_agreed.setChecked(True)
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=TIMEOUT)
    type_text(dialog.withhold, "Không cho người lạ biết trường em học.")
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.withhold_button, LEFT)
    dialog.reject()
    qtbot.waitUntil(lambda: not view.loading, timeout=TIMEOUT)
    assert view.detail.withhold_note == "Không cho người lạ biết trường em học."


def png_file(folder: Path) -> Path:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    path = folder / "vết bầm.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def no_temp_files(monkeypatch):
    """Viewing must never write a temporary file (signing in may replace kimbai.keys, which
    holds no personal data: its lock-out counter)."""
    import sys

    def refuser(real):
        def refuse(*a, **k):
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_name != "save_unsealed_part":
                frame = frame.f_back
            if frame is not None:
                return real(*a, **k)
            raise AssertionError("a temporary file was made")
        return refuse

    for name in ("mkstemp", "NamedTemporaryFile", "TemporaryFile", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, refuser(getattr(tempfile, name)))


def test_a_png_is_added_and_shown_from_memory(
    qtbot, worker, sign_in, tmp_path, no_temp_files
) -> None:
    page = show(qtbot, CasesPage(sign_in("tuvan"), worker))
    view = open_case(qtbot, page, ONLINE_CASE)
    qtbot.mouseClick(view.documents_button, LEFT)
    dialog = view.current_dialog
    assert isinstance(dialog, AttachmentsDialog)
    messages.set_next_path(png_file(tmp_path))
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: len(dialog.files) == 1, timeout=TIMEOUT)
    assert dialog.table.item(0, 0).text() == "vết bầm.png"
    qtbot.mouseClick(dialog.view_button, LEFT)
    qtbot.waitUntil(lambda: dialog.viewer is not None, timeout=TIMEOUT)
    viewer = dialog.viewer
    assert viewer.shown_as == "image"
    assert viewer.image.width() == 64 and not viewer.canvas.pixmap().isNull()
    viewer.reject()
    assert viewer.image.isNull()  # forgotten when closed
    dialog.reject()
    qtbot.waitUntil(lambda: not view.chronology.loading, timeout=TIMEOUT)
    assert any(e.kind == EntryKind.DOCUMENT for e in view.chronology.model.entries)


def test_a_file_that_cannot_be_shown_is_explained_and_saved_on_request(
    qtbot, worker, sign_in, tmp_path
) -> None:
    principal = sign_in("demo")
    page = show(qtbot, CasesPage(principal, worker))
    view = open_case(qtbot, page, ONLINE_CASE)
    big = tmp_path / "quá lớn.pdf"
    with big.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    pdf = tmp_path / "biên bản.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% not a real document\n")
    qtbot.mouseClick(view.documents_button, LEFT)
    dialog = view.current_dialog
    messages.set_next_path(big)
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert "20 MB" in dialog.error.message() and not dialog.busy
    messages.set_next_path(pdf)
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: len(dialog.files) == 1, timeout=TIMEOUT)
    dialog.view()
    qtbot.waitUntil(lambda: dialog.viewer is not None, timeout=TIMEOUT)
    viewer = dialog.viewer
    assert viewer.shown_as == "none"  # a damaged PDF is explained, with the save button
    assert viewer.body.currentIndex() == 1 and "PDF" in viewer.explanation.text()
    out = tmp_path / "usb"
    out.mkdir()
    messages.set_next_path(out)
    qtbot.mouseClick(viewer.save_button, LEFT)
    qtbot.waitUntil(lambda: (out / "biên bản.pdf").exists() and not dialog.busy, timeout=TIMEOUT)
    assert (out / "biên bản.pdf").read_bytes() == pdf.read_bytes()
    assert messages.history[-1][0] == "information"
    exports = run(
        qtbot,
        worker,
        list_events,
        principal,
        AuditFilter(action=AuditAction.EXPORT, record_type="attachment"),
    )
    assert len(exports) == 1


def test_a_real_pdf_is_shown_inside_the_program_from_memory(
    qtbot, worker, sign_in, tmp_path, monkeypatch
) -> None:
    import io
    import tempfile

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    drawing.drawString(100, 700, "Bien ban (mau)")
    drawing.showPage()
    drawing.drawString(100, 700, "Trang 2")
    drawing.save()
    pdf = tmp_path / "biên bản thật.pdf"
    pdf.write_bytes(buffer.getvalue())

    def no_temp_files(*_a, **_k):
        raise AssertionError("a temporary file was made")

    principal = sign_in("demo")
    page = show(qtbot, CasesPage(principal, worker))
    view = open_case(qtbot, page, ONLINE_CASE)
    qtbot.mouseClick(view.documents_button, LEFT)
    dialog = view.current_dialog
    messages.set_next_path(pdf)
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: len(dialog.files) == 1, timeout=TIMEOUT)
    for name in ("NamedTemporaryFile", "mkstemp", "mkdtemp", "TemporaryFile"):
        monkeypatch.setattr(tempfile, name, no_temp_files)
    dialog.view()
    qtbot.waitUntil(lambda: dialog.viewer is not None, timeout=TIMEOUT)
    viewer = dialog.viewer
    assert viewer.shown_as == "pdf"
    from PySide6.QtWidgets import QLabel

    widgets = [viewer.pages_layout.itemAt(i).widget() for i in range(viewer.pages_layout.count())]
    pages = [w for w in widgets if isinstance(w, QLabel) and w is not viewer.canvas
             and not w.pixmap().isNull()]
    assert len(pages) == 2 and pages[0].pixmap().width() > 500
    viewer.close()
