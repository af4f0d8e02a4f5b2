"""`receiving-station secret set|check|delete NAME`: the station's secrets in the OS keyring,
for the user the bench runs as, so that no file on the bench holds them.

NAME is the environment variable the configuration names (`[upstream] secret_env`,
`token_env`, `key_env`, `key_secret_env`); the environment variable, when set, comes first.
The value is read from the terminal without echo (or from standard input, one line), never
from the command line, which every user of the machine can read (ps).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from receiving_station.cli.errors import CliError
from receiving_station.upstream.settings import ENV_NAME


def _name(args: argparse.Namespace) -> str:
    if not ENV_NAME.fullmatch(args.name):
        raise CliError(
            f"{args.name!r}: a secret's name is the environment variable the configuration "
            "names (letters, digits, _), e.g. RECEIVING_STATION_UPSTREAM_SECRET",
            2,
        )
    return str(args.name)


def cmd_set(args: argparse.Namespace) -> int:
    from receiving_station.secrets import SecretStoreError, keyring_set

    name = _name(args)
    if sys.stdin.isatty():
        value = getpass.getpass(f"{name} (not shown): ")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value.strip():
        raise CliError(f"{name}: no value given, nothing stored", 2)
    try:
        store = keyring_set(name, value)
    except SecretStoreError as exc:
        raise CliError(f"{name} not stored: {exc}") from exc
    print(f"{name} stored in the OS keyring ({store})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from receiving_station.secrets import where

    name = _name(args)
    found = where(name)
    print(f"{name}: from {found}")
    return 0 if not found.startswith("nowhere") else 1


def cmd_delete(args: argparse.Namespace) -> int:
    from receiving_station.secrets import SecretStoreError, keyring_delete

    name = _name(args)
    try:
        deleted = keyring_delete(name)
    except SecretStoreError as exc:
        raise CliError(f"{name}: {exc}") from exc
    print(f"{name} {'deleted from' if deleted else 'was not in'} the OS keyring")
    return 0


def add_secret_verbs(sub: Any) -> None:
    secret = sub.add_parser("secret", help="the station's secrets in the OS keyring")
    verbs = secret.add_subparsers(dest="secret_verb", metavar="ACTION", required=True)
    for verb, func, text in (
        ("set", cmd_set, "store a secret (asked for, not shown; or one line on stdin)"),
        ("check", cmd_check, "say where a secret would be taken from (never its value)"),
        ("delete", cmd_delete, "remove a secret from the OS keyring"),
    ):
        parser = verbs.add_parser(verb, help=text)
        parser.add_argument("name", metavar="NAME", help="e.g. RECEIVING_STATION_UPSTREAM_SECRET")
        parser.set_defaults(func=func)
