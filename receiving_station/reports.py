"""Shift figures: what a supervisor reads at a glance, computed by the database.

Every figure is an aggregate the database works out (GROUP BY over an index-friendly time
window), so a year of history costs a few scans, not a million Python objects.  Times to
refund and dock-to-stock are percentiles over a histogram of whole minutes (nearest rank):
exact to the minute, whatever the number of units.

Definitions (docs/operators-guide.md, "Figures"):
- a unit counts in the period it was *received* (scanned at the bench);
- units per hour: an operator's (or bench's) units over their *active hours*, the clock hours
  in which they received at least one unit;
- exception rate: exceptions raised in the period per 100 units received in it;
- receipt to refund: from the parcel's first scan at the bench to upstream accepting the
  unit's refund (the outbox event's `sent_at`);
- dock to stock: from the parcel's first scan to the restock label printed (a reprint does
  not count);
- returned most: SKUs by units received, with the customers' reasons and the grades found;
  flagged when one reason is at least DOMINANT_SHARE of at least DOMINANT_MIN_UNITS units.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from db.enums import LabelJobStatus, OutboxKind, OutboxState
from db.models import (
    LabelJob,
    Operator,
    OutboxEvent,
    Parcel,
    ReceivedUnit,
    ReviewException,
    Rma,
    RmaLine,
    Station,
)
from receiving_station.shifts import Period, shift_of

DOMINANT_SHARE = 0.6
DOMINANT_MIN_UNITS = 5
TOP_SKUS = 10


@dataclass(frozen=True)
class FigureFilter:
    period: Period
    market: str | None = None
    station: str | None = None


@dataclass(frozen=True)
class Rate:
    name: str
    units: int
    active_hours: int

    @property
    def per_hour(self) -> float:
        return self.units / self.active_hours if self.active_hours else 0.0


@dataclass(frozen=True)
class Durations:
    """Minutes from one moment to another over a set of units."""

    count: int
    median_minutes: int | None
    p90_minutes: int | None


@dataclass(frozen=True)
class SkuReturns:
    sku: str
    description: str
    units: int
    reasons: tuple[tuple[str, int], ...]  # most common first
    grades: tuple[tuple[str, int], ...]  # by grade

    @property
    def dominant_reason(self) -> str | None:
        """The reason that explains most of this SKU's returns, when one does."""
        if not self.reasons or self.units < DOMINANT_MIN_UNITS:
            return None
        reason, count = self.reasons[0]
        return reason if count / self.units >= DOMINANT_SHARE else None


@dataclass(frozen=True)
class Figures:
    filter: FigureFilter
    units: int
    by_operator: tuple[Rate, ...]
    by_station: tuple[Rate, ...]
    by_hour_of_day: dict[int, int]  # local hour -> units
    by_day: dict[dt.date, int]  # local day -> units
    by_shift: dict[str, int]
    by_market: dict[str, int]
    grades: dict[str, int]
    dispositions: dict[str, int]
    exceptions: dict[str, int]
    receipt_to_refund: Durations
    dock_to_stock: Durations
    returned_most: tuple[SkuReturns, ...]
    computed_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def exception_count(self) -> int:
        return sum(self.exceptions.values())

    def exception_rate(self, kind: str | None = None) -> float:
        """Exceptions per 100 units received (of one type, or all)."""
        count = self.exceptions.get(kind, 0) if kind else self.exception_count
        return 100 * count / self.units if self.units else 0.0


# -- the queries ------------------------------------------------------------------------------


def _in_windows(column: Any, period: Period) -> ColumnElement[bool]:
    windows = period.windows()
    parts = [and_(column >= start, column < end) for start, end in windows]
    return parts[0] if len(parts) == 1 else or_(*parts)


