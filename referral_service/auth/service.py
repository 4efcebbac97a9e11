"""Registering agencies' clients and switching them off."""
from __future__ import annotations

import secrets

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..agencies.models import Agency
from ..db import utcnow
from .models import Client, Token, digest
from .scopes import check_scopes_for_kind, parse_scopes


def register_client(db: Session, agency_code: str, scopes: str, name: str | None = None) -> tuple[Client, str]:
    """Create a client of the agency; returns it with its secret, which is never stored."""
    agency = db.scalar(select(Agency).where(Agency.code == agency_code))
    if agency is None:
        raise ValueError(f"no agency with code {agency_code!r}")
    wanted = parse_scopes(scopes)
    if not wanted:
        raise ValueError("a client needs at least one scope")
    check_scopes_for_kind(wanted, agency.kind)
    secret = secrets.token_urlsafe(32)
    client = Client(
        client_id=f"{agency.code.lower()}-{secrets.token_hex(6)}",
        secret_hash=digest(secret),
        name=name or f"{agency.name} system",
        agency_id=agency.id,
        scope=" ".join(wanted),
    )
    db.add(client)
    db.flush()
    return client, secret


def disable_client(db: Session, client_id: str) -> Client:
    """Disable a client; its tokens stop working on the next request, on every worker."""
    client = db.scalar(select(Client).where(Client.client_id == client_id))
    if client is None:
        raise ValueError(f"no client with id {client_id!r}")
    now = utcnow()
    if client.disabled_at is None:
        client.disabled_at = now
    db.execute(update(Token).where(Token.client_pk == client.id, Token.revoked_at.is_(None))
               .values(revoked_at=now))
    return client
