"""Secrets from the environment, else the OS keyring, never a file (issue #25 item 4)."""

from __future__ import annotations

import io
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from receiving_station import secrets
from receiving_station.cli import main
from receiving_station.config import StationConfigError, parse_station_config
from receiving_station.upstream.adapters import UpstreamSetupError, secret_from_env


class MemoryKeyring(KeyringBackend):
    """A keyring backend as the `keyring` package defines one, keeping values in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Any:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


NAME = "RECEIVING_STATION_UPSTREAM_SECRET"


def test_environment_first_then_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(NAME, raising=False)
    monkeypatch.delenv(f"{NAME}_PREVIOUS", raising=False)
    with pytest.raises(UpstreamSetupError, match="receiving-station secret set"):
        secret_from_env(NAME)
    memory_keyring.set_password(secrets.SERVICE, NAME, "from-the-keyring")
    memory_keyring.set_password(secrets.SERVICE, f"{NAME}_PREVIOUS", "old-one")
    assert secret_from_env(NAME) == (b"from-the-keyring", b"old-one")
    assert secrets.where(NAME) == "the OS keyring"
    monkeypatch.setenv(NAME, "from-the-environment")
    assert secret_from_env(NAME)[0] == b"from-the-environment"
    assert secrets.where(NAME) == "the environment"
    # an environment handed in (a child's) is the only place looked in
    assert secrets.secret(NAME, {}) == ""


def test_no_keyring_on_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NAME, raising=False)
    assert keyring.get_keyring().priority <= 0  # tests/conftest.py: the "fail" backend
    assert secrets.secret(NAME) == ""
    assert "no OS keyring on this machine" in secrets.where(NAME)
    with pytest.raises(secrets.SecretStoreError, match="no OS keyring"):
        secrets.keyring_set(NAME, "x")


def test_secret_verbs(
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv(NAME, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-value\n"))
    assert main(["secret", "set", NAME]) == 0
    assert memory_keyring.values[(secrets.SERVICE, NAME)] == "s3cret-value"
    assert main(["secret", "check", NAME]) == 0
    out = capsys.readouterr().out
    assert "from the OS keyring" in out and "s3cret" not in out
    assert main(["secret", "delete", NAME]) == 0
    assert main(["secret", "check", NAME]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["secret", "set", NAME]) == 2
    assert main(["secret", "set", "not a name"]) == 2
    assert "nothing stored" in capsys.readouterr().err


def test_a_secret_in_the_file_is_refused() -> None:
    with pytest.raises(StationConfigError, match=r"\[upstream\] secret: unknown setting"):
        parse_station_config('[upstream]\nurl = "https://x.example"\nsecret = "hunter2"\n')
    with pytest.raises(StationConfigError, match="the name of an environment variable"):
        parse_station_config('[upstream]\nurl = "https://x.example"\nsecret_env = "hunter 2!"\n')
