"""Sending the outbox to upstream: in order per RMA, with leases, exactly once in effect.

How exactly-once holds (docs/upstream-api.md, "Delivery guarantee"):

1. A decision and its outbox events are committed together (receiving_station.upstream.outbox).
2. A dispatcher *claims* due events in one short transaction: state `sending`, a lease owner
   and an expiry.  On PostgreSQL the candidates are read `FOR UPDATE SKIP LOCKED`, so several
   dispatchers never claim the same row; on both databases the claim is a conditional UPDATE
   that only succeeds on a row still due, so the lease is exclusive even on SQLite.
3. It sends each claimed event with its stable `Idempotency-Key`, the same bytes every time.
4. It records the outcome in a second transaction, only where it still holds the lease.

A crash after 2 leaves rows `sending` until the lease expires; any dispatcher then claims them
again and resends with the same key, which upstream answers as the first time.  A crash after
3 and before 4 does the same.  Nothing is lost (rows stay in the database until marked) and
nothing is applied twice (upstream's idempotency).

What a crash costs is kept small (tests/receiving_station/upstream/test_dispatch_processes.py):

- outcomes are recorded as they arrive, a few at a time (`record_every`, or every
  `record_seconds`), not once at the end of a round: a crash loses at most the answers not yet
  written, and the requests in flight;
- a round leases only what it can send (`lease_size`): it starts at `concurrency` events and
  doubles after each round that sent all it leased, up to `batch`; a round upstream stopped
  halves it;
- a dispatcher that starts takes back at once the leases of its own machine's dispatchers that
  are no longer running (`take_back_dead_leases`: same host name, the process gone) instead of
  waiting for them to expire; each such event counts an attempt and waits at least
  TAKE_BACK_SETTLE (a request in flight may still run at the shop), then its backoff, so a
  dispatcher that keeps crashing on an event sends it less and less often, never in a loop.

Order per RMA: only the oldest unfinished event of an RMA (pending, sending or refused) can be
claimed, so a later event never overtakes an earlier one, and a refused event holds the later
ones of its RMA until a lead retries or resolves it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
import signal
import socket
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, bindparam, exists, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased, sessionmaker

from db.engine import write_transaction
from db.enums import DeliveryOutcome, ExceptionType, OutboxKind, OutboxState
from db.models import ExceptionCase, OutboxAttempt, OutboxEvent, Rma
from db.types import utcnow
from receiving_station import audit
from receiving_station.exceptions.evidence import UpstreamEvidence
from receiving_station.exceptions.record import record_exception
from receiving_station.money import MoneyFormError, contract_amount
from receiving_station.upstream.connector import OutboundEvent
from receiving_station.upstream.contract import Delivery
from receiving_station.upstream.outbox import new_idempotency_key, status_subject

if TYPE_CHECKING:
    from receiving_station.upstream.connector import Connector

log = logging.getLogger(__name__)

UNFINISHED = (OutboxState.PENDING.value, OutboxState.SENDING.value, OutboxState.REFUSED.value)
REFUSED_SLA_HOURS = 4
# Test-only: "before_send=0.1,after_send=0.1,after_claim=0.1" makes the dispatch process kill
# itself with SIGKILL at those points with those probabilities (tests/receiving_station/
# upstream/test_dispatch_processes.py).  Never set in production.
CRASH_ENV = "RECEIVING_STATION_TEST_CRASH"


ClaimedEvent = OutboundEvent  # an outbox event this dispatcher holds the lease of


@dataclass(frozen=True, slots=True)
class DispatchRound:
    """What one round did.  `pause` is how long to wait before the next round (upstream said
    "not now"); `problem` is the last reason an event was not sent, for the status bar."""

    claimed: int = 0
    sent: int = 0
    refused: int = 0
    retried: int = 0
    released: int = 0
    pause: float = 0.0
    problem: str | None = None
    fault: bool = False

    def plus(self, later: DispatchRound) -> DispatchRound:
        """The totals of this and a later round (or a later part of one): the longer pause,
        the later problem."""
        return DispatchRound(
            claimed=self.claimed + later.claimed,
            sent=self.sent + later.sent,
            refused=self.refused + later.refused,
            retried=self.retried + later.retried,
            released=self.released + later.released,
            pause=max(self.pause, later.pause),
            problem=later.problem or self.problem,
            fault=self.fault or later.fault,
        )


def new_owner() -> str:
    """A lease owner name that tells a person which machine and process held it."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def backoff_seconds(
    attempts: int,
    rng: random.Random,
    retry_after: float | None = None,
    *,
    base: float = 1.0,
    cap: float = 300.0,
) -> float:
    """Exponential backoff with full jitter (base 1 s, doubling, capped at 5 minutes);
    upstream's Retry-After, when given, is a floor (capped at an hour)."""
    ceiling = min(cap, base * 2 ** min(max(attempts - 1, 0), 30))
    delay = rng.uniform(0, ceiling)
    if retry_after is not None:
        delay = max(delay, min(retry_after, 3600.0))
    return delay


