"""Label jobs: what a confirmed unit's label says, and printing a queued job exactly once.

`confirm_unit` queues a LabelJob in the decision's transaction; `print_label_job` renders it
(ZPL or PDF, by the printer's address) and hands it to a `devices.printers.Printer`, then
records the outcome on the job: printed, or failed with the printer's own words (paper out,
head open, ...).  The printer's job log keys on the job id, so a retry after a crash never
prints the same job twice; a reprint is a new job with a reason (issue #7).

Threading: call it on the printer's owning thread (one owner per printer); it opens its own
short database transactions before and after the (slow) print, never during it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import write_transaction
from db.enums import LabelJobStatus, Role
from db.models import LabelJob, Operator, Product, ReceivedUnit, Station
from db.types import utcnow
from devices.printers import Printer
from devices.printers.zpl import PrinterError
from receiving_station import audit
from receiving_station.auth import require_operator
from receiving_station.i18n.language import Writing
from receiving_station.i18n.text import Text
from receiving_station.i18n.vocabulary import word
from receiving_station.labels.layout import (
    LabelData,
    LabelSet,
    load_label_set,
    render_pdf,
    render_zpl,
    zone_of,
)
from receiving_station.receiving.views import unit_reason

#: Where each disposition goes when the product names no bin of its own.
DEFAULT_BINS = {
    "restock": "STOCK",
    "refurbish": "REFURB",
    "repair": "REPAIR",
    "return_to_vendor": "RTV",
    "quarantine": "QUARANTINE",
    "return_to_customer": "RTC",
}


def destination_bin(disposition: str, product: Product | None) -> str:
    """Where a unit goes: its product's own bin when restocked, else its disposition's area."""
    if disposition == "restock" and product is not None and product.bin_location:
        return product.bin_location
    return DEFAULT_BINS.get(disposition, disposition.upper()[:12])


@dataclass(frozen=True)
class LabelOutcome:
    job_id: int
    lpn: str
    printed: bool
    message: str


def unit_label_data(
    session: Session,
    unit: ReceivedUnit,
    *,
    template: str | None = None,
    at: dt.datetime | None = None,
    station_id: int | None = None,
    operator_id: int | None = None,
    writing: Writing | None = None,
) -> LabelData:
    """What a unit's label says, from the unit as confirmed (or as re-graded since), in
    `writing`'s language and locale (the site's; English by default)."""
    w = writing or Writing()
    product = session.query(Product).filter_by(sku=unit.sku).one_or_none() if unit.sku else None
    disposition = unit.disposition or "quarantine"
    station = (
        session.get(Station, station_id or unit.station_id)
        if (station_id or unit.station_id)
        else None
    )
    operator = (
        session.get(Operator, operator_id or unit.operator_id)
        if (operator_id or unit.operator_id)
        else None
    )
    rma = unit.parcel.rma.number if unit.parcel is not None and unit.parcel.rma else ""
    return LabelData(
        lpn=unit.lpn,
        sku=unit.sku or "UNKNOWN",
        description=(unit.line.description if unit.line is not None else None)
        or (product.description if product is not None else ""),
        grade=unit.grade or "-",
        disposition=w.say(word(disposition)),
        bin=destination_bin(disposition, product),
        date=w.date((at or utcnow()).astimezone().date()),
        station=station.name if station is not None else "",
        rma=rma,
        reason=w.say(unit_reason(unit) or ""),
        operator=operator.name if operator is not None else "",
        template=template or template_for(disposition),
        language=w.language,
    )


def label_data_of_job(session: Session, job_id: int, writing: Writing | None = None) -> LabelData:
    """What the label of job `job_id` says (the Labels section's preview)."""
    job = session.get(LabelJob, job_id)
    if job is None:
        raise LookupError(f"label job {job_id} does not exist")
    return label_data(session, job, writing)


def label_data(session: Session, job: LabelJob, writing: Writing | None = None) -> LabelData:
    """What the label of a queued job says (in `writing`'s language: the site's)."""
    unit = session.get(ReceivedUnit, job.unit_id) if job.unit_id else None
    if unit is None:
        raise LookupError(f"label job {job.id} names no unit")
    return unit_label_data(
        session,
        unit,
        template=job.template,
        at=job.created_at,
        station_id=job.station_id,
        operator_id=job.operator_id,
        writing=writing,
    )


def render(
    data: LabelData, printer: Printer, size: str, dpi: int, labels: LabelSet | None = None
) -> tuple[bytes, str]:
    """The job's bytes and kind ('zpl' or 'pdf') for this printer."""
    labels = labels or load_label_set()
    if printer.address.pdf:
        return render_pdf(labels, [data], size), "pdf"
    return render_zpl(labels, data, size, dpi), "zpl"


def print_label_job(
    sessions: sessionmaker[Session],
    job_id: int,
    printer: Printer | None,
    *,
    size: str = "4x2",
    dpi: int = 203,
    labels: LabelSet | None = None,
    writing: Writing | None = None,
) -> LabelOutcome:
    """Print one queued job (its texts in `writing`'s language: the site's) and record the
    outcome on it.  Never raises for printer trouble: the outcome says what went wrong, and
    the job stays in the log as failed."""
    with sessions() as session:
        job = session.get(LabelJob, job_id)
        if job is None:
            raise LookupError(f"label job {job_id} does not exist")
        lpn = job.lpn or ""
        if job.status == LabelJobStatus.PRINTED.value:
            return LabelOutcome(
                job_id, lpn, True, Text("labels", "label {lpn} was printed already", lpn=lpn)
            )
        content = label_data(session, job, writing)
    if printer is None:
        _record(sessions, job_id, None, "no label printer is configured for this bench", None)
        return LabelOutcome(
            job_id,
            lpn,
            False,
            Text("labels", "label {lpn} not printed: no printer set up for this bench", lpn=lpn),
        )
    data, kind = render(content, printer, size, dpi, labels)
    try:
        result = printer.print_job(f"label-{job_id}", data, kind=kind)
    except PrinterError as exc:
        _record(sessions, job_id, str(printer.address), str(exc), None, kind=kind)
        return LabelOutcome(
            job_id,
            lpn,
            False,
            Text("labels", "label {lpn} not printed: {problem}", lpn=lpn, problem=str(exc)),
        )
    text = data.decode("utf-8", errors="replace") if kind == "zpl" else None
    _record(sessions, job_id, str(printer.address), None, text, kind=kind, printed=True)
    message = (
        Text(
            "labels",
            "label {lpn} was sent to {printer} already: reprint it as a new job",
            lpn=lpn,
            printer=result.printer,
        )
        if result.already_sent
        else Text("labels", "label {lpn} printed on {printer}", lpn=lpn, printer=result.printer)
    )
    return LabelOutcome(job_id, lpn, True, message)


def _record(
    sessions: sessionmaker[Session],
    job_id: int,
    printer_url: str | None,
    error: str | None,
    content: str | None,
    *,
    kind: str = "zpl",
    printed: bool = False,
) -> None:
    with write_transaction(sessions) as session:
        job = session.get(LabelJob, job_id)
        assert job is not None
        job.attempts = (job.attempts or 0) + 1
        job.printer_url = printer_url or job.printer_url
        job.format = kind
        if printed:
            job.status = LabelJobStatus.PRINTED.value
            job.printed_at = dt.datetime.now(dt.UTC)
            job.error = None
        else:
            job.status = LabelJobStatus.FAILED.value if printer_url else job.status
            job.error = error
        if content is not None:
            job.content = content


def template_for(disposition: str) -> str:
    """The label template a unit with this disposition gets (quarantine for anything held)."""
    return {
        "restock": "restock",
        "refurbish": "refurbish",
        "repair": "refurbish",
        "return_to_vendor": "return_to_vendor",
    }.get(disposition, "quarantine")


# -- the supervisors' Labels screen -----------------------------------------------------------

WAITING = (LabelJobStatus.QUEUED.value, LabelJobStatus.FAILED.value)


class LabelActionRefused(Exception):
    """A label action that does not apply (the message says why)."""


@dataclass(frozen=True)
class LabelFilter:
    """Which label jobs to list: waiting (queued or failed) or all, by zone, disposition and
    the UTC windows of a period (Period.windows(); None: any time)."""

    waiting_only: bool = True
    zone: str | None = None
    disposition: str | None = None
    windows: tuple[tuple[dt.datetime, dt.datetime], ...] | None = None
    lpn: str | None = None


@dataclass(frozen=True)
class LabelRow:
    job_id: int
    unit_id: int | None
    lpn: str
    sku: str
    description: str
    grade: str
    disposition: str
    template: str
    bin: str
    zone: str
    station: str
    operator: str
    created_at: dt.datetime
    status: str
    error: str | None
    attempts: int
    is_reprint: bool
    reason: str | None
    printed_at: dt.datetime | None
    printer: str | None
    reprints: int  # reprints of this unit's label so far


def label_rows(session: Session, f: LabelFilter, *, limit: int = 1000) -> list[LabelRow]:
    """Label jobs, newest first (waiting ones oldest first: the order they should print in)."""
    query = (
        select(LabelJob, ReceivedUnit, Product, Station.name, Operator.name)
        .outerjoin(ReceivedUnit, ReceivedUnit.id == LabelJob.unit_id)
        .outerjoin(Product, Product.sku == ReceivedUnit.sku)
        .outerjoin(Station, Station.id == LabelJob.station_id)
        .outerjoin(Operator, Operator.id == LabelJob.operator_id)
    )
    if f.waiting_only:
        query = query.where(LabelJob.status.in_(WAITING)).order_by(LabelJob.id)
    else:
        query = query.order_by(LabelJob.id.desc())
    if f.disposition:
        query = query.where(ReceivedUnit.disposition == f.disposition)
    if f.lpn:
        query = query.where(LabelJob.lpn == f.lpn.strip().upper())
    if f.windows:
        query = query.where(
            or_(*(and_(LabelJob.created_at >= a, LabelJob.created_at < b) for a, b in f.windows))
        )
    rows = session.execute(query.limit(limit * 4 if f.zone else limit)).all()
    unit_ids = {unit.id for _, unit, *_ in rows if unit is not None}
    reprints = (
        dict(
            session.execute(
                select(LabelJob.unit_id, func.count())
                .where(LabelJob.unit_id.in_(unit_ids), LabelJob.is_reprint.is_(True))
                .group_by(LabelJob.unit_id)
            ).all()
        )
        if unit_ids
        else {}
    )
    out = []
    for job, unit, product, station, operator in rows:
        disposition = (unit.disposition if unit is not None else None) or "quarantine"
        bin_location = destination_bin(disposition, product)
        zone = zone_of(bin_location)
        if f.zone and zone != f.zone:
            continue
        out.append(
            LabelRow(
                job_id=job.id,
                unit_id=job.unit_id,
                lpn=job.lpn or "",
                sku=(unit.sku if unit is not None else None) or "",
                description=(unit.line.description if unit is not None and unit.line else None)
                or (product.description if product is not None else ""),
                grade=(unit.grade if unit is not None else None) or "-",
                disposition=disposition,
                template=job.template,
                bin=bin_location,
                zone=zone,
                station=station or "",
                operator=operator or "",
                created_at=job.created_at,
                status=job.status,
                error=job.error,
                attempts=job.attempts or 0,
                is_reprint=job.is_reprint,
                reason=job.reason,
                printed_at=job.printed_at,
                printer=job.printer_url,
                reprints=reprints.get(job.unit_id, 0),
            )
        )
        if len(out) >= limit:
            break
    return out


def label_zones(session: Session) -> list[str]:
    """The zones units are put away to (for the filter): product bins' first parts, and the
    bins of the other dispositions."""
    bins = session.scalars(select(Product.bin_location).distinct()).all()
    zones = {zone_of(b) for b in bins if b} | set(DEFAULT_BINS.values())
    return sorted(zones)


@dataclass(frozen=True)
class Reprint:
    job_id: int
    lpn: str
    reprints: int  # of this unit's label, this one included


def reprint_label(
    sessions: sessionmaker[Session],
    *,
    lpn: str,
    reason: str,
    operator_id: int,
    station_id: int | None,
    now: dt.datetime | None = None,
) -> Reprint:
    """Queue a new label job for a unit whose label was printed before: a supervisor's action
    with a reason, audited and counted.  The printer prints it as a job of its own."""
    reason = " ".join(reason.split())
    if len(reason) < 3:
        raise LabelActionRefused(
            Text("labels", "Say why the label is reprinted (torn, smudged, lost ...)")
        )
    lpn = lpn.strip().upper()
    now = now or utcnow()
    with write_transaction(sessions) as session:
        require_operator(
            session, operator_id, Role.SUPERVISOR, Text("labels", "Reprinting a label")
        )
        unit = session.scalars(select(ReceivedUnit).where(ReceivedUnit.lpn == lpn)).one_or_none()
        if unit is None:
            raise LabelActionRefused(Text("labels", "No unit has the LPN {lpn}", lpn=lpn))
        if unit.disposition is None:
            raise LabelActionRefused(
                Text(
                    "labels",
                    "{lpn} has no decision yet: it gets its label when confirmed",
                    lpn=lpn,
                )
            )
        earlier = (
            session.scalar(
                select(func.count())
                .select_from(LabelJob)
                .where(LabelJob.unit_id == unit.id, LabelJob.is_reprint.is_(True))
            )
            or 0
        )
        job = LabelJob(
            unit_id=unit.id,
            lpn=unit.lpn,
            template=template_for(unit.disposition),
            format="zpl",
            status=LabelJobStatus.QUEUED.value,
            is_reprint=True,
            reason=reason,
            operator_id=operator_id,
            station_id=station_id,
            created_at=now,
        )
        session.add(job)
        session.flush()
        audit.record(
            session,
            action="label_reprinted",
            entity_type="unit",
            entity_id=unit.lpn,
            at=now,
            operator_id=operator_id,
            station_id=station_id,
            details={"job_id": job.id, "reason": reason, "reprint": earlier + 1},
        )
        return Reprint(job.id, unit.lpn, earlier + 1)


def queue_batch(
    sessions: sessionmaker[Session],
    job_ids: list[int],
    *,
    operator_id: int,
    station_id: int | None,
    now: dt.datetime | None = None,
) -> list[int]:
    """A supervisor sends waiting jobs to the printer: the jobs still waiting, in order, with
    one audit line for the batch (each job then records its own outcome)."""
    now = now or utcnow()
    with write_transaction(sessions) as session:
        require_operator(
            session, operator_id, Role.SUPERVISOR, Text("labels", "Printing a batch of labels")
        )
        waiting = list(
            session.scalars(
                select(LabelJob.id)
                .where(LabelJob.id.in_(job_ids), LabelJob.status.in_(WAITING))
                .order_by(LabelJob.id)
            )
        )
        if not waiting:
            raise LabelActionRefused(
                Text("labels", "None of these labels is waiting: they are printed already")
            )
        audit.record(
            session,
            action="label_batch_printed",
            entity_type="label_jobs",
            entity_id=f"{waiting[0]}..{waiting[-1]}",
            at=now,
            operator_id=operator_id,
            station_id=station_id,
            details={"jobs": waiting},
        )
    return waiting
