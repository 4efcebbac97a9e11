"""Reading the access log: filters, pages and constant-memory exports."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterator

from sqlalchemy import exists, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..http import Page, keyset_page
from .models import AuditEvent

EXPORT_FIELDS = ("id", "seq", "occurred_at", "request_id", "client_id", "agency_code", "scopes", "method",
                 "path", "action", "status", "outcome", "client_address", "user_agent", "resource_ids",
                 "content_hash", "prev_hash", "chain_hash")


def _filtered(stmt, dialect: str, filters: dict[str, Any]):
    if "from_" in filters:
        stmt = stmt.where(AuditEvent.occurred_at >= filters["from_"])
    if "to" in filters:
        stmt = stmt.where(AuditEvent.occurred_at < filters["to"])
    for name, column in (("client_id", AuditEvent.client_id), ("agency", AuditEvent.agency_code),
                         ("action", AuditEvent.action), ("outcome", AuditEvent.outcome),
                         ("status", AuditEvent.status)):
        if name in filters:
            stmt = stmt.where(column == filters[name])
    if "resource_id" in filters:
        wanted = filters["resource_id"]
        if dialect == "postgresql":
            stmt = stmt.where(AuditEvent.resource_ids.op("@>")(func.jsonb_build_array(wanted)))
        else:
            each = func.json_each(AuditEvent.resource_ids).table_valued("value")
            stmt = stmt.where(exists(select(1).select_from(each).where(each.c.value == wanted)))
    return stmt


def list_events(db: Session, filters: dict[str, Any]) -> Page:
    stmt = _filtered(select(AuditEvent), db.get_bind().dialect.name, filters)
    return keyset_page(db, stmt, [AuditEvent.id], [int])


def export_lines(engine: Engine, filters: dict[str, Any], fmt: str, batch: int = 1000) -> Iterator[str]:
    """The filtered log, oldest first, in chunks of `batch` lines, read through a server-side cursor."""
    lines: list[str] = []
    for line in _export_lines(engine, filters, fmt):
        lines.append(line)
        if len(lines) >= batch:
            yield "".join(lines)
            lines.clear()
    if lines:
        yield "".join(lines)


def _export_lines(engine: Engine, filters: dict[str, Any], fmt: str) -> Iterator[str]:
    columns = [getattr(AuditEvent, name) for name in EXPORT_FIELDS]
    stmt = _filtered(select(*columns), engine.dialect.name, filters).order_by(AuditEvent.id)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if fmt == "csv":
        writer.writerow(EXPORT_FIELDS)
        yield _drain(buffer)
    with engine.connect().execution_options(readonly=True, yield_per=5000) as conn:
        for row in _rows(conn.execute(stmt)):
            values = dict(zip(EXPORT_FIELDS, row))
            values["occurred_at"] = values["occurred_at"].isoformat()
            values["scopes"] = values["scopes"].split() if values["scopes"] else []
            if fmt == "csv":
                values["scopes"] = " ".join(values["scopes"])
                values["resource_ids"] = " ".join(values["resource_ids"] or [])
                writer.writerow(values.values())
                yield _drain(buffer)
            else:
                yield _to_json(values) + "\n"


# One encoder for every line: json.dumps with options builds a new encoder per call.
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _rows(result) -> Iterator[tuple]:
    """Plain tuples, fetched from the server-side cursor (yield_per) a batch at a time."""
    for batch in result.tuples().partitions():
        yield from batch


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
