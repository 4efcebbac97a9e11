from enum import StrEnum

class RecommendationReviewOutcomeType1(StrEnum):
    AMENDED = "amended"
    UPHELD = "upheld"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
