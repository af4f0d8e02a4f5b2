"""A shop platform's own ids of a return and its lines (Shopify, WooCommerce): read from the
JSON import's `platform` (or refused, each bad shape named), stored in `platform_ref` on SQLite
and PostgreSQL, changed by a re-import, kept by a CSV one, added by migration 0014 to a database
that has returns, and sent on in the release events of the return's units."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, inspect, select, text

from db.engine import session_factory, write_transaction
from db.migrate import alembic_config, head_revision, upgrade_database
from db.models import OutboxEvent, Parcel, ReceivedUnit, Rma, RmaLine
from receiving_station.importing.files import read_returns
from receiving_station.importing.importer import import_text
from receiving_station.importing.records import ImportFailed, Problem
from receiving_station.upstream import outbox

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)

SHOPIFY = {
    "name": "shopify",
    "return_id": "gid://shopify/Return/945000961",
    "order_id": "gid://shopify/Order/625362839",
    "exchange_line_item_id": "gid://shopify/ExchangeLineItem/1",
}
SHOPIFY_LINE = {
    "return_line_item_id": "gid://shopify/ReturnLineItem/677614678",
    "reverse_fulfillment_order_line_item_id": "gid://shopify/ReverseFulfillmentOrderLineItem/1",
    "line_item_id": "gid://shopify/LineItem/1",
    "parent_transaction_id": "gid://shopify/OrderTransaction/1",
}


def a_return(
    number: str = "RMA-SE-100311",
    platform: Any = None,
    line_platforms: tuple[Any, ...] = (None,),
    **fields: Any,
) -> dict[str, Any]:
    """One JSON return with a line per entry of `line_platforms` (None: no `platform` key)."""
    record: dict[str, Any] = {
        "rma_number": number,
        "order_number": "#1001",
        "market": "SE",
        "channel": "portal",
        "delivery_date": "2026-11-20",
        "lines": [
            {
                "line_no": n,
                "sku": f"JKT-2231-{n}",
                "quantity": 3,
                "unit_price": "499.00",
                "currency": "SEK",
                **({} if line_platform is None else {"platform": line_platform}),
            }
            for n, line_platform in enumerate(line_platforms, start=1)
        ],
        **fields,
    }
    if platform is not None:
        record["platform"] = platform
    return record


def as_file(*returns: dict[str, Any]) -> str:
    return json.dumps({"returns": list(returns)})


def refs_of(engine: Engine, number: str) -> tuple[Any, list[Any]]:
    with session_factory(engine)() as session:
        rma = session.scalar(select(Rma).where(Rma.number == number))
        assert rma is not None
        return rma.platform_ref, [line.platform_ref for line in rma.lines]


def problems_of(value: Any) -> list[Problem]:
    with pytest.raises(ImportFailed) as caught:
        read_returns(json.dumps(value), "json", today=TODAY)
    return caught.value.problems


# -- importing ------------------------------------------------------------------------------------


def test_shopify_and_woocommerce_ids_are_stored_on_both_databases(engine: Engine) -> None:
    woo = a_return(
        "RMA-DE-300123",
        {"name": "woocommerce", "order_id": 123},  # a whole number is kept as text
        ({"line_item_id": "45"}, None),
        market="DE",
    )
    shopify = a_return(platform=SHOPIFY, line_platforms=(SHOPIFY_LINE,))
    plain = a_return("RMA-SE-100312")
    result = import_text(engine, as_file(shopify, woo, plain), "json", source="pull.json")
    assert (result.rmas_created, result.lines_created) == (3, 4)
    assert refs_of(engine, "RMA-SE-100311") == (SHOPIFY, [SHOPIFY_LINE])
    assert refs_of(engine, "RMA-DE-300123") == (
        {"name": "woocommerce", "order_id": "123"},
        [{"line_item_id": "45"}, None],
    )
    assert refs_of(engine, "RMA-SE-100312") == (None, [None])
    with engine.connect() as connection:  # SQL NULL, not a JSON null, when there are none
        assert connection.scalar(text("SELECT count(*) FROM rmas WHERE platform_ref IS NULL")) == 1
    # An empty object or null is no ids.
    import_text(engine, as_file(a_return("RMA-SE-100313", {}, ({},))), "json")
    assert refs_of(engine, "RMA-SE-100313") == (None, [None])


def test_a_reimport_changes_the_ids_a_csv_keeps_them_and_json_without_them_clears_them(
    engine: Engine,
) -> None:
    import_text(engine, as_file(a_return(platform=SHOPIFY, line_platforms=(SHOPIFY_LINE,))), "json")
    again = import_text(
        engine, as_file(a_return(platform=SHOPIFY, line_platforms=(SHOPIFY_LINE,))), "json"
    )
    assert (again.rmas_unchanged, again.lines_updated) == (1, 0)

    # A unit of the line was received already: its ids may still change.
    with write_transaction(session_factory(engine)) as session:
        rma = session.scalar(select(Rma).where(Rma.number == "RMA-SE-100311"))
        assert rma is not None
        add_units(session, rma, rma.lines[0], [Decimal("499.00")])
    moved = {**SHOPIFY, "return_id": "gid://shopify/Return/945000962"}
    moved_line = {"return_line_item_id": "gid://shopify/ReturnLineItem/677614679"}
    changed = import_text(
        engine, as_file(a_return(platform=moved, line_platforms=(moved_line,))), "json"
    )
    assert (changed.rmas_updated, changed.lines_updated) == (1, 1)
    assert refs_of(engine, "RMA-SE-100311") == (moved, [moved_line])
    with session_factory(engine)() as session:
        rma = session.scalar(select(Rma).where(Rma.number == "RMA-SE-100311"))
        assert rma is not None and rma.version > 1

    csv = (
        "rma_number,order_number,market,channel,line_no,sku,quantity,unit_price,currency\n"
        "RMA-SE-100311,#1001-B,SE,portal,1,JKT-2231-1,3,499.00,SEK\n"
    )
    assert import_text(engine, csv, "csv").rmas_updated == 1
    assert refs_of(engine, "RMA-SE-100311") == (moved, [moved_line])

    cleared = import_text(engine, as_file(a_return()), "json")
    assert cleared.rmas_updated == 1
    assert refs_of(engine, "RMA-SE-100311") == (None, [None])


def test_the_documented_examples_import_as_they_read() -> None:
    import re
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "import-format.md").read_text()
    section = doc.split("### A shop platform's ids", 1)[1].split("\n## ", 1)[0]
    examples = [
        json.loads(block)
        for block in re.findall(r"```json\n(.*?)```", section, re.S)
        if '"rma_number"' in block
    ]
    records = read_returns(json.dumps(examples), "json", today=TODAY)
    assert [(r.platform_ref, [x.platform_ref for x in r.lines]) for r in records] == [
        (SHOPIFY, [SHOPIFY_LINE]),
        ({"name": "woocommerce", "order_id": "123"}, [{"line_item_id": "45"}]),
    ]


def test_a_csv_file_has_no_platform_column() -> None:
    with pytest.raises(ImportFailed) as caught:
        read_returns(
            "rma_number,order_number,market,channel,sku,quantity,unit_price,currency,platform\n"
            'RMA-1,SO-1,SE,post,A,1,1.00,SEK,"{""name"": ""shopify""}"\n',
            "csv",
            today=TODAY,
        )
    assert [(p.where, p.field) for p in caught.value.problems] == [("line 1", "platform")]
    assert caught.value.problems[0].message.startswith("unknown column")


BAD_RETURN_PLATFORMS = [
    ("shopify", "must be an object of the shop platform's ids, like "),
    (["shopify"], "must be an object of the shop platform's ids"),
    ({f"id_{n}": "1" for n in range(21)}, "has 21 keys; at most 20: keep the ids the platform"),
    ({"Return-ID": "1"}, "'Return-ID' is not a key the station takes: lower-case letters, digits"),
    ({"1st": "1"}, "'1st' is not a key"),
    ({"_id": "1"}, "'_id' is not a key"),
    ({"a" * 41: "1"}, f"'{'a' * 40}…' is not a key"),
    ({"id\n": "1"}, "'id\\n' is not a key"),
    ({"line": "1"}, "line is the station's own key in the events it sends: name it otherwise"),
    ({"line_units_before": 0}, "line_units_before is the station's own key"),
    ({"return_id": {"id": "1"}}, "return_id is a list or object: the ids are flat"),
    ({"return_id": ["1"]}, "return_id is a list or object"),
    ({"return_id": True}, "return_id is true or false: an id is text or a whole number"),
    ({"return_id": 1.5}, 'return_id is a number with a fraction: write the id as text ("10.5")'),
    ({"return_id": None}, "return_id is null: leave the key out when the platform has no such"),
    ({"return_id": ""}, "return_id is empty: leave the key out"),
    ({"return_id": "x" * 201}, "return_id is 201 characters long; at most 200"),
    ({"return_id": 10**200}, "return_id is 201 characters long; at most 200"),
    ({"return_id": "945\x00"}, "return_id contains the control character U+0000, which is no"),
    ({"return_id": "945\t1"}, "return_id contains the control character U+0009"),
    ({"return_id": "945\x85"}, "return_id contains the control character U+0085"),
    (
        {"return_id": "gid://shopify/\u202eReturn/1"},
        "return_id contains the invisible formatting character U+202E, which no id has and "
        "which can hide what a person reads: remove it",
    ),
    ({"return_id": "945\u200b"}, "invisible formatting character U+200B"),
    ({"return_id": "945\u2028"}, "line separator character U+2028"),
    ({"return_id": "945\ud800"}, "lone surrogate character U+D800"),
    ({"return_id": " 945"}, "return_id starts or ends with a space: remove it"),
    ({"return_id": "945\u00a0"}, "return_id starts or ends with a space"),
]


@pytest.mark.parametrize(("platform", "says"), BAD_RETURN_PLATFORMS)
def test_a_bad_platform_object_is_refused_naming_the_field(platform: Any, says: str) -> None:
    assert [(p.where, p.field) for p in problems_of([a_return(platform=platform)])] == [
        ("[0]", "platform")
    ]
    message = problems_of([a_return(platform=platform)])[0].message
    assert says in message, message


def test_a_bad_line_platform_is_refused_with_the_lines_path() -> None:
    value = {"returns": [a_return(line_platforms=(None, {"line_item_id": 4.5}))]}
    assert [str(p) for p in problems_of(value)] == [
        "returns[0].lines[1], platform: line_item_id is a number with a fraction: write the id "
        'as text ("10.5")'
    ]
    # On a line, `line` is an ordinary key (only the return's object has the station's own).
    records = read_returns(as_file(a_return(line_platforms=({"line": "7"},))), "json", today=TODAY)
    assert records[0].lines[0].platform_ref == {"line": "7"}


def test_every_problem_of_a_platform_object_is_listed_and_nothing_is_written(
    engine: Engine,
) -> None:
    bad = a_return(platform={"Name": "shopify", "return_id": True, "order_id": "1"})
    with pytest.raises(ImportFailed) as caught:
        import_text(engine, as_file(a_return("RMA-SE-100312"), bad), "json")
    assert [str(p) for p in caught.value.problems] == [
        "returns[1], platform: 'Name' is not a key the station takes: lower-case letters, "
        "digits and _, starting with a letter, at most 40 characters (return_id)",
        "returns[1], platform: return_id is true or false: an id is text or a whole number",
    ]
    with session_factory(engine)() as session:
        assert session.scalars(select(Rma)).all() == []


def test_what_looks_like_a_formula_or_markup_is_kept_as_written(engine: Engine) -> None:
    """It is text: stored exactly (never trimmed nor cut), bounded by the 200-character limit,
    and read only by the platform's connector (no export, label or report prints it)."""
    hostile = {
        "name": "shopify",
        "return_id": '=HYPERLINK("http://evil.example/","click")',
        "order_id": "<b>bold</b><img src=/etc/passwd>",
        "note_id": "+cmd|' /C calc'!A0",
        "longest_id": "é" * 200,
    }
    import_text(engine, as_file(a_return(platform=hostile)), "json")
    assert refs_of(engine, "RMA-SE-100311") == (hostile, [None])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(
                st.sampled_from(["name", "return_id", "line", "Bad", ""]) | st.text(max_size=5),
                children,
                max_size=4,
            )
        ),
        max_leaves=10,
    )
)
def test_any_platform_value_is_taken_as_flat_text_or_refused_by_field(value: Any) -> None:
    data = [a_return(platform=value, line_platforms=(value,))]
    try:
        records = read_returns(json.dumps(data), "json", today=TODAY)
    except ImportFailed as failed:
        assert failed.problems
        assert {p.field for p in failed.problems} <= {"platform"}, failed.problems
        return
    for ref in (records[0].platform_ref, records[0].lines[0].platform_ref):
        assert ref is None or (
            0 < len(ref) <= 20
            and all(isinstance(v, str) and 0 < len(v) <= 200 for v in ref.values())
        )


