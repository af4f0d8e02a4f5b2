"""`receiving-station rules check`: a site's rules file checked before a bench uses it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from receiving_station.cli.errors import CliError


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


def add_rules_verbs(sub: Any) -> None:
    rules = sub.add_parser("rules", help="the rules file")
    rules_sub = rules.add_subparsers(dest="rules_verb", metavar="ACTION", required=True)
    check = rules_sub.add_parser(
        "check", help="check a rules file (default: RECEIVING_STATION_RULES, else the shipped one)"
    )
    check.add_argument("file", nargs="?", metavar="FILE")
    check.set_defaults(func=cmd_rules_check)
