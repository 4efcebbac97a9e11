"""referral_service: case-clue transfer and information sharing between agencies (两法衔接)."""
from __future__ import annotations

import logging
import time
from pathlib import Path

from flask import Flask, Response, g, request, send_file
from sqlalchemy import text

from config import Settings, load_settings

from . import audit
from .audit import chain
from .db import Database, database
from .errors import problem, register_error_handlers

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app: settings, database, OAuth, blueprints, error handlers, request lifecycle."""
    settings = settings or load_settings()
    app = Flask(__name__, instance_path=str(Path(settings.instance_path).resolve()))
    app.config.update(SETTINGS=settings, MAX_CONTENT_LENGTH=settings.max_body_bytes, JSON_SORT_KEYS=False)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    logging.basicConfig(level=settings.log_level)

    app.extensions["referral_db"] = Database(settings.database_url)

    from .auth.server import init_oauth
    init_oauth(app)
    register_error_handlers(app)
    _register_blueprints(app)
    _register_lifecycle(app)
    return app


def _register_blueprints(app: Flask) -> None:
    from .agencies.routes import bp as agencies_bp
    from .audit.routes import bp as audit_bp
    from .auth.routes import bp as oauth_bp
    from .notifications.routes import bp as webhooks_bp
    from .notifications.routes import events_bp
    from .records.routes import bp as records_bp
    from .referrals.routes import bp as referrals_bp
    from .stats.routes import bp as stats_bp

    for bp in (oauth_bp, agencies_bp, referrals_bp, records_bp, stats_bp, audit_bp, webhooks_bp, events_bp):
        app.register_blueprint(bp)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz():
        try:
            with database().engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception:  # noqa: BLE001 - any failure means not ready
            log.exception("database not reachable")
            return problem(503, "Service unavailable", "The database is not reachable.", "not-ready")
        return {"status": "ready"}

    @app.get("/openapi.yaml")
    def openapi():
        return send_file(app.config["SETTINGS"].openapi_path, mimetype="application/yaml")


def _register_lifecycle(app: Flask) -> None:
    """One transaction per request: the change and its access-log entry commit together."""

    @app.before_request
    def _start():
        audit.request_id()

    @app.after_request
    def _finish(response: Response) -> Response:
        response.headers["X-Request-ID"] = audit.request_id()
        db_session = g.pop("db_session", None)
        if not audit.is_logged_path(request.path):
            if db_session is not None:
                db_session.rollback() if response.status_code >= 400 else db_session.commit()
                db_session.close()
            return response
        db_session = db_session or database().sessionmaker()
        try:
            if response.status_code >= 400:
                db_session.rollback()  # a refused request changes nothing but the log
            audit.record(db_session, response)
            db_session.commit()
        except Exception:
            db_session.rollback()
            log.exception("could not commit the request and its access-log entry")
            return problem(503, "Service unavailable",
                           "The request could not be recorded; nothing was changed. Retry later.",
                           "not-recorded", headers={"X-Request-ID": audit.request_id(), "Retry-After": "1"})
        finally:
            db_session.close()
        engine = database().engine
        response.call_on_close(lambda: _seal_quietly(engine))  # after the response has gone out
        return response

    @app.teardown_request
    def _teardown(exc):
        leftover = g.pop("db_session", None)
        if leftover is not None:
            leftover.rollback()
            leftover.close()


SEAL_INTERVAL_SECONDS = 0.5
_last_seal = 0.0


def _seal_quietly(engine) -> None:
    """Link new log entries at most every SEAL_INTERVAL_SECONDS per process, after the response.

    Each sealing run links every worker's committed entries, so one run per interval is enough;
    verify, and the auditors' reads of the chain, seal whatever is still pending first.
    """
    global _last_seal
    now = time.monotonic()
    if now - _last_seal < SEAL_INTERVAL_SECONDS:
        return
    _last_seal = now
    try:
        chain.seal(engine)
    except Exception:  # noqa: BLE001 - sealing is retried by the next request or by verify
        log.warning("sealing the access log failed; it will be retried", exc_info=True)
