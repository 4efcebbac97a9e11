"""Who is told of each consultation move, as data, and the emit() call that tells them.

The acting agency is never told of its own move.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ..notifications import emit
from .models import Consultation

OPENER, ADDRESSEE, OTHER_SIDE = "opener", "addressee", "other_side"

# move -> (event type, who is told): the opener, the addressee, or the side that did not act.
MOVE_EVENTS: dict[str, tuple[str, str]] = {
    "open": ("consultation.opened", ADDRESSEE),
    "post_message": ("consultation.message_posted", OTHER_SIDE),
    "answer": ("consultation.answered", OPENER),
    "record_agreement": ("consultation.agreement_recorded", ADDRESSEE),
    "close": ("consultation.closed", ADDRESSEE),
}


def _side(consultation: Consultation, part: str, actor_agency_id: int) -> int:
    """The agency id playing `part` in the consultation."""
    if part == OTHER_SIDE:
        opener = consultation.opener_agency_id
        return consultation.addressee_agency_id if actor_agency_id == opener else opener
    return consultation.opener_agency_id if part == OPENER else consultation.addressee_agency_id


def notify_move(db: Session, move: str, consultation: Consultation, actor_agency_id: int,
                occurred_at: datetime) -> str | None:
    """Emit the move's event to the side told, never to the actor."""
    event_type, part = MOVE_EVENTS[move]
    audience = {_side(consultation, part, actor_agency_id)} - {actor_agency_id}
    return emit(db, event_type, "consultation", consultation.id, audience, occurred_at)
