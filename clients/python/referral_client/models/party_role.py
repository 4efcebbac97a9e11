from enum import StrEnum

class PartyRole(StrEnum):
    OTHER = "other"
    RESPONSIBLE_PERSON = "responsible_person"
    SUSPECT = "suspect"
    VICTIM = "victim"
    WITNESS = "witness"

    def __str__(self) -> str:
        return str(self.value)
