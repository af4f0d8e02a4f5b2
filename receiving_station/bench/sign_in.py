"""Signing in, as the site's policy says (receiving_station.auth.SignInPolicy): the wrong PINs
counted and the lock kept with the operator (so every bench of the site sees them), and every
failed sign-in audited.  The bench controller decides what a badge or a PIN means; these write
what came of it, each in its own transaction (a refusal is kept even though nothing else is)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import write_transaction
from db.enums import Role
from db.models import Operator
from receiving_station import audit
from receiving_station.auth import SignInPolicy, has_role, verify_pin
from receiving_station.i18n.text import Text


@dataclass(frozen=True)
class OperatorInfo:
    operator_id: int
    name: str
    role: str
    badge: str
    language: str | None = None  # None: the station's


def record_wrong_pin(
    sessions: sessionmaker[Session],
    policy: SignInPolicy,
    info: OperatorInfo,
    now: dt.datetime,
    station_id: int,
) -> Text:
    """Count a wrong PIN (at every bench: kept with the operator) and lock the operator
    after the site's number of them in a row; audited.  The sentence to answer with."""
    with write_transaction(sessions) as session:
        operator = session.get(Operator, info.operator_id)
        assert operator is not None
        failures = (operator.failed_sign_ins or 0) + 1
        locked = failures >= policy.pin_attempts
        operator.failed_sign_ins = 0 if locked else failures
        until = now + dt.timedelta(minutes=policy.lockout_minutes) if locked else None
        if locked:
            operator.locked_until = until
        audit.record(
            session,
            action="sign_in_failed",
            entity_type="operator",
            entity_id=info.operator_id,
            at=now,
            operator_id=None,
            station_id=station_id,
            details={
                "reason": "wrong_pin",
                "failures": failures,
                "locked_until": until.isoformat() if until else None,
            },
        )
    if until is not None:
        return Text(
            "bench",
            "wrong PIN for {name}, {n} times: locked until {time}; ask a supervisor if it "
            "cannot wait",
            name=info.name,
            n=failures,
            time=until,
        )
    return Text(
        "bench",
        "wrong PIN for {name}: try again ({n} more before a lock)",
        name=info.name,
        n=policy.pin_attempts - failures,
    )


def record_right_pin(sessions: sessionmaker[Session], operator_id: int) -> None:
    """The right PIN: the count of wrong ones starts again."""
    with write_transaction(sessions) as session:
        operator = session.get(Operator, operator_id)
        if operator is not None and (operator.failed_sign_ins or operator.locked_until):
            operator.failed_sign_ins = 0
            operator.locked_until = None


def record_failed_sign_in(
    sessions: sessionmaker[Session],
    operator_id: int | None,
    reason: str,
    details: dict[str, Any],
    now: dt.datetime,
    station_id: int,
    action: str = "sign_in_failed",
) -> None:
    """A sign-in refused (unknown badge, locked, no badge before the PIN), or a kiosk's close
    (`action`): audited."""
    with write_transaction(sessions) as session:
        audit.record(
            session,
            action=action,
            entity_type="operator" if operator_id is not None else "badge",
            entity_id=operator_id if operator_id is not None else details.get("badge", ""),
            at=now,
            operator_id=None,
            station_id=station_id,
            details={"reason": reason, **details},
        )


CLOSE_REFUSED = "station_close_refused"


@dataclass(frozen=True)
class CloseAnswer:
    """Whether a kiosk bench may close, and the sentence to show either way."""

    allowed: bool
    text: Text
    operator_id: int | None = None


def authorise_close(
    sessions: sessionmaker[Session],
    policy: SignInPolicy,
    badge: str,
    pin: str,
    now: dt.datetime,
    station_id: int,
) -> CloseAnswer:
    """A kiosk bench closes only for a supervisor's badge and PIN, read from the database at
    this moment (a supervisor demoted or locked since sign-in cannot); a wrong PIN counts
    towards the lock as at sign-in, and every attempt is audited."""
    badge = badge.strip()
    with sessions() as session:
        operator = session.scalar(select(Operator).where(Operator.badge_code == badge))
        if operator is None or not operator.active:
            found = None
        else:
            found = OperatorInfo(operator.id, operator.name, operator.role, operator.badge_code)
            locked_until, pin_hash = operator.locked_until, operator.pin_hash
    if found is None:
        record_failed_sign_in(
            sessions, None, "unknown_badge", {"badge": badge[:64]}, now, station_id, CLOSE_REFUSED
        )
        return CloseAnswer(
            False, Text("kiosk", "badge {badge} is not known here", badge=repr(badge[:64]))
        )
    if locked_until is not None and locked_until > now:
        record_failed_sign_in(
            sessions, found.operator_id, "locked", {}, now, station_id, CLOSE_REFUSED
        )
        return CloseAnswer(
            False,
            Text(
                "kiosk",
                "{name} is locked after too many wrong PINs until {time}",
                name=found.name,
                time=locked_until,
            ),
        )
    if not has_role(found.role, Role.SUPERVISOR):
        record_failed_sign_in(
            sessions, found.operator_id, "not_supervisor", {}, now, station_id, CLOSE_REFUSED
        )
        return CloseAnswer(
            False,
            Text("kiosk", "{name} is not a supervisor: only a supervisor closes the station",
                 name=found.name),
        )  # fmt: skip
    if not verify_pin(pin, pin_hash):
        return CloseAnswer(False, record_wrong_pin(sessions, policy, found, now, station_id))
    record_right_pin(sessions, found.operator_id)
    with write_transaction(sessions) as session:
        audit.record(
            session,
            action="station_closed",
            entity_type="station",
            entity_id=station_id,
            at=now,
            operator_id=found.operator_id,
            station_id=station_id,
            details={"by": "kiosk"},
        )
    return CloseAnswer(
        True, Text("kiosk", "{name} closes the station", name=found.name), found.operator_id
    )
