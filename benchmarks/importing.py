"""A day's feed imported as a site's IT imports it: `receiving-station import FILE` in its own
process (and the reader process it starts for a big file), on SQLite or PostgreSQL, measured
for rows a second and the peak resident memory of the import's processes together (issue #23:
≤ 300 MB for 1,000,000 rows, ≥ 5,000 rows/s).

The feed is a valid file of `rows` lines (CSV) or return lines (JSON): returns of two lines
each, a parcel each, products shared by many returns, as a shop's export has them."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.upstream import ROOT

PRODUCTS = 5_000  # distinct SKUs in the feed


def _gtin(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def _rows(rows: int) -> Any:
    """(return number, its fields, line number, the line's fields, tracking number) for each
    of `rows` lines."""
    for n in range(rows):
        rma = n // 2
        product = (rma * 7 + n % 2) % PRODUCTS
        yield (
            {
                "rma_number": f"RMA-BM-{rma:08d}",
                "order_number": f"SO-BM-{rma:08d}",
                "customer_name": f"Kund {rma}",
                "customer_email": f"kund{rma}@example.se",
                "market": "SE",
                "channel": "portal",
                "purchase_date": "2026-11-02",
                "delivery_date": "2026-11-05",
                "requested_resolution": "refund",
            },
            {
                "line_no": str(n % 2 + 1),
                "sku": f"BM-{product:05d}",
                "gtin": _gtin(f"73{product:010d}"),
                "description": f"Article {product}",
                "category": "apparel",
                "quantity": "1",
                "unit_price": "199.00",
                "currency": "SEK",
                "reason_code": "too_big",
                "expected_weight_kg": "0.400",
            },
            f"BMTRK{rma:010d}",
        )


def write_feed(path: Path, rows: int, file_format: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        if file_format == "csv":
            writer = csv.writer(out)
            for n, (rma, line, tracking) in enumerate(_rows(rows)):
                if n == 0:  # the columns as the import format names them
                    writer.writerow([*rma, *line, "tracking_number"])
                writer.writerow([*rma.values(), *line.values(), tracking])
            return
        out.write('{"returns": [\n')
        pending: dict[str, Any] | None = None
        first = True
        for rma, line, tracking in _rows(rows):
            item = {**line, "line_no": int(line["line_no"]), "quantity": 1}
            if pending is not None and pending["rma_number"] == rma["rma_number"]:
                pending["lines"].append(item)
                continue
            if pending is not None:
                out.write(("" if first else ",\n") + json.dumps(pending))
                first = False
            pending = {**rma, "lines": [item], "parcels": [tracking]}
        if pending is not None:
            out.write(("" if first else ",\n") + json.dumps(pending))
        out.write("\n]}\n")


def import_rate(database: str, rows: int = 200_000, file_format: str = "csv") -> dict[str, Any]:
    """`rows` lines imported into `database` ("sqlite": a fresh file) by the CLI in its own
    process: rows a second and its peak resident memory."""
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / f"feed.{file_format}"
        write_feed(feed, rows, file_format)
        url = f"sqlite:///{Path(tmp) / 'station.sqlite3'}" if database == "sqlite" else database
        command = [sys.executable, "-m", "receiving_station.cli", "import", str(feed)]
        command += ["--database", url]
        out_path, err_path = Path(tmp) / "out.txt", Path(tmp) / "err.txt"
        started = time.perf_counter()
        with out_path.open("w") as out_file, err_path.open("w") as err_file:
            process = subprocess.Popen(command, cwd=ROOT, stdout=out_file, stderr=err_file)
            # a big file is read in a second process: the import's memory is both together
            tree_peak_kb = 0
            while not os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT):
                tree_peak_kb = max(tree_peak_kb, _tree_rss_kb(process.pid))
                time.sleep(0.1)
            _pid, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        out, err = out_path.read_text(), err_path.read_text()
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise RuntimeError(f"the import failed ({code}): {err[-2000:]}")
        return {
            "rows": rows,
            "format": file_format,
            "feed_mb": round(feed.stat().st_size / 1e6, 1),
            "seconds": round(elapsed, 1),
            "rows_per_s": round(rows / elapsed),
            # the importing processes' resident memory together, sampled every 0.1 s (at
            # least the command's own peak, which the kernel keeps)
            "peak_rss_mb": round(max(tree_peak_kb, usage.ru_maxrss) / 1024),  # kilobytes
            "command_peak_rss_mb": round(usage.ru_maxrss / 1024),
            "summary": out.strip()[-300:],
        }


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and its descendants now (Linux /proc), in kilobytes."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:  # gone meanwhile
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        pending.extend(int(child) for child in children)
    return total
