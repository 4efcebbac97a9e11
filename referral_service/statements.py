"""The busiest requests' statements, compiled once and run straight on the driver's cursor.

A referral read or submit is a handful of small statements, and SQLAlchemy's execution path
(an execution context, the cursor's description turned into result metadata, a result object)
costs the worker more CPU than the server spends on each of them: measured on the referral read,
0.27 ms through `Connection.execute` against 0.13 ms on the driver's cursor, for the same row.

`Prepared` keeps the Core statement as the one definition of the SQL. On PostgreSQL it compiles
it once and runs it on the DBAPI connection under the SQLAlchemy `Connection` it is given, so in
the same transaction, converting values both ways with the column types' own processors, as
SQLAlchemy would. Elsewhere (SQLite, the embedded default) it runs through SQLAlchemy unchanged.

Only statements whose every value is an explicit bound parameter qualify: no Python-side column
defaults computed at execution time, no expanding IN lists. `Prepared` checks that when it
compiles. Every other statement in the service goes through the session as usual.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Mapping

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql import Executable

Processor = Callable[[Any], Any] | None
# Where a pooled connection keeps each Prepared statement's cursor (its `info`).
_CURSORS = "prepared_cursors"


@dataclass
class _Compiled:
    """A statement's SQL for one dialect, its parameters' converters, and (after the first run) its columns'."""

    sql: str
    statement: Any  # SQLAlchemy's compiled form, which fills in parameters the statement holds itself
    binds: dict[str, Processor]
    names: tuple[str, ...]
    results: list[Processor] | None = field(default=None)


class Prepared:
    """A Core statement run with the least machinery; `rows`, `first` and `run` take the request's Connection."""

    def __init__(self, statement: Executable):
        """Wrap the statement; it is compiled on first use for each dialect."""
        self.statement = statement
        self._compiled: dict[str, _Compiled] = {}

    def rows(self, conn: Connection, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Every row the statement returns, as dicts keyed by column label."""
        if conn.dialect.name != "postgresql":
            return [dict(row._mapping) for row in conn.execute(self.statement, dict(params))]
        compiled, cursor = self._execute(conn, params)
        found = cursor.fetchall()
        if compiled.results is None:
            compiled.results = _result_processors(self.statement, conn.dialect, cursor.description)
        return [_row(compiled, values) for values in found]

    def first(self, conn: Connection, params: Mapping[str, Any]) -> dict[str, Any] | None:
        """The first row, or None."""
        found = self.rows(conn, params)
        return found[0] if found else None

    def run(self, conn: Connection, params: Mapping[str, Any]) -> None:
        """Run a statement whose rows (if any) nobody reads."""
        if conn.dialect.name != "postgresql":
            conn.execute(self.statement, dict(params))
            return
        self._execute(conn, params)

    def stream(self, conn: Connection, params: Mapping[str, Any], size: int = 1000) -> Iterator[list[tuple]]:
        """The rows as tuples, `size` at a time, sent by the server as it produces them.

        On PostgreSQL one statement streamed (psycopg's `Cursor.stream`, in chunks of `size` rows),
        not a server-side cursor fetched batch by batch: no round trip per batch, and the plan made
        for the whole result. Closing the iterator early (a client gone mid-export) cancels the
        statement. Elsewhere SQLAlchemy's `yield_per`, which SQLite reads as it goes anyway.
        Close the iterator before the connection (`contextlib.closing`): a stream left part way
        holds the driver connection until then.
        """
        if conn.dialect.name != "postgresql":
            result = conn.execution_options(yield_per=size).execute(self.statement, dict(params))
            yield from result.tuples().partitions()
            return
        compiled = self._compiled.get(conn.dialect.name) or self._compile(conn.dialect)
        cursor = conn.connection.driver_connection.cursor()
        rows = cursor.stream(compiled.sql, self._values(compiled, params), size=size)
        try:
            for chunk in _chunks(rows, size):
                if compiled.results is None:  # the columns are described once the first rows are in
                    compiled.results = _result_processors(self.statement, conn.dialect, cursor.description)
                if any(compiled.results):
                    chunk = [_converted(compiled.results, values) for values in chunk]
                yield chunk
        except conn.dialect.loaded_dbapi.Error as exc:
            conn._handle_dbapi_exception(exc, compiled.sql, None, cursor, None)
        finally:
            rows.close()  # first: a stream left part way holds the connection's lock until it is closed
            cursor.close()

    def _execute(self, conn: Connection, params: Mapping[str, Any]):
        compiled = self._compiled.get(conn.dialect.name) or self._compile(conn.dialect)
        cursor = self._cursor(conn)
        try:
            cursor.execute(compiled.sql, self._values(compiled, params))
        except conn.dialect.loaded_dbapi.Error as exc:
            conn.connection.info[_CURSORS].pop(self, None)
            cursor.close()
            # SQLAlchemy's own handling, as for any statement it runs: the error wrapped as a
            # DBAPIError (parameters hidden), and on a lost connection the pool invalidated, so
            # that the 503 and the recovery after a database restart are the same on this path.
            conn._handle_dbapi_exception(exc, compiled.sql, None, cursor, None)
        return compiled, cursor

    def _cursor(self, conn: Connection):
        """This statement's own cursor on the connection, kept for its next run there.

        A psycopg cursor that runs the same query string again reuses the adapters it made for
        the last run's parameters and columns; a new cursor per run made them anew every time.
        The cursors live in the pooled connection's `info`, which SQLAlchemy empties when it
        discards the connection. A cursor keeps its last result until its next run: the hot
        statements' results are a row or a few.
        """
        pooled = conn.connection
        cursors = pooled.info.get(_CURSORS)
        if cursors is None:
            cursors = pooled.info[_CURSORS] = {}
        cursor = cursors.get(self)
        if cursor is None or cursor.closed:
            cursor = cursors[self] = pooled.driver_connection.cursor()
        return cursor

    @staticmethod
    def _values(compiled: _Compiled, params: Mapping[str, Any]) -> dict[str, Any]:
        values = compiled.statement.construct_params(params)
        for name, convert in compiled.binds.items():
            if convert is not None:
                values[name] = convert(values[name])
        return values

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect)
        computed = compiled.insert_prefetch or compiled.update_prefetch  # column defaults run in Python
        if computed:
            raise ValueError(f"Prepared runs no column defaults: give {[c.key for c in computed]} values")
        if compiled.post_compile_params or any(bind.expanding for bind in compiled.binds.values()):
            raise ValueError("Prepared takes no expanding IN lists")
        # Keyed as construct_params() names them: anonymous parameters get their rendered names.
        binds = {compiled.bind_names[bind]: bind.type.dialect_impl(dialect).bind_processor(dialect)
                 for bind in compiled.binds.values()}
        names = tuple(column.key for column in getattr(self.statement, "exported_columns", ()))
        result = self._compiled[dialect.name] = _Compiled(compiled.string, compiled, binds, names)
        return result


def _result_processors(statement: Executable, dialect: Dialect, description) -> list[Processor]:
    """Each column's converter, from its type and the type the server reported (as SQLAlchemy picks it)."""
    return [column.type.dialect_impl(dialect).result_processor(dialect, described.type_code)
            for column, described in zip(statement.exported_columns, description)]


def _chunks(rows: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for values in rows:
        chunk.append(values)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _converted(processors: list[Processor], values: tuple) -> tuple:
    return tuple(convert(value) if convert else value for convert, value in zip(processors, values))


def _row(compiled: _Compiled, values) -> dict[str, Any]:
    return {name: (convert(value) if convert else value)
            for name, convert, value in zip(compiled.names, compiled.results, values)}
