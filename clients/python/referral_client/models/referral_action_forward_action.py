from enum import StrEnum

class ReferralActionForwardAction(StrEnum):
    FORWARD = "forward"

    def __str__(self) -> str:
        return str(self.value)
