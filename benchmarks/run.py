"""Benchmark runner: speed figures measured outside the unit tests.

    .venv/bin/python -m benchmarks.run                       # all, 1,000,000 returns, SQLite + PostgreSQL
    .venv/bin/python -m benchmarks.run --returns 100000 --only lookup --database sqlite
    .venv/bin/python -m benchmarks.run --only xpath --returns 20000   # through a real X server

The data comes from the demo-data generator (receiving_station/demo/data.py), built once per
size and seed and kept: SQLite files in benchmarks/.cache/, PostgreSQL databases named
rs_bench_<N>_<seed> on the server of --postgres-url.  Results are printed as a table and
written to benchmarks/results/<UTC time>.json.  Targets are checked and reported (exit status
1 when one is missed), see docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url

from db.engine import create_engine_for_url, session_factory
from db.migrate import upgrade_database
from db.models import Parcel, ProductGtin, Rma
from receiving_station.codes.identify import identify
from receiving_station.demo.data import generate_demo_data
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
RESULTS = HERE / "results"
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"

#: target name → (measure key, comparison, limit)
TARGETS = {
    # issue #24: the carrier definitions read as data, no slower than this on one core
    "identify codes per second": ("identify.codes_per_s", ">=", 40000.0),
    "lookup p99 on SQLite (ms)": ("lookup[sqlite].p99_ms", "<=", 2.0),
    "scanner line -> Scan event p99 (ms)": ("scanner.p99_ms", "<=", 1.0),
    "MT-SICS SIR readings lost": ("sir.missing", "<=", 0),
    "MT-SICS SIR delay p99 (ms)": ("sir.delay_p99_ms", "<=", 1.0),
    "scan-to-screen p99 on SQLite (ms)": ("screen[sqlite].p99_ms", "<=", 16.0),
    "scan-to-screen p99 on PostgreSQL (ms)": ("screen[postgresql].p99_ms", "<=", 30.0),
    "replay units per second": ("replay.units_per_s", ">=", 50.0),
    "start-up to ready window (ms)": ("startup.worst_ms", "<=", 2000.0),
    "resident memory with the window open (MB)": ("screen[sqlite].rss_mb", "<=", 300.0),
    "upstream events delivered per second": ("upstream[sqlite].events_per_s", ">=", 500.0),
    "confirm to refund accepted upstream p99 (ms)": ("accepted[sqlite].p99_ms", "<=", 1000.0),
    "Shopify connector refunds per second": ("platform[shopify].refunds_per_s", ">=", 200.0),
    "WooCommerce connector refunds per second": (
        "platform[woocommerce].refunds_per_s",
        ">=",
        200.0,
    ),
    # issue #23: a day's feed of any size; the memory target is for --import-rows 1000000
    "import rows per second, SQLite": ("import[csv,sqlite].rows_per_s", ">=", 5000.0),
    "import rows per second, PostgreSQL": ("import[csv,postgresql].rows_per_s", ">=", 5000.0),
    "import peak memory, CSV (MB)": ("import[csv,sqlite].peak_rss_mb", "<=", 300.0),
    "import peak memory, JSON (MB)": ("import[json,sqlite].peak_rss_mb", "<=", 300.0),
    "Shopify connector refunds per second, PostgreSQL": (
        "platform[shopify,postgresql].refunds_per_s",
        ">=",
        200.0,
    ),
    "WooCommerce connector refunds per second, PostgreSQL": (
        "platform[woocommerce,postgresql].refunds_per_s",
        ">=",
        200.0,
    ),
    # issue #23: forty benches at a person's pace on one PostgreSQL (--only site)
    "site: 40 benches at a person's pace, every action p99 (ms)": (
        "site[40,person].worst_action_p99_ms",
        "<=",
        30.0,
    ),
    "site: 40 benches at a person's pace, errors": ("site[40,person].errors", "<=", 0),
    "site: 40 benches at a person's pace, deadlocks": ("site[40,person].deadlocks", "<=", 0),
    "exceptions view open, SQLite (ms)": ("queue[sqlite].open_ms", "<=", 300.0),
    "exceptions view open, PostgreSQL (ms)": ("queue[postgresql].open_ms", "<=", 300.0),
    "exceptions filter, SQLite (ms)": ("queue[sqlite].filter_worst_ms", "<=", 100.0),
    "exceptions filter, PostgreSQL (ms)": ("queue[postgresql].filter_worst_ms", "<=", 100.0),
    "exceptions sort, SQLite (ms)": ("queue[sqlite].sort_worst_ms", "<=", 100.0),
    "exceptions sort, PostgreSQL (ms)": ("queue[postgresql].sort_worst_ms", "<=", 100.0),
    # A stall: the window not answering for longer than a person notices (0.1 s).
    "exceptions scroll stall, SQLite (ms)": ("queue[sqlite].scroll_stall_ms", "<=", 100.0),
    "exceptions scroll stall, PostgreSQL (ms)": ("queue[postgresql].scroll_stall_ms", "<=", 100.0),
    "ZPL label render p99 (ms)": ("labels.zpl_p99_ms", "<=", 5.0),
    "PDF label render p99 (ms)": ("labels.pdf_p99_ms", "<=", 50.0),
    "figures screen on a year of history, SQLite (ms)": (
        "figures[sqlite].screen_year_ms",
        "<=",
        1000.0,
    ),
    "figures screen on a year of history, PostgreSQL (ms)": (
        "figures[postgresql].screen_year_ms",
        "<=",
        1000.0,
    ),
    # Scans typed by xdotool through a private Xvfb into the real window (benchmarks/xpath.py)
    "X path: scans whole, worst of 1, 2 and 5 ms a character": ("xpath.whole_min", ">=", 1.0),
    "X path: scanned keys reaching a widget": ("xpath.given_back", "<=", 0),
}


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    details: dict[str, object] = field(default_factory=dict)


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


# -- data ---------------------------------------------------------------------------------------


def sqlite_engine(returns: int, seed: int, log: Callable[[str], None]) -> Engine:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{returns}-seed{seed}.sqlite3"
    engine = create_engine_for_url(str(path))
    _ensure_data(engine, returns, seed, log)
    return engine


def postgres_engine(base_url: str, returns: int, seed: int, log: Callable[[str], None]) -> Engine:
    name = f"rs_bench_{returns}_{seed}"
    admin = create_engine_for_url(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.scalar(
            text("SELECT count(*) FROM pg_database WHERE datname = :name"), {"name": name}
        )
        if not exists:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    url = make_url(create_engine_for_url(base_url).url).set(database=name)
    engine = create_engine_for_url(url.render_as_string(hide_password=False))
    _ensure_data(engine, returns, seed, log)
    return engine


def _ensure_data(engine: Engine, returns: int, seed: int, log: Callable[[str], None]) -> None:
    upgrade_database(engine)
    with session_factory(engine)() as session:
        have = session.scalar(select(func.count()).select_from(Rma)) or 0
    if have == returns:
        return
    if have:
        raise SystemExit(
            f"{engine.url.render_as_string(hide_password=True)} holds {have} returns, not "
            f"{returns}: delete it (it is a benchmark cache) and run again"
        )
    log(f"generating {returns} demo returns in {engine.url.render_as_string(hide_password=True)}")
    summary = generate_demo_data(engine, returns=returns, seed=seed, progress=log)
    log(f"  done in {summary.seconds:.0f} s")


def _scratch_postgres(base_url: str) -> str:
    """A fresh, empty PostgreSQL database for a measure that writes (dropped and re-made)."""
    admin = create_engine_for_url(base_url, isolation_level="AUTOCOMMIT")
    name = "rs_bench_upstream"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    admin.dispose()
    return url


def _labels(args: argparse.Namespace) -> list[str]:
    return ["sqlite", "postgresql"] if args.database == "both" else [args.database]


def _fresh_database(label: str, args: argparse.Namespace) -> str:
    """For a measure that writes: "sqlite" (it makes its own file) or a fresh PostgreSQL."""
    return _scratch_postgres(args.postgres_url) if label == "postgresql" else label


def sample_codes(engine: Engine, count: int, seed: int) -> tuple[list[str], list[str]]:
    """Tracking numbers of `count` random parcels (by id) and some item GTINs."""
    rng = random.Random(seed)
    with session_factory(engine)() as session:
        top = session.scalar(select(func.max(Parcel.id))) or 0
        ids = [rng.randint(1, top) for _ in range(count)]
        tracking: list[str] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found = dict(
                session.execute(
                    select(Parcel.id, Parcel.tracking_number).where(Parcel.id.in_(chunk))
                ).all()
            )
            tracking += [found[i] for i in chunk if i in found]
        gtins = list(session.scalars(select(ProductGtin.gtin).limit(200)))
    return tracking, gtins


# -- measures -------------------------------------------------------------------------------------


def bench_identify(tracking: list[str], gtins: list[str], seconds: float) -> Figure:
    codes = [*tracking[:500], *(g.lstrip("0") for g in gtins)]
    codes += [f"]d201{g}21SN{n:08d}\x1d10LOT{n}" for n, g in enumerate(gtins[:100])]
    codes += ["LPN0000000017", "RMA-SE-0000001", "B-1001", "CMD:CLOSE_PARCEL", "hello", ""]
    rng = random.Random(1)
    rng.shuffle(codes)
    count = 0
    started = time.perf_counter()
    deadline = started + seconds
    while time.perf_counter() < deadline:
        for code in codes:
            identify(code)
        count += len(codes)
    elapsed = time.perf_counter() - started
    from receiving_station.codes.carrier_files import book

    return Figure(
        "identify",
        count / elapsed,
        "codes/s",
        {
            "codes": count,
            "seconds": elapsed,
            "codes_per_s": round(count / elapsed),
            "carrier_formats": len(book().definitions),
        },
    )


def bench_lookup(label: str, engine: Engine, tracking: list[str], warmup: int) -> Figure:
    """What the bench does when a parcel is scanned: identify, find it, load RMA and lines."""
    workflow = Workflow(session_factory(engine), load_rules())
    for code in tracking[:warmup]:
        workflow.lookup_parcel(code)
    samples = []
    for code in tracking[warmup:]:
        started = time.perf_counter()
        view = workflow.lookup_parcel(code)
        samples.append((time.perf_counter() - started) * 1000)
        if view is None:
            raise SystemExit(f"benchmark data broken: {code} not found")
    return Figure(
        f"lookup[{label}]",
        percentile(samples, 99),
        "ms p99",
        {
            "p50_ms": round(percentile(samples, 50), 3),
            "p99_ms": round(percentile(samples, 99), 3),
            "max_ms": round(max(samples), 3),
            "mean_ms": round(statistics.fmean(samples), 3),
            "lookups": len(samples),
        },
    )


def _xpath(
    args: argparse.Namespace,
    engines: dict[str, Engine],
    notes: list[str],
    log: Callable[[str], None],
) -> list[Figure]:
    """Scan-to-screen and scans whole through a private X server (benchmarks/xpath.py), on the
    SQLite database; skipped, with the reason printed, without Xvfb or xdotool."""
    from benchmarks.xpath import measure, missing, qt_in_use, run_in_child

    reason = missing()
    if reason:
        notes.append(f"xpath skipped: {reason}")
        print(f"xpath skipped: {reason}", flush=True)
        return []
    engine = engines.get("sqlite") or sqlite_engine(args.returns, args.seed, log)
    if qt_in_use():  # the platform of a running QApplication cannot change: a fresh process
        database = engine.url.render_as_string(hide_password=False)
        result = run_in_child(database, args.scans, args.seed, args.whole_scans)
        if "skipped" in result:
            notes.append(f"xpath skipped: {result['skipped']}")
            return []
    else:
        result = measure(engine, args.scans, args.seed, log, args.whole_scans)
    wholes = result["whole"]
    screen = dict(result["screen"])
    screen["whole_min"] = min(w["ratio"] for w in wholes.values())
    screen["given_back"] = screen["given_back"] + sum(w["given_back"] for w in wholes.values())
    figures = [
        Figure("xpath", screen["p99_ms"], "ms p99", screen),
        Figure("xpath-synthetic", result["synthetic"]["p99_ms"], "ms p99", result["synthetic"]),
    ]
    for rate, whole in wholes.items():
        figures.append(Figure(f"xpath-whole[{rate}]", whole["ratio"], "whole", whole))
    return figures


# -- runner -----------------------------------------------------------------------------------


@contextmanager
def cpu_hogs(count: int, nice: int = 0) -> Iterator[None]:
    """`count` processes spinning on the CPU for as long as the measures run: a bench PC with
    a browser, a mail client and an antivirus scan beside the station.  `nice`: how much less
    the kernel favours them than the station (5: as a kiosk that starts the station with
    systemd's Nice=-5 beside ordinary programs would have it)."""
    spin = [sys.executable, "-c", f"import os; os.nice({int(nice)})\nwhile True: pass"]
    hogs = [subprocess.Popen(spin) for _ in range(count)]
    try:
        yield
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--returns", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--database",
        choices=["sqlite", "postgresql", "both"],
        default="both",
        help="where to measure lookups (default both)",
    )
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    parser.add_argument(
        "--only",
        default="identify,lookup,devices,window,upstream,platforms,exceptions,labels,figures,xpath",
        help="comma-separated measures: identify, lookup, devices, window, upstream, platforms "
        "(refunds through the Shopify and WooCommerce connectors to their stand-ins), "
        "exceptions, labels, figures, xpath (scan-to-screen through a private Xvfb; SQLite); "
        "also import (a day's feed through the CLI: rows/s and peak memory; not by default) "
        "and site (benches, leads, figures and a dispatcher on one PostgreSQL; not by default)",
    )
    parser.add_argument(
        "--history-units", type=int, default=500_000, help="a year's units for `figures`"
    )
    parser.add_argument(
        "--open-exceptions", type=int, default=100_000, help="queue size for `exceptions`"
    )
    parser.add_argument("--scans", type=int, default=300, help="scan-to-screen samples")
    parser.add_argument(
        "--whole-scans", type=int, default=100, help="xpath: scans at each speed for scans whole"
    )
    parser.add_argument(
        "--import-rows",
        type=int,
        default=200_000,
        help="import: lines in the feed imported by `receiving-station import` (CSV and JSON)",
    )
    parser.add_argument(
        "--site-benches", default="10,20,40", help="site: the numbers of benches, one run each"
    )
    parser.add_argument("--site-pace", default="person,full", help="site: person, full or both")
    parser.add_argument(
        "--site-seconds", type=float, default=180.0, help="site: a run at a person's pace"
    )
    parser.add_argument(
        "--site-full-seconds", type=float, default=60.0, help="site: a run at full speed"
    )
    parser.add_argument(
        "--site-returns", type=int, default=100_000, help="site: returns in the site database"
    )
    parser.add_argument(
        "--site-postgres",
        default=None,
        metavar="URL",
        help="site: a superuser URL of the server to use (default: the benchmark starts its own)",
    )
    parser.add_argument(
        "--site-latency",
        default="",
        metavar="MS,MS",
        help="site: also one bench this far (round trip, ms) from its database, for each",
    )
    parser.add_argument(
        "--site-pooler",
        type=int,
        default=0,
        metavar="N",
        help="site: everyone through a PgBouncer (transaction pooling) with N server connections",
    )
    parser.add_argument(
        "--hogs",
        type=int,
        default=0,
        help="CPU hogs (busy processes) running beside every measure, as a busy bench PC",
    )
    parser.add_argument(
        "--hogs-nice",
        type=int,
        default=0,
        help="the hogs' niceness above the station's (5: the station started at Nice=-5)",
    )
    parser.add_argument("--sir-seconds", type=float, default=10.0)
    parser.add_argument("--lookups", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=3.0, help="identify run time")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    with cpu_hogs(args.hogs, args.hogs_nice):
        return _measure(args, only, log)


