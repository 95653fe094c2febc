"""Issue 20's ratios: the program beside the bare libraries it sits on, same data, same process
(or the same kind of fresh process for launch), both sides in this run.

- launch: a fresh interpreter to the unlock dialog on screen / to a bare QMainWindow on screen;
- search: count + first page through the services / the same FTS5 count and page in bare SQL;
- first page: count + page 0 through the services / the bare count and page;
- whole register: every row through the services (keyset pages) / one bare query;
- deepest district page / its first page (keyset);
- import: unlock + the whole import / key derivation + calamine read + executemany;
- start-up jobs: the overview and the dashboard at the large school (absolute, 150 ms).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

from kimbai_desktop.domain.text import fold
from kimbai_desktop.services import excel_export, excel_import
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.dashboard import dashboard
from kimbai_desktop.services.overview import build_overview
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.engine import raw_connect
from kimbai_desktop.storage.keyslots import KeyslotFile
from kimbai_desktop.storage.search import search_terms as fts_terms
from tests.bench.bench_import import make_file
from tests.bench.run import (
    CLOCK,
    Dataset,
    Figure,
    Results,
    median,
    open_school,
    p95,
    search_terms,
    timed,
)
from tests.helpers import PASSWORD, USERNAME, make_school

BARE_QT = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(400, 300); w.show(); app.processEvents()
"""

APP_TO_UNLOCK = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from kimbai_desktop import app as kapp
from kimbai_desktop.gui.unlock_dialog import UnlockDialog

def look():
    if any(isinstance(w, UnlockDialog) and w.isVisible() for w in app.topLevelWidgets()):
        app.exit(0)
    else:
        QTimer.singleShot(5, look)

