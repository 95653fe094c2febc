"""Body flowables of a document (reportlab Paragraphs, Tables, KeepTogether groups, Spacers,
rules, charts) as Word blocks for :mod:`kimbai_desktop.reports.word`, which explains why."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from typing import Any, cast

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.paraparser import ParaParser

from kimbai_desktop.reports import document as d
from kimbai_desktop.reports.styles import FONT_BOLD

WORD_FONT = "Times New Roman"
CHART_DPI = 200
CHART_MISSING = "(Biểu đồ xem trong bản PDF của văn bản.)"
_BORDER = 4  # eighths of a point: 0.5 pt, as the PDF's grid
_RULE = 5  # the short rules under the school, the motto and the trích yếu (0.6 pt)
# Characters XML 1.0 cannot hold (python-docx refuses them): dropped, never an exception.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ALIGN = {TA_CENTER: WD_ALIGN_PARAGRAPH.CENTER, TA_RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
          TA_JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY, "CENTER": WD_ALIGN_PARAGRAPH.CENTER,
          "CENTRE": WD_ALIGN_PARAGRAPH.CENTER, "RIGHT": WD_ALIGN_PARAGRAPH.RIGHT,
          "JUSTIFY": WD_ALIGN_PARAGRAPH.JUSTIFY}
_VALIGN = {"MIDDLE": WD_CELL_VERTICAL_ALIGNMENT.CENTER,
           "BOTTOM": WD_CELL_VERTICAL_ALIGNMENT.BOTTOM}
# Children that follow the one inserted, in the schema's order (Word refuses another order).
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
               "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
               "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_TBLBORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                     "w:tblDescription", "w:tblPrChange")
_AFTER_TBLCELLMAR = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
_AFTER_CANTSPLIT = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
                    "w:ins", "w:del", "w:trPrChange")
_AFTER_TBLHEADER = _AFTER_CANTSPLIT[2:]
_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
              "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge",
              "w:tcPrChange")


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


# -- runs and paragraphs ------------------------------------------------------------------------


def set_font(rpr: Any, name: str = WORD_FONT) -> None:
    """Name the font for ASCII, hAnsi and complex scripts (no theme font left to override it)."""
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), name)


def add_run(p: WordParagraph, text: str, *, size: float, bold: bool = False,
            italic: bool = False) -> None:
    run = p.add_run(clean(text))
    run.font.size = Pt(size)
    run.font.bold = bold or None
    run.font.italic = italic or None
    rpr = run._r.get_or_add_rPr()
    set_font(rpr)
    size_cs = OxmlElement("w:szCs")  # complex-script size, right after w:sz
    size_cs.set(qn("w:val"), str(int(round(size * 2))))
    if rpr.sz is not None:  # set by run.font.size above
        rpr.sz.addnext(size_cs)


def _face(font_name: str) -> tuple[bool, bool]:
    return "Bold" in font_name, "Italic" in font_name or "Oblique" in font_name


def format_paragraph(p: WordParagraph, style: ParagraphStyle, *,
                     alignment: object = None) -> None:
    """Alignment, indents, spacing and keep-with-next of a reportlab style."""
    f = p.paragraph_format
    f.alignment = _ALIGN.get(alignment if alignment is not None else style.alignment,
                             WD_ALIGN_PARAGRAPH.LEFT)
    f.first_line_indent = Pt(style.firstLineIndent) if style.firstLineIndent else None
    f.left_indent = Pt(style.leftIndent) if style.leftIndent else None
    f.right_indent = Pt(style.rightIndent) if style.rightIndent else None
    f.space_before = Pt(style.spaceBefore or 0)
    f.space_after = Pt(style.spaceAfter or 0)
    f.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    f.line_spacing = Pt(style.leading)
    f.widow_control = True
    if getattr(style, "keepWithNext", 0):
        f.keep_with_next = True


def styled(p: WordParagraph, text: str, style: ParagraphStyle) -> WordParagraph:
    """One run of ``text`` in the face, size and layout of ``style``."""
    format_paragraph(p, style)
    bold, italic = _face(style.fontName)
    add_run(p, text, size=style.fontSize, bold=bold, italic=italic)
    return p


def _fresh_frags(flowable: Paragraph) -> list[Any]:
    """The Paragraph's runs parsed again from its markup: laying it out in a PDF (the preview,
    a table cell) rewrites ``frags`` into line fragments, so they cannot be trusted after."""
    source = getattr(flowable, "text", None)
    if isinstance(source, str):
        try:
            parsed = ParaParser().parse(source, flowable.style)
        except ValueError:
            parsed = None
        if parsed is not None and parsed[1] is not None:
            return list(parsed[1])
    frags = getattr(flowable, "frags", None) or []
    return [f for f in frags if hasattr(f, "text") or getattr(f, "lineBreak", False)]


def paragraph_runs(p: WordParagraph, flowable: Paragraph, *, bold: bool = False) -> None:
    """The Paragraph's runs: text, bold, italic, size and line breaks as reportlab reads them."""
    frags = _fresh_frags(flowable)
    if not frags:
        add_run(p, flowable.getPlainText(), size=flowable.style.fontSize, bold=bold)
        return
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            (p.runs[-1] if p.runs else p.add_run()).add_break()
            continue
        text = getattr(frag, "text", "")
        if not text:
            continue
        b, i = _face(getattr(frag, "fontName", flowable.style.fontName))
        add_run(p, text, size=getattr(frag, "fontSize", flowable.style.fontSize),
                bold=b or bool(getattr(frag, "bold", 0)) or bold,
                italic=i or bool(getattr(frag, "italic", 0)))


