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
from db.models import LabelJob, Product, ReceivedUnit, Station
from db.types import utcnow
from devices.printers import Printer
from devices.printers.pdf import pdf_label
from devices.printers.zpl import LabelContent, PrinterError, unit_label

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


def label_content(session: Session, job: LabelJob) -> LabelContent:
    """What the label of a queued job says, from the unit as confirmed."""
    unit = session.get(ReceivedUnit, job.unit_id) if job.unit_id else None
    if unit is None:
        raise LookupError(f"label job {job.id} names no unit")
    product = session.query(Product).filter_by(sku=unit.sku).one_or_none() if unit.sku else None
    disposition = unit.disposition or "quarantine"
    bin_location = (
        product.bin_location if product is not None and product.bin_location else None
    ) or DEFAULT_BINS.get(disposition, disposition.upper()[:12])
    station = session.get(Station, job.station_id) if job.station_id else None
    rma = unit.parcel.rma.number if unit.parcel is not None and unit.parcel.rma else ""
    stamp = (job.created_at or utcnow()).astimezone().strftime("%Y-%m-%d")
    note = " ".join(x for x in (stamp, station.name if station else "") if x)
    return LabelContent(
        lpn=unit.lpn,
        sku=unit.sku or "UNKNOWN",
        description=(unit.line.description if unit.line is not None else None)
        or (product.description if product is not None else ""),
        grade=unit.grade or "-",
        disposition=disposition,
        bin_location=bin_location,
        rma=rma,
        note=note,
    )


def render(content: LabelContent, printer: Printer, size: str, dpi: int) -> tuple[bytes, str]:
    """The job's bytes and kind ('zpl' or 'pdf') for this printer."""
    if printer.address.pdf:
        return pdf_label(content, size), "pdf"
    return unit_label(content, size, dpi), "zpl"


def print_label_job(
    sessions: sessionmaker[Session],
    job_id: int,
    printer: Printer | None,
    *,
    size: str = "4x2",
    dpi: int = 203,
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
        content = label_content(session, job)
    if printer is None:
        _record(sessions, job_id, None, "no label printer is configured for this bench", None)
        return LabelOutcome(
            job_id, lpn, False, f"label {lpn} not printed: no printer set up for this bench"
        )
    data, kind = render(content, printer, size, dpi)
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
