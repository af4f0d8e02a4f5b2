"""A day's feed imported as a site's IT imports it: `receiving-station import FILE` in its own
process, on SQLite or PostgreSQL, measured for rows a second and the process's peak resident
memory (issue #23: ≤ 300 MB for 1,000,000 rows, ≥ 5,000 rows/s).

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
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        assert process.stdout is not None and process.stderr is not None
        out, err = process.stdout.read(), process.stderr.read()
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise RuntimeError(f"the import failed ({code}): {err[-2000:]}")
        return {
            "rows": rows,
            "format": file_format,
            "feed_mb": round(feed.stat().st_size / 1e6, 1),
            "seconds": round(elapsed, 1),
            "rows_per_s": round(rows / elapsed),
            "peak_rss_mb": round(usage.ru_maxrss / 1024),  # Linux: kilobytes
            "summary": out.strip()[-300:],
        }
