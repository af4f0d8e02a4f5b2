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
    from receiving_station.importing.records import ImportFailed

    path = Path(args.file)
    if not path.exists():
        raise CliError(f"{path}: no such file", 2)
    engine = open_engine(args)
    try:
        result = import_file(engine, path, file_format=args.format)
    except ImportFailed as exc:
        count = len(exc.problems)
        print(f"{path}: nothing imported, {count} {plural('problem(s)', count)}:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    print(result.summary())
    return 0


def add_import_verbs(sub: Any) -> None:
    imp = sub.add_parser("import", help="import expected returns from a CSV or JSON file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--format", choices=["csv", "json"], help="default: from the file name")
    add_database(imp)
    imp.set_defaults(func=cmd_import)
