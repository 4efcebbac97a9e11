"""Webhook use cases: each client's own subscriptions, their deliveries, redelivery; the events feed."""
from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from config import Settings

from ..auth.protect import Caller
from ..db import utcnow
from ..errors import Conflict, InvalidInput, NotFound
from ..http import Page, check_if_match, decode_cursor, encode_cursor, etag_for, keyset_page
from . import ssrf
from .models import Notification, WebhookDelivery, WebhookSubscription
from .secrets import SecretBox, new_secret

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def etag(subscription: WebhookSubscription) -> str:
    """The subscription's ETag."""
    return etag_for("webhook", subscription.id, subscription.version)


def _aware(value: Any) -> datetime:
    """A cursor's timestamp, which must carry its offset."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("naive timestamp in cursor")
    return parsed


def _check_url(url: str, settings: Settings) -> str:
    """The URL as given when it may receive webhooks now; else 422 naming `url`."""
    try:
        ssrf.check(url.strip(), ssrf.Allowlist.parse(settings.webhook_allowlist))
    except ssrf.Refused as refused:
        raise InvalidInput({"url": [str(refused)]}) from None
    return url.strip()


# --- subscriptions ------------------------------------------------------------------------------

def create_subscription(db: Session, caller: Caller, data: dict[str, Any], settings: Settings,
                        box: SecretBox) -> tuple[WebhookSubscription, str]:
    """A new subscription of the caller's client, and its signing secret (shown this once)."""
    url = _check_url(data["url"], settings)
    count = db.scalar(select(func.count()).select_from(WebhookSubscription)
                      .where(WebhookSubscription.client_id == caller.client_id))
    if count >= settings.webhook_max_subscriptions:
        raise Conflict(f"A client may have at most {settings.webhook_max_subscriptions} webhooks; "
                       "delete one first.", slug="too-many-webhooks", title="Too many webhooks")
    now, secret = utcnow(), new_secret()
    subscription = WebhookSubscription(
        id=str(uuid.uuid4()), client_id=caller.client_id, agency_id=caller.agency_id, url=url,
        event_types=list(data["event_types"]), description=data.get("description"), active=True,
        secret_ciphertext=box.seal(secret), version=1, created_at=now, updated_at=now)
    db.add(subscription)
    db.flush()
    return subscription, secret


def get_subscription(db: Session, caller: Caller, subscription_id: str, *,
                     for_update: bool = False) -> WebhookSubscription:
    """The caller's client's subscription; any other client's, or none, is 404."""
    stmt = select(WebhookSubscription).where(WebhookSubscription.id == subscription_id,
                                             WebhookSubscription.client_id == caller.client_id)
    if for_update:
        stmt = stmt.with_for_update()
    found = db.scalar(stmt) if _UUID.match(subscription_id) else None
    if found is None:
        raise NotFound("No such webhook.")
    return found


def list_subscriptions(db: Session, caller: Caller, limit: int, cursor: str | None) -> Page:
    """The caller's client's subscriptions, newest first."""
    stmt = select(WebhookSubscription).where(WebhookSubscription.client_id == caller.client_id)
    return keyset_page(db, stmt, [WebhookSubscription.created_at, WebhookSubscription.id], [_aware, str],
                       limit=limit, cursor=cursor or "")


def update_subscription(db: Session, caller: Caller, subscription_id: str, data: dict[str, Any],
                        if_match: str | None, settings: Settings) -> WebhookSubscription:
    """Change URL, event types, description; `active: true` re-enables a disabled endpoint."""
    subscription = get_subscription(db, caller, subscription_id, for_update=True)
    check_if_match(etag(subscription), if_match, "webhook")
    if "url" in data:
        subscription.url = _check_url(data["url"], settings)
    if "event_types" in data:
        subscription.event_types = list(data["event_types"])
    if "description" in data:
        subscription.description = data["description"]
    if data.get("active") is True:
        subscription.active, subscription.disabled_reason = True, None
        subscription.disabled_at, subscription.failing_since = None, None
    elif data.get("active") is False:
        subscription.active, subscription.disabled_at = False, utcnow()
        subscription.disabled_reason = "Disabled by its owner."
    subscription.version += 1
    subscription.updated_at = utcnow()
    db.flush()
    return subscription


def delete_subscription(db: Session, caller: Caller, subscription_id: str, if_match: str | None) -> None:
    """Remove the subscription and its deliveries; nothing more is sent to it."""
    subscription = get_subscription(db, caller, subscription_id, for_update=True)
    check_if_match(etag(subscription), if_match, "webhook")
    db.execute(WebhookDelivery.__table__.delete().where(WebhookDelivery.subscription_id == subscription.id))
    db.delete(subscription)
    db.flush()


