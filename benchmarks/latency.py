"""A bench whose database is far away (docs/scaling.md): one bench process at full speed, its
connections to the site database through a TCP proxy that holds every piece of data for half a
round trip each way, as a WAN link to a central database would.

`python -m benchmarks.run --only site --site-latency 0,2,10,30` (milliseconds of round trip).
"""

from __future__ import annotations

import heapq
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress


class DelayProxy:
    """127.0.0.1:port → target, each chunk delivered `rtt / 2` seconds after it was read."""

    def __init__(self, target: tuple[str, int], rtt: float) -> None:
        self.target, self.half = target, rtt / 2
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._stop.set()
        self.listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for source, sink in ((client, server), (server, client)):
                _Direction(source, sink, self.half).start()


class _Direction:
    """One way of one connection: a reader that stamps each chunk, a sender that waits."""

    def __init__(self, source: socket.socket, sink: socket.socket, delay: float) -> None:
        self.source, self.sink, self.delay = source, sink, delay
        self.queue: list[tuple[float, int, bytes]] = []
        self.order = itertools.count()
        self.ready = threading.Condition()
        self.done = False

    def start(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._send, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                data = self.source.recv(65536)
            except OSError:
                data = b""
            with self.ready:
                if not data:
                    self.done = True
                else:
                    stamp = time.monotonic() + self.delay
                    heapq.heappush(self.queue, (stamp, next(self.order), data))
                self.ready.notify()
            if not data:
                return

    def _send(self) -> None:
        while True:
            with self.ready:
                while not self.queue and not self.done:
                    self.ready.wait()
                if not self.queue:
                    break
                due, _, data = self.queue[0]
                wait = due - time.monotonic()
                if wait > 0:
                    self.ready.wait(wait)
                    continue
                heapq.heappop(self.queue)
            try:
                self.sink.sendall(data)
            except OSError:
                break
        for s in (self.sink, self.source):
            with suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)


@contextmanager
def far_away(host: str, port: int, rtt_ms: float) -> Iterator[int]:
    """A local port that reaches host:port with `rtt_ms` of round trip added."""
    proxy = DelayProxy((host, port), rtt_ms / 1000)
    try:
        yield proxy.port
    finally:
        proxy.close()
