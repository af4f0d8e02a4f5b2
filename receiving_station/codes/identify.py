"""One scanned string -> what it is: parcel, RMA, LPN, badge, item, command or unknown.

`identify(code)` never raises.  It strips surrounding whitespace and the scanner's CR/LF,
keeps the GS (0x1D) separator of GS1 codes, reads an AIM symbology identifier (`]C1`, `]d2`, …)
and decides by format and check digit, in this order of precedence:

1. our own formats, by prefix: `CMD:` command, `RMA-` RMA, `LPN` license plate, `B-` badge;
2. an explicit AIM identifier or a GS separator or `(AI)` brackets: GS1 / EAN data (item, or
   parcel when it carries an SSCC);
3. GTIN-8/12/13/14 with a valid GS1 check digit (item).  A 12-digit code that is both a valid
   UPC-A and a valid FedEx number is read as the item (the bench looks the number up as a
   tracking number too before refusing it as a parcel: `identify_tracking`);
4. carrier tracking numbers whose check digit holds, by the couriers' definitions as data
   (receiving_station.codes.carriers: the shared tracking_number_data, our markets' carriers,
   a site's own).  A carrier format proved by its check digit wins over a GS1 reading of the
   same digits (a USPS `94…` number is not GS1 AI 94);
5. a plain GS1 element string (`01…21…`) whose GTIN holds;
6. a carrier format known by its pattern alone (Amazon `TBA…`, PostNL `3S…`);
7. the best guess for a code of a known shape whose check digit fails (`valid: false`),
   else `unknown`.

Formats and check digits: docs/carriers.md, receiving_station/codes/carriers.py and
receiving_station/codes/checkdigits.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from receiving_station.codes.carrier_files import book
from receiving_station.codes.carriers import MAX_NUMBER, CarrierMatch, normalise
from receiving_station.codes.checkdigits import gs1_mod10
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

_RMA = re.compile(r"^RMA-[A-Z0-9][A-Z0-9-]{3,29}$")
_BADGE = re.compile(r"^B-[A-Z0-9]{1,20}$")
_COMMAND = re.compile(r"^CMD:([A-Z0-9_]{1,40})$")


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
    carrier_name: str | None = None  # "PostNord", "Royal Mail Group plc" (an S10's post)
    carrier_format: str | None = None  # the definition that read it: "fedex/fedex_12"

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


_OWN_KINDS = (CodeKind.RMA, CodeKind.LPN, CodeKind.BADGE, CodeKind.COMMAND)


def identify_tracking(code: str) -> Identification:
    """Read `code` knowing it is a tracking number (an import file's column, say).

    A 12-digit FedEx number is also a well-formed UPC; a scan cannot tell them apart, but a
    tracking-number column can: carrier formats are tried before GTINs here.
    """
    ident = identify(code)
    if (ident.kind == CodeKind.PARCEL and ident.valid) or ident.kind in _OWN_KINDS:
        return ident  # our own LPN is not a carrier's three letters and nine digits
    try:
        compact = normalise(str(code))
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
    carrier, proved, pinned = _carrier_reading(original, compact, symbology)
    # a plain GS1 element string (01 + GTIN …, no AIM prefix, no GS) is the item unless the
    # carrier format pins characters of its own (FedEx's 34 digits pin none)
    element_string = compact.startswith(("01", "02")) and len(compact) > 16
    if carrier is not None and carrier.valid and proved and (pinned or not element_string):
        return carrier
    item = _gtin_or_gs1(original, compact, symbology)
    if item is not None and item.valid:
        return item
    if carrier is not None and carrier.valid:  # a format known by its pattern alone
        return carrier
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
    match: CarrierMatch | None,
    tracking: str,
    valid: bool,
    symbology: str | None,
    sscc: str | None = None,
    message: str | None = None,
) -> Identification:
    return Identification(
        input=original,
        kind=CodeKind.PARCEL,
        valid=valid,
        carrier=match.courier_code if match else None,
        tracking_number=tracking,
        sscc=sscc,
        symbology=symbology,
        message=message,
        carrier_name=match.courier_name if match else None,
        carrier_format=match.definition.key if match else None,
    )


def _from_match(
    original: str, match: CarrierMatch, symbology: str | None, sscc: str | None = None
) -> Identification:
    message = None
    if not match.valid:
        message = f"{match.definition.name} number whose {match.reason}"
        if match.reason and not match.reason.startswith("check digit"):
            message = f"{match.definition.name} number: {match.reason}"
    return _parcel(original, match, match.tracking_number, match.valid, symbology, sscc, message)


def _carrier(original: str, compact: str, symbology: str | None) -> Identification | None:
    return _carrier_reading(original, compact, symbology)[0]


def _carrier_reading(
    original: str, compact: str, symbology: str | None
) -> tuple[Identification | None, bool, int]:
    """The carrier definitions' best reading of `compact` (receiving_station.codes.carriers).

    An SSCC (18 digits whose GS1 check digit holds, or the same behind `00`, its GS1-128
    application identifier read without the AIM prefix) keeps its SSCC whoever's format it
    is; behind `00` it is read as the SSCC unless a format pins the longer number (DHL's
    `00340…`), not as the 20-digit USPS number it also is by pattern and check digit.
    Also: whether a check digit proved the reading (not the pattern alone), and how many
    characters its format pins."""
    if len(compact) > MAX_NUMBER:
        return None, False, 0
    carriers = book()
    if len(compact) == 20 and compact.startswith("00") and _is_sscc(compact[2:]):
        sscc = compact[2:]
        whole = carriers.best(compact, normalised=True)
        inner = carriers.best(sscc, normalised=True)
        if inner is None or not inner.valid:
            inner = None
        # the 20 digits only when a format proves or pins them better than the SSCC's reading
        # (DHL's 00340…: its number is the 20 digits; a 20-digit USPS number pins nothing)
        if (
            whole is not None
            and whole.valid
            and (inner is None or whole.rank()[:3] < inner.rank()[:3])
            and whole.definition.pinned > 0
        ):
            return _from_match(original, whole, symbology, sscc), True, whole.definition.pinned
        if inner is not None:
            return _from_match(original, inner, symbology, sscc), True, inner.definition.pinned
        return _parcel(original, None, sscc, True, symbology, sscc), True, 2
    match = carriers.best(compact, normalised=True)
    if (match is None or not match.valid) and _is_sscc(compact):
        # an SSCC no format claims (a shipper's own GS1 series): a parcel of no named carrier
        return _parcel(original, None, compact, True, symbology, compact), True, 0
    if match is None:
        return None, False, 0
    proved_sscc = compact if match.valid and _is_sscc(compact) else None
    return (
        _from_match(original, match, symbology, proved_sscc),
        match.definition.has_checksum,
        match.definition.pinned,
    )


def _is_sscc(digits: str) -> bool:
    return len(digits) == 18 and digits.isdigit() and gs1_mod10(digits[:-1]) == digits[-1]


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
        if _is_sscc(sscc):
            found = _carrier(original, "00" + sscc, symbology)
            if found is not None and found.valid:
                return found
            return _parcel(original, None, sscc, True, symbology, sscc=sscc)
        return _parcel(
            original,
            None,
            sscc,
            False,
            symbology,
            sscc=sscc,
            message="SSCC check digit does not hold",
        )
    if "401" in values:  # a consignment (GINC) number, as Helthjem prints its shipment id
        found = _carrier(original, "401" + str(values["401"].value), symbology)
        if found is not None and found.valid:
            return found
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
