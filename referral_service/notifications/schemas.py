"""marshmallow schemas of webhooks, deliveries and the events feed, named after openapi.yaml components."""
from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

from .catalog import EVENT_TYPES


def _not_blank(value: str) -> None:
    """Refuse whitespace-only text."""
    if not value.strip():
        raise ValidationError("Must not be blank.")


def _event_types(**kw: Any) -> fields.List:
    """A non-empty list of known event types, each at most once."""
    return fields.List(fields.String(validate=validate.OneOf(EVENT_TYPES)),
                       validate=[validate.Length(min=1, max=len(EVENT_TYPES)), _unique], **kw)


def _unique(values: list) -> None:
    """Refuse a list naming an item twice."""
    if len(set(values)) != len(values):
        raise ValidationError("Name each event type once.")


class WebhookCreate(Schema):
    url = fields.String(required=True, validate=[validate.Length(min=1, max=2000), _not_blank])
    event_types = _event_types(required=True)
    description = fields.String(validate=validate.Length(max=500), allow_none=True)


class WebhookUpdate(Schema):
    url = fields.String(validate=[validate.Length(min=1, max=2000), _not_blank])
    event_types = _event_types()
    description = fields.String(validate=validate.Length(max=500), allow_none=True)
    active = fields.Boolean(truthy={True}, falsy={False})


class Webhook(Schema):
    id = fields.String()
    url = fields.String()
    event_types = fields.List(fields.String())
    description = fields.String(allow_none=True)
    active = fields.Boolean()
    disabled_reason = fields.String(allow_none=True)
    disabled_at = fields.AwareDateTime(allow_none=True)
    failing_since = fields.AwareDateTime(allow_none=True)
    previous_secret_expires_at = fields.AwareDateTime(allow_none=True)
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()


class WebhookWithSecret(Webhook):
    secret = fields.String()


class Delivery(Schema):
    id = fields.String()
    event_id = fields.String()
    event_type = fields.String()
    status = fields.String()
    attempts = fields.Integer()
    last_status_code = fields.Integer(allow_none=True)
    last_error = fields.String(allow_none=True)
    last_attempt_at = fields.AwareDateTime(allow_none=True)
    next_attempt_at = fields.Method("_next_attempt", allow_none=True)
    delivered_at = fields.AwareDateTime(allow_none=True)
    created_at = fields.AwareDateTime()

    def _next_attempt(self, delivery: Any) -> str | None:
        """When it is tried next; null once it succeeded or failed for good."""
        return delivery.next_attempt_at.isoformat() if delivery.status == "pending" else None


class Event(Schema):
    id = fields.String(attribute="event_id")
    type = fields.String()
    subject_kind = fields.String()
    subject_id = fields.String()
    occurred_at = fields.AwareDateTime()


class EventFilters(Schema):
    after = fields.String(validate=validate.Length(min=1, max=200))
    limit = fields.Integer(strict=False, validate=validate.Range(min=1, max=200))


class PageFilters(Schema):
    cursor = fields.String(validate=validate.Length(min=1, max=500))
    limit = fields.Integer(strict=False, validate=validate.Range(min=1, max=200))
