"""How long each kind of record is kept (thời hạn bảo quản), with its source, and when a
closed case or a pupil who left falls due for destruction (đến hạn hủy). No Qt, no SQLAlchemy.

Sources, and what could and could not be confirmed (issue 19, point 7):

- Thông tư 27/2016/TT-BGDĐT (30/12/2016) "Quy định thời hạn bảo quản tài liệu chuyên môn nghiệp
  vụ của ngành Giáo dục" applies to the professional records of schools ("cơ sở giáo dục ...
  phổ thông"), paper and electronic ("văn bản giấy; ... tài liệu điện tử"). Its table of
  periods could not be read from the texts stored here, so no period below is quoted from it:
  the school checks its table (and its superior body's list) and sets its own numbers.
- Luật Lưu trữ 2024 (Luật số 33/2024/QH15, in force 01/7/2025; number and date not confirmed
  from a stored text) and the archives practice: records past their period are destroyed only
  by decision of the head of the body, with a list and a record of the destruction (biên bản
  hủy) signed by the people present; the destruction must leave the content unrecoverable.
  The program follows that shape: the principal prints a biên bản hủy naming two signers,
  then the content is deleted for good and only a tombstone (code, dates, hash) stays.
- Child protection case files and the register are not named in any text found here, so
  their periods are **the school's own choice** (settings in Cài đặt, defaults below).

Kinds and defaults (years counted from the end date):
- case files: 10 years after the case is closed (the school's choice, a setting);
- register entries of pupils who left (chuyển trường, hoàn thành, thôi học): 5 years after
  leaving (the school's choice, a setting);
- training and awareness records: 5 years after the activity (the school's choice, a setting;
  listed for information, not destroyed by the program);
- audit events: kept as long as the database: they hold no content (who, when, which record
  code) and the hash chain must keep verifying;
- issued documents: the outgoing-document register (sổ văn bản đi) is kept permanently; the
  documents themselves are not stored by the program, only their register rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kimbai_desktop.domain.enums import LabelledEnum

CASE_YEARS = 10
LEAVER_YEARS = 5
TRAINING_YEARS = 5
MAX_YEARS = 75


class RecordKind(LabelledEnum):
    CASE = ("case", "Hồ sơ vụ việc", "Case file")
    PUPIL = ("pupil", "Hồ sơ trẻ em trong sổ theo dõi (đã rời trường)",
             "Register entry of a pupil who left")
    TRAINING = ("training", "Hồ sơ tập huấn, tuyên truyền", "Training and awareness records")
    AUDIT = ("audit", "Nhật ký truy cập", "Access log")
    DOCUMENT = ("document", "Sổ văn bản đi", "Outgoing-document register")


@dataclass(frozen=True)
class RetentionRule:
    kind: RecordKind
    years: int | None  # None: kept as long as the database
    source: str  # in Vietnamese, as printed on the destruction record
    school_choice: bool  # True: not fixed by any text found; a setting


SCHOOL_CHOICE = ("Thời hạn do nhà trường quy định (Cài đặt); chưa đối chiếu được với bảng thời "
                 "hạn của Thông tư 27/2016/TT-BGDĐT")


def retention_rules(case_years: int = CASE_YEARS, leaver_years: int = LEAVER_YEARS,
                    training_years: int = TRAINING_YEARS) -> tuple[RetentionRule, ...]:
    return (
        RetentionRule(RecordKind.CASE, case_years, SCHOOL_CHOICE, True),
        RetentionRule(RecordKind.PUPIL, leaver_years, SCHOOL_CHOICE, True),
        RetentionRule(RecordKind.TRAINING, training_years, SCHOOL_CHOICE, True),
        RetentionRule(RecordKind.AUDIT, None, "Không chứa nội dung hồ sơ; giữ để kiểm chứng "
                      "chuỗi nhật ký", False),
        RetentionRule(RecordKind.DOCUMENT, None, "Sổ đăng ký văn bản đi (Nghị định "
                      "30/2020/NĐ-CP), giữ lâu dài", False),
    )


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (29/02 → 28/02 in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def due_on(ended: date, years: int) -> date:
    """The first day the record may be destroyed: ``years`` full years after it ended."""
    return add_years(ended, years)


def is_due(ended: date | None, years: int, today: date) -> bool:
    return ended is not None and today >= due_on(ended, years)