# -- the migration ------------------------------------------------------------------------------


def test_0014_adds_the_columns_to_a_database_with_returns_and_takes_them_away(
    engine: Engine,
) -> None:
    from alembic import command

    import_text(engine, as_file(a_return(platform=SHOPIFY, line_platforms=(SHOPIFY_LINE,))), "json")
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
    for table in ("rmas", "rma_lines"):
        assert "platform_ref" not in {c["name"] for c in inspect(engine).get_columns(table)}
    with engine.connect() as connection:  # the returns themselves stay
        assert connection.scalar(text("SELECT number FROM rmas")) == "RMA-SE-100311"
    assert upgrade_database(engine) == head_revision()  # 0014 and what came after it
    assert refs_of(engine, "RMA-SE-100311") == (None, [None])  # made before: no ids
    import_text(engine, as_file(a_return(platform=SHOPIFY, line_platforms=(SHOPIFY_LINE,))), "json")
    assert refs_of(engine, "RMA-SE-100311") == (SHOPIFY, [SHOPIFY_LINE])


# -- the outbox ---------------------------------------------------------------------------------


def add_units(
    session: Any, rma: Rma, line: RmaLine, refunds: list[Decimal | None]
) -> list[ReceivedUnit]:
    """Confirmed units of `line` in one parcel of `rma`, one per refund amount."""
    parcel = session.scalar(select(Parcel).where(Parcel.rma_id == rma.id))
    if parcel is None:
        parcel = Parcel(tracking_number=f"TRK{rma.number}", rma=rma, status="closed")
        session.add(parcel)
    first = session.scalar(select(ReceivedUnit.id).order_by(ReceivedUnit.id.desc())) or 0
    units = []
    for n, refund in enumerate(refunds, start=first + 1):
        unit = ReceivedUnit(
            lpn=f"LPN{n:08d}",
            parcel=parcel,
            line=line,
            scanned_code=line.sku,
            sku=line.sku,
            status="confirmed",
            grade="B" if refund else "F",
            disposition="restock" if refund else "recycle",
            refund_amount=refund,
            restocking_fee=None if refund is None else line.unit_price - refund,
            currency=line.currency,
        )
        session.add(unit)
        units.append(unit)
    session.flush()
    return units