def rule(p: WordParagraph, width_pt: float, within_pt: float) -> WordParagraph:
    """A short centred rule: an empty, very low paragraph with a bottom border, indented so the
    border is ``width_pt`` long inside a column ``within_pt`` wide."""
    side = max(0.0, (within_pt - width_pt) / 2)
    f = p.paragraph_format
    f.left_indent, f.right_indent = Pt(side), Pt(side)
    f.space_before, f.space_after = Pt(0), Pt(0)
    f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    f.line_spacing = Pt(3)
    ppr = p._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", str(_RULE)), ("w:space", "1"),
                 ("w:color", "000000")):
        bottom.set(qn(k), v)
    border.append(bottom)
    ppr.insert_element_before(border, *_AFTER_PBDR)
    return p


def gap(p: WordParagraph, height_pt: float) -> WordParagraph:
    """An empty paragraph exactly ``height_pt`` high (a Spacer; it also keeps two tables from
    running into one, as Word joins adjacent tables)."""
    f = p.paragraph_format
    f.space_before, f.space_after = Pt(0), Pt(0)
    f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    f.line_spacing = Pt(max(1.0, height_pt))
    mark = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "2")
    rpr.append(size)
    mark.insert_element_before(rpr, "w:sectPr", "w:pPrChange")
    return p


# -- containers: the document body or a table cell -----------------------------------------------


class Blocks:
    """Where blocks go (the body or a cell): reuses a cell's first empty paragraph."""

    def __init__(self, target: Any) -> None:
        self.target = target
        self.fresh = isinstance(target, _Cell)
        self.made: list[Any] = []  # the python-docx paragraphs and tables added, in order

    def paragraph(self) -> WordParagraph:
        if self.fresh:
            self.fresh = False
            p = self.target.paragraphs[0]
        else:
            p = self.target.add_paragraph()
        self.made.append(p)
        return cast(WordParagraph, p)

    def table(self, rows: int, cols: int) -> WordTable:
        if self.fresh:  # a cell must end with a paragraph: keep the empty one after the table
            self.fresh = False
        table = self.target.add_table(rows, cols)
        self.made.append(table)
        return cast(WordTable, table)


def keep_with_next(blocks: Sequence[Any], *, last_too: bool = False) -> None:
    """Word's "keep with next" on every paragraph of ``blocks`` (and of their table rows, but
    for a long table only its first rows), so the group starts on one page as in the PDF."""
    for n, block in enumerate(blocks):
        last = n == len(blocks) - 1 and not last_too
        if isinstance(block, WordParagraph):
            if not last:
                block.paragraph_format.keep_with_next = True
        elif isinstance(block, WordTable):
            rows = list(block.rows)
            keep = rows[:-1] if last else rows
            for row in keep[:3] if len(rows) > 12 else keep:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        p.paragraph_format.keep_with_next = True


# -- tables ----------------------------------------------------------------------------------------


def _index(i: int, n: int) -> int:
    return i + n if i < 0 else i


def _ranges(cmds: Iterable[tuple[Any, ...]], rows: int, cols: int,
            ) -> Iterable[tuple[int, int, int, int, tuple[Any, ...]]]:
    for cmd in cmds:
        (c0, r0), (c1, r1) = cmd[1], cmd[2]
        yield (_index(r0, rows), _index(c0, cols), _index(r1, rows), _index(c1, cols), cmd)


