from enum import StrEnum

class RecommendationActionReviewOutcome(StrEnum):
    AMENDED = "amended"
    UPHELD = "upheld"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
