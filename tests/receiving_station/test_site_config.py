"""The configuration in layers (issue #25 item 4): a site file shared by every bench, on a share
or served over HTTPS with a minisign signature checked, under each bench's own file; where
each setting came from; the last good copy when the server does not answer.

Signatures are made by Debian's `minisign`, the tool a site's IT signs with, and the HTTPS
server is a real TLS server with a certificate `openssl` made for the test's own CA.
"""

from __future__ import annotations

import http.server
import os
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from receiving_station.cli import main
from receiving_station.config import StationConfigError, load_station_config

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if IN_CI:
            pytest.fail(f"{tool} is missing: ./station test installs it")
        pytest.skip(f"{tool} is not installed (./station test installs it)")
    return path


class Signer:
    """A site's minisign key pair, made and used by the real minisign tool."""

    def __init__(self, folder: Path) -> None:
        self.tool = _need("minisign")
        folder.mkdir(parents=True, exist_ok=True)
        self.public, self.secret = folder / "minisign.pub", folder / "minisign.key"
        subprocess.run(
            [self.tool, "-G", "-W", "-p", str(self.public), "-s", str(self.secret)],
            check=True,
            capture_output=True,
        )
        self.key = self.public.read_text().splitlines()[1]

    def sign(self, path: Path, *, timestamp: int | None = None) -> None:
        command = [self.tool, "-S", "-s", str(self.secret), "-m", str(path)]
        if timestamp is not None:
            command += ["-t", f"timestamp:{timestamp}\tfile:{path.name}"]
        subprocess.run(command, check=True, capture_output=True)


@pytest.fixture
def signer(tmp_path: Path) -> Signer:
    return Signer(tmp_path / "keys")


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECEIVING_STATION_SITE_CACHE", str(tmp_path / "cache"))


SITE = """\
# the site's settings, every bench
[station]
locale = "sv_SE"
idle_logout_minutes = 5

[display]
theme = "high-contrast"

[scanner]
keymap = "se"
min_length = 6

[scale]
port = "/dev/receiving-station/scale0"
protocol = "mt-sics"
"""


def _bench(
    tmp_path: Path, site: str, key: str | None = None, extra: str = "", ca_file: Path | None = None
) -> Path:
    lines = ["[site]", f'source = "{site}"']
    if key:
        lines.append(f'public_key = "{key}"')
    if ca_file:
        lines.append(f'ca_file = "{ca_file}"')
    lines += ["", "[station]", 'name = "BENCH-07"', "", "[scanner]", "min_length = 4", extra]
    path = tmp_path / "station.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_site_file_under_the_bench_and_where_each_setting_came_from(
    tmp_path: Path, signer: Signer
) -> None:
    site = tmp_path / "share" / "site.toml"
    site.parent.mkdir()
    site.write_text(SITE, encoding="utf-8")
    signer.sign(site)
    bench = _bench(tmp_path, str(site), signer.key)
    config = load_station_config(bench)
    assert config.station == "BENCH-07" and config.locale == "sv_SE"
    assert config.idle_logout_minutes == 5 and config.display.theme == "high-contrast"
    assert config.scanner.settings.keymap == "se"
    assert config.scanner.settings.min_length == 4  # the bench's own wins
    assert config.scale is not None and config.scale.port == "/dev/receiving-station/scale0"
    assert config.site is not None and config.site.key_id and not config.site.from_cache
    assert config.source == bench
    by_key = {(s.section, s.key): s for s in config.sources}
    assert by_key[("station", "locale")].layer == "site"
    assert by_key[("station", "locale")].where == str(site)
    assert by_key[("station", "locale")].line == 3
    assert by_key[("scanner", "min_length")].layer == "bench"
    assert by_key[("scanner", "min_length")].line == 9
    assert by_key[("scale", "protocol")].line == 15


