"""Issue 14, points 5-7: the ghost slot, the lock-out per account (atomic, inside kimbai.keys,
audited), account changes racing in parallel processes, the command line against an open
window, init over a school's keys, restore of a pre-removal backup, the format 1 key file."""

from __future__ import annotations

import io
import json
import multiprocessing as mp
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from kimbai_desktop import cli
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import (
    AlreadyInitialized,
    DatabaseMissing,
    UnlockThrottled,
    WrongPassword,
)
from kimbai_desktop.services import accounts, keys
from kimbai_desktop.services.backup import (
    RestoreNeedsPrincipal,
    auto_backup,
    create_backup,
    list_backups,
    restore_backup,
)
from kimbai_desktop.services.session import unlock
from kimbai_desktop.services.slots import UnknownKeyslot
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.keyslots import KeyslotFile
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD, USERNAME, make_school
from tests.reliability import key_workers

TEACHER, TEACHER_PW = "giaovien", "giao-vien-pass-1"
COUNSELLOR, COUNSELLOR_PW = "tuvan", "tu-van-pass-1"
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "schema-0007"


@pytest.fixture(scope="module")
def ctx():
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(["tests.reliability.key_workers"])
    return context


@pytest.fixture
def school(data_dir: Path) -> Path:
    make_school(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    accounts.add_account(p, TEACHER, "Trần Giáo Viên", Role.TEACHER, TEACHER_PW)
    accounts.add_account(p, COUNSELLOR, "Lê Tư Vấn", Role.COUNSELLOR, COUNSELLOR_PW)
    p.close()
    return data_dir


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def events(data_dir: Path, action: str) -> list[AuditEvent]:
    p = unlock(data_dir, USERNAME, PASSWORD)
    try:
        with p.db() as s:
            return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                  .order_by(AuditEvent.id)))
    finally:
        p.close()


def data_key(data_dir: Path) -> bytes:
    return KeyslotFile.load(DataFolder(data_dir).keys_path).unwrap_account(USERNAME, PASSWORD)


def add_by_hand(data_dir: Path, tag_name: str, secret: str, *, first: bool = False,
                replace: bool = False) -> KeyslotFile:
    """What an insider holding the data key does with the keyslot file's own API: a slot of
    their own, the file sealed again so that it still looks untouched."""
    path = DataFolder(data_dir).keys_path
    key = data_key(data_dir)
    ks = KeyslotFile.load(path)
    original = list(ks.slots)
    tag = ks.account_tag(tag_name)
    ghost = ks.add_slot(tag, secret, key)
    if not replace:
        ks.slots = [ghost, *original] if first else [*original, ghost]
    ks.save(path, key)
    return ks


def user_list(data_dir: Path) -> str:
    code, out, err = run(["users", "list", "--data-dir", str(data_dir), "--user", USERNAME,
                          "--password-stdin"], PASSWORD + "\n")
    assert code == 0, err
    return out


# -- the ghost slot ---------------------------------------------------------------------------


def test_a_slot_added_by_hand_cannot_unlock_and_is_shown(school):
    add_by_hand(school, COUNSELLOR, "ghost-secret-1", first=True)  # beside the real one
    with pytest.raises(UnknownKeyslot) as info:
        unlock(school, COUNSELLOR, "ghost-secret-1")
    assert "Tell the principal" in info.value.message
    unlock(school, COUNSELLOR, COUNSELLOR_PW).close()  # the real slot still works beside it
    add_by_hand(school, "nobody", "ghost-secret-2")  # for a name that has no account
    with pytest.raises(WrongPassword):
        unlock(school, "nobody", "ghost-secret-2")
    listing = user_list(school)
    assert listing.count("không thuộc tài khoản nào") == 2
    assert "khóa khôi phục" in listing
    refused = events(school, "sign_in_failed")
    assert any(e.detail == "unknown keyslot" and e.actor == COUNSELLOR for e in refused)


def test_a_slot_replaced_by_hand_cannot_unlock(school):
    add_by_hand(school, TEACHER, "ghost-secret-3", replace=True)
    with pytest.raises(UnknownKeyslot):
        unlock(school, TEACHER, "ghost-secret-3")
    with pytest.raises(WrongPassword):
        unlock(school, TEACHER, TEACHER_PW)  # the real slot is gone: tampering shows


