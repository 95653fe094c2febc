"""(c) The periodic or ad-hoc report (báo cáo định kỳ, đột xuất) for a semester, the school year
or chosen dates, organised by the sections of the school's yearly plan: awareness; preventing
school violence; protecting children online; reviewing the data (the register); detecting and
handling cases; inspection and reporting. Then the assessment the user may edit (default text
written from the figures) and, under the signature, the audit chain head at the time of
writing, so that a later rewrite of the trail can be noticed. Counts only, never a name."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kimbai_desktop.domain.agencies import Agencies, default_agencies, reporting_bodies
from kimbai_desktop.domain.enums import AbuseForm
from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.domain.training import Audience, Topic
from kimbai_desktop.reports.blocks import (
    Column,
    count_table,
    data_table,
    grouped_count_table,
    heading,
    para,
    structured_text,
)
from kimbai_desktop.reports.charts import bar_chart
from kimbai_desktop.reports.document import TEXT_WIDTH
from kimbai_desktop.reports.statistics import (
    Counts,
    Statistics,
    cases_sentence,
    register_sentence,
)
from kimbai_desktop.reports.text import percent
from kimbai_desktop.reports.training_summary import (
    TrainingFigures,
    activities_sentence,
    audience_chart,
    audience_table,
    number,
    progress,
    staff_sentence,
    targets_block,
)

SHORT_HASH = 12  # as the access-log page shows it


@dataclass(frozen=True)
class Timeliness:
    """How one deadline was kept by the cases received in the period."""

    what: str  # "Thông báo ngay trong ngày tiếp nhận"
    on_time: int
    late: int  # done after the deadline
    overdue: int  # not done, the deadline has passed
    pending: int  # not done, still within the deadline

    @property
    def total(self) -> int:
        return self.on_time + self.late + self.overdue + self.pending


@dataclass(frozen=True)
class ReviewFigures:
    reviews: int  # reviews (rà soát) recorded in the period
    children: int  # distinct children reviewed
    by_decision: Counts
    new_in_register: int  # children who entered the register in the period
    overdue: int  # children whose review is overdue on the report's day


@dataclass(frozen=True)
class PeriodicFigures:
    period: str  # "học kỳ I năm học 2024-2025"
    school_year: str
    next_term: str  # "học kỳ tới" / "năm học tới"
    year_end: bool  # the whole year or Học kỳ II: yearly targets are judged, not just followed
    stats: Statistics  # cases (received in the period) and the register (on the report's day)
    timeliness: tuple[Timeliness, ...]  # reporting the same day; the written result in 3 days
    reviews: ReviewFigures
    training: TrainingFigures
    documents: Counts  # outgoing documents issued in the period, by type
    audit_count: int
    audit_head: str
    agencies: Agencies | None = None  # the school's names of the bodies (default: in force)

    def cases_of(self, form: AbuseForm) -> int:
        return next((n for label, n in self.stats.by_form if label == form.vi), 0)


def periodic_summary(period: str) -> str:
    return f"Kết quả công tác phòng, chống xâm hại trẻ em {period}"


def periodic_recipients(superior_body: str) -> tuple[str, ...]:
    return (f"{superior_body} (để báo cáo)", "Ban giám hiệu nhà trường")


def _percent(part: int, whole: int) -> str:
    return percent(100 * part / whole) if whole else "0%"


def default_assessment(f: PeriodicFigures) -> str:
    """The assessment's default wording, written from the figures (the user edits it)."""
    t, stats = f.training, f.stats
    good: list[str] = []
    if t.activities:
        good.append(f"Tổ chức {len(t.activities)} hoạt động tập huấn, tuyên truyền với "
                    f"{number(t.participants)} lượt người tham dự; {t.staff_trained}/"
                    f"{t.staff_pool} cán bộ, giáo viên, nhân viên được tập huấn.")
    reported, result = f.timeliness
    if stats.cases:
        good.append(f"Tiếp nhận {stats.cases} vụ việc; {reported.on_time} vụ việc được thông "
                    f"báo ngay trong ngày tiếp nhận, {result.on_time} vụ việc có báo cáo kết "
                    "quả bằng văn bản đúng hạn.")
    else:
        good.append("Không phát sinh vụ việc xâm hại trẻ em trong kỳ.")
    if f.reviews.reviews:
        good.append(f"Rà soát {f.reviews.reviews} lượt trẻ em trong sổ theo dõi; sổ theo dõi "
                    f"hiện có {stats.register_total} trẻ em.")
    met = [x for x in t.targets if x.met]
    if met:
        good.append(f"Hoàn thành {len(met)}/{len(t.targets)} chỉ tiêu của năm học.")
    weak: list[str] = []
    late_report = reported.late + reported.overdue
    if late_report:
        weak.append(f"{late_report} vụ việc chưa được thông báo ngay trong ngày tiếp nhận.")
    late_result = result.late + result.overdue
    if late_result:
        weak.append(f"{late_result} vụ việc chưa có báo cáo kết quả bằng văn bản trong thời "
                    "hạn 03 ngày.")
    if f.reviews.overdue:
        weak.append(f"{f.reviews.overdue} trẻ em trong sổ theo dõi đã quá hạn rà soát.")
    unmet = [x for x in t.targets if not x.met]
    judged = [x for x in unmet if f.year_end or x.per_semester]
    for x in judged:
        weak.append(f"Chỉ tiêu \u201c{x.description}\u201d mới đạt {progress(x)}.")
    if len(unmet) > len(judged):
        weak.append(f"{len(unmet) - len(judged)} chỉ tiêu của năm học đang thực hiện, chưa "
                    "hoàn thành; cần tiếp tục trong thời gian còn lại của năm học.")
    if not weak:
        weak.append("Không có tồn tại, hạn chế đáng kể.")
    plans = ["Tiếp tục tuyên truyền, giáo dục kỹ năng tự bảo vệ cho học sinh và phổ biến "
             "kiến thức bảo vệ trẻ em cho cha mẹ học sinh."]
    if any(not x.met for x in t.targets):
        plans.append("Hoàn thành các chỉ tiêu chưa đạt của năm học.")
    plans.append("Thông báo ngay khi tiếp nhận thông tin về vụ việc; báo cáo kết quả bằng văn "
                 "bản chậm nhất sau 03 ngày kể từ khi phát hiện.")
    plans.append("Rà soát, cập nhật sổ theo dõi trẻ em có hoàn cảnh đặc biệt, trẻ em có nguy "
                 "cơ đúng thời hạn.")
    lines = ["II. ĐÁNH GIÁ CHUNG", "1. Ưu điểm", *(f"- {x}" for x in good),
             "2. Tồn tại, hạn chế", *(f"- {x}" for x in weak),
             f"III. PHƯƠNG HƯỚNG, NHIỆM VỤ {f.next_term.upper()}", *(f"- {x}" for x in plans)]
    return "\n".join(lines)


