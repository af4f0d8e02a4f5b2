"""Reading the exception queue for the leads' view: filtered and sorted pages (keyset paging,
so page 500 costs what page 1 does), counts per type, and one exception's whole story.

Plain functions over a session, no Qt: the Exceptions view (ui/) fetches pages on its worker
thread as the table scrolls; benchmarks/ measures them at 100,000 open exceptions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select, tuple_, union
from sqlalchemy.orm import Session, aliased

from db.enums import ExceptionStatus
from db.models import (
    AuditEntry,
    ExceptionCase,
    Operator,
    OutboxAttempt,
    OutboxEvent,
    Parcel,
    ReceivedUnit,
    Rma,
    Station,
)
from receiving_station.i18n.text import Text
from receiving_station.receiving.base import expected_weight
from receiving_station.receiving.views import unit_reason

SORTS = {
    "created": ExceptionCase.created_at,
    "due": ExceptionCase.sla_due,
    "type": ExceptionCase.type,
    "status": ExceptionCase.status,
}


@dataclass(frozen=True)
class QueueFilter:
    """What the lead narrowed the queue to.  Empty means "any"; `statuses` defaults to the
    unresolved ones; `search` matches an RMA, order, tracking number or LPN exactly
    (case-insensitive), as a scanner or a pasted number gives it."""

    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = (ExceptionStatus.OPEN.value, ExceptionStatus.CLAIMED.value)
    older_than: dt.datetime | None = None
    newer_than: dt.datetime | None = None
    station: str | None = None
    operator_id: int | None = None
    market: str | None = None
    carrier: str | None = None
    search: str | None = None


@dataclass(frozen=True)
class QueueRow:
    exception_id: int
    type: str
    status: str
    summary: str
    created_at: dt.datetime
    sla_due: dt.datetime
    rma_number: str | None
    market: str | None
    tracking_number: str | None
    carrier: str | None
    lpn: str | None
    station: str | None
    claimed_by: str | None

    def sla_state(self, now: dt.datetime, soon: dt.timedelta = dt.timedelta(hours=1)) -> str:
        """`overdue`, `due soon` (within an hour) or `on time`: the view's colours."""
        if self.status == ExceptionStatus.RESOLVED.value:
            return "resolved"
        if self.sla_due <= now:
            return "overdue"
        return "due soon" if self.sla_due - now <= soon else "on time"


@dataclass(frozen=True)
class QueuePage:
    rows: tuple[QueueRow, ...]
    next_after: tuple[Any, int] | None  # pass back as `after` for the next page; None: the end


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    action: str
    operator: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class ExpectedLine:
    """An RMA line against what this parcel brought: expected vs found."""

    line_no: int
    sku: str
    description: str
    expected: int
    received: int
    serials_shipped: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExceptionDetail:
    row: QueueRow
    evidence: dict[str, Any]
    resolution: str | None
    resolution_note: str | None
    history: tuple[HistoryLine, ...] = ()
    upstream_attempts: tuple[tuple[dt.datetime, str, int | None, str | None], ...] = ()
    notes: tuple[HistoryLine, ...] = field(default=())
    case: dict[str, Any] = field(default_factory=dict)  # RMA, parcel and unit facts
    lines: tuple[ExpectedLine, ...] = ()
    scan_log: tuple[HistoryLine, ...] = ()  # what the bench did with the parcel and its units
    photos: tuple[str, ...] = ()
    claimed_by_id: int | None = None


def _rows_query() -> Any:  # a Select of the row columns, joined
    claimer = aliased(Operator)
    return (
        select(
            ExceptionCase.id,
            ExceptionCase.type,
            ExceptionCase.status,
            ExceptionCase.summary,
            ExceptionCase.created_at,
            ExceptionCase.sla_due,
            Rma.number,
            Rma.market,
            Parcel.tracking_number,
            Parcel.carrier,
            ReceivedUnit.lpn,
            Station.name,
            claimer.name,
            ExceptionCase.summary_text,
        )
        .outerjoin(Rma, Rma.id == ExceptionCase.rma_id)
        .outerjoin(Parcel, Parcel.id == ExceptionCase.parcel_id)
        .outerjoin(ReceivedUnit, ReceivedUnit.id == ExceptionCase.unit_id)
        .outerjoin(Station, Station.id == ExceptionCase.station_id)
        .outerjoin(claimer, claimer.id == ExceptionCase.claimed_by_id)
    )


