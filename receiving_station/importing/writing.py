"""Writing checked records in one transaction: products, RMAs, lines and parcels in chunks; a record that clashes with what is stored is a problem and nothing is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ParcelStatus, RmaStatus
from db.models import Parcel, Product, ProductGtin, Rma, RmaLine
from db.types import utcnow
from receiving_station import audit
from receiving_station.i18n.text import plural
from receiving_station.importing.records import (
    MAX_PROBLEMS,
    ImportFailed,
    ImportResult,
    Problem,
    Progress,
    RmaRecord,
)
from receiving_station.receiving.base import received_counts

CHUNK = 1_000  # returns written, flushed and let go of at a time


def write_returns(
    session: Session,
    records: list[RmaRecord],
    source: str,
    actor_id: int | None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the records in the session's transaction, `CHUNK` returns at a time: each chunk
    is flushed and the session let go of its objects, so memory does not grow with the file
    (the transaction still holds them all: a problem anywhere writes nothing)."""
    now = utcnow()
    result = ImportResult(source)
    problems: list[Problem] = []
    for start in range(0, len(records), CHUNK):
        _write_chunk(session, records[start : start + CHUNK], source, now, result, problems)
        session.flush()
        session.expunge_all()
        if progress is not None:
            progress("writing", min(start + CHUNK, len(records)), len(records))
    if problems:
        raise ImportFailed(problems[:MAX_PROBLEMS])
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


def _write_chunk(
    session: Session,
    records: list[RmaRecord],
    source: str,
    now: dt.datetime,
    result: ImportResult,
    problems: list[Problem],
) -> None:
    """One chunk's returns, lines, parcels and products: what exists read in a few queries
    (what earlier chunks wrote is flushed, so it is found as it would be in the database)."""
    numbers = [r.number for r in records]
    existing = {
        rma.number: rma
        for chunk in _chunks(numbers, 500)
        for rma in session.scalars(select(Rma).where(Rma.number.in_(chunk)))
    }
    trackings = [p.tracking_number for r in records for p in r.parcels]
    parcels = {
        parcel.tracking_number: parcel
        for chunk in _chunks(trackings, 500)
        for parcel in session.scalars(select(Parcel).where(Parcel.tracking_number.in_(chunk)))
    }
    products = _products(session, records, result, problems, now)

    for record in records:
        rma = existing.get(record.number)
        changed = False
        if rma is None:
            rma = Rma(
                number=record.number,
                status=RmaStatus.EXPECTED.value,
                source=source,
                created_at=now,
                updated_at=now,
                platform_ref=record.platform_ref,
                **record.fields,
            )
            session.add(rma)
            result.rmas_created += 1
        else:
            if rma.status == RmaStatus.CANCELLED.value:
                problems.append(
                    Problem(record.where, "rma_number", f"{rma.number} was cancelled upstream")
                )
                continue
            for name, value in record.fields.items():
                if getattr(rma, name) != value:
                    setattr(rma, name, value)
                    changed = True
            # the platform's ids may change like any field (events already queued keep what
            # they were made with); a CSV file carries none and leaves them as they are
            if record.carries_platform_refs and rma.platform_ref != record.platform_ref:
                rma.platform_ref = record.platform_ref
                changed = True
        changed |= _write_lines(session, rma, record, result, problems, products)
        changed |= _write_parcels(session, rma, record, parcels, result, problems, now)
        if rma.id is not None:
            if changed:
                rma.updated_at = now
                rma.source = source
                result.rmas_updated += 1
            else:
                result.rmas_unchanged += 1


