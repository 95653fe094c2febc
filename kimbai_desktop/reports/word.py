"""The editable Word copy (.docx) of an official document: the same :class:`DocumentSpec`, the
same Nghị định 30 layout as the PDF, written with python-docx.

Why a converter over the reportlab body, not a neutral model of every report: the PDF path stays
exactly as it is (no report module changes, nothing for the PDF to lose), and each report keeps
one body that both formats show, so the Word copy never says something the PDF does not. The
body is a short list of known flowables (reports/blocks.py, reports/charts.py): Paragraphs keep
their parsed runs (``frags``, with bold and italic), their named style gives size, alignment,
indent and spacing; Tables keep their cells, column widths, spans, header rows, bold rows and
shading; KeepTogether becomes Word's "keep with next"; a chart (a reportlab Drawing) becomes a
PNG picture. reportlab's own bitmap renderer (renderPM) needs rlPyCairo or rl_renderPM, which
are not installed, so the chart is drawn to a one-page PDF (renderPDF, part of reportlab) and
rasterised with PDFium (pypdfium2, already used by the preview); a chart that cannot be drawn
is left out with a one-line note. Anything else that has text is written as a plain paragraph.

Word documents name "Times New Roman" (for ASCII, hAnsi and complex scripts) and embed no font:
every office computer in Vietnam has it. The header with the page number is centred in the top
margin and empty on page 1 (a different first page). Direct formatting is used throughout, as a
clerk's own documents do: pressing Enter after a paragraph continues in the same format.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as WordParagraph
from reportlab.platypus import Paragraph

from kimbai_desktop.domain.formatting import document_date_line
from kimbai_desktop.reports import document as d
from kimbai_desktop.reports.styles import FONT_BOLD, Styles, styles, text_width
from kimbai_desktop.reports.word_blocks import (
    Blocks,
    cell_margins,
    clean,
    convert,
    fixed_table,
    gap,
    keep_with_next,
    no_borders,
    row_flag,
    rule,
    set_font,
    styled,
)

# -- the document frame ----------------------------------------------------------------------------


def _setup(doc: Any, spec: d.DocumentSpec) -> None:
    """A4 portrait, the decree's margins, Times New Roman 14 pt in Vietnamese as the default,
    the page number centred in the top margin from page 2, the file's properties."""
    st = styles()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Pt(d.PAGE_WIDTH), Pt(d.PAGE_HEIGHT)
    section.top_margin, section.bottom_margin = Pt(d.TOP_MARGIN), Pt(d.BOTTOM_MARGIN)
    section.left_margin, section.right_margin = Pt(d.LEFT_MARGIN), Pt(d.RIGHT_MARGIN)
    section.header_distance = Pt(d.TOP_MARGIN / 2 - d.PAGE_NUMBER_SIZE * 0.6)
    section.footer_distance = Pt(d.BOTTOM_MARGIN / 2)
    section.different_first_page_header_footer = True
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_font(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        for attr in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(attr), "vi-VN")
    normal = doc.styles["Normal"]
    normal.font.size = Pt(st.body.fontSize)
    set_font(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_after = Pt(st.body.spaceAfter)
    header = section.header.paragraphs[0]
    header.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(header)
    props = doc.core_properties
    props.title = clean(f"{spec.type_name.capitalize()} {spec.reference}".strip())
    props.author = clean(spec.issuer)
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.language = "vi-VN"


def page_field(p: WordParagraph) -> None:
    """The PAGE field (Arabic numbers, 13 pt)."""
    def part(kind: str | None = None, instr: str | None = None, text: str | None = None) -> None:
        run = p.add_run()
        run.font.size = Pt(d.PAGE_NUMBER_SIZE)
        set_font(run._r.get_or_add_rPr())
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
            run._r.append(el)
        elif text:
            run.text = text

    part("begin")
    part(instr=" PAGE ")
    part("separate")
    part(text="2")
    part("end")


def header_block(blocks: Blocks, spec: d.DocumentSpec, st: Styles) -> None:
    """Superior body, school (bold, short rule) and "Số:" on the left; the national title, the
    motto (rule under it) and the italic place-date line on the right."""
    left_w, right_w = d.HEADER_LEFT, d.TEXT_WIDTH - d.HEADER_LEFT
    table = fixed_table(blocks, 2, [left_w, right_w])
    no_borders(table)
    cell_margins(table, left=0, right=0, top=0, bottom=0)
    (lt, rt), (lb, rb) = table.rows[0].cells, table.rows[1].cells
    school = spec.issuer.upper()
    left, right = Blocks(lt), Blocks(rt)
    styled(left.paragraph(), spec.superior_body.upper(), st.header)
    styled(left.paragraph(), school, st.header_bold)
    school_w = min(text_width(school, FONT_BOLD, 13), left_w - 4)
    rule(left.paragraph(), school_w * 0.4, left_w)
    styled(right.paragraph(), d.NATIONAL_TITLE, st.national)
    styled(right.paragraph(), d.MOTTO, st.motto)
    rule(right.paragraph(), text_width(d.MOTTO, FONT_BOLD, 13), right_w)
    for cell in (lt, rt):
        cell.paragraphs[-1].paragraph_format.space_after = Pt(5)
    styled(Blocks(lb).paragraph(), d.number_line(spec), st.header)
    styled(Blocks(rb).paragraph(), document_date_line(spec.place, spec.date), st.date_line)
    for row in table.rows:
        row_flag(row, "w:cantSplit")


def title_block(blocks: Blocks, spec: d.DocumentSpec, st: Styles) -> None:
    title = styled(blocks.paragraph(), spec.type_name.upper(), st.title)
    title.paragraph_format.space_before = Pt(9 * 72 / 25.4)
    title.paragraph_format.keep_with_next = True
    if spec.summary:
        summary = styled(blocks.paragraph(), d.keep_together(spec.summary), st.summary)
        summary.paragraph_format.keep_with_next = True
        widest = min(text_width(spec.summary, FONT_BOLD, st.summary.fontSize), d.TEXT_WIDTH)
        mark = rule(blocks.paragraph(), widest * 0.4, d.TEXT_WIDTH)
        mark.paragraph_format.space_before = Pt(4)
    gap(blocks.paragraph(), 5 * 72 / 25.4)


def signature(blocks: Blocks, signer: d.Signer, st: Styles) -> None:
    if signer.prefix:
        styled(blocks.paragraph(), signer.prefix.upper(), st.sign_position)
    styled(blocks.paragraph(), signer.position.upper(), st.sign_position)
    name = styled(blocks.paragraph(), signer.name or "." * 40, st.sign_name)
    name.paragraph_format.space_before = Pt(26 * 72 / 25.4)


def recipients(blocks: Blocks, spec: d.DocumentSpec, st: Styles, *, top: float) -> None:
    label = styled(blocks.paragraph(), "Nơi nhận:", st.recipients_label)
    label.paragraph_format.space_before = Pt(top)
    for line in d.recipient_lines(spec.recipients):
        styled(blocks.paragraph(), line, st.recipient)


def closing_block(blocks: Blocks, spec: d.DocumentSpec, st: Styles) -> None:
    """"Nơi nhận:" bottom left, the signature block bottom right, in a borderless table whose
    rows never split; a second signer (a minute) takes the left column above "Nơi nhận:"."""
    two = spec.co_signer is not None
    rows = 2 if two and spec.show_recipients else 1
    table = fixed_table(blocks, rows, [d.TEXT_WIDTH * 0.48, d.TEXT_WIDTH * 0.52])
    no_borders(table)
    cell_margins(table, left=0, right=0, top=0, bottom=0)
    first = table.rows[0].cells
    if spec.co_signer is not None:
        signature(Blocks(first[0]), spec.co_signer, st)
        signature(Blocks(first[1]), spec.signer, st)
        if spec.show_recipients:
            recipients(Blocks(table.rows[1].cells[0]), spec, st, top=8)
    else:
        if spec.show_recipients:
            recipients(Blocks(first[0]), spec, st, top=5)
        signature(Blocks(first[1]), spec.signer, st)
    for row in table.rows:
        row_flag(row, "w:cantSplit")
    keep_with_next([table], last_too=False)


def render_docx(spec: d.DocumentSpec) -> bytes:
    """The document as .docx bytes, in memory (a file exists only where the user saves one)."""
    st = styles()
    doc = Document()
    _setup(doc, spec)
    blocks = Blocks(doc)
    header_block(blocks, spec, st)
    title_block(blocks, spec, st)
    pending: list[float] = []
    items = list(spec.body)
    for flowable in items:
        convert(blocks, flowable, pending)
    # The signature block stays with the last paragraph of the body, as in the PDF.
    last = next((b for b in reversed(blocks.made) if isinstance(b, WordParagraph)
                 and b.text.strip()), None)
    if last is not None and items and isinstance(items[-1], Paragraph):
        last.paragraph_format.keep_with_next = True
    gap(blocks.paragraph(), 4 * 72 / 25.4 + (pending[0] if pending else 0)) \
        .paragraph_format.keep_with_next = True
    closing_block(blocks, spec, st)
    for flowable in spec.after:
        convert(blocks, flowable)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
