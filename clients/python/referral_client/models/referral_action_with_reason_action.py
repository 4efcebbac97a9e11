from enum import StrEnum

class ReferralActionWithReasonAction(StrEnum):
    DECLINE = "decline"
    NOTIFY_FILING = "notify_filing"
    REQUEST_RECONSIDERATION = "request_reconsideration"
    REQUEST_SUPERVISION = "request_supervision"
    RETURN = "return"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
