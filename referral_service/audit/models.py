"""The access log: one row per request, hash-chained for tamper evidence."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, FetchedValue, Index, Integer, LargeBinary, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base, utcnow
from ..columns import BigId, Json


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_occurred_at_id", "occurred_at", "id"),
        Index("ix_audit_events_resource_ids", "resource_ids", postgresql_using="gin"),
        Index("ix_audit_events_tx_id_id", "tx_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    request_id: Mapped[str] = mapped_column(String(64), index=True)
    client_id: Mapped[str | None] = mapped_column(String(64), index=True)
    agency_code: Mapped[str | None] = mapped_column(String(32), index=True)
    scopes: Mapped[str] = mapped_column(String(500), default="")
    method: Mapped[str] = mapped_column(String(10))
    path: Mapped[str] = mapped_column(String(2000))
    action: Mapped[str] = mapped_column(String(100), index=True)
    status: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20))
    client_address: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(500))
    resource_ids: Mapped[list[str]] = mapped_column(Json, default=list)
    content_hash: Mapped[str] = mapped_column(String(64))
    # PostgreSQL: the writing transaction's id (a server default). The sealer links entries in
    # (tx_id, id) order, and only those below the oldest running transaction's id, so an entry
    # that commits late still sorts after every entry already sealed. SQLite (one writer at a
    # time): null, and id order is commit order. Entries sealed before this column existed: null.
    tx_id: Mapped[int | None] = mapped_column(BigInteger, server_default=FetchedValue(), nullable=True)


class AuditSeal(Base):
    """An entry's place on the chain and the tree, written once by the sealer: the entry itself is never updated."""

    __tablename__ = "audit_seals"

    # The position on the chain, from 1; the Merkle leaf index is seq - 1.
    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=False)
    event_id: Mapped[int] = mapped_column(BigId, unique=True)  # the AuditEvent's id
    prev_hash: Mapped[str] = mapped_column(String(64))
    chain_hash: Mapped[str] = mapped_column(String(64))
    # The entry's Merkle leaf hash (hex); null only if it was sealed before the tree existed and never backfilled.
    leaf_hash: Mapped[str | None] = mapped_column(String(64))


class AuditAnchor(Base):
    """Where the chain continues after entries were archived and removed."""

    __tablename__ = "audit_anchors"

    id: Mapped[int] = mapped_column(primary_key=True)
    archived_through_seq: Mapped[int] = mapped_column(BigId, unique=True)
    chain_hash: Mapped[str] = mapped_column(String(64))
    archive_name: Mapped[str] = mapped_column(Text)
    entries: Mapped[int] = mapped_column(BigId)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditTreeNode(Base):
    """A complete subtree of the access log's Merkle tree: level 0 are the leaves, index counts from the left."""

    __tablename__ = "audit_tree_nodes"

    level: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    idx: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(64))


class AuditCheckpoint(Base):
    """A signed tree head, as handed out: the whole signed note is kept as it was signed."""

    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    tree_size: Mapped[int] = mapped_column(BigId, index=True)
    root_hash: Mapped[str] = mapped_column(String(100))
    key_id: Mapped[str] = mapped_column(String(8))
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text)
