"""What the case documents share: the bundle of service results about one case (:class:`CaseFile`)
and a view of it that is either complete or de-identified (:class:`CaseView`).

De-identified means: children by initials, sex and age; no class, address, phone, e-mail,
informant, guardian or staff names; free text passed through a redactor that replaces every
such name the app knows. Free text can still hold something the app cannot know, so a
de-identified document says that the sender reads it before it leaves the school.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kimbai_desktop.domain.agencies import Agencies, agency_names, name_of
from kimbai_desktop.domain.enums import LabelledEnum, Sex
from kimbai_desktop.reports.text import EMPTY, Redactor, doc_date, initials, mid_sentence
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
    "Bản không định danh: tên trẻ em được thay bằng chữ cái đầu; không ghi lớp, địa chỉ, số "
    "điện thoại, tên người cung cấp thông tin, tên cha mẹ, người chăm sóc và tên cán bộ. Nội "
    "dung ghi chép tự do đã được lược các tên mà phần mềm biết; người gửi cần đọc lại toàn bộ "
    "trước khi chuyển văn bản ra ngoài nhà trường.")
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
    pupils: Mapping[int, PupilDetail] = field(default_factory=dict)  # the children in the register
    staff_names: tuple[str, ...] = ()  # every account's full name (to take out of free text)
    chronology_ok: bool | None = None
    chronology_broken_seq: int | None = None
    agencies: Agencies | None = None  # the school's names of 111, the commune, the police...


class CaseView:
    """The case as one document may show it."""

    def __init__(self, case: CaseFile, *, deidentified: bool = False) -> None:
        self.case = case
        self.deidentified = deidentified
        self.redact = _redactor(case) if deidentified else Redactor()

    @property
    def detail(self) -> CaseDetail:
        return self.case.detail

    def text(self, value: str) -> str:
        """Free text as this view may show it."""
        return self.redact(value) if self.deidentified else value

    def person(self, name: str, stand_in: str = STAFF) -> str:
        """A staff member's (or other adult's) name, or its stand-in when de-identified."""
        if self.deidentified:
            return stand_in
        return name or EMPTY

    def pupil(self, child: ChildInfo) -> PupilDetail | None:
        return self.case.pupils.get(child.pupil_id) if child.pupil_id is not None else None

    def child_name(self, child: ChildInfo) -> str:
        return initials(child.full_name) if self.deidentified else child.full_name

    def child_line(self, child: ChildInfo) -> str:
        """``"Nguyễn Thị An, nữ, sinh ngày 05/06/2015, lớp 3A"`` or ``"N.T.A., nữ, 9 tuổi"``."""
        parts = [self.child_name(child)]
        if child.sex != Sex.UNKNOWN:
            parts.append(child.sex.vi.lower())
        pupil = self.pupil(child)
        if pupil is not None and pupil.birth_date and not self.deidentified:
            parts.append(f"sinh ngày {doc_date(pupil.birth_date)}")
        elif child.age is not None:
            parts.append(f"{child.age} tuổi")
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


def _redactor(case: CaseFile) -> Redactor:
    d = case.detail
    names: list[tuple[str, str]] = [(c.full_name, initials(c.full_name)) for c in d.children]
    for pupil in case.pupils.values():
        names.append((pupil.full_name, initials(pupil.full_name)))
        names += [(g.full_name, f"[{g.relation.vi.lower()} của trẻ]") for g in pupil.guardians]
        if pupil.address:
            names.append((pupil.address, "[địa chỉ]"))
    names += [(n, STAFF) for n in case.staff_names]
    names += [(d.created_by, STAFF), (d.plan_approver, "[người phê duyệt]")]
    intake = d.intake
    names += [(intake.informant_name, "[người cung cấp thông tin]"),
              (intake.informant_address, "[địa chỉ]"), (intake.caregiver, "[người chăm sóc]"),
              (intake.place_detail, "[nơi xảy ra]")]
    names += [(p.description, f"[{p.relation.vi.lower()}]") for p in intake.people]
    names += [(n.person_reached, "[người tiếp nhận]") for n in case.notifications]
    names += [(e.author, STAFF) for e in case.entries]
    names += [(t.owner, STAFF) for t in case.tasks]
    names += [(c.consenter, f"[{c.relation.lower() or 'người đồng ý'}]") for c in case.consents]
    return Redactor.of(names)
