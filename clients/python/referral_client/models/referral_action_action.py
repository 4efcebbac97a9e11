from enum import StrEnum

class ReferralActionAction(StrEnum):
    ACCEPT = "accept"
    CLOSE = "close"
    DECLINE = "decline"
    FORWARD = "forward"
    NOTIFY_FILING = "notify_filing"
    RECEIVE = "receive"
    REQUEST_RECONSIDERATION = "request_reconsideration"
    REQUEST_SUPERVISION = "request_supervision"
    RESUBMIT = "resubmit"
    RETURN = "return"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
