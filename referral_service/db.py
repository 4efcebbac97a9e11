"""Engine, typed model base, one session per request (committed once, by the request), and
several INSERTs sent as one statement."""
from __future__ import annotations

import functools
import time
from datetime import datetime, timezone
from typing import Any, Mapping, Sequence

import orjson
from flask import current_app, g
from sqlalchemy import DateTime, MetaData, Table, bindparam, create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import InvalidatePoolError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from . import jsontext
from .files import private_sqlite_file
from .statements import Prepared

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps naive UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def normalize_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whatever driver the URL names."""
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


# A database that does not answer fails a request after this long (a 503), not a worker timeout.
CONNECT_TIMEOUT_SECONDS = 5
# PostgreSQL: no statement on the request pool waits longer than this for a lock (then 55P03).
# Set once per connection, not per transaction: it saves a submit the round trip of a SET LOCAL.
# The Idempotency-Key claim relies on it (idempotency.IN_FLIGHT_WAIT_MS); a wait that must not be
# bounded (a sealer told to wait) lifts it for its own transaction.
LOCK_TIMEOUT_MS = 10_000


# JSON columns written and read by orjson (a submit writes eight JSON values; the standard
# encoder escaped every Chinese character). The stored values are the same; on SQLite, where the
# column is text, new rows have no spaces after separators.
JSON_COLUMNS: dict[str, Any] = {"json_serializer": jsontext.dumps, "json_deserializer": orjson.loads}
# PostgreSQL: each process's request pool, and its reference counters' pool, which every request
# thread may also hold at once. The same size for both: a smaller counter pool closed and reopened
# its overflow under load (114 new sessions, a fork and a login each, for every 1,000 submits).
POOL: dict[str, Any] = {"pool_size": 5, "max_overflow": 5, "pool_recycle": 1800}


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    if url.startswith("sqlite"):
        private_sqlite_file(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **JSON_COLUMNS)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # let SQLAlchemy's BEGIN below take the write lock
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # Writers queue on SQLite's lock up front instead of failing when they upgrade mid-way;
            # long reads (exports) ask for `readonly` so they never hold the write lock.
            conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("readonly") else "BEGIN IMMEDIATE")

        return engine
    return _ping_when_idle(create_engine(url, **POOL, **JSON_COLUMNS,
                                         connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS,
                                                       "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}"}))


# A pooled connection idle for longer than this is pinged before it is handed out.
PING_AFTER_IDLE_SECONDS = 0.25


def _ping_when_idle(engine: Engine) -> Engine:
    """Find a connection the server dropped (a restart, a failover) when it is checked out.

    So that no request after the database is back fails on a dead connection, a connection that
    sat in the pool for longer than PING_AFTER_IDLE_SECONDS is pinged first, and replaced if the
    ping fails. Under load connections go back out within milliseconds and cost no ping: a
    restart cannot happen in between unseen. A request that loses its connection midway gets a
    503, and SQLAlchemy then replaces every connection of the pool.
    """

    @event.listens_for(engine, "checkin")
    def _idle_since(_dbapi_conn, record):
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_conn, record, _proxy):
        # Taken, not read: the new connection the pool makes after a failed ping is not pinged.
        idle_since = record.info.pop("idle_since", None)
        if idle_since is None or time.monotonic() - idle_since <= PING_AFTER_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # noqa: BLE001 - whatever the failure, the pool connects afresh
            # As pool_pre_ping does: every connection older than this one is replaced too.
            raise InvalidatePoolError("a pooled connection did not answer a ping") from exc

    return engine


def make_autonomous_engine(url: str) -> Engine | None:
    """PostgreSQL: a small pool for single statements that commit on their own, at once.

    Reference counters use it, so that their row lock lasts one statement instead of a whole
    request. Its commits do not wait for the disk: the request's own commit, later in the
    write-ahead log, flushes them, so nothing a client was told survives a crash without them.
    Requests never wait on one another through it: it is not the request pool, though it is as
    large (POOL).
    """
    url = normalize_url(url)
    if url.startswith("sqlite"):
        return None
    return _ping_when_idle(create_engine(
        url, isolation_level="AUTOCOMMIT", **POOL, **JSON_COLUMNS,
        connect_args={"options": "-c synchronous_commit=off", "connect_timeout": CONNECT_TIMEOUT_SECONDS}))


class Database:
    """The engines and session factory of one app."""

    def __init__(self, url: str):
        self.engine = make_engine(url)
        self.autonomous = make_autonomous_engine(url)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        self.engine.dispose()
        if self.autonomous is not None:
            self.autonomous.dispose()

    def read_session(self) -> Session:
        """A session for long reads (exports): on SQLite it never takes the write lock."""
        return self.sessionmaker(bind=self.engine.execution_options(readonly=True))


def database() -> Database:
    return current_app.extensions["referral_db"]


class RequestDb:
    """The request's database work: one connection and one transaction, committed once by the request.

    It stands in for the request's ORM Session. A read or a submit runs only Core statements on
    `connection()`, and an ORM Session costs a request some 90 µs of CPU to open, commit and
    close, more than a statement does: so the Session is made only when something asks for one
    (any other Session method, through `__getattr__`), and then on the same connection, in
    charge of the same transaction. `commit`, `rollback` and `close` end whichever is open.
    """

    def __init__(self, db: Database):
        """Nothing is opened until the first statement."""
        self._db = db
        self._connection: Connection | None = None
        self._session: Session | None = None
        self._alone = False
        self._deferred: list[tuple[Prepared, Mapping[str, Any]]] = []

    def statements_alone(self) -> None:
        """PostgreSQL: run each statement as its own transaction, for a request that only reads.

        Such a request writes one row, its access-log entry, and that INSERT then commits itself
        (synchronous_commit on, before the response as always): a BEGIN and a COMMIT fewer, two
        round trips of a read's five. Its reads see each its own snapshot, which a single-object
        read does not notice. Called before the first statement; SQLite keeps one transaction.
        """
        self._alone = True

    def connection(self) -> Connection:
        """The request's connection, in a transaction (begun on first use, and again after a commit)."""
        if self._session is not None:
            return self._session.connection()
        conn = self._connection
        if conn is None:
            conn = self._connection = self._db.engine.connect()
            if self._alone and conn.dialect.name == "postgresql":
                conn.execution_options(isolation_level="AUTOCOMMIT")
        if not conn.in_transaction():
            conn.begin()
        return conn

    def orm(self) -> Session:
        """The ORM Session, on the request's connection and in charge of its transaction."""
        if self._session is None:
            self._session = self._db.sessionmaker(bind=self.connection(), join_transaction_mode="control_fully")
        return self._session

    def __getattr__(self, name: str) -> Any:
        return getattr(self.orm(), name)

    def get_bind(self) -> Engine:
        """The engine, as a Session's `get_bind()` gives it (its dialect; a per-database cache key)."""
        return self._db.engine

    def defer(self, statement: Prepared, params: Mapping[str, Any]) -> None:
        """A write to run in this transaction before it commits.

        The request's access-log entry may take it along in its own statement (`take_deferred`):
        one round trip for both. Whatever is left runs at `commit`; a rollback drops it.
        """
        self._deferred.append((statement, params))

    def take_deferred(self, statement: Prepared) -> Mapping[str, Any] | None:
        """The parameters of a deferred run of `statement`, now the caller's to run; None if there is none."""
        for n, (deferred, params) in enumerate(self._deferred):
            if deferred is statement:
                del self._deferred[n]
                return params
        return None

    def commit(self) -> None:
        """Commit what the request did (its deferred writes and the Session's pending objects first)."""
        deferred, self._deferred = self._deferred, []
        for statement, params in deferred:
            statement.run(self.connection(), params)
        if self._session is not None:
            self._session.commit()
        elif self._connection is not None and self._connection.in_transaction():
            self._connection.commit()

    def rollback(self) -> None:
        """Undo what the request did; the next statement begins a new transaction."""
        self._deferred = []
        if self._session is not None:
            self._session.rollback()
        elif self._connection is not None and self._connection.in_transaction():
            self._connection.rollback()

    def close(self) -> None:
        """Give the connection back to the pool (rolling back whatever was not committed)."""
        try:
            if self._session is not None:
                self._session.close()
        finally:
            if self._connection is not None:
                self._connection.close()


