"""The notification outbox, webhook subscriptions, their deliveries and the deadline notices sent."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (JSON, BigInteger, FetchedValue, ForeignKey, Index, String, Text, UniqueConstraint,
                        text)
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base
from ..columns import BigId


class Notification(Base):
    """One event for one agency: a row of the outbox, written in the transaction of the change.

    `seq` orders an agency's feed; `event_id` is shared by the rows of one event (one per agency
    told) and is the `webhook-id` of its deliveries. `fanned_out` is cleared until the worker has
    made a delivery for each subscription that wants the event.
    """

    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_agency_id_seq", "agency_id", "seq"),
        Index("ix_notifications_agency_id_tx_id_seq", "agency_id", "tx_id", "seq"),
        Index("ix_notifications_pending_fan_out", "seq", sqlite_where=text("NOT fanned_out"),
              postgresql_where=text("NOT fanned_out")),
        UniqueConstraint("event_id", "agency_id", name="uq_notifications_event_id_agency_id"),
    )

    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    type: Mapped[str] = mapped_column(String(64))
    subject_kind: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime]
    fanned_out: Mapped[bool] = mapped_column(default=False)
    # PostgreSQL: the writing transaction's id (a server default). The feed is ordered by
    # (tx_id, seq) and shows rows only below the oldest running transaction's id, so a row that
    # commits later always sorts after every cursor already handed out. SQLite (one writer): null.
    tx_id: Mapped[int | None] = mapped_column(BigInteger, server_default=FetchedValue(), nullable=True)


class WebhookSubscription(Base):
    """A client's endpoint, the event types it wants, and its signing secrets (encrypted)."""

    __tablename__ = "webhook_subscriptions"
    __table_args__ = (Index("ix_webhook_subscriptions_client_id_created", "client_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("oauth_clients.client_id"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    event_types: Mapped[list] = mapped_column(JSON)
    description: Mapped[str | None] = mapped_column(String(500))
    active: Mapped[bool] = mapped_column(default=True)
    disabled_reason: Mapped[str | None] = mapped_column(String(500))
    disabled_at: Mapped[datetime | None]
    failing_since: Mapped[datetime | None]
    secret_ciphertext: Mapped[str] = mapped_column(Text)
    previous_secret_ciphertext: Mapped[str | None] = mapped_column(Text)
    previous_secret_expires_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class WebhookDelivery(Base):
    """One event to one subscription: pending until it succeeds or its retry window ends."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        UniqueConstraint("subscription_id", "notification_seq", name="uq_webhook_deliveries_subscription_event"),
        Index("ix_webhook_deliveries_subscription_created", "subscription_id", "created_at", "id"),
        Index("ix_webhook_deliveries_due", "next_attempt_at", sqlite_where=text("status = 'pending'"),
              postgresql_where=text("status = 'pending'")),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    subscription_id: Mapped[str] = mapped_column(ForeignKey("webhook_subscriptions.id", ondelete="CASCADE"))
    notification_seq: Mapped[int] = mapped_column(ForeignKey("notifications.seq"))
    event_id: Mapped[str] = mapped_column(String(36))
    event_type: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    retry_until: Mapped[datetime]
    # A worker that claims the delivery leases it until then; a worker killed mid-delivery
    # leaves the lease to expire, and another worker takes the delivery again.
    lease_expires_at: Mapped[datetime | None]
    last_attempt_at: Mapped[datetime | None]
    last_status_code: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(String(500))
    delivered_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class DeadlineNotice(Base):
    """A deadline event already emitted: (referral, deadline, kind) is sent once."""

    __tablename__ = "deadline_notices"

    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"), primary_key=True)
    due_at: Mapped[datetime] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    event_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime]
