"""Who may do what: permissions per role (security.md "Who may see what"), and audit actions.

Checked in services, not only hidden in the GUI. Record-level rules (a teacher sees only what they
recorded; an allegation against a staff member is hidden from that person; "principal only"
cases) are applied by the services that load those records.
"""

from __future__ import annotations

from enum import Enum

from kimbai_desktop.domain.enums import LabelledEnum, Role


class Permission(Enum):
    MANAGE_ACCOUNTS = "manage_accounts"
    EDIT_SETTINGS = "edit_settings"
    EDIT_SCHOOL_PROFILE = "edit_school_profile"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RESTORE = "restore"
    ROTATE_KEY = "rotate_key"
    RECORD_CONCERN = "record_concern"
    VIEW_OWN_CONCERNS = "view_own_concerns"
    MANAGE_CASES = "manage_cases"
    VIEW_REGISTER = "view_register"
    EDIT_REGISTER = "edit_register"
    MANAGE_TRAINING = "manage_training"
    VIEW_STATISTICS = "view_statistics"
    PRINT_REPORTS = "print_reports"
    DESTROY_RECORDS = "destroy_records"  # the principal, at the end of a retention period


_ALL = frozenset(Permission)
_COUNSELLOR = frozenset({
    Permission.RECORD_CONCERN, Permission.VIEW_OWN_CONCERNS, Permission.MANAGE_CASES,
    Permission.VIEW_REGISTER, Permission.EDIT_REGISTER, Permission.MANAGE_TRAINING,
    Permission.VIEW_STATISTICS, Permission.PRINT_REPORTS, Permission.BACKUP,
})
_TEACHER = frozenset({Permission.RECORD_CONCERN, Permission.VIEW_OWN_CONCERNS})
_VIEWER = frozenset({Permission.VIEW_STATISTICS})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PRINCIPAL: _ALL,
    Role.COUNSELLOR: _COUNSELLOR,
    Role.TEACHER: _TEACHER,
    Role.VIEWER: _VIEWER,
}


def can(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


class AuditAction(LabelledEnum):
    """What an audit event records. Never the record's content: who, when, what, which record."""

    SIGN_IN = ("sign_in", "Đăng nhập", "Signed in")
    SIGN_IN_FAILED = ("sign_in_failed", "Đăng nhập sai mật khẩu", "Failed sign-in")
    SIGN_OUT = ("sign_out", "Đăng xuất", "Signed out")
    LOCK = ("lock", "Khóa màn hình", "Locked")
    VIEW = ("view", "Xem", "Viewed")
    CREATE = ("create", "Tạo mới", "Created")
    CHANGE = ("change", "Sửa", "Changed")
    DELETE = ("delete", "Xóa", "Deleted")
    EXPORT = ("export", "Xuất tệp", "Exported")
    PRINT = ("print", "In", "Printed")
    ACCESS_DENIED = ("access_denied", "Bị từ chối truy cập", "Access denied")
    ACCOUNT_CREATE = ("account_create", "Tạo tài khoản", "Account created")
    ACCOUNT_CHANGE = ("account_change", "Sửa tài khoản", "Account changed")
    ACCOUNT_DEACTIVATE = ("account_deactivate", "Khóa tài khoản", "Account deactivated")
    ACCOUNT_REACTIVATE = ("account_reactivate", "Mở lại tài khoản", "Account reactivated")
    ACCOUNT_REMOVE = ("account_remove", "Xóa tài khoản", "Account removed")
    PASSWORD_CHANGE = ("password_change", "Đổi mật khẩu", "Password changed")
    PASSWORD_RESET = ("password_reset", "Đặt lại mật khẩu", "Password reset")
    RECOVERY_USED = ("recovery_used", "Dùng khóa khôi phục", "Recovery key used")
    SETTINGS_CHANGE = ("settings_change", "Sửa cài đặt", "Settings changed")
    BACKUP = ("backup", "Sao lưu", "Backup made")
    RESTORE = ("restore", "Khôi phục", "Restored from backup")
    KEY_ROTATE = ("key_rotate", "Đổi khóa dữ liệu", "Data key rotated")
    CASE_SEAL = ("case_seal", "Niêm phong hồ sơ", "Case file sealed")
    CASE_GRANT = ("case_grant", "Giao hồ sơ niêm phong", "Sealed case file given")
    CASE_REVOKE = ("case_revoke", "Thu hồi hồ sơ niêm phong", "Sealed case file taken back")
    SEALED_RECOVERY = ("sealed_recovery", "Khóa khôi phục hồ sơ niêm phong",
                       "Sealed-file recovery key")
    AUDIT_SIGNING = ("audit_signing", "Bắt đầu ký số nhật ký", "Audit signing started")
