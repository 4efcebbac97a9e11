from enum import StrEnum

class ListAuditEventsOutcome(StrEnum):
    CONFLICT = "conflict"
    ERROR = "error"
    FORBIDDEN = "forbidden"
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PRECONDITION_FAILED = "precondition_failed"
    REFUSED = "refused"
    SUCCESS = "success"
    UNAUTHENTICATED = "unauthenticated"

    def __str__(self) -> str:
        return str(self.value)
