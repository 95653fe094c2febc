"""What the case documents share: the bundle of service results about one case (:class:`CaseFile`)
and a view of it that is either complete or de-identified (:class:`CaseView`).

De-identified means: children as Trẻ A, Trẻ B ... with their sex and an age band; no class,
address, phone, e-mail, informant, guardian or staff names; every free text passed through one
:class:`~kimbai_desktop.domain.deidentify.Deidentifier` per document, with the name book the
service gathered from the whole database (services/deid_book.py) and the case's own people. Free
text can still hold something no book knows, so the preview marks each replacement, the user may
strike out more, and the document says that the sender reads it before it leaves the school.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kimbai_desktop.domain.agencies import Agencies, agency_names, name_of
from kimbai_desktop.domain.deidentify import (
    Deidentifier,
    NameBook,
    age_band,
    child_label,
    names_in,
)
from kimbai_desktop.domain.enums import LabelledEnum, Sex
from kimbai_desktop.reports.text import EMPTY, doc_date, mid_sentence
from kimbai_desktop.services.body_map import MarkInfo
from kimbai_desktop.services.case_work import (
    AttachmentInfo,
    ConsentInfo,
    EntryInfo,
    NotificationInfo,
    ReferralInfo,
    TaskInfo,
)
from kimbai_desktop.services.cases import CaseDetail, ChildInfo
from kimbai_desktop.services.register import PupilDetail

DEIDENTIFIED_NOTE = (
    "Bản không định danh: trẻ em được gọi là Trẻ A, Trẻ B…, tuổi được ghi theo độ tuổi; không "
    "ghi lớp, địa chỉ, số điện thoại, tên người cung cấp thông tin, tên cha mẹ, người chăm sóc "
    "và tên cán bộ. Trong nội dung ghi chép, tên người, lớp, địa chỉ, số điện thoại, ngày sinh, "
    "số định danh và thư điện tử đã được thay bằng [tên], [lớp], [địa chỉ]… (in trên nền xám); "
    "người gửi cần đọc lại toàn bộ trước khi chuyển văn bản ra ngoài nhà trường.")
STAFF = "[cán bộ nhà trường]"


@dataclass(frozen=True)
class CaseFile:
    """Everything the services return about one case, for the documents to choose from."""

    detail: CaseDetail
    notifications: tuple[NotificationInfo, ...] = ()
    entries: tuple[EntryInfo, ...] = ()  # oldest first
    tasks: tuple[TaskInfo, ...] = ()
    referrals: tuple[ReferralInfo, ...] = ()
    consents: tuple[ConsentInfo, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()
    marks: tuple[MarkInfo, ...] = ()  # the body map, by number
    pupils: Mapping[int, PupilDetail] = field(default_factory=dict)  # the children in the register
    staff_names: tuple[str, ...] = ()  # every account's full name (to take out of free text)
    chronology_ok: bool | None = None
    chronology_broken_seq: int | None = None
    agencies: Agencies | None = None  # the school's names of 111, the commune, the police...


class CaseView:
    """The case as one document may show it."""

    def __init__(self, case: CaseFile, *, deidentified: bool = False,
                 deid: Deidentifier | None = None) -> None:
        """``deid``: the document's de-identifier (the service's, with the school's whole name
        book and the user's strike-outs); made from the case alone when not given."""
        self.case = case
        self.deidentified = deidentified
        self.deid = (deid or Deidentifier(case_book(case))) if deidentified else None

    @property
    def detail(self) -> CaseDetail:
        return self.case.detail

    def text(self, value: str) -> str:
        """Free text as this view may show it."""
        return self.deid(value).marked if self.deid is not None else value

    def person(self, name: str, stand_in: str = STAFF) -> str:
        """A staff member's (or other adult's) name, or its stand-in when de-identified."""
        if self.deidentified:
            return stand_in
        return name or EMPTY

    def pupil(self, child: ChildInfo) -> PupilDetail | None:
        return self.case.pupils.get(child.pupil_id) if child.pupil_id is not None else None

    def child_name(self, child: ChildInfo) -> str:
        """The name, or the child's label in a de-identified copy ("Trẻ A": the case's children
        in order; the free text uses the same labels)."""
        if not self.deidentified:
            return child.full_name
        children = self.detail.children
        return child_label(next((n for n, c in enumerate(children) if c is child),
                                children.index(child)))

    def age(self, child: ChildInfo) -> str:
        """``"9 tuổi"``, or the age band in a de-identified copy (``"8–9 tuổi"``)."""
        if child.age is None:
            return "Không rõ"
        return age_band(child.age) if self.deidentified else f"{child.age} tuổi"

    def child_line(self, child: ChildInfo) -> str:
        """``"Nguyễn Thị An, nữ, sinh ngày 05/06/2015, lớp 3A"`` or ``"Trẻ A, nữ, 8–9 tuổi"``."""
        parts = [self.child_name(child)]
        if child.sex != Sex.UNKNOWN:
            parts.append(child.sex.vi.lower())
        pupil = self.pupil(child)
        if pupil is not None and pupil.birth_date and not self.deidentified:
            parts.append(f"sinh ngày {doc_date(pupil.birth_date)}")
        elif child.age is not None:
            parts.append(self.age(child))
        if pupil is not None and pupil.classes and not self.deidentified:
            parts.append(f"lớp {pupil.classes[0][1]}")
        return ", ".join(parts)

    def children_text(self) -> str:
        return "; ".join(self.child_line(c) for c in self.detail.children) or EMPTY

    def place(self) -> str:
        intake = self.detail.intake
        if intake.place_detail and not self.deidentified:
            return f"{intake.place.vi} ({intake.place_detail})"
        return intake.place.vi

    def body_name(self, member: LabelledEnum) -> str:
        """An outside body as the school names it in Cài đặt (a family, a clinic: its label)."""
        return name_of(member, self.case.agencies)

    def body_in_sentence(self, member: LabelledEnum) -> str:
        """The same inside a sentence: a body's name keeps its capital ("Công an xã Hòa Bình"),
        a plain label does not ("gia đình trẻ")."""
        name = self.body_name(member)
        return name if self.case.agencies and member in agency_names(self.case.agencies) \
            else mid_sentence(name)

    def notification_result(self, x: NotificationInfo) -> str:
        """What came of a notification: who was reached, the reference given and the outcome
        (only the outcome, redacted, in a de-identified copy)."""
        if self.deidentified:
            return self.text(x.outcome)
        return "; ".join(p for p in (x.person_reached, x.reference, x.outcome) if p)

    def forms(self) -> str:
        return "; ".join(f.vi for f in self.detail.intake.forms) or EMPTY

    def people(self) -> str:
        """Those allegedly responsible: their relation, and the description when identified."""
        lines = []
        for p in self.detail.intake.people:
            if self.deidentified:
                lines.append(p.relation.vi)
            else:
                lines.append(f"{p.description} ({p.relation.vi.lower()})" if p.description
                             else p.relation.vi)
        return "; ".join(lines) or "Chưa xác định"