def _measure(args: argparse.Namespace, only: set[str], log: Callable[[str], None]) -> int:
    figures: list[Figure] = []
    notes: list[str] = []
    engines: dict[str, Engine] = {}
    if only & {"lookup", "identify", "window"}:
        if args.database in ("sqlite", "both"):
            engines["sqlite"] = sqlite_engine(args.returns, args.seed, log)
        if args.database in ("postgresql", "both"):
            engines["postgresql"] = postgres_engine(args.postgres_url, args.returns, args.seed, log)
        first = next(iter(engines.values()))
        tracking, gtins = sample_codes(first, args.lookups + 500, args.seed)
        if "identify" in only:
            figures.append(bench_identify(tracking, gtins, args.seconds))
        if "lookup" in only:
            for label, engine in engines.items():
                codes, _ = sample_codes(engine, args.lookups + 500, args.seed)
                figures.append(bench_lookup(label, engine, codes, 500))
    if "window" in only:
        from benchmarks.window import replay_throughput, scan_to_screen, startup

        # Headless first: once a window has run in this process, Qt's leftovers (see
        # docs/benchmarks.md) would be measured with it.
        log("replay ...")
        # The VM's speed moves by a fifth from one second to the next: the median of five
        # runs, each on a fresh database, with every run's rate in the details.
        runs = sorted((replay_throughput() for _ in range(5)), key=lambda r: r["units_per_s"])
        replayed = {**runs[2], "runs_units_per_s": [r["units_per_s"] for r in runs]}
        figures.append(Figure("replay", replayed["units_per_s"], "units/s", replayed))
        for label, engine in engines.items():
            log(f"scan-to-screen on {label} ...")
            screen = scan_to_screen(engine, args.scans, args.seed, label)
            figures.append(Figure(f"screen[{label}]", screen["p99_ms"], "ms p99", dict(screen)))
        # The floor under those: what being woken costs on this machine as it is now
        # (benchmarks/wakeups.py); a scan is woken twice, and on PostgreSQL once more a round
        # trip.
        from benchmarks.wakeups import database_round_trip, thread_round_trip

        log("wake-ups ...")
        woken = thread_round_trip()
        figures.append(Figure("wakeups[thread]", woken["p99_ms"], "ms p99", woken))
        if "postgresql" in engines:
            trip = database_round_trip(engines["postgresql"])
            figures.append(Figure("wakeups[postgresql]", trip["p99_ms"], "ms p99", trip))
        if "sqlite" in engines:
            log("start-up ...")
            database = engines["sqlite"].url.render_as_string(hide_password=False)
            started = startup(database)
            figures.append(Figure("startup", started["worst_ms"], "ms", dict(started)))
    if "upstream" in only:
        from benchmarks.upstream import confirm_to_accepted, delivery_rate

        targets = {"sqlite": "sqlite", "postgresql": args.postgres_url}
        if args.database != "both":
            targets = {args.database: targets[args.database]}
        for label, database in targets.items():
            if label == "postgresql":
                database = _scratch_postgres(database)
            log(f"upstream delivery on {label} ...")
            rate = delivery_rate(database)
            figures.append(Figure(f"upstream[{label}]", rate["events_per_s"], "events/s", rate))
            if label == "sqlite":
                log("confirm to accepted upstream ...")
                latency = confirm_to_accepted(database)
                figures.append(Figure("accepted[sqlite]", latency["p99_ms"], "ms p99", latency))
    if "platforms" in only:
        from benchmarks.platforms import refund_rate

        labels = _labels(args)
        for label in labels:
            for shop in ("shopify", "woocommerce"):
                log(f"refunds through the {shop} connector ({label}) ...")
                database = _fresh_database(label, args)
                rate = refund_rate(shop, database)
                name = f"platform[{shop}]" if label == "sqlite" else f"platform[{shop},{label}]"
                figures.append(Figure(name, rate["refunds_per_s"], "refunds/s", rate))
    if "import" in only:
        from benchmarks.importing import import_rate

        labels = _labels(args)
        for label in labels:
            for file_format in ("csv", "json"):
                log(f"importing {args.import_rows:,} {file_format.upper()} rows ({label}) ...")
                database = _fresh_database(label, args)
                rate = import_rate(database, args.import_rows, file_format)
                name = f"import[{file_format},{label}]"
                figures.append(Figure(name, rate["rows_per_s"], "rows/s", rate))
    if "exceptions" in only:
        from benchmarks.exceptions import measure_view, queue_engine

        labels = _labels(args)
        for label in labels:
            engine = queue_engine(label, args.postgres_url, args.open_exceptions, log)
            log(f"exceptions view on {label} ...")
            queue = measure_view(engine, label)
            figures.append(Figure(f"queue[{label}]", queue["open_ms"], "ms open", queue))
            engine.dispose()
    if "labels" in only:
        from benchmarks.labels import label_render

        log("label rendering ...")
        rendered = label_render()
        figures.append(Figure("labels", rendered["zpl_p99_ms"], "ms p99 ZPL", rendered))
    if "figures" in only:
        from benchmarks.labels import figures_timing, history_engine

        labels = _labels(args)
        for label in labels:
            engine = history_engine(label, args.postgres_url, args.history_units, log)
            log(f"figures on {label} ...")
            timing = figures_timing(engine)
            figures.append(Figure(f"figures[{label}]", timing["screen_year_ms"], "ms year", timing))
            engine.dispose()
    if "devices" in only:
        from benchmarks.devices import scanner_latency, sir_sustained

        scanner = scanner_latency()
        figures.append(Figure("scanner", scanner["p99_ms"], "ms p99", dict(scanner)))
        sir = sir_sustained(args.sir_seconds)
        figures.append(Figure("sir", sir["rate_per_s"], "readings/s", dict(sir)))
    site_runs: list[dict[str, object]] = []
    if "site" in only:
        from benchmarks.site import site_benchmark

        site_runs = site_benchmark(
            [int(n) for n in args.site_benches.split(",") if n],
            args.site_pace.split(","),
            args.site_seconds,
            args.site_full_seconds,
            args.site_returns,
            args.site_postgres,
            log,
            args.site_pooler,
            tuple(float(ms) for ms in args.site_latency.split(",") if ms),
        )
        for run in site_runs:
            if "rtt_ms" in run:
                figures.append(
                    Figure(
                        f"site[far {run['rtt_ms']:g} ms]",
                        float(run["p50_ms"]),  # type: ignore[arg-type]
                        "ms p50",
                        {k: v for k, v in run.items() if isinstance(v, int | float)},
                    )
                )
                continue
            every: dict[str, float] = dict(run["every_action"])  # type: ignore[call-overload]
            flat = {k: v for k, v in run.items() if isinstance(v, int | float | str)}
            figures.append(
                Figure(
                    f"site[{run['benches']},{run['pace']}"
                    + (",pgbouncer]" if args.site_pooler else "]"),
                    float(run["worst_action_p99_ms"]),  # type: ignore[arg-type]
                    "ms p99 (worst action)",
                    {**flat, "p50_ms": every["p50_ms"], "p99_ms": every["p99_ms"]}
                    | {"max_ms": every["max_ms"]},
                )
            )
    if "xpath" in only:  # last: it runs a window on xcb, in this process when Qt is not in use
        figures += _xpath(args, engines, notes, log)

    measures = {
        f"{f.name}.{key}": value
        for f in figures
        for key, value in f.details.items()
        if isinstance(value, int | float)
    }
    missed = []
    for target, (key, op, limit) in TARGETS.items():
        if key in measures:
            value = float(measures[key])
            ok = value <= limit if op == "<=" else value >= limit
            if not ok:
                missed.append(f"{target}: {value} (target {op} {limit})")

    print(f"\nReceiving Station benchmarks, {args.returns:,} returns, seed {args.seed}")
    print(f"{'measure':28} {'value':>14}  details")
    for f in figures:
        details = ", ".join(f"{k}={v}" for k, v in f.details.items())
        print(f"{f.name:28} {f.value:14,.3f} {f.unit}  {details}")
    for note in notes:
        print(note)
    for target, (key, op, limit) in TARGETS.items():
        value = measures.get(key)
        state = "n/a" if value is None else ("MISSED" if any(target in m for m in missed) else "ok")
        print(f"target {target} {op} {limit}: {value} {state}")

    RESULTS.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    out = RESULTS / f"{stamp}.json"
    out.write_text(
        json.dumps(
            {
                "at": stamp,
                "returns": args.returns,
                "seed": args.seed,
                "hogs": args.hogs,
                "hogs_nice": args.hogs_nice,
                "machine": {
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                    "processor": platform.processor(),
                },
                "figures": [asdict(f) for f in figures],
                "notes": notes,
                "missed": missed,
                "site": site_runs,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"results: {out}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
