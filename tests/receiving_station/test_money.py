"""Amounts written as the upstream contract writes money: the currency's own decimals,
whatever the Decimal's exponent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from receiving_station.money import (
    MoneyFormError,
    contract_amount,
    in_minor_units,
    minor_digits,
    smallest_amount,
    station_digits,
)


@pytest.mark.parametrize(
    ("amount", "currency", "written"),
    [
        (Decimal("1"), "SEK", "1.00"),
        (Decimal("12.5"), "NOK", "12.50"),
        (Decimal("7.50"), "DKK", "7.50"),
        (Decimal("669.000"), "EUR", "669.00"),
        (Decimal("1E+3"), "EUR", "1000.00"),
        (Decimal("-0"), "SEK", "0.00"),
        (Decimal("-4.5"), "SEK", "-4.50"),
        (Decimal("1200"), "JPY", "1200"),
        (Decimal("1200.00"), "JPY", "1200"),
        (Decimal("12.5"), "KWD", "12.500"),
        (Decimal("3"), "sek", "3.00"),
        (Decimal("3"), "", "3.00"),
        (5, "SEK", "5.00"),
    ],
)
def test_an_amount_is_written_with_its_currencys_decimals(
    amount: Decimal, currency: str, written: str
) -> None:
    assert contract_amount(amount, currency) == written


@pytest.mark.parametrize(
    ("amount", "currency"),
    [
        (Decimal("1.005"), "SEK"),
        (Decimal("1200.5"), "JPY"),
        (Decimal("NaN"), "SEK"),
        (Decimal("Infinity"), "SEK"),
        (Decimal("1E+40"), "SEK"),
        (1.5, "SEK"),
        ("1.00", "SEK"),
    ],
)
def test_what_its_currency_cannot_write_is_refused_not_rounded(
    amount: object, currency: str
) -> None:
    with pytest.raises(MoneyFormError):
        contract_amount(amount, currency)  # type: ignore[arg-type]


def test_the_currencys_decimals_and_what_the_station_keeps() -> None:
    assert [minor_digits(c) for c in ("SEK", "NOK", "DKK", "EUR", "JPY", "ISK", "KWD")] == [
        2, 2, 2, 2, 0, 0, 3,
    ]  # fmt: skip
    assert station_digits("KWD") == 2 and station_digits("JPY") == 0
    assert smallest_amount("SEK") == Decimal("0.01") and smallest_amount("JPY") == Decimal("1")
    assert str(in_minor_units(Decimal("1"), "SEK")) == "1.00"
