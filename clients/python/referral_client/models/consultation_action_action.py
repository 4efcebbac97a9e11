from enum import StrEnum

class ConsultationActionAction(StrEnum):
    CLOSE = "close"
    RECORD_AGREEMENT = "record_agreement"

    def __str__(self) -> str:
        return str(self.value)
