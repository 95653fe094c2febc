"""The self-test behind ``kimbai-desktop --self-test``: on a throw-away encrypted database with
the demo data, every layer a school depends on is exercised once. No Qt here (the start-up module
adds the checks of the window and the translations)."""

from __future__ import annotations

import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kimbai_desktop.domain.errors import KimbaiError


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""
    seconds: float = 0.0


def run_checks(workdir: Path | None = None,
               report: Callable[[Check], None] | None = None) -> list[Check]:
    """Run every check (each independent of the others' failures); returns them in order."""
    results: list[Check] = []

    def check(name: str, fn: Callable[[], str]) -> None:
        start = time.perf_counter()
        try:
            detail, ok = fn(), True
        except KimbaiError as exc:
            detail, ok = exc.render(), False
        except Exception as exc:  # noqa: BLE001 - a self-test reports, it does not stop
            detail, ok = type(exc).__name__, False
        result = Check(name, ok, detail, time.perf_counter() - start)
        results.append(result)
        if report is not None:
            report(result)

    with tempfile.TemporaryDirectory(prefix="kimbai-selftest-",
                                     dir=str(workdir) if workdir else None) as tmp:
        root = Path(tmp)
        state: dict[str, object] = {}
        check("SQLCipher 4", lambda: _cipher())
        check("demo database", lambda: _demo(root, state))
        check("integrity", lambda: _integrity(state))
        check("audit trail", lambda: _audit(state))
        check("reports", lambda: _reports(state))
        check("Excel export", lambda: _excel(root, state))
        check("backup and restore", lambda: _backup(root, state))
        session = state.get("session")
        if session is not None:
            session.close()  # type: ignore[attr-defined]
    return results


def _cipher() -> str:
    from kimbai_desktop.storage.engine import check_cipher_library, cipher_version

    check_cipher_library()
    return cipher_version()


def _demo(root: Path, state: dict[str, object]) -> str:
    from kimbai_desktop.services.demo import create_demo
    from kimbai_desktop.services.register import count_pupils
    from kimbai_desktop.services.session import unlock

    creds = create_demo(root / "data")
    session = unlock(root / "data", creds.username, creds.password)
    state["session"] = session
    return f"{count_pupils(session)} pupils"


def _session(state: dict[str, object]):  # type: ignore[no-untyped-def]
    session = state.get("session")
    if session is None:
        raise RuntimeError("no database")
    return session


def _integrity(state: dict[str, object]) -> str:
    from kimbai_desktop.services.maintenance import check_database

    result = check_database(_session(state))
    if not result.ok:
        raise RuntimeError("integrity")
    return f"schema {result.schema_revision}"


def _audit(state: dict[str, object]) -> str:
    from kimbai_desktop.services.audit_log import verify_chain

    status = verify_chain(_session(state))
    if not status.ok:
        raise RuntimeError("audit chain broken")
    return f"{status.count} events"


def _reports(state: dict[str, object]) -> str:
    from kimbai_desktop.reports.catalogue import ReportKind, ReportRequest
    from kimbai_desktop.services.cases import list_cases
    from kimbai_desktop.services.documents import prepare_report, render_report
    from kimbai_desktop.services.inspections import list_inspections
    from kimbai_desktop.services.training import list_activities

    session = _session(state)
    case_id = list_cases(session)[0].id
    activity_id = list_activities(session)[0].id
    inspection_id = list_inspections(session)[0].id
    for kind in ReportKind:
        request = ReportRequest(kind, case_id=case_id if kind.needs_case else None,
                                activity_id=activity_id if kind.needs_activity else None,
                                inspection_id=inspection_id if kind.needs_inspection else None)
        pdf = render_report(prepare_report(session, request))
        if not pdf.startswith(b"%PDF") or b"/Helvetica" in pdf:
            raise RuntimeError(f"report {kind.value}")
    from kimbai_desktop.reports.guide import render_guide

    guide = render_guide()
    if not guide.startswith(b"%PDF") or b"/Helvetica" in guide:
        raise RuntimeError("getting-started guide")
    return f"{len(ReportKind)} kinds and the guide"


def _excel(root: Path, state: dict[str, object]) -> str:
    from kimbai_desktop.services.excel_export import export_register

    rows = export_register(_session(state), root / "register.xlsx", None,
                           password=secrets.token_urlsafe(16))  # a protected export works
    return f"{rows} rows"


def _backup(root: Path, state: dict[str, object]) -> str:
    from kimbai_desktop.services.backup import create_backup, restore_backup
    from kimbai_desktop.services.demo import DEMO_PASSWORD, DEMO_USERNAME
    from kimbai_desktop.services.register import count_pupils
    from kimbai_desktop.services.session import unlock

    session = _session(state)
    (root / "usb").mkdir()
    info = create_backup(session, root / "usb")
    restore_backup(info.path, root / "restored")
    copy = unlock(root / "restored", DEMO_USERNAME, DEMO_PASSWORD)
    try:
        if count_pupils(copy) != count_pupils(session):
            raise RuntimeError("restored copy differs")
    finally:
        copy.close()
    return f"{info.size // 1024} KiB"
