"""The bench controller: what one bench does with each input (scan, weight, key, photo).

Plain Python, no Qt: the window feeds it on one worker thread in arrival order, and
`receiving-station replay` feeds it a recorded session headlessly, through the same code.  Each
input gives a `BenchUpdate` (what happened, green / amber / red, and the bench's whole state as
immutable views), so the window only draws what it is given.

The flow (../shared/PRODUCT.md): badge -> parcel -> stable weight -> item (-> serial) ->
checklist (Y/N) -> grade (1-5; a photo first for poor grades) -> decision -> Enter confirms
(label job + upstream events in one transaction) -> next item ... -> the parcel closes when every
expected line is in (or by F9 / CMD:CLOSE_PARCEL).  Esc steps back one step.

Closing a parcel whose RMA still expects items (they become a missing-item exception, their
refund held) takes a confirmation no scan can give: F9 (or CMD:CLOSE_PARCEL) shows what is
missing and waits (`BenchState.closing`); only a second F9 *key* closes.  Esc, any other key or a
scan lets it be (a scan is then handled as usual); a weight reading does not.  Scanning the next
parcel's label closes the open one only when nothing is missing; else the open one is set aside,
still open at this bench, and the next one opens (scanning the first again goes on with it).

Threading: not thread-safe; one owner (the bench worker) calls `handle`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import write_transaction
from db.enums import UnitStatus
from db.models import Operator, Station
from receiving_station import audit, logs
from receiving_station.auth import PermissionDenied, SignInPolicy, verify_pin
from receiving_station.bench.sign_in import (
    CloseAnswer,
    OperatorInfo,
    authorise_close,
    record_failed_sign_in,
    record_right_pin,
    record_wrong_pin,
)
from receiving_station.bench.state import (
    Activity,
    BenchInput,
    BenchState,
    BenchUpdate,
    InputKind,
    Stage,
)
from receiving_station.codes.identify import CodeKind, identify
from receiving_station.i18n.language import LANGUAGES
from receiving_station.i18n.text import Text, Weight, message_of
from receiving_station.receiving.results import (
    Action,
    Actor,
    Feedback,
    Grading,
    OperationResult,
    WorkflowError,
)
from receiving_station.receiving.views import ParcelShortfall
from receiving_station.receiving.workflow import Workflow

log = logging.getLogger(__name__)


ACTIVITY_KEEP = 40


class BenchError(Exception):
    """An input the bench refuses at this step; the message says what to do instead."""


class InputRecorder(Protocol):
    """Where the controller writes every input it handles (bench/recording.py's Recorder)."""

    def write(self, event: BenchInput) -> None: ...

    def close(self) -> None: ...


class BenchController:
    def __init__(
        self,
        workflow: Workflow,
        sessions: sessionmaker[Session],
        station_name: str,
        *,
        recorder: InputRecorder | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        sign_in: SignInPolicy | None = None,
    ) -> None:
        self.workflow = workflow
        self.sign_in = sign_in or SignInPolicy()
        self._pin_ok: bool | None = None  # the PIN verdict of the input being handled
        self.rules = workflow.rules
        self.sessions = sessions
        self.recorder = recorder
        self._clock = clock
        self.station_id = ensure_station(sessions, station_name)
        self.state = BenchState(station=station_name)

    # -- the one entry point ------------------------------------------------------------------

    def handle(self, event: BenchInput) -> BenchUpdate:
        started = time.perf_counter()
        self._pin_ok = None
        try:
            update = self._handle(event)
        finally:
            if self.recorder is not None:  # the PIN never; whether it was right, for a replay
                pin_ok = self._pin_ok if self._pin_ok is not None else event.pin_ok
                self.recorder.write(replace(event, pin=None, pin_ok=pin_ok))
            at_bench = self.state.operator
            logs.at_bench(at_bench.name if at_bench is not None else None)
        return replace(update, seconds=time.perf_counter() - started)

    def _handle(self, event: BenchInput) -> BenchUpdate:
        try:
            update = self._dispatch(event)
        except (WorkflowError, BenchError, PermissionDenied, ValueError) as exc:
            update = self._answer(event, Feedback.ERROR, message_of(exc))
        except SQLAlchemyError as exc:
            # The database is away or refused: nothing was saved (the transaction rolled back).
            log.warning("bench input %s failed on the database: %s", event.kind, exc)
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
            update = self._answer(
                event,
                Feedback.ERROR,
                Text(
                    "bench",
                    "The database did not answer ({reason}). Nothing was saved: scan or press "
                    "the key again in a moment; call IT if it keeps happening",
                    reason=reason,
                ),
            )
        return update

    def _dispatch(self, event: BenchInput) -> BenchUpdate:
        closing = self.state.closing
        if closing is not None and event.kind != "weight":  # a scale's reading is no answer
            # Only the F9 key confirms; anything else lets it be (a scan, a sign-in or -out is
            # then handled as usual).
            self.state = replace(self.state, closing=None)
            if event.kind == InputKind.KEY and self.state.operator is not None:
                return self._closing_answered(event, closing, event.value.upper())
        if event.kind == InputKind.LOGIN:
            return self._login(event)
        if event.kind == InputKind.LOGOUT:
            return self._logout(event, _logout_reason(event.value))
        if event.kind == InputKind.WEIGHT:
            return self._weight(event)
        if self.state.operator is None:
            if event.kind == InputKind.SCAN and identify(event.value).kind == CodeKind.BADGE:
                return self._login(event)
            raise BenchError(
                Text(
                    "bench", "Sign in first: scan your badge, or choose your name and type your PIN"
                )
            )
        if event.kind == InputKind.SCAN:
            return self._scan(event)
        if event.kind == InputKind.KEY:
            return self._key(event, event.value.upper())
        if event.kind == InputKind.PHOTO:
            return self._photo(event)
        raise BenchError(Text("bench", "unknown input {kind}", kind=repr(event.kind)))

    # -- signing in and out ---------------------------------------------------------------------

    def operators(self) -> list[OperatorInfo]:
        """Active operators, for the login screen's list of names."""
        with self.sessions() as session:
            rows = session.scalars(
                select(Operator).where(Operator.active.is_(True)).order_by(Operator.name)
            )
            found = [OperatorInfo(o.id, o.name, o.role, o.badge_code, o.language) for o in rows]
        logs.name_operators({o.operator_id: o.name for o in found})
        return found

    def authorise_close(self, badge: str, pin: str) -> CloseAnswer:
        """A kiosk bench asked to close: only for a supervisor's badge and PIN."""
        return authorise_close(
            self.sessions, self.sign_in, badge, pin, self._clock(), self.station_id
        )

    def _login(self, event: BenchInput) -> BenchUpdate:
        """A badge scanned, or a name chosen and a PIN typed (docs/operators-guide.md).

        The site's policy says whose badge alone signs in (staff, usually); a lead's or a
        supervisor's badge asks for the PIN next, and a PIN without that badge scanned first is
        refused.  Wrong PINs in a row lock the operator for a while, at every bench; every
        failed sign-in is audited.  Another operator's badge while a parcel is open here asks
        before it takes over."""
        badge = event.value.strip()
        now = self._clock()
        with self.sessions() as session:
            operator = session.scalar(select(Operator).where(Operator.badge_code == badge))
            if operator is None or not operator.active:
                record_failed_sign_in(
                    self.sessions,
                    None,
                    "unknown_badge",
                    {"badge": badge[:64]},
                    now,
                    self.station_id,
                )
                raise BenchError(
                    Text(
                        "bench",
                        "badge {badge} is not known here: ask your shift lead",
                        badge=repr(badge),
                    )
                )
            info = OperatorInfo(
                operator.id, operator.name, operator.role, operator.badge_code, operator.language
            )
            locked_until, pin_hash = operator.locked_until, operator.pin_hash
        if locked_until is not None and locked_until > now:
            record_failed_sign_in(
                self.sessions, info.operator_id, "locked", {}, now, self.station_id
            )
            raise BenchError(
                Text(
                    "bench",
                    "{name} is locked after too many wrong PINs until {time}: wait, or ask a "
                    "supervisor",
                    name=info.name,
                    time=locked_until,
                )
            )
        current = self.state.operator
        switching = current is not None and current.operator_id != info.operator_id
        if switching and self.state.unit:
            assert current is not None
            raise BenchError(
                Text(
                    "bench",
                    "{name} is grading {lpn}: confirm or step back (Esc) first, then sign in",
                    name=current.name,
                    lpn=self.state.unit.lpn,
                )
            )
        parcel = self.state.parcel
        if switching and parcel is not None and self.state.take_over != badge:
            assert current is not None
            self.state = replace(self.state, take_over=badge)
            return self._answer(
                event,
                Feedback.ATTENTION,
                Text(
                    "bench",
                    "{current} has parcel {tracking} open: scan {name}'s badge again to take "
                    "over (the parcel stays open)",
                    current=current.name,
                    tracking=parcel.tracking_number,
                    name=info.name,
                ),
            )
        self.state = replace(self.state, take_over=None)
        pin_ok: bool | None = None
        if event.pin is not None:
            pin_ok = verify_pin(event.pin, pin_hash)
        elif event.pin_ok is not None:  # a replay: the recording says how it went
            pin_ok = event.pin_ok
        self._pin_ok = pin_ok
        if pin_ok is None:  # a badge alone
            if self.sign_in.needs_pin(info.role):
                if switching:  # the one at the bench steps away; the PIN comes next
                    assert current is not None
                    self._audit_operator("signed_out", current.operator_id, {"why": "switched"})
                    self.state = replace(self.state, operator=None, stage=Stage.SIGNED_OUT)
                self.state = replace(self.state, pin_for=info)
                return self._answer(
                    event,
                    Feedback.ATTENTION,
                    Text("bench", "{name}: type your PIN and press Enter", name=info.name),
                )
        else:
            pending = self.state.pin_for
            if self.sign_in.needs_pin(info.role) and (
                pending is None or pending.operator_id != info.operator_id
            ):
                record_failed_sign_in(
                    self.sessions, info.operator_id, "no_badge", {}, now, self.station_id
                )
                raise BenchError(
                    Text(
                        "bench",
                        "{name} signs in with badge and PIN: scan your badge first, then type "
                        "your PIN",
                        name=info.name,
                    )
                )
            if not pin_ok:
                raise BenchError(
                    record_wrong_pin(self.sessions, self.sign_in, info, now, self.station_id)
                )
            record_right_pin(self.sessions, info.operator_id)
        details: dict[str, Any] = {"method": "pin" if pin_ok else "badge"}
        if event.language and event.language not in LANGUAGES:
            raise BenchError(
                Text(
                    "bench", "the station does not speak {language}", language=repr(event.language)
                )
            )
        if event.language and event.language != info.language:
            # chosen on the sign-in screen: from now on the window speaks it to them
            details["language"] = {"from": info.language, "to": event.language}
            info = replace(info, language=event.language)
        self._audit_operator(
            "signed_in", info.operator_id, details, language=details.get("language")
        )
        self.state = replace(
            self.state,
            operator=info,
            pin_for=None,
            stage=Stage.PARCEL if self.state.parcel is not None else Stage.READY,
        )
        if self.state.unit is not None:
            self.state = replace(self.state, stage=self._unit_stage())
        return self._answer(
            event, Feedback.ACCEPTED, Text("bench", "Welcome, {name}", name=info.name)
        )

    def _logout(self, event: BenchInput, why: str | None = None) -> BenchUpdate:
        """Sign out; `why` when it was not the person's own choice (idle, a barcode)."""
        operator = self.state.operator
        if operator is None:
            return self._answer(
                event, Feedback.ACCEPTED, Text("bench", "signed out"), changed=False
            )
        self._audit_operator("signed_out", operator.operator_id, {"why": str(why or "F12")})
        # The open parcel and unit stay as they are in the database: whoever signs in next at
        # this bench carries on where the work stands.
        self.state = replace(self.state, operator=None, stage=Stage.SIGNED_OUT)
        return self._answer(
            event,
            Feedback.ACCEPTED,
            Text("bench", "{name} signed out: {why}", name=operator.name, why=why)
            if why
            else Text("bench", "{name} signed out", name=operator.name),
        )

    def _audit_operator(
        self,
        action: str,
        operator_id: int,
        details: dict[str, Any],
        *,
        language: dict[str, str | None] | None = None,
    ) -> None:
        """The audit entry (and a language chosen at sign-in, saved with the operator), in one
        transaction."""
        with write_transaction(self.sessions) as session:
            if language is not None:
                operator = session.get(Operator, operator_id)
                if operator is not None:
                    operator.language = language["to"]
            audit.record(
                session,
                action=action,
                entity_type="operator",
                entity_id=operator_id,
                at=self._clock(),
                operator_id=operator_id,
                station_id=self.station_id,
                details=details,
            )

    # -- scans ------------------------------------------------------------------------------------

    def _scan(self, event: BenchInput) -> BenchUpdate:
        code = event.value
        ident = identify(code)
        if ident.kind == CodeKind.COMMAND:
            return self._command(event, ident.command or "")
        if ident.kind == CodeKind.BADGE:
            return self._login(event)
        stage = self.state.stage
        if stage == Stage.SERIAL:
            assert self.state.unit is not None
            return self._result(
                event, self.workflow.record_serial(self._actor(), self.state.unit.unit_id, code)
            )
        if self.state.unit is not None:
            raise BenchError(
                Text(
                    "bench",
                    "{lpn} is not finished: {step} (Esc steps back)",
                    lpn=self.state.unit.lpn,
                    step=self.state.step,
                )
            )
        if ident.kind in (CodeKind.PARCEL, CodeKind.RMA) or (
            self.state.parcel is None and ident.kind == CodeKind.ITEM
        ):
            current = self.state.parcel
            closed: OperationResult | None = None
            if current is not None and ident.kind != CodeKind.ITEM:
                names = (current.tracking_number, current.rma.number if current.rma else "")
                if code.strip() in names:
                    return self._answer(
                        event,
                        Feedback.ACCEPTED,
                        Text("bench", "this parcel is open already"),
                        changed=False,
                    )
                # The next parcel: the one on the bench is done, unless its RMA still expects
                # items. Then it is set aside, still open (a scan never closes a parcel with
                # items missing: only F9, asked twice, does); scanning it again goes on with it.
                closed = self.workflow.close_parcel(self._actor(), current.parcel_id)
                short = closed.shortfall
                if short is not None:
                    aside = Text(
                        "bench",
                        "Parcel {tracking} set aside, still open: {rma} still expects {missing} "
                        "of {n} item(s); scan it again to go on with it",
                        n=short.expected,
                        tracking=short.tracking_number,
                        rma=short.rma_number,
                        missing=short.missing,
                    )
                    self._note(Feedback.ATTENTION, aside)
                    update = self._result(event, self.workflow.open_parcel(self._actor(), code))
                    feedback = (
                        Feedback.ERROR if update.feedback == Feedback.ERROR else Feedback.ATTENTION
                    )
                    message = Text.joined("  ·  ", (update.message, aside))
                    return replace(update, feedback=feedback, message=message)
                self._apply(closed)
                self._note(closed.feedback, closed.message)
            update = self._result(event, self.workflow.open_parcel(self._actor(), code))
            if closed is not None and closed.feedback != Feedback.ACCEPTED:
                feedback = (
                    Feedback.ERROR if update.feedback == Feedback.ERROR else Feedback.ATTENTION
                )
                message = Text.joined("  ·  ", (closed.message, update.message))
                return replace(update, feedback=feedback, message=message)
            return update
        if self.state.parcel is None:
            raise BenchError(
                Text(
                    "bench",
                    "No parcel is open: scan the parcel's carrier label or RMA barcode first",
                )
            )
        return self._result(
            event, self.workflow.receive_unit(self._actor(), self.state.parcel.parcel_id, code)
        )

    def _command(self, event: BenchInput, command: str) -> BenchUpdate:
        keys = {
            "CONFIRM": "ENTER",
            "BACK": "ESC",
            "YES": "Y",
            "NO": "N",
            "CLOSE_PARCEL": "F9",
            "CANCEL_UNIT": "F4",
        }
        if command in keys:
            return self._key(event, keys[command])
        if command.startswith("GRADE_"):
            return self._grade(event, command.removeprefix("GRADE_"))
        if command == "LOGOUT":
            return self._logout(event, Text("bench", "by the sign-out barcode"))
        if command == "PHOTO":
            return self._key(event, "P")
        if command == "REPRINT":
            raise BenchError(
                Text("bench", "reprints are made on the Labels screen, with a reason (supervisors)")
            )
        raise BenchError(
            Text("bench", "command {command} is not used at the bench", command=command)
        )

    # -- weight --------------------------------------------------------------------------------

    def _weight(self, event: BenchInput) -> BenchUpdate:
        try:
            weight = Decimal(event.value)
        except InvalidOperation:
            raise BenchError(
                Text("bench", "{value} is not a weight", value=repr(event.value))
            ) from None
        self.state = replace(self.state, last_weight_kg=weight)
        parcel = self.state.parcel
        if (
            self.state.operator is None
            or parcel is None
            or weight <= 0
            or parcel.measured_weight_kg is not None
        ):
            return self._answer(
                event,
                Feedback.ACCEPTED,
                Text("bench", "{weight} on the scale", weight=Weight(weight)),
                changed=False,
            )
        return self._record_weight(event, weight)

    def _record_weight(self, event: BenchInput, weight: Decimal) -> BenchUpdate:
        assert self.state.parcel is not None
        return self._result(
            event, self.workflow.record_weight(self._actor(), self.state.parcel.parcel_id, weight)
        )

    # -- keys -----------------------------------------------------------------------------------

    def _key(self, event: BenchInput, key: str) -> BenchUpdate:
        s = self.state
        grade = self.rules.grade_for_key(key)
        if grade is not None:
            return self._grade(event, grade.code)
        if key in ("Y", "N"):
            if s.stage != Stage.CHECKLIST:
                raise BenchError(Text("bench", "nothing to answer now: {step}", step=s.step))
            question = s.questions[len(s.answers)]
            answers = (*s.answers, (question.key, key == "Y"))
            self.state = replace(
                s,
                answers=answers,
                stage=Stage.CHECKLIST if len(answers) < len(s.questions) else Stage.GRADE,
            )
            answer = Text("bench", "yes") if key == "Y" else Text("bench", "no")
            return self._answer(
                event,
                # an answer that is not the good one is worth a second look (amber, not red)
                Feedback.ACCEPTED if (key == "Y") == question.good else Feedback.ATTENTION,
                Text("bench", "{question} {answer}", question=question.question, answer=answer),
            )
        if key == "P":
            if s.stage not in (Stage.PHOTO, Stage.GRADE, Stage.CHECKLIST, Stage.DECIDE):
                raise BenchError(Text("bench", "scan an item before taking its photo"))
            return replace(
                self._answer(
                    event, Feedback.ACCEPTED, Text("bench", "taking a photo"), changed=False
                ),
                wants_photo=True,
            )
        if key == "ENTER":
            if s.stage != Stage.DECIDE:
                raise BenchError(Text("bench", "nothing to confirm yet: {step}", step=s.step))
            return self._confirm(event)
        if key == "ESC":
            return self._back(event)
        if key == "F4":
            if s.unit is None:
                raise BenchError(Text("bench", "no item to cancel"))
            return self._result(
                event,
                self.workflow.cancel_unit(
                    self._actor(), s.unit.unit_id, Text("bench", "cancelled at the bench")
                ),
            )
        if key == "F9":
            if s.parcel is None:
                raise BenchError(Text("bench", "no parcel is open"))
            if s.unit is not None:
                raise BenchError(
                    Text("bench", "finish {lpn} first: {step}", lpn=s.unit.lpn, step=s.step)
                )
            return self._close(event, s.parcel.parcel_id)
        if key == "F12":
            return self._logout(event)
        if key == "W":
            if s.parcel is None or s.last_weight_kg is None or s.last_weight_kg <= 0:
                raise BenchError(
                    Text("bench", "put the parcel on the scale and wait for a stable weight")
                )
            return self._record_weight(event, s.last_weight_kg)
        raise BenchError(
            Text("bench", "the {key} key does nothing here: {step}", key=key, step=s.step)
        )

    def _close(self, event: BenchInput, parcel_id: int, *, confirmed: bool = False) -> BenchUpdate:
        """Close the open parcel; with items missing, only `confirmed` (the second F9 key):
        else say what is missing and wait for it (`BenchState.closing`)."""
        result = self.workflow.close_parcel(self._actor(), parcel_id, accept_missing=confirmed)
        short = result.shortfall
        if short is None:
            return self._result(event, result)
        self._apply(result)  # the parcel as it stands (another bench may have received some)
        self.state = replace(self.state, closing=short)
        return self._answer(
            event,
            Feedback.ATTENTION,
            Text(
                "bench",
                "{rma} still expects {missing} of {n} item(s): {items}",
                n=short.expected,
                rma=short.rma_number,
                missing=short.missing,
                items=short.items(),
            ),
        )

    def _closing_answered(
        self, event: BenchInput, closing: ParcelShortfall, key: str
    ) -> BenchUpdate:
        """A key after F9 asked to close with items missing: F9 closes, any other lets it be."""
        s = self.state
        if s.parcel is None or s.parcel.parcel_id != closing.parcel_id or s.unit is not None:
            return self._key(event, key)  # not the parcel asked about: as any key
        if key == "F9":
            return self._close(event, closing.parcel_id, confirmed=True)
        return self._answer(
            event,
            Feedback.ACCEPTED,
            Text(
                "bench",
                "Not closed: parcel {tracking} stays open",
                tracking=closing.tracking_number,
            ),
        )

    def _grade(self, event: BenchInput, code: str) -> BenchUpdate:
        s = self.state
        if s.unit is None:
            raise BenchError(Text("bench", "scan an item before grading"))
        if s.stage == Stage.SERIAL:
            raise BenchError(Text("bench", "{lpn}: scan its serial number first", lpn=s.unit.lpn))
        if s.stage == Stage.DECIDE:
            raise BenchError(Text("bench", "already graded: Esc to grade again, Enter to confirm"))
        if len(s.answers) < len(s.questions):
            raise BenchError(
                Text(
                    "bench",
                    "answer first: {question} (Y/N)",
                    question=s.questions[len(s.answers)].question,
                )
            )
        grade = self.rules.grade(code)
        if grade.requires_photo and not s.photos:
            self.state = replace(s, stage=Stage.PHOTO, pending_grade=grade.code)
            return self._answer(
                event,
                Feedback.ATTENTION,
                Text(
                    "bench",
                    "Grade {grade} ({label}) needs a photo: press P",
                    grade=grade.code,
                    label=grade.label,
                ),
            )
        assert s.parcel is not None  # a unit is only ever received into the open parcel
        # Decided on what the bench shows, at once; written with the confirmation (Enter),
        # which decides again on what the database holds.
        result = self.workflow.preview_grade(
            s.parcel, s.unit, grade.code, dict(s.answers), s.photos
        )
        assert result.decision is not None
        self._apply(result)
        self.state = replace(
            self.state,
            grading=Grading(
                grade=grade.code,
                checklist=s.answers,
                photos=s.photos,
                rule_id=result.decision.rule_id,
                refund_amount=result.decision.refund_amount,
                earlier=s.earlier_grades,
                at=self._clock(),
            ),
        )
        return self._answer(event, result.feedback, result.message)

    def _photo(self, event: BenchInput) -> BenchUpdate:
        s = self.state
        if s.unit is None:
            raise BenchError(Text("bench", "scan an item before taking its photo"))
        self.state = replace(s, photos=(*s.photos, event.value))
        if s.stage == Stage.PHOTO and s.pending_grade:
            self.state = replace(self.state, stage=Stage.GRADE)
            return self._grade(event, s.pending_grade)
        return self._answer(
            event,
            Feedback.ACCEPTED,
            Text("bench", "photo {count} taken", count=len(self.state.photos)),
        )

    def _confirm(self, event: BenchInput) -> BenchUpdate:
        s = self.state
        assert s.unit is not None and s.parcel is not None
        result = self.workflow.confirm_unit(self._actor(), s.unit.unit_id, s.grading)
        if result.action != Action.UNIT_CONFIRMED:  # the decision changed: shown again first
            return self._result(event, result)
        # every expected item in: the prompt says F9 closes the parcel
        return self._result(event, result, print_job=result.label_job_id)

    def _back(self, event: BenchInput) -> BenchUpdate:
        s = self.state
        if s.stage == Stage.DECIDE and s.unit is not None and s.grading is not None:
            # graded here and not written yet: nothing to undo in the database
            unit = s.unit.ungraded()
            self.state = replace(
                s,
                unit=unit,
                decision=None,
                grading=None,
                earlier_grades=(*s.earlier_grades, s.grading.grade),
            )
            self.state = replace(self.state, stage=self._unit_stage())
            return self._answer(
                event,
                Feedback.ACCEPTED,
                Text("workflow", "{lpn}: grade taken back", lpn=unit.lpn),
            )
        if s.stage == Stage.DECIDE and s.unit is not None:
            result = self.workflow.ungrade_unit(self._actor(), s.unit.unit_id)
            return self._result(event, result)
        if s.stage == Stage.PHOTO:
            self.state = replace(s, stage=Stage.GRADE, pending_grade=None)
            return self._answer(
                event, Feedback.ACCEPTED, Text("bench", "choose the grade again (1–5)")
            )
        if s.stage in (Stage.GRADE, Stage.CHECKLIST) and s.answers:
            self.state = replace(s, answers=s.answers[:-1], stage=Stage.CHECKLIST)
            return self._answer(
                event,
                Feedback.ACCEPTED,
                Text(
                    "bench", "again: {question}", question=s.questions[len(s.answers) - 1].question
                ),
            )
        if s.unit is not None:
            return self._result(
                event,
                self.workflow.cancel_unit(
                    self._actor(), s.unit.unit_id, Text("bench", "stepped back at the bench")
                ),
            )
        return self._answer(
            event, Feedback.ACCEPTED, Text("bench", "nothing to step back from"), changed=False
        )

    # -- results -> state ----------------------------------------------------------------------

    def _result(
        self, event: BenchInput, result: OperationResult, *, print_job: int | None = None
    ) -> BenchUpdate:
        self._apply(result)
        return self._answer(event, result.feedback, result.message, print_job=print_job)

    def _apply(self, result: OperationResult) -> None:
        s = self.state
        parcel = result.parcel if result.parcel is not None else s.parcel
        unit = result.unit
        action = result.action
        if action == Action.PARCEL_CLOSED or (parcel is not None and parcel.status == "closed"):
            self.state = replace(
                s,
                stage=Stage.READY,
                closing=None,
                parcel=None,
                unit=None,
                questions=(),
                answers=(),
                pending_grade=None,
                photos=(),
                decision=None,
                grading=None,
                earlier_grades=(),
            )
            return
        if unit is not None and unit.status in (
            UnitStatus.CONFIRMED.value,
            UnitStatus.HELD.value,
            "cancelled",
        ):
            unit = None
        if action == Action.UNIT_CANCELLED:
            unit = None
        if (
            action in (Action.PARCEL_OPENED, Action.PARCEL_REOPENED)
            and unit is None
            and parcel is not None
        ):
            # Carry on with a unit left half-done at this bench (a crash, a change of shift).
            unit = next(
                (u for u in parcel.units if u.status in (UnitStatus.RECEIVED, UnitStatus.GRADED)),
                None,
            )
        new_unit = unit is not None and (s.unit is None or s.unit.unit_id != unit.unit_id)
        questions = s.questions
        answers = s.answers
        photos = s.photos
        earlier = s.earlier_grades
        if unit is None:
            questions, answers, photos, earlier = (), (), (), ()
        elif new_unit:
            questions = self.rules.checklist(unit.category or "default")
            answers, photos, earlier = (), (), ()
        decision = (
            result.decision if unit is not None and unit.status == UnitStatus.GRADED.value else None
        )
        self.state = replace(
            s,
            parcel=parcel,
            unit=unit,
            questions=questions,
            answers=answers,
            photos=photos,
            decision=decision,
            pending_grade=None,
            last_label_job=result.label_job_id or s.last_label_job,
            grading=None,  # a result from the database: any grading shown is written or gone
            earlier_grades=earlier,
        )
        self.state = replace(self.state, stage=self._unit_stage())

    def _unit_stage(self) -> Stage:
        s = self.state
        if s.operator is None:
            return Stage.SIGNED_OUT
        if s.parcel is None:
            return Stage.READY
        unit = s.unit
        if unit is None:
            return Stage.PARCEL
        if unit.needs_serial and not unit.serial:
            return Stage.SERIAL
        if unit.status == UnitStatus.GRADED.value:
            return Stage.DECIDE
        if len(s.answers) < len(s.questions):
            return Stage.CHECKLIST
        return Stage.GRADE

    def _answer(
        self,
        event: BenchInput,
        feedback: Feedback,
        message: str,
        *,
        print_job: int | None = None,
        changed: bool = True,
    ) -> BenchUpdate:
        if changed:
            self._note(feedback, message)
        return BenchUpdate(
            event, feedback, message, self.state, print_job=print_job, changed=changed
        )

    def _note(self, feedback: Feedback, message: str) -> None:
        activity = (*self.state.activity, Activity(self._clock(), feedback, message))
        self.state = replace(self.state, activity=activity[-ACTIVITY_KEEP:])

    def _actor(self) -> Actor:
        assert self.state.operator is not None
        return Actor(self.state.operator.operator_id, self.station_id)


def _logout_reason(value: str) -> str | None:
    """A sign-out's recorded reason as a sentence: the window's idle timer writes
    "idle for N min" (kept so in recordings); the F12 key and an empty value need none."""
    idle = re.fullmatch(r"idle for (\d+) min", value.strip())
    if idle:
        return Text("bench", "after {n} minute(s) without work", n=int(idle[1]))
    if not value.strip() or value.strip().lower() == "signed out":
        return None
    return value.strip()  # another program's words, as it wrote them


def ensure_station(sessions: sessionmaker[Session], name: str) -> int:
    """The bench's station row, registered on first start (audited)."""
    name = name.strip()
    if not name:
        raise ValueError("the station needs a name ([station] name in the station configuration)")
    with sessions() as session:
        found = session.scalar(select(Station.id).where(Station.name == name))
        if found is not None:
            return found
    with write_transaction(sessions) as session:
        station = Station(name=name, settings={})
        session.add(station)
        session.flush()
        audit.record(
            session,
            action="station_registered",
            entity_type="station",
            entity_id=station.id,
            at=dt.datetime.now(dt.UTC),
            operator_id=None,
            station_id=station.id,
            details={"name": name},
        )
        return station.id
