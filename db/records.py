"""Rows read with SQLAlchemy Core as plain objects, and what a use case changed in them
written back as one UPDATE.

The bench's hot path (a unit confirmed, an item received) reads a few joined rows and writes a
few columns of one or two of them.  Through the ORM that costs more Python than everything
else the bench does (loading the objects, the unit of work's flush: docs/benchmarks.md, item
4); through Core it is the statements alone.  A `Record` has the row's columns as attributes
(by the model's attribute names), the objects it was read with (`unit.parcel`, `parcel.rma`,
given by the reader), and remembers what it was read as, so `write` sends only the columns
the use case set, in one UPDATE, with the row's optimistic version checked and moved on as
the ORM does.  Assign new values; a JSON column's value changed in place is not seen.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    bindparam,
    event,
    func,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

_UPDATES: dict[tuple[str, frozenset[str]], Any] = {}


class Record:
    """One row of `table` as read (`values`: column key -> value), plus related records."""

    def __init__(self, table: Any, values: dict[str, Any], **related: Any) -> None:
        self.__dict__.update(values)
        self.__dict__.update(related)
        self.__dict__["_table"] = table
        self.__dict__["_read"] = dict(values)

    def __getattr__(self, name: str) -> Any:  # a column or relation the reader did not give
        raise AttributeError(f"{self.__dict__['_table'].name} record has no {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:  # any column, or a related record
        self.__dict__[name] = value

    def __repr__(self) -> str:
        return f"<{self._table.name} record {self.__dict__.get('id')}>"

    def changes(self) -> dict[str, Any]:
        """The columns set since the row was read, with their new values."""
        read = self.__dict__["_read"]
        return {
            key: value
            for key, value in self.__dict__.items()
            if key in read and (value is not read[key] and value != read[key])
        }


def split(row: Sequence[Any], tables: Sequence[Any], start: int = 0) -> list[Record | None]:
    """The records of `tables`, whose columns (all of them, in the table's order) are in `row`
    one table after the other from `start`; None for a table whose primary key is NULL (the
    outer-joined side found nothing)."""
    found: list[Record | None] = []
    position = start
    for table in tables:
        keys, primary = _layout(table)
        end = position + len(keys)
        values = dict(zip(keys, row[position:end], strict=True))
        found.append(None if row[position + primary] is None else Record(table, values))
        position = end
    return found


_LAYOUTS: dict[Any, tuple[tuple[str, ...], int]] = {}


def _layout(table: Any) -> tuple[tuple[str, ...], int]:
    """A table's column keys in order, and where its (one-column) primary key is among them."""
    layout = _LAYOUTS.get(table)
    if layout is None:
        keys = tuple(column.key for column in table.c)
        (primary,) = table.primary_key.columns
        layout = _LAYOUTS[table] = (keys, keys.index(primary.key))
    return layout


def write(session: Session, record: Record) -> None:
    """Send what changed in `record` as one UPDATE of its row in the session's transaction;
    with a `version` column, only where it is still the version read, and moved on by one (as
    the ORM's optimistic versioning does: a row changed behind the reader's back is an
    error, not overwritten).  Nothing changed: no statement."""
    changed = record.changes()
    if not changed:
        return
    table: Table = record._table
    versioned = "version" in table.c
    stale = f"{table.name} row {record.id} changed or went away while it was being written"
    connection = session.connection()
    if _deferring(connection):  # held, its values bound in (see below)
        where = [table.c.id == record.id]
        values: dict[Any, Any] = {
            table.c[name]: value for name, value in _python_side(table, "onupdate", changed).items()
        }
        if versioned:
            where.append(table.c.version == record.version)
            values[table.c.version] = table.c.version + 1
        _defer(connection, update(table).where(*where).values(values), stale, (table, record.id))
    else:
        params = {"_id": record.id, **changed}
        if versioned:
            params["_version"] = record.version
        if connection.execute(_update_statement(table, changed, versioned), params).rowcount != 1:
            raise StaleDataError(stale)
    read = record.__dict__["_read"]
    read.update(changed)
    if versioned:
        record.__dict__["version"] = read["version"] = record.version + 1


def _update_statement(table: Table, changed: dict[str, Any], versioned: bool) -> Any:
    """The UPDATE of these changed columns, with bound parameters, built once per shape."""
    key = (table.name, frozenset(changed))
    statement = _UPDATES.get(key)
    if statement is None:
        statement = update(table).where(table.c.id == bindparam("_id", type_=table.c.id.type))
        if versioned:
            statement = statement.where(
                table.c.version == bindparam("_version", type_=table.c.version.type)
            ).values(version=table.c.version + 1)
        statement = statement.values(
            {table.c[name]: bindparam(name, type_=table.c[name].type) for name in changed}
        )
        _UPDATES[key] = statement
    return statement


def insert_rows(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts of the same columns) into `table` in the session's transaction:
    on SQLite one statement at once; on PostgreSQL a row a statement, held and sent with the
    transaction's next statement (below)."""
    if not rows:
        return
    connection = session.connection()
    if _deferring(connection):
        for row in rows:  # a row a statement: SQLAlchemy caches those, not a multi-row VALUES
            _defer(
                connection, insert(table).values(_python_side(table, "default", row)), None, None
            )
    else:
        connection.execute(insert(table), rows)


# -- writes sent with the next statement (PostgreSQL) -----------------------------------------
#
# On PostgreSQL every statement is a round trip to the server, and on a busy bench PC each
# round trip waits for a core twice (the server's backend, then the bench's worker: issue #23,
# benchmarks/wakeups.py).  A decision's writes (the rows it changed, its outbox events, its
# audit lines) need no answer but "done" and "still the version read", so they wait on the
# connection and go out together as one statement (each a data-modifying WITH query, its rows
# counted) just before whatever the transaction sends next: a read, another write to the same
# row, a savepoint, or the COMMIT.  The transaction is the same one, so all or nothing holds
# as before; a row changed behind the reader's back is the same StaleDataError, raised before
# the COMMIT.  SQLite has no round trips: there a write goes at once.

_WAITING: weakref.WeakKeyDictionary[Connection, list[tuple[Any, str | None, Any]]] = (
    weakref.WeakKeyDictionary()
)


def _deferring(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


_PYTHON_SIDE: dict[tuple[Any, str], tuple[tuple[str, Any], ...]] = {}


def _python_side(table: Any, kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """`values` with the columns' Python-side `default`s (an INSERT) or `onupdate`s (an
    UPDATE) it lacks: SQLAlchemy fills those in for a statement it runs, not for one inside a
    WITH query."""
    found = _PYTHON_SIDE.get((table, kind))
    if found is None:
        found = _PYTHON_SIDE[(table, kind)] = tuple(
            (column.key, default)
            for column in table.c
            if (default := getattr(column, kind)) is not None
            and (default.is_scalar or default.is_callable)
        )
    missing = [(key, default) for key, default in found if key not in values]
    if not missing:
        return values
    return {
        **values,
        **{
            key: default.arg if default.is_scalar else default.arg(None) for key, default in missing
        },
    }


def _defer(connection: Connection, statement: Any, stale: str | None, row: Any) -> None:
    waiting = _WAITING.setdefault(connection, [])
    if len(waiting) >= _AT_MOST or (
        row is not None and any(other == row for _s, _m, other in waiting)
    ):  # a statement of bounded size; and one statement may not change a row twice
        send_waiting(connection)
        waiting = _WAITING.setdefault(connection, [])
    waiting.append((statement, stale, row))


_AT_MOST = 32  # writes in one statement (a loop of audit lines stays far from 65,535 parameters)


def send_waiting(connection: Connection) -> None:
    """Send the writes waiting on `connection` now, as one statement."""
    waiting = _WAITING.pop(connection, None)
    if not waiting:
        return
    if len(waiting) == 1 and waiting[0][1] is None:
        connection.execute(waiting[0][0])
        return
    counted = [
        statement.returning(literal_column("1")).cte(f"write_{index}")
        for index, (statement, _stale, _row) in enumerate(waiting)
    ]
    counts = connection.execute(
        select(*(select(func.count()).select_from(cte).scalar_subquery() for cte in counted))
    ).one()
    for (_statement, stale, _row), count in zip(waiting, counts, strict=True):
        if stale is not None and count != 1:
            raise StaleDataError(stale)


def _send_first(connection: Connection, *_args: Any) -> None:
    if connection in _WAITING:
        send_waiting(connection)


def _forget(connection: Connection, *_args: Any) -> None:
    _WAITING.pop(connection, None)


for _name in ("before_execute", "commit", "savepoint"):
    event.listen(Engine, _name, _send_first)
for _name in ("rollback", "rollback_savepoint"):
    event.listen(Engine, _name, _forget)
