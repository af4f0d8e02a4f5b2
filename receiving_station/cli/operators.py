"""`receiving-station operators list|add|pin|deactivate|activate`: the people who work the
benches, for IT setting up a site (with the owner's role on a site's PostgreSQL).

A PIN is typed at the terminal, twice, without echo (or one line on standard input), never
given on the command line, which every user of the machine can read (ps).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from typing import Any

from receiving_station.cli.errors import CliError, add_database, open_engine


def _sessions(args: argparse.Namespace) -> Any:
    from db.engine import session_factory

    return session_factory(open_engine(args))


def _read_pin(who: str) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    first = getpass.getpass(f"PIN for {who} (4-12 digits, not shown): ")
    if getpass.getpass("the same PIN again: ") != first:
        raise CliError("the two PINs differ: nothing changed", 2)
    return first


def _show(view: Any) -> None:
    print(json.dumps(asdict(view), ensure_ascii=False))


def cmd_list(args: argparse.Namespace) -> int:
    from receiving_station.operators import list_operators

    for view in list_operators(_sessions(args), everyone=args.all):
        _show(view)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from receiving_station.operators import OperatorError, add_operator

    pin = None if args.no_pin else _read_pin(args.name)
    try:
        view = add_operator(
            _sessions(args),
            name=args.name,
            badge=args.badge,
            role=args.role,
            pin=pin,
            language=args.language,
        )
    except OperatorError as exc:
        raise CliError(f"not added: {exc}", 2) from exc
    _show(view)
    return 0


def cmd_pin(args: argparse.Namespace) -> int:
    from receiving_station.operators import OperatorError, set_pin

    try:
        view = set_pin(_sessions(args), args.badge, _read_pin(args.badge))
    except OperatorError as exc:
        raise CliError(f"PIN not changed: {exc}", 2) from exc
    _show(view)
    return 0


def cmd_active(args: argparse.Namespace) -> int:
    from receiving_station.operators import OperatorError, set_active

    try:
        view = set_active(_sessions(args), args.badge, args.operators_verb == "activate")
    except OperatorError as exc:
        raise CliError(str(exc), 2) from exc
    _show(view)
    return 0


def add_operator_verbs(sub: Any) -> None:
    from receiving_station.operators import ROLES

    operators = sub.add_parser("operators", help="the people who work the benches")
    verbs = operators.add_subparsers(dest="operators_verb", metavar="ACTION", required=True)
    lst = verbs.add_parser("list", help="the operators, one JSON object each")
    lst.add_argument("--all", action="store_true", help="the deactivated ones too")
    lst.set_defaults(func=cmd_list)
    add = verbs.add_parser("add", help="add an operator (the PIN is asked for)")
    add.add_argument("--name", required=True)
    add.add_argument("--badge", required=True, metavar="CODE", help="what their badge scans as")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--language", metavar="LANG", help="the window's language for them: sv, nb…")
    add.add_argument("--no-pin", action="store_true", help="staff only: the badge alone")
    add.set_defaults(func=cmd_add)
    pin = verbs.add_parser("pin", help="a new PIN (also lifts a lock after wrong PINs)")
    pin.add_argument("badge", metavar="BADGE")
    pin.set_defaults(func=cmd_pin)
    for verb, text in (("deactivate", "sign in nowhere any more"), ("activate", "again")):
        parser = verbs.add_parser(verb, help=text)
        parser.add_argument("badge", metavar="BADGE")
        parser.set_defaults(func=cmd_active)
    for parser in (lst, add, pin, *[verbs.choices[v] for v in ("deactivate", "activate")]):
        add_database(parser)
