"""What the bench's use cases share (receiving_station/receiving/workflow.py composes them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import LABEL_STYLE_TABLENAME_PLUS_COL, bindparam, func, select
from sqlalchemy import inspect as inspect_instance
from sqlalchemy.orm import Session, lazyload, sessionmaker

from db.engine import write_transaction
from db.enums import (
    ExceptionType,
    ParcelStatus,
    RmaStatus,
    UnitStatus,
)
from db.models import (
    ExceptionCase,
    Operator,
    Parcel,
    Product,
    ProductGtin,
    ReceivedUnit,
    Rma,
    RmaLine,
    Station,
)
from db.records import Record, split
from db.types import utcnow
from receiving_station import audit
from receiving_station.codes.identify import (
    CodeKind,
    Identification,
)
from receiving_station.exceptions.evidence import Evidence, LineFacts
from receiving_station.exceptions.record import record_exception
from receiving_station.i18n.text import Text
from receiving_station.i18n.vocabulary import word
from receiving_station.receiving.results import (
    ActingOperator,
    ActingStation,
    Actor,
    Conflict,
    NotFound,
    WorkflowError,
)
from receiving_station.receiving.views import (
    LineView,
    ParcelView,
    RmaView,
    UnitView,
    WindowStatus,
    unit_reason,
)
from receiving_station.rules import RuleSet

MAX_PARCEL_WEIGHT_KG = Decimal("150")

ACTIVE_UNIT_STATUSES = (UnitStatus.RECEIVED.value, UnitStatus.GRADED.value)

COUNTED_UNIT_STATUSES = (
    UnitStatus.RECEIVED.value,
    UnitStatus.GRADED.value,
    UnitStatus.CONFIRMED.value,
    UnitStatus.HELD.value,
)

CANCELLED = "cancelled"

# Statements on every bench action, built once (building a statement costs more than running
# a small one on SQLite).
_ACTOR = (
    select(Operator.id, Operator.active, Operator.role, Station.id, Station.settings)
    .join(Station, Station.id == bindparam("station_id"))
    .where(Operator.id == bindparam("operator_id"))
)

#: Who acts where, as three columns of the statement that reads (and locks) what the action
#: works on: the operator's role (NULL when not an active operator), the station's id (NULL when
#: it is not set up) and its settings.  One round trip fewer on every bench action; when they
#: come back NULL, `_actor` says which of the two it is.
_ACTOR_COLUMNS = (
    select(Operator.role)
    .where(Operator.id == bindparam("operator_id"), Operator.active.is_(True))
    .scalar_subquery()
    .label("actor_role"),
    select(Station.id)
    .where(Station.id == bindparam("station_id"))
    .scalar_subquery()
    .label("actor_station_id"),
    select(Station.settings)
    .where(Station.id == bindparam("station_id"))
    .scalar_subquery()
    .label("actor_station_settings"),
)

_RECEIVED_COUNTS = (
    select(ReceivedUnit.rma_line_id, func.count())
    .where(
        ReceivedUnit.rma_line_id.in_(bindparam("line_ids", expanding=True)),
        ReceivedUnit.status.in_(COUNTED_UNIT_STATUSES),
    )
    .group_by(ReceivedUnit.rma_line_id)
)

_PARCELS, _RMAS, _LINES, _UNITS = (
    model.__table__ for model in (Parcel, Rma, RmaLine, ReceivedUnit)
)
_PRODUCTS = Product.__table__
#: The RMA's boxes (this parcel among them), as much of them as an action needs.
_BOXES = _PARCELS.alias("boxes")
_BOX_COLUMNS = (_BOXES.c.id, _BOXES.c.tracking_number, _BOXES.c.status)


def _parcel_record_tables(*, product: bool) -> tuple[Any, ...]:
    """The tables whose columns a `_parcel_records_statement` row holds, in order (the boxes'
    few columns and who acts where follow)."""
    return (_PARCELS, _RMAS, _LINES, _UNITS) + ((_PRODUCTS,) if product else ())


def _parcel_records_statement(*, product: bool, by_tracking: bool = False) -> Any:
    """The open parcel an action works on, as plain records (db/records.py): its row locked
    (FOR UPDATE OF parcels: PostgreSQL refuses to lock the nullable side of an outer join),
    its RMA, the RMA's lines and boxes, the parcel's units, and who acts where
    (`_ACTOR_COLUMNS`); with `product`, also the product of a bound `gtin` (NULLs when the
    catalogue does not know it).  One statement: a row per line x unit x box, a few rows.
    The parcel is a bound `parcel_id`, or with `by_tracking` a bound tracking number, `key`."""
    tables = _parcel_record_tables(product=product)
    joined = (
        _PARCELS.outerjoin(_RMAS, _RMAS.c.id == _PARCELS.c.rma_id)
        .outerjoin(_LINES, _LINES.c.rma_id == _RMAS.c.id)
        .outerjoin(_UNITS, _UNITS.c.parcel_id == _PARCELS.c.id)
        .outerjoin(_BOXES, _BOXES.c.rma_id == _RMAS.c.id)
    )
    if product:
        gtins = ProductGtin.__table__
        joined = joined.outerjoin(gtins, gtins.c.gtin == bindparam("gtin")).outerjoin(
            _PRODUCTS, _PRODUCTS.c.id == gtins.c.product_id
        )
    return (
        select(
            *(column for table in tables for column in table.c),
            *_BOX_COLUMNS,
            *_ACTOR_COLUMNS,
        )
        .select_from(joined)
        .where(
            _PARCELS.c.tracking_number == bindparam("key")
            if by_tracking
            else _PARCELS.c.id == bindparam("parcel_id")
        )
        .set_label_style(LABEL_STYLE_TABLENAME_PLUS_COL)
        .with_for_update(of=_PARCELS)
    )


_PARCEL_RECORDS = _parcel_records_statement(product=False)
_PARCEL_RECORDS_AND_PRODUCT = _parcel_records_statement(product=True)
_PARCEL_RECORDS_BY_TRACKING = _parcel_records_statement(product=False, by_tracking=True)


def _parcel_records(rows: Sequence[Any], *, product: bool) -> tuple[Record, Record | None]:
    """The parcel of `_PARCEL_RECORDS` rows with `parcel.rma` (or None), `rma.lines` (by line
    number, each with `.rma`), `rma.parcels` (the boxes: id, tracking number and status) and
    `parcel.units` (by id, each with `.parcel` and `.line`); and the product, or None."""
    tables = _parcel_record_tables(product=product)
    parcel: Record | None = None
    rma: Record | None = None
    found_product: Record | None = None
    lines: dict[int, Record] = {}
    units: dict[int, Record] = {}
    boxes: dict[int, Record] = {}
    box_start = sum(len(table.c) for table in tables)
    for row in rows:
        records = split(row, tables)
        if parcel is None:
            parcel, rma = records[0], records[1]
            found_product = records[4] if product else None
        line, unit = records[2], records[3]
        if line is not None:
            lines.setdefault(line.id, line)
        if unit is not None:
            units.setdefault(unit.id, unit)
        box_id = row[box_start]
        if box_id is not None and box_id not in boxes:
            boxes[box_id] = Record(
                _PARCELS,
                {"id": box_id, "tracking_number": row[box_start + 1], "status": row[box_start + 2]},
            )
    assert parcel is not None
    parcel.rma = rma
    if rma is not None:
        rma.lines = sorted(lines.values(), key=lambda line: line.line_no)
        rma.parcels = [parcel if box_id == parcel.id else box for box_id, box in boxes.items()]
        for line in rma.lines:
            line.rma = rma
    parcel.units = sorted(units.values(), key=lambda unit: unit.id)
    for unit in parcel.units:
        unit.parcel, unit.line = parcel, lines.get(unit.rma_line_id)
    return parcel, found_product


#: The unit an action works on, as plain records (db/records.py): the unit, its parcel, its
#: RMA line and the parcel's RMA, and who acts where, in one statement; the unit's and the
#: parcel's rows are locked.
_UNIT_RECORD_TABLES = (_UNITS, _PARCELS, _LINES, _RMAS)
_UNIT_RECORDS = (
    select(*(column for table in _UNIT_RECORD_TABLES for column in table.c), *_ACTOR_COLUMNS)
    .select_from(
        _UNITS.join(_PARCELS, _PARCELS.c.id == _UNITS.c.parcel_id)
        .outerjoin(_LINES, _LINES.c.id == _UNITS.c.rma_line_id)
        .outerjoin(_RMAS, _RMAS.c.id == _PARCELS.c.rma_id)
    )
    .where(_UNITS.c.id == bindparam("unit_id"))
    .set_label_style(LABEL_STYLE_TABLENAME_PLUS_COL)
    .with_for_update(of=(_UNITS, _PARCELS))
)


def _read(
    session: Session, statement: Any, operator_id: int, station_id: int, **params: object
) -> Sequence[Any]:
    """The rows of a records statement (one with `_ACTOR_COLUMNS`) on the session's
    connection: plain rows, without the ORM's result processing."""
    values = {"operator_id": operator_id, "station_id": station_id, **params}
    return session.connection().execute(statement, values).all()