def test_rotation_drops_ghost_slots_and_their_key_opens_nothing(school):
    folder = DataFolder(school)
    add_by_hand(school, "nobody", "ghost-secret-2")
    before = KeyslotFile.load(folder.keys_path)
    old_key = before.unwrap_account("nobody", "ghost-secret-2")
    p = unlock(school, USERNAME, PASSWORD)
    keys.rotate_data_key(p, (TEACHER,))
    p.close()
    after = KeyslotFile.load(folder.keys_path)
    assert after.find(after.account_tag("nobody")) is None
    assert after.find(after.account_tag(TEACHER)) is None
    from kimbai_desktop.domain.errors import DatabaseDamaged
    from kimbai_desktop.storage.engine import raw_connect

    with pytest.raises(DatabaseDamaged):
        raw_connect(folder.db_path, old_key)
    assert "không thuộc tài khoản nào" not in user_list(school)
    with pytest.raises(WrongPassword):
        unlock(school, TEACHER, TEACHER_PW)


# -- the lock-out -----------------------------------------------------------------------------


def test_lock_out_is_per_account_and_kept_in_the_key_file(school):
    folder = DataFolder(school)
    for _ in range(5):
        with pytest.raises(WrongPassword):
            unlock(school, TEACHER, "sai-mat-khau")
    with pytest.raises(UnlockThrottled):
        unlock(school, TEACHER, TEACHER_PW)
    unlock(school, USERNAME, PASSWORD).close()  # the principal does not wait
    folder.throttle_path.unlink(missing_ok=True)  # the old counter file is not used any more
    assert not folder.throttle_path.exists()
    with pytest.raises(UnlockThrottled):
        unlock(school, TEACHER, TEACHER_PW)
    raw = json.loads(folder.keys_path.read_text(encoding="utf-8"))
    tag = KeyslotFile.load(folder.keys_path).account_tag(TEACHER)
    assert raw["attempts"][tag]["failures"] == 5


def test_failed_sign_ins_are_audited_once_at_the_next_unlock(school):
    for _ in range(3):
        with pytest.raises(WrongPassword):
            unlock(school, TEACHER, "sai-mat-khau")
    failed = [e for e in events(school, "sign_in_failed") if e.actor == TEACHER]
    assert len(failed) == 3
    assert len([e for e in events(school, "sign_in_failed") if e.actor == TEACHER]) == 3


def test_an_old_counter_file_is_taken_over(school):
    folder = DataFolder(school)
    tag = KeyslotFile.load(folder.keys_path).account_tag(TEACHER)
    now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    folder.throttle_path.write_text(json.dumps({
        "failures": 5, "last_failure": now,
        "pending": [{"at": now, "tag": tag}] * 5}), encoding="utf-8")
    with pytest.raises(UnlockThrottled):
        unlock(school, TEACHER, TEACHER_PW)
    assert not folder.throttle_path.exists()
    unlock(school, USERNAME, PASSWORD).close()
    assert len([e for e in events(school, "sign_in_failed") if e.actor == TEACHER]) == 5


