"""The parcel's use cases: open (by tracking number or RMA; a blind return when neither is
known), weigh, close and reopen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased, joinedload

from db.engine import write_transaction
from db.enums import (
    ExceptionType,
    ParcelStatus,
    RmaStatus,
)
from db.models import (
    ExceptionCase,
    Operator,
    Parcel,
    Rma,
    Station,
)
from db.records import Record, write
from receiving_station.codes.carriers import normalise
from receiving_station.codes.identify import (
    RMA_PREFIX,
    CodeKind,
    Identification,
    identify,
    identify_tracking,
)
from receiving_station.exceptions.evidence import (
    BlindReturnEvidence,
    MissingItemEvidence,
    MissingLineFacts,
    WeightEvidence,
    WindowEvidence,
    WindowFacts,
)
from receiving_station.exceptions.record import exception_view, summary_of
from receiving_station.i18n.text import Text, Weight
from receiving_station.i18n.vocabulary import word
from receiving_station.receiving.base import (
    _PARCEL_RECORDS_BY_TRACKING,
    ACTIVE_UNIT_STATUSES,
    CANCELLED,
    MAX_PARCEL_WEIGHT_KG,
    Operation,
    WorkflowBase,
    _line_evidence,
    _parcel_records,
    _read,
    _what,
    expected_weight,
)
from receiving_station.receiving.results import (
    ActingStation,
    Action,
    Actor,
    Conflict,
    Feedback,
    NotFound,
    OperationResult,
    WorkflowError,
)
from receiving_station.receiving.views import (
    MissingLine,
    ParcelShortfall,
    ParcelView,
    RmaView,
    WindowStatus,
)
from receiving_station.upstream import outbox


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


def _tracking_keys(ident: Identification) -> list[str]:
    """What a carrier label's parcel may be stored under, the likeliest first."""
    keys = [ident.tracking_number, ident.sscc, ident.input.strip(), normalise(ident.input)]
    if ident.sscc:  # announced as the SSCC or as its GS1-128 text with the (00) in front
        keys.append("00" + ident.sscc)
    return list(dict.fromkeys(k for k in keys if k))