def _queue_row(r: Any) -> QueueRow:
    """A row of `_rows_query()`: its summary as the sentence it was raised with (so each lead
    reads it in their language), else its English."""
    *columns, summary_text = r
    columns[3] = Text.from_json(summary_text, columns[3])
    return QueueRow(*columns)


def _conditions(
    queue_filter: QueueFilter, *, for_order: bool = False, unindexed_status: bool = False
) -> list[Any]:
    """The filter as conditions on the exceptions table alone (a filter on a return, parcel,
    unit or station is a sub-select by its own index), so a page is found without joining
    100,000 rows.  `for_order`: for a page, which walks a sort index.  `unindexed_status`
    (SQLite, which has no statistics to know that most rows are open): the status test must
    not use the status index, so that SQLite walks the sort column's index and stops at the
    page's end instead of sorting every open exception (`status || ''` is the same test,
    unindexed).  PostgreSQL's planner knows better from its statistics."""
    f = queue_filter
    conditions: list[Any] = []
    if f.types:
        conditions.append(ExceptionCase.type.in_(f.types))
    if f.statuses:
        status = ExceptionCase.status.concat("") if unindexed_status else ExceptionCase.status
        conditions.append(status.in_(f.statuses))
    if f.older_than is not None:
        conditions.append(ExceptionCase.created_at < f.older_than)
    if f.newer_than is not None:
        conditions.append(ExceptionCase.created_at >= f.newer_than)
    if f.station:
        conditions.append(
            select(Station.id)
            .where(Station.id == ExceptionCase.station_id, Station.name == f.station)
            .exists()
        )
    if f.operator_id is not None:
        conditions.append(ExceptionCase.raised_by_id == f.operator_id)
    # A market or carrier is a large share of the returns.  Walking a sort index, each row is
    # tested by primary key (EXISTS) until the page is full; counting every match, the ids are
    # listed once (IN) instead.
    if f.market:
        market = f.market.upper()
        conditions.append(
            select(Rma.id).where(Rma.id == ExceptionCase.rma_id, Rma.market == market).exists()
            if for_order
            else ExceptionCase.rma_id.in_(select(Rma.id).where(Rma.market == market))
        )
    if f.carrier:
        carrier = f.carrier.lower()
        conditions.append(
            select(Parcel.id)
            .where(Parcel.id == ExceptionCase.parcel_id, Parcel.carrier == carrier)
            .exists()
            if for_order
            else ExceptionCase.parcel_id.in_(select(Parcel.id).where(Parcel.carrier == carrier))
        )
    if f.search and f.search.strip():
        term = f.search.strip().upper()
        # Each way a code can name an exception, by its own index; few rows come out.
        found = union(
            select(ExceptionCase.id).where(
                ExceptionCase.rma_id.in_(
                    select(Rma.id).where(
                        or_(
                            Rma.number == term,
                            Rma.number == f"RMA-{term}",
                            Rma.order_number == term,
                        )
                    )
                )
            ),
            select(ExceptionCase.id).where(
                ExceptionCase.parcel_id.in_(select(Parcel.id).where(Parcel.tracking_number == term))
            ),
            select(ExceptionCase.id).where(
                ExceptionCase.unit_id.in_(select(ReceivedUnit.id).where(ReceivedUnit.lpn == term))
            ),
        )
        conditions.append(ExceptionCase.id.in_(found))
    return conditions


