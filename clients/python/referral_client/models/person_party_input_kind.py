from enum import StrEnum

class PersonPartyInputKind(StrEnum):
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
