"""Python's garbage collector watched while a benchmark measures: each pause, in ms, from any
thread (a suspect of every tail; the window settles its heap with gc.freeze, ui/app.py)."""

from __future__ import annotations

import gc
import time
from types import TracebackType
from typing import Any


class CollectorPauses:
    """`pauses`: how long each collection took (ms) while watching; `generation`: only those
    of that generation (2: the full ones).  A context manager, or `start()` for a whole run."""

    def __init__(self, generation: int | None = None) -> None:
        self.generation = generation
        self.pauses: list[float] = []
        self._began = 0.0

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        elif self.generation is None or info.get("generation") == self.generation:
            self.pauses.append((time.perf_counter() - self._began) * 1000)

    def start(self) -> CollectorPauses:
        gc.callbacks.append(self._callback)
        return self

    def stop(self) -> None:
        gc.callbacks.remove(self._callback)

    def since(self, mark: int) -> float:
        """Milliseconds collecting since there were `mark` pauses."""
        return sum(self.pauses[mark:])

    def __enter__(self) -> CollectorPauses:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
