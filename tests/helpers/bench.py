"""A bench controller over a test database at a fixed time, and an operator's walk through a
demo scenario by scans and keys (the core's tests and the window's use the same walk)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from db.engine import session_factory
from receiving_station.bench.controller import BenchController
from receiving_station.bench.recording import Recorder
from receiving_station.bench.state import BenchInput, Stage
from receiving_station.demo.data import Scenario
from receiving_station.receiving.results import Feedback
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)


def make_bench(engine: Engine, recorder: Recorder | None = None) -> BenchController:
    sessions = session_factory(engine)
    workflow = Workflow(sessions, load_rules(), clock=lambda: NOW)
    return BenchController(workflow, sessions, "BENCH-01", recorder=recorder, clock=lambda: NOW)


def walk(bench: BenchController, scenario: Scenario, grade_key: str = "2") -> list[str]:
    """What an operator does for one scenario; returns the messages of ERROR feedback."""
    errors = []

    def do(kind: str, value: str) -> None:
        update = bench.handle(BenchInput(kind, value))
        if update.feedback == Feedback.ERROR:
            errors.append(update.message)
        shown = bench.state.parcel
        if shown is not None and shown.rma is not None:
            # What the bench shows is what the database holds (counts reused within an action).
            fresh = bench.workflow.parcel_view(shown.parcel_id)
            assert fresh.rma is not None
            assert [x.received for x in shown.rma.lines] == [x.received for x in fresh.rma.lines]
            assert shown.measured_weight_kg == fresh.measured_weight_kg

    do("scan", scenario.parcel_code)
    if scenario.weight_kg is not None:
        do("weight", str(scenario.weight_kg))
    for code in scenario.item_codes:
        do("scan", code)
        if bench.state.stage == Stage.SERIAL:
            do("scan", "SN-TYPED-AT-BENCH")
        while bench.state.stage == Stage.CHECKLIST:
            do("key", "Y")
        do("key", grade_key)
        if bench.state.stage == Stage.PHOTO:
            do("photo", "/photos/unit.jpg")
        do("key", "ENTER")
    do("key", "F9")
    if bench.state.closing is not None:  # items missing: F9 asked first; the key again closes
        do("key", "F9")
    return errors
