from enum import StrEnum

class RecommendationKind(StrEnum):
    CORRECTION = "correction"
    OTHER = "other"
    PUBLIC_INTEREST = "public_interest"
    RETRIAL = "retrial"
    SOCIAL_GOVERNANCE = "social_governance"

    def __str__(self) -> str:
        return str(self.value)
