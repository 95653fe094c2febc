"""A new school's first steps, each read from the data: class lists, staff accounts, the year's
targets, the recovery key (a recorded fact) and a backup copied off the computer."""

from __future__ import annotations

from dataclasses import replace

from kimbai_desktop.domain.enums import Role, Sex
from kimbai_desktop.domain.training import TargetMetric
from kimbai_desktop.services import training
from kimbai_desktop.services.accounts import add_account
from kimbai_desktop.services.backup import create_backup
from kimbai_desktop.services.first_steps import Step, first_steps, record_recovery_key_kept
from kimbai_desktop.services.preferences import load_preferences, save_preferences
from kimbai_desktop.services.register import PupilInput, save_pupil
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import Setting
from tests.helpers import PASSWORD, USERNAME, make_school


def test_each_step_is_done_when_the_data_says_so(data_dir, tmp_path) -> None:
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        steps = first_steps(session)
        assert steps is not None and [s for s, _ in steps.done] == list(Step)
        assert not any(done for _s, done in steps.done)

        save_pupil(session, PupilInput("Lê Thị Mai", Sex.FEMALE, class_name="1A"))
        add_account(session, "tuvan", "Lê Thị Tư Vấn", Role.COUNSELLOR, "mật khẩu của Tư Vấn 1")
        training.save_target(session, training.TargetInput(
            "2 buổi tuyên truyền", TargetMetric.SESSIONS, 2))
        record_recovery_key_kept(session)
        steps = first_steps(session)
        assert [s for s, done in steps.done if not done] == [Step.BACKUP]

        create_backup(session, tmp_path)  # a copy off the computer (a USB drive)
        assert first_steps(session).all_done
        save_preferences(session, replace(load_preferences(session), daily_backup=False))
        assert not first_steps(session).is_done(Step.BACKUP)  # the daily backup is off

        with session.db() as s:  # the fact recorded is a day, nothing personal
            kept = [row.value for row in s.query(Setting) if row.key.startswith("first_steps.")]
        assert len(kept) == 1 and kept[0].count("-") == 2
    finally:
        session.close()


def test_only_the_principal_sees_the_first_steps(data_dir) -> None:
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        add_account(session, "tuvan", "Lê Thị Tư Vấn", Role.COUNSELLOR, "mật khẩu của Tư Vấn 1")
    finally:
        session.close()
    counsellor = unlock(data_dir, "tuvan", "mật khẩu của Tư Vấn 1")
    try:
        assert first_steps(counsellor) is None
    finally:
        counsellor.close()
