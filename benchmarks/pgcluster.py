"""A PostgreSQL server of the benchmark's own: a cluster in benchmarks/.cache/<name>/ (kept
between runs, so its data is made once), started on a free loopback port with
pg_stat_statements loaded, and stopped at the end; and a PgBouncer in transaction pooling to put
before a database (the site benchmark's --site-pooler, tests/db/test_pooler.py).

The site benchmark needs the database's own time per statement (pg_stat_statements), which
must be loaded when the server starts; the machine's shared server is left as it is.  Run as
root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"

#: Server settings a site would give its server, and what the measures need.
SETTINGS = {
    "shared_preload_libraries": "pg_stat_statements",
    "pg_stat_statements.track": "all",
    "track_io_timing": "on",
    # PostgreSQL's default is 100; forty benches use about 180 (docs/site-postgresql.md)
    "max_connections": "300",
    "shared_buffers": "256MB",
    "listen_addresses": "127.0.0.1",
    "unix_socket_directories": "",
    "fsync": "on",
    "synchronous_commit": "on",
}


class ClusterError(RuntimeError):
    pass


def _bindir() -> Path:
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True, check=False)
        candidate = Path(out.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if not versions:
        raise ClusterError(
            "no PostgreSQL server programs (initdb) on this machine: "
            "apt-get install postgresql, or give --site-postgres URL"
        )
    return Path(versions[-1]).parent


def _version(path: str) -> int:
    part = path.split("/")[4]
    return int(part) if part.isdigit() else 0


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def own_cluster(name: str = "site-pg", settings: dict[str, str] | None = None) -> Iterator[str]:
    """Start (making it first if it is not there) the benchmark's own cluster; yields its
    superuser URL (postgresql://postgres@127.0.0.1:PORT/postgres)."""
    bindir = _bindir()
    data = CACHE / name
    CACHE.mkdir(exist_ok=True)
    if not (data / "PG_VERSION").exists():
        if data.exists():
            shutil.rmtree(data)
        data.mkdir(mode=0o700)
        if os.geteuid() == 0:
            shutil.chown(data, "postgres", "postgres")
        _run(
            _as_server_user(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                ]
            ),
            "initdb",
        )
    port = free_port()
    options = " ".join(
        f"-c {key}={value!r}" if value == "" else f"-c {key}={value}"
        for key, value in {**SETTINGS, **(settings or {}), "port": str(port)}.items()
    )
    log = data / "server.log"
    _run(
        _as_server_user(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ]
        ),
        f"starting the server (its log: {log})",
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
            capture_output=True,
            check=False,
        )
        time.sleep(0.2)


def pgbouncer_program() -> str | None:
    return shutil.which("pgbouncer") or next(
        (p for p in ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer") if Path(p).exists()), None
    )


@contextmanager
def transaction_pooler(database_url: str, server_size: int = 2) -> Iterator[str]:
    """PgBouncer (pool_mode = transaction, `server_size` server connections for all its
    clients) before the database of `database_url`; yields the URL the station is given:
    `...?pooler=transaction`.  Debian's pgbouncer; run as root, it runs as `postgres`."""
    program = pgbouncer_program()
    assert program is not None
    target = make_url(database_url)
    port = free_port()
    directory = Path(tempfile.mkdtemp(prefix="rs-pgbouncer-"))
    ini = directory / "pgbouncer.ini"
    ini.write_text(
        "[databases]\n"
        f"site = host={target.host} port={target.port or 5432} dbname={target.database} "
        f"user={target.username}\n"
        "[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        "auth_type = any\npool_mode = transaction\n"
        f"default_pool_size = {server_size}\nmin_pool_size = 0\nreserve_pool_size = 0\n"
        "max_client_conn = 500\nserver_reset_query =\n"
        f"logfile = {directory / 'pgbouncer.log'}\npidfile = {directory / 'pgbouncer.pid'}\n"
    )
    if os.geteuid() == 0:  # PgBouncer refuses to run as root
        shutil.chown(directory, "postgres")
        for path in directory.iterdir():
            shutil.chown(path, "postgres")
    process = subprocess.Popen(
        _as_server_user([program, str(ini)]), stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    out = process.stdout.read().decode() if process.stdout else ""
                    raise RuntimeError(f"pgbouncer did not start: {out}") from None
                time.sleep(0.05)
        yield (f"postgresql+psycopg://{target.username}@127.0.0.1:{port}/site?pooler=transaction")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(directory, ignore_errors=True)


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ClusterError(f"{what} failed: {(done.stderr or done.stdout).strip()[-800:]}")
