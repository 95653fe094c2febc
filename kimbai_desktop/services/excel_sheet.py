"""Recognising a class list's header row and columns, and the class of a sheet from its name or
title. No Qt here; used by :mod:`kimbai_desktop.services.excel_import`. Reading the file is in
:mod:`excel_read` (re-exported here).

Header recognition is written here because it encodes the sector's own spellings ("Mã định danh
Bộ GD&ĐT", "Họ tên cha"...), which no library knows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kimbai_desktop.domain.enums import LabelledEnum
from kimbai_desktop.domain.text import fold
from kimbai_desktop.services.excel_read import (
    CANNOT_OPEN,
    EMPTY_FILE,
    NO_SUCH_SHEET,
    ExcelFileError,
    SheetData,
    is_blank,
    read_sheets,
    read_workbook,
)

__all__ = ["CANNOT_OPEN", "EMPTY_FILE", "NO_SUCH_SHEET", "ExcelFileError", "SheetData",
           "is_blank", "read_sheets", "read_workbook"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


NO_HEADER = QT_TRANSLATE_NOOP("Errors", "No header row (such as \"Họ và tên\", \"Ngày sinh\") was found in the first {rows} rows. Check that the sheet is the pupil list, or choose the columns by hand.")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP("Errors", "No column holds the pupils' full names (Họ và tên). Choose it in the column mapping.")

HEADER_SEARCH_ROWS = 20


class Field(LabelledEnum):
    """What a column can hold: labels for the GUI's mapping editor, the longest text allowed,
    and the header spellings seen in sector files, folded (see header_key). A one-word spelling
    must be the whole header; longer ones also match the start of one ("Ngày sinh (dd/mm)")."""

    limit: int
    spellings: tuple[str, ...]

    def __init__(self, ident: str, vi: str, en: str, limit: int, spellings: str) -> None:
        self.limit, self.spellings = limit, tuple(s.strip() for s in spellings.split(","))

    STUDENT_CODE = ("student_code", "Mã định danh", "Identifier (mã định danh)", 32,
                    "ma dinh danh, ma dinh danh bo gd dt, ma hoc sinh, ma hs, ma so hoc sinh, "
                    "ma so hs, ma dinh danh hoc sinh")
    FULL_NAME = ("full_name", "Họ và tên", "Full name", 120,
                 "ho va ten, ho ten, ten hoc sinh, ho va ten hoc sinh, ho ten hoc sinh, "
                 "ho va ten tre, ho ten tre em, hoc sinh")
    FAMILY_MIDDLE = ("family_middle", "Họ và tên đệm", "Family and middle name", 120,
                     "ho, ho dem, ho va dem, ho va ten dem, ho va chu dem")
    GIVEN_NAME = ("given_name", "Tên", "Given name", 120, "ten")
    BIRTH_DATE = ("birth_date", "Ngày sinh", "Date of birth", 0,
                  "ngay sinh, ngay thang nam sinh, sinh ngay, ns")
    SEX = ("sex", "Giới tính (Nam/Nữ)", "Sex (Nam/Nữ)", 0, "gioi tinh, gioi, phai")
    FEMALE_MARK = ("female_mark", "Nữ (đánh dấu x)", "Female (marked x)", 0, "nu")
    ETHNICITY = ("ethnicity", "Dân tộc", "Ethnicity", 60, "dan toc")
    CLASS_NAME = ("class_name", "Lớp", "Class", 20, "lop, lop hoc, ten lop")
    ADDRESS = ("address", "Địa chỉ", "Address", 300, "dia chi, noi o, cho o, noi o hien nay, "
               "cho o hien nay, noi thuong tru, thuong tru")
    FATHER_NAME = ("father_name", "Họ tên cha", "Father's name", 120, "ho ten cha, ho va ten "
                   "cha, ho ten bo, ho va ten bo, ten cha, ten bo, cha, bo")
    MOTHER_NAME = ("mother_name", "Họ tên mẹ", "Mother's name", 120,
                   "ho ten me, ho va ten me, ten me, me")
    GUARDIAN_NAME = ("guardian_name", "Họ tên người giám hộ", "Guardian's name", 120,
                     "ho ten nguoi giam ho, ho va ten nguoi giam ho, nguoi giam ho, "
                     "ho ten phu huynh, ho va ten phu huynh, phu huynh, ten phu huynh, "
                     "ho ten nguoi cham soc, nguoi cham soc")
    PHONE = ("phone", "Số điện thoại", "Phone number", 40, "so dien thoai, dien thoai, sdt, dt, "
             "dien thoai lien he, so dien thoai lien he, sdt lien he, sdt phu huynh")
    FATHER_PHONE = ("father_phone", "Số điện thoại cha", "Father's phone", 40,
                    "so dien thoai cha, sdt cha, dien thoai cha, so dien thoai bo, sdt bo, "
                    "dien thoai bo")
    MOTHER_PHONE = ("mother_phone", "Số điện thoại mẹ", "Mother's phone", 40,
                    "so dien thoai me, sdt me, dien thoai me")
    STATUS = ("status", "Tình trạng (đang học, chuyển trường...)",
              "Status (enrolled, transferred...)", 0,
              "tinh trang, trang thai, tinh trang hoc sinh, trang thai hoc sinh, tinh trang hoc, "
              "ghi chu, ghi chu tinh trang")


_IGNORED = ("stt", "tt", "so thu tu")
NAME_FIELDS = (Field.FULL_NAME, Field.FAMILY_MIDDLE, Field.GIVEN_NAME)
Mapping_ = dict[Field, int]  # field → 0-based column index


# -- headers -----------------------------------------------------------------------------------


def header_key(header: Any) -> str:
    text = re.sub(r"\(.*?\)", " ", fold(str(header)) if header is not None else "")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def match_header(header: Any) -> tuple[Field, bool, int] | None:
    """(field, exact, synonym length) of the best spelling that fits ``header``."""
    key = header_key(header)
    if not key or key in _IGNORED:
        return None
    best: tuple[Field, bool, int] | None = None
    for f in Field:
        for s in f.spellings:
            exact = key == s
            if exact or (" " in s and key.startswith(s + " ")):
                cand = (f, exact, len(s))
                if best is None or (cand[1], cand[2]) > (best[1], best[2]):
                    best = cand
    return best


def detect_header(rows: Sequence[Sequence[Any]]) -> int:
    """The Excel row number (1-based) of the header: the first of the first rows with at least
    two known headers. Title rows and merged cells above it are skipped."""
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if len({m[0] for v in row if (m := match_header(v))}) >= 2:
            return i + 1
    raise ExcelFileError(NO_HEADER, rows=HEADER_SEARCH_ROWS)


def guess_mapping(header_cells: Sequence[Any]) -> Mapping_:
    """Which column holds what; per field, an exact spelling wins, then the leftmost column.

    A "Họ và tên" column merged over two columns (family and middle names, then the given name)
    leaves the second header empty: that column is mapped as the given name."""
    best: dict[Field, tuple[bool, int]] = {}
    for col, value in enumerate(header_cells):
        if (m := match_header(value)) is not None:
            f, exact, _ = m
            if f not in best or (exact and not best[f][0]):
                best[f] = (exact, col)
    mapping = {f: col for f, (_, col) in best.items()}
    if Field.FULL_NAME in mapping:
        mapping.pop(Field.FAMILY_MIDDLE, None)
        nxt = mapping[Field.FULL_NAME] + 1
        if Field.GIVEN_NAME not in mapping and nxt < len(header_cells) \
                and is_blank(header_cells[nxt]) and nxt not in mapping.values():
            mapping[Field.GIVEN_NAME] = nxt
    return mapping
