"""A whole site on one PostgreSQL (issue #23, item 1): N benches, two leads' Exceptions sections
and a supervisor's Figures section, each a process of its own (benchmarks/site_roles.py), and
one `receiving-station dispatch` process sending to the sandbox shop, all at once.

The server is the benchmark's own (benchmarks/pgcluster.py: pg_stat_statements loaded,
max_connections 300), or the one given with --site-postgres.  Its database
`rs_site` is made once as a site makes it (resources/postgres/site-roles.sql, `db upgrade` as
the owner, demo returns) and kept; everyone logs in as the benches' role `rs_bench`.

Two paces:
* person: an action every 2-10 s at each bench (a person scanning, weighing, grading);
* full: each bench as fast as it goes: the site's units per second, and what runs out.

Reported per run: each bench action's p50 / p99 / max (the controller's time: what the window
waits for before drawing), the site's units per second, errors, deadlocks and rollbacks, lock
waits (pg_stat_activity sampled every 0.2 s), connections used, the database's own time per
statement (pg_stat_statements) and the CPU the benches and the server used.

`--site-pooler N`: everyone through a PgBouncer in transaction pooling with N server
connections.  `--site-latency MS,...`: also one bench alone, its database that many
milliseconds of round trip away (benchmarks/latency.py).  docs/benchmarks.md has the figures.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import selectinload

from db.engine import create_engine_for_url, session_factory
from db.migrate import upgrade_database
from db.models import Operator, Parcel, Rma
from receiving_station.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "rs_site"
OWNER, BENCH = "rs_owner", "rs_bench"
LEADS = 2
READY = "receiving station site benchmark: made whole"
SHORT_EVERY = 6
OWN_PC_NICE = 10  # one parcel in six is short of an item: an exception for the leads


def _percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def _url(server: str, user: str, database: str = DATABASE) -> str:
    url = make_url(server).set(username=user, password=None, database=database)
    return url.render_as_string(hide_password=False)


def prepare(server: str, returns: int, log: Callable[[str], None]) -> None:
    """The site's database as a site makes it, once: roles, schema as the owner, demo data."""
    admin = create_engine_for_url(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        state = connection.scalar(
            text(
                "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database "
                "WHERE datname = :n"
            ),
            {"n": DATABASE},
        )
        ready = f"{READY}, {returns} returns"
        if state == ready:
            admin.dispose()
            script = (ROOT / "resources" / "postgres" / "site-roles.sql").read_text()
            _psql(server, "\n".join(x for x in script.splitlines() if x.startswith("ALTER ROLE")))
            owner = create_engine_for_url(_url(server, OWNER))
            upgrade_database(owner)  # kept from an earlier run: at this schema's head
            owner.dispose()
            return
        if state is not None:  # made part-way by a run that stopped, or another size: again
            connection.exec_driver_sql(f"DROP DATABASE {DATABASE} WITH (FORCE)")
        roles = connection.scalar(
            text("SELECT count(*) FROM pg_roles WHERE rolname IN ('rs_owner','rs_bench')")
        )
    log(f"making the site database {DATABASE} ({returns:,} returns) ...")
    script = (ROOT / "resources" / "postgres" / "site-roles.sql").read_text()
    if roles:  # roles left from an earlier database: the script makes them, skip that part
        script = "\n".join(x for x in script.splitlines() if not x.startswith("CREATE ROLE"))
    _psql(server, script)
    extension = create_engine_for_url(_url(server, make_url(server).username or "postgres"))
    with extension.begin() as connection:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    extension.dispose()
    owner = create_engine_for_url(_url(server, OWNER))
    upgrade_database(owner)
    from receiving_station.demo.data import generate_demo_data

    started = time.monotonic()
    generate_demo_data(owner, returns=returns, seed=23)
    from receiving_station.figures import hours as figure_hours

    figure_hours.refresh(owner)
    owner.dispose()
    with admin.connect() as connection:
        connection.exec_driver_sql(f"COMMENT ON DATABASE {DATABASE} IS '{ready}'")
    admin.dispose()
    vacuum = create_engine_for_url(_url(server, OWNER), isolation_level="AUTOCOMMIT")
    with vacuum.connect() as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")
    vacuum.dispose()
    log(f"  made in {time.monotonic() - started:.0f} s")


def _psql(server: str, script: str) -> None:
    """Run a script of resources/postgres with psql, as site-roles.sql is run at a site."""
    parsed = make_url(server)
    done = subprocess.run(
        [
            "psql",
            "-h",
            parsed.host or "127.0.0.1",
            "-p",
            str(parsed.port or 5432),
            "-U",
            parsed.username or "postgres",
            "-d",
            parsed.database or "postgres",
            "-v",
            f"owner={OWNER}",
            "-v",
            f"bench={BENCH}",
            "-v",
            "report=rs_report",
            "-v",
            f"database={DATABASE}",
            "-v",
            "ON_ERROR_STOP=1",
            "-q",
            "-f",
            "-",
        ],
        input=script,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"psql failed: {done.stderr.strip()}")


def _recordings(engine: Engine, benches: int, parcels: int, directory: Path) -> list[Path]:
    """Each bench's own parcels (expected, never opened: a run uses them up), as steps."""
    from benchmarks.window import parcel_steps

    rules = load_rules()
    wanted = benches * parcels
    with session_factory(engine)() as session:
        rmas = session.scalars(
            select(Rma)
            .join(Parcel, Parcel.rma_id == Rma.id)
            .where(Parcel.status == "expected", Rma.status == "expected", Rma.channel != "store")
            .order_by(func.random())
            .limit(wanted)
            .options(selectinload(Rma.lines), selectinload(Rma.parcels))
        ).all()
        if len(rmas) < wanted:
            raise SystemExit(
                f"the site database has {len(rmas):,} unopened returns, {wanted:,} wanted: "
                f"drop database {DATABASE} (or give more --site-returns) and run again"
            )
        files = []
        for bench in range(benches):
            path = directory / f"bench-{bench + 1:02d}.jsonl"
            lines = []
            for n, rma in enumerate(rmas[bench::benches]):
                short = n % SHORT_EVERY == SHORT_EVERY - 1
                lines += [json.dumps(s) for s in parcel_steps(rma, rules, short=short)]
            path.write_text("\n".join(lines) + "\n")
            files.append(path)
    return files


class _Sampler:
    """pg_stat_activity every 0.2 s: connections to the site database, sessions waiting for
    a lock; and the server processes' CPU time (when the server runs on this machine)."""

    def __init__(self, server: str, postmaster: int | None) -> None:
        self.engine = create_engine_for_url(server, isolation_level="AUTOCOMMIT")
        self.postmaster = postmaster
        self.connections_max = self.lock_waits = self.waiting_max = self.samples = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _Sampler:
        self.cpu_before = _server_cpu(self.postmaster)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(5)
        self.cpu = _server_cpu(self.postmaster) - self.cpu_before
        self.engine.dispose()

    def _run(self) -> None:
        query = text(
            "SELECT count(*), count(*) FILTER (WHERE wait_event_type = 'Lock') "
            "FROM pg_stat_activity WHERE datname = :d"
        )
        with self.engine.connect() as connection:
            while not self.stop.wait(0.2):
                connections, waiting = connection.execute(query, {"d": DATABASE}).one()
                self.samples += 1
                self.connections_max = max(self.connections_max, connections)
                self.waiting_max = max(self.waiting_max, waiting)
                self.lock_waits += 1 if waiting else 0


def _server_cpu(postmaster: int | None) -> float:
    """CPU seconds of the postmaster and its children (the backends, also those that ended),
    from /proc."""
    if postmaster is None:
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == postmaster:  # its own, and its children's that have ended (waited for)
            total += sum(int(x) for x in fields[11:15])
        elif ppid == postmaster:  # the backends still running
            total += int(fields[11]) + int(fields[12])
    return total / tick


def _postmaster(data: Path | None) -> int | None:
    if data is None or not (data / "postmaster.pid").exists():
        return None
    return int((data / "postmaster.pid").read_text().split()[0])


def _database_counters(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT deadlocks, xact_commit, xact_rollback, conflicts "
                "FROM pg_stat_database WHERE datname = :d"
            ),
            {"d": DATABASE},
        ).one()
    return dict(zip(("deadlocks", "commits", "rollbacks", "conflicts"), map(int, row), strict=True))