def audit_sentence(count: int, head: str) -> str:
    """How the school keeps its records, with the audit trail's size and head when the report
    was made (the short hash as the access-log page shows it, to compare later). Part of the
    body: a line under the signature of a document sent to the commune read as a footnote."""
    short = head[:SHORT_HASH] if head else "—"
    return (f"Hồ sơ vụ việc và sổ theo dõi trẻ em được quản lý trên phần mềm có mã hóa; mọi "
            f"lượt xem, sửa, in, xuất hồ sơ đều được ghi vào nhật ký truy cập (khi lập báo cáo "
            f"này có {format_number(count)} sự kiện, mã kiểm tra cuối chuỗi {short}).")


def _timeliness_table(f: PeriodicFigures) -> Flowable:
    columns = [Column("Yêu cầu", 55 * mm), Column("Số vụ việc", 20 * mm, "CENTER"),
               Column("Đúng hạn", 20 * mm, "CENTER"), Column("Trễ hạn", 20 * mm, "CENTER"),
               Column("Chưa thực hiện, quá hạn", 27 * mm, "CENTER"),
               Column("Chưa đến hạn", 23 * mm, "CENTER")]
    rows = [(t.what, str(t.total), str(t.on_time), str(t.late), str(t.overdue), str(t.pending))
            for t in f.timeliness]
    return data_table(columns, rows)


