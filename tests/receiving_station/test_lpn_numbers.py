"""LPN numbers on a shared database: never handed out twice, and on PostgreSQL taken from a
sequence, so a bench holding its transaction open does not make the others wait (the site
benchmark found ten benches queueing 80 ms a scan for the one locked counter row)."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from sqlalchemy import Engine, event, select, text

from db.engine import WRITE_OPTION, create_engine_for_url, session_factory, write_transaction
from db.migrate import alembic_config, upgrade_database
from db.models import Sequence
from receiving_station.codes.lpn import is_valid_lpn, lpns_start_after, next_lpn
from tests.conftest import _fresh_postgres_engine


def test_lpns_are_never_handed_out_twice(engine: Engine) -> None:
    sessions = session_factory(engine)
    taken: list[str] = []
    lock = threading.Lock()
    failures: list[BaseException] = []

    def bench(number: int) -> None:
        try:
            for n in range(40):
                with sessions() as session:
                    session.connection(execution_options={WRITE_OPTION: True})
                    lpn = next_lpn(session)
                    if (n + number) % 5 == 0:
                        session.rollback()  # a decision that failed: its LPN is not used
                        continue
                    session.commit()
                with lock:
                    taken.append(lpn)
        except BaseException as exc:  # pragma: no cover - shown by the assert
            failures.append(exc)

    threads = [threading.Thread(target=bench, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not failures
    assert len(taken) == 4 * 32
    assert len(set(taken)) == len(taken)
    assert all(is_valid_lpn(lpn) for lpn in taken)


def test_a_bench_holding_its_transaction_does_not_hold_up_the_others(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: the second bench waits for the lock")
    sessions = session_factory(engine)
    with write_transaction(sessions) as first:
        held = next_lpn(first)  # and the transaction goes on (the bench is still deciding)
        with write_transaction(sessions) as second:
            second.execute(text("SET LOCAL lock_timeout = '1s'"))  # waiting would fail here
            other = next_lpn(second)
    assert held != other
    assert int(other[3:12]) == int(held[3:12]) + 1


def test_lpns_start_after_a_number(engine: Engine) -> None:
    sessions = session_factory(engine)
    with write_transaction(sessions) as session:
        lpns_start_after(session, 4_200)
    with write_transaction(sessions) as session:
        assert next_lpn(session) == "LPN0000042017"


def test_the_migration_carries_the_counter_over(postgres_server) -> None:  # type: ignore[no-untyped-def]
    engine = _fresh_postgres_engine(postgres_server)
    url = engine.url.render_as_string(hide_password=False)
    upgrade_database(engine, "0014")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO sequences (name, value) VALUES ('lpn', 700)"))
    upgrade_database(engine)
    sessions = session_factory(engine)
    with write_transaction(sessions) as session:
        assert next_lpn(session) == "LPN0000007016"
    engine.dispose()
    command.downgrade(alembic_config(url), "0014")  # the row carries on from the sequence
    engine = create_engine_for_url(url)
    with session_factory(engine)() as session:
        assert session.scalar(select(Sequence.value).where(Sequence.name == "lpn")) == 701
    engine.dispose()


def test_sqlite_takes_ten_numbers_at_a_time_and_each_process_its_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two bench processes on one SQLite file (two engines here): each keeps the rest of the
    block it took once its transaction committed; nothing is handed out twice."""
    url = f"sqlite:///{tmp_path / 'two.sqlite3'}"
    first, second = create_engine_for_url(url), create_engine_for_url(url)
    upgrade_database(first)
    updates = [0]

    def count(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        updates[0] += statement.startswith("UPDATE sequences")

    taken: list[str] = []
    for engine in (first, second):
        event.listen(engine, "before_cursor_execute", count)
    for n in range(30):
        engine = first if n % 3 else second
        with write_transaction(session_factory(engine)) as session:
            taken.append(next_lpn(session))
    assert len(set(taken)) == 30 and all(is_valid_lpn(lpn) for lpn in taken)
    assert updates[0] == 2 + 1  # 20 from the first (2 blocks), 10 from the second (1 block)
    numbers = sorted(int(lpn[3:12]) for lpn in taken)
    assert numbers == list(range(1, 31))  # no gap while both run
    first.dispose()
    second.dispose()


def test_a_block_taken_by_a_transaction_that_rolled_back_is_not_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine_for_url(f"sqlite:///{tmp_path / 'back.sqlite3'}")
    upgrade_database(engine)
    sessions = session_factory(engine)
    with pytest.raises(RuntimeError), write_transaction(sessions) as session:
        assert next_lpn(session) == "LPN0000000017"
        raise RuntimeError("the decision failed")
    with write_transaction(sessions) as session:  # the counter rolled back with it
        assert next_lpn(session) == "LPN0000000017"
    with write_transaction(sessions) as session:  # and the rest of that block is this one's
        assert next_lpn(session) == "LPN0000000024"
    with write_transaction(sessions) as session:
        lpns_start_after(session, 7_000)  # numbers written by hand: no kept number is used
    with write_transaction(sessions) as session:
        assert next_lpn(session) == "LPN0000070010"
    engine.dispose()
