from enum import StrEnum

class ReferralActionPlainAction(StrEnum):
    ACCEPT = "accept"
    RECEIVE = "receive"
    RESUBMIT = "resubmit"

    def __str__(self) -> str:
        return str(self.value)
