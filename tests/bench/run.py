"""Every benchmark in one run: figures with their targets, and side-by-side ratios.

Run from the repository root:  python -m tests.bench [--runs N] [--quick]

Builds the data first (tests/bench/synth.py, deterministic): the large school (30,000 pupils over
ten years, 5,000 cases, ~100,000 chronology entries, 2,000 activities) with the real key
derivation, a district register (100,000 pupils) and a list of 2,000 children in the register.
Each figure is the median of several runs, printed beside its target from issue 9; the ratios
run both sides in the same process one after the other, so the machine's noise cancels. Exits 1
when a figure misses its target. Not collected by pytest (tests/bench is excluded).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, select, text

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Semester
from kimbai_desktop.domain.text import fold
from kimbai_desktop.reports.catalogue import ReportKind, ReportRequest
from kimbai_desktop.services import cases as cs
from kimbai_desktop.services import documents, excel_import
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.backup import create_backup
from kimbai_desktop.services.dashboard import dashboard
from kimbai_desktop.services.session import AppSession, unlock
from kimbai_desktop.storage import keyslots
from kimbai_desktop.storage.database import DataFolder, _upgrade
from kimbai_desktop.storage.engine import _install_transaction_hooks
from kimbai_desktop.storage.keyslots import KeyslotFile
from kimbai_desktop.storage.models import Account, AuditEvent, SchoolProfileRow, Setting
from tests.bench import synth
from tests.bench.bench_import import make_file
from tests.helpers import PASSWORD, USERNAME, make_school

FAST_KDF = keyslots.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
REAL_KDF = keyslots.DEFAULT_KDF
CLOCK = FixedClock(synth.NOW)


# -- reporting ------------------------------------------------------------------------------------


@dataclass
class Figure:
    name: str
    value: float
    unit: str  # "s", "ms", "MB", "x"
    limit: float | None  # the target: value must be at most this (None: shown for information)
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.limit is None or self.value <= self.limit

    def line(self) -> str:
        shown = f"{self.value:,.2f} {self.unit}" if self.unit != "x" else f"{self.value:.2f}x"
        target = "" if self.limit is None else (
            f"≤ {self.limit:g} {self.unit}" if self.unit != "x" else f"≤ {self.limit:g}x")
        status = "" if self.limit is None else ("ok" if self.ok else "MISSED")
        return f"  {self.name:<58}{shown:>12}  {target:<11}{status:<7}{self.note}"


@dataclass
class Results:
    figures: list[Figure] = field(default_factory=list)

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)
        print(figure.line(), flush=True)


def timed(fn: Callable[[], Any], runs: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# -- data -----------------------------------------------------------------------------------------


@dataclass
class Dataset:
    folder: Path
    made: synth.Generated


def build(folder: Path, scale: synth.Scale, *, real_kdf: bool, seed: int = 2026) -> Dataset:
    keyslots.DEFAULT_KDF = REAL_KDF if real_kdf else FAST_KDF
    make_school(folder, school_year=synth.CURRENT_YEAR)
    session = unlock(folder, USERNAME, PASSWORD, clock=CLOCK)
    try:
        made = synth.generate(session.engine, scale, seed)
    finally:
        session.close()
    keyslots.DEFAULT_KDF = FAST_KDF
    return Dataset(folder, made)


def open_school(ds: Dataset) -> AppSession:
    return unlock(ds.folder, USERNAME, PASSWORD, clock=CLOCK)


# -- the figures ----------------------------------------------------------------------------------


def gui_start(ds: Dataset, runs: int, res: Results) -> None:
    samples: list[dict[str, Any]] = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-m", "tests.bench.gui_probe", str(ds.folder),
                              USERNAME], input=PASSWORD + "\n", capture_output=True, text=True,
                             check=True)
        samples.append(json.loads(out.stdout.strip().splitlines()[-1]))

    def m(key: str) -> float:
        return median([float(s[key]) for s in samples])

    keys = KeyslotFile.load(DataFolder(ds.folder).keys_path)
    kdf = median(timed(lambda: keys.unwrap_account(USERNAME, PASSWORD), runs))
    slot = keys.find(keys.account_tag(USERNAME))
    assert slot is not None
    res.add(Figure(f"Unlock: key derivation alone (Argon2id {slot.memory_kib // 1024} MiB, "
                   f"t={slot.time_cost}, p={slot.parallelism})", kdf, "s", None,
                   "deliberate, tuned to ~0.5 s; timed apart"))
    res.add(Figure("Unlock to a usable main window (overview figures shown)", m("usable_s"), "s",
                   1.5, f"of which {m('usable_s') - kdf:.2f} s is not the key derivation"))
    res.add(Figure("  start-up integrity check finished (in the background)",
                   m("startup_check_done_s"), "s", None))
    res.add(Figure("Register: first page shown (GUI, 200 rows)", m("register_first_page_s") * 1e3,
                   "ms", 100))
    res.add(Figure("Register: slowest page while scrolling to the end",
                   m("register_scroll_max_page_s") * 1e3, "ms", 100,
                   f"{int(m('register_scroll_rows')):,} rows in "
                   f"{int(m('register_scroll_pages'))} pages"))
    res.add(Figure("Case list: first page shown (GUI, 100 rows)", m("cases_first_page_s") * 1e3,
                   "ms", 100))
    res.add(Figure("Case list: slowest page while scrolling to the end",
                   m("cases_scroll_max_page_s") * 1e3, "ms", 100,
                   f"{int(m('cases_scroll_rows')):,} rows"))
    res.add(Figure("Memory with the lists open (resident)", m("rss_lists_open_mb"), "MB", 300))
    res.add(Figure("Memory after scrolling both lists to the end (peak)", m("rss_peak_mb"), "MB",
                   300))


def search_terms(session: AppSession, n: int, seed: int = 11) -> list[str]:
    """What people type: a given name, "family given", with or without accents, a code."""
    rng = random.Random(seed)
    rows = reg.list_pupils(session, reg.PupilQuery(status=None), offset=rng.randint(0, 5000),
                           limit=400)
    terms = []
    for _ in range(n):
        p = rng.choice(rows)
        words = p.full_name.split()
        kind = rng.randrange(4)
        if kind == 0:
            terms.append(words[-1])  # "Thảo"
        elif kind == 1:
            terms.append(fold(f"{words[0]} {words[-1]}"))  # "nguyen thao"
        elif kind == 2:
            terms.append(p.full_name)  # the whole name, with accents
        else:
            terms.append(p.student_code[-5:])  # part of the identifier
    return terms


def search(ds: Dataset, label: str, res: Results, n: int = 200) -> None:
    session = open_school(ds)
    try:
        terms = search_terms(session, n)

        def one(term: str) -> Callable[[], Any]:
            q = reg.PupilQuery(text=term, status=None)
            return lambda: (reg.count_pupils(session, q), reg.list_pupils(session, q, limit=200))

        for t in terms[:10]:
            one(t)()  # warm the cache as a user's first searches do
        samples = [timed(one(t), 1, warmup=0)[0] for t in terms]
        res.add(Figure(f"Search the register without accents, p95 ({label})",
                       p95(samples) * 1e3, "ms", 50,
                       f"median {median(samples) * 1e3:.1f} ms, {n} searches, count + first page"))
        words = ["bat nat", "mang xa hoi", "đánh", "VV-2025", "tham gia dinh", "so hai"]
        rng = random.Random(5)
        case_samples = []
        for _ in range(n // 2):
            q = cs.CaseQuery(text=rng.choice(words))
            case_samples += timed(lambda q=q: cs.list_cases(session, q, limit=100), 1, warmup=0)
        res.add(Figure(f"Search the case files without accents, p95 ({label})",
                       p95(case_samples) * 1e3, "ms", 50, f"{ds.made.cases:,} cases"))
    finally:
        session.close()


def district_pages(ds: Dataset, runs: int, res: Results) -> None:
    """The district's register list through the services: its first and its deepest page."""
    session = open_school(ds)
    try:
        total = reg.count_pupils(session)
        for label, offset in (("first", 0), ("deepest", max(0, total - 200))):
            samples = timed(lambda o=offset: reg.list_pupils(session, offset=o, limit=200), runs)
            res.add(Figure(f"District register list: {label} page (services, 200 rows)",
                           median(samples) * 1e3, "ms", None, f"{total:,} enrolled pupils"))
    finally:
        session.close()


