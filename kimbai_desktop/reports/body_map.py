"""The body map on paper (sơ đồ thương tích): the front and back outline drawn with reportlab
graphics from the same geometry as the screen (domain/body_map.py), each mark a numbered circle,
and the table of marks. The outline and the marks do not identify a child; a mark's note is free
text and goes through the document's de-identifier like all free text."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Path, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kimbai_desktop.domain.body_map import (
    ASPECT,
    Side,
    head_ellipse,
    nearest_region,
    outline_points,
    size_text,
    smooth_closed,
)
from kimbai_desktop.reports.blocks import Column, data_table, para
from kimbai_desktop.reports.casefile import CaseView
from kimbai_desktop.reports.styles import FONT, FONT_BOLD, register_fonts
from kimbai_desktop.services.body_map import MarkInfo

FIGURE_H = 62 * mm
MARK_R = 2.6 * mm
OUTLINE = colors.Color(0.25, 0.25, 0.25)
TITLE = "Sơ đồ thương tích"


def _figure(drawing: Drawing, left: float, bottom: float, height: float, side: Side,
            marks: Sequence[MarkInfo]) -> None:
    width = height * ASPECT

    def at(x: float, y: float) -> tuple[float, float]:
        return left + x * width, bottom + (1 - y) * height

    points = outline_points()
    path = Path(strokeColor=OUTLINE, strokeWidth=0.8, fillColor=colors.white)
    path.moveTo(*at(*points[0]))
    for c1, c2, end in smooth_closed(points):
        path.curveTo(*at(*c1), *at(*c2), *at(*end))
    path.closePath()
    drawing.add(path)
    cx, cy, rx, ry = head_ellipse()
    drawing.add(Ellipse(*at(cx, cy), rx * width, ry * height, strokeColor=OUTLINE,
                        strokeWidth=0.8, fillColor=colors.white))  # over the top of the neck
    drawing.add(String(left + width / 2, bottom - 5 * mm, side.vi, fontName=FONT_BOLD,
                       fontSize=11, textAnchor="middle"))
    # which side is the child's right: the viewer's left on the front, right on the back
    right_x, left_x = (left - 1 * mm, left + width + 1 * mm) if side == Side.FRONT else (
        left + width + 1 * mm, left - 1 * mm)
    for x, word in ((right_x, "Phải"), (left_x, "Trái")):
        drawing.add(String(x, bottom + height * 0.55, word, fontName=FONT, fontSize=9,
                           textAnchor="end" if x < left + width / 2 else "start"))
    for m in marks:
        if m.side != side:
            continue
        x, y = at(m.x, m.y)
        drawing.add(Circle(x, y, MARK_R, strokeColor=colors.black, strokeWidth=0.8,
                           fillColor=colors.white))
        drawing.add(String(x, y - 1.1 * mm, str(m.number), fontName=FONT_BOLD, fontSize=8,
                           textAnchor="middle"))


def body_map_drawing(marks: Sequence[MarkInfo], height: float = FIGURE_H) -> Drawing:
    """Both outlines side by side with the numbered marks."""
    register_fonts()
    width = height * ASPECT
    gap = 24 * mm
    total_w = 2 * width + gap + 20 * mm
    drawing = Drawing(total_w, height + 9 * mm, initialFontName=FONT, initialFontSize=9)
    _figure(drawing, 10 * mm, 7 * mm, height, Side.FRONT, marks)
    _figure(drawing, 10 * mm + width + gap, 7 * mm, height, Side.BACK, marks)
    drawing.hAlign = "CENTER"
    return drawing


def mark_rows(marks: Sequence[MarkInfo], v: CaseView) -> list[tuple[str, ...]]:
    return [(str(m.number), f"{nearest_region(m.side, m.x, m.y).vi} ({m.side.vi.lower()})",
             m.kind.vi, size_text(m.size_cm), m.colour, v.text(m.note)) for m in marks]


def body_map_block(marks: Sequence[MarkInfo], v: CaseView) -> list[Flowable]:
    """The drawing and the table of marks (nothing when there are none)."""
    if not marks:
        return []
    table = data_table([Column("Số", 11 * mm, "CENTER"), Column("Vị trí", 40 * mm),
                        Column("Loại", 24 * mm), Column("Kích thước", 21 * mm, "CENTER"),
                        Column("Màu", 17 * mm), Column("Ghi chú", 52 * mm)],
                       mark_rows(marks, v))
    caption = para(f"{TITLE} (số trên hình ứng với số trong bảng):", "plain")
    caption.keepWithNext = True  # never alone at the foot of a page
    return [caption, body_map_drawing(marks), table]
