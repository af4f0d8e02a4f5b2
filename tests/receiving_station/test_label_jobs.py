"""The Labels screen's core: which jobs wait, the job log, batches and reprints (roles,
reasons, audit, counts), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from db.engine import session_factory
from db.models import AuditEntry, LabelJob
from receiving_station.auth import PermissionDenied
from receiving_station.bench.state import BenchInput
from receiving_station.demo.data import generate_demo_data
from receiving_station.labels.jobs import (
    LabelActionRefused,
    LabelFilter,
    label_rows,
    label_zones,
    queue_batch,
    reprint_label,
)
from tests.helpers.bench import TODAY, make_bench, walk
from tests.helpers.operators import operator_of


@pytest.fixture
def jobs(engine: Engine) -> Engine:
    summary = generate_demo_data(engine, returns=30, seed=7, today=TODAY)
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))
    for scenario in summary.scenarios:
        assert walk(bench, scenario) == []
    return engine


def test_waiting_log_and_filters(jobs: Engine) -> None:
    with session_factory(jobs)() as session:
        waiting = label_rows(session, LabelFilter())
        everything = label_rows(session, LabelFilter(waiting_only=False))
        total = session.scalar(select(func.count()).select_from(LabelJob))
        assert len(waiting) == len(everything) == total and total >= 5
        assert [r.job_id for r in waiting] == sorted(r.job_id for r in waiting)  # print order
        assert [r.job_id for r in everything] == sorted(
            (r.job_id for r in everything), reverse=True
        )
        restock = label_rows(session, LabelFilter(disposition="restock"))
        assert restock and {r.disposition for r in restock} == {"restock"}
        zone = restock[0].zone
        assert zone in label_zones(session)
        assert {r.zone for r in label_rows(session, LabelFilter(zone=zone))} == {zone}
        one = label_rows(session, LabelFilter(waiting_only=False, lpn=waiting[0].lpn.lower()))
        assert [r.lpn for r in one] == [waiting[0].lpn]
        assert label_rows(session, LabelFilter(windows=())) == waiting  # no windows: any time


def test_batches_and_reprints_are_for_supervisors_with_reasons(jobs: Engine) -> None:
    sessions = session_factory(jobs)
    ops = {role: operator_of(jobs, role) for role in ("staff", "lead", "supervisor")}
    with sessions() as session:
        rows = label_rows(session, LabelFilter())
    ids = [r.job_id for r in rows[:3]]
    with pytest.raises(PermissionDenied, match="needs a supervisor"):
        queue_batch(sessions, ids, operator_id=ops["lead"], station_id=None)
    assert queue_batch(sessions, ids, operator_id=ops["supervisor"], station_id=None) == ids
    with sessions() as session:
        for job_id in ids[:2]:
            job = session.get(LabelJob, job_id)
            assert job is not None
            job.status = "printed"
        session.commit()
    # Only what still waits goes to the printer; nothing waiting is said plainly.
    assert queue_batch(sessions, ids, operator_id=ops["supervisor"], station_id=None) == ids[2:]
    with pytest.raises(LabelActionRefused, match="printed already"):
        queue_batch(sessions, ids[:2], operator_id=ops["supervisor"], station_id=None)

    lpn = rows[0].lpn
    with pytest.raises(PermissionDenied):
        reprint_label(sessions, lpn=lpn, reason="torn", operator_id=ops["staff"], station_id=None)
    with pytest.raises(LabelActionRefused, match="Say why"):
        reprint_label(
            sessions, lpn=lpn, reason=" x ", operator_id=ops["supervisor"], station_id=None
        )
    with pytest.raises(LabelActionRefused, match="No unit has the LPN LPN404"):
        reprint_label(
            sessions, lpn="lpn404", reason="torn", operator_id=ops["supervisor"], station_id=None
        )
    first = reprint_label(
        sessions, lpn=lpn.lower(), reason="torn", operator_id=ops["supervisor"], station_id=None
    )
    second = reprint_label(
        sessions,
        lpn=lpn,
        reason="smudged  by   rain",
        operator_id=ops["supervisor"],
        station_id=None,
    )
    assert (first.reprints, second.reprints) == (1, 2) and first.lpn == lpn
    with sessions() as session:
        job = session.get(LabelJob, second.job_id)
        assert job is not None and job.is_reprint and job.reason == "smudged by rain"
        assert job.status == "queued"
        audits = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "label_reprinted").order_by(AuditEntry.id)
        ).all()
        assert [a.details["reprint"] for a in audits] == [1, 2]
        (row,) = [
            r
            for r in label_rows(session, LabelFilter(waiting_only=False, lpn=lpn))
            if r.job_id == second.job_id
        ]
        assert row.reprints == 2
        batches = session.scalar(
            select(func.count()).where(AuditEntry.action == "label_batch_printed")
        )
        assert batches == 2


def test_a_label_prints_in_the_sites_language(jobs: Engine) -> None:
    """The shipped templates' banner and instruction, the disposition, the reason and the
    date in the site's language (ZPL as UTF-8); a site's own template text as written."""
    import datetime as dt

    from db.models import ReceivedUnit
    from receiving_station.i18n.language import Writing
    from receiving_station.labels.jobs import label_data
    from receiving_station.labels.layout import load_label_set, render_zpl

    swedish = Writing.for_language("sv", "sv_SE")
    with session_factory(jobs)() as session:
        restock = session.scalars(
            select(LabelJob)
            .join(ReceivedUnit, ReceivedUnit.id == LabelJob.unit_id)
            .where(ReceivedUnit.disposition == "restock")
        ).first()
        held = session.scalars(
            select(LabelJob)
            .join(ReceivedUnit, ReceivedUnit.id == LabelJob.unit_id)
            .where(ReceivedUnit.disposition == "quarantine")
        ).first()
        assert restock is not None and held is not None
        english = label_data(session, restock)
        data = label_data(session, restock, swedish)
        quarantine = label_data(session, held, swedish)
    assert english.disposition == "restock" and english.language == "en"
    assert data.language == "sv" and data.disposition == "tillbaka i lager"
    assert data.date == swedish.date(restock.created_at.astimezone().date())
    assert dt.date.fromisoformat(data.date)  # sv_SE writes dates as ISO
    labels = load_label_set()
    zpl = render_zpl(labels, data, "4x2").decode()
    assert "TILLBAKA I LAGER" in zpl and "St_C3_A4ll in p_C3_A5" in zpl  # "Ställ in på"
    held_zpl = render_zpl(labels, quarantine, "4x6").decode()
    assert "KARANT_C3_84N - SP_C3_84RRAD" in held_zpl  # KARANTÄN - SPÄRRAD
    assert "karantän" in quarantine.reason and "Grad" in quarantine.reason
    assert "TILLBAKA" not in render_zpl(labels, english, "4x2").decode()
