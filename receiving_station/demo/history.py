"""The demo site's first weeks, worked at its benches by the operations real work uses.

`build_demo_database(engine, ...)` fills an empty database as `receiving-station --demo`
opens it (receiving_station/cli/demo.py): the demo data (`data.py`: people, benches,
products, the returns still expected, the nine walk-through ones first) and the work of a site
in its fifth week, from the Monday it opened up to the moment the database is made (today's
shifts as far as they got), so that the Figures, Labels, Exceptions and Upstream sections
have something to show the first time they open, "today" included.

How it is made: a simulated clock walks the days of a plan (`timeline.py`: busier every week,
quieter at the weekend, early and late shifts, four benches, eight operators, the anomalies at
a steady rate), with two leads and a supervisor.  Nothing of
it is inserted as rows: every change is an operation a person at the site would have caused,
at its simulated time, through the code the window runs (so the audit log, the outbox, the
label jobs and the figures' hourly counts are what real work leaves):

- an operator at a bench: a `BenchController` fed badge, parcel scans, stable weights, item
  scans, the checklist's Y/N, the grade key, a photo for a poor grade, Enter and F9, as the
  scanner, scale, camera and keyboard would (its `Workflow` on the simulated clock); now and
  then a light box, a wrong, extra or missing item, a serial number that was not shipped, a
  parcel nobody announced, a return sent back too late;
- the label printer: each job's outcome recorded a few seconds after it was queued, as the
  bench's label worker records it (labels.jobs): printed, or "paper out" now and then (the
  latest ones still wait for a supervisor in the Labels section);
- leads (`leads.py`): the exception queue worked a few times a shift with
  `exceptions.actions` (approve in full or in part, reject, re-grade, ask for the customer to
  be contacted, close with a note), most within the SLA, a few forgotten (overdue now), the
  newest still open;
- the supervisor: a reprint or two most days, with the reason (`labels.jobs.reprint_label`);
- upstream: the outbox sent by the real `Dispatcher` over HTTP to the demo's sandbox shop
  (`sandbox.py`; its store the one demo mode then opens, so the shop knows these refunds), on
  the hour, its clock set to the simulated time; the shop is down for an hour once (the
  events wait and go later), and refuses the refunds of two returns it cancelled (a lead
  resolves those by hand).

The same seed and moment give the same history (but for the idempotency keys and the shop's
refund ids, random as at a real site).  Its size is set by the time it takes at the first
start: the bench's path costs some 20 ms of a 2-core machine a unit, the dispatcher's rounds,
leads and labels about half as much again, so HISTORY_UNITS (~220 units, ~8 s) keeps
`--demo --fresh` within about ten seconds of what it took without a history.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import create_engine_for_url, session_factory, write_transaction
from db.enums import (
    ExceptionStatus,
    LabelJobStatus,
    OutboxKind,
    OutboxState,
)
from db.models import (
    ExceptionCase,
    LabelJob,
    Operator,
    OutboxEvent,
    ProductGtin,
    ReceivedUnit,
    Rma,
    RmaLine,
)
from receiving_station import audit
from receiving_station.bench.controller import BenchController
from receiving_station.bench.state import BenchInput, BenchUpdate, InputKind, Stage
from receiving_station.demo.data import Arrival, DemoSummary, generate_demo_data
from receiving_station.demo.leads import OFFICE_PRINTER, LeadDesk
from receiving_station.demo.sandbox import (
    DEMO_SECRET,
    Faults,
    SandboxServer,
    SandboxStore,
)
from receiving_station.demo.site import (
    CARRIERS_BY_MARKET,
    _weighted,
    tracking_number,
)
from receiving_station.demo.timeline import (
    DISPATCH_EVERY,
    Clock,
    HistoryError,
    Parcel,
    Plan,
    Stretch,
    local_time,
    plan_days,
)
from receiving_station.figures import hours as figure_hours
from receiving_station.labels import jobs as labels
from receiving_station.receiving.results import Feedback
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import RuleSet, load_rules
from receiving_station.upstream.adapters import HttpAdapter, StationConnector
from receiving_station.upstream.dispatcher import Dispatcher

HISTORY_WEEKS = 5
#: Units received over the whole history: what the first start can afford (see above).
HISTORY_UNITS = 220
SERIAL_MISMATCH_EVERY = 9  # serialised units: one in so many is not the one shipped
GRADE_WEIGHTS = {"A": 50, "B": 28, "C": 14, "D": 5, "F": 3}
FAULT_GRADE_WEIGHTS = {"A": 15, "B": 20, "C": 30, "D": 25, "F": 10}  # said defective, damaged
FAULT_REASONS = ("defective", "damaged")
#: Checklist questions a "yes" speaks against the item (the others: a "yes" is good).
BAD_WHEN_YES = frozenset(
    {"worn_or_washed", "stains_or_odour", "worn_outdoors", "assembled_or_used"}
)
#: How likely each grade's checklist answers are the good ones.
GOOD_ANSWER = {"A": 0.98, "B": 0.85, "C": 0.55, "D": 0.35, "F": 0.2}

PAPER_OUT = "paper out: load a new roll of labels"


def _printer_of(bench: str) -> str:
    return f"tcp://label-{bench.lower()}:9100"


@dataclass
class HistorySummary:
    """What the history holds, for the person who asked for it and for the tests."""

    first_day: dt.date | None = None
    last_day: dt.date | None = None
    days: int = 0
    parcels: int = 0
    units: int = 0
    operators: int = 0
    benches: int = 0
    exceptions: int = 0
    open_exceptions: int = 0
    overdue: int = 0
    refunds_sent: int = 0
    exchanges_sent: int = 0
    labels_printed: int = 0
    reprints: int = 0
    labels_waiting: int = 0
    seconds: float = 0.0

    def describe(self) -> str:
        return (
            f"history: {self.first_day} to {self.last_day} ({self.days} days), "
            f"{self.units} units in {self.parcels} parcels at {self.benches} benches by "
            f"{self.operators} operators; {self.exceptions} exceptions ({self.open_exceptions} "
            f"open, {self.overdue} overdue); {self.refunds_sent} refunds and "
            f"{self.exchanges_sent} exchanges accepted by the shop; {self.labels_printed} labels "
            f"printed ({self.reprints} reprints, {self.labels_waiting} waiting); "
            f"{self.seconds:.1f} s"
        )


def build_demo_database(
    engine: Engine,
    *,
    returns: int = 200,
    seed: int = 1,
    now: dt.datetime | None = None,
    weeks: int = HISTORY_WEEKS,
    units: int = HISTORY_UNITS,
    shop: str | None = None,
    photo_dir: Path,
    rules: RuleSet | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[DemoSummary, HistorySummary]:
    """The demo database: `returns` expected returns (the walk-through ones first) and the
    work of a site in its `weeks`th week: from the Monday it opened up to `now` (default: the
    clock's; today's shifts as far as they got), so that "today" has figures too.

    `shop`: the sandbox shop's store (an SQLAlchemy URL; demo mode's own, so the shop knows
    what the history sent it); None: a throw-away one.  `photo_dir`: where the photos of
    poorly graded units are saved.  Raises DemoDataError (data.py) for a database with data."""
    until = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    today = until.astimezone().date()  # the local date, as the figures count days
    rules = rules or load_rules()
    rng = random.Random(f"history-{seed}")
    plan = plan_days(today, until, weeks, units, rng)
    arriving = [
        Arrival(parcel.day, late=parcel.late, non_returnable=parcel.non_returnable)
        for parcel in plan.parcels
        if not parcel.blind
    ]
    data = generate_demo_data(
        engine,
        returns=returns,
        seed=seed,
        today=today,
        rules=rules,
        progress=progress,
        processed_history=False,
        arriving=arriving,
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rs-demo-shop-") as scratch:
        store_url = shop or f"sqlite:///{Path(scratch) / 'shop.sqlite3'}"
        history = _History(engine, rules, rng, plan, data, store_url, photo_dir)
        try:
            history.run()
        finally:
            history.close()
    summary = history.summary(until)
    summary.seconds = time.perf_counter() - started
    with write_transaction(session_factory(engine)) as session:
        # The mark an earlier demo run is told by (cli/demo.py): after the history's work.
        audit.record(
            session,
            action="demo_data",
            entity_type="database",
            entity_id=None,
            at=dt.datetime.now(dt.UTC),
            operator_id=None,
            station_id=None,
            details={"history_units": summary.units, "history_days": summary.days},
        )
    return data, summary


# -- the simulation -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Return:
    number: str
    tracking: str
    resolution: str
    codes: tuple[tuple[str, str, str | None], ...]  # (code to scan, category, reason) per unit
    weight: Decimal


class _Bench:
    """One bench: its controller on its own simulated clock, fed what hands and devices do."""

    def __init__(
        self,
        name: str,
        sessions: sessionmaker[Session],
        rules: RuleSet,
        history: _History,
    ) -> None:
        self.name = name
        self.clock = Clock(history.clock.now)
        self.history = history
        workflow = Workflow(sessions, rules, clock=self.clock)
        self.controller = BenchController(workflow, sessions, name, clock=self.clock)

    def do(self, kind: InputKind, value: str, low: float = 2, high: float = 6) -> BenchUpdate:
        self.clock.wait(low, high, self.history.rng)
        update = self.controller.handle(BenchInput(kind, value, source="demo"))
        if update.feedback == Feedback.ERROR:
            raise HistoryError(f"{self.name} {kind.value} {value!r}: {update.message}")
        return update


class _History:
    def __init__(
        self,
        engine: Engine,
        rules: RuleSet,
        rng: random.Random,
        plan: Plan,
        data: DemoSummary,
        store_url: str,
        photo_dir: Path,
    ) -> None:
        self.engine = engine
        self.sessions = session_factory(engine)
        self.rules = rules
        self.rng = rng
        self.plan = plan
        self.photo_dir = photo_dir
        self.clock = Clock(local_time(plan.days[0], 0))  # the shop's, the dispatcher's, the leads'
        self.store = SandboxStore(create_engine_for_url(store_url), clock=self.clock)
        self.server = SandboxServer(("127.0.0.1", 0), self.store, DEMO_SECRET.encode())
        self.server_thread = threading.Thread(
            target=self.server.serve_forever, name="demo-history-shop", daemon=True
        )
        self.server_thread.start()
        self.dispatcher = Dispatcher(
            self.sessions,
            StationConnector(HttpAdapter(self.server.url, DEMO_SECRET.encode(), timeout=10)),
            clock=self.clock,
            rng=random.Random(rng.random()),
        )
        self.benches: dict[str, _Bench] = {}
        self.serialised = 0  # serialised units scanned so far
        self.outbox_dirty = False
        self.last_work = self.clock.now  # when the last person did something
        self.failed_labels: list[tuple[dt.datetime, int, str]] = []  # (retry at, job, printer)
        # the printers' answers not written yet: (job, at, printer, error)
        self.printed: list[tuple[int, dt.datetime, str, str | None]] = []
        self.blind_serial = 8_000_000
        with self.sessions() as session:
            self.operators = dict(session.execute(select(Operator.badge_code, Operator.id)).all())
            self.gtins = list(session.scalars(select(ProductGtin.gtin).order_by(ProductGtin.gtin)))
            self.returns = self._returns(session, [rma_id for rma_id, _ in data.arriving])
        self.leads = LeadDesk(
            self.sessions, rng, self.clock, plan.until, self.operators, self._label
        )

    def _returns(self, session: Session, rma_ids: list[int]) -> list[_Return]:
        rmas = {rma.id: rma for rma in session.scalars(select(Rma).where(Rma.id.in_(rma_ids)))}
        lines: dict[int, list[RmaLine]] = {}
        for line in session.scalars(
            select(RmaLine).where(RmaLine.rma_id.in_(rma_ids)).order_by(RmaLine.line_no)
        ):
            lines.setdefault(line.rma_id, []).append(line)
        out = []
        for rma_id in rma_ids:
            rma = rmas[rma_id]
            codes = []
            for line in lines[rma_id]:
                serials = [str(s) for s in line.serials_shipped or ()]
                gtin = line.gtin or ""
                for n in range(line.quantity):
                    code = (
                        f"]d201{gtin}21{serials[n]}" if n < len(serials) else gtin.removeprefix("0")
                    )
                    codes.append((code, line.category or "default", line.reason_code))
            weight = sum(
                (line.expected_weight_kg or Decimal(0) for line in lines[rma_id]), Decimal(0)
            )
            out.append(
                _Return(
                    rma.number,
                    rma.parcels[0].tracking_number,
                    rma.requested_resolution,
                    tuple(codes),
                    weight,
                )
            )
        return out

    def close(self) -> None:
        self.dispatcher.close()
        self.server.shutdown()
        self.server.server_close()
        self.server_thread.join(5)
        self.store.engine.dispose()

    # -- the run ----------------------------------------------------------------------------

    def run(self) -> None:
        plan = self.plan
        brought = (parcel for parcel in plan.parcels if not parcel.blind)
        for number, parcel in enumerate(brought):  # the returns, in the order they were made
            parcel.brings = number
        # Two returns the shop cancelled meanwhile: it refuses their refunds (409).
        refunds = [r.number for r in self.returns if r.resolution == "refund" and len(r.codes) == 1]
        if refunds:
            cancelled = {refunds[len(refunds) // 3], refunds[len(refunds) * 2 // 3]}
            self.store.put_returns([{"rma_number": n, "cancelled": True} for n in cancelled])
        queue: list[tuple[dt.datetime, int, Iterator[dt.datetime]]] = []
        order = 0

        def add(at: dt.datetime, steps: Iterator[dt.datetime]) -> None:
            nonlocal order
            order += 1
            heapq.heappush(queue, (at, order, steps))

        for session in plan.sessions:
            add(session.start, self._bench_session(session))
        for day in plan.days:
            weekend = day.weekday() >= 5
            leads = [("B-2001", 12, 0)] if weekend else [
                ("B-2001", 10, 0), ("B-2001", 13, 15), ("B-2002", 16, 30), ("B-2002", 21, 15)
            ]  # fmt: skip
            if weekend and day.weekday() == 6:
                leads = [("B-2002", 12, 30)]
            for badge, hour, minute in leads:
                at = local_time(day, hour, minute + self.rng.randrange(0, 10))
                if at < plan.until:
                    add(at, self._lead_round(badge, at))
            reprint = self.rng.random() < 0.6
            at = local_time(day, 15, self.rng.randrange(0, 50))
            if reprint and at < plan.until:
                add(at, self._reprints(at))
            add(local_time(day, 6), self._dispatch_ticks(day))
        if plan.outage is not None:
            add(plan.outage[0], self._outage(*plan.outage))
        while queue:  # whatever comes next in simulated time, one step at a time
            at, _, steps = heapq.heappop(queue)
            again = next(steps, None)
            if again is not None:
                add(max(again, at), steps)
        # What the last hour's work sent, a minute after it (the window's dispatcher goes on).
        self._labels_done()
        self.clock.now = min(self.last_work + dt.timedelta(minutes=1), plan.until)
        self._send()

    # -- the benches ------------------------------------------------------------------------

    def _bench_session(self, session: Stretch) -> Iterator[dt.datetime]:
        bench = self.benches.get(session.bench)
        if bench is None:
            bench = self.benches[session.bench] = _Bench(
                session.bench, self.sessions, self.rules, self
            )
        bench.clock.now = session.start
        bench.do(InputKind.LOGIN, session.badge, 0, 1)
        for parcel in session.parcels:
            brings = None if parcel.brings is None else self.returns[parcel.brings]
            self._parcel(bench, parcel, brings)
            self.outbox_dirty = True
            bench.clock.wait(20, 90, self.rng)  # the next box from the cage
            yield bench.clock.now
        bench.do(InputKind.KEY, "F12", 5, 30)
        self.last_work = max(self.last_work, bench.clock.now)

    def _parcel(self, bench: _Bench, parcel: Parcel, expected: _Return | None) -> None:
        rng = self.rng
        if expected is None:
            self.blind_serial += 1
            maker = _weighted(rng, CARRIERS_BY_MARKET[rng.choice(tuple(CARRIERS_BY_MARKET))])
            tracking = tracking_number(maker, self.blind_serial, rng)
            codes: list[tuple[str, str, str | None]] = [
                (rng.choice(self.gtins).removeprefix("0"), "default", None)
            ]
            weight = Decimal(rng.randrange(300, 2500)) / 1000
        else:
            tracking = expected.tracking
            codes = list(expected.codes)
            packaging = Decimal(rng.randrange(20, 70)) / 1000
            weight = (expected.weight * Decimal(rng.uniform(0.98, 1.04)) + packaging).quantize(
                Decimal("0.001")
            )
            if parcel.light:
                weight = (expected.weight * Decimal(rng.uniform(0.15, 0.4))).quantize(
                    Decimal("0.001")
                )
            if parcel.wrong_item:
                codes[-1] = (rng.choice(self.gtins).removeprefix("0"), codes[-1][1], None)
            if parcel.missing and len(codes) > 1:
                codes.pop()
            if parcel.extra_item:
                codes.append(codes[0])
        bench.do(InputKind.SCAN, tracking, 5, 20)
        bench.do(InputKind.WEIGHT, str(max(weight, Decimal("0.050"))), 6, 15)
        for code, _category, reason in codes:
            self.serialised += code.startswith("]d201")
            if code.startswith("]d201") and self.serialised % SERIAL_MISMATCH_EVERY == 4:
                # ]d2, 01 + the GTIN-14, 21 + a serial number that was not shipped
                code = f"{code[:21]}SN{rng.randrange(10**9):09d}"
            self._unit(bench, code, reason, parcel)
        update = bench.do(InputKind.KEY, "F9", 5, 15)
        if update.state.closing is not None:  # items missing: F9 again closes
            bench.do(InputKind.KEY, "F9", 3, 8)

    def _unit(self, bench: _Bench, code: str, reason: str | None, parcel: Parcel) -> None:
        rng = self.rng
        update = bench.do(InputKind.SCAN, code, 40, 110)  # unpacked, looked at, scanned
        if update.state.stage == Stage.SERIAL:
            update = bench.do(InputKind.SCAN, f"SN{rng.randrange(10**9):09d}", 10, 25)
        weights = FAULT_GRADE_WEIGHTS if reason in FAULT_REASONS else GRADE_WEIGHTS
        grade = rng.choices(list(weights), weights=list(weights.values()))[0]
        while update.state.stage == Stage.CHECKLIST:
            question = update.state.questions[len(update.state.answers)]
            good = rng.random() < GOOD_ANSWER[grade]
            yes = good != (question.key in BAD_WHEN_YES)
            update = bench.do(InputKind.KEY, "Y" if yes else "N", 4, 12)
        update = bench.do(InputKind.KEY, self.rules.grade(grade).key, 3, 10)
        if update.state.stage == Stage.PHOTO:
            unit = update.state.unit
            assert unit is not None
            bench.clock.wait(15, 35, rng)
            update = bench.do(InputKind.PHOTO, self._photo(unit.lpn, grade, bench.clock.now))
        for _ in range(3):  # Enter; again when the decision changed since grading
            if update.state.stage != Stage.DECIDE:
                break
            update = bench.do(InputKind.KEY, "ENTER", 2, 8)
        if update.print_job is not None:
            printer = _printer_of(bench.name)
            if parcel.paper_out:
                self._label(update.print_job, bench.clock.now, printer, error=PAPER_OUT)
                if parcel is not self.plan.parcels[-1]:  # the last ones wait for a supervisor
                    retry = bench.clock.now + dt.timedelta(minutes=rng.randrange(4, 12))
                    self.failed_labels.append((retry, update.print_job, printer))
            else:
                self._label(update.print_job, bench.clock.now + dt.timedelta(seconds=4), printer)

    def _photo(self, lpn: str, grade: str, at: dt.datetime) -> str:
        """What the bench camera saves for a poorly graded unit (a drawn stand-in)."""
        from PIL import Image, ImageDraw, ImageFont

        local = at.astimezone()
        path = self.photo_dir / f"{lpn}-{local:%Y%m%d-%H%M%S}.jpg"
        image = Image.new("RGB", (480, 360))
        draw = ImageDraw.Draw(image)
        for y in range(360):
            shade = 90 - y // 6
            draw.line([(0, y), (480, y)], fill=(shade - 30, shade - 15, shade))
        draw.rectangle([150, 120, 330, 250], outline=(214, 178, 120), width=6)
        draw.line([(190, 140), (250, 230)], fill=(200, 80, 60), width=5)
        try:
            font: Any = ImageFont.load_default(size=22)
        except TypeError:  # Pillow before 10.1
            font = ImageFont.load_default()
        for y, text in ((30, "SIMULATED CAMERA"), (280, f"{lpn}  grade {grade}")):
            draw.text((240, y), text, fill=(244, 246, 248), font=font, anchor="mt")
        draw.text(
            (240, 312), f"{local:%Y-%m-%d %H:%M:%S}", fill=(200, 205, 210), font=font, anchor="mt"
        )
        self.photo_dir.mkdir(parents=True, exist_ok=True)
        image.save(path, "JPEG", quality=80)
        return str(path)

    # -- labels ---------------------------------------------------------------------------------

    def _label(
        self, job_id: int, at: dt.datetime, printer: str, *, error: str | None = None
    ) -> None:
        """The printer's answer to a label job, written with the next ones (`_labels_done`)."""
        self.printed.append((job_id, at, printer, error))

    def _labels_done(self) -> None:
        """What the label printer's worker records once the printer answered (labels.jobs:
        printed, or failed with the printer's words), at the simulated time of each."""
        if not self.printed:
            return
        with write_transaction(self.sessions) as session:
            for job_id, at, printer, error in self.printed:
                job = session.get(LabelJob, job_id)
                assert job is not None
                job.attempts = (job.attempts or 0) + 1
                job.printer_url = printer
                job.format = "zpl"
                if error is None:
                    job.status = LabelJobStatus.PRINTED.value
                    job.printed_at = at
                    job.error = None
                else:
                    job.status = LabelJobStatus.FAILED.value
                    job.error = error
        self.printed = []

    def _label_retries(self, until: dt.datetime) -> None:
        """Labels that failed: printed again once the roll was changed."""
        due = [item for item in self.failed_labels if item[0] <= until]
        self.failed_labels = [item for item in self.failed_labels if item[0] > until]
        for at, job_id, printer in due:
            self._label(job_id, at, printer)

    def _reprints(self, at: dt.datetime) -> Iterator[dt.datetime]:
        """The supervisor reprints a label or two that got torn or lost, with the reason."""
        self.clock.now = at
        self._labels_done()
        with self.sessions() as session:
            candidates = list(
                session.scalars(
                    select(LabelJob.lpn)
                    .where(
                        LabelJob.status == LabelJobStatus.PRINTED.value,
                        LabelJob.printed_at >= at - dt.timedelta(days=2),
                        LabelJob.printed_at < at,
                    )
                    .order_by(LabelJob.id)
                )
            )
        reasons = (
            "torn at put-away",
            "smudged: the scanner in the aisle cannot read it",
            "lost in the refurbish area",
            "the box was repacked",
        )
        for _ in range(self.rng.choice((1, 1, 2))):
            if not candidates:
                return
            lpn = self.rng.choice(candidates)
            self.clock.wait(30, 300, self.rng)
            reprint = labels.reprint_label(
                self.sessions,
                lpn=str(lpn),
                reason=self.rng.choice(reasons),
                operator_id=self.operators["B-3001"],
                station_id=None,
                now=self.clock.now,
            )
            self._label(reprint.job_id, self.clock.now + dt.timedelta(seconds=6), OFFICE_PRINTER)
            yield self.clock.now

    # -- upstream -------------------------------------------------------------------------------

    def _dispatch_ticks(self, day: dt.date) -> Iterator[dt.datetime]:
        """The dispatcher's rounds over the working day, on the hour (a real bench sends within
        a second; what changes here is only how finely the history looks)."""
        at = local_time(day, 6)
        end = min(local_time(day, 23), self.plan.until)
        while at < end:
            self._label_retries(at)
            self._labels_done()
            if self.outbox_dirty:
                self.clock.now = at
                self.outbox_dirty = self._send()
            at += DISPATCH_EVERY
            yield at

    def _send(self) -> bool:
        """The dispatcher's rounds until nothing is due (as `Dispatcher.drain`, without its
        last round that claims nothing: a round costs as much as a unit at the bench).  True
        when upstream said "not now"."""
        due = (
            select(OutboxEvent.id)
            .where(
                OutboxEvent.state == OutboxState.PENDING.value,
                OutboxEvent.next_attempt_at <= self.clock.now,
            )
            .limit(1)
        )
        while True:
            with self.sessions() as session:
                if session.scalar(due) is None:
                    return False
            result = self.dispatcher.run_round()
            if result.retried:
                return True
            if not result.claimed:
                return False

    def _outage(self, start: dt.datetime, end: dt.datetime) -> Iterator[dt.datetime]:
        """The shop is down for a while (it answers 503): the outbox waits and retries."""
        self.server.faults = Faults(error_rate=1.0, retry_after=120)
        yield end
        self.server.faults = Faults()

    # -- the leads ------------------------------------------------------------------------------

    def _lead_round(self, badge: str, at: dt.datetime) -> Iterator[dt.datetime]:
        """A lead's round at the queue (demo/leads.py); what they release goes out next."""
        for now in self.leads.round(badge, at):
            self.outbox_dirty = True
            self.last_work = max(self.last_work, now)
            yield now

    # -- what it came to --------------------------------------------------------------------

    def summary(self, now: dt.datetime) -> HistorySummary:
        figure_hours.refresh(self.engine)  # the Figures open on counts already kept
        with self.sessions() as session:

            def count(model: Any, *where: Any) -> int:
                return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

            units = session.execute(
                select(
                    func.count(),
                    func.count(func.distinct(ReceivedUnit.operator_id)),
                    func.count(func.distinct(ReceivedUnit.station_id)),
                    func.count(func.distinct(ReceivedUnit.parcel_id)),
                )
            ).one()
            not_done = ExceptionCase.status != ExceptionStatus.RESOLVED.value
            sent = OutboxEvent.state == OutboxState.SENT.value
            return HistorySummary(
                first_day=self.plan.days[0],
                last_day=self.plan.days[-1],
                days=len(self.plan.days),
                units=units[0],
                operators=units[1],
                benches=units[2],
                parcels=units[3],
                exceptions=count(ExceptionCase),
                open_exceptions=count(ExceptionCase, not_done),
                overdue=count(ExceptionCase, not_done, ExceptionCase.sla_due <= now),
                refunds_sent=count(OutboxEvent, sent, OutboxEvent.kind == OutboxKind.REFUND.value),
                exchanges_sent=count(
                    OutboxEvent, sent, OutboxEvent.kind == OutboxKind.EXCHANGE_RELEASE.value
                ),
                labels_printed=count(LabelJob, LabelJob.status == LabelJobStatus.PRINTED.value),
                reprints=count(LabelJob, LabelJob.is_reprint.is_(True)),
                labels_waiting=count(LabelJob, LabelJob.status.in_(labels.WAITING)),
            )