def reports(ds: Dataset, list_ds: Dataset, runs: int, res: Results) -> None:
    session = open_school(ds)
    try:
        request = ReportRequest(ReportKind.PERIODIC, school_year=synth.CURRENT_YEAR,
                                semester=Semester.FIRST)
        samples = timed(lambda: documents.render_report(documents.prepare_report(session, request)),
                        runs)
        res.add(Figure("Semester report (gather the figures + PDF)", median(samples), "s", 2.0))
    finally:
        session.close()
    session = open_school(list_ds)
    try:
        n = reg.count_pupils(session, reg.PupilQuery(in_register_only=True))
        request = ReportRequest(ReportKind.REGISTER)
        samples = timed(lambda: documents.render_report(documents.prepare_report(session, request)),
                        runs)
        res.add(Figure(f"Register list PDF, {n:,} children", median(samples), "s", 5.0))
    finally:
        session.close()


def import_rows(ds: Dataset, runs: int, res: Results, rows: int = 5000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ds.xlsx"
        make_file(path, rows)
        session = open_school(ds)
        try:
            samples = []
            for _ in range(runs):  # the first run creates, the next ones update the same rows
                start = time.perf_counter()
                report = excel_import.import_pupils(session, path)
                samples.append(time.perf_counter() - start)
            res.add(Figure(f"Import {rows:,} rows from Excel (into the large school)",
                           median(samples), "s", 5.0,
                           f"first run {samples[0]:.2f} s created {rows:,}; "
                           f"last updated {report.updated:,}"))
        finally:
            session.close()


def backup(ds: Dataset, runs: int, res: Results) -> None:
    session = open_school(ds)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            size = (ds.folder / "kimbai.db").stat().st_size / 1e6
            samples = []
            for i in range(runs):
                start = time.perf_counter()
                create_backup(session, Path(tmp) / f"b{i}.kimbai-backup")
                samples.append(time.perf_counter() - start)
            res.add(Figure("Backup of the large school (checked, zipped, verified)",
                           median(samples), "s", 5.0, f"database {size:,.0f} MB"))
    finally:
        session.close()


# -- ratios ---------------------------------------------------------------------------------------


def plain_twin(enc: AppSession, folder: Path) -> AppSession:
    """The same schema and set-up rows in a plain SQLite file, with the same pragmas and
    transaction handling: the encrypted database's twin for the side-by-side workload."""
    folder.mkdir(parents=True)
    path = folder / "plain.db"

    def connect() -> Any:
        import sqlite3

        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in ("foreign_keys = ON", "temp_store = MEMORY", "busy_timeout = 10000",
                       "journal_mode = WAL", "synchronous = FULL"):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    engine = create_engine("sqlite://", creator=connect, hide_parameters=True)
    _install_transaction_hooks(engine)
    _upgrade(engine)
    with enc.engine.connect() as src, engine.begin() as dst:
        for model in (Setting, SchoolProfileRow, Account, AuditEvent):
            rows = [dict(r._mapping) for r in src.execute(select(model.__table__))]
            dst.execute(insert(model.__table__), rows)
    return AppSession(DataFolder(folder), engine, enc.data_key, enc.user, CLOCK)


def workload(session: AppSession, scale: synth.Scale) -> dict[str, float]:
    """Write a mid-sized school, then read it the way a day's work does."""
    out: dict[str, float] = {}
    start = time.perf_counter()
    synth.generate(session.engine, scale, seed=99)
    out["write"] = time.perf_counter() - start
    rng = random.Random(3)
    terms = search_terms(session, 40)
    start = time.perf_counter()
    for _ in range(3):
        for sort in ("name", "class", "next_review"):
            for offset in (0, 1000, 4000):
                reg.list_pupils(session, reg.PupilQuery(sort=sort), offset=offset, limit=200)
        for term in terms:
            q = reg.PupilQuery(text=term, status=None)
            reg.count_pupils(session, q)
            reg.list_pupils(session, q, limit=200)
        for offset in range(0, 600, 100):
            cs.list_cases(session, offset=offset, limit=100)
        for case_id in rng.sample(range(1, scale.cases + 1), 20):
            cs.get_case(session, case_id)
        dashboard(session)
    out["read"] = time.perf_counter() - start
    return out


def ratio_encryption(runs: int, res: Results) -> None:
    scale = synth.Scale(pupils=8_000, years=5, cases=600, entries_per_case=12, activities=200,
                        staff=40, audit_events=5_000)
    enc_w, enc_r, plain_w, plain_r = [], [], [], []
    for i in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            make_school(Path(tmp) / "enc", school_year=synth.CURRENT_YEAR)
            enc = unlock(Path(tmp) / "enc", USERNAME, PASSWORD, clock=CLOCK)
            plain = plain_twin(enc, Path(tmp) / "plain")
            try:
                pair = [(enc, enc_w, enc_r), (plain, plain_w, plain_r)]
                for session, w, r in (pair if i % 2 == 0 else pair[::-1]):
                    got = workload(session, scale)
                    w.append(got["write"])
                    r.append(got["read"])
            finally:
                enc.close()
                plain.close()
    import sqlite3

    import sqlcipher3

    total = (median(enc_w) + median(enc_r)) / (median(plain_w) + median(plain_r))
    versions = (sqlcipher3.connect(":memory:").execute("SELECT sqlite_version()").fetchone()[0],
                sqlite3.sqlite_version)
    res.add(Figure("Encrypted (SQLCipher) / plain SQLite, same workload", total, "x", 1.5,
                   f"write {median(enc_w) / median(plain_w):.2f}x, "
                   f"read {median(enc_r) / median(plain_r):.2f}x; "
                   f"encrypted {median(enc_w) + median(enc_r):.2f} s; "
                   f"SQLite {versions[0]} in SQLCipher vs {versions[1]}"))


BARE_PAGE = """
SELECT p.id, p.student_code, p.full_name, p.birth_date, p.sex, e.class_name, p.current_level,
       p.at_risk, p.next_review, p.status
FROM pupils p LEFT OUTER JOIN (SELECT pupil_id, class_name FROM enrolments
                               WHERE school_year = :year) e ON e.pupil_id = p.id
WHERE p.status = 'active' ORDER BY p.name_sort, p.id LIMIT :limit OFFSET :offset"""
BARE_GROUPS = """SELECT pupil_id, "group" FROM circumstances WHERE pupil_id IN ({ids})
AND start_date <= :on AND (end_date IS NULL OR end_date >= :on)"""


def ratio_service_sql(ds: Dataset, runs: int, res: Results) -> None:
    session = open_school(ds)
    try:
        on = reg.today(session)
        offsets = [200, 2000, 6000, 10000]

        def service() -> None:
            for offset in offsets:
                reg.list_pupils(session, offset=offset, limit=200)

        def bare() -> None:
            with session.engine.connect() as conn:
                for offset in offsets:
                    rows = conn.execute(text(BARE_PAGE), {"year": synth.CURRENT_YEAR,
                                                          "limit": 200, "offset": offset}).all()
                    ids = ",".join(str(r[0]) for r in rows)
                    conn.execute(text(BARE_GROUPS.format(ids=ids)), {"on": on}).all()

        pairs = []
        for _ in range(runs):
            s_time = median(timed(service, 3))
            b_time = median(timed(bare, 3))
            pairs.append((s_time, b_time))
        s_med = median([p[0] for p in pairs]) / len(offsets)
        b_med = median([p[1] for p in pairs]) / len(offsets)
        res.add(Figure("A register page through the services / the bare SQL", s_med / b_med, "x",
                       2.0, f"{s_med * 1e3:.1f} ms vs {b_med * 1e3:.1f} ms per page of 200"))
    finally:
        session.close()


def ratio_report(list_ds: Dataset, runs: int, res: Results) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from kimbai_desktop.reports import register_list
    from kimbai_desktop.reports.styles import FONT, FONT_BOLD, register_fonts

    session = open_school(list_ds)
    try:
        request = ReportRequest(ReportKind.REGISTER)
        rows = reg.list_pupils(session, reg.PupilQuery(in_register_only=True), limit=100_000)
        cells = [(str(i), r.full_name, r.birth_date.strftime("%d/%m/%Y") if r.birth_date else "",
                  r.class_name, ", ".join(g.letter for g in r.groups), r.level.vi, "Chưa")
                 for i, r in enumerate(rows, start=1)]

        def app() -> None:
            documents.render_report(documents.prepare_report(session, request))

        def bare() -> None:
            """The same ruled table with reportlab alone, from rows already in memory: no header
            blocks, no document number, no gathering from the database."""
            register_fonts()
            head = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=12, leading=14)
            data = [[Paragraph(c.title, head) for c in register_list.COLUMNS], *cells]
            table = LongTable(data, colWidths=[c.width for c in register_list.COLUMNS],
                              repeatRows=1)  # plain strings in the cells: reportlab's fast path
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 12, 14),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=30 * mm,
                                    rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
            doc.build([Paragraph("DANH SÁCH TRẺ EM", head), table])

        pairs = [(median(timed(app, 1)), median(timed(bare, 1))) for _ in range(runs)]
        a, b = median([p[0] for p in pairs]), median([p[1] for p in pairs])
        res.add(Figure(f"Register list PDF ({len(rows):,} children): app / bare reportlab",
                       a / b, "x", 1.5, f"{a:.2f} s vs {b:.2f} s"))
    finally:
        session.close()


