from enum import StrEnum

class EventType(StrEnum):
    CONSULTATION_AGREEMENT_RECORDED = "consultation.agreement_recorded"
    CONSULTATION_ANSWERED = "consultation.answered"
    CONSULTATION_CLOSED = "consultation.closed"
    CONSULTATION_MESSAGE_POSTED = "consultation.message_posted"
    CONSULTATION_OPENED = "consultation.opened"
    RECOMMENDATION_CLOSED = "recommendation.closed"
    RECOMMENDATION_ESCALATED = "recommendation.escalated"
    RECOMMENDATION_FOLLOWED_UP = "recommendation.followed_up"
    RECOMMENDATION_OBJECTED = "recommendation.objected"
    RECOMMENDATION_REPLIED = "recommendation.replied"
    RECOMMENDATION_REVIEWED = "recommendation.reviewed"
    RECOMMENDATION_SERVED = "recommendation.served"
    RECOMMENDATION_WITHDRAWN = "recommendation.withdrawn"
    RECORD_THRESHOLD_FLAGGED = "record.threshold_flagged"
    REFERRAL_ACCEPTED = "referral.accepted"
    REFERRAL_CLOSED = "referral.closed"
    REFERRAL_DECLINED = "referral.declined"
    REFERRAL_DUE_SOON = "referral.due_soon"
    REFERRAL_FILING_NOTIFIED = "referral.filing_notified"
    REFERRAL_FORWARDED = "referral.forwarded"
    REFERRAL_OVERDUE = "referral.overdue"
    REFERRAL_RECEIVED = "referral.received"
    REFERRAL_RECONSIDERED = "referral.reconsidered"
    REFERRAL_RESUBMITTED = "referral.resubmitted"
    REFERRAL_RETURNED = "referral.returned"
    REFERRAL_SUBMITTED = "referral.submitted"
    REFERRAL_UNDER_SUPERVISION = "referral.under_supervision"
    REFERRAL_WITHDRAWN = "referral.withdrawn"

    def __str__(self) -> str:
        return str(self.value)
