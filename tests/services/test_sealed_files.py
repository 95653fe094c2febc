"""Sealed case files (issue 14, points 2 and 3): sealed by cryptography, not only by the screens.

Each attack of the issue that concerns sealed files is tried here with nothing but an account's
own password, the database key and the files on disk."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import sqlcipher3
from sqlalchemy import select

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.cases import EntryKind, PerpetratorRelation, Place
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.deadlines import DeadlineState
from kimbai_desktop.domain.enums import AbuseForm, CaseSubject, InfoSource, RiskLevel, Role
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.services import accounts, audit_log, audit_text, cases, keys, sealed_files
from kimbai_desktop.services import case_work as work
from kimbai_desktop.services.drafts import load_draft, save_draft
from kimbai_desktop.services.overview import build_overview
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import keystore
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.models import AuditEvent
from kimbai_desktop.storage.sealed import PLACEHOLDER, SealedContentLocked
from tests.helpers import PASSWORD, USERNAME, files_containing, make_school

VN = timezone(timedelta(hours=7))
RECEIVED = datetime(2024, 10, 10, 9, 0, tzinfo=VN)
NARRATIVE = "CANARYNARRATIVEq7 thầy Ba đánh em"
PERSON = "CANARYPERSONz3 Thầy Ba lớp 5A"
ENTRY = "CANARYENTRYk9 gặp mẹ em"
ATTACHMENT = b"CANARYFILEw2 bien ban"
CHILD = "CANARYCHILDm4 Em Lan"
CANARIES = [NARRATIVE, PERSON, ENTRY, ATTACHMENT.decode(), CHILD, "CANARYNARRATIVEq7",
            "CANARYPERSONz3", "CANARYENTRYk9", "CANARYFILEw2", "CANARYCHILDm4"]


@pytest.fixture
def school(data_dir):
    make_school(data_dir)
    clock = FixedClock((RECEIVED + timedelta(hours=1)).astimezone(UTC))
    principal = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    ids = {"hieutruong": principal.user.id}
    for user, name, role in [("tuvan", "Lê Tư Vấn", Role.COUNSELLOR),
                             ("giaovien", "Trần Văn Ba", Role.TEACHER)]:
        ids[user] = accounts.add_account(principal, user, name, role, f"{user}-pass-123").id

    def login(user, pw=None):
        if user == USERNAME:
            return unlock(data_dir, user, pw or PASSWORD, clock=clock)
        return unlock(data_dir, user, pw or f"{user}-pass-123", clock=clock)

    yield principal, login, clock, ids
    principal.close()


def intake(accused: int | None, **kw):
    values = dict(
        children=(cases.ChildInput(full_name=CHILD, age=9),),
        forms=(AbuseForm.VIOLENCE,), received_at=RECEIVED,
        discovered_at=RECEIVED - timedelta(hours=1), source=InfoSource.IN_PERSON,
        place=Place.SCHOOL, subject=CaseSubject.ABUSED, risk_level=RiskLevel.HIGH,
        summary=NARRATIVE,
        people=(cases.PersonInput(PERSON, PerpetratorRelation.STAFF, accused),))
    values.update(kw)
    return cases.CaseIntake(**values)


def sealed_case(session, accused):
    case_id = cases.open_case(session, intake(accused))
    work.add_entry(session, case_id, EntryKind.NOTE, ENTRY)
    work.add_attachment(session, case_id, "bien-ban.txt", ATTACHMENT, "text/plain")
    return case_id


def test_staff_case_is_sealed_from_intake_and_holders_read_it(school):
    principal, login, _, ids = school
    case_id = sealed_case(principal, ids["giaovien"])
    detail = cases.get_case(principal, case_id)
    assert detail.sealed and detail.can_read
    assert detail.intake.summary == NARRATIVE
    assert detail.intake.people[0].description == PERSON
    assert ENTRY in [e.text for e in work.list_entries(principal, case_id)]
    [att] = work.list_attachments(principal, case_id)
    assert att.filename == "bien-ban.txt"
    assert work.read_attachment(principal, att.id) == ATTACHMENT
    assert work.verify_chronology(principal, case_id).ok
    info = sealed_files.seal_info(principal, case_id)
    assert {h.username for h in info.holders} == {"hieutruong", "tuvan"}
    counsellor = login("tuvan")
    try:
        assert cases.get_case(counsellor, case_id).intake.summary == NARRATIVE
        assert cases.list_cases(counsellor)[0].children == (CHILD,)
        assert cases.list_cases(counsellor, cases.CaseQuery(text="canarynarrative")) == []
        assert [c.id for c in cases.list_cases(counsellor, cases.CaseQuery(
            text=detail.brief.code))] == [case_id]
    finally:
        counsellor.close()


def _decrypted_pages(path, key: bytes) -> bytes:
    """Every page of an SQLCipher 4 file decrypted with the raw data key (AES-256-CBC, the IV in
    the 80 reserved bytes at each page's end), free pages included."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    raw, size, out = path.read_bytes(), 4096, []
    for start in range(0, len(raw), size):
        page = raw[start:start + size]
        body = page[16 if start == 0 else 0:size - 80]
        iv = page[size - 80:size - 64]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(dec.update(body) + dec.finalize())
    return b"".join(out)


def test_the_database_key_alone_opens_no_sealed_file(school, data_dir):
    """Attack: the data key (any principal's or counsellor's password unwraps it) and
    kimbai.db opened raw with sqlcipher3: every table, every column, every page."""
    principal, _, _, ids = school
    sealed_case(principal, ids["giaovien"])
    save_draft(principal, "case_entry", "1", {"text": "CANARYENTRYk9 bản nháp"})
    key = principal.data_key
    principal.close()
    conn = sqlcipher3.connect(str(DataFolder(data_dir).db_path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert "cases" in tables and "case_seals" in tables
    found = []
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                raw = value.encode() if isinstance(value, str) else value
                if isinstance(raw, bytes):
                    found += [(table, c) for c in CANARIES if c.encode() in raw]
    conn.close()
    assert found == []
    pages = _decrypted_pages(DataFolder(data_dir).db_path, key)
    assert "Trường Tiểu học Thử Nghiệm".encode() in pages  # the pages really are decrypted
    assert [c for c in CANARIES if c.encode() in pages] == []
    assert files_containing(data_dir, CANARIES) == []


def test_others_see_code_dates_status_and_deadlines_never_content(school):
    """A counsellor added after the sealing (no grant): the case and its overdue deadline are
    on the overview, its content is not, and every content read is refused and audited."""
    principal, login, clock, ids = school
    case_id = sealed_case(principal, ids["giaovien"])
    work.add_task(principal, case_id, "CANARYTASKp1 gặp gia đình", date(2024, 10, 9))
    accounts.add_account(principal, "tuvan2", "Vũ Tư Vấn Mới", Role.COUNSELLOR, "tuvan2-pass-123")
    newcomer = login("tuvan2")
    try:
        [brief] = cases.list_cases(newcomer)
        assert brief.id == case_id and brief.children == ()
        detail = cases.get_case(newcomer, case_id)
        assert detail.sealed and not detail.can_read
        assert NARRATIVE not in repr(detail) and PERSON not in repr(detail)
        assert detail.intake.summary == PLACEHOLDER
        for read in (work.list_entries, work.list_attachments, work.list_tasks):
            with pytest.raises(SealedContentLocked):
                read(newcomer, case_id)
        with pytest.raises(SealedContentLocked):
            work.read_attachment(newcomer, 1)
        with pytest.raises(SealedContentLocked):
            work.add_entry(newcomer, case_id, EntryKind.NOTE, "một ghi chép")
        items = [i for i in build_overview(newcomer).items if i.record_id == case_id]
        assert any(i.state == DeadlineState.OVERDUE for i in items)
        assert all("CANARY" not in i.what for i in items)
        assert any(i.kind == "task" and i.what == PLACEHOLDER for i in items)
    finally:
        newcomer.close()
    with principal.db() as s:
        denied = s.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.ACCESS_DENIED.value,
            AuditEvent.record_id == str(case_id))).all()
    assert len(denied) >= 4


def test_accused_principal_through_a_new_counsellor_account(school):
    """Attack: the accused principal makes a counsellor account and signs in as it."""
    principal, login, _, ids = school
    counsellor = login("tuvan")
    try:
        case_id = sealed_case(counsellor, ids["hieutruong"])
        assert {h.username for h in sealed_files.seal_info(counsellor, case_id).holders} == {
            "tuvan"}
    finally:
        counsellor.close()
    accounts.add_account(principal, "tuvan9", "Tư Vấn Giả", Role.COUNSELLOR, "tuvan9-pass-123")
    with pytest.raises(KimbaiError):
        sealed_files.grant(principal, case_id, ids["hieutruong"])
    fake = login("tuvan9")
    try:
        assert not cases.get_case(fake, case_id).can_read
        with pytest.raises(SealedContentLocked):
            work.list_entries(fake, case_id)
        with pytest.raises(KimbaiError):
            sealed_files.grant(fake, case_id, fake.user.id)
    finally:
        fake.close()
    counsellor = login("tuvan")
    try:
        with pytest.raises(KimbaiError, match="harmed"):
            sealed_files.grant(counsellor, case_id, ids["hieutruong"])
    finally:
        counsellor.close()


def test_reset_of_a_counsellor_password_opens_nothing_and_is_told(school):
    """Attack: the accused principal resets the counsellor's password and signs in as them."""
    principal, login, _, ids = school
    counsellor = login("tuvan")
    try:
        case_id = sealed_case(counsellor, ids["hieutruong"])
    finally:
        counsellor.close()
    accounts.reset_password(principal, ids["tuvan"], "mat-khau-moi-123")
    taken = login("tuvan", "mat-khau-moi-123")
    try:
        news = sealed_files.after_sign_in(taken)
        assert [(n.kind, n.by_name) for n in news.notices] == [
            ("password_reset", principal.user.full_name)]
        assert news.notices[0].at == principal.clock.now()
        assert sealed_files.after_sign_in(taken).notices == ()  # shown once
        assert not cases.get_case(taken, case_id).can_read
        with pytest.raises(SealedContentLocked):
            work.list_entries(taken, case_id)
        # The database key plus the new key pair still open nothing of the case.
        assert sealed_files.seal_info(taken, case_id).holders == ()
    finally:
        taken.close()


def test_own_password_change_keeps_the_sealed_files(school):
    principal, login, _, ids = school
    case_id = sealed_case(principal, ids["giaovien"])
    counsellor = login("tuvan")
    try:
        accounts.change_own_password(counsellor, "tuvan-pass-123", "tuvan-moi-456", "tuvan-moi-456")
        assert cases.get_case(counsellor, case_id).intake.summary == NARRATIVE
    finally:
        counsellor.close()
    again = login("tuvan", "tuvan-moi-456")
    try:
        assert sealed_files.after_sign_in(again).notices == ()
        assert cases.get_case(again, case_id).intake.summary == NARRATIVE
    finally:
        again.close()


def test_grant_and_revoke_are_audited_in_sentences(school):
    principal, login, _, ids = school
    case_id = sealed_case(principal, ids["giaovien"])
    accounts.add_account(principal, "tuvan2", "Vũ Tư Vấn Mới", Role.COUNSELLOR, "tuvan2-pass-123")
    new_id = [a.id for a in accounts.list_accounts(principal) if a.username == "tuvan2"][0]
    assert (new_id, "Vũ Tư Vấn Mới") in sealed_files.candidates(principal, case_id)
    sealed_files.grant(principal, case_id, new_id)
    newcomer = login("tuvan2")
    try:
        assert cases.get_case(newcomer, case_id).intake.summary == NARRATIVE
    finally:
        newcomer.close()
    sealed_files.revoke(principal, case_id, new_id)
    newcomer = login("tuvan2")
    try:
        assert not cases.get_case(newcomer, case_id).can_read
    finally:
        newcomer.close()
    events = audit_log.list_events(principal)
    sentences = [audit_text.describe(e) for e in events]
    code = cases.get_case(principal, case_id).brief.code
    assert f"Gave tuvan2 access to the sealed case file {code}" in sentences
    assert f"Took back the sealed case file {code} from tuvan2" in sentences
    assert f"Sealed case file {code}: it names a member of staff" in sentences


def test_sealed_file_recovery_key(school, data_dir):
    """Made once by the principal; gives a sealed case again after a reset; opens nothing else;
    the database recovery key cannot make it and it cannot open the database."""
    principal, login, _, ids = school
    case_id = sealed_case(principal, ids["giaovien"])
    news = sealed_files.after_sign_in(principal)
    secret = news.recovery_secret
    assert secret and sealed_files.has_recovery_key(principal)
    assert sealed_files.after_sign_in(principal).recovery_secret == ""  # once
    with pytest.raises(KimbaiError):
        sealed_files.make_recovery_key(principal)
    assert sealed_files.seal_info(principal, case_id).has_recovery
    # It is not a database key: no keyslot opens with it.
    keyfile = keystore.read(DataFolder(data_dir))
    with pytest.raises(KimbaiError):
        keyfile.unwrap_recovery(secret)
    with pytest.raises(KimbaiError):
        keys.reset_password_with_recovery(data_dir, secret, USERNAME, "mat-khau-moi-789")
    # Reset, then given back with the printed key.
    accounts.reset_password(principal, ids["tuvan"], "mat-khau-moi-123")
    with pytest.raises(KimbaiError, match="not correct"):
        sealed_files.grant_with_recovery(principal, ids["tuvan"], "AAAA-" * 12 + "AAAA")
    assert sealed_files.grant_with_recovery(principal, ids["tuvan"], secret) == 1
    assert sealed_files.grant_with_recovery(principal, ids["giaovien"], secret) == 0  # accused
    back = login("tuvan", "mat-khau-moi-123")
    try:
        assert cases.get_case(back, case_id).intake.summary == NARRATIVE
    finally:
        back.close()


def test_database_recovery_key_cannot_open_sealed_files(school, data_dir):
    """The database recovery key gives the principal a new password, hence a new key pair: the
    sealed files do not come with it."""
    principal, login, _, ids = school
    case_id = sealed_case(principal, ids["giaovien"])
    principal.close()
    recovery = make_recovery_for(data_dir)
    keys.reset_password_with_recovery(data_dir, recovery, USERNAME, "mat-khau-moi-789")
    again = login(USERNAME, "mat-khau-moi-789")
    try:
        assert not cases.get_case(again, case_id).can_read
        # A sealed-file recovery key made now holds only what its maker holds: nothing here.
        secret = sealed_files.make_recovery_key(again)
        assert not sealed_files.seal_info(again, case_id).has_recovery
        assert sealed_files.grant_with_recovery(again, again.user.id, secret) == 0
        assert not cases.get_case(again, case_id).can_read
    finally:
        again.close()


def make_recovery_for(data_dir):
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        return keys.new_recovery_key_for(session)
    finally:
        session.close()


def test_counsellor_seals_any_case_with_a_reason(school):
    principal, login, _, ids = school
    case_id = cases.open_case(principal, intake(None, people=()))
    work.add_entry(principal, case_id, EntryKind.NOTE, ENTRY)
    counsellor = login("tuvan")
    try:
        with pytest.raises(KimbaiError):
            sealed_files.seal_case(counsellor, case_id, "  ")
        sealed_files.seal_case(counsellor, case_id, "Gia đình đề nghị giữ kín")
        info = sealed_files.seal_info(counsellor, case_id)
        assert info.sealed and info.why == "chosen"
        assert ENTRY in [e.text for e in work.list_entries(counsellor, case_id)]
        assert work.verify_chronology(counsellor, case_id).ok
    finally:
        counsellor.close()
    with principal.db() as s:
        raw = s.connection().exec_driver_sql("SELECT text FROM case_entries").scalars().all()
    assert not any("CANARY" in t for t in raw)


def test_drafts_are_sealed_to_their_author(school):
    principal, login, _, ids = school
    save_draft(principal, "case_intake", "", {"summary": NARRATIVE})
    assert load_draft(principal, "case_intake", "").payload == {"summary": NARRATIVE}
    with principal.db() as s:
        raw = s.connection().exec_driver_sql("SELECT payload FROM drafts").scalars().all()
    assert not any("CANARY" in t for t in raw)


def test_upgrade_from_0009_seals_the_cases_that_name_staff(tmp_path):
    """A school at schema 0009: at the principal's first sign-in after the upgrade (after the
    pre-upgrade backup) the cases naming staff are sealed, holders the principal and the
    counsellors unless accused, and the sealed-file recovery key is offered."""
    import json
    import shutil
    from pathlib import Path

    from sqlalchemy import text

    fixture = Path(__file__).resolve().parent.parent / "data" / "schema-0009"
    expected = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
    data_dir = tmp_path / "data"
    shutil.copytree(fixture, data_dir, ignore=shutil.ignore_patterns("expected.json"))
    session = unlock(data_dir, expected["username"], expected["password"])
    try:
        assert list(DataFolder(data_dir).backups_dir.glob("*before-upgrade*.db"))
        with session.engine.begin() as c:
            staff_cases = c.execute(text(
                "SELECT DISTINCT case_id FROM case_people WHERE relation = 'staff'")).scalars().all()
            assert staff_cases
            # One of them names the counsellor's account: the counsellor must not hold it.
            c.execute(text("UPDATE case_people SET staff_account_id = 2 WHERE case_id = :c "
                           "AND relation = 'staff'"), {"c": staff_cases[0]})
            before = {cid: c.execute(text("SELECT summary FROM cases WHERE id = :c"),
                                     {"c": cid}).scalar() for cid in staff_cases}
        news = sealed_files.after_sign_in(session)
        assert news.sealed_now == len(staff_cases)
        assert news.recovery_secret
        assert sealed_files.after_sign_in(session).sealed_now == 0  # once
        with session.engine.connect() as c:
            for cid in staff_cases:
                raw = c.execute(text("SELECT summary FROM cases WHERE id = :c"),
                                {"c": cid}).scalar()
                assert raw.startswith("§seal1:")
                texts = c.execute(text("SELECT text FROM case_entries WHERE case_id = :c"),
                                  {"c": cid}).scalars().all()
                assert texts and all(t.startswith("§seal1:") for t in texts)
        for cid in staff_cases:
            assert cases.get_case(session, cid).intake.summary == before[cid]
            assert work.verify_chronology(session, cid).ok
        holders = {h.username for h in sealed_files.seal_info(session, staff_cases[0]).holders}
        assert holders == {"demo"}
    finally:
        session.close()


def test_a_case_restricted_to_the_principal_is_offered_to_principals_only(school):
    """A counsellor could not open a case restricted to the principal: never offered it; offered
    again once the principal shares the case with the counsellor."""
    principal, _login, _, ids = school
    case_id = cases.open_case(principal, intake(ids["giaovien"], restricted=True))
    other = accounts.add_account(principal, "hieupho", "Ngô Văn Phó", Role.PRINCIPAL,
                                 "hieupho-pass-123").id
    assert sealed_files.candidates(principal, case_id) == [(other, "Ngô Văn Phó")]
    cases.set_restricted(principal, case_id, False)
    assert {i for i, _ in sealed_files.candidates(principal, case_id)} == {other, ids["tuvan"]}
