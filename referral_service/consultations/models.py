"""Consultations between two agencies and the messages (with attachments) posted in them."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..agencies.models import Agency
from ..db import Base, utcnow


class Consultation(Base):
    """A question one agency puts to another; 诉前磋商 adds minutes and an agreed plan."""

    __tablename__ = "consultations"
    __table_args__ = (Index("ix_consultations_opener_created", "opener_agency_id", "created_at", "id"),
                      Index("ix_consultations_addressee_created", "addressee_agency_id", "created_at", "id"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    opener_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    addressee_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    subject: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text)
    link_type: Mapped[str | None] = mapped_column(String(20), default=None)
    link_id: Mapped[str | None] = mapped_column(String(36), default=None)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    minutes: Mapped[str | None] = mapped_column(Text, default=None)
    agreed_plan: Mapped[str | None] = mapped_column(Text, default=None)
    agreed_rectification_date: Mapped[date | None] = mapped_column(Date, default=None)
    answered_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    opener_agency: Mapped[Agency] = relationship(foreign_keys=[opener_agency_id], lazy="joined")
    addressee_agency: Mapped[Agency] = relationship(foreign_keys=[addressee_agency_id], lazy="joined")


class ConsultationMessage(Base):
    """One message in a consultation, by either side."""

    __tablename__ = "consultation_messages"
    __table_args__ = (Index("ix_consultation_messages_consultation_id", "consultation_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id"))
    author_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    author_client_id: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author_agency: Mapped[Agency] = relationship(lazy="joined")
    attachments: Mapped[list["ConsultationAttachment"]] = relationship(
        order_by="ConsultationAttachment.created_at", lazy="selectin")


class ConsultationAttachment(Base):
    """A file posted with a message, stored behind referral_service.storage."""

    __tablename__ = "consultation_attachments"
    __table_args__ = (Index("ix_consultation_attachments_message_id", "message_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    message_id: Mapped[str] = mapped_column(ForeignKey("consultation_messages.id"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    storage_key: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