def _awareness(f: PeriodicFigures) -> list[Flowable]:
    t = f.training
    out: list[Flowable] = [heading("1. Công tác tuyên truyền, giáo dục, vận động xã hội", 2),
                           para(activities_sentence(t))]
    if t.activities:
        parents, pupils = t.audience_total(Audience.PARENTS), t.audience_total(Audience.PUPILS)
        out.append(para(f"Trong đó, {number(parents)} lượt cha mẹ học sinh và {number(pupils)} "
                        "lượt học sinh được tuyên truyền, giáo dục; số người tham dự theo đối "
                        "tượng và giới tính như sau:"))
        out.append(audience_table(t))
        if t.participants:
            out += [Spacer(1, 4), audience_chart(t)]
    return out


def _school_violence(f: PeriodicFigures) -> list[Flowable]:
    t = f.training
    n, people = t.on_topic(Topic.SCHOOL_VIOLENCE, Topic.POSITIVE_DISCIPLINE,
                           Topic.SELF_PROTECTION, Topic.LIFE_SKILLS)
    cases = f.cases_of(AbuseForm.SCHOOL_VIOLENCE)
    return [heading("2. Phòng, chống bạo lực học đường và hỗ trợ trẻ em bị xâm hại trong "
                    "trường học", 2),
            para(f"Tổ chức {n} hoạt động về phòng, chống bạo lực học đường, kỷ luật tích cực, "
                 f"kỹ năng sống và kỹ năng tự bảo vệ với {number(people)} lượt người tham "
                 "dự." if n else "Trong kỳ, nhà trường chưa tổ chức hoạt động nào về phòng, "
                 "chống bạo lực học đường, kỷ luật tích cực, kỹ năng sống và kỹ năng tự bảo "
                 "vệ."),
            para(staff_sentence(t)),
            para(f"Trong kỳ, nhà trường tiếp nhận {cases} vụ việc bạo lực học đường." if cases
                 else "Trong kỳ, nhà trường không tiếp nhận vụ việc bạo lực học đường nào.")]


def _online(f: PeriodicFigures) -> list[Flowable]:
    n, people = f.training.on_topic(Topic.ONLINE_SAFETY)
    cases = f.cases_of(AbuseForm.ONLINE_ABUSE)
    case_text = (f"tiếp nhận {cases} vụ việc xâm hại trẻ em trên môi trường mạng" if cases
                 else "không tiếp nhận vụ việc xâm hại trẻ em trên môi trường mạng nào")
    return [heading("3. Bảo vệ trẻ em trên môi trường mạng", 2),
            para(f"Tổ chức {n} hoạt động tuyên truyền về an toàn trên môi trường mạng với "
                 f"{number(people)} lượt người tham dự; trong kỳ, nhà trường {case_text}." if n
                 else "Trong kỳ, nhà trường chưa tổ chức hoạt động tuyên truyền nào về an toàn "
                 f"trên môi trường mạng và {case_text}.")]


