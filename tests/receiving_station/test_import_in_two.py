"""A big file imported on two cores (importing/parallel.py): read and checked in a process of its
own while this one writes, with the same result, the same problems and the same all or nothing
as one process.  The reader commits every COMMIT_EVERY (1,000) parts: files here are a few
thousand rows so that writing has begun when a later row shows a problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from db.engine import session_factory
from db.models import Parcel, Product, Rma, RmaLine
from receiving_station.cli import main
from receiving_station.importing import parallel
from receiving_station.importing.importer import import_file, import_text
from receiving_station.importing.records import ImportFailed

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
HEADER = "rma_number,order_number,market,channel,line_no,sku,quantity,unit_price,currency,tracking_number"


def _rows(returns: int, start: int = 0) -> list[str]:
    """Two lines a return, a parcel each, 50 products."""
    return [
        f"RMA-T2-{n:06d},SO-T2-{n:06d},SE,post,{line},T2-{(n + line) % 50:03d},1,99.00,SEK,"
        f"TRKT2{n:010d}"
        for n in range(start, start + returns)
        for line in (1, 2)
    ]


def _feed(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _counts(engine: Engine) -> tuple[int, ...]:
    with session_factory(engine)() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Rma, RmaLine, Parcel, Product)
        )


@pytest.fixture
def in_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file is read in a second process, however small."""
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)


@pytest.mark.usefixtures("in_two")
def test_samples_import_in_two_processes_as_in_one(engine: Engine) -> None:
    first = import_file(engine, SAMPLES / "returns.csv")
    assert (first.rmas_created, first.lines_created, first.parcels_created) == (3, 4, 3)
    second = import_file(engine, SAMPLES / "returns.json")
    assert (second.rmas_created, second.lines_created, second.parcels_created) == (2, 2, 2)
    again = import_file(engine, SAMPLES / "returns.csv")
    assert (again.rmas_created, again.rmas_updated, again.rmas_unchanged) == (0, 0, 3)
    assert _counts(engine) == (5, 6, 5, 6)


@pytest.mark.usefixtures("in_two")
def test_a_big_file_is_written_as_it_is_read(engine: Engine, tmp_path: Path) -> None:
    result = import_file(engine, _feed(tmp_path / "feed.csv", _rows(2_500)))
    assert (result.rmas_created, result.lines_created, result.parcels_created) == (
        2_500,
        5_000,
        2_500,
    )
    assert result.products_created == 50
    assert _counts(engine) == (2_500, 5_000, 2_500, 50)
    with session_factory(engine)() as session:
        last = session.scalars(select(Rma).where(Rma.number == "RMA-T2-002499")).one()
        assert [(line.line_no, line.sku) for line in last.lines] == [(1, "T2-000"), (2, "T2-001")]
        assert [p.tracking_number for p in last.parcels] == ["TRKT20000002499"]


@pytest.mark.usefixtures("in_two")
def test_a_problem_late_in_the_file_leaves_nothing_of_what_was_written(
    engine: Engine, tmp_path: Path
) -> None:
    """Writing began with the first thousand returns; a bad row and a return with a line
    number twice come later: both named, as one process names them, and nothing stays."""
    rows = _rows(2_500)
    rows[4_200] = rows[4_200].replace(",1,99.00,", ",x,99.00,")
    rows[4_401] = rows[4_401].replace(",2,T2-", ",1,T2-")
    path = _feed(tmp_path / "feed.csv", rows)
    with pytest.raises(ImportFailed) as caught:
        import_file(engine, path)
    expected = [
        "line 4202, quantity: 'x' is not a whole number",
        "line 4403, line_no: line 1 of RMA-T2-002200 is also on line 4402",
    ]
    assert [str(p) for p in caught.value.problems] == expected
    assert _counts(engine) == (0, 0, 0, 0)
    with pytest.raises(ImportFailed) as in_one:
        import_text(engine, path.read_text(encoding="utf-8"), "csv")
    assert [str(p) for p in in_one.value.problems] == expected


@pytest.mark.usefixtures("in_two")
def test_a_problem_of_a_whole_return_alone_stops_the_writing(
    engine: Engine, tmp_path: Path
) -> None:
    rows = _rows(2_500)
    rows[4_401] = rows[4_401].replace(",2,T2-", ",1,T2-")
    with pytest.raises(ImportFailed) as caught:
        import_file(engine, _feed(tmp_path / "feed.csv", rows))
    assert [str(p) for p in caught.value.problems] == [
        "line 4403, line_no: line 1 of RMA-T2-002200 is also on line 4402"
    ]
    assert _counts(engine) == (0, 0, 0, 0)


