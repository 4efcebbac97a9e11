"""Idempotency-Key for creating POSTs: the same key and body replay the first response.

Exactly-once rests on the unique constraint (client_id, key), not on a check before the
insert: the key row is claimed (INSERT ... ON CONFLICT DO NOTHING) in the same transaction as
the object it creates, so a concurrent duplicate blocks on the unique index (PostgreSQL) or on
the write lock (SQLite, BEGIN IMMEDIATE) until the first commits, then replays it; on
PostgreSQL it waits at most IN_FLIGHT_WAIT_MS and then answers 409 (still in flight): the request
pool's connections carry that lock_timeout already (db.LOCK_TIMEOUT_MS), so the claim sets it only
when the two differ.
If the first request fails, its key row rolls back with it and a retry runs afresh.
"""
from __future__ import annotations

import functools
import hashlib
from datetime import datetime
from typing import Callable

from flask import Response, request
from sqlalchemy import (Index, Integer, String, Text, UniqueConstraint, bindparam, literal_column, null, select,
                        update)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapped, Session, mapped_column

from . import context
from .db import LOCK_TIMEOUT_MS, Base, utcnow
from .errors import Conflict, InvalidInput
from .http import parsed_json
from .jsontext import canonical
from .statements import Prepared
from .columns import Json

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 200
# Response headers worth replaying; the rest (dates, request ids) belong to the new request.
REPLAYED_HEADERS = ("Location", "ETag", "Content-Type")
# How long a duplicate waits for the first request to finish before answering 409 (PostgreSQL).
IN_FLIGHT_WAIT_MS = LOCK_TIMEOUT_MS
LOCK_NOT_AVAILABLE = "55P03"


class IdempotencyKey(Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("client_id", "key", name="uq_idempotency_keys_client_id_key"),
                      Index("ix_idempotency_keys_created_at", "created_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH))
    # SHA-256 of method, path and body: a different request under the same key is refused.
    fingerprint: Mapped[str] = mapped_column(String(64))
    status: Mapped[int | None] = mapped_column(Integer, default=None)
    headers: Mapped[dict[str, str]] = mapped_column(Json, default=dict)
    body: Mapped[str | None] = mapped_column(Text, default=None)
    resource_ids: Mapped[list[str]] = mapped_column(Json, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


def fingerprint() -> str:
    """The request's identity for replay: method, path and body bytes (JSON canonicalized)."""
    if request.mimetype == "application/json":
        # Parsed (and refused when hostile) once, by the same loader the route uses.
        raw = canonical(parsed_json())
    else:
        raw = request.get_data(cache=True)
    digest = hashlib.sha256()
    for part in (request.method.encode(), request.path.encode(), raw):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def once(db: Session, client_id: str, create: Callable[[], Response], *,
         fingerprint_of: Callable[[], str] = fingerprint) -> Response:
    """Run a route's whole `create` once per (client, Idempotency-Key); without the header, just run it."""
    # `fingerprint_of` says what makes two requests the same (default: method, path, JSON body).
    key = request.headers.get(HEADER)
    if key is None:
        return create()
    if not key.strip() or len(key) > MAX_KEY_LENGTH:
        raise InvalidInput({HEADER: [f"Must be 1 to {MAX_KEY_LENGTH} characters."]})
    print_ = fingerprint_of()
    claimed = _claim(db, client_id, key, print_)
    if claimed is None:
        return _replay(db, client_id, key, print_)
    response = create()
    # Written in this transaction before it commits, in the access-log entry's statement (audit.record).
    db.defer(RECORD_RESPONSE, recorded_response(claimed, response))
    return response


def recorded_response(claimed: int, response: Response) -> dict:
    """RECORD_RESPONSE's parameters: what a replay of the claimed key will answer."""
    return {"claimed": claimed, "status": response.status_code, "headers": _replayed_headers(response),
            "body": response.get_data(as_text=True), "resource_ids": context.disclosed()}


def _replayed_headers(response: Response) -> dict[str, str]:
    """The headers a replay repeats, each looked up once (a header lookup scans them all)."""
    found = {name: response.headers.get(name) for name in REPLAYED_HEADERS}
    return {name: value for name, value in found.items() if value is not None}


def _claim(db: Session, client_id: str, key: str, print_: str) -> int | None:
    """The new claim's id, or None when the key was claimed before; 409 while its first use runs on."""
    conn = db.connection()
    if conn.dialect.name == "postgresql" and IN_FLIGHT_WAIT_MS != LOCK_TIMEOUT_MS:
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(IN_FLIGHT_WAIT_MS)}ms'")
    try:
        row = _claim_statement(conn.dialect.name).first(conn, {"client_id": client_id, "key": key,
                                                                "fingerprint": print_, "created_at": utcnow()})
        return row["id"] if row else None
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
            raise
        raise Conflict("A request with this Idempotency-Key is still in progress; retry shortly.",
                       slug="idempotency-in-flight", headers={"Retry-After": "1"}) from None


# A claim's empty response, written into the statement rather than bound and converted each time.
_EMPTY_OBJECT, _EMPTY_LIST = literal_column("'{}'"), literal_column("'[]'")


# Built once: every creating POST runs both.
@functools.cache
def _claim_statement(dialect: str):
    insert = (postgresql_insert if dialect == "postgresql" else sqlite_insert)(IdempotencyKey.__table__)
    return Prepared(insert.values(client_id=bindparam("client_id"), key=bindparam("key"),
                                  fingerprint=bindparam("fingerprint"), status=null(), headers=_EMPTY_OBJECT,
                                  body=null(), resource_ids=_EMPTY_LIST, created_at=bindparam("created_at"))
                    .on_conflict_do_nothing(index_elements=["client_id", "key"]).returning(IdempotencyKey.id))


def record_response(prefix: str = ""):
    """The UPDATE that stores a claimed key's response, its parameters named with `prefix`."""
    table = IdempotencyKey.__table__
    return update(table).where(table.c.id == bindparam(f"{prefix}claimed")).values(
        status=bindparam(f"{prefix}status"), headers=bindparam(f"{prefix}headers", type_=table.c.headers.type),
        body=bindparam(f"{prefix}body"),
        resource_ids=bindparam(f"{prefix}resource_ids", type_=table.c.resource_ids.type))


RECORD_RESPONSE = Prepared(record_response())


def _replay(db: Session, client_id: str, key: str, print_: str) -> Response:
    first = db.scalar(select(IdempotencyKey).where(IdempotencyKey.client_id == client_id,
                                                   IdempotencyKey.key == key))
    if first is None or first.status is None:
        raise Conflict("A request with this Idempotency-Key is still in progress; retry shortly.",
                       slug="idempotency-in-flight", headers={"Retry-After": "1"})
    if first.fingerprint != print_:
        raise InvalidInput(
            {HEADER: ["This key was used for a different request; use a new key for a new request."]})
    context.disclose(*first.resource_ids)
    response = Response(first.body, status=first.status)
    for name, value in first.headers.items():
        response.headers[name] = value
    response.headers["Idempotent-Replayed"] = "true"
    return response
