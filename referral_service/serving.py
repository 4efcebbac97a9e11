"""How gunicorn runs an app: one place, used by `referral-service serve` and by the benchmark."""
from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path

from gunicorn.glogging import Logger

from config import Settings, prometheus_multiproc_dir

from . import redact
from .logs import JsonFormatter

# Request headers whose whole value is a credential.
_SECRET_HEADERS = ("{authorization}i", "{proxy-authorization}i", "{cookie}i", "{http_authorization}e",
                   "{http_proxy_authorization}e", "{http_cookie}e")


class RedactingLogger(Logger):
    """gunicorn's logger: JSON lines, with credentials stripped from the request line, query, headers and text.

    Its access log is off by default (the app logs each request as a JSON line); if an operator
    turns it on, the atoms below are redacted all the same.
    """

    def atoms(self, resp, req, environ, request_time):
        """gunicorn's access-log atoms after redaction, whatever access-log format is configured."""
        atoms = super().atoms(resp, req, environ, request_time)
        method, _, rest = atoms["r"].partition(" ")
        uri, _, protocol = rest.rpartition(" ")
        atoms["r"] = f"{method} {redact.url(uri)} {protocol}"
        atoms["U"] = redact.path(atoms["U"] or "")
        atoms["q"] = redact.query_string(atoms["q"] or "")
        for key, value in atoms.items():
            if key in _SECRET_HEADERS:
                atoms[key] = redact.REDACTED
            elif key in ("f", "a", "u") or key.endswith("}i") or key.endswith("}e"):
                atoms[key] = redact.url(value) if key in ("f", "{raw_uri}e") else redact.text(str(value))
        return atoms

    def setup(self, cfg):
        """gunicorn's setup, then the redacting filter on its error log's handlers too."""
        super().setup(cfg)
        for handler in self.error_log.handlers + self.access_log.handlers:
            handler.setFormatter(JsonFormatter())
        redact.install_log_filter(self.error_log)
        redact.install_log_filter(self.access_log)


def gunicorn_argv(app: str, host: str, port: int, settings: Settings, workers: int | None = None) -> list[str]:
    """The gunicorn command line for `app` ("module:variable").

    Threaded workers keep connections alive and keep answering the arbiter's heartbeat while a
    long export streams, which a sync worker would be killed for. FORWARDED_ALLOW_IPS is read
    by gunicorn itself. gunicorn's access log is off: the app logs each request as a JSON line
    without its query string, and gunicorn's own messages are JSON too.
    """
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    public = []
    if not settings.public_url:  # absolute URLs name the address actually served, not the Host header
        shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        shown = f"[{shown}]" if ":" in shown else shown
        public = ["--env", f"REFERRAL_PUBLIC_URL=http://{shown}:{port}"]
    return [gunicorn, "--bind", f"{host}:{port}", *public,
            "--workers", str(workers or settings.gunicorn_workers),
            "--worker-class", "gthread", "--threads", str(settings.gunicorn_threads),
            "--timeout", str(settings.gunicorn_timeout_seconds),
            "--logger-class", "referral_service.serving.RedactingLogger", app]


def prepare_metrics_dir() -> str:
    """An empty PROMETHEUS_MULTIPROC_DIR for the workers: a new temporary one, or the given one emptied."""
    folder = prometheus_multiproc_dir()
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for stale in Path(folder).glob("*.db"):
            stale.unlink()
    else:
        folder = tempfile.mkdtemp(prefix="referral-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
    return folder


def demo_metrics_token(settings: Settings) -> Path:
    """The demo's operator token for /metrics, kept in instance/metrics-token and passed to the workers."""
    path = Path(settings.instance_path) / "metrics-token"
    if settings.metrics_token:
        return path
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32))
        path.chmod(0o600)
    os.environ["REFERRAL_METRICS_TOKEN"] = path.read_text().strip()
    return path
