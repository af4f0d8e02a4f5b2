"""Realistic demo data: operators, benches, a product catalogue, expected returns and history.

`generate_demo_data(engine, returns=N, seed=S)` fills an *empty* database with N returns
(RMAs) for the SE, NO, DK, NL and DE markets, their lines and parcels, and the history of
returns already processed at the benches (graded, decided by the real rules, some held in
the exception queue) so that the figures screens have something to show.

The same seed, day and N give the same data.  Every tracking number carries a valid check
digit for its carrier (UPS, USPS, FedEx, DHL, DPD, PostNord, Bring, UPU S10, SSCC), every GTIN
a valid GS1 check digit; an identify() of any of them says what it is.

The anomalies a bench meets are all there: blind parcels (tracking numbers nobody
announced), wrong items (GTINs not on the RMA), light parcels (expected weight known, the
scale will say less), late returns (delivered long before the window closed), non-returnable
items (hygiene).  The first returns are one of each, listed as `DemoSummary.scenarios`, so that
a newcomer (and the demo panel) can find them.

Rows are written with SQLAlchemy Core `executemany` in batches with explicit keys, in one
transaction: a million returns take a few minutes, and a failure leaves nothing behind.  That
quick history (for big databases: `receiving-station demo-data`, the benchmarks) is rows
written as they would end up, without the audit log, outbox, label jobs or lead decisions the
operations write; the demo mode's database has none of it (`processed_history=False`) and its
weeks of work done at the benches instead (receiving_station/demo/history.py).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, Table, func, insert, select, text
from sqlalchemy.orm import Session

from db.engine import session_factory, write_transaction
from db.enums import (
    ExceptionStatus,
    ExceptionType,
    ParcelStatus,
    RmaStatus,
    Role,
    UnitStatus,
)
from db.models import (
    ExceptionCase,
    Operator,
    Parcel,
    Product,
    ProductGtin,
    ReceivedUnit,
    Rma,
    RmaLine,
    Station,
)
from db.types import utcnow
from receiving_station import audit
from receiving_station.auth import hash_pin
from receiving_station.codes.identify import identify
from receiving_station.codes.lpn import format_lpn, lpns_start_after
from receiving_station.demo.site import (
    CARRIERS_BY_MARKET,
    CATEGORIES,
    CURRENCY,
    FIRST_NAMES,
    INTERNATIONAL,
    LAST_NAMES,
    MARKET_WEIGHTS,
    MARKETS,
    STAFF,
    STATIONS,
    CatalogueItem,
    _carrier_of,
    _catalogue,
    _shop_price,
    _weighted,
    tracking_number,
)
from receiving_station.exceptions.evidence import (
    BlindReturnEvidence,
    Evidence,
    InspectionEvidence,
    WeightEvidence,
)
from receiving_station.i18n.text import Text, Weight
from receiving_station.rules import DecisionInput, RuleSet, load_rules

DEMO_PIN = "1234"


BATCH = 5_000


HISTORY_SHARE = 0.10  # of N: returns already processed at the benches ...


HISTORY_MAX = 10_000  # ... but no more than this many


HISTORY_DAYS = 21


@dataclass(frozen=True)
class Arrival:
    """A return whose parcel arrives at the warehouse on `day` (`generate_demo_data(arriving=)`).

    `late`: sent back weeks after delivery, outside the return window.  `non_returnable`: one
    of its items cannot be returned (hygiene); the others never hold one, as the shop's
    return portal stops those."""

    day: dt.date
    late: bool = False
    non_returnable: bool = False


@dataclass(frozen=True)
class Scenario:
    """One thing a newcomer can try at the demo bench."""

    name: str
    description: str
    parcel_code: str
    item_codes: tuple[str, ...] = ()
    weight_kg: Decimal | None = None


@dataclass
class DemoSummary:
    returns: int = 0
    lines: int = 0
    parcels: int = 0
    products: int = 0
    operators: int = 0
    stations: int = 0
    processed_units: int = 0
    open_exceptions: int = 0
    seconds: float = 0.0
    scenarios: list[Scenario] = field(default_factory=list)
    # The returns written for `arriving` days, in that order: (RMA id, tracking number).
    arriving: list[tuple[int, str]] = field(default_factory=list)

    def describe(self) -> str:
        lines = [
            f"demo data: {self.returns} returns ({self.lines} lines, {self.parcels} parcels), "
            f"{self.products} products, {self.operators} operators (PIN {DEMO_PIN}), "
            f"{self.stations} benches, {self.processed_units} units already processed, "
            f"{self.open_exceptions} open exceptions; {self.seconds:.1f} s",
        ]
        if self.scenarios:
            lines.append("try at the bench:")
            for scenario in self.scenarios:
                items = f" then item {' '.join(scenario.item_codes)}" if scenario.item_codes else ""
                weight = f", weight {scenario.weight_kg} kg" if scenario.weight_kg else ""
                lines.append(
                    f"  {scenario.name:15} scan {scenario.parcel_code}{weight}{items}: "
                    f"{scenario.description}"
                )
        return "\n".join(lines)


class DemoDataError(Exception):
    """The demo data cannot be written (the database is not empty)."""


def generate_demo_data(
    engine: Engine,
    *,
    returns: int,
    seed: int = 1,
    today: dt.date | None = None,
    rules: RuleSet | None = None,
    progress: Callable[[str], None] | None = None,
    processed_history: bool = True,
    arriving: Iterable[Arrival] = (),
) -> DemoSummary:
    """Fill an empty database; see the module docstring.  Raises DemoDataError.

    `processed_history=False` writes no history rows (the returns all still expected, no
    blind parcels): the demo's history is then worked at the benches instead
    (receiving_station/demo/history.py).  `arriving`: one more return for each `Arrival`,
    after the N, delivered to the customer days before its parcel arrives (or weeks, when
    late); `DemoSummary.arriving` lists them."""
    started = dt.datetime.now(dt.UTC)
    today = today or utcnow().date()
    rules = rules or load_rules()
    sessions = session_factory(engine)
    summary = DemoSummary()
    with write_transaction(sessions) as session:
        for model in (Rma, Parcel, Operator, Product):
            if session.scalar(select(func.count()).select_from(model)):
                raise DemoDataError(
                    f"the database already has {model.__tablename__}: demo data goes into an "
                    "empty database (give another --database)"
                )
        writer = _Writer(session, random.Random(seed), today, rules, summary, progress)
        writer.run(returns, processed_history, arriving)
        writer.finish()
    summary.seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
    return summary


class _Writer:
    def __init__(
        self,
        session: Session,
        rng: random.Random,
        today: dt.date,
        rules: RuleSet,
        summary: DemoSummary,
        progress: Callable[[str], None] | None,
    ) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.rules = rules
        self.summary = summary
        self.progress = progress or (lambda _message: None)
        self.catalogue = _catalogue(rng)
        self.by_category: dict[str, list[CatalogueItem]] = {}
        for item in self.catalogue:
            self.by_category.setdefault(item.category.name, []).append(item)
        self.category_choices = tuple((c.name, c.share) for c in CATEGORIES)
        self.returnable = {c.name: c.returnable for c in CATEGORIES}
        self.returnable_choices = tuple((c.name, c.share) for c in CATEGORIES if c.returnable)
        self.stranger = self.by_category["home"][0].gtin13  # never on a scenario RMA
        self.operators: list[int] = []
        self.leads: list[int] = []
        self.stations: list[int] = []
        self.ids = {"rma": 0, "line": 0, "parcel": 0, "unit": 0, "exception": 0}
        self.tracking_serial = 0
        self.rows: dict[str, list[dict[str, Any]]] = {
            "rmas": [],
            "rma_lines": [],
            "parcels": [],
            "received_units": [],
            "exceptions": [],
        }
        self.tables = {
            "rmas": _table(Rma),
            "rma_lines": _table(RmaLine),
            "parcels": _table(Parcel),
            "received_units": _table(ReceivedUnit),
            "exceptions": _table(ExceptionCase),
        }
        self.now = dt.datetime.combine(today, dt.time(6, 0), tzinfo=dt.UTC)

    # -- fixed rows -------------------------------------------------------------------------

    def people_and_benches(self) -> None:
        pin = hash_pin(DEMO_PIN)  # hashed once: PBKDF2 is slow on purpose
        rows: list[dict[str, Any]] = [
            {
                "id": i,
                "badge_code": badge,
                "name": name,
                "role": role.value,
                "pin_hash": pin,
                "active": True,
                "created_at": self.now,
            }
            for i, (badge, name, role) in enumerate(STAFF, start=1)
        ]
        self.session.execute(insert(_table(Operator)), rows)
        self.operators = [r["id"] for r in rows if r["role"] == Role.STAFF.value]
        self.leads = [r["id"] for r in rows if r["role"] == Role.LEAD.value]
        stations: list[dict[str, Any]] = [
            {
                "id": i,
                "name": name,
                "location": f"Returns hall, bench {i}",
                "settings": {"demo": True},
                "created_at": self.now,
            }
            for i, name in enumerate(STATIONS, start=1)
        ]
        self.session.execute(insert(_table(Station)), stations)
        self.stations = [s["id"] for s in stations]
        self.summary.operators = len(rows)
        self.summary.stations = len(stations)

    def products(self) -> None:
        rows: list[dict[str, Any]] = []
        gtins: list[dict[str, Any]] = []
        for item in self.catalogue:
            rows.append(
                {
                    "id": item.product_id,
                    "sku": item.sku,
                    "description": item.description,
                    "category": item.category.name,
                    "unit_weight_kg": item.weight,
                    "bin_location": f"{item.category.name[:2].upper()}-{item.product_id % 40 + 1:02d}-{item.product_id % 6 + 1}",
                    "returnable": item.category.returnable,
                    "value": Decimal(item.price_eur),
                    "currency": "EUR",
                }
            )
            gtins.append({"gtin": item.gtin14, "product_id": item.product_id})
        self.session.execute(insert(_table(Product)), rows)
        self.session.execute(insert(_table(ProductGtin)), gtins)
        self.summary.products = len(rows)

    # -- returns ----------------------------------------------------------------------------

    def run(
        self, returns: int, processed_history: bool = True, arriving: Iterable[Arrival] = ()
    ) -> None:
        self.people_and_benches()
        self.products()
        scenario_kinds = list(SCENARIOS)
        # About 10 % processed, at most HISTORY_MAX returns: a site's last three weeks.
        history_every = max(round(1 / HISTORY_SHARE), returns // HISTORY_MAX)
        for index in range(returns):
            kind = scenario_kinds[index] if index < len(scenario_kinds) else None
            processed = (
                processed_history and kind is None and index % history_every == history_every - 1
            )
            self.one_return(index, kind, processed)
            if len(self.rows["rmas"]) >= BATCH:
                self.flush()
            if (index + 1) % 100_000 == 0:
                self.progress(f"{index + 1} returns written")
        for arrival in arriving:
            self.one_return(returns, None, False, arriving=arrival)
            if len(self.rows["rmas"]) >= BATCH:
                self.flush()
        self.flush()
        if processed_history:
            self.blind_history(max(1, returns // 200) if returns >= 20 else 0)
            self.flush()

    def one_return(
        self, index: int, kind: str | None, processed: bool, *, arriving: Arrival | None = None
    ) -> None:
        rng = self.rng
        market = rng.choices(MARKETS, weights=MARKET_WEIGHTS)[0]
        currency = CURRENCY[market]
        channel = rng.choices(("post", "portal", "store"), weights=(70, 20, 10))[0]
        processed_day = self.today - dt.timedelta(days=rng.randrange(1, HISTORY_DAYS + 1))
        announced: int | None = None  # days ago the RMA was made, when not the day after delivery
        if arriving is not None:  # on its way back: delivered days (a few: weeks) before
            before = (self.today - arriving.day).days
            days_ago = before + (rng.randrange(40, 70) if arriving.late else rng.randrange(2, 20))
            announced = before + rng.randrange(1, 4)
        elif kind == "late" or (kind is None and not processed and rng.random() < 0.04):
            days_ago = rng.randrange(45, 80)  # a late return
        elif processed:
            days_ago = (self.today - processed_day).days + rng.randrange(2, 12)
        else:
            days_ago = rng.randrange(3, 25)
        delivery = self.today - dt.timedelta(days=days_ago)
        purchase = delivery - dt.timedelta(days=rng.randrange(1, 5))
        made = self.now - dt.timedelta(days=days_ago - 1 if announced is None else announced)
        resolution = rng.choices(("refund", "store_credit", "exchange"), weights=(80, 8, 12))[0]
        self.ids["rma"] += 1
        rma_id = self.ids["rma"]
        first = rng.choice(FIRST_NAMES[market])
        last = rng.choice(LAST_NAMES[market])
        email_name = f"{first}.{last}".lower().replace(" ", "").replace("ü", "ue").replace("ø", "o")
        number = f"RMA-{market}-{rma_id:07d}"

        n_lines = rng.choices((1, 2, 3, 4), weights=(60, 25, 10, 5))[0]
        if kind in ("serialised", "serial_mismatch"):
            categories = ["electronics"]
        elif kind == "non_returnable":
            categories = ["hygiene"]
        elif kind in ("normal", "wrong_item", "light_parcel", "extra_item"):
            categories = ["apparel", "apparel"]
        else:
            categories = [_weighted(rng, self.category_choices) for _ in range(n_lines)]
        if arriving is not None:  # only what it says cannot be returned
            categories = [
                c if self.returnable[c] else _weighted(rng, self.returnable_choices)
                for c in categories
            ]
            if arriving.non_returnable:
                categories[-1] = next(c.name for c in CATEGORIES if not c.returnable)
        lines: list[dict[str, Any]] = []
        for line_no, category in enumerate(categories, start=1):
            item = rng.choice(self.by_category[category])
            quantity = 1 if category == "electronics" else rng.choices((1, 2), weights=(85, 15))[0]
            serials = (
                [f"SN{item.sku[:3]}{rng.randrange(10**9):09d}" for _ in range(quantity)]
                if item.category.serialised
                else []
            )
            self.ids["line"] += 1
            lines.append(
                {
                    "id": self.ids["line"],
                    "rma_id": rma_id,
                    "line_no": line_no,
                    "sku": item.sku,
                    "gtin": item.gtin14,
                    "description": item.description,
                    "category": category,
                    "quantity": quantity,
                    "unit_price": _shop_price(item.price_eur, currency, rng),
                    "currency": currency,
                    "serials_shipped": serials,
                    "reason_code": rng.choice(item.category.reasons),
                    "expected_weight_kg": item.weight * quantity,
                    "_item": item,
                }
            )
        exchange_sku = None
        if resolution == "exchange":
            exchange_sku = rng.choice(self.by_category[categories[0]]).sku
        status = RmaStatus.RECEIVED.value if processed else RmaStatus.EXPECTED.value
        self.rows["rmas"].append(
            {
                "id": rma_id,
                "number": number,
                "order_number": f"SO-{market}-{rng.randrange(10**7, 10**8)}",
                "customer_name": f"{first} {last}",
                "customer_email": f"{email_name}@example.{market.lower()}",
                "market": market,
                "channel": channel,
                "purchase_date": purchase,
                "delivery_date": delivery,
                "requested_resolution": resolution,
                "exchange_sku": exchange_sku,
                "status": status,
                "source": f"demo-data:{kind}" if kind else "demo-data",
                "created_at": made,
                "updated_at": made,
                "version": 1,
            }
        )
        self.tracking_serial += 1
        maker = (
            _weighted(rng, INTERNATIONAL)
            if rng.random() < 0.02
            else _weighted(rng, CARRIERS_BY_MARKET[market])
        )
        tracking = tracking_number(maker, self.tracking_serial, rng)
        self.ids["parcel"] += 1
        parcel_id = self.ids["parcel"]
        expected_weight = sum((line["expected_weight_kg"] for line in lines), Decimal(0))
        parcel = {
            "id": parcel_id,
            "tracking_number": tracking,
            "carrier": _carrier_of(maker),
            "rma_id": rma_id,
            "expected_weight_kg": None,
            "measured_weight_kg": None,
            "weight_tolerance_kg": None,
            "weight_mismatch": False,
            "status": ParcelStatus.EXPECTED.value,
            "station_id": None,
            "operator_id": None,
            "created_at": made,
            "opened_at": None,
            "weighed_at": None,
            "closed_at": None,
            "version": 1,
        }
        if processed:
            self.history(parcel, lines, self.rows["rmas"][-1], expected_weight, processed_day)
        if kind is not None:
            self.summary.scenarios.append(
                _scenario(kind, tracking, _scenario_lines(lines), expected_weight, self.stranger)
            )
        if arriving is not None:
            self.summary.arriving.append((rma_id, tracking))
        self.rows["parcels"].append(parcel)
        for line in lines:
            line.pop("_item")
        self.rows["rma_lines"].extend(lines)

    def history(
        self,
        parcel: dict[str, Any],
        lines: list[dict[str, Any]],
        rma: dict[str, Any],
        expected_weight: Decimal,
        day: dt.date,
    ) -> None:
        """This return was already processed at a bench during the last weeks."""
        rng = self.rng
        station = rng.choice(self.stations)
        operator = rng.choice(self.operators)
        opened = dt.datetime.combine(day, dt.time(6), tzinfo=dt.UTC) + dt.timedelta(
            minutes=rng.randrange(0, 15 * 60)
        )
        light = rng.random() < 0.04
        measured = (
            expected_weight * Decimal(rng.choice(("0.10", "0.25", "0.40")))
            if light
            else expected_weight * Decimal(rng.uniform(0.95, 1.12)) + Decimal("0.120")
        ).quantize(Decimal("0.001"))
        percent, minimum = self.rules.weight_tolerance(lines[0]["category"])
        tolerance = max(expected_weight * percent / 100, minimum).quantize(Decimal("0.001"))
        mismatch = abs(measured - expected_weight) > tolerance
        at = opened + dt.timedelta(seconds=20)
        parcel.update(
            status=ParcelStatus.CLOSED.value,
            station_id=station,
            operator_id=operator,
            opened_at=opened,
            weighed_at=opened + dt.timedelta(seconds=15),
            expected_weight_kg=expected_weight,
            measured_weight_kg=measured,
            weight_tolerance_kg=tolerance,
            weight_mismatch=mismatch,
        )
        if mismatch:
            self.exception(
                ExceptionType.WEIGHT_MISMATCH,
                rma_id=rma["id"],
                parcel_id=parcel["id"],
                unit_id=None,
                at=at,
                summary=Text(
                    "workflow",
                    "Parcel {tracking} weighs {weight}, expected {expected}",
                    tracking=parcel["tracking_number"],
                    weight=Weight(measured),
                    expected=Weight(expected_weight),
                ),
                evidence=WeightEvidence(
                    measured_kg=str(measured), expected_kg=str(expected_weight)
                ),
            )
        for line in lines:
            item: CatalogueItem = line["_item"]
            for unit_index in range(line["quantity"]):
                at += dt.timedelta(seconds=rng.randrange(60, 420))
                wrong = rng.random() < 0.02
                unit_item = rng.choice(self.catalogue) if wrong else item
                flags = []
                if wrong and unit_item.sku != item.sku:
                    flags.append("wrong_item")
                if not item.category.returnable:
                    flags.append("non_returnable")
                if mismatch:
                    flags.append("weight_mismatch")
                grade = rng.choices(("A", "B", "C", "D", "F"), weights=(50, 25, 15, 7, 3))[0]
                checklist = {
                    q.key: rng.random() < 0.8 for q in self.rules.checklist(line["category"])
                }
                days_purchase = (day - rma["purchase_date"]).days
                days_delivery = (day - rma["delivery_date"]).days
                decision = self.rules.decide(
                    DecisionInput(
                        grade=grade,
                        category=line["category"],
                        market=rma["market"],
                        channel=rma["channel"],
                        days_since_purchase=days_purchase,
                        days_since_delivery=days_delivery,
                        unit_value=line["unit_price"],
                        currency=line["currency"],
                        reason_code=line["reason_code"],
                        flags=frozenset(flags),
                        checklist=checklist,
                    )
                )
                self.ids["unit"] += 1
                unit_id = self.ids["unit"]
                serials = line["serials_shipped"]
                serial = serials[unit_index] if unit_index < len(serials) else None
                code = f"]d201{unit_item.gtin14}21{serial}" if serial else unit_item.gtin13
                self.rows["received_units"].append(
                    {
                        "id": unit_id,
                        "lpn": format_lpn(unit_id),
                        "parcel_id": parcel["id"],
                        "rma_line_id": None if "wrong_item" in flags else line["id"],
                        "scanned_code": code,
                        "gtin": unit_item.gtin14,
                        "sku": unit_item.sku,
                        "category": unit_item.category.name,
                        "serial": serial,
                        "status": (
                            UnitStatus.HELD if decision.hold else UnitStatus.CONFIRMED
                        ).value,
                        "grade": grade,
                        "checklist_answers": checklist,
                        "photo_paths": [],
                        "flags": flags,
                        "disposition": decision.disposition,
                        "refund_amount": Decimal(0) if decision.hold else decision.refund_amount,
                        "restocking_fee": decision.restocking_fee,
                        "currency": line["currency"],
                        "rule_id": decision.rule_id,
                        "rule_reason": decision.explanation,
                        "rule_reason_text": decision.explanation.to_json()
                        if isinstance(decision.explanation, Text)
                        else None,
                        "operator_id": operator,
                        "station_id": station,
                        "received_at": at,
                        "graded_at": at + dt.timedelta(seconds=30),
                        "confirmed_at": at + dt.timedelta(seconds=45),
                        "version": 1,
                    }
                )
                self.summary.processed_units += 1
                if decision.hold and decision.exception_type:
                    self.exception(
                        ExceptionType(decision.exception_type),
                        rma_id=rma["id"],
                        parcel_id=parcel["id"],
                        unit_id=unit_id,
                        at=at,
                        summary=decision.explanation,
                        evidence=InspectionEvidence(
                            rule=decision.rule_id, grade=grade, flags=flags
                        ),
                    )
        parcel["closed_at"] = at + dt.timedelta(seconds=60)

    def blind_history(self, count: int) -> None:
        """Parcels that came without an RMA: received, waiting for a lead to find the customer."""
        for _ in range(count):
            self.tracking_serial += 1
            maker = _weighted(self.rng, CARRIERS_BY_MARKET[self.rng.choice(MARKETS)])
            tracking = tracking_number(maker, self.tracking_serial, self.rng)
            self.ids["parcel"] += 1
            at = dt.datetime.combine(
                self.today - dt.timedelta(days=self.rng.randrange(0, 7)), dt.time(7), dt.UTC
            ) + dt.timedelta(minutes=self.rng.randrange(0, 14 * 60))
            self.rows["parcels"].append(
                {
                    "id": self.ids["parcel"],
                    "tracking_number": tracking,
                    "carrier": _carrier_of(maker),
                    "rma_id": None,
                    "expected_weight_kg": None,
                    "measured_weight_kg": Decimal(self.rng.randrange(200, 3000)) / 1000,
                    "weight_tolerance_kg": None,
                    "weight_mismatch": False,
                    "status": ParcelStatus.CLOSED.value,
                    "station_id": self.rng.choice(self.stations),
                    "operator_id": self.rng.choice(self.operators),
                    "created_at": at,
                    "opened_at": at,
                    "weighed_at": at,
                    "closed_at": at + dt.timedelta(minutes=3),
                    "version": 1,
                }
            )
            self.exception(
                ExceptionType.BLIND_RETURN,
                rma_id=None,
                parcel_id=self.ids["parcel"],
                unit_id=None,
                at=at,
                summary=Text(
                    "workflow",
                    "Blind return: parcel {tracking} ({carrier}) has no RMA",
                    tracking=tracking,
                    carrier=_carrier_of(maker),
                ),
                evidence=BlindReturnEvidence(scan=identify(tracking).to_dict()),
            )

    def exception(
        self,
        kind: ExceptionType,
        *,
        rma_id: int | None,
        parcel_id: int,
        unit_id: int | None,
        at: dt.datetime,
        summary: str,
        evidence: Evidence,
    ) -> None:
        self.ids["exception"] += 1
        age = self.now + dt.timedelta(hours=12) - at
        resolved = age > dt.timedelta(days=2) and self.rng.random() < 0.9
        lead = self.rng.choice(self.leads)
        self.rows["exceptions"].append(
            {
                "id": self.ids["exception"],
                "type": kind.value,
                "status": (ExceptionStatus.RESOLVED if resolved else ExceptionStatus.OPEN).value,
                "summary": summary,
                "summary_text": summary.to_json() if isinstance(summary, Text) else None,
                "evidence": evidence,
                "rma_id": rma_id,
                "parcel_id": parcel_id,
                "unit_id": unit_id,
                "outbox_event_id": None,
                "station_id": None,
                "raised_by_id": None,
                "created_at": at,
                "sla_due": at + dt.timedelta(hours=self.rules.sla_hours(kind.value)),
                "claimed_by_id": lead if resolved else None,
                "claimed_at": at + dt.timedelta(hours=3) if resolved else None,
                "resolution": "refund_approved" if resolved else None,
                "resolution_note": "Checked the evidence; refund released." if resolved else None,
                "resolved_by_id": lead if resolved else None,
                "resolved_at": at + dt.timedelta(hours=4) if resolved else None,
                "version": 1,
            }
        )
        if not resolved:
            self.summary.open_exceptions += 1

    # -- writing ----------------------------------------------------------------------------

    def flush(self) -> None:
        counts = {
            "rmas": "returns",
            "rma_lines": "lines",
            "parcels": "parcels",
        }
        for name in ("rmas", "rma_lines", "parcels", "received_units", "exceptions"):
            rows = self.rows[name]
            if rows:
                self.session.execute(insert(self.tables[name]), rows)
                if name in counts:
                    attribute = counts[name]
                    setattr(self.summary, attribute, getattr(self.summary, attribute) + len(rows))
                self.rows[name] = []

    def finish(self) -> None:
        lpns_start_after(self.session, self.ids["unit"])
        if self.session.get_bind().dialect.name == "postgresql":
            for table in (
                "operators",
                "stations",
                "products",
                "rmas",
                "rma_lines",
                "parcels",
                "received_units",
                "exceptions",
            ):
                self.session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                    )
                )
        audit.record(
            self.session,
            action="demo_data",
            entity_type="database",
            entity_id=None,
            at=utcnow(),
            operator_id=None,
            station_id=None,
            details={
                "returns": self.summary.returns,
                "processed_units": self.summary.processed_units,
            },
        )


def _table(model: type[Any]) -> Table:
    """The Core table of a model, for executemany inserts with explicit keys."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


