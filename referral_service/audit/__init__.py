"""The access log's request side: what a route discloses, and the entry each request leaves."""
from __future__ import annotations

import re
import uuid

from flask import Response, g, request
from sqlalchemy.orm import Session

from .. import redact
from ..guard import shown
from ..db import utcnow
from . import chain
from .models import AuditEvent

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def disclose(*resource_ids: object) -> None:
    """Record that this response shows these objects, so auditors can ask who saw them."""
    g.setdefault("audit_resources", []).extend(loggable(str(r), 200) for r in resource_ids)


def set_action(name: str) -> None:
    g.audit_action = name


def request_id() -> str:
    if "request_id" not in g:
        incoming = request.headers.get("X-Request-ID", "")
        usable = _REQUEST_ID.fullmatch(incoming) and not redact.looks_like_credential(incoming)
        g.request_id = incoming if usable else str(uuid.uuid4())
    return g.request_id


def outcome_of(status: int) -> str:
    if status < 400:
        return "success"
    return {401: "unauthenticated", 403: "forbidden", 404: "not_found", 409: "conflict",
            412: "precondition_failed", 422: "invalid", 400: "invalid", 413: "invalid",
            415: "invalid"}.get(status, "error" if status >= 500 else "refused")


def is_logged_path(path: str) -> bool:
    return path.startswith("/api/v1") or path.startswith("/oauth")


def action_name(status: int) -> str:
    action = g.get("audit_action")
    if action == "token.issue" and status >= 400:
        return "token.denied"
    if action:
        return action
    return f"unrouted.{request.method.lower()}"


def caller_identity() -> tuple[str | None, str | None]:
    """The client id and agency of the request: a bearer token's, or the token endpoint's client."""
    caller = g.get("caller")
    if caller is not None:
        return caller.client_id, caller.agency_code
    oauth_client = g.get("oauth_client")
    if oauth_client is not None:
        return oauth_client.client_id, oauth_client.agency.code
    return None, None


def entry_for(response: Response) -> dict:
    """The access-log entry for this request and its response, as column values."""
    caller = g.get("caller")
    client_id, agency_code = caller_identity()
    values = {
        "occurred_at": utcnow(),
        "request_id": request_id(),
        "client_id": client_id,
        "agency_code": agency_code,
        "scopes": " ".join(sorted(caller.scopes)) if caller else "",
        "method": request.method,
        # No query string on /oauth; elsewhere credentials are stripped from it by name and shape.
        "path": logged_path(),
        "action": action_name(response.status_code),
        "status": response.status_code,
        "outcome": outcome_of(response.status_code),
        "client_address": loggable(request.remote_addr or "", 64) or None,
        "user_agent": loggable(redact.text(request.user_agent.string or ""), 500) or None,
        "resource_ids": g.get("audit_resources", []),
    }
    values["content_hash"] = chain.content_hash(values)
    return values


def loggable(text: str, limit: int) -> str:
    """Text as the log can hold it, whatever the client sent: no NUL, no unpaired surrogates, bounded."""
    return shown(text)[:limit]


def logged_path() -> str:
    """The path and query as sent, percent-decoded where they are UTF-8, readable where they are not."""
    environ = request.environ
    path = environ.get("PATH_INFO", "").encode("latin-1", "replace").decode("utf-8", "replace")
    query = environ.get("QUERY_STRING", "")
    # No query string on /oauth: a misbehaving client might put credentials there.
    if query and not path.startswith("/oauth"):
        path += "?" + query.encode("latin-1", "replace").decode("utf-8", "replace")
    return loggable(redact.url(path), 2000)


_INSERT = AuditEvent.__table__.insert()


def record(db: Session, response: Response) -> None:
    """Write the entry in the request's transaction: one INSERT, no unit of work to flush."""
    db.connection().execute(_INSERT, entry_for(response))
