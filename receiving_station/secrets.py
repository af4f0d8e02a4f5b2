"""The station's secrets (the shop's signing secret, API tokens and keys): from the environment
variable the configuration names, else from the OS keyring under the same name; never from a
file.  The configuration holds only the names (`[upstream] secret_env`, `token_env`, ...), so
the file can be shown to anyone and shared by a whole site.

The keyring is the desktop's Secret Service (GNOME Keyring, KWallet) through the `keyring`
package, the field's usual one: `receiving-station secret set NAME` stores a value there for the
user the bench runs as (docs/install.md).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

#: The keyring's "service" the station's secrets are kept under; the user name is the name of
#: the environment variable (e.g. RECEIVING_STATION_UPSTREAM_SECRET).
SERVICE = "receiving-station"


class SecretStoreError(Exception):
    """The OS keyring cannot be used (none on this machine, or locked)."""


def secret(name: str, environ: Mapping[str, str] | None = None) -> str:
    """The value of secret `name`: the environment variable, else the OS keyring, else "".
    With `environ` given (tests, a child's environment) only that is looked in."""
    env = os.environ if environ is None else environ
    value = env.get(name, "")
    if value or environ is not None:
        return value
    try:
        return keyring_get(name) or ""
    except SecretStoreError:
        return ""


def where(name: str) -> str:
    """Where secret `name` would be taken from, for a person checking a bench (never the value)."""
    if os.environ.get(name):
        return "the environment"
    try:
        return "the OS keyring" if keyring_get(name) else "nowhere"
    except SecretStoreError as exc:
        return f"nowhere (the OS keyring: {exc})"


def _keyring() -> tuple[Any, Any]:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError as exc:  # pragma: no cover - a dependency
        raise SecretStoreError("the keyring package is not installed") from exc
    backend = keyring.get_keyring()
    if getattr(backend, "priority", 1) <= 0 or type(backend).__module__.startswith(
        ("keyring.backends.fail", "keyring.backends.null")
    ):
        raise SecretStoreError(
            "no OS keyring on this machine (a Secret Service such as GNOME Keyring is needed): "
            "set the environment variable instead"
        )
    return keyring, KeyringError


def keyring_get(name: str) -> str | None:
    keyring, error = _keyring()
    try:
        value = keyring.get_password(SERVICE, name)
    except (error, OSError, RuntimeError) as exc:
        raise SecretStoreError(str(exc) or type(exc).__name__) from exc
    return str(value) if value is not None else None


def keyring_set(name: str, value: str) -> str:
    """Store `value` as secret `name` in the OS keyring; returns the keyring's name."""
    keyring, error = _keyring()
    try:
        keyring.set_password(SERVICE, name, value)
    except (error, OSError, RuntimeError) as exc:
        raise SecretStoreError(str(exc) or type(exc).__name__) from exc
    return str(getattr(keyring.get_keyring(), "name", type(keyring.get_keyring()).__name__))


def keyring_delete(name: str) -> bool:
    """Remove secret `name` from the OS keyring; False when it was not there."""
    keyring, error = _keyring()
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, name)
    except PasswordDeleteError:
        return False
    except (error, OSError, RuntimeError) as exc:
        raise SecretStoreError(str(exc) or type(exc).__name__) from exc
    return True
