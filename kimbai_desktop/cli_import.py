"""`kimbai students import FILE`: the import's report on the command line (problems one line
each, the sheets read, lines skipped under the tables, leavers, identifiers that lost zeros)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.i18n import QT_TRANSLATE_NOOP, current_language, translate

if TYPE_CHECKING:
    from kimbai_desktop.services.excel_import import ImportReport, RowError
    from kimbai_desktop.services.session import AppSession


def _(text: str) -> str:
    return translate("Cli", text)


def students_import(session: AppSession, args: argparse.Namespace, out: TextIO,
                    ask_password: Callable[[], str]) -> int:
    """Problems go to standard output, one line each; the last line (standard error) sums up.
    The copy of the rows with problems holds pupils' data: it is protected by the password
    ``ask_password`` reads (asked only when there are problems)."""
    from kimbai_desktop.services.excel_import import (
        import_pupils,
        plan_sheets,
        read_sheets,
        write_error_report,
    )

    source = Path(args.file).expanduser()
    plans = None
    if args.sheet:
        plans = plan_sheets(read_sheets(source, tuple(args.sheet)))
    report = import_pupils(session, source, plans=plans, pad_codes=args.pad_codes,
                           dry_run=args.dry_run)
    several = len(report.sheets) > 1
    for e in report.errors:
        out.write(_where(e, several) + ": " + e.render() + "\n")
    for e in report.warnings:
        out.write(_where(e, several) + " " + _(QT_TRANSLATE_NOOP("Cli", "(warning)")) + ": "
                  + e.render() + "\n")
    if report.errors:
        target = Path(args.errors_out).expanduser() if args.errors_out else source.with_name(
            f"{source.stem}-loi.xlsx")
        n = 2
        while not args.errors_out and target.exists():
            target, n = source.with_name(f"{source.stem}-loi-{n}.xlsx"), n + 1
        write_error_report(target, report, current_language(), password=ask_password())
        raise KimbaiError(QT_TRANSLATE_NOOP(
            "Errors", "Nothing was imported: {count} problems in {rows} rows. Those rows were "
            "copied to {file}, protected by the password you chose; delete it once the list is "
            "fixed."),
            count=len(report.errors), rows=len(report.bad_rows), file=target)
    _summary(report, args.pad_codes, out)
    if args.dry_run:
        out.write(_(QT_TRANSLATE_NOOP(
            "Cli", "The file is correct; nothing was changed. {created} pupils would be added "
            "and {updated} updated.")).format(created=report.created, updated=report.updated)
            + "\n")
    else:
        out.write(_(QT_TRANSLATE_NOOP(
            "Cli", "Imported {total} pupils: {created} added, {updated} updated.")).format(
            total=report.created + report.updated, created=report.created,
            updated=report.updated) + "\n")
    return 0


def _where(e: RowError, several: bool) -> str:
    if several:
        return _(QT_TRANSLATE_NOOP("Cli", "sheet {sheet}, row {row}, column {column}")).format(
            sheet=e.sheet, row=e.row_number, column=e.column)
    return _(QT_TRANSLATE_NOOP("Cli", "row {row}, column {column}")).format(
        row=e.row_number, column=e.column)


def _summary(report: ImportReport, padded: bool, out: TextIO) -> None:
    from kimbai_desktop.services.excel_table import FOOTER_KINDS

    if len(report.sheets) > 1 or report.other_sheets:
        out.write(_(QT_TRANSLATE_NOOP("Cli", "Sheets read: {sheets}.")).format(
            sheets=", ".join(report.sheets)) + "\n")
    if report.other_sheets:
        out.write(_(QT_TRANSLATE_NOOP("Cli", "Sheets without a pupil list, not read: {sheets}."))
                  .format(sheets=", ".join(report.other_sheets)) + "\n")
    if report.skipped:
        kinds = ", ".join(translate("Import", FOOTER_KINDS[k]) for k in report.skipped_kinds())
        out.write(_(QT_TRANSLATE_NOOP(
            "Cli", "Skipped {count} lines under the tables ({kinds}); they are not pupils.")).format(
            count=len(report.skipped), kinds=kinds) + "\n")
    if report.leavers:
        out.write(_(QT_TRANSLATE_NOOP(
            "Cli", "{count} pupils have left according to the status column and were not added:"
        )).format(count=len(report.leavers)) + "\n")
        for r in report.leavers:
            out.write(f"  {r.sheet} · {r.row_number}: {r.full_name} ({r.status_text})\n")
        if report.marked_left:
            out.write(_(QT_TRANSLATE_NOOP(
                "Cli", "{count} of them were in the register and are now archived as having "
                "left.")).format(count=report.marked_left) + "\n")
    if report.code_fixes:
        template = (QT_TRANSLATE_NOOP("Cli", "Leading zeros were put back in {count} identifiers.")
                    if padded else QT_TRANSLATE_NOOP(
                        "Cli", "{count} identifiers may have lost their leading zeros (see the "
                        "warnings); they are kept as read. Run again with --pad-codes to put "
                        "the zeros back."))
        out.write(_(template).format(count=len(report.code_fixes)) + "\n")