def _statements(engine: Engine, top: int = 8) -> tuple[float, int, list[dict[str, Any]]]:
    """The database's own time (ms) and calls since the reset, and the costliest statements."""
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT query, calls, total_exec_time, mean_exec_time, "
                "max_exec_time FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
                "WHERE d.datname = :d ORDER BY total_exec_time DESC"
            ),
            {"d": DATABASE},
        ).all()
    total = sum(r.total_exec_time for r in rows)
    calls = sum(r.calls for r in rows)
    costliest = [
        {
            "query": " ".join(r.query.split())[:160],
            "calls": r.calls,
            "total_ms": round(r.total_exec_time, 1),
            "mean_ms": round(r.mean_exec_time, 3),
            "max_ms": round(r.max_exec_time, 1),
        }
        for r in rows[:top]
    ]
    return total, calls, costliest


def _start(command: list[str], *, own_pc: bool = False) -> subprocess.Popen[str]:
    """A person's process.  `own_pc`: one that a site runs on a PC of its own (a lead's, the
    supervisor's, the dispatcher's): run here at a lower CPU priority, so that what it asks of
    the database is real but its own Python and drawing do not take the benches' CPU, as they
    would not at a site.  The database server and the benches run at the normal priority."""
    return subprocess.Popen(
        [sys.executable, *command],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=(lambda: os.nice(OWN_PC_NICE)) if own_pc else None,
    )


