"""`kimbai handover export|import|log|receipt`: a pupil's handover package on the command line.

Secrets come from standard input in order, one per line, with ``--password-stdin``: the
account's password, then (export by a counsellor) the approving principal's password, or
(import) the package's passphrase; then, without ``--yes``, the answer to "import it?"."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from kimbai_desktop.services.handover_import import PackagePreview
    from kimbai_desktop.services.session import AppSession


def _(text: str) -> str:
    return translate("Cli", text)


def add_parser(sub: argparse._SubParsersAction[Any], parser_class: type,
               common: Callable[[argparse.ArgumentParser], None]) -> None:
    """The ``handover`` command and its actions; ``common`` adds --data-dir, --user and
    --password-stdin."""
    ho = sub.add_parser("handover", help=_(QT_TRANSLATE_NOOP(
        "Cli", "handover package of a pupil who changed school: make, import, log")))
    ho_sub = ho.add_subparsers(dest="handover_command", metavar="ACTION", required=True,
                               parser_class=parser_class)
    export = ho_sub.add_parser("export", help=_(QT_TRANSLATE_NOOP(
        "Cli", "make the encrypted, signed package of a pupil marked “Chuyển trường” and "
        "print its one-time passphrase")))
    export.add_argument("--pupil", required=True, metavar="PUPIL_NUMBER", help=_(
        QT_TRANSLATE_NOOP("Cli", "the pupil's number (mã định danh)")))
    export.add_argument("--out", required=True, metavar="FILE", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the package file to write (.kimbai-handover)")))
    export.add_argument("--case", action="append", default=[], metavar="CODE", help=_(
        QT_TRANSLATE_NOOP("Cli", "a case file to include (may be given several times; "
                                 "default: every case file of the pupil you can read)")))
    export.add_argument("--to", dest="to_school", default="", metavar="SCHOOL", help=_(
        QT_TRANSLATE_NOOP("Cli", "name of the receiving school")))
    export.add_argument("--approver", default="", metavar="ACCOUNT", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the principal who approves (when you are not the principal); their password "
        "is the next line on standard input, or prompted")))
    export.add_argument("--slip", metavar="FILE.pdf", help=_(QT_TRANSLATE_NOOP(
        "Cli", "also write the handover slip (with the passphrase) and the receipt to sign "
        "(FILE-bien-nhan.pdf)")))
    imp = ho_sub.add_parser("import", help=_(QT_TRANSLATE_NOOP(
        "Cli", "import a package from another school: the passphrase is the next line on "
        "standard input, or prompted; shows what it holds before anything is written")))
    imp.add_argument("file", metavar="FILE", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the package file")))
    imp.add_argument("--yes", action="store_true", help=_(QT_TRANSLATE_NOOP(
        "Cli", "import without asking")))
    imp.add_argument("--new-pupil", action="store_true", help=_(QT_TRANSLATE_NOOP(
        "Cli", "add the pupil to the register when no pupil has the same number")))
    imp.add_argument("--match", default="", metavar="PUPIL_NUMBER", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the pupil here this package is about (when the numbers differ)")))
    imp.add_argument("--receipt", metavar="FILE.pdf", help=_(QT_TRANSLATE_NOOP(
        "Cli", "write the receipt to sign and send back to the sending school")))
    log = ho_sub.add_parser("log", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the packages sent and received, with their receipts")))
    log.add_argument("--out", metavar="FILE.pdf", help=_(QT_TRANSLATE_NOOP(
        "Cli", "write the log as a document to print")))
    receipt = ho_sub.add_parser("receipt", help=_(QT_TRANSLATE_NOOP(
        "Cli", "record that the receiving school's signed receipt came back")))
    receipt.add_argument("id", type=int, metavar="NUMBER", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the handover's number in the log")))
    receipt.add_argument("--on", required=True, metavar="YYYY-MM-DD", help=_(QT_TRANSLATE_NOOP(
        "Cli", "the day the receipt came back")))
    receipt.add_argument("--by", default="", metavar="NAME", help=_(QT_TRANSLATE_NOOP(
        "Cli", "who signed it at the receiving school")))
    for sp in (export, imp, log, receipt):
        common(sp)


def _secret(args: argparse.Namespace, stdin: TextIO, prompt: str, missing: str) -> str:
    from kimbai_desktop.cli import UsageError

    if args.password_stdin:
        line = stdin.readline()
        if not line:
            raise UsageError(_(missing))
        return line.rstrip("\r\n")
    return getpass.getpass(_(prompt))


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.cli import _signed_in

    session, _password = _signed_in(args, stdin)
    try:
        action = {"export": _export, "import": _import, "log": _log,
                  "receipt": _receipt}[args.handover_command]
        return action(session, args, stdin, out)
    finally:
        session.close()


def _export(session: AppSession, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.domain.enums import Role
    from kimbai_desktop.services import handover, handover_papers
    from kimbai_desktop.services.documents import write_atomic

    pupil_id = handover.find_pupil(session, args.pupil)
    choices = handover.case_choices(session, pupil_id)
    if args.case:
        by_code = {c.code: c for c in choices}
        missing = [c for c in args.case if c not in by_code]
        if missing:
            raise KimbaiError(handover.NOT_HIS_CASE, code=missing[0])
        chosen = [by_code[c].id for c in args.case]
    else:
        chosen = [c.id for c in choices if c.readable]
        for c in choices:
            if not c.readable:
                out.write(_(QT_TRANSLATE_NOOP(
                    "Cli", "Left out: case file {code} is sealed and you do not hold its "
                    "key.")).format(code=c.code) + "\n")
    approval = None
    if session.user.role != Role.PRINCIPAL and args.approver:
        approval = handover.Approval(args.approver, _secret(
            args, stdin, QT_TRANSLATE_NOOP("Cli", "Principal's password: "),
            QT_TRANSLATE_NOOP("Cli", "the principal's password must be the next line on "
                                     "standard input")))
    result = handover.export_package(session, pupil_id, chosen, Path(args.out).expanduser(),
                                     to_school=args.to_school, approval=approval)
    out.write(_(QT_TRANSLATE_NOOP("Cli", "Package written: {file} ({count} case files).")).format(
        file=result.path, count=len(chosen)) + "\n")
    out.write(_(QT_TRANSLATE_NOOP(
        "Cli", "ONE-TIME PASSPHRASE (give it to the receiving school by another way than the "
        "file, for example on the printed handover slip):")) + "\n")
    out.write(f"    {result.passphrase}\n")
    out.write(_(QT_TRANSLATE_NOOP("Cli", "This school's key: {fingerprint}")).format(
        fingerprint=result.fingerprint) + "\n")
    if args.slip:
        slip = Path(args.slip).expanduser()
        receipt = slip.with_name(slip.stem + "-bien-nhan.pdf")
        handover_papers.save_paper(session, handover_papers.slip_pdf(result), slip,
                                   result.transfer_id, "slip")
        write_atomic(receipt, handover_papers.receipt_pdf(result))
        out.write(_(QT_TRANSLATE_NOOP("Cli", "Written: {file}")).format(file=slip) + "\n")
        out.write(_(QT_TRANSLATE_NOOP("Cli", "Written: {file}")).format(file=receipt) + "\n")
    return 0


def describe(p: PackagePreview) -> list[str]:
    """What a package holds, in lines for the terminal (before anything is written)."""
    from kimbai_desktop.cli import terminal_text
    from kimbai_desktop.domain.formatting import format_date, format_datetime
    from kimbai_desktop.domain.when import school_time
    from kimbai_desktop.services.handover_import import KeyStatus

    key = {KeyStatus.NEW: QT_TRANSLATE_NOOP(
               "Cli", "first package from this school: compare the key with the one on the "
               "handover slip, or by telephone"),
           KeyStatus.SAME: QT_TRANSLATE_NOOP("Cli", "same key as this school's earlier packages"),
           KeyStatus.CHANGED: QT_TRANSLATE_NOOP(
               "Cli", "WARNING: this school signed its earlier packages with another key. "
               "Telephone the school to check before importing.")}[p.key_status]
    lines = [
        _(QT_TRANSLATE_NOOP("Cli", "From: {school} ({code}), school year {year}, made on "
                                   "{when}")).format(
            school=terminal_text(p.school_name), code=terminal_text(p.school_code),
            year=p.school_year, when=format_datetime(school_time(p.created))),
        _(QT_TRANSLATE_NOOP("Cli", "Signing key: {fingerprint} ({state})")).format(
            fingerprint=p.fingerprint, state=_(key)),
        _(QT_TRANSLATE_NOOP("Cli", "Made by {made}, approved by {approved}")).format(
            made=terminal_text(p.made_by), approved=terminal_text(p.approved_by)),
        _(QT_TRANSLATE_NOOP("Cli", "Pupil: {name}, number {code}, born {born}")).format(
            name=terminal_text(p.pupil_name), code=terminal_text(p.pupil_code) or "—",
            born=format_date(p.birth_date) if p.birth_date else "—"),
        _(QT_TRANSLATE_NOOP("Cli", "Protection level changes: {levels}; special circumstances: "
                                   "{groups}; reviews: {reviews}")).format(
            levels=p.levels, groups=p.circumstances, reviews=p.reviews),
    ]
    for c in p.cases:
        lines.append("  " + _(QT_TRANSLATE_NOOP(
            "Cli", "Case file {code}: {entries} chronology entries, {files} documents")).format(
            code=terminal_text(c.code), entries=c.entries, files=c.attachments))
    if p.match_id is not None:
        lines.append(_(QT_TRANSLATE_NOOP(
            "Cli", "Same pupil number as {name} in this school's register.")).format(
            name=terminal_text(p.match_name)))
    return lines


def _import(session: AppSession, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.services import handover, handover_import, handover_papers

    data = handover_import.read_file(Path(args.file).expanduser())
    passphrase = _secret(args, stdin, QT_TRANSLATE_NOOP("Cli", "Handover passphrase: "),
                         QT_TRANSLATE_NOOP("Cli", "the passphrase must be the second line "
                                                  "on standard input"))
    opened = handover_import.open_package(session, data, passphrase)
    preview = opened.preview
    for line in describe(preview):
        out.write(line + "\n")
    if preview.already_imported:
        out.write(_(QT_TRANSLATE_NOOP(
            "Cli", "This package was imported before; nothing was changed.")) + "\n")
        return 0
    pupil_id = handover.find_pupil(session, args.match) if args.match else None
    if not args.yes:
        out.write(_(QT_TRANSLATE_NOOP("Cli", "Import this package? Type “co” to import: ")))
        out.flush()
        answer = stdin.readline().strip().lower()
        if answer not in ("co", "có", "c", "yes", "y"):
            out.write(_(QT_TRANSLATE_NOOP("Cli", "Nothing was imported.")) + "\n")
            return 1
    result = handover_import.import_package(session, opened, pupil_id=pupil_id,
                                            new_pupil=args.new_pupil)
    status = handover_import.verify_history(session, result.transfer_id)
    out.write(_(QT_TRANSLATE_NOOP(
        "Cli", "Imported as number {id} in the transfer log; the sending school's chronology "
        "({entries} entries) is kept read-only and its hash chain is intact.")).format(
        id=result.transfer_id, entries=status.entries) + "\n")
    if args.receipt:
        handover_papers.save_paper(session, handover_papers.received_receipt_pdf(
            session, result.transfer_id), Path(args.receipt).expanduser(), result.transfer_id,
            "receipt")
        out.write(_(QT_TRANSLATE_NOOP("Cli", "Written: {file}")).format(file=args.receipt)
                  + "\n")
    return 0


def _log(session: AppSession, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.cli import terminal_text
    from kimbai_desktop.domain.formatting import format_date, format_datetime
    from kimbai_desktop.domain.when import school_time
    from kimbai_desktop.services import handover, handover_papers

    for r in handover.transfer_log(session):
        way = _(QT_TRANSLATE_NOOP("Cli", "sent")) if r.direction == handover.SENT \
            else _(QT_TRANSLATE_NOOP("Cli", "received"))
        receipt = (_(QT_TRANSLATE_NOOP("Cli", "receipt {date}")).format(
            date=format_date(r.receipt_on)) if r.receipt_on else
            _(QT_TRANSLATE_NOOP("Cli", "NO RECEIPT (overdue)")) if r.overdue else
            _(QT_TRANSLATE_NOOP("Cli", "no receipt yet")))
        out.write(f"{r.id:>4}  {format_datetime(school_time(r.at))}  {way:<8} "
                  f"{terminal_text(r.pupil_code) or '—':<14} {terminal_text(r.other_school)}  "
                  f"[{', '.join(r.files)}]  {terminal_text(r.by_name)}  {receipt}\n")
    if args.out:
        handover_papers.save_paper(session, handover_papers.log_pdf(session),
                                   Path(args.out).expanduser(), "", "log")
        out.write(_(QT_TRANSLATE_NOOP("Cli", "Written: {file}")).format(file=args.out) + "\n")
    return 0


def _receipt(session: AppSession, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from kimbai_desktop.cli import UsageError
    from kimbai_desktop.services import handover

    try:
        on = date.fromisoformat(args.on)
    except ValueError:
        raise UsageError(_(QT_TRANSLATE_NOOP("Cli", "the date must be written YYYY-MM-DD"))) \
            from None
    handover.record_receipt(session, args.id, on, args.by)
    out.write(_(QT_TRANSLATE_NOOP("Cli", "Receipt recorded.")) + "\n")
    return 0
