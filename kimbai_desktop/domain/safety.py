"""The child-safe school environment checklist (môi trường giáo dục an toàn, lành mạnh, thân
thiện) that the school's plan commits to: the default items, the result of an item in a check,
and when the yearly check falls due.

The default items paraphrase the requirements of Nghị định 80/2017/NĐ-CP (môi trường giáo dục an
toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường: safe premises and equipment, security,
food safety, fire safety, suitable learning materials, relationships without violence, measures
against school violence) and of Thông tư 06/2019/TT-BGDĐT (bộ quy tắc ứng xử: each school issues its
code of conduct, posts it and makes it known), plus the reporting ways the school's plan opens (a
mailbox, the 111 hotline, counselling). They are a starting point: the school edits the list.
The law sets no date for the check; the default (by 30 September, the start of the school year,
so that what is wrong is put right early) is the school's own rule.
"""

from __future__ import annotations

from datetime import date

from kimbai_desktop.domain.enums import LabelledEnum


class CheckResult(LabelledEnum):
    MET = ("met", "Đạt", "Met")
    NOT_MET = ("not_met", "Chưa đạt", "Not met")
    NOT_APPLICABLE = ("na", "Không áp dụng", "Does not apply")


DEFAULT_ITEMS = (
    "Khuôn viên, phòng học, công trình vệ sinh, sân chơi an toàn; không có nguy cơ gây tai nạn, "
    "thương tích (điện, hố nước, cây xanh, lan can, cổng trường)",
    "Bảo đảm an ninh, trật tự; kiểm soát người ra vào trường trong giờ học",
    "Bảo đảm an toàn vệ sinh thực phẩm và nước uống cho học sinh",
    "Có phương tiện phòng cháy, chữa cháy, lối thoát nạn thông thoáng; đã diễn tập phương án",
    "Thiết bị dạy học, đồ dùng, đồ chơi, tài liệu, học liệu phù hợp lứa tuổi, không có nội dung "
    "bạo lực, phản cảm",
    "Bộ quy tắc ứng xử của nhà trường được ban hành, niêm yết công khai và phổ biến tới cán bộ, "
    "giáo viên, nhân viên, học sinh và cha mẹ học sinh",
    "Quan hệ giữa giáo viên, nhân viên, học sinh và cha mẹ học sinh không có hành vi bạo lực, xúc "
    "phạm, phân biệt đối xử; giáo viên thực hiện kỷ luật tích cực",
    "Hòm thư góp ý, số Tổng đài 111 và số điện thoại của nhà trường được niêm yết nơi học sinh dễ "
    "thấy",
    "Có nơi và người tư vấn tâm lý cho học sinh; học sinh biết cách tìm đến",
    "Thiết bị có kết nối Internet của nhà trường được quản lý truy cập để bảo vệ học sinh trên "
    "môi trường mạng",
    "Phương án phòng ngừa, ứng phó khi xảy ra bạo lực học đường, xâm hại trẻ em được phổ biến tới "
    "toàn thể cán bộ, giáo viên, nhân viên",
)

CHECK_DUE_MONTH, CHECK_DUE_DAY = 9, 30


def check_due(school_year: str) -> date:
    """When the check of ``school_year`` ("2024-2025") falls due: 30/09/2024."""
    return date(int(school_year[:4]), CHECK_DUE_MONTH, CHECK_DUE_DAY)
