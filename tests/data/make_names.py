"""Writes tests/data/vietnamese-names.txt: 2,400 realistic full names of Vietnamese pupils.

Built (deterministically) from common real family names, middle names and given names, with
their real frequencies roughly kept (Nguyễn, Trần, Lê... are frequent; Thị, Văn are frequent
middle names). Many pupils share a given name (Anh, Linh, Ngọc...), some given names occur once.
The list covers Đ and D, every tone, ă/â/ê/ô/ơ/ư, and both tone-mark placements (Hoà/Hòa,
Thuý/Thúy, Thuỳ/Thùy, Thuỷ/Thủy, Khoa/Khoá...). Run: ``python tests/data/make_names.py``.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

FAMILY = (  # (name, weight): weights roughly like the real shares
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 3),
    ("Phan", 4), ("Vũ", 4), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
    ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đào", 1), ("Đinh", 1), ("Mai", 1), ("Trịnh", 1),
    ("Lương", 1), ("Cao", 1), ("Lâm", 1), ("Tạ", 1), ("Hà", 1), ("Đoàn", 1), ("Quách", 1),
    ("Vương", 1), ("Thái", 1), ("Tô", 1), ("Kiều", 1), ("Châu", 1), ("Tăng", 1), ("La", 1),
    ("Doãn", 1), ("Dư", 1), ("Ông", 1), ("Từ", 1), ("Lưu", 1), ("Khúc", 1), ("Ứng", 1),
    ("Âu", 1), ("Triệu", 1), ("Chu", 1), ("Giáp", 1), ("Nông", 1), ("Lò", 1), ("Hứa", 1),
)
MIDDLE_GIRL = (
    ("Thị", 30), ("Ngọc", 6), ("Thu", 4), ("Thanh", 4), ("Minh", 3), ("Khánh", 3), ("Bảo", 3),
    ("Phương", 3), ("Mỹ", 2), ("Kim", 2), ("Thùy", 2), ("Thuỳ", 1), ("Hoài", 1), ("Diệu", 1),
    ("Hồng", 2), ("Bích", 1), ("Gia", 2), ("Hà", 1), ("Như", 2), ("Tường", 1), ("Quỳnh", 1),
    ("Thị Thu", 2), ("Thị Ngọc", 2), ("Ngọc Bảo", 1), ("Thị Thuý", 1), ("Xuân", 1), ("Hải", 1),
    ("Trâm", 1), ("Ánh", 1), ("Đan", 1), ("Yến", 1),
)
MIDDLE_BOY = (
    ("Văn", 25), ("Đức", 5), ("Minh", 6), ("Quốc", 4), ("Hữu", 3), ("Gia", 3), ("Hoàng", 3),
    ("Thành", 2), ("Tuấn", 2), ("Công", 2), ("Đình", 2), ("Trọng", 2), ("Quang", 2),
    ("Bảo", 3), ("Anh", 2), ("Hải", 1), ("Xuân", 1), ("Duy", 2), ("Thế", 1), ("Tiến", 1),
    ("Văn Minh", 1), ("Đăng", 1), ("Nhật", 2), ("Phúc", 1), ("Khắc", 1), ("Mạnh", 1),
    ("Hoà", 1), ("Dũng", 1), ("Đắc", 1), ("Ngọc", 1), ("Thanh", 2),
)
GIVEN_GIRL = (
    ("Anh", 14), ("Ánh", 3), ("Ân", 1), ("An", 5), ("Chi", 5), ("Chí", 1), ("Châu", 2),
    ("Dung", 2), ("Duyên", 2), ("Diệp", 1), ("Giang", 3), ("Hà", 4), ("Hạ", 2), ("Hải", 1),
    ("Hân", 4), ("Hạnh", 3), ("Hiền", 3), ("Hoa", 3), ("Hoà", 2), ("Hòa", 2), ("Hóa", 1),
    ("Hương", 4), ("Huyền", 3), ("Khuê", 1), ("Lan", 3), ("Linh", 10), ("Lĩnh", 1),
    ("Loan", 2), ("Mai", 4), ("My", 5), ("Mỹ", 2), ("Mi", 1), ("Nga", 2), ("Ngà", 1),
    ("Ngân", 4), ("Ngọc", 5), ("Nhi", 7), ("Nhung", 2), ("Oanh", 2), ("Phương", 4),
    ("Quyên", 2), ("Quỳnh", 4), ("Tâm", 3), ("Thảo", 6), ("Thanh", 2), ("Thu", 3),
    ("Thư", 6), ("Thuý", 2), ("Thúy", 2), ("Thuỳ", 2), ("Thùy", 2), ("Thuỷ", 1), ("Thủy", 2),
    ("Trang", 6), ("Trâm", 3), ("Trinh", 2), ("Uyên", 3), ("Vân", 3), ("Vy", 6), ("Vỹ", 1),
    ("Xuân", 2), ("Yến", 3), ("Ý", 1), ("Ưng", 1), ("Ơn", 1), ("Hoè", 1), ("Hòe", 1),
    ("Đào", 1), ("Điệp", 1), ("Đan", 1), ("Quế", 1), ("Sương", 1), ("Tuyết", 1), ("Ngần", 1),
)
GIVEN_BOY = (
    ("Anh", 10), ("An", 4), ("Ân", 2), ("Bảo", 5), ("Bình", 3), ("Cường", 3), ("Công", 1),
    ("Dũng", 4), ("Duy", 4), ("Dương", 3), ("Đạt", 5), ("Đức", 5), ("Đông", 2), ("Định", 1),
    ("Giang", 1), ("Hải", 3), ("Hào", 1), ("Hiếu", 4), ("Hoàng", 3), ("Hòa", 1), ("Hoà", 1),
    ("Hùng", 3), ("Hưng", 3), ("Huy", 6), ("Khang", 4), ("Khánh", 3), ("Khoa", 4),
    ("Khoá", 1), ("Khóa", 1), ("Khôi", 4), ("Kiên", 2), ("Lâm", 2), ("Lộc", 2), ("Long", 4),
    ("Luân", 1), ("Mạnh", 3), ("Minh", 8), ("Nam", 5), ("Nghĩa", 2), ("Nguyên", 3),
    ("Nhân", 2), ("Phát", 3), ("Phong", 3), ("Phúc", 4), ("Quân", 4), ("Quang", 3),
    ("Quý", 2), ("Quy", 1), ("Sơn", 3), ("Tài", 2), ("Tâm", 2), ("Thái", 2), ("Thắng", 3),
    ("Thanh", 2), ("Thành", 4), ("Thạnh", 1), ("Thịnh", 3), ("Thuận", 2), ("Tiến", 3),
    ("Toàn", 2), ("Toản", 1), ("Trí", 3), ("Trung", 3), ("Tú", 2), ("Tuấn", 5), ("Tùng", 3),
    ("Vinh", 3), ("Việt", 3), ("Vũ", 3), ("Vĩ", 1), ("Ước", 1), ("Ưng", 1), ("Ơn", 1),
    ("Đăng", 2), ("Đoàn", 1), ("Dự", 1), ("Hữu", 1), ("Lợi", 1), ("Lối", 1), ("Tuỳ", 1),
)
# Given names that occur once in the list (no other pupil shares them).
UNIQUE = ("Nguyễn Thị Huệ", "Trần Văn Lực", "Lê Thị Thơm", "Phạm Thị Nhàn", "Vũ Văn Chiến",
          "Đặng Thị Xoan", "Hà Thị Ngát", "Đinh Văn Sỹ", "Lê Thị Thoả", "Hồ Văn Đằng",
          "Ngô Văn Dậu", "Lý Thị Ổn", "Kiều Văn Pháp", "Âu Thị Ưởng", "Lò Văn Pẳng")
COUNT = 2_400


def pick(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([n for n, _ in table], [w for _, w in table])[0]


def make(seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < COUNT - len(UNIQUE):
        girl = rng.random() < 0.5
        parts = [pick(rng, FAMILY)]
        if rng.random() < 0.94:  # a few pupils have no middle name
            parts.append(pick(rng, MIDDLE_GIRL if girl else MIDDLE_BOY))
        parts.append(pick(rng, GIVEN_GIRL if girl else GIVEN_BOY))
        name = unicodedata.normalize("NFC", " ".join(parts))
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names + list(UNIQUE)


if __name__ == "__main__":
    target = Path(__file__).with_name("vietnamese-names.txt")
    target.write_text("\n".join(make()) + "\n", encoding="utf-8")
    print(f"{target}: {COUNT} names")
