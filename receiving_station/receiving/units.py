"""The unit's use cases: receive, serial, grade, ungrade, cancel and confirm."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.enums import (
    ExceptionStatus,
    ExceptionType,
    LabelJobStatus,
    Resolution,
    UnitStatus,
)
from db.models import (
    ExceptionCase,
    LabelJob,
    OutboxEvent,
    Parcel,
    Product,
    ReceivedUnit,
    Rma,
    RmaLine,
)
from db.records import Record, write
from receiving_station import audit
from receiving_station.codes.identify import (
    CodeKind,
    Identification,
    identify,
)
from receiving_station.codes.lpn import next_lpn
from receiving_station.exceptions.evidence import InspectionEvidence, ItemEvidence, SerialEvidence
from receiving_station.exceptions.record import exception_view, summary_of
from receiving_station.i18n.text import Money, Text
from receiving_station.i18n.vocabulary import word
from receiving_station.labels import jobs as labels
from receiving_station.receiving.base import (
    ACTIVE_UNIT_STATUSES,
    CANCELLED,
    Operation,
    WorkflowBase,
    _line_evidence,
    _what,
    expected_weight,
)
from receiving_station.receiving.results import (
    Action,
    Actor,
    Feedback,
    Grading,
    OperationResult,
    WorkflowError,
)
from receiving_station.receiving.views import (
    LineView,
    ParcelView,
    RmaView,
    UnitView,
    set_unit_reason,
)
from receiving_station.rules import Decision, DecisionInput, GradeDef
from receiving_station.upstream import outbox

#: A unit's label job, queued when it is confirmed: a plain INSERT (its id comes back).
_NEW_LABEL_JOB = insert(LabelJob).returning(LabelJob.id)
#: A unit received: a plain INSERT (its id comes back); its record has the columns it leaves
#: out as NULL.
_UNITS = ReceivedUnit.__table__
_NEW_UNIT = insert(ReceivedUnit).returning(ReceivedUnit.id)
_NO_UNIT = dict.fromkeys(_UNITS.c.keys())


class UnitOperations(WorkflowBase):
    """A unit out of the parcel: received (matched to its line), its serial, graded, decided by
    the rules, confirmed (label, outbox, exceptions) or cancelled."""

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
        with self._parcel_operation(actor, parcel_id, gtin=ident.gtin) as (op, parcel, product):
            session, now, operator, station = op.session, op.now, op.operator, op.station
            rma = parcel.rma
            flags: list[str] = []
            line = None
            counts: dict[int, int] | None = None
            if rma is None:
                flags.append("blind_return")
            else:
                counts = self._received_counts(session, parcel)
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
            values = {
                "lpn": next_lpn(session),
                "parcel_id": parcel.id,
                "rma_line_id": line.id if line is not None else None,
                "scanned_code": ident.input,
                "gtin": ident.gtin,
                "sku": line.sku
                if line is not None
                else (product.sku if product is not None else None),
                "category": category,
                "serial": serial,  # checked against the shipment below, once the unit has its id
                "status": UnitStatus.RECEIVED.value,
                "checklist_answers": {},
                "photo_paths": [],
                "flags": flags,
                "currency": line.currency
                if line is not None
                else (product.currency if product else None),
                "operator_id": operator.id,
                "station_id": station.id,
                "received_at": now,
                "version": 1,
            }
            values["id"] = session.connection().execute(_NEW_UNIT, values).scalar_one()
            unit = Record(_UNITS, {**_NO_UNIT, **values}, parcel=parcel, line=line)
            parcel.units.append(unit)  # the view shows it too
            exceptions = self._raise_unit_flags(op, unit, parcel, ident, line)
            serial_exception = None
            if serial is not None:
                serial_exception = self._apply_serial(op, unit, line, serial)
            if serial_exception is not None:
                exceptions.append(serial_exception)
            write(session, unit)  # the serial's flag
            op.audit(
                Action.UNIT_RECEIVED,
                "unit",
                unit.id,
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
            if exceptions:  # each names the unit's LPN
                message = Text.joined("; ", (summary_of(e) for e in exceptions))
            elif unit_view.needs_serial:
                message = Text(
                    "workflow",
                    "{lpn}: {name}, its serial number is needed",
                    lpn=unit.lpn,
                    name=name,
                )
            else:  # what to do next is the bench's prompt (the checklist, or the grade)
                message = Text("workflow", "{lpn}: {name}", lpn=unit.lpn, name=name)
            return OperationResult(
                action=Action.UNIT_RECEIVED,
                feedback=Feedback.ATTENTION
                if exceptions or unit_view.needs_serial
                else Feedback.ACCEPTED,
                message=message,
                parcel=view,
                unit=unit_view,
                exceptions=tuple(exception_view(e) for e in exceptions),
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
        with self._unit_operation(actor, unit_id, ACTIVE_UNIT_STATUSES) as (op, unit):
            session = op.session
            exception = self._apply_serial(op, unit, unit.line, serial)
            write(session, unit)
            op.audit(
                Action.SERIAL_RECORDED, "unit", unit.id, details={"lpn": unit.lpn, "serial": serial}
            )
            unit_view = self._unit_view(session, unit)
            return OperationResult(
                action=Action.SERIAL_RECORDED,
                feedback=Feedback.ATTENTION if exception else Feedback.ACCEPTED,
                message=(
                    summary_of(exception)
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
                exceptions=(exception_view(exception),) if exception else (),
            )

    def _apply_serial(
        self, op: Operation, unit: ReceivedUnit | Record, line: RmaLine | Record | None, serial: str
    ) -> ExceptionCase | None:
        session = op.session
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
        return op.flag(
            ExceptionType.SERIAL_MISMATCH,
            Text("workflow", "{lpn}: {problem}", lpn=unit.lpn, problem=problem),
            SerialEvidence(lpn=unit.lpn, serial_scanned=serial, serials_shipped=shipped),
            rma_id=line.rma_id,
            parcel_id=unit.parcel_id,
            unit_id=unit.id,
        )

    def _raise_unit_flags(
        self,
        op: Operation,
        unit: ReceivedUnit | Record,
        parcel: Parcel | Record,
        ident: Identification,
        line: RmaLine | Record | None,
    ) -> list[ExceptionCase]:
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
                op.flag(
                    type_,
                    summary,
                    ItemEvidence(
                        lpn=unit.lpn,
                        scan=ident.to_dict(),
                        expected_lines=[
                            _line_evidence(li) for li in (parcel.rma.lines if parcel.rma else [])
                        ],
                    ),
                    rma_id=parcel.rma_id,
                    parcel_id=parcel.id,
                    unit_id=unit.id,
                )
            )
        return raised

    def _match_line(
        self,
        session: Session,
        rma: Rma | Record,
        gtin: str,
        product: Product | Record | None,
        serial: str | None,
        received: dict[int, int],
    ) -> tuple[RmaLine | Record | None, str | None]:
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

    def grade_unit(
        self,
        actor: Actor,
        unit_id: int,
        grade: str,
        checklist: Mapping[str, bool] | None = None,
        photos: Iterable[str] = (),
    ) -> OperationResult:
        """Grade a unit, answer its category's checklist, and let the rules decide (written at
        once; the bench itself writes the grade with the confirmation, see `preview_grade`)."""
        with self._unit_operation(actor, unit_id, ACTIVE_UNIT_STATUSES) as (op, unit):
            decision, details = self._apply_grade(op, unit, grade, checklist or {}, photos)
            write(op.session, unit)
            op.audit(Action.UNIT_GRADED, "unit", unit.id, details=details)
            return _graded(decision, self._unit_view(op.session, unit))

    def preview_grade(
        self,
        parcel: ParcelView,
        unit: UnitView,
        grade: str,
        checklist: Mapping[str, bool],
        photos: Iterable[str] = (),
    ) -> OperationResult:
        """What the rules decide for `unit` graded so, from what the bench shows: no database,
        nothing written.  The bench shows it at once and confirms it with the grade
        (`confirm_unit(..., grading=...)`), which decides again on what the database holds."""
        grade_def = self._check_grading(
            unit.lpn, unit.category, unit.needs_serial, grade, checklist, photos
        )
        rma = parcel.rma
        line = None
        if rma is not None and unit.line_no is not None:
            line = next((x for x in rma.lines if x.line_no == unit.line_no), None)
        decision = self.rules.decide(
            self._decision_input(
                grade=grade_def.code,
                category=unit.category,
                flags=unit.flags,
                checklist=checklist,
                currency=unit.currency,
                weight_mismatch=parcel.weight_mismatch,
                rma=rma,
                line=line,
                now=self._clock(),
            )
        )
        return _graded(decision, unit.graded(grade_def.code, decision))

    def _check_grading(
        self,
        lpn: str,
        category: str | None,
        needs_serial: bool,
        grade: str,
        answers: Mapping[str, bool],
        photos: Iterable[str],
    ) -> GradeDef:
        """The grade, when the unit can be graded so; else what to do first."""
        grade_def = self.rules.grade(grade.strip().upper())
        if needs_serial:
            raise WorkflowError(
                Text("workflow", "{lpn}: scan the serial number before grading", lpn=lpn)
            )
        questions = self.rules.checklist(category or "default")
        unknown = sorted(set(answers) - {q.key for q in questions})
        if unknown:
            raise WorkflowError(
                Text(
                    "workflow",
                    "not on the {category} checklist: {keys}",
                    category=category or "default",
                    keys=", ".join(unknown),
                )
            )
        missing = [q.question for q in questions if q.key not in answers]
        if missing:
            raise WorkflowError(
                Text(
                    "workflow",
                    "{lpn}: answer the checklist first: {questions}",
                    lpn=lpn,
                    questions=Text.joined("; ", missing),
                )
            )
        if grade_def.requires_photo and not tuple(photos):
            raise WorkflowError(
                Text(
                    "workflow",
                    "grade {grade} ({label}) needs a photo: take one, then grade",
                    grade=grade_def.code,
                    label=grade_def.label,
                )
            )
        return grade_def

    def _apply_grade(
        self,
        op: Operation,
        unit: ReceivedUnit | Record,
        grade: str,
        checklist: Mapping[str, bool],
        photos: Iterable[str],
        at: dt.datetime | None = None,
    ) -> tuple[Decision, dict[str, object]]:
        """Grade the unit (`at`: when; else now) and set the rules' decision on it; the
        decision and what the audit line says of it."""
        answers = {k: bool(v) for k, v in checklist.items()}
        photo_paths = [str(p) for p in photos]
        grade_def = self._check_grading(
            unit.lpn, unit.category, self._needs_serial(unit), grade, answers, photo_paths
        )
        unit.grade = grade_def.code
        unit.checklist_answers = answers
        unit.photo_paths = photo_paths
        unit.graded_at = at or op.now
        decision = self._decide(op.session, unit, op.now)
        unit.disposition = decision.disposition
        unit.refund_amount = decision.refund_amount
        unit.restocking_fee = decision.restocking_fee
        unit.rule_id = decision.rule_id
        set_unit_reason(unit, decision.explanation)
        unit.status = UnitStatus.GRADED.value
        return decision, {
            "lpn": unit.lpn,
            "grade": unit.grade,
            "checklist": answers,
            "photos": photo_paths,
            "rule": decision.rule_id,
            "disposition": decision.disposition,
            "refund": str(decision.refund_amount),
            "hold": decision.hold,
        }

    def ungrade_unit(self, actor: Actor, unit_id: int) -> OperationResult:
        """Esc: step back from a graded unit to grading it again."""
        with self._unit_operation(actor, unit_id, (UnitStatus.GRADED.value,)) as (op, unit):
            session = op.session
            previous = {"grade": unit.grade, "rule": unit.rule_id, "disposition": unit.disposition}
            unit.grade = None
            unit.disposition = None
            unit.refund_amount = None
            unit.restocking_fee = None
            unit.rule_id = None
            set_unit_reason(unit, None)
            unit.graded_at = None
            unit.status = UnitStatus.RECEIVED.value
            write(session, unit)
            op.audit(
                Action.UNIT_UNGRADED,
                "unit",
                unit.id,
                details={"lpn": unit.lpn, "previous": previous},
            )
            return OperationResult(
                action=Action.UNIT_UNGRADED,
                feedback=Feedback.ACCEPTED,
                message=Text("workflow", "{lpn}: grade taken back", lpn=unit.lpn),
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
        with self._unit_operation(actor, unit_id, ACTIVE_UNIT_STATUSES) as (op, unit):
            session, now, operator = op.session, op.now, op.operator
            unit.status = CANCELLED
            write(session, unit)
            for exception in session.scalars(
                select(ExceptionCase).where(
                    ExceptionCase.unit_id == unit.id,
                    ExceptionCase.status != ExceptionStatus.RESOLVED.value,
                )
            ):
                exception.status = ExceptionStatus.RESOLVED.value
                exception.resolution = "cancelled_at_bench"
                exception.resolution_note = reason
                exception.resolved_by_id = operator.id
                exception.resolved_at = now
            op.audit(
                Action.UNIT_CANCELLED,
                "unit",
                unit.id,
                details={"lpn": unit.lpn, "reason": reason.strip()},
            )
            return OperationResult(
                action=Action.UNIT_CANCELLED,
                feedback=Feedback.ACCEPTED,
                message=Text("workflow", "{lpn} cancelled: {reason}", lpn=unit.lpn, reason=reason),
                parcel=self._parcel_view(session, self._parcel_record(op, unit.parcel_id), now),
                unit=self._unit_view(session, unit),
            )

    def _decide(self, session: Session, unit: ReceivedUnit | Record, now: dt.datetime) -> Decision:
        with session.no_autoflush:  # reads only: the unit's changes go out in one UPDATE
            return self._decide_now(unit, now)

    def _decide_now(self, unit: ReceivedUnit | Record, now: dt.datetime) -> Decision:
        parcel = unit.parcel
        return self.rules.decide(
            self._decision_input(
                grade=unit.grade or "",
                category=unit.category,
                flags=unit.flags,
                checklist=unit.checklist_answers or {},
                currency=unit.currency,
                weight_mismatch=bool(parcel.weight_mismatch),
                rma=parcel.rma,
                line=unit.line,
                now=now,
            )
        )

    def _decision_input(
        self,
        *,
        grade: str,
        category: str | None,
        flags: Iterable[str],
        checklist: Mapping[str, bool],
        currency: str | None,
        weight_mismatch: bool,
        rma: Rma | RmaView | Record | None,
        line: RmaLine | LineView | Record | None,
        now: dt.datetime,
    ) -> DecisionInput:
        """What the rules decide on, from the database's rows or from the bench's views."""
        facts = set(flags)
        if weight_mismatch:
            facts.add("weight_mismatch")
        days_purchase = days_delivery = None
        if rma is not None:
            if not self._window(rma, now).inside:
                facts.add("outside_window")
            today = now.date()
            days_purchase = (today - rma.purchase_date).days if rma.purchase_date else None
            days_delivery = (today - rma.delivery_date).days if rma.delivery_date else None
        return DecisionInput(
            grade=grade,
            category=category or "default",
            market=rma.market if rma else "",
            channel=rma.channel if rma else "",
            days_since_purchase=days_purchase,
            days_since_delivery=days_delivery,
            unit_value=line.unit_price if line is not None else Decimal("0"),
            currency=line.currency if line is not None else (currency or ""),
            reason_code=line.reason_code if line is not None else None,
            flags=frozenset(facts),
            checklist=dict(checklist),
            exchange=rma is not None and rma.requested_resolution == Resolution.EXCHANGE.value,
        )

    def confirm_unit(
        self, actor: Actor, unit_id: int, grading: Grading | None = None
    ) -> OperationResult:
        """Enter: confirm the decision.  One transaction: the unit's final state, the audit
        line, the exception when the refund is held, the upstream events and the label job.

        With `grading` (the bench's grade and the decision it showed, see `preview_grade`) the
        unit is graded in the same transaction; without, it must have been graded before."""
        with self._unit_operation(actor, unit_id, ACTIVE_UNIT_STATUSES) as (op, unit):
            session, now, operator, station = op.session, op.now, op.operator, op.station
            audit_lines = []
            if grading is not None:
                graded_at = min(grading.at or now, now)
                decision, details = self._apply_grade(
                    op, unit, grading.grade, dict(grading.checklist), grading.photos, graded_at
                )
                if grading.earlier:
                    details["earlier_grades"] = list(grading.earlier)
                audit_lines.append(
                    op.audit_entry(Action.UNIT_GRADED, "unit", unit.id, details, at=graded_at)
                )
                seen: tuple[str | None, Decimal | None] = (grading.rule_id, grading.refund_amount)
            else:
                if unit.status != UnitStatus.GRADED.value:
                    raise WorkflowError(Text("workflow", "{lpn} is not graded yet", lpn=unit.lpn))
                decision = self._decide(session, unit, now)
                seen = (unit.rule_id, unit.refund_amount)
            if (decision.rule_id, decision.refund_amount) != seen:
                # Something changed since grading (a re-weigh, a serial): show the new decision first.
                unit.disposition = decision.disposition
                unit.refund_amount = decision.refund_amount
                unit.restocking_fee = decision.restocking_fee
                unit.rule_id = decision.rule_id
                set_unit_reason(unit, decision.explanation)
                write(session, unit)
                if audit_lines:
                    audit.record_all(session, audit_lines)
                return OperationResult(
                    action=Action.DECISION_CHANGED,
                    feedback=Feedback.ATTENTION,
                    message=Text(
                        "workflow",
                        "The decision changed: {decision}",
                        decision=decision.explanation,
                    ),
                    # the parcel itself is unchanged: the bench keeps the view it has
                    unit=self._unit_view(session, unit),
                    decision=decision,
                )
            parcel = unit.parcel
            rma = parcel.rma
            line = unit.line
            exceptions: list[ExceptionCase] = []
            events: list[OutboxEvent] = []  # written together, after the unit
            unit.confirmed_at = now
            if decision.hold:
                unit.status = UnitStatus.HELD.value
                # what the parcel should weigh needs its RMA's lines and boxes
                evidence = self._unit_evidence(
                    unit, decision, expected_weight(self._parcel_record(op, parcel.id))
                )
                exceptions.append(
                    op.flag(
                        decision.exception_type or ExceptionType.REVIEW,
                        Text(
                            "workflow",
                            "{lpn}: {decision}",
                            lpn=unit.lpn,
                            decision=decision.explanation,
                        ),
                        evidence,
                        rma_id=parcel.rma_id,
                        parcel_id=parcel.id,
                        unit_id=unit.id,
                    )
                )
                for exception in session.scalars(
                    select(ExceptionCase).where(
                        ExceptionCase.unit_id == unit.id,
                        ExceptionCase.status != ExceptionStatus.RESOLVED.value,
                    )
                ):
                    exception.evidence = {**exception.evidence, **evidence}
                    if exception not in exceptions:
                        exceptions.append(exception)
                if rma is not None:
                    self._unit_status_event(
                        op, rma, unit, "exception", events, reason=decision.exception_type
                    )
            else:
                unit.status = UnitStatus.CONFIRMED.value
            if rma is not None and line is not None:
                self._unit_status_event(
                    op,
                    rma,
                    unit,
                    "inspected",
                    events,
                    grade=unit.grade,
                    disposition=unit.disposition,
                )
                if not decision.hold:
                    outbox.queue_release(session, rma, line, unit, now, first=True, pending=events)
            # The label job first (its id is asked for); on PostgreSQL the unit's row, its
            # events and the audit lines then go out together with the COMMIT (db.records).
            job_id = (
                session.connection()
                .execute(
                    _NEW_LABEL_JOB,
                    {
                        "unit_id": unit.id,
                        "lpn": unit.lpn,
                        "template": labels.template_for(unit.disposition or ""),
                        "format": "zpl",
                        "printer_url": (station.settings or {}).get("printer_url"),
                        "status": LabelJobStatus.QUEUED.value,
                        "operator_id": operator.id,
                        "station_id": station.id,
                        "created_at": now,
                    },
                )
                .scalar_one()
            )
            write(session, unit)
            outbox.write_events(session, events)
            audit_lines.append(
                op.audit_entry(
                    Action.UNIT_CONFIRMED,
                    "unit",
                    unit.id,
                    {
                        "lpn": unit.lpn,
                        "status": unit.status,
                        "rule": decision.rule_id,
                        "disposition": unit.disposition,
                        "refund": str(unit.refund_amount),
                        "fee": str(unit.restocking_fee),
                        "currency": unit.currency,
                        "events": [e.idempotency_key for e in events],
                        "label_job": job_id,
                    },
                )
            )
            audit.record_all(session, audit_lines)  # the grade's and the confirmation's
            if decision.hold:  # why: the decision said it on screen a moment ago
                message = Text(
                    "workflow",
                    "{lpn} confirmed: {disposition}, held for a lead. Label printing.",
                    lpn=unit.lpn,
                    disposition=word(unit.disposition),
                )
            else:
                amount = (
                    Text("workflow", "exchange released")
                    if rma is not None and rma.requested_resolution == Resolution.EXCHANGE.value
                    else Money(unit.refund_amount, unit.currency or "")
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
                action=Action.UNIT_CONFIRMED,
                feedback=Feedback.ATTENTION if decision.hold else Feedback.ACCEPTED,
                message=message,
                # the parcel itself is unchanged: the bench keeps the view it has
                unit=self._unit_view(session, unit),
                decision=decision,
                exceptions=tuple(exception_view(e) for e in exceptions),
                label_job_id=job_id,
            )

    @staticmethod
    def _unit_status_event(
        op: Operation,
        rma: Record,
        unit: Record,
        status: str,
        pending: list[OutboxEvent],
        **details: object,
    ) -> None:
        """A status event about a unit at its confirmation, for the customer (`pending`: the
        decision's events, written together).  `first`: the unit leaves `graded` for good,
        under its lock, so no event about it can exist yet."""
        outbox.enqueue_status(
            op.session,
            rma_number=rma.number,
            platform_ref=rma.platform_ref,
            status=status,
            now=op.now,
            about=f"unit:{unit.lpn}",
            first=True,
            details={"lpn": unit.lpn, "sku": unit.sku, **details},
            pending=pending,
        )

    def _unit_evidence(
        self, unit: ReceivedUnit | Record, decision: Decision, expected: Decimal | None
    ) -> InspectionEvidence:
        """What a lead sees of the unit's inspection (`expected`: what its parcel should
        weigh, `expected_weight`)."""
        parcel = unit.parcel
        return InspectionEvidence(
            lpn=unit.lpn,
            scanned_code=unit.scanned_code,
            serial=unit.serial,
            grade=unit.grade,
            checklist=dict(unit.checklist_answers or {}),
            photos=list(unit.photo_paths or []),
            flags=list(unit.flags or []),
            rule=decision.rule_id,
            explanation=decision.explanation,
            proposed_disposition=decision.disposition,
            proposed_refund=str(decision.refund_amount),
            measured_kg=None
            if parcel.measured_weight_kg is None
            else str(parcel.measured_weight_kg),
            expected_kg=None if expected is None else str(expected),
        )


def _graded(decision: Decision, unit: UnitView) -> OperationResult:
    """A grade's result: the decision is the message (the parcel itself is unchanged: the bench
    keeps the view it has)."""
    return OperationResult(
        action=Action.UNIT_GRADED,
        feedback=Feedback.ATTENTION if decision.hold else Feedback.ACCEPTED,
        message=decision.explanation,
        unit=unit,
        decision=decision,
    )
