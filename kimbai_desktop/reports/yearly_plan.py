"""(f) The school's yearly plan (Kế hoạch phòng, chống xâm hại trẻ em), in the usual four parts:
I. Mục đích, yêu cầu; II. Mục tiêu; III. Các hoạt động trọng tâm; IV. Tổ chức thực hiện.

The default wording below was written for this application (it copies no school's plan) from
the school profile; the body is plain text the user can edit and pass back (see
:func:`kimbai_desktop.reports.blocks.structured_text` for its light markup).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.reports.blocks import structured_text


def plan_summary(school_year: str) -> str:
    return f"Phòng, chống xâm hại trẻ em năm học {school_year}"


def plan_recipients(profile: SchoolProfile) -> tuple[str, ...]:
    return (f"{profile.superior_body} (để báo cáo)", "Các tổ chuyên môn, bộ phận (để thực hiện)",
            "Ban đại diện cha mẹ học sinh (để phối hợp)")


def with_basis(text: str, basis: str) -> str:
    """``text`` (the plan as the user edited it) citing ``basis`` in its "Thực hiện …;" line,
    the one after the laws; unchanged when it has no such line or ``basis`` is empty."""
    basis = basis.strip().rstrip(";.")
    lines = text.split("\n")
    for i, line in enumerate(lines[:4]):
        if basis and line.startswith("Thực hiện ") and not line.startswith("Thực hiện Luật"):
            lines[i] = f"Thực hiện {basis};"
            return "\n".join(lines)
    return text


def default_plan_text(profile: SchoolProfile, school_year: str, basis: str = "") -> str:
    """The default body. ``basis``: the superior body's instruction this plan implements
    ("Kế hoạch số 12/KH-UBND ngày 10/9/2024 của ..."), when the school has one."""
    school = profile.school_name
    instruction = basis.strip().rstrip(";.") or (
        f"hướng dẫn của {profile.superior_body} về công tác bảo vệ, chăm sóc trẻ em năm học "
        f"{school_year}")
    return f"""\
