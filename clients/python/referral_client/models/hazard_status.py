from enum import StrEnum

class HazardStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    NOT_RECTIFIED = "not_rectified"
    RECTIFIED = "rectified"

    def __str__(self) -> str:
        return str(self.value)
