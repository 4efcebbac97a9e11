from enum import StrEnum

class ReferralStatus(StrEnum):
    ACCEPTED = "accepted"
    CLOSED = "closed"
    DECLINED = "declined"
    FILING_NOTIFIED = "filing_notified"
    RECEIVED = "received"
    RECONSIDERING = "reconsidering"
    RETURNED = "returned"
    SUBMITTED = "submitted"
    UNDER_SUPERVISION = "under_supervision"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