def session() -> Session:
    """The request's database work (a RequestDb, used as a Session), opened on first use."""
    request_g = g._get_current_object()  # one lookup through the proxy, not three
    if "db_session" not in request_g:
        request_g.db_session = RequestDb(database())
    return request_g.db_session


def take_session() -> Session | None:
    """The request's database work, handed over once to be committed or rolled back; None if none was opened."""
    return g._get_current_object().pop("db_session", None)


def insert_together(conn: Connection, rows: Sequence[tuple[Table, Mapping[str, Any]]]) -> None:
    """Insert one row into each table, in order: on PostgreSQL in one statement, one round trip.

    The earlier INSERTs become data-modifying CTEs of the last; foreign keys are checked at the
    end of the statement, so a row may refer to one inserted before it. SQLite runs them in turn.
    """
    if conn.dialect.name != "postgresql":
        for table, values in rows:
            conn.execute(table.insert(), dict(values))
        return
    shape = tuple((table, tuple(values)) for table, values in rows)
    _together(shape).run(conn, {f"{n}_{name}": value for n, (_table, values) in enumerate(rows)
                                for name, value in values.items()})


@functools.cache
def _together(shape: tuple[tuple[Table, tuple[str, ...]], ...]):
    """The statement for these tables and columns, built once (a submit runs it every time)."""
    inserts = [table.insert().values({name: bindparam(f"{n}_{name}", type_=table.c[name].type) for name in names})
               for n, (table, names) in enumerate(shape)]
    last = inserts[-1]
    for n, insert in enumerate(inserts[:-1]):
        last = last.add_cte(insert.cte(f"insert_{n}"))
    return Prepared(last)