Thực hiện Luật Trẻ em năm 2016; Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em; Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ quy định về môi trường giáo dục an toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường;
Thực hiện {instruction};
{school} xây dựng Kế hoạch phòng, chống xâm hại trẻ em năm học {school_year} như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Bảo đảm mọi học sinh của nhà trường được hưởng đầy đủ các quyền theo Công ước của Liên hợp quốc về quyền trẻ em và Luật Trẻ em; được học tập, vui chơi trong môi trường an toàn, lành mạnh, thân thiện.
- Chủ động phòng ngừa, phát hiện sớm và ứng phó kịp thời với mọi nguy cơ, hành vi xâm hại trẻ em; bảo đảm trẻ em bị xâm hại được bảo vệ, chăm sóc, hỗ trợ phục hồi.
- Xác định rõ trách nhiệm của Ban giám hiệu, giáo viên chủ nhiệm, giáo viên bộ môn, nhân viên và từng bộ phận trong công tác bảo vệ trẻ em; nâng cao nhận thức, trách nhiệm của cha mẹ học sinh và cộng đồng.
2. Yêu cầu
- Các hoạt động thiết thực, hiệu quả, phù hợp với lứa tuổi học sinh tiểu học và điều kiện thực tế của nhà trường; được lồng ghép vào các hoạt động giáo dục thường xuyên.
- Tuyên truyền, phổ biến sâu rộng Luật Trẻ em, Nghị định số 56/2017/NĐ-CP và các văn bản hướng dẫn đến toàn thể cán bộ, giáo viên, nhân viên, học sinh và cha mẹ học sinh.
- Huy động sự tham gia của gia đình, chính quyền địa phương, các đoàn thể, tổ chức và cá nhân vào công tác bảo vệ trẻ em.
- Ứng dụng công nghệ thông tin trong quản lý hồ sơ, theo dõi trẻ em, bảo đảm bí mật thông tin; phổ biến và kết nối với Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.
II. MỤC TIÊU CỦA KẾ HOẠCH
- Tăng cường phối hợp giữa gia đình, nhà trường và xã hội trong chăm sóc, giáo dục và bảo vệ trẻ em.
- Rà soát, cập nhật thường xuyên thông tin về học sinh, trẻ em có hoàn cảnh đặc biệt và trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt; áp dụng biện pháp bảo vệ phù hợp theo ba cấp độ: phòng ngừa, hỗ trợ và can thiệp.
- Phát hiện, xử lý kịp thời các hành vi xâm hại trẻ em; lập, quản lý hồ sơ vụ việc và kế hoạch hỗ trợ, can thiệp; giữ bí mật đời sống riêng tư của trẻ em.
- Khi phát hiện vụ việc, thông báo ngay bằng điện thoại cho cơ quan, cá nhân có thẩm quyền và báo cáo kết quả bằng văn bản chậm nhất sau 03 ngày kể từ khi phát hiện.
III. CÁC HOẠT ĐỘNG TRỌNG TÂM
1. Truyền thông, giáo dục, vận động xã hội
- Tuyên truyền về quyền và bổn phận của trẻ em, về phòng, chống xâm hại trẻ em qua các buổi chào cờ, sinh hoạt lớp, hoạt động trải nghiệm và bảng tin của nhà trường.
- Phổ biến kiến thức, kỹ năng bảo vệ trẻ em cho cha mẹ học sinh tại các cuộc họp cha mẹ học sinh trong năm học.
- Hưởng ứng Tháng hành động vì trẻ em và các ngày, tháng chuyên đề về trẻ em.
2. Phòng, chống bạo lực học đường và hỗ trợ trẻ em bị xâm hại trong trường học
- Giáo dục kỹ năng sống, kỹ năng tự bảo vệ cho học sinh phù hợp với từng khối lớp: nhận biết nguy cơ, biết từ chối, biết tìm người tin cậy để nhờ giúp đỡ.
- Giới thiệu Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 để học sinh và cha mẹ học sinh biết và sử dụng khi cần.
- Thực hiện quy tắc ứng xử trong nhà trường; lồng ghép nội dung phòng, chống xâm hại trẻ em vào kế hoạch giáo dục của nhà trường.
- Bồi dưỡng cho cán bộ, giáo viên, nhân viên về kỷ luật tích cực, cách nhận biết dấu hiệu trẻ em bị xâm hại và quy trình tiếp nhận, xử lý thông tin.
- Bố trí nơi tư vấn tâm lý cho học sinh; hỗ trợ kịp thời học sinh bị xâm hại hoặc có nguy cơ bị xâm hại.
3. Bảo vệ trẻ em trên môi trường mạng
- Tuyên truyền cho học sinh và cha mẹ học sinh về lợi ích, nguy cơ khi sử dụng Internet và mạng xã hội; hướng dẫn cách giữ an toàn thông tin cá nhân.
- Áp dụng biện pháp kỹ thuật quản lý truy cập Internet trên các thiết bị của nhà trường.
- Kiểm tra, giám sát việc sử dụng thiết bị có kết nối mạng của học sinh trong thời gian ở trường.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng ngừa và giáo dục gia đình
- Ban giám hiệu chỉ đạo chung; giáo viên chủ nhiệm nắm bắt hoàn cảnh của từng học sinh, phối hợp với cha mẹ học sinh trong chăm sóc, giáo dục trẻ.
2. Phối hợp
- Nhà trường phối hợp với Ủy ban nhân dân cấp xã, công an, trạm y tế và các đoàn thể ở địa phương trong phát hiện, xử lý, hỗ trợ trẻ em.
3. Rà soát dữ liệu
- Mỗi học kỳ rà soát, cập nhật sổ theo dõi trẻ em; điều chỉnh cấp độ bảo vệ phù hợp với tình hình của từng trẻ.
4. Phát hiện và xử lý
- Cán bộ, giáo viên, nhân viên khi phát hiện hoặc nhận được thông tin về trẻ em bị xâm hại phải báo ngay cho Hiệu trưởng hoặc người phụ trách công tác bảo vệ trẻ em; nhà trường thông báo ngay cho cơ quan có thẩm quyền và thực hiện các bước theo quy định.
5. Kiểm tra, giám sát
- Ban giám hiệu kiểm tra việc thực hiện kế hoạch, kịp thời nhắc nhở, điều chỉnh.
6. Chế độ báo cáo
- Báo cáo định kỳ theo học kỳ, cuối năm học và báo cáo đột xuất khi có vụ việc.
Trên đây là Kế hoạch phòng, chống xâm hại trẻ em năm học {school_year} của {school}. Đề nghị các tổ chuyên môn, bộ phận và toàn thể cán bộ, giáo viên, nhân viên nghiêm túc thực hiện./.
"""  # noqa: E501 - one paragraph per line: the text the user edits


def plan_body(text: str) -> list[Flowable]:
    return structured_text(text)
