"""The bench controller: every scenario by scans and keys, stepping back, errors, and a
recording replayed through the same controller gives the same database."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from db.engine import create_engine_for_url, session_factory
from db.migrate import upgrade_database
from db.models import AuditEntry, ExceptionCase, LabelJob, OutboxEvent, ReceivedUnit
from devices.printers import JobLog, Printer
from devices.simulators.printer_sim import PrinterSimulator
from receiving_station.bench.controller import BenchController
from receiving_station.bench.recording import Recorder, RecordingError, read_recording, replay
from receiving_station.bench.state import BenchInput, Stage
from receiving_station.demo.data import DEMO_PIN, Scenario, generate_demo_data
from receiving_station.labels.jobs import print_label_job
from receiving_station.receiving.results import Feedback
from tests.helpers.bench import NOW, TODAY, make_bench, walk


def test_every_scenario_by_scans_and_keys(engine: Engine) -> None:
    summary = generate_demo_data(engine, returns=40, seed=3, today=TODAY)
    bench = make_bench(engine)
    assert bench.state.stage == Stage.SIGNED_OUT
    refused = bench.handle(BenchInput("scan", summary.scenarios[0].parcel_code))
    assert refused.feedback == Feedback.ERROR and "Sign in" in refused.message
    assert bench.handle(BenchInput("scan", "B-1001")).state.operator is not None
    for scenario in summary.scenarios:
        assert walk(bench, scenario) == [], scenario.name
        assert bench.state.stage == Stage.READY and bench.state.parcel is None
    with session_factory(engine)() as session:
        units = session.scalars(select(ReceivedUnit).where(ReceivedUnit.operator_id.is_not(None)))
        fresh = [u for u in units if u.received_at == NOW]
        assert fresh and all(u.status in ("confirmed", "held") for u in fresh)
        jobs = session.scalar(
            select(func.count()).select_from(LabelJob).where(LabelJob.created_at == NOW)
        )
        assert jobs == len(fresh)
        types = set(
            session.scalars(select(ExceptionCase.type).where(ExceptionCase.created_at == NOW))
        )
        assert {"blind_return", "serial_mismatch", "weight_mismatch", "unexpected_item"} <= types


def test_pin_login_photo_grade_and_stepping_back(engine: Engine) -> None:
    summary = generate_demo_data(engine, returns=20, seed=5, today=TODAY)
    normal = summary.scenarios[0]
    bench = make_bench(engine)
    names = [o.name for o in bench.operators()]
    assert names == sorted(names) and len(names) >= 3
    wrong = bench.handle(BenchInput("login", "B-1001", pin="0000"))
    assert wrong.feedback == Feedback.ERROR and "wrong PIN" in wrong.message
    assert bench.handle(BenchInput("login", "B-1001", pin=DEMO_PIN)).feedback == Feedback.ACCEPTED

    bench.handle(BenchInput("scan", normal.parcel_code))
    assert bench.state.stage == Stage.PARCEL and bench.state.parcel is not None
    early = bench.handle(BenchInput("key", "ENTER"))
    assert early.feedback == Feedback.ERROR and "nothing to confirm" in early.message
    bench.handle(BenchInput("weight", str(normal.weight_kg)))
    assert bench.state.parcel.measured_weight_kg == normal.weight_kg
    bench.handle(BenchInput("scan", normal.item_codes[0]))
    assert bench.state.stage == Stage.CHECKLIST and bench.state.unit is not None
    questions = len(bench.state.questions)
    too_soon = bench.handle(BenchInput("key", "1"))
    assert too_soon.feedback == Feedback.ERROR and "answer first" in too_soon.message
    bench.handle(BenchInput("key", "Y"))
    bench.handle(BenchInput("key", "ESC"))  # takes the answer back
    assert bench.state.answers == ()
    for _ in range(questions):
        bench.handle(BenchInput("key", "N"))
    photo = bench.handle(BenchInput("key", "4"))  # D: needs a photo
    assert photo.feedback == Feedback.ATTENTION and bench.state.stage == Stage.PHOTO
    assert bench.handle(BenchInput("key", "P")).wants_photo
    graded = bench.handle(BenchInput("photo", "/photos/d.jpg"))
    assert bench.state.stage == Stage.DECIDE and graded.state.decision is not None
    bench.handle(BenchInput("key", "ESC"))  # ungrade
    assert bench.state.stage == Stage.GRADE
    bench.handle(BenchInput("scan", "CMD:GRADE_B"))
    assert bench.state.stage == Stage.DECIDE and bench.state.unit.grade == "B"
    confirmed = bench.handle(BenchInput("scan", "CMD:CONFIRM"))
    assert confirmed.print_job is not None and bench.state.unit is None
    # Esc on a freshly scanned unit cancels its receipt (wrong item picked up).
    bench.handle(BenchInput("scan", normal.item_codes[1]))
    lpn = bench.state.unit.lpn
    bench.handle(BenchInput("key", "ESC"))
    assert bench.state.unit is None and bench.state.stage == Stage.PARCEL
    with session_factory(engine)() as session:
        assert (
            session.scalar(select(ReceivedUnit.status).where(ReceivedUnit.lpn == lpn))
            == "cancelled"
        )
    bench.handle(BenchInput("key", "F12"))
    assert bench.state.stage == Stage.SIGNED_OUT and bench.state.parcel is not None
    bench.handle(BenchInput("scan", "B-1001"))
    bench.handle(BenchInput("scan", "CMD:LOGOUT"))
    assert bench.state.stage == Stage.SIGNED_OUT
    # The next person carries on with the parcel on the bench.
    bench.handle(BenchInput("scan", "B-1002"))
    assert bench.state.stage == Stage.PARCEL


def test_recording_replays_to_the_same_outcome(engine: Engine, tmp_path: Path) -> None:
    summary = generate_demo_data(engine, returns=30, seed=7, today=TODAY)
    stream = io.StringIO()
    bench = make_bench(engine, Recorder(stream, "BENCH-01"))
    bench.handle(BenchInput("login", "B-1001", pin=DEMO_PIN))
    for scenario in summary.scenarios:
        walk(bench, scenario)
    text = stream.getvalue()
    assert '"pin":' not in text and '"pin_ok": true' in text  # how it went, never the PIN
    assert f'"{DEMO_PIN}"' not in text  # PINs are never recorded
    header, *lines = [json.loads(line) for line in text.splitlines()]
    assert header["recording"] == 1 and header["station"] == "BENCH-01"
    assert {line["kind"] for line in lines} >= {"login", "scan", "weight", "key"}

    with session_factory(engine)() as session:
        before = session.scalar(select(func.count()).select_from(ReceivedUnit))
        outbox_before = session.scalar(select(func.count()).select_from(OutboxEvent))
    # Replay on a second, identical database (SQLite): the same units and events.
    other = create_engine_for_url(f"sqlite:///{tmp_path / 'replay.sqlite3'}")
    upgrade_database(other)
    generate_demo_data(other, returns=30, seed=7, today=TODAY)
    replayed = replay(make_bench(other), read_recording(io.StringIO(text)))
    assert replayed.errors == []
    assert replayed.units_confirmed > 5
    with session_factory(other)() as session:
        assert session.scalar(select(func.count()).select_from(ReceivedUnit)) == before
        assert session.scalar(select(func.count()).select_from(OutboxEvent)) == outbox_before


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not JSON"),
        ('["a"]', "not a JSON object"),
        ('{"kind": "dance", "value": "x"}', "needs kind"),
        ('{"recording": 9}', "version 9"),
        ('{"kind": "scan", "value": "x", "t": NaN}', "t must be seconds"),
        ('{"kind": "scan", "value": "x", "t": Infinity}', "t must be seconds"),
        ('{"kind": "scan", "value": "x", "t": true}', "t must be seconds"),
        ('{"kind": "scan", "value": "x", "pin_ok": true}', "on a login only"),
        ('{"kind": "login", "value": "B-1", "pin_ok": "yes"}', "true or false"),
    ],
)
def test_broken_recordings_name_the_line(line: str, reason: str) -> None:
    text = '{"recording": 1, "station": "B"}\n{"kind": "scan", "value": "B-1001"}\n' + line
    with pytest.raises(RecordingError, match=f"line 3: .*{reason}"):
        list(read_recording(io.StringIO(text)))


def test_a_confirmed_label_prints_once(engine: Engine, tmp_path: Path) -> None:
    summary = generate_demo_data(engine, returns=20, seed=5, today=TODAY)
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))
    scenario = summary.scenarios[0]
    bench.handle(BenchInput("scan", scenario.parcel_code))
    bench.handle(BenchInput("weight", str(scenario.weight_kg)))
    bench.handle(BenchInput("scan", scenario.item_codes[0]))
    while bench.state.stage == Stage.CHECKLIST:
        bench.handle(BenchInput("key", "Y"))
    bench.handle(BenchInput("key", "1"))
    job_id = bench.handle(BenchInput("key", "ENTER")).print_job
    assert job_id is not None
    sessions = session_factory(engine)
    sim = PrinterSimulator(save_dir=tmp_path / "labels").start()
    try:
        printer = Printer(sim.url, JobLog(tmp_path / "jobs.jsonl"), timeout=2)
        sim.model.set(paper_out=True)
        refused = print_label_job(sessions, job_id, printer)
        assert not refused.printed and "paper out" in refused.message
        sim.model.set(paper_out=False)
        done = print_label_job(sessions, job_id, printer)
        assert done.printed
        again = print_label_job(sessions, job_id, printer)
        assert again.printed and "already" in again.message
        assert len(sim.labels) == 1
        label = sim.labels[0].decode()
        assert bench.state.parcel is not None and scenario.parcel_code
        with sessions() as session:
            job = session.get(LabelJob, job_id)
            assert job is not None and job.status == "printed" and job.attempts == 2
            assert job.lpn and job.lpn in label and job.content == label
            unit = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == job.lpn))
            assert unit is not None and unit.sku and unit.sku in label
        assert print_label_job(sessions, job_id, None).printed  # printed stays printed
    finally:
        sim.stop()


def test_sign_in_and_out_are_audited(engine: Engine) -> None:
    generate_demo_data(engine, returns=10, seed=5, today=TODAY)
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))
    bench.handle(BenchInput("logout", "idle for 10 minutes"))
    unknown = bench.handle(BenchInput("scan", "B-NOBODY"))
    assert unknown.feedback == Feedback.ERROR and "not known" in unknown.message
    with session_factory(engine)() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action).where(AuditEntry.action.in_(["signed_in", "signed_out"]))
            )
        )
    assert actions == ["signed_in", "signed_out"]


def test_cli_replay(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from receiving_station.cli import main

    database = tmp_path / "bench.sqlite3"
    assert main(["demo-data", "--database", str(database), "--returns", "20", "--seed", "5"]) == 0
    capsys.readouterr()

    engine = create_engine_for_url(f"sqlite:///{database}")
    with session_factory(engine)() as session:
        from receiving_station.demo.data import scenarios_in

        scenario = scenarios_in(session)[0]
    engine.dispose()
    log = tmp_path / "session.jsonl"
    lines = [{"recording": 1, "station": "BENCH-02"}, {"kind": "scan", "value": "B-1001"}]
    lines += [{"kind": "scan", "value": scenario.parcel_code}]
    lines += [{"kind": "weight", "value": str(scenario.weight_kg)}]
    log.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert main(["replay", str(log), "--database", str(database)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["inputs"] == 3 and summary["errors"] == []
    log.write_text('{"kind": "scan"}\n')
    assert main(["replay", str(log), "--database", str(database)]) == 2
    assert "line 1" in capsys.readouterr().err
    assert main(["replay", str(tmp_path / "missing.jsonl"), "--database", str(database)]) == 2


def test_a_database_that_does_not_answer_is_a_clear_error(engine: Engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError

    summary = generate_demo_data(engine, returns=10, seed=5, today=TODAY)
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))

    def down(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(bench.workflow, "open_parcel", down)
    update = bench.handle(BenchInput("scan", summary.scenarios[0].parcel_code))
    assert update.feedback == Feedback.ERROR
    assert "database did not answer (connection refused)" in update.message
    assert "Nothing was saved" in update.message and bench.state.parcel is None


def _open_with_missing(engine: Engine) -> tuple[BenchController, Scenario, Scenario]:
    """A signed-in bench with the `normal` scenario's parcel open, one of its two items in."""
    summary = generate_demo_data(engine, returns=20, seed=5, today=TODAY)
    scenarios = {s.name: s for s in summary.scenarios}
    normal, other = scenarios["normal"], scenarios["late"]
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))
    bench.handle(BenchInput("scan", normal.parcel_code))
    bench.handle(BenchInput("weight", str(normal.weight_kg)))
    bench.handle(BenchInput("scan", normal.item_codes[0]))
    while bench.state.stage == Stage.CHECKLIST:
        bench.handle(BenchInput("key", "Y"))
    bench.handle(BenchInput("key", "1"))
    assert bench.handle(BenchInput("key", "ENTER")).print_job is not None
    assert bench.state.stage == Stage.PARCEL and bench.state.parcel is not None
    return bench, normal, other


