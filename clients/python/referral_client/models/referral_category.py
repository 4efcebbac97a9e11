from enum import StrEnum

class ReferralCategory(StrEnum):
    ADMINISTRATIVE_VIOLATION = "administrative_violation"
    CRIMINAL = "criminal"
    PUBLIC_INTEREST = "public_interest"
    REVERSE = "reverse"

    def __str__(self) -> str:
        return str(self.value)
