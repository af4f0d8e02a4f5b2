"""The bench use cases: open a parcel, weigh it, receive, grade, confirm and close.

Every operation is one writing transaction (db.engine.write_transaction): the state change,
its audit lines, the exceptions it raises, the outbox events and the label job are committed
together or not at all.  Operations return an `OperationResult` that says what changed, built
from plain views (receiving_station.receiving.views), so the caller (the bench worker thread, the replay
command, a test) never holds an ORM object.

Refused actions raise `WorkflowError` (or a subclass) with a sentence for the person at the
bench; nothing is written then.  Anomalies are not errors: a wrong item, a light parcel, a late
return are received and recorded, and go to the exception queue with their evidence.

Threading: a `Workflow` is safe to share; each call opens its own session.  The UI calls it
from its single bench worker so scans are handled in arrival order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased, joinedload, lazyload, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from db.engine import write_transaction
from db.enums import (
    ExceptionStatus,
    ExceptionType,
    LabelJobStatus,
    ParcelStatus,
    RmaStatus,
    UnitStatus,
)
from db.models import (
    LabelJob,
    Operator,
    Parcel,
    Product,
    ProductGtin,
    ReceivedUnit,
    ReviewException,
    Rma,
    RmaLine,
    Station,
)
from db.types import utcnow
from receiving_station import audit
from receiving_station.codes.identify import (
    RMA_PREFIX,
    CodeKind,
    Identification,
    identify,
    identify_tracking,
)
from receiving_station.codes.lpn import next_lpn
from receiving_station.exceptions import actions as review
from receiving_station.i18n.text import Money, Text, Weight
from receiving_station.i18n.vocabulary import word
from receiving_station.labels import jobs as labels
from receiving_station.receiving.views import (
    ExceptionView,
    LineView,
    MissingLine,
    ParcelShortfall,
    ParcelView,
    RmaView,
    UnitView,
    WindowStatus,
    set_unit_reason,
    unit_reason,
)
from receiving_station.rules import Decision, DecisionInput, RuleSet
from receiving_station.upstream import outbox

MAX_PARCEL_WEIGHT_KG = Decimal("150")
ACTIVE_UNIT_STATUSES = (UnitStatus.RECEIVED.value, UnitStatus.GRADED.value)
COUNTED_UNIT_STATUSES = (
    UnitStatus.RECEIVED.value,
    UnitStatus.GRADED.value,
    UnitStatus.CONFIRMED.value,
    UnitStatus.HELD.value,
)
CANCELLED = "cancelled"


class WorkflowError(Exception):
    """An action the bench refuses; the message tells the person what to do.  Nothing was written."""


class NotFound(WorkflowError):
    pass


class Conflict(WorkflowError):
    """Someone else (another bench, another operator) holds what this action needs."""


class Feedback(StrEnum):
    """What the bench shows and sounds: green, amber or red."""

    ACCEPTED = "accepted"
    ATTENTION = "attention"
    ERROR = "error"


@dataclass(frozen=True)
class Actor:
    """Who acts, and at which bench."""

    operator_id: int
    station_id: int


@dataclass(frozen=True)
class OperationResult:
    """What an operation changed."""

    action: str
    feedback: Feedback
    message: str
    parcel: ParcelView | None = None
    unit: UnitView | None = None
    decision: Decision | None = None
    exceptions: tuple[ExceptionView, ...] = ()
    outbox_event_ids: tuple[int, ...] = ()
    label_job_id: int | None = None
    shortfall: ParcelShortfall | None = None  # close_parcel: not closed, this is missing


@dataclass(frozen=True)
class ActingOperator:
    id: int
    role: str


@dataclass(frozen=True)
class ActingStation:
    id: int
    settings: dict[str, Any]


class Workflow:
    """The bench use cases over one database and one rule set."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        rules: RuleSet,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self._sessions = sessions
        self.rules = rules
        self._clock = clock

    # -- reading ------------------------------------------------------------------------------

    def parcel_view(self, parcel_id: int) -> ParcelView:
        with self._sessions() as session:
            parcel = session.get(Parcel, parcel_id)
            if parcel is None:
                raise NotFound(Text("workflow", "parcel {id} does not exist", id=parcel_id))
            return self._parcel_view(session, parcel, self._clock())

    def lookup_parcel(self, code: str) -> ParcelView | None:
        """Read-only: the parcel a scanned carrier label names, or None when nobody announced it.

        What the bench shows when a parcel is scanned, without opening it (benchmarked in
        benchmarks/: p99 under 2 ms on SQLite with a million returns)."""
        ident = identify(code)
        if ident.kind not in (CodeKind.PARCEL, CodeKind.ITEM, CodeKind.UNKNOWN):
            return None
        keys = [k for k in (ident.tracking_number, ident.sscc, ident.input.strip()) if k]
        with self._sessions() as session:
            for key in dict.fromkeys(keys):
                row = session.execute(_LOOKUP_PARCEL, {"key": key}).unique().first()
                if row is not None:
                    parcel, count = row
                    return self._parcel_view(session, parcel, self._clock(), boxes=int(count))
        return None

    # -- open a parcel ------------------------------------------------------------------------

    def open_parcel(self, actor: Actor, code: str) -> OperationResult:
        """Open the parcel a carrier label or RMA barcode names; an unknown parcel is a blind return."""
        ident = identify(code)
        if ident.kind == CodeKind.ITEM:
            # A 12-digit FedEx number is also a well-formed UPC: it is a parcel when one was
            # announced with that number (an item scanned by mistake stays an error).
            alternative = identify_tracking(code)
            if alternative.kind == CodeKind.PARCEL and alternative.valid:
                with self._sessions() as session:
                    if self._parcel_for_tracking(session, alternative, lock=False) is not None:
                        ident = alternative
        if ident.kind not in (CodeKind.PARCEL, CodeKind.RMA):
            raise WorkflowError(
                Text(
                    "workflow",
                    "{code} is not a parcel: scan the carrier label or the RMA barcode",
                    code=_what(ident),
                )
            )
        if not ident.valid:
            raise WorkflowError(
                Text(
                    "workflow",
                    "{code} looks like a {kind} number but its check digit does not hold: scan it "
                    "again, or type it from the label",
                    code=repr(ident.input.strip()),
                    kind=ident.carrier or word(ident.kind.value),
                )
            )
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            parcel: Parcel | None
            if ident.kind == CodeKind.RMA:
                parcel = self._parcel_for_rma_scan(session, ident, station, now)
            else:
                parcel = self._parcel_for_tracking(session, ident)
            exceptions: list[ReviewException] = []
            if parcel is None:
                parcel, blind = self._blind_parcel(session, ident, actor, now)
                exceptions.append(blind)
            else:
                self._check_parcel_free(session, parcel, station, now)
            reopened_here = parcel.status == ParcelStatus.OPEN.value
            parcel.status = ParcelStatus.OPEN.value
            parcel.station_id = station.id
            parcel.operator_id = operator.id
            parcel.opened_at = parcel.opened_at or now
            rma = parcel.rma
            if rma is not None and not reopened_here:
                if rma.status == RmaStatus.EXPECTED.value:
                    rma.status = RmaStatus.RECEIVING.value
                outbox.enqueue_status(
                    session,
                    rma_number=rma.number,
                    status="received",
                    now=now,
                    subject=f"parcel:{parcel.tracking_number}",
                    details={"tracking_number": parcel.tracking_number, "carrier": parcel.carrier},
                )
                window = self._window(rma, now)
                if not window.inside:
                    exceptions.append(
                        review.raise_exception(
                            session,
                            type=ExceptionType.OUTSIDE_WINDOW,
                            summary=Text(
                                "workflow",
                                "{rma}: {window}",
                                rma=rma.number,
                                window=window.describe(),
                            ),
                            evidence={
                                "window": _window_evidence(window),
                                "tracking_number": parcel.tracking_number,
                            },
                            now=now,
                            sla_hours=self.rules.sla_hours(ExceptionType.OUTSIDE_WINDOW),
                            rma_id=rma.id,
                            parcel_id=parcel.id,
                            station_id=station.id,
                            operator_id=operator.id,
                        )
                    )
            session.flush()
            audit.record(
                session,
                action="parcel_opened",
                entity_type="parcel",
                entity_id=parcel.id,
                at=now,
                operator_id=operator.id,
                station_id=station.id,
                details={
                    "code": ident.input,
                    "tracking_number": parcel.tracking_number,
                    "rma": rma.number if rma else None,
                    "resumed": reopened_here,
                },
            )
            view = self._parcel_view(session, parcel, now)
            if view.blind:
                message = Text(
                    "workflow",
                    "Blind return {tracking}: no RMA found. Receive the items; a lead decides.",
                    tracking=parcel.tracking_number,
                )
            elif view.rma is not None and not view.rma.window.inside:
                message = Text(
                    "workflow",
                    "{rma}: {window}. Receive the items; the refund is held.",
                    rma=view.rma.number,
                    window=view.rma.window.describe(),
                )
            else:
                assert view.rma is not None
                message = Text(
                    "workflow",
                    "{rma} for {customer}: {n} item(s) expected",
                    n=_remaining(view.rma),
                    rma=view.rma.number,
                    customer=view.rma.customer_name,
                )
            return OperationResult(
                action="parcel_opened",
                feedback=Feedback.ATTENTION if exceptions else Feedback.ACCEPTED,
                message=message,
                parcel=view,
                exceptions=tuple(review.exception_view(e) for e in exceptions),
            )

    def _parcel_for_tracking(
        self, session: Session, ident: Identification, *, lock: bool = True
    ) -> Parcel | None:
        keys = [k for k in (ident.tracking_number, ident.sscc, ident.input.strip()) if k]
        for key in dict.fromkeys(keys):
            query = select(Parcel).where(Parcel.tracking_number == key).options(*_PARCEL_GRAPH)
            locked = query.with_for_update(of=Parcel) if lock else query
            parcel = session.execute(locked).unique().scalar_one_or_none()
            if parcel is not None:
                return parcel
        return None

    def _parcel_for_rma_scan(
        self, session: Session, ident: Identification, station: ActingStation, now: dt.datetime
    ) -> Parcel:
        number = ident.rma_number or ident.input.strip().upper()
        # Slips carry "RMA-" + the shop's number; the shop's number may or may not have it.
        candidates = list(dict.fromkeys([number, number.removeprefix(RMA_PREFIX)]))
        rma = session.scalars(
            select(Rma).where(Rma.number.in_(candidates)).order_by(Rma.id)
        ).first()
        if rma is None:
            raise NotFound(
                Text(
                    "workflow",
                    "RMA {number} is not known here: check the import of expected returns, or scan "
                    "the carrier label",
                    number=number,
                )
            )
        parcels = session.scalars(
            select(Parcel).where(Parcel.rma_id == rma.id).order_by(Parcel.id).with_for_update()
        ).all()
        for wanted in (ParcelStatus.OPEN.value, ParcelStatus.EXPECTED.value):
            for parcel in parcels:
                if parcel.status == wanted and (
                    wanted != ParcelStatus.OPEN.value or parcel.station_id == station.id
                ):
                    return parcel
        # Every announced parcel is closed or elsewhere: the customer sent one more box.
        parcel = Parcel(
            tracking_number=f"{rma.number}/{len(parcels) + 1}",
            carrier=None,
            rma_id=rma.id,
            status=ParcelStatus.EXPECTED.value,
            created_at=now,
        )
        session.add(parcel)
        session.flush()
        return parcel

    def _check_parcel_free(
        self, session: Session, parcel: Parcel, station: ActingStation, now: dt.datetime
    ) -> None:
        if parcel.status == ParcelStatus.CLOSED.value:
            when = parcel.closed_at if parcel.closed_at else Text("workflow", "earlier")
            raise Conflict(
                Text(
                    "workflow",
                    "Parcel {tracking} was already received and closed ({when}): a lead can reopen it",
                    tracking=parcel.tracking_number,
                    when=when,
                )
            )
        if parcel.status == ParcelStatus.OPEN.value and parcel.station_id not in (None, station.id):
            other = session.get(Station, parcel.station_id)
            who = session.get(Operator, parcel.operator_id) if parcel.operator_id else None
            bench = other.name if other else Text("workflow", "another bench")
            if who is not None:
                raise Conflict(
                    Text(
                        "workflow",
                        "Parcel {tracking} is open at {bench} by {name}: it cannot be worked at two "
                        "benches",
                        tracking=parcel.tracking_number,
                        bench=bench,
                        name=who.name,
                    )
                )
            raise Conflict(
                Text(
                    "workflow",
                    "Parcel {tracking} is open at {bench}: it cannot be worked at two benches",
                    tracking=parcel.tracking_number,
                    bench=bench,
                )
            )

    def _blind_parcel(
        self, session: Session, ident: Identification, actor: Actor, now: dt.datetime
    ) -> tuple[Parcel, ReviewException]:
        tracking = ident.tracking_number or ident.sscc or ident.input.strip()
        if ident.kind == CodeKind.RMA:  # pragma: no cover - RMA scans raise NotFound before
            raise NotFound(Text("workflow", "RMA {number} is not known", number=tracking))
        parcel = Parcel(
            tracking_number=tracking,
            carrier=ident.carrier,
            rma_id=None,
            status=ParcelStatus.EXPECTED.value,
            created_at=now,
        )
        session.add(parcel)
        session.flush()
        exception = review.raise_exception(
            session,
            type=ExceptionType.BLIND_RETURN,
            summary=Text(
                "workflow",
                "Blind return: parcel {tracking} ({carrier}) has no RMA",
                tracking=tracking,
                carrier=ident.carrier or Text("workflow", "unknown carrier"),
            ),
            evidence={"scan": ident.to_dict()},
            now=now,
            sla_hours=self.rules.sla_hours(ExceptionType.BLIND_RETURN),
            parcel_id=parcel.id,
            station_id=actor.station_id,
            operator_id=actor.operator_id,
        )
        return parcel, exception

    # -- weigh --------------------------------------------------------------------------------

    def record_weight(self, actor: Actor, parcel_id: int, weight_kg: Decimal) -> OperationResult:
        """Record the parcel's stable weight and compare it with what the RMA's lines should weigh."""
        if not isinstance(weight_kg, Decimal):
            raise TypeError("weight must be a Decimal")
        if weight_kg <= 0 or weight_kg > MAX_PARCEL_WEIGHT_KG:
            raise WorkflowError(
                Text(
                    "workflow",
                    "{weight} is not a parcel weight: put the parcel on the scale and wait for a "
                    "stable reading",
                    weight=Weight(weight_kg),
                )
            )
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            parcel = self._open_parcel_here(session, parcel_id, station)
            expected = parcel.expected_weight_kg or self._expected_weight(parcel)
            exceptions: list[ReviewException] = []
            parcel.measured_weight_kg = weight_kg
            parcel.weighed_at = now
            if expected is not None and expected > 0:
                percent, absolute = self.rules.weight_tolerance(self._parcel_category(parcel))
                tolerance = max(expected * percent / Decimal(100), absolute).quantize(
                    Decimal("0.001")
                )
                parcel.weight_tolerance_kg = tolerance
                difference = weight_kg - expected
                parcel.weight_mismatch = abs(difference) > tolerance
                if parcel.weight_mismatch:
                    exceptions.append(
                        review.raise_exception(
                            session,
                            type=ExceptionType.WEIGHT_MISMATCH,
                            summary=Text(
                                "workflow",
                                "Parcel {tracking} weighs {weight}, {difference} lighter than the "
                                "expected {expected} (tolerance {tolerance})"
                                if difference < 0
                                else "Parcel {tracking} weighs {weight}, {difference} heavier than "
                                "the expected {expected} (tolerance {tolerance})",
                                tracking=parcel.tracking_number,
                                weight=Weight(weight_kg),
                                difference=Weight(abs(difference)),
                                expected=Weight(expected),
                                tolerance=Weight(tolerance),
                            ),
                            evidence={
                                "expected_kg": str(expected),
                                "measured_kg": str(weight_kg),
                                "tolerance_kg": str(tolerance),
                                "difference_kg": str(difference),
                            },
                            now=now,
                            sla_hours=self.rules.sla_hours(ExceptionType.WEIGHT_MISMATCH),
                            rma_id=parcel.rma_id,
                            parcel_id=parcel.id,
                            station_id=station.id,
                            operator_id=operator.id,
                        )
                    )
            else:
                parcel.weight_mismatch = False
            audit.record(
                session,
                action="weight_recorded",
                entity_type="parcel",
                entity_id=parcel.id,
                at=now,
                operator_id=operator.id,
                station_id=station.id,
                details={
                    "measured_kg": str(weight_kg),
                    "expected_kg": None if expected is None else str(expected),
                    "mismatch": parcel.weight_mismatch,
                },
            )
            view = self._parcel_view(session, parcel, now)
            if exceptions:
                message = Text(
                    "workflow",
                    "{summary}: the refund is held for a lead",
                    summary=review.summary_of(exceptions[0]),
                )
            elif expected is None:
                message = Text(
                    "workflow",
                    "{weight} recorded (no expected weight to compare with)",
                    weight=Weight(weight_kg),
                )
            else:
                message = Text(
                    "workflow",
                    "{weight}: within {tolerance} of the expected {expected}",
                    weight=Weight(weight_kg),
                    tolerance=Weight(parcel.weight_tolerance_kg or Decimal(0)),
                    expected=Weight(expected),
                )
            return OperationResult(
                action="weight_recorded",
                feedback=Feedback.ATTENTION if exceptions else Feedback.ACCEPTED,
                message=message,
                parcel=view,
                exceptions=tuple(review.exception_view(e) for e in exceptions),
            )

    # -- receive a unit -----------------------------------------------------------------------

    def receive_unit(
        self, actor: Actor, parcel_id: int, code: str, *, serial: str | None = None
    ) -> OperationResult:
        """Receive one item out of the parcel: match it to a line, give it an LPN, check its serial."""
        ident = identify(code)
        if ident.kind != CodeKind.ITEM or not ident.gtin:
            raise WorkflowError(
                Text(
                    "workflow",
                    "{code} is not an item barcode: scan the product's EAN/UPC or GS1 code",
                    code=_what(ident),
                )
            )
        if not ident.valid:
            raise WorkflowError(
                Text(
                    "workflow",
                    "{code}: the check digit does not hold; scan the item again",
                    code=repr(ident.input.strip()),
                )
            )
        serial = (serial or ident.serial or "").strip() or None
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            parcel = self._open_parcel_here(session, parcel_id, station)
            rma = parcel.rma
            product = self._product_for_gtin(session, ident.gtin)
            flags: list[str] = []
            line = None
            counts: dict[int, int] | None = None
            if rma is None:
                flags.append("blind_return")
            else:
                counts = self._received_counts(session, [x.id for x in rma.lines])
                line, match_flag = self._match_line(
                    session, rma, ident.gtin, product, serial, counts
                )
                if match_flag:
                    flags.append(match_flag)
            category = (line.category if line is not None and line.category else None) or (
                product.category if product is not None else None
            )
            if self.rules.is_non_returnable(category or "") or (
                product is not None and not product.returnable
            ):
                flags.append("non_returnable")
            unit = ReceivedUnit(
                lpn=next_lpn(session),
                parcel_id=parcel.id,
                rma_line_id=line.id if line is not None else None,
                scanned_code=ident.input,
                gtin=ident.gtin,
                sku=line.sku
                if line is not None
                else (product.sku if product is not None else None),
                category=category,
                serial=None,
                status=UnitStatus.RECEIVED.value,
                flags=flags,
                currency=line.currency
                if line is not None
                else (product.currency if product else None),
                operator_id=operator.id,
                station_id=station.id,
                received_at=now,
            )
            session.add(unit)
            session.flush()
            exceptions = self._raise_unit_flags(session, unit, parcel, ident, line, now, actor)
            serial_exception = None
            if serial is not None:
                serial_exception = self._apply_serial(session, unit, line, serial, now, actor)
            if serial_exception is not None:
                exceptions.append(serial_exception)
            audit.record(
                session,
                action="unit_received",
                entity_type="unit",
                entity_id=unit.id,
                at=now,
                operator_id=operator.id,
                station_id=station.id,
                details={
                    "lpn": unit.lpn,
                    "code": ident.input,
                    "gtin": ident.gtin,
                    "serial": unit.serial,
                    "line_no": line.line_no if line is not None else None,
                    "flags": list(unit.flags),
                },
            )
            unit_view = self._unit_view(session, unit)
            if counts is not None and line is not None:
                counts = {**counts, line.id: counts.get(line.id, 0) + 1}  # this unit
            view = self._parcel_view(session, parcel, now, received=counts)
            name = unit_view.description or unit_view.sku or ident.gtin
            if exceptions:
                message = Text(
                    "workflow",
                    "{lpn} {name}: {problems}",
                    lpn=unit.lpn,
                    name=name,
                    problems=Text.joined("; ", (review.summary_of(e) for e in exceptions)),
                )
            elif unit_view.needs_serial:
                message = Text(
                    "workflow", "{lpn} {name}: scan the serial number", lpn=unit.lpn, name=name
                )
            else:
                message = Text("workflow", "{lpn} {name}: grade it (1-5)", lpn=unit.lpn, name=name)
            return OperationResult(
                action="unit_received",
                feedback=Feedback.ATTENTION
                if exceptions or unit_view.needs_serial
                else Feedback.ACCEPTED,
                message=message,
                parcel=view,
                unit=unit_view,
                exceptions=tuple(review.exception_view(e) for e in exceptions),
            )

    def record_serial(self, actor: Actor, unit_id: int, serial: str) -> OperationResult:
        """Record the serial number of a serialised unit and check it against what was shipped."""
        serial = serial.strip()
        if not serial or len(serial) > 80 or not serial.isprintable():
            raise WorkflowError(
                Text(
                    "workflow",
                    "that is not a serial number: scan the serial barcode on the item or its box",
                )
            )
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            unit = self._unit_here(session, unit_id, station, ACTIVE_UNIT_STATUSES)
            exception = self._apply_serial(session, unit, unit.line, serial, now, actor)
            audit.record(
                session,
                action="serial_recorded",
                entity_type="unit",
                entity_id=unit.id,
                at=now,
                operator_id=operator.id,
                station_id=station.id,
                details={"lpn": unit.lpn, "serial": serial},
            )
            unit_view = self._unit_view(session, unit)
            return OperationResult(
                action="serial_recorded",
                feedback=Feedback.ATTENTION if exception else Feedback.ACCEPTED,
                message=(
                    review.summary_of(exception)
                    if exception
                    else Text(
                        "workflow",
                        "{lpn}: serial {serial} matches the shipment",
                        lpn=unit.lpn,
                        serial=serial,
                    )
                ),
                # the parcel itself is unchanged: the bench keeps the view it has
                unit=unit_view,
                exceptions=(review.exception_view(exception),) if exception else (),
            )

    def _apply_serial(
        self,
        session: Session,
        unit: ReceivedUnit,
        line: RmaLine | None,
        serial: str,
        now: dt.datetime,
        actor: Actor,
    ) -> ReviewException | None:
        unit.serial = serial
        if line is None or not line.serials_shipped:
            return None
        shipped = [str(s) for s in line.serials_shipped]
        problem: Text | None = None
        if serial not in shipped:
            problem = Text(
                "workflow",
                "serial {serial} was not shipped on {rma} line {line} (shipped: {shipped})",
                serial=serial,
                rma=line.rma.number,
                line=line.line_no,
                shipped=", ".join(shipped),
            )
        else:
            twin = session.scalar(
                select(ReceivedUnit).where(
                    ReceivedUnit.serial == serial,
                    ReceivedUnit.rma_line_id == line.id,
                    ReceivedUnit.id != unit.id,
                    ReceivedUnit.status != CANCELLED,
                )
            )
            if twin is not None:
                problem = Text(
                    "workflow",
                    "serial {serial} was already received as {lpn}",
                    serial=serial,
                    lpn=twin.lpn,
                )
        if problem is None:
            unit.flags = [f for f in unit.flags if f != "serial_mismatch"]
            return None
        if "serial_mismatch" not in unit.flags:
            unit.flags = [*unit.flags, "serial_mismatch"]
        return review.raise_exception(
            session,
            type=ExceptionType.SERIAL_MISMATCH,
            summary=Text("workflow", "{lpn}: {problem}", lpn=unit.lpn, problem=problem),
            evidence={"lpn": unit.lpn, "serial_scanned": serial, "serials_shipped": shipped},
            now=now,
            sla_hours=self.rules.sla_hours(ExceptionType.SERIAL_MISMATCH),
            rma_id=line.rma_id,
            parcel_id=unit.parcel_id,
            unit_id=unit.id,
            station_id=actor.station_id,
            operator_id=actor.operator_id,
        )

    def _raise_unit_flags(
        self,
        session: Session,
        unit: ReceivedUnit,
        parcel: Parcel,
        ident: Identification,
        line: RmaLine | None,
        now: dt.datetime,
        actor: Actor,
    ) -> list[ReviewException]:
        texts = {
            "wrong_item": (
                ExceptionType.WRONG_ITEM,
                Text(
                    "workflow",
                    "{lpn}: item {gtin} is not on {rma}",
                    lpn=unit.lpn,
                    gtin=ident.gtin,
                    rma=parcel.rma.number if parcel.rma else Text("workflow", "the RMA"),
                ),
            ),
            "unexpected_item": (
                ExceptionType.UNEXPECTED_ITEM,
                Text(
                    "workflow",
                    "{lpn}: one more {sku} than the RMA expects",
                    lpn=unit.lpn,
                    sku=unit.sku or ident.gtin,
                ),
            ),
            "non_returnable": (
                ExceptionType.NON_RETURNABLE,
                Text(
                    "workflow",
                    "{lpn}: {sku} ({category}) is not returnable",
                    lpn=unit.lpn,
                    sku=unit.sku or ident.gtin,
                    category=unit.category or Text("workflow", "unknown category"),
                ),
            ),
        }
        raised = []
        for flag in unit.flags:
            if flag not in texts:
                continue
            type_, summary = texts[flag]
            raised.append(
                review.raise_exception(
                    session,
                    type=type_,
                    summary=summary,
                    evidence={
                        "lpn": unit.lpn,
                        "scan": ident.to_dict(),
                        "expected_lines": [
                            _line_evidence(li) for li in (parcel.rma.lines if parcel.rma else [])
                        ],
                    },
                    now=now,
                    sla_hours=self.rules.sla_hours(type_),
                    rma_id=parcel.rma_id,
                    parcel_id=parcel.id,
                    unit_id=unit.id,
                    station_id=actor.station_id,
                    operator_id=actor.operator_id,
                )
            )
        return raised

    def _match_line(
        self,
        session: Session,
        rma: Rma,
        gtin: str,
        product: Product | None,
        serial: str | None,
        received: dict[int, int],
    ) -> tuple[RmaLine | None, str | None]:
        """`received`: units received so far per line of the RMA."""
        candidates = [
            line
            for line in rma.lines
            if (line.gtin and line.gtin == gtin)
            or (product is not None and line.sku == product.sku)
        ]
        if not candidates:
            return None, "wrong_item"
        if serial is not None:
            for line in candidates:
                if (
                    serial in [str(s) for s in line.serials_shipped]
                    and received.get(line.id, 0) < line.quantity
                ):
                    return line, None
        for line in candidates:
            if received.get(line.id, 0) < line.quantity:
                return line, None
        return candidates[0], "unexpected_item"

    # -- grade and decide ---------------------------------------------------------------------

    def grade_unit(
        self,
        actor: Actor,
        unit_id: int,
        grade: str,
        checklist: Mapping[str, bool] | None = None,
        photos: Iterable[str] = (),
    ) -> OperationResult:
        """Grade a unit, answer its category's checklist, and let the rules decide."""
        grade_def = self.rules.grade(grade.strip().upper())
        answers = dict(checklist or {})
        photos = [str(p) for p in photos]
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            unit = self._unit_here(session, unit_id, station, ACTIVE_UNIT_STATUSES)
            if self._needs_serial(unit):
                raise WorkflowError(
                    Text("workflow", "{lpn}: scan the serial number before grading", lpn=unit.lpn)
                )
            questions = self.rules.checklist(unit.category or "default")
            unknown = sorted(set(answers) - {q.key for q in questions})
            if unknown:
                raise WorkflowError(
                    Text(
                        "workflow",
                        "not on the {category} checklist: {keys}",
                        category=unit.category or "default",
                        keys=", ".join(unknown),
                    )
                )
            missing = [q.question for q in questions if q.key not in answers]
            if missing:
                raise WorkflowError(
                    Text(
                        "workflow",
                        "{lpn}: answer the checklist first: {questions}",
                        lpn=unit.lpn,
                        questions=Text.joined("; ", missing),
                    )
                )
            if grade_def.requires_photo and not photos:
                raise WorkflowError(
                    Text(
                        "workflow",
                        "grade {grade} ({label}) needs a photo: take one, then grade",
                        grade=grade_def.code,
                        label=grade_def.label,
                    )
                )
            unit.grade = grade_def.code
            unit.checklist_answers = {k: bool(v) for k, v in answers.items()}
            unit.photo_paths = photos
            unit.graded_at = now
            decision = self._decide(session, unit, now)
            unit.disposition = decision.disposition
            unit.refund_amount = decision.refund_amount
            unit.restocking_fee = decision.restocking_fee
            unit.rule_id = decision.rule_id
            set_unit_reason(unit, decision.explanation)
            unit.status = UnitStatus.GRADED.value
            audit.record(
                session,
                action="unit_graded",
                entity_type="unit",
                entity_id=unit.id,
                at=now,
                operator_id=operator.id,
                station_id=station.id,
                details={
                    "lpn": unit.lpn,
                    "grade": unit.grade,
                    "checklist": unit.checklist_answers,
                    "photos": photos,
                    "rule": decision.rule_id,
                    "disposition": decision.disposition,
                    "refund": str(decision.refund_amount),
                    "hold": decision.hold,
                },
            )
            view = self._unit_view(session, unit)
            return OperationResult(
                action="unit_graded",
                feedback=Feedback.ATTENTION if decision.hold else Feedback.ACCEPTED,
                message=Text(
                    "workflow",
                    "{decision} Enter confirms, Esc steps back.",
                    decision=decision.explanation,
                ),
                # the parcel itself is unchanged: the bench keeps the view it has
                unit=view,
                decision=decision,
            )

    def ungrade_unit(self, actor: Actor, unit_id: int) -> OperationResult:
        """Esc: step back from a graded unit to grading it again."""
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            unit = self._unit_here(session, unit_id, station, (UnitStatus.GRADED.value,))
            previous = {"grade": unit.grade, "rule": unit.rule_id, "disposition": unit.disposition}
            unit.grade = None
            unit.disposition = None
            unit.refund_amount = None
            unit.restocking_fee = None
            unit.rule_id = None
            set_unit_reason(unit, None)
            unit.graded_at = None
            unit.status = UnitStatus.RECEIVED.value
            audit.record(
                session,
                action="unit_ungraded",
                entity_type="unit",
                entity_id=unit.id,
                at=now,
                operator_id=operator.id,
                station_id=station.id,
                details={"lpn": unit.lpn, "previous": previous},
            )
            return OperationResult(
                action="unit_ungraded",
                feedback=Feedback.ACCEPTED,
                message=Text("workflow", "{lpn}: grade it again (1-5)", lpn=unit.lpn),
                # the parcel itself is unchanged: the bench keeps the view it has
                unit=self._unit_view(session, unit),
            )

    def cancel_unit(self, actor: Actor, unit_id: int, reason: str) -> OperationResult:
        """Take back a unit received by mistake (scanned twice, belongs to another parcel).

        The LPN is retired, never reused; exceptions raised for the unit are resolved as
        cancelled.  Confirmed units cannot be cancelled here: that is a lead's correction.
        """
        if not reason.strip():
            raise WorkflowError(Text("workflow", "say why the unit is cancelled"))
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            unit = self._unit_here(session, unit_id, station, ACTIVE_UNIT_STATUSES)
            unit.status = CANCELLED
            for exception in session.scalars(
                select(ReviewException).where(
                    ReviewException.unit_id == unit.id,
                    ReviewException.status != ExceptionStatus.RESOLVED.value,
                )
            ):
                exception.status = ExceptionStatus.RESOLVED.value
                exception.resolution = "cancelled_at_bench"
                exception.resolution_note = reason
                exception.resolved_by_id = operator.id
                exception.resolved_at = now
            audit.record(
                session,
                action="unit_cancelled",
                entity_type="unit",
                entity_id=unit.id,
                at=now,
                operator_id=operator.id,
                station_id=station.id,
                details={"lpn": unit.lpn, "reason": reason.strip()},
            )
            return OperationResult(
                action="unit_cancelled",
                feedback=Feedback.ACCEPTED,
                message=Text("workflow", "{lpn} cancelled: {reason}", lpn=unit.lpn, reason=reason),
                parcel=self._parcel_view(session, unit.parcel, now),
                unit=self._unit_view(session, unit),
            )

    def _decide(self, session: Session, unit: ReceivedUnit, now: dt.datetime) -> Decision:
        with session.no_autoflush:  # reads only: the unit's changes go out in one UPDATE
            return self._decide_now(unit, now)

    def _decide_now(self, unit: ReceivedUnit, now: dt.datetime) -> Decision:
        parcel = unit.parcel
        rma = parcel.rma
        line = unit.line
        flags = set(unit.flags)
        if parcel.weight_mismatch:
            flags.add("weight_mismatch")
        days_purchase = days_delivery = None
        if rma is not None:
            window = self._window(rma, now)
            if not window.inside:
                flags.add("outside_window")
            today = now.date()
            days_purchase = (today - rma.purchase_date).days if rma.purchase_date else None
            days_delivery = (today - rma.delivery_date).days if rma.delivery_date else None
        value = line.unit_price if line is not None else Decimal("0")
        currency = line.currency if line is not None else (unit.currency or "")
        return self.rules.decide(
            DecisionInput(
                grade=unit.grade or "",
                category=unit.category or "default",
                market=rma.market if rma else "",
                channel=rma.channel if rma else "",
                days_since_purchase=days_purchase,
                days_since_delivery=days_delivery,
                unit_value=value,
                currency=currency,
                reason_code=line.reason_code if line is not None else None,
                flags=frozenset(flags),
                checklist=dict(unit.checklist_answers or {}),
            )
        )

    # -- confirm ------------------------------------------------------------------------------

    def confirm_unit(self, actor: Actor, unit_id: int) -> OperationResult:
        """Enter: confirm the decision.  One transaction: the unit's final state, the audit
        line, the exception when the refund is held, the upstream events and the label job."""
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            unit = self._unit_here(session, unit_id, station, ACTIVE_UNIT_STATUSES)
            if unit.status != UnitStatus.GRADED.value:
                raise WorkflowError(
                    Text("workflow", "{lpn} is not graded yet: press 1-5 to grade it", lpn=unit.lpn)
                )
            decision = self._decide(session, unit, now)
            if decision.rule_id != unit.rule_id or decision.refund_amount != unit.refund_amount:
                # Something changed since grading (a re-weigh, a serial): show the new decision first.
                unit.disposition = decision.disposition
                unit.refund_amount = decision.refund_amount
                unit.restocking_fee = decision.restocking_fee
                unit.rule_id = decision.rule_id
                set_unit_reason(unit, decision.explanation)
                return OperationResult(
                    action="decision_changed",
                    feedback=Feedback.ATTENTION,
                    message=Text(
                        "workflow",
                        "The decision changed: {decision} Enter confirms.",
                        decision=decision.explanation,
                    ),
                    # the parcel itself is unchanged: the bench keeps the view it has
                    unit=self._unit_view(session, unit),
                    decision=decision,
                )
            parcel = unit.parcel
            rma = parcel.rma
            line = unit.line
            exceptions: list[ReviewException] = []
            events = []
            unit.confirmed_at = now
            if decision.hold:
                unit.status = UnitStatus.HELD.value
                exceptions.append(
                    review.raise_exception(
                        session,
                        type=decision.exception_type or ExceptionType.REVIEW,
                        summary=Text(
                            "workflow",
                            "{lpn}: {decision}",
                            lpn=unit.lpn,
                            decision=decision.explanation,
                        ),
                        evidence=self._unit_evidence(unit, decision),
                        now=now,
                        sla_hours=self.rules.sla_hours(
                            decision.exception_type or ExceptionType.REVIEW
                        ),
                        rma_id=parcel.rma_id,
                        parcel_id=parcel.id,
                        unit_id=unit.id,
                        station_id=station.id,
                        operator_id=operator.id,
                    )
                )
                for exception in session.scalars(
                    select(ReviewException).where(
                        ReviewException.unit_id == unit.id,
                        ReviewException.status != ExceptionStatus.RESOLVED.value,
                    )
                ):
                    exception.evidence = {
                        **exception.evidence,
                        **self._unit_evidence(unit, decision),
                    }
                    if exception not in exceptions:
                        exceptions.append(exception)
                if rma is not None:
                    events.append(
                        outbox.enqueue_status(
                            session,
                            rma_number=rma.number,
                            status="exception",
                            now=now,
                            subject=f"unit:{unit.lpn}",
                            details={
                                "lpn": unit.lpn,
                                "sku": unit.sku,
                                "reason": decision.exception_type,
                            },
                        )
                    )
            else:
                unit.status = UnitStatus.CONFIRMED.value
            if rma is not None and line is not None:
                events.append(
                    outbox.enqueue_status(
                        session,
                        rma_number=rma.number,
                        status="inspected",
                        now=now,
                        subject=f"unit:{unit.lpn}",
                        details={
                            "lpn": unit.lpn,
                            "sku": unit.sku,
                            "grade": unit.grade,
                            "disposition": unit.disposition,
                        },
                    )
                )
                if not decision.hold:
                    events.extend(outbox.queue_release(session, rma, line, unit, now))
            job = LabelJob(
                unit_id=unit.id,
                lpn=unit.lpn,
                template=labels.template_for(unit.disposition or ""),
                format="zpl",
                printer_url=(station.settings or {}).get("printer_url"),
                status=LabelJobStatus.QUEUED.value,
                operator_id=operator.id,
                station_id=station.id,
                created_at=now,
            )
            session.add(job)
            session.flush()
            audit.record(
                session,
                action="unit_confirmed",
                entity_type="unit",
                entity_id=unit.id,
                at=now,
                operator_id=operator.id,
                station_id=station.id,
                details={
                    "lpn": unit.lpn,
                    "status": unit.status,
                    "rule": decision.rule_id,
                    "disposition": unit.disposition,
                    "refund": str(unit.refund_amount),
                    "fee": str(unit.restocking_fee),
                    "currency": unit.currency,
                    "events": [e.idempotency_key for e in events],
                    "label_job": job.id,
                },
            )
            if decision.hold:
                message = Text(
                    "workflow",
                    "{lpn} held for a lead: {decision}",
                    lpn=unit.lpn,
                    decision=decision.explanation,
                )
            else:
                amount = (
                    Money(unit.refund_amount, unit.currency or "")
                    if unit.refund_amount
                    else Text("workflow", "no refund")
                )
                message = Text(
                    "workflow",
                    "{lpn} confirmed: {disposition}, {amount}. Label printing.",
                    lpn=unit.lpn,
                    disposition=word(unit.disposition),
                    amount=amount,
                )
            return OperationResult(
                action="unit_confirmed",
                feedback=Feedback.ATTENTION if decision.hold else Feedback.ACCEPTED,
                message=message,
                # the parcel itself is unchanged: the bench keeps the view it has
                unit=self._unit_view(session, unit),
                decision=decision,
                exceptions=tuple(review.exception_view(e) for e in exceptions),
                outbox_event_ids=tuple(e.id for e in events),
                label_job_id=job.id,
            )

    def _unit_evidence(self, unit: ReceivedUnit, decision: Decision) -> dict[str, Any]:
        parcel = unit.parcel
        return {
            "lpn": unit.lpn,
            "scanned_code": unit.scanned_code,
            "serial": unit.serial,
            "grade": unit.grade,
            "checklist": dict(unit.checklist_answers or {}),
            "photos": list(unit.photo_paths or []),
            "flags": list(unit.flags or []),
            "rule": decision.rule_id,
            "explanation": decision.explanation,
            "proposed_disposition": decision.disposition,
            "proposed_refund": str(decision.refund_amount),
            "measured_weight_kg": None
            if parcel.measured_weight_kg is None
            else str(parcel.measured_weight_kg),
            "expected_weight_kg": None
            if parcel.expected_weight_kg is None
            else str(parcel.expected_weight_kg),
        }

    # -- close --------------------------------------------------------------------------------

    def close_parcel(
        self, actor: Actor, parcel_id: int, *, accept_missing: bool = False
    ) -> OperationResult:
        """Close the parcel; lines never received become a missing-item exception.

        Closing with lines missing (and no other parcel of the RMA to come) holds their refund,
        so it takes `accept_missing`, which the bench gives only for a second F9 key (a person's
        confirmation, never a scan).  Without it nothing is written: the result (action
        `parcel_close_asked`) carries the `shortfall` to show."""
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            parcel = self._open_parcel_here(session, parcel_id, station)
            pending = [u.lpn for u in parcel.units if u.status in ACTIVE_UNIT_STATUSES]
            if pending:
                raise WorkflowError(
                    Text(
                        "workflow",
                        "not every item is confirmed: {lpns}. Confirm (Enter) or cancel each one "
                        "first",
                        lpns=", ".join(pending),
                    )
                )
            rma = parcel.rma
            exceptions: list[ReviewException] = []
            notes: list[Text] = []
            counts: dict[int, int] | None = None
            if rma is not None:
                others_expected = [
                    p.tracking_number
                    for p in rma.parcels
                    if p.id != parcel.id and p.status != ParcelStatus.CLOSED.value
                ]
                counts = self._received_counts(session, [line.id for line in rma.lines])
                received = counts
                missing = [
                    {**_line_evidence(line), "missing": line.quantity - received.get(line.id, 0)}
                    for line in rma.lines
                    if received.get(line.id, 0) < line.quantity
                ]
                if missing and others_expected:
                    notes.append(
                        Text(
                            "workflow",
                            "{n} line(s) may still come in {parcels}",
                            n=len(missing),
                            parcels=", ".join(others_expected),
                        )
                    )
                elif missing and not accept_missing:
                    shortfall = ParcelShortfall(
                        parcel_id=parcel.id,
                        tracking_number=parcel.tracking_number,
                        rma_number=rma.number,
                        expected=sum(line.quantity for line in rma.lines),
                        lines=tuple(
                            MissingLine(
                                line_no=m["line_no"],
                                sku=m["sku"],
                                description=m["description"] or "",
                                quantity=m["quantity"],
                                missing=m["missing"],
                            )
                            for m in missing
                        ),
                    )
                    return OperationResult(
                        action="parcel_close_asked",
                        feedback=Feedback.ATTENTION,
                        message=Text(
                            "workflow",
                            "{rma} still expects {missing} of {n} item(s): {items}. Closing the "
                            "parcel makes them a missing-item case",
                            n=shortfall.expected,
                            rma=rma.number,
                            missing=shortfall.missing,
                            items=shortfall.items(),
                        ),
                        parcel=self._parcel_view(session, parcel, now, received=counts),
                        shortfall=shortfall,
                    )
                elif missing:
                    count = sum(m["missing"] for m in missing)
                    exceptions.append(
                        review.raise_exception(
                            session,
                            type=ExceptionType.MISSING_ITEM,
                            summary=Text(
                                "workflow",
                                "{rma}: {n} item(s) never arrived: {items}",
                                n=count,
                                rma=rma.number,
                                items=", ".join(f"{m['missing']} × {m['sku']}" for m in missing),
                            ),
                            evidence={
                                "missing_lines": missing,
                                "parcels": [p.tracking_number for p in rma.parcels],
                            },
                            now=now,
                            sla_hours=self.rules.sla_hours(ExceptionType.MISSING_ITEM),
                            rma_id=rma.id,
                            parcel_id=parcel.id,
                            station_id=station.id,
                            operator_id=operator.id,
                        )
                    )
                if not others_expected:
                    rma.status = RmaStatus.RECEIVED.value
            if parcel.measured_weight_kg is None:
                notes.append(Text("workflow", "closed without a weight"))
            parcel.status = ParcelStatus.CLOSED.value
            parcel.closed_at = now
            audit.record(
                session,
                action="parcel_closed",
                entity_type="parcel",
                entity_id=parcel.id,
                at=now,
                operator_id=operator.id,
                station_id=station.id,
                details={
                    "tracking_number": parcel.tracking_number,
                    "units": [u.lpn for u in parcel.units],
                    "notes": [str(note) for note in notes],
                },
            )
            counted = [u for u in parcel.units if u.status != CANCELLED]
            said: list[str] = [
                Text(
                    "workflow",
                    "Parcel {tracking} closed: {n} unit(s)",
                    n=len(counted),
                    tracking=parcel.tracking_number,
                )
            ]
            if exceptions:
                said.append(review.summary_of(exceptions[0]))
            said.extend(notes)
            message = Text.joined("; ", said) if len(said) > 1 else said[0]
            return OperationResult(
                action="parcel_closed",
                feedback=Feedback.ATTENTION if exceptions or notes else Feedback.ACCEPTED,
                message=message,
                parcel=self._parcel_view(session, parcel, now, received=counts),
                exceptions=tuple(review.exception_view(e) for e in exceptions),
            )

    def reopen_parcel(self, actor: Actor, parcel_id: int, reason: str) -> OperationResult:
        """A lead reopens a closed parcel (an item turned up in the packaging)."""
        from db.enums import Role
        from receiving_station.auth import require_role

        if not reason.strip():
            raise WorkflowError(Text("workflow", "say why the parcel is reopened"))
        now = self._clock()
        with write_transaction(self._sessions) as session:
            operator, station = self._actor(session, actor)
            require_role(operator.role, Role.LEAD, Text("workflow", "reopening a closed parcel"))
            parcel = session.get(Parcel, parcel_id, with_for_update=True)
            if parcel is None:
                raise NotFound(Text("workflow", "parcel {id} does not exist", id=parcel_id))
            if parcel.status != ParcelStatus.CLOSED.value:
                raise WorkflowError(
                    Text(
                        "workflow",
                        "parcel {tracking} is not closed",
                        tracking=parcel.tracking_number,
                    )
                )
            parcel.status = ParcelStatus.OPEN.value
            parcel.station_id = station.id
            parcel.operator_id = operator.id
            parcel.closed_at = None
            if parcel.rma is not None:
                parcel.rma.status = RmaStatus.RECEIVING.value
            audit.record(
                session,
                action="parcel_reopened",
                entity_type="parcel",
                entity_id=parcel.id,
                at=now,
                operator_id=operator.id,
                station_id=station.id,
                details={"tracking_number": parcel.tracking_number, "reason": reason.strip()},
            )
            return OperationResult(
                action="parcel_reopened",
                feedback=Feedback.ACCEPTED,
                message=Text(
                    "workflow",
                    "Parcel {tracking} reopened: {reason}",
                    tracking=parcel.tracking_number,
                    reason=reason,
                ),
                parcel=self._parcel_view(session, parcel, now),
            )

    # -- helpers ------------------------------------------------------------------------------

    def _actor(self, session: Session, actor: Actor) -> tuple[ActingOperator, ActingStation]:
        """Who acts where, checked in one light statement (it is on every scan)."""
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

    def _open_parcel_here(self, session: Session, parcel_id: int, station: ActingStation) -> Parcel:
        # See _PARCEL_GRAPH; only the parcel's row is locked (FOR UPDATE OF parcels: PostgreSQL
        # refuses to lock the other side of an outer join).
        parcel = session.get(
            Parcel, parcel_id, with_for_update={"of": Parcel}, options=_PARCEL_GRAPH
        )
        if parcel is None:
            raise NotFound(Text("workflow", "parcel {id} does not exist", id=parcel_id))
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
        return parcel

    def _unit_here(
        self, session: Session, unit_id: int, station: ActingStation, statuses: Iterable[str]
    ) -> ReceivedUnit:
        unit = session.get(ReceivedUnit, unit_id, with_for_update=True)
        if unit is None:
            raise NotFound(Text("workflow", "unit {id} does not exist", id=unit_id))
        parcel = self._open_parcel_here(session, unit.parcel_id, station)
        set_committed_value(unit, "parcel", parcel)  # known now: no second load of it
        if unit.status not in tuple(statuses):
            raise WorkflowError(
                Text(
                    "workflow",
                    "{lpn} is already {status}",
                    lpn=unit.lpn,
                    status=word(unit.status),
                )
            )
        return unit

    def _product_for_gtin(self, session: Session, gtin: str) -> Product | None:
        return session.scalar(
            select(Product)
            .join(ProductGtin)
            .where(ProductGtin.gtin == gtin)
            .options(lazyload(Product.gtins))  # not needed here; saves a statement per scan
        )

    def _received_counts(self, session: Session, line_ids: list[int]) -> dict[int, int]:
        return received_counts(session, line_ids)

    def _expected_weight(self, parcel: Parcel, boxes: int | None = None) -> Decimal | None:
        rma = parcel.rma
        if rma is None or not rma.lines:
            return None
        if any(line.expected_weight_kg is None for line in rma.lines):
            return None
        if (boxes if boxes is not None else len(rma.parcels)) > 1:
            return None  # several boxes: per-parcel expectation unknown unless upstream gave one
        return sum((line.expected_weight_kg or Decimal(0) for line in rma.lines), Decimal(0))

    def _parcel_category(self, parcel: Parcel) -> str:
        if parcel.rma is None or not parcel.rma.lines:
            return "default"
        heaviest = max(parcel.rma.lines, key=lambda line: line.expected_weight_kg or Decimal(0))
        return heaviest.category or "default"

    def _needs_serial(self, unit: ReceivedUnit) -> bool:
        return bool(unit.line is not None and unit.line.serials_shipped and not unit.serial)

    def _window(self, rma: Rma, now: dt.datetime) -> WindowStatus:
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

    def _unit_view(self, session: Session, unit: ReceivedUnit) -> UnitView:
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
        parcel: Parcel,
        now: dt.datetime,
        *,
        boxes: int | None = None,
        received: dict[int, int] | None = None,
    ) -> ParcelView:
        """`received`: units received per line when the caller has just counted them (and
        nothing changed the counts since), to spare the query."""
        session.flush()
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
                received = self._received_counts(session, [line.id for line in rma.lines])
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
            expected_weight_kg=parcel.expected_weight_kg or self._expected_weight(parcel, boxes),
            measured_weight_kg=parcel.measured_weight_kg,
            weight_tolerance_kg=parcel.weight_tolerance_kg,
            weight_mismatch=parcel.weight_mismatch,
            rma=rma_view,
            units=() if untouched else tuple(self._unit_view(session, u) for u in parcel.units),
        )


