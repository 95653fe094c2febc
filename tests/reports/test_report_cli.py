"""`kimbai report`: the list of kinds, a numbered PDF written atomically, one-line errors with
exit codes 1 and 2, and no file at all when the write is interrupted."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kimbai_desktop.services.demo import DEMO_PASSWORD
from kimbai_desktop.services.documents import ReportKind
from tests.cli.test_cli import run
from tests.helpers import EXPORT_PASSWORD, open_xlsx, unlock_pdf
from tests.reports import pdftools
from tests.reports.pdftools import needs_poppler


def args(demo_dir: Path, kind: str, out: Path, *extra: str, user: str = "demo") -> list[str]:
    return ["report", kind, "--data-dir", str(demo_dir), "--user", user, "--password-stdin",
            "--out", str(out), *extra]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_list_names_every_kind_in_vietnamese():
    code, out, _ = run(["report", "--list"])
    assert code == 0
    for kind in ReportKind:
        assert kind.value in out and kind.vi in out
    assert "Báo cáo kết quả xử lý vụ việc" in out


@needs_poppler
def test_a_case_report_is_written_numbered_and_audited(demo_dir, tmp_path):
    out = tmp_path / "out" / "bao-cao.pdf"
    out.parent.mkdir()
    code, stdout, err = run(args(demo_dir, "result", out, "--case", "vv-2024-2025/004"),
                            DEMO_PASSWORD + "\n" + EXPORT_PASSWORD + "\n")
    assert code == 0, err
    assert "01/BC-THMAU" in stdout and str(out) in stdout
    text = pdftools.text(unlock_pdf(out))
    assert "Số: 01/BC-THMAU" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert leftovers(out.parent) == ["bao-cao.pdf"]  # no temporary file left behind
    code, stdout, _ = run(args(demo_dir, "dossier", out.with_name("hs.pdf"), "--case",
                               "VV-2024-2025/004", "--deidentified"), DEMO_PASSWORD + "\n")
    assert code == 0 and "02/BC-THMAU" in stdout  # a dossier is sent as a report (BC)


def test_statistics_as_xlsx_for_a_period(demo_dir, tmp_path):
    out = tmp_path / "thong-ke.xlsx"
    code, stdout, err = run(args(demo_dir, "statistics", out, "--from", "2024-09-01", "--to",
                                 "2024-12-31", user="thongke"), DEMO_PASSWORD + "\n" +
                            EXPORT_PASSWORD + "\n")
    assert code == 0, err
    assert out.read_bytes()[:2] != b"PK" and "number" not in stdout  # protected
    assert open_xlsx(out).active["A1"].value.startswith("Số liệu thống kê")


@pytest.mark.parametrize("extra", [
    [],  # no --case for a case report
    ["--case", "VV-2024-2025/004", "--from", "01/09/2024"],
    ["--case", "VV-2024-2025/004", "--from", "2024-12-01", "--to", "2024-09-01"],
    ["--case", "VV-2024-2025/004", "--school-year", "2024-2026"],
])
def test_wrong_usage_exits_2_with_one_line(demo_dir, tmp_path, extra):
    code, _, err = run(args(demo_dir, "result", tmp_path / "x.pdf", *extra), DEMO_PASSWORD + "\n")
    assert code == 2
    assert err.startswith("kimbai: ") and err.count("\n") == 1


def test_other_usage_errors(demo_dir, tmp_path):
    assert run(["report"])[0] == 2
    assert run(["report", "nonsense", "--list"])[0] == 0  # --list wins
    assert run(args(demo_dir, "nonsense", tmp_path / "x.pdf"), DEMO_PASSWORD + "\n")[0] == 2
    assert run(args(demo_dir, "plan", tmp_path / "x.odt"), DEMO_PASSWORD + "\n")[0] == 2
    assert run(args(demo_dir, "plan", tmp_path / "x.xlsx"), DEMO_PASSWORD + "\n")[0] == 2
    assert leftovers(tmp_path) == ["demo"]


def test_user_errors_exit_1_with_one_line(demo_dir, tmp_path):
    out = tmp_path / "x.pdf"
    for argv, stdin in [
        (args(demo_dir, "result", out, "--case", "VV-2024-2025/099"), DEMO_PASSWORD),
        (args(demo_dir, "register", out, user="giaovien"), DEMO_PASSWORD),
        (args(demo_dir, "plan", out), "wrong password"),
        (args(demo_dir, "plan", tmp_path / "missing-folder" / "x.pdf"), DEMO_PASSWORD),
    ]:
        code, _, err = run(argv, stdin + "\n")
        assert code == 1, err
        assert err.startswith("kimbai: ") and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("failure", ["fsync", "replace", "interrupt"])
def test_an_interrupted_write_leaves_no_file(demo_dir, tmp_path, monkeypatch, failure):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "ke-hoach.pdf"

    target = {"fsync": "fsync", "replace": "replace", "interrupt": "fsync"}[failure]
    real = getattr(os, target)

    def broken(*a: object, **k: object) -> None:
        # Only the document's own write fails: signing in writes kimbai.keys (the lock-out
        # counter) with the same calls.
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_name != "write_atomic":
            frame = frame.f_back
        if frame is None:
            return real(*a, **k)
        raise (KeyboardInterrupt() if failure == "interrupt" else OSError(5, "I/O error"))

    monkeypatch.setattr(os, target, broken)
    code, _, err = run(args(demo_dir, "plan", out), DEMO_PASSWORD + "\n")
    monkeypatch.undo()
    assert code == 1
    assert leftovers(folder) == []  # neither the PDF nor a temporary file
    # the number it was given is kept, marked void, so the next document takes the next one
    code, stdout, err = run(args(demo_dir, "plan", out), DEMO_PASSWORD + "\n")
    assert code == 0, err
    assert "02/KH-THMAU" in stdout and leftovers(folder) == ["ke-hoach.pdf"]


def test_an_existing_file_is_replaced_whole(demo_dir, tmp_path):
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"old contents")
    code, _, err = run(args(demo_dir, "plan", out), DEMO_PASSWORD + "\n")
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")


@needs_poppler
def test_the_periodic_report_and_the_training_summary_from_the_command_line(demo_dir, tmp_path):
    """Both read the catalogue: the whole school year by default, or --from/--to."""
    out = tmp_path / "bao-cao-dinh-ky.pdf"
    code, stdout, err = run(args(demo_dir, "periodic", out), DEMO_PASSWORD + "\n" +
                            EXPORT_PASSWORD + "\n")
    assert code == 0, err
    assert "01/BC-THMAU" in stdout
    text = pdftools.text(unlock_pdf(out))
    assert "Kết quả công tác phòng, chống xâm hại trẻ em năm học 2024-2025" in text
    code, stdout, err = run(args(demo_dir, "training", tmp_path / "tap-huan.pdf", "--from",
                                 "2024-09-01", "--to", "2024-10-31"), DEMO_PASSWORD + "\n" +
                            EXPORT_PASSWORD + "\n")
    assert code == 0, err
    assert "02/BC-THMAU" in stdout
    assert "từ ngày 01/09/2024 đến ngày 31/10/2024" in pdftools.text(
        unlock_pdf(tmp_path / "tap-huan.pdf"))


def test_the_attendance_sheet_needs_an_activity_on_the_command_line(demo_dir, tmp_path):
    out = tmp_path / "danh-sach.pdf"
    code, _, err = run(args(demo_dir, "attendance", out), DEMO_PASSWORD + "\n")
    assert code == 1 and err.startswith("kimbai: ") and err.count("\n") == 1
    assert not out.exists()


@needs_poppler
def test_the_plan_cites_the_superior_bodys_instruction(demo_dir, tmp_path):
    """`--basis` sets the "Thực hiện ...;" line of the yearly plan (the field existed but
    nothing set it)."""
    out = tmp_path / "ke-hoach.pdf"
    basis = "Công văn số 349/GDĐT-CTTT ngày 30/5/2024 của Phòng Giáo dục và Đào tạo"
    code, _stdout, err = run(args(demo_dir, "plan", out, "--basis", basis), DEMO_PASSWORD + "\n")
    assert code == 0, err
    assert f"Thực hiện {basis};" in " ".join(pdftools.text(out.read_bytes()).split())
