"""The catalogue of documents the application makes, and what a request for one holds.

Still to come, in the same shape: (c) the periodic report (kỳ báo cáo: training counts, cases,
register, the audit head, charts from :mod:`kimbai_desktop.reports.charts`) and (e) the
training summary and attendance sheet — each a kind here, a body module in this package and
one use case in :mod:`kimbai_desktop.services.documents`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kimbai_desktop.domain.enums import LabelledEnum
from kimbai_desktop.reports.document import DocumentType, Signer


class ReportKind(LabelledEnum):
    """A document kind: identifier (used by ``kimbai report KIND``), Vietnamese and English
    descriptions, its document type, and whether it is about one case."""

    doc_type: DocumentType
    needs_case: bool

    # Defaults only so that type checkers accept the value lookup ``ReportKind("plan")``.
    def __init__(self, ident: str, vi: str = "", en: str = "",
                 doc_type: DocumentType = DocumentType.REPORT, needs_case: bool = False) -> None:
        self.doc_type = doc_type
        self.needs_case = needs_case

    INTAKE = ("intake", "Báo cáo tiếp nhận thông tin vụ việc (Mẫu số 01)",
              "Intake report of a case (form 01)", DocumentType.REPORT, True)
    RESULT = ("result", "Báo cáo kết quả xử lý vụ việc (trong 03 ngày)",
              "Written result report of a case (within 3 days)", DocumentType.REPORT, True)
    REGISTER = ("register", "Danh sách trẻ em có hoàn cảnh đặc biệt, có nguy cơ",
                "List of children in special circumstances and at risk", DocumentType.LIST)
    PLAN = ("plan", "Kế hoạch phòng, chống xâm hại trẻ em của năm học",
            "The school's yearly child-protection plan", DocumentType.PLAN)
    DOSSIER = ("dossier", "Hồ sơ vụ việc và nhật ký (đầy đủ hoặc không định danh)",
               "Case dossier with its chronology (full or de-identified)",
               DocumentType.DOSSIER, True)
    STATISTICS = ("statistics", "Thống kê không định danh (PDF hoặc Excel .xlsx)",
                  "De-identified statistics (PDF or Excel .xlsx)", DocumentType.REPORT)
    AUDIT = ("audit", "Biên bản kiểm tra tính toàn vẹn nhật ký truy cập",
             "Audit-trail integrity certificate", DocumentType.MINUTES)


@dataclass(frozen=True)
class ReportRequest:
    """What the user asked for; unset fields take the school profile's defaults."""

    kind: ReportKind
    case_id: int | None = None
    period_from: date | None = None  # statistics: first and last day, school time
    period_to: date | None = None
    school_year: str = ""  # default: the profile's current school year
    deidentified: bool = False  # case documents (intake, result, dossier)
    on: date | None = None  # the document's date (default: today)
    recipients: tuple[str, ...] | None = None  # default: per report
    signer: Signer | None = None  # default: the principal
    plan_text: str | None = None  # the plan's body as the user edited it
    plan_basis: str = ""  # the superior body's instruction the plan implements