def queue_page(
    session: Session,
    queue_filter: QueueFilter = QueueFilter(),
    *,
    sort: str = "due",
    descending: bool = False,
    after: tuple[Any, int] | None = None,
    limit: int = 200,
) -> QueuePage:
    """One page of the queue, sorted by `sort` then id; `after` is the previous page's
    `next_after` (keyset paging: no OFFSET, so deep pages stay as fast as the first).

    Two steps: the page's ids from the exceptions table alone, walking the sort column's
    index (migration 0005); then those rows with their return, parcel, unit and station."""
    if sort not in SORTS:
        raise ValueError(f"sort by one of {', '.join(SORTS)}")
    column = SORTS[sort]
    sqlite = session.get_bind().dialect.name == "sqlite"
    query = select(ExceptionCase.id, column).where(
        *_conditions(queue_filter, for_order=True, unindexed_status=sqlite)
    )
    if after is not None:
        key = tuple_(column, ExceptionCase.id)
        query = query.where(key < tuple_(*after) if descending else key > tuple_(*after))
    order = (
        (column.desc(), ExceptionCase.id.desc())
        if descending
        else (column.asc(), ExceptionCase.id.asc())
    )
    found = session.execute(query.order_by(*order).limit(limit + 1)).all()
    more = len(found) > limit
    found = found[:limit]
    ids = [exception_id for exception_id, _ in found]
    by_id = (
        {
            r[0]: _queue_row(r)
            for r in session.execute(_rows_query().where(ExceptionCase.id.in_(ids)))
        }
        if ids
        else {}
    )
    rows = tuple(by_id[i] for i in ids if i in by_id)
    next_after = (found[-1][1], found[-1][0]) if more and found else None
    return QueuePage(rows, next_after)


def counts_by_type(session: Session, queue_filter: QueueFilter = QueueFilter()) -> dict[str, int]:
    """How many exceptions of each type match the filter (the view's summary line)."""
    # Grouped by status too: the (status, type) index then hands the rows over in group order.
    query = (
        select(ExceptionCase.type, func.count())
        .where(*_conditions(queue_filter))
        .group_by(ExceptionCase.status, ExceptionCase.type)
    )
    counts: dict[str, int] = {}
    for kind, n in session.execute(query):
        counts[kind] = counts.get(kind, 0) + n
    return counts


def exception_detail(session: Session, exception_id: int) -> ExceptionDetail:
    """Everything a lead needs to decide: the row, the evidence (weights, serials, photos,
    scans, the rule and why), the history from the audit log, notes, upstream attempts."""
    row = session.execute(_rows_query().where(ExceptionCase.id == exception_id)).first()
    if row is None:
        raise LookupError(f"there is no exception {exception_id}")
    exception = session.get(ExceptionCase, exception_id)
    assert exception is not None
    history = _in_order(_history(session, "exception", [str(exception_id)]))
    attempts: tuple[tuple[dt.datetime, str, int | None, str | None], ...] = ()
    if exception.outbox_event_id is not None:
        attempts = tuple(
            (a.at, a.outcome, a.http_status, a.error)
            for a in session.scalars(
                select(OutboxAttempt)
                .join(OutboxEvent, OutboxEvent.id == OutboxAttempt.event_id)
                .where(OutboxEvent.id == exception.outbox_event_id)
                .order_by(OutboxAttempt.id)
            )
        )
    case, lines, scan_log, photos = _case_facts(session, exception)
    return ExceptionDetail(
        _queue_row(row),
        dict(exception.evidence or {}),
        exception.resolution,
        exception.resolution_note,
        history,
        attempts,
        tuple(line for line in history if line.action == "exception_note"),
        case,
        lines,
        scan_log,
        photos,
        exception.claimed_by_id,
    )