def release(
    engine: Engine, number: str, refunds: list[Decimal | None], line_no: int = 1
) -> list[dict[str, Any] | None]:
    """Units with these refunds released one by one (as the bench confirms them, in one
    transaction); each one's event payload, None when it has none."""
    payloads: list[dict[str, Any] | None] = []
    with write_transaction(session_factory(engine)) as session:
        rma = session.scalar(select(Rma).where(Rma.number == number))
        assert rma is not None
        line = next(x for x in rma.lines if x.line_no == line_no)
        for unit in add_units(session, rma, line, refunds):
            events = outbox.queue_release(session, rma, line, unit, NOW)
            assert len(events) <= 1
            payloads.append(dict(events[0].payload) if events else None)
    return payloads


def test_release_events_carry_the_platforms_ids_and_count_the_lines_units(
    engine: Engine,
) -> None:
    import_text(
        engine,
        as_file(a_return(platform=SHOPIFY, line_platforms=(SHOPIFY_LINE, None))),
        "json",
    )
    first, second, nothing = release(
        engine, "RMA-SE-100311", [Decimal("499.00"), Decimal("449.10"), Decimal(0)]
    )
    assert first == {
        "rma": "RMA-SE-100311",
        "order": "#1001",
        "units": [
            {
                "sku": "JKT-2231-1",
                "lpn": "LPN00000001",
                "grade": "B",
                "disposition": "restock",
                "amount": "499.00",
                "restocking_fee": "0.00",
            }
        ],
        "restocking_fee": "0.00",
        "total": "499.00",
        "currency": "SEK",
        "method": "original_payment",
        "platform": {**SHOPIFY, "line": SHOPIFY_LINE, "line_units_before": 0},
    }
    assert second is not None and second["platform"]["line_units_before"] == 1
    # Nothing to refund, and yet the platform is told: a refund of 0.00.
    assert nothing is not None
    assert (nothing["total"], nothing["units"][0]["amount"]) == ("0.00", "0.00")
    assert nothing["units"][0]["restocking_fee"] == "499.00"
    assert nothing["platform"]["line_units_before"] == 2
    # Later, in another transaction; no amount decided is zero too.
    [later] = release(engine, "RMA-SE-100311", [None])
    assert later is not None and later["total"] == "0.00"
    assert later["platform"]["line_units_before"] == 3
    # The second line's units count their own line's only; it has no ids of its own.
    [other_line] = release(engine, "RMA-SE-100311", [Decimal("10.00")], line_no=2)
    assert other_line is not None
    assert other_line["platform"] == {**SHOPIFY, "line": {}, "line_units_before": 0}


