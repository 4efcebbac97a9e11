"""How gunicorn runs an app: one place, used by `referral-service serve` and by the benchmark."""
from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path

from config import Settings, prometheus_multiproc_dir


def gunicorn_argv(app: str, host: str, port: int, settings: Settings, workers: int | None = None) -> list[str]:
    """The gunicorn command line for `app` ("module:variable").

    Threaded workers keep connections alive and keep answering the arbiter's heartbeat while a
    long export streams, which a sync worker would be killed for. FORWARDED_ALLOW_IPS is read
    by gunicorn itself. gunicorn's access log is off: the app logs each request as a JSON line
    without its query string, and gunicorn's own messages are JSON too.
    """
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    return [gunicorn, "--bind", f"{host}:{port}",
            "--workers", str(workers or settings.gunicorn_workers),
            "--worker-class", "gthread", "--threads", str(settings.gunicorn_threads),
            "--timeout", str(settings.gunicorn_timeout_seconds),
            "--logger-class", "referral_service.logs.GunicornLogger", app]


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
