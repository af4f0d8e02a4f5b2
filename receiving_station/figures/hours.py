"""The supervisors' figures counted once per clock hour, so a year reads in a blink.

Each figure that counts units is a *dimension*: the units received in each UTC clock hour,
grouped by one value (operator, bench, market, grade, disposition, minutes from the parcel's
first scan to the refund accepted upstream or to the restock label printed).  `counted` is that
count straight from the units.  `figure_hours` keeps its result per hour; the hours whose units,
parcels, RMAs, refund events or label jobs changed are named in `figure_changes` by the
database's own triggers (migration 0007), and `refresh` works those hours out again from the
units, a few hours per transaction.  So the kept counts are always the units' own counts, and
reading a year is reading ~30,000 small rows per figure, not 500,000 units and their joins.

A market and a bench at once, a user that may not write, or a period whose edges are not whole
UTC hours (a time zone with a half-hour offset) count from the units directly: same query, same
result, slower.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    String,
    and_,
    cast,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Select

from db.engine import session_factory, write_transaction
from db.enums import LabelJobStatus, OutboxKind, OutboxState
from db.models import (
    FigureChange,
    FigureHour,
    LabelJob,
    OutboxEvent,
    Parcel,
    ReceivedUnit,
    Rma,
    Station,
)
from db.types import UTCDateTime

log = logging.getLogger(__name__)

DIMENSIONS = ("units", "operator", "station", "market", "grade", "disposition", "refund", "stock")
SPLITS = (None, "market", "station")  # kept for the whole site, each market, each bench
HOURS_PER_TRANSACTION = 48  # a refresh never holds SQLite's write lock for long
ADVISORY_LOCK = 7_007_0007  # PostgreSQL: one refresh at a time

Windows = Sequence[tuple[dt.datetime, dt.datetime]]


def hour_of(dialect: str, column: Any) -> Any:
    """The UTC clock hour a time falls in, as the database stores a time (the triggers of
    migration 0007 write the same)."""
    expression: Any
    if dialect == "postgresql":
        expression = func.timezone("UTC", func.date_trunc("hour", func.timezone("UTC", column)))
    else:  # SQLite keeps 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC
        expression = func.substr(column, 1, 13) + literal(":00:00.000000")
    return type_coerce(expression, UTCDateTime())


def _minutes_between(dialect: str, start: Any, end: Any) -> Any:
    if dialect == "postgresql":
        return func.round(func.extract("epoch", end - start) / 60)
    return func.round((func.julianday(end) - func.julianday(start)) * 1440)


def in_windows(column: Any, windows: Windows) -> ColumnElement[bool]:
    parts = [and_(column >= start, column < end) for start, end in windows]
    return parts[0] if len(parts) == 1 else or_(*parts)


def during(dialect: str, column: Any, windows: Windows) -> ColumnElement[bool]:
    """`column` (a time) falls in one of the windows.  Many windows of whole hours (a shift
    on each day of a year) are tested as the time's hour in a list, within the first and last
    bound: one lookup a row, where a chain of ranges costs a comparison per window."""
    if not _many_hours(windows):
        return in_windows(column, windows)
    return and_(
        column >= windows[0][0],
        column < windows[-1][1],
        hour_of(dialect, column).in_(_hours(windows)),
    )


def _many_hours(windows: Windows) -> bool:
    return len(windows) >= 4 and whole_hours(windows)


def _hours(windows: Windows) -> list[dt.datetime]:
    step = dt.timedelta(hours=1)
    return [start + n * step for start, end in windows for n in range(int((end - start) / step))]


def whole_hours(windows: Windows) -> bool:
    return all(
        moment.minute == moment.second == moment.microsecond == 0
        for window in windows
        for moment in window
    )


def unit_filters(market: str | None, station: str | None) -> list[ColumnElement[bool]]:
    """The conditions on received units for a market and a bench (by name).  The market's
    parcels as a set looked up per unit: joining each unit to its parcel and RMA costs two
    lookups a unit over a year (1.7 s, not 0.15 s)."""
    conditions: list[ColumnElement[bool]] = []
    if market:
        parcels = select(Parcel.id).join(Rma, Rma.id == Parcel.rma_id).where(Rma.market == market)
        conditions.append(ReceivedUnit.parcel_id.in_(parcels))
    if station:
        bench = select(Station.id).where(Station.name == station).scalar_subquery()
        conditions.append(ReceivedUnit.station_id == bench)
    return conditions


def counted(
    dialect: str,
    dimension: str,
    windows: Windows,
    market: str | None = None,
    station: str | None = None,
    split: str | None = None,
) -> Select[Any]:
    """SELECT scope, hour, value, units: one dimension's units per UTC hour, from the units;
    for the whole site (scope ''), or each market's or bench's (`split` 'market' / 'station',
    scope 'market=SE' / 'station=3')."""
    hour = hour_of(dialect, ReceivedUnit.received_at)
    joins: list[tuple[Any, Any]] = []
    conditions: list[Any] = [
        during(dialect, ReceivedUnit.received_at, windows),
        *unit_filters(market, station),
    ]
    parcel = (Parcel, Parcel.id == ReceivedUnit.parcel_id)
    has_parcel = dimension in ("refund", "stock")
    if dimension == "units":
        value: Any = literal("")
    elif dimension == "operator":
        value = ReceivedUnit.operator_id
    elif dimension == "station":
        value = ReceivedUnit.station_id
    elif dimension in ("grade", "disposition"):
        value = getattr(ReceivedUnit, dimension)
    elif dimension == "market":
        value = Rma.market
    elif dimension == "refund":
        value = _minutes_between(dialect, Parcel.opened_at, OutboxEvent.sent_at)
        joins += [
            parcel,
            (OutboxEvent, OutboxEvent.subject == literal("refund:") + ReceivedUnit.lpn),
        ]
        conditions += [
            OutboxEvent.kind == OutboxKind.REFUND.value,
            OutboxEvent.state == OutboxState.SENT.value,
            Parcel.opened_at.is_not(None),
        ]
    elif dimension == "stock":
        # A unit's own label is its one job that is not a reprint (a lead's re-grade and a
        # supervisor's reprint are reprints).
        value = _minutes_between(dialect, Parcel.opened_at, LabelJob.printed_at)
        joins += [parcel, (LabelJob, LabelJob.unit_id == ReceivedUnit.id)]
        conditions += [
            ReceivedUnit.disposition == "restock",
            Parcel.opened_at.is_not(None),
            LabelJob.is_reprint.is_(False),
            # status || '': SQLite would otherwise walk every printed label by its status
            # index, not the period's units and each one's labels.
            LabelJob.status.concat("") == LabelJobStatus.PRINTED.value,
        ]
    else:
        raise ValueError(f"unknown figure {dimension!r}: one of {', '.join(DIMENSIONS)}")
    if dimension in ("refund", "stock"):
        value = cast(value, type_=ReceivedUnit.id.type)  # whole minutes
    text_value = func.coalesce(cast(value, String), "")
    if split == "market":
        scope: Any = literal("market=") + func.coalesce(Rma.market, "")
    elif split == "station":
        scope = literal("station=") + func.coalesce(cast(ReceivedUnit.station_id, String), "")
    else:
        scope = literal("")
    query = select(
        scope.label("scope"),
        hour.label("hour"),
        text_value.label("value"),
        func.count().label("units"),
    ).select_from(ReceivedUnit)
    for target, on in joins:
        query = query.join(target, on)
    if dimension == "market" or split == "market":
        if not has_parcel:
            query = query.outerjoin(*parcel)
        query = query.outerjoin(Rma, Rma.id == Parcel.rma_id)
    return query.where(*conditions).group_by(scope, hour, text_value)


def kept(dimension: str, scope: str, windows: Windows) -> Select[Any]:
    """SELECT scope, hour, value, units: one dimension's units per UTC hour, as kept."""
    hours = (
        FigureHour.hour.in_(_hours(windows))  # one look-up an hour, as in during()
        if _many_hours(windows)
        else in_windows(FigureHour.hour, windows)
    )
    query: Select[Any] = select(  # type: ignore[assignment]
        FigureHour.scope, FigureHour.hour, FigureHour.value, FigureHour.units
    )
    return query.where(FigureHour.dimension == dimension, FigureHour.scope == scope, hours)


