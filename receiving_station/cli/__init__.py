"""The command-line verbs of `receiving-station` (the same `main()` as `python main.py`).

Each verb is a small function that parses nothing itself: argparse hands it the namespace, it
calls the core and prints the result.  Errors a person can act on are printed to stderr with
exit status 2 (bad input) or 1 (the operation failed); tracebacks are for bugs only.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from receiving_station import __version__
from receiving_station.cli.errors import CliError, open_engine


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from db.migrate import upgrade_database

    engine = open_engine(args, upgrade=False)
    revision = upgrade_database(engine, args.revision)
    print(f"database {engine.url.render_as_string(hide_password=True)} is at revision {revision}")
    if args.revision == "head":
        _keep_figures(engine)
    return 0


def _keep_figures(engine):
    """Work out the supervisors' figures for the hours not kept yet (after the upgrade that
    starts keeping them, all of history: about a minute for a year), so the first look at the
    Figures section does not wait for it."""
    import time

    from sqlalchemy import func, select

    from db.engine import session_factory
    from db.models import FigureChange
    from receiving_station.figures import hours as figure_hours

    with session_factory(engine)() as session:
        waiting = session.scalar(select(func.count(func.distinct(FigureChange.hour))))
    if not waiting:
        return
    print(f"working out the figures for {waiting:,} hours of history ...", flush=True)
    start = time.monotonic()
    if figure_hours.refresh(engine):
        print(f"figures kept per hour, up to date ({time.monotonic() - start:.0f} s)")


def cmd_db_current(args: argparse.Namespace) -> int:
    from db.migrate import current_revision, head_revision

    engine = open_engine(args, upgrade=False)
    current = current_revision(engine)
    head = head_revision()
    state = (
        "up to date"
        if current == head
        else f"behind (head is {head}): run 'receiving-station db upgrade'"
    )
    print(
        f"{engine.url.render_as_string(hide_password=True)}: revision {current or 'none'}, {state}"
    )
    return 0


# -- identify ---------------------------------------------------------------------------------


def cmd_identify(args: argparse.Namespace) -> int:
    from receiving_station.codes.identify import identify

    codes: list[str] = list(args.codes)
    if not codes or codes == ["-"]:
        codes = [line.rstrip("\r\n") for line in sys.stdin]
    for code in codes:
        print(json.dumps(identify(code).to_dict(), ensure_ascii=False, sort_keys=False))
    return 0


# -- rules ------------------------------------------------------------------------------------


def cmd_rules_check(args: argparse.Namespace) -> int:
    from receiving_station.rules import RulesError, load_rules

    try:
        rules = load_rules(Path(args.file) if args.file else None)
    except RulesError as exc:
        raise CliError(str(exc), 2) from exc
    print(
        f"{rules.source}: OK: {len(rules.grades)} grades, {len(rules.rules)} rules "
        f"({', '.join(rule.id for rule in rules.rules)})"
    )
    return 0


# -- import -----------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from receiving_station.importing.importer import ImportFailed, import_file

    path = Path(args.file)
    if not path.exists():
        raise CliError(f"{path}: no such file", 2)
    engine = open_engine(args)
    try:
        result = import_file(engine, path, file_format=args.format)
    except ImportFailed as exc:
        print(f"{path}: nothing imported, {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    print(result.summary())
    return 0


# -- replay ----------------------------------------------------------------------------------


def cmd_replay(args: argparse.Namespace) -> int:
    """Feed a recorded bench session through the bench controller, headlessly."""
    from db.engine import session_factory
    from receiving_station.bench.controller import (
        BenchController,
        RecordingError,
        read_recording,
        replay,
    )
    from receiving_station.receiving.workflow import Workflow
    from receiving_station.rules import RulesError, load_rules

    path = Path(args.log)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{path}: {exc.strerror}", 2) from exc
    try:
        inputs = list(read_recording(iter(text.splitlines())))
    except RecordingError as exc:
        raise CliError(f"{path}, {exc}", 2) from exc
    station = args.station or next((st for _t, _i, st in inputs if st), None) or "REPLAY"
    engine = open_engine(args)
    try:
        rules = load_rules()
    except RulesError as exc:
        raise CliError(str(exc), 2) from exc
    sessions = session_factory(engine)
    controller = BenchController(Workflow(sessions, rules), sessions, station)

    def show(update):
        if args.verbose:
            print(f"{update.feedback.value:9} {update.state.stage.value:9} {update.message}")

    summary = replay(controller, iter(inputs), on_update=show)
    print(
        json.dumps(
            {
                "inputs": summary.inputs,
                "feedback": summary.by_feedback,
                "units_confirmed": summary.units_confirmed,
                "seconds": round(summary.seconds, 3),
                "units_per_second": round(summary.units_per_second, 1),
                "errors": summary.errors,
            },
            ensure_ascii=False,
        )
    )
    return 0


def cmd_command_sheet(args: argparse.Namespace) -> int:
    from receiving_station.codes.command_sheet import command_sheet_pdf

    out = Path(args.output)
    try:
        out.write_bytes(command_sheet_pdf())
    except OSError as exc:
        raise CliError(f"{out}: {exc.strerror}", 2) from exc
    print(f"command barcodes written to {out}")
    return 0


# -- demo data --------------------------------------------------------------------------------


def cmd_demo_data(args: argparse.Namespace) -> int:
    from receiving_station.demo.data import DemoDataError, generate_demo_data

    if args.returns < 0:
        raise CliError("--returns must be 0 or more", 2)
    engine = open_engine(args)
    try:
        summary = generate_demo_data(
            engine, returns=args.returns, seed=args.seed, progress=_progress
        )
    except DemoDataError as exc:
        raise CliError(str(exc), 2) from exc
    print(summary.describe())
    return 0


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- demo mode --------------------------------------------------------------------------------


DEMO_EARLIER_RUN = "demo data from an earlier run: start over with ./station demo --fresh"


def prepare_demo_database(args: argparse.Namespace):
    """The demo database (created and filled if missing; with `--fresh` deleted first), what a
    newcomer can try on it, and a note when an earlier demo run received parcels in it."""
    from sqlalchemy import func, select

    from db.engine import session_factory
    from db.models import Rma
    from receiving_station.demo.data import generate_demo_data, scenarios_in

    if args.database is None:
        from db.engine import default_database_path

        args.database = f"sqlite:///{default_database_path().with_name('demo.sqlite3')}"
    if args.fresh:
        start_demo_over(args.database)
    engine = open_engine(args)
    with session_factory(engine)() as session:
        count = session.scalar(select(func.count()).select_from(Rma)) or 0
    notice = None
    if count == 0:
        print("creating the demo database ...", file=sys.stderr)
        generate_demo_data(engine, returns=200, seed=1, progress=_progress)
    elif _parcels_received_since_demo_data(engine):
        notice = DEMO_EARLIER_RUN
    with session_factory(engine)() as session:
        rmas = session.scalar(select(func.count()).select_from(Rma)) or 0
        scenarios = scenarios_in(session)
    print(f"demo database: {engine.url.render_as_string(hide_password=True)} ({rmas} returns)")
    print(
        "operators: badges B-1001 ... B-1008 (staff), B-2001 (lead), B-3001 (supervisor), PIN 1234"
    )
    print("try at the bench (scan the parcel, put the weight on the scale, scan the items):")
    for scenario in scenarios:
        print(f"  {scenario.name:15} {scenario.parcel_code:30} {scenario.description}")
    print("in the window: F5 scans the next demo parcel, F6 weighs it, F7 scans its next item")
    if notice:
        sys.stdout.flush()  # the note comes last, where a person looks
        print(notice, file=sys.stderr)
    return engine, scenarios, notice


def _parcels_received_since_demo_data(engine) -> int:
    """Parcels a bench opened after the demo data was written (its history is older)."""
    from sqlalchemy import func, select

    from db.engine import session_factory
    from db.models import AuditEntry

    with session_factory(engine)() as session:
        made = session.scalar(
            select(func.max(AuditEntry.id)).where(AuditEntry.action == "demo_data")
        )
        opened = select(func.count(func.distinct(AuditEntry.entity_id))).where(
            AuditEntry.action == "parcel_opened", AuditEntry.id > (made or 0)
        )
        return session.scalar(opened) or 0


def start_demo_over(database: str) -> None:
    """`--demo --fresh`: delete the demo database (an SQLite file demo data was written to,
    never another) and what the earlier demo left in the data directory, so the demo starts
    as new.  The caller then creates the database again."""
    import sqlite3
    from contextlib import closing

    from sqlalchemy.engine import make_url

    from db.engine import DatabaseError, normalise_url

    try:
        url = make_url(normalise_url(database))
    except DatabaseError as exc:
        raise CliError(str(exc), 2) from exc
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        raise CliError(
            "--fresh starts over a demo SQLite file only: empty this database yourself", 2
        )
    path = Path(url.database).expanduser()
    photos: list[str] = []
    if path.is_file():
        try:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            with closing(sqlite3.connect(uri, uri=True)) as conn:
                tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
                demo = (
                    "audit_log" in tables
                    and conn.execute(
                        "SELECT 1 FROM audit_log WHERE action = 'demo_data' LIMIT 1"
                    ).fetchone()
                )
                if "received_units" in tables:
                    for (paths,) in conn.execute("SELECT photo_paths FROM received_units"):
                        photos += [str(p) for p in json.loads(paths or "[]")]
        except sqlite3.DatabaseError as exc:
            raise CliError(f"{path}: not an SQLite database ({exc}): not deleted", 2) from exc
        if tables - {"alembic_version"} and not demo:
            raise CliError(
                f"{path} has no demo data in it: --fresh deletes only a demo database", 2
            )
    removed = [
        p
        for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")))
        if p.is_file()
    ]
    for p in removed:
        p.unlink()
    from ui.app import default_data_dir, remove_demo_files

    removed += remove_demo_files(default_data_dir(), photos)
    print(
        f"starting the demo over: removed {len(removed)} file(s) of the earlier demo"
        if removed
        else "starting the demo over (there was no earlier demo)",
        file=sys.stderr,
    )


def run_window(args: argparse.Namespace) -> int:
    """Open the bench window: demo mode (demo database, simulated devices) or this bench's
    configured database and devices."""
    from devices.config import StationConfigError, load_station_config
    from receiving_station.rules import RulesError, load_rules

    try:
        config = load_station_config()
    except StationConfigError as exc:
        raise CliError(f"{exc} (check it with: receiving-station devices config)", 2) from exc
    if args.station:
        config = replace(config, station=args.station)
    if args.fresh and not args.demo:
        raise CliError("--fresh goes with --demo (it starts the demo over)", 2)
    notice = None
    if args.demo:
        engine, scenarios, notice = prepare_demo_database(args)
    else:
        engine, scenarios = open_engine(args), []
    try:
        rules = load_rules()
    except RulesError as exc:
        raise CliError(str(exc), 2) from exc
    from receiving_station.labels.layout import LabelTemplateError, load_label_set

    try:  # a site's label templates are checked before the window opens
        load_label_set(config.printer.label_templates if config.printer else None)
    except LabelTemplateError as exc:
        raise CliError(f"label templates: {exc}", 2) from exc
    try:
        from ui.app import LaunchOptions, run
    except ImportError as exc:
        raise CliError(f"the window needs PySide6 (./station setup installs it): {exc}", 1) from exc
    level = os.environ.get("RECEIVING_STATION_LOG_LEVEL")
    if level:  # e.g. DEBUG: what the wedge filter made of each burst of keys (ui/scan_filter.py)
        logging.basicConfig(level=level.upper(), format="%(asctime)s %(name)s %(message)s")
        logging.getLogger("sqlalchemy").setLevel(logging.WARNING)  # not every statement
    options = LaunchOptions(
        engine=engine,
        rules=rules,
        config=config,
        demo=args.demo,
        scenarios=scenarios,
        screenshot=Path(args.screenshot) if args.screenshot else None,
        sounds=not args.no_sound,
        demo_notice=notice,
    )
    return run(options)


# -- parser -----------------------------------------------------------------------------------


def _add_database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL or SQLite file path (default: RECEIVING_STATION_DATABASE_URL, "
        "else an SQLite file in the user's data directory)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="receiving-station",
        description="Returns-receiving bench: scan, weigh, grade, decide, release upstream.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open in demo mode (demo database, simulated devices)"
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="with --demo: delete the demo database and what the earlier demo left, and start "
        "over with new demo data",
    )
    parser.add_argument(
        "--screenshot", metavar="PATH", help="save the window as a PNG once it is ready, and exit"
    )
    parser.add_argument("--station", metavar="NAME", help="this bench's name (default: config)")
    parser.add_argument("--no-sound", action="store_true", help="no feedback sounds")
    _add_database(parser)
    sub = parser.add_subparsers(dest="verb", metavar="VERB")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_verb", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="apply the schema migrations")
    _add_database(up)
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(func=cmd_db_upgrade)
    cur = db_sub.add_parser("current", help="show the schema revision")
    _add_database(cur)
    cur.set_defaults(func=cmd_db_current)

    ident = sub.add_parser("identify", help="say what scanned codes are, one JSON object per line")
    ident.add_argument(
        "codes", nargs="*", metavar="CODE", help="codes to identify ('-' or none: read stdin)"
    )
    ident.set_defaults(func=cmd_identify)

    rules = sub.add_parser("rules", help="the rules file")
    rules_sub = rules.add_subparsers(dest="rules_verb", metavar="ACTION", required=True)
    check = rules_sub.add_parser(
        "check", help="check a rules file (default: RECEIVING_STATION_RULES, else the shipped one)"
    )
    check.add_argument("file", nargs="?", metavar="FILE")
    check.set_defaults(func=cmd_rules_check)

    imp = sub.add_parser("import", help="import expected returns from a CSV or JSON file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--format", choices=["csv", "json"], help="default: from the file name")
    _add_database(imp)
    imp.set_defaults(func=cmd_import)

    from devices.cli import add_device_verbs  # the CLI is a composition root, like main.py

    add_device_verbs(sub)

    from receiving_station.cli.upstream import add_upstream_verbs

    add_upstream_verbs(sub, _add_database)

    from receiving_station.cli.labels import add_label_verbs

    add_label_verbs(sub, _add_database)

    from receiving_station.cli.reports import add_report_verbs

    add_report_verbs(sub, _add_database)

    rep = sub.add_parser(
        "replay", help="feed a recorded bench session (JSON lines) through the bench, headlessly"
    )
    rep.add_argument("log", metavar="LOG")
    _add_database(rep)
    rep.add_argument("--station", metavar="NAME", help="default: the recording's station")
    rep.add_argument("-v", "--verbose", action="store_true", help="print each input's outcome")
    rep.set_defaults(func=cmd_replay)

    lang = sub.add_parser(
        "translations", help="the window's languages (Qt Linguist files in resources/translations)"
    )
    lang_sub = lang.add_subparsers(dest="translations_verb", metavar="ACTION", required=True)
    lang_up = lang_sub.add_parser(
        "update", help="bring each language's .ts in step with the code's sentences"
    )
    lang_up.add_argument("languages", nargs="*", metavar="LANG", help="default: all")
    lang_up.set_defaults(func=cmd_translations_update)
    lang_check = lang_sub.add_parser(
        "check", help="fail, naming the sentence, when a language is not complete"
    )
    lang_check.set_defaults(func=cmd_translations_check)

    sheet = sub.add_parser("command-sheet", help="print the command barcodes as a PDF sheet")
    sheet.add_argument("--output", required=True, metavar="FILE.pdf")
    sheet.set_defaults(func=cmd_command_sheet)

    demo = sub.add_parser("demo-data", help="fill a database with realistic demo returns")
    _add_database(demo)
    demo.add_argument("--returns", type=int, default=1000, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(func=cmd_demo_data)
    return parser


def cmd_translations_update(args: argparse.Namespace) -> int:
    from receiving_station.i18n.language import LanguageError, check_language, ts_path
    from receiving_station.i18n.translations import ExtractError, update

    try:
        languages = [check_language(code) for code in args.languages] or None
        counts = update(languages)
    except (LanguageError, ExtractError) as exc:
        raise CliError(str(exc)) from None
    for language, (sentences, unfinished) in counts.items():
        print(f"{ts_path(language)}: {sentences} sentences, {unfinished} unfinished")
    return 0


def cmd_translations_check(args: argparse.Namespace) -> int:
    from receiving_station.i18n.translations import check

    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            f"receiving-station: {len(problems)} problem(s); translate them in Qt Linguist "
            "(pyside6-linguist resources/translations/receiving_station_LANG.ts)",
            file=sys.stderr,
        )
        return 1
    print("every language is complete")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    try:
        if func is not None:
            return func(args)
        return run_window(args)
    except CliError as exc:
        print(f"receiving-station: {exc}", file=sys.stderr)
        return exc.status
    except Exception as exc:
        from devices.cli import DeviceCliError

        if not isinstance(exc, DeviceCliError):
            raise
        print(f"receiving-station: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
