"""Building blocks of a document body: paragraphs, headings, "- label: value" fields, ruled
tables that split across pages with their header row repeated, and the light markup of
editable text ("I. ...", "1. ...", "a) ...", "- ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Table, TableStyle

from kimbai_desktop.domain.deidentify import MARK_OPEN
from kimbai_desktop.reports.styles import (
    CELL_SIZE,
    FONT,
    FONT_BOLD,
    Styles,
    styles,
    text_width,
)
from kimbai_desktop.reports.text import EMPTY, esc, esc_lines

CELL_PAD = 3.0
_ROMAN = re.compile(r"^(?:[IVX]+)\.\s")
_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.\s")
_LETTERED = re.compile(r"^[a-zđ]\)\s")


def para(text: str, style_name: str = "body") -> Paragraph:
    """One paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(esc_lines(text), getattr(styles(), style_name))


def heading(text: str, level: int = 1) -> Paragraph:
    return Paragraph(esc(text), getattr(styles(), f"heading{level}"))


def field(label: str, value: str, *, bullet: str = "- ") -> Paragraph:
    """``- Họ và tên trẻ em: …`` (the value may span lines)."""
    shown = esc_lines(value) if value.strip() else EMPTY
    return Paragraph(f"{esc(bullet)}{esc(label)}: {shown}", styles().body)


def structured_text(text: str) -> list[Flowable]:
    """Editable body text → flowables. One paragraph per line; a line starting "I. " (Roman
    numeral) is a section heading, "1. " a sub-heading, "a) " a sub-sub-heading (italic);
    "- " lines and other lines are body paragraphs. Blank lines are ignored."""
    out: list[Flowable] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if _ROMAN.match(line):
            out.append(heading(line, 1))
        elif _NUMBERED.match(line) and len(line) < 120:
            out.append(heading(line, 2))
        elif _LETTERED.match(line) and len(line) < 120:
            out.append(heading(line, 3))
        else:
            out.append(para(line))
    return out


# Blank space (points) a split between rows may leave at the foot of a page before a tall row
# is split inside itself instead: about three lines of table text.
_MAX_FOOT_GAP = 3 * (CELL_SIZE + 2) + 6
# Near the foot of a page (less than about a third of it left), a table whose first part would
# hold only its header and one row moves to the next page instead.
_NEAR_FOOT = 220.0
_MIN_ROWS_BEFORE_SPLIT = 2


class _SplitTallRows:
    """reportlab tries a split between rows first (``splitByRow``) and only splits inside a row
    (``splitInRow``) when that fails, so a tall row (a long chronology entry) either raised
    LayoutError or left most of a page blank above it. This prefers the split inside the row
    whenever the split between rows would leave more than a few lines blank."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._calc(availWidth, availHeight)  # type: ignore[attr-defined]
        by_row = self._splitRows(availHeight, doInRowSplit=False)  # type: ignore[attr-defined]
        rows = len(self._cellvalues)  # type: ignore[attr-defined]
        if (by_row and rows > _MIN_ROWS_BEFORE_SPLIT + 1 and availHeight < _NEAR_FOOT
                and len(by_row[0]._cellvalues) <= _MIN_ROWS_BEFORE_SPLIT):
            return []  # header and one row alone at the foot of a page: start on the next
        if by_row:
            _w, used = by_row[0].wrap(availWidth, availHeight)
            if availHeight - used <= _MAX_FOOT_GAP:
                return list(by_row)
        in_row = self._splitRows(availHeight, doInRowSplit=True)  # type: ignore[attr-defined]
        return list(in_row or by_row)


class _Table(_SplitTallRows, Table):  # type: ignore[misc]
    pass


class _LongTable(_SplitTallRows, LongTable):  # type: ignore[misc]
    pass


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # points
    align: str = "LEFT"  # LEFT | CENTER | RIGHT


def _cell(value: object, column: Column, st: Styles) -> object:
    """A plain string when it fits on one line (fast for long lists), else a wrapping
    Paragraph, so no cell is ever clipped."""
    text = "" if value is None else str(value)
    if "\n" not in text and MARK_OPEN not in text and text_width(text, FONT, CELL_SIZE) <= column.width - 2 * CELL_PAD:
        return text
    style = st.cell_center if column.align == "CENTER" else st.cell
    return Paragraph(esc_lines(text), style)


def data_table(columns: Sequence[Column], rows: Sequence[Sequence[object]], *,
               total_row: Sequence[object] | None = None,
               row_height: float | None = None) -> Table:
    """A ruled table with a bold header row that is repeated on every page it runs onto.
    The table splits between rows, and a row taller than what is left of the page (a long
    chronology entry) splits inside itself rather than leaving the foot of the page blank. ``row_height`` fixes
    the height of the body rows (room to sign in)."""
    st = styles()
    header = [Paragraph(esc(c.title), st.cell_head) for c in columns]
    body = [[_cell(v, c, st) for v, c in zip(row, columns, strict=True)] for row in rows]
    if total_row is not None:
        body.append([_cell(v, c, st) for v, c in zip(total_row, columns, strict=True)])
    cls = _LongTable if len(body) > 100 else _Table
    heights = [None] + [row_height] * len(body) if row_height else None
    table = cls([header, *body], colWidths=[c.width for c in columns], rowHeights=heights,
                repeatRows=1, hAlign="CENTER", spaceAfter=6, splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_SIZE + 2),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, c in enumerate(columns):
        if c.align != "LEFT":
            commands.append(("ALIGN", (i, 1), (i, -1), c.align))
    if total_row is not None:
        commands.append(("FONT", (0, -1), (-1, -1), FONT_BOLD, CELL_SIZE, CELL_SIZE + 2))
    table.setStyle(TableStyle(commands))
    return table


def count_table(title: str, counts: Sequence[tuple[str, int]], width: float, *,
                unit: str = "Số lượng", total: bool = True) -> Table:
    """STT | <title> | <unit>, with a total row: the shape of every statistics table."""
    columns = [Column("STT", 14 * mm, "CENTER"), Column(title, width - 44 * mm),
               Column(unit, 30 * mm, "CENTER")]
    rows = [(str(i), label, str(n)) for i, (label, n) in enumerate(counts, start=1)]
    total_row = ("", "Tổng cộng", str(sum(n for _, n in counts))) if total else None
    return data_table(columns, rows, total_row=total_row)


def grouped_count_table(groups: Sequence[tuple[str, Sequence[tuple[str, int]]]], width: float,
                        *, unit: str = "Số lượng") -> Table:
    """Nội dung | <unit>, the rows of each group under a bold sub-heading row ("Theo giới
    tính"): several small breakdowns of the same total in one compact table."""
    columns = [Column("Nội dung", width - 32 * mm), Column(unit, 32 * mm, "CENTER")]
    rows: list[tuple[str, str]] = []
    heads: list[int] = []
    for title, counts in groups:
        heads.append(len(rows) + 1)  # +1: the header row
        rows.append((title, ""))
        rows += [(f"- {label}", str(n)) for label, n in counts]
    table = data_table(columns, rows)
    commands: list[tuple[object, ...]] = []
    for row in heads:
        commands += [("SPAN", (0, row), (-1, row)),
                     ("NOSPLIT", (0, row), (-1, row + 1)),  # never a sub-heading left alone
                     ("FONT", (0, row), (-1, row), FONT_BOLD, CELL_SIZE, CELL_SIZE + 2),
                     ("BACKGROUND", (0, row), (-1, row), colors.Color(0.92, 0.92, 0.92))]
    table.setStyle(TableStyle(commands))
    return table
