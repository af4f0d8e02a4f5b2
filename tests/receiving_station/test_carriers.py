"""Carrier definitions as data: every test number the definitions carry, as a scanner sends it;
the check-digit routines on any input; a site's own file; taking a newer copy of the shared data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from receiving_station.codes import checkdigits
from receiving_station.codes.carrier_files import (
    BUNDLED_MARKETS,
    BUNDLED_SHARED,
    CarrierFilesError,
    book,
    load_all,
    load_book,
    read_source,
    take_shared,
    taken_shared_dir,
    use_book,
    verify_copy,
)
from receiving_station.codes.carriers import (
    MARKETS,
    SHARED,
    CarrierBook,
    DefinitionError,
    compile_courier,
    normalise,
)
from receiving_station.codes.identify import CodeKind, identify

ROOT = Path(__file__).resolve().parents[2]

#: The couriers the station has always claimed (issue #24: every one of their shared test
#: numbers recognised, every invalid one refused).
CLAIMED = {"ups", "usps", "fedex", "dhl", "dpd", "s10"}

#: Valid test numbers of the shared data that another courier's format, proved the same way
#: or better, reads first (ranking: docs/carriers.md).  Each must still be valid by its own
#: definition and by the one that wins.
READ_AS_ANOTHER = {
    ("purolator/purolator_numeric", "287809468872"): "fedex/fedex_12",
    ("purolator/purolator_numeric", "320610804900"): "fedex/fedex_12",
    ("purolator/purolator_numeric", "331434972567"): "dhl/dhl_paket_12",
    ("purolator/purolator_alpha", "JFV247545960"): "dhl/dhl_express_piece_id",
}


@pytest.fixture
def isolated_carriers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A station whose data directory and site carrier folder are empty temporary ones."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    site = tmp_path / "site-carriers"
    site.mkdir()
    monkeypatch.setenv("RECEIVING_STATION_CARRIERS", str(site))
    use_book(None)
    yield site
    use_book(None)


def _numbers(kind: str) -> list[tuple[str, str]]:
    loaded = load_all(site=ROOT / "no-site-carriers")
    assert not loaded.problems, loaded.problems
    out = []
    for definition in loaded.definitions:
        numbers = definition.valid_examples if kind == "valid" else definition.invalid_examples
        out += [(definition.key, number) for number in numbers]
    return out


VALID = _numbers("valid")
INVALID = _numbers("invalid")


def _definition(key: str):  # type: ignore[no-untyped-def]
    return next(d for d in load_all(site=ROOT / "no-site-carriers").definitions if d.key == key)


def _as_scanned(number: str) -> list[str]:
    """The number as labels print it and scanners or people send it."""
    compact = normalise(number)
    half = len(compact) // 2
    return [number, compact, compact.lower(), f"{compact[:half]} {compact[half:]}\r\n"]


@pytest.mark.parametrize(("key", "number"), VALID, ids=[f"{k}:{n}" for k, n in VALID])
def test_every_valid_test_number_is_recognised(key: str, number: str) -> None:
    definition = _definition(key)
    expected = READ_AS_ANOTHER.get((key, number), key)
    for scanned in _as_scanned(number):
        result = identify(scanned)
        assert (result.kind, result.valid, result.carrier_format) == (
            CodeKind.PARCEL,
            True,
            expected,
        ), (scanned, result)
        compact = normalise(number)
        reading = _definition(expected).read(compact)
        assert reading is not None
        # the number as scanned without spaces, less a USPS routing prefix (420 + ZIP code) or
        # the (00) of an SSCC read without its AIM prefix
        assert result.tracking_number in {compact, reading.tracking_number, compact[2:]}, result
        if result.tracking_number == compact[2:]:
            assert compact.startswith("00") and result.sscc == compact[2:]
    if expected != key:
        assert definition.courier_code not in CLAIMED
        assert definition.read(normalise(number)).valid  # type: ignore[union-attr]


@pytest.mark.parametrize(("key", "number"), INVALID, ids=[f"{k}:{n}" for k, n in INVALID])
def test_every_invalid_test_number_is_refused_or_another_couriers(key: str, number: str) -> None:
    for scanned in _as_scanned(number):
        result = identify(scanned)
        if result.kind != CodeKind.PARCEL or not result.valid:
            continue
        assert result.carrier_format != key, (scanned, result)
        # given to another format: that format's own rules accept it
        other = _definition(result.carrier_format) if result.carrier_format else None
        if other is not None:
            assert other.read(normalise(scanned)).valid  # type: ignore[union-attr]


def test_the_claimed_couriers_and_the_issue_numbers() -> None:
    """The numbers issue #24 found unrecognised or wrongly accepted."""
    for number, carrier in [
        ("K1506235620", "ups"),
        ("J4603636537", "ups"),
        ("V0490119172", "ups"),
        ("GM2951173225174494", "dhl"),
        ("60120172242323", "dhl"),
        ("0998 0000 0200 34D", "dpd"),
        ("32971514560102447849175802862014", "fedex"),
        ("00 0123 4500 0000 0027", "fedex"),
    ]:
        result = identify(number)
        assert (result.kind, result.valid, result.carrier) == (CodeKind.PARCEL, True, carrier)
    for number in ("RB123456785XX", "420000000000000000000000000000"):
        result = identify(number)
        assert not result.valid and result.message, result
    assert "country code 'XX'" in (identify("RB123456785XX").message or "")


