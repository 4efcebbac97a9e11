"""Structured logs: every message one JSON line on stderr, and one line per request.

A request's line has its id, client, agency, action, method, path (never the query string, which
may carry what a client should not have put there), status and duration. Bodies, headers and
tokens are never logged.
"""
from __future__ import annotations

import logging
import sys
from datetime import datetime, timezone

from flask import Flask, Response, request

from . import audit, context, jsontext, metrics, redact

REQUEST_LOG = logging.getLogger("referral_service.request")
# Libraries whose INFO messages say nothing an operator needs (Alembic lists its plugins on every run).
QUIET_LOGGERS = ("alembic.runtime.plugins",)
# Attributes every LogRecord has; whatever else a record carries came in through `extra=`.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and the record's extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON (UTF-8 text, Chinese unescaped)."""
        entry = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
                 "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return jsontext.line(entry)


def configure_logging(level: str) -> None:
    """Send every logger's messages to stderr as JSON lines, at the configured level."""
    root = logging.getLogger()
    root.setLevel(level)
    # No line names a thread, process or source line: spare every record looking them up (the
    # switches Python's logging documentation gives for this; the source line walks the stack).
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    logging._srcfile = None  # type: ignore[attr-defined]
    if not any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        root.addHandler(handler)
    for chatty in QUIET_LOGGERS:
        logging.getLogger(chatty).setLevel(max(logging.WARNING, root.level))


def log_request(response: Response) -> None:
    """The request's one JSON line."""
    elapsed = context.elapsed_seconds()
    client_id, agency = context.identity()
    req = request._get_current_object()  # type: ignore[attr-defined]  # the proxy's lookup, once
    REQUEST_LOG.info("request", extra={
        "request_id": audit.request_id(), "client_id": client_id, "agency": agency,
        "action": context.action(), "method": req.method, "path": redact.path(req.path),
        "status": response.status_code,
        "duration_ms": round(elapsed * 1000, 2) if elapsed is not None else None,
    })


def init_app(app: Flask) -> None:
    """Time each request; when it is answered, count it in the metrics and log its line.

    Registered before the request lifecycle, so this after_request runs after it and sees the
    final response, including a 503 that replaced one whose access-log entry failed.
    """

    app.before_request(context.start_clock)

    @app.after_request
    def _observe(response: Response) -> Response:
        """Count and log the answered request."""
        try:
            metrics.observe(response)
            log_request(response)
        except Exception:  # noqa: BLE001 - observing must never break an answer
            logging.getLogger(__name__).warning("could not observe the request", exc_info=True)
        return response
