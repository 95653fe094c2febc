"""The catalogue of documents the application makes, and what a request for one holds.

Each kind is a member here, a body module in this package and one use case in
:mod:`kimbai_desktop.services.documents` (the periodic report and the training documents
gather their figures in :mod:`kimbai_desktop.services.periodic_report`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kimbai_desktop.domain.enums import LabelledEnum, Semester
from kimbai_desktop.reports.document import DocumentType, Signer


class ReportKind(LabelledEnum):
    """A document kind: identifier (used by ``kimbai report KIND``), Vietnamese and English
    descriptions, its document type, and whether it is about one case, one activity or one
    inspection."""

    doc_type: DocumentType
    needs_case: bool
    needs_activity: bool
    needs_inspection: bool

    # Defaults only so that type checkers accept the value lookup ``ReportKind("plan")``.
    def __init__(self, ident: str, vi: str = "", en: str = "",
                 doc_type: DocumentType = DocumentType.REPORT, needs_case: bool = False,
                 needs_activity: bool = False, needs_inspection: bool = False) -> None:
        self.doc_type = doc_type
        self.needs_case = needs_case
        self.needs_activity = needs_activity
        self.needs_inspection = needs_inspection

    @property
    def has_period(self) -> bool:
        """Made for a period: a semester, the school year or chosen dates."""
        return self in (ReportKind.PERIODIC, ReportKind.TRAINING, ReportKind.STATISTICS)

    INTAKE = ("intake", "Báo cáo tiếp nhận thông tin vụ việc (Mẫu số 01)",
              "Intake report of a case (form 01)", DocumentType.REPORT, True)
    RESULT = ("result", "Báo cáo kết quả xử lý vụ việc (trong 03 ngày)",
              "Written result report of a case (within 3 days)", DocumentType.REPORT, True)
    REGISTER = ("register", "Danh sách trẻ em có hoàn cảnh đặc biệt, có nguy cơ",
                "List of children in special circumstances and at risk", DocumentType.REPORT)
    PLAN = ("plan", "Kế hoạch phòng, chống xâm hại trẻ em của năm học",
            "The school's yearly child-protection plan", DocumentType.PLAN)
    DOSSIER = ("dossier", "Hồ sơ vụ việc và nhật ký (đầy đủ hoặc không định danh)",
               "Case dossier with its chronology (full or de-identified)",
               DocumentType.REPORT, True)
    STATISTICS = ("statistics", "Thống kê không định danh (PDF hoặc Excel .xlsx)",
                  "De-identified statistics (PDF or Excel .xlsx)", DocumentType.REPORT)
    AUDIT = ("audit", "Biên bản kiểm tra tính toàn vẹn nhật ký truy cập",
             "Audit-trail integrity certificate", DocumentType.MINUTES)
    PERIODIC = ("periodic", "Báo cáo định kỳ, đột xuất công tác phòng, chống xâm hại trẻ em",
                "Periodic or ad-hoc report on child protection work", DocumentType.REPORT)
    TRAINING = ("training", "Báo cáo kết quả tập huấn, tuyên truyền",
                "Summary of training and awareness work", DocumentType.REPORT)
    ATTENDANCE = ("attendance", "Danh sách ký tên người tham dự một hoạt động",
                  "Attendance sheet for signatures (one activity)", DocumentType.LIST, False,
                  True)
    INSPECTION = ("inspection", "Biên bản kiểm tra việc thực hiện kế hoạch phòng, chống xâm hại "
                  "trẻ em", "Minutes of an inspection of the school's plan",
                  DocumentType.MINUTES, False, False, True)


@dataclass(frozen=True)
class ReportRequest:
    """What the user asked for; unset fields take the school profile's defaults."""

    kind: ReportKind
    case_id: int | None = None
    period_from: date | None = None  # first and last day (school time) of a chosen period
    period_to: date | None = None
    school_year: str = ""  # default: the profile's current school year
    semester: Semester | None = None  # a semester of the school year (else dates, else the year)
    activity_id: int | None = None  # the attendance sheet's activity
    inspection_id: int | None = None  # the inspection minute's inspection
    summary_text: str | None = None  # the periodic report's assessment as the user edited it
    deidentified: bool = False  # case documents (intake, result, dossier)
    strike: tuple[str, ...] = ()  # more words the user struck out of a de-identified copy
    publication: bool = False  # statistics to publish: small counts as "dưới 5", cells hidden
    on: date | None = None  # the document's date (default: today)
    recipients: tuple[str, ...] | None = None  # default: per report
    signer: Signer | None = None  # default: the principal
    plan_text: str | None = None  # the plan's body as the user edited it
    plan_basis: str = ""  # the superior body's instruction the plan implements