def _hex(colour: object) -> str | None:
    if isinstance(colour, Color):
        return str(colour.hexval())[2:].upper()
    return None


def _borders(table: WordTable, size: int) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        for k, v in (("w:val", "single" if size else "nil"), ("w:sz", str(size)),
                     ("w:space", "0"), ("w:color", "000000")):
            el.set(qn(k), v)
        borders.append(el)
    tbl_pr.insert_element_before(borders, *_AFTER_TBLBORDERS)


def cell_margins(table: WordTable, *, left: float, right: float, top: float,
                 bottom: float) -> None:
    mar = OxmlElement("w:tblCellMar")
    for edge, value in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(int(round(value * 20))))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    table._tbl.tblPr.insert_element_before(mar, *_AFTER_TBLCELLMAR)


def row_flag(row: Any, tag: str) -> None:
    """``w:cantSplit`` (the row stays on one page) or ``w:tblHeader`` (repeated on each page)."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn(tag)) is None:
        tr_pr.insert_element_before(OxmlElement(tag), *(
            _AFTER_CANTSPLIT if tag == "w:cantSplit" else _AFTER_TBLHEADER))


def _shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(k), v)
    cell._tc.get_or_add_tcPr().insert_element_before(shd, *_AFTER_SHD)


def fixed_table(blocks: Blocks, rows: int, widths: Sequence[float]) -> WordTable:
    """A table of fixed column widths (points) and no style of its own."""
    table = blocks.table(rows, len(widths))
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Pt(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Pt(width)
    return table


def convert_table(blocks: Blocks, flowable: Table) -> WordTable:
    """A reportlab Table as a Word table: widths, ruled grid, header rows repeated on each page,
    spans, bold and shaded cells, fixed row heights, vertical alignment."""
    values = flowable._cellvalues
    nrows, ncols = len(values), flowable._ncols
    widths = [float(w) for w in flowable._colWidths]
    table = fixed_table(blocks, nrows, widths)
    table.alignment = (WD_TABLE_ALIGNMENT.CENTER if flowable.hAlign in ("CENTER", "CENTRE")
                       else WD_TABLE_ALIGNMENT.LEFT)
    ruled = any(c[0] in ("GRID", "INNERGRID", "BOX", "OUTLINE") for c in flowable._linecmds)
    _borders(table, _BORDER if ruled else 0)
    first = flowable._cellStyles[0][0] if nrows and ncols else None
    cell_margins(table, left=getattr(first, "leftPadding", 0),
                 right=getattr(first, "rightPadding", 0),
                 top=getattr(first, "topPadding", 0), bottom=getattr(first, "bottomPadding", 0))
    covered: set[tuple[int, int]] = set()
    spans = list(_ranges(flowable._spanCmds, nrows, ncols))
    for r0, c0, r1, c1, _cmd in spans:
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
    fills: dict[tuple[int, int], str] = {}
    for r0, c0, r1, c1, cmd in _ranges(flowable._bkgrndcmds, nrows, ncols):
        fill = _hex(cmd[3]) if len(cmd) > 3 else None
        if fill and fill != "FFFFFF":
            fills.update({(r, c): fill for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)})
    heights = flowable._argH if isinstance(flowable._argH, (list, tuple)) else None
    repeat = flowable.repeatRows if isinstance(flowable.repeatRows, int) else 0
    grid = [row.cells for row in table.rows]
    for r, row in enumerate(table.rows):
        if r < repeat:
            row_flag(row, "w:tblHeader")
            row_flag(row, "w:cantSplit")
        if heights and heights[r]:
            row.height = Pt(heights[r])
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for c in range(ncols):
            if (r, c) in covered:
                continue
            cell, style = grid[r][c], flowable._cellStyles[r][c]
            valign = _VALIGN.get(getattr(style, "valign", "TOP"))
            if valign is not None:
                cell.vertical_alignment = valign
            if (r, c) in fills:
                _shade(cell, fills[(r, c)])
            fill_cell(cell, values[r][c], style)
    for r0, c0, r1, c1, _cmd in spans:
        if (r0, c0) != (r1, c1):
            grid[r0][c0].merge(grid[r1][c1])
    rows = list(table.rows)
    for r0, _c0, r1, _c1, _cmd in _ranges(flowable._nosplitCmds, nrows, ncols):
        for row in rows[r0:r1]:  # NOSPLIT: a sub-heading row stays with the row under it
            for cell in row.cells:
                for p in cell.paragraphs:
                    p.paragraph_format.keep_with_next = True
    return table


def fill_cell(cell: _Cell, value: object, style: Any) -> None:
    """A cell's content: a plain string in the cell's font, a Paragraph, or a list of flowables."""
    inner = Blocks(cell)
    if isinstance(value, (list, tuple)):
        for each in value:
            convert(inner, each)
        return
    if isinstance(value, Flowable):
        convert(inner, value)
        return
    p = inner.paragraph()
    size = float(getattr(style, "fontsize", 12))
    p.paragraph_format.alignment = _ALIGN.get(getattr(style, "alignment", "LEFT"),
                                              WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    p.paragraph_format.line_spacing = Pt(float(getattr(style, "leading", size + 2)))
    text = "" if value is None else str(value)
    if text:
        bold, italic = _face(str(getattr(style, "fontname", "")))
        add_run(p, text, size=size, bold=bold, italic=italic)


# -- charts ----------------------------------------------------------------------------------------


def chart_png(drawing: Drawing, dpi: int = CHART_DPI) -> bytes | None:
    """The chart as a PNG: drawn to PDF by reportlab, rasterised by PDFium (see the module's
    docstring); None if that is not possible here."""
    try:
        import pypdfium2 as pdfium
        from reportlab.graphics import renderPDF
    except ImportError:
        return None
    pdf = renderPDF.drawToString(drawing)
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        bitmap = page.render(scale=dpi / 72.0, grayscale=True)
        image = bitmap.to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
        bitmap.close()
        page.close()
        return out.getvalue()
    finally:
        doc.close()


def chart_title(drawing: Drawing) -> str:
    for item in getattr(drawing, "contents", []):
        if isinstance(item, String) and getattr(item, "fontName", "") == FONT_BOLD:
            return str(item.text)
    return "Biểu đồ"


def convert_chart(blocks: Blocks, drawing: Drawing) -> None:
    png = chart_png(drawing)
    p = blocks.paragraph()
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = False
    if png is None:
        add_run(p, CHART_MISSING, size=12, italic=True)
        return
    run = p.add_run()
    run.add_picture(io.BytesIO(png), width=Pt(drawing.width))
    described = run._r.find(".//" + qn("wp:docPr"))
    if described is not None:
        described.set("descr", clean(chart_title(drawing)))


# -- the walk ----------------------------------------------------------------------------------------


def convert(blocks: Blocks, flowable: Flowable, pending: list[float] | None = None) -> None:
    """One body flowable into Word blocks. ``pending`` carries a Spacer's height to the space
    before the next paragraph."""
    if isinstance(flowable, Paragraph):
        p = blocks.paragraph()
        format_paragraph(p, flowable.style)
        if pending:
            p.paragraph_format.space_before = Pt((flowable.style.spaceBefore or 0) + pending[0])
            pending.clear()
        paragraph_runs(p, flowable)
    elif isinstance(flowable, Table):
        if pending:
            gap(blocks.paragraph(), pending.pop())
        convert_table(blocks, flowable)
        gap(blocks.paragraph(), float(getattr(flowable, "spaceAfter", 0) or 1))
    elif isinstance(flowable, KeepTogether):
        start = len(blocks.made)
        for each in flowable._content:
            convert(blocks, each, pending)
        keep_with_next(blocks.made[start:])
    elif isinstance(flowable, Spacer):
        if pending is not None:
            pending[:] = [(pending[0] if pending else 0) + float(flowable.height)]
        else:
            gap(blocks.paragraph(), float(flowable.height))
    elif isinstance(flowable, HRFlowable):
        width = flowable.width
        total = d.TEXT_WIDTH
        shown = total * float(width[:-1]) / 100 if isinstance(width, str) else float(width)
        rule(blocks.paragraph(), shown, total)
    elif isinstance(flowable, Drawing):
        convert_chart(blocks, flowable)
    elif hasattr(flowable, "getPlainText"):
        add_run(blocks.paragraph(), flowable.getPlainText(), size=14)
    else:
        for each in getattr(flowable, "_content", ()):  # other containers
            convert(blocks, each, pending)


def no_borders(table: WordTable) -> None:
    """A layout table (the header, the closing): no lines."""
    _borders(table, 0)
