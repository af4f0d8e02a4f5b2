"""`receiving-station import FILE`: expected returns in, all or nothing, every problem named."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from receiving_station.cli.errors import CliError, add_database, open_engine
from receiving_station.i18n.text import plural


def cmd_import(args: argparse.Namespace) -> int:
    from receiving_station.importing.importer import import_file
    from receiving_station.importing.parallel import ReaderFailed
    from receiving_station.importing.records import ImportFailed

    path = Path(args.file)
    if not path.exists():
        raise CliError(f"{path}: no such file", 2)
    engine = open_engine(args)
    show = sys.stderr.isatty() if args.progress is None else args.progress
    bars = Bars() if show else None
    try:
        result = import_file(engine, path, file_format=args.format, progress=bars)
    except ReaderFailed as exc:
        if bars is not None:
            bars.close()
        raise CliError(f"{path}: {exc}", 1) from exc
    except ImportFailed as exc:
        if bars is not None:
            bars.close()
        count = len(exc.problems)
        print(f"{path}: nothing imported, {count} {plural('problem(s)', count)}:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    if bars is not None:
        bars.close()
    print(result.summary())
    return 0


class Bars:
    """An import's or a pull's progress on stderr: a bar for checking the file (its lines),
    one for writing (returns) and one for pulling (returns), each with its rate and, once the
    total is known, the time left.  A big file is checked and written at once (two processes):
    both bars then move together, one above the other, the writing one with its count and rate
    alone until the file's returns are all counted."""

    UNITS = {"checking": "lines", "writing": "returns", "pulling": "returns"}

    def __init__(self) -> None:
        self.bars: dict[str, Any] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        from tqdm import tqdm

        bar = self.bars.get(phase)
        if bar is None:
            bar = self.bars[phase] = tqdm(
                total=total or None,
                desc=phase,
                unit=f" {self.UNITS.get(phase, 'rows')}",
                unit_scale=total >= 10_000,  # "20.0k", but "6/6" rather than "6.00/6.00"
                file=sys.stderr,
                dynamic_ncols=True,
                mininterval=0.5,
                position=len(self.bars),
            )
        bar.total = total or None  # not known yet: the count and the rate, no percentage
        bar.update(done - bar.n)

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()
        self.bars = {}


def add_import_verbs(sub: Any) -> None:
    imp = sub.add_parser("import", help="import expected returns from a CSV or JSON file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--format", choices=["csv", "json"], help="default: from the file name")
    imp.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a progress bar on stderr (default: when stderr is a terminal)",
    )
    add_database(imp)
    imp.set_defaults(func=cmd_import)
