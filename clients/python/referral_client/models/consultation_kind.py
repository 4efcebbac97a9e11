from enum import StrEnum

class ConsultationKind(StrEnum):
    PRE_SUIT = "pre_suit"
    PROFESSIONAL_OPINION = "professional_opinion"
    QUESTION = "question"

    def __str__(self) -> str:
        return str(self.value)
