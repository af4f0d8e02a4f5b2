"""Every input of a bench session written as one JSON line (Recorder), read back with its line checked (read_recording) and fed through a controller again (replay): how a bench's day is reproduced, and how the benchmarks measure it."""

from __future__ import annotations

import datetime as dt
import json
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from receiving_station.bench.controller import BenchController
from receiving_station.bench.state import BenchInput, BenchUpdate, InputKind
from receiving_station.receiving.results import Feedback

RECORDING_VERSION = 1


class Recorder:
    """Writes each bench input as one JSON line (docs/recording.md), flushed as it happens.

    The first line says which station and when; each input line carries `t`, seconds since
    the start.  PINs are never written: a PIN login is recorded as the badge it signed in."""

    def __init__(self, stream: IO[str], station: str) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self._write(
            {
                "recording": RECORDING_VERSION,
                "station": station,
                "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            }
        )

    @classmethod
    def to_file(cls, path: Path, station: str) -> Recorder:
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(path.open("a", encoding="utf-8"), station)

    def write(self, event: BenchInput) -> None:
        line = {"t": round(time.monotonic() - self.started, 3), **event.recorded()}
        if event.kind == InputKind.LOGIN:
            line["method"] = "pin" if event.pin is not None else "badge"
        self._write(line)

    def _write(self, obj: dict[str, Any]) -> None:
        self.stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.close()


@dataclass
class RecordingError(Exception):
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


KINDS = {kind.value for kind in InputKind}


def read_recording(
    lines: Iterator[str] | IO[str],
) -> Iterator[tuple[float, BenchInput, str | None]]:
    """(t, input, station of the header or None) for each input line; RecordingError names the
    line of anything that is not a recorded input."""
    station: str | None = None
    for number, raw in enumerate(lines, 1):
        raw = raw.strip()
        if not raw:
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RecordingError(number, f"not JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise RecordingError(number, "not a JSON object")
        if "recording" in obj:
            if obj["recording"] != RECORDING_VERSION:
                raise RecordingError(
                    number, f"recording version {obj['recording']} is not {RECORDING_VERSION}"
                )
            station = str(obj.get("station") or "") or None
            continue
        kind, value = obj.get("kind"), obj.get("value")
        if not isinstance(kind, str) or kind not in KINDS or not isinstance(value, str):
            raise RecordingError(
                number, f"needs kind (one of {', '.join(sorted(KINDS))}) and a string value"
            )
        t = obj.get("t", 0)
        if isinstance(t, bool) or not isinstance(t, int | float) or not math.isfinite(t):
            raise RecordingError(number, "t must be seconds")
        pin_ok = obj.get("pin_ok")
        if pin_ok is not None and (kind != "login" or not isinstance(pin_ok, bool)):
            raise RecordingError(number, "pin_ok is true or false, on a login only")
        language = obj.get("language")
        yield (
            float(t),
            BenchInput(
                InputKind(kind),
                value,
                source="replay",
                language=language if isinstance(language, str) else None,
                pin_ok=pin_ok,
            ),
            station,
        )


@dataclass
class ReplaySummary:
    inputs: int = 0
    by_feedback: dict[str, int] = field(default_factory=dict)
    units_confirmed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def units_per_second(self) -> float:
        return self.units_confirmed / self.seconds if self.seconds else 0.0


def replay(
    controller: BenchController,
    inputs: Iterator[tuple[float, BenchInput, str | None]],
    *,
    on_update: Callable[[BenchUpdate], None] | None = None,
) -> ReplaySummary:
    """Feed recorded inputs through the controller as fast as it goes.  A login by PIN goes
    as it went when it happened (`pin_ok`: right or wrong; the PIN itself is never kept), so a
    replay fails, locks and signs in as the bench did."""
    summary = ReplaySummary()
    started = time.perf_counter()
    for _t, event, _station in inputs:
        update = controller.handle(event)
        summary.inputs += 1
        key = update.feedback.value
        summary.by_feedback[key] = summary.by_feedback.get(key, 0) + 1
        if update.print_job is not None:
            summary.units_confirmed += 1
        if update.feedback == Feedback.ERROR:
            summary.errors.append(f"{event.kind} {event.value!r}: {update.message}")
        if on_update is not None:
            on_update(update)
    summary.seconds = time.perf_counter() - started
    return summary
