"""Amounts in their currency's own decimals, as they leave the station.

A refund in part typed as `1` is the Decimal `1`, and `str()` of it is "1"; the shop's contract
(docs/upstream-api.yaml, `Money`) wants a string with exactly the currency's decimals: "1.00"
in SEK, "1200" in JPY.  `contract_amount` writes every amount that leaves the station that way
(the upstream events, the refunds CSV for programs), whatever the Decimal's exponent;
`in_minor_units` is the check behind it, and what the core applies to an amount a person typed.

How many decimals a currency has is the Unicode CLDR's (Babel's `get_currency_precision`):
two for SEK, NOK, DKK and EUR, none for JPY and ISK, three for KWD.  The database keeps two
decimals (db.types.Money), so an amount the station decides on has at most two
(`station_digits`).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from babel.numbers import get_currency_precision

STORED_DIGITS = 2
"""The decimals the database keeps of every amount (db.types.Money: integer cents)."""


class MoneyFormError(ValueError):
    """An amount its currency cannot write without changing it: more decimals than the
    currency has, or not a number."""


def minor_digits(currency: str) -> int:
    """The currency's decimals (CLDR): SEK 2, JPY 0, KWD 3; 2 for a code CLDR does not know."""
    return get_currency_precision(currency.strip().upper()) if currency else 2


def station_digits(currency: str) -> int:
    """The decimals an amount in `currency` may have at the station: the currency's, at most
    the two the database keeps."""
    return min(minor_digits(currency), STORED_DIGITS)


def smallest_amount(currency: str) -> Decimal:
    """The smallest amount the station deals in for `currency`: 0.01 SEK, 1 JPY."""
    return Decimal(1).scaleb(-station_digits(currency))


def in_minor_units(amount: Decimal, currency: str) -> Decimal:
    """`amount` with exactly the currency's decimals: Decimal("1") -> Decimal("1.00") in SEK,
    Decimal("1200.00") -> Decimal("1200") in JPY.  MoneyFormError when that would change it
    (Decimal("12.345") in SEK, Decimal("1200.50") in JPY) or it is not a finite number."""
    if not isinstance(amount, Decimal | int) or isinstance(amount, bool):
        raise MoneyFormError(f"{amount!r} is not an amount (a Decimal)")
    value = Decimal(amount)
    if not value.is_finite():
        raise MoneyFormError(f"{value} is not an amount")
    try:
        exact = value.quantize(Decimal(1).scaleb(-minor_digits(currency)))
    except InvalidOperation:
        raise MoneyFormError(f"{value} has too many digits to be an amount") from None
    if exact != value:
        raise MoneyFormError(
            f"{value} has more decimals than {currency or 'the currency'} has "
            f"({minor_digits(currency)})"
        )
    return exact.copy_abs() if exact.is_zero() else exact  # no "-0.00"


def contract_amount(amount: Decimal, currency: str) -> str:
    """The amount as the contract writes money: digits, a point, the currency's decimals;
    never an exponent ("1.00", "12.50", "1200" in JPY)."""
    return format(in_minor_units(amount, currency), "f")
