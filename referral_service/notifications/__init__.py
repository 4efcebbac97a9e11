"""Notifications: the outbox (emit), webhook subscriptions and deliveries, the events feed, the worker.

Services call `emit(session, type, subject_kind, subject_id, audience_agency_ids, occurred_at)`
inside their transaction; see outbox.emit. The package imports no feature: a feature whose objects
carry deadlines registers them with deadlines.register at start-up, for the worker to watch.
"""
from .outbox import emit  # noqa: F401
