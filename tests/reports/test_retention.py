"""Retention and destruction (issue 19, point 7): a closed case and a pupil who left are listed
when their period is over (an injectable clock); the biên bản hủy names two signers and must be
printed before anything is deleted; destruction leaves no byte of the content in the database
(read through SQLCipher and as a decrypted copy), keeps a tombstone, and the audit chain still
verifies."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, text

from kimbai_desktop.domain.errors import KimbaiError, PermissionDenied
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.domain.retention import RecordKind, due_on
from kimbai_desktop.domain.text import fold
from kimbai_desktop.services import audit_log, register, retention
from kimbai_desktop.services.preferences import load_preferences
from kimbai_desktop.storage.engine import raw_connect
from kimbai_desktop.storage.models import Attachment, Case
from tests.reports import pdftools
from tests.reports.test_reports import check_official

CANARY = "Chimcanhcut Quetxanh 7Q9Z"  # a narrative nobody else writes
BLOB = b"ATTACHMENT-CANARY-4F2A"


def _closed_case(session) -> int:
    """A demo case, closed, with the canary in its narrative, chronology and an attachment."""
    with session.write() as s:
        case = s.scalars(select(Case).order_by(Case.id)).first()
        case.summary = f"{CANARY} nói chuyện với cô giáo."
        case.search_text = case.search_text + " " + CANARY.lower()
        case.status, case.closed_at = "closed", datetime(2025, 1, 10, 3, 0)
        s.add(Attachment(case_id=case.id, filename="ghi-chep.txt", mime="text/plain",
                         size=len(BLOB), sha256="0" * 64, data=BLOB, added_by=1,
                         added_at=datetime(2025, 1, 9)))
        return case.id


def _scan(session, tmp_path, needles: list[bytes]) -> list[str]:
    """Where the needles are: in any table read through SQLCipher, in a decrypted copy of the
    whole file (raw bytes), and in the encrypted file and its WAL."""
    found = []
    conn = raw_connect(session.folder.db_path, session.data_key)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    blob = value if isinstance(value, bytes) else str(value).encode()
                    found += [f"sql: {table}" for n in needles if n in blob]
        plain = tmp_path / f"plain-{len(list(tmp_path.glob('plain-*')))}.db"
        conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        conn.close()
    raw = plain.read_bytes()
    assert raw.startswith(b"SQLite format 3")  # the copy really is decrypted
    for n in needles:
        for form in (n, n.decode().encode("utf-16-le")):
            if form in raw:
                found.append(f"decrypted copy: {form!r}")
    for path in session.folder.db_path.parent.glob("kimbai.db*"):
        for n in needles:
            if n in path.read_bytes():
                found.append(f"{path.name}: {n!r}")
    return found


def test_a_record_is_listed_only_when_its_period_is_over(principal, clock, sign_in) -> None:
    cid = _closed_case(principal)
    years = load_preferences(principal).case_retention_years
    assert all(r.record_id != cid for r in retention.due_records(principal))
    clock.current = datetime(2025 + years, 1, 9, 3, 0, tzinfo=clock.current.tzinfo)
    assert all(r.record_id != cid for r in retention.due_records(principal))
    clock.advance(days=1)
    due = [r for r in retention.due_records(principal) if r.record_id == cid
           and r.kind == RecordKind.CASE]
    assert len(due) == 1
    assert due[0].due_on == due_on(date(2025, 1, 10), years) == date(2025 + years, 1, 10)
    assert retention.due_records(sign_in("tuvan")) == []  # the principal's decision


def test_destruction_needs_a_printed_record_and_removes_the_content(
        principal, clock, tmp_path) -> None:
    cid = _closed_case(principal)
    clock.current = datetime(2040, 1, 1, 3, 0, tzinfo=clock.current.tzinfo)
    code = next(r.code for r in retention.due_records(principal) if r.record_id == cid)
    assert _scan(principal, tmp_path, [CANARY.encode(), BLOB])  # there before
    with pytest.raises(KimbaiError):  # a second signer is needed
        retention.prepare_destruction(principal, RecordKind.CASE, cid, "")
    prepared = retention.prepare_destruction(principal, RecordKind.CASE, cid, "Lê Văn Chứng")
    with pytest.raises(KimbaiError):  # not printed yet: nothing is deleted
        retention.destroy(principal, prepared)
    pdfs: list[bytes] = []
    printed = retention.output_destruction(principal, prepared, pdfs.append)
    assert printed.entry is not None and printed.entry.reference.endswith("/BB-" +
                                                                          "THMAU")
    profile = principal.school_profile()
    from kimbai_desktop.services.documents import ReportKind

    check_official(pdfs[0], profile, ReportKind.AUDIT, clock.current.date())  # a BIÊN BẢN
    words = " ".join(pdftools.text(pdfs[0]).split())
    for part in ("Hủy hồ sơ hết thời hạn bảo quản", code, "Lê Văn Chứng", profile.principal_name,
                 "NGƯỜI CHỨNG KIẾN", printed.content_hash[:16]):
        assert part in words, part
    assert CANARY not in words  # the record names no content

    tomb = retention.destroy(principal, printed)
    assert tomb.code == code and tomb.content_hash == printed.content_hash
    assert retention.tombstones(principal)[-1].document_ref == printed.entry.reference
    with principal.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM cases WHERE id = :i"), {"i": cid}).scalar() == 0
        assert c.execute(text("SELECT count(*) FROM case_entries WHERE case_id = :i"),
                         {"i": cid}).scalar() == 0
        assert c.execute(text("PRAGMA secure_delete")).scalar() == 1
    assert _scan(principal, tmp_path, [CANARY.encode(), BLOB]) == []
    chain = audit_log.verify_chain(principal)
    assert chain.ok
    # The access log still names the case by its code; the event holds no content.
    events = audit_log.list_events(principal, limit=5)
    assert any(e.record_code == code and e.action.value == "delete" for e in events)
    with pytest.raises(KimbaiError):  # nothing left to destroy twice
        retention.destroy(principal, printed)


def test_a_pupil_who_left_is_destroyed_with_the_search_index(principal, clock, tmp_path,
                                                              sign_in) -> None:
    everyone = register.list_pupils(principal, register.PupilQuery(status=None), limit=10_000)
    with principal.engine.connect() as c:
        in_cases = set(c.execute(text("SELECT full_name FROM case_children")).scalars())
    names = [p.full_name for p in everyone]
    pupil = next(p for p in everyone if p.full_name not in in_cases
                 and names.count(p.full_name) == 1)
    name = pupil.full_name
    register.archive_pupil(principal, pupil.id, PupilStatus.TRANSFERRED,
                           clock.current.date() - timedelta(days=1))
    with pytest.raises(PermissionDenied):
        retention.prepare_destruction(sign_in("tuvan"), RecordKind.PUPIL, pupil.id, "A")
    with pytest.raises(KimbaiError):  # not due yet
        retention.prepare_destruction(principal, RecordKind.PUPIL, pupil.id, "Lê Văn Chứng")
    clock.current = clock.current.replace(year=clock.current.year + 6)
    prepared = retention.prepare_destruction(principal, RecordKind.PUPIL, pupil.id,
                                             "Lê Văn Chứng")
    printed = retention.output_destruction(principal, prepared, lambda data: None)
    retention.destroy(principal, printed)
    found = register.list_pupils(principal, register.PupilQuery(text=name), limit=50)
    assert name not in [p.full_name for p in found]
    with principal.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM pupil_search WHERE rowid = :i"),
                         {"i": pupil.id}).scalar() == 0
    assert _scan(principal, tmp_path, [name.encode(), fold(name).encode()]) == []
    assert audit_log.verify_chain(principal).ok