QTimer.singleShot(0, look)
sys.exit(kapp.main(["--data-dir", sys.argv[1]]))
"""


def _wall(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def launch(ds: Dataset, runs: int, res: Results) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIMBAI_LANG="vi")
    bare, app = [], []
    for _ in range(runs):  # interleaved, so the machine's load falls on both sides alike
        bare.append(_wall([sys.executable, "-c", BARE_QT], env))
        app.append(_wall([sys.executable, "-c", APP_TO_UNLOCK, str(ds.folder)], env))
    b, a = median(bare), median(app)
    res.add(Figure("Launch to the unlock dialog / a bare QMainWindow (fresh processes)", a / b,
                   "x", 2.0, f"{a:.2f} s vs {b:.2f} s"))


def _bare_search(conn: Any, term: str, year: str) -> None:
    """The same work in bare SQL: count the FTS matches, read the first 200 in name order."""
    terms = fts_terms(fold(term))
    if not terms.match:
        return
    conn.execute(text("SELECT count(*) FROM pupil_search WHERE pupil_search MATCH :m"),
                 {"m": terms.match}).scalar()
    conn.execute(text(
        "SELECT p.id, p.student_code, p.full_name, p.birth_date, p.sex, e.class_name, "
        "p.current_level, p.at_risk, p.next_review, p.status FROM pupils p "
        "LEFT JOIN enrolments e ON e.pupil_id = p.id AND e.school_year = :year "
        "WHERE p.id IN (SELECT rowid FROM pupil_search WHERE pupil_search MATCH :m) "
        "ORDER BY p.name_sort, p.id LIMIT 200"), {"m": terms.match, "year": year}).all()


def search(ds: Dataset, label: str, res: Results, n: int = 150) -> None:
    session = open_school(ds)
    try:
        terms = search_terms(session, n) + ["an", "th", "ng", "a", "h"]  # short words too
        year = reg.current_year(session)
        with session.engine.connect() as conn:
            for t in terms[:10]:
                _bare_search(conn, t, year)
                q = reg.PupilQuery(text=t, status=None)
                reg.count_pupils(session, q), reg.list_pupils(session, q, limit=200)
            app, bare = [], []
            for t in terms:
                q = reg.PupilQuery(text=t, status=None)
                app += timed(lambda q=q: (reg.count_pupils(session, q),
                                          reg.list_pupils(session, q, limit=200)), 1, 0)
                bare += timed(lambda t=t: _bare_search(conn, t, year), 1, 0)
        session.flush_audit()
        res.add(Figure(f"Search p95 through the services / bare FTS5 ({label})",
                       p95(app) / p95(bare), "x", 3.0,
                       f"{p95(app) * 1e3:.1f} ms vs {p95(bare) * 1e3:.1f} ms; "
                       f"{len(terms)} searches incl. 1-2 letters"))
    finally:
        session.close()


BARE_COUNT = "SELECT count(*) FROM pupils WHERE status = 'active'"
BARE_FIRST = """SELECT p.id, p.student_code, p.full_name, p.birth_date, p.sex, e.class_name,
p.current_level, p.at_risk, p.next_review, p.status FROM pupils p
LEFT JOIN enrolments e ON e.pupil_id = p.id AND e.school_year = :year
WHERE p.status = 'active' ORDER BY p.name_sort, p.id LIMIT 200"""
BARE_ALL = BARE_FIRST.replace(" LIMIT 200", "")


def first_page(ds: Dataset, label: str, runs: int, res: Results) -> None:
    session = open_school(ds)
    try:
        year = reg.current_year(session)
        q = reg.PupilQuery()

        def app() -> None:
            reg.count_pupils(session, q)
            reg.list_pupils(session, q, limit=200)
            # its audit event is written a second later on the worker: the user does not wait

        with session.engine.connect() as conn:
            def bare() -> None:
                conn.execute(text(BARE_COUNT)).scalar()
                conn.execute(text(BARE_FIRST), {"year": year}).all()

            a, b = median(timed(app, runs * 3)), median(timed(bare, runs * 3))
        res.add(Figure(f"Register first page + count through the services / bare SQL ({label})",
                       a / b, "x", 2.0, f"{a * 1e3:.1f} ms vs {b * 1e3:.1f} ms"))
    finally:
        session.close()


def whole_register(ds: Dataset, label: str, runs: int, res: Results) -> None:
    session = open_school(ds)
    try:
        year = reg.current_year(session)
        q = reg.PupilQuery()
        with session.engine.connect() as conn:
            n = len(conn.execute(text(BARE_ALL), {"year": year}).all())
            a = median(timed(lambda: excel_export.all_pupils(session, q), runs, 0))
            b = median(timed(lambda: conn.execute(text(BARE_ALL), {"year": year}).all(),
                             runs, 0))
        res.add(Figure(f"Whole register through the services / one bare query ({label})", a / b,
                       "x", 1.5, f"{n:,} rows: {a:.2f} s vs {b:.2f} s"))
        total = reg.count_pupils(session, q)
        last = reg.list_pupils(session, q, offset=max(0, total - 201), limit=1)
        first = median(timed(lambda: reg.list_pupils(session, q, limit=200), runs * 3))
        deep = median(timed(lambda: reg.list_pupils(session, q, offset=total - 200, limit=200,
                                                    after=last[0] if last else None), runs * 3))
        res.add(Figure(f"Deepest register page / the first ({label}, keyset)", deep / first,
                       "x", 2.0, f"{deep * 1e3:.1f} ms vs {first * 1e3:.1f} ms"))
    finally:
        session.close()


def import_ratio(runs: int, res: Results, rows: int = 5000) -> None:
    from python_calamine import CalamineWorkbook

    from kimbai_desktop.services.session import unlock
    from kimbai_desktop.storage import keyslots

    app, bare = [], []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = root / "ds.xlsx"
        make_file(path, rows)
        keyslots.DEFAULT_KDF = keyslots.KdfParams()  # the real derivation on both sides
        try:
            for i in range(runs):
                school = root / f"app{i}"
                make_school(school)
                start = time.perf_counter()
                session = unlock(school, USERNAME, PASSWORD, clock=CLOCK)
                excel_import.import_pupils(session, path)
                session.close()
                app.append(time.perf_counter() - start)

                other = root / f"bare{i}"
                make_school(other)
                start = time.perf_counter()
                key = KeyslotFile.load(DataFolder(other).keys_path).unwrap_account(USERNAME,
                                                                                   PASSWORD)
                sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
                body = [r for r in sheet[2:] if r and r[1]]
                conn = raw_connect(DataFolder(other).db_path, key)
                now = "2026-11-02 08:00:00"
                conn.execute("BEGIN IMMEDIATE")
                cur = conn.executemany(
                    "INSERT INTO pupils (student_code, full_name, name_sort, search_text, "
                    "birth_date, sex, ethnicity, address, notes, status, at_risk, risk_factors, "
                    "current_level, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', "
                    "'active', 0, '', 'prevention', ?, ?)",
                    [(r[1], r[2], fold(r[2]), fold(f"{r[2]} {r[1]}"), "2016-06-01", "male",
                      r[5], r[7], now, now) for r in body])
                ids = [row[0] for row in conn.execute(
                    "SELECT id FROM pupils ORDER BY id DESC LIMIT ?", (len(body),))][::-1]
                conn.executemany("INSERT INTO enrolments (pupil_id, school_year, grade, "
                                 "class_name) VALUES (?, '2026-2027', ?, ?)",
                                 [(pid, int(str(r[6])[0]), r[6])
                                  for pid, r in zip(ids, body, strict=True)])
                conn.executemany("INSERT INTO guardians (pupil_id, full_name, relation, phone) "
                                 "VALUES (?, ?, ?, ?)",
                                 [(pid, r[k], rel, str(r[10]))
                                  for pid, r in zip(ids, body, strict=True)
                                  for k, rel in ((8, "father"), (9, "mother"))])
                conn.execute("COMMIT")
                conn.close()
                del cur
                bare.append(time.perf_counter() - start)
        finally:
            keyslots.DEFAULT_KDF = keyslots.KdfParams(memory_kib=1024, time_cost=1,
                                                      parallelism=1)
    a, b = median(app), median(bare)
    res.add(Figure(f"Import {rows:,} rows: unlock + import / KDF + read + executemany", a / b,
                   "x", 1.5, f"{a:.2f} s vs {b:.2f} s (same checks, one transaction)"))


def startup_jobs(ds: Dataset, runs: int, res: Results) -> None:
    session = open_school(ds)
    try:
        took = median(timed(lambda: (build_overview(session), dashboard(session)), runs))
        res.add(Figure("Overview + dashboard at the large school", took * 1e3, "ms", 150))
    finally:
        session.close()


def run_all(school: Dataset, district: Dataset, runs: int, res: Results) -> None:
    print("\nIssue 20: the program beside the bare libraries, both sides in this run")
    launch(school, max(3, runs), res)  # first, before the data is warm
    search(school, "large school", res)
    search(district, "district", res)
    first_page(school, "large school", runs, res)
    first_page(district, "district", runs, res)
    whole_register(school, "large school", runs, res)
    whole_register(district, "district", runs, res)
    import_ratio(min(runs, 3), res)
    startup_jobs(school, runs, res)