@dataclass(frozen=True)
class Operation:
    """One bench operation's transaction: its session, its moment, who acts where and the rules.

    `audit()` and `flag()` write the operation's audit line and its exceptions with the time,
    operator and station filled in, so a use case says only what happened."""

    session: Session
    now: dt.datetime
    operator: ActingOperator
    station: ActingStation
    rules: RuleSet

    def audit(
        self,
        action: str,
        entity_type: str,
        entity_id: int,
        *,
        details: dict[str, Any] | None = None,
    ) -> None:
        audit.record_all(self.session, [self.audit_entry(action, entity_type, entity_id, details)])

    def audit_entry(
        self,
        action: str,
        entity_type: str,
        entity_id: int,
        details: dict[str, Any] | None = None,
        *,
        at: dt.datetime | None = None,
    ) -> dict[str, Any]:
        """An audit line of this operation, to write with others (`audit.record_all`)."""
        return audit.entry(
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            at=at or self.now,
            operator_id=self.operator.id,
            station_id=self.station.id,
            details=details,
        )

    def flag(
        self,
        type: ExceptionType | str,
        summary: str,
        evidence: Evidence,
        *,
        rma_id: int | None = None,
        parcel_id: int | None = None,
        unit_id: int | None = None,
    ) -> ExceptionCase:
        """Put an exception in the lead's queue (or add to the open one), due in its type's SLA."""
        return record_exception(
            self.session,
            type=type,
            summary=summary,
            evidence=evidence,
            now=self.now,
            sla_hours=self.rules.sla_hours(type),
            rma_id=rma_id,
            parcel_id=parcel_id,
            unit_id=unit_id,
            station_id=self.station.id,
            operator_id=self.operator.id,
        )