def test_an_exchange_carries_them_and_counts_the_lines_units_too(engine: Engine) -> None:
    woo = {"name": "woocommerce", "order_id": "123"}
    import_text(
        engine,
        as_file(
            a_return(
                "RMA-DE-300123",
                woo,
                ({"line_item_id": "45"},),
                market="DE",
                requested_resolution="exchange",
                exchange_sku="JKT-2231-L",
            )
        ),
        "json",
    )
    payloads = release(engine, "RMA-DE-300123", [Decimal(0), Decimal(0)])
    assert [p["platform"] if p else None for p in payloads] == [
        {**woo, "line": {"line_item_id": "45"}, "line_units_before": n} for n in (0, 1)
    ]
    assert [p["returned"]["lpn"] if p else None for p in payloads] == [
        "LPN00000001",
        "LPN00000002",
    ]
    with session_factory(engine)() as session:
        assert session.scalars(select(OutboxEvent.subject).order_by(OutboxEvent.id)).all() == [
            "exchange:RMA-DE-300123:LPN00000001",
            "exchange:RMA-DE-300123:LPN00000002",
        ]


def test_a_return_without_ids_is_released_exactly_as_before(engine: Engine) -> None:
    import_text(engine, as_file(a_return()), "json")
    paid, nothing, none = release(engine, "RMA-SE-100311", [Decimal("499.00"), Decimal(0), None])
    assert paid is not None and "platform" not in paid
    assert set(paid) == {"rma", "order", "units", "restocking_fee", "total", "currency", "method"}
    assert (nothing, none) == (None, None)  # no event for a refund of zero
    with session_factory(engine)() as session:
        assert session.scalars(select(OutboxEvent.subject)).all() == ["refund:LPN00000001"]