def rotate_secret(db: Session, caller: Caller, subscription_id: str, if_match: str | None,
                  settings: Settings, box: SecretBox) -> tuple[WebhookSubscription, str]:
    """A new signing secret; the old one keeps signing too until the grace period ends."""
    subscription = get_subscription(db, caller, subscription_id, for_update=True)
    check_if_match(etag(subscription), if_match, "webhook")
    now, secret = utcnow(), new_secret()
    subscription.previous_secret_ciphertext = subscription.secret_ciphertext
    subscription.previous_secret_expires_at = now + timedelta(seconds=settings.webhook_secret_grace_seconds)
    subscription.secret_ciphertext = box.seal(secret)
    subscription.version += 1
    subscription.updated_at = now
    db.flush()
    return subscription, secret


# --- deliveries ---------------------------------------------------------------------------------

def list_deliveries(db: Session, caller: Caller, subscription_id: str, limit: int, cursor: str | None) -> Page:
    """A subscription's deliveries, newest first, with their last status code and times."""
    subscription = get_subscription(db, caller, subscription_id)
    stmt = select(WebhookDelivery).where(WebhookDelivery.subscription_id == subscription.id)
    return keyset_page(db, stmt, [WebhookDelivery.created_at, WebhookDelivery.id], [_aware, str],
                       limit=limit, cursor=cursor or "")


def redeliver(db: Session, caller: Caller, subscription_id: str, delivery_id: str,
              settings: Settings) -> WebhookDelivery:
    """Send a delivery again now, whatever became of it, with a fresh retry window."""
    subscription = get_subscription(db, caller, subscription_id)
    delivery = db.scalar(select(WebhookDelivery).where(
        WebhookDelivery.id == delivery_id, WebhookDelivery.subscription_id == subscription.id
    ).with_for_update()) if _UUID.match(delivery_id) else None
    if delivery is None:
        raise NotFound("No such delivery.")
    if not subscription.active:
        raise Conflict("The webhook is disabled; re-enable it (PATCH active: true) first.",
                       slug="webhook-disabled", title="Webhook disabled")
    now = utcnow()
    delivery.status, delivery.next_attempt_at, delivery.lease_expires_at = "pending", now, None
    delivery.retry_until = now + timedelta(seconds=settings.webhook_retry_window_seconds)
    db.flush()
    return delivery


# --- the feed -----------------------------------------------------------------------------------

# The oldest transaction still running that could be this database's (sessions known to be in other
# databases of the cluster are left out, so their long transactions do not hold the feed back), or
# else the first transaction id not yet started. Both come from the statement's own snapshot.
_HORIZON = text("""(SELECT coalesce(min(x::text::bigint), pg_snapshot_xmax(pg_current_snapshot())::text::bigint)
  FROM pg_snapshot_xip(pg_current_snapshot()) AS x
  WHERE (x::text::bigint % 4294967296) NOT IN (
    SELECT backend_xid::text::bigint FROM pg_stat_activity
    WHERE datname IS DISTINCT FROM current_database() AND backend_xid IS NOT NULL))""")


def feed(db: Session, caller: Caller, after: str | None, limit: int) -> Page:
    """The caller's agency's events after the cursor, in order; and the cursor to poll with next.

    PostgreSQL orders by (transaction id, seq) and lists only rows of transactions older than
    every one of this database still running: a transaction that commits later sorts after any
    cursor already given out, so polling never skips an event. SQLite has one writer at a time: seq order is
    commit order.
    """
    tx_id, seq = decode_cursor(after, [int, int]) if after else (0, 0)
    stmt = select(Notification).where(Notification.agency_id == caller.agency_id)
    if db.get_bind().dialect.name == "postgresql":
        stmt = stmt.where(Notification.tx_id < _HORIZON,
                          or_(Notification.tx_id > tx_id, and_(Notification.tx_id == tx_id, Notification.seq > seq))
                          ).order_by(Notification.tx_id, Notification.seq)
    else:
        stmt = stmt.where(Notification.seq > seq).order_by(Notification.seq)
    items = list(db.scalars(stmt.limit(limit)))
    if items:
        tx_id, seq = items[-1].tx_id or 0, items[-1].seq
    return Page(items, encode_cursor([tx_id, seq]) if seq else None)
