"""Pulling expected returns from upstream, the `[upstream]` settings, and the verbs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from db.engine import session_factory
from db.models import Rma
from receiving_station.config import StationConfigError, parse_station_config
from receiving_station.demo.sandbox import SandboxServer
from receiving_station.upstream.adapters import (
    FileAdapter,
    HttpAdapter,
    StationConnector,
    UpstreamSetupError,
    build_adapter,
)
from receiving_station.upstream.pull import PullError, pull_returns, stored_cursor
from tests.helpers.upstream import SECRET, queue_events

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = json.loads((ROOT / "docs" / "samples" / "returns.json").read_text())["returns"]


def _rmas(engine: Engine) -> int:
    with session_factory(engine)() as session:
        return session.scalar(select(func.count()).select_from(Rma)) or 0


def test_pull_imports_pages_and_continues_from_its_cursor(
    engine: Engine, sandbox: SandboxServer
) -> None:
    sandbox.store.put_returns(SAMPLE)
    adapter = StationConnector(HttpAdapter(sandbox.url, SECRET))
    seen: list[tuple[str, int, int]] = []
    first = pull_returns(  # one return a page: the pages chain
        engine, adapter, limit=1, progress=lambda *shown: seen.append(shown)
    )
    assert first.returns == len(SAMPLE) and first.pages >= len(SAMPLE)
    # The progress after every page: the returns so far, how many in all not known.
    assert len(seen) == first.pages
    assert [done for _, done, _ in seen][: len(SAMPLE)] == list(range(1, len(SAMPLE) + 1))
    assert {(phase, total) for phase, _, total in seen} == {("pulling", 0)}
    assert _rmas(engine) == len(SAMPLE)
    assert stored_cursor(engine) == first.cursor != ""
    again = pull_returns(engine, adapter)
    assert again.returns == 0 and _rmas(engine) == len(SAMPLE)
    # The shop changes one return: only that one comes next time, and it is updated.
    changed = {**SAMPLE[0], "customer_name": "Sanne de Vries-Bakker"}
    sandbox.store.put_returns([changed])
    third = pull_returns(engine, adapter)
    assert third.returns == 1 and third.updated == 1 and third.created == 0
    with session_factory(engine)() as session:
        names = set(session.scalars(select(Rma.customer_name)))
    assert "Sanne de Vries-Bakker" in names
    adapter.close()


def test_pull_refuses_a_wrong_secret_and_bad_records_without_moving_on(
    engine: Engine, sandbox: SandboxServer
) -> None:
    sandbox.store.put_returns(SAMPLE)
    with pytest.raises(PullError, match="HTTP 401"):
        pull_returns(engine, StationConnector(HttpAdapter(sandbox.url, b"wrong")))
    broken = {**SAMPLE[0], "market": "Narnia"}
    sandbox.store.put_returns([broken])
    with pytest.raises(PullError, match="market") as refused:
        pull_returns(engine, StationConnector(HttpAdapter(sandbox.url, SECRET)), limit=1000)
    assert "nothing of this page imported" in str(refused.value)
    assert _rmas(engine) == 0 and stored_cursor(engine) == ""


def test_upstream_settings_are_checked_with_their_line() -> None:
    config = parse_station_config(
        '[station]\nname = "B-1"\n[upstream]\nurl = "https://shop.example.com/api/v1"\ntimeout_seconds = 5\n'
    )
    assert config.upstream is not None and config.upstream.url == "https://shop.example.com/api/v1"
    assert config.upstream.secret_env == "RECEIVING_STATION_UPSTREAM_SECRET"
    files = parse_station_config('[upstream]\nmode = "file"\ndirectory = "/srv/drop"\n')
    assert files.upstream is not None and files.upstream.directory == Path("/srv/drop")
    for text, message in [
        ('[upstream]\nurl = "ftp://x"\n', "url"),
        ('[upstream]\nmode = "carrier pigeon"\n', "mode"),
        ('[upstream]\nmode = "file"\n', "directory"),
        ('[upstream]\nurl = "http://x"\ntimeout_seconds = 0\n', "timeout_seconds"),
        ('[upstream]\nurl = "http://x"\nsecret_env = "not a name"\n', "secret_env"),
        ('[upstream]\nurl = "http://x"\nsecret = "leaked"\n', "unknown setting"),
    ]:
        with pytest.raises(StationConfigError, match=message) as error:
            parse_station_config(text)
        assert error.value.line is not None


def test_the_adapter_follows_the_settings_and_says_what_is_missing(tmp_path: Path) -> None:
    config = parse_station_config(
        '[upstream]\nurl = "http://127.0.0.1:9"\nsecret_env = "SHOP_SECRET"\n'
    ).upstream
    with pytest.raises(UpstreamSetupError, match="export SHOP_SECRET="):
        build_adapter(config, environ={})
    assert isinstance(build_adapter(config, environ={"SHOP_SECRET": "s"}), HttpAdapter)
    assert isinstance(
        build_adapter(config, directory=tmp_path, environ={"SHOP_SECRET": "s"}), FileAdapter
    )
    with pytest.raises(UpstreamSetupError, match="no upstream configured"):
        build_adapter(None, environ={"RECEIVING_STATION_UPSTREAM_SECRET": "s"})


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    full = {**os.environ, **(env or {})}
    full.pop("RECEIVING_STATION_CONFIG", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full,
        timeout=120,
        check=False,
    )


def test_dispatch_once_and_the_events_list_as_a_person_runs_them(
    engine: Engine, database_url: str, sandbox: SandboxServer
) -> None:
    queue_events(engine, 2, per_rma=1)
    secret = {"RECEIVING_STATION_UPSTREAM_SECRET": SECRET.decode()}
    missing = _cli(
        "dispatch",
        "--database",
        database_url,
        "--upstream",
        sandbox.url,
        "--once",
        env={"RECEIVING_STATION_UPSTREAM_SECRET": ""},
    )
    assert missing.returncode == 2 and "RECEIVING_STATION_UPSTREAM_SECRET" in missing.stderr
    listed = _cli("upstream-events", "--database", database_url)
    assert listed.returncode == 0 and listed.stdout.count("pending") == 4
    done = _cli(
        "dispatch", "--database", database_url, "--upstream", sandbox.url, "--once", env=secret
    )
    assert done.returncode == 0, done.stderr
    assert "sent 6, refused 0, to retry 0" in done.stdout  # 4 + the 2 "refunded" events
    assert (
        "no upstream events waiting" in _cli("upstream-events", "--database", database_url).stdout
    )
    down = _cli(
        "dispatch",
        "--database",
        database_url,
        "--upstream",
        "http://127.0.0.1:9",
        "--once",
        env=secret,
    )
    assert down.returncode == 0  # nothing left to send
    queue_events(engine, 1, per_rma=0, prefix="RMA-LATE")
    down = _cli(
        "dispatch",
        "--database",
        database_url,
        "--upstream",
        "http://127.0.0.1:9",
        "--once",
        env=secret,
    )
    assert (
        down.returncode == 1
        and "to retry 1" in down.stdout
        and "ConnectionRefusedError" in down.stdout
    )
    detail = _cli("upstream-events", "--database", database_url, "--rma", "RMA-LATE-00000")
    assert "attempts 1" in detail.stdout


def test_upstream_check_says_what_is_in_order_and_what_to_put_right(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    good = _cli(
        "upstream", "check", "--upstream", sandbox.url,
        env={"RECEIVING_STATION_UPSTREAM_SECRET": SECRET.decode()},
    )  # fmt: skip
    assert good.returncode == 0, good.stderr
    assert "ok  returns readable" in good.stdout and "our signature was accepted" in good.stdout
    assert "everything checked is in order" in good.stdout
    wrong = _cli(
        "upstream", "check", "--upstream", sandbox.url,
        env={"RECEIVING_STATION_UPSTREAM_SECRET": "not-the-shops"},
    )  # fmt: skip
    assert wrong.returncode == 1
    assert "NO  returns readable" in wrong.stdout and "the shared secret differs" in wrong.stdout
    missing = _cli(
        "upstream", "check", "--upstream", sandbox.url,
        env={"RECEIVING_STATION_UPSTREAM_SECRET": ""},
    )  # fmt: skip
    assert missing.returncode == 2 and "export RECEIVING_STATION_UPSTREAM_SECRET=" in missing.stderr


def test_platform_settings_are_read_and_checked() -> None:
    shopify = parse_station_config(
        '[upstream]\nplatform = "shopify"\nurl = "https://example-shop.myshopify.com"\n'
        'location = "gid://shopify/Location/1"\napi_version = "2026-10"\n'
    ).upstream
    assert shopify is not None and shopify.platform == "shopify"
    assert shopify.location == "gid://shopify/Location/1" and shopify.api_version == "2026-10"
    assert shopify.token_env == "RECEIVING_STATION_SHOPIFY_TOKEN"
    woo = parse_station_config(
        '[upstream]\nplatform = "woocommerce"\nurl = "https://shop.example.com"\n'
        'return_statuses = ["return-requested"]\napi_refund = false\n'
    ).upstream
    assert woo is not None and woo.return_statuses == ("return-requested",)
    assert woo.api_refund is False
    for text, message in [
        ('[upstream]\nplatform = "magento"\nurl = "https://x"\n', "platform"),
        ('[upstream]\nplatform = "shopify"\nmode = "file"\ndirectory = "/x"\n', "http only"),
        ('[upstream]\nplatform = "shopify"\nurl = "https://x"\napi_version = "latest"\n', "api_version"),
        ('[upstream]\nplatform = "woocommerce"\nurl = "https://x"\n', "return_statuses"),
        ('[upstream]\nplatform = "woocommerce"\nurl = "https://x"\nreturn_statuses = ["Return Requested"]\n', "return_statuses"),
        ('[upstream]\nplatform = "shopify"\nurl = "https://x"\ntoken_env = "a b"\n', "token_env"),
    ]:  # fmt: skip
        with pytest.raises(StationConfigError, match=message) as error:
            parse_station_config(text)
        assert error.value.line is not None


def test_the_pull_verb_shows_its_progress(
    engine: Engine, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """`receiving-station pull --progress`: the returns pulled so far and their rate on
    stderr, page by page (how many in all is not known until the last page)."""
    from receiving_station.cli import main

    sandbox.store.put_returns(SAMPLE)
    monkeypatch.setenv("RECEIVING_STATION_UPSTREAM_SECRET", SECRET.decode())
    monkeypatch.delenv("RECEIVING_STATION_CONFIG", raising=False)
    url = engine.url.render_as_string(hide_password=False)
    code = main(
        ["pull", "--database", url, "--upstream", sandbox.url, "--limit", "1", "--progress"]
    )
    out, err = capsys.readouterr()
    assert code == 0
    assert f"pulled {len(SAMPLE)} returns" in out
    assert "pulling" in err and f"{len(SAMPLE)} returns" in err and "returns/s" in err
    assert "%" not in err  # no total, no percentage
