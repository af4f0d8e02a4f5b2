"""Shift figures: what a supervisor reads at a glance, computed by the database.

Every figure is an aggregate the database works out.  The unit counts (per hour, operator,
bench, market, grade, disposition, minutes to refund and to stock) are read as kept per clock
hour (receiving_station/figures/hours.py: a year is ~6,000 hours, not 500,000 units); the SKUs
returned most and the exceptions are counted from their rows.  Times to refund and
dock-to-stock are percentiles over a histogram of whole minutes (nearest rank): exact to the
minute, whatever the number of units.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from db.models import (
    ExceptionCase,
    Operator,
    ReceivedUnit,
    Rma,
    RmaLine,
    Station,
)
from receiving_station.figures import hours as figure_hours
from receiving_station.figures.shifts import Period, shift_of
from receiving_station.i18n.text import Text

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

    def cells(self, number: Callable[..., str]) -> list[str]:
        """Name, units, active hours, units per hour: a row of the screen's or the report's
        table, the numbers written by `number` (the reader's way)."""
        return [self.name, number(self.units), number(self.active_hours), number(self.per_hour, 1)]


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


def _during(session: Session, column: Any, period: Period) -> ColumnElement[bool]:
    return figure_hours.during(session.get_bind().dialect.name, column, period.windows())


def _units(session: Session, f: FigureFilter, *columns: Any) -> Select[Any]:
    """SELECT columns FROM the period's received units (of the market and bench asked for)."""
    return (
        select(*columns)
        .select_from(ReceivedUnit)
        .where(
            _during(session, ReceivedUnit.received_at, f.period),
            *figure_hours.unit_filters(f.market, f.station),
        )
    )


class _Counts:
    """One period's units per dimension and hour: as kept per hour (figure_hours) for the
    site, a market or a bench over whole hours, else counted from the units."""

    def __init__(self, session: Session, f: FigureFilter) -> None:
        self.session, self.f = session, f
        self.windows = f.period.windows()
        engine = session.get_bind()
        self.dialect = engine.dialect.name
        # Brought up to date first, in transactions of its own: this session then reads
        # what they committed (on SQLite a transaction reads what was there when it began).
        kept = (
            not (f.market and f.station)
            and figure_hours.whole_hours(self.windows)
            and figure_hours.refresh(engine)  # type: ignore[arg-type]
        )
        self.scope: str | None = None
        if kept and f.market:
            self.scope = f"market={f.market}"
        elif kept and f.station:
            station = session.scalar(select(Station.id).where(Station.name == f.station))
            self.scope = f"station={station}"
        elif kept:
            self.scope = ""

    def source(self, dimension: str) -> Any:
        if self.scope is not None:
            return figure_hours.kept(dimension, self.scope, self.windows).subquery()
        return figure_hours.counted(
            self.dialect, dimension, self.windows, self.f.market, self.f.station
        ).subquery()

    def per_hour(self) -> list[tuple[dt.datetime, int]]:
        rows = self.source("units")
        query = select(rows.c.hour, func.sum(rows.c.units)).group_by(rows.c.hour)
        return [(hour, int(units)) for hour, units in self.session.execute(query)]

    def per_value(self, dimension: str) -> list[tuple[str, int, int]]:
        """(value, units, hours with any) for each value; '' stands for none."""
        rows = self.source(dimension)
        query = select(rows.c.value, func.sum(rows.c.units), func.count()).group_by(rows.c.value)
        return [(v, int(units), hours) for v, units, hours in self.session.execute(query)]

    def rates(self, dimension: str, model: Any) -> tuple[Rate, ...]:
        names = {str(key): name for key, name in self.session.execute(select(model.id, model.name))}
        rates = [
            Rate(names.get(value, "(none)"), units, hours)
            for value, units, hours in self.per_value(dimension)
        ]
        return tuple(sorted(rates, key=lambda r: (-r.per_hour, r.name)))

    def mix(self, dimension: str, none: str = "(none)") -> dict[str, int]:
        return {value or none: units for value, units, _ in self.per_value(dimension)}

    def durations(self, dimension: str) -> Durations:
        return _percentiles([(int(v), units) for v, units, _ in self.per_value(dimension)])


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
    """All the figures for a period (and market / bench).  Call it on a session that has not
    read yet: it first brings the hourly counts up to date in transactions of its own."""
    counts = _Counts(session, f)

    hours: Counter[int] = Counter()
    days: Counter[dt.date] = Counter()
    shifts: Counter[str] = Counter()
    units = 0
    for moment, count in counts.per_hour():
        local = moment.astimezone()
        hours[local.hour] += count
        days[local.date()] += count
        shifts[shift_of(moment).name] += count
        units += count

    return Figures(
        filter=f,
        units=units,
        by_operator=counts.rates("operator", Operator),
        by_station=counts.rates("station", Station),
        by_hour_of_day=dict(sorted(hours.items())),
        by_day=dict(sorted(days.items())),
        by_shift=dict(shifts),
        by_market=dict(sorted(counts.mix("market", "(blind)").items())),
        grades=dict(sorted(counts.mix("grade").items())),
        dispositions=dict(sorted(counts.mix("disposition").items(), key=lambda kv: -kv[1])),
        exceptions={kind: count for kind, count in session.execute(_exceptions(session, f))},
        receipt_to_refund=counts.durations("refund"),
        dock_to_stock=counts.durations("stock"),
        returned_most=_returned_most(session, f),
    )


def _exceptions(session: Session, f: FigureFilter) -> Select[Any]:
    query: Select[Any] = (
        select(ExceptionCase.type, func.count())  # type: ignore[assignment]
        .where(_during(session, ExceptionCase.created_at, f.period))
        .group_by(ExceptionCase.type)
        .order_by(func.count().desc(), ExceptionCase.type)
    )
    if f.market:
        query = query.join(Rma, Rma.id == ExceptionCase.rma_id).where(Rma.market == f.market)
    if f.station:
        query = query.join(Station, Station.id == ExceptionCase.station_id).where(
            Station.name == f.station
        )
    return query


def _returned_most(session: Session, f: FigureFilter) -> tuple[SkuReturns, ...]:
    top = session.execute(
        _units(session, f, ReceivedUnit.sku, func.count())
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
            session,
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
        reasons[sku][reason or Text("reports", "(no reason given)")] += count
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


def stations(session: Session) -> list[str]:
    """The benches there are, by name (for the filter)."""
    return list(session.scalars(select(Station.name).order_by(Station.name)))


def format_minutes(minutes: int | None) -> str:
    """'2 d 3 h', '5 h 20 min', '12 min' or '–' (a Text: said in the reader's language)."""
    if minutes is None:
        return "–"
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return Text("reports", "{days} d {hours} h", days=days, hours=hours)
    if hours:
        return Text("reports", "{hours} h {minutes} min", hours=hours, minutes=mins)
    return Text("reports", "{minutes} min", minutes=mins)
