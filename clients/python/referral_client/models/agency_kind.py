from enum import StrEnum

class AgencyKind(StrEnum):
    ADMINISTRATIVE = "administrative"
    OVERSIGHT = "oversight"
    PROCURATORATE = "procuratorate"
    PUBLIC_SECURITY = "public_security"

    def __str__(self) -> str:
        return str(self.value)
