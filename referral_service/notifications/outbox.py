"""emit(): the one way to tell agencies that something happened, in the transaction of the change."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import Table
from sqlalchemy.orm import Session

from ..db import insert_together
from .catalog import EVENT_TYPES
from .models import Notification

_INSERT = Notification.__table__.insert()


def emit(session: Session, type: str, subject_kind: str, subject_id: str,
         audience_agency_ids: Iterable[int], occurred_at: datetime,
         along: Sequence[tuple[Table, Mapping[str, Any]]] = ()) -> str | None:
    """Write event `type` about (subject_kind, subject_id) for each agency in the audience.

    Call it from a service, inside the transaction that makes the change: the event commits
    with the change or not at all, and the worker delivers it only after the commit (webhooks);
    the agencies' feeds (`GET /api/v1/events`) list it from then on. `type` must be one of
    catalog.EVENT_TYPES (add new types there, and to openapi.yaml's `EventType`). The event
    carries ids and the type only: receivers read the subject with their own token, so scopes
    and visibility stay the only gate. Returns the event id (the `webhook-id` of its deliveries),
    or None when the audience is empty. Duplicate agency ids are told once. `along`: rows of the
    change itself, (table, values), inserted first and, with a notice to one agency, in the
    same statement (db.insert_together).
    """
    if type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {type!r}; add it to notifications.catalog")
    agencies = sorted(set(audience_agency_ids))
    if not agencies:
        if along:
            insert_together(session.connection(), along)
        return None
    event_id = str(uuid.uuid4())
    rows = [{"event_id": event_id, "agency_id": agency_id, "type": type, "subject_kind": subject_kind,
             "subject_id": str(subject_id), "occurred_at": occurred_at, "fanned_out": False}
            for agency_id in agencies]
    if len(rows) == 1:
        insert_together(session.connection(), [*along, (Notification.__table__, rows[0])])
        return event_id
    if along:
        insert_together(session.connection(), along)
    session.connection().execute(_INSERT, rows)
    return event_id
