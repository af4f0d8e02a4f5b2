"""From the shop platform to the bench and back: returns pulled from the Shopify and
WooCommerce stand-ins, received at the bench as an operator does, and the dispatcher's events
ending as exactly one processed return and one refund per unit in the platform's books, on
SQLite and PostgreSQL."""

from __future__ import annotations

import random
from decimal import Decimal

from sqlalchemy import Engine, select

from db.engine import session_factory
from db.enums import DeliveryOutcome
from db.models import OutboxEvent, Rma
from receiving_station.bench.state import BenchInput
from receiving_station.demo.data import Scenario, generate_demo_data
from receiving_station.upstream.connector import OutboundEvent
from receiving_station.upstream.contract import Delivery
from receiving_station.upstream.dispatcher import Dispatcher
from receiving_station.upstream.platforms import RoutedConnector
from receiving_station.upstream.pull import pull_returns
from receiving_station.upstream.shopify.connector import ShopifyConnector
from tests.helpers.bench import TODAY, make_bench, walk
from tests.helpers.processes import run_main
from tests.helpers.shopify import TOKEN, order_spec, shopify_shop
from tests.helpers.standins import gtin13, standin_get
from tests.helpers.woocommerce import woo_connector, woo_order, woo_shop


def _receive(engine: Engine, rma: str, items: tuple[str, ...]) -> None:
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))
    scenario = Scenario("platform", "", f"RMA-{rma}", items, Decimal("0.900"))
    assert walk(bench, scenario, grade_key="1") == []


def test_a_shopify_return_received_at_the_bench_is_processed_and_refunded_once(
    engine: Engine,
) -> None:
    generate_demo_data(engine, returns=2, seed=3, today=TODAY)  # operators, rules
    with shopify_shop() as server:
        server.book.seed_order(order_spec(1))
        location = next(iter(server.book.locations))
        connector = ShopifyConnector(server.url, TOKEN, location=location, timeout=5)
        pulled = pull_returns(engine, connector)
        assert pulled.returns == 1
        with session_factory(engine)() as session:
            rma = session.scalars(select(Rma).where(Rma.number == "1001-R1")).one()
            assert rma.platform_ref and rma.platform_ref["name"] == "shopify"
        shirt = gtin13("731000000011")
        _receive(engine, "1001-R1", (shirt, shirt))
        with session_factory(engine)() as session:
            refunds = session.scalars(select(OutboxEvent).where(OutboxEvent.kind == "refund")).all()
            assert len(refunds) == 2
            assert sorted(e.payload["platform"]["line_units_before"] for e in refunds) == [0, 1]
        dispatcher = Dispatcher(session_factory(engine), connector, rng=random.Random(1))
        result = dispatcher.drain()
        assert result.refused == 0 and result.retried == 0, result.problem
        summary = standin_get(server, "summary")
        assert summary["units_processed"] == 2 and summary["refunds"] == 2
        assert summary["returns_closed"] == 1  # both units processed: the return is closed
        keys = {e.idempotency_key for e in refunds}
        notes = [refund["note"] for refund in standin_get(server, "refunds")]
        assert all(any(key in note for note in notes) for key in keys)
        dispatcher.close()


def test_a_woocommerce_order_received_at_the_bench_is_refunded_once(engine: Engine) -> None:
    generate_demo_data(engine, returns=2, seed=3, today=TODAY)
    with woo_shop() as server:
        order = server.book.seed_order(woo_order(1))
        connector = woo_connector(server)
        assert pull_returns(engine, connector).returns == 1
        jacket, cap = gtin13("871000000011"), gtin13("871000000012")
        _receive(engine, f"WC-{order['number']}", (jacket, jacket, cap))
        dispatcher = Dispatcher(session_factory(engine), connector, rng=random.Random(1))
        result = dispatcher.drain()
        assert result.refused == 0 and result.retried == 0, result.problem
        summary = standin_get(server, "summary")
        assert summary["refunds"] == 3 and summary["customer_notes"] >= 1  # "received"
        assert summary["refunded_orders"] == 1  # all of it back: WooCommerce marks it refunded
        dispatcher.close()


def test_the_demo_with_a_platform_pulls_its_returns_and_names_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    shot = tmp_path / "shot.png"
    run = run_main(
        ["--demo", "--fresh", "--platform", "shopify", "--no-sound", "--screenshot", str(shot)], env
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "3 returns pulled from it" in run.stdout
    assert "scan the return slip RMA-1001-R1, then its items 7350099000010 x2" in run.stdout
    assert shot.exists()
    alone = run_main(["--platform", "shopify", "--screenshot", str(shot)], env)
    assert alone.returncode == 2 and "--platform goes with --demo" in alone.stderr


def test_events_of_a_platforms_returns_go_to_it_and_the_rest_to_the_stations_contract() -> None:
    class Recording:
        def __init__(self, platform: str) -> None:
            self.platform, self.description, self.seen = platform, platform, []

        def deliver(self, event):  # type: ignore[no-untyped-def]
            self.seen.append(event.subject)
            return Delivery(DeliveryOutcome.SENT, "ok")

        def close(self) -> None:
            pass

    shop, station = Recording("shopify"), Recording("station")
    routed = RoutedConnector(shop, station)  # type: ignore[arg-type]
    ours = OutboundEvent(1, "refund", "R1", "refund:A", "k1", {"platform": {"name": "shopify"}}, 0)
    theirs = OutboundEvent(2, "refund", "R2", "refund:B", "k2", {"rma": "R2"}, 0)
    other = OutboundEvent(
        3, "refund", "R3", "refund:C", "k3", {"platform": {"name": "woocommerce"}}, 0
    )
    for event in (ours, theirs, other):
        routed.deliver(event)
    assert shop.seen == ["refund:A"] and station.seen == ["refund:B", "refund:C"]
