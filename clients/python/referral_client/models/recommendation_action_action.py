from enum import StrEnum

class RecommendationActionAction(StrEnum):
    CLOSE = "close"
    ESCALATE = "escalate"
    FOLLOW_UP = "follow_up"
    OBJECT = "object"
    REPLY = "reply"
    REVIEW = "review"
    SERVE = "serve"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
