"""Who is told of each recommendation move, as data, and the emit() call that tells them.

The acting agency is never told of its own move. Drafting tells no one: the recipient sees a
recommendation only once it is served.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ..notifications import emit
from .models import Recommendation
from .workflow import Role, Status

ISSUER, RECIPIENT = Role.issuer, Role.recipient

# The state a move reaches -> (event type, the parts told). Keyed by state, not action, because a
# review that withdraws the recommendation is a withdrawal to the recipient.
MOVE_EVENTS: dict[Status, tuple[str, frozenset[Role]]] = {
    Status.served: ("recommendation.served", frozenset({RECIPIENT})),
    Status.objected: ("recommendation.objected", frozenset({ISSUER})),
    Status.reviewed: ("recommendation.reviewed", frozenset({RECIPIENT})),
    Status.replied: ("recommendation.replied", frozenset({ISSUER})),
    Status.followed_up: ("recommendation.followed_up", frozenset({RECIPIENT})),
    Status.closed: ("recommendation.closed", frozenset({RECIPIENT})),
    Status.escalated: ("recommendation.escalated", frozenset({RECIPIENT})),
    Status.withdrawn: ("recommendation.withdrawn", frozenset({RECIPIENT})),
}


def _agencies(recommendation: Recommendation, roles: frozenset[Role]) -> set[int]:
    """The agency ids playing these parts; the recipient only once it has been served."""
    ids = {recommendation.issuer_agency_id} if ISSUER in roles else set()
    if RECIPIENT in roles and recommendation.served_on is not None:
        ids.add(recommendation.recipient_agency_id)
    return ids


def notify_move(db: Session, recommendation: Recommendation, to_state: Status, actor_agency_id: int,
                occurred_at: datetime) -> str | None:
    """Emit the event of the state reached to the parts told, not to the actor; none for a draft."""
    if to_state not in MOVE_EVENTS:
        return None
    event_type, roles = MOVE_EVENTS[to_state]
    audience = _agencies(recommendation, roles) - {actor_agency_id}
    return emit(db, event_type, "recommendation", recommendation.id, audience, occurred_at)
