"""Amounts a person types: read the way they typed them, kept in the currency's minor units.

A lead types a partial refund as `12,50`, `12.50`, `12`, `1 234,50` or `1.234,50`; the shop
must get `12.50` (two decimals for SEK, NOK, DKK, EUR; none for JPY).  `parse_amount` reads
what was typed in the reader's locale and quantizes it to the currency's minor units (CLDR's
currency precision, through Babel), so whatever the person typed, the amount is the same
Decimal and the contract's form follows from it.  Nothing here guesses: an amount that could be
read two ways, or has more decimals than the currency, is refused with a sentence to act on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, parse_decimal

from receiving_station.i18n.text import Money, Text
from receiving_station.money import smallest_amount, station_digits

_SPACES = re.compile(r"[\s\u00a0\u202f'’]")
_PLAIN = re.compile(r"^\d+$")
_ONE_MARK = re.compile(r"^(\d+)[.,](\d+)$")
_DIGITS_AND_MARKS = re.compile(r"^[0-9.,]+$")  # no sign, no exponent: an amount as written


class AmountError(ValueError):
    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


def parse_amount(typed: str, currency: str, locale: str, at_most: Decimal | None = None) -> Decimal:
    """What a person typed, as an amount in `currency`'s minor units (see the module doc)."""
    text = _SPACES.sub("", typed or "")
    example = Money(Decimal("12.50"), currency)
    if not text:
        raise AmountError(Text("amounts", "Type an amount, as {example}.", example=example))
    unit = smallest_amount(currency)
    places = station_digits(currency)
    value: Decimal | None = None
    one = _ONE_MARK.match(text)
    if _PLAIN.match(text):
        value = Decimal(text)
    elif (
        one and len(one.group(2)) <= max(places, 2) and not (len(one.group(2)) == 3 and places < 3)
    ):
        # one mark with one or two digits after it is the decimal mark, whichever it is
        # (a keypad's decimal key types "." on a Swedish keyboard too)
        value = Decimal(f"{one.group(1)}.{one.group(2)}")
    elif _DIGITS_AND_MARKS.match(text):
        try:
            value = parse_decimal(text, locale=locale, strict=True)
        except (NumberFormatError, InvalidOperation, ValueError):
            value = None
    if value is None or not value.is_finite():
        raise AmountError(
            Text(
                "amounts",
                "{typed} is not an amount: type it as {example}.",
                typed=repr(typed),
                example=example,
            )
        )
    if value != value.quantize(unit):
        raise AmountError(
            Text(
                "amounts",
                "{typed} has more decimals than {currency} has: type it as {example}.",
                typed=repr(typed),
                currency=currency,
                example=example,
            )
        )
    value = value.quantize(unit)
    if value <= 0:
        raise AmountError(Text("amounts", "The amount must be more than nothing."))
    if at_most is not None and value > at_most:
        raise AmountError(
            Text(
                "amounts",
                "{amount} is more than was paid ({paid}).",
                amount=Money(value, currency),
                paid=Money(at_most, currency),
            )
        )
    return value


def totals(amounts: Iterable[Money]) -> list[Money]:
    """The sum per currency, in the order the currencies first appear."""
    sums: dict[str, Decimal] = {}
    for money in amounts:
        sums[money.currency] = sums.get(money.currency, Decimal(0)) + money.amount
    return [Money(amount.quantize(smallest_amount(c)), c) for c, amount in sums.items()]
