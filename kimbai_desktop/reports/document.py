"""The administrative document of Nghị định 30/2020/NĐ-CP (Phụ lục I), rendered in memory.

A4 portrait; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm. Page 1 opens with the
two-column header (superior body, issuing school and "Số:" on the left; the national title, the
motto and the place-date line on the right), then the document type and trích yếu; it closes
with "Nơi nhận:" and the signature block. Page numbers start on page 2, centred in the top
margin. Every report is a :class:`DocumentSpec` whose body is a list of platypus flowables;
:func:`render_pdf` returns the bytes and never writes a file.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kimbai_desktop.domain.enums import LabelledEnum
from kimbai_desktop.domain.formatting import document_date_line
from kimbai_desktop.reports.styles import (
    FONT,
    Styles,
    register_fonts,
    styles,
    text_width,
)
from kimbai_desktop.reports.text import esc

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 20 * mm
LEFT_MARGIN = 30 * mm
RIGHT_MARGIN = 15 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN  # 165 mm
TEXT_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN
HEADER_LEFT = 68 * mm  # issuing body; the rest (97 mm) holds the national title
PAGE_NUMBER_SIZE = 13
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RULE = 0.6  # line width of the short rules, points


class DocumentType(LabelledEnum):
    """Tên loại văn bản and its abbreviation in the ký hiệu ("Số: 05/BC-THKB"), as Nghị định 30
    Phụ lục III names them. A list of children and a case dossier are sent as a report (BC);
    only the attendance sheet, a list to sign at the session, is a DANH SÁCH. HS stays to read
    the register of documents issued before this change."""

    REPORT = ("BC", "BÁO CÁO", "Report")
    PLAN = ("KH", "KẾ HOẠCH", "Plan")
    MINUTES = ("BB", "BIÊN BẢN", "Minutes")
    LIST = ("DS", "DANH SÁCH", "List")
    DOSSIER = ("HS", "HỒ SƠ", "Case file")

    @property
    def numbered(self) -> bool:
        """A list to sign at a session is not an outgoing document: it gets no number."""
        return self is not DocumentType.LIST


@dataclass(frozen=True)
class Signer:
    """The signature block: ``prefix`` is the authority line above the position when someone
    signs for the head or the collective ("KT. HIỆU TRƯỞNG", "TM. HỘI ĐỒNG TRƯỜNG")."""

    name: str
    position: str = "HIỆU TRƯỞNG"
    prefix: str = ""


@dataclass(frozen=True)
class DocumentSpec:
    """Everything one document shows. ``number`` is None for a draft (preview): the number is
    given by the outgoing-document register when the document is saved or printed."""

    kind: DocumentType
    superior_body: str  # cơ quan chủ quản
    issuer: str  # the school
    symbol: str  # the school's abbreviation, "THKB"
    summary: str  # trích yếu (may be empty for a type that has none)
    signer: Signer
    place: str
    date: date
    body: tuple[Flowable, ...]
    recipients: tuple[str, ...] = ()  # "- ...;" lines; "- Lưu: VT." is always added last
    number: int | None = None
    title: str = ""  # tên loại; default: the kind's name
    show_recipients: bool = True  # False: no "Nơi nhận:" (a list for signatures)
    after: tuple[Flowable, ...] = ()  # small print under the signature (the audit head)
    co_signer: Signer | None = None  # a second signature on the left (a minute's two signers)

    @property
    def type_name(self) -> str:
        return self.title or self.kind.vi

    @property
    def reference(self) -> str:
        """``"05/BC-THKB"`` (numbers below 10 get a leading zero); a draft leaves a gap."""
        number = f"{self.number:02d}" if self.number is not None else "\u00a0" * 6
        return f"{number}/{self.kind.value}-{self.symbol}"


def number_line(spec: DocumentSpec) -> str:
    """``"Số: 05/BC-THKB"``; empty for a document that is not numbered (a list to sign)."""
    return f"Số: {spec.reference}" if spec.kind.numbered else ""


def _rule(width: float, space_before: float = 3, space_after: float = 0) -> HRFlowable:
    return HRFlowable(width=width, thickness=RULE, color=colors.black, lineCap="butt",
                      spaceBefore=space_before, spaceAfter=space_after, hAlign="CENTER")


def header_block(spec: DocumentSpec, st: Styles) -> Table:
    """The two header columns; "Số:" and the place-date line share the second row."""
    right = TEXT_WIDTH - HEADER_LEFT
    school = spec.issuer.upper()
    school_w = min(text_width(school, "KimBaiSerif-Bold", 13), HEADER_LEFT - 4)
    left_top: list[Flowable] = [Paragraph(esc(spec.superior_body.upper()), st.header),
                                Paragraph(esc(school), st.header_bold),
                                _rule(school_w * 0.4)]
    right_top: list[Flowable] = [Paragraph(NATIONAL_TITLE, st.national),
                                 Paragraph(MOTTO, st.motto),
                                 _rule(text_width(MOTTO, "KimBaiSerif-Bold", 13))]
    rows = [[left_top, right_top],
            [Paragraph(esc(number_line(spec)), st.header),
             Paragraph(esc(document_date_line(spec.place, spec.date)), st.date_line)]]
    table = Table(rows, colWidths=[HEADER_LEFT, right], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 13),  # tables set a font even around flowables
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the short rules under the lines
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 0),
    ]))
    return table


def keep_together(text: str) -> str:
    """Non-breaking spaces so that a wrapped trích yếu never leaves its last word, nor the school
    year of "năm học 2024-2025", nor a closing parenthesis such as "(hồ sơ VV-2024-2025/003)",
    broken over two lines."""
    text = re.sub(r"năm học (\d)", "năm học\u00a0\\1", text)
    text = re.sub(r"\([^()]*\)$", lambda m: m.group(0).replace(" ", "\u00a0"), text)
    head, space, tail = text.rpartition(" ")
    return f"{head}\u00a0{tail}" if space and head else text


def title_block(spec: DocumentSpec, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 9 * mm), Paragraph(esc(spec.type_name.upper()), st.title)]
    if spec.summary:
        out.append(Paragraph(esc(keep_together(spec.summary)), st.summary))
        widest = min(text_width(spec.summary, "KimBaiSerif-Bold", st.summary.fontSize),
                     TEXT_WIDTH)
        out.append(_rule(widest * 0.4, space_before=4))
    out.append(Spacer(1, 5 * mm))
    return out


def recipient_lines(recipients: Sequence[str]) -> list[str]:
    """"- X;" for each recipient and "- Lưu: VT." last (added if the caller left it out)."""
    items = [r.strip().lstrip("-").strip().rstrip(";.").strip() for r in recipients]
    items = [r for r in items if r and not r.lower().startswith("lưu")]
    return [f"- {r};" for r in items] + ["- Lưu: VT."]


def signature(signer: Signer, st: Styles) -> list[Flowable]:
    """Position (with its authority prefix), room to sign, the name in bold; a signer without
    a name gets a dotted line to write it by hand."""
    out: list[Flowable] = []
    if signer.prefix:
        out.append(Paragraph(esc(signer.prefix.upper()), st.sign_position))
    out.append(Paragraph(esc(signer.position.upper()), st.sign_position))
    out += [Spacer(1, 26 * mm), Paragraph(esc(signer.name) or "." * 40, st.sign_name)]
    return out


def closing_block(spec: DocumentSpec, st: Styles) -> Table:
    """"Nơi nhận:" on the left, the signature block on the right (one unsplittable row). A
    minute with two signers (Nghị định 30, mẫu biên bản) puts the second signer on the left of
    the signature row and "Nơi nhận:" under it."""
    recipients: list[Flowable] = []
    if spec.show_recipients:
        recipients.append(Paragraph("Nơi nhận:", st.recipients_label))
        recipients += [Paragraph(esc(line), st.recipient)
                       for line in recipient_lines(spec.recipients)]
    rows: list[list[object]]
    if spec.co_signer is not None:
        rows = [[signature(spec.co_signer, st), signature(spec.signer, st)]]
        if recipients:
            rows.append([recipients, ""])
    else:
        rows = [[recipients or "", signature(spec.signer, st)]]
    table = Table(rows, colWidths=[TEXT_WIDTH * 0.48, TEXT_WIDTH * 0.52])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 13),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (0, -1), 5),  # "Nơi nhận" a little below the position line
        ("TOPPADDING", (1, 0), (1, 0), 0),
        *([("TOPPADDING", (0, 0), (-1, 0), 0), ("TOPPADDING", (0, 1), (0, 1), 8)]
          if spec.co_signer is not None else []),
    ]))
    return table


def _page_number(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Arabic page number from page 2, centred over the text in the top margin."""
    if doc.page < 2:
        return
    canvas.saveState()
    canvas.setFont(FONT, PAGE_NUMBER_SIZE)
    baseline = PAGE_HEIGHT - TOP_MARGIN / 2 - PAGE_NUMBER_SIZE * 0.35
    canvas.drawCentredString(LEFT_MARGIN + TEXT_WIDTH / 2, baseline, str(doc.page))
    canvas.restoreState()


