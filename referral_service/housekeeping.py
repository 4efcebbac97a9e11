"""Housekeeping: remove expired tokens, idempotency records past their window, old auth failures.

`purge` is a plain function of (session or engine, now, settings), so the command line, the
after-response schedule below and any worker process can run it; running it twice at once, on
two workers or instances, only deletes the same rows twice.
"""
from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta
from typing import Union

from sqlalchemy import delete
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from config import Settings

from .auth.models import Token
from .auth.throttle import ClientAuthFailure
from .idempotency import IdempotencyKey

log = logging.getLogger(__name__)


def _deletes(now: datetime, settings: Settings) -> dict[str, object]:
    """What goes: by name, the DELETE statement."""
    return {
        "expired_tokens": delete(Token).where(Token.expires_at < now),
        "idempotency_records": delete(IdempotencyKey).where(
            IdempotencyKey.created_at < now - timedelta(hours=settings.idempotency_retention_hours)),
        "auth_failures": delete(ClientAuthFailure).where(
            ClientAuthFailure.occurred_at < now - timedelta(seconds=settings.auth_failure_window_seconds)),
    }


def purge(target: Union[Session, Engine, Connection], now: datetime, settings: Settings) -> dict[str, int]:
    """Delete what is past its time; returns the number of rows removed, by kind.

    A Session or Connection runs the deletes in its transaction (the caller commits); an Engine
    runs them in a transaction of their own.
    """
    if isinstance(target, Engine):
        with target.begin() as conn:
            return purge(conn, now, settings)
    return {name: target.execute(stmt).rowcount for name, stmt in _deletes(now, settings).items()}


class Schedule:
    """Runs purge at most once every `interval` seconds per process, never twice at once."""

    def __init__(self, interval_seconds: float):
        self.interval = interval_seconds
        self._last = time.monotonic()  # the first run waits one interval after start
        self._lock = threading.Lock()

    def due(self) -> bool:
        """Whether a run is due now; claims it when it is (other threads then see it as done)."""
        if self.interval <= 0:
            return False
        with self._lock:
            now = time.monotonic()
            if now - self._last < self.interval:
                return False
            self._last = now
            return True

    def run_if_due(self, engine: Engine, now: datetime, settings: Settings) -> None:
        """Purge if due; a failure is logged and left to the next run."""
        if not self.due():
            return
        try:
            removed = purge(engine, now, settings)
            log.info("housekeeping purged %s", removed)
        except Exception:  # noqa: BLE001 - retried at the next interval
            log.warning("housekeeping purge failed; it will be retried", exc_info=True)
