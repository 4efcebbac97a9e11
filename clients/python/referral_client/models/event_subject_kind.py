from enum import StrEnum

class EventSubjectKind(StrEnum):
    CONSULTATION = "consultation"
    RECOMMENDATION = "recommendation"
    RECORD = "record"
    REFERRAL = "referral"

    def __str__(self) -> str:
        return str(self.value)
