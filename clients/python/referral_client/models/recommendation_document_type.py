from enum import StrEnum

class RecommendationDocumentType(StrEnum):
    FOLLOW_UP_EVIDENCE = "follow_up_evidence"
    OTHER = "other"
    RECOMMENDATION_LETTER = "recommendation_letter"
    REPLY_EVIDENCE = "reply_evidence"
    SERVICE_PROOF = "service_proof"

    def __str__(self) -> str:
        return str(self.value)
