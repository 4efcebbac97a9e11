"""Referrals, their event history and their evidence attachments."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..agencies.models import Agency
from ..db import Base, utcnow
from ..columns import BigId, Json, string_enum
from .workflow import Category, Offence, Status

class Referral(Base):
    __tablename__ = "referrals"
    __table_args__ = (
        # Keyset pages: the procuratorate's list, each side's list, and status filters.
        Index("ix_referrals_created_at_id", "created_at", "id"),
        Index("ix_referrals_recipient_created", "recipient_agency_id", "created_at", "id"),
        Index("ix_referrals_source_created", "source_agency_id", "created_at", "id"),
        Index("ix_referrals_status_created", "status", "created_at", "id"),
        Index("ix_referrals_due_at", "due_at"),
        # The records helper joins a record to referrals by (source agency, case number).
        Index("ix_referrals_source_case_number", "source_agency_id", "related_case_number"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    source_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    recipient_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    category: Mapped[Category] = mapped_column(string_enum(Category))
    status: Mapped[Status] = mapped_column(string_enum(Status))
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    suspected_offence: Mapped[Offence] = mapped_column(string_enum(Offence))
    incident_occurred_at: Mapped[datetime | None] = mapped_column(default=None)
    incident_division_code: Mapped[str | None] = mapped_column(String(6), default=None)
    incident_address: Mapped[str | None] = mapped_column(String(500), default=None)
    deaths: Mapped[int] = mapped_column(Integer, default=0)
    serious_injuries: Mapped[int] = mapped_column(Integer, default=0)
    minor_injuries: Mapped[int] = mapped_column(Integer, default=0)
    direct_loss_yuan: Mapped[Decimal | None] = mapped_column(Numeric(16, 2), default=None)
    parties: Mapped[list[dict[str, Any]]] = mapped_column(Json, default=list)
    related_case_number: Mapped[str | None] = mapped_column(String(100), default=None)
    contact: Mapped[dict[str, Any] | None] = mapped_column(Json, default=None)
    outcome: Mapped[str | None] = mapped_column(Text, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)
    due_at: Mapped[datetime | None] = mapped_column(default=None)
    # Which step the deadline is for (a key of Settings.deadline_working_days).
    due_step: Mapped[str | None] = mapped_column(String(40), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReferralSequence(Base):
    """The last reference number issued per source agency and year (HD-YJJ-2026-000123)."""

    __tablename__ = "referral_sequences"

    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class ReferralEvent(Base):
    """One move of the workflow: who, from which state to which, why, and when."""

    __tablename__ = "referral_events"
    __table_args__ = (Index("ix_referral_events_referral_id_id", "referral_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"))
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    actor_client_id: Mapped[str] = mapped_column(String(64))
    actor_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    # Action-specific facts: forward's from/to recipient, close's outcome.
    details: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    due_at: Mapped[datetime | None] = mapped_column(default=None)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)

    actor_agency: Mapped[Agency] = relationship(lazy="joined")


class ReferralAttachment(Base):
    """Evidence: a file stored behind referral_service.storage, described here."""

    __tablename__ = "referral_attachments"
    __table_args__ = (Index("ix_referral_attachments_referral_id_created", "referral_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(BigId)
    sha256: Mapped[str] = mapped_column(String(64))
    storage_key: Mapped[str] = mapped_column(String(200), unique=True)
    document_type: Mapped[str] = mapped_column(String(40), default="other")
    uploaded_by_client_id: Mapped[str] = mapped_column(String(64))
    uploaded_by_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    uploaded_by_agency: Mapped[Agency] = relationship(lazy="joined")
