"""One scanned string -> what it is: parcel, RMA, LPN, badge, item, command or unknown.

`identify(code)` never raises.  It strips surrounding whitespace and the scanner's CR/LF,
keeps the GS (0x1D) separator of GS1 codes, reads an AIM symbology identifier (`]C1`, `]d2`, …)
and decides by format and check digit, in this order of precedence:

1. our own formats, by prefix: `CMD:` command, `RMA-` RMA, `LPN` license plate, `B-` badge;
2. an explicit AIM identifier or a GS separator or `(AI)` brackets: GS1 / EAN data (item, or
   parcel when it carries an SSCC);
3. carrier tracking numbers whose check digit holds (UPS, UPU S10, USPS IMpb, FedEx, DHL,
   DPD, PostNord / Bring GSIN and SSCC).  A carrier pattern proved by its check digit wins over a
   GS1 reading of the same digits (a USPS `94…` number is not GS1 AI 94);
4. GTIN-8/12/13/14 with a valid GS1 check digit (item).  A 12-digit code that is both a valid
   UPC-A and a valid FedEx number is read as the item (the bench looks the number up as a
   tracking number too before refusing it as a parcel);
5. a plain GS1 element string (`01…21…`) whose GTIN holds;
6. the best guess for a code of a known shape whose check digit fails (`valid: false`),
   else `unknown`.

Formats and check digits: ../shared/DEVICES.md and receiving_station/codes/checkdigits.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from receiving_station.codes.checkdigits import (
    dhl_mod7_check,
    fedex12_check,
    gs1_mod10,
    iso7064_mod37_36_check,
    s10_check,
    ups_check,
    weighted_mod11_mod10,
)
from receiving_station.codes.lpn import LPN_PATTERN, is_valid_lpn

GS = "\x1d"
COMMAND_PREFIX = "CMD:"
RMA_PREFIX = "RMA-"
BADGE_PREFIX = "B-"
MAX_INPUT = 512

COMMANDS: dict[str, str] = {
    "CLOSE_PARCEL": "close the open parcel",
    "CONFIRM": "confirm the decision (Enter)",
    "BACK": "step back (Esc)",
    "GRADE_A": "grade A",
    "GRADE_B": "grade B",
    "GRADE_C": "grade C",
    "GRADE_D": "grade D",
    "GRADE_F": "grade F",
    "YES": "answer yes",
    "NO": "answer no",
    "PHOTO": "take a photo",
    "REPRINT": "reprint the last label",
    "CANCEL_UNIT": "cancel the current unit",
    "LOGOUT": "sign out",
}

AIM_PATTERN = re.compile(r"^\](?P<id>[A-Za-z][0-9A-Za-z])")
#: AIM identifiers whose data is GS1 (element strings) or plain EAN/UPC.
GS1_AIM = {"C1", "d2", "Q3", "e0", "J1"}
EAN_AIM = {"E0", "E1", "E2", "E3", "E4", "I1", "X0"}

_UPS = re.compile(r"^1Z([0-9A-Z]{15})([0-9A-Z])$")
_S10 = re.compile(r"^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$")
_DPD28 = re.compile(r"^(\d{27})([0-9A-Z])$")
_DHL_PIECE = re.compile(r"^J[A-Z]{2,3}\d{9,20}$")
_RMA = re.compile(r"^RMA-[A-Z0-9][A-Z0-9-]{3,29}$")
_BADGE = re.compile(r"^B-[A-Z0-9]{1,20}$")
_COMMAND = re.compile(r"^CMD:([A-Z0-9_]{1,40})$")

#: GS1 country prefixes that tell which Nordic post a GSIN or SSCC comes from.
_NORDIC_PREFIX = {"70": "bring", "73": "postnord", "57": "postnord", "64": "postnord"}
#: UPU S10 country suffixes handled by the Nordic posts.
_S10_CARRIER = {"SE": "postnord", "DK": "postnord", "FI": "posti", "NO": "bring"}


class CodeKind(StrEnum):
    PARCEL = "parcel"
    RMA = "rma"
    LPN = "lpn"
    BADGE = "badge"
    ITEM = "item"
    COMMAND = "command"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Identification:
    input: str
    kind: CodeKind
    valid: bool
    carrier: str | None = None
    tracking_number: str | None = None
    sscc: str | None = None
    gtin: str | None = None
    serial: str | None = None
    batch: str | None = None
    expiry: str | None = None
    symbology: str | None = None
    rma_number: str | None = None
    lpn: str | None = None
    badge: str | None = None
    command: str | None = None
    message: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        return {k: v for k, v in data.items() if v is not None or k in ("input", "kind", "valid")}


def identify(code: str) -> Identification:
    """Say what `code` is.  Never raises; see the module docstring for the precedence."""
    try:
        return _identify(code)
    except Exception as exc:  # a bug must never take the bench down
        return Identification(
            input=str(code)[:MAX_INPUT],
            kind=CodeKind.UNKNOWN,
            valid=False,
            message=f"could not read the code ({exc.__class__.__name__})",
        )


#: A GS1 element string (GTIN and serial) read once by `warm_up`.
_WARM_UP_CODE = "]d20109506000134352" + "21WARMUP"


def warm_up() -> None:
    """Load what reading a GS1 code needs (biip and its tables: about 0.1 s) now, not at the
    first serialised item a bench scans after start-up (the site benchmark's slowest scans).
    The window calls it once it is ready; start-up does not wait for it."""
    identify(_WARM_UP_CODE)


def identify_tracking(code: str) -> Identification:
    """Read `code` knowing it is a tracking number (an import file's column, say).

    A 12-digit FedEx number is also a well-formed UPC; a scan cannot tell them apart, but a
    tracking-number column can: carrier formats are tried before GTINs here.
    """
    ident = identify(code)
    if ident.kind == CodeKind.PARCEL and ident.valid:
        return ident
    try:
        compact = re.sub(r"\s", "", str(code).strip().upper())
        carrier = _carrier(str(code), compact, None) if len(compact) <= MAX_INPUT else None
    except Exception:  # never raise, as identify()
        carrier = None
    if carrier is not None and (carrier.valid or ident.kind != CodeKind.PARCEL):
        return carrier
    return ident


def _identify(code: str) -> Identification:
    original = code if isinstance(code, str) else str(code)
    if len(original) > MAX_INPUT:
        return Identification(
            input=original[:MAX_INPUT],
            kind=CodeKind.UNKNOWN,
            valid=False,
            message=f"longer than {MAX_INPUT} characters: not a barcode",
        )
    text = original.strip(" \t\r\n\v\f")
    if not text:
        return Identification(
            input=original, kind=CodeKind.UNKNOWN, valid=False, message="empty scan"
        )

    symbology = None
    aim = AIM_PATTERN.match(text)
    data = text
    if aim:
        symbology = "]" + aim.group("id")
        data = text[aim.end() :]

    upper = data.upper()
    if not aim:
        own = _own_format(original, upper)
        if own is not None:
            return own

    if aim and aim.group("id") in EAN_AIM:
        return _gtin_or_gs1(original, data, symbology) or _unknown(original, symbology)
    if (aim and aim.group("id") in GS1_AIM) or GS in data or data.startswith("("):
        return _gs1(original, data, symbology) or _unknown(original, symbology)

    compact = re.sub(r"[\s]", "", upper)
    if compact.isdigit() and len(compact) in (8, 12, 13, 14):
        item = _gtin_or_gs1(original, compact, symbology)
        if item is not None and item.valid:  # a valid GTIN is an item (see precedence 4)
            return item
    carrier = _carrier(original, compact, symbology)
    if carrier is not None and carrier.valid:
        return carrier
    item = _gtin_or_gs1(original, compact, symbology)
    if item is not None and item.valid:
        return item
    return carrier or item or _unknown(original, symbology)


def _unknown(original: str, symbology: str | None) -> Identification:
    return Identification(
        input=original,
        kind=CodeKind.UNKNOWN,
        valid=False,
        symbology=symbology,
        message="not a parcel, RMA, LPN, badge, item or command barcode",
    )


def _own_format(original: str, upper: str) -> Identification | None:
    if upper.startswith(COMMAND_PREFIX):
        match = _COMMAND.match(upper)
        name = match.group(1) if match else upper[len(COMMAND_PREFIX) :]
        known = bool(match) and name in COMMANDS
        return Identification(
            input=original,
            kind=CodeKind.COMMAND,
            valid=known,
            command=name,
            message=COMMANDS.get(name, f"unknown command {name!r}"),
        )
    if upper.startswith(RMA_PREFIX):
        valid = bool(_RMA.match(upper))
        return Identification(
            input=original,
            kind=CodeKind.RMA,
            valid=valid,
            rma_number=upper,
            message=None
            if valid
            else "an RMA number is RMA- and 4 to 30 letters, digits or dashes",
        )
    if upper.startswith("LPN") and (LPN_PATTERN.match(upper) or re.match(r"^LPN\d+$", upper)):
        valid = is_valid_lpn(upper)
        return Identification(
            input=original,
            kind=CodeKind.LPN,
            valid=valid,
            lpn=upper,
            message=None if valid else "LPN check digit or length does not hold",
        )
    if upper.startswith(BADGE_PREFIX) and _BADGE.match(upper):
        return Identification(input=original, kind=CodeKind.BADGE, valid=True, badge=upper)
    return None


# -- carriers -------------------------------------------------------------------------------------


def _parcel(
    original: str,
    carrier: str | None,
    tracking: str,
    valid: bool,
    symbology: str | None,
    sscc: str | None = None,
) -> Identification:
    return Identification(
        input=original,
        kind=CodeKind.PARCEL,
        valid=valid,
        carrier=carrier,
        tracking_number=tracking,
        sscc=sscc,
        symbology=symbology,
        message=None if valid else f"{carrier or 'parcel'} number whose check digit does not hold",
    )


def _carrier(original: str, compact: str, symbology: str | None) -> Identification | None:
    if match := _UPS.match(compact):
        return _parcel(
            original, "ups", compact, ups_check(match.group(1)) == match.group(2), symbology
        )
    if match := _S10.match(compact):
        valid = s10_check(match.group(2)) == match.group(3)
        return _parcel(original, _S10_CARRIER.get(match.group(4), "upu"), compact, valid, symbology)
    if _DHL_PIECE.match(compact):
        return _parcel(original, "dhl", compact, True, symbology)
    if match := _DPD28.match(compact):
        return _parcel(
            original,
            "dpd",
            compact,
            iso7064_mod37_36_check(match.group(1)) == match.group(2),
            symbology,
        )
    if not compact.isdigit():
        return None
    n = len(compact)
    body, check = compact[:-1], compact[-1]
    if n in (10, 11):
        return _parcel(original, "dhl", compact, dhl_mod7_check(body) == check, symbology)
    if n == 12:
        return _parcel(original, "fedex", compact, fedex12_check(body) == check, symbology)
    if n == 15:
        return _parcel(original, "fedex", compact, gs1_mod10(body) == check, symbology)
    if n == 17 and compact[0] == "7":
        return _parcel(
            original,
            _NORDIC_PREFIX.get(compact[:2], "postnord"),
            compact,
            gs1_mod10(body) == check,
            symbology,
        )
    if n == 18 and compact[0] == "3":
        valid = gs1_mod10(body) == check
        return _parcel(
            original, _NORDIC_PREFIX.get(compact[1:3]), compact, valid, symbology, sscc=compact
        )
    if n == 20 and compact.startswith("00"):
        sscc = compact[2:]
        if gs1_mod10(sscc[:-1]) == sscc[-1]:
            return _parcel(
                original, _NORDIC_PREFIX.get(sscc[1:3]), sscc, True, symbology, sscc=sscc
            )
    if 20 <= n <= 26 and compact[0] == "9" and compact[1] in "12345":
        return _parcel(original, "usps", compact, gs1_mod10(body) == check, symbology)
    if n == 20:
        return _parcel(
            original,
            "usps",
            compact,
            gs1_mod10("91" + body) == check or gs1_mod10(body) == check,
            symbology,
        )
    if n == 22 and compact.startswith("96"):
        return _parcel(original, "fedex", compact, gs1_mod10(compact[7:21]) == check, symbology)
    if n == 34 and (compact.startswith("100") or compact.startswith("96")):
        valid = str(weighted_mod11_mod10(compact[20:33], (1, 7, 3))) == check
        return _parcel(original, "fedex", compact, valid, symbology)
    if n in (30, 34) and compact.startswith("420"):
        impb = compact[8:] if n == 30 else compact[12:]
        valid = len(impb) >= 20 and gs1_mod10(impb[:-1]) == impb[-1]
        return _parcel(original, "usps", impb, valid, symbology)
    return None


# -- items and GS1 ------------------------------------------------------------------------------


def _gtin_or_gs1(original: str, data: str, symbology: str | None) -> Identification | None:
    if data.isdigit() and len(data) in (8, 12, 13, 14):
        valid = gs1_mod10(data[:-1]) == data[-1]
        return Identification(
            input=original,
            kind=CodeKind.ITEM,
            valid=valid,
            gtin=data.zfill(14),
            symbology=symbology,
            message=None if valid else "GTIN check digit does not hold",
        )
    if data.isdigit() and len(data) > 16 and data.startswith(("01", "02")):
        return _gs1(original, data, symbology)
    if data.startswith("01") and len(data) > 16:
        return _gs1(original, data, symbology)
    return None


def _gs1(original: str, data: str, symbology: str | None) -> Identification | None:
    from biip.gs1_messages import GS1Message

    try:
        message = GS1Message.parse_hri(data) if data.startswith("(") else GS1Message.parse(data)
    except Exception:
        return None
    values: dict[str, Any] = {}
    for element in message.element_strings:
        values.setdefault(element.ai.ai, element)
    if "00" in values:
        sscc = str(values["00"].value)
        valid = len(sscc) == 18 and sscc.isdigit() and gs1_mod10(sscc[:-1]) == sscc[-1]
        return _parcel(original, _NORDIC_PREFIX.get(sscc[1:3]), sscc, valid, symbology, sscc=sscc)
    gtin_element = values.get("01") or values.get("02")
    if gtin_element is None:
        return None
    gtin = str(gtin_element.value)
    valid = len(gtin) == 14 and gtin.isdigit() and gs1_mod10(gtin[:-1]) == gtin[-1]
    expiry = None
    if "17" in values:
        expiry = _gs1_date(str(values["17"].value))
    return Identification(
        input=original,
        kind=CodeKind.ITEM,
        valid=valid,
        gtin=gtin,
        serial=str(values["21"].value) if "21" in values else None,
        batch=str(values["10"].value) if "10" in values else None,
        expiry=expiry,
        symbology=symbology,
        message=None if valid else "GTIN check digit does not hold",
    )


def _gs1_date(yymmdd: str) -> str | None:
    """GS1 date YYMMDD; day 00 means the last day of the month (GS1 General Specifications §3.4)."""
    if not re.fullmatch(r"\d{6}", yymmdd):
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    # GS1 sliding century: 51..99 years ahead go back a century.
    year = 2000 + yy if yy < 51 else 1900 + yy
    if not 1 <= mm <= 12:
        return None
    if dd == 0:
        dd = calendar.monthrange(year, mm)[1]
    try:
        return dt.date(year, mm, dd).isoformat()
    except ValueError:
        return None
