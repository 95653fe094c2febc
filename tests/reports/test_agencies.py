"""Agencies as settings (issue 19, point 2): defaults of the organisation in force filled with
the school's commune; a changed name reaches the chronology, the steps and the documents (PDF
text); only the principal changes them; an older school reads the defaults and keeps what it
wrote before."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kimbai_desktop.domain.agencies import default_agencies
from kimbai_desktop.domain.cases import Channel, Recipient
from kimbai_desktop.domain.errors import PermissionDenied, ValidationError
from kimbai_desktop.services import case_work as work
from kimbai_desktop.services.agencies import load_agencies, save_agencies
from kimbai_desktop.services.documents import ReportKind
from kimbai_desktop.services.session import unlock
from tests.reports import pdftools
from tests.reports.test_reports import case_id, make

DATA = Path(__file__).resolve().parent.parent / "data"


def test_defaults_follow_the_two_level_organisation() -> None:
    a = default_agencies("UBND phường Hòa Bình", "Hòa Bình")
    assert a.commune_committee == "Ủy ban nhân dân phường Hòa Bình"
    assert a.culture_society == "Phòng Văn hóa - Xã hội phường Hòa Bình"
    assert a.police == "Công an phường Hòa Bình"
    assert a.education == a.child_protection == a.culture_society
    assert a.hotline == "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111"
    # A superior body that is not a commune's: the place name, as a "xã".
    assert default_agencies("Phòng GD&ĐT huyện Cũ", "Kim Bài").police == "Công an xã Kim Bài"
    for words in ("lao động", "thương binh", "huyện", "chuyên môn về trẻ em"):
        assert all(words not in v.lower() for v in a.__dict__.values())


def test_the_settings_name_the_bodies_in_steps_and_documents(principal) -> None:
    first = load_agencies(principal)
    assert first.commune_committee == "Ủy ban nhân dân xã Sen Hồng (mẫu)"
    changed = save_agencies(principal, replace(
        first, police="Công an phường Kim Bài", child_protection="Trạm Y tế phường Kim Bài"))
    assert load_agencies(principal) == changed
    case = case_id(principal)
    at = principal.clock.now() - timedelta(hours=1)
    work.record_notification(principal, case, Recipient.POLICE, Channel.PHONE, at)
    entries = work.list_entries(principal, case)
    assert any("Thông báo Công an phường Kim Bài" in e.text for e in entries)
    intake = " ".join(pdftools.text(make(principal, ReportKind.INTAKE)).split())
    assert "Đã thông báo Công an phường Kim Bài" in intake
    result = " ".join(pdftools.text(make(principal, ReportKind.RESULT)).split())
    assert "Công an phường Kim Bài" in result
    periodic = " ".join(pdftools.text(make(principal, ReportKind.PERIODIC)).split())
    assert "Công an phường Kim Bài hoặc Trạm Y tế phường Kim Bài" in periodic
    assert "cơ quan chuyên môn về trẻ em" not in periodic.lower()


def test_only_the_principal_names_them_and_each_name_is_required(principal, sign_in) -> None:
    a = load_agencies(principal)
    with pytest.raises(ValidationError) as caught:
        save_agencies(principal, replace(a, police="  "))
    assert set(caught.value.field_errors) == {"police"}
    with pytest.raises(PermissionDenied):
        save_agencies(sign_in("tuvan"), replace(a, police="Công an xã Khác"))
    assert load_agencies(principal) == a


def test_an_older_school_reads_the_defaults_and_keeps_what_it_wrote(tmp_path) -> None:
    fixture = DATA / "schema-0009"
    expected = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
    data_dir = tmp_path / "data"
    shutil.copytree(fixture, data_dir, ignore=shutil.ignore_patterns("expected.json"))
    session = unlock(data_dir, expected["username"], expected["password"])
    try:
        p = session.school_profile()
        assert load_agencies(session) == default_agencies(p.superior_body, p.place_name)
        with session.engine.connect() as c:
            written = c.execute(text("SELECT text FROM case_entries WHERE kind = 'call'")).scalars().all()
            assert c.execute(text("SELECT count(*) FROM outgoing_documents")).scalar() == \
                expected["counts"]["outgoing_documents"]
            assert c.execute(text("SELECT count(*) FROM settings WHERE key LIKE 'agency.%'")
                             ).scalar() == 0
        # What the old version wrote (its labels) stays as written: chronology is never rewritten.
        assert written and any("UBND xã" in t or "Tổng đài 111" in t for t in written)
        for cid in {r for (r,) in session.engine.connect().execute(
                text("SELECT DISTINCT case_id FROM case_entries"))}:
            assert work.verify_chronology(session, cid).ok
    finally:
        session.close()