class KeepWithNext(KeepTogether):  # type: ignore[misc]
    """How a heading keeps with what follows, as in Word: the group moves to the next page only
    when less than 40 mm are left; otherwise a long table after it starts here and splits."""

    threshold = 40 * mm

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 - reportlab's names
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H > aH >= self.threshold:
            return list(self._content)
        return list(super().split(aW, aH))


def story(spec: DocumentSpec) -> list[Flowable]:
    """The flowables of the whole document, in order. The signature block never stands alone
    on the last page: it stays with the last paragraph of the body.

    Each body flowable is copied: platypus marks the flowables it lays out (postponed, frame),
    so the spec's own stay untouched and the same spec renders again (preview, then print).
    Splitting makes new flowables and leaves the original alone, so a shallow copy suffices.
    """
    st = styles()
    body = [copy.copy(f) for f in spec.body]
    tail: list[Flowable] = []
    if body and isinstance(body[-1], Paragraph):
        tail.append(body.pop())
    after = [copy.copy(f) for f in spec.after]
    ending = KeepTogether([*tail, Spacer(1, 4 * mm), closing_block(spec, st), *after])
    return [header_block(spec, st), *title_block(spec, st), *body, ending]


def document_template(buffer: io.BytesIO, spec: DocumentSpec, *,
                      invariant: bool = False) -> BaseDocTemplate:
    """A4 portrait with the decree's margins and no padding inside the frame, so the text
    area is exactly the page minus the margins. ``initialFontName`` keeps Helvetica out of
    the file (reportlab would otherwise name it, unembedded, on every page)."""
    font = register_fonts()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, initialFontName=font,
        initialFontSize=13, title=f"{spec.type_name.capitalize()} {spec.reference}".strip(),
        author=spec.issuer, creator="KimBai Desktop", lang="vi-VN", invariant=int(invariant),
        pageCompression=1, keepTogetherClass=KeepWithNext)
    frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, TEXT_WIDTH, TEXT_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_page_number)])
    return doc


def render_pdf(spec: DocumentSpec, *, invariant: bool = False) -> bytes:
    """The document as PDF bytes, in memory (a file exists only where the user saves one).

    ``invariant`` fixes the timestamps and ids inside the file (identical bytes for identical
    input, used by tests)."""
    buffer = io.BytesIO()
    document_template(buffer, spec, invariant=invariant).build(story(spec))
    return buffer.getvalue()
