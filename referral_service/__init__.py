"""referral_service: case-clue transfer and information sharing between agencies (两法衔接)."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from flask import Flask, Response, request, send_file
from sqlalchemy import text
from werkzeug.middleware.proxy_fix import ProxyFix

from config import Settings, load_settings

from . import audit, context, housekeeping, logs, metrics, redact
from .audit import checkpoints
from .audit.sealing import Sealer
from .auth import throttle
from .auth.server import init_oauth
from .db import Database, RequestDb, database, take_session, utcnow
from .errors import problem, register_error_handlers
from .files import private_directory
from .guard import GuardedRequest, check_request
from .http import IdConverter, JsonProvider
from .notifications import deadlines
from .notifications.secrets import SecretBox
from .records.links import LINKS as RECORD_LINKS
from .referrals import record_links
from .referrals.deadlines import DEADLINES as REFERRAL_DEADLINES
from .storage import LocalStorage

log = logging.getLogger(__name__)


class App(Flask):
    """Flask, for a service whose views and request hooks are all plain functions."""

    def ensure_sync(self, func: Callable) -> Callable:
        """Each view and hook as it is: no `async def` here, so no per-call inspection for one.

        Flask asks this of every hook and view on every request (six a request, each an
        `inspect.iscoroutinefunction`); its documentation names it as the method to override.
        """
        return func


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app: settings, database, OAuth, blueprints, error handlers, request lifecycle."""
    settings = settings or load_settings()
    # No static folder: every route the app serves is in openapi.yaml.
    app = App(__name__, instance_path=str(Path(settings.instance_path).resolve()), static_folder=None)
    app.request_class = GuardedRequest
    app.url_map.converters["id"] = IdConverter
    app.config.update(SETTINGS=settings, MAX_CONTENT_LENGTH=settings.max_body_bytes)
    app.json = JsonProvider(app)  # compact UTF-8, keys in the order the schemas give them
    logs.configure_logging(settings.log_level)
    redact.install_log_filter()

    private_directory(Path(settings.instance_path))
    db = app.extensions["referral_db"] = Database(settings.database_url)
    app.extensions["referral_purge"] = housekeeping.Schedule(settings.purge_interval_minutes * 60)
    # Outside production a missing checkpoint-signing key is created under instance/.
    notary = app.extensions["referral_notary"] = checkpoints.notary_from_settings(
        settings, create_key=settings.env != "production")
    app.extensions["referral_sealer"] = Sealer(db.engine, notary)
    app.extensions["referral_storage"] = LocalStorage(settings.attachment_storage_path)
    app.extensions["webhook_secret_box"] = SecretBox(settings)
    deadlines.register(REFERRAL_DEADLINES)  # for a notifications Worker run in this process
    record_links.plug(RECORD_LINKS)  # referrals reach the records naming their case through it

    init_oauth(app, settings)
    register_error_handlers(app)
    _register_blueprints(app)
    metrics.init_app(app, db.engine)
    logs.init_app(app)  # before the lifecycle, so it sees the final response
    _register_lifecycle(app)
    app.wsgi_app = SecurityHeaders(app.wsgi_app)
    if settings.trusted_proxies:  # only then may X-Forwarded-* say who the client is and where we are
        n = settings.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_port=n, x_prefix=n)
    return app


# Sent with every response: no cache keeps personal data, no browser guesses a type or runs it.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class SecurityHeaders:
    """WSGI middleware: SECURITY_HEADERS and `Cache-Control: no-store` on every response lacking them.

    At the WSGI edge it sees every response the app sends, and adds to the plain list of header
    pairs: five lookups and sets on werkzeug's Headers cost a read more than its token check.
    """

    DEFAULTS = (*SECURITY_HEADERS.items(), ("Cache-Control", "no-store"))

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        def start(status, headers, exc_info=None):
            present = {name.lower() for name, _value in headers}
            headers.extend(pair for pair in self.DEFAULTS if pair[0].lower() not in present)
            return start_response(status, headers, exc_info)

        return self.app(environ, start)


def _register_blueprints(app: Flask) -> None:
    from .agency_routes import bp as agencies_bp
    from .audit.routes import bp as audit_bp
    from .auth.routes import bp as oauth_bp
    from .docs import bp as docs_bp
    from .notifications.routes import bp as webhooks_bp
    from .notifications.routes import events_bp
    from .records.routes import bp as records_bp
    from .referrals.routes import bp as referrals_bp
    from .stats.routes import bp as stats_bp
    from .recommendations.routes import bp as recommendations_bp
    from .consultations.routes import bp as consultations_bp

    for bp in (oauth_bp, agencies_bp, referrals_bp, records_bp, stats_bp, audit_bp, docs_bp, recommendations_bp,
               consultations_bp, webhooks_bp, events_bp):
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
        if audit.is_logged_path(request.path):
            check_request()  # hostile input is refused before any work, and still logged

    @app.after_request
    def _finish(response: Response) -> Response:
        response.headers["X-Request-ID"] = audit.request_id()
        db_session = take_session()
        if not audit.is_logged_path(request.path):
            if db_session is not None:
                db_session.rollback() if response.status_code >= 400 else db_session.commit()
                db_session.close()
            return response
        db_session = db_session or RequestDb(database())
        try:
            if response.status_code >= 400:
                db_session.rollback()  # a refused request changes nothing but the log
            failure = context.take_auth_failure()
            if failure is not None:  # counted with its log entry, for every worker to see
                throttle.record(db_session, *failure)
            audit.record(db_session, response)
            db_session.commit()
        except Exception:
            _rollback_quietly(db_session)
            log.exception("could not commit the request and its access-log entry")
            return problem(503, "Service unavailable",
                           "The request could not be recorded; nothing was changed. Retry later.",
                           "not-recorded", headers={"X-Request-ID": audit.request_id(), "Retry-After": "1"})
        finally:
            _close_quietly(db_session)
        engine, settings, schedule = database().engine, app.config["SETTINGS"], app.extensions["referral_purge"]
        response.call_on_close(app.extensions["referral_sealer"].after_response)  # after the response has gone out
        response.call_on_close(lambda: schedule.run_if_due(engine, utcnow(), settings))
        return response

    @app.teardown_request
    def _teardown(exc):
        leftover = take_session()
        if leftover is not None:
            _rollback_quietly(leftover)
            _close_quietly(leftover)


def _rollback_quietly(db_session) -> None:
    """Roll back; a connection the database dropped has nothing left to undo."""
    try:
        db_session.rollback()
    except Exception:  # noqa: BLE001 - the connection is gone, and the pool replaces it
        log.warning("rollback failed; the connection is discarded", exc_info=True)


def _close_quietly(db_session) -> None:
    """Close, returning the connection to the pool (which discards a dead one)."""
    try:
        db_session.close()
    except Exception:  # noqa: BLE001 - as above
        log.warning("closing a session failed", exc_info=True)

