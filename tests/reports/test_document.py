"""The document layer alone: the Nghị định 30 header and closing, fonts embedded (no Helvetica),
A4, text inside the margins, page numbers from page 2, long tables that repeat their header."""

from __future__ import annotations

import re
from datetime import date

from reportlab.lib.units import mm

from kimbai_desktop.domain.enums import ProtectionLevel, SpecialCircumstance
from kimbai_desktop.reports import document as d
from kimbai_desktop.reports.blocks import heading, para, structured_text
from kimbai_desktop.reports.charts import bar_chart
from kimbai_desktop.reports.document import DocumentSpec, DocumentType, Signer, render_pdf
from kimbai_desktop.reports.register_list import RegisterLine, register_body
from kimbai_desktop.reports.text import esc, initials
from tests.reports import pdftools
from tests.reports.pdftools import needs_poppler

pytestmark = needs_poppler

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
TOLERANCE = 1.0  # points


def spec(body: tuple = (), **kw: object) -> DocumentSpec:
    values: dict[str, object] = dict(
        kind=DocumentType.REPORT, superior_body="UBND xã Kim Bài", issuer="Trường Tiểu học Kim Bài",
        symbol="THKB", summary="Kết quả xử lý vụ việc VV-2024-2025/003",
        signer=Signer("Nguyễn Thị Hiệu"), place="Kim Bài", date=date(2024, 7, 5),
        body=body or (para("Nội dung báo cáo."),), recipients=("Phòng Giáo dục và Đào tạo",),
        number=5)
    values.update(kw)
    return DocumentSpec(**values)  # type: ignore[arg-type]


def long_body(paragraphs: int = 60) -> tuple:
    text = ("Nhà trường tổ chức tuyên truyền về quyền trẻ em, kỹ năng tự bảo vệ và cách "
            "tìm người tin cậy để nhờ giúp đỡ khi gặp nguy hiểm. ") * 3
    return (heading("I. MỤC ĐÍCH, YÊU CẦU"), *(para(text) for _ in range(paragraphs)))


def test_header_lines_date_number_and_closing_with_exact_vietnamese():
    pdf = render_pdf(spec())
    t = pdftools.text(pdf)
    for line in (NATIONAL, MOTTO, "UBND XÃ KIM BÀI", "TRƯỜNG TIỂU HỌC KIM BÀI", "Số: 05/BC-THKB",
                 "Kim Bài, ngày 05 tháng 7 năm 2024", "BÁO CÁO",
                 "Kết quả xử lý vụ việc VV-2024-2025/003", "Nơi nhận:",
                 "- Phòng Giáo dục và Đào tạo;", "- Lưu: VT.", "HIỆU TRƯỞNG", "Nguyễn Thị Hiệu"):
        assert line in t, line
    assert t.index("Phòng Giáo dục") < t.index("Lưu: VT.")


def test_date_line_zero_pads_day_and_only_january_february():
    t = pdftools.text(render_pdf(spec(date=date(2025, 2, 1))))
    assert "Kim Bài, ngày 01 tháng 02 năm 2025" in t
    t = pdftools.text(render_pdf(spec(date=date(2024, 12, 25), number=12)))
    assert "Kim Bài, ngày 25 tháng 12 năm 2024" in t and "Số: 12/BC-THKB" in t


def test_a_draft_has_a_gap_for_the_number_and_signer_prefix_is_printed():
    t = pdftools.text(render_pdf(spec(number=None, signer=Signer(
        "Trần Văn Phó", "PHÓ HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG"))))
    assert re.search(r"Số: /BC-THKB", t)
    assert "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG" in t and "Trần Văn Phó" in t


def test_every_font_is_embedded_and_helvetica_never_appears():
    chart = bar_chart([("Bạo lực", 3), ("Bạo lực học đường", 1)], d.TEXT_WIDTH)
    pdf = render_pdf(spec(body=(*long_body(30), chart)))
    found = pdftools.fonts(pdf)
    assert found, "no fonts listed"
    assert all(f["emb"] == "yes" for f in found), found
    assert not any("helvetica" in f["name"].lower() for f in found), found
    assert all("LiberationSerif" in f["name"] for f in found), found


def test_page_size_is_a4_portrait():
    size = pdftools.info(render_pdf(spec()))["Page size"]
    width, height = (float(x) for x in re.findall(r"[\d.]+", size)[:2])
    assert abs(width - 210 * mm) < 0.5 and abs(height - 297 * mm) < 0.5


def test_text_stays_inside_the_margins_and_page_numbers_start_on_page_two():
    pdf = render_pdf(spec(body=long_body()))
    pages = pdftools.page_count(pdf)
    assert pages >= 3
    left, right = d.LEFT_MARGIN, d.PAGE_WIDTH - d.RIGHT_MARGIN
    top, bottom = d.TOP_MARGIN, d.PAGE_HEIGHT - d.BOTTOM_MARGIN
    numbers: dict[int, list[pdftools.Word]] = {}
    for w in pdftools.words(pdf):
        if w.y1 <= top:  # in the top margin: only the page number may be there
            numbers.setdefault(w.page, []).append(w)
            continue
        assert w.x0 >= left - TOLERANCE and w.x1 <= right + TOLERANCE, w
        assert w.y0 >= top - TOLERANCE and w.y1 <= bottom + TOLERANCE, w
    assert 1 not in numbers, "page 1 shows no number"
    assert sorted(numbers) == list(range(2, pages + 1))
    centre = d.LEFT_MARGIN + d.TEXT_WIDTH / 2
    for page, found in numbers.items():
        assert [w.text for w in found] == [str(page)]
        assert abs((found[0].x0 + found[0].x1) / 2 - centre) < 2
        size = found[0].y1 - found[0].y0
        assert 11.5 <= size <= 13.0  # 13-14 pt type: poppler boxes are 0.91 em high