def _last_json(process: subprocess.Popen[str], timeout: float) -> dict[str, Any]:
    out, _ = process.communicate(timeout=timeout)
    for line in reversed(out.splitlines()):
        if line.startswith("{"):
            return dict(json.loads(line))
    raise SystemExit(f"a site process ended without its figures (exit {process.returncode})")


def run_site(
    server: str,
    benches: int,
    pace: str,
    seconds: float,
    data: Path | None,
    log: Callable[[str], None],
    pooled: str | None = None,
) -> dict[str, Any]:
    """One run: `benches` benches at `pace` for `seconds`, with the leads, the figures and the
    dispatcher; returns its figures."""
    from benchmarks.upstream import SECRET, sandbox_process

    bench_url = pooled or _url(server, BENCH)
    superuser = _url(server, make_url(server).username or "postgres")
    admin = create_engine_for_url(superuser, isolation_level="AUTOCOMMIT")
    site = create_engine_for_url(bench_url)
    parcels = 120 if pace == "full" else max(6, int(seconds / 6 / 8) + 3)
    directory = Path(tempfile.mkdtemp(prefix="rs-site-"))
    files = _recordings(site, benches, parcels, directory)
    with session_factory(site)() as session:
        badges = list(
            session.scalars(
                select(Operator.badge_code)
                .where(Operator.role == "staff", Operator.active.is_(True))
                .order_by(Operator.id)
            )
        )
        leads = list(
            session.scalars(
                select(Operator.badge_code).where(Operator.role == "lead").order_by(Operator.id)
            )
        )
    rng = random.Random(benches)
    processes: list[subprocess.Popen[str]] = []
    common = ["--url", bench_url, "--seconds", str(seconds)]
    with sandbox_process(directory) as shop:
        env = {**_environ(), "RECEIVING_STATION_UPSTREAM_SECRET": SECRET.decode()}
        dispatch = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "receiving_station.cli",
                "dispatch",
                "--database",
                bench_url,
                "--upstream",
                shop,
            ],
            cwd=ROOT,
            env=env,
            preexec_fn=lambda: os.nice(OWN_PC_NICE),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            for n, recording in enumerate(files):
                processes.append(
                    _start(
                        [
                            "-m",
                            "benchmarks.site_roles",
                            "bench",
                            *common,
                            "--station",
                            f"SITE-{n + 1:02d}",
                            "--badge",
                            badges[n % len(badges)],
                            "--recording",
                            str(recording),
                            "--pace",
                            pace,
                            "--seed",
                            str(rng.randrange(1 << 30)),
                        ]
                    )
                )
            for n in range(LEADS):
                processes.append(
                    _start(
                        ["-m", "benchmarks.site_roles", "lead", *common, "--badge", leads[n]],
                        own_pc=True,
                    )
                )
            processes.append(
                _start(["-m", "benchmarks.site_roles", "figures", *common], own_pc=True)
            )
            log(f"  {len(processes)} processes starting ...")
            for process in processes:
                assert process.stdout is not None
                line = process.stdout.readline()
                if '"ready"' not in line:
                    raise SystemExit(f"a site process did not start: {line!r}")
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_stat_statements_reset()"))
            before = _database_counters(admin)
            log(f"  go: {benches} benches at {pace} pace for {seconds:.0f} s")
            with _Sampler(superuser, _postmaster(data)) as sampler:
                for process in processes:
                    assert process.stdin is not None
                    process.stdin.write("go\n")
                    process.stdin.flush()
                results = [_last_json(p, seconds + 300) for p in processes]
            after = _database_counters(admin)
            db_ms, db_calls, costliest = _statements(admin)
            time.sleep(2)  # the dispatcher's last round
        finally:
            for process in processes:
                if process.poll() is None:
                    process.kill()
            dispatch.send_signal(signal.SIGTERM)
            try:
                _, dispatch_errors = dispatch.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                dispatch.kill()
                dispatch_errors = "did not stop"
        import httpx

        shop_summary = httpx.get(f"{shop}/_sandbox/summary", timeout=10).json()
    admin.dispose()
    site.dispose()
    return _summary(
        benches, pace, results, sampler, before, after, (db_ms, db_calls, costliest)
    ) | {"shop_refunds": shop_summary.get("refunds"), "dispatch_errors": dispatch_errors[-500:]}


