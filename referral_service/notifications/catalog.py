"""The event types an agency can be told of, by subject: the one list subscriptions choose from."""
from __future__ import annotations

# Referral workflow moves, named after what happened (see referrals/notices.py for who is told).
REFERRAL_EVENTS = (
    "referral.submitted", "referral.received", "referral.forwarded", "referral.returned",
    "referral.resubmitted", "referral.withdrawn", "referral.accepted", "referral.declined",
    "referral.reconsidered", "referral.under_supervision", "referral.filing_notified",
    "referral.closed",
)
# The worker's schedule: a pending step's deadline is near (2 working days), or has passed.
DEADLINE_EVENTS = ("referral.due_soon", "referral.overdue")
# A shared enforcement record that reaches the criminal threshold.
RECORD_EVENTS = ("record.threshold_flagged",)

# Recommendation moves (see recommendations/notices.py for who is told).
RECOMMENDATION_EVENTS = (
    "recommendation.served", "recommendation.objected", "recommendation.reviewed",
    "recommendation.replied", "recommendation.followed_up", "recommendation.closed",
    "recommendation.escalated", "recommendation.withdrawn",
)
# Consultation moves (see consultations/notices.py for who is told).
CONSULTATION_EVENTS = (
    "consultation.opened", "consultation.message_posted", "consultation.answered",
    "consultation.agreement_recorded", "consultation.closed",
)

EVENT_TYPES: tuple[str, ...] = (REFERRAL_EVENTS + DEADLINE_EVENTS + RECORD_EVENTS + RECOMMENDATION_EVENTS
                                + CONSULTATION_EVENTS)
