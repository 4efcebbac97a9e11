"""Failed client authentication, counted in the database so every worker and instance agrees.

Two ceilings over a sliding window (default 10 failures in 300 seconds): per client address,
whatever client id it tries, and per client id across all addresses, much higher (default 100).
One address can reach only the first, so it locks out itself and never the rightful client at
another address; only a spread attack on one client id reaches the second, and then only for
the window.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Index, Integer, String, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .. import redact
from ..db import Base
from ..errors import ApiError

log = logging.getLogger(__name__)


class ClientAuthFailure(Base):
    __tablename__ = "client_auth_failures"
    __table_args__ = (
        Index("ix_client_auth_failures_address_occurred_at", "client_address", "occurred_at"),
        Index("ix_client_auth_failures_client_id_occurred_at", "client_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str | None] = mapped_column(String(64), default=None)
    client_address: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime]


@dataclass(frozen=True)
class Limits:
    """The ceilings and the window, from Settings."""

    per_address: int
    per_client: int
    window_seconds: int


class TooManyFailures(ApiError):
    status, slug, title = 429, "too-many-failed-authentications", "Too many failed authentications"


def _retry_after(oldest: datetime, now: datetime, window: timedelta) -> int:
    """Seconds until the oldest counted failure leaves the window (at least 1)."""
    return max(1, math.ceil((oldest + window - now).total_seconds()))


def check(db: Session, client_id: str | None, address: str, now: datetime, limits: Limits) -> None:
    """Refuse (429 with Retry-After) a client authentication from a throttled address or client id."""
    window = timedelta(seconds=limits.window_seconds)
    since = now - window
    table = ClientAuthFailure
    counted = [(table.client_address == address[:64], limits.per_address, "address")]
    if client_id:
        counted.append((table.client_id == client_id[:64], limits.per_client, "client"))
    for condition, ceiling, what in counted:
        count, oldest = db.execute(select(func.count(), func.min(table.occurred_at))
                                   .where(condition, table.occurred_at > since)).one()
        if count >= ceiling:
            retry = _retry_after(_aware(oldest, now), now, window)
            # The claimed id is whatever the caller sent, perhaps a secret by mistake: redacted.
            log.warning("client authentication throttled by %s: client_id=%s address=%s failures=%d",
                        what, redact.text(client_id or ""), address, count)
            raise TooManyFailures(
                f"Too many failed client authentications from this {what}; retry in {retry} seconds.",
                headers={"Retry-After": str(retry)})


def _aware(value: datetime | str | None, now: datetime) -> datetime:
    """min() over a UTCDateTime column skips its type on SQLite; read it back as aware UTC."""
    if value is None:
        return now
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=now.tzinfo)


def record(db: Session, client_id: str | None, address: str, now: datetime) -> None:
    """Count one failed authentication (in the transaction that writes its access-log entry)."""
    log.info("client authentication failed: client_id=%s address=%s", client_id, address)
    db.add(ClientAuthFailure(client_id=(client_id or None) and client_id[:64],
                             client_address=address[:64], occurred_at=now))


def purge(db: Session, before: datetime) -> int:
    """Remove failures older than `before` (they no longer count); returns how many."""
    return db.execute(delete(ClientAuthFailure).where(ClientAuthFailure.occurred_at < before)).rowcount
