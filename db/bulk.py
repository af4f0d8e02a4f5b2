"""Many new rows inserted at the database driver's speed, in the caller's transaction.

The ORM, and even Core's executemany, spend most of an import's time in Python on each row
(parameters built and processed one by one); this compiles the INSERT once with SQLAlchemy,
converts each value with the column type's own bind processor (money to minor units, JSON,
UTC times), and hands the rows to the driver's executemany: sqlite3's runs in C, psycopg's
pipelines them.  The rows are plain new rows: no ORM object sees them; ids are read back by
their unique keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, exc, insert


def insert_many(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (each with the same keys, column names) into `table`.  A column the rows
    leave out takes its scalar default (version 1, ...); one with a computed default must be
    given."""
    if not rows:
        return
    dialect = connection.dialect
    keys = list(rows[0])
    defaults = {
        column.key: column.default.arg  # type: ignore[attr-defined]
        for column in table.c
        if column.key not in keys and column.default is not None and column.default.is_scalar
    }
    columns = [*keys, *defaults]
    compiled = insert(table).compile(dialect=dialect, column_keys=columns, for_executemany=True)
    convert: list[tuple[str, Callable[[Any], Any] | None, Any]] = [
        (key, table.c[key].type.dialect_impl(dialect).bind_processor(dialect), defaults.get(key))
        for key in columns
    ]
    if dialect.name == "postgresql":  # COPY: PostgreSQL's own bulk load, in this transaction
        preparer = dialect.identifier_preparer
        names = ", ".join(preparer.quote(table.c[key].name) for key in columns)
        cursor = connection.connection.cursor()
        statement = f"COPY {preparer.format_table(table)} ({names}) FROM STDIN"
        try:
            with cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(
                        [
                            (process(row.get(key, default)) if process else row.get(key, default))
                            for key, process, default in convert
                        ]
                    )
        except dialect.loaded_dbapi.Error as error:
            raise _wrapped(statement, error, dialect) from error
        finally:
            cursor.close()
        return
    order = compiled.positiontup
    if order is not None:  # qmark (sqlite3): values in the statement's order
        place = {key: n for n, key in enumerate(columns)}
        convert = [convert[place[key]] for key in order]
        params: list[Any] = [
            tuple(
                (process(row.get(key, default)) if process else row.get(key, default))
                for key, process, default in convert
            )
            for row in rows
        ]
    else:  # pyformat (psycopg): by name
        params = [
            {
                key: (process(row.get(key, default)) if process else row.get(key, default))
                for key, process, default in convert
            }
            for row in rows
        ]
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(str(compiled), params)
    except dialect.loaded_dbapi.Error as error:
        raise _wrapped(str(compiled), error, dialect) from error
    finally:
        cursor.close()


def _wrapped(statement: str, error: Exception, dialect: Any) -> exc.StatementError:
    """The driver's error as SQLAlchemy raises it elsewhere (IntegrityError for a duplicate
    key ...), so callers catch one kind of error."""
    return exc.DBAPIError.instance(statement, None, error, dialect.loaded_dbapi.Error)