def test_usps_routing_prefix_is_not_part_of_the_tracking_number() -> None:
    result = identify("420 78745 9400111206206406260787")
    assert (result.carrier, result.tracking_number) == ("usps", "9400111206206406260787")


def test_an_s10_number_names_its_post() -> None:
    result = identify("RB123456785GB")
    assert (result.carrier, result.carrier_name) == ("s10", "Royal Mail Group plc")


# -- check digits ---------------------------------------------------------------------------------


def test_check_digit_routines_on_published_examples() -> None:
    assert checkdigits.luhn("7992739871") == "3"  # the Luhn algorithm's textbook example
    assert checkdigits.mod7("331881002") == "5"
    assert checkdigits.s10("12345678") == "5"
    assert checkdigits.mod_37_36("008182709980000020033350276") == "C"
    assert checkdigits.gs1_mod10("400638133393") == "1"
    assert checkdigits.mod10("5R8939035756712", odds_multiplier=2) == "7"  # UPS 1Z
    assert (
        checkdigits.sum_product_with_weightings_and_modulo(
            "98657878885", weightings=(3, 1, 7) * 4, modulo1=11, modulo2=10
        )
        == "5"
    )


_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
_WEIGHTS = st.lists(st.integers(min_value=0, max_value=99), max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    sequence=_TEXT,
    evens=st.integers(1, 9),
    odds=st.integers(1, 9),
    modulo=st.integers(1, 40),
    reverse=st.booleans(),
    weights=_WEIGHTS,
    alphabet=st.text(min_size=2, max_size=40),
)
def test_no_input_makes_a_check_digit_routine_raise(
    sequence: str,
    evens: int,
    odds: int,
    modulo: int,
    reverse: bool,
    weights: list[int],
    alphabet: str,
) -> None:
    results = [
        checkdigits.mod10(
            sequence, evens_multiplier=evens, odds_multiplier=odds, modulo=modulo, reverse=reverse
        ),
        checkdigits.mod7(sequence, modulo=modulo),
        checkdigits.s10(sequence, weightings=weights, modulo=modulo),
        checkdigits.luhn(sequence, modulo=modulo),
        checkdigits.mod_37_36(sequence, modulo=modulo, alphabet=alphabet),
        checkdigits.sum_product_with_weightings_and_modulo(
            sequence, weightings=weights, modulo1=modulo, modulo2=max(1, modulo // 2)
        ),
        checkdigits.gs1_mod10(sequence),
    ]
    assert all(isinstance(r, str) for r in results)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -", max_size=45))
def test_every_definition_reads_any_number_without_raising(number: str) -> None:
    carriers = book()
    for match in carriers.candidates(number):
        assert match.valid or match.reason
    for definition in carriers.definitions:
        definition.read(normalise(number))


# -- definitions as files -------------------------------------------------------------------------


def _courier(**format_fields: object) -> dict[str, object]:
    spec: dict[str, object] = {
        "name": "Test Parcel",
        "id": "test_parcel",
        "regex": "\\s*T\\s*P\\s*(?<SerialNumber>([0-9]\\s*){8})(?<CheckDigit>[0-9]\\s*)",
        "validation": {"checksum": {"name": "luhn", "modulo": 10}},
        "test_numbers": {"valid": ["TP123456782"], "invalid": ["TP123456783"]},
    }
    spec.update(format_fields)
    return {"name": "Test Courier", "courier_code": "testcourier", "tracking_numbers": [spec]}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"regex": "TP(?<Serial>[0-9]{8})"}, "no SerialNumber group"),
        ({"regex": "TP(?<SerialNumber>[0-9]{8}"}, "does not compile"),
        ({"validation": {"checksum": {"name": "mod11"}}}, "unknown check-digit algorithm 'mod11'"),
        (
            {"validation": {"checksum": {"name": "mod10", "odds_multiplier": "two"}}},
            "odds_multiplier must be a whole number",
        ),
        (
            {"validation": {"checksum": {"name": "luhn"}, "additional": {"exists": ["Courier"]}}},
            "needs lookups it does not have",
        ),
    ],
)
def test_a_bad_definition_is_refused_with_its_file_and_reason(
    change: dict[str, object], message: str
) -> None:
    with pytest.raises(DefinitionError, match=message) as raised:
        compile_courier(_courier(**change), source=SHARED, origin="site/test.json")
    assert "site/test.json: Test Parcel" in str(raised.value)


