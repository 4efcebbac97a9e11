from enum import StrEnum

class SuspectedOffence(StrEnum):
    OTHER = "other"
    VALUE_0 = "134(1)"
    VALUE_1 = "134(2)"
    VALUE_2 = "134-1"
    VALUE_3 = "135"
    VALUE_4 = "135-1"
    VALUE_5 = "136"
    VALUE_6 = "137"
    VALUE_7 = "138"
    VALUE_8 = "139"
    VALUE_9 = "139-1"

    def __str__(self) -> str:
        return str(self.value)