def test_rendering_twice_gives_the_same_document():
    """Preview, then print: the same spec (long table and chart included) renders again."""
    table = register_body(register_lines(120), date(2024, 11, 20))
    chart = bar_chart([("Bạo lực", 3)], d.TEXT_WIDTH)
    s = spec(body=(*long_body(10), *table, chart))
    first = render_pdf(s, invariant=True)
    assert pdftools.page_count(first) > 4
    assert render_pdf(s, invariant=True) == first


def register_lines(n: int) -> list[RegisterLine]:
    groups = list(SpecialCircumstance)
    return [RegisterLine(f"Nguyễn Văn Trẻ Số {i}", date(2016, 1 + i % 12, 1 + i % 28),
                         f"{1 + i % 5}A", (groups[i % len(groups)],), i % 7 == 0,
                         ProtectionLevel.SUPPORT, date(2024, 5, 1) if i % 2 else None)
            for i in range(1, n + 1)]


def test_a_register_of_2000_children_paginates_with_the_header_row_on_every_page():
    body = tuple(register_body(register_lines(2000), date(2024, 11, 20)))
    pdf = render_pdf(spec(kind=DocumentType.LIST, body=body, summary="Danh sách"))
    pages = pdftools.page_texts(pdf)
    assert len(pages) > 40
    header = {"STT", "Họ", "và", "tên", "Ngày", "sinh", "Lớp", "Nhóm", "Mức", "độ", "Rà", "soát",
              "gần", "nhất"}
    by_page: dict[int, list[pdftools.Word]] = {}
    for w in pdftools.words(pdf):
        by_page.setdefault(w.page, []).append(w)
    table_pages = 0
    for page, found in by_page.items():
        rows = [w for w in found if w.text == "Trẻ"]
        if not rows:
            continue
        table_pages += 1
        first_row = min(w.y0 for w in rows)
        above = {w.text for w in found if w.y1 <= first_row}
        assert header <= above, f"page {page} has no header row above its first child"
    assert table_pages >= len(pages) - 1
    everything = " ".join(pages)
    for i in (1, 999, 2000):
        assert f"Nguyễn Văn Trẻ Số {i} " in everything + " "
    numbers = sorted(int(x) for x in re.findall(r"Nguyễn Văn Trẻ Số (\d+)\b", everything))
    assert numbers == list(range(1, 2001))  # every child once: no row lost or repeated


def test_no_table_cell_is_clipped_long_names_wrap():
    long_name = "Tôn Nữ Công Tằng Tôn Nữ Hoàng Bảo Ngọc Thiên Hương"
    lines = [RegisterLine(long_name, date(2016, 1, 1), "5A", (), True, ProtectionLevel.SUPPORT,
                          None)]
    pdf = render_pdf(spec(body=tuple(register_body(lines, date(2024, 11, 20)))))
    assert long_name in pdftools.text(pdf)
    right = d.PAGE_WIDTH - d.RIGHT_MARGIN
    assert all(w.x1 <= right + TOLERANCE for w in pdftools.words(pdf))


def test_structured_text_markup():
    flow = structured_text("I. MỤC ĐÍCH\n1. Mục đích\na) Nhỏ\n- Một ý.\nĐoạn văn.\n\n")
    names = [f.style.name for f in flow]
    assert names == ["heading1", "heading2", "heading3", "body", "body"]


def test_initials_and_the_marks_of_a_de_identified_copy():
    assert initials("Nguyễn Thị Ánh") == "N.T.Á."
    # each replacement prints on a grey background; a stray mark is dropped, never markup
    assert esc("a \ue000[tên]\ue001 & b\ue000") == (
        'a <font backColor="#d9d9d9">[tên]</font> &amp; b')


def test_a_table_never_leaves_its_header_and_one_row_alone_at_the_foot_of_a_page():
    from reportlab.platypus import Spacer

    from kimbai_desktop.reports.blocks import Column, data_table

    rows = [(str(n), f"Dòng số {n}") for n in range(1, 13)]
    for left in (20, 24, 27):  # room for the header and about one row at the foot of page 1
        table = data_table([Column("STT", 15 * mm, "CENTER"), Column("Nội dung", 100 * mm)],
                           rows)
        filler = Spacer(1, d.TEXT_HEIGHT - 40 * mm - left * mm)
        words = pdftools.words(render_pdf(spec((filler, table, para("Hết.")))))
        on_first_page = len([w for w in words if w.page == 1 and w.text == "Dòng"])
        assert on_first_page != 1, left
