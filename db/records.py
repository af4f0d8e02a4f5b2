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

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, bindparam, update
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
    one table after the other from `start`; None for a table whose primary key is NULL (the outer-joined side found nothing)."""
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
    params = {"_id": record.id, **changed}
    if versioned:
        params["_version"] = record.version
    result = session.connection().execute(statement, params)
    if result.rowcount != 1:
        raise StaleDataError(
            f"{table.name} row {record.id} changed or went away while it was being written"
        )
    read = record.__dict__["_read"]
    read.update(changed)
    if versioned:
        record.__dict__["version"] = read["version"] = record.version + 1
