"""`receiving-station identify` and `command-sheet`: what codes are, and the bench's command barcodes on paper."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from receiving_station.cli.errors import CliError


def cmd_identify(args: argparse.Namespace) -> int:
    from receiving_station.codes.identify import identify

    codes: list[str] = list(args.codes)
    if not codes or codes == ["-"]:
        codes = [line.rstrip("\r\n") for line in sys.stdin]
    for code in codes:
        print(json.dumps(identify(code).to_dict(), ensure_ascii=False, sort_keys=False))
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


def add_code_verbs(sub: Any) -> None:
    ident = sub.add_parser("identify", help="say what scanned codes are, one JSON object per line")
    ident.add_argument(
        "codes", nargs="*", metavar="CODE", help="codes to identify ('-' or none: read stdin)"
    )
    ident.set_defaults(func=cmd_identify)

    sheet = sub.add_parser("command-sheet", help="print the command barcodes as a PDF sheet")
    sheet.add_argument("--output", required=True, metavar="FILE.pdf")
    sheet.set_defaults(func=cmd_command_sheet)