@pytest.mark.usefixtures("in_two")
def test_a_return_whose_rows_come_apart_is_written_whole(engine: Engine, tmp_path: Path) -> None:
    """The file's first return has a third row at its end, after 2,000 others were written:
    the writing starts again from the file read back whole, as one process writes it."""
    rows = _rows(2_500)
    rows.append("RMA-T2-000000,SO-T2-000000,SE,post,3,T2-049,2,99.00,SEK,TRKT20000000000")
    result = import_file(engine, _feed(tmp_path / "feed.csv", rows))
    assert (result.rmas_created, result.lines_created) == (2_500, 5_001)
    assert _counts(engine) == (2_500, 5_001, 2_500, 50)
    with session_factory(engine)() as session:
        first = session.scalars(select(Rma).where(Rma.number == "RMA-T2-000000")).one()
        assert [(line.line_no, line.quantity) for line in first.lines] == [(1, 1), (2, 1), (3, 2)]
    rows[-1] = rows[-1].replace(",SE,post,3,", ",NO,post,3,")
    with pytest.raises(ImportFailed) as caught:
        import_file(engine, _feed(tmp_path / "changed.csv", rows))
    assert [str(p) for p in caught.value.problems] == [
        "line 5002, market: NO differs from SE on line 2 for the same RMA"
    ]


@pytest.mark.usefixtures("in_two")
def test_a_clash_with_what_is_stored_is_named_and_nothing_written(
    engine: Engine, tmp_path: Path
) -> None:
    import_file(engine, SAMPLES / "returns.csv")  # owns RR123456785SE
    before = _counts(engine)
    rows = _rows(2_500)
    rows[4_800] = rows[4_800].replace("TRKT20000002400", "RR123456785SE")
    with pytest.raises(ImportFailed) as caught:
        import_file(engine, _feed(tmp_path / "feed.csv", rows))
    assert [str(p) for p in caught.value.problems] == [
        "line 4802, tracking_number: RR123456785SE already belongs to RMA-SE-100001"
    ]
    assert _counts(engine) == before


def test_a_reader_that_stops_is_an_error_and_nothing_is_written(
    engine: Engine, tmp_path: Path
) -> None:
    path = _feed(tmp_path / "feed.csv", _rows(10))
    gone = tmp_path / "gone.csv"  # the reader is told of a file that is not there
    with pytest.raises(parallel.ReaderFailed, match="the import's reader failed"):
        parallel.import_in_two(engine, gone, "csv", source="gone.csv")
    assert _counts(engine) == (0, 0, 0, 0)
    assert import_file(engine, path).rmas_created == 10


def test_the_command_shows_both_bars_for_a_file_read_in_two(
    in_two: None, tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _feed(tmp_path / "feed.csv", _rows(1_500))
    assert main(["import", str(path), "--database", database_url, "--progress"]) == 0
    captured = capsys.readouterr()
    assert "1500 returns (1500 new" in captured.out
    bars = captured.err.replace("\r", "\n")
    assert "checking: 100%" in bars and "3001/3001" in bars and "lines/s" in bars
    assert "writing: 100%" in bars and "1500/1500" in bars and "returns/s" in bars


def test_the_writing_bar_counts_without_a_total_until_the_file_is_read(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """While a big file is still being read, how many returns it holds is not known: the
    writing is told a total of 0 (not the returns read so far, which made the bar say 100 %
    all along), and the bar shows its count and rate, no percentage, until it is known."""
    from receiving_station.cli.importing import Bars

    told: list[tuple[str, int, int]] = []
    path = _feed(tmp_path / "feed.csv", _rows(2_500))
    parallel.import_in_two(
        engine, path, "csv", source="feed.csv", progress=lambda *said: told.append(said)
    )
    writing = [(done, total) for phase, done, total in told if phase == "writing"]
    assert writing[-1] == (2_500, 2_500)
    assert all(total in (0, 2_500) for _done, total in writing), writing
    bars = Bars()
    bars("writing", 12_000, 0)
    bars("writing", 40_000, 40_000)
    bars.close()
    shown = [line for line in capsys.readouterr().err.replace("\r", "\n").splitlines() if line]
    assert shown[0].startswith("writing: 0 returns [") and "%" not in shown[0], shown
    assert shown[-1].startswith("writing: 100%") and "40000/40000" in shown[-1], shown
