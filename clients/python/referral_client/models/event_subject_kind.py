from enum import StrEnum

class EventSubjectKind(StrEnum):
    RECORD = "record"
    REFERRAL = "referral"

    def __str__(self) -> str:
        return str(self.value)
