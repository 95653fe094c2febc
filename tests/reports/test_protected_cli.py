"""`kimbai` and what leaves the program: a document with personal data takes the password that
protects it from the line after the account's (or the terminal, twice); statistics for
publication are written as they are; a complete dossier needs a consent or --share-reason; CSV
cells are never formulas."""

from __future__ import annotations

import csv
import io

import openpyxl
import pikepdf

from kimbai_desktop.services.demo import DEMO_PASSWORD
from tests.cli.test_cli import run
from tests.helpers import EXPORT_PASSWORD, open_xlsx, unlock_pdf
from tests.reports import pdftools
from tests.reports.pdftools import needs_poppler

BOTH = DEMO_PASSWORD + "\n" + EXPORT_PASSWORD + "\n"


def report(demo_dir, kind, out, *extra, user="demo"):
    return ["report", kind, "--data-dir", str(demo_dir), "--user", user, "--password-stdin",
            "--out", str(out), *extra]


def test_the_files_password_comes_after_the_accounts(demo_dir, tmp_path):
    out = tmp_path / "ket-qua.pdf"
    code, _, err = run(report(demo_dir, "result", out, "--case", "VV-2024-2025/004"),
                       DEMO_PASSWORD + "\n")  # no second line: nothing written, said plainly
    assert code == 2 and ("password" in err.lower() or "mật khẩu" in err.lower())
    assert not out.exists()
    code, _, err = run(report(demo_dir, "result", out, "--case", "VV-2024-2025/004"),
                       DEMO_PASSWORD + "\nngan\n")
    assert code == 1 and "8" in err and not out.exists()
    code, _, err = run(report(demo_dir, "result", out, "--case", "VV-2024-2025/004"), BOTH)
    assert code == 0, err
    with pikepdf.open(out, password=EXPORT_PASSWORD) as pdf:
        assert pdf.is_encrypted
    assert unlock_pdf(out)[:5] == b"%PDF-"


def test_statistics_for_publication_need_no_password(demo_dir, tmp_path):
    out = tmp_path / "cong-bo.xlsx"
    code, stdout, err = run(report(demo_dir, "statistics", out, "--publication",
                                   user="thongke"), DEMO_PASSWORD + "\n")
    assert code == 0, err
    values = [c.value for row in openpyxl.load_workbook(out).active.iter_rows() for c in row]
    assert "dưới 5" in values
    exact = tmp_path / "chinh-xac.xlsx"
    code, _, err = run(report(demo_dir, "statistics", exact, user="thongke"), BOTH)
    assert code == 0, err
    assert "dưới 5" not in [c.value for row in open_xlsx(exact).active.iter_rows() for c in row]


@needs_poppler
def test_a_complete_dossier_without_consent_needs_a_reason(demo_dir, tmp_path):
    out = tmp_path / "ho-so.pdf"
    argv = report(demo_dir, "dossier", out, "--case", "VV-2024-2025/002")
    code, _, err = run(argv, BOTH)
    assert code == 1 and "--share-reason" in err and not out.exists()
    code, _, err = run([*argv, "--share-reason", "child_safety"], BOTH)
    assert code == 1 and "--share-note" in err and not out.exists()
    code, _, err = run([*argv, "--share-reason", "child_safety", "--share-note",
                        "Trẻ bị đe dọa tại nhà"], BOTH)
    assert code == 0, err
    text = " ".join(pdftools.text(unlock_pdf(out)).split())
    assert "khi chưa có sự đồng ý" in text and "Trẻ bị đe dọa tại nhà" in text


def test_csv_cells_are_never_formulas(demo_dir):
    from datetime import date

    from kimbai_desktop.domain.clock import FixedClock
    from kimbai_desktop.domain.enums import Sex
    from kimbai_desktop.services import register as reg
    from kimbai_desktop.services.session import unlock
    from tests.reports.conftest import DEMO_NOW

    session = unlock(demo_dir, "demo", DEMO_PASSWORD, clock=FixedClock(DEMO_NOW))
    try:
        reg.save_pupil(session, reg.PupilInput(
            "=HYPERLINK(\"http://x\";\"Bấm\")", Sex.MALE, "3A", student_code="@cmd",
            birth_date=date(2016, 1, 1)))
    finally:
        session.close()
    code, out, err = run(["students", "list", "--data-dir", str(demo_dir), "--user", "demo",
                          "--password-stdin", "--format", "csv", "--class", "3A"],
                         DEMO_PASSWORD + "\n")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    row = next(r for r in rows if "HYPERLINK" in r[1])
    assert row[0] == "'@cmd" and row[1].startswith("'=HYPERLINK")
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for cell in r)
