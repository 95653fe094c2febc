"""Handover package between two schools (issue 21 points 1-3): round trip, refusals, log."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from kimbai_desktop.domain.cases import EntryKind, Place
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import (
    AbuseForm,
    CaseSubject,
    InfoSource,
    ProtectionLevel,
    RiskLevel,
    Role,
    Sex,
)
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.services import accounts, audit_log, cases, handover, register
from kimbai_desktop.services import case_work as work
from kimbai_desktop.services import handover_import as hi
from kimbai_desktop.services.overview import build_overview
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import handover_file
from tests.helpers import PASSWORD, USERNAME, files_containing, make_school

VN = timezone(timedelta(hours=7))
NOW = datetime(2024, 11, 20, 3, 0, tzinfo=UTC)
NAME = "Trần CANARYNAMEx1 Lan"
NARRATIVE = "CANARYNARRATIVEq7 em kể bị đánh ở nhà"
ENTRY = "CANARYENTRYk9 gặp mẹ em"
FILE = b"CANARYFILEw2 bien ban"
CODE = "0123456789"
CANARIES = [NAME, NARRATIVE, ENTRY, FILE.decode(), "CANARYNAMEx1", "CANARYNARRATIVEq7",
            "CANARYENTRYk9", "CANARYFILEw2", CODE]


@pytest.fixture
def clock():
    return FixedClock(NOW)


@pytest.fixture
def schools(tmp_path, clock):
    """Sending school A (principal + counsellor) and receiving school B."""
    a, b = tmp_path / "a", tmp_path / "b"
    make_school(a)
    make_school(b, school_name="Trường Tiểu học Nhận", document_symbol="THN")
    pa = unlock(a, USERNAME, PASSWORD, clock=clock)
    accounts.add_account(pa, "tuvan", "Lê Tư Vấn", Role.COUNSELLOR, "tuvan-pass-123")
    pb = unlock(b, USERNAME, PASSWORD, clock=clock)
    yield a, b, pa, pb
    pa.close()
    pb.close()


def _sender_data(pa):
    pid = register.save_pupil(pa, register.PupilInput(
        full_name=NAME, sex=Sex.FEMALE, student_code=CODE, birth_date=date(2015, 3, 4),
        class_name="4A"))
    register.set_level(pa, pid, ProtectionLevel.SUPPORT, date(2024, 10, 1), "Theo dõi")
    received = datetime(2024, 10, 10, 9, 0, tzinfo=VN)
    case_id = cases.open_case(pa, cases.CaseIntake(
        children=(cases.ChildInput(pupil_id=pid),), forms=(AbuseForm.VIOLENCE,),
        received_at=received, discovered_at=received - timedelta(hours=1),
        source=InfoSource.IN_PERSON, place=Place.SCHOOL, subject=CaseSubject.ABUSED,
        risk_level=RiskLevel.HIGH, summary=NARRATIVE))
    work.add_entry(pa, case_id, EntryKind.NOTE, ENTRY)
    work.add_attachment(pa, case_id, "bien-ban.txt", FILE, "text/plain")
    from kimbai_desktop.domain.body_map import InjuryKind, MarkInput, Side
    from kimbai_desktop.services import body_map

    body_map.add_mark(pa, case_id, MarkInput(Side.FRONT, 0.5, 0.4, InjuryKind.BRUISE, "3",
                                             "tím", "vết bầm ở cánh tay"))
    register.archive_pupil(pa, pid, PupilStatus.TRANSFERRED, date(2024, 11, 15))
    return pid, case_id


def _export(pa, tmp_path, pid, case_id, **kw):
    return handover.export_package(pa, pid, [case_id], tmp_path / "goi.kimbai-handover",
                                   to_school="Trường Tiểu học Nhận", **kw)


def test_round_trip_keeps_every_record_and_both_chains_verify(schools, tmp_path):
    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    counsellor = unlock(a, "tuvan", "tuvan-pass-123", clock=pa.clock)
    try:
        with pytest.raises(KimbaiError) as err:
            _export(counsellor, tmp_path, pid, case_id)
        assert err.value.message == handover.NEEDS_PRINCIPAL
        with pytest.raises(KimbaiError) as err:
            _export(counsellor, tmp_path, pid, case_id,
                    approval=handover.Approval(USERNAME, "sai"))
        assert err.value.message == handover.WRONG_PRINCIPAL
        result = _export(counsellor, tmp_path, pid, case_id,
                         approval=handover.Approval(USERNAME, PASSWORD))
    finally:
        counsellor.close()
    assert len(handover_file.normalize_passphrase(result.passphrase)) == 40  # 200 bits
    data = result.path.read_bytes()
    opened = hi.open_package(pb, data, result.passphrase.lower().replace("-", " "))
    p = opened.preview
    assert (p.pupil_name, p.pupil_code, p.school_name) == (NAME, CODE,
                                                           "Trường Tiểu học Thử Nghiệm")
    assert p.approved_by == "Nguyễn Thị Thử" and p.made_by == "Lê Tư Vấn"
    assert p.key_status == hi.KeyStatus.NEW and p.match_id is None and not p.already_imported
    assert len(p.cases) == 1 and p.cases[0].attachments == 1 and p.cases[0].entries >= 2
    # Nothing written by opening.
    assert handover.transfer_log(pb) == []
    with pytest.raises(KimbaiError) as err:
        hi.import_package(pb, opened)
    assert err.value.message == hi.NEEDS_MATCH
    res = hi.import_package(pb, opened, new_pupil=True)
    assert not res.already
    detail = register.get_pupil(pb, res.pupil_id)
    assert detail.full_name == NAME and detail.student_code == CODE
    content = hi.received_content(pb, res.transfer_id)
    with pa.db() as s:
        sent = handover.build_content(pa, s, s.get(handover.Pupil, pid), [case_id], "x", "y")
    for key in ("pupil", "levels", "circumstances", "reviews", "enrolments", "guardians"):
        assert content[key] == sent[key], key
    assert content["cases"] == sent["cases"]
    assert [m["note"] for m in content["cases"][0]["body_marks"]] == ["vết bầm ở cánh tay"]
    # Staff names: only of those who wrote or did something in these records.
    assert list(content["authors"].values()) == ["Nguyễn Thị Thử"]
    assert ENTRY in [e["text"] for e in content["cases"][0]["entries"]]
    name, raw = hi.read_received_attachment(pb, res.transfer_id, content["cases"][0]["case"]
                                            ["code"], 0)
    assert (name, raw) == ("bien-ban.txt", FILE)
    status = hi.verify_history(pb, res.transfer_id)
    assert status.ok and status.entries >= 2
    assert audit_log.verify_chain(pa).ok and audit_log.verify_chain(pb).ok
    # The second import does nothing.
    again = hi.import_package(pb, hi.open_package(pb, data, result.passphrase))
    assert again.already and again.transfer_id == res.transfer_id
    assert len(handover.transfer_log(pb)) == 1
    # The log on both sides; the receipt is recorded on import.
    [row_b] = handover.transfer_log(pb)
    assert row_b.direction == handover.RECEIVED and row_b.receipt_on == date(2024, 11, 20)
    [row_a] = handover.transfer_log(pa)
    assert row_a.direction == handover.SENT and row_a.files == (p.cases[0].code,)
    assert row_a.approved_by == "Nguyễn Thị Thử" and row_a.receipt_on is None


def test_received_records_are_read_only(schools, tmp_path):
    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    result = _export(pa, tmp_path, pid, case_id)
    opened = hi.open_package(pb, result.path.read_bytes(), result.passphrase)
    res = hi.import_package(pb, opened, new_pupil=True)
    with pytest.raises(Exception), pb.write() as s:  # noqa: B017, PT011
        s.execute(text("UPDATE handover_transfers SET content = x'00'"))
    with pytest.raises(Exception), pb.write() as s:  # noqa: B017, PT011
        s.execute(text("DELETE FROM handover_transfers"))
    assert hi.verify_history(pb, res.transfer_id).ok


def test_a_changed_entry_breaks_the_received_chain(schools, tmp_path, monkeypatch):
    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    result = _export(pa, tmp_path, pid, case_id)
    opened = hi.open_package(pb, result.path.read_bytes(), result.passphrase)
    res = hi.import_package(pb, opened, new_pupil=True)
    content = hi.received_content(pb, res.transfer_id)
    content["cases"][0]["entries"][-1]["text"] = "đã sửa"
    monkeypatch.setattr(hi, "_stored_content", lambda *_: content)
    status = hi.verify_history(pb, res.transfer_id)
    assert not status.ok and status.broken_seq == content["cases"][0]["entries"][-1]["seq"]


def test_package_bytes_hold_nothing_readable(schools, tmp_path):
    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    result = _export(pa, tmp_path, pid, case_id)
    raw = result.path.read_bytes()
    for needle in CANARIES + ["Lê Tư Vấn", "bien-ban.txt"]:
        for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le"),
                        needle.encode("utf-16-be")):
            assert encoded not in raw, needle
    assert [p for p, _ in files_containing(tmp_path, CANARIES)
            if p.suffix == ".kimbai-handover"] == []
    header = handover_file.read_header(result.path.read_bytes())
    assert header.school_name == "Trường Tiểu học Thử Nghiệm" and header.version == 1


@pytest.mark.parametrize("where", ["header", "middle", "last"])
def test_one_changed_byte_is_refused(schools, tmp_path, where):
    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    result = _export(pa, tmp_path, pid, case_id)
    raw = bytearray(result.path.read_bytes())
    at = {"header": len(handover_file.MAGIC) + 30, "middle": len(raw) // 2,
          "last": len(raw) - 1}[where]
    raw[at] ^= 0x01
    with pytest.raises(handover_file.PackageError) as err:
        hi.open_package(pb, bytes(raw), result.passphrase)
    assert type(err.value) in (handover_file.PackageDamaged,)
    assert handover.transfer_log(pb) == []


def test_bad_input_gets_a_clear_message_and_writes_nothing(schools, tmp_path):
    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    result = _export(pa, tmp_path, pid, case_id)
    raw = result.path.read_bytes()
    other = handover_file.new_passphrase()
    with pytest.raises(handover_file.WrongPassphrase) as err:
        hi.open_package(pb, raw, other)
    assert "8 groups" in err.value.message
    with pytest.raises(handover_file.WrongPassphrase):
        hi.open_package(pb, raw, "ngắn quá")
    for cut in (len(raw) - 100, 40, 10):
        with pytest.raises((handover_file.PackageTruncated, handover_file.PackageDamaged)):
            hi.open_package(pb, raw[:cut], result.passphrase)
    with pytest.raises(handover_file.NotAPackage):
        hi.open_package(pb, b"PK\x03\x04 a zip file" * 10, result.passphrase)
    # A newer version (properly signed by the school's key).
    with pa.write() as s:
        key = handover.signing_key(s)
    newer = handover_file.write_package({"x": 1}, passphrase=result.passphrase,
                                        signing_key=key, package_id="n", created=NOW,
                                        school_name="A", school_code="A",
                                        school_year="2024-2025", version=2)
    with pytest.raises(handover_file.PackageTooNew) as err:
        hi.open_package(pb, newer, result.passphrase)
    assert err.value.params == {"version": 2}
    # A school year the receiving school has not opened.
    pa.update_school_profile(pa.school_profile().__class__(
        **{**pa.school_profile().__dict__, "school_year": "2025-2026"}))
    later = _export(pa, tmp_path, pid, case_id)
    with pytest.raises(KimbaiError) as err:
        hi.open_package(pb, later.path.read_bytes(), later.passphrase)
    assert err.value.message == hi.YEAR_NOT_OPEN
    assert handover.transfer_log(pb) == []


def test_only_a_transferred_pupil_and_sealed_files_only_by_holders(schools, tmp_path):
    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    register.archive_pupil(pa, pid, PupilStatus.ACTIVE, date(2024, 11, 15))
    with pytest.raises(KimbaiError) as err:
        _export(pa, tmp_path, pid, case_id)
    assert err.value.message == handover.NOT_TRANSFERRED
    assert not (tmp_path / "goi.kimbai-handover").exists()
    assert handover.transfer_log(pa) == []


def test_key_change_of_a_known_school_is_flagged(schools, tmp_path):
    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    first = _export(pa, tmp_path, pid, case_id)
    hi.import_package(pb, hi.open_package(pb, first.path.read_bytes(), first.passphrase),
                      new_pupil=True)
    second = _export(pa, tmp_path, pid, case_id)
    assert hi.open_package(pb, second.path.read_bytes(),
                           second.passphrase).preview.key_status == hi.KeyStatus.SAME
    with pa.write() as s:
        s.execute(text("UPDATE settings SET value = :v WHERE key = :k"),
                  {"v": json.dumps(__import__("base64").b64encode(
                      handover_file.new_signing_key()).decode()),
                   "k": handover.SETTING_SIGNING_KEY})
    third = _export(pa, tmp_path, pid, case_id)
    preview = hi.open_package(pb, third.path.read_bytes(), third.passphrase).preview
    assert preview.key_status == hi.KeyStatus.CHANGED and preview.match_id is not None


def test_overdue_receipt_reminder_and_receipt(schools, tmp_path):
    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    result = _export(pa, tmp_path, pid, case_id)
    assert handover.overdue_receipts(pa) == []
    pa.clock = FixedClock(NOW + timedelta(days=16))
    [late] = handover.overdue_receipts(pa)
    assert late.id == result.transfer_id and late.pupil_name == NAME
    assert any(i.kind == "receipt" and i.record_id == late.id for i in build_overview(pa).items)
    handover.record_receipt(pa, late.id, date(2024, 12, 5), "Hiệu trưởng trường Nhận")
    assert handover.overdue_receipts(pa) == []
    assert not any(i.kind == "receipt" for i in build_overview(pa).items)


def test_stored_content_is_what_was_sent(schools, tmp_path):
    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    result = _export(pa, tmp_path, pid, case_id)
    opened = hi.open_package(pb, result.path.read_bytes(), result.passphrase)
    res = hi.import_package(pb, opened, new_pupil=True)
    with pb.db() as s:
        blob = s.scalar(text("SELECT content FROM handover_transfers WHERE id = :i"),
                        {"i": res.transfer_id})
    assert json.loads(zlib.decompress(blob)) == opened.content


def test_papers_are_official_documents(schools, tmp_path):
    from kimbai_desktop.domain.formatting import document_date_line  # noqa: F401
    from kimbai_desktop.services import handover_papers as hp
    from tests.reports import pdftools

    a, b, pa, pb = schools
    pid, case_id = _sender_data(pa)
    result = _export(pa, tmp_path, pid, case_id)
    slip = pdftools.text(hp.slip_pdf(result))
    flat = " ".join(slip.split())
    assert result.passphrase in flat and "BIÊN BẢN" in flat and "Số: 01/BB-THTN" in flat
    assert NAME in flat and "NGƯỜI LẬP" in flat and "Trường Tiểu học Nhận" in flat
    receipt = " ".join(pdftools.text(hp.receipt_pdf(result)).split())
    assert "GIẤY BIÊN NHẬN" in receipt and result.passphrase not in receipt
    res = hi.import_package(pb, hi.open_package(pb, result.path.read_bytes(), result.passphrase),
                            new_pupil=True)
    back = " ".join(pdftools.text(hp.received_receipt_pdf(pb, res.transfer_id)).split())
    assert "TRƯỜNG TIỂU HỌC NHẬN" in back and result.passphrase not in back
    log = " ".join(pdftools.text(hp.log_pdf(pa)).split())
    assert "Gửi đi" in log and "Chưa nhận" in log
    (tmp_path / "slip.pdf").write_bytes(hp.slip_pdf(result))
    (tmp_path / "receipt.pdf").write_bytes(hp.received_receipt_pdf(pb, res.transfer_id))


def test_a_sealed_case_goes_only_by_a_holder_and_stays_closed_but_to_the_principal(
        schools, tmp_path):
    from kimbai_desktop.domain.cases import PerpetratorRelation
    from kimbai_desktop.storage.sealed import PLACEHOLDER

    a, b, pa, pb = schools
    pid, _case_id = _sender_data(pa)
    teacher = accounts.add_account(pa, "giaovien", "Trần Văn Ba", Role.TEACHER, "gv-pass-1234")
    received = datetime(2024, 11, 1, 9, 0, tzinfo=VN)
    sealed_id = cases.open_case(pa, cases.CaseIntake(
        children=(cases.ChildInput(pupil_id=pid),), forms=(AbuseForm.VIOLENCE,),
        received_at=received, discovered_at=received, source=InfoSource.IN_PERSON,
        place=Place.SCHOOL, subject=CaseSubject.ABUSED, risk_level=RiskLevel.HIGH,
        summary=NARRATIVE,
        people=(cases.PersonInput("Thầy Ba", PerpetratorRelation.STAFF, teacher.id),)))
    work.add_attachment(pa, sealed_id, "anh.txt", FILE, "text/plain")
    [choice] = [c for c in handover.case_choices(pa, pid) if c.id == sealed_id]
    assert choice.sealed and choice.readable  # the principal holds its key
    accounts.add_account(pa, "tuvan2", "Phan Văn Mới", Role.COUNSELLOR, "tuvan2-pass-123")
    newcomer = unlock(a, "tuvan2", "tuvan2-pass-123", clock=pa.clock)
    try:  # a counsellor who does not hold the key cannot put it in a package
        [theirs] = [c for c in handover.case_choices(newcomer, pid) if c.id == sealed_id]
        assert theirs.sealed and not theirs.readable
        with pytest.raises(KimbaiError) as err:
            handover.export_package(newcomer, pid, [sealed_id], tmp_path / "n.kimbai-handover",
                                    approval=handover.Approval(USERNAME, PASSWORD))
        assert err.value.message == handover.SEALED_NOT_HELD
        assert not (tmp_path / "n.kimbai-handover").exists()
    finally:
        newcomer.close()
    result = handover.export_package(pa, pid, [sealed_id], tmp_path / "s.kimbai-handover",
                                     to_school="Nhận")
    opened = hi.open_package(pb, result.path.read_bytes(), result.passphrase)
    assert opened.preview.cases[0].sealed
    res = hi.import_package(pb, opened, new_pupil=True)
    accounts.add_account(pb, "tuvan", "Lê Tư Vấn", Role.COUNSELLOR, "tuvan-pass-123")
    counsellor = unlock(b, "tuvan", "tuvan-pass-123", clock=pb.clock)
    try:
        closed = hi.received_content(counsellor, res.transfer_id)["cases"][0]
        assert "summary" not in closed["case"]
        assert {e["text"] for e in closed["entries"]} == {PLACEHOLDER}
        assert hi.verify_history(counsellor, res.transfer_id).ok
        with pytest.raises(KimbaiError):
            hi.read_received_attachment(counsellor, res.transfer_id, closed["case"]["code"], 0)
    finally:
        counsellor.close()
    opened_here = hi.received_content(pb, res.transfer_id)["cases"][0]
    assert opened_here["case"]["summary"] == NARRATIVE
