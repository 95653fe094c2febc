"""The outside bodies the school reports to and works with (cơ quan, tổ chức liên quan): their
names are the school's settings, with defaults that follow the organisation in force.

Why settings, not constants: the organisation changed twice in 2025 and differs by commune.

- Since 1 July 2025 local government has two levels, the province and the commune (xã, phường,
  đặc khu); the district level is gone (Luật Tổ chức chính quyền địa phương số 72/2025/QH15,
  passed 16/6/2025; the provinces by Nghị quyết 202/2025/QH15). The school reports to the
  commune's People's Committee: "Ủy ban nhân dân xã/phường/đặc khu ..." (Nghị định
  56/2017/NĐ-CP Điều 25 names the People's Committee of the commune where the child lives).
- The commune's specialised offices are set by Nghị định 150/2025/NĐ-CP (12/6/2025, organisation
  of the specialised agencies of provincial and commune People's Committees). Its "Phòng Văn hóa
  - Xã hội" advises the commune on education: "Phòng Văn hóa - Xã hội tham mưu, giúp Ủy ban nhân
  dân cấp xã thực hiện chức năng quản lý nhà nước về: giáo dục mầm non; giáo dục phổ thông (trường
  tiểu học, ...)" (Thông tư 15/2025/TT-BGDĐT, 24/7/2025, on the Sở Giáo dục và Đào tạo and the
  commune's Phòng Văn hóa - Xã hội in education; Nghị định 142/2025/NĐ-CP on the two-level split
  of the education sector's powers). So a primary school's education authority is the commune
  (its Phòng Văn hóa - Xã hội); the Sở Giáo dục và Đào tạo is the province's.
- State management of children moved from the Bộ Lao động - Thương binh và Xã hội (merged into
  the Bộ Nội vụ) to the Bộ Y tế from 1 March 2025 (Nghị định 42/2025/NĐ-CP on the Ministry of
  Health's functions). Not confirmed here from a stored text: the exact article of Nghị định
  42/2025 and which commune office holds child protection in every province; the default names
  the commune's Phòng Văn hóa - Xã hội (the office for health, social protection and children
  under Nghị định 150/2025), and the school changes it in Cài đặt if its commune says otherwise.
- The hotline: "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111" (Luật Trẻ em 2016; Nghị định
  56/2017 Điều 25).

No Qt, no SQLAlchemy. ``services.agencies`` stores and validates them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import Recipient
from kimbai_desktop.domain.deadlines import Owner
from kimbai_desktop.domain.enums import LabelledEnum, ReportChannel
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.text import normalize_text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


HOTLINE = "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111"
COMMUNE_KINDS = ("xã", "phường", "đặc khu")  # the three kinds of commune-level unit since 2025
_COMMUNE = re.compile(
    r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(xã|phường|đặc khu)\s+(.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Agencies:
    """The names the step list, the notifications and the documents use."""

    commune_committee: str  # Ủy ban nhân dân xã X: receives the report, approves the plan
    culture_society: str  # Phòng Văn hóa - Xã hội của UBND xã X
    police: str  # Công an xã X
    child_protection: str  # the commune body in charge of children (health / social affairs)
    education: str  # the education authority of a primary school (the commune since 7/2025)
    hotline: str = HOTLINE

    def normalized(self) -> Agencies:
        return replace(self, **{f.name: normalize_text(getattr(self, f.name))
                                for f in fields(self)})


FIELDS = tuple(f.name for f in fields(Agencies))


def commune_of(superior_body: str, place_name: str) -> tuple[str, str]:
    """(kind, name) of the school's commune: from the profile's superior body when it is a
    commune's People's Committee ("UBND xã Hòa Bình" → ("xã", "Hòa Bình")), else the place
    name of the date line as a "xã"."""
    m = _COMMUNE.match(normalize_text(superior_body))
    if m:
        return m.group(1).lower(), m.group(2).strip()
    return "xã", normalize_text(place_name)


def default_agencies(superior_body: str = "", place_name: str = "") -> Agencies:
    """The names in force since 1 July 2025, filled with the school's commune."""
    kind, name = commune_of(superior_body, place_name)
    commune = f"{kind} {name}".strip() if name else "cấp xã"
    office = f"Phòng Văn hóa - Xã hội {commune}" if name else "Phòng Văn hóa - Xã hội cấp xã"
    return Agencies(
        commune_committee=f"Ủy ban nhân dân {commune}",
        culture_society=office,
        police=f"Công an {commune}",
        child_protection=office,
        education=office,
    )


def validate_agencies(agencies: Agencies) -> Agencies:
    """Each name is required and fits a document's line; NFC-normalised."""
    a = agencies.normalized()
    errors = {name: QT_TRANSLATE_NOOP("Errors", "Write the body's full name.")
              for name in FIELDS if not getattr(a, name)}
    check_lengths({name: (getattr(a, name), limits.LABEL) for name in FIELDS}, errors=errors)
    return a


def agency_names(agencies: Agencies) -> dict[LabelledEnum, str]:
    """The setting that names each recipient / owner of a deadline (others keep their label)."""
    return {
        Recipient.HOTLINE_111: agencies.hotline,
        Recipient.COMMUNE: agencies.commune_committee,
        Recipient.POLICE: agencies.police,
        Recipient.SOCIAL_AFFAIRS: agencies.child_protection,
        Recipient.EDUCATION_OFFICE: agencies.education,
        ReportChannel.HOTLINE_111: agencies.hotline,
        ReportChannel.COMMUNE: agencies.commune_committee,
        ReportChannel.POLICE: agencies.police,
        ReportChannel.SOCIAL_AFFAIRS: agencies.child_protection,
        Owner.COMMUNE: agencies.commune_committee,
    }


def name_of(member: LabelledEnum, agencies: Agencies | None) -> str:
    """The Vietnamese name documents print: the school's setting for an agency, else the label."""
    if agencies is not None:
        name = agency_names(agencies).get(member)
        if name:
            return name
    return member.vi


def reporting_bodies(agencies: Agencies) -> str:
    """"Tổng đài ..., Ủy ban nhân dân xã X, Công an xã X hoặc Phòng ..." (Nghị định 56 Điều 25)."""
    names = list(dict.fromkeys((agencies.hotline, agencies.commune_committee, agencies.police,
                                agencies.child_protection)))
    return ", ".join(names[:-1]) + " hoặc " + names[-1] if len(names) > 1 else names[0]
