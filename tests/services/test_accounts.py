"""Accounts and roles: each account its own keyslot; permissions enforced in services."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import (
    AccountDisabled,
    PermissionDenied,
    ValidationError,
    WrongPassword,
)
from kimbai_desktop.services import accounts
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def school(data_dir):
    make_school(data_dir)
    principal = unlock(data_dir, USERNAME, PASSWORD)
    accounts.add_account(principal, "tuvan", "Lê Thị Tư Vấn", Role.COUNSELLOR, "tu-van-pass-1")
    accounts.add_account(principal, "giaovien", "Trần Văn Giáo", Role.TEACHER, "giao-vien-pass-1")
    accounts.add_account(principal, "thongke", "Phạm Thống Kê", Role.VIEWER, "thong-ke-pass-1")
    yield data_dir, principal
    principal.close()


def test_each_account_signs_in_with_its_own_password(school):
    data_dir, _ = school
    for user, pw, role in [("tuvan", "tu-van-pass-1", Role.COUNSELLOR),
                           ("giaovien", "giao-vien-pass-1", Role.TEACHER),
                           ("thongke", "thong-ke-pass-1", Role.VIEWER)]:
        s = unlock(data_dir, user, pw)
        assert s.user.role == role
        s.close()
    with pytest.raises(WrongPassword):
        unlock(data_dir, "giaovien", "tu-van-pass-1")


def test_list_is_in_vietnamese_name_order_and_principal_only(school):
    data_dir, principal = school
    names = [a.full_name for a in accounts.list_accounts(principal)]
    # given names: Giáo, Kê, Thử, Vấn
    assert names == ["Trần Văn Giáo", "Phạm Thống Kê", "Nguyễn Thị Thử", "Lê Thị Tư Vấn"]
    teacher = unlock(data_dir, "giaovien", "giao-vien-pass-1")
    try:
        with pytest.raises(PermissionDenied):
            accounts.list_accounts(teacher)
        with pytest.raises(PermissionDenied):
            accounts.add_account(teacher, "hacker", "X", Role.PRINCIPAL, "hacker-pass-1")
    finally:
        teacher.close()
    with principal.db() as s:
        denied = s.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.ACCESS_DENIED.value)).all()
    assert [d.actor for d in denied] == ["giaovien", "giaovien"]


def test_duplicate_and_invalid_accounts(school):
    _, principal = school
    with pytest.raises(ValidationError) as info:
        accounts.add_account(principal, "TuVan", "Ai Đó", Role.TEACHER, "some-pass-1")
    assert "username" in info.value.field_errors
    with pytest.raises(ValidationError) as info:
        accounts.add_account(principal, "x", "", Role.TEACHER, "short")
    assert set(info.value.field_errors) == {"username", "full_name", "password"}


def test_deactivate_and_reactivate(school):
    data_dir, principal = school
    teacher_id = next(a.id for a in accounts.list_accounts(principal) if a.username == "giaovien")
    accounts.set_active(principal, teacher_id, False)
    with pytest.raises(AccountDisabled):
        unlock(data_dir, "giaovien", "giao-vien-pass-1")
    accounts.set_active(principal, teacher_id, True)
    unlock(data_dir, "giaovien", "giao-vien-pass-1").close()


def test_the_last_principal_cannot_be_removed_or_demoted(school):
    _, principal = school
    with pytest.raises(accounts.AccountRuleError):
        accounts.set_active(principal, principal.user.id, False)
    with pytest.raises(accounts.AccountRuleError):
        accounts.update_account(principal, principal.user.id, role=Role.TEACHER)
    other = accounts.add_account(principal, "hieupho", "Đinh Hiệu Phó", Role.PRINCIPAL,
                                 "hieu-pho-pass-1")
    with pytest.raises(accounts.AccountRuleError):
        accounts.remove_account(principal, principal.user.id)  # not yourself
    accounts.remove_account(principal, other.id)


def test_reset_and_change_password_rewrite_one_slot(school):
    data_dir, principal = school
    before = {s.tag: s for s in principal.load_keys().slots}
    teacher_id = next(a.id for a in accounts.list_accounts(principal) if a.username == "giaovien")
    accounts.reset_password(principal, teacher_id, "mat-khau-moi-1")
    after = {s.tag: s for s in principal.load_keys().slots}
    changed = [t for t in before if before[t] != after[t]]
    assert len(changed) == 1
    with pytest.raises(WrongPassword):
        unlock(data_dir, "giaovien", "giao-vien-pass-1")
    teacher = unlock(data_dir, "giaovien", "mat-khau-moi-1")
    with pytest.raises(ValidationError) as info:
        accounts.change_own_password(teacher, "wrong-old-1", "another-pass-1", "another-pass-1")
    assert "old_password" in info.value.field_errors
    with pytest.raises(ValidationError):
        accounts.change_own_password(teacher, "mat-khau-moi-1", "another-pass-1", "different-1")
    accounts.change_own_password(teacher, "mat-khau-moi-1", "another-pass-1", "another-pass-1")
    teacher.close()
    unlock(data_dir, "giaovien", "another-pass-1").close()


def test_removed_account_cannot_sign_in(school):
    data_dir, principal = school
    viewer = next(a for a in accounts.list_accounts(principal) if a.username == "thongke")
    accounts.remove_account(principal, viewer.id)
    with pytest.raises(WrongPassword):
        unlock(data_dir, "thongke", "thong-ke-pass-1")
    listed = {a.username: a for a in accounts.list_accounts(principal)}
    assert not listed["thongke"].active and not listed["thongke"].has_keyslot


def test_only_the_principal_edits_the_school_profile(school):
    data_dir, principal = school
    from tests.helpers import profile

    counsellor = unlock(data_dir, "tuvan", "tu-van-pass-1")
    try:
        with pytest.raises(PermissionDenied):
            counsellor.update_school_profile(profile(school_name="Khác"))
        assert counsellor.school_profile() == profile()
    finally:
        counsellor.close()
