"""Amounts a person types (receiving_station/amounts.py): read the way they were typed, kept in
the currency's minor units, refused with a sentence when they cannot be read one way."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from receiving_station.amounts import AmountError, parse_amount, totals
from receiving_station.i18n.text import Money


@pytest.mark.parametrize(
    ("typed", "currency", "locale", "amount"),
    [
        ("1", "EUR", "de_DE", Decimal("1.00")),
        ("12,5", "SEK", "sv_SE", Decimal("12.50")),
        ("12.50", "SEK", "sv_SE", Decimal("12.50")),  # a keypad's point on a Swedish keyboard
        ("12,50", "EUR", "en_GB", Decimal("12.50")),
        ("1 234,50", "SEK", "sv_SE", Decimal("1234.50")),
        ("1\u00a0234,50", "NOK", "nb_NO", Decimal("1234.50")),
        ("1.234,50", "EUR", "de_DE", Decimal("1234.50")),
        ("1,234.50", "EUR", "en_GB", Decimal("1234.50")),
        (" 7 ", "DKK", "da_DK", Decimal("7.00")),
        ("1200", "JPY", "en_GB", Decimal("1200")),
    ],
)
def test_what_a_person_types_is_one_amount(
    typed: str, currency: str, locale: str, amount: Decimal
) -> None:
    value = parse_amount(typed, currency, locale)
    assert value == amount and str(value) == str(amount)  # the minor units, always shown


@pytest.mark.parametrize(
    ("typed", "currency", "locale", "says"),
    [
        ("", "SEK", "sv_SE", "Type an amount"),
        ("abc", "SEK", "sv_SE", "is not an amount"),
        ("12.345", "SEK", "en_GB", "more decimals than SEK has"),
        ("1200,5", "JPY", "en_GB", "more decimals than JPY has"),
        ("0", "EUR", "de_DE", "more than nothing"),
        ("-5", "EUR", "de_DE", "is not an amount"),
        ("700", "SEK", "sv_SE", "more than was paid"),
        ("1e3", "SEK", "sv_SE", "is not an amount"),
    ],
)
def test_an_amount_that_cannot_be_read_one_way_is_refused(
    typed: str, currency: str, locale: str, says: str
) -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount(typed, currency, locale, at_most=Decimal("669.00"))
    assert says in str(refused.value.text)


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2))
def test_an_amount_written_the_locales_way_reads_back_the_same(amount: Decimal) -> None:
    for locale, text in (
        ("sv_SE", f"{amount:.2f}".replace(".", ",")),
        ("en_GB", f"{amount:,.2f}"),
        ("de_DE", f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")),
    ):
        assert parse_amount(text, "SEK", locale) == amount, (locale, text)


def test_totals_per_currency_in_the_order_they_come() -> None:
    amounts = [
        Money(Decimal("10"), "SEK"),
        Money(Decimal("2.5"), "EUR"),
        Money(Decimal("1"), "SEK"),
    ]
    assert totals(amounts) == [Money(Decimal("11.00"), "SEK"), Money(Decimal("2.50"), "EUR")]
