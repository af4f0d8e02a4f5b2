"""SQLAlchemy 2 typed models: the receiving bench's whole state.

Money is `Decimal` stored as integer cents, weights `Decimal` kilograms stored as grams, times
timezone-aware UTC (db/types.py).  Tables that two benches may change at once carry a `version`
column used by SQLAlchemy's optimistic concurrency check.  The audit log is append-only: the
ORM refuses updates and deletes, and database triggers (see the migrations) refuse them too.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import Money, UTCDateTime, Weight, utcnow

JSONType = JSON().with_variant(JSONB(), "postgresql")
# The same for a column that may be empty: None is SQL NULL there, not the JSON value null
# (which JSONType would write), so `IS NULL` finds the rows without one.
NullableJSONType = JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSONType, list[Any]: JSONType}


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    badge_code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # the language the window speaks to them (receiving_station.i18n.language.LANGUAGES); NULL:
    # the station's (migration 0008)
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # wrong PINs in a row, and until when the operator may not sign in after too many
    # (receiving_station.auth.SignInPolicy; migration 0011)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class Station(Base):
    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    location: Mapped[str | None] = mapped_column(String(120))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    description: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(40), default="general")
    unit_weight_kg: Mapped[Decimal | None] = mapped_column(Weight())
    bin_location: Mapped[str | None] = mapped_column(String(40))
    returnable: Mapped[bool] = mapped_column(Boolean, default=True)
    value: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str | None] = mapped_column(String(3))

    gtins: Mapped[list[ProductGtin]] = relationship(
        back_populates="product", cascade="all, delete-orphan", lazy="selectin"
    )


class ProductGtin(Base):
    """A product may carry several GTINs (pack variants, re-labelled stock)."""

    __tablename__ = "product_gtins"

    gtin: Mapped[str] = mapped_column(String(14), primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )

    product: Mapped[Product] = relationship(back_populates="gtins")


class Rma(Base):
    __tablename__ = "rmas"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    order_number: Mapped[str] = mapped_column(String(64), index=True)
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    customer_email: Mapped[str | None] = mapped_column(String(254))
    market: Mapped[str] = mapped_column(String(2))
    channel: Mapped[str] = mapped_column(String(20))
    purchase_date: Mapped[dt.date | None] = mapped_column(Date)
    delivery_date: Mapped[dt.date | None] = mapped_column(Date)
    requested_resolution: Mapped[str] = mapped_column(String(20))
    exchange_sku: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), index=True)
    source: Mapped[str | None] = mapped_column(String(200))
    # the shop platform's ids of the return (`{"name": "shopify", "return_id": ...}`: flat,
    # text values), as the JSON import's `platform` gave them; NULL when it gave none
    # (migration 0014; receiving_station.upstream.outbox.queue_release sends them on)
    platform_ref: Mapped[dict[str, Any] | None] = mapped_column(NullableJSONType)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[RmaLine]] = relationship(
        back_populates="rma", cascade="all, delete-orphan", order_by="RmaLine.line_no"
    )
    parcels: Mapped[list[Parcel]] = relationship(back_populates="rma")

    __mapper_args__ = {"version_id_col": version}


class RmaLine(Base):
    __tablename__ = "rma_lines"
    __table_args__ = (UniqueConstraint("rma_id", "line_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64), index=True)
    gtin: Mapped[str | None] = mapped_column(String(14), index=True)
    description: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str | None] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3))
    serials_shipped: Mapped[list[Any]] = mapped_column(default=list)
    reason_code: Mapped[str | None] = mapped_column(String(40))
    expected_weight_kg: Mapped[Decimal | None] = mapped_column(Weight())
    # the shop platform's ids of the line (its return line item, order line ...), as
    # Rma.platform_ref (migration 0014)
    platform_ref: Mapped[dict[str, Any] | None] = mapped_column(NullableJSONType)

    rma: Mapped[Rma] = relationship(back_populates="lines")
    units: Mapped[list[ReceivedUnit]] = relationship(back_populates="line")


class Parcel(Base):
    __tablename__ = "parcels"

    id: Mapped[int] = mapped_column(primary_key=True)
    tracking_number: Mapped[str] = mapped_column(String(64), unique=True)
    carrier: Mapped[str | None] = mapped_column(String(20))
    rma_id: Mapped[int | None] = mapped_column(ForeignKey("rmas.id"), index=True)
    expected_weight_kg: Mapped[Decimal | None] = mapped_column(Weight())
    measured_weight_kg: Mapped[Decimal | None] = mapped_column(Weight())
    weight_tolerance_kg: Mapped[Decimal | None] = mapped_column(Weight())
    weight_mismatch: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), index=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    opened_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    weighed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    rma: Mapped[Rma | None] = relationship(back_populates="parcels")
    units: Mapped[list[ReceivedUnit]] = relationship(
        back_populates="parcel", order_by="ReceivedUnit.id"
    )

    __mapper_args__ = {"version_id_col": version}


class ReceivedUnit(Base):
    __tablename__ = "received_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    lpn: Mapped[str] = mapped_column(String(32), unique=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), index=True)
    rma_line_id: Mapped[int | None] = mapped_column(ForeignKey("rma_lines.id"), index=True)
    scanned_code: Mapped[str] = mapped_column(String(200))
    gtin: Mapped[str | None] = mapped_column(String(14))
    sku: Mapped[str | None] = mapped_column(String(64))
    category: Mapped[str | None] = mapped_column(String(40))
    serial: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(20), index=True)
    grade: Mapped[str | None] = mapped_column(String(4))
    checklist_answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    photo_paths: Mapped[list[Any]] = mapped_column(default=list)
    flags: Mapped[list[Any]] = mapped_column(default=list)
    disposition: Mapped[str | None] = mapped_column(String(30))
    refund_amount: Mapped[Decimal | None] = mapped_column(Money())
    restocking_fee: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str | None] = mapped_column(String(3))
    rule_id: Mapped[str | None] = mapped_column(String(80))
    rule_reason: Mapped[str | None] = mapped_column(Text)
    # the reason as a sentence in any language (text.Text.to_json, migration 0009)
    rule_reason_text: Mapped[str | None] = mapped_column(Text)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), index=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    graded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    parcel: Mapped[Parcel] = relationship(back_populates="units")
    line: Mapped[RmaLine | None] = relationship(back_populates="units")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The supervisors' figures count a period's units by each of these: with all of them
        # in the index, a count reads the index alone (migration 0006; receiving_station.figures.reports).
        Index(
            "ix_received_units_figures",
            "received_at",
            "operator_id",
            "station_id",
            "grade",
            "disposition",
            "sku",
        ),
        # The SKUs returned most: a period's units per SKU, and the top ones' reasons and
        # grades, read in SKU order (migration 0007; it replaces the index on sku alone).
        Index("ix_received_units_sku_figures", "sku", "received_at", "grade", "rma_line_id"),
    )


class FigureHour(Base):
    """The supervisors' figures, counted once per clock hour (receiving_station/figures/hours.py).

    One row per (dimension, scope, UTC hour, value): units received in that hour by operator,
    bench, market, grade, disposition, or minutes to refund / to stock; for the whole site
    (scope '') and again for each market ('market=SE') and each bench ('station=3').  Worked
    out from the units themselves for the hours `figure_changes` names, so it is never the only
    copy of anything.
    """

    __tablename__ = "figure_hours"
    __table_args__ = {"sqlite_with_rowid": False}

    dimension: Mapped[str] = mapped_column(String(16), primary_key=True)
    scope: Mapped[str] = mapped_column(String(40), primary_key=True)
    hour: Mapped[dt.datetime] = mapped_column(UTCDateTime(), primary_key=True)
    value: Mapped[str] = mapped_column(String(64), primary_key=True)
    units: Mapped[int] = mapped_column(Integer)


class FigureChange(Base):
    """An hour whose figures must be worked out again: written by the database's own triggers
    (migration 0007) whenever a unit, its parcel, RMA, refund or label changes."""

    __tablename__ = "figure_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    hour: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class ExceptionCase(Base):
    """A case in the shift lead's exception queue (a Python `Exception` it is not: hence the name)."""

    __tablename__ = "exceptions"
    __table_args__ = (
        Index("ix_exceptions_status_type", "status", "type"),
        # The lead's queue walks one of these in order and stops at the page's end (issue
        # #6; exceptions.queue.queue_page): one per sort, with the id that breaks ties.
        Index("ix_exceptions_due_id", "sla_due", "id"),
        Index("ix_exceptions_created_id", "created_at", "id"),
        Index("ix_exceptions_type_id", "type", "id"),
        Index("ix_exceptions_status_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    # the summary as a sentence each lead reads in their language (text.Text.to_json, 0008)
    summary_text: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    rma_id: Mapped[int | None] = mapped_column(ForeignKey("rmas.id"), index=True)
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcels.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("received_units.id"), index=True)
    outbox_event_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_events.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    raised_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sla_due: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    resolution: Mapped[str | None] = mapped_column(String(40))
    resolution_note: Mapped[str | None] = mapped_column(Text)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class OutboxEvent(Base):
    """An event for upstream, written in the same transaction as the decision that caused it."""

    __tablename__ = "outbox_events"
    __table_args__ = (
        Index("ix_outbox_events_state_next", "state", "next_attempt_at"),
        Index("ix_outbox_events_subject", "subject", unique=True),
        # The dispatcher's "is an earlier event of this RMA unfinished?" probe: small (only
        # unfinished rows) and cheap whatever the table's statistics say.
        Index(
            "ix_outbox_events_unfinished_rma",
            "rma_number",
            "id",
            postgresql_where=text("state IN ('pending', 'sending', 'refused')"),
            sqlite_where=text("state IN ('pending', 'sending', 'refused')"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    rma_number: Mapped[str | None] = mapped_column(String(64), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # What the event is about (`refund:<LPN>`, `status:<RMA>:received:parcel:<code>`): one
    # event per subject, found by it.  Stays in this database; upstream never sees it.
    subject: Mapped[str] = mapped_column(String(200))
    # What upstream sees: this installation's identity and a random part, made once with the
    # event and kept, so a retry sends the same key and no other database ever makes it.
    # Unique and made here, so it also tells the rows of one multi-row INSERT apart: the events
    # of one decision go out in one statement on SQLite too (SQLAlchemy's "insert sentinel").
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True, insert_sentinel=True)
    state: Mapped[str] = mapped_column(String(20))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # What upstream answered last (its refund / exchange id, or its refusal message).
    upstream_reference: Mapped[str | None] = mapped_column(String(200))
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    resolution_note: Mapped[str | None] = mapped_column(Text)

    attempt_log: Mapped[list[OutboxAttempt]] = relationship(
        back_populates="event", order_by="OutboxAttempt.id", cascade="all, delete-orphan"
    )


class OutboxAttempt(Base):
    """One try at delivering an outbox event: who tried, when, and what upstream answered."""

    __tablename__ = "outbox_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("outbox_events.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    dispatcher: Mapped[str] = mapped_column(String(100))
    outcome: Mapped[str] = mapped_column(String(20))
    http_status: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[OutboxEvent] = relationship(back_populates="attempt_log")


class SyncCursor(Base):
    """Where a pull from upstream (`GET /returns?updated_since=`) got to."""

    __tablename__ = "sync_cursors"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class LabelJob(Base):
    __tablename__ = "label_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("received_units.id"), index=True)
    lpn: Mapped[str | None] = mapped_column(String(32), index=True)
    template: Mapped[str] = mapped_column(String(40))
    format: Mapped[str] = mapped_column(String(10), default="zpl")
    printer_url: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), index=True)
    is_reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    printed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class AuditEntry(Base):
    """One line of the append-only audit log: who did what to which record, and the details."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (Index("ix_audit_log_entity", "entity_type", "entity_id"),)


class AuditLogIsAppendOnly(RuntimeError):
    """Raised when code tries to change or delete an audit entry."""


@event.listens_for(AuditEntry, "before_update")
def _refuse_audit_update(mapper: Any, connection: Any, target: AuditEntry) -> None:
    raise AuditLogIsAppendOnly("the audit log is append-only: entries cannot be changed")


@event.listens_for(AuditEntry, "before_delete")
def _refuse_audit_delete(mapper: Any, connection: Any, target: AuditEntry) -> None:
    raise AuditLogIsAppendOnly("the audit log is append-only: entries cannot be deleted")


class Installation(Base):
    """This database's identity, made once when `db upgrade` creates it (one row).

    Every idempotency key the station sends starts with it, so the keys of two sites' databases
    (or of a test copy beside the real one) can never be alike."""

    __tablename__ = "installation"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Sequence(Base):
    """Named counters (LPN numbers), incremented under a row lock so benches never collide."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