def _missing_items(engine: Engine) -> int:
    with session_factory(engine)() as session:
        return session.scalar(
            select(func.count())
            .select_from(ExceptionCase)
            .where(ExceptionCase.type == "missing_item", ExceptionCase.created_at == NOW)
        )


def test_closing_with_items_missing_asks_and_only_the_f9_key_again_closes(
    engine: Engine,
) -> None:
    bench, normal, _ = _open_with_missing(engine)
    parcel = bench.state.parcel
    assert parcel is not None and parcel.rma is not None
    rma = parcel.rma.number
    expected = sum(line.quantity for line in parcel.rma.lines)
    missing = sum(line.remaining for line in parcel.rma.lines)
    assert missing >= 1

    asked = bench.handle(BenchInput("key", "F9"))
    assert asked.feedback == Feedback.ATTENTION
    assert f"{rma} still expects {missing} of {expected} items:" in asked.message
    assert "F9" not in asked.message  # the next step is the prompt's, said once
    closing = bench.state.closing
    assert closing is not None and closing.missing == missing and closing.items()
    # The top prompt says the same next step.
    assert bench.state.prompt.startswith(f"Press F9 again to close {rma} with {missing} item")
    assert "Esc keeps it open" in bench.state.prompt
    assert bench.state.parcel is not None and _missing_items(engine) == 0

    # Esc keeps it open (and so does any other key).
    kept = bench.handle(BenchInput("key", "ESC"))
    assert kept.feedback == Feedback.ACCEPTED and "Not closed" in kept.message
    assert bench.state.closing is None and bench.state.parcel is not None
    assert "F9 closes the parcel" in bench.state.prompt
    bench.handle(BenchInput("key", "F9"))
    assert bench.state.closing is not None
    other_key = bench.handle(BenchInput("key", "ENTER"))
    assert "Not closed" in other_key.message and bench.state.closing is None
    assert bench.state.parcel is not None

    # A scan never confirms: not the command barcode (it asks again) ...
    bench.handle(BenchInput("key", "F9"))
    again = bench.handle(BenchInput("scan", "CMD:CLOSE_PARCEL"))
    assert again.feedback == Feedback.ATTENTION and "still expects" in again.message
    assert bench.state.prompt.startswith("Press F9 again")
    assert bench.state.closing is not None and bench.state.parcel is not None
    # ... nor an F9 typed by a scanner (a scan, whatever its characters).
    typed = bench.handle(BenchInput("scan", "F9"))
    assert typed.feedback == Feedback.ERROR and bench.state.closing is None
    assert bench.state.parcel is not None and _missing_items(engine) == 0

    # A weight reading while it asks does not answer it; the F9 key does.
    bench.handle(BenchInput("key", "F9"))
    bench.handle(BenchInput("weight", str(normal.weight_kg)))
    assert bench.state.closing is not None
    closed = bench.handle(BenchInput("key", "F9"))
    assert "closed" in closed.message and "never arrived" in closed.message
    assert bench.state.parcel is None and bench.state.closing is None
    assert bench.state.stage == Stage.READY and _missing_items(engine) == 1