def _hour_bucket(session: Session, column: Any) -> Any:
    """The UTC clock hour a time falls in, as text 'YYYY-MM-DD HH'."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24")
    return func.substr(column, 1, 13)  # SQLite keeps 'YYYY-MM-DD HH:MM:SS' in UTC


def _minutes_between(session: Session, start: Any, end: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.round(func.extract("epoch", end - start) / 60)
    return func.round((func.julianday(end) - func.julianday(start)) * 1440)


def _units(f: FigureFilter, *columns: Any, parcel: bool = False) -> Select[Any]:
    """SELECT columns FROM the period's received units (joined to their parcel when `parcel`
    or a market is asked for: the join costs a lookup a unit)."""
    query = (
        select(*columns)
        .select_from(ReceivedUnit)
        .where(_in_windows(ReceivedUnit.received_at, f.period))
    )
    if f.market or parcel:
        query = query.join(Parcel, Parcel.id == ReceivedUnit.parcel_id)
    if f.market:
        query = query.join(Rma, Rma.id == Parcel.rma_id).where(Rma.market == f.market)
    if f.station:
        query = query.join(Station, Station.id == ReceivedUnit.station_id).where(
            Station.name == f.station
        )
    return query


def _rates(session: Session, f: FigureFilter, who: Any, name: Any, model: Any) -> tuple[Rate, ...]:
    hour = _hour_bucket(session, ReceivedUnit.received_at)
    rows = session.execute(
        _units(f, who, func.count(), func.count(func.distinct(hour))).group_by(who)
    ).all()
    names: dict[Any, str] = {key: value for key, value in session.execute(select(model.id, name))}
    rates = [
        Rate(names.get(key, "(none)") if key is not None else "(none)", units, hours)
        for key, units, hours in rows
    ]
    return tuple(sorted(rates, key=lambda r: (-r.per_hour, r.name)))


def _percentiles(histogram: Sequence[Any]) -> Durations:
    """Median and p90 by nearest rank over (minutes, count) pairs."""
    pairs = sorted(
        (int(minutes), int(count)) for minutes, count in histogram if minutes is not None
    )
    total = sum(count for _, count in pairs)
    if total == 0:
        return Durations(0, None, None)

    def rank(p: float) -> int:
        wanted = max(1, math.ceil(p * total))
        seen = 0
        for minutes, count in pairs:
            seen += count
            if seen >= wanted:
                return minutes
        return pairs[-1][0]

    return Durations(total, rank(0.5), rank(0.9))


def shift_figures(session: Session, f: FigureFilter) -> Figures:
    """All the figures for a period (and market / bench), in one read-only transaction."""
    units = session.scalar(_units(f, func.count())) or 0

    hours: Counter[int] = Counter()
    days: Counter[dt.date] = Counter()
    shifts: Counter[str] = Counter()
    bucket = _hour_bucket(session, ReceivedUnit.received_at)
    for text, count in session.execute(_units(f, bucket, func.count()).group_by(bucket)):
        moment = dt.datetime.strptime(str(text), "%Y-%m-%d %H").replace(tzinfo=dt.UTC)
        local = moment.astimezone()
        hours[local.hour] += count
        days[local.date()] += count
        shifts[shift_of(moment).name] += count

    def grouped(column: Any) -> dict[str, int]:
        rows = session.execute(_units(f, column, func.count()).group_by(column))
        return {str(key) if key is not None else "(none)": count for key, count in rows}

    market_query = _units(f, Rma.market, func.count(), parcel=True)
    if not f.market:
        market_query = market_query.outerjoin(Rma, Rma.id == Parcel.rma_id)
    by_market = {
        (market or "(blind)"): count
        for market, count in session.execute(market_query.group_by(Rma.market))
    }

    exceptions = session.execute(_exceptions(f)).all()

    refund_minutes = _minutes_between(session, Parcel.opened_at, OutboxEvent.sent_at)
    refund_rows = session.execute(
        _units(f, refund_minutes, func.count(), parcel=True)
        .join(
            OutboxEvent,
            OutboxEvent.idempotency_key == literal("refund:") + ReceivedUnit.lpn,
        )
        .where(
            OutboxEvent.kind == OutboxKind.REFUND.value,
            OutboxEvent.state == OutboxState.SENT.value,
            Parcel.opened_at.is_not(None),
        )
        .group_by(refund_minutes)
    ).all()

    # A unit's own label is its one job that is not a reprint (a lead's re-grade and a
    # supervisor's reprint are reprints).
    stock_minutes = _minutes_between(session, Parcel.opened_at, LabelJob.printed_at)
    stock_rows = session.execute(
        _units(f, stock_minutes, func.count(), parcel=True)
        .join(LabelJob, LabelJob.unit_id == ReceivedUnit.id)
        .where(
            ReceivedUnit.disposition == "restock",
            Parcel.opened_at.is_not(None),
            LabelJob.is_reprint.is_(False),
            LabelJob.status == LabelJobStatus.PRINTED.value,
        )
        .group_by(stock_minutes)
    ).all()

    return Figures(
        filter=f,
        units=units,
        by_operator=_rates(session, f, ReceivedUnit.operator_id, Operator.name, Operator),
        by_station=_rates(session, f, ReceivedUnit.station_id, Station.name, Station),
        by_hour_of_day=dict(sorted(hours.items())),
        by_day=dict(sorted(days.items())),
        by_shift=dict(shifts),
        by_market=dict(sorted(by_market.items())),
        grades=dict(sorted(grouped(ReceivedUnit.grade).items())),
        dispositions=dict(sorted(grouped(ReceivedUnit.disposition).items(), key=lambda kv: -kv[1])),
        exceptions={kind: count for kind, count in exceptions},
        receipt_to_refund=_percentiles(refund_rows),
        dock_to_stock=_percentiles(stock_rows),
        returned_most=_returned_most(session, f),
    )


def _exceptions(f: FigureFilter) -> Select[Any]:
    query: Select[Any] = (
        select(ReviewException.type, func.count())  # type: ignore[assignment]
        .where(_in_windows(ReviewException.created_at, f.period))
        .group_by(ReviewException.type)
        .order_by(func.count().desc(), ReviewException.type)
    )
    if f.market:
        query = query.join(Rma, Rma.id == ReviewException.rma_id).where(Rma.market == f.market)
    if f.station:
        query = query.join(Station, Station.id == ReviewException.station_id).where(
            Station.name == f.station
        )
    return query


def _returned_most(session: Session, f: FigureFilter) -> tuple[SkuReturns, ...]:
    top = session.execute(
        _units(f, ReceivedUnit.sku, func.count())
        .where(ReceivedUnit.sku.is_not(None))
        .group_by(ReceivedUnit.sku)
        .order_by(func.count().desc(), ReceivedUnit.sku)
        .limit(TOP_SKUS)
    ).all()
    if not top:
        return ()
    skus = [sku for sku, _ in top]
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    grades: dict[str, Counter[str]] = defaultdict(Counter)
    descriptions: dict[str, str] = {}
    rows = session.execute(
        _units(
            f,
            ReceivedUnit.sku,
            RmaLine.reason_code,
            ReceivedUnit.grade,
            func.max(RmaLine.description),
            func.count(),
        )
        .outerjoin(RmaLine, RmaLine.id == ReceivedUnit.rma_line_id)
        .where(ReceivedUnit.sku.in_(skus))
        .group_by(ReceivedUnit.sku, RmaLine.reason_code, ReceivedUnit.grade)
    )
    for sku, reason, grade, description, count in rows:
        reasons[sku][reason or "(no reason given)"] += count
        grades[sku][grade or "-"] += count
        if description:
            descriptions[sku] = description
    return tuple(
        SkuReturns(
            sku,
            descriptions.get(sku, ""),
            count,
            tuple(sorted(reasons[sku].items(), key=lambda kv: (-kv[1], kv[0]))),
            tuple(sorted(grades[sku].items())),
        )
        for sku, count in top
    )


def markets(session: Session) -> list[str]:
    """The markets there are returns from (for the filter)."""
    return [m for (m,) in session.execute(select(Rma.market).distinct().order_by(Rma.market))]


def format_minutes(minutes: int | None) -> str:
    """'2 d 3 h', '5 h 20 min', '12 min' or '–'."""
    if minutes is None:
        return "–"
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {mins} min"
    return f"{mins} min"