def refresh(engine: Engine) -> bool:
    """Work out again the hours named in figure_changes; False when this database user may not
    (a read-only reporting role), and the caller must count from the units."""
    sessions = session_factory(engine)
    dialect = engine.dialect.name
    # Hours in order, each once: on a busy site the benches list the current hour again
    # within the second, and a refresh that took it again and again would never end (the
    # Figures section never showed, seen in the site benchmark).  Changes listed once it is
    # worked out wait for the next refresh.
    after: dt.datetime | None = None
    try:
        while True:
            with write_transaction(sessions) as session:
                if dialect == "postgresql":
                    session.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK}
                    )
                listed = select(FigureChange.hour)
                if after is not None:
                    listed = listed.where(FigureChange.hour > after)
                hours = list(
                    session.scalars(
                        listed.distinct().order_by(FigureChange.hour).limit(HOURS_PER_TRANSACTION)
                    )
                )
                if not hours:
                    return True
                after = hours[-1]
                # Taken off the list first: a change committed from now on stays on it (and
                # its hour is worked out next time), one committed before is seen below.
                session.execute(delete(FigureChange).where(FigureChange.hour.in_(hours)))
                windows = _ranges(hours)
                # Every kept row's scope has a "units" row in the same hour: the scopes to
                # clear, so the delete seeks by (dimension, scope, hour) instead of reading
                # the whole table.
                scopes = select(FigureHour.scope).where(FigureHour.dimension == "units").distinct()
                session.execute(
                    delete(FigureHour).where(
                        FigureHour.dimension.in_(DIMENSIONS),
                        FigureHour.scope.in_(list(session.scalars(scopes))),
                        in_windows(FigureHour.hour, windows),
                    )
                )
                for dimension in DIMENSIONS:
                    for split in SPLITS:
                        rows = counted(dialect, dimension, windows, split=split).subquery()
                        session.execute(
                            insert(FigureHour).from_select(
                                ["dimension", "scope", "hour", "value", "units"],
                                select(literal(dimension), *rows.c),
                            )
                        )
                log.debug("figures worked out again for %d hours from %s", len(hours), hours[0])
    except DBAPIError as exc:
        if "permission denied" in str(exc.orig).lower() or "readonly" in str(exc.orig).lower():
            log.info("figures counted from the units: this user may not keep them (%s)", exc.orig)
            return False
        raise


def _ranges(hours: Iterable[dt.datetime]) -> list[tuple[dt.datetime, dt.datetime]]:
    """Sorted clock hours as the fewest [start, end) windows."""
    ranges: list[tuple[dt.datetime, dt.datetime]] = []
    step = dt.timedelta(hours=1)
    for hour in sorted(hours):
        if ranges and ranges[-1][1] == hour:
            ranges[-1] = (ranges[-1][0], hour + step)
        else:
            ranges.append((hour, hour + step))
    return ranges