def test_a_scan_while_it_asks_is_handled_as_usual(engine: Engine) -> None:
    bench, normal, _ = _open_with_missing(engine)
    bench.handle(BenchInput("key", "F9"))
    assert bench.state.closing is not None
    update = bench.handle(BenchInput("scan", normal.item_codes[1]))  # the missing item turned up
    assert update.feedback != Feedback.ERROR and bench.state.unit is not None
    assert bench.state.closing is None
    while bench.state.stage == Stage.CHECKLIST:
        bench.handle(BenchInput("key", "Y"))
    bench.handle(BenchInput("key", "1"))
    bench.handle(BenchInput("key", "ENTER"))
    # Nothing missing now: one F9 closes, with nothing for a lead.
    closed = bench.handle(BenchInput("key", "F9"))
    assert closed.feedback == Feedback.ACCEPTED and bench.state.parcel is None
    assert _missing_items(engine) == 0


def test_the_next_parcel_sets_one_with_items_missing_aside_still_open(engine: Engine) -> None:
    """A scan never closes a parcel with items missing: the next parcel opens, the first stays
    open at this bench (no missing-item case), and scanning it again goes on with it."""
    from db.models import Parcel

    bench, normal, other = _open_with_missing(engine)
    parcel = bench.state.parcel
    assert parcel is not None
    update = bench.handle(BenchInput("scan", other.parcel_code))
    assert update.feedback == Feedback.ATTENTION, update.message
    assert f"Parcel {parcel.tracking_number} set aside, still open" in update.message
    assert "scan it again to go on with it" in update.message
    assert bench.state.parcel is not None and bench.state.parcel.parcel_id != parcel.parcel_id
    assert _missing_items(engine) == 0
    with session_factory(engine)() as session:
        assert session.get(Parcel, parcel.parcel_id).status == "open"  # type: ignore[union-attr]
    # Back to the first: it opens again as it was, and its missing item can still come in.
    again = bench.handle(BenchInput("scan", normal.parcel_code))
    assert again.feedback != Feedback.ERROR, again.message
    assert bench.state.parcel is not None and bench.state.parcel.parcel_id == parcel.parcel_id
    bench.handle(BenchInput("scan", normal.item_codes[1]))
    while bench.state.stage == Stage.CHECKLIST:
        bench.handle(BenchInput("key", "Y"))
    bench.handle(BenchInput("key", "1"))
    bench.handle(BenchInput("key", "ENTER"))
    # Nothing missing now: the next parcel's scan closes this one as before.
    update = bench.handle(BenchInput("scan", other.parcel_code))
    assert update.feedback != Feedback.ERROR, update.message
    assert bench.state.parcel is not None and bench.state.parcel.tracking_number != (
        parcel.tracking_number
    )
    with session_factory(engine)() as session:
        assert session.get(Parcel, parcel.parcel_id).status == "closed"  # type: ignore[union-attr]
    assert _missing_items(engine) == 0