def dossier(ds: Dataset, runs: int, res: Results, entries: int = 500) -> None:
    """The dossier of a case with ``entries`` chronology entries of a few hundred characters:
    gathered and drawn (target 2 s), and beside it reportlab alone drawing the same entries as
    a ruled table from rows already in memory."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from kimbai_desktop.domain.cases import EntryKind
    from kimbai_desktop.reports.styles import FONT, register_fonts
    from kimbai_desktop.services import case_work

    session = open_school(ds)
    try:
        case_id = cs.list_cases(session, cs.CaseQuery(), limit=1)[0].id
        have = len(case_work.list_entries(session, case_id))
        sentence = "Cô giáo chủ nhiệm trao đổi với em và gia đình về việc học tập ở trường. "
        for n in range(have, entries):
            case_work.add_entry(session, case_id, EntryKind.NOTE, f"{n}. " + sentence * 4)
        listed = case_work.list_entries(session, case_id, newest_first=False)
        request = ReportRequest(ReportKind.DOSSIER, case_id=case_id)

        def app() -> None:
            documents.render_report(documents.prepare_report(session, request))

        def bare() -> None:
            register_fonts()
            cell = ParagraphStyle("c", fontName=FONT, fontSize=12, leading=14)
            data = [["STT", "Thời gian", "Loại", "Nội dung", "Người ghi"]] + [
                [str(i), e.event_at.strftime("%H:%M %d/%m/%Y"), e.kind.vi,
                 Paragraph(e.text, cell), e.author] for i, e in enumerate(listed, start=1)]
            table = LongTable(data, colWidths=[12 * mm, 24 * mm, 29 * mm, 67 * mm, 33 * mm],
                              repeatRows=1)
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 12, 14),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=30 * mm,
                                    rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
            doc.build([table])

        pairs = [(median(timed(app, 1)), median(timed(bare, 1))) for _ in range(runs)]
        a, b = median([p[0] for p in pairs]), median([p[1] for p in pairs])
        res.add(Figure(f"Case dossier with {len(listed):,} chronology entries (gather + PDF)",
                       a, "s", 2.0))
        res.add(Figure("Case dossier: app / bare reportlab (same entries, same table)", a / b,
                       "x", 2.0, f"{a:.2f} s vs {b:.2f} s"))
    finally:
        session.close()


# -- main -----------------------------------------------------------------------------------------


def audit_signing(root: Path, res: Results, events: int = 100_000) -> None:
    """Issue 14, point 4: what signing each event costs, and the whole check of a trail of
    ``events`` signed events (chain, every signature, heads) as the window's start-up runs it."""
    from kimbai_desktop.services import audit_verify
    from kimbai_desktop.storage import audit

    folder = root / "audit"
    make_school(folder)
    session = unlock(folder, USERNAME, PASSWORD)
    try:
        now = FixedClock().now()
        batch = [dict(at=now, actor=USERNAME, user_id=session.user.id, action="view",
                      record_type="case", record_id=str(i)) for i in range(5_000)]
        start = time.perf_counter()
        for _ in range(events // len(batch)):
            with session.write() as s:
                audit.append_many(s, batch)
        per_event = (time.perf_counter() - start) / events
        res.add(Figure("audit: write one signed event (in batches)", per_event * 1e6, "µs",
                       None))
        from kimbai_desktop.storage.sealbox import signing_key_of

        key = signing_key_of(session.account_keys.private)  # derived once per session, as audit
        start = time.perf_counter()
        for i in range(2_000):
            key.sign(audit.signed_message(f"{i:064x}"))
        res.add(Figure("audit: one Ed25519 signature", (time.perf_counter() - start) / 2e3 * 1e6,
                       "µs", None))
        check = audit_verify.start(session)
        slices, longest, start = 0, 0.0, time.perf_counter()
        while True:
            t = time.perf_counter()
            done = audit_verify.step(session, check)
            longest, slices = max(longest, time.perf_counter() - t), slices + 1
            if done:
                break
        report = audit_verify.finish(check)
        total = time.perf_counter() - start
        assert report.ok, report.findings
        res.add(Figure(f"audit: check {report.count:,} signed events at start", total, "s", None,
                       "in the background, slice by slice"))
        res.add(Figure(f"audit: longest slice of {audit_verify.SLICE:,} events",
                       longest * 1e3, "ms", 500, f"{slices} slices; the window waits at most one"))
    finally:
        session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--quick", action="store_true",
                        help="a smaller district and fewer runs, to try the benchmarks out")
    args = parser.parse_args(argv)
    runs = 2 if args.quick else args.runs
    res = Results()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kimbai-bench-") as tmp:
        root = Path(tmp)
        print("Building the data (deterministic)...", flush=True)
        t = time.perf_counter()
        school = build(root / "school", synth.Scale.school(), real_kdf=True)
        district_scale = synth.Scale.district()
        if args.quick:
            district_scale = synth.Scale(pupils=30_000, years=3, cases=500, entries_per_case=4,
                                         activities=50, staff=50, audit_events=1_000)
        district = build(root / "district", district_scale, real_kdf=False)
        listed = build(root / "list", synth.Scale(pupils=2_080, years=1, cases=10,
                                                  entries_per_case=4, activities=5, staff=10,
                                                  audit_events=100, circumstance_share=1.0),
                       real_kdf=False)
        m = school.made
        print(f"  large school: {m.pupils:,} pupils ({m.active_pupils:,} enrolled this year), "
              f"{m.cases:,} cases, {m.entries:,} chronology entries, {m.activities:,} "
              f"activities, {m.audit_events:,} audit events; "
              f"{(school.folder / 'kimbai.db').stat().st_size / 1e6:,.0f} MB")
        print(f"  district: {district.made.pupils:,} pupils; built in "
              f"{time.perf_counter() - t:.0f} s")
        print("\nFigures (median of runs) and targets")
        gui_start(school, min(runs, 3), res)
        search(district, "district", res)
        district_pages(district, runs, res)
        search(school, "large school", res)
        reports(school, listed, runs, res)
        dossier(school, min(runs, 3), res)
        import_rows(school, min(runs, 3), res)
        backup(school, min(runs, 3), res)
        audit_signing(root, res, 20_000 if args.quick else 100_000)
        print("\nRatios, both sides in this run")
        ratio_encryption(min(runs, 3), res)
        ratio_service_sql(school, runs, res)
        ratio_report(listed, min(runs, 3), res)
        from tests.bench import ratios
        ratios.run_all(school, district, runs, res)
    missed = [f for f in res.figures if not f.ok]
    print(f"\n{len(res.figures) - len(missed)} of {len(res.figures)} within target"
          + (f"; MISSED: {', '.join(f.name.strip() for f in missed)}" if missed else "")
          + f" ({time.perf_counter() - started:.0f} s)")
    return 1 if missed else 0
