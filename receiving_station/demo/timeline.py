"""The demo history's timeline: which days the site worked, who stood at which bench when,
the parcels each stretch of work took and what was wrong with them, the hour the shop was
down; and the simulated clock the operations are run on (receiving_station/demo/history.py).

Days and shifts are local time, as the figures read them (receiving_station/figures/shifts.py),
stored as UTC like every time.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from db.enums import Role
from receiving_station.demo.site import STAFF, STATIONS

#: A site in its fifth week: each week busier than the one before (oldest first).
WEEKLY_RAMP = (0.25, 0.45, 0.75, 1.2, 1.9)
#: Monday ... Sunday.
WEEKDAY_SHARE = (1.0, 1.05, 1.0, 1.0, 0.95, 0.55, 0.35)
UNITS_PER_PARCEL = 1.95  # what the demo's returns hold on average (data.py)
PARCELS_PER_SESSION = 7  # an operator's stretch at a bench: most of an hour
SESSION_MINUTES_PER_PARCEL = dt.timedelta(minutes=9)  # at most: a stretch is over by then
#: How often the history's dispatcher sends (at a real bench: within a second of a decision;
#: each round of sending costs as much as a unit at the bench, so the history rounds it up).
DISPATCH_EVERY = dt.timedelta(minutes=60)

#: What goes wrong, the anomalies of PRODUCT.md: every n-th parcel (n, at which).
TWISTS = {
    "blind": (89, 40),
    "light": (79, 12),
    "wrong_item": (79, 30),
    "extra_item": (97, 5),
    "missing": (67, 47),
    "late": (89, 22),
    "non_returnable": (53, 8),
}


@dataclass
class Parcel:
    """One box at a bench, and what is wrong with it (the anomalies of PRODUCT.md)."""

    day: dt.date
    blind: bool = False  # nobody announced it
    light: bool = False  # weighs far less than its items should
    wrong_item: bool = False  # the last item is another product
    extra_item: bool = False  # one item more than the RMA says
    missing: bool = False  # the last item never came
    late: bool = False  # sent back weeks after delivery
    non_returnable: bool = False  # holds an item that cannot be returned
    paper_out: bool = False  # the label printer runs out of paper at its labels
    brings: int | None = None  # the return it brings (its index in the history's returns)


@dataclass
class Stretch:
    """One operator's stretch at one bench."""

    start: dt.datetime
    bench: str
    badge: str
    parcels: list[Parcel] = field(default_factory=list)


@dataclass
class Plan:
    """The history to work: its days, its stretches of work in the order they start (their
    parcels, in the order they come: `parcels`), the moment it ends and the shop's outage."""

    days: list[dt.date]
    until: dt.datetime
    sessions: list[Stretch]
    parcels: list[Parcel]
    outage: tuple[dt.datetime, dt.datetime] | None


def local_time(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A local time of day as UTC (the machine's time zone, as the figures read it)."""
    return dt.datetime(day.year, day.month, day.day, hour, minute).astimezone().astimezone(dt.UTC)


def plan_days(
    today: dt.date, until: dt.datetime, weeks: int, units: int, rng: random.Random
) -> Plan:
    """Which days, shifts, benches and operators, and how many parcels each stretch takes:
    every day from the opening to today, of today what was done by `until`."""
    # The site opened on a Monday: `weeks - 1` weeks before this week's Monday.
    opened = today - dt.timedelta(days=today.weekday() + 7 * (weeks - 1))
    days = [opened + dt.timedelta(days=n) for n in range((today - opened).days + 1)]
    weights = [
        WEEKLY_RAMP[min((day - opened).days // 7, len(WEEKLY_RAMP) - 1)]
        * WEEKDAY_SHARE[day.weekday()]
        for day in days
    ]
    parcels_wanted = units / UNITS_PER_PARCEL
    staff = [badge for badge, _, role in STAFF if role == Role.STAFF]
    early, late = staff[: len(staff) // 2], staff[len(staff) // 2 :]
    benches = STATIONS
    sessions: list[Stretch] = []
    turns = {False: 0, True: 0}  # early, late: whose turn it is at a bench
    for index, (day, weight) in enumerate(zip(days, weights, strict=True)):
        count = max(1, round(parcels_wanted * weight / sum(weights)))
        # at most one stretch a bench a day, so no two people share a bench at once
        stretches = min(len(benches), max(1, round(count / PARCELS_PER_SESSION)))
        sizes = [count // stretches + (1 if n < count % stretches else 0) for n in range(stretches)]
        for n, size in enumerate(sizes):
            late_shift = (index + n) % 2 == 1
            people = late if late_shift else early
            badge = people[turns[late_shift] % len(people)]
            turns[late_shift] += 1
            bench = benches[(index + n) % len(benches)]
            hour = rng.randrange(14, 19) if late_shift else rng.randrange(6, 11)
            start = local_time(day, hour, rng.randrange(0, 6))
            parcels = [Parcel(day) for _ in range(size)]
            if start + SESSION_MINUTES_PER_PARCEL * size < until:  # done by now
                sessions.append(Stretch(start, bench, badge, parcels))
    sessions.sort(key=lambda s: s.start)
    parcels = [parcel for session in sessions for parcel in session.parcels]
    # What goes wrong comes at a steady rate, whatever the day the demo is made on.
    for number, parcel in enumerate(parcels):
        for twist, (every, at) in TWISTS.items():
            if number % every == at:
                setattr(parcel, twist, True)
    # The label printer ran out of paper now and then; the last ones still wait.
    for number, session in enumerate(sessions):
        if number % 23 == 11 or number == len(sessions) - 1:
            session.parcels[-1].paper_out = True
    # The shop is down for over an hour (so over a round of the dispatcher's) during a
    # stretch of work three fifths of the way through.
    outage = None
    if sessions:
        busy = sessions[len(sessions) * 3 // 5].start
        outage = (busy + dt.timedelta(minutes=5), busy + DISPATCH_EVERY + dt.timedelta(minutes=20))
    return Plan(days, until, sessions, parcels, outage)


class Clock:
    """A simulated clock: whoever holds it moves it on."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def wait(self, low: float, high: float, rng: random.Random) -> dt.datetime:
        self.now += dt.timedelta(seconds=rng.uniform(low, high))
        return self.now


class HistoryError(RuntimeError):
    """An operation refused what the history asked of it (a bug in the history)."""
