from enum import StrEnum

class ConsultationLinkType(StrEnum):
    RECOMMENDATION = "recommendation"
    RECORD = "record"
    REFERRAL = "referral"

    def __str__(self) -> str:
        return str(self.value)
