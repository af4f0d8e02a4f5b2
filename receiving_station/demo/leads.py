"""The demo history's shift leads at the exception queue (receiving_station/demo/history.py).

A few times a shift a lead works through what is old enough to have been looked at, with the
queue's own actions (receiving_station/exceptions/actions.py and, for a refund the shop
refused, receiving_station/upstream/events.py): approve in full or in part, reject and send
back, re-grade, ask for the customer to be contacted, close with a note.  Each exception's
fate is decided when a lead first sees it: how long it waits (most within their SLA, some
past it), a few slipping through (overdue now).  The notes are what a lead would type.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import write_transaction
from db.enums import ExceptionStatus, ExceptionType, LabelJobStatus
from db.models import ExceptionCase, LabelJob, ReceivedUnit
from receiving_station.demo.timeline import Clock, HistoryError
from receiving_station.exceptions import actions
from receiving_station.exceptions.actions import ExceptionActionRefused
from receiving_station.upstream.events import resolve_event

FORGOTTEN_SHARE = 0.07  # exceptions a lead has not got to: overdue now ...
FORGOTTEN_FOR = dt.timedelta(days=12)  # ... since days, not weeks (a clean-up finds those)
FORGOTTEN_AT_MOST = 4  # of the last days' ones, raised at least ...
MISSED_AFTER = dt.timedelta(hours=36)  # ... this long ago: past their SLA now
CONTACT_SHARE = 0.1  # held units whose customer the lead asks first
#: Held units a lead sends back rather than refunds (the rest: refunded in full).
REJECTED_SHARE = {"outside_window": 0.45, "serial_mismatch": 0.4}
OFFICE_PRINTER = "tcp://label-office:9100"  # where leads and the supervisor print
#: The shop's answer to a refund of a return it cancelled, as customer service explains it.
CANCELLED_NOTE = "Cancelled in the shop: customer service refunded the order there"


@dataclass
class CasePlan:
    """What the leads will do about one exception, decided when they first see it."""

    wait: dt.timedelta
    forgotten: bool
    contact: bool
    choice: float
    lead: str | None = None  # the lead who asked the customer keeps the case
    asked: dt.datetime | None = None


class LeadDesk:
    """The leads (badge → operator id) working the queue on the history's clock, until the
    history's end.  `label_printed(job, at, printer)` records a re-grade's new label."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        rng: random.Random,
        clock: Clock,
        until: dt.datetime,
        operators: dict[str, int],
        label_printed: Callable[[int, dt.datetime, str], None],
    ) -> None:
        self.sessions = sessions
        self.rng = rng
        self.partial_given = False
        self.clock = clock
        self.until = until
        self.operators = operators
        self.label_printed = label_printed
        self.cases: dict[int, CasePlan] = {}
        self.forgotten = 0  # of the last days' exceptions, left for now

    def round(self, badge: str, at: dt.datetime) -> Iterator[dt.datetime]:
        """A lead works through the queue at `at`: what is old enough to have been looked at.
        Yields the moment of each decision (the history lets the others go on meanwhile)."""
        lead = self.operators[badge]
        now = at
        with self.sessions() as session:
            cases = list(
                session.execute(
                    select(ExceptionCase.id, ExceptionCase.type, ExceptionCase.created_at)
                    .where(
                        ExceptionCase.status != ExceptionStatus.RESOLVED.value,
                        ExceptionCase.created_at <= at,
                    )
                    .order_by(ExceptionCase.unit_id.is_(None), ExceptionCase.id)
                )
            )
        for case_id, kind, created in cases:
            plan = self.cases.get(case_id)
            if plan is None:
                plan = self.cases[case_id] = self._case_plan(kind, created)
            if plan.forgotten or created + plan.wait > now:
                continue
            if plan.lead is not None and plan.lead != badge:
                continue  # the lead who asked the customer keeps it
            now += dt.timedelta(seconds=self.rng.uniform(40, 240))
            if now >= self.until:
                return
            self.clock.now = now
            self._decide(case_id, plan, badge, lead, now)
            yield now

    def _case_plan(self, kind: str, created: dt.datetime) -> CasePlan:
        rng = self.rng
        wait = dt.timedelta(
            hours=rng.choices((2, 4, 8, 12, 18, 24, 36), weights=(8, 14, 18, 18, 16, 14, 12))[0]
        )
        forgotten = rng.random() < FORGOTTEN_SHARE
        contact = rng.random() < CONTACT_SHARE
        if kind == ExceptionType.UPSTREAM_REJECTED.value:  # money waits on it: seen at once
            return CasePlan(dt.timedelta(hours=1), False, False, rng.random())
        recent = self.until - FORGOTTEN_FOR <= created < self.until - MISSED_AFTER
        if forgotten and not recent:
            # found in a clean-up of the queue, days late
            forgotten, wait = False, dt.timedelta(days=rng.randrange(4, 9))
        elif recent and self.forgotten < FORGOTTEN_AT_MOST and rng.random() < 0.5:
            forgotten = True  # a busy week: a few slip through
        self.forgotten += forgotten
        return CasePlan(wait, forgotten, contact, rng.random())

    def _decide(
        self, case_id: int, plan: CasePlan, badge: str, lead: int, now: dt.datetime
    ) -> None:
        """One lead's decision about one exception, through the queue's actions."""
        with write_transaction(self.sessions) as session:
            case = session.get(ExceptionCase, case_id)
            if case is None or case.status == ExceptionStatus.RESOLVED.value:
                return
            try:
                self._act(session, case, plan, badge, lead, now)
            except ExceptionActionRefused as exc:
                raise HistoryError(f"exception {case_id} ({case.type}): {exc}") from exc

    def _act(
        self,
        session: Session,
        case: ExceptionCase,
        plan: CasePlan,
        badge: str,
        lead: int,
        now: dt.datetime,
    ) -> None:
        kind = case.type
        who: dict[str, Any] = {"operator_id": lead, "now": now}
        if kind == ExceptionType.UPSTREAM_REJECTED.value and case.outbox_event_id is not None:
            resolve_event(session, case.outbox_event_id, note=CANCELLED_NOTE, **who)
            return
        unit = session.get(ReceivedUnit, case.unit_id) if case.unit_id is not None else None
        if unit is None or unit.status != "held":
            open_units = session.scalar(
                select(func.count())
                .select_from(ExceptionCase)
                .where(
                    ExceptionCase.parcel_id == case.parcel_id,
                    ExceptionCase.unit_id.is_not(None),
                    ExceptionCase.status != ExceptionStatus.RESOLVED.value,
                )
            )
            if open_units and case.unit_id is None:
                return  # the units first: the parcel's case is closed when they are decided
            actions.close_exception(session, case.id, note=_closing_note(kind, plan.choice), **who)
            return
        if plan.contact and plan.asked is None and case.rma_id is not None:
            actions.ask_customer_contact(
                session,
                case.id,
                message="Please ask the customer about the item's condition and send us photos",
                **who,
            )
            plan.lead, plan.asked = badge, now
            plan.wait = now - case.created_at + dt.timedelta(hours=self.rng.choice((20, 44, 68)))
            return
        choice = plan.choice
        line = unit.line
        grade = unit.grade or ""
        if line is None or kind in ("wrong_item", "unexpected_item", "blind_return"):
            actions.reject_return(session, case.id, note=_REJECT_NOTES[kind], **who)
        elif kind == "non_returnable":
            if choice < 0.85:
                actions.reject_return(session, case.id, note=_REJECT_NOTES[kind], **who)
            else:
                actions.approve_refund(session, case.id, **who)
        elif kind == "review" and grade == "D":
            rma = unit.parcel.rma
            exchange = rma is not None and rma.requested_resolution == "exchange"
            # an exchange is released whole, or not; the first such case is always decided in
            # part, so every demo history shows a partial refund
            if not exchange and (choice < 0.45 or not self.partial_given):
                self.partial_given = True
                half = (line.unit_price / 2).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
                actions.approve_refund(
                    session,
                    case.id,
                    amount=half,
                    reason="Damaged by the customer: half the price, as the policy says",
                    **who,
                )
            elif choice < 0.7:
                actions.approve_refund(session, case.id, **who)
            elif choice < 0.85:
                actions.regrade_unit(
                    session,
                    case.id,
                    grade="C",
                    disposition="refurbish",
                    note="Looked again: wear only, it refurbishes",
                    **who,
                )
                self._label_of_regrade(session, unit.id, now)
                actions.approve_refund(session, case.id, **who)
            else:
                actions.reject_return(session, case.id, note=_REJECT_NOTES["damaged"], **who)
        elif kind == "review":  # F, not reported faulty
            if choice < 0.4:
                actions.reject_return(session, case.id, note=_REJECT_NOTES["broken"], **who)
            elif choice < 0.6:
                actions.regrade_unit(
                    session,
                    case.id,
                    disposition="recycle",
                    note="Not worth repairing: the parts go to recycling",
                    **who,
                )
                self._label_of_regrade(session, unit.id, now)
                actions.approve_refund(session, case.id, **who)
            else:
                actions.approve_refund(session, case.id, **who)
        elif choice < REJECTED_SHARE.get(kind, 0.0):
            actions.reject_return(session, case.id, note=_REJECT_NOTES[kind], **who)
        else:  # weight, window (goodwill), serial (checked with the shop): in full
            actions.approve_refund(session, case.id, **who)

    def _label_of_regrade(self, session: Session, unit_id: int, now: dt.datetime) -> None:
        """The label a re-grade queued (it names the new grade), printed in the office."""
        session.flush()
        job = session.scalar(
            select(LabelJob.id)
            .where(LabelJob.unit_id == unit_id, LabelJob.status == LabelJobStatus.QUEUED.value)
            .order_by(LabelJob.id.desc())
        )
        if job is not None:
            self.label_printed(job, now + dt.timedelta(seconds=8), OFFICE_PRINTER)


_REJECT_NOTES = {
    "wrong_item": "Not the item the customer bought: sent back to the customer",
    "unexpected_item": "One more than the customer returned: sent back to them",
    "blind_return": "No order found for it in the shop: returned to the sender",
    "non_returnable": "Hygiene item, opened: it cannot be resold; returned to the customer",
    "outside_window": "Returned long after the return window closed: sent back to the customer",
    "serial_mismatch": "Not the unit we shipped: returned to the customer, the shop is told",
    "damaged": "Broken by the customer (see the photos): no refund, sent back",
    "broken": "Unsalvageable and not reported as faulty: no refund, sent back with the photos",
}


def _closing_note(kind: str, choice: float) -> str:
    """A lead's note closing a case about a parcel (its units were decided one by one)."""
    if kind == "missing_item":
        return (
            "The customer kept it; the shop adjusts the order"
            if choice < 0.5
            else "Carrier claim filed for the missing item"
        )
    if kind == "blind_return":
        return "Checked the shop's orders by name and address: nothing found"
    if kind == "weight_mismatch":
        return "Units checked one by one and decided; the box was simply light"
    if kind == "outside_window":
        return "Decided per unit"
    return "Checked and closed"