def guesses(ctx, data_dir: Path, n: int, free: int) -> list[str]:
    ack = data_dir.parent / f"guesses-{free}.txt"
    start_at = time.time() + 1.5
    procs = [ctx.Process(target=key_workers.guess,
                         args=(str(data_dir), TEACHER, f"sai-{i}", free, str(ack), start_at))
             for i in range(n)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(timeout=120)
        assert proc.exitcode == 0
    return ack.read_text().split()


def test_parallel_guesses_all_count(ctx, school):
    folder = DataFolder(school)
    results = guesses(ctx, school, 12, free=100)
    assert results.count("wrong") == 12
    tag = KeyslotFile.load(folder.keys_path).account_tag(TEACHER)
    assert KeyslotFile.load(folder.keys_path).attempts[tag].failures == 12
    assert len([f for f in KeyslotFile.load(folder.keys_path).failed if f.tag == tag]) == 12


def test_parallel_guesses_never_get_more_than_the_free_tries(ctx, school):
    folder = DataFolder(school)
    results = guesses(ctx, school, 12, free=5)
    assert results.count("wrong") == 5 and results.count("throttled") == 7
    tag = KeyslotFile.load(folder.keys_path).account_tag(TEACHER)
    assert KeyslotFile.load(folder.keys_path).attempts[tag].failures == 5


# -- account changes in parallel --------------------------------------------------------------


def test_account_changes_racing_lose_no_update(ctx, school):
    rounds = 20
    p = unlock(school, USERNAME, PASSWORD)
    for i in range(rounds):
        accounts.add_account(p, f"doi{i}", "Người Đổi", Role.TEACHER, f"cu-{i}-mat-khau")
        accounts.add_account(p, f"xoa{i}", "Người Xóa", Role.TEACHER, f"xoa-{i}-mat-khau")
    p.close()
    ack = school.parent / "races.txt"
    for i in range(rounds):
        start_at = time.time() + 0.4
        jobs = [("add", f"moi{i}", f"moi-{i}-mat-khau"), ("passwd", f"doi{i}", f"moi-{i}-doi-mk"),
                ("remove", f"xoa{i}", "")]
        procs = [ctx.Process(target=key_workers.change_account,
                             args=(str(school), USERNAME, PASSWORD, action, name, secret,
                                   str(ack), start_at))
                 for action, name, secret in jobs]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(timeout=120)
            assert proc.exitcode == 0
    assert len(ack.read_text().split("\n")) - 1 == 3 * rounds  # every change returned
    for i in range(rounds):
        unlock(school, f"moi{i}", f"moi-{i}-mat-khau").close()
        unlock(school, f"doi{i}", f"moi-{i}-doi-mk").close()
        for name, secret in ((f"doi{i}", f"cu-{i}-mat-khau"), (f"xoa{i}", f"xoa-{i}-mat-khau")):
            with pytest.raises(WrongPassword):
                unlock(school, name, secret)
    p = unlock(school, USERNAME, PASSWORD)
    infos, views = accounts.list_accounts(p), accounts.list_slots(p)
    p.close()
    assert all(v.active for v in views)
    assert sorted(v.owner for v in views) == sorted(
        [a.username for a in infos if a.active] + ["recovery"])


def test_two_commands_at_once_both_succeed(school):
    """The second ``kimbai`` waits for the first one's folder lock instead of failing."""
    def command(*args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-c", "import sys, tests.reliability.key_workers; "
             "from kimbai_desktop.cli import main; sys.exit(main(sys.argv[1:]))", *args,
             "--data-dir", str(school), "--user", USERNAME, "--password-stdin"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            cwd=Path(__file__).resolve().parents[2])

    add = command("users", "add", "moi", "--full-name", "Người Mới", "--role", "teacher")
    passwd = command("users", "passwd", TEACHER)
    outs = [add.communicate(f"{PASSWORD}\nmoi-mat-khau-1\n", timeout=120),
            passwd.communicate(f"{PASSWORD}\ngv-mat-khau-moi-1\n", timeout=120)]
    assert add.returncode == 0 and passwd.returncode == 0, outs
    unlock(school, "moi", "moi-mat-khau-1").close()
    unlock(school, TEACHER, "gv-mat-khau-moi-1").close()


# -- the command line against an open window ----------------------------------------------------


def test_command_line_refuses_while_the_window_is_open(school, monkeypatch):
    folder = DataFolder(school)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         "from kimbai_desktop.services.instance import InstanceLock\n"
         "lock = InstanceLock(sys.argv[1])\nlock.acquire()\nprint('held', flush=True)\ntime.sleep(120)\n",
         str(school)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(cli, "CLI_LOCK_WAIT_S", 0.3)
        before = {p.name: p.read_bytes() for p in (folder.db_path, folder.keys_path)}
        for argv, stdin in (
            (["rotate-key", "--remove", TEACHER], PASSWORD + "\n"),
            (["users", "add", "moi", "--full-name", "Người Mới", "--role", "teacher"],
             PASSWORD + "\nmoi-mat-khau-1\n"),
            (["users", "list"], PASSWORD + "\n"),
        ):
            code, out, err = run([*argv, "--data-dir", str(school), "--user", USERNAME,
                                  "--password-stdin"], stdin)
            assert code == 1 and out == ""
            assert err == "kimbai: KimBai Desktop đang mở trên máy này; hãy đóng nó trước.\n"
        code, _out, err = run(["restore", "--from", str(school / "x.kimbai-backup"),
                               "--data-dir", str(school)])
        assert code == 1
        after = {p.name: p.read_bytes() for p in (folder.db_path, folder.keys_path)}
        assert after == before  # nothing written
    finally:
        holder.kill()
        holder.wait()


# -- init and a missing database --------------------------------------------------------------


INIT = ["init", "--school", "Trường Mới", "--superior", "UBND", "--place", "Hà Nội",
        "--principal", "Ngô Văn Mới", "--symbol", "THM", "--school-year", "2024-2025",
        "--admin", "moi", "--password-stdin"]


def test_init_never_runs_over_a_schools_files(school, tmp_path):
    folder = DataFolder(school)
    keys_before = folder.keys_path.read_bytes()
    folder.db_path.unlink()
    code, out, err = run([*INIT, "--data-dir", str(school)], "mat-khau-moi-12\nmat-khau-moi-12\n")
    assert code == 1 and "Không thay đổi gì" in err
    assert folder.keys_path.read_bytes() == keys_before
    with pytest.raises(DatabaseMissing) as info:
        unlock(school, USERNAME, PASSWORD)
    assert "init" not in info.value.message and "restore" in info.value.message
    only_backups = tmp_path / "only-backups"
    (only_backups / "backups").mkdir(parents=True)
    with pytest.raises(AlreadyInitialized):
        make_school(only_backups)
    make_school(tmp_path / "fresh")  # an empty folder is fine


# -- restore ----------------------------------------------------------------------------------


def test_restore_of_a_pre_removal_backup_needs_a_principal_of_the_live_data(school, tmp_path):
    p = unlock(school, USERNAME, PASSWORD)
    old = create_backup(p, tmp_path).path
    auto_backup(p, "test")
    keys.rotate_data_key(p, (TEACHER,))
    p.close()
    auto = [b for b in list_backups(school) if b.kind.value == "auto"]
    assert len(auto) == 1  # the one under the old key was retired, a new one made
    with pytest.raises(RestoreNeedsPrincipal):
        restore_backup(old, school)
    with pytest.raises(WrongPassword):  # the removed teacher is no one in the live data
        restore_backup(old, school, username=TEACHER, password=TEACHER_PW)
    code, _out, err = run(["restore", "--from", str(old), "--data-dir", str(school), "--user",
                           TEACHER, "--password-stdin"], TEACHER_PW + "\n")
    assert code == 1
    with pytest.raises(WrongPassword):
        unlock(school, TEACHER, TEACHER_PW)  # still out
    result = restore_backup(old, school, username=USERNAME, password=PASSWORD)
    assert result.kept_dir is not None


# -- a school from the previous version ----------------------------------------------------------


def test_a_format_1_key_file_is_kept_aside_and_moved_to_format_2(tmp_path):
    expected = json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))
    data_dir = tmp_path / "data"
    shutil.copytree(FIXTURE, data_dir, ignore=shutil.ignore_patterns("expected.json"))
    original = (data_dir / "kimbai.keys").read_bytes()
    assert json.loads(original)["version"] == 1
    p = unlock(data_dir, expected["username"], expected["password"])
    views = accounts.list_slots(p)
    p.close()
    assert json.loads((data_dir / "kimbai.keys").read_text())["version"] == 2
    kept = list((data_dir / "backups").glob("kimbai-keys-format1-*.keys"))
    assert len(kept) == 1 and kept[0].read_bytes() == original
    assert all(v.active for v in views) and "recovery" in {v.owner for v in views}
    keys.reset_password_with_recovery(data_dir, expected["recovery_key"], expected["username"],
                                      "mat-khau-moi-123")
    unlock(data_dir, expected["username"], "mat-khau-moi-123").close()
