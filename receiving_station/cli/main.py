"""The parser of `receiving-station` and its `main()`: the verb groups come from their own
modules (one per group), and every `CliError` is printed as one line with its exit status.

Each verb is a small function that parses nothing itself: argparse hands it the namespace, it
calls the core and prints the result.  Errors a person can act on are printed to stderr with
exit status 2 (bad input) or 1 (the operation failed); tracebacks are for bugs only.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from receiving_station import __version__
from receiving_station.cli.bench import add_bench_verbs
from receiving_station.cli.carriers import add_carrier_verbs
from receiving_station.cli.codes import add_code_verbs
from receiving_station.cli.database import add_database_verbs
from receiving_station.cli.demo import add_demo_verbs
from receiving_station.cli.devices import add_device_verbs
from receiving_station.cli.errors import CliError, add_database
from receiving_station.cli.importing import add_import_verbs
from receiving_station.cli.labels import add_label_verbs
from receiving_station.cli.operators import add_operator_verbs
from receiving_station.cli.reports import add_report_verbs
from receiving_station.cli.rules import add_rules_verbs
from receiving_station.cli.secrets import add_secret_verbs
from receiving_station.cli.translations import add_translation_verbs
from receiving_station.cli.upstream import add_upstream_verbs
from receiving_station.cli.window import run_window, show_refusal_on_screen


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
        "--platform",
        choices=("station", "shopify", "woocommerce"),
        default="station",
        help="with --demo: the shop the demo sends to: its own sandbox (station), or a stand-in "
        "Shopify or WooCommerce shop whose returns it pulls first",
    )
    parser.add_argument(
        "--screenshot", metavar="PATH", help="save the window as a PNG once it is ready, and exit"
    )
    parser.add_argument("--station", metavar="NAME", help="this bench's name (default: config)")
    parser.add_argument("--no-sound", action="store_true", help="no feedback sounds")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="full screen without decorations; closing needs a supervisor's badge and PIN; a "
        "station that cannot start says why on its screen (docs/install.md)",
    )
    add_database(parser)
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    # in the order `receiving-station --help` lists them
    add_database_verbs(sub)
    add_code_verbs(sub)
    add_carrier_verbs(sub)
    add_rules_verbs(sub)
    add_import_verbs(sub)
    add_device_verbs(sub)
    add_upstream_verbs(sub)
    add_secret_verbs(sub)
    add_operator_verbs(sub)
    add_label_verbs(sub)
    add_report_verbs(sub)
    add_bench_verbs(sub)
    add_translation_verbs(sub)
    add_demo_verbs(sub)
    return parser


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
        if func is None and args.kiosk:  # nobody at a kiosk reads stderr: say it on screen
            return show_refusal_on_screen(str(exc), exc.status)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `receiving-station ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