def test_a_sites_own_file_is_read_without_a_code_change(isolated_carriers: Path) -> None:
    assert identify("TP123456782").kind == CodeKind.UNKNOWN
    (isolated_carriers / "test.json").write_text(json.dumps(_courier()), encoding="utf-8")
    (isolated_carriers / "broken.json").write_text("{ not json", encoding="utf-8")
    use_book(None)
    result = identify("tp 1234 5678 2")
    assert (result.kind, result.valid, result.carrier, result.carrier_name) == (
        CodeKind.PARCEL,
        True,
        "testcourier",
        "Test Courier",
    )
    assert not identify("TP123456783").valid
    problems = book().problems
    assert len(problems) == 1 and "broken.json, line 1: not JSON" in problems[0]
    assert identify("1Z5R89390357567127").carrier == "ups"  # the rest still read


def test_ranking_prefers_a_check_digit_then_pinned_characters_then_the_site() -> None:
    loose = compile_courier(
        {
            "name": "Loose",
            "courier_code": "loose",
            "tracking_numbers": [
                {"name": "Any", "regex": "(?<SerialNumber>[A-Z]{2}[0-9]{9})", "validation": {}}
            ],
        },
        source=0,
        origin="site.json",
    )
    shared = load_all(site=ROOT / "no-site-carriers").definitions
    carriers = CarrierBook([*loose, *shared])
    # a pattern-only site format does not take an S10 number from the formats with check digits
    assert carriers.best("RR123456785SE").courier_code != "loose"  # type: ignore[union-attr]
    assert carriers.best("ZZ123456789").courier_code == "loose"  # type: ignore[union-attr]


# -- the shared data, shipped and taken -----------------------------------------------------------


def test_the_shipped_copy_is_whole_and_says_where_it_came_from() -> None:
    assert verify_copy(BUNDLED_SHARED) is None
    source = read_source(BUNDLED_SHARED)
    assert source["repository"] == "https://github.com/jkeen/tracking_number_data"
    assert len(source["commit"]) == 40 and source["version"] and source["licence"] == "MIT"
    assert "MIT License" in (BUNDLED_SHARED / "LICENSE").read_text(encoding="utf-8")
    markets = {p.stem for p in BUNDLED_MARKETS.glob("*.json")}
    assert markets, "our markets' couriers"
    kinds = {d.source for d in load_all(site=ROOT / "no-site-carriers").definitions}
    assert kinds == {MARKETS, SHARED}


def _checkout(tmp_path: Path) -> Path:
    """A copy of the shipped data laid out as a checkout of tracking_number_data."""
    checkout = tmp_path / "tracking_number_data"
    shutil.copytree(BUNDLED_SHARED / "couriers", checkout / "couriers")
    shutil.copy(BUNDLED_SHARED / "LICENSE", checkout / "LICENSE")
    (checkout / "CHANGELOG.md").write_text("# [2.1.0](https://example)\n", encoding="utf-8")
    return checkout


