"""`receiving-station replay LOG`: a recorded bench session fed through the bench, headlessly."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from receiving_station.cli.errors import CliError, add_database, open_engine


def cmd_replay(args: argparse.Namespace) -> int:
    """Feed a recorded bench session through the bench controller, headlessly."""
    from db.engine import session_factory
    from receiving_station.bench.controller import BenchController
    from receiving_station.bench.recording import RecordingError, read_recording, replay
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


def add_bench_verbs(sub: Any) -> None:
    rep = sub.add_parser(
        "replay", help="feed a recorded bench session (JSON lines) through the bench, headlessly"
    )
    rep.add_argument("log", metavar="LOG")
    add_database(rep)
    rep.add_argument("--station", metavar="NAME", help="default: the recording's station")
    rep.add_argument("-v", "--verbose", action="store_true", help="print each input's outcome")
    rep.set_defaults(func=cmd_replay)
