from enum import StrEnum

class ReferralActionCloseAction(StrEnum):
    CLOSE = "close"

    def __str__(self) -> str:
        return str(self.value)