def test_a_recording_with_the_asked_close_replays_the_same(engine: Engine, tmp_path: Path) -> None:
    stream = io.StringIO()
    summary = generate_demo_data(engine, returns=20, seed=5, today=TODAY)
    normal = next(s for s in summary.scenarios if s.name == "normal")
    bench = make_bench(engine, Recorder(stream, "BENCH-01"))
    bench.handle(BenchInput("scan", "B-1001"))
    walk(bench, replace(normal, item_codes=normal.item_codes[:1]))
    assert bench.state.parcel is None and _missing_items(engine) == 1
    keys = [json.loads(line).get("value") for line in stream.getvalue().splitlines()[1:]]
    assert keys[-2:] == ["F9", "F9"]
    other = create_engine_for_url(f"sqlite:///{tmp_path / 'replay.sqlite3'}")
    upgrade_database(other)
    generate_demo_data(other, returns=20, seed=5, today=TODAY)
    replayed = replay(make_bench(other), read_recording(io.StringIO(stream.getvalue())))
    assert replayed.errors == [] and _missing_items(other) == 1
    other.dispose()


def test_signing_out_forgets_the_question(engine: Engine) -> None:
    """Whoever signs in next did not see what F9 asked: their F9 asks again."""
    bench, _, _ = _open_with_missing(engine)
    bench.handle(BenchInput("key", "F9"))
    assert bench.state.closing is not None
    bench.handle(BenchInput("logout", "idle for 10 minutes"))
    assert bench.state.closing is None and bench.state.stage == Stage.SIGNED_OUT
    bench.handle(BenchInput("login", "B-1002", pin=DEMO_PIN))
    asked = bench.handle(BenchInput("key", "F9"))
    assert asked.feedback == Feedback.ATTENTION and bench.state.closing is not None
    assert bench.state.parcel is not None and _missing_items(engine) == 0


_RECORDED = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**9), 10**9)
    | st.floats(allow_nan=True)
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["kind", "value", "t", "pin_ok", "language", "recording", "station"]),
            children,
            max_size=5,
        )
    ),
    max_leaves=15,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_RECORDED.map(json.dumps), st.text(max_size=30)), max_size=6))
def test_any_recording_is_read_or_refused_naming_its_line(lines: list[str]) -> None:
    """Property (issue #20): a recording's lines are read or refused with a RecordingError that
    names the line; never another exception (NaN, Infinity, lists where words are wanted)."""
    try:
        list(read_recording(iter(lines)))
    except RecordingError as refused:
        assert str(refused)
