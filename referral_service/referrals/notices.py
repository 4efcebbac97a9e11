"""Who is told of each referral move and deadline, as data, and the emit() calls that tell them.

The acting agency is never told of its own move; an agency that plays two parts is told once.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from ..agencies.models import Agency, AgencyKind
from ..notifications import emit
from .workflow import Role

S, R, P = Role.source, Role.recipient, Role.procuratorate

# action -> (event type, the parts told). The procuratorate is told where it supervises: a
# decline (it may open filing supervision) and the supervision steps.
MOVE_EVENTS: dict[str, tuple[str, frozenset[Role]]] = {
    "submit": ("referral.submitted", frozenset({R})),
    "receive": ("referral.received", frozenset({S})),
    "forward": ("referral.forwarded", frozenset({S, R})),
    "return": ("referral.returned", frozenset({S})),
    "resubmit": ("referral.resubmitted", frozenset({R})),
    "withdraw": ("referral.withdrawn", frozenset({R})),
    "accept": ("referral.accepted", frozenset({S})),
    "decline": ("referral.declined", frozenset({S, P})),
    "request_reconsideration": ("referral.reconsidered", frozenset({R})),
    "request_supervision": ("referral.under_supervision", frozenset({S, R, P})),
    "notify_filing": ("referral.filing_notified", frozenset({S, R})),
    "close": ("referral.closed", frozenset({S, R})),
}

# The pending step (referral.due_step) -> the part that must act before its deadline.
STEP_ACTORS: dict[str, Role] = {
    "receipt": R, "decision": R, "reconsideration_decision": R, "filing_after_notification": R,
    "reconsideration_request": S, "resubmission": S, "supervision": P,
}
# due_soon goes to whoever must act; overdue also to the procuratorate, which supervises deadlines.
DEADLINE_EVENTS: dict[str, tuple[str, frozenset[Role]]] = {
    "due_soon": ("referral.due_soon", frozenset()),
    "overdue": ("referral.overdue", frozenset({P})),
}


def _agencies(db: Session, roles: Iterable[Role], source_id: int, recipient_id: int) -> set[int]:
    """The agency ids playing these parts; the procuratorate is every agency of that kind."""
    roles = set(roles)
    ids = {source_id} if S in roles else set()
    if R in roles:
        ids.add(recipient_id)
    if P in roles:
        ids.update(db.scalars(select(Agency.id).where(Agency.kind == AgencyKind.procuratorate)))
    return ids


def notify_move(db: Session, action: str, referral_id: str, source_id: int, recipient_id: int,
                actor_agency_id: int, occurred_at: datetime,
                along: Sequence[tuple[Table, Mapping[str, Any]]] = ()) -> str | None:
    """Emit the move's event to the parts that must act or be told, not to the actor.

    `along`: the move's own rows, inserted with the notice (outbox.emit)."""
    event_type, roles = MOVE_EVENTS[action]
    audience = _agencies(db, roles, source_id, recipient_id) - {actor_agency_id}
    return emit(db, event_type, "referral", referral_id, audience, occurred_at, along)


def notify_deadline(db: Session, kind: str, referral_id: str, due_step: str | None, source_id: int,
                    recipient_id: int, occurred_at: datetime) -> str | None:
    """Emit due_soon or overdue for the pending step to whoever must act (and, if overdue, the procuratorate)."""
    event_type, roles = DEADLINE_EVENTS[kind]
    actor = STEP_ACTORS.get(due_step or "", R)
    return emit(db, event_type, "referral", referral_id, _agencies(db, roles | {actor}, source_id, recipient_id),
                occurred_at)
