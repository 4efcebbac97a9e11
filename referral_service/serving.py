"""How gunicorn runs an app: one place, used by `referral-service serve` and by the benchmark."""
from __future__ import annotations

import sys
from pathlib import Path

from config import Settings


def gunicorn_argv(app: str, host: str, port: int, settings: Settings, workers: int | None = None) -> list[str]:
    """The gunicorn command line for `app` ("module:variable").

    Threaded workers keep connections alive and keep answering the arbiter's heartbeat while a
    long export streams, which a sync worker would be killed for. FORWARDED_ALLOW_IPS is read
    by gunicorn itself.
    """
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    return [gunicorn, "--bind", f"{host}:{port}",
            "--workers", str(workers or settings.gunicorn_workers),
            "--worker-class", "gthread", "--threads", str(settings.gunicorn_threads),
            "--timeout", str(settings.gunicorn_timeout_seconds),
            "--access-logfile", "-", app]