def _due(now: dt.datetime) -> Any:
    return or_(
        and_(OutboxEvent.state == OutboxState.PENDING.value, OutboxEvent.next_attempt_at <= now),
        and_(OutboxEvent.state == OutboxState.SENDING.value, OutboxEvent.lease_expires_at < now),
    )


_SET_REFERENCE = (
    update(OutboxEvent)
    .where(OutboxEvent.id == bindparam("event_id"))
    .values(upstream_reference=bindparam("reference"))
)


def claim_events(
    session: Session, owner: str, now: dt.datetime, *, limit: int, lease_seconds: float
) -> list[ClaimedEvent]:
    """Lease up to `limit` due events, each the oldest unfinished one of its RMA.

    Call inside a transaction and commit right after: the lease is what keeps other
    dispatchers off these rows while they are being sent."""
    earlier = aliased(OutboxEvent)
    held_back = (
        exists()
        .where(
            earlier.rma_number == OutboxEvent.rma_number,
            earlier.id < OutboxEvent.id,
            earlier.state.in_(UNFINISHED),
        )
        .correlate(OutboxEvent)
    )
    candidates = (
        select(
            OutboxEvent.id,
            OutboxEvent.kind,
            OutboxEvent.rma_number,
            OutboxEvent.subject,
            OutboxEvent.idempotency_key,
            OutboxEvent.payload,
            OutboxEvent.attempts,
            OutboxEvent.state,
        )
        .where(_due(now), ~held_back)
        .order_by(OutboxEvent.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        candidates = candidates.with_for_update(of=OutboxEvent, skip_locked=True)
    rows = session.execute(candidates).all()
    if not rows:
        return []
    claimed = set(
        session.connection()
        .execute(
            update(OutboxEvent)
            .where(OutboxEvent.id.in_([row.id for row in rows]), _due(now))
            .values(
                state=OutboxState.SENDING.value,
                lease_owner=owner,
                lease_expires_at=now + dt.timedelta(seconds=lease_seconds),
            )
            .returning(OutboxEvent.id)
        )
        .scalars()
    )
    return [
        ClaimedEvent(
            r.id,
            r.kind,
            r.rma_number,
            r.subject,
            r.idempotency_key,
            dict(r.payload),
            # An expired lease: its holder may have sent it; the connector must look first
            # (an attempt it does not know the outcome of counts as one).
            r.attempts + (r.state == OutboxState.SENDING.value),
        )
        for r in rows
        if r.id in claimed
    ]


def release_events(session: Session, owner: str, events: Sequence[ClaimedEvent]) -> None:
    """Give back claimed events that were not tried (no attempt counted)."""
    if events:
        session.execute(
            update(OutboxEvent)
            .where(
                OutboxEvent.id.in_([e.id for e in events]),
                OutboxEvent.lease_owner == owner,
                OutboxEvent.state == OutboxState.SENDING.value,
            )
            .values(state=OutboxState.PENDING.value, lease_owner=None, lease_expires_at=None),
            execution_options={"synchronize_session": False},
        )


def _owner_gone(lease_owner: str, me: str) -> bool:
    """Whether `lease_owner` (host:pid:tag, `new_owner`) is a dispatcher of this machine that
    is no longer running: its process is gone, or it had our process id (a container's
    dispatcher restarted gets the same one) and is not us.  Another machine's dispatcher is
    never judged: its leases run out."""
    host, _, rest = lease_owner.partition(":")
    pid_text = rest.partition(":")[0]
    my_host, _, my_rest = me.partition(":")
    if host != my_host or not pid_text.isascii() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == int(my_rest.partition(":")[0]):
        return lease_owner != me
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):  # another user's live process, or no such pid
        return False
    return False


#: A taken-back event waits at least this long (seconds): a request the dead dispatcher had in
#: flight may still be running at the shop (its server does not stop when our process dies),
#: and a connector that checks before acting again (no idempotency key) must see its result.
TAKE_BACK_SETTLE = 15.0


def take_back_dead_leases(
    session: Session, owner: str, now: dt.datetime, rng: random.Random
) -> int:
    """Events leased by dispatchers of this machine that have stopped (crashed, killed, the
    PC lost power): back to `pending` now, not when their leases run out.  Whether the dead one
    had sent them is unknown, so each counts an attempt (logged) and waits its backoff before
    it is sent again, with the same key: a dispatcher crashing on an event again and again
    sends it less and less often.  Returns how many were taken back."""
    owners = session.scalars(
        select(OutboxEvent.lease_owner)
        .where(OutboxEvent.state == OutboxState.SENDING.value, OutboxEvent.lease_owner.is_not(None))
        .distinct()
    ).all()
    gone = [o for o in owners if o is not None and _owner_gone(o, owner)]
    if not gone:
        return 0
    rows = session.execute(
        select(OutboxEvent.id, OutboxEvent.attempts, OutboxEvent.lease_owner).where(
            OutboxEvent.state == OutboxState.SENDING.value, OutboxEvent.lease_owner.in_(gone)
        )
    ).all()
    taken = 0
    for row in rows:
        message = (
            f"the dispatcher {row.lease_owner} stopped while it held this event (crashed or killed)"
        )
        delay = max(TAKE_BACK_SETTLE, backoff_seconds(row.attempts + 1, rng))
        result = session.connection().execute(
            update(OutboxEvent)
            .where(
                OutboxEvent.id == row.id,
                OutboxEvent.lease_owner == row.lease_owner,
                OutboxEvent.state == OutboxState.SENDING.value,
            )
            .values(
                state=OutboxState.PENDING.value,
                attempts=OutboxEvent.attempts + 1,
                last_error=message,
                next_attempt_at=now + dt.timedelta(seconds=delay),
                lease_owner=None,
                lease_expires_at=None,
            ),
            execution_options={"synchronize_session": False},
        )
        if result.rowcount:
            taken += 1
            session.execute(
                insert(OutboxAttempt).values(
                    event_id=row.id,
                    at=now,
                    dispatcher=str(row.lease_owner),
                    outcome=DeliveryOutcome.RETRY.value,
                    http_status=None,
                    error=message,
                    duration_ms=0,
                )
            )
    if taken:
        log.warning("took back %d event(s) from stopped dispatchers: %s", taken, ", ".join(gone))
    return taken


def record_outcomes(
    session: Session,
    owner: str,
    results: Sequence[tuple[ClaimedEvent, Delivery]],
    now: dt.datetime,
    rng: random.Random,
) -> DispatchRound:
    """Write what upstream answered, for events whose lease `owner` still holds.

    Sent → `sent` (a released refund also queues the customer's `refunded` status event);
    refused → `refused` plus an "upstream rejected" exception with upstream's message;
    retry → back to `pending` with the next attempt after the backoff.  Every attempt is
    logged in `outbox_attempts`, whether or not the lease was still ours."""
    sent = refused = retried = 0
    pause = 0.0
    problem: str | None = None
    fault = False
    connection = session.connection()
    connection.execute(
        insert(OutboxAttempt),
        [
            {
                "event_id": event.id,
                "at": now,
                "dispatcher": owner,
                "outcome": delivery.outcome.value,
                "http_status": delivery.http_status,
                "error": None if delivery.outcome is DeliveryOutcome.SENT else delivery.message,
                "duration_ms": delivery.duration_ms,
            }
            for event, delivery in results
        ],
    )
    # Sent: one UPDATE for all (the common case), RETURNING the rows whose lease was ours.
    sent_results = {e.id: (e, d) for e, d in results if d.outcome is DeliveryOutcome.SENT}
    if sent_results:
        marked = set(
            connection.execute(
                update(OutboxEvent)
                .where(
                    OutboxEvent.id.in_(list(sent_results)),
                    OutboxEvent.lease_owner == owner,
                    OutboxEvent.state == OutboxState.SENDING.value,
                )
                .values(
                    state=OutboxState.SENT.value,
                    sent_at=now,
                    last_error=None,
                    attempts=OutboxEvent.attempts + 1,
                    lease_owner=None,
                    lease_expires_at=None,
                )
                .returning(OutboxEvent.id)
            ).scalars()
        )
        sent = len(marked)
        references = [
            {"event_id": i, "reference": d.reference}
            for i, (_, d) in sent_results.items()
            if i in marked and d.reference is not None
        ]
        if references:
            connection.execute(_SET_REFERENCE, references)
        _queue_refunded(
            session,
            [
                (e, d)
                for i, (e, d) in sent_results.items()
                if i in marked and e.kind == OutboxKind.REFUND.value and e.rma_number
            ],
            now,
        )
    for event, delivery in results:
        if delivery.outcome is DeliveryOutcome.SENT:
            continue
        still_ours = (
            OutboxEvent.id == event.id,
            OutboxEvent.lease_owner == owner,
            OutboxEvent.state == OutboxState.SENDING.value,
        )
        common = {
            "attempts": OutboxEvent.attempts + 1,
            "lease_owner": None,
            "lease_expires_at": None,
        }
        if delivery.outcome is DeliveryOutcome.REFUSED:
            result = connection.execute(
                update(OutboxEvent)
                .where(*still_ours)
                .values(
                    state=OutboxState.REFUSED.value,
                    last_error=delivery.message,
                    upstream_reference=None,
                    **common,
                )
            )
            if result.rowcount:
                refused += 1
                _raise_rejected(session, event, delivery, now)
            problem = delivery.message
        else:
            delay = backoff_seconds(event.attempts + 1, rng, delivery.retry_after)
            result = connection.execute(
                update(OutboxEvent)
                .where(*still_ours)
                .values(
                    state=OutboxState.PENDING.value,
                    last_error=delivery.message,
                    next_attempt_at=now + dt.timedelta(seconds=delay),
                    **common,
                )
            )
            retried += bool(result.rowcount)
            # The dispatcher pauses as upstream said (Retry-After, a throttle), else about a
            # second: the event itself waits its own backoff (next_attempt_at), so one event
            # with many failed attempts does not hold up the others for minutes.
            pause = max(
                pause,
                delivery.retry_after
                if delivery.retry_after is not None
                else backoff_seconds(1, rng),
            )
            problem = delivery.message
            fault = fault or delivery.fault
    return DispatchRound(
        claimed=len(results),
        sent=sent,
        refused=refused,
        retried=retried,
        pause=pause,
        problem=problem,
        fault=fault,
    )


def _refunded_amount(payload: dict[str, Any]) -> Any:
    """The refund's total for its `refunded` event, in the contract's form for its currency
    (a refund queued before amounts were written that way may say "1"); as it was when it
    cannot be read as an amount."""
    total, currency = payload.get("total"), payload.get("currency")
    if not isinstance(total, str) or not isinstance(currency, str):
        return total
    try:
        return contract_amount(Decimal(total), currency)
    except (ArithmeticError, MoneyFormError):
        return total


def _queue_refunded(
    session: Session, released: Sequence[tuple[ClaimedEvent, Delivery]], now: dt.datetime
) -> None:
    """Upstream took these refunds: tell it to let each customer know (status `refunded`).

    One multi-row INSERT that skips subjects already queued (the subject is unique), in the
    same transaction that marks the refunds sent."""
    rows = []
    for event, delivery in released:
        units = event.payload.get("units") or [{}]
        single = units[0] if len(units) == 1 else {}
        about = f"unit:{single.get('lpn')}" if single else f"refund:{event.id}"
        rma = str(event.rma_number)
        rows.append(
            {
                "kind": OutboxKind.STATUS_EVENT.value,
                "rma_number": rma,
                "subject": status_subject(rma, "refunded", about),
                "idempotency_key": new_idempotency_key(session),
                "payload": {
                    "rma": rma,
                    "status": "refunded",
                    "at": now.isoformat(),
                    "lpn": single.get("lpn"),
                    "sku": single.get("sku"),
                    "amount": _refunded_amount(event.payload),
                    "currency": event.payload.get("currency"),
                    "refund_id": delivery.reference,
                    # a platform's return: its ids go on, so the status reaches that platform
                    **(
                        {"platform": event.payload["platform"]}
                        if isinstance(event.payload.get("platform"), dict)
                        else {}
                    ),
                },
                "state": OutboxState.PENDING.value,
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            }
        )
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert_rows = (postgresql_insert if dialect == "postgresql" else sqlite_insert)(OutboxEvent)
    session.connection().execute(
        insert_rows.on_conflict_do_nothing(index_elements=["subject"]), rows
    )


def _raise_rejected(
    session: Session, event: ClaimedEvent, delivery: Delivery, now: dt.datetime
) -> None:
    rma_id = (
        session.scalar(select(Rma.id).where(Rma.number == event.rma_number))
        if event.rma_number
        else None
    )
    exception = record_exception(
        session,
        type=ExceptionType.UPSTREAM_REJECTED,
        summary=f"upstream refused the {event.kind.replace('_', ' ')} "
        f"{event.subject}: {delivery.message}",
        evidence=UpstreamEvidence(
            event_id=event.id,
            kind=event.kind,
            subject=event.subject,
            idempotency_key=event.idempotency_key,
            http_status=delivery.http_status,
            upstream_message=delivery.message,
            payload=event.payload,
        ),
        now=now,
        sla_hours=REFUSED_SLA_HOURS,
        rma_id=rma_id,
    )
    session.flush()
    session.execute(
        update(ExceptionCase)
        .where(ExceptionCase.id == exception.id)
        .values(outbox_event_id=event.id),
        execution_options={"synchronize_session": False},
    )
    audit.record(
        session,
        action="upstream_refused",
        entity_type="outbox_event",
        entity_id=event.id,
        at=now,
        operator_id=None,
        station_id=None,
        details={"message": delivery.message, "exception_id": exception.id},
    )


def _crash_points() -> dict[str, float]:
    points: dict[str, float] = {}
    for item in filter(None, os.environ.get(CRASH_ENV, "").split(",")):
        name, _, chance = item.partition("=")
        points[name.strip()] = float(chance or 1)
    return points


@dataclass
class Dispatcher:
    """Claims, sends and records, round after round.  Not thread-safe: one thread runs it."""

    sessions: sessionmaker[Session]
    connector: Connector
    owner: str = field(default_factory=new_owner)
    batch: int = 100  # the most events one round leases
    lease_seconds: float = 60.0
    clock: Callable[[], dt.datetime] = utcnow
    rng: random.Random = field(default_factory=random.Random)
    concurrency: int = 8  # requests in flight at once (each to a different RMA)
    record_every: int = 8  # outcomes written together (at most; see record_seconds)
    record_seconds: float = 0.25  # an outcome waits at most this long to be written

    def __post_init__(self) -> None:
        self._crash = _crash_points()
        self._executor: ThreadPoolExecutor | None = None
        self.lease_size = max(1, min(self.batch, self.concurrency))
        self._took_back = False

    def _maybe_crash(self, point: str) -> None:
        chance = self._crash.get(point)
        if chance and self.rng.random() < chance:
            log.warning("test crash point %s: SIGKILL", point)
            os.kill(os.getpid(), signal.SIGKILL)

    def _send(self, event: ClaimedEvent) -> tuple[ClaimedEvent, Delivery]:
        self._maybe_crash("before_send")
        delivery = self.connector.deliver(event)
        self._maybe_crash("after_send")
        return event, delivery

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(
                self.concurrency, thread_name_prefix="upstream-sender"
            )
        return self._executor

    def close(self) -> None:
        """Stop the sender threads and close the connector's connections."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self.connector.close()

    def take_back(self) -> int:
        """The leases of this machine's stopped dispatchers, back to pending (once, at the
        first round; `take_back_dead_leases`)."""
        self._took_back = True
        with write_transaction(self.sessions) as session:
            return take_back_dead_leases(session, self.owner, self.clock(), self.rng)

    def run_round(self) -> DispatchRound:
        if not self._took_back:
            self.take_back()
        limit = self.lease_size
        with write_transaction(self.sessions) as session:
            claimed = claim_events(
                session, self.owner, self.clock(), limit=limit, lease_seconds=self.lease_seconds
            )
        if not claimed:
            return DispatchRound()
        self._maybe_crash("after_claim")
        started = time.monotonic()
        recorder = _Recorder(self)
        untried: list[ClaimedEvent] = []

        # The first event alone (if upstream is down, that is the round's only attempt), then
        # the rest `concurrency` at a time: a round holds one event per RMA, so sending them
        # side by side keeps the order per RMA.  Upstream said "not now" (or is unreachable):
        # what has not started yet is given back, rather than tried against it; and leases
        # are never held longer than half their term.
        def stopping(delivery: Delivery) -> bool:
            return delivery.outcome is DeliveryOutcome.RETRY or (
                time.monotonic() - started > self.lease_seconds / 2
            )

        first = self._send(claimed[0])
        recorder.add(first)
        stopped = stopping(first[1])
        if stopped:
            untried = list(claimed[1:])
        else:
            # Written in the order leased (the same events make the same rows, whichever
            # answer comes first), a few at a time.
            futures = [(e, self._pool().submit(self._send, e)) for e in claimed[1:]]
            for event, future in futures:
                if stopped and future.cancel():
                    untried.append(event)
                    continue
                result = future.result()
                recorder.add(result)
                stopped = stopped or stopping(result[1])
        outcome = recorder.flush(untried)
        if outcome.problem:
            log.info("upstream: %s", outcome.problem)
        # What the next round leases: twice as much after a round that sent all it leased
        # (within a quarter of the lease), half after one that upstream stopped.
        if stopped or time.monotonic() - started > self.lease_seconds / 4:
            self.lease_size = max(1, min(self.concurrency, self.batch), limit // 2)
        elif len(claimed) == limit:
            self.lease_size = min(self.batch, limit * 2)
        return replace(outcome, claimed=len(claimed), released=len(untried))

    def drain(self, *, deadline: float | None = None) -> DispatchRound:
        """Rounds until nothing is due or upstream says "not now"; totals of all rounds."""
        total = DispatchRound()
        while True:
            one = self.run_round()
            total = replace(total.plus(one), pause=one.pause)
            if one.claimed == 0 or one.retried or (deadline and time.monotonic() > deadline):
                return total


class _Recorder:
    """A round's outcomes, written a few at a time as they arrive (`record_every` of them, or
    after `record_seconds`), each batch in its own transaction."""

    def __init__(self, dispatcher: Dispatcher) -> None:
        self.dispatcher = dispatcher
        self.waiting: list[tuple[ClaimedEvent, Delivery]] = []
        self.total = DispatchRound()
        self.written_at = time.monotonic()

    def add(self, result: tuple[ClaimedEvent, Delivery]) -> None:
        self.waiting.append(result)
        d = self.dispatcher
        if len(self.waiting) >= d.record_every or (
            time.monotonic() - self.written_at >= d.record_seconds
        ):
            self.flush()

    def flush(self, untried: Sequence[ClaimedEvent] = ()) -> DispatchRound:
        d = self.dispatcher
        if self.waiting or untried:
            with write_transaction(d.sessions) as session:
                if self.waiting:
                    one = record_outcomes(session, d.owner, self.waiting, d.clock(), d.rng)
                    self.total = self.total.plus(one)
                release_events(session, d.owner, untried)
        self.waiting = []
        self.written_at = time.monotonic()
        return self.total


@dataclass(frozen=True, slots=True)
class DispatcherStatus:
    """The background dispatcher's health, for the status bar."""

    upstream: str
    problem: str | None = None
    fault: bool = False