def case_book(case: CaseFile, school: NameBook | None = None) -> NameBook:
    """The name book of one case: the school's (``school``, gathered by services/deid_book.py)
    and the case's own children, pupils, guardians, staff and other people."""
    d, intake, base = case.detail, case.detail.intake, school or NameBook()
    pupils = list(case.pupils.values())
    adults = [g.full_name for p in pupils for g in p.guardians]
    adults += [*case.staff_names, d.created_by, d.plan_approver, intake.informant_name]
    adults += [n.person_reached for n in case.notifications]
    adults += [e.author for e in case.entries] + [t.owner for t in case.tasks]
    adults += [c.consenter for c in case.consents]
    for phrase in (intake.caregiver, *(p.description for p in intake.people),
                   *(n.person_reached for n in case.notifications)):
        adults += names_in(phrase)
    return NameBook(
        children=tuple(c.full_name for c in d.children),
        pupils=(*base.pupils, *(p.full_name for p in pupils)),
        adults=(*base.adults, *(a for a in adults if a)),
        classes=(*base.classes, *(c for p in pupils for _, c in p.classes)),
        places=(*base.places, *(x for x in (intake.informant_address, intake.place_detail,
                                            *(p.address for p in pupils)) if x)),
        codes=(*base.codes, *(p.student_code for p in pupils if p.student_code)),
        birth_dates=(*base.birth_dates, *(p.birth_date for p in pupils if p.birth_date)))
