"""The printable first-run guide ("Hướng dẫn cài đặt và bắt đầu sử dụng"): one A4 page in plain
Vietnamese that a school with no IT staff follows alone, from the installer to the daily backup.

Not an administrative document of Nghị định 30 (no number, no signature, nothing about the
school), so it is not a :class:`~kimbai_desktop.reports.catalogue.ReportKind`: it needs no
database and no signed-in user. The same fonts as every document; rendered in memory by
:func:`render_guide` for the Help menu, the set-up wizard, ``kimbai guide`` and the installer.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kimbai_desktop import __version__
from kimbai_desktop.reports.styles import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    register_fonts,
)
from kimbai_desktop.reports.text import esc

TITLE = "HƯỚNG DẪN CÀI ĐẶT VÀ BẮT ĐẦU SỬ DỤNG"
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 12 * mm
MARGIN_LEFT = 18 * mm
MARGIN_RIGHT = 15 * mm
TEXT_WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
SIZE = 10
LEADING = 12


@dataclass(frozen=True)
class Step:
    """One numbered step: its heading, its paragraphs (light markup: <b>, <i>) and what to do
    next. ``boxed`` frames the step (the recovery key: the one thing that cannot be undone)."""

    heading: str
    lines: tuple[str, ...]
    next: str = ""
    boxed: bool = False


def _menu(*path: str) -> str:
    """A menu path as the user sees it on screen, in bold: "Dữ liệu › Sao lưu dữ liệu..."."""
    return "<b>" + " › ".join(esc(p) for p in path) + "</b>"


STEPS: tuple[Step, ...] = (
    Step("Bước 1. Cài đặt phần mềm", (
        "Trên Windows: mở tệp <b>KimBaiDesktop-Setup-….exe</b> và làm theo từng màn hình của "
        "trình cài đặt cho đến khi cài xong; biểu tượng <b>KimBai Desktop</b> có trên màn hình "
        "và trong menu Start. Nếu nhận được tệp nén (.zip): giải nén vào một thư mục, ví dụ "
        "C:\\KimBai, rồi mở <b>kimbai-desktop</b> trong thư mục đó. Phần mềm không cần "
        "Internet; dữ liệu nằm trên máy này, được mã hóa, và không mất khi cài phiên bản mới.",
    ), "mở KimBai Desktop, làm Bước 2."),
    Step("Bước 2. Lần đầu mở: nhập thông tin nhà trường", (
        "Trình thiết lập lần đầu hỏi: <b>Tên trường</b> (như ghi trên văn bản); <b>Cơ quan chủ "
        "quản</b> (ví dụ UBND xã Hòa Bình); <b>Địa danh</b> ghi ở dòng ngày tháng của văn bản; "
        "<b>Họ và tên hiệu trưởng</b>; <b>Chữ viết tắt tên trường</b> dùng trong số văn bản (ví "
        "dụ THHB trong \u201cSố: 12/BC-THHB\u201d); <b>Năm học</b> (ví dụ 2024-2025). Bấm "
        "<b>Tiếp tục</b>.",
        "Tạo <b>tài khoản của hiệu trưởng</b>: họ và tên, tên tài khoản (chữ thường không dấu, "
        "ví dụ hieutruong) và mật khẩu (ít nhất 8 ký tự; nên là một câu ngắn chỉ mình biết). "
        "Bấm <b>Tạo cơ sở dữ liệu</b> và chờ vài giây.",
    ), "màn hình hiện mã khôi phục: làm ngay Bước 3."),
    Step("Bước 3. Mã khôi phục: in ra và cất vào tủ có khóa", (
        "Mã khôi phục chỉ hiện <b>một lần duy nhất</b>. Bấm <b>In mã khôi phục…</b> (hoặc chép "
        "tay thật cẩn thận), cho tờ giấy vào phong bì, ghi ngày, dán kín và cất vào <b>tủ có "
        "khóa của hiệu trưởng</b>.",
        "Nếu quên <b>tất cả</b> mật khẩu, mã này là <b>cách duy nhất</b> để mở lại dữ liệu; không "
        "ai lấy lại được dữ liệu thay nhà trường, kể cả người làm ra phần mềm. Không chụp ảnh, "
        "không lưu mã trên máy tính, không gửi qua Zalo, tin nhắn hay thư điện tử. Đánh dấu "
        "\u201cTôi đã in hoặc chép lại mã khôi phục\u201d rồi bấm <b>Hoàn tất</b>.",
    ), "đăng nhập bằng tài khoản hiệu trưởng, làm Bước 4.", boxed=True),
    Step("Bước 4. Tạo tài khoản cho cán bộ, giáo viên", (
        "Mỗi người một tài khoản riêng, không dùng chung: vào "
        f"{_menu('Cài đặt', 'Tài khoản', 'Thêm tài khoản...')} và chọn <b>vai trò</b>: "
        "<i>Hiệu trưởng</i> (toàn quyền); <i>Tư "
        "vấn / phụ trách bảo vệ trẻ em</i> (hồ sơ vụ việc, sổ theo dõi, tập huấn, báo cáo, sao "
        "lưu); <i>Giáo viên</i> (báo tin vụ việc, chỉ xem những gì mình ghi); <i>Xem báo cáo</i> "
        "(số liệu không có tên). Trao tận tay tên tài khoản và mật khẩu đầu tiên.",
        "Ai quên mật khẩu: hiệu trưởng chọn tài khoản đó, bấm <b>Đặt lại mật khẩu...</b>; cán bộ "
        "nghỉ việc: <b>Xóa quyền truy cập...</b> (lịch sử vẫn được giữ).",
    ), "nhập danh sách học sinh, Bước 5."),
    Step("Bước 5. Nhập danh sách học sinh từ Excel", (
        f"Vào {_menu('Sổ theo dõi', 'Nhập từ Excel...')}, chọn tệp .xlsx (danh sách lớp lấy "
        "từ cơ sở dữ liệu ngành). Phần mềm tự nhận ra các cột <i>Mã định danh, Họ và tên, Ngày "
        "sinh, Giới tính, Lớp…</i>; kiểm tra lại, sửa cột nào nhận sai, rồi bấm <b>Nhập</b>. "
        "Nhập lại một tệp đã sửa không tạo bản trùng: học sinh cùng mã định danh được cập nhật.",
    ), "từ hôm nay, sao lưu mỗi ngày như Bước 6."),
    Step("Bước 6. Sao lưu hằng ngày vào USB", (
        f"Cuối mỗi buổi làm việc: cắm USB, vào {_menu('Dữ liệu', 'Sao lưu dữ liệu...')}, chọn ổ "
        "USB, bấm <b>Lưu</b>. Tệp sao lưu (đuôi .kimbai-backup) đã được mã hóa. Dùng hai USB "
        "thay phiên nhau, cất trong tủ có khóa, không để cạnh máy tính. Phần mềm cũng tự sao lưu "
        "mỗi ngày trên máy này, nhưng bản đó mất theo khi máy hỏng; vì vậy cần USB.",
    ), "khi cần lấy lại dữ liệu, làm Bước 7."),
    Step("Bước 7. Khôi phục dữ liệu", (
        f"Hiệu trưởng vào {_menu('Dữ liệu', 'Khôi phục từ bản sao lưu...')}, chọn một bản trong "
        "danh sách hoặc bấm <b>Chọn tệp khác...</b> để lấy tệp trên USB, rồi bấm <b>Khôi "
        "phục</b>. Sau đó đăng nhập bằng mật khẩu đang dùng vào lúc lập bản sao lưu. Dữ liệu cũ "
        "được giữ riêng, không bị xóa.",
        "Máy tính hỏng hoặc thay máy mới: cài đặt (Bước 1), làm Bước 2 với thông tin tạm, rồi "
        "khôi phục tệp trên USB như trên.",
    ), "dùng phần mềm hằng ngày; khi cần hỗ trợ, xem Bước 8."),
    Step("Bước 8. Khi cần hỗ trợ", (
        f"Trong phần mềm: {_menu('Trợ giúp', 'Hướng dẫn bắt đầu')} mở lại tờ hướng dẫn này; "
        f"{_menu('Trợ giúp', 'Giới thiệu KimBai Desktop')} cho biết phiên bản và nơi lưu dữ "
        "liệu. Hiệu trưởng quên mật khẩu: ở màn hình đăng nhập bấm <b>Quên mật khẩu?</b> và nhập "
        "mã khôi phục. Khi nhờ hỗ trợ, chép nguyên văn thông báo trên màn hình; không bao giờ "
        "gửi dữ liệu, mật khẩu hay mã khôi phục cho ai.",
        "Người hỗ trợ của nhà trường: ...................................................... "
        "Điện thoại: ..............................",
    )),
)


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    next: ParagraphStyle
    footer: ParagraphStyle


def _styles() -> _Styles:
    register_fonts()
    body = ParagraphStyle("guide_body", fontName=FONT, fontSize=SIZE, leading=LEADING,
                          spaceAfter=2)
    return _Styles(
        title=ParagraphStyle("guide_title", fontName=FONT_BOLD, fontSize=14, leading=17,
                             alignment=TA_CENTER, spaceAfter=1),
        subtitle=ParagraphStyle("guide_subtitle", fontName=FONT_ITALIC, fontSize=SIZE,
                                leading=LEADING, alignment=TA_CENTER, spaceAfter=5),
        heading=ParagraphStyle("guide_heading", fontName=FONT_BOLD, fontSize=11,
                               leading=13, spaceBefore=4, spaceAfter=1.5, keepWithNext=1),
        body=body,
        next=ParagraphStyle("guide_next", parent=body, fontName=FONT_ITALIC, spaceAfter=0),
        footer=ParagraphStyle("guide_footer", fontName=FONT_ITALIC, fontSize=9, leading=11,
                              alignment=TA_CENTER, spaceBefore=6, textColor=colors.black),
    )


def _step(step: Step, st: _Styles) -> Flowable:
    parts: list[Flowable] = [Paragraph(esc(step.heading), st.heading)]
    parts += [Paragraph(line, st.body) for line in step.lines]
    if step.next:
        parts.append(Paragraph(f"\u2192 Tiếp theo: {esc(step.next)}", st.next))
    if not step.boxed:
        return KeepTogether(parts)
    box = Table([[parts]], colWidths=[TEXT_WIDTH])
    box.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, SIZE),  # a table names a font even around flowables
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return KeepTogether([Spacer(1, 3), box])


def guide_story(version: str = __version__) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = [
        Paragraph(TITLE, st.title),
        Paragraph(esc(f"Phần mềm bảo vệ trẻ em KimBai Desktop {version}: tám bước, làm lần "
                      "lượt từ trên xuống. Hãy in tờ này và để cạnh máy tính."), st.subtitle),
    ]
    story += [_step(step, st) for step in STEPS]
    story.append(Paragraph(
        "Khi phát hiện trẻ em bị bạo lực, xâm hại: gọi ngay <b>Tổng đài quốc gia bảo vệ trẻ em "
        "111</b> (miễn phí, 24 giờ), rồi ghi nhận vụ việc trong phần mềm.", st.footer))
    return story


def _footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """The page number at the foot from page 2 (the guide is meant to fit on one)."""
    if doc.page < 2:
        return
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(A4[0] / 2, MARGIN_BOTTOM / 2, str(doc.page))
    canvas.restoreState()


def render_guide(*, version: str = __version__, invariant: bool = False) -> bytes:
    """The guide as PDF bytes, in memory (``invariant``: identical bytes each time, for tests)."""
    font = register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, initialFontName=font,
        initialFontSize=SIZE, title="Hướng dẫn cài đặt và bắt đầu sử dụng KimBai Desktop",
        author="KimBai Desktop", creator="KimBai Desktop", lang="vi-VN",
        invariant=int(invariant), pageCompression=1)
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, A4[1] - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_footer)])
    doc.build(guide_story(version))
    return buffer.getvalue()


FILE_NAME = "Huong-dan-bat-dau-KimBai.pdf"  # no diacritics: safe on every USB stick and e-mail