def _environ() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("RECEIVING_STATION_CONFIG", None)
    return env


def _summary(
    benches: int,
    pace: str,
    results: list[dict[str, Any]],
    sampler: _Sampler,
    before: dict[str, int],
    after: dict[str, int],
    statements: tuple[float, int, list[dict[str, Any]]],
) -> dict[str, Any]:
    bench_results = [r for r in results if r["role"] == "bench"]
    actions: dict[str, list[float]] = {}
    for r in bench_results:
        for action, times in r["times_ms"].items():
            actions.setdefault(action, []).extend(times)
    waiting: dict[str, list[float]] = {}
    collecting: dict[str, list[float]] = {}
    for r in bench_results:
        for action, times in r["database_ms"].items():
            waiting.setdefault(action, []).extend(times)
        for action, times in r["gc_ms"].items():
            collecting.setdefault(action, []).extend(times)
    every = [t for times in actions.values() for t in times]
    seconds = max(r["seconds"] for r in bench_results)
    units = sum(r["units"] for r in bench_results)
    errors = [e for r in bench_results for e in r["errors"]]
    leads = [r for r in results if r["role"] == "lead"]
    figures = [r for r in results if r["role"] == "figures"]
    reloads = [t for r in leads for t in r["reloads_ms"]]
    db_ms, db_calls, costliest = statements
    bench_cpu = sum(r["cpu_seconds"] for r in bench_results)

    def spread(times: list[float]) -> dict[str, float]:
        return {
            "n": len(times),
            "p50_ms": round(_percentile(times, 50), 1) if times else 0,
            "p99_ms": round(_percentile(times, 99), 1) if times else 0,
            "max_ms": round(max(times), 1) if times else 0,
        }

    return {
        "benches": benches,
        "pace": pace,
        "seconds": round(seconds, 1),
        "actions": len(every),
        "every_action": spread(every),
        "per_action": {
            a: spread(t) | {"database_p50_ms": round(_percentile(waiting[a], 50), 1)}
            for a, t in sorted(actions.items())
        },
        # the slowest 1 % of actions: how much of their time was waiting for the database
        "slowest_database_share": _share_of_slowest(actions, waiting),
        "slowest_gc_share": _share_of_slowest(actions, collecting),
        "units": units,
        "units_per_s": round(units / seconds, 2),
        "worst_action_p99_ms": max(
            (_percentile(t, 99) for t in actions.values() if t), default=0.0
        ),
        "errors": len(errors),
        # READ COMMITTED and rows locked in one order: none expected; counted from the errors
        "serialization_failures": sum("could not serialize" in e for e in errors),
        "error_samples": errors[:5],
        "labels_printed": sum(r["labels_printed"] for r in bench_results),
        "label_failures": sum(r["label_failures"] for r in bench_results),
        "recordings_used_up": sum(1 for r in bench_results if r["recording_used_up"]),
        "deadlocks": after["deadlocks"] - before["deadlocks"],
        # a session that only read ends with a rollback: most of these are such
        "rollbacks": after["rollbacks"] - before["rollbacks"],
        "commits": after["commits"] - before["commits"],
        "lock_wait_samples": sampler.lock_waits,
        "waiting_at_once_max": sampler.waiting_max,
        "samples": sampler.samples,
        "connections_max": sampler.connections_max,
        "lead_reloads": spread(reloads),
        "lead_actions": spread([t for r in leads for t in r["actions_ms"]]),
        "lead_refused": sum(r["refused_count"] for r in leads),
        "lead_refused_samples": [x for r in leads for x in r["refused"]][:4],
        "figures_refreshes": spread([t for r in figures for t in r["refreshes_ms"]]),
        "db_time_ms": round(db_ms),
        "db_statements": db_calls,
        "db_ms_per_unit": round(db_ms / units, 2) if units else None,
        "db_costliest": costliest,
        "bench_cpu_s": round(bench_cpu, 1),
        "bench_cpu_ms_per_unit": round(1000 * bench_cpu / units, 1) if units else None,
        "server_cpu_s": round(sampler.cpu, 1),
        "server_cpu_ms_per_unit": round(1000 * sampler.cpu / units, 1) if units else None,
        "others_cpu_s": round(sum(r["cpu_seconds"] for r in leads + figures), 1),
    }


