"""identify(): real check-digit vectors per carrier, GS1 with AIM identifiers, precedence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from receiving_station.codes.checkdigits import (
    dhl_mod7_check,
    fedex12_check,
    gs1_mod10,
    iso7064_mod37_36_check,
    s10_check,
    ups_check,
)
from receiving_station.codes.identify import CodeKind, identify

ROOT = Path(__file__).resolve().parents[2]

# Published test numbers (jkeen/tracking_number_data couriers/*.json "valid" lists, the UPU S10
# example RR123456785SE, GS1's EAN-13 example 4006381333931 and SSCC example 106141411234567897).
VALID_PARCELS = [
    ("1Z5R89390357567127", "ups"),
    ("1Z879E930346834440", "ups"),
    ("1Z410E7W0392751591", "ups"),
    ("1Z8V92A70367203024", "ups"),
    ("RR123456785SE", "postnord"),
    ("RR123456785NO", "bring"),
    ("RR123456785DE", "s10"),
    ("RR123456785FI", "posti"),
    ("LS123456785NL", "postnl"),
    ("9400111201080805483016", "usps"),
    ("9361289878700317633795", "usps"),
    ("9505511069605048600624", "usps"),
    ("92748931507708513018050063", "usps"),
    ("4201028200009261290113185417468510", "usps"),
    ("0307 1790 0005 2348 3741", "usps"),
    ("986578788855", "fedex"),
    ("477179081230", "fedex"),
    ("799531274483", "fedex"),
    ("5682 8361 0012 734", "fedex"),
    ("9611020987654312345672", "fedex"),
    ("1001921334250001000300779017972697", "fedex"),
    ("3318810025", "dhl"),
    ("73891051146", "dhl"),
    ("8487135506", "dhl"),
    ("JJD0099999999", "dhl"),
    ("00 81827 0998 0000 0200 33 350 276 C", "dpd"),
    ("0081 827 0998 0000 0200 45 327 276 N", "dpd"),
]
INVALID_PARCELS = [
    ("1Z5R89390357567128", "ups"),
    ("RR123456784SE", "postnord"),
    ("3318810010", "dhl"),
    ("008182709980000020033350276A", "dpd"),
    ("9400111201080805483017", "usps"),
]


@pytest.mark.parametrize(("code", "carrier"), VALID_PARCELS)
def test_valid_tracking_numbers(code: str, carrier: str) -> None:
    result = identify(code)
    assert (result.kind, result.valid, result.carrier) == (CodeKind.PARCEL, True, carrier), result
    assert result.tracking_number and " " not in result.tracking_number


@pytest.mark.parametrize(("code", "carrier"), INVALID_PARCELS)
def test_tracking_numbers_with_a_wrong_check_digit(code: str, carrier: str) -> None:
    result = identify(code)
    assert (result.kind, result.valid, result.carrier) == (CodeKind.PARCEL, False, carrier), result
    assert result.message


def test_sscc_forms() -> None:
    for code in ("00106141411234567897", "]C100106141411234567897", "(00)106141411234567897"):
        result = identify(code)
        assert (
            result.kind == CodeKind.PARCEL and result.valid and result.sscc == "106141411234567897"
        ), code
    nordic = "3" + "70" + "12345678901234"
    nordic += gs1_mod10(nordic)
    result = identify(nordic)
    assert (result.kind, result.valid, result.carrier, result.sscc) == (
        CodeKind.PARCEL,
        True,
        "bring",
        nordic,
    )
    gsin = "70" + "12345678901234"
    gsin += gs1_mod10(gsin)
    assert identify(gsin).carrier == "bring" and identify(gsin).valid
    kolli = "373" + "12345678901234"
    kolli += gs1_mod10(kolli)
    assert (identify(kolli).carrier, identify(kolli).sscc) == ("postnord", kolli)
    # a GS1-128 (00) SSCC read without its AIM prefix is the SSCC, not a 20-digit USPS number
    assert (identify("00" + kolli).carrier, identify("00" + kolli).sscc) == ("postnord", kolli)
    dhl = identify("00340434161094015902")
    assert (dhl.carrier, dhl.tracking_number, dhl.sscc) == (
        "dhl",
        "00340434161094015902",
        "340434161094015902",
    )


@pytest.mark.parametrize(
    ("code", "gtin"),
    [
        ("4006381333931", "04006381333931"),  # EAN-13, not GS1 AI 400
        ("]E04006381333931", "04006381333931"),
        ("036000291452", "00036000291452"),  # UPC-A
        ("96385074", "00000096385074"),  # EAN-8
        ("10614141000415", "10614141000415"),  # GTIN-14
    ],
)
def test_gtins(code: str, gtin: str) -> None:
    result = identify(code)
    assert (result.kind, result.valid, result.gtin) == (CodeKind.ITEM, True, gtin), result


def test_gs1_element_strings_with_aim_and_group_separator() -> None:
    gtin = "0735000000001" + gs1_mod10("0735000000001")
    dm = identify(f"]d201{gtin}21SN-222\x1d10LOT7\x1d17270200\r\n")
    assert (dm.kind, dm.valid, dm.gtin, dm.serial, dm.batch) == (
        CodeKind.ITEM,
        True,
        gtin,
        "SN-222",
        "LOT7",
    )
    assert dm.expiry == "2027-02-28" and dm.symbology == "]d2"
    c128 = identify(f"]C101{gtin}10ABC\x1d21XYZ")
    assert (c128.batch, c128.serial, c128.symbology) == ("ABC", "XYZ", "]C1")
    hri = identify(f"(01){gtin}(21)12345")
    assert (hri.kind, hri.serial) == (CodeKind.ITEM, "12345")
    plain = identify(f"01{gtin}2198765")
    assert (plain.kind, plain.gtin, plain.serial) == (CodeKind.ITEM, gtin, "98765")
    bad = identify(f"]d201{gtin[:-1]}{(int(gtin[-1]) + 1) % 10}21X")
    assert bad.kind == CodeKind.ITEM and not bad.valid


def test_usps_94_is_not_gs1_ai_94() -> None:
    result = identify("9400111201080805483016")
    assert result.kind == CodeKind.PARCEL and result.carrier == "usps" and result.gtin is None


def test_own_formats() -> None:
    assert identify("CMD:CLOSE_PARCEL").command == "CLOSE_PARCEL"
    assert identify("cmd:grade_a").valid
    unknown_command = identify("CMD:FLY")
    assert unknown_command.kind == CodeKind.COMMAND and not unknown_command.valid
    assert identify("RMA-2026-000123").rma_number == "RMA-2026-000123"
    assert identify("rma-2026-000123 ").kind == CodeKind.RMA
    assert identify("LPN0000000017").valid and not identify("LPN0000000018").valid
    assert identify("B-1001").kind == CodeKind.BADGE
    assert identify("hello").kind == CodeKind.UNKNOWN
    assert identify("").kind == CodeKind.UNKNOWN
    assert identify("\r\n").kind == CodeKind.UNKNOWN


def test_check_digit_functions_generate_what_they_validate() -> None:
    assert s10_check("12345678") == "5"
    assert ups_check("5R8939035756712") == "7"
    assert fedex12_check("98657878885") == "5"
    assert dhl_mod7_check("331881002") == "5"
    assert iso7064_mod37_36_check("008182709980000020033350276") == "C"
    assert gs1_mod10("400638133393") == "1"


def test_trailing_whitespace_is_ignored() -> None:
    assert identify("RR123456785SE\r\n") == identify("RR123456785SE\r\n")
    assert identify(" RR123456785SE\t").tracking_number == "RR123456785SE"


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), st.binary().map(lambda b: b.decode("latin-1"))))
def test_identify_never_crashes(code: str) -> None:
    result = identify(code)
    assert result.kind in set(CodeKind)
    json.dumps(result.to_dict())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=8, max_size=40))
def test_identify_never_crashes_on_digit_strings(code: str) -> None:
    result = identify(code)
    assert result.kind in set(CodeKind)
    if result.valid and result.kind == CodeKind.ITEM:
        assert result.gtin is not None and len(result.gtin) == 14


def test_cli_prints_one_json_object_per_line() -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "identify",
            "RR123456785SE",
            "4006381333931",
            "junk",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(d["input"], d["kind"], d["valid"]) for d in lines] == [
        ("RR123456785SE", "parcel", True),
        ("4006381333931", "item", True),
        ("junk", "unknown", False),
    ]
    assert lines[0]["carrier"] == "postnord"


def test_warm_up_loads_the_gs1_reader_that_start_up_leaves_out() -> None:
    """Start-up does not load biip (its tables cost a tenth of a second); the window's
    after-ready warm-up does, so the first serialised item scanned does not wait for it."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "import receiving_station.codes.identify as identify\n"
        "before = 'biip.gs1_messages' in sys.modules\n"
        "identify.warm_up()\n"
        "print(before, 'biip.gs1_messages' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True"]
