from enum import StrEnum

class RecommendationStatus(StrEnum):
    CLOSED = "closed"
    DRAFTED = "drafted"
    ESCALATED = "escalated"
    FOLLOWED_UP = "followed_up"
    OBJECTED = "objected"
    REPLIED = "replied"
    REVIEWED = "reviewed"
    SERVED = "served"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
