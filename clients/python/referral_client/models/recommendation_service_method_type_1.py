from enum import StrEnum

class RecommendationServiceMethodType1(StrEnum):
    ANNOUNCED = "announced"
    IN_WRITING = "in_writing"

    def __str__(self) -> str:
        return str(self.value)
