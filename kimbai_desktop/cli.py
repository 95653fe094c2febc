"""The ``kimbai`` command: set-up and administration without the window. No Qt here.

Passwords are never command-line arguments: they are prompted, or read as one line from standard
input with ``--password-stdin``. Exit status: 0 success, 1 a user error (one plain line, no
traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from kimbai_desktop import __version__
from kimbai_desktop.config import resolve_data_dir
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.i18n import QT_TRANSLATE_NOOP, translate


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


def cmd_init(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.services.setup import initialize_school

    data_dir = resolve_data_dir(args.data_dir)
    profile = SchoolProfile(args.school, args.superior, args.place, args.principal,
                            args.symbol, args.school_year)
    password = _read_password(args, stdin, confirm=True)
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
    creds = create_demo(data_dir, args.seed)
    out.write(_(QT_TRANSLATE_NOOP("Cli", "Demo school created in {folder}.")).format(
        folder=data_dir) + "\n")
    out.write(_(QT_TRANSLATE_NOOP("Cli", "Demo account: {user}  password: {password}")).format(
        user=creds.username, password=creds.password) + "\n")
    return 0


def cmd_check(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.services.maintenance import check_database
    from kimbai_desktop.services.session import unlock

    data_dir = resolve_data_dir(args.data_dir)
    password = _read_password(args, stdin)
    session = unlock(data_dir, args.user, password)
    try:
        result = check_database(session)
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
}

COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
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
            f"{_OPTION_OF_FIELD.get(field, field)}: {translate('Errors', msg).format(**exc.params)}"
            for field, msg in exc.field_errors.items())
        err.write(f"kimbai: {exc.render(translate)} ({details})\n")
        return 1
    except KimbaiError as exc:
        err.write(f"kimbai: {exc.render(translate)}\n")
        return 1
    except KeyboardInterrupt:
        err.write("\n")
        return 1
    except Exception as exc:  # noqa: BLE001 - a user never sees a traceback
        err.write("kimbai: " + _(QT_TRANSLATE_NOOP(
            "Cli", "unexpected error ({kind}); nothing more was changed. Please report it.")).format(
            kind=type(exc).__name__) + "\n")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
