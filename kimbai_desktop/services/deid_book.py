"""The name book a de-identified document is checked against (domain/deidentify.py): every name,
class, address, pupil number and birth date the school's database holds, of any school year.

It never leaves the service layer: the documents use it to take these out of free text, and
nothing of it is shown, logged or audited.
"""

from __future__ import annotations

from sqlalchemy import select

from kimbai_desktop.domain.deidentify import NameBook, names_in
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import (
    Account,
    Case,
    CasePerson,
    Enrolment,
    Guardian,
    Pupil,
    StaffMember,
)


def school_name_book(session: AppSession) -> NameBook:
    """Pupils (every status and year), guardians, accounts, the staff directory, informants,
    caregivers and the people named in any case, the classes, addresses, pupil numbers and
    birth dates. The caller has already checked the permission to make the document."""
    with session.db() as s:
        pupils = s.execute(select(Pupil.full_name, Pupil.student_code, Pupil.birth_date,
                                  Pupil.address)).all()
        adults = [*s.scalars(select(Guardian.full_name)), *s.scalars(select(Account.full_name)),
                  *s.scalars(select(StaffMember.full_name))]
        informants = s.execute(select(Case.informant_name, Case.informant_address,
                                      Case.caregiver, Case.place_detail,
                                      Case.plan_approver)).all()
        people = list(s.scalars(select(CasePerson.description)))
        classes = list(s.scalars(select(Enrolment.class_name).distinct()))
    places: list[str] = [p.address for p in pupils if p.address]
    for name, address, caregiver, place, approver in informants:
        adults += [x for x in (name, approver) if x]
        adults += names_in(caregiver or "")
        places += [x for x in (address, place) if x]
    for description in people:
        adults += names_in(description or "")
    return NameBook(
        pupils=tuple(p.full_name for p in pupils),
        adults=tuple(a for a in adults if a),
        classes=tuple(c for c in classes if c),
        places=tuple(places),
        codes=tuple(p.student_code for p in pupils if p.student_code),
        birth_dates=tuple(p.birth_date for p in pupils if p.birth_date))
