"""Benchmark: read, check and import a 5,000-row sector list (not collected by pytest).

Run: python -m tests.bench.bench_import [ROWS]   (from the repository root)
Prints the time of each phase and rows per second; the database uses fast test key derivation.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import openpyxl

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.services import excel_import as xi
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import keyslots
from tests.helpers import PASSWORD, USERNAME, make_school

HEADER = ["STT", "Mã định danh", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Lớp",
          "Địa chỉ", "Họ tên cha", "Họ tên mẹ", "Số điện thoại"]


def make_file(path: Path, n: int) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("DS")
    ws.append(["DANH SÁCH HỌC SINH"])
    ws.append(HEADER)
    for i in range(1, n + 1):
        ws.append([i, f"HS{i:06d}", f"Nguyễn Văn Số {i}", f"{i % 28 + 1:02d}/06/2016",
                   "Nam" if i % 2 else "Nữ", "Kinh", f"{i % 5 + 1}A", "Thôn 1",
                   f"Nguyễn Văn Bố {i}", f"Lê Thị Mẹ {i}", "0912345678"])
    wb.save(path)


def main(n: int = 5000) -> None:
    keyslots.DEFAULT_KDF = keyslots.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_file(folder / "ds.xlsx", n)
        make_school(folder / "data")
        session = unlock(folder / "data", USERNAME, PASSWORD,
                         clock=FixedClock(datetime(2024, 10, 15, 3, tzinfo=UTC)))
        try:
            t0 = time.perf_counter()
            sheet = xi.read_workbook(folder / "ds.xlsx")
            t1 = time.perf_counter()
            header = xi.detect_header(sheet.rows)
            parsed = xi.parse_rows(sheet, header, xi.guess_mapping(sheet.rows[header - 1]),
                                   today=reg.today(session))
            t2 = time.perf_counter()
            assert not parsed.errors, parsed.errors[:3]
            report = xi.import_pupils(session, folder / "ds.xlsx")
            t3 = time.perf_counter()
            again = xi.import_pupils(session, folder / "ds.xlsx")
            t4 = time.perf_counter()
        finally:
            session.close()
    print(f"rows: {n}")
    print(f"read:   {t1 - t0:6.2f} s  ({n / (t1 - t0):8.0f} rows/s)")
    print(f"parse:  {t2 - t1:6.2f} s  ({n / (t2 - t1):8.0f} rows/s)")
    print(f"import new: {t3 - t2:6.2f} s  ({n / (t3 - t2):6.0f} rows/s) created={report.created}")
    print(f"re-import:  {t4 - t3:6.2f} s  ({n / (t4 - t3):6.0f} rows/s) updated={again.updated}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