def _history(session: Session, entity_type: str, entity_ids: list[str]) -> list[Any]:
    """The audit lines about some entities of one type, each (id, at, action, who, details).

    One statement per entity type, each an index lookup (ix_audit_log_entity).  Asked for
    together, with an OR and in the log's order, PostgreSQL walked the whole log in id order
    and filtered it: 30 ms at 66,000 lines in the site benchmark, growing with the log."""
    if not entity_ids:
        return []
    return list(
        session.execute(
            select(
                AuditEntry.id, AuditEntry.at, AuditEntry.action, Operator.name, AuditEntry.details
            )
            .outerjoin(Operator, Operator.id == AuditEntry.operator_id)
            .where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id.in_(entity_ids))
        )
    )


def _in_order(*histories: list[Any]) -> tuple[HistoryLine, ...]:
    rows = sorted((row for history in histories for row in history), key=lambda row: row[0])
    return tuple(
        HistoryLine(at, action, name, details or {}) for _, at, action, name, details in rows
    )


def _case_facts(
    session: Session, exception: ExceptionCase
) -> tuple[dict[str, Any], tuple[ExpectedLine, ...], tuple[HistoryLine, ...], tuple[str, ...]]:
    """The RMA, parcel and unit behind an exception, the RMA's lines against what the parcel
    brought, the bench's log for the parcel and its units, and the unit's photos."""
    case: dict[str, Any] = {}
    unit = session.get(ReceivedUnit, exception.unit_id) if exception.unit_id else None
    parcel_id = exception.parcel_id or (unit.parcel_id if unit is not None else None)
    parcel = session.get(Parcel, parcel_id) if parcel_id else None
    rma_id = exception.rma_id or (parcel.rma_id if parcel is not None else None)
    rma = session.get(Rma, rma_id) if rma_id else None
    if rma is not None:
        case["rma"] = {
            "number": rma.number,
            "order": rma.order_number,
            "customer": rma.customer_name,
            "market": rma.market,
            "channel": rma.channel,
            "purchase_date": rma.purchase_date,
            "requested": rma.requested_resolution,
            "status": rma.status,
        }
    if parcel is not None:
        case["parcel"] = {
            "tracking_number": parcel.tracking_number,
            "carrier": parcel.carrier,
            "status": parcel.status,
            # what the bench weighed it against (upstream's, or its RMA's lines)
            "expected_weight_kg": expected_weight(parcel),
            "measured_weight_kg": parcel.measured_weight_kg,
            "weight_mismatch": parcel.weight_mismatch,
        }
    if unit is not None:
        case["unit"] = {
            "lpn": unit.lpn,
            "sku": unit.sku,
            "serial": unit.serial,
            "status": unit.status,
            "grade": unit.grade,
            "disposition": unit.disposition,
            "refund_amount": unit.refund_amount,
            "currency": unit.currency,
            "rule": unit.rule_id,
            "why": unit_reason(unit),
            "checklist": dict(unit.checklist_answers or {}),
        }
    lines: tuple[ExpectedLine, ...] = ()
    if rma is not None:
        received: dict[int, int] = {}
        if parcel is not None:
            received = {
                line_id: n
                for line_id, n in session.execute(
                    select(ReceivedUnit.rma_line_id, func.count())
                    .where(ReceivedUnit.parcel_id == parcel.id)
                    .group_by(ReceivedUnit.rma_line_id)
                )
                if line_id is not None
            }
        lines = tuple(
            ExpectedLine(
                line.line_no,
                line.sku,
                line.description,
                line.quantity,
                received.get(line.id, 0),
                tuple(str(s) for s in line.serials_shipped or ()),
            )
            for line in rma.lines
        )
    scan_log: tuple[HistoryLine, ...] = ()
    if parcel is not None:
        unit_ids = session.scalars(
            select(ReceivedUnit.id).where(ReceivedUnit.parcel_id == parcel.id)
        ).all()
        scan_log = _in_order(
            _history(session, "parcel", [str(parcel.id)]),
            _history(session, "unit", [str(i) for i in unit_ids]),
        )
    photos = tuple(str(p) for p in (unit.photo_paths if unit is not None else ()) or ())
    photos += tuple(
        str(p) for p in exception.evidence.get("photos", ()) or () if str(p) not in photos
    )
    return case, lines, scan_log, photos
