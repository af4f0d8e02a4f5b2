"""A real PgBouncer in transaction pooling in front of a test database (Debian's pgbouncer,
installed by `./station test`), as a site puts one in front of its server."""

from __future__ import annotations

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

SERVER_SIZE = 2  # server connections for every client: they are shared, transaction by transaction


def pgbouncer_program() -> str | None:
    return shutil.which("pgbouncer") or next(
        (p for p in ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer") if Path(p).exists()), None
    )


@contextmanager
def transaction_pooler(database_url: str) -> Iterator[str]:
    """PgBouncer (pool_mode = transaction, SERVER_SIZE server connections) before the database
    of `database_url`; yields the URL the station is given: `...?pooler=transaction`."""
    program = pgbouncer_program()
    assert program is not None
    target = make_url(database_url)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    directory = Path(tempfile.mkdtemp(prefix="rs-pgbouncer-"))
    ini = directory / "pgbouncer.ini"
    ini.write_text(
        "[databases]\n"
        f"site = host={target.host} port={target.port or 5432} dbname={target.database} "
        f"user={target.username}\n"
        "[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        "auth_type = any\npool_mode = transaction\n"
        f"default_pool_size = {SERVER_SIZE}\nmin_pool_size = 0\nreserve_pool_size = 0\n"
        "max_client_conn = 200\nserver_reset_query =\n"
        f"logfile = {directory / 'pgbouncer.log'}\npidfile = {directory / 'pgbouncer.pid'}\n"
    )
    command = [program, str(ini)]
    if os.geteuid() == 0:  # PgBouncer refuses to run as root
        shutil.chown(directory, "postgres")
        for path in directory.iterdir():
            shutil.chown(path, "postgres")
        command = ["runuser", "-u", "postgres", "--", *command]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
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