def test_devices_config_lists_each_settings_source(
    tmp_path: Path, signer: Signer, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site.toml"
    site.write_text(SITE, encoding="utf-8")
    signer.sign(site)
    bench = _bench(tmp_path, str(site), signer.key)
    assert main(["devices", "config", str(bench)]) == 0
    out = capsys.readouterr().out
    key_id = out.split("signed by minisign key ")[1].split(")")[0]
    listed = subprocess.run(
        [signer.tool, "-V", "-p", str(signer.public), "-m", str(site)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert listed.returncode == 0 and len(key_id) == 16
    assert key_id in signer.public.read_text()  # the id minisign prints for the key
    rows = {line.split(" = ")[0].strip(): line for line in out.splitlines() if " = " in line}
    assert rows["[station] locale"].rstrip().endswith(f"site  {site}:3")
    assert rows["[scanner] min_length"].rstrip().endswith(f"bench {bench}:9")
    assert main(["devices", "config", str(bench), "--json"]) == 0
    assert '"keymap": "se"' in capsys.readouterr().out


@pytest.mark.parametrize(
    ("site_text", "line", "reason"),
    [
        ('[station]\nname = "BENCH-99"\n', 2, "[station] name is each bench's own"),
        ('[site]\nsource = "/x"\n', 1, "[site] belongs in a bench's own file"),
        ("[camera]\nport = 1\n", 1, "unknown or malformed section 'camera'"),
        ("[display]\ncolour = 'red'\n", 2, "[display] colour: unknown setting"),
    ],
)
def test_what_a_site_file_cannot_say(
    tmp_path: Path, site_text: str, line: int, reason: str
) -> None:
    site = tmp_path / "site.toml"
    site.write_text(site_text, encoding="utf-8")
    with pytest.raises(StationConfigError) as caught:
        load_station_config(_bench(tmp_path, str(site)))
    assert reason in str(caught.value) and f"{site}, line {line}" in str(caught.value)


def test_a_bad_value_in_the_site_file_names_the_site_file_and_line(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text('[station]\nlocale = "sv_SE"\n\n[display]\ntheme = "pink"\n', encoding="utf-8")
    with pytest.raises(StationConfigError) as caught:
        load_station_config(_bench(tmp_path, str(site)))
    assert caught.value.path == str(site) and caught.value.line == 5
    assert "[display] theme" in caught.value.reason
    # the bench's own value over it: the bench's file is where to look
    bench = _bench(tmp_path, str(site), extra='[display]\ntheme = "plum"\n')
    with pytest.raises(StationConfigError) as caught:
        load_station_config(bench)
    assert caught.value.path == bench and caught.value.line == 10


def test_unsigned_or_forged_site_file_is_refused_without_a_good_copy(
    tmp_path: Path, signer: Signer
) -> None:
    site = tmp_path / "site.toml"
    site.write_text(SITE, encoding="utf-8")
    bench = _bench(tmp_path, str(site), signer.key)
    with pytest.raises(StationConfigError) as caught:  # no .minisig beside it
        load_station_config(bench)
    assert caught.value.path == bench and caught.value.line == 2
    assert "site.toml.minisig" in caught.value.reason and "no earlier copy" in caught.value.reason
    signer.sign(site)
    site.write_text(SITE.replace('"se"', '"us"'), encoding="utf-8")  # changed after signing
    with pytest.raises(StationConfigError) as caught:
        load_station_config(bench)
    assert "signature does not match" in caught.value.reason
    other = Signer(tmp_path / "other")  # signed, but not by the site's key
    other.sign(site)
    with pytest.raises(StationConfigError, match="signature does not match"):
        load_station_config(bench)


def test_bench_file_errors_in_its_site_section(tmp_path: Path) -> None:
    bench = tmp_path / "station.toml"
    for text, reason in [
        ('[site]\nsource = ""\n', "[site] source"),
        ('[site]\nsource = "/x"\npublic_key = "RWnope"\n', "not a minisign public key"),
        ('[site]\nsource = "http://config.example/site.toml"\n', "plain http must be signed"),
        ('[site]\nsource = "/x"\nsignature = "/x.sig"\n', "checked with public_key"),
        ('[site]\nsource = "/x"\nca_file = "/nonexistent.pem"\n', "no such certificate"),
        ('[site]\nsource = "/nonexistent/site.toml"\n', "No such file"),
    ]:
        bench.write_text(text, encoding="utf-8")
        with pytest.raises(StationConfigError) as caught:
            load_station_config(bench)
        assert reason in caught.value.reason and caught.value.path == bench, text


# -- over HTTPS --------------------------------------------------------------------------------


class _Files(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def https_site(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """A real HTTPS server for `served/`, its certificate from the test's own CA (openssl)."""
    openssl = _need("openssl")
    pki = tmp_path / "pki"
    pki.mkdir()

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], check=True, capture_output=True, cwd=pki)

    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Site test CA")  # fmt: skip
    run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost")  # fmt: skip
    (pki / "ext.cnf").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf")  # fmt: skip
    served = tmp_path / "served"
    served.mkdir()

    def handler(*args: object) -> _Files:
        return _Files(*args, directory=str(served))  # type: ignore[arg-type]

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki / "server.pem", pki / "server.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", served, pki / "ca.pem"
    finally:
        server.shutdown()
        server.server_close()


def test_over_https_signed_cached_and_not_rolled_back(
    tmp_path: Path, signer: Signer, https_site: tuple[str, Path, Path]
) -> None:
    base, served, ca = https_site
    site = served / "site.toml"
    site.write_text(SITE, encoding="utf-8")
    signer.sign(site, timestamp=2_000_000_000)
    url = f"{base}/site.toml"
    bench = _bench(tmp_path, url, signer.key)
    # the test's own CA is no CA this machine trusts: refused, and no copy to fall back on
    with pytest.raises(StationConfigError, match=r"CERTIFICATE_VERIFY_FAILED|certificate"):
        load_station_config(bench)
    bench = _bench(tmp_path, url, signer.key, ca_file=ca)
    fresh = load_station_config(bench)
    assert fresh.site is not None and not fresh.site.from_cache and fresh.locale == "sv_SE"
    # the server has a newer file, wrongly signed: the bench keeps its good copy and says so
    site.write_text(SITE.replace('"sv_SE"', '"nb_NO"'), encoding="utf-8")
    kept = load_station_config(bench)
    assert kept.site is not None and kept.site.from_cache and kept.locale == "sv_SE"
    assert kept.site.warning is not None and "signature does not match" in kept.site.warning
    # a properly signed newer file is taken
    signer.sign(site, timestamp=2_000_000_100)
    assert load_station_config(bench).locale == "nb_NO"
    # an older signed file put back on the server is not (a replay of yesterday's settings)
    site.write_text(SITE, encoding="utf-8")
    signer.sign(site, timestamp=2_000_000_000)
    replayed = load_station_config(bench)
    assert replayed.locale == "nb_NO" and replayed.site is not None
    assert replayed.site.warning is not None and "signed earlier" in replayed.site.warning
    # the server gone: the last good copy, with the reason
    (served / "site.toml").unlink()
    gone = load_station_config(bench)
    assert gone.locale == "nb_NO" and gone.site is not None and "404" in (gone.site.warning or "")
    # a copy changed on the bench is not used
    cache = tmp_path / "cache" / "site.toml"
    cache.write_text(cache.read_text().replace("nb_NO", "da_DK"))
    with pytest.raises(StationConfigError, match="no earlier copy"):
        load_station_config(bench)


def test_a_draft_site_file_checked_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = tmp_path / "station.toml"
    bench.write_text('[station]\nname = "BENCH-02"\n', encoding="utf-8")
    draft = tmp_path / "draft.toml"
    draft.write_text(SITE, encoding="utf-8")
    assert main(["devices", "config", str(bench), "--site", str(draft)]) == 0
    out = capsys.readouterr().out
    assert "signature not checked" in out and f"site  {draft}:3" in out
    draft.write_text('[scale]\nprotocol = "dymo"\nport = "/dev/x"\n', encoding="utf-8")
    assert main(["devices", "config", str(bench), "--site", str(draft)]) == 2
    assert f"{draft}, line 2: [scale] protocol 'dymo'" in capsys.readouterr().err


def test_a_site_files_text_cannot_drive_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A value from the site file with terminal escapes (TOML's \\u escapes allow them) is shown
    by `devices config` with its control characters written out, never sent raw."""
    site = tmp_path / "site.toml"
    site.write_text(
        '[upstream]\nurl = "https://shop.example/\\u001b[2J\\u009b31m"\n', encoding="utf-8"
    )
    bench = _bench(tmp_path, str(site))
    assert main(["devices", "config", str(bench)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out
    assert "\\x9b31m" in out and "\\u001b[2J" in out
