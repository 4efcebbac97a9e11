from enum import StrEnum

class AuditVerifierKeyAlgorithm(StrEnum):
    ED25519 = "ed25519"
    SM2_SM3 = "sm2-sm3"

    def __str__(self) -> str:
        return str(self.value)
