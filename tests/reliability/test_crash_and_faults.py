"""Crashes and faults on real files: kill -9 during writes, disk full, two writers at once."""

from __future__ import annotations

import io
import multiprocessing as mp
import os
import random
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kimbai_desktop.cli import main
from kimbai_desktop.services.backup import remove_interrupted_backups
from kimbai_desktop.services.maintenance import check_database
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import audit
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD, USERNAME, make_school
from tests.reliability import workers

KILL_RUNS = int(os.environ.get("KIMBAI_KILL_RUNS", "30"))


@pytest.fixture(scope="module")
def ctx():
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(["tests.reliability.workers"])
    return context


def read_lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line for line in path.read_text().split("\n") if line]


def state(data_dir: Path) -> tuple[set[str], set[str], bool]:
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        assert check_database(session).ok
        with session.db() as s:
            keys = {r[0] for r in s.execute(text("SELECT key FROM settings WHERE key NOT IN ('db_id', 'keyslots', 'keyslots_signature', 'audit_signing')"))}
            audited = set(s.scalars(select(AuditEvent.record_id).where(
                AuditEvent.record_type == "setting")))
            chain_ok = audit.verify(s).ok
        return keys, audited, chain_ok
    finally:
        session.close()


@pytest.mark.slow
def test_kill_9_during_writes_loses_no_acknowledged_commit(ctx, data_dir):
    make_school(data_dir)
    rng = random.Random(20241130)
    acknowledged: set[str] = set()
    for run in range(KILL_RUNS):
        r = data_dir.parent / f"ack-{run}.txt"
        proc = ctx.Process(target=workers.write_loop, args=(str(data_dir), str(r), f"r{run}-"))
        proc.start()
        time.sleep(rng.uniform(0.05, 0.4))
        proc.kill()  # SIGKILL: no clean-up of any kind
        proc.join(timeout=30)
        acknowledged |= set(read_lines(r))
        keys, audited, chain_ok = state(data_dir)
        assert acknowledged <= keys, f"run {run}: acknowledged commit lost"
        assert keys == audited, f"run {run}: a row without its audit event (or the reverse)"
        assert chain_ok, f"run {run}: audit chain broken"
    assert len(acknowledged) > KILL_RUNS  # the loop really wrote between kills


def test_disk_full_gives_a_clear_error_and_keeps_earlier_data(ctx, data_dir):
    make_school(data_dir)
    before, _, _ = state(data_dir)
    size = (data_dir / "kimbai.db").stat().st_size
    r = data_dir.parent / "result.txt"
    proc = ctx.Process(target=workers.fill_disk, args=(str(data_dir), size + 200_000, str(r)))
    proc.start()
    proc.join(timeout=120)
    outcome, written = read_lines(r)[0].split("|")
    assert outcome.startswith("storage-full:"), outcome
    assert "disk is full" in outcome
    keys, _, chain_ok = state(data_dir)  # earlier data intact, database healthy
    assert before <= keys and chain_ok
    filled = {k for k in keys if k.startswith("fill")}
    assert len(filled) <= int(written)
    # space is back: writing works again
    session = unlock(data_dir, USERNAME, PASSWORD)
    with session.write() as s:
        s.execute(text("INSERT INTO settings(key, value) VALUES ('after', '1')"))
    session.close()
    assert "after" in state(data_dir)[0]


def test_two_processes_writing_at_once(ctx, data_dir):
    make_school(data_dir)
    procs, pipes = [], []
    for name in ("a", "b"):
        r = data_dir.parent / f"ack-{name}.txt"
        p = ctx.Process(target=workers.write_loop, args=(str(data_dir), str(r), f"{name}-", 150))
        p.start()
        procs.append(p)
        pipes.append(r)
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0  # no error in either writer
    acked = [read_lines(r) for r in pipes]
    keys, audited, chain_ok = state(data_dir)
    assert len(acked[0]) == len(acked[1]) == 150
    assert set(acked[0]) | set(acked[1]) <= keys
    assert keys == audited and chain_ok


def test_a_killed_backup_leaves_nothing_after_the_next_start(ctx, data_dir):
    """kill -9 halfway through the daily backup: while it runs nobody removes its files; after
    it died, the next command that opens the data folder removes the staging copy and the
    half-written zip."""
    make_school(data_dir)
    backups = data_dir / "backups"
    ack = data_dir.parent / "ack-backup.txt"
    proc = ctx.Process(target=workers.backup_then_hang, args=(str(data_dir), str(ack)))
    proc.start()
    try:
        deadline = time.monotonic() + 60
        while not read_lines(ack) and time.monotonic() < deadline:
            assert proc.is_alive()
            time.sleep(0.05)
        assert read_lines(ack) == ["halfway"]
        staging = [p for p in backups.glob(".staging-*") if p.is_dir()]
        partial = list((backups / "auto").glob(".*.tmp"))
        assert len(staging) == 1 and len(partial) == 1
        assert (staging[0] / "kimbai.db").stat().st_size > 0
        assert remove_interrupted_backups(data_dir) == 0  # running: left alone
        assert staging[0].is_dir() and partial[0].is_file()
    finally:
        proc.kill()  # SIGKILL: no clean-up of any kind
        proc.join(timeout=30)
    assert staging[0].is_dir() and partial[0].is_file()  # what a power cut leaves

    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--data-dir", str(data_dir), "--user", USERNAME, "--password-stdin"],
                stdin=io.StringIO(PASSWORD + "\n"), stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert not staging[0].exists() and not partial[0].exists()
    assert sorted(p.name for p in backups.rglob("*")) == ["auto"]
