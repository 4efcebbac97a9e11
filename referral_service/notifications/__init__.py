"""Notifications: the outbox (emit), webhook subscriptions and deliveries, the events feed, the worker.

Services call `emit(session, type, subject_kind, subject_id, audience_agency_ids, occurred_at)`
inside their transaction; see outbox.emit.
"""
from .outbox import emit  # noqa: F401