class WorkflowBase:
    """What every use case shares: the sessions, the rules, the clock, who is acting, the
    parcel and unit at this bench, and the views a result carries."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        rules: RuleSet,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self._sessions = sessions
        self.rules = rules
        self._clock = clock

    @contextmanager
    def _operation(self, actor: Actor) -> Iterator[Operation]:
        """One writing transaction for one operation, with who acts where checked first."""
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            yield Operation(session, now, operator, station, self.rules)

    @contextmanager
    def _parcel_operation(
        self, actor: Actor, parcel_id: int, *, gtin: str | None = None
    ) -> Iterator[tuple[Operation, Record, Record | None]]:
        """One writing transaction on the parcel open at this bench: who acts where, the parcel
        (locked) with its RMA, lines, boxes and units, and with `gtin` the product of that GTIN,
        all read in one statement, as plain records (`_parcel_records`): what the use case
        sets on them goes out with `db.records.write`."""
        now = self._clock()
        with write_transaction(self._sessions) as session:
            statement = _PARCEL_RECORDS if gtin is None else _PARCEL_RECORDS_AND_PRODUCT
            rows = _read(
                session,
                statement,
                actor.operator_id,
                actor.station_id,
                parcel_id=parcel_id,
                gtin=gtin,
            )
            operator, station = self._acting(session, actor, rows[0] if rows else None)
            if not rows:
                raise NotFound(Text("workflow", "parcel {id} does not exist", id=parcel_id))
            parcel, product = _parcel_records(rows, product=gtin is not None)
            self._check_open_here(parcel, station)
            yield Operation(session, now, operator, station, self.rules), parcel, product

    def _parcel_record(self, op: Operation, parcel_id: int) -> Record:
        """The parcel `parcel_id`, locked, as `_parcel_operation` reads it: for a use case
        that found or made it through the ORM (a blind return, an RMA's slip)."""
        rows = _read(
            op.session, _PARCEL_RECORDS, op.operator.id, op.station.id, parcel_id=parcel_id
        )
        return _parcel_records(rows, product=False)[0]

    @contextmanager
    def _unit_operation(
        self, actor: Actor, unit_id: int, statuses: Iterable[str]
    ) -> Iterator[tuple[Operation, Record]]:
        """One writing transaction on a unit of the parcel open at this bench: who acts where,
        the unit and its parcel (both locked), its line and the parcel's RMA, read in one
        statement as plain records (`_UNIT_RECORDS`: `unit.parcel`, `unit.line` or None,
        `unit.parcel.rma` or None, `line.rma`; not the parcel's other units, see
        `_parcel_record`); the unit's status must be one of `statuses`.  What the use case
        sets on them goes out with `db.records.write`."""
        now = self._clock()
        with write_transaction(self._sessions) as session:
            rows = _read(
                session, _UNIT_RECORDS, actor.operator_id, actor.station_id, unit_id=unit_id
            )
            row = rows[0] if rows else None
            operator, station = self._acting(session, actor, row)
            if row is None:
                raise NotFound(Text("workflow", "unit {id} does not exist", id=unit_id))
            unit, parcel, line, rma = split(row, _UNIT_RECORD_TABLES)
            assert unit is not None and parcel is not None  # inner joins
            parcel.rma = rma
            unit.parcel, unit.line = parcel, line
            if line is not None:
                line.rma = rma
            self._check_open_here(parcel, station)
            if unit.status not in tuple(statuses):
                raise WorkflowError(
                    Text(
                        "workflow",
                        "{lpn} is already {status}",
                        lpn=unit.lpn,
                        status=word(unit.status),
                    )
                )
            yield Operation(session, now, operator, station, self.rules), unit

    def _acting(
        self, session: Session, actor: Actor, row: Any
    ) -> tuple[ActingOperator, ActingStation]:
        """Who acts where, from the `_ACTOR_COLUMNS` of `row`; `_actor` when they are missing
        (it says what is wrong) or when there is no row."""
        if row is None or row.actor_role is None or row.actor_station_id is None:
            return self._actor(session, actor)
        return ActingOperator(actor.operator_id, row.actor_role), ActingStation(
            row.actor_station_id, dict(row.actor_station_settings or {})
        )

    def _actor(self, session: Session, actor: Actor) -> tuple[ActingOperator, ActingStation]:
        """Who acts where, checked in one light statement."""
        row = session.execute(
            _ACTOR, {"operator_id": actor.operator_id, "station_id": actor.station_id}
        ).first()
        if row is None or not row[1]:
            if session.scalar(select(Operator.active).where(Operator.id == actor.operator_id)):
                raise WorkflowError(
                    Text(
                        "workflow",
                        "station {id} is not set up in this database",
                        id=actor.station_id,
                    )
                )
            raise WorkflowError(
                Text("workflow", "you are not signed in as an active operator: scan your badge")
            )
        return ActingOperator(row[0], row[2]), ActingStation(row[3], dict(row[4] or {}))

    def _check_open_here(self, parcel: Parcel | Record, station: ActingStation) -> None:
        if parcel.status != ParcelStatus.OPEN.value:
            raise WorkflowError(
                Text(
                    "workflow",
                    "parcel {tracking} is not open: scan it first",
                    tracking=parcel.tracking_number,
                )
            )
        if parcel.station_id != station.id:
            raise Conflict(
                Text(
                    "workflow",
                    "parcel {tracking} is open at another bench",
                    tracking=parcel.tracking_number,
                )
            )

    def _product_for_gtin(self, session: Session, gtin: str) -> Product | None:
        return session.scalar(
            select(Product)
            .join(ProductGtin)
            .where(ProductGtin.gtin == gtin)
            .options(lazyload(Product.gtins))  # not needed here; saves a statement per scan
        )

    def _received_counts(self, session: Session, parcel: Parcel | Record) -> dict[int, int]:
        """Units received (and not cancelled) per line of the parcel's RMA.  When the parcel is
        the RMA's only box and its units are loaded, they are all there is to count (a unit is
        received into a parcel of its line's RMA, and neither ever changes): no query."""
        rma = parcel.rma
        if rma is None:
            return {}
        loaded = isinstance(parcel, Record) or "units" not in inspect_instance(parcel).unloaded
        if loaded and len(rma.parcels) == 1:
            counts: dict[int, int] = {}
            for unit in parcel.units:
                if unit.rma_line_id is not None and unit.status in COUNTED_UNIT_STATUSES:
                    counts[unit.rma_line_id] = counts.get(unit.rma_line_id, 0) + 1
            return counts
        return received_counts(session, [line.id for line in rma.lines])

    def _parcel_category(self, parcel: Parcel | Record) -> str:
        if parcel.rma is None or not parcel.rma.lines:
            return "default"
        heaviest = max(parcel.rma.lines, key=lambda line: line.expected_weight_kg or Decimal(0))
        return heaviest.category or "default"

    def _needs_serial(self, unit: ReceivedUnit | Record) -> bool:
        return bool(unit.line is not None and unit.line.serials_shipped and not unit.serial)

    def _window(self, rma: Rma | RmaView | Record, now: dt.datetime) -> WindowStatus:
        allowed = self.rules.return_window_days(rma.market, rma.channel)
        if rma.delivery_date is not None:
            basis, since = "delivery", (now.date() - rma.delivery_date).days
        elif rma.purchase_date is not None:
            basis, since = "purchase", (now.date() - rma.purchase_date).days
        else:
            return WindowStatus(days_allowed=allowed, days_since=None, basis="unknown", inside=True)
        return WindowStatus(
            days_allowed=allowed, days_since=since, basis=basis, inside=since <= allowed
        )

    def _unit_view(self, session: Session, unit: ReceivedUnit | Record) -> UnitView:
        line = unit.line
        description = line.description if line is not None else ""
        if not description and unit.gtin:
            product = self._product_for_gtin(session, unit.gtin)
            description = product.description if product is not None else ""
        return UnitView(
            unit_id=unit.id,
            lpn=unit.lpn,
            parcel_id=unit.parcel_id,
            line_no=line.line_no if line is not None else None,
            sku=unit.sku,
            gtin=unit.gtin,
            description=description,
            category=unit.category,
            serial=unit.serial,
            status=unit.status,
            grade=unit.grade,
            flags=tuple(unit.flags or ()),
            disposition=unit.disposition,
            refund_amount=unit.refund_amount,
            restocking_fee=unit.restocking_fee,
            currency=unit.currency,
            rule_id=unit.rule_id,
            rule_reason=unit_reason(unit),
            needs_serial=self._needs_serial(unit),
        )

    def _parcel_view(
        self,
        session: Session,
        parcel: Parcel | Record,
        now: dt.datetime,
        *,
        boxes: int | None = None,
        received: dict[int, int] | None = None,
    ) -> ParcelView:
        """`received`: units received per line when the caller has just counted them (and
        nothing changed the counts since), to spare the query.  Nothing is flushed here: a
        query it needs flushes first (autoflush), and what it shows is in the session."""
        rma_view = None
        rma = parcel.rma
        # Nothing can have been received for an RMA whose parcels were never opened.
        untouched = parcel.status == ParcelStatus.EXPECTED.value and (
            rma is None or rma.status == RmaStatus.EXPECTED.value
        )
        if rma is not None:
            if untouched:
                received = {}
            elif received is None:
                received = self._received_counts(session, parcel)
            lines = tuple(
                LineView(
                    line_id=line.id,
                    line_no=line.line_no,
                    sku=line.sku,
                    gtin=line.gtin,
                    description=line.description,
                    category=line.category or "default",
                    quantity=line.quantity,
                    received=received.get(line.id, 0),
                    unit_price=line.unit_price,
                    currency=line.currency,
                    serials_shipped=tuple(str(s) for s in line.serials_shipped or ()),
                    reason_code=line.reason_code,
                    expected_weight_kg=line.expected_weight_kg,
                )
                for line in rma.lines
            )
            rma_view = RmaView(
                rma_id=rma.id,
                number=rma.number,
                order_number=rma.order_number,
                customer_name=rma.customer_name,
                customer_email=rma.customer_email,
                market=rma.market,
                channel=rma.channel,
                purchase_date=rma.purchase_date,
                delivery_date=rma.delivery_date,
                requested_resolution=rma.requested_resolution,
                exchange_sku=rma.exchange_sku,
                status=rma.status,
                window=self._window(rma, now),
                lines=lines,
            )
        return ParcelView(
            parcel_id=parcel.id,
            tracking_number=parcel.tracking_number,
            carrier=parcel.carrier,
            status=parcel.status,
            blind=rma is None,
            expected_weight_kg=expected_weight(parcel, boxes),
            measured_weight_kg=parcel.measured_weight_kg,
            weight_tolerance_kg=parcel.weight_tolerance_kg,
            weight_mismatch=parcel.weight_mismatch,
            rma=rma_view,
            units=() if untouched else tuple(self._unit_view(session, u) for u in parcel.units),
        )


def received_counts(session: Session, line_ids: list[int]) -> dict[int, int]:
    """Units received (and not cancelled) per RMA line id."""
    if not line_ids:
        return {}
    rows = session.execute(_RECEIVED_COUNTS, {"line_ids": list(line_ids)}).all()
    return {int(line_id): int(count) for line_id, count in rows if line_id is not None}


def _what(ident: Identification) -> Text:
    shown = ident.input.strip()
    if len(shown) > 40:
        shown = shown[:37] + "..."
    kind = (
        word(ident.kind.value)
        if ident.kind != CodeKind.UNKNOWN
        else Text("workflow", "an unknown code")
    )
    return Text("workflow", "{code} ({kind})", code=repr(shown), kind=kind)


def _line_evidence(line: RmaLine | Record) -> LineFacts:
    return LineFacts(
        line_no=line.line_no,
        sku=line.sku,
        gtin=line.gtin,
        quantity=line.quantity,
        description=line.description,
    )


def expected_weight(parcel: Parcel | Record, boxes: int | None = None) -> Decimal | None:
    """What the parcel should weigh: upstream's figure, else the sum of its RMA's lines when it
    is the RMA's only box (several boxes: unknown unless upstream gave one).  The bench weighs
    against it, and a lead's case shows it."""
    if parcel.expected_weight_kg is not None:
        return parcel.expected_weight_kg
    rma = parcel.rma
    if rma is None or not rma.lines:
        return None
    if any(line.expected_weight_kg is None for line in rma.lines):
        return None
    if (boxes if boxes is not None else len(rma.parcels)) > 1:
        return None
    return sum((line.expected_weight_kg or Decimal(0) for line in rma.lines), Decimal(0))
