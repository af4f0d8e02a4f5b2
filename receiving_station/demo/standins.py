"""What the platform stand-ins (shopify_standin.py, woocommerce_standin.py) share: a threaded
HTTP server with the station sandbox's failure switches and a JSON request handler."""

from __future__ import annotations

import json
import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from receiving_station.demo.sandbox import Faults


class StandInServer(ThreadingHTTPServer):
    """`serve_forever()` on a thread (`start`); `url` says where it listens."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        faults: Faults | None,
        seed: int | None,
    ) -> None:
        super().__init__(address, handler)
        self.faults = faults or Faults()
        self.rng = random.Random(seed)
        self.rng_lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host if isinstance(host, str) else host.decode()}:{port}"

    def chance(self, p: float) -> bool:
        with self.rng_lock:
            return p > 0 and self.rng.random() < p

    def start(self, name: str) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name=name, daemon=True)
        thread.start()
        return thread


class JsonHandler(BaseHTTPRequestHandler):
    """Keep-alive, quiet, JSON answers."""

    protocol_version = "HTTP/1.1"
    # headers and body leave at once: with Nagle's algorithm the body waited for the client's
    # delayed ACK of the headers (up to 40 ms a request; the sandbox learnt this first)
    disable_nagle_algorithm = True
    wbufsize = 1 << 16  # and in one write: the buffer is flushed once the answer is whole
    content_type = "application/json; charset=utf-8"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes | None:
        """The request's body; None when the client went away before sending all that its
        Content-Length announced (a dispatcher killed mid-request): the connection is closed
        and nothing is done, as a shop's web server never hands a cut-off request to the shop
        (an empty body read as `{}` was a refund of 0.00 without the station's key)."""
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length) if length else b""
        if len(data) < length:
            self.close_connection = True
            return None
        return data
