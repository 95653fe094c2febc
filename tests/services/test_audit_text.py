"""Every audit detail the services write reads as a plain sentence with the record's code
(services/audit_text.py): on the demo school plus a day of work writing many kinds of events, and
on a table of every detail form found in the services' ``session.audit(...)`` calls."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.services import audit_log, audit_text, backup, cases, documents, register
from kimbai_desktop.services.audit_log import AuditEntry, AuditFilter
from kimbai_desktop.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo
from kimbai_desktop.services.excel_export import export_register
from kimbai_desktop.services.preferences import load_preferences, save_preferences
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import keyslots
from kimbai_desktop.storage.models import Case
from tests.conftest import FAST_KDF
from tests.helpers import EXPORT_PASSWORD

NOW = datetime(2024, 11, 20, 2, 0, tzinfo=UTC)  # 09:00 at the school
# Stored identifiers: key=value, task+, snake_case words, lower-case file formats. (English
# sentences may say "task" or "referral"; tests/gui/test_audit_sentences.py reads the Vietnamese.)
RAW = re.compile(r"[=+_]|\b(xlsx|pdf|docx)\b")


@pytest.fixture(scope="module")
def trail(tmp_path_factory: pytest.TempPathFactory) -> list[AuditEntry]:
    folder = tmp_path_factory.mktemp("audit-text") / "data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
        create_demo(folder, clock=FixedClock(NOW))
    with pytest.raises(Exception):  # noqa: B017, PT011 - a wrong password, audited at next unlock
        unlock(folder, DEMO_USERNAME, "sai mật khẩu", clock=FixedClock(NOW))
    session = unlock(folder, DEMO_USERNAME, DEMO_PASSWORD, clock=FixedClock(NOW))
    try:
        with session.db() as s:
            case_id = s.query(Case.id).order_by(Case.id).first()[0]
        cases.get_case(session, case_id)
        cases.list_cases(session)
        pupils = register.list_pupils(session)
        register.get_pupil(session, pupils[0].id)
        register.archive_pupil(session, pupils[-1].id, PupilStatus.TRANSFERRED, date(2024, 11, 19))
        export_register(session, folder.parent / "so.xlsx", password=EXPORT_PASSWORD)
        prefs = load_preferences(session)
        save_preferences(session, type(prefs)(**{**prefs.__dict__, "auto_lock_minutes": 7}))
        backup.create_backup(session, folder.parent / "backup")
        prepared = documents.prepare_report(
            session, documents.ReportRequest(documents.ReportKind.INTAKE, case_id=case_id))
        documents.save_report(session, prepared, folder.parent / "mau01.pdf",
                              password=EXPORT_PASSWORD)
        audit_text.export_events(session, folder.parent / "nhat-ky.xlsx",
                                 password=EXPORT_PASSWORD)
        return audit_log.all_events(session, AuditFilter())
    finally:
        session.sign_out(AuditAction.LOCK)


def test_the_scenario_writes_many_kinds(trail: list[AuditEntry]) -> None:
    kinds = {(e.action, e.record_type) for e in trail}
    assert len(kinds) >= 15
    details = {e.detail.split("=")[0] for e in trail if e.detail}
    assert {"entry", "task+", "referral", "import", "xlsx rows"} <= details


def test_every_event_reads_as_a_sentence_without_raw_details(trail: list[AuditEntry]) -> None:
    for e in trail:
        text = audit_text.describe(e)
        assert audit_text._describe(e, audit_text._same, "en") is not None, e  # no fallback
        if e.detail and e.detail != e.record_code and not e.detail.isalpha():
            assert e.detail not in text, (e, text)
        assert not RAW.search(text.replace(e.record_code, "").replace(e.about, "")), (e, text)
        assert "?" not in text, (e, text)  # every record it names has a code


def test_records_are_named_by_code_never_by_id(trail: list[AuditEntry]) -> None:
    by_kind = {e.record_type: e for e in trail if e.record_code}
    assert re.fullmatch(r"VV-\d{4}-\d{4}/\d{3}", by_kind["case"].record_code)
    assert re.fullmatch(r"\d+/BC-\w+", by_kind["document"].record_code)
    assert by_kind["account"].record_code == DEMO_USERNAME or by_kind["account"].record_code
    assert not by_kind["pupil"].record_code.isdigit() or len(by_kind["pupil"].record_code) >= 8
    printed = [e for e in trail if e.action == AuditAction.EXPORT and e.record_type == "document"]
    sentence = audit_text.describe(printed[0])
    assert re.fullmatch(r"Saved intake report of a case \(form 01\), no\. \d+/BC-\w+, as a PDF "
                        r"file \(case file VV-\d{4}-\d{4}/\d{3}\)", sentence), sentence


def test_the_excel_file_holds_the_sentences(trail: list[AuditEntry], tmp_path: Path) -> None:
    rows = audit_text.table(trail[:5])
    assert all(isinstance(r[0], datetime) and r[0].tzinfo is None for r in rows)
    assert rows[0][2] == audit_text.describe(trail[0])


# Every detail form written by ``session.audit(...)`` in services/ (grep session.audit), with a
# record code where the event names a record.
FORMS: list[tuple[AuditAction, str, str]] = [
    (AuditAction.CHANGE, "pupil", d) for d in (
        "", "circumstance+orphan", "circumstance-orphan", "risk", "level=intervention",
        "review=continue", "status=left", "import status=transferred", "import",
        "status=completed")
] + [
    (AuditAction.CREATE, "pupil", ""), (AuditAction.CREATE, "pupil", "import"),
    (AuditAction.VIEW, "pupil", ""), (AuditAction.VIEW, "register", "list"),
    (AuditAction.EXPORT, "register", "xlsx rows=12"),
    (AuditAction.ACCOUNT_CREATE, "account", "role=teacher"),
    (AuditAction.ACCOUNT_CREATE, "account", "setup"),
    (AuditAction.ACCOUNT_CHANGE, "account", "full_name,role=counsellor"),
    (AuditAction.ACCOUNT_DEACTIVATE, "account", ""), (AuditAction.ACCOUNT_REACTIVATE, "account", ""),
    (AuditAction.PASSWORD_RESET, "account", ""), (AuditAction.PASSWORD_RESET, "account", "recovery"),
    (AuditAction.PASSWORD_CHANGE, "account", ""), (AuditAction.ACCOUNT_REMOVE, "account", ""),
    (AuditAction.ACCOUNT_REMOVE, "account", "key rotation"),
    (AuditAction.KEY_ROTATE, "", "removed=2"),
    (AuditAction.CREATE, "document", "01/BC-THMAU"), (AuditAction.CHANGE, "document", "void"),
    (AuditAction.PRINT, "document", "01/BC-THMAU intake case=9 pdf"),
    (AuditAction.PRINT, "document", "01/BC-THMAU dossier case=9 pdf replaced=12 struck=3"),
    (AuditAction.EXPORT, "document", "02/BC-THMAU training activity=3 docx"),
    (AuditAction.EXPORT, "document", "03/BC-THMAU periodic pdf"),
    (AuditAction.EXPORT, "report", "xlsx"),
    (AuditAction.BACKUP, "backup", "manual"), (AuditAction.BACKUP, "backup", "auto daily"),
    (AuditAction.BACKUP, "backup", "auto exit"), (AuditAction.BACKUP, "backup", "auto other"),
    (AuditAction.SETTINGS_CHANGE, "settings", "auto_lock_minutes,holidays,name_order"),
    (AuditAction.SETTINGS_CHANGE, "school_profile", "school_name,school_year"),
    (AuditAction.SETTINGS_CHANGE, "school_profile", "school_year=2025-2026"),
    (AuditAction.SETTINGS_CHANGE, "recovery_key", "new recovery key"),
    (AuditAction.CREATE, "staff", ""), (AuditAction.CHANGE, "staff", ""),
    (AuditAction.CHANGE, "staff", "left"), (AuditAction.CHANGE, "staff", "back"),
    (AuditAction.CREATE, "activity", ""), (AuditAction.CHANGE, "activity", ""),
    (AuditAction.CHANGE, "activity", "material+"),
    (AuditAction.VIEW, "activity_file", ""), (AuditAction.EXPORT, "activity_file", ""),
    (AuditAction.CHANGE, "target", ""), (AuditAction.DELETE, "target", ""),
    (AuditAction.ACCESS_DENIED, "case", ""), (AuditAction.ACCESS_DENIED, "", "view_audit"),
    (AuditAction.CREATE, "case", ""), (AuditAction.CREATE, "case", "concern"),
    (AuditAction.VIEW, "cases", "list"), (AuditAction.VIEW, "case", ""),
    (AuditAction.VIEW, "case", "alert acknowledged"),
    (AuditAction.VIEW, "attachment", "case=9"), (AuditAction.EXPORT, "attachment", "case=9"),
    (AuditAction.EXPORT, "audit", "xlsx rows=40"), (AuditAction.PRINT, "audit", "rows=40"),
    (AuditAction.SIGN_IN, "", ""), (AuditAction.SIGN_OUT, "", ""), (AuditAction.LOCK, "", ""),
    (AuditAction.SIGN_IN_FAILED, "", ""), (AuditAction.SIGN_IN_FAILED, "", "unknown account"),
    (AuditAction.SIGN_IN_FAILED, "", "unknown keyslot"),
    (AuditAction.KEY_ROTATE, "", "interrupted, rolled back"),
    (AuditAction.ACCOUNT_REMOVE, "account", "key rotation"),
    (AuditAction.RESTORE, "", "backup manual 2024-11-19T08:00:00+00:00"),
] + [
    (AuditAction.CHANGE, "case", d) for d in (
        "step=planning", "closed", "reopened", "restricted=True", "restricted=False",
        "withhold_note", "notification=hotline_111", "entry=note", "correction=4", "plan",
        "task+", "task=done", "referral=health", "referral=accepted", "consent=services",
        "attachment+12", "share_override=child_safety", "share_override=authority_request",
        "body_marks+2", "body_mark=3", "body_mark-3", "body_map")
]
CODES = {"case": "VV-2024-2025/007", "pupil": "0123456789", "document": "01/BC-THMAU",
         "account": "gv.lan", "staff": "Trần Văn Bình", "activity": "Tập huấn kỹ năng",
         "activity_file": "Tập huấn kỹ năng", "target": "Hai buổi tập huấn"}


@pytest.mark.parametrize(("action", "kind", "detail"), FORMS)
def test_every_detail_form_has_a_sentence(action: AuditAction, kind: str, detail: str) -> None:
    about = "VV-2024-2025/009" if "case=" in detail else (
        "Tập huấn" if "activity=" in detail else "")
    record_id = "statistics" if kind == "report" else "9"  # a report is named by its kind
    entry = AuditEntry(1, NOW, "gv.lan", action, action.value, kind, record_id, detail,
                       CODES.get(kind, ""), about)
    text = audit_text._describe(entry, audit_text._same, "en")
    assert text is not None, entry
    rest = text.replace(entry.record_code, "").replace(about, "")
    assert not RAW.search(rest), text
    assert "9" not in rest.replace("2024", "").replace("19/11", ""), text  # no internal ids
