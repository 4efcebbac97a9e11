from enum import StrEnum

class CopyBody(StrEnum):
    DISCIPLINE_COMMISSION = "discipline_commission"
    GOVERNMENT = "government"
    OTHER = "other"
    PARTY_COMMITTEE = "party_committee"
    PEOPLE_CONGRESS = "people_congress"

    def __str__(self) -> str:
        return str(self.value)
