"""Operators' PINs and role checks.  Role checks live here, in the core, not only in the UI."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import Role
from db.models import Operator
from receiving_station.i18n.text import Text
from receiving_station.i18n.vocabulary import word

_ITERATIONS = 120_000
_RANK = {Role.STAFF: 0, Role.LEAD: 1, Role.SUPERVISOR: 2}


@dataclass(frozen=True)
class SignInPolicy:
    """How people sign in at this site's benches ([station] in the station configuration).

    `badge_only_roles`: the roles whose badge alone signs them in; every other role scans the
    badge and then types the PIN.  `pin_attempts` wrong PINs in a row lock the operator for
    `lockout_minutes` (at every bench: it is kept with the operator)."""

    badge_only_roles: frozenset[str] = frozenset({Role.STAFF.value})
    pin_attempts: int = 5
    lockout_minutes: float = 15.0

    def needs_pin(self, role: str) -> bool:
        return role not in self.badge_only_roles


class PermissionDenied(Exception):
    """The operator's role does not allow the action; the message says which role is needed."""


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = _ITERATIONS) -> str:
    """PBKDF2-SHA256 hash of a PIN, as `pbkdf2_sha256$ITER$SALT$HASH` (hex)."""
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise ValueError("a PIN is 4 to 12 digits")
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(digest.hex(), digest_hex)


def has_role(role: str, needed: Role) -> bool:
    try:
        return _RANK[Role(role)] >= _RANK[needed]
    except ValueError:
        return False


def require_operator(session: Session, operator_id: int, needed: Role, action: str) -> str:
    """The operator's role as the database holds it now, when they are active and it is
    `needed` or above; else PermissionDenied.  Read at each privileged action, so a role
    changed or an operator disabled since they signed in counts at once, and no caller can
    claim a role it does not have."""
    row = session.execute(
        select(Operator.role, Operator.active).where(Operator.id == operator_id)
    ).first()
    if row is None or not row.active:
        raise PermissionDenied(
            Text(
                "auth",
                "{action}: you are not an active operator here (disabled, or not known): sign "
                "in again or ask a supervisor",
                action=action,
            )
        )
    require_role(row.role, needed, action)
    return str(row.role)


def require_role(role: str, needed: Role, action: str) -> None:
    """Raise PermissionDenied unless `role` is `needed` or above (staff < lead < supervisor);
    `action` says what was asked for (a Text, so the refusal reads in any language)."""
    if not has_role(role, needed):
        raise PermissionDenied(
            Text(
                "auth",
                "{action} needs a {needed} or above; you are signed in as {role}",
                action=action,
                needed=word(needed.value),
                role=word(role),
            )
        )
