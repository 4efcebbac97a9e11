from enum import StrEnum

class RecordKind(StrEnum):
    HAZARD_ORDER = "hazard_order"
    INSPECTION = "inspection"
    NON_LITIGATION_ENFORCEMENT = "non_litigation_enforcement"
    PENALTY_DECISION = "penalty_decision"

    def __str__(self) -> str:
        return str(self.value)