def test_update_takes_a_newer_copy_that_the_next_start_reads(
    isolated_carriers: Path, tmp_path: Path
) -> None:
    checkout = _checkout(tmp_path)
    dhl = json.loads((checkout / "couriers/dhl.json").read_text(encoding="utf-8"))
    dhl["tracking_numbers"].append(
        {
            "name": "DHL Test Format",
            "id": "dhl_test",
            "regex": "\\s*Q\\s*Q\\s*Q\\s*(?<SerialNumber>([0-9]\\s*){9})(?<CheckDigit>[0-9]\\s*)",
            "validation": {"checksum": {"name": "mod7", "modulo": 7}},
            "test_numbers": {"valid": ["QQQ3318810025"], "invalid": ["QQQ3318810024"]},
        }
    )
    (checkout / "couriers/dhl.json").write_text(json.dumps(dhl), encoding="utf-8")
    assert identify("QQQ3318810025").kind == CodeKind.UNKNOWN

    taken = take_shared(checkout, commit="a" * 40)
    assert (taken.version, taken.into) == ("2.1.0", taken_shared_dir())
    assert verify_copy(taken.into) is None
    use_book(None)  # what a bench does at its next start
    result = identify("QQQ3318810025")
    assert (result.valid, result.carrier, result.carrier_format) == (True, "dhl", "dhl/dhl_test")
    assert book().shared_source["commit"] == "a" * 40

    # an older version is refused unless forced; the copy in force stays
    (checkout / "CHANGELOG.md").write_text("# [1.9.0](https://example)\n", encoding="utf-8")
    with pytest.raises(CarrierFilesError, match=r"older than the 2\.1\.0 in force"):
        take_shared(checkout)
    assert read_source(taken_shared_dir())["version"] == "2.1.0"

    # a copy changed by hand after it was taken is not used: the shipped one is
    path = taken_shared_dir() / "couriers/dhl.json"
    path.write_text(path.read_text(encoding="utf-8").replace("QQQ", "QXQ"), encoding="utf-8")
    use_book(None)
    assert identify("QQQ3318810025").kind == CodeKind.UNKNOWN
    assert any("was changed after it was taken" in p for p in book().problems)


def test_update_refuses_a_copy_that_disagrees_with_its_own_test_numbers(
    isolated_carriers: Path, tmp_path: Path
) -> None:
    checkout = _checkout(tmp_path)
    ups = json.loads((checkout / "couriers/ups.json").read_text(encoding="utf-8"))
    ups["tracking_numbers"][0]["test_numbers"]["valid"].append("1Z5R89390357567128")
    one_file = tmp_path / "ups.json"
    one_file.write_text(json.dumps(ups), encoding="utf-8")
    (checkout / "couriers/ups.json").write_text(json.dumps(ups), encoding="utf-8")
    for source in (checkout, one_file):
        with pytest.raises(
            CarrierFilesError, match=r"1Z5R89390357567128.*check digit does not hold"
        ):
            take_shared(source)
    assert not taken_shared_dir().exists()
    (checkout / "couriers/ups.json").write_text("[", encoding="utf-8")
    with pytest.raises(CarrierFilesError, match=r"ups\.json: not JSON"):
        take_shared(checkout)
    with pytest.raises(CarrierFilesError, match="no such file"):
        take_shared(tmp_path / "nowhere")


def test_one_courier_file_replaces_its_namesake(isolated_carriers: Path, tmp_path: Path) -> None:
    s10 = json.loads((BUNDLED_SHARED / "couriers/s10.json").read_text(encoding="utf-8"))
    s10["tracking_numbers"][0]["test_numbers"]["valid"].append("RB123456785DE")
    path = tmp_path / "s10.json"
    path.write_text(json.dumps(s10), encoding="utf-8")
    taken = take_shared(path)
    assert taken.files == tuple(
        sorted(p.name for p in (BUNDLED_SHARED / "couriers").glob("*.json"))
    )
    assert read_source(taken.into)["commit"] == read_source(BUNDLED_SHARED)["commit"]
    assert "s10.json from" in read_source(taken.into)["origin"]


