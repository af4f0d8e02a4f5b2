"""Command-line verbs for supervisors: `export refunds` (CSV) and `report shift` (PDF)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from receiving_station.cli import errors as cli
from receiving_station.cli.errors import add_database


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD") from None


def _period(args: argparse.Namespace) -> Any:
    from receiving_station.figures.shifts import Period

    first = args.date_from or dt.date.today()
    last = args.date_to or first
    try:
        return Period(first, last, getattr(args, "shift", None))
    except ValueError as exc:
        raise cli.CliError(str(exc), 2) from exc


def _write(path: Path, data: bytes | str) -> None:
    try:
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8", newline="")
        else:
            path.write_bytes(data)
    except OSError as exc:
        raise cli.CliError(f"cannot write {path}: {exc.strerror}", 2) from exc


def cmd_export_refunds(args: argparse.Namespace) -> int:
    import io

    from db.engine import session_factory
    from receiving_station.figures.exports import amount_text, released_refunds, totals, write_csv

    period = _period(args)
    engine = cli.open_engine(args)
    start, end = period.bounds
    with session_factory(engine)() as session:
        rows = released_refunds(session, start, end)
    buffer = io.StringIO()
    reader = _writing(args)
    write_csv(rows, buffer, reader)
    _write(Path(args.output), buffer.getvalue())
    print(f"{len(rows)} refunded units ({period.describe()}) written to {args.output}")
    for total in totals(rows):
        refunded, fees, credit = (
            amount_text(value, total.currency)
            for value in (total.refunded, total.restocking_fees, total.store_credit)
        )
        print(
            f"  {total.currency} {total.market or '--'}: refunds {total.refunds}, "
            f"units {total.units}, refunded {refunded}, "
            f"restocking fees {fees}, of which store credit {credit}"
        )
    return 0


def cmd_report_shift(args: argparse.Namespace) -> int:
    from db.engine import session_factory
    from receiving_station.figures.reports import FigureFilter, shift_figures
    from receiving_station.figures.shift_report import shift_report_pdf

    period = _period(args)
    engine = cli.open_engine(args)
    with session_factory(engine)() as session:
        figures = shift_figures(
            session, FigureFilter(period, market=args.market, station=args.station)
        )
    _write(
        Path(args.output), shift_report_pdf(figures, site=args.site or "", writing=_writing(args))
    )
    print(
        f"shift report ({period.describe()}: {figures.units} units, "
        f"{figures.exception_count} exceptions) written to {args.output}"
    )
    return 0


def _writing(args: argparse.Namespace) -> Any:
    """--language: the file for a person of that language (the site's locale for numbers and
    dates when the station's config names one); None without it."""
    from receiving_station.i18n.language import LanguageError, Writing

    if not args.language:
        return None
    try:
        return Writing.for_language(args.language, args.locale)
    except LanguageError as exc:
        raise cli.CliError(str(exc), 2) from exc


def _add_language(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--language",
        metavar="CODE",
        help=f"{what} in this language: sv, nb, da, nl, de or en",
    )
    parser.add_argument(
        "--locale",
        metavar="LOCALE",
        help="numbers and dates the way of this locale (sv_SE, nb_NO, ...; default: the "
        "language's own)",
    )


def _add_period(parser: argparse.ArgumentParser, *, shift: bool) -> None:
    parser.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help="first day (default: today)"
    )
    parser.add_argument(
        "--to", dest="date_to", type=_date, metavar="DATE", help="last day (default: --from)"
    )
    if shift:
        parser.add_argument(
            "--date", dest="date_from", type=_date, metavar="DATE", help="one day (as --from)"
        )
        parser.add_argument(
            "--shift", choices=["early", "late", "night"], help="one shift (default: all day)"
        )


def add_report_verbs(sub: Any) -> None:
    export = sub.add_parser("export", help="exports for bookkeeping")
    export_sub = export.add_subparsers(dest="export_verb", metavar="WHAT", required=True)
    refunds = export_sub.add_parser(
        "refunds", help="refunds upstream accepted in a period, as CSV, with totals"
    )
    add_database(refunds)
    _add_period(refunds, shift=False)
    refunds.add_argument("--output", required=True, metavar="FILE.csv")
    _add_language(
        refunds,
        "for a person's spreadsheet (columns named, amounts and local times written the "
        "locale's way) instead of for a program,",
    )
    refunds.set_defaults(func=cmd_export_refunds)

    report = sub.add_parser("report", help="reports for supervisors")
    report_sub = report.add_subparsers(dest="report_verb", metavar="WHAT", required=True)
    shift = report_sub.add_parser("shift", help="the shift's figures as a PDF")
    add_database(shift)
    _add_period(shift, shift=True)
    shift.add_argument("--market", metavar="CC", help="one market (SE, NO, DK, NL, DE, ...)")
    shift.add_argument("--station", metavar="NAME", help="one bench")
    shift.add_argument("--site", metavar="NAME", help="the site's name for the title")
    shift.add_argument("--output", required=True, metavar="FILE.pdf")
    _add_language(shift, "the report")
    shift.set_defaults(func=cmd_report_shift)
