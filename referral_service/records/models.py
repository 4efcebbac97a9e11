"""Shared enforcement records (信息共享): one row per agency and case number, with earlier versions kept."""
from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (Boolean, Date, Enum, ForeignKey, Index, Integer, Numeric, String,
                        Text, UniqueConstraint, text)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..agencies.models import Agency
from ..db import Base, utcnow
from ..columns import Json
from .search import Bigrams

# Yuan with two decimals (fen), exact: Numeric on both backends, never a float.
Yuan = Numeric(18, 2, asdecimal=True)


class RecordKind(str, enum.Enum):
    penalty_decision = "penalty_decision"
    inspection = "inspection"
    hazard_order = "hazard_order"
    non_litigation_enforcement = "non_litigation_enforcement"


class RectificationStatus(str, enum.Enum):
    not_required = "not_required"
    pending = "pending"
    completed = "completed"
    overdue = "overdue"


def new_id() -> str:
    return str(uuid.uuid4())


class Record(Base):
    __tablename__ = "records"
    __table_args__ = (
        UniqueConstraint("agency_id", "case_number", name="uq_records_agency_id_case_number"),
        Index("ix_records_decided_at_id", "decided_at", "id"),
        Index("ix_records_agency_id_decided_at_id", "agency_id", "decided_at", "id"),
        Index("ix_records_kind_decided_at_id", "kind", "decided_at", "id"),
        Index("ix_records_subject_credit_code", "subject_credit_code"),
        Index("ix_records_division_code", "division_code"),
        # The warning lists are small slices of a large table: partial indexes keep them cheap.
        Index("ix_records_unreferred", "decided_at", "id",
              sqlite_where=text("unreferred"), postgresql_where=text("unreferred")),
        Index("ix_records_meets_threshold", "decided_at", "id",
              sqlite_where=text("meets_criminal_threshold"),
              postgresql_where=text("meets_criminal_threshold")),
        Index("ix_records_search_bigrams", "search_bigrams", postgresql_using="gin"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    case_number: Mapped[str] = mapped_column(String(100))
    kind: Mapped[RecordKind] = mapped_column(
        Enum(RecordKind, native_enum=False, length=40, validate_strings=True))
    subject_name: Mapped[str] = mapped_column(String(200))
    subject_credit_code: Mapped[str | None] = mapped_column(String(18))
    facts: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    penalty_type: Mapped[str | None] = mapped_column(String(100))
    penalty_amount_yuan: Mapped[Decimal | None] = mapped_column(Yuan)
    decided_at: Mapped[datetime] = mapped_column()
    deaths: Mapped[int] = mapped_column(Integer, default=0)
    serious_injuries: Mapped[int] = mapped_column(Integer, default=0)
    direct_loss_yuan: Mapped[Decimal] = mapped_column(Yuan, default=Decimal("0"))
    rectification_status: Mapped[RectificationStatus | None] = mapped_column(
        Enum(RectificationStatus, native_enum=False, length=20, validate_strings=True))
    rectification_due_date: Mapped[date | None] = mapped_column(Date)
    division_code: Mapped[str] = mapped_column(String(6))
    address: Mapped[str | None] = mapped_column(String(500))
    # Early warnings, stored so that ?flag= is an index scan; see service.Thresholds and links.
    meets_criminal_threshold: Mapped[bool] = mapped_column(Boolean, default=False)
    unreferred: Mapped[bool] = mapped_column(Boolean, default=False)
    # Written with the record, read only by PostgreSQL: deferred, so no page fetches and parses
    # about 120 bigrams a row that nothing shows.
    search_text: Mapped[str] = mapped_column(Text, deferred=True)
    search_bigrams: Mapped[list[str] | None] = mapped_column(Bigrams(), nullable=True, deferred=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    agency: Mapped[Agency] = relationship(lazy="joined")


class RecordVersion(Base):
    """An earlier version of a record, as it was published, kept when the agency republished it."""

    __tablename__ = "record_versions"
    __table_args__ = (UniqueConstraint("record_id", "version", name="uq_record_versions_record_id_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id"))
    version: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column()
    superseded_at: Mapped[datetime] = mapped_column(default=utcnow)
    content: Mapped[dict] = mapped_column(Json)