def test_cli_lists_checks_and_updates(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "RECEIVING_STATION_CARRIERS": str(tmp_path / "none"),
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "carriers", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    listed = run("list", "--json")
    assert listed.returncode == 0, listed.stderr
    formats = json.loads(listed.stdout)["formats"]
    assert {"ups", "usps", "fedex", "dhl", "dpd", "s10"} <= {f["courier"] for f in formats}

    site_file = tmp_path / "test.json"
    site_file.write_text(json.dumps(_courier()), encoding="utf-8")
    checked = run("check", str(site_file))
    assert checked.returncode == 0 and "ok:" in checked.stdout, checked.stdout + checked.stderr
    site_file.write_text(
        json.dumps(_courier(test_numbers={"valid": ["TP123456781"], "invalid": []})),
        encoding="utf-8",
    )
    checked = run("check", str(site_file))
    assert checked.returncode == 1 and "TP123456781" in checked.stdout

    checkout = _checkout(tmp_path)
    dry = run("update", "--check", str(checkout), "--commit", "b" * 40)
    assert dry.returncode == 0 and "checked, not taken" in dry.stdout, dry.stderr
    assert not (tmp_path / "data").exists()
    took = run("update", str(checkout), "--commit", "b" * 40)
    assert took.returncode == 0, took.stderr
    source = json.loads(
        (tmp_path / "data/receiving-station/carriers/tracking_number_data/SOURCE.json").read_text()
    )
    assert (source["version"], source["commit"]) == ("2.1.0", "b" * 40)
    refused = run("update", str(tmp_path / "nowhere"))
    assert refused.returncode == 1 and "no such file" in refused.stderr


def test_load_book_reads_the_default_places(isolated_carriers: Path) -> None:
    loaded = load_book()
    assert not loaded.problems
    assert loaded.shared_source["version"] == read_source(BUNDLED_SHARED)["version"]


def test_docs_list_every_format_in_force() -> None:
    """docs/carriers.md's table is `carriers list --markdown`: regenerate it when a definition
    changes."""
    docs = (ROOT / "docs/carriers.md").read_text(encoding="utf-8")
    for definition in load_all(site=ROOT / "no-site-carriers").definitions:
        example = definition.valid_examples[0] if definition.valid_examples else ""
        row = f"| {definition.courier_name} (`{definition.courier_code}`) | {definition.name} | `{example}` |"
        assert row in docs, row


def test_the_shipped_regexes_are_quick_on_any_number() -> None:
    """What a site's own file is held to when it is loaded (carriers._slow), the shipped
    definitions are held to here."""
    from receiving_station.codes.carriers import _slow

    for definition in load_all(site=ROOT / "no-site-carriers").definitions:
        assert _slow(definition.regex, definition.max_length) is None, definition.key


@pytest.mark.parametrize(
    ("regex", "checksum", "message"),
    [
        ("(?<SerialNumber>([0-9]+)+)X", None, "repeats a repeat without a bound"),
        ("(?<SerialNumber>(A|AB)*)", None, "repeats a repeat without a bound"),
        ("(?<SerialNumber>" + "(" * 2000 + "A" + ")" * 2000 + ")", None, "cannot be used"),
        ("(?<SerialNumber>1)(?<CheckDigit>1)", {"name": ["luhn"]}, "unknown check-digit"),
        ("(?<SerialNumber>1)(?<CheckDigit>1)", {"name": "mod7", "modulo": 2**40}, "1 to 1000"),
    ],
)
def test_a_site_regex_that_could_hang_or_crash_a_scan_is_refused(
    isolated_carriers: Path, regex: str, checksum: dict[str, object] | None, message: str
) -> None:
    spec: dict[str, object] = {"name": "Bad", "regex": regex, "validation": {}}
    if checksum is not None:
        spec["validation"] = {"checksum": checksum}
    data = {"name": "Bad", "courier_code": "bad", "tracking_numbers": [spec]}
    (isolated_carriers / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    use_book(None)
    assert identify("1Z5R89390357567127").carrier == "ups"  # every other carrier still read
    (problem,) = book().problems
    assert "bad.json" in problem and message in problem, problem


def test_gs1_strings_and_application_identifiers_as_labels_print_them() -> None:
    # a plain GS1 element string is the item, though FedEx's 34 digits match it by pattern
    item = identify("0110950600013436172612311000000000")
    assert (item.kind, item.gtin) == (CodeKind.ITEM, "10950600013436")
    # Helthjem's shipment id with its (401), in every way a scanner sends it
    for scanned in ("40170724763283719873", "]C140170724763283719873", "(401)70724763283719873"):
        result = identify(scanned)
        assert (result.carrier, result.tracking_number) == ("helthjem", "70724763283719873")
    # an SSCC behind its (00) is known by the SSCC, unless the carrier's number is the 20 digits
    for scanned, carrier, tracking in [
        ("00057151271000000018", "dao", "057151271000000018"),
        ("00370724760120000898", "helthjem", "370724760120000898"),
        ("00370722150758796447", "bring", "370722150758796447"),
        ("00340434161094015902", "dhl", "00340434161094015902"),
        ("00106141411234567897", None, "106141411234567897"),  # GS1's own example
        ("00371234567890123456", None, "371234567890123456"),  # a shipper's own series
    ]:
        result = identify(scanned)
        assert (result.valid, result.carrier, result.tracking_number) == (True, carrier, tracking)
        assert result.sscc == scanned[2:]
        assert identify(scanned[2:]).carrier == carrier or carrier == "dhl"  # the 18 digits alone


def test_update_refuses_what_it_cannot_place_safely(
    isolated_carriers: Path, tmp_path: Path
) -> None:
    checkout = _checkout(tmp_path)
    # a couriers/ folder alone says no version: not taken over a known one without --force
    alone = tmp_path / "alone"
    shutil.copytree(checkout / "couriers", alone / "couriers")
    with pytest.raises(CarrierFilesError, match="says no version"):
        take_shared(alone / "couriers")
    # into a folder that is not a copy of ours, or that overlaps what is taken
    mine = tmp_path / "mystuff"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(CarrierFilesError, match="is not a copy of the definitions"):
        take_shared(checkout, into=mine)
    assert (mine / "notes.txt").read_text(encoding="utf-8") == "keep me"
    with pytest.raises(CarrierFilesError, match="overlap"):
        take_shared(checkout, into=checkout / "copy")
    # one file: a .json, and it replaces the file of its courier whatever its name
    backup = tmp_path / "ups.json.bak"
    backup.write_bytes((BUNDLED_SHARED / "couriers/ups.json").read_bytes())
    with pytest.raises(CarrierFilesError, match=r"is a \.json file"):
        take_shared(backup)
    renamed = tmp_path / "UPS.json"
    renamed.write_bytes((BUNDLED_SHARED / "couriers/ups.json").read_bytes())
    taken = take_shared(renamed)
    assert "UPS.json" not in taken.files and read_source(taken.into)["replaced"] == ["ups.json"]


def test_a_taken_copy_older_than_the_shipped_one_is_not_used(
    isolated_carriers: Path, tmp_path: Path
) -> None:
    checkout = _checkout(tmp_path)
    (checkout / "CHANGELOG.md").write_text("# [1.0.0](https://example)\n", encoding="utf-8")
    taken = take_shared(checkout, force=True)
    assert read_source(taken.into)["version"] == "1.0.0"
    use_book(None)
    assert book().shared_source["version"] == read_source(BUNDLED_SHARED)["version"]
    assert any("older than the" in p for p in book().problems)


def test_a_site_leaves_out_the_formats_it_never_sees(isolated_carriers: Path) -> None:
    canpar = "D576002440000001718010"
    assert identify(canpar).carrier == "canpar"
    (isolated_carriers / "ignore.txt").write_text(
        "# North American carriers no parcel of ours comes with\n"
        "canpar\n"
        "Purolator/purolator_alpha   # three letters and nine digits: our own shelf codes\n"
        "nosuch\n",
        encoding="utf-8",
    )
    use_book(None)
    assert identify(canpar).kind == CodeKind.UNKNOWN
    assert identify("KYV009956937").kind == CodeKind.UNKNOWN
    assert identify("320595463938").carrier == "purolator"  # its other format stays
    (problem,) = book().problems
    assert "ignore.txt, line 4: no courier or format 'nosuch'" in problem


def test_the_markdown_table_keeps_a_sites_pipe_inside_its_cell(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    courier = _courier()
    courier["name"] = "Test | Courier"
    (site / "test.json").write_text(json.dumps(courier), encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env["RECEIVING_STATION_CARRIERS"] = str(site)
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "carriers", "list", "--markdown"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    (row,) = [line for line in run.stdout.splitlines() if "testcourier" in line]
    assert row.startswith("| Test \\| Courier (`testcourier`) | Test Parcel |")
    assert row.replace("\\|", "").count("|") == 6
