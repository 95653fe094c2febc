"""Shared test helpers: make a school database, scan folders for canary strings."""

from __future__ import annotations

from pathlib import Path

from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.services.setup import initialize_school

PASSWORD = "mật-khẩu-Thử-1"
USERNAME = "hieutruong"
EXPORT_PASSWORD = "Gửi-riêng-9"  # the password that protects an exported file


def unlock_office(data: bytes | Path, password: str = EXPORT_PASSWORD) -> bytes:
    """The clear bytes of an .xlsx or .docx protected with the Office encryption."""
    import io

    from msoffcrypto import OfficeFile

    raw = data.read_bytes() if isinstance(data, Path) else data
    office = OfficeFile(io.BytesIO(raw))
    office.load_key(password=password)
    out = io.BytesIO()
    office.decrypt(out)
    return out.getvalue()


def open_xlsx(path: Path, password: str = EXPORT_PASSWORD):  # -> openpyxl Workbook
    """A protected workbook opened with its password (openpyxl cannot open it without)."""
    import io

    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(unlock_office(path, password)))


def unlock_pdf(data: bytes | Path, password: str = EXPORT_PASSWORD) -> bytes:
    """The clear bytes of a PDF protected with a password (pikepdf)."""
    import io

    import pikepdf

    raw = data.read_bytes() if isinstance(data, Path) else data
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(raw), password=password) as pdf:
        pdf.save(out)
    return out.getvalue()


def profile(**overrides: str) -> SchoolProfile:
    values = dict(
        school_name="Trường Tiểu học Thử Nghiệm",
        superior_body="UBND xã Thử Nghiệm",
        place_name="Thử Nghiệm",
        principal_name="Nguyễn Thị Thử",
        document_symbol="THTN",
        school_year="2024-2025",
    )
    values.update(overrides)
    return SchoolProfile(**values)


def make_school(data_dir: Path, password: str = PASSWORD, username: str = USERNAME,
                **overrides: str) -> str:
    """Create a school database; returns the recovery key."""
    p = profile(**overrides)
    return initialize_school(data_dir, p, username, p.principal_name, password)


def files_containing(root: Path, needles: list[str]) -> list[tuple[Path, str]]:
    """Every (file, needle) where the needle's UTF-8 or UTF-16 bytes occur in a file under root."""
    patterns = []
    for n in needles:
        patterns += [(n, n.encode("utf-8")), (n, n.encode("utf-16-le")), (n, n.encode("utf-16-be"))]
    hits = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for needle, raw in patterns:
            if raw in data:
                hits.append((path, needle))
    return hits
