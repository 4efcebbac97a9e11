"""Recommendations, the hazards each names, their event history and their attachments."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..agencies.models import Agency
from ..db import Base, utcnow
from ..columns import BigId, Json, string_enum
from .workflow import Kind, Status

class Recommendation(Base):
    """One 检察建议 to one agency, from drafting to closing."""

    __tablename__ = "recommendations"
    __table_args__ = (
        UniqueConstraint("issuer_agency_id", "document_number",
                         name="uq_recommendations_issuer_agency_id_document_number"),
        Index("ix_recommendations_issuer_created", "issuer_agency_id", "created_at", "id"),
        Index("ix_recommendations_recipient_created", "recipient_agency_id", "created_at", "id"),
        Index("ix_recommendations_due_at", "due_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    document_number: Mapped[str] = mapped_column(String(100))
    issuer_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    recipient_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    kind: Mapped[Kind] = mapped_column(string_enum(Kind))
    status: Mapped[Status] = mapped_column(string_enum(Status))
    title: Mapped[str] = mapped_column(String(200))
    facts: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(Text)
    requested_measures: Mapped[str] = mapped_column(Text)
    harm_spreading: Mapped[bool] = mapped_column(Boolean, default=False)
    copies_to: Mapped[list[dict[str, Any]]] = mapped_column(Json, default=list)
    served_on: Mapped[date | None] = mapped_column(Date, default=None)
    service_method: Mapped[str | None] = mapped_column(String(20), default=None)
    objection_due_on: Mapped[date | None] = mapped_column(Date, default=None)
    reply_due_on: Mapped[date | None] = mapped_column(Date, default=None)
    reply_due_at: Mapped[datetime | None] = mapped_column(default=None)
    # The end of the pending reply period while a reply is awaited; null otherwise.
    due_at: Mapped[datetime | None] = mapped_column(default=None)
    objection: Mapped[str | None] = mapped_column(Text, default=None)
    review_outcome: Mapped[str | None] = mapped_column(String(20), default=None)
    review_reason: Mapped[str | None] = mapped_column(Text, default=None)
    replied_at: Mapped[datetime | None] = mapped_column(default=None)
    reply_measures: Mapped[str | None] = mapped_column(Text, default=None)
    followed_up_on: Mapped[date | None] = mapped_column(Date, default=None)
    adoption: Mapped[str | None] = mapped_column(String(20), default=None)
    escalated_to: Mapped[list[str] | None] = mapped_column(Json, default=None)
    withdrawal_reason: Mapped[str | None] = mapped_column(Text, default=None)
    # Normalised title, document number, facts, measures and hazards, for keyword search.
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    issuer_agency: Mapped[Agency] = relationship(foreign_keys=[issuer_agency_id], lazy="joined")
    recipient_agency: Mapped[Agency] = relationship(foreign_keys=[recipient_agency_id], lazy="joined")
    hazards: Mapped[list["Hazard"]] = relationship(order_by="Hazard.position", lazy="selectin",
                                                   cascade="all, delete-orphan")


class Hazard(Base):
    """A hazard (隐患) the recommendation names, with the reply's status and the on-site finding."""

    __tablename__ = "recommendation_hazards"
    __table_args__ = (Index("ix_recommendation_hazards_recommendation_id", "recommendation_id", "position"),
                      Index("ix_recommendation_hazards_category", "category"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendations.id"))
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(500), default=None)
    division_code: Mapped[str | None] = mapped_column(String(6), default=None)
    reply_status: Mapped[str | None] = mapped_column(String(20), default=None)
    reply_note: Mapped[str | None] = mapped_column(Text, default=None)
    finding: Mapped[str | None] = mapped_column(String(20), default=None)
    finding_note: Mapped[str | None] = mapped_column(Text, default=None)


class RecommendationEvent(Base):
    """One move of the lifecycle: who, from which state to which, why, and when."""

    __tablename__ = "recommendation_events"
    __table_args__ = (Index("ix_recommendation_events_recommendation_id_id", "recommendation_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendations.id"))
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    actor_client_id: Mapped[str] = mapped_column(String(64))
    actor_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    details: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)

    actor_agency: Mapped[Agency] = relationship(lazy="joined")


class RecommendationAttachment(Base):
    """A file (the 检察建议书, proof of service, evidence of rectification) behind storage."""

    __tablename__ = "recommendation_attachments"
    __table_args__ = (Index("ix_recommendation_attachments_recommendation_id", "recommendation_id",
                            "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendations.id"))
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
