"""Fonts and paragraph styles of the official documents (Nghị định 30/2020/NĐ-CP, Phụ lục I).

Liberation Serif (SIL OFL, metric-compatible with Times New Roman) is registered from
``resources/fonts`` and embedded (subset) in every PDF. Sizes follow the decree: body 14 pt,
header lines 12-13 pt, recipients 11 pt; paragraph spacing 6 pt; first lines indented 1.27 cm.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kimbai_desktop.config import resource_path

FONT = "KimBaiSerif"
FONT_BOLD = "KimBaiSerif-Bold"
FONT_ITALIC = "KimBaiSerif-Italic"
FONT_BOLD_ITALIC = "KimBaiSerif-BoldItalic"
_FILES = {FONT: "Regular", FONT_BOLD: "Bold", FONT_ITALIC: "Italic",
          FONT_BOLD_ITALIC: "BoldItalic"}

BODY_SIZE = 14
CELL_SIZE = 12
INDENT = 12.7 * mm  # one default tab in Word: "lùi vào từ 1 cm đến 1,27 cm"


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the Liberation Serif family once; returns the regular face's name."""
    for name, face in _FILES.items():
        path = resource_path("resources", "fonts", f"LiberationSerif-{face}.ttf")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)
    return FONT


def text_width(text: str, font: str = FONT, size: float = BODY_SIZE) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))


@dataclass(frozen=True)
class Styles:
    """Every paragraph style a document uses (one set, shared by all reports)."""

    body: ParagraphStyle  # justified, first line indented
    plain: ParagraphStyle  # justified, no indent (labels, lists of fields)
    heading1: ParagraphStyle  # "I. MỤC ĐÍCH, YÊU CẦU"
    heading2: ParagraphStyle  # "1. Mục đích"
    heading3: ParagraphStyle  # "a) ..."
    centered: ParagraphStyle
    note: ParagraphStyle  # smaller italic remark under a table
    header: ParagraphStyle  # header block lines (13 pt, centred)
    header_bold: ParagraphStyle
    national: ParagraphStyle  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12 pt bold)
    motto: ParagraphStyle  # "Độc lập - Tự do - Hạnh phúc" (13 pt bold)
    date_line: ParagraphStyle  # place and date (13 pt italic)
    title: ParagraphStyle  # tên loại (14 pt bold)
    summary: ParagraphStyle  # trích yếu (14 pt bold)
    recipients_label: ParagraphStyle  # "Nơi nhận:" (12 pt bold italic)
    recipient: ParagraphStyle  # 11 pt
    sign_position: ParagraphStyle  # "HIỆU TRƯỞNG" (14 pt bold, centred)
    sign_name: ParagraphStyle
    sign_hint: ParagraphStyle  # "(Ký, ghi rõ họ tên)" (13 pt italic)
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    small_note: ParagraphStyle  # 10 pt italic under the signature (the audit head)


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = dict(fontName=FONT, fontSize=BODY_SIZE, leading=17,
                                   alignment=TA_JUSTIFY, spaceAfter=6, bulletFontName=FONT)
    base.update(kw)
    return ParagraphStyle(name, **base)


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    cell = dict(fontSize=CELL_SIZE, leading=14, spaceAfter=0, alignment=TA_LEFT)
    return Styles(
        body=_style("body", firstLineIndent=INDENT),
        plain=_style("plain"),
        heading1=_style("heading1", fontName=FONT_BOLD, firstLineIndent=INDENT, spaceBefore=6,
                        keepWithNext=1),
        heading2=_style("heading2", fontName=FONT_BOLD, firstLineIndent=INDENT, spaceBefore=2,
                        keepWithNext=1),
        heading3=_style("heading3", fontName=FONT_ITALIC, firstLineIndent=INDENT,
                        keepWithNext=1),
        centered=_style("centered", alignment=TA_CENTER),
        note=_style("note", fontName=FONT_ITALIC, fontSize=12, leading=14, spaceBefore=3),
        header=_style("header", fontSize=13, leading=15.5, alignment=TA_CENTER, spaceAfter=0),
        header_bold=_style("header_bold", fontName=FONT_BOLD, fontSize=13, leading=15.5,
                           alignment=TA_CENTER, spaceAfter=0),
        national=_style("national", fontName=FONT_BOLD, fontSize=12, leading=15.5,
                        alignment=TA_CENTER, spaceAfter=0),
        motto=_style("motto", fontName=FONT_BOLD, fontSize=13, leading=15.5,
                     alignment=TA_CENTER, spaceAfter=0),
        date_line=_style("date_line", fontName=FONT_ITALIC, fontSize=13, leading=15.5,
                         alignment=TA_CENTER, spaceAfter=0),
        title=_style("title", fontName=FONT_BOLD, alignment=TA_CENTER, spaceAfter=0,
                     spaceBefore=0),
        summary=_style("summary", fontName=FONT_BOLD, alignment=TA_CENTER, spaceAfter=0),
        recipients_label=_style("recipients_label", fontName=FONT_BOLD_ITALIC, fontSize=12,
                                leading=14, alignment=TA_LEFT, spaceAfter=0),
        recipient=_style("recipient", fontSize=11, leading=13, alignment=TA_LEFT, spaceAfter=0),
        sign_position=_style("sign_position", fontName=FONT_BOLD, alignment=TA_CENTER,
                             spaceAfter=0),
        sign_name=_style("sign_name", fontName=FONT_BOLD, alignment=TA_CENTER, spaceAfter=0),
        sign_hint=_style("sign_hint", fontName=FONT_ITALIC, fontSize=13, leading=15,
                         alignment=TA_CENTER, spaceAfter=0),
        cell=_style("cell", **cell),
        cell_center=_style("cell_center", **{**cell, "alignment": TA_CENTER}),
        cell_head=_style("cell_head", **{**cell, "fontName": FONT_BOLD, "alignment": TA_CENTER}),
        small_note=_style("small_note", fontName=FONT_ITALIC, fontSize=10, leading=12,
                          alignment=TA_LEFT, spaceBefore=10, spaceAfter=0),
    )
