"""The access log's request side: the entry each request leaves, from what the request context holds."""
from __future__ import annotations

import functools
import re
import uuid

from flask import Response, request
from sqlalchemy import bindparam

from .. import context, idempotency, redact
from ..db import RequestDb, utcnow
from ..guard import shown
from ..statements import Prepared
from . import chain
from .models import AuditEvent

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def request_id() -> str:
    """The request's id: the client's X-Request-ID when it is usable, else a new UUID; chosen once."""
    chosen = context.request_id()
    if chosen is None:
        incoming = request.headers.get("X-Request-ID", "")
        usable = _REQUEST_ID.fullmatch(incoming) and not redact.looks_like_credential(incoming)
        chosen = incoming if usable else str(uuid.uuid4())
        context.set_request_id(chosen)
    return chosen


def outcome_of(status: int) -> str:
    if status < 400:
        return "success"
    return {401: "unauthenticated", 403: "forbidden", 404: "not_found", 409: "conflict",
            412: "precondition_failed", 422: "invalid", 400: "invalid", 413: "invalid",
            415: "invalid"}.get(status, "error" if status >= 500 else "refused")


def is_logged_path(path: str) -> bool:
    return path.startswith("/api/v1") or path.startswith("/oauth")


def action_name(status: int) -> str:
    action = context.action()
    if action == "token.issue" and status >= 400:
        return "token.denied"
    if action:
        return action
    return f"unrouted.{request.method.lower()}"


def entry_for(response: Response) -> dict:
    """The access-log entry for this request and its response, as column values."""
    caller = context.caller()
    client_id, agency_code = context.identity()
    req = request._get_current_object()  # type: ignore[attr-defined]  # the proxy's lookup, once
    values = {
        "occurred_at": utcnow(),
        "request_id": request_id(),
        "client_id": client_id,
        "agency_code": agency_code,
        "scopes": " ".join(sorted(caller.scopes)) if caller else "",
        "method": req.method,
        # No query string on /oauth; elsewhere credentials are stripped from it by name and shape.
        "path": logged_path(),
        "action": action_name(response.status_code),
        "status": response.status_code,
        "outcome": outcome_of(response.status_code),
        "client_address": loggable(context.client_address() or "", 64) or None,
        "user_agent": _user_agent(req.environ.get("HTTP_USER_AGENT", "")),
        "resource_ids": _loggable_ids(context.disclosed()),
    }
    values["content_hash"] = chain.content_hash(values)
    return values


def _loggable_ids(ids: list[str]) -> list[str]:
    """The disclosed ids as the log holds them: a page's fifty ids checked in one pass when all are clean."""
    joined = "\n".join(ids)
    if shown(joined) == joined:
        return [r[:200] for r in ids]
    return [loggable(r, 200) for r in ids]


def loggable(text: str, limit: int) -> str:
    """Text as the log can hold it, whatever the client sent: no NUL, no unpaired surrogates, bounded."""
    return shown(text)[:limit]


@functools.lru_cache(maxsize=256)
def _user_agent(raw: str) -> str | None:
    """The User-Agent as logged: credentials stripped, bounded. A client sends the same one each time."""
    return loggable(redact.text(raw), 500) or None


def logged_path() -> str:
    """The path and query as sent, percent-decoded where they are UTF-8, readable where they are not."""
    environ = request.environ
    path = environ.get("PATH_INFO", "").encode("latin-1", "replace").decode("utf-8", "replace")
    query = environ.get("QUERY_STRING", "")
    # No query string on /oauth: a misbehaving client might put credentials there.
    if query and not path.startswith("/oauth"):
        path += "?" + query.encode("latin-1", "replace").decode("utf-8", "replace")
    return loggable(redact.url(path), 2000)


_TABLE = AuditEvent.__table__
_ENTRY = _TABLE.insert().values({name: bindparam(name, type_=_TABLE.c[name].type)
                                 for name in (*chain.CONTENT_FIELDS, "content_hash")})
_INSERT = Prepared(_ENTRY)
# A creating POST's entry with its Idempotency-Key's recorded response, in one statement (PostgreSQL);
# the response's parameters are prefixed so as not to meet the entry's (both have a status).
_RECORDED = "r_"
_INSERT_RECORDING = Prepared(_ENTRY.add_cte(idempotency.record_response(_RECORDED).cte("recorded_response")))


def record(db: RequestDb, response: Response) -> None:
    """Write the entry in the request's transaction: one INSERT, no unit of work to flush.

    A creating POST's Idempotency-Key response, deferred to the commit (idempotency.once), goes
    out in the same statement on PostgreSQL: one round trip fewer for every such request.
    """
    conn, entry = db.connection(), entry_for(response)
    recorded = db.take_deferred(idempotency.RECORD_RESPONSE)
    if recorded is None:
        _INSERT.run(conn, entry)
    elif conn.dialect.name == "postgresql":
        _INSERT_RECORDING.run(conn, {**entry, **{_RECORDED + name: value for name, value in recorded.items()}})
    else:
        idempotency.RECORD_RESPONSE.run(conn, recorded)
        _INSERT.run(conn, entry)