def _register(f: PeriodicFigures) -> list[Flowable]:
    stats, r = f.stats, f.reviews
    decided = "; ".join(f"{label.lower()}: {n}" for label, n in r.by_decision if n)
    out: list[Flowable] = [
        heading("4. Rà soát, cập nhật dữ liệu trẻ em", 2),
        para(f"{register_sentence(stats)[:-1]}; trong kỳ có {r.new_in_register} trẻ em được "
             "đưa vào sổ theo dõi." if r.new_in_register else register_sentence(stats)),
        para((f"Trong kỳ, nhà trường thực hiện {r.reviews} lượt rà soát đối với {r.children} "
              "trẻ " + (f"em ({decided})" if decided else "em") if r.reviews
              else "Trong kỳ, nhà trường chưa thực hiện lượt rà soát nào")
             + (f"; {r.overdue} trẻ em đã quá hạn rà soát." if r.overdue else ".")),
        grouped_count_table([
            ("Trẻ em có hoàn cảnh đặc biệt theo nhóm (Điều 10 Luật Trẻ em)",
             [(label, n) for label, n in stats.by_group if n]),
            ("Trẻ em trong sổ theo dõi theo cấp độ bảo vệ", list(stats.by_level)),
        ], TEXT_WIDTH, unit="Số trẻ em"),
        para("Một trẻ em có thể thuộc nhiều nhóm; chỉ nêu các nhóm có trẻ em.", "note"),
    ]
    return out


def _cases(f: PeriodicFigures) -> list[Flowable]:
    stats = f.stats
    out: list[Flowable] = [heading("5. Phát hiện, xử lý vụ việc xâm hại trẻ em", 2),
                           para(cases_sentence(stats))]
    if not stats.cases:
        return out
    out.append(count_table("Hình thức xâm hại", [(x, n) for x, n in stats.by_form if n],
                           TEXT_WIDTH, unit="Số vụ việc", total=False))
    out += [Spacer(1, 2), bar_chart([(x, n) for x, n in stats.by_form if n], TEXT_WIDTH * 0.85,
                                    title="Vụ việc theo hình thức xâm hại"), Spacer(1, 6)]
    out.append(grouped_count_table([
        ("Trẻ em trong các vụ việc theo giới tính", list(stats.by_sex)),
        ("Trẻ em trong các vụ việc theo khối lớp", list(stats.by_grade)),
    ], TEXT_WIDTH, unit="Số lượt trẻ em"))
    out.append(grouped_count_table([
        ("Vụ việc theo địa điểm xảy ra", list(stats.by_place)),
        ("Vụ việc theo tình trạng xử lý", list(stats.by_status)),
    ], TEXT_WIDTH, unit="Số vụ việc"))
    out.append(para("Việc thông báo và báo cáo kết quả đúng thời hạn:"))
    out.append(_timeliness_table(f))
    out.append(para("Một vụ việc có thể có nhiều hình thức xâm hại. Thông báo đúng hạn: trong "
                    f"ngày tiếp nhận, cho {reporting_bodies(f.agencies or default_agencies())}; "
                    "báo cáo kết quả bằng văn bản: chậm nhất sau 03 ngày kể từ khi phát hiện.",
                    "note"))
    return out


def _inspection(f: PeriodicFigures) -> list[Flowable]:
    issued = sum(n for _, n in f.documents)
    detail = ", ".join(f"{n} {label.lower()}" for label, n in f.documents if n)
    text = (f"Trong kỳ, nhà trường ban hành {issued} văn bản về công tác bảo vệ trẻ em "
            f"({detail}), được vào sổ văn bản đi." if issued else
            "Trong kỳ, sổ văn bản đi chưa ghi nhận văn bản nào về công tác bảo vệ trẻ em.")
    return [heading("6. Kiểm tra, giám sát và chế độ báo cáo", 2), para(text),
            para(audit_sentence(f.audit_count, f.audit_head)), *targets_block(f.training)]


def periodic_body(f: PeriodicFigures, school: str, assessment: str) -> list[Flowable]:
    out: list[Flowable] = [para(
        f"Thực hiện Kế hoạch phòng, chống xâm hại trẻ em năm học {f.school_year}, {school} báo "
        f"cáo kết quả thực hiện {f.period} như sau:")]
    out.append(heading("I. KẾT QUẢ THỰC HIỆN"))
    for part in (_awareness, _school_violence, _online, _register, _cases, _inspection):
        out += part(f)
    out.append(Spacer(1, 2 * mm))
    out += structured_text(assessment)
    out.append(para(f"Trên đây là báo cáo kết quả công tác phòng, chống xâm hại trẻ em "
                    f"{f.period} của {school}./."))
    return out