class ParcelOperations(WorkflowBase):
    """A parcel at the bench: found, opened, weighed, closed (with what is missing) and reopened."""

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
        with self._sessions() as session:
            for key in _tracking_keys(ident):
                row = session.execute(_LOOKUP_PARCEL, {"key": key}).unique().first()
                if row is not None:
                    parcel, count = row
                    return self._parcel_view(session, parcel, self._clock(), boxes=int(count))
        return None

    def open_parcel(self, actor: Actor, code: str) -> OperationResult:
        """Open the parcel a carrier label or RMA barcode names; an unknown parcel is a blind return."""
        ident = identify(code)
        if ident.kind in (CodeKind.ITEM, CodeKind.UNKNOWN) or (
            ident.kind == CodeKind.PARCEL and not ident.valid
        ):
            ident = self._announced_as_scanned(code, ident)
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
        with self._opening_operation(actor, ident) as (op, parcel):
            session, now, operator, station = op.session, op.now, op.operator, op.station
            exceptions: list[ExceptionCase] = []
            if parcel is None:
                blind_parcel, blind = self._blind_parcel(op, ident)
                parcel = self._parcel_record(op, blind_parcel.id)
                exceptions.append(blind)
            else:
                self._check_parcel_free(session, parcel, station, now)
            reopened_here = parcel.status == ParcelStatus.OPEN.value
            first_time = parcel.status == ParcelStatus.EXPECTED.value
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
                    platform_ref=rma.platform_ref,
                    status="received",
                    now=now,
                    about=f"parcel:{parcel.tracking_number}",
                    details={"tracking_number": parcel.tracking_number, "carrier": parcel.carrier},
                    first=first_time,  # the parcel's row is locked, and it was never opened
                )
                window = self._window(rma, now)
                if not window.inside:
                    exceptions.append(
                        op.flag(
                            ExceptionType.OUTSIDE_WINDOW,
                            Text(
                                "workflow",
                                "{rma}: {window}",
                                rma=rma.number,
                                window=window.describe(),
                            ),
                            WindowEvidence(
                                window=_window_evidence(window),
                                tracking_number=parcel.tracking_number,
                            ),
                            rma_id=rma.id,
                            parcel_id=parcel.id,
                        )
                    )
            write(session, parcel)
            if rma is not None:
                write(session, rma)
            op.audit(
                Action.PARCEL_OPENED,
                "parcel",
                parcel.id,
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
                action=Action.PARCEL_OPENED,
                feedback=Feedback.ATTENTION if exceptions else Feedback.ACCEPTED,
                message=message,
                parcel=view,
                exceptions=tuple(exception_view(e) for e in exceptions),
            )

    @contextmanager
    def _opening_operation(
        self, actor: Actor, ident: Identification
    ) -> Iterator[tuple[Operation, Record | None]]:
        """The transaction that opens a parcel: who acts where, and the parcel the scan names
        (locked, as plain records with its RMA, lines, boxes and units; None when nobody
        announced it).  A carrier label's parcel is read with who acts where in one
        statement."""
        now = self._clock()
        with write_transaction(self._sessions) as session:
            parcel: Record | None = None
            if ident.kind == CodeKind.RMA:
                operator, station = self._actor(session, actor)
                op = Operation(session, now, operator, station, self.rules)
                parcel = self._parcel_record(
                    op, self._parcel_for_rma_scan(session, ident, station, now).id
                )
            else:
                rows: Sequence[Any] = ()
                for key in _tracking_keys(ident):
                    rows = _read(
                        session,
                        _PARCEL_RECORDS_BY_TRACKING,
                        actor.operator_id,
                        actor.station_id,
                        key=key,
                    )
                    if rows:
                        parcel = _parcel_records(rows, product=False)[0]
                        break
                operator, station = self._acting(session, actor, rows[0] if rows else None)
                op = Operation(session, now, operator, station, self.rules)
            yield op, parcel

    def _announced_as_scanned(self, code: str, ident: Identification) -> Identification:
        """The parcel reading of a code that is not a valid carrier number by our definitions,
        when a parcel was announced under it; else `ident` unchanged.

        A 12-digit FedEx number is also a well-formed UPC, a carrier with no published format
        (Budbee) or a check digit we do not know may announce numbers we cannot prove: the
        label finds its parcel all the same.  An item scanned by mistake stays an error."""
        alternative = identify_tracking(code)
        proved = alternative.kind == CodeKind.PARCEL and alternative.valid
        candidate = alternative if proved else replace(ident, tracking_number=normalise(code))
        with self._sessions() as session:
            parcel = self._parcel_for_tracking(session, candidate)
        if parcel is None:
            return ident
        if proved:
            return alternative
        return replace(
            ident,
            kind=CodeKind.PARCEL,
            valid=True,
            carrier=parcel.carrier,
            tracking_number=parcel.tracking_number,
            message=None,
        )

    def _parcel_for_tracking(self, session: Session, ident: Identification) -> Parcel | None:
        """Read only: the parcel a carrier label names."""
        for key in _tracking_keys(ident):
            parcel = session.scalar(select(Parcel).where(Parcel.tracking_number == key))
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
        self, session: Session, parcel: Record, station: ActingStation, now: dt.datetime
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

    def _blind_parcel(self, op: Operation, ident: Identification) -> tuple[Parcel, ExceptionCase]:
        session, now = op.session, op.now
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
        exception = op.flag(
            ExceptionType.BLIND_RETURN,
            Text(
                "workflow",
                "Blind return: parcel {tracking} ({carrier}) has no RMA",
                tracking=tracking,
                carrier=ident.carrier or Text("workflow", "unknown carrier"),
            ),
            BlindReturnEvidence(scan=ident.to_dict()),
            parcel_id=parcel.id,
        )
        return parcel, exception

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
        with self._parcel_operation(actor, parcel_id) as (op, parcel, _):
            session, now = op.session, op.now
            expected = expected_weight(parcel)
            exceptions: list[ExceptionCase] = []
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
                        op.flag(
                            ExceptionType.WEIGHT_MISMATCH,
                            Text(
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
                            WeightEvidence(
                                expected_kg=str(expected),
                                measured_kg=str(weight_kg),
                                tolerance_kg=str(tolerance),
                                difference_kg=str(difference),
                            ),
                            rma_id=parcel.rma_id,
                            parcel_id=parcel.id,
                        )
                    )
            else:
                parcel.weight_mismatch = False
            write(session, parcel)
            op.audit(
                Action.WEIGHT_RECORDED,
                "parcel",
                parcel.id,
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
                    summary=summary_of(exceptions[0]),
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
                action=Action.WEIGHT_RECORDED,
                feedback=Feedback.ATTENTION if exceptions else Feedback.ACCEPTED,
                message=message,
                parcel=view,
                exceptions=tuple(exception_view(e) for e in exceptions),
            )

    def close_parcel(
        self, actor: Actor, parcel_id: int, *, accept_missing: bool = False
    ) -> OperationResult:
        """Close the parcel; lines never received become a missing-item exception.

        Closing with lines missing (and no other parcel of the RMA to come) holds their refund,
        so it takes `accept_missing`, which the bench gives only for a second F9 key (a person's
        confirmation, never a scan).  Without it nothing is written: the result (action
        `parcel_close_asked`) carries the `shortfall` to show."""
        with self._parcel_operation(actor, parcel_id) as (op, parcel, _):
            session, now = op.session, op.now
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
            exceptions: list[ExceptionCase] = []
            notes: list[Text] = []
            counts: dict[int, int] | None = None
            if rma is not None:
                others_expected = [
                    p.tracking_number
                    for p in rma.parcels
                    if p.id != parcel.id and p.status != ParcelStatus.CLOSED.value
                ]
                counts = self._received_counts(session, parcel)
                received = counts
                missing = [
                    MissingLineFacts(
                        **_line_evidence(line), missing=line.quantity - received.get(line.id, 0)
                    )
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
                        action=Action.PARCEL_CLOSE_ASKED,
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
                        op.flag(
                            ExceptionType.MISSING_ITEM,
                            Text(
                                "workflow",
                                "{rma}: {n} item(s) never arrived: {items}",
                                n=count,
                                rma=rma.number,
                                items=", ".join(f"{m['missing']} × {m['sku']}" for m in missing),
                            ),
                            MissingItemEvidence(
                                missing_lines=missing,
                                parcels=[p.tracking_number for p in rma.parcels],
                            ),
                            rma_id=rma.id,
                            parcel_id=parcel.id,
                        )
                    )
                if not others_expected:
                    rma.status = RmaStatus.RECEIVED.value
            if parcel.measured_weight_kg is None:
                notes.append(Text("workflow", "closed without a weight"))
            parcel.status = ParcelStatus.CLOSED.value
            parcel.closed_at = now
            write(session, parcel)
            if rma is not None:
                write(session, rma)
            op.audit(
                Action.PARCEL_CLOSED,
                "parcel",
                parcel.id,
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
                said.append(summary_of(exceptions[0]))
            said.extend(notes)
            message = Text.joined("; ", said) if len(said) > 1 else said[0]
            return OperationResult(
                action=Action.PARCEL_CLOSED,
                feedback=Feedback.ATTENTION if exceptions or notes else Feedback.ACCEPTED,
                message=message,
                parcel=self._parcel_view(session, parcel, now, received=counts),
                exceptions=tuple(exception_view(e) for e in exceptions),
            )

    def reopen_parcel(self, actor: Actor, parcel_id: int, reason: str) -> OperationResult:
        """A lead reopens a closed parcel (an item turned up in the packaging)."""
        from db.enums import Role
        from receiving_station.auth import require_role

        if not reason.strip():
            raise WorkflowError(Text("workflow", "say why the parcel is reopened"))
        with self._operation(actor) as op:
            session, now, operator, station = op.session, op.now, op.operator, op.station
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
            op.audit(
                Action.PARCEL_REOPENED,
                "parcel",
                parcel.id,
                details={"tracking_number": parcel.tracking_number, "reason": reason.strip()},
            )
            return OperationResult(
                action=Action.PARCEL_REOPENED,
                feedback=Feedback.ACCEPTED,
                message=Text(
                    "workflow",
                    "Parcel {tracking} reopened: {reason}",
                    tracking=parcel.tracking_number,
                    reason=reason,
                ),
                parcel=self._parcel_view(session, parcel, now),
            )


def _remaining(rma: RmaView) -> int:
    return sum(line.remaining for line in rma.lines)


def _window_evidence(window: WindowStatus) -> WindowFacts:
    return WindowFacts(
        days_allowed=window.days_allowed, days_since=window.days_since, basis=window.basis
    )
