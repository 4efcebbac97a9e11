from enum import StrEnum

class RecordFlag(StrEnum):
    MEETS_CRIMINAL_THRESHOLD = "meets_criminal_threshold"
    UNREFERRED = "unreferred"

    def __str__(self) -> str:
        return str(self.value)
