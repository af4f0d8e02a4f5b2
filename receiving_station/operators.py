"""The people who work the benches: added, given a PIN, deactivated; each change one audited
transaction (`receiving-station operators ...`, run by IT with the owner's role on a site's
database: docs/install.md).  A deactivated operator signs in nowhere, and their badge closes no
kiosk; their past work keeps their name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import write_transaction
from db.enums import Role
from db.models import Operator
from db.types import utcnow
from receiving_station import audit
from receiving_station.auth import hash_pin
from receiving_station.i18n.language import LANGUAGES

ROLES = tuple(role.value for role in Role)
_PRINTABLE = re.compile(r"[^\x00-\x1f\x7f-\x9f\u2028\u2029]+")


class OperatorError(ValueError):
    """A change refused, with what to do instead."""


@dataclass(frozen=True)
class OperatorView:
    badge: str
    name: str
    role: str
    active: bool
    has_pin: bool
    language: str | None
    locked: bool


def _check_text(value: str, what: str, longest: int) -> str:
    value = value.strip()
    if not value or len(value) > longest or not _PRINTABLE.fullmatch(value):
        raise OperatorError(f"{what}: 1 to {longest} characters, no control characters")
    return value


def _badge(code: str) -> str:
    """The badge as the bench reads it when scanned (B-, then 1 to 20 letters or digits)."""
    from receiving_station.codes.identify import CodeKind, identify

    found = identify(code.strip())
    if found.kind != CodeKind.BADGE or found.badge is None:
        raise OperatorError(
            f"badge {code.strip()[:64]!r}: a badge's code is B- and 1 to 20 letters or digits, "
            "e.g. B-1042 (the bench reads other codes as parcels, items or commands)"
        )
    return found.badge


def _pin_hash(pin: str | None, role: str) -> str | None:
    if pin is None:
        if role != Role.STAFF:
            raise OperatorError(f"a {role} signs in with badge and PIN: give a PIN (4-12 digits)")
        return None
    try:
        return hash_pin(pin)
    except ValueError as exc:
        raise OperatorError(str(exc)) from exc


def add_operator(
    sessions: sessionmaker[Session],
    *,
    name: str,
    badge: str,
    role: str,
    pin: str | None,
    language: str | None = None,
) -> OperatorView:
    name = _check_text(name, "name", 120)
    badge = _badge(badge)
    if role not in ROLES:
        raise OperatorError(f"role {role!r}: one of {', '.join(ROLES)}")
    if language is not None and language not in LANGUAGES:
        raise OperatorError(f"language {language!r}: one of {', '.join(sorted(LANGUAGES))}")
    pin_hash = _pin_hash(pin, role)
    with write_transaction(sessions) as session:
        if session.scalar(select(Operator.id).where(Operator.badge_code == badge)) is not None:
            raise OperatorError(f"badge {badge} is already someone's: every badge is one person's")
        operator = Operator(
            badge_code=badge, name=name, role=role, pin_hash=pin_hash, language=language
        )
        session.add(operator)
        session.flush()
        _audit(session, "operator_added", operator, {"role": role, "name": name})
        return _view(operator)


def set_pin(sessions: sessionmaker[Session], badge: str, pin: str) -> OperatorView:
    """A new PIN (a forgotten one, say); it also lifts a lock after too many wrong PINs."""
    with write_transaction(sessions) as session:
        operator = _find(session, badge)
        operator.pin_hash = _pin_hash(pin, operator.role)
        operator.failed_sign_ins = 0
        operator.locked_until = None
        _audit(session, "operator_pin_set", operator, {})
        return _view(operator)


def set_active(sessions: sessionmaker[Session], badge: str, active: bool) -> OperatorView:
    with write_transaction(sessions) as session:
        operator = _find(session, badge)
        operator.active = active
        _audit(session, "operator_activated" if active else "operator_deactivated", operator, {})
        return _view(operator)


def list_operators(
    sessions: sessionmaker[Session], *, everyone: bool = False
) -> list[OperatorView]:
    with sessions() as session:
        query = select(Operator).order_by(Operator.name)
        if not everyone:
            query = query.where(Operator.active.is_(True))
        return [_view(o) for o in session.scalars(query)]


def _find(session: Session, badge: str) -> Operator:
    operator = session.scalar(select(Operator).where(Operator.badge_code == badge.strip().upper()))
    if operator is None:
        raise OperatorError(f"no operator has badge {badge.strip()!r} (operators list shows them)")
    return operator


def _view(operator: Operator) -> OperatorView:
    locked = operator.locked_until is not None and operator.locked_until > utcnow()
    return OperatorView(
        operator.badge_code,
        operator.name,
        operator.role,
        bool(operator.active),
        operator.pin_hash is not None,
        operator.language,
        locked,
    )


def _audit(session: Session, action: str, operator: Operator, details: dict[str, str]) -> None:
    audit.record(
        session,
        action=action,
        entity_type="operator",
        entity_id=operator.id,
        at=utcnow(),
        operator_id=None,
        station_id=None,
        details={"badge": operator.badge_code, **details},
    )
