"""Opening the window: the CLI's one way into `ui.app`, in demo mode or with this bench's configuration."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from pathlib import Path

from receiving_station.cli.demo import prepare_demo_database
from receiving_station.cli.errors import CliError, open_engine, station_config
from receiving_station.logs import setup_logging
from receiving_station.paths import data_dir


def run_window(args: argparse.Namespace) -> int:
    """Open the bench window: demo mode (demo database, simulated devices) or this bench's
    configured database and devices."""
    from receiving_station.rules import RulesError, load_rules

    config = station_config()
    if args.station:
        config = replace(config, station=args.station)
    if args.fresh and not args.demo:
        raise CliError("--fresh goes with --demo (it starts the demo over)", 2)
    if args.platform != "station" and not args.demo:
        raise CliError(
            "--platform goes with --demo (a bench's shop platform is [upstream] platform)", 2
        )
    notice = None
    demo_platform = None
    if args.demo:
        engine, scenarios, notice = prepare_demo_database(args)
        if args.platform != "station":
            from receiving_station.demo.platforms import start_demo_platform
            from receiving_station.upstream.pull import PullError

            try:
                demo_platform = start_demo_platform(args.platform, engine)
            except (PullError, OSError) as exc:
                raise CliError(f"the demo's {args.platform} stand-in: {exc}", 1) from exc
            print("\n".join(demo_platform.describe()), flush=True)
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
    # The station's actions to the journal (under systemd) and to logs/ in the data directory;
    # RECEIVING_STATION_LOG_LEVEL=DEBUG also says on stderr what the wedge filter made of each
    # burst of keys (ui/input/scan_filter.py).
    station_log = setup_logging(
        config.station, data_dir() / "logs", level=os.environ.get("RECEIVING_STATION_LOG_LEVEL")
    )
    options = LaunchOptions(
        engine=engine,
        rules=rules,
        config=config,
        demo=args.demo,
        scenarios=scenarios,
        screenshot=Path(args.screenshot) if args.screenshot else None,
        sounds=not args.no_sound,
        demo_notice=notice,
        demo_platform=demo_platform,
        kiosk=args.kiosk,
    )
    try:
        return run(options)
    finally:
        station_log.close()
        if demo_platform is not None:
            demo_platform.stop()


#: How long a kiosk shows why it cannot start before it exits for systemd to try again.
REFUSAL_SECONDS = 30


def show_refusal_on_screen(message: str, status: int) -> int:
    """A kiosk that cannot start says why full screen, then exits with `status`."""
    try:
        from ui.kiosk import show_refusal
    except ImportError:
        return status
    seconds = int(os.environ.get("RECEIVING_STATION_REFUSAL_SECONDS") or REFUSAL_SECONDS)
    show_refusal(message, seconds)
    return status
