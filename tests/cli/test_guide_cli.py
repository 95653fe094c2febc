"""`kimbai guide --out FILE.pdf`: the printable guide without a data folder or an account,
written whole or not at all."""

from __future__ import annotations

import io
from pathlib import Path

from kimbai_desktop.cli import main


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(""), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_writes_the_guide_without_any_data(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIMBAI_DATA_DIR", str(tmp_path / "no-data-here"))
    target = tmp_path / "huong-dan.pdf"
    code, out, err = run(["guide", "--out", str(target)])
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in out and out.startswith("Đã ghi")
    assert not (tmp_path / "no-data-here").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["huong-dan.pdf"]  # no temporary file left


def test_replaces_an_older_file(tmp_path: Path) -> None:
    target = tmp_path / "guide.PDF"
    target.write_bytes(b"old")
    assert run(["guide", "--out", str(target)])[0] == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_needs_a_pdf_name_and_a_folder_that_exists(tmp_path: Path) -> None:
    code, _, err = run(["guide", "--out", str(tmp_path / "guide.txt")])
    assert code == 2 and ".pdf" in err
    assert not (tmp_path / "guide.txt").exists()
    code, _, err = run(["guide", "--out", str(tmp_path / "missing" / "guide.pdf")])
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    code, _, _ = run(["guide"])
    assert code == 2
