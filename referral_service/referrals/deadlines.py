"""The referrals' deadlines as the notifications worker watches them: which need a notice, whom to tell.

The app factory and the worker process register DEADLINES with notifications.deadlines at start-up.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from ..notifications.deadlines import DeadlineSource
from ..notifications.models import DeadlineNotice
from .models import Referral
from .notices import notify_deadline


def pending(db: Session, kind: str, upper: datetime, lower: datetime | None, limit: int) -> list:
    """Referrals with a deadline up to `upper` (and after `lower`) that have no `kind` notice for it yet."""
    sent = exists().where(and_(DeadlineNotice.referral_id == Referral.id, DeadlineNotice.due_at == Referral.due_at,
                               DeadlineNotice.kind == kind))
    stmt = (select(Referral.id, Referral.due_at, Referral.due_step, Referral.source_agency_id,
                   Referral.recipient_agency_id)
            .where(Referral.due_at.is_not(None), Referral.due_at <= upper, ~sent)
            .order_by(Referral.due_at).limit(limit))
    if lower is not None:
        stmt = stmt.where(Referral.due_at > lower)
    return list(db.execute(stmt))


def notify(db: Session, kind: str, row, now: datetime) -> str | None:
    """Emit due_soon or overdue for a pending referral's deadline (see notices.notify_deadline)."""
    return notify_deadline(db, kind, row.id, row.due_step, row.source_agency_id, row.recipient_agency_id, now)


DEADLINES = DeadlineSource("referral", pending, notify)
