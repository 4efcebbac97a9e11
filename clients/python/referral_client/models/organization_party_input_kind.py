from enum import StrEnum

class OrganizationPartyInputKind(StrEnum):
    ORGANIZATION = "organization"

    def __str__(self) -> str:
        return str(self.value)
