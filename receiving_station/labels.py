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

from sqlalchemy.orm import Session, sessionmaker

from db.engine import write_transaction
from db.enums import LabelJobStatus
from db.models import LabelJob, Operator, Product, ReceivedUnit, Station
from db.types import utcnow
from devices.printers import Printer
from devices.printers.zpl import PrinterError
from receiving_station.label_layout import (
    LabelData,
    LabelSet,
    load_label_set,
    render_pdf,
    render_zpl,
)

#: Where each disposition goes when the product names no bin of its own.
DEFAULT_BINS = {
    "restock": "STOCK",
    "refurbish": "REFURB",
    "repair": "REPAIR",
    "return_to_vendor": "RTV",
    "quarantine": "QUARANTINE",
    "return_to_customer": "RTC",
}


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
) -> LabelData:
    """What a unit's label says, from the unit as confirmed (or as re-graded since)."""
    product = session.query(Product).filter_by(sku=unit.sku).one_or_none() if unit.sku else None
    disposition = unit.disposition or "quarantine"
    bin_location = (
        (product.bin_location if product is not None and product.bin_location else None)
        if disposition == "restock"
        else None
    )
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
        disposition=disposition,
        bin=bin_location or DEFAULT_BINS.get(disposition, disposition.upper()[:12]),
        date=(at or utcnow()).astimezone().strftime("%Y-%m-%d"),
        station=station.name if station is not None else "",
        rma=rma,
        reason=unit.rule_reason or "",
        operator=operator.name if operator is not None else "",
        template=template or template_for(disposition),
    )


def label_data(session: Session, job: LabelJob) -> LabelData:
    """What the label of a queued job says."""
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
) -> LabelOutcome:
    """Print one queued job and record the outcome on it.  Never raises for printer trouble:
    the outcome says what went wrong, and the job stays in the log as failed."""
    with sessions() as session:
        job = session.get(LabelJob, job_id)
        if job is None:
            raise LookupError(f"label job {job_id} does not exist")
        lpn = job.lpn or ""
        if job.status == LabelJobStatus.PRINTED.value:
            return LabelOutcome(job_id, lpn, True, f"label {lpn} was printed already")
        content = label_data(session, job)
    if printer is None:
        _record(sessions, job_id, None, "no label printer is configured for this bench", None)
        return LabelOutcome(
            job_id, lpn, False, f"label {lpn} not printed: no printer set up for this bench"
        )
    data, kind = render(content, printer, size, dpi, labels)
    try:
        result = printer.print_job(f"label-{job_id}", data, kind=kind)
    except PrinterError as exc:
        _record(sessions, job_id, str(printer.address), str(exc), None, kind=kind)
        return LabelOutcome(job_id, lpn, False, f"label {lpn} not printed: {exc}")
    text = data.decode("utf-8", errors="replace") if kind == "zpl" else None
    _record(sessions, job_id, str(printer.address), None, text, kind=kind, printed=True)
    message = result.message if result.already_sent else f"label {lpn} printed ({result.message})"
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