def test_the_bench_sends_the_ids_of_the_returns_it_works(engine: Engine) -> None:
    """Every demo scenario, and the returns with a line of two units, worked at the bench with
    ids on every return and line: each release event carries them, and the units of a line are
    counted 0, 1 ... in the order they were released."""
    from receiving_station.bench.state import BenchInput
    from receiving_station.demo.data import Scenario, generate_demo_data
    from tests.helpers.bench import TODAY as BENCH_DAY
    from tests.helpers.bench import make_bench, walk

    summary = generate_demo_data(
        engine, returns=40, seed=5, today=BENCH_DAY, processed_history=False
    )
    scenarios = list(summary.scenarios)
    exchanged = False
    with write_transaction(session_factory(engine)) as session:
        for rma in session.scalars(select(Rma).order_by(Rma.id)):
            rma.platform_ref = {"name": "woocommerce", "order_id": rma.order_number}
            for line in rma.lines:
                line.platform_ref = {"line_item_id": str(line.id)}
            if (
                rma.source == "demo-data"  # no scenario's: an ordinary return
                and rma.parcels
                and any(line.quantity > 1 for line in rma.lines)
                and not any(line.serials_shipped for line in rma.lines)
            ):
                codes = [
                    (line.gtin or "").removeprefix("0")
                    for line in rma.lines
                    for _ in range(line.quantity)
                ]
                weight = sum(
                    (line.expected_weight_kg or Decimal(0) for line in rma.lines), Decimal(0)
                )
                if not exchanged:  # one of them asks for an exchange, whatever the demo drew
                    rma.requested_resolution = "exchange"
                    rma.exchange_sku = rma.lines[0].sku
                    exchanged = True
                scenarios.append(
                    Scenario(rma.number, "", rma.parcels[0].tracking_number, tuple(codes), weight)
                )
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))
    for scenario in scenarios:
        assert walk(bench, scenario) == [], scenario.name
    with session_factory(engine)() as session:
        events = session.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.kind.in_(("refund", "exchange_release")))
            .order_by(OutboxEvent.id)
        ).all()
        orders = {
            number: order for number, order in session.execute(select(Rma.number, Rma.order_number))
        }
    assert {e.kind for e in events} == {"refund", "exchange_release"}
    seen: dict[str, list[int]] = {}
    for event in events:
        platform = event.payload["platform"]
        assert platform["name"] == "woocommerce"
        assert platform["order_id"] == orders[str(event.rma_number)]
        seen.setdefault(platform["line"]["line_item_id"], []).append(platform["line_units_before"])
    assert all(counts == list(range(len(counts))) for counts in seen.values()), seen
    assert any(len(counts) > 1 for counts in seen.values()), seen
