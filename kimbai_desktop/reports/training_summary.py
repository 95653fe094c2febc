"""(e) The training and awareness summary for a period (báo cáo kết quả tập huấn, tuyên
truyền): the activities held, participants by audience and sex, hours of staff training and the
school year's targets. Its tables and charts are also sections of the periodic report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kimbai_desktop.domain.enums import Semester
from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.domain.training import Audience, TargetMetric, Topic, progress_share
from kimbai_desktop.reports.blocks import Column, data_table, heading, para
from kimbai_desktop.reports.charts import grouped_bar_chart, progress_chart
from kimbai_desktop.reports.document import TEXT_WIDTH
from kimbai_desktop.reports.text import doc_date, percent

UNITS = {TargetMetric.SESSIONS: "buổi", TargetMetric.PARTICIPANTS: "lượt",
         TargetMetric.STAFF_COVERAGE: "%"}
SEMESTER_SHORT = {Semester.FIRST: "HK I", Semester.SECOND: "HK II"}


@dataclass(frozen=True)
class AudienceLine:
    audience: Audience
    male: int = 0
    female: int = 0
    unknown: int = 0  # the sex was not noted (staff counted from the names ticked)

    @property
    def total(self) -> int:
        return self.male + self.female + self.unknown


@dataclass(frozen=True)
class ActivityLine:
    held_on: date
    title: str
    kind: str  # the kind's label (or the custom name)
    topics: tuple[Topic, ...]
    audiences: tuple[AudienceLine, ...]
    minutes: int

    @property
    def participants(self) -> int:
        return sum(a.total for a in self.audiences)


@dataclass(frozen=True)
class TargetLine:
    description: str
    metric: TargetMetric
    target: int
    value: float  # as at ``TrainingFigures.targets_on``
    percent: int  # 0-100
    met: bool
    per_semester: bool = False
    detail: str = ""  # each semester's value, for a per-semester target over the whole year


@dataclass(frozen=True)
class TrainingFigures:
    period: str  # "học kỳ I năm học 2024-2025"
    school_year: str
    activities: tuple[ActivityLine, ...]  # oldest first
    by_audience: tuple[AudienceLine, ...]  # every audience, zeros included
    staff_sessions: int  # activities attended by staff (training, workshops)
    staff_pool: int  # active staff
    staff_trained: int  # active staff who attended at least one activity of the period
    staff_hours: float  # person-hours of staff training (each hour counted once per attendee)
    staff_session_hours: float  # how long the staff sessions lasted, together
    targets: tuple[TargetLine, ...]
    targets_on: date  # targets counted up to this day (the end of the period, or today)

    @property
    def participants(self) -> int:
        return sum(a.total for a in self.by_audience)

    @property
    def hours(self) -> float:
        return round(sum(a.minutes for a in self.activities) / 60.0, 1)

    def on_topic(self, *topics: Topic) -> tuple[int, int]:
        """(activities, participants) of the activities on any of ``topics``."""
        chosen = [a for a in self.activities if any(t in a.topics for t in topics)]
        return len(chosen), sum(a.participants for a in chosen)

    def audience_total(self, audience: Audience) -> int:
        return sum(a.total for a in self.by_audience if a.audience == audience)


def number(value: float) -> str:
    """``12`` / ``76,2`` / ``1.076`` (Vietnamese grouping and decimal comma)."""
    return format_number(int(value) if float(value).is_integer() else round(value, 1))


def progress_value(t: TargetLine) -> float:
    """How far a target is done, in % of the target (0-100)."""
    return progress_share(t.value, t.target)


def progress(t: TargetLine) -> str:
    """``progress_value`` rounded as ``percent``."""
    return percent(progress_value(t))


def target_plan(t: TargetLine) -> str:
    unit = UNITS[t.metric]
    text = f"{t.target}%" if unit == "%" else f"{number(t.target)} {unit}"
    return f"{text}/học kỳ" if t.per_semester else text


def target_done(t: TargetLine) -> str:
    unit = UNITS[t.metric]
    text = percent(t.value) if unit == "%" else f"{number(t.value)} {unit}"
    return f"{text} ({t.detail})" if t.detail else text


def training_summary(period: str) -> str:
    return f"Kết quả công tác tập huấn, tuyên truyền về bảo vệ trẻ em {period}"


def audience_cell(a: ActivityLine) -> str:
    return "\n".join(f"{x.audience.vi}: {number(x.total)}" for x in a.audiences if x.total)


def activities_table(figures: TrainingFigures) -> Flowable:
    columns = [Column("STT", 11 * mm, "CENTER"), Column("Ngày", 23 * mm, "CENTER"),
               Column("Hoạt động", 72 * mm), Column("Người tham dự", 42 * mm),
               Column("Thời lượng (phút)", 17 * mm, "CENTER")]
    rows = [(str(i), doc_date(a.held_on), f"{a.title}\n({a.kind})", audience_cell(a) or "—",
             str(a.minutes)) for i, a in enumerate(figures.activities, start=1)]
    total = ("", "", "Tổng cộng", number(figures.participants),
             str(sum(a.minutes for a in figures.activities)))
    return data_table(columns, rows, total_row=total)


def audience_table(figures: TrainingFigures) -> Flowable:
    columns = [Column("STT", 11 * mm, "CENTER"), Column("Đối tượng", 64 * mm),
               Column("Nam", 20 * mm, "CENTER"), Column("Nữ", 20 * mm, "CENTER"),
               Column("Chưa ghi giới tính", 28 * mm, "CENTER"),
               Column("Tổng số", 22 * mm, "CENTER")]
    lines = figures.by_audience
    rows = [(str(i), a.audience.vi, number(a.male), number(a.female), number(a.unknown),
             number(a.total)) for i, a in enumerate(lines, start=1)]
    total = ("", "Tổng cộng", number(sum(a.male for a in lines)),
             number(sum(a.female for a in lines)), number(sum(a.unknown for a in lines)),
             number(figures.participants))
    return data_table(columns, rows, total_row=total)


def audience_chart(figures: TrainingFigures) -> Flowable:
    shown = [a for a in figures.by_audience if a.total]
    series = [("Nam", [a.male for a in shown]), ("Nữ", [a.female for a in shown])]
    if any(a.unknown for a in shown):
        series.append(("Chưa ghi giới tính", [a.unknown for a in shown]))
    return grouped_bar_chart([a.audience.vi for a in shown], series, TEXT_WIDTH * 0.92,
                             title="Người tham dự theo đối tượng và giới tính")


def targets_table(figures: TrainingFigures) -> Flowable:
    columns = [Column("STT", 11 * mm, "CENTER"), Column("Chỉ tiêu", 62 * mm),
               Column("Kế hoạch", 28 * mm, "CENTER"), Column("Thực hiện", 28 * mm, "CENTER"),
               Column("Tỷ lệ", 16 * mm, "CENTER"), Column("Đánh giá", 20 * mm, "CENTER")]
    rows = [(str(i), t.description, target_plan(t), target_done(t), progress(t),
             "Đạt" if t.met else "Chưa đạt") for i, t in enumerate(figures.targets, start=1)]
    return data_table(columns, rows)


def targets_block(figures: TrainingFigures) -> list[Flowable]:
    """The targets table, the progress chart and the day they are counted to."""
    if not figures.targets:
        return [para(f"Năm học {figures.school_year} chưa có chỉ tiêu nào được ghi nhận.")]
    met = sum(1 for t in figures.targets if t.met)
    out: list[Flowable] = [
        para(f"Tính đến ngày {doc_date(figures.targets_on)}, nhà trường đã hoàn thành {met}/"
             f"{len(figures.targets)} chỉ tiêu của năm học {figures.school_year}:"),
        targets_table(figures), Spacer(1, 4),
        progress_chart([(f"Chỉ tiêu {i}", progress_value(t)) for i, t in
                        enumerate(figures.targets, start=1)], TEXT_WIDTH * 0.8,
                       title="Mức độ hoàn thành chỉ tiêu (%)")]
    return out


def staff_sentence(figures: TrainingFigures) -> str:
    pool, trained = figures.staff_pool, figures.staff_trained
    share = f" ({percent(100 * trained / pool)})" if pool else ""
    average = number(round(figures.staff_hours / pool, 1)) if pool else "0"
    if not figures.staff_sessions:
        return "Trong kỳ chưa có buổi tập huấn nào dành cho cán bộ, giáo viên, nhân viên."
    return (f"Tổ chức {figures.staff_sessions} buổi tập huấn, chuyên đề cho cán bộ, giáo viên, "
            f"nhân viên với tổng thời lượng {number(figures.staff_session_hours)} giờ; "
            f"{trained}/{pool} người{share} đã tham dự ít nhất một buổi; bình quân mỗi người "
            f"tham dự {average} giờ.")


def activities_sentence(figures: TrainingFigures) -> str:
    if not figures.activities:
        return f"Trong {figures.period}, nhà trường chưa ghi nhận hoạt động tập huấn, tuyên " \
               "truyền nào."
    return (f"Trong {figures.period}, nhà trường tổ chức {len(figures.activities)} hoạt động "
            f"tập huấn, tuyên truyền với tổng thời lượng {number(figures.hours)} giờ, thu hút "
            f"{number(figures.participants)} lượt người tham dự.")


def training_body(figures: TrainingFigures, school: str) -> list[Flowable]:
    out: list[Flowable] = [para(
        f"Thực hiện Kế hoạch phòng, chống xâm hại trẻ em năm học {figures.school_year}, "
        f"{school} báo cáo kết quả công tác tập huấn, tuyên truyền {figures.period} như sau:")]
    out += [heading("I. CÁC HOẠT ĐỘNG ĐÃ TỔ CHỨC"), para(activities_sentence(figures))]
    if figures.activities:
        out.append(activities_table(figures))
        out += [heading("II. NGƯỜI THAM DỰ THEO ĐỐI TƯỢNG VÀ GIỚI TÍNH"), audience_table(figures)]
        if figures.participants:
            out += [Spacer(1, 4), audience_chart(figures)]
    else:
        out += [heading("II. NGƯỜI THAM DỰ THEO ĐỐI TƯỢNG VÀ GIỚI TÍNH"),
                para("Chưa có người tham dự được ghi nhận.")]
    out += [heading("III. TẬP HUẤN CHO CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN"),
            para(staff_sentence(figures))]
    out += [heading("IV. KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC"), *targets_block(figures)]
    out.append(para(f"Trên đây là báo cáo kết quả công tác tập huấn, tuyên truyền "
                    f"{figures.period} của {school}./."))
    return out
