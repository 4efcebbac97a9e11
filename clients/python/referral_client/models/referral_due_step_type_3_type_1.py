from enum import StrEnum

class ReferralDueStepType3Type1(StrEnum):
    DECISION = "decision"
    FILING_AFTER_NOTIFICATION = "filing_after_notification"
    RECEIPT = "receipt"
    RECONSIDERATION_DECISION = "reconsideration_decision"
    RECONSIDERATION_REQUEST = "reconsideration_request"
    RESUBMISSION = "resubmission"
    SUPERVISION = "supervision"

    def __str__(self) -> str:
        return str(self.value)
