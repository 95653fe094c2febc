"""Text arriving at the services: every field has a limit that its message states, records saved
before the limits still save, and control characters and bidirectional overrides never get in."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import Channel, ConsentScope, EntryKind, Place, Recipient, Service
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import (
    AbuseForm,
    CaseSubject,
    InfoSource,
    ProcedureStep,
    RiskLevel,
    Role,
    Sex,
)
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.register import GuardianRelation, ReviewDecision
from kimbai_desktop.domain.training import ActivityKind, StaffCategory, TargetMetric, Topic
from kimbai_desktop.i18n import translate
from kimbai_desktop.services import accounts, cases
from kimbai_desktop.services import case_work as work
from kimbai_desktop.services import register as reg
from kimbai_desktop.services import training as tr
from kimbai_desktop.services.session import unlock
from kimbai_desktop.services.setup import initialize_school
from kimbai_desktop.storage.models import Attachment, ChronologyEntry, Pupil
from tests.helpers import PASSWORD, USERNAME, make_school, profile

NOW = datetime(2024, 10, 15, 3, 0, tzinfo=UTC)
# What must never be stored: C0 (but tab and newline in multi-line text), DEL, C1, and the
# bidirectional marks, embeddings, overrides and isolates.
FORBIDDEN = ({chr(c) for c in range(0x20)} | {chr(c) for c in range(0x7F, 0xA0)}
             | set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@pytest.fixture
def session(data_dir):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD, clock=FixedClock(NOW))
    yield s
    s.close()


def intake(**kw):
    values = dict(children=(cases.ChildInput(full_name="Em Không Học Ở Trường", age=9),),
                  forms=(AbuseForm.VIOLENCE,), received_at=NOW, discovered_at=NOW,
                  source=InfoSource.IN_PERSON, place=Place.SCHOOL, subject=CaseSubject.ABUSED,
                  risk_level=RiskLevel.MEDIUM, summary="Em bị đánh ở nhà.")
    values.update(kw)
    return cases.CaseIntake(**values)


def too_long(call, field):
    """The ValidationError of ``call`` for ``field``, as the user reads it (Vietnamese)."""
    with pytest.raises(ValidationError) as info:
        call()
    assert field in info.value.field_errors, info.value.field_errors
    return info.value.field_text(field, translate)


def test_a_concern_of_52_million_characters_is_refused_with_the_limit_in_its_message(session):
    before = len(cases.list_cases(session))
    message = too_long(lambda: cases.record_concern(session, cases.ConcernInput(
        what_happened="a" * 25_310, child_name="Em A")), "summary")
    assert message == ("Nội dung dài quá 20.000 ký tự (hiện có 25.310). Hãy rút gọn hoặc chia "
                       "thành nhiều ghi chép.")
    assert len(cases.list_cases(session)) == before


def test_every_case_field_has_a_limit(session):
    case_id = cases.open_case(session, intake())
    assert "120" in too_long(lambda: cases.open_case(session, intake(
        children=(cases.ChildInput(full_name="Nguyễn " * 30),))), "children")
    assert "300" in too_long(lambda: cases.open_case(session, intake(place_detail="x" * 301)),
                             "place_detail")
    assert "20.000" in too_long(lambda: work.add_entry(session, case_id, EntryKind.NOTE,
                                                       "x" * 20_001), "text")
    assert "4.000" in too_long(lambda: cases.complete_step(
        session, case_id, ProcedureStep.INITIAL_ASSESSMENT, NOW, "x" * 4_001), "note")
    assert "200" in too_long(lambda: work.add_referral(session, case_id, Service.HEALTH,
                                                       "y" * 201, date(2024, 10, 1)), "to_whom")
    assert "300" in too_long(lambda: work.add_task(session, case_id, "t" * 301, None), "title")
    assert "60" in too_long(lambda: work.record_consent(
        session, case_id, "Mẹ", "r" * 61, ConsentScope.DISCLOSURE, date(2024, 10, 1), 5,
        False), "relation")
    assert "255" in too_long(lambda: work.add_attachment(session, case_id, "a" * 252 + ".pdf",
                                                         b"%PDF"), "file")
    assert "100" in too_long(lambda: work.record_notification(
        session, case_id, Recipient.FAMILY, Channel.PHONE, NOW, reference="r" * 101),
        "reference")
    # Exactly at the limit is fine.
    work.add_entry(session, case_id, EntryKind.NOTE, "x" * 20_000)


def test_register_training_accounts_and_school_fields_have_limits(session, data_dir):
    pupil = reg.save_pupil(session, reg.PupilInput("Lê Văn An", Sex.MALE, "3A"))
    assert "4.000" in too_long(lambda: reg.save_pupil(session, reg.PupilInput(
        "Lê Văn An", Sex.MALE, "3A", notes="n" * 4_001), pupil), "notes")
    assert "120" in too_long(lambda: reg.save_pupil(session, reg.PupilInput(
        "Lê Văn An", Sex.MALE, "3A", guardians=(reg.GuardianInfo(
            "g" * 121, GuardianRelation.MOTHER, ""),))), "guardians")
    assert "20.000" in too_long(lambda: reg.record_review(session, pupil, reg.ReviewInput(
        date(2024, 10, 1), ReviewDecision.CONTINUE, situation="s" * 20_001)),
        "situation")
    assert "120" in too_long(lambda: tr.save_staff(session, tr.StaffInput(
        "s" * 121, StaffCategory.TEACHER)), "full_name")
    assert "20.000" in too_long(lambda: tr.save_activity(session, tr.ActivityInput(
        ActivityKind.STAFF_TRAINING, "Tập huấn", date(2024, 10, 1), 90, (Topic.ABUSE_PREVENTION,),
        evaluation="e" * 20_001)), "evaluation")
    activity = tr.save_activity(session, tr.ActivityInput(
        ActivityKind.STAFF_TRAINING, "Tập huấn", date(2024, 10, 1), 90, (Topic.ABUSE_PREVENTION,)))
    assert "255" in too_long(lambda: tr.add_material(session, activity, "m" * 256, b"x"), "file")
    assert "300" in too_long(lambda: tr.save_target(session, tr.TargetInput(
        "d" * 301, TargetMetric.SESSIONS, 2)), "description")
    assert "120" in too_long(lambda: accounts.add_account(
        session, "giaovien", "a" * 121, Role.TEACHER, "giao-vien-pass-1"), "full_name")
    with pytest.raises(ValidationError) as info:
        initialize_school(data_dir.parent / "other", profile(school_name="T" * 201), "admin",
                          "b" * 121, "mat-khau-dai-1")
    assert {"school_name", "full_name"} <= set(info.value.field_errors)
    assert "200" in info.value.field_text("school_name", translate)
    assert "120" in info.value.field_text("full_name", translate)


def test_text_saved_before_the_limits_still_saves_unchanged(session):
    pupil = reg.save_pupil(session, reg.PupilInput("Lê Văn An", Sex.MALE, "3A"))
    legacy = "Ghi chú cũ. " * 500  # 6,000 characters, saved by an older version
    with session.write() as s:
        s.execute(text("UPDATE pupils SET notes = :n WHERE id = :i"), {"n": legacy.strip(),
                                                                      "i": pupil})
    reg.save_pupil(session, reg.PupilInput("Lê Văn Ân", Sex.MALE, "3A", notes=legacy), pupil)
    assert reg.get_pupil(session, pupil).full_name == "Lê Văn Ân"
    with pytest.raises(ValidationError):
        reg.save_pupil(session, reg.PupilInput("Lê Văn Ân", Sex.MALE, "3A",
                                               notes=legacy + "thêm"), pupil)


def test_limits_are_declared_once_and_fit_the_columns():
    from kimbai_desktop.storage.models import Case, Guardian, Pupil, StaffMember

    assert limits.NAME.max_chars == Pupil.__table__.c.full_name.type.length
    assert limits.NAME.max_chars == Guardian.__table__.c.full_name.type.length
    assert limits.NAME.max_chars == StaffMember.__table__.c.full_name.type.length
    assert limits.SHORT.max_chars == Case.__table__.c.place_detail.type.length
    assert limits.PHONE.max_chars == Guardian.__table__.c.phone.type.length
    assert limits.NARRATIVE.max_chars >= 20_000


# -- control characters and bidirectional overrides ---------------------------------------------

_BAD = sorted(FORBIDDEN | {"\u200b", "\ufeff"})
_TEXT = st.text(st.one_of(st.sampled_from(_BAD), st.characters(codec="utf-8")), max_size=40)


def _clean_of_forbidden(value: str, multiline: bool = False) -> bool:
    allowed = {"\t", "\n"} if multiline else set()
    return not (set(value) & (FORBIDDEN - allowed))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=_TEXT, file_name=_TEXT, note=_TEXT)
def test_controls_and_overrides_never_reach_the_database(session, name, file_name, note):
    pupil = reg.save_pupil(session, reg.PupilInput(
        "An " + name, Sex.FEMALE, "3A", notes=note,
        guardians=(reg.GuardianInfo("Bà " + name, GuardianRelation.GUARDIAN, "09" + name),)))
    detail = reg.get_pupil(session, pupil)
    assert _clean_of_forbidden(detail.full_name)
    assert _clean_of_forbidden(detail.guardians[0].full_name + detail.guardians[0].phone)
    assert _clean_of_forbidden(detail.notes, multiline=True)
    # Nothing but those characters is lost: the letters come through, in NFC.
    kept = "".join(c for c in name if c.isspace() or (
        c not in FORBIDDEN and c not in "\u200b\ufeff" and not 0xD800 <= ord(c) <= 0xDFFF))
    assert detail.full_name == " ".join(unicodedata.normalize("NFC", "An " + kept).split())

    case_id = cases.open_case(session, intake(summary="Em bị đánh. " + note))
    work.add_attachment(session, case_id, file_name + "\u202efdp.exe", b"data")
    work.add_entry(session, case_id, EntryKind.NOTE, "Ghi chép " + note)
    with session.db() as s:
        stored_files = list(s.scalars(select(Attachment.filename)
                                      .where(Attachment.case_id == case_id)))
        entries = list(s.scalars(select(ChronologyEntry.text)
                                 .where(ChronologyEntry.case_id == case_id)))
    assert stored_files and all(_clean_of_forbidden(f) for f in stored_files)
    assert all(f.endswith("fdp.exe") for f in stored_files)  # shown as written, never reversed
    assert all(_clean_of_forbidden(e, multiline=True) for e in entries)
    detail_case = cases.get_case(session, case_id)
    assert _clean_of_forbidden(detail_case.intake.summary, multiline=True)


def test_the_reported_attachment_name_is_stored_without_its_override(session):
    case_id = cases.open_case(session, intake())
    work.add_attachment(session, case_id, "bao-cao\u202efdp.exe", b"data")
    tr_id = tr.save_activity(session, tr.ActivityInput(
        ActivityKind.STAFF_TRAINING, "Tập huấn", date(2024, 10, 1), 90, (Topic.ABUSE_PREVENTION,)))
    tr.add_material(session, tr_id, "tai-lieu\u202excod.exe\x00", b"x")
    assert [a.filename for a in work.list_attachments(session, case_id)] == ["bao-caofdp.exe"]
    assert [m[1] for m in tr.list_materials(session, tr_id)] == ["tai-lieuxcod.exe"]


def test_nul_and_escape_in_names_are_dropped(session):
    pupil = reg.save_pupil(session, reg.PupilInput("Trần\x00 Thị\x1b[31m Bé\u202e", Sex.FEMALE,
                                                   "3A"))
    assert reg.get_pupil(session, pupil).full_name == "Trần Thị[31m Bé"
    with session.db() as s:
        assert s.scalar(select(Pupil.full_name).where(Pupil.id == pupil)) == "Trần Thị[31m Bé"


def test_a_multiline_note_keeps_its_tabs_and_lines(session):
    case_id = cases.open_case(session, intake())
    work.add_entry(session, case_id, EntryKind.NOTE, "Dòng 1\x07\n\tDòng 2\u202e",
                   NOW - timedelta(hours=1))
    texts = [e.text for e in work.list_entries(session, case_id)]
    assert "Dòng 1\n\tDòng 2" in texts


def test_report_options_are_cleaned_and_limited(session):
    from kimbai_desktop.services import documents
    from kimbai_desktop.services.documents import ReportKind, ReportRequest, Signer

    prepared = documents.prepare_report(session, ReportRequest(
        ReportKind.PLAN, signer=Signer("Nguyễn\x1b[2J Văn\u202e Ký"),
        recipients=("Phòng GD&ĐT\x00", " "), plan_text="I. Mục đích\x07\n\tNội dung"))
    assert prepared.spec.signer.name == "Nguyễn[2J Văn Ký"
    assert prepared.spec.recipients == ("Phòng GD&ĐT",)
    assert "20.000" in too_long(lambda: documents.prepare_report(session, ReportRequest(
        ReportKind.PLAN, plan_text="x" * 20_001)), "plan_text")
