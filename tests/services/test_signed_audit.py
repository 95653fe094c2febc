"""Issue 14, point 4, and the signed list of key slots: each attack of a data-key holder on the
audit trail or on the list is found, by `kimbai audit verify`, `kimbai check` and at unlock."""

from __future__ import annotations

import base64
import io
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from kimbai_desktop import cli
from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.services import accounts, audit_verify, keys, slots
from kimbai_desktop.services.backup import create_backup
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import audit, audit_check, audit_head
from kimbai_desktop.storage.audit import GENESIS, event_hash, signed_message
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.engine import create_cipher_engine
from kimbai_desktop.storage.keyslots import KeyslotFile
from kimbai_desktop.storage.models import AuditEvent, Setting
from kimbai_desktop.storage.sealbox import AccountKeys
from tests.helpers import PASSWORD, USERNAME, make_school

TEACHER, TEACHER_PW = "giaovien", "giao-vien-pass-1"
FIXTURE_0009 = Path(__file__).resolve().parent.parent / "data" / "schema-0009"


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def kinds(report: audit_verify.AuditReport) -> set[str]:
    return {f.kind for f in report.findings}


def school_with_teacher(data_dir: Path) -> None:
    make_school(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    accounts.add_account(p, TEACHER, "Trần Văn Giáo", Role.TEACHER, TEACHER_PW)
    p.close()
    t = unlock(data_dir, TEACHER, TEACHER_PW)
    t.audit(AuditAction.VIEW, "case", 1)
    t.sign_out()
    p = unlock(data_dir, USERNAME, PASSWORD)
    p.audit(AuditAction.VIEW, "case", 2)
    p.sign_out()


def as_data_key_holder(data_dir: Path, username: str, password: str) -> tuple[Engine, AccountKeys]:
    """What an insider has with their own password and the files: the data key and their key."""
    ks = KeyslotFile.load(DataFolder(data_dir).keys_path)
    key = ks.unwrap_account(username, password)
    return create_cipher_engine(DataFolder(data_dir).db_path, key), ks.opened_keys()


def rebuild_chain(engine: Engine, signer: AccountKeys, keep) -> None:  # type: ignore[no-untyped-def]
    """Delete the events ``keep`` rejects and rebuild the chain, re-signing with ``signer``."""
    with engine.begin() as c:
        c.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
        c.execute(text("DROP TRIGGER IF EXISTS audit_events_no_update"))
        rows = c.execute(select(AuditEvent.__table__)).mappings().all()
        c.execute(text("DELETE FROM audit_events"))
        prev, n = GENESIS, 0
        for r in rows:
            if not keep(r):
                continue
            n += 1
            h = event_hash(prev, n, r["at"], r["actor"], r["action"], r["record_type"],
                           r["record_id"], r["detail"])
            sig = base64.b64encode(signer.sign(signed_message(h))).decode()
            c.execute(AuditEvent.__table__.insert().values(
                {**r, "id": n, "prev_hash": prev, "hash": h, "signer": signer.slot_id,
                 "signature": sig}))
            prev = h


def write_own_head(data_dir: Path, engine: Engine, signer: AccountKeys) -> None:
    db_id = KeyslotFile.load(DataFolder(data_dir).keys_path).db_id
    with engine.connect() as c:
        count, hash_hex = c.execute(text(
            "SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")).one()
    audit_head.write(data_dir, db_id, audit_head.signed(signer, db_id, count, hash_hex))


def verify(data_dir: Path) -> audit_verify.AuditReport:
    p = unlock(data_dir, USERNAME, PASSWORD)
    try:
        return audit_verify.verify_all(p)
    finally:
        p.close()


# -- signed from the start ---------------------------------------------------------------------


def test_every_event_is_signed_by_its_account_and_the_check_says_intact(data_dir):
    school_with_teacher(data_dir)
    report = verify(data_dir)
    assert report.ok, report.findings
    assert report.legacy == 0 and report.count >= 7
    p = unlock(data_dir, USERNAME, PASSWORD)
    with p.db() as s:
        registry = slots.read_registry(s)
        events = s.scalars(select(AuditEvent)).all()
    p.close()
    assert registry is not None
    assert all(e.signer and e.signature for e in events)
    for e in events:  # each signer is the slot of the account the event names
        assert registry[e.signer]["owner"] == f"account:{e.user_id}"
    code, out, err = run(["check", "--data-dir", str(data_dir), "--user", TEACHER,
                          "--password-stdin"], TEACHER_PW + "\n")
    assert code == 0, err
    assert "nhật ký" in out.lower()


# -- the teacher who makes themselves principal and rewrites the trail ---------------------------


def test_a_rebuilt_chain_under_the_teachers_key_is_found(data_dir):
    school_with_teacher(data_dir)
    engine, teacher_keys = as_data_key_holder(data_dir, TEACHER, TEACHER_PW)
    with engine.begin() as c:
        c.execute(text("UPDATE accounts SET role = 'principal' WHERE username = :u"),
                  {"u": TEACHER})
    before = verify(data_dir).count
    rebuild_chain(engine, teacher_keys, lambda r: r["actor"] != TEACHER)  # their events go
    write_own_head(data_dir, engine, teacher_keys)  # and kimbai.head follows, in their name
    engine.dispose()
    report = verify(data_dir)
    assert not report.ok
    assert audit_check.WRONG_SIGNER in kinds(report)  # the principal's events, teacher's key
    assert report.count < before + 2
    code, out, err = run(["audit", "verify", "--data-dir", str(data_dir), "--user", USERNAME,
                          "--password-stdin"], PASSWORD + "\n")
    assert code == 1 and err.count("\n") == 1
    assert "KHÔNG còn nguyên vẹn" in err and "khóa của tài khoản khác" in err + out


def test_signatures_can_not_be_stripped_after_signing(data_dir):
    school_with_teacher(data_dir)
    engine, _keys = as_data_key_holder(data_dir, USERNAME, PASSWORD)
    with engine.begin() as c:
        c.execute(text("DROP TRIGGER audit_events_no_update"))
        c.execute(text("UPDATE audit_events SET signature = '', signer = '' WHERE id > 2"))
    engine.dispose()
    assert audit_check.UNSIGNED in kinds(verify(data_dir))


# -- a cut tail --------------------------------------------------------------------------------


def cut_tail(engine: Engine, keep_up_to: int) -> None:
    with engine.begin() as c:
        c.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
        c.execute(text("DELETE FROM audit_events WHERE id > :n"), {"n": keep_up_to})


def test_a_cut_tail_is_found_against_the_head_file(data_dir):
    school_with_teacher(data_dir)
    head = audit_head.read(data_dir).head
    assert head is not None
    engine, _keys = as_data_key_holder(data_dir, TEACHER, TEACHER_PW)
    cut_tail(engine, head.count - 3)
    engine.dispose()
    p = unlock(data_dir, USERNAME, PASSWORD)  # the next sign-in must not overwrite the evidence
    p.close()
    report = verify(data_dir)
    found = [f for f in report.findings if f.kind == audit_check.HEAD_AHEAD]
    assert found and found[0].source == audit_verify.HEAD_FILE_SOURCE
    assert found[0].count == head.count


def test_a_cut_tail_is_found_against_a_backup(data_dir, tmp_path):
    school_with_teacher(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    DataFolder(data_dir).backups_dir.mkdir(exist_ok=True)
    info = create_backup(p, DataFolder(data_dir).backups_dir)
    for n in range(3):
        p.audit(AuditAction.VIEW, "case", n)
    p.close()
    engine, teacher_keys = as_data_key_holder(data_dir, TEACHER, TEACHER_PW)
    cut_tail(engine, 3)  # the last event left is the principal's
    write_own_head(data_dir, engine, teacher_keys)  # a head file that fits the cut trail
    engine.dispose()
    report = verify(data_dir)
    sources = {f.source for f in report.findings if f.kind == audit_check.HEAD_AHEAD}
    assert any(s.startswith("backup ") for s in sources), report.findings
    assert info.path.exists()


def test_a_head_typed_from_a_printed_report_finds_a_cut_tail(data_dir):
    school_with_teacher(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    with p.db() as s:
        count, hash_hex = audit.head(s)
    p.close()
    engine, _keys = as_data_key_holder(data_dir, TEACHER, TEACHER_PW)
    cut_tail(engine, count - 1)
    engine.dispose()
    code, out, err = run(["audit", "verify", "--data-dir", str(data_dir), "--user", USERNAME,
                          "--password-stdin", "--head", f"{count}:{hash_hex}"], PASSWORD + "\n")
    assert code == 1
    assert "báo cáo đã in" in (out + err).lower()


# -- the list of key slots ---------------------------------------------------------------------


def test_a_ghost_slot_added_by_a_data_key_holder_is_refused_at_unlock(data_dir):
    school_with_teacher(data_dir)
    folder = DataFolder(data_dir)
    ks = KeyslotFile.load(folder.keys_path)
    key = ks.unwrap_account(TEACHER, TEACHER_PW)
    ghost = ks.add_slot(ks.account_tag("ma"), "ghost-pass-123", key)
    ks.save(folder.keys_path, key)
    engine = create_cipher_engine(folder.db_path, key)
    with engine.begin() as c:
        raw = c.execute(text("SELECT value FROM settings WHERE key = 'keyslots'")).scalar()
        registry = json.loads(raw)
        principal_id = c.execute(text("SELECT id FROM accounts WHERE username = :u"),
                                 {"u": USERNAME}).scalar()
        registry[ghost.slot_id] = {"owner": f"account:{principal_id}", "public": ghost.public,
                                   "verify": "", "principal": "1", "retired": ""}
        c.execute(text("UPDATE settings SET value = :v WHERE key = 'keyslots'"),
                  {"v": json.dumps(registry)})
    engine.dispose()
    with pytest.raises(slots.KeyListChanged):
        unlock(data_dir, TEACHER, TEACHER_PW)
    with pytest.raises(slots.KeyListChanged):
        unlock(data_dir, USERNAME, PASSWORD)


def test_a_list_re_signed_by_a_teacher_who_marked_themselves_principal_is_refused(data_dir):
    school_with_teacher(data_dir)
    engine, teacher_keys = as_data_key_holder(data_dir, TEACHER, TEACHER_PW)
    from sqlalchemy.orm import Session

    with Session(engine) as s, s.begin():
        teacher = s.scalar(select(Setting).where(Setting.key == "keyslots"))
        registry = json.loads(teacher.value)
        for entry in registry.values():
            if entry["verify"] == base64.b64encode(teacher_keys.verify_key).decode():
                entry["principal"] = "1"
        teacher.value = json.dumps(registry, sort_keys=True)
        s.execute(text("UPDATE accounts SET role = 'principal' WHERE username = :u"),
                  {"u": TEACHER})
        s.flush()
        slots.sign_registry(s, teacher_keys)  # signed, but with the teacher's own key
    engine.dispose()
    # The list now carries a principal's signature by the look of it; what shows the forgery is
    # the trail: no other principal ever made the teacher one.
    report = verify(data_dir)
    assert audit_check.PRINCIPAL_UNGRANTED in kinds(report)
    code, out, err = run(["check", "--data-dir", str(data_dir), "--user", USERNAME,
                          "--password-stdin"], PASSWORD + "\n")
    assert code == 1 and "tự cho mình làm hiệu trưởng" in out + err


def test_a_non_principal_password_change_is_pending_then_counter_signed(data_dir):
    school_with_teacher(data_dir)
    t = unlock(data_dir, TEACHER, TEACHER_PW)
    accounts.change_own_password(t, TEACHER_PW, "moi-mat-khau-22")
    t.close()
    t = unlock(data_dir, TEACHER, "moi-mat-khau-22")  # pending, proven by the old slot
    t.audit(AuditAction.VIEW, "case", 3)
    with t.db() as s:
        assert s.get(Setting, slots.SETTING_PENDING) is not None
    t.close()
    assert verify(data_dir).ok  # the principal's sign-in counter-signs it
    p = unlock(data_dir, USERNAME, PASSWORD)
    with p.db() as s:
        assert s.get(Setting, slots.SETTING_PENDING) is None
        assert slots.principal_signer(s) is not None
    p.close()
    unlock(data_dir, TEACHER, "moi-mat-khau-22").close()


def test_rotation_reset_and_new_recovery_key_keep_the_trail_verifiable(data_dir):
    recovery = make_school(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    accounts.add_account(p, TEACHER, "Trần Văn Giáo", Role.TEACHER, TEACHER_PW)
    accounts.add_account(p, "tuvan", "Lê Thị Tư", Role.COUNSELLOR, "tu-van-pass-1")
    p.close()
    unlock(data_dir, TEACHER, TEACHER_PW).sign_out()
    p = unlock(data_dir, USERNAME, PASSWORD)
    target = next(a for a in accounts.list_accounts(p) if a.username == "tuvan")
    accounts.reset_password(p, target.id, "tu-van-pass-2")
    accounts.update_account(p, target.id, role=Role.PRINCIPAL)
    keys.rotate_data_key(p, (TEACHER,))
    p.close()
    unlock(data_dir, "tuvan", "tu-van-pass-2").sign_out()
    keys.reset_password_with_recovery(data_dir, recovery, USERNAME, "mat-khau-moi-123")
    p = unlock(data_dir, USERNAME, "mat-khau-moi-123")
    new_key = keys.new_recovery_key_for(p)
    report = audit_verify.verify_all(p)
    p.close()
    assert report.ok, report.findings
    assert new_key
    with pytest.raises(accounts.AccountRuleError):  # signing rule: not one's own role
        p = unlock(data_dir, USERNAME, "mat-khau-moi-123")
        try:
            accounts.update_account(p, p.user.id, role=Role.COUNSELLOR)
        finally:
            p.close()


# -- a school upgraded from schema 0009 ----------------------------------------------------------


def test_an_upgraded_school_keeps_its_old_events_as_before_signing(tmp_path):
    expected = json.loads((FIXTURE_0009 / "expected.json").read_text(encoding="utf-8"))
    data_dir = tmp_path / "data"
    shutil.copytree(FIXTURE_0009, data_dir, ignore=shutil.ignore_patterns("expected.json"))
    old_events = expected["counts"]["audit_events"]
    p = unlock(data_dir, expected["username"], expected["password"])
    accounts.add_account(p, "gvmoi", "Trần Văn Giáo", Role.TEACHER, TEACHER_PW)
    p.close()
    unlock(data_dir, "gvmoi", TEACHER_PW).sign_out()
    p = unlock(data_dir, expected["username"], expected["password"])
    try:
        report = audit_verify.verify_all(p)
        with p.db() as s:
            marker = s.scalars(select(AuditEvent).where(
                AuditEvent.action == AuditAction.AUDIT_SIGNING.value)).all()
            later = s.scalars(select(AuditEvent).where(AuditEvent.id > old_events)).all()
    finally:
        p.close()
    assert report.ok, report.findings
    assert report.legacy == old_events
    assert len(marker) == 1 and marker[0].detail == f"legacy {old_events}"
    assert later and all(e.signature for e in later)
    # After the marker, a list without the principal's signature is refused.
    engine, _k = as_data_key_holder(data_dir, expected["username"], expected["password"])
    with engine.begin() as c:
        c.execute(text("DELETE FROM settings WHERE key = 'keyslots_signature'"))
    engine.dispose()
    with pytest.raises(slots.KeyListChanged):
        unlock(data_dir, "gvmoi", TEACHER_PW)