SCENARIOS = {
    "normal": "an ordinary return: weigh, scan both items, grade, confirm",
    "late": "delivered long ago: outside the return window, the refund is held",
    "non_returnable": "a hygiene item: it cannot be returned, a lead decides",
    "serialised": "electronics with its serial number in a GS1 DataMatrix",
    "serial_mismatch": "electronics whose serial number is not the one shipped",
    "wrong_item": "something else came instead of the second item: wrong and missing item",
    "light_parcel": "the box weighs far less than its items should",
    "extra_item": "one item more than the RMA announced",
    "blind": "a parcel nobody announced: still received, a lead finds the customer",
}


def _scenario_lines(lines: list[dict[str, Any]]) -> list[tuple[str, list[str], int]]:
    return [(line["gtin"], list(line["serials_shipped"]), line["quantity"]) for line in lines]


def _scenario(
    kind: str,
    tracking: str,
    lines: list[tuple[str, list[str], int]],
    expected_weight: Decimal,
    stranger_gtin: str,
) -> Scenario:
    """What to scan for one scenario; `lines` are (GTIN-14, serials shipped, quantity)."""
    codes = [
        f"]d201{gtin}21{serials[index]}" if index < len(serials) else gtin.removeprefix("0")
        for gtin, serials, quantity in lines
        for index in range(quantity)
    ]
    weight: Decimal | None = (expected_weight + Decimal("0.050")).quantize(Decimal("0.001"))
    parcel_code = tracking
    if kind == "serial_mismatch":
        codes = [f"]d201{lines[0][0]}21SN-NOT-SHIPPED-1"]
    elif kind == "wrong_item":
        codes = [*codes[:1], stranger_gtin]
    elif kind == "light_parcel":
        weight = (expected_weight * Decimal("0.2")).quantize(Decimal("0.001"))
    elif kind == "extra_item":
        codes = [*codes, codes[0]]
    elif kind == "blind":
        parcel_code = tracking_number("ups", 9_999_999, random.Random(kind))
        weight = Decimal("1.250")
        codes = codes[:1]
    return Scenario(kind, SCENARIOS[kind], parcel_code, tuple(codes), weight)


def scenarios_in(session: Session) -> list[Scenario]:
    """The demo scenarios of a database filled by generate_demo_data (for the demo panel)."""
    stranger = session.scalar(
        select(ProductGtin.gtin)
        .join(Product)
        .where(Product.category == "home")
        .order_by(Product.id)
        .limit(1)
    )
    out = []
    for rma in session.scalars(select(Rma).where(Rma.source.like("demo-data:%")).order_by(Rma.id)):
        kind = (rma.source or "").split(":", 1)[1]
        if kind not in SCENARIOS or not rma.parcels or stranger is None:
            continue
        lines = [(line.gtin or "", list(line.serials_shipped), line.quantity) for line in rma.lines]
        expected = sum((line.expected_weight_kg or Decimal(0) for line in rma.lines), Decimal(0))
        out.append(
            _scenario(
                kind, rma.parcels[0].tracking_number, lines, expected, stranger.removeprefix("0")
            )
        )
    return out
