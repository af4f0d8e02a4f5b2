"""db.bulk.insert_many: rows in at the driver's speed, stored as the ORM would store them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import cast

import pytest
from sqlalchemy import Engine, Table, select
from sqlalchemy.exc import IntegrityError

from db.bulk import insert_many
from db.engine import session_factory, write_transaction
from db.models import Rma, RmaLine

NOW = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)


def _rma(number: str, **more: object) -> dict[str, object]:
    return {
        "number": number,
        "order_number": f"SO-{number}",
        "market": "SE",
        "channel": "post",
        "requested_resolution": "refund",
        "status": "expected",
        "created_at": NOW,
        "updated_at": NOW,
        "platform_ref": None,
        **more,
    }


def test_rows_are_stored_as_the_orm_stores_them(engine: Engine) -> None:
    """Money in minor units, JSON, UTC times, a NULL JSON as SQL NULL, and the columns the
    rows leave out at their defaults (version 1, an empty customer name)."""
    with write_transaction(session_factory(engine)) as session:
        insert_many(
            session.connection(),
            cast(Table, Rma.__table__),
            [
                _rma("RMA-B-1", platform_ref={"name": "shopify", "return_id": "gid://x/1"}),
                _rma("RMA-B-2", customer_name="Ann ' \"; DROP TABLE rmas; --"),
            ],
        )
        ids = {number: id_ for number, id_ in session.execute(select(Rma.number, Rma.id))}
        insert_many(
            session.connection(),
            cast(Table, RmaLine.__table__),
            [
                {"rma_id": ids["RMA-B-1"], "line_no": 1, "sku": "A", "unit_price": Decimal("499.95"),
                 "currency": "SEK", "serials_shipped": ["SN1", "SN2"], "platform_ref": None},
            ],
        )  # fmt: skip
    with session_factory(engine)() as session:
        first = session.scalars(select(Rma).where(Rma.number == "RMA-B-1")).one()
        assert (first.version, first.customer_name, first.created_at) == (1, "", NOW)
        assert first.platform_ref == {"name": "shopify", "return_id": "gid://x/1"}
        second = session.scalars(select(Rma).where(Rma.number == "RMA-B-2")).one()
        assert second.customer_name == "Ann ' \"; DROP TABLE rmas; --"
        assert second.platform_ref is None
        assert session.scalar(select(Rma.id).where(Rma.platform_ref.is_(None))) == second.id
        line = first.lines[0]
        assert (line.unit_price, line.quantity, line.description) == (Decimal("499.95"), 1, "")
        assert (line.serials_shipped, line.platform_ref) == (["SN1", "SN2"], None)


def test_a_row_the_database_refuses_leaves_the_transaction_to_the_caller(engine: Engine) -> None:
    with pytest.raises(IntegrityError), write_transaction(session_factory(engine)) as session:
        insert_many(
            session.connection(),
            cast(Table, Rma.__table__),
            [_rma("RMA-B-3"), _rma("RMA-B-3")],
        )
    with session_factory(engine)() as session:
        assert session.scalars(select(Rma)).all() == []
