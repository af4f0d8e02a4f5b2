"""What an import reads and what it answers: the RMA, line and parcel records, a problem named by its line and field, and the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from receiving_station.i18n.text import plural

MAX_PROBLEMS = 200

# Told how far an import is: (phase, done, total): "checking" counts the file's lines,
# "writing" the returns written; a total of 0 is not known yet (a big file is written while
# it is still being read).  The CLI draws it as a progress bar.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file: where (line or record), which field, what to do."""

    where: str
    field: str | None
    message: str

    def __str__(self) -> str:
        return (
            f"{self.where}, {self.field}: {self.message}"
            if self.field
            else (f"{self.where}: {self.message}")
        )


class ImportFailed(Exception):
    """The file was refused; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        count = f"{len(problems)} {plural('problem(s)', len(problems))}"
        super().__init__(f"{count}; first: {problems[0] if problems else '-'}")


@dataclass
class ImportResult:
    source: str
    rmas_created: int = 0
    rmas_updated: int = 0
    rmas_unchanged: int = 0
    lines_created: int = 0
    lines_updated: int = 0
    lines_removed: int = 0
    parcels_created: int = 0
    parcels_updated: int = 0
    products_created: int = 0

    @property
    def rmas(self) -> int:
        return self.rmas_created + self.rmas_updated + self.rmas_unchanged

    def summary(self) -> str:
        return (
            f"{self.source}: {self.rmas} returns ({self.rmas_created} new, "
            f"{self.rmas_updated} updated, {self.rmas_unchanged} unchanged); lines: "
            f"{self.lines_created} new, {self.lines_updated} updated, {self.lines_removed} removed; "
            f"parcels: {self.parcels_created} new, {self.parcels_updated} updated; "
            f"{self.products_created} new products"
        )


@dataclass
class LineRecord:
    where: str
    line_no: int
    sku: str
    gtin: str | None
    description: str
    category: str | None
    quantity: int
    unit_price: Decimal
    currency: str
    serials: list[str]
    reason_code: str | None
    expected_weight_kg: Decimal | None
    unit_weight_kg: Decimal | None
    bin_location: str | None
    returnable: bool | None
    # the shop platform's ids of the line (JSON's `platform`, checked by reading.Checker.platform)
    platform_ref: dict[str, str] | None = None


@dataclass
class ParcelRecord:
    where: str
    tracking_number: str
    carrier: str | None
    expected_weight_kg: Decimal | None


@dataclass
class RmaRecord:
    where: str
    number: str
    fields: dict[str, Any]
    lines: list[LineRecord] = field(default_factory=list)
    parcels: list[ParcelRecord] = field(default_factory=list)
    # the shop platform's ids of the return (JSON's `platform`), and whether the file's format
    # can carry them at all: a CSV file cannot, so importing one keeps the stored ids of its
    # returns and lines, while a JSON return without `platform` clears them
    platform_ref: dict[str, str] | None = None
    carries_platform_refs: bool = False
