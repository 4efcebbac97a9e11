from enum import StrEnum

class EventType(StrEnum):
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
