"""Many benches on one database, as separate processes (what a site runs): four benches scan
the same 250 parcels at the same moment, and four leads approve the same 250 held units through
two exceptions each; 1,000 contested attempts each.  Afterwards: every parcel was opened by
exactly one bench, every unit's refund released exactly once, every exception resolved once;
each loser was told who or what beat it.  (Who wins varies: often the first to get a subject's
lock stays a step ahead of the others, who queue behind it on every subject; the invariants
hold whoever wins.)"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import Engine, func, select

from db.engine import session_factory, write_transaction
from db.enums import ParcelStatus, Resolution
from db.models import (
    AuditEntry,
    ExceptionCase,
    Operator,
    OutboxEvent,
    Parcel,
    ReceivedUnit,
    Rma,
    Station,
)
from db.types import utcnow
from receiving_station.demo.data import generate_demo_data

ROOT = Path(__file__).resolve().parents[1]
CONTENDERS = 4
SUBJECTS = 250  # x 4 contenders = 1,000 contested attempts


def _race(args_per_process: list[list[str]]) -> list[list[dict]]:  # type: ignore[type-arg]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.race_worker", *args[:-1], *args[-1].split()],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in args_per_process
    ]
    for process in processes:  # all ready (imports done, signed in) ...
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready", process.communicate()[1]
    for process in processes:  # ... then all go at once
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    results = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        results.append([json.loads(line) for line in out.splitlines()])
    return results


def _expected_parcels(engine: Engine, count: int, *, refunds: bool = False) -> list[Parcel]:
    query = select(Parcel).where(Parcel.status == ParcelStatus.EXPECTED.value)
    if refunds:
        query = query.join(Rma, Rma.id == Parcel.rma_id).where(
            Rma.requested_resolution == Resolution.REFUND.value
        )
    with session_factory(engine)() as session:
        return list(session.scalars(query.order_by(Parcel.id).limit(count)))


def test_four_benches_scanning_the_same_parcels_each_parcel_opens_once(
    engine: Engine, database_url: str
) -> None:
    generate_demo_data(engine, returns=SUBJECTS * 2, seed=21, today=dt.date.today())
    codes = [p.tracking_number for p in _expected_parcels(engine, SUBJECTS)]
    assert len(codes) == SUBJECTS
    badges = ["B-1001", "B-1002", "B-1003", "B-1004"]
    results = _race(
        [
            ["parcels", database_url, f"RACE-{n}", badges[n], " ".join(codes)]
            for n in range(CONTENDERS)
        ]
    )
    assert sum(len(r) for r in results) == SUBJECTS * CONTENDERS
    winners: dict[str, list[str]] = defaultdict(list)
    for n, attempts in enumerate(results):
        for attempt in attempts:
            if attempt["won"]:
                winners[attempt["code"]].append(f"RACE-{n}")
            else:  # told why: open at another bench, or already received and closed
                assert (
                    "open at RACE-" in attempt["message"]
                    or "already received" in (attempt["message"])
                ), attempt
    assert sorted(winners) == sorted(codes)
    assert all(len(w) == 1 for w in winners.values()), {
        c: w for c, w in winners.items() if len(w) > 1
    }
    with session_factory(engine)() as session:
        stations = dict(session.execute(select(Station.id, Station.name)).all())
        for parcel in session.scalars(select(Parcel).where(Parcel.tracking_number.in_(codes))):
            assert stations[parcel.station_id] == winners[parcel.tracking_number][0]
        opened = Counter(
            session.scalars(
                select(AuditEntry.entity_id).where(AuditEntry.action == "parcel_opened")
            )
        )
        assert set(opened.values()) == {1}  # each parcel opened once, by one bench
        assert len(opened) == SUBJECTS


def _held_units_with_two_exceptions(engine: Engine) -> tuple[list[int], list[int], list[int]]:
    generate_demo_data(engine, returns=SUBJECTS * 2, seed=22, today=dt.date.today())
    parcels = _expected_parcels(engine, SUBJECTS, refunds=True)
    assert len(parcels) == SUBJECTS
    now = utcnow()
    first, second = [], []
    with write_transaction(session_factory(engine)) as session:
        leads = [
            Operator(name=f"Race Lead {n}", badge_code=f"RL-{n}", role="lead")
            for n in range(CONTENDERS)
        ]
        session.add_all(leads)
        for number, expected in enumerate(parcels):
            parcel = session.get(Parcel, expected.id)
            assert parcel is not None and parcel.rma is not None
            line = parcel.rma.lines[0]
            parcel.status = ParcelStatus.CLOSED.value
            unit = ReceivedUnit(
                lpn=f"LPNRACE{number:05d}",
                parcel=parcel,
                line=line,
                scanned_code=line.sku,
                sku=line.sku,
                status="held",
                grade="B",
                disposition="restock",
                currency=line.currency,
                received_at=now,
            )
            session.add(unit)
            session.flush()
            pair = [
                ExceptionCase(
                    type=kind,
                    status="open",
                    summary=f"{unit.lpn}: held",
                    evidence={},
                    rma_id=parcel.rma_id,
                    parcel_id=parcel.id,
                    unit_id=unit.id,
                    created_at=now,
                    sla_due=now + dt.timedelta(hours=4),
                )
                for kind in ("review", "serial_mismatch")
            ]
            session.add_all(pair)
            session.flush()
            first.append(pair[0].id)
            second.append(pair[1].id)
        session.flush()
        lead_ids = [lead.id for lead in leads]
    return lead_ids, first, second


def test_four_leads_approving_the_same_held_units_release_each_refund_once(
    engine: Engine, database_url: str
) -> None:
    leads, first, second = _held_units_with_two_exceptions(engine)
    # Two leads work through the units' first exceptions, two through their second ones:
    # each unit is contested by four leads through two exceptions.
    lists = [first, first, second, second]
    results = _race(
        [
            ["approve", database_url, str(leads[n]), " ".join(map(str, lists[n]))]
            for n in range(CONTENDERS)
        ]
    )
    assert sum(len(r) for r in results) == SUBJECTS * CONTENDERS
    pair_of = {e: i for i, e in enumerate(first)} | {e: i for i, e in enumerate(second)}
    wins: Counter[int] = Counter()
    for attempts in results:
        for attempt in attempts:
            if attempt["won"]:
                wins[pair_of[attempt["exception"]]] += 1
            else:  # told why: claimed by another lead, already resolved, or not held any more
                assert any(
                    words in attempt["message"]
                    for words in ("claimed by Race Lead", "already resolved", "not held")
                ), attempt
    assert sorted(wins) == list(range(SUBJECTS)) and set(wins.values()) == {1}
    with session_factory(engine)() as session:
        refunds = Counter(
            session.scalars(
                select(OutboxEvent.idempotency_key).where(
                    OutboxEvent.subject.like("refund:LPNRACE%")
                )
            )
        )
        assert len(refunds) == SUBJECTS and set(refunds.values()) == {1}
        assert set(
            session.scalars(select(ReceivedUnit.status).where(ReceivedUnit.lpn.like("LPNRACE%")))
        ) == {"confirmed"}
        statuses = set(
            session.scalars(
                select(ExceptionCase.status).where(ExceptionCase.id.in_(first + second))
            )
        )
        assert statuses == {"resolved"}
        resolved_lines = Counter(
            session.scalars(
                select(AuditEntry.entity_id).where(
                    AuditEntry.action == "exception_resolved",
                    AuditEntry.entity_type == "exception",
                )
            )
        )
        assert len(resolved_lines) == 2 * SUBJECTS and set(resolved_lines.values()) == {1}
        assert session.scalar(select(func.count()).select_from(Operator)) > CONTENDERS
