"""Domain errors and the one handler that renders every error as problem+json (RFC 9457)."""
from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, has_request_context, json, request
from marshmallow import ValidationError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.exc import DataError, StatementError
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

PROBLEM_BASE = "https://referral-service.example/problems/"


class ApiError(Exception):
    status = 400
    slug = "bad-request"
    title = "Bad request"

    def __init__(self, detail: str, *, errors: dict[str, Any] | None = None,
                 headers: dict[str, str] | None = None, status: int | None = None,
                 slug: str | None = None, title: str | None = None):
        super().__init__(detail)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        self.status = status or self.status
        self.slug = slug or self.slug
        self.title = title or self.title


class Unauthorized(ApiError):
    status, slug, title = 401, "unauthorized", "Authentication required"


class Forbidden(ApiError):
    status, slug, title = 403, "insufficient-scope", "Insufficient scope"


class NotFound(ApiError):
    status, slug, title = 404, "not-found", "Not found"


class Conflict(ApiError):
    status, slug, title = 409, "conflict", "Conflict"


class PreconditionFailed(ApiError):
    status, slug, title = 412, "precondition-failed", "Precondition failed"


class InvalidInput(ApiError):
    status, slug, title = 422, "validation-error", "Invalid input"

    def __init__(self, errors: dict[str, Any], detail: str | None = None):
        fields = ", ".join(sorted(errors))
        super().__init__(detail or f"Invalid fields: {fields}", errors=errors)


class Refused(Exception):
    """A move a workflow's table does not allow; `kind` says why: role, scope, state or missing."""

    def __init__(self, kind: str, message: str, fields: tuple[str, ...] = ()):
        """The refusal, its kind and the fields it names."""
        super().__init__(message)
        self.kind, self.message, self.fields = kind, message, fields

    def problem(self, action: str) -> ApiError:
        """What the caller is told: 403 (not their move, or a scope missing), 409 (not from this
        state) or 422 naming each field the move needs."""
        if self.kind == "role":
            return Forbidden(self.message, slug="not-your-move", title="Not your move")
        if self.kind == "scope":
            return Forbidden(self.message)
        if self.kind == "state":
            return Conflict(self.message, slug="illegal-transition", title="Move not allowed")
        return InvalidInput({field: [f"Required to {action}."] for field in self.fields}, self.message)


def problem(status: int, title: str, detail: str, slug: str, *,
            errors: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> Response:
    """Render one problem+json response (RFC 9457)."""
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    if status == 400 and has_request_context() and request.path.startswith("/oauth/"):
        # OAuth clients read RFC 6749's error code; the problem members name the field.
        body.update(error="invalid_request", error_description=detail)
    response = Response(json.dumps(body, ensure_ascii=False), status=status,
                        mimetype="application/problem+json")
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


# Seconds a client should wait before retrying while the database is unreachable.
RETRY_AFTER_SECONDS = 2


def database_unavailable(exc: DBAPIError) -> bool:
    """Whether a database error means the server is away (connection lost, refused, shutting down)."""
    return exc.connection_invalidated or isinstance(exc, (OperationalError, InterfaceError))


def unavailable() -> Response:
    """503 problem+json with Retry-After: the database is unreachable; nothing was changed."""
    return problem(503, "Service unavailable",
                   "The database is unreachable at the moment; nothing was changed. Retry later.",
                   "database-unavailable", headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


_HTTP_SLUGS = {
    400: "bad-request", 404: "not-found", 405: "method-not-allowed",
    413: "payload-too-large", 415: "unsupported-media-type", 429: "too-many-requests",
}


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return problem(exc.status, exc.title, exc.detail, exc.slug, errors=exc.errors, headers=exc.headers)

    @app.errorhandler(ValidationError)
    def _validation_error(exc: ValidationError):
        errors = exc.messages if isinstance(exc.messages, dict) else {"_body": exc.messages}
        return problem(422, "Invalid input", "Invalid fields: " + ", ".join(sorted(map(str, errors))),
                       "validation-error", errors=errors)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        status = exc.code or 500
        headers = {}
        if status == 405 and exc.valid_methods:  # type: ignore[attr-defined]
            headers["Allow"] = ", ".join(exc.valid_methods)  # type: ignore[attr-defined]
        detail, errors = exc.description or exc.name, None
        if status == 413:
            detail = "The request body is larger than this endpoint accepts."
            errors = {"_body": [detail]}
        return problem(status, exc.name, detail, _HTTP_SLUGS.get(status, "http-error"), errors=errors,
                       headers=headers)

    @app.errorhandler(DataError)
    @app.errorhandler(OverflowError)
    def _unstorable(exc: Exception):
        # A safety net: the request pipeline refuses such values first, naming the field.
        log.warning("a value the database cannot hold reached it: %s", type(exc).__name__)
        return _out_of_range()

    @app.errorhandler(StatementError)
    def _statement_error(exc: StatementError):
        if isinstance(exc.orig, (OverflowError, DataError)):
            return _unstorable(exc)
        return _unexpected(exc)

    @app.errorhandler(DBAPIError)
    @app.errorhandler(PoolTimeout)
    def _database_unavailable(exc: Exception):
        """503 for a database that is away; any other database error is a 500 like the rest."""
        if isinstance(exc, DBAPIError) and not database_unavailable(exc):
            return _unexpected(exc)
        log.warning("database unavailable: %s", type(getattr(exc, "orig", exc)).__name__)
        return unavailable()

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unhandled error")
        return problem(500, "Internal server error",
                       "The server could not complete the request; it has been logged.", "internal-error")


def _out_of_range() -> Response:
    """The 422 of the safety net, for a value the database refused."""
    return problem(422, "Invalid input", "A value is outside what the service can store.",
                   "validation-error", errors={"_request": ["A value is out of range."]})
