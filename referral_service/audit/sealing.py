"""When the web app seals the access log: after a response has gone out, at most twice a second.

Each sealing run links every worker's committed entries onto the chain and the tree (and signs a
checkpoint when one is due), so one run per interval and process is enough; `verify`, and the
auditors' reads of the chain, seal whatever is still pending first. The app factory makes one
Sealer per app and runs it when each logged response has been sent.
"""
from __future__ import annotations

import logging
import time

from sqlalchemy.engine import Engine

from .checkpoints import Notary, seal

log = logging.getLogger(__name__)

SEAL_INTERVAL_SECONDS = 0.5


class Sealer:
    """Seals at most once every `interval` seconds; a failure is logged and left to the next run."""

    def __init__(self, engine: Engine, notary: Notary, interval: float = SEAL_INTERVAL_SECONDS):
        """A sealer of this database's log, signing with the notary."""
        self.engine, self.notary, self.interval = engine, notary, interval
        self._last = 0.0

    def after_response(self) -> None:
        """Seal now unless the last run was less than `interval` seconds ago."""
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        try:
            seal(self.engine, self.notary)  # the chain, the tree, and a checkpoint when one is due
        except Exception:  # noqa: BLE001 - sealing is retried by the next request or by verify
            log.warning("sealing the access log failed; it will be retried", exc_info=True)
