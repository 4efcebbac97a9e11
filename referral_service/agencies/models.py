"""The agency model: code, name, kind and division, added by administrators and never changed."""
from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, String
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base, utcnow


class AgencyKind(str, enum.Enum):
    """What an agency is; its kind decides the scopes its clients may hold (auth.scopes)."""

    procuratorate = "procuratorate"
    public_security = "public_security"
    administrative = "administrative"
    oversight = "oversight"


class Agency(Base):
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[AgencyKind] = mapped_column(
        Enum(AgencyKind, native_enum=False, length=32, validate_strings=True))
    division_code: Mapped[str] = mapped_column(String(6))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
