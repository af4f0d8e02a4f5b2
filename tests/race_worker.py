"""One contender in the many-benches race tests (tests/test_races.py): a process that acts as a
bench or a shift lead on a shared database and prints one JSON line per attempt.

    python -m tests.race_worker parcels DATABASE_URL STATION BADGE CODE...
    python -m tests.race_worker approve DATABASE_URL LEAD_ID EXCEPTION_ID...

Each prints "ready" when it can start and waits for a line on its standard input: the test
starts all contenders at once, so the attempts really meet.  Parcels: scan each tracking number at this bench (the bench's next scan
closes the parcel before).  Approve: claim each exception and approve the held unit's refund.
"""

from __future__ import annotations

import json
import sys

from db.engine import create_engine_for_url, session_factory, write_transaction
from db.types import utcnow


def _wait() -> None:
    """Tell the test this contender is ready (imports done, signed in), wait for "go"."""
    print("ready", flush=True)
    sys.stdin.readline()


def parcels(url: str, station: str, badge: str, codes: list[str]) -> None:
    from receiving_station.bench.controller import BenchController
    from receiving_station.bench.state import BenchInput
    from receiving_station.receiving.results import Feedback
    from receiving_station.receiving.workflow import Workflow
    from receiving_station.rules import load_rules

    engine = create_engine_for_url(url)
    sessions = session_factory(engine)
    bench = BenchController(Workflow(sessions, load_rules()), sessions, station)
    signed = bench.handle(BenchInput("login", badge))
    assert signed.feedback != Feedback.ERROR, signed.message
    _wait()
    for code in codes:
        update = bench.handle(BenchInput("scan", code))
        parcel = update.state.parcel
        won = (
            update.feedback != Feedback.ERROR
            and parcel is not None
            and parcel.tracking_number == code
        )
        print(json.dumps({"code": code, "won": won, "message": update.message}), flush=True)
    engine.dispose()


def approve(url: str, lead_id: int, exception_ids: list[int]) -> None:
    from receiving_station.auth import PermissionDenied
    from receiving_station.exceptions import actions

    engine = create_engine_for_url(url)
    sessions = session_factory(engine)
    _wait()
    for exception_id in exception_ids:
        try:
            with write_transaction(sessions) as session:
                actions.approve_refund(session, exception_id, operator_id=lead_id, now=utcnow())
            won, message = True, "approved"
        except (actions.ExceptionActionRefused, PermissionDenied) as exc:
            won, message = False, str(exc)
        print(json.dumps({"exception": exception_id, "won": won, "message": message}), flush=True)
    engine.dispose()


if __name__ == "__main__":
    mode, url, *rest = sys.argv[1:]
    if mode == "parcels":
        station, badge, *codes = rest
        parcels(url, station, badge, codes)
    elif mode == "approve":
        lead, *ids = rest
        approve(url, int(lead), [int(i) for i in ids])
    else:
        raise SystemExit(f"unknown mode {mode!r}")