class DispatcherThread:
    """Runs a Dispatcher on its own named thread inside the application.

    `wake()` (any thread) starts a round at once, e.g. right after the bench confirmed a unit,
    so a healthy upstream has the refund within a second; otherwise it polls every
    `poll_seconds`.  Database errors are logged and retried after a pause; they never kill
    the thread."""

    def __init__(self, dispatcher: Dispatcher, *, poll_seconds: float = 1.0) -> None:
        self.dispatcher = dispatcher
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="upstream-dispatcher", daemon=True)
        self._status = DispatcherStatus(dispatcher.connector.description)

    @property
    def status(self) -> DispatcherStatus:
        return self._status

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self.dispatcher.close()

    def _run(self) -> None:
        upstream = self.dispatcher.connector.description
        while not self._stop.is_set():
            self._wake.clear()
            paused = False
            try:
                result = self.dispatcher.drain(deadline=time.monotonic() + 30)
            except Exception as exc:  # a database that does not answer, a bug
                log.exception("upstream dispatcher round failed")
                self._status = DispatcherStatus(upstream, f"dispatcher error: {exc}", True)
                paused, wait = True, 5.0
            else:
                if result.claimed:
                    self._status = DispatcherStatus(upstream, result.problem, result.fault)
                wait = self.poll_seconds
                if result.retried:
                    paused, wait = True, max(min(result.pause, 300.0), 0.2)
            if paused:
                self._stop.wait(wait)  # upstream said "not now": a wake does not cut this short
            else:
                self._wake.wait(wait)
