"""The worker as a process: signal handling for `referral-service worker`, and the demo's server-plus-worker."""
from __future__ import annotations

import ctypes
import logging
import signal
import subprocess
import sys
import threading
from pathlib import Path

from config import Settings

from . import logs, redact
from . import models  # noqa: F401 - every table, for the foreign keys between them
from .db import Database
from .notifications import deadlines
from .notifications.worker import Worker
from .referrals.deadlines import DEADLINES as REFERRAL_DEADLINES
from .serving import gunicorn_argv, prepare_metrics_dir

log = logging.getLogger(__name__)
PR_SET_PDEATHSIG = 1


def run_worker(settings: Settings, *, once: bool = False) -> int:
    """Run the worker loop until SIGTERM/SIGINT; exit status 0."""
    logs.configure_logging(settings.log_level)  # JSON lines, like the web server's
    redact.install_log_filter()
    db = Database(settings.database_url)
    deadlines.register(REFERRAL_DEADLINES)
    worker = Worker(db, settings)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    try:
        if once:
            worker.run_once(schedule=True)
        else:
            worker.run(stop)
    finally:
        worker.close()
        db.dispose()
    return 0


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the parent dies, so no worker outlives `make run` (Linux)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def serve_with_worker(host: str, port: int, settings: Settings) -> int:
    """The web server (gunicorn) and the worker as two children, stopped together."""
    command = str(Path(sys.executable).with_name("referral-service"))
    prepare_metrics_dir()  # every gunicorn worker counts into it; a scrape of any worker adds them up
    worker = subprocess.Popen([command, "worker"], preexec_fn=_die_with_parent)
    server = subprocess.Popen(gunicorn_argv("referral_service.wsgi:app", host, port, settings),
                              preexec_fn=_die_with_parent)

    def _forward(signum, _frame):
        """Pass SIGTERM/SIGINT on to both children."""
        for child in (server, worker):
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _forward)
    try:
        status = server.wait()
    finally:
        if worker.poll() is None:
            worker.terminate()
        worker.wait(timeout=30)
    return status
