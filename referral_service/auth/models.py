"""OAuth clients and tokens; secrets and tokens are kept only as SHA-256 hashes."""
from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

from authlib.oauth2.rfc6749 import ClientMixin, TokenMixin
from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..agencies.models import Agency
from ..db import Base, utcnow
from .scopes import parse_scopes


def digest(secret: str) -> str:
    """SHA-256 hex of a secret; secrets and tokens are random 256-bit values, so no slow KDF is needed."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class Client(Base, ClientMixin):
    __tablename__ = "oauth_clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    scope: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(default=None)

    agency: Mapped[Agency] = relationship(lazy="joined")

    @property
    def scopes(self) -> list[str]:
        return parse_scopes(self.scope)

    # Authlib's ClientMixin
    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self):
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        if not scope:
            return " ".join(self.scopes)
        allowed = set(self.scopes)
        return " ".join(s for s in parse_scopes(scope) if s in allowed)

    def check_redirect_uri(self, redirect_uri) -> bool:
        return False

    def check_client_secret(self, client_secret: str) -> bool:
        return self.disabled_at is None and hmac.compare_digest(digest(client_secret), self.secret_hash)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type) -> bool:
        return False

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == "client_credentials"


class TokenState(TokenMixin):
    """What Authlib asks of any token, for both shapes of it: the ORM Token below, and the row
    a resource request reads (server.BearerToken)."""

    scope: str
    expires_at: datetime
    revoked_at: datetime | None
    client_disabled_at: datetime | None

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return max(0, int((self.expires_at - utcnow()).total_seconds()))

    def is_expired(self) -> bool:
        return self.expires_at <= utcnow()

    def is_revoked(self) -> bool:
        return self.revoked_at is not None or self.client_disabled_at is not None


class Token(Base, TokenState):
    __tablename__ = "oauth_tokens"
    __table_args__ = (Index("ix_oauth_tokens_expires_at", "expires_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    client_pk: Mapped[int] = mapped_column(ForeignKey("oauth_clients.id"), index=True)
    scope: Mapped[str] = mapped_column(String(500))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)

    client: Mapped[Client] = relationship(lazy="joined")

    # The rest of Authlib's TokenMixin
    def check_client(self, client: Client) -> bool:
        return self.client_pk == client.id

    @property
    def client_disabled_at(self) -> datetime | None:
        return self.client.disabled_at

    def get_user(self):
        return None

    def get_client(self) -> Client:
        return self.client
