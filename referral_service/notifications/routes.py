"""/api/v1/webhooks and /api/v1/events: thin views over notifications.service."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from .. import context
from ..auth.protect import current_caller, protected
from ..db import session
from ..http import json_body, page_response, request_paging
from . import service
from .schemas import (Delivery, Event, EventFilters, PageFilters, Webhook, WebhookCreate, WebhookUpdate,
                      WebhookWithSecret)
from .secrets import SecretBox

bp = Blueprint("webhooks", __name__, url_prefix="/api/v1/webhooks")
events_bp = Blueprint("events", __name__, url_prefix="/api/v1/events")
create_input, update_input = WebhookCreate(), WebhookUpdate()
page_filters, event_filters = PageFilters(), EventFilters()
webhook_out, with_secret_out, delivery_out, event_out = Webhook(), WebhookWithSecret(), Delivery(), Event()


def _settings():
    """The app's settings, handed to the service."""
    return current_app.config["SETTINGS"]


def _box() -> SecretBox:
    """The app's secret box, made once by the app factory."""
    return current_app.extensions["webhook_secret_box"]


def _single(subscription, body: dict, status: int = 200) -> Response:
    """One webhook with its ETag."""
    context.disclose(subscription.id)
    response = jsonify(body)
    response.status_code = status
    response.headers["ETag"] = service.etag(subscription)
    return response


@bp.post("")
@protected("webhooks:manage", "webhooks.create")
def create_webhook():
    """Subscribe an endpoint; the secret is in this response only."""
    data = create_input.load(json_body())
    subscription, secret = service.create_subscription(session(), current_caller(), data, _settings(), _box())
    response = _single(subscription, with_secret_out.dump(_WithSecret(subscription, secret)), 201)
    response.headers["Location"] = url_for("webhooks.get_webhook", webhook_id=subscription.id)
    response.headers["Cache-Control"] = "no-store"
    return response


class _WithSecret:
    """A subscription and its new secret, for the one response that shows it."""

    def __init__(self, subscription, secret: str):
        """Wrap the subscription with its secret."""
        self._subscription, self.secret = subscription, secret

    def __getattr__(self, name: str):
        """Everything else is the subscription's."""
        return getattr(self._subscription, name)


@bp.get("")
@protected("webhooks:manage", "webhooks.list")
def list_webhooks():
    """A page of the caller's client's webhooks."""
    args = page_filters.load(request.args.to_dict())
    page = service.list_subscriptions(session(), current_caller(), request_paging()[0], args.get("cursor"))
    context.disclose(*(s.id for s in page.items))
    return page_response(webhook_out.dump(page.items, many=True), page.next_cursor)


@bp.get("/<webhook_id>")
@protected("webhooks:manage", "webhooks.read")
def get_webhook(webhook_id: str):
    """One webhook, with its ETag."""
    subscription = service.get_subscription(session(), current_caller(), webhook_id)
    return _single(subscription, webhook_out.dump(subscription))


@bp.patch("/<webhook_id>")
@protected("webhooks:manage", "webhooks.update")
def update_webhook(webhook_id: str):
    """Change a webhook (If-Match honoured)."""
    data = update_input.load(json_body())
    subscription = service.update_subscription(session(), current_caller(), webhook_id, data,
                                               request.headers.get("If-Match"), _settings())
    return _single(subscription, webhook_out.dump(subscription))


@bp.delete("/<webhook_id>")
@protected("webhooks:manage", "webhooks.delete")
def delete_webhook(webhook_id: str):
    """Remove a webhook and its deliveries."""
    service.delete_subscription(session(), current_caller(), webhook_id, request.headers.get("If-Match"))
    context.disclose(webhook_id)
    return Response(status=204)


@bp.post("/<webhook_id>/rotate-secret")
@protected("webhooks:manage", "webhooks.rotate_secret")
def rotate_secret(webhook_id: str):
    """A new signing secret; the old one signs too for the grace period."""
    subscription, secret = service.rotate_secret(session(), current_caller(), webhook_id,
                                                 request.headers.get("If-Match"), _settings(), _box())
    response = _single(subscription, with_secret_out.dump(_WithSecret(subscription, secret)))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/<webhook_id>/deliveries")
@protected("webhooks:manage", "webhooks.deliveries")
def list_deliveries(webhook_id: str):
    """A page of a webhook's deliveries."""
    args = page_filters.load(request.args.to_dict())
    page = service.list_deliveries(session(), current_caller(), webhook_id, request_paging()[0], args.get("cursor"))
    context.disclose(webhook_id, *(d.id for d in page.items))
    return page_response(delivery_out.dump(page.items, many=True), page.next_cursor)


@bp.post("/<webhook_id>/deliveries/<delivery_id>/redeliver")
@protected("webhooks:manage", "webhooks.redeliver")
def redeliver(webhook_id: str, delivery_id: str):
    """Queue a delivery to be sent again now."""
    delivery = service.redeliver(session(), current_caller(), webhook_id, delivery_id, _settings())
    context.disclose(webhook_id, delivery.id)
    response = jsonify(delivery_out.dump(delivery))
    response.status_code = 202
    return response


@events_bp.get("")
@protected(None, "events.list")
def list_events():
    """The caller's agency's events after the cursor."""
    args = event_filters.load(request.args.to_dict())
    page = service.feed(session(), current_caller(), args.get("after"), request_paging()[0])
    context.disclose(*(n.event_id for n in page.items), *(n.subject_id for n in page.items))
    return {"items": event_out.dump(page.items, many=True), "next_cursor": page.next_cursor}