def _products(
    session: Session,
    records: list[RmaRecord],
    result: ImportResult,
    problems: list[Problem],
    now: dt.datetime,
) -> dict[str, Product]:
    """Create the products the file names and do not exist yet; register their GTINs."""
    lines = [line for record in records for line in record.lines]
    skus = sorted({line.sku for line in lines})
    products = {
        p.sku: p
        for chunk in _chunks(skus, 500)
        for p in session.scalars(select(Product).where(Product.sku.in_(chunk)))
    }
    gtins = sorted({line.gtin for line in lines if line.gtin})
    owners = {
        gtin: sku
        for chunk in _chunks(gtins, 500)
        for gtin, sku in session.execute(
            select(ProductGtin.gtin, Product.sku).join(Product).where(ProductGtin.gtin.in_(chunk))
        )
    }
    for line in lines:
        product = products.get(line.sku)
        if product is None:
            product = Product(
                sku=line.sku,
                description=line.description,
                category=line.category or "general",
                unit_weight_kg=line.unit_weight_kg,
                bin_location=line.bin_location,
                returnable=True if line.returnable is None else line.returnable,
                value=line.unit_price,
                currency=line.currency,
            )
            session.add(product)
            products[line.sku] = product
            result.products_created += 1
        else:
            if line.bin_location and product.bin_location != line.bin_location:
                product.bin_location = line.bin_location
            if line.unit_weight_kg is not None and product.unit_weight_kg is None:
                product.unit_weight_kg = line.unit_weight_kg
            if line.returnable is not None and product.returnable != line.returnable:
                product.returnable = line.returnable
        if line.gtin:
            owner = owners.get(line.gtin)
            if owner is None:
                product.gtins.append(ProductGtin(gtin=line.gtin))
                owners[line.gtin] = line.sku
            elif owner != line.sku:
                problems.append(
                    Problem(
                        line.where,
                        "gtin",
                        f"{line.gtin} belongs to SKU {owner} in the product list, not {line.sku}",
                    )
                )
    return products


def _write_lines(
    session: Session,
    rma: Rma,
    record: RmaRecord,
    result: ImportResult,
    problems: list[Problem],
    products: dict[str, Product],
) -> bool:
    changed = False
    current = {line.line_no: line for line in rma.lines} if rma.id is not None else {}
    received = received_counts(session, [line.id for line in current.values()])
    for item in record.lines:
        product = products.get(item.sku)
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
        if record.carries_platform_refs:  # else (CSV) the stored ids stay
            values["platform_ref"] = item.platform_ref
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


def _write_parcels(
    session: Session,
    rma: Rma,
    record: RmaRecord,
    parcels: dict[str, Parcel],
    result: ImportResult,
    problems: list[Problem],
    now: dt.datetime,
) -> bool:
    changed = False
    for item in record.parcels:
        parcel = parcels.get(item.tracking_number)
        if parcel is None:
            parcel = Parcel(
                tracking_number=item.tracking_number,
                carrier=item.carrier,
                rma=rma,
                expected_weight_kg=item.expected_weight_kg,
                status=ParcelStatus.EXPECTED.value,
                created_at=now,
            )
            session.add(parcel)
            parcels[item.tracking_number] = parcel
            result.parcels_created += 1
            changed = True
            continue
        if parcel.rma_id is not None and parcel.rma is not rma:
            owner = parcel.rma.number if parcel.rma else "another RMA"
            problems.append(
                Problem(
                    item.where,
                    "tracking_number",
                    f"{item.tracking_number} already belongs to {owner}",
                )
            )
            continue
        parcel_changed = False
        if parcel.rma_id is None:
            # Received blind before upstream announced it: link it, so the lead working the
            # blind-return exception sees the RMA.
            parcel.rma = rma
            parcel_changed = True
        if item.carrier and parcel.carrier != item.carrier:
            parcel.carrier = item.carrier
            parcel_changed = True
        if (
            item.expected_weight_kg is not None
            and parcel.expected_weight_kg != item.expected_weight_kg
        ):
            parcel.expected_weight_kg = item.expected_weight_kg
            parcel_changed = True
        if parcel_changed:
            result.parcels_updated += 1
            changed = True
    return changed


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in dict.fromkeys(items):
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
