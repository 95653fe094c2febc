"""Preferences in the encrypted database: defaults, validation, principal only, audited."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import PermissionDenied, ValidationError
from kimbai_desktop.services import accounts
from kimbai_desktop.services.preferences import Preferences, load_preferences, save_preferences
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD, USERNAME, make_school


def test_defaults_save_and_reload(data_dir):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD)
    assert load_preferences(s) == Preferences()
    save_preferences(s, replace(Preferences(), auto_lock_minutes=10, daily_backup=False))
    s.close()
    s = unlock(data_dir, USERNAME, PASSWORD)
    assert load_preferences(s).auto_lock_minutes == 10
    assert load_preferences(s).daily_backup is False
    with s.db() as db:
        ev = db.scalars(select(AuditEvent).where(AuditEvent.action == "settings_change")).one()
    assert ev.detail == "auto_lock_minutes,daily_backup"
    s.close()


def test_out_of_range_values_are_refused(data_dir):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD)
    with pytest.raises(ValidationError) as info:
        save_preferences(s, replace(Preferences(), auto_lock_minutes=0))
    assert "auto_lock_minutes" in info.value.field_errors
    assert info.value.params == {"low": 1, "high": 60}
    s.close()


def test_only_the_principal_changes_settings(data_dir):
    make_school(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    accounts.add_account(p, "tuvan", "Lê Tư Vấn", Role.COUNSELLOR, "tu-van-pass-1")
    p.close()
    c = unlock(data_dir, "tuvan", "tu-van-pass-1")
    assert load_preferences(c) == Preferences()  # everyone reads them (auto-lock applies to all)
    with pytest.raises(PermissionDenied):
        save_preferences(c, replace(Preferences(), auto_lock_minutes=30))
    c.close()



def test_days_off_and_make_up_working_days_are_stored_and_checked(data_dir):
    from datetime import date

    from kimbai_desktop.services.preferences import working_calendar

    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD)
    # A school set up before the package: its typed-in list (Tết by hand) keeps working as the
    # school's own days off, next to the package's public holidays.
    save_preferences(s, replace(Preferences(), holidays=("2026-02-17", "2026-03-09"),
                                workdays=("2026-03-14",)))
    prefs = load_preferences(s)
    assert prefs.holidays == ("2026-02-17", "2026-03-09")
    assert prefs.workdays == ("2026-03-14",)
    cal = working_calendar(prefs)
    assert not cal.is_working_day(date(2026, 2, 17))
    assert not cal.is_working_day(date(2026, 2, 18))  # Tết from the package
    assert not cal.is_working_day(date(2026, 3, 9))  # the school's own day off (a Monday)
    assert cal.is_working_day(date(2026, 3, 14))  # the Saturday worked
    with pytest.raises(ValidationError) as info:
        save_preferences(s, replace(prefs, workdays=("2026-03-09",)))
    assert "workdays" in info.value.field_errors  # both a day off and a working day
    with pytest.raises(ValidationError) as info:
        save_preferences(s, replace(prefs, workdays=("14/03/2026x",)))
    assert "workdays" in info.value.field_errors
    assert load_preferences(s) == prefs  # nothing half-written
    s.close()