def _lookup_parcel_statement() -> Any:
    """One statement: the parcel, its RMA, the RMA's lines and how many boxes the RMA has.

    Built once (the parcel lookup is on the scan path; see benchmarks/)."""
    other = aliased(Parcel)
    boxes = (
        select(func.count())
        .select_from(other)
        .where(other.rma_id == Parcel.rma_id)
        .correlate(Parcel)
        .scalar_subquery()
    )
    return (
        select(Parcel, boxes)
        .where(Parcel.tracking_number == bindparam("key"))
        .options(joinedload(Parcel.rma).joinedload(Rma.lines))
    )


_LOOKUP_PARCEL = _lookup_parcel_statement()

# Statements on every bench action, built once (building a statement costs more than running
# a small one on SQLite).
_ACTOR = (
    select(Operator.id, Operator.active, Operator.role, Station.id, Station.settings)
    .join(Station, Station.id == bindparam("station_id"))
    .where(Operator.id == bindparam("operator_id"))
)
_RECEIVED_COUNTS = (
    select(ReceivedUnit.rma_line_id, func.count())
    .where(
        ReceivedUnit.rma_line_id.in_(bindparam("line_ids", expanding=True)),
        ReceivedUnit.status.in_(COUNTED_UNIT_STATUSES),
    )
    .group_by(ReceivedUnit.rma_line_id)
)

#: What every bench action reads with its parcel, in the same statement: the RMA, its lines and
#: its parcels (the box count).  A few rows (boxes x lines), instead of three more round trips.
_PARCEL_GRAPH = (
    joinedload(Parcel.rma).joinedload(Rma.lines),
    joinedload(Parcel.rma).joinedload(Rma.parcels),
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


def _remaining(rma: RmaView) -> int:
    return sum(line.remaining for line in rma.lines)


def _line_evidence(line: RmaLine) -> dict[str, Any]:
    return {
        "line_no": line.line_no,
        "sku": line.sku,
        "gtin": line.gtin,
        "quantity": line.quantity,
        "description": line.description,
    }


def _window_evidence(window: WindowStatus) -> dict[str, Any]:
    return {
        "days_allowed": window.days_allowed,
        "days_since": window.days_since,
        "basis": window.basis,
    }
