"""The printable getting-started guide: one A4 page, Vietnamese headings read back with their
diacritics, only embedded fonts, no database needed."""

from __future__ import annotations

from kimbai_desktop import __version__
from kimbai_desktop.reports import guide
from tests.reports.pdftools import fonts, info, needs_poppler, page_count, text

HEADINGS = (
    "HƯỚNG DẪN CÀI ĐẶT VÀ BẮT ĐẦU SỬ DỤNG",
    "Bước 1. Cài đặt phần mềm",
    "Bước 2. Lần đầu mở: nhập thông tin nhà trường",
    "Bước 3. Mã khôi phục: in ra và cất vào tủ có khóa",
    "Bước 4. Tạo tài khoản cho cán bộ, giáo viên",
    "Bước 5. Nhập danh sách học sinh từ Excel",
    "Bước 6. Sao lưu hằng ngày vào USB",
    "Bước 7. Khôi phục dữ liệu",
    "Bước 8. Khi cần hỗ trợ",
)


def test_the_guide_renders_the_same_bytes_each_time() -> None:
    first = guide.render_guide(invariant=True)
    assert first.startswith(b"%PDF")
    assert guide.render_guide(invariant=True) == first
    assert b"/Helvetica" not in first


@needs_poppler
def test_one_a4_page_with_every_heading_and_its_diacritics() -> None:
    pdf = guide.render_guide(invariant=True)
    assert page_count(pdf) == 1
    assert info(pdf)["Page size"].startswith("595.276 x 841.89")
    read = text(pdf)
    for heading in HEADINGS:
        assert heading in read
    assert f"KimBai Desktop {__version__}" in read
    for words in ("cách duy nhất", "tủ có khóa của hiệu trưởng", "Thêm tài khoản",
                  "Nhập từ Excel", "Sao lưu dữ liệu", "Khôi phục từ bản sao lưu", "Tổng đài",
                  "Tiếp theo:"):
        assert words in read


@needs_poppler
def test_every_font_is_embedded() -> None:
    found = fonts(guide.render_guide(invariant=True))
    assert found and all(f["emb"] == "yes" for f in found)
    assert all("LiberationSerif" in f["name"] for f in found)


def test_each_step_but_the_last_says_what_to_do_next() -> None:
    assert [bool(step.next) for step in guide.STEPS] == [True] * 7 + [False]
    assert [s.boxed for s in guide.STEPS].count(True) == 1  # the recovery key only
