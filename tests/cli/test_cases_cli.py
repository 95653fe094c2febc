"""`kimbai cases list`: code, status, next deadline, overdue flag; never a child's name."""

from __future__ import annotations

import csv
import io

from tests.cli.test_cli import run


def test_cases_list_on_the_demo_school(data_dir):
    assert run(["demo", "--data-dir", str(data_dir)])[0] == 0
    args = ["cases", "list", "--data-dir", str(data_dir), "--user", "demo", "--password-stdin"]
    code, out, err = run([*args, "--format", "csv"], "kimbai-demo\n")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 9  # header + 8 demo cases
    assert all(r[0].startswith("VV-") for r in rows[1:])
    from kimbai_desktop.services.register import PupilQuery, list_pupils
    from kimbai_desktop.services.session import unlock

    s = unlock(data_dir, "demo", "kimbai-demo")
    names = [p.full_name for p in list_pupils(s, PupilQuery(), limit=1000)]
    s.close()
    assert not any(name in out for name in names)
    code, overdue, _ = run([*args, "--overdue", "--format", "csv"], "kimbai-demo\n")
    assert code == 0 and 1 < len(overdue.splitlines()) < len(rows)
    # long before any of the cases, nothing is overdue
    code, early, _ = run([*args, "--overdue", "--as-of", "2000-01-01"], "kimbai-demo\n")
    assert code == 0 and len(early.strip().splitlines()) == 1
    assert run([*args, "--as-of", "31/12/2024"], "kimbai-demo\n")[0] == 2
    # a teacher sees only their own concern
    code, out, _ = run(["cases", "list", "--data-dir", str(data_dir), "--user", "giaovien",
                        "--password-stdin", "--format", "csv"], "kimbai-demo\n")
    assert code == 0 and len(out.strip().splitlines()) == 2
