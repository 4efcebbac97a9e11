from enum import StrEnum

class DocumentType(StrEnum):
    INSPECTION_REPORT = "inspection_report"
    INVESTIGATION_REPORT = "investigation_report"
    OTHER = "other"
    SEIZED_ITEMS_LIST = "seized_items_list"
    TRANSFER_LETTER = "transfer_letter"

    def __str__(self) -> str:
        return str(self.value)
