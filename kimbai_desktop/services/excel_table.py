"""What a class list says around and beside its pupils: where the table really ends (signatures,
the date line, totals and notes under it), whether a pupil has left (the status column), the class
of a sheet from its name or title, and identifiers from which Excel dropped the leading zeros.
No Qt here. Written by hand because it encodes the sector's own wording, which no library knows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.domain.text import fold
from kimbai_desktop.services.excel_read import is_blank


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# -- the end of the table --------------------------------------------------------------------

SIGNATURE = "signature"
DATE_LINE = "date"
TOTAL = "total"
NOTE = "note"
FOOTER_KINDS = {  # in the order the summary names them
    SIGNATURE: QT_TRANSLATE_NOOP("Import", "signatures"),
    DATE_LINE: QT_TRANSLATE_NOOP("Import", "date line"),
    TOTAL: QT_TRANSLATE_NOOP("Import", "totals"),
    NOTE: QT_TRANSLATE_NOOP("Import", "notes"),
}

_SIGNATURE = re.compile(
    r"^(nguoi lap( danh sach| bieu| bang)?|hieu truong|pho hieu truong|ktt? hieu truong|"
    r"giao vien chu nhiem|gvcn|ban giam hieu|thu truong don vi|xac nhan( cua)?|"
    r"(ky|ky ten|ky va|ky,)( ghi ro| va ghi ro| dong dau)?( ho (va )?ten)?|"
    r"\(?ky,? (va )?ghi ro ho (va )?ten\)?|\(?ky ten,? dong dau\)?|"
    r"(tm|t/m|tl|kt)\.? (ban giam hieu|hieu truong|nha truong))\b")
_DATE_LINE = re.compile(r"\bngay\W*(\d{1,2}|\.+|…+)?\W*thang\W*(\d{1,2}|\.+|…+)?\W*nam\b")
_TOTAL = re.compile(r"^(tong cong|tong so|tong|cong)\s*(:|-|\d|$)|^tong (cong|so)\b")
_NOTE = re.compile(r"^(ghi chu|chu y|luu y)\s*(:|$)|^danh sach (nay |tren )?(co|gom) \d+|"
                   r"^(co|gom) \d+ hoc sinh|^\(?danh sach (nay )?(co|gom)\b|^an dinh danh sach")


def footer_kind(row: Sequence[Any]) -> str | None:
    """The kind of footer line ``row`` is (signature, date line, totals, note), or None."""
    for v in row:
        if not isinstance(v, str) or is_blank(v):
            continue
        text = " ".join(fold(v).replace("(", " ( ").split()).replace("( ", "(")
        if _DATE_LINE.search(text):
            return DATE_LINE
        if _SIGNATURE.match(text) or _SIGNATURE.match(text.strip("( )")):
            return SIGNATURE
        if _TOTAL.match(text):
            return TOTAL
        if _NOTE.match(text):
            return NOTE
    return None


def row_text(row: Sequence[Any], limit: int = 80) -> str:
    """The row's texts, joined, for the summary (shortened)."""
    text = " · ".join(" ".join(str(v).split()) for v in row if not is_blank(v))
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- leavers ---------------------------------------------------------------------------------

_ARRIVED = re.compile(r"\b(chuyen (truong )?den|moi chuyen den|chuyen ve|nhap hoc|dang hoc)\b")
_LEAVER_WORDS = (
    (PupilStatus.TRANSFERRED, re.compile(
        r"\b(chuyen (truong|di|ra|khoi truong|noi khac|tinh|huyen|xa)|da chuyen\b(?! lop)|"
        r"chuyen$|di chuyen|transferred)")),
    (PupilStatus.COMPLETED, re.compile(
        r"\b(da tot nghiep|tot nghiep|hoan thanh chuong trinh|ht chuong trinh|ra truong|"
        r"htct)\b")),
    (PupilStatus.LEFT, re.compile(
        r"\b(thoi hoc|bo hoc|nghi hoc|da nghi|nghi han|khong con hoc|xoa ten|left)\b")),
)


def leaver_status(value: Any) -> PupilStatus | None:
    """The status a status cell says (Chuyển trường, Thôi học, Đã tốt nghiệp..., with or without
    diacritics), or None for a pupil who is still at school (empty, Đang học, Chuyển đến...)."""
    if not isinstance(value, str) or is_blank(value):
        return None
    text = " ".join(re.sub(r"[^0-9a-z]+", " ", fold(value)).split())
    if _ARRIVED.search(text) or re.search(r"\bchuyen lop\b", text):
        return None
    for status, pattern in _LEAVER_WORDS:
        if pattern.search(text):
            return status
    return None


# -- the class of a sheet --------------------------------------------------------------------

_CLASS_IN_TITLE = re.compile(r"\blop\s*:?\s*([1-9][0-9]?\s*[a-z]?[0-9]{0,2}(?:[./-][0-9a-z]{1,2})?)\b")
_CLASS_SHEET = re.compile(r"^(?:lop\s*)?([1-9]\s*[a-z]?[0-9]{0,2}(?:[./-][0-9a-z]{1,2})?)$")


def class_of_sheet(name: str, title_rows: Sequence[Sequence[Any]]) -> str:
    """"2A" from a title such as "DANH SÁCH HỌC SINH LỚP 2A", else from a sheet named "2A" or
    "Lớp 2A"; "" when neither says."""
    for row in title_rows:
        for v in row:
            if isinstance(v, str) and (m := _CLASS_IN_TITLE.search(fold(v))):
                return m.group(1).replace(" ", "").upper()
    if m := _CLASS_SHEET.match(" ".join(fold(name).split())):
        return m.group(1).replace(" ", "").upper()
    return ""


# -- identifiers that lost their leading zeros ------------------------------------------------

DEFAULT_CODE_LENGTH = 10  # the sector database's mã định danh học sinh


def numeric_code(value: Any) -> str | None:
    """The digits of an identifier that Excel stored as a number, or None for text."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return str(int(value)) if value >= 0 else None


def usual_code_length(values: Sequence[Any]) -> int:
    """The most common length of the identifiers written as text (digits only), else 10."""
    lengths = Counter(len(t) for v in values if isinstance(v, str)
                      and (t := v.strip().replace(" ", "")).isdigit())
    return lengths.most_common(1)[0][0] if lengths else DEFAULT_CODE_LENGTH