def _share_of_slowest(actions: dict[str, list[float]], waiting: dict[str, list[float]]) -> float:
    pairs = sorted((t, w) for a in actions for t, w in zip(actions[a], waiting[a], strict=True))
    slowest = pairs[-max(1, len(pairs) // 100) :]
    total = sum(t for t, _ in slowest)
    return round(sum(w for _, w in slowest) / total, 2) if total else 0.0


def remote_bench(server: str, rtt_ms: float, seconds: float) -> dict[str, Any]:
    """One bench at full speed whose database is `rtt_ms` of round trip away (a WAN link to a
    central database, benchmarks/latency.py), nothing else running."""
    from benchmarks.latency import far_away

    parsed = make_url(_url(server, BENCH))
    site = create_engine_for_url(parsed.render_as_string(hide_password=False))
    directory = Path(tempfile.mkdtemp(prefix="rs-site-far-"))
    (recording,) = _recordings(site, 1, 60, directory)
    with session_factory(site)() as session:
        badge = session.scalar(select(Operator.badge_code).where(Operator.role == "staff"))
    site.dispose()
    with far_away(parsed.host or "127.0.0.1", parsed.port or 5432, rtt_ms) as port:
        far = parsed.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
        process = _start(
            [
                "-m",
                "benchmarks.site_roles",
                "bench",
                "--url",
                far,
                "--seconds",
                str(seconds),
                "--station",
                "SITE-FAR",
                "--badge",
                str(badge),
                "--recording",
                str(recording),
                "--pace",
                "full",
            ]
        )
        assert process.stdout is not None and process.stdin is not None
        if '"ready"' not in process.stdout.readline():
            raise SystemExit("the far bench did not start")
        process.stdin.write("go\n")
        process.stdin.flush()
        result = _last_json(process, seconds + 300)
    actions = result["times_ms"]
    every = [t for times in actions.values() for t in times]
    return {
        "rtt_ms": rtt_ms,
        "actions": len(every),
        "p50_ms": round(_percentile(every, 50), 1),
        "p99_ms": round(_percentile(every, 99), 1),
        "worst_action_p99_ms": round(max(_percentile(t, 99) for t in actions.values() if t), 1),
        "per_action_p50_ms": {a: round(_percentile(t, 50), 1) for a, t in sorted(actions.items())},
        "units_per_s": round(result["units"] / result["seconds"], 2),
        "errors": len(result["errors"]),
    }


def site_benchmark(
    counts: list[int],
    paces: list[str],
    person_seconds: float,
    full_seconds: float,
    returns: int,
    server: str | None,
    log: Callable[[str], None],
    pooler: int = 0,
    latencies: tuple[float, ...] = (),
) -> list[dict[str, Any]]:
    """Every (pace, count) run on one server: the given one, or the benchmark's own; with
    `pooler`, everyone reaches it through a PgBouncer in transaction pooling with that many
    server connections."""
    from contextlib import nullcontext

    from benchmarks.pgcluster import CACHE, own_cluster, transaction_pooler

    runs = []
    context: Any = nullcontext(server) if server else own_cluster()
    with context as url:
        data = None if server else CACHE / "site-pg"
        prepare(url, returns, log)
        for pace in paces:
            for count in counts:
                seconds = person_seconds if pace == "person" else full_seconds
                if pooler:
                    with transaction_pooler(_url(url, BENCH), pooler) as pooled:
                        run = run_site(url, count, pace, seconds, data, log, pooled)
                    runs.append(run | {"pooler_server_connections": pooler})
                else:
                    runs.append(run_site(url, count, pace, seconds, data, log))
                log("  " + _line(runs[-1]))
        for rtt in latencies:
            log(f"  one bench {rtt:g} ms of round trip from its database ...")
            runs.append(remote_bench(url, rtt, min(full_seconds, 30)))
            log(f"  {runs[-1]}")
    return runs


def _line(run: dict[str, Any]) -> str:
    every = run["every_action"]
    return (
        f"{run['benches']} benches, {run['pace']}: {run['actions']} actions, p50 "
        f"{every['p50_ms']} p99 {every['p99_ms']} max {every['max_ms']} ms; "
        f"{run['units_per_s']} units/s; {run['errors']} errors, {run['deadlocks']} deadlocks; "
        f"{run['connections_max']} connections; db {run['db_ms_per_unit']} ms/unit, "
        f"server CPU {run['server_cpu_ms_per_unit']} ms/unit, benches' "
        f"{run['bench_cpu_ms_per_unit']} ms/unit"
    )
