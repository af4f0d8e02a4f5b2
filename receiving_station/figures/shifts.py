"""Shifts and periods in the warehouse's local time, as UTC windows for the database.

Times are stored in UTC; people think in "today's early shift".  A period is a local date range
and, optionally, one shift; it becomes a list of UTC windows (one per day when a shift is
chosen), worked out with the machine's time-zone rules so a daylight-saving night is right.

The default shifts are early 06-14, late 14-22 and night 22-06 (a night belongs to the day it
starts on).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from receiving_station.i18n.text import Text

#: The shipped shifts' names as people read them (a site's own shift is shown by its name).
SHIFT_WORDS = {
    "early": Text("shifts", "early"),
    "late": Text("shifts", "late"),
    "night": Text("shifts", "night"),
}


@dataclass(frozen=True)
class Shift:
    name: str
    start_hour: int
    end_hour: int  # a shift that ends at or before it starts runs past midnight

    def window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """This shift on `day`, in UTC (the day the shift starts on)."""
        start = _local(day, self.start_hour)
        end_day = day + dt.timedelta(days=1) if self.end_hour <= self.start_hour else day
        return start, _local(end_day, self.end_hour)

    @property
    def word(self) -> str:
        """The shift's name as people read it ('early', 'tidig')."""
        return SHIFT_WORDS.get(self.name, self.name)

    @property
    def choice(self) -> Text:
        """The shift as a filter offers it: 'early (06-14)'."""
        return Text(
            "shifts",
            "{shift} ({start}-{end})",
            shift=self.word,
            start=f"{self.start_hour:02d}",
            end=f"{self.end_hour:02d}",
        )

    def contains_hour(self, hour: int) -> bool:
        if self.end_hour > self.start_hour:
            return self.start_hour <= hour < self.end_hour
        return hour >= self.start_hour or hour < self.end_hour


SHIFTS = (Shift("early", 6, 14), Shift("late", 14, 22), Shift("night", 22, 6))


def shift_named(name: str) -> Shift:
    for shift in SHIFTS:
        if shift.name == name:
            return shift
    raise ValueError(f"shift {name!r}: one of {', '.join(s.name for s in SHIFTS)}")


def shift_of(moment: dt.datetime) -> Shift:
    """The shift a UTC moment falls in, by the local clock."""
    hour = moment.astimezone().hour
    return next(s for s in SHIFTS if s.contains_hour(hour))


def shift_day(moment: dt.datetime) -> dt.date:
    """The local day a moment's shift started on (night shift after midnight: the day before)."""
    local = moment.astimezone()
    shift = shift_of(moment)
    if shift.end_hour <= shift.start_hour and local.hour < shift.end_hour:
        return local.date() - dt.timedelta(days=1)
    return local.date()


def _local(day: dt.date, hour: int) -> dt.datetime:
    # A naive datetime's astimezone() reads it as local time with the system's rules.
    return dt.datetime(day.year, day.month, day.day, hour).astimezone().astimezone(dt.UTC)


@dataclass(frozen=True)
class Period:
    """Local days `first`..`last` (inclusive), all day or one shift."""

    first: dt.date
    last: dt.date
    shift: str | None = None

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"the period ends ({self.last}) before it starts ({self.first})")
        if self.shift is not None:
            shift_named(self.shift)

    def windows(self) -> list[tuple[dt.datetime, dt.datetime]]:
        """The UTC windows to count in: one for all day, one per day for a shift."""
        if self.shift is None:
            return [(_local(self.first, 0), _local(self.last + dt.timedelta(days=1), 0))]
        shift = shift_named(self.shift)
        days = (self.last - self.first).days + 1
        return [shift.window(self.first + dt.timedelta(days=n)) for n in range(days)]

    @property
    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        windows = self.windows()
        return windows[0][0], windows[-1][1]

    def describe(self) -> Text:
        """'2026-11-02 to 2026-11-08, early shift' (a Text: said in the reader's language,
        the dates their way)."""
        days = (
            Text.joined("", [self.first])  # a date alone, written the reader's way
            if self.first == self.last
            else Text("shifts", "{first} to {last}", first=self.first, last=self.last)
        )
        if not self.shift:
            return days
        word = SHIFT_WORDS.get(self.shift, self.shift)
        return Text("shifts", "{days}, {shift} shift", days=days, shift=word)

    @property
    def hours(self) -> float:
        return sum((end - start).total_seconds() for start, end in self.windows()) / 3600
