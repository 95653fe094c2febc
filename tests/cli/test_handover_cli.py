"""`kimbai handover export|import|log|receipt` between two data folders (issue 21)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from kimbai_desktop.domain.cases import EntryKind, Place
from kimbai_desktop.domain.enums import AbuseForm, CaseSubject, InfoSource, RiskLevel, Role, Sex
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.services import accounts, cases, register
from kimbai_desktop.services import case_work as work
from kimbai_desktop.services.session import unlock
from tests.cli.test_cli import run
from tests.helpers import PASSWORD, USERNAME, make_school

VN = timezone(timedelta(hours=7))
CODE = "0987654321"


def _sender(folder):
    make_school(folder)
    s = unlock(folder, USERNAME, PASSWORD)
    try:
        accounts.add_account(s, "tuvan", "Lê Tư Vấn", Role.COUNSELLOR, "tuvan-pass-123")
        pid = register.save_pupil(s, register.PupilInput(
            full_name="Phạm Thị Hoa", sex=Sex.FEMALE, student_code=CODE,
            birth_date=date(2015, 1, 2)))
        received = datetime.now(VN) - timedelta(days=3)
        case_id = cases.open_case(s, cases.CaseIntake(
            children=(cases.ChildInput(pupil_id=pid),), forms=(AbuseForm.VIOLENCE,),
            received_at=received, discovered_at=received, source=InfoSource.IN_PERSON,
            place=Place.SCHOOL, subject=CaseSubject.ABUSED, risk_level=RiskLevel.HIGH,
            summary="Em kể bị đánh"))
        work.add_entry(s, case_id, EntryKind.NOTE, "Gặp mẹ em")
        register.archive_pupil(s, pid, PupilStatus.TRANSFERRED, date.today())
    finally:
        s.close()


def test_export_then_import_between_two_folders(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    _sender(a)
    make_school(b, school_name="Trường Tiểu học Nhận", document_symbol="THN",
                school_year=f"{date.today().year}-{date.today().year + 1}")
    pkg, slip = tmp_path / "goi.kimbai-handover", tmp_path / "bien-ban.pdf"
    base = ["--user", "tuvan", "--password-stdin", "--data-dir", str(a)]
    code, out, err = run(["handover", "export", "--pupil", CODE, "--out", str(pkg), *base],
                         "tuvan-pass-123\n")
    assert code == 1 and "hiệu trưởng phê duyệt" in err and not pkg.exists(), err
    code, out, err = run(["handover", "export", "--pupil", CODE, "--out", str(pkg), *base,
                          "--approver", USERNAME, "--to", "Trường Tiểu học Nhận",
                          "--slip", str(slip)], f"tuvan-pass-123\n{PASSWORD}\n")
    assert code == 0, err
    passphrase = out.splitlines()[out.splitlines().index(next(
        line for line in out.splitlines() if "MẬT KHẨU" in line.upper())) + 1].strip()
    assert len(passphrase) == 47 and pkg.exists() and slip.exists()
    assert (tmp_path / "bien-ban-bien-nhan.pdf").exists()
    imp = ["handover", "import", str(pkg), "--data-dir", str(b), "--user", USERNAME,
           "--password-stdin"]
    # Wrong passphrase: a plain message, nothing written.
    code, out, err = run(imp, f"{PASSWORD}\nAAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA\n")
    assert code == 1 and "không đúng" in err and "Traceback" not in err, err
    # Shown, then refused at the question: nothing written.
    code, out, err = run(imp, f"{PASSWORD}\n{passphrase}\nkhong\n")
    assert code == 1 and "Phạm Thị Hoa" in out and CODE in out, (out, err)
    code, out, err = run([*imp, "--yes"], f"{PASSWORD}\n{passphrase}\n")
    assert code == 1 and CODE in err  # no pupil with that number: asks
    code, out, err = run([*imp, "--new-pupil", "--receipt", str(tmp_path / "bn.pdf")],
                         f"{PASSWORD}\n{passphrase}\nco\n")
    assert code == 0, err
    assert (tmp_path / "bn.pdf").exists()
    code, out, err = run([*imp, "--yes"], f"{PASSWORD}\n{passphrase}\n")
    assert code == 0 and "trước" in out, out  # imported before: nothing changed
    code, out, err = run(["handover", "log", "--data-dir", str(b), "--user", USERNAME,
                          "--password-stdin"], f"{PASSWORD}\n")
    assert code == 0 and len(out.strip().splitlines()) == 1
    # The sender records the receipt.
    code, out, err = run(["handover", "log", "--data-dir", str(a), "--user", USERNAME,
                          "--password-stdin", "--out", str(tmp_path / "so.pdf")],
                         f"{PASSWORD}\n")
    assert code == 0 and (tmp_path / "so.pdf").exists()
    number = out.split()[0]
    code, out, err = run(["handover", "receipt", number, "--on", date.today().isoformat(),
                          "--by", "Hiệu trưởng", "--data-dir", str(a), "--user", USERNAME,
                          "--password-stdin"], f"{PASSWORD}\n")
    assert code == 0, err
