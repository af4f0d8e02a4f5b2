"""The upstream tests' shared secret, a sandbox shop's pages and faults, and refund events
queued as a bench would queue them."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import Engine, select

from db.engine import session_factory, write_transaction
from db.enums import OutboxKind
from db.models import OutboxEvent
from db.types import utcnow
from receiving_station.demo.sandbox import SandboxServer
from receiving_station.upstream import outbox

SECRET = b"test-shared-secret"


def sandbox_get(server: SandboxServer, page: str) -> Any:
    return httpx.get(f"{server.url}/_sandbox/{page}", timeout=5).json()


def set_faults(server: SandboxServer, **faults: Any) -> None:
    httpx.post(f"{server.url}/_sandbox/faults", json=faults, timeout=5).raise_for_status()


def refund_payload(rma: str, lpn: str, amount: str = "10.00") -> dict[str, Any]:
    return {
        "rma": rma,
        "order": f"SO-{rma}",
        "units": [
            {
                "sku": "SKU-1",
                "lpn": lpn,
                "grade": "A",
                "disposition": "restock",
                "amount": amount,
                "restocking_fee": "0.00",
            }
        ],
        "restocking_fee": "0.00",
        "total": amount,
        "currency": "SEK",
        "method": "original_payment",
    }


def queue_events(
    engine: Engine,
    rmas: int,
    *,
    per_rma: int = 1,
    prefix: str = "RMA-T",
    lpn_prefix: str = "LPN",
    exchanges: int = 0,
) -> list[str]:
    """For each RMA: a `received` status event, then `per_rma` refunds (the first `exchanges`
    RMAs: exchange releases instead); returns their subjects in the order they were queued."""
    keys: list[str] = []
    now = utcnow()
    with write_transaction(session_factory(engine)) as session:
        for r in range(rmas):
            rma = f"{prefix}-{r:05d}"
            keys.append(
                outbox.enqueue_status(
                    session,
                    rma_number=rma,
                    status="received",
                    now=now,
                    about=f"parcel:P{r}",
                    details={"tracking_number": f"P{r}"},
                ).subject
            )
            for u in range(per_rma):
                lpn = f"{lpn_prefix}{r:05d}{u:02d}"
                if r < exchanges:
                    keys.append(
                        outbox.enqueue(
                            session,
                            kind=OutboxKind.EXCHANGE_RELEASE,
                            rma_number=rma,
                            subject=f"exchange:{rma}:{lpn}",
                            payload={
                                "rma": rma,
                                "order": f"SO-{rma}",
                                "exchange_sku": "SKU-2",
                                "returned": refund_payload(rma, lpn)["units"][0],
                            },
                            now=now,
                        ).subject
                    )
                    continue
                keys.append(
                    outbox.enqueue(
                        session,
                        kind=OutboxKind.REFUND,
                        rma_number=rma,
                        subject=f"refund:{lpn}",
                        payload=refund_payload(rma, lpn),
                        now=now,
                    ).subject
                )
    return keys


def queue_refused_refund(engine: Engine, lpn: str = "LPN-UP-1") -> str:
    """A refund of RMA-UP-1 whose total does not add up (the shop refuses it with 422);
    returns its subject."""
    bad = {**refund_payload("RMA-UP-1", lpn), "total": "99.00"}
    with write_transaction(session_factory(engine)) as session:
        return outbox.enqueue(
            session,
            kind=OutboxKind.REFUND,
            rma_number="RMA-UP-1",
            subject=f"refund:{lpn}",
            payload=bad,
            now=utcnow(),
        ).subject


def subjects_by_key(engine: Engine) -> dict[str, str]:
    """Each queued event's subject by its idempotency key (what upstream sees)."""
    with session_factory(engine)() as session:
        return dict(session.execute(select(OutboxEvent.idempotency_key, OutboxEvent.subject)).all())


def delivered_subjects(engine: Engine, deliveries: list[dict[str, Any]]) -> list[str]:
    """The subjects of what upstream was sent (its deliveries or lines), in their order."""
    subjects = subjects_by_key(engine)
    return [subjects[d["idempotency_key"]] for d in deliveries]
