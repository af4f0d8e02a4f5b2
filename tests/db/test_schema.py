"""The schema: migrations, exact money and weights, UTC times, the append-only audit log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.migrate import alembic_config, current_revision, head_revision, upgrade_database
from db.models import AuditEntry, AuditLogIsAppendOnly, Base, Product, ProductGtin


def test_migrations_create_every_model_table(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert current_revision(engine) == head_revision()


def test_money_and_weight_round_trip_exactly(session: Session) -> None:
    product = Product(
        sku="SKU-1",
        description="Wool sweater",
        category="apparel",
        unit_weight_kg=Decimal("0.455"),
        value=Decimal("1299.95"),
        currency="SEK",
        gtins=[ProductGtin(gtin="04006381333931")],
    )
    session.add(product)
    session.commit()
    session.expire_all()
    loaded = session.get(Product, product.id)
    assert loaded is not None
    assert loaded.value == Decimal("1299.95")
    assert loaded.unit_weight_kg == Decimal("0.455")
    assert [g.gtin for g in loaded.gtins] == ["04006381333931"]


def test_float_money_is_refused(session: Session) -> None:
    session.add(Product(sku="SKU-F", value=12.5))
    with pytest.raises(Exception, match="Decimal"):
        session.commit()
    session.rollback()


def test_times_come_back_as_utc(session: Session) -> None:
    at = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    session.add(AuditEntry(at=at, action="test", entity_type="x"))
    session.commit()
    session.expire_all()
    entry = session.query(AuditEntry).one()
    assert entry.at == at
    assert entry.at.tzinfo is not None and entry.at.utcoffset() == dt.timedelta(0)


def test_audit_log_refuses_change_in_orm_and_database(session: Session) -> None:
    entry = AuditEntry(action="grade_unit", entity_type="unit", entity_id="1")
    session.add(entry)
    session.commit()
    entry.action = "tampered"
    with pytest.raises(AuditLogIsAppendOnly):
        session.commit()
    session.rollback()
    with pytest.raises(DBAPIError, match="append-only"):
        session.execute(text("UPDATE audit_log SET action = 'x'"))
    session.rollback()
    with pytest.raises(DBAPIError, match="append-only"):
        session.execute(text("DELETE FROM audit_log"))
    session.rollback()
    assert session.query(AuditEntry).count() == 1


def test_the_migrations_build_exactly_the_models_schema(engine: Engine) -> None:
    """Tables, columns and indexes: what `db upgrade` makes is what the code declares."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_events_made_before_0013_keep_their_key_and_are_found_by_it(engine: Engine) -> None:
    """Some were sent: a retry must reach the shop under the key the shop already knows."""
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
    with engine.begin() as connection:
        assert "installation" not in inspect(connection).get_table_names()
        connection.execute(
            text(
                "INSERT INTO outbox_events (kind, payload, idempotency_key, state, attempts, "
                "next_attempt_at, created_at) VALUES ('refund', '{}', 'refund:LPN-OLD', "
                "'pending', 0, :now, :now)"
            ),
            {"now": dt.datetime.now(dt.UTC)},
        )
    upgrade_database(engine)
    with engine.connect() as connection:
        assert connection.execute(
            text("SELECT subject, idempotency_key FROM outbox_events")
        ).all() == [("refund:LPN-OLD", "refund:LPN-OLD")]
        [installation] = connection.scalars(text("SELECT id FROM installation")).all()
        assert len(installation) == 16 and int(installation, 16) >= 0
