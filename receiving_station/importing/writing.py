"""Writing checked records in one transaction, a chunk at a time: products, RMAs, lines and parcels; what is new goes in as plain inserts, a stored RMA is updated through the ORM; a record that clashes with what is stored is a problem and nothing is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, NamedTuple, cast

from sqlalchemy import Engine, Table, select, text, update
from sqlalchemy.orm import Session, selectinload

from db.bulk import insert_many
from db.engine import session_factory, write_transaction
from db.enums import ParcelStatus, RmaStatus
from db.models import Parcel, Product, ProductGtin, Rma, RmaLine
from db.types import utcnow
from receiving_station import audit
from receiving_station.i18n.text import plural
from receiving_station.importing.files import Staged
from receiving_station.importing.records import (
    MAX_PROBLEMS,
    ImportFailed,
    ImportResult,
    LineRecord,
    Problem,
    Progress,
    RmaRecord,
)
from receiving_station.receiving.base import received_counts

CHUNK = 1_000  # returns written, flushed and let go of at a time

_RMAS = cast(Table, Rma.__table__)
_LINES = cast(Table, RmaLine.__table__)
_PARCELS = cast(Table, Parcel.__table__)
_PRODUCTS = cast(Table, Product.__table__)
_GTINS = cast(Table, ProductGtin.__table__)


def write_returns(
    session: Session,
    records: Iterable[RmaRecord],
    source: str,
    actor_id: int | None,
    progress: Progress | None = None,
    *,
    total: Callable[[], int] | None = None,
    found: list[Problem] | None = None,
) -> ImportResult:
    """Write the records in the session's transaction, `CHUNK` returns at a time: each chunk
    is flushed and the session let go of its objects, so memory does not grow with the file
    (the transaction still holds them all: a problem anywhere writes nothing).

    `records` may be read as they are written (the staging file's, `total()` of them); `found`
    is the reader's list of problems, which reading a record back may add to: once there is
    one, nothing more is written, the rest is read to name every problem, and nothing stays."""
    now = utcnow()
    result = ImportResult(source)
    problems: list[Problem] = []
    # Nothing is sent before the first chunk is read: a big file's reader checks it whole
    # first, and a transaction begun meanwhile would sit idle, which a site's server ends
    # (site-roles.sql: idle_in_transaction_session_timeout).
    unplanned = session.get_bind().dialect.name == "postgresql"
    found = [] if found is None else found
    if total is None:
        total = (lambda: len(records)) if isinstance(records, list) else (lambda: 0)
    done = 0
    known = _Known()
    items = iter(records)
    while chunk := list(islice(items, CHUNK)):
        done += len(chunk)
        if found or problems:
            continue
        if unplanned:
            # Every query here looks rows up by a unique key; but a table this transaction
            # fills has no statistics the planner can see, and past some thousands of rows it
            # chose to read the whole table for each chunk's lookup (100,000 rows: 1,100
            # rows/s instead of 8,600).  For this transaction only, and any role may set it.
            session.execute(text("SET LOCAL enable_seqscan = off"))
            unplanned = False
        _write_chunk(session, chunk, source, now, result, problems, known)
        session.flush()
        session.expunge_all()
        if progress is not None:
            progress("writing", done, total())  # 0: not known yet (a file still being read)
    if found or problems:
        raise ImportFailed([*found, *problems][:MAX_PROBLEMS])
    session.flush()
    audit.record(
        session,
        action="import",
        entity_type="file",
        entity_id=source,
        at=now,
        operator_id=actor_id,
        station_id=None,
        details={
            "rmas_created": result.rmas_created,
            "rmas_updated": result.rmas_updated,
            "rmas_unchanged": result.rmas_unchanged,
            "lines_removed": result.lines_removed,
            "parcels_created": result.parcels_created,
        },
    )
    return result


def write_all(
    engine: Engine,
    records: Iterable[RmaRecord],
    source: str,
    actor_id: int | None,
    progress: Progress | None,
    *,
    total: Callable[[], int],
    found: list[Problem],
) -> ImportResult:
    """`write_returns` in a transaction of its own: committed, or rolled back on a problem."""
    with write_transaction(session_factory(engine)) as session:
        return write_returns(session, records, source, actor_id, progress, total=total, found=found)


def write_staged(
    engine: Engine, staged: Staged, source: str, actor_id: int | None, progress: Progress | None
) -> ImportResult:
    """A file read whole into its staging database, written in a transaction of its own."""
    return write_all(
        engine,
        staged.records(),
        source,
        actor_id,
        progress,
        total=lambda: staged.count,
        found=staged.problems,
    )


class _Product(NamedTuple):
    """What a line takes from its product when the file leaves it out."""

    id: int
    description: str
    category: str


def _write_chunk(
    session: Session,
    records: list[RmaRecord],
    source: str,
    now: dt.datetime,
    result: ImportResult,
    problems: list[Problem],
    known: _Known,
) -> None:
    """One chunk's products, returns, lines and parcels.  What exists is read in a few
    queries (earlier chunks' rows are in the database by then); new returns, their lines, new
    products and parcels are inserted many at a time; stored returns go through the ORM, which
    knows their lines' received units."""
    products = _products(session, records, result, problems, known)
    known.trim()
    stored = {
        rma.number: rma
        for chunk in _chunks([r.number for r in records], 500)
        for rma in session.scalars(
            select(Rma).where(Rma.number.in_(chunk)).options(selectinload(Rma.lines))
        )
    }
    live = []
    for record in records:
        rma = stored.get(record.number)
        if rma is not None and rma.status == RmaStatus.CANCELLED.value:
            problems.append(
                Problem(record.where, "rma_number", f"{rma.number} was cancelled upstream")
            )
            continue
        live.append(record)
    new = [r for r in live if r.number not in stored]
    rma_ids = {number: rma.id for number, rma in stored.items()}
    rma_ids.update(_insert_rmas(session, new, source, now, products, result))
    moved = _write_parcels(session, live, rma_ids, result, problems, now)
    received = received_counts(session, [line.id for rma in stored.values() for line in rma.lines])
    for record in live:
        rma = stored.get(record.number)
        if rma is None:
            continue
        changed = record.number in moved
        for name, value in record.fields.items():
            if getattr(rma, name) != value:
                setattr(rma, name, value)
                changed = True
        # the platform's ids may change like any field (events already queued keep what
        # they were made with); a CSV file carries none and leaves them as they are
        if record.carries_platform_refs and rma.platform_ref != record.platform_ref:
            rma.platform_ref = record.platform_ref
            changed = True
        changed |= _write_lines(session, rma, record, received, result, problems, products)
        if changed:
            rma.updated_at = now
            rma.source = source
            result.rmas_updated += 1
        else:
            result.rmas_unchanged += 1


def _insert_rmas(
    session: Session,
    records: list[RmaRecord],
    source: str,
    now: dt.datetime,
    products: dict[str, _Product],
    result: ImportResult,
) -> dict[str, int]:
    """New returns and their lines, many rows to a statement: their ids by number."""
    if not records:
        return {}
    rows = [
        {
            "number": record.number,
            "status": RmaStatus.EXPECTED.value,
            "source": source,
            "created_at": now,
            "updated_at": now,
            "platform_ref": record.platform_ref,
            **record.fields,
        }
        for record in records
    ]
    insert_many(session.connection(), _RMAS, rows)
    ids = _ids(session, _RMAS.c.number, [record.number for record in records])
    lines = [
        {
            "rma_id": ids[record.number],
            "line_no": item.line_no,
            **_line_values(item, products.get(item.sku), record.carries_platform_refs),
        }
        for record in records
        for item in record.lines
    ]
    if lines:
        insert_many(session.connection(), _LINES, lines)
    result.rmas_created += len(records)
    result.lines_created += len(lines)
    return ids


def _line_values(item: LineRecord, product: _Product | None, refs: bool) -> dict[str, Any]:
    """A line's stored values from the file's (its product's description and category when
    the file leaves them out); the platform's ids only from a file that carries them."""
    values: dict[str, Any] = {
        "sku": item.sku,
        "gtin": item.gtin,
        "description": item.description or (product.description if product else ""),
        "category": item.category or (product.category if product else None),
        "quantity": item.quantity,
        "unit_price": item.unit_price,
        "currency": item.currency,
        "serials_shipped": item.serials,
        "reason_code": item.reason_code,
        "expected_weight_kg": item.expected_weight_kg,
    }
    if refs:  # else (CSV) the stored ids stay
        values["platform_ref"] = item.platform_ref
    return values


class _Known:
    """The products and GTINs an import has read or written so far, kept from chunk to chunk
    (a feed names the same few thousand products again and again), forgotten past `LIMIT`."""

    LIMIT = 50_000

    def __init__(self) -> None:
        self.products: dict[str, dict[str, Any]] = {}
        self.owners: dict[str, str] = {}  # GTIN: SKU

    def trim(self) -> None:
        if len(self.products) > self.LIMIT or len(self.owners) > self.LIMIT:
            self.products.clear()
            self.owners.clear()


def _products(
    session: Session,
    records: list[RmaRecord],
    result: ImportResult,
    problems: list[Problem],
    known: _Known,
) -> dict[str, _Product]:
    """Create the products the file names and do not exist yet, register their GTINs, and
    take what the file says of a stored product's bin, weight and whether it is returnable."""
    lines = [line for record in records for line in record.lines]
    columns = ("id", "description", "category", "unit_weight_kg", "bin_location", "returnable")
    state = known.products
    owners = known.owners
    for chunk in _chunks(sorted({line.sku for line in lines} - state.keys()), 500):
        for row in session.execute(
            select(_PRODUCTS.c.sku, *(_PRODUCTS.c[c] for c in columns)).where(
                _PRODUCTS.c.sku.in_(chunk)
            )
        ):
            state[row.sku] = dict(zip(columns, row[1:], strict=True))
    for chunk in _chunks(sorted({line.gtin for line in lines if line.gtin} - owners.keys()), 500):
        for gtin, sku in session.execute(
            select(ProductGtin.gtin, Product.sku).join(Product).where(ProductGtin.gtin.in_(chunk))
        ):
            owners[gtin] = sku
    new: dict[str, dict[str, Any]] = {}
    changed: dict[str, dict[str, Any]] = {}
    gtins: list[tuple[str, str]] = []
    for line in lines:
        product = state.get(line.sku)
        if product is None:
            product = state[line.sku] = new[line.sku] = {
                "sku": line.sku,
                "description": line.description,
                "category": line.category or "general",
                "unit_weight_kg": line.unit_weight_kg,
                "bin_location": line.bin_location,
                "returnable": True if line.returnable is None else line.returnable,
                "value": line.unit_price,
                "currency": line.currency,
            }
            result.products_created += 1
        else:
            edits: dict[str, Any] = {}
            if line.bin_location and product["bin_location"] != line.bin_location:
                edits["bin_location"] = line.bin_location
            if line.unit_weight_kg is not None and product["unit_weight_kg"] is None:
                edits["unit_weight_kg"] = line.unit_weight_kg
            if line.returnable is not None and product["returnable"] != line.returnable:
                edits["returnable"] = line.returnable
            if edits:
                product.update(edits)
                if line.sku not in new:
                    changed.setdefault(line.sku, {}).update(edits)
        if line.gtin:
            owner = owners.get(line.gtin)
            if owner is None:
                gtins.append((line.gtin, line.sku))
                owners[line.gtin] = line.sku
            elif owner != line.sku:
                problems.append(
                    Problem(
                        line.where,
                        "gtin",
                        f"{line.gtin} belongs to SKU {owner} in the product list, not {line.sku}",
                    )
                )
    if new:
        insert_many(session.connection(), _PRODUCTS, list(new.values()))
        for sku, id_ in _ids(session, _PRODUCTS.c.sku, list(new)).items():
            state[sku]["id"] = id_
    for sku, edits in changed.items():
        session.execute(update(_PRODUCTS).where(_PRODUCTS.c.id == state[sku]["id"]).values(edits))
    if gtins:
        insert_many(
            session.connection(),
            _GTINS,
            [{"gtin": gtin, "product_id": state[sku]["id"]} for gtin, sku in gtins],
        )
    return {
        line.sku: _Product(
            state[line.sku]["id"], state[line.sku]["description"], state[line.sku]["category"]
        )
        for line in lines
    }


def _write_lines(
    session: Session,
    rma: Rma,
    record: RmaRecord,
    received: dict[int, int],
    result: ImportResult,
    problems: list[Problem],
    products: dict[str, _Product],
) -> bool:
    """A stored return's lines as the file has them: changed, added, or removed unless units
    were received on them."""
    changed = False
    current = {line.line_no: line for line in rma.lines}
    for item in record.lines:
        values = _line_values(item, products.get(item.sku), record.carries_platform_refs)
        line = current.pop(item.line_no, None)
        if line is None:
            rma.lines.append(RmaLine(line_no=item.line_no, **values))
            result.lines_created += 1
            changed = True
            continue
        got = received.get(line.id, 0)
        if got and (line.sku != item.sku or item.quantity < got):
            problems.append(
                Problem(
                    item.where,
                    "sku" if line.sku != item.sku else "quantity",
                    f"line {item.line_no} of {rma.number} already has {got} "
                    + plural(f"received unit(s) of {line.sku}", got)
                    + f": it cannot become {item.quantity} × {item.sku}",
                )
            )
            continue
        diff = {k: v for k, v in values.items() if getattr(line, k) != v}
        if diff:
            for name, value in diff.items():
                setattr(line, name, value)
            result.lines_updated += 1
            changed = True
    for line in current.values():  # in the database, no longer in the file
        if received.get(line.id, 0):
            problems.append(
                Problem(
                    record.where,
                    "lines",
                    f"line {line.line_no} ({line.sku}) of {rma.number} has received units and "
                    "cannot be removed; keep it in the file",
                )
            )
            continue
        rma.lines.remove(line)
        session.delete(line)
        result.lines_removed += 1
        changed = True
    return changed


class _Parcel(NamedTuple):
    id: int | None  # None: inserted by this chunk
    rma_id: int | None
    carrier: str | None
    expected_weight_kg: Any
    rma_number: str | None


def _write_parcels(
    session: Session,
    records: list[RmaRecord],
    rma_ids: dict[str, int],
    result: ImportResult,
    problems: list[Problem],
    now: dt.datetime,
) -> set[str]:
    """The records' parcels: new ones inserted, a stored one updated (a blind parcel linked to
    its return: the lead working its exception then sees the RMA), one that belongs to another
    return a problem.  Gives the numbers of the returns whose parcels changed."""
    stored = {
        row.tracking_number: _Parcel(
            row.id, row.rma_id, row.carrier, row.expected_weight_kg, row.number
        )
        for chunk in _chunks([p.tracking_number for r in records for p in r.parcels], 500)
        for row in session.execute(
            select(
                _PARCELS.c.id,
                _PARCELS.c.tracking_number,
                _PARCELS.c.rma_id,
                _PARCELS.c.carrier,
                _PARCELS.c.expected_weight_kg,
                Rma.number,
            )
            .outerjoin(Rma, Rma.id == _PARCELS.c.rma_id)
            .where(_PARCELS.c.tracking_number.in_(chunk))
        )
    }
    changed: set[str] = set()
    inserts: list[dict[str, Any]] = []
    for record in records:
        rma_id = rma_ids[record.number]
        for item in record.parcels:
            parcel = stored.get(item.tracking_number)
            if parcel is None:
                inserts.append(
                    {
                        "tracking_number": item.tracking_number,
                        "carrier": item.carrier,
                        "rma_id": rma_id,
                        "expected_weight_kg": item.expected_weight_kg,
                        "status": ParcelStatus.EXPECTED.value,
                        "created_at": now,
                    }
                )
                stored[item.tracking_number] = _Parcel(
                    None, rma_id, item.carrier, item.expected_weight_kg, record.number
                )
                result.parcels_created += 1
                changed.add(record.number)
                continue
            if parcel.rma_id is not None and parcel.rma_id != rma_id:
                problems.append(
                    Problem(
                        item.where,
                        "tracking_number",
                        f"{item.tracking_number} already belongs to "
                        f"{parcel.rma_number or 'another RMA'}",
                    )
                )
                continue
            edits: dict[str, Any] = {}
            if parcel.rma_id is None:
                # received blind before upstream announced it: linked to its return
                edits["rma_id"] = rma_id
            if item.carrier and parcel.carrier != item.carrier:
                edits["carrier"] = item.carrier
            if (
                item.expected_weight_kg is not None
                and parcel.expected_weight_kg != item.expected_weight_kg
            ):
                edits["expected_weight_kg"] = item.expected_weight_kg
            if edits and parcel.id is not None:
                session.execute(
                    update(_PARCELS)
                    .where(_PARCELS.c.id == parcel.id)
                    .values(**edits, version=_PARCELS.c.version + 1)
                )
                stored[item.tracking_number] = parcel._replace(
                    **{k: v for k, v in edits.items() if k != "rma_id"}, rma_id=rma_id
                )
                result.parcels_updated += 1
                changed.add(record.number)
    if inserts:
        insert_many(session.connection(), _PARCELS, inserts)
    return changed


def _ids(session: Session, key: Any, keys: list[str]) -> dict[str, int]:
    """The ids of rows just inserted, by their unique key.  (Not RETURNING: SQLite cannot
    promise its order for many rows, and SQLAlchemy then inserts them one at a time.)"""
    table = key.table
    return {
        name: id_
        for chunk in _chunks(keys, 500)
        for name, id_ in session.execute(select(key, table.c.id).where(key.in_(chunk)))
    }


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in dict.fromkeys(items):
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
