"""Command-line verbs for labels: `labels restock` renders one unit's label to a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from devices.printers.zpl import DOTS_PER_MM, SIZES
from receiving_station.cli import errors as cli
from receiving_station.cli.errors import add_database


def site_templates(explicit: str | None) -> Path | None:
    """The site's label templates folder: --templates, else station.toml's
    [printer] label_templates, else none (the shipped templates)."""
    if explicit:
        return Path(explicit)
    printer = cli.station_config().printer
    return printer.label_templates if printer is not None else None


def cmd_labels_restock(args: argparse.Namespace) -> int:
    """One unit's label (its own template, or --template) as ZPL or PDF, to --output."""
    from sqlalchemy import select

    from db.engine import session_factory
    from db.models import ReceivedUnit
    from receiving_station.labels.jobs import unit_label_data
    from receiving_station.labels.layout import (
        TEMPLATES,
        LabelTemplateError,
        load_label_set,
        render_pdf,
        render_zpl,
    )

    if args.template and args.template not in TEMPLATES:
        raise cli.CliError(f"--template {args.template!r}: one of {', '.join(TEMPLATES)}", 2)
    try:
        labels = load_label_set(site_templates(args.templates))
    except LabelTemplateError as exc:
        raise cli.CliError(str(exc), 2) from exc
    engine = cli.open_engine(args)
    lpn = args.lpn.strip().upper()
    with session_factory(engine)() as session:
        unit = session.scalars(select(ReceivedUnit).where(ReceivedUnit.lpn == lpn)).one_or_none()
        if unit is None:
            raise cli.CliError(
                f"no unit with LPN {lpn} in {engine.url.render_as_string(hide_password=True)} "
                "(check the LPN on the label or the bench's activity list)",
                1,
            )
        if unit.confirmed_at is None:
            print(
                f"note: {lpn} is not confirmed yet; the label shows it as it stands",
                file=sys.stderr,
            )
        data = unit_label_data(session, unit, template=args.template, at=unit.confirmed_at)
    try:
        if args.format == "pdf":
            output = render_pdf(labels, [data], args.size)
        else:
            output = render_zpl(labels, data, args.size, args.dpi)
    except LabelTemplateError as exc:
        raise cli.CliError(str(exc), 2) from exc
    out = Path(args.output)
    try:
        out.write_bytes(output)
    except OSError as exc:
        raise cli.CliError(f"cannot write {out}: {exc.strerror}", 2) from exc
    detail = f"{args.size} in" + ("" if args.format == "pdf" else f", {args.dpi} dpi")
    print(f"{data.template} label for {lpn} ({detail}) written to {out}")
    return 0


def add_label_verbs(sub: Any) -> None:
    labels = sub.add_parser("labels", help="unit labels: render one to a file")
    labels_sub = labels.add_subparsers(dest="labels_verb", metavar="ACTION", required=True)
    restock = labels_sub.add_parser(
        "restock",
        help="render one unit's restock / refurbish / quarantine / RTV label (ZPL or PDF)",
    )
    add_database(restock)
    restock.add_argument("--lpn", required=True, metavar="LPN", help="the unit's LPN")
    restock.add_argument("--format", choices=["zpl", "pdf"], default="zpl")
    restock.add_argument("--output", required=True, metavar="FILE")
    restock.add_argument("--size", choices=sorted(SIZES), default="4x2", help="inches")
    restock.add_argument(
        "--dpi", type=int, choices=sorted(DOTS_PER_MM), default=203, help="ZPL only"
    )
    restock.add_argument(
        "--template",
        metavar="NAME",
        help="restock, refurbish, quarantine or return_to_vendor (default: by the unit's "
        "disposition)",
    )
    restock.add_argument(
        "--templates",
        metavar="DIR",
        help="the site's label templates folder (default: [printer] label_templates)",
    )
    restock.set_defaults(func=cmd_labels_restock)
