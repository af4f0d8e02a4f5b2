"""Checking an import's fields: every row's or return's values (CSV columns or JSON keys, dates, amounts, GTINs, tracking numbers) turned into typed records, every problem collected with its line and field, nothing written."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, cast

from db.enums import Channel, Resolution
from receiving_station.codes.checkdigits import gs1_mod10
from receiving_station.codes.identify import CodeKind, identify_tracking
from receiving_station.importing.records import (
    MAX_PROBLEMS,
    LineRecord,
    ParcelRecord,
    Problem,
)
from receiving_station.money import smallest_amount, station_digits

MAX_QUANTITY = 999
MEMO_LIMIT = 100_000  # checked values remembered (Checker._remembered)
_T = TypeVar("_T")
MAX_LINE_NO = 9999  # and so at most as many lines per return
MAX_PARCELS = 99  # parcels per return
MAX_SERIALS = MAX_QUANTITY  # serial numbers per line


LIST_SEPARATOR = re.compile(r"\s*[|;]\s*")


_RMA_NUMBER = re.compile(r"^[A-Z0-9][A-Z0-9/_.-]{2,63}$")


_SKU = re.compile(r"^\S{1,64}$")


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


_TRACKING = re.compile(r"^[A-Z0-9/-]{6,64}$")


# the forms a number, a code or a word is written in (compiled once: a feed has millions)
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]{1,3}")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_WHOLE = re.compile(r"[0-9]+")
_MARKET = re.compile(r"[A-Z]{2}")
_CURRENCY = re.compile(r"[A-Z]{3}")
_CATEGORY = re.compile(r"[a-z0-9_]{1,40}")
_SPACES = re.compile(r"\s")


RMA_FIELDS = (
    "rma_number",
    "order_number",
    "customer_name",
    "customer_email",
    "market",
    "channel",
    "purchase_date",
    "delivery_date",
    "requested_resolution",
    "exchange_sku",
)


LINE_FIELDS = (
    "line_no",
    "sku",
    "gtin",
    "description",
    "category",
    "quantity",
    "unit_price",
    "currency",
    "serials",
    "reason_code",
    "expected_weight_kg",
    "unit_weight_kg",
    "bin_location",
    "returnable",
)


PARCEL_FIELDS = ("tracking_number", "carrier", "parcel_weight_kg")


CSV_COLUMNS = RMA_FIELDS + LINE_FIELDS + PARCEL_FIELDS


REQUIRED_RMA = ("rma_number", "order_number", "market", "channel")


REQUIRED_LINE = ("sku", "quantity", "unit_price", "currency")


# C0 and C1 control characters and DEL (a tab or a line break inside a field is no text either)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


# A return's and a line's shop-platform ids (JSON only; docs/import-format.md): a flat object of
# at most 20 keys, each id text (or a whole number, kept as text) of 1-200 characters.  They
# travel in the outbox events the platform's connector reads (upstream/outbox.queue_release).
PLATFORM = "platform"
MAX_PLATFORM_KEYS = 20
MAX_PLATFORM_ID = 200
_PLATFORM_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
# what the event's `platform` object holds beside the return's own ids
RESERVED_PLATFORM_KEYS = ("line", "line_units_before")
# besides control characters: invisible formatting (U+202E reverses what follows on screen,
# zero-width spaces hide), lone surrogates, and line and paragraph separators; no id has them
_NOT_IN_IDS = {
    "Cf": "invisible formatting",
    "Cs": "lone surrogate",
    "Zl": "line separator",
    "Zp": "paragraph separator",
}
JSON_LINE_FIELDS = (*LINE_FIELDS, PLATFORM)


class Checker:
    """Collects problems while turning raw text values into typed ones."""

    def __init__(self, today: dt.date) -> None:
        self.problems: list[Problem] = []
        self.today = today
        # False while reading a row known to hold no control character (CSV: one search of
        # the row instead of one a field)
        self.controls = True
        self.found = 0  # problems found, also past MAX_PROBLEMS
        self._memo: dict[tuple[Any, ...], Any] = {}

    def problem(self, where: str, name: str | None, message: str) -> None:
        self.found += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(where, name, message))

    def _remembered(self, key: tuple[Any, ...], check: Callable[[], _T]) -> _T:
        """A value's checked form, worked out once: a feed repeats its dates, prices, weights
        and products' GTINs on row after row.  Only a value without a problem is remembered
        (a problem is named on every row that has it)."""
        try:
            return cast(_T, self._memo[key])
        except KeyError:
            pass
        found = self.found
        value = check()
        if self.found == found:
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            self._memo[key] = value
        return value

    @staticmethod
    def text(value: Any) -> str:
        if type(value) is str:
            return value.strip()
        if value is None:
            return ""
        if isinstance(value, bool | int | float | Decimal):
            return str(value)
        if not isinstance(value, str):
            raise TypeError
        return value.strip()

    def get(self, raw: dict[str, Any], where: str, name: str, *, required: bool = False) -> str:
        value = raw.get(name)
        if type(value) is str and not self.controls:  # the CSV reader's usual case, quickly
            text = value.strip()
            if required and not text:
                self.problem(where, name, "is required and missing")
            return text
        if isinstance(value, list | dict):
            self.problem(where, name, "must be a single value, not a list or object")
            return ""
        try:
            text = self.text(value)
        except TypeError:
            self.problem(where, name, f"cannot read {value!r}")
            return ""
        control = CONTROL.search(text) if self.controls else None
        if control is not None:  # NUL ends a string in PostgreSQL; none of them is text
            self.problem(
                where,
                name,
                f"contains the control character U+{ord(control.group()):04X}, which is no text: "
                "remove it (an export from another program may have put it there)",
            )
            return ""
        if required and not text:
            self.problem(where, name, "is required and missing")
        return text

    def limited(self, where: str, name: str, text: str, limit: int) -> str:
        if len(text) > limit:
            self.problem(where, name, f"is {len(text)} characters long; at most {limit}")
            return text[:limit]
        return text

    def ascii_digits(self, where: str, name: str, text: str) -> bool:
        """Numbers, dates and codes are written with the digits 0-9: another script's digits
        (Arabic-Indic, full-width ...), which Python would read as numbers, are refused."""
        if text.isascii():
            return True
        self.problem(where, name, f"{text!r}: write it with the digits 0-9 and ASCII signs")
        return False

    def date(self, where: str, name: str, text: str) -> dt.date | None:
        return self._remembered(("date", text), lambda: self._date(where, name, text))

    def _date(self, where: str, name: str, text: str) -> dt.date | None:
        if not text or not self.ascii_digits(where, name, text):
            return None
        try:
            value = dt.date.fromisoformat(text)
        except ValueError:
            self.problem(where, name, f"{text!r} is not a date: write YYYY-MM-DD (2026-11-24)")
            return None
        if value > self.today + dt.timedelta(days=1):
            self.problem(where, name, f"{text} is in the future")
        if value.year < 2000:
            self.problem(where, name, f"{text} is too far in the past")
        return value

    def amount(
        self, where: str, name: str, text: str, *, places: int, unit: str, maximum: Decimal
    ) -> Decimal | None:
        return self._remembered(
            ("amount", text, places, maximum),
            lambda: self._amount(where, name, text, places, unit, maximum),
        )

    def _amount(
        self, where: str, name: str, text: str, places: int, unit: str, maximum: Decimal
    ) -> Decimal | None:
        if not text or not self.ascii_digits(where, name, text):
            return None
        cleaned = text
        if _DECIMAL_COMMA.fullmatch(cleaned):  # 499,00: a decimal comma, not thousands
            cleaned = cleaned.replace(",", ".")
        try:
            # the documented form only: Decimal() would also take 1_000, 1e3, +5 and Infinity
            if not _DECIMAL.fullmatch(cleaned):
                raise InvalidOperation(cleaned)
            value = Decimal(cleaned)
        except InvalidOperation:
            self.problem(
                where, name, f"{text!r} is not a number: write digits with a decimal point ({unit})"
            )
            return None
        if not value.is_finite():
            self.problem(where, name, f"{text!r} is not a number ({unit})")
            return None
        if value < 0:
            self.problem(where, name, f"{text} is negative")
            return None
        if value > maximum:
            self.problem(where, name, f"{text} is more than {maximum}: check the unit ({unit})")
            return None
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > places:
            self.problem(where, name, f"{text} has more than {places} decimals")
            return None
        return value.quantize(Decimal(1).scaleb(-places))

    def kilograms(self, where: str, name: str, text: str) -> Decimal | None:
        return self.amount(
            where, name, text, places=3, unit="kilograms, 1.250", maximum=Decimal(1000)
        )

    def whole(self, where: str, name: str, text: str, low: int, high: int) -> int | None:
        return self._remembered(
            ("whole", text, low, high), lambda: self._whole(where, name, text, low, high)
        )

    def _whole(self, where: str, name: str, text: str, low: int, high: int) -> int | None:
        if not self.ascii_digits(where, name, text):
            return None
        if not _WHOLE.fullmatch(text):
            self.problem(where, name, f"{text!r} is not a whole number")
            return None
        value = int(text)
        if not low <= value <= high:
            self.problem(where, name, f"{value} must be between {low} and {high}")
            return None
        return value

    def gtin(self, where: str, name: str, text: str) -> str | None:
        return self._remembered(("gtin", text), lambda: self._gtin(where, name, text))

    def _gtin(self, where: str, name: str, text: str) -> str | None:
        if not text or not self.ascii_digits(where, name, text):
            return None
        digits = text.replace(" ", "")
        if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
            self.problem(where, name, f"{text!r} is not a GTIN (8, 12, 13 or 14 digits)")
            return None
        if gs1_mod10(digits[:-1]) != digits[-1]:
            self.problem(
                where,
                name,
                f"{text}: the check digit should be {gs1_mod10(digits[:-1])}; a typo?",
            )
            return None
        return digits.zfill(14)

    def boolean(self, where: str, name: str, text: str) -> bool | None:
        if not text:
            return None
        lowered = text.lower()
        if lowered in ("true", "yes", "y", "1"):
            return True
        if lowered in ("false", "no", "n", "0"):
            return False
        self.problem(where, name, f"{text!r}: write true or false")
        return None

    def items(self, where: str, name: str, value: Any) -> list[str]:
        """A list field: a JSON array, or text separated by | or ;."""
        if value is None or value == "":
            return []
        if isinstance(value, list):
            out = []
            for item in value:
                try:
                    text = self.text(item)
                except TypeError:
                    self.problem(where, name, f"cannot read {item!r}")
                    continue
                if text:
                    out.append(text)
            return out
        try:
            text = self.text(value)
        except TypeError:
            self.problem(where, name, f"cannot read {value!r}")
            return []
        return [part for part in LIST_SEPARATOR.split(text) if part]

    def platform(
        self, raw: dict[str, Any], where: str, reserved: tuple[str, ...] = ()
    ) -> dict[str, str] | None:
        """The `platform` object of a JSON return or line: its ids, or None when it has none."""
        value = raw.get(PLATFORM)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(
                where,
                PLATFORM,
                "must be an object of the shop platform's ids, like "
                '{"name": "shopify", "return_id": "gid://shopify/Return/1"}',
            )
            return None
        if len(value) > MAX_PLATFORM_KEYS:
            self.problem(
                where,
                PLATFORM,
                f"has {len(value)} keys; at most {MAX_PLATFORM_KEYS}: keep the ids the "
                "platform's connector needs",
            )
            return None
        ids: dict[str, str] = {}
        wrong = False
        for key, item in value.items():
            if not _PLATFORM_KEY.fullmatch(key):
                shown = repr(key[:40] + "…" if len(key) > 40 else key)
                self.problem(
                    where,
                    PLATFORM,
                    f"{shown} is not a key the station takes: lower-case letters, digits and _, "
                    "starting with a letter, at most 40 characters (return_id)",
                )
                wrong = True
            elif key in reserved:
                self.problem(
                    where,
                    PLATFORM,
                    f"{key} is the station's own key in the events it sends: "
                    f"name it otherwise ({key}_id)",
                )
                wrong = True
            else:
                text = self._platform_id(where, key, item)
                if text is None:
                    wrong = True
                else:
                    ids[key] = text
        return None if wrong or not ids else ids

    def _platform_id(self, where: str, key: str, item: Any) -> str | None:
        """One id: text kept as written (never stripped nor cut), or a whole number as text."""
        refused = None
        if item is None:
            refused = "is null: leave the key out when the platform has no such id"
        elif isinstance(item, bool):
            refused = "is true or false: an id is text or a whole number"
        elif isinstance(item, Decimal):
            refused = 'is a number with a fraction: write the id as text ("10.5")'
        elif isinstance(item, list | dict):
            refused = "is a list or object: the ids are flat, each text or a whole number"
        elif not isinstance(item, str | int):
            refused = "cannot be read: an id is text or a whole number"
        if refused is not None:
            self.problem(where, PLATFORM, f"{key} {refused}")
            return None
        text = str(item)
        if not text:
            refused = "is empty: leave the key out when the platform has no such id"
        elif len(text) > MAX_PLATFORM_ID:
            refused = f"is {len(text)} characters long; at most {MAX_PLATFORM_ID}"
        else:
            for char in text:
                category = unicodedata.category(char)
                if category == "Cc":
                    refused = f"contains the control character U+{ord(char):04X}, which is no text"
                elif category in _NOT_IN_IDS:
                    refused = (
                        f"contains the {_NOT_IN_IDS[category]} character U+{ord(char):04X}, "
                        "which no id has and which can hide what a person reads"
                    )
                if refused:
                    refused += ": remove it (an export from another program may have put it there)"
                    break
            else:
                if text != text.strip():
                    refused = "starts or ends with a space: remove it (no id has one)"
        if refused is not None:
            self.problem(where, PLATFORM, f"{key} {refused}")
            return None
        return text

    # -- records ----------------------------------------------------------------------------

    def rma_fields(self, raw: dict[str, Any], where: str) -> tuple[str, dict[str, Any]]:
        number = self.get(raw, where, "rma_number", required=True).upper()
        if number and not _RMA_NUMBER.match(number):
            self.problem(
                where,
                "rma_number",
                f"{number!r}: 3 to 64 letters, digits and - / _ . (no spaces)",
            )
        fields: dict[str, Any] = {}
        fields["order_number"] = self.limited(
            where, "order_number", self.get(raw, where, "order_number", required=True), 64
        )
        fields["customer_name"] = self.limited(
            where, "customer_name", self.get(raw, where, "customer_name"), 200
        )
        email = self.get(raw, where, "customer_email")
        if email and not _EMAIL.match(email):
            self.problem(where, "customer_email", f"{email!r} is not an e-mail address")
        fields["customer_email"] = self.limited(where, "customer_email", email, 254) or None
        market = self.get(raw, where, "market", required=True).upper()
        if market and not _MARKET.fullmatch(market):
            self.problem(where, "market", f"{market!r}: a two-letter country code (SE, NO, DE)")
        fields["market"] = market
        channel = self.get(raw, where, "channel", required=True).lower()
        if channel and channel not in {c.value for c in Channel}:
            self.problem(where, "channel", f"{channel!r}: one of post, store, portal")
        fields["channel"] = channel
        purchase = self.date(where, "purchase_date", self.get(raw, where, "purchase_date"))
        delivery = self.date(where, "delivery_date", self.get(raw, where, "delivery_date"))
        if purchase and delivery and delivery < purchase:
            self.problem(
                where, "delivery_date", f"{delivery} is before the purchase date {purchase}"
            )
        fields["purchase_date"] = purchase
        fields["delivery_date"] = delivery
        resolution = (
            self.get(raw, where, "requested_resolution").lower().replace(" ", "_") or "refund"
        )
        if resolution not in {r.value for r in Resolution}:
            self.problem(
                where,
                "requested_resolution",
                f"{resolution!r}: one of refund, store_credit, exchange",
            )
        fields["requested_resolution"] = resolution
        exchange_sku = self.get(raw, where, "exchange_sku")
        if resolution == Resolution.EXCHANGE.value and not exchange_sku:
            self.problem(where, "exchange_sku", "an exchange needs the SKU to send instead")
        if exchange_sku and resolution != Resolution.EXCHANGE.value:
            self.problem(where, "exchange_sku", "only for requested_resolution = exchange")
        fields["exchange_sku"] = self.limited(where, "exchange_sku", exchange_sku, 64) or None
        return number, fields

    def line(self, raw: dict[str, Any], where: str, default_no: int) -> LineRecord | None:
        before = len(self.problems)
        line_text = self.get(raw, where, "line_no")
        line_no = (
            self.whole(where, "line_no", line_text, 1, MAX_LINE_NO) if line_text else default_no
        )
        sku = self.get(raw, where, "sku", required=True)
        if sku and not _SKU.match(sku):
            self.problem(where, "sku", f"{sku!r}: up to 64 characters without spaces")
        gtin = self.gtin(where, "gtin", self.get(raw, where, "gtin"))
        quantity_text = self.get(raw, where, "quantity", required=True)
        quantity = (
            self.whole(where, "quantity", quantity_text, 1, MAX_QUANTITY) if quantity_text else None
        )
        price_text = self.get(raw, where, "unit_price", required=True)
        price = self.amount(
            where,
            "unit_price",
            price_text,
            places=2,
            unit="499.00",
            maximum=Decimal("99999999.99"),
        )
        currency = self.get(raw, where, "currency", required=True).upper()
        if currency and not _CURRENCY.fullmatch(currency):
            self.problem(where, "currency", f"{currency!r}: a three-letter code (SEK, EUR)")
        elif price is not None and currency and price != price.quantize(smallest_amount(currency)):
            # a refund of it could not be sent in the currency's form (receiving_station.money)
            self.problem(
                where,
                "unit_price",
                f"{price_text} has more decimals than {currency} has ({station_digits(currency)})",
            )
        serials = self.items(where, "serials", raw.get("serials"))
        duplicated = sorted({s for s in serials if serials.count(s) > 1})
        if duplicated:
            self.problem(where, "serials", f"{duplicated[0]!r} is listed twice")
        if len(serials) > MAX_SERIALS:
            self.problem(where, "serials", f"{len(serials)} serial numbers; at most {MAX_SERIALS}")
            serials = serials[:MAX_SERIALS]
        if any(len(s) > 80 for s in serials):
            self.problem(where, "serials", "a serial number is longer than 80 characters")
        weight = self.kilograms(
            where, "expected_weight_kg", self.get(raw, where, "expected_weight_kg")
        )
        unit_weight = self.kilograms(
            where, "unit_weight_kg", self.get(raw, where, "unit_weight_kg")
        )
        if weight is None and unit_weight is not None and quantity is not None:
            weight = unit_weight * quantity
        category = self.get(raw, where, "category").lower() or None
        if category and not _CATEGORY.fullmatch(category):
            self.problem(where, "category", f"{category!r}: lower-case letters, digits and _")
        record = LineRecord(
            where=where,
            line_no=line_no or 0,
            sku=sku,
            gtin=gtin,
            description=self.limited(
                where, "description", self.get(raw, where, "description"), 200
            ),
            category=category,
            quantity=quantity or 0,
            unit_price=price if price is not None else Decimal(0),
            currency=currency,
            serials=serials,
            reason_code=self.limited(
                where, "reason_code", self.get(raw, where, "reason_code").lower(), 40
            )
            or None,
            expected_weight_kg=weight,
            unit_weight_kg=unit_weight,
            bin_location=self.limited(
                where, "bin_location", self.get(raw, where, "bin_location"), 40
            )
            or None,
            returnable=self.boolean(where, "returnable", self.get(raw, where, "returnable")),
        )
        return record if len(self.problems) == before else None

    def parcel(
        self,
        where: str,
        name: str,
        tracking: str,
        carrier: str,
        weight_text: str,
        weight_field: str = "parcel_weight_kg",
    ) -> ParcelRecord | None:
        ident = identify_tracking(tracking)
        named_carrier = carrier.lower() or None
        if ident.kind == CodeKind.PARCEL:
            if not ident.valid:
                self.problem(
                    where,
                    name,
                    f"{tracking}: looks like a {ident.carrier or 'carrier'} number but the check "
                    "digit does not match; a typo?",
                )
                return None
            number = ident.tracking_number or tracking
            if named_carrier and ident.carrier and named_carrier != ident.carrier:
                self.problem(
                    where,
                    "carrier",
                    f"{named_carrier!r}, but {tracking} is a {ident.carrier} number",
                )
            named_carrier = ident.carrier or named_carrier
        else:
            number = _SPACES.sub("", tracking.upper())
            if not _TRACKING.match(number):
                self.problem(
                    where, name, f"{tracking!r} is not a tracking number (6 to 64 letters/digits)"
                )
                return None
            if ident.kind in (CodeKind.RMA, CodeKind.LPN, CodeKind.BADGE, CodeKind.COMMAND):
                self.problem(where, name, f"{tracking} is a {ident.kind.value}, not a parcel")
                return None
        weight = self.kilograms(where, weight_field, weight_text)
        return ParcelRecord(where, number, named_carrier, weight)
