from enum import StrEnum

class RecordRectificationStatus(StrEnum):
    COMPLETED = "completed"
    NOT_REQUIRED = "not_required"
    OVERDUE = "overdue"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
