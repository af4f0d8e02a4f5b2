"""Command-line verbs for upstream: `dispatch`, `sandbox-upstream`, `pull`, `upstream events`."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from receiving_station.cli import errors as cli
from receiving_station.cli.errors import add_database


def _connector(args: argparse.Namespace) -> Any:
    """The connector `[upstream]` (or --upstream URL / --file-drop DIR) asks for."""
    from receiving_station.upstream.connector import UpstreamSetupError
    from receiving_station.upstream.platforms import build_connector

    config = cli.station_config().upstream
    try:
        return build_connector(
            config,
            url=getattr(args, "upstream", None),
            directory=Path(args.file_drop) if getattr(args, "file_drop", None) else None,
        )
    except UpstreamSetupError as exc:
        raise cli.CliError(str(exc), 2) from exc


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()

    def _handler(signum: int, frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _handler)
    signal.signal(signal.SIGINT, _handler)
    return stop


def _faults(args: argparse.Namespace) -> Any:
    """The failure switches a sandbox or stand-in was started with (raises ValueError)."""
    from receiving_station.demo.sandbox import Faults

    switches = {
        "error_rate": args.error_rate,
        "latency_ms": args.latency_ms,
        "drop_rate": args.drop_rate,
    }
    if getattr(args, "garbage_rate", None) is not None:
        switches["garbage_rate"] = args.garbage_rate
    return Faults.from_json(switches)


def cmd_dispatch(args: argparse.Namespace) -> int:
    """Send the outbox to upstream: until stopped (SIGTERM / Ctrl-C), or `--once`."""
    from db.engine import session_factory
    from receiving_station.logs import setup_logging, under_systemd
    from receiving_station.paths import data_dir
    from receiving_station.upstream.dispatcher import Dispatcher

    engine = cli.open_engine(args)
    connector = _connector(args)
    station_log = None
    if under_systemd():  # its own unit: to the journal, fields and all, and to a file
        station_log = setup_logging(
            "dispatcher",
            data_dir() / "logs",
            level="INFO" if args.verbose else "WARNING",
            name="receiving-station-dispatch",
        )
    else:
        logging.basicConfig(
            level=logging.INFO if args.verbose else logging.WARNING,
            format="%(asctime)s %(threadName)s %(message)s",
        )
    dispatcher = Dispatcher(
        session_factory(engine), connector, batch=args.batch, lease_seconds=args.lease
    )
    where = engine.url.render_as_string(hide_password=True)
    try:
        if args.once:
            result = dispatcher.drain()
            print(
                f"{where} → {connector.description}: sent {result.sent}, refused {result.refused}, "
                f"to retry {result.retried}" + (f" ({result.problem})" if result.problem else "")
            )
            return 1 if result.retried else 0
        stop = _stop_on_signals()
        print(f"dispatching {where} → {connector.description} as {dispatcher.owner}", flush=True)
        while not stop.is_set():
            try:
                result = dispatcher.drain(deadline=time.monotonic() + 30)
            except Exception as exc:  # the database went away: say so, wait, try again
                print(f"dispatch round failed: {exc}", file=sys.stderr, flush=True)
                stop.wait(5)
                continue
            if result.claimed and args.verbose:
                print(
                    f"sent {result.sent}, refused {result.refused}, to retry {result.retried}",
                    flush=True,
                )
            if result.problem:
                print(f"upstream: {result.problem}", file=sys.stderr, flush=True)
            stop.wait(min(result.pause, 300) if result.retried else args.poll)
        return 0
    finally:
        dispatcher.close()
        if station_log is not None:
            station_log.close()


def cmd_sandbox(args: argparse.Namespace) -> int:

    from db.engine import DatabaseError, create_engine_for_url, default_database_path
    from receiving_station.demo.sandbox import SandboxServer, SandboxStore, parse_listen
    from receiving_station.upstream.adapters import UpstreamSetupError, secret_from_env
    from receiving_station.upstream.contract import SECRET_ENV

    try:  # from the environment only: a command line is readable by every user (ps)
        secrets = secret_from_env(SECRET_ENV)
    except UpstreamSetupError as exc:
        raise cli.CliError(f"{exc} (the sandbox checks every signature)", 2) from exc
    try:
        address = parse_listen(args.listen)
        faults = _faults(args)
    except ValueError as exc:
        raise cli.CliError(str(exc), 2) from exc
    url = args.database or f"sqlite:///{default_database_path().with_name('sandbox.sqlite3')}"
    try:
        store = SandboxStore(create_engine_for_url(url))
    except DatabaseError as exc:
        raise cli.CliError(str(exc), 2) from exc
    if args.seed_returns:
        try:
            data = json.loads(Path(args.seed_returns).read_text(encoding="utf-8"))
            records = data.get("returns") if isinstance(data, dict) else data
            store.put_returns(list(records or []))
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise cli.CliError(f"{args.seed_returns}: {exc}", 2) from exc
    try:
        server = SandboxServer(address, store, secrets, faults, control_pages=args.control_pages)
    except OSError as exc:
        raise cli.CliError(f"cannot listen on {args.listen}: {exc.strerror or exc}", 1) from exc
    stop = _stop_on_signals()
    thread = threading.Thread(target=server.serve_forever, name="sandbox-upstream", daemon=True)
    thread.start()
    print(f"sandbox upstream at {server.url} (store {url})", flush=True)
    stop.wait()
    server.shutdown()
    server.server_close()
    return 0


def cmd_platform_standin(args: argparse.Namespace) -> int:
    """`shopify-standin` / `woocommerce-standin`: a stand-in shop on HOST:PORT until stopped,
    seeded with the orders of --seed FILE.json, its credentials from the environment (the same
    variables the connector reads)."""
    import os

    from receiving_station.demo.sandbox import parse_listen

    try:
        address = parse_listen(args.listen)
        faults = _faults(args)
        orders = []
        if args.seed:
            data = json.loads(Path(args.seed).read_text(encoding="utf-8"))
            orders = list((data.get("orders") if isinstance(data, dict) else data) or [])
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise cli.CliError(str(exc), 2) from exc
    if args.platform == "shopify":
        from receiving_station.demo.shopify_book import ShopifyBook
        from receiving_station.demo.shopify_standin import ShopifyStandIn

        token = os.environ.get("RECEIVING_STATION_SHOPIFY_TOKEN", "")
        if not token:
            raise cli.CliError(
                "export RECEIVING_STATION_SHOPIFY_TOKEN=... (the token the stand-in takes)", 2
            )
        book: Any = ShopifyBook()
        server: Any = ShopifyStandIn(
            address,
            book,
            token,
            faults=faults,
            maximum=args.maximum,
            restore_rate=args.restore_rate,
        )
    else:
        from receiving_station.demo.woocommerce_standin import (
            Credentials,
            WooBook,
            WooCommerceStandIn,
        )

        key = os.environ.get("RECEIVING_STATION_WOOCOMMERCE_KEY", "")
        secret = os.environ.get("RECEIVING_STATION_WOOCOMMERCE_SECRET", "")
        if not key or not secret:
            raise cli.CliError(
                "export RECEIVING_STATION_WOOCOMMERCE_KEY=ck_... and RECEIVING_STATION_WOOCOMMERCE_SECRET=cs_...",
                2,
            )
        book = WooBook()
        server = WooCommerceStandIn(address, book, Credentials(key, secret), faults=faults)
    for spec in orders:
        book.seed_order(spec)
    stop = _stop_on_signals()
    server.start(f"{args.platform}-standin")
    print(f"{args.platform} stand-in at {server.url} ({len(orders)} orders)", flush=True)
    stop.wait()
    server.shutdown()
    server.server_close()
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    """Pull expected returns from upstream (the station's `GET /returns?updated_since=`, or
    the platform's returns) into the database."""
    from receiving_station.cli.importing import Bars
    from receiving_station.upstream.pull import PullError, pull_returns

    engine = cli.open_engine(args)
    connector = _connector(args)
    show = sys.stderr.isatty() if args.progress is None else args.progress
    bars = Bars() if show else None
    try:
        result = pull_returns(
            engine, connector, limit=args.limit, restart=args.from_start, progress=bars
        )
    except PullError as exc:
        raise cli.CliError(str(exc), 1) from exc
    finally:
        connector.close()
        if bars is not None:
            bars.close()
    print(result.describe())
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """`upstream check`: credentials, permissions and a harmless read against the configured
    shop system, a line each; exit 1 when something is missing."""
    from receiving_station.upstream.connector import ConnectorError

    connector = _connector(args)
    print(f"{connector.platform}: {connector.description}")
    try:
        lines = connector.check()
    except ConnectorError as exc:
        raise cli.CliError(str(exc), 1) from exc
    finally:
        connector.close()
    for line in lines:
        print(f"  {'ok ' if line.ok else 'NO '} {line.what}: {line.message}")
    missing = [line for line in lines if not line.ok]
    print("everything checked is in order" if not missing else f"{len(missing)} to put right")
    return 1 if missing else 0


def cmd_events(args: argparse.Namespace) -> int:
    from db.engine import session_factory
    from receiving_station.upstream.events import EventActionRefused, event_detail, list_events

    engine = cli.open_engine(args)
    with session_factory(engine)() as session:
        if args.id is not None:
            try:
                view = event_detail(session, args.id)
            except EventActionRefused as exc:
                raise cli.CliError(str(exc), 2) from exc
            views = [view]
        else:
            views = list_events(session, rma=args.rma, limit=args.limit)
    for view in views:
        print(
            f"{view.event_id:>8} {view.state:9} {view.kind:17} {view.idempotency_key:45} "
            f"attempts {view.attempts}"
            + (f"  last error: {view.last_error}" if view.last_error else "")
        )
        for attempt in view.attempt_log:
            print(
                f"           {attempt.at:%Y-%m-%d %H:%M:%S} {attempt.outcome:8} "
                f"{attempt.http_status or '-':>4} {attempt.duration_ms:>6} ms  "
                f"{attempt.error or ''}"
            )
    if not views:
        print("no upstream events waiting or refused")
    return 0


def add_upstream_verbs(sub: Any) -> None:
    dispatch = sub.add_parser(
        "dispatch", help="send the outbox to upstream (a separate dispatcher process)"
    )
    add_database(dispatch)
    dispatch.add_argument(
        "--upstream", metavar="URL", help="upstream base URL (default: [upstream] url)"
    )
    dispatch.add_argument("--file-drop", metavar="DIR", help="write events to files in DIR")
    dispatch.add_argument("--once", action="store_true", help="send what is due, then exit")
    dispatch.add_argument("--batch", type=int, default=100, metavar="N", help=argparse.SUPPRESS)
    dispatch.add_argument("--poll", type=float, default=1.0, metavar="S", help=argparse.SUPPRESS)
    dispatch.add_argument("--lease", type=float, default=60.0, metavar="S", help=argparse.SUPPRESS)
    dispatch.add_argument("-v", "--verbose", action="store_true")
    dispatch.set_defaults(func=cmd_dispatch)

    sandbox = sub.add_parser(
        "sandbox-upstream", help="run a sandbox shop server implementing the upstream contract"
    )
    sandbox.add_argument("--listen", default="127.0.0.1:8765", metavar="HOST:PORT")
    add_database(sandbox)
    sandbox.add_argument("--seed-returns", metavar="FILE.json", help="expected returns to serve")
    sandbox.add_argument("--error-rate", type=float, default=0.0, metavar="P")
    sandbox.add_argument("--latency-ms", type=int, default=0, metavar="MS")
    sandbox.add_argument("--drop-rate", type=float, default=0.0, metavar="P")
    sandbox.add_argument("--garbage-rate", type=float, default=0.0, metavar="P")
    sandbox.add_argument(
        "--control-pages",
        action="store_true",
        help="serve /_sandbox/ (what it holds, fault switches, seeding), which takes no "
        "signature: for tests on a machine of your own, never on a network",
    )
    sandbox.set_defaults(func=cmd_sandbox)

    for platform in ("shopify", "woocommerce"):
        standin = sub.add_parser(
            f"{platform}-standin",
            help=f"run a stand-in {platform} shop (its API as documented) for tests and trials",
        )
        standin.add_argument("--listen", default="127.0.0.1:8766", metavar="HOST:PORT")
        standin.add_argument("--seed", metavar="FILE.json", help="orders to hold (see docs)")
        standin.add_argument("--error-rate", type=float, default=0.0, metavar="P")
        standin.add_argument("--latency-ms", type=int, default=0, metavar="MS")
        standin.add_argument("--drop-rate", type=float, default=0.0, metavar="P")
        if platform == "shopify":
            standin.add_argument("--maximum", type=float, default=2000.0, help="cost bucket")
            standin.add_argument("--restore-rate", type=float, default=100.0, help="points/s")
        standin.set_defaults(func=cmd_platform_standin, platform=platform)

    pull = sub.add_parser("pull", help="pull expected returns from upstream (GET /returns)")
    add_database(pull)
    pull.add_argument("--upstream", metavar="URL")
    pull.add_argument("--limit", type=int, default=500, metavar="N", help="returns per page")
    pull.add_argument("--from-start", action="store_true", help="ignore the stored cursor")
    pull.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="the returns pulled so far and their rate on stderr (default: on a terminal)",
    )
    pull.set_defaults(func=cmd_pull)

    events = sub.add_parser("upstream-events", help="upstream events waiting or refused")
    add_database(events)
    events.add_argument("id", nargs="?", type=int, help="one event with its attempts")
    events.add_argument("--rma", metavar="RMA")
    events.add_argument("--limit", type=int, default=200)
    events.set_defaults(func=cmd_events)

    upstream = sub.add_parser("upstream", help="the shop system this station sends to")
    verbs = upstream.add_subparsers(dest="upstream_verb", metavar="VERB", required=True)
    check = verbs.add_parser(
        "check",
        help="check the credentials, permissions and a harmless read against the configured "
        "shop system ([upstream] of the station config)",
    )
    check.add_argument("--upstream", metavar="URL", help="another address than [upstream] url")
    check.set_defaults(func=cmd_check)
