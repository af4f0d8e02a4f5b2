"""Column types that keep money, weights and times exact on SQLite and PostgreSQL alike.

Money and weights are stored as integers of their smallest unit (cents, grams) and handed to
Python as `Decimal`: SQLite has no exact decimal type, and a float must never carry money
(docs/architecture.md).  Times are stored in UTC and always come back timezone-aware.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """A `Decimal` with a fixed number of places, stored as an integer (value × 10**places)."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places
        self._quantum = Decimal(1).scaleb(-places)
        self._factor = Decimal(10) ** places

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money and weights must be Decimal, not float")
        quantised = Decimal(value).quantize(self._quantum, rounding=ROUND_HALF_EVEN)
        return int(quantised * self._factor)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(self._quantum)


def Money() -> ScaledDecimal:
    """An amount of money with two decimals, stored as integer minor units."""
    return ScaledDecimal(2)


def Weight() -> ScaledDecimal:
    """A weight in kilograms with three decimals (gram resolution), stored as integer grams."""
    return ScaledDecimal(3)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime; naive values are refused so local time never leaks in."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: store UTC with tzinfo")
        value = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
