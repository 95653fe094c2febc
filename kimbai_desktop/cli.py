"""The ``kimbai`` command: set-up and administration without the window. No Qt here.

Passwords are never command-line arguments: they are prompted, or read as one line from standard
input with ``--password-stdin``. Exit status: 0 success, 1 a user error (one plain line, no
traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from kimbai_desktop import __version__
from kimbai_desktop.config import resolve_data_dir
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import (
    BackupFolderMissing,
    DatabaseBusy,
    KimbaiError,
    ValidationError,
)
from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.i18n import QT_TRANSLATE_NOOP, current_language, translate

if TYPE_CHECKING:
    from kimbai_desktop.services.instance import InstanceLock
    from kimbai_desktop.services.session import AppSession


def _(text: str) -> str:
    return translate("Cli", text)


class UsageError(Exception):
    """Wrong usage of the command line (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {_(QT_TRANSLATE_NOOP('Cli', 'error'))}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="kimbai", description=_(QT_TRANSLATE_NOOP(
        "Cli", "KimBai Desktop: child protection records for a primary school (administration).")))
    p.add_argument("--version", action="version", version=f"kimbai {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def data_dir_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--data-dir", metavar="D", help=_(QT_TRANSLATE_NOOP(
            "Cli", "data folder (default: KIMBAI_DATA_DIR or the per-user folder)")))

    def password_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--password-stdin", action="store_true", help=_(QT_TRANSLATE_NOOP(
            "Cli", "read the password as one line from standard input")))

    init = sub.add_parser("init", help=_(QT_TRANSLATE_NOOP("Cli", "set up a new school database")))
    data_dir_arg(init)
    init.add_argument("--school", required=True, help=_(QT_TRANSLATE_NOOP("Cli", "school name")))
    init.add_argument("--superior", required=True,
                      help=_(QT_TRANSLATE_NOOP("Cli", "superior body (cơ quan chủ quản)")))
    init.add_argument("--place", required=True,
                      help=_(QT_TRANSLATE_NOOP("Cli", "place name used in document dates")))
    init.add_argument("--principal", required=True,
                      help=_(QT_TRANSLATE_NOOP("Cli", "principal's full name")))
    init.add_argument("--symbol", required=True,
                      help=_(QT_TRANSLATE_NOOP("Cli", "document symbol, for example THKB")))
    init.add_argument("--school-year", required=True,
                      help=_(QT_TRANSLATE_NOOP("Cli", "school year, for example 2024-2025")))
    init.add_argument("--admin", required=True,
                      help=_(QT_TRANSLATE_NOOP("Cli", "account name of the principal")))
    password_arg(init)

    demo = sub.add_parser("demo", help=_(QT_TRANSLATE_NOOP(
        "Cli", "create a demo school with invented data")))
    data_dir_arg(demo)
    demo.add_argument("--seed", type=int, default=1, help=_(QT_TRANSLATE_NOOP(
        "Cli", "number that varies the invented data")))

    check = sub.add_parser("check", help=_(QT_TRANSLATE_NOOP(
        "Cli", "unlock and check the database's integrity")))
    data_dir_arg(check)
    check.add_argument("--user", required=True, help=_(QT_TRANSLATE_NOOP("Cli", "account name")))
    password_arg(check)

    users = sub.add_parser("users", help=_(QT_TRANSLATE_NOOP(
        "Cli", "list, add, change the password of, or remove accounts")))
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True,
                                     parser_class=_Parser)
    for name, help_text in [
        ("list", QT_TRANSLATE_NOOP("Cli", "list the accounts")),
        ("add", QT_TRANSLATE_NOOP("Cli", "add an account (its password is the next line on "
                                         "standard input, or prompted)")),
        ("passwd", QT_TRANSLATE_NOOP("Cli", "set a new password for an account (your own, or "
                                            "any account if you are the principal)")),
        ("remove", QT_TRANSLATE_NOOP("Cli", "remove an account's access (its history stays)")),
    ]:
        sp = users_sub.add_parser(name, help=_(help_text))
        data_dir_arg(sp)
        sp.add_argument("--user", required=True, help=_(QT_TRANSLATE_NOOP(
            "Cli", "your account name")))
        password_arg(sp)
        if name != "list":
            sp.add_argument("account", help=_(QT_TRANSLATE_NOOP("Cli", "the account concerned")))
        if name == "add":
            sp.add_argument("--full-name", required=True, help=_(QT_TRANSLATE_NOOP(
                "Cli", "full name of the account holder")))
            sp.add_argument("--role", required=True, choices=[r.value for r in Role],
                            help=_(QT_TRANSLATE_NOOP("Cli", "role of the account")))

    rotate = sub.add_parser("rotate-key", help=_(QT_TRANSLATE_NOOP(
        "Cli", "re-encrypt the database under a new data key (when a staff member leaves)")))
    data_dir_arg(rotate)
    rotate.add_argument("--user", required=True, help=_(QT_TRANSLATE_NOOP(
        "Cli", "your account name")))
    rotate.add_argument("--remove", action="append", default=[], metavar="ACCOUNT",
                        help=_(QT_TRANSLATE_NOOP("Cli", "account to remove at the same time")))
    password_arg(rotate)

    audit_p = sub.add_parser("audit", help=_(QT_TRANSLATE_NOOP("Cli", "audit trail")))
    audit_sub = audit_p.add_subparsers(dest="audit_command", metavar="ACTION", required=True,
                                       parser_class=_Parser)
    verify = audit_sub.add_parser("verify", help=_(QT_TRANSLATE_NOOP(
        "Cli", "check that no audit event was changed, removed or reordered")))
    data_dir_arg(verify)
    verify.add_argument("--user", required=True, help=_(QT_TRANSLATE_NOOP(
        "Cli", "your account name")))
    verify.add_argument("--head", action="append", default=[], metavar="COUNT:HASH",
                        help=_(QT_TRANSLATE_NOOP(
                            "Cli", "a head printed on a report (number of events and hash), to "
                            "compare with the trail; may be given several times")))
    password_arg(verify)

    backup = sub.add_parser("backup", help=_(QT_TRANSLATE_NOOP(
        "Cli", "make one encrypted backup file (database and keys), for example on a USB drive")))
    data_dir_arg(backup)
    backup.add_argument("--user", required=True, help=_(QT_TRANSLATE_NOOP(
        "Cli", "your account name")))
    password_arg(backup)
    backup.add_argument("--to", required=True, metavar="FILE_OR_FOLDER", help=_(QT_TRANSLATE_NOOP(
        "Cli", "backup file to write, or an existing folder (the name is then the date and time)")))

    restore = sub.add_parser("restore", help=_(QT_TRANSLATE_NOOP(
        "Cli", "restore a backup file into a data folder (data already there is kept aside)")))
    restore.add_argument("--from", dest="source", required=True, metavar="FILE",
                         help=_(QT_TRANSLATE_NOOP("Cli", "the backup file (.kimbai-backup)")))
    data_dir_arg(restore)
    restore.add_argument("--user", help=_(QT_TRANSLATE_NOOP(
        "Cli", "a principal of the data being replaced (needed when the folder holds a school)")))
    password_arg(restore)

    students = sub.add_parser("students", help=_(QT_TRANSLATE_NOOP(
        "Cli", "import the pupil list from Excel, or print the register")))
    students_sub = students.add_subparsers(dest="students_command", metavar="ACTION",
                                           required=True, parser_class=_Parser)
    s_import = students_sub.add_parser("import", help=_(QT_TRANSLATE_NOOP(
        "Cli", "import pupils from a class list, every sheet that holds one (all or nothing; "
        "same mã định danh = update; pupils who left are not added)")))
    s_import.add_argument("file", metavar="FILE", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the class list (.xlsx, .xls or .ods)")))
    s_import.add_argument("--sheet", action="append", metavar="NAME", help=_(QT_TRANSLATE_NOOP(
        "Cli", "import only this sheet (may be given several times; default: every sheet that "
        "holds a pupil list)")))
    s_import.add_argument("--pad-codes", action="store_true", help=_(QT_TRANSLATE_NOOP(
        "Cli", "put back the leading zeros of identifiers that Excel stored as numbers")))
    s_import.add_argument("--dry-run", action="store_true", help=_(QT_TRANSLATE_NOOP(
        "Cli", "check the file and count, without changing anything")))
    s_import.add_argument("--errors-out", metavar="FILE.xlsx", help=_(QT_TRANSLATE_NOOP(
        "Cli", "where to copy the rows with errors (default: next to the file)")))
    s_list = students_sub.add_parser("list", help=_(QT_TRANSLATE_NOOP(
        "Cli", "print the register in Vietnamese name order")))
    s_list.add_argument("--search", default="", metavar="TEXT", help=_(QT_TRANSLATE_NOOP(
        "Cli", "only pupils whose name or identifier matches this, accents ignored: whole words "
        "first, then word starts, then matches inside a word; a word of one or two letters "
        "only matches the start of a word")))
    s_list.add_argument("--class", dest="class_name", default="", metavar="NAME",
                        help=_(QT_TRANSLATE_NOOP("Cli", "only this class, for example 3A")))
    s_list.add_argument("--format", choices=["table", "csv"], default="table",
                        help=_(QT_TRANSLATE_NOOP("Cli", "output format (default: table)")))
    for sp in (s_import, s_list):
        data_dir_arg(sp)
        sp.add_argument("--user", required=True, help=_(QT_TRANSLATE_NOOP(
            "Cli", "your account name")))
        password_arg(sp)
    cases_p = sub.add_parser("cases", help=_(QT_TRANSLATE_NOOP("Cli", "case files")))
    cases_sub = cases_p.add_subparsers(dest="cases_command", metavar="ACTION", required=True,
                                       parser_class=_Parser)
    c_list = cases_sub.add_parser("list", help=_(QT_TRANSLATE_NOOP(
        "Cli", "list the cases you may see: code, status, next deadline (no children's names)")))
    data_dir_arg(c_list)
    c_list.add_argument("--user", required=True, help=_(QT_TRANSLATE_NOOP(
        "Cli", "your account name")))
    password_arg(c_list)
    c_list.add_argument("--overdue", action="store_true", help=_(QT_TRANSLATE_NOOP(
        "Cli", "only cases with an overdue deadline")))
    c_list.add_argument("--as-of", metavar="YYYY-MM-DD", help=_(QT_TRANSLATE_NOOP(
        "Cli", "judge deadlines as on this day (default: today)")))
    c_list.add_argument("--format", choices=["table", "csv"], default="table")

    report = sub.add_parser("report", help=_(QT_TRANSLATE_NOOP(
        "Cli", "make an official document (PDF or an editable Word .docx in the Nghị định 30 "
        "format; the statistics also as .xlsx), numbered in the outgoing-document register")))
    report.add_argument("kind", nargs="?", metavar="KIND", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the document to make (see --list)")))
    report.add_argument("--list", action="store_true", help=_(QT_TRANSLATE_NOOP(
        "Cli", "list the documents that can be made")))
    data_dir_arg(report)
    report.add_argument("--user", help=_(QT_TRANSLATE_NOOP("Cli", "your account name")))
    password_arg(report)
    report.add_argument("--out", metavar="FILE.pdf", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the file to write: .pdf, or .docx for a copy to edit in Word (the statistics "
        "also .xlsx)")))
    report.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help=_(
        QT_TRANSLATE_NOOP("Cli", "first day of the period (periodic, training, statistics)")))
    report.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help=_(
        QT_TRANSLATE_NOOP("Cli", "last day of the period (periodic, training, statistics)")))
    report.add_argument("--semester", type=int, choices=[1, 2], help=_(QT_TRANSLATE_NOOP(
        "Cli", "semester I or II of the school year (periodic, training, statistics)")))
    report.add_argument("--activity", type=int, metavar="ID", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the activity of an attendance sheet (its number in the training log)")))
    report.add_argument("--inspection", type=int, metavar="ID", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the inspection of an inspection minute (its number in the inspection log)")))
    report.add_argument("--school-year", default="", metavar="YYYY-YYYY", help=_(QT_TRANSLATE_NOOP(
        "Cli", "school year, for example 2024-2025")))
    report.add_argument("--case", metavar="CODE", help=_(QT_TRANSLATE_NOOP(
        "Cli", "case code, for example VV-2024-2025/003")))
    report.add_argument("--basis", default="", metavar="TEXT", help=_(QT_TRANSLATE_NOOP(
        "Cli", "plan: the superior body's instruction it implements, e.g. \"Công văn số "
        "349/GDĐT-CTTT ngày 30/5/2024 của Phòng Giáo dục và Đào tạo\"")))
    report.add_argument("--deidentified", action="store_true", help=_(QT_TRANSLATE_NOOP(
        "Cli", "leave out names, addresses, phone numbers and staff names (case documents)")))
    report.add_argument("--share-reason", choices=["child_safety", "authority_request"],
                        help=_(QT_TRANSLATE_NOOP(
        "Cli", "a complete dossier without the family's recorded consent: the reason the law "
        "allows (the child's safety, a request of a competent authority); audited and printed "
        "in the dossier")))
    report.add_argument("--share-note", default="", metavar="TEXT", help=_(QT_TRANSLATE_NOOP(
        "Cli", "with --share-reason: the danger, or the authority and its request's number "
        "and date")))
    report.add_argument("--publication", action="store_true", help=_(QT_TRANSLATE_NOOP(
        "Cli", "statistics to publish (notice board, meeting): counts from 1 to 4 shown as "
        "\"dưới 5\" and the cells that would give them away hidden; the copy for the superior "
        "body keeps exact figures")))

    def account_args(sp: argparse.ArgumentParser) -> None:
        data_dir_arg(sp)
        sp.add_argument("--user", required=True, help=_(QT_TRANSLATE_NOOP(
            "Cli", "your account name")))
        password_arg(sp)

    from kimbai_desktop.cli_handover import add_parser as add_handover

    add_handover(sub, _Parser, account_args)

    guide = sub.add_parser("guide", help=_(QT_TRANSLATE_NOOP(
        "Cli", "write the one-page getting-started guide (PDF, in Vietnamese) to print")))
    guide.add_argument("--out", required=True, metavar="FILE.pdf", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the file to write (.pdf)")))
    return p


def _read_password(args: argparse.Namespace, stdin: TextIO, *, confirm: bool = False) -> str:
    if args.password_stdin:
        line = stdin.readline()
        if not line:
            raise UsageError(_(QT_TRANSLATE_NOOP("Cli", "no password on standard input")))
        return line.rstrip("\r\n")
    if not stdin.isatty():
        raise UsageError(_(QT_TRANSLATE_NOOP(
            "Cli", "no terminal to ask for the password: use --password-stdin")))
    password = getpass.getpass(_(QT_TRANSLATE_NOOP("Cli", "Password: ")))
    if confirm:
        again = getpass.getpass(_(QT_TRANSLATE_NOOP("Cli", "Password again: ")))
        if again != password:
            raise KimbaiError(QT_TRANSLATE_NOOP(
                "Errors", "The two passwords are not the same. Type them again."))
    return password


def export_password(args: argparse.Namespace, stdin: TextIO) -> str:
    """The password that protects a file with personal data (services/protection.py): with
    ``--password-stdin`` the next line on standard input (after the account's password),
    otherwise typed twice at the terminal. Never stored; checked before any work."""
    from kimbai_desktop.services.protection import check_password

    if args.password_stdin:
        line = stdin.readline()
        if not line:
            raise UsageError(_(QT_TRANSLATE_NOOP(
                "Cli", "this file holds personal data: put the password that protects it on "
                "the next line of standard input")))
        return check_password(line.rstrip("\r\n"))
    if not stdin.isatty():
        raise UsageError(_(QT_TRANSLATE_NOOP(
            "Cli", "no terminal to ask for the file's password: use --password-stdin")))
    password = getpass.getpass(_(QT_TRANSLATE_NOOP(
        "Cli", "Password to protect the file (send it to the recipient separately): ")))
    again = getpass.getpass(_(QT_TRANSLATE_NOOP("Cli", "The file's password again: ")))
    return check_password(password, again)


def cmd_init(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.services.setup import initialize_school

    data_dir = resolve_data_dir(args.data_dir)
    profile = SchoolProfile(args.school, args.superior, args.place, args.principal,
                            args.symbol, args.school_year)
    password = _read_password(args, stdin, confirm=True)
    with _locked(data_dir):
        recovery = initialize_school(data_dir, profile, args.admin, args.principal, password)
    out.write(_(QT_TRANSLATE_NOOP("Cli", "The school database was created in {folder}.")).format(
        folder=data_dir) + "\n")
    out.write(_(QT_TRANSLATE_NOOP(
        "Cli", "RECOVERY KEY (shown only this once; print it or write it down and keep it "
        "in the principal's safe):")) + "\n")
    out.write(f"    {recovery}\n")
    return 0


def cmd_demo(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.services.demo import create_demo

    data_dir = resolve_data_dir(args.data_dir)
    with _locked(data_dir):
        creds = create_demo(data_dir, args.seed)
    out.write(_(QT_TRANSLATE_NOOP("Cli", "Demo school created in {folder}.")).format(
        folder=data_dir) + "\n")
    out.write(_(QT_TRANSLATE_NOOP("Cli", "Demo account: {user}  password: {password}")).format(
        user=creds.username, password=creds.password) + "\n")
    lang = current_language()
    others = ", ".join(f"{name} ({role.label(lang)})" for name, role in creds.other_accounts)
    out.write(_(QT_TRANSLATE_NOOP("Cli", "Other demo accounts, same password: {accounts}")).format(
        accounts=others) + "\n")
    return 0


def cmd_check(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.services.maintenance import check_database
    from kimbai_desktop.services.session import unlock

    data_dir = resolve_data_dir(args.data_dir)
    password = _read_password(args, stdin)
    with _locked(data_dir) if data_dir.is_dir() else nullcontext():
        session = unlock(data_dir, args.user, password)
        _say_rotation_outcome(session)
        try:
            result = check_database(session)
            trail = _verify_trail(session) if result.ok else None
        finally:
            session.close()
    if not result.ok:
        for problem in result.problems[:20]:
            out.write(f"  {problem}\n")
        raise KimbaiError(QT_TRANSLATE_NOOP(
            "Errors", "The integrity check found damage. Do not write to this database; restore "
            "the latest backup."))
    out.write(_(QT_TRANSLATE_NOOP(
        "Cli", "Database OK (SQLCipher {cipher}, schema {schema}).")).format(
        cipher=result.cipher_version, schema=result.schema_revision) + "\n")
    assert trail is not None
    _tell_trail(trail, out)
    return 0


def _verify_trail(session: AppSession, heads: tuple[str, ...] = ()) -> Any:
    """The audit trail checked in full (services/audit_verify.py); heads typed from reports."""
    from kimbai_desktop.services.audit_verify import parse_head, verify_all

    typed = []
    for text in heads:
        head = parse_head(text)
        if head is None:
            raise UsageError(_(QT_TRANSLATE_NOOP(
                "Cli", "--head takes the number of events and the hash from the report, as "
                "COUNT:HASH")))
        typed.append(head)
    return verify_all(session, tuple(typed))


def _tell_trail(report: Any, out: TextIO) -> None:
    """Print the verdict; not intact: each finding on its own line, then the error (exit 1)."""
    from kimbai_desktop.services.audit_verify import finding_text, report_lines

    def tr(text: str) -> str:
        return translate("AuditCheck", text)

    lines = report_lines(report, tr)
    if report.ok:
        out.write(lines[0] + "\n")
        return
    for line in lines[1:]:
        out.write(f"  {line}\n")
    raise KimbaiError(QT_TRANSLATE_NOOP("Errors", "The audit trail is NOT intact: {first}"),
                      first=finding_text(report.findings[0], tr))


def _new_password(args: argparse.Namespace, stdin: TextIO) -> str:
    """The second secret: the next line on stdin, or prompted twice."""
    if args.password_stdin:
        line = stdin.readline()
        if not line:
            raise UsageError(_(QT_TRANSLATE_NOOP(
                "Cli", "the new password must be the second line on standard input")))
        return line.rstrip("\r\n")
    password = getpass.getpass(_(QT_TRANSLATE_NOOP("Cli", "New password: ")))
    if getpass.getpass(_(QT_TRANSLATE_NOOP("Cli", "New password again: "))) != password:
        raise KimbaiError(QT_TRANSLATE_NOOP(
            "Errors", "The two passwords are not the same. Type them again."))
    return password


def terminal_text(value: object) -> str:
    """A cell for the terminal: stored text (records saved before input was cleaned may hold
    them) never reaches the terminal with escapes, other control characters or bidirectional
    overrides, which would recolour, rewrite or reorder what the user sees."""
    from kimbai_desktop.domain.text import normalize_text

    return normalize_text(str(value))


def _signed_in(args: argparse.Namespace, stdin: TextIO) -> tuple[AppSession, str]:
    """Unlock as ``--user``; returns the session and the password used (for a change of it)."""
    from kimbai_desktop.services.session import unlock

    password = _read_password(args, stdin)
    data_dir = resolve_data_dir(args.data_dir)
    if not data_dir.is_dir():
        return unlock(data_dir, args.user, password), password  # says what is missing
    lock = _folder_lock(data_dir)
    try:
        session = unlock(data_dir, args.user, password)
    except BaseException:
        lock.release()
        raise
    session.on_close(lock.release)  # held until the command has finished with the data
    _say_rotation_outcome(session)
    _say_sign_in_news(session)
    return session, password


def _say_sign_in_news(session: AppSession) -> None:
    """Told once after signing in: a password reset by someone else; for a principal, the
    sealed-file recovery key made now (printed once, for the chair of the child-protection
    board)."""
    from kimbai_desktop.domain.formatting import format_datetime
    from kimbai_desktop.domain.when import school_time
    from kimbai_desktop.services.sealed_files import after_sign_in

    news = after_sign_in(session)
    for notice in news.notices:
        sys.stderr.write("kimbai: " + _(QT_TRANSLATE_NOOP(
            "Cli", "Your password was reset by {name} on {when}. If that was not agreed with "
            "you, tell the principal. Sealed case files must be given to you again.")).format(
            name=terminal_text(notice.by_name), when=format_datetime(school_time(notice.at))) + "\n")
    if news.sealed_now:
        sys.stderr.write("kimbai: " + _(QT_TRANSLATE_NOOP(
            "Cli", "{count} case files that name a member of staff were sealed.")).format(
            count=news.sealed_now) + "\n")
    if news.recovery_secret:
        sys.stderr.write("kimbai: " + _(QT_TRANSLATE_NOOP(
            "Cli", "Recovery key for sealed case files (write it down now for the chair of the "
            "child-protection board; it is not shown again):")) + "\n")
        sys.stderr.write(f"    {news.recovery_secret}\n")


def _say_rotation_outcome(session: AppSession) -> None:
    """An interrupted key rotation was finished or undone at this unlock: say which."""
    from kimbai_desktop.services.rotation import OUTCOME_TEXT

    if session.rotation_outcome is not None:
        sys.stderr.write("kimbai: " + translate("Errors", OUTCOME_TEXT[session.rotation_outcome])
                         + "\n")


def cmd_users(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.services import accounts

    session, password = _signed_in(args, stdin)
    try:
        if args.users_command == "list":
            for a in accounts.list_accounts(session):
                state = _(QT_TRANSLATE_NOOP("Cli", "active")) if a.active and a.has_keyslot \
                    else _(QT_TRANSLATE_NOOP("Cli", "no access"))
                out.write(f"{a.username:<20} {a.role.label(current_language()):<34} {state:<14} "
                          f"{terminal_text(a.full_name)}\n")
            _list_other_slots(accounts.list_slots(session), out)
            return 0
        target = next((a for a in accounts.list_accounts(session)
                       if a.username == args.account.strip().lower()), None) \
            if session.user.role == Role.PRINCIPAL else None
        if args.users_command == "add":
            accounts.add_account(session, args.account, args.full_name, Role(args.role),
                                 _new_password(args, stdin))
            out.write(_(QT_TRANSLATE_NOOP("Cli", "Account {name} added.")).format(
                name=args.account.strip().lower()) + "\n")
        elif args.users_command == "passwd":
            if args.account.strip().lower() == session.user.username:
                accounts.change_own_password(session, password, _new_password(args, stdin))
            else:
                if target is None:
                    raise KimbaiError(accounts.NO_SUCH_ACCOUNT)
                accounts.reset_password(session, target.id, _new_password(args, stdin))
            out.write(_(QT_TRANSLATE_NOOP("Cli", "Password changed.")) + "\n")
        elif args.users_command == "remove":
            if target is None:
                raise KimbaiError(accounts.NO_SUCH_ACCOUNT)
            accounts.remove_account(session, target.id)
            out.write(_(QT_TRANSLATE_NOOP("Cli", "Account {name} can no longer sign in.")).format(
                name=target.username) + "\n")
        return 0
    finally:
        session.close()


def _list_other_slots(views: list, out: TextIO) -> None:
    """Every slot of kimbai.keys besides the accounts' own (listed above): the recovery key, and
    any that belongs to no account (added by hand, or left by an interrupted removal)."""
    for view in views:
        if view.owner == "recovery":
            text = _(QT_TRANSLATE_NOOP("Cli", "key slot of the recovery key"))
        elif not view.owner:
            text = _(QT_TRANSLATE_NOOP(
                "Cli", "key slot that belongs to no account: it cannot sign in; kimbai rotate-key "
                "removes it"))
        else:
            continue
        out.write(f"{view.slot_id:<20} {text}\n")


def cmd_rotate_key(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.services.keys import rotate_data_key

    session, _password = _signed_in(args, stdin)
    try:
        rotate_data_key(session, tuple(args.remove))
    finally:
        session.close()
    out.write(_(QT_TRANSLATE_NOOP(
        "Cli", "The database now uses a new data key; the old one opens nothing. The automatic "
        "backups in the data folder were replaced by one under the new key. Backups copied "
        "elsewhere (USB drives) still open with the old passwords: make a new backup and "
        "destroy the old ones."))
        + "\n")
    return 0


def cmd_audit(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.domain.access import Permission

    session, _password = _signed_in(args, stdin)
    try:
        session.require(Permission.VIEW_AUDIT)
        report = _verify_trail(session, tuple(args.head))
    finally:
        session.close()
    _tell_trail(report, out)
    return 0


def cmd_backup(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:

    from kimbai_desktop.services.backup import create_backup

    target = Path(args.to).expanduser()
    if args.to.endswith(("/", os.sep)) and not target.is_dir():
        raise BackupFolderMissing()  # "--to USB/": a folder was meant, not a file named USB
    session, _password = _signed_in(args, stdin)
    try:
        info = create_backup(session, target)
    finally:
        session.close()
    out.write(_(QT_TRANSLATE_NOOP("Cli", "Backup written: {file}")).format(
        file=info.path.absolute()) + "\n")
    return 0


def cmd_restore(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:

    from kimbai_desktop.services.backup import restore_backup
    from kimbai_desktop.storage.database import DataFolder

    data_dir = resolve_data_dir(args.data_dir)
    username = password = ""
    if DataFolder(data_dir).keys_path.exists():  # live data: its principal must agree
        if not args.user:
            from kimbai_desktop.services.backup import RestoreNeedsPrincipal

            raise RestoreNeedsPrincipal()
        username, password = args.user, _read_password(args, stdin)
    result = restore_backup(Path(args.source).expanduser(), data_dir, username=username,
                            password=password)
    out.write(_(QT_TRANSLATE_NOOP("Cli", "The backup was restored into {folder}. Unlock it with "
                                  "the passwords or the recovery key valid when the backup was "
                                  "made.")).format(folder=result.data_dir) + "\n")
    if result.kept_dir is not None:
        out.write(_(QT_TRANSLATE_NOOP("Cli", "The data that was there before was kept in "
                                      "{folder}.")).format(folder=result.kept_dir) + "\n")
    return 0


def cmd_students(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    session, _password = _signed_in(args, stdin)
    try:
        if args.students_command == "import":
            from kimbai_desktop.cli_import import students_import

            return students_import(session, args, out, lambda: export_password(args, stdin))
        return _students_list(session, args, out)
    finally:
        session.close()


def _write_csv(out: TextIO, header: Sequence[str], rows: Sequence[Sequence[str]],
                lineterminator: str = "\r\n") -> None:
    """CSV where no cell is a formula a spreadsheet would run (=, +, -, @, tab, CR first get an
    apostrophe, as the Excel export's quote prefix does: services/excel_export.csv_text)."""
    import csv

    from kimbai_desktop.services.excel_export import csv_text

    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerow([csv_text(h) for h in header])
    writer.writerows([csv_text(v) for v in row] for row in rows)


def _students_list(session: AppSession, args: argparse.Namespace, out: TextIO) -> int:
    """The register in Vietnamese name order (the listing is audited as a view)."""
    from kimbai_desktop.domain.formatting import format_date
    from kimbai_desktop.services.excel_export import all_pupils
    from kimbai_desktop.services.register import PupilQuery

    lang = current_language()
    header = [_(QT_TRANSLATE_NOOP("Cli", "Identifier")), _(QT_TRANSLATE_NOOP("Cli", "Full name")),
              _(QT_TRANSLATE_NOOP("Cli", "Date of birth")), _(QT_TRANSLATE_NOOP("Cli", "Class")),
              _(QT_TRANSLATE_NOOP("Cli", "Level")), _(QT_TRANSLATE_NOOP("Cli", "Groups"))]
    rows = [[terminal_text(v) for v in (
                p.student_code, p.full_name, format_date(p.birth_date) if p.birth_date else "",
                p.class_name, p.level.label(lang), ",".join(g.letter for g in p.groups))]
            for p in all_pupils(session, PupilQuery(text=args.search,
                                                    class_name=args.class_name))]
    if args.format == "csv":
        _write_csv(out, header, rows, lineterminator="\n")
        return 0
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
    out.write(_(QT_TRANSLATE_NOOP("Cli", "{count} pupils.")).format(count=len(rows)) + "\n")
    return 0


_OPTION_OF_FIELD = {
    "school_name": "--school",
    "superior_body": "--superior",
    "place_name": "--place",
    "principal_name": "--principal",
    "full_name": "--principal",
    "document_symbol": "--symbol",
    "school_year": "--school-year",
    "username": "--admin",
    "password": "password",
    "again": "password",
    "note": "--share-note",
}

def cmd_cases(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from datetime import date, datetime, time

    from kimbai_desktop.domain.access import Permission
    from kimbai_desktop.domain.clock import FixedClock
    from kimbai_desktop.domain.deadlines import SCHOOL_TZ, DeadlineState
    from kimbai_desktop.domain.formatting import format_datetime
    from kimbai_desktop.services.cases import CaseQuery, list_cases
    from kimbai_desktop.services.overview import deadlines_of_case

    as_of = None
    if args.as_of:
        try:
            as_of = date.fromisoformat(args.as_of)
        except ValueError:
            raise UsageError(_(QT_TRANSLATE_NOOP(
                "Cli", "--as-of needs a date written as YYYY-MM-DD"))) from None
    session, _password = _signed_in(args, stdin)
    try:
        if as_of is not None:  # judge deadlines at the end of that school day
            session.clock = FixedClock(datetime.combine(as_of, time(23, 0), SCHOOL_TZ))
        rows = []
        offset = 0
        while True:
            page = list_cases(session, CaseQuery(newest_first=False), offset=offset, limit=500)
            if not page:
                break
            offset += len(page)
            manager = session.can(Permission.MANAGE_CASES)
            for brief in page:
                pending = [d for d in deadlines_of_case(session, brief.id)
                           if d.state != DeadlineState.DONE] if manager else []
                pending.sort(key=lambda d: d.due)
                overdue = any(d.state == DeadlineState.OVERDUE for d in pending)
                if args.overdue and not overdue:
                    continue
                nxt = pending[0] if pending else None
                rows.append(tuple(terminal_text(v) for v in (
                             brief.code, brief.status.label(current_language()),
                             brief.step.label(current_language()),
                             f"{nxt.what} {format_datetime(nxt.due.astimezone(SCHOOL_TZ))}"
                             if nxt else "",
                             _(QT_TRANSLATE_NOOP("Cli", "OVERDUE")) if overdue else "")))
    finally:
        session.close()
    headers = [_(QT_TRANSLATE_NOOP("Cli", "Code")), _(QT_TRANSLATE_NOOP("Cli", "Status")),
               _(QT_TRANSLATE_NOOP("Cli", "Step")), _(QT_TRANSLATE_NOOP("Cli", "Next deadline")),
               _(QT_TRANSLATE_NOOP("Cli", "Overdue"))]
    if args.format == "csv":
        _write_csv(out, headers, rows)
    else:
        widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
        for r in [headers, *rows]:
            out.write("  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True))
                      .rstrip() + "\n")
    return 0


def cmd_report(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """One document into a file: numbered in the outgoing-document register, written
    atomically (an interrupted run leaves no file), the save audited. A document with personal
    data is protected by a password read after the account's (:func:`export_password`)."""
    from datetime import date

    from kimbai_desktop.domain.school import parse_school_year
    from kimbai_desktop.services import documents
    from kimbai_desktop.services.sharing import ConsentNeeded

    lang = current_language()
    if args.list:
        for each in documents.ReportKind:
            out.write(f"{each.value:<12} {each.label(lang)}\n")
        return 0
    kind = next((k for k in documents.ReportKind if k.value == args.kind), None)
    if kind is None:
        raise UsageError(_(QT_TRANSLATE_NOOP("Cli", "name one of the documents that --list shows")))
    missing = [option for option, value in (("--user", args.user), ("--out", args.out),
                                            ("--case", args.case or not kind.needs_case))
               if not value]
    if missing:
        raise UsageError(_(QT_TRANSLATE_NOOP("Cli", "this document needs {options}")).format(
            options=", ".join(missing)))
    try:
        first, last = (date.fromisoformat(v) if v else None for v in (args.date_from, args.date_to))
    except ValueError:
        raise UsageError(_(QT_TRANSLATE_NOOP(
            "Cli", "--from and --to need dates written as YYYY-MM-DD"))) from None
    if first and last and first > last:
        raise UsageError(_(QT_TRANSLATE_NOOP("Cli", "--from must not come after --to")))
    if args.school_year and parse_school_year(args.school_year) is None:
        raise UsageError(translate("Errors", "Write the school year as two consecutive years, "
                                             "for example 2024-2025."))
    target = Path(args.out).expanduser()
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".docx") and not (
            suffix == ".xlsx" and kind == documents.ReportKind.STATISTICS):
        raise UsageError(_(QT_TRANSLATE_NOOP(
            "Cli", "the file name must end in .pdf or .docx (the statistics may also be .xlsx)")))
    session, _password = _signed_in(args, stdin)
    try:
        case_id = documents.find_case(session, args.case) if kind.needs_case else None
        from kimbai_desktop.domain.enums import Semester

        semester = {1: Semester.FIRST, 2: Semester.SECOND}.get(args.semester or 0)
        prepared = documents.prepare_report(session, documents.ReportRequest(
            kind, case_id=case_id, period_from=first, period_to=last,
            school_year=args.school_year.replace(" ", ""), semester=semester,
            activity_id=args.activity, inspection_id=args.inspection,
            deidentified=args.deidentified,
            publication=args.publication, plan_basis=args.basis))
        override = None
        if args.share_reason:
            from kimbai_desktop.domain.cases import ShareReason
            from kimbai_desktop.services.sharing import ShareOverride

            override = ShareOverride(ShareReason.from_id(args.share_reason), args.share_note)
        key = export_password(args, stdin) if prepared.protected else None
        try:
            saved = documents.save_report(session, prepared, target, password=key,
                                          override=override)
        except ConsentNeeded:
            raise KimbaiError(QT_TRANSLATE_NOOP(
                "Errors", "No consent of the family is recorded for sharing this dossier; "
                "nothing was written. Record the consent in KimBai Desktop (“Consent...” in "
                "the case file), or give the reason the law allows with --share-reason and "
                "--share-note.")) from None
    finally:
        session.close()
    if saved.entry is None:
        out.write(_(QT_TRANSLATE_NOOP("Cli", "Written: {file}")).format(file=saved.path) + "\n")
    else:
        out.write(_(QT_TRANSLATE_NOOP("Cli", "Written: {file} (number {reference})")).format(
            file=saved.path, reference=saved.entry.reference) + "\n")
    return 0


def cmd_handover(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.cli_handover import run

    return run(args, stdin, out)


def cmd_guide(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The printable guide into a file, atomically; needs no data folder and no account."""

    from kimbai_desktop.reports.guide import render_guide
    from kimbai_desktop.services.documents import write_atomic

    target = Path(args.out).expanduser()
    if target.suffix.lower() != ".pdf":
        raise UsageError(_(QT_TRANSLATE_NOOP("Cli", "the file name must end in .pdf")))
    write_atomic(target, render_guide())
    out.write(_(QT_TRANSLATE_NOOP("Cli", "Written: {file}")).format(file=target) + "\n")
    return 0


# Every command that opens a data folder writes to it (at least the sign-in's audit event), so
# each takes the folder's lock, the one the window holds while it is open (services/instance.py),
# once the password has been typed. ``restore`` takes it itself. A second command waits a few
# seconds for the first one to finish.
CLI_LOCK_WAIT_S = 10.0


def _folder_lock(data_dir: Path) -> InstanceLock:
    """The data folder's lock, taken; AlreadyOpen when the window (or a long command) has it."""
    from kimbai_desktop.services.instance import InstanceLock

    lock = InstanceLock(data_dir)
    lock.acquire(wait_s=CLI_LOCK_WAIT_S)
    return lock


@contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    lock = _folder_lock(data_dir)
    try:
        yield
    finally:
        lock.release()


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "users": cmd_users,
    "rotate-key": cmd_rotate_key,
    "audit": cmd_audit,
    "cases": cmd_cases,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "students": cmd_students,
    "report": cmd_report,
    "guide": cmd_guide,
    "handover": cmd_handover,
}


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not args.command:
        parser.print_help(out)
        return 2
    try:
        return COMMANDS[args.command](args, stdin, out)
    except UsageError as exc:
        err.write(f"kimbai: {exc}\n")
        return 2
    except ValidationError as exc:
        details = "; ".join(
            f"{_OPTION_OF_FIELD.get(field, field)}: {exc.field_text(field, translate)}"
            for field in exc.field_errors)
        err.write(f"kimbai: {exc.render(translate)} ({details})\n")
        return 1
    except DatabaseBusy:
        err.write("kimbai: " + _(QT_TRANSLATE_NOOP(
            "Cli", "The database is busy because another program is writing to it (KimBai "
            "Desktop may be open). Wait a moment and run the command again, or close the other "
            "program.")) + "\n")
        return 1
    except KimbaiError as exc:
        err.write(f"kimbai: {exc.render(translate)}\n")
        return 1
    except KeyboardInterrupt:
        err.write("\n")
        return 1
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped early: not an error
        return 0
    except Exception as exc:  # noqa: BLE001 - a user never sees a traceback
        err.write("kimbai: " + _(QT_TRANSLATE_NOOP(
            "Cli", "unexpected error ({kind}); nothing more was changed. Please report it.")).format(
            kind=type(exc).__name__) + "\n")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
