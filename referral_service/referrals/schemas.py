"""marshmallow schemas, named after the openapi.yaml components."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from marshmallow import Schema, ValidationError, fields, post_load, validate, validates_schema

from ..fields import Paging, QueryBoolean, TimeFilter, WholeNumber, Yuan, strip_space, yuan_text
from ..guard import supported_time
from ..identifiers import normalize, validate_resident_id, validate_uscc
from .workflow import ACTIONS, Category, Offence, Status

PARTY_ROLES = ("suspect", "responsible_person", "victim", "witness", "other")
PARTY_KINDS = ("organization", "person")
DOCUMENT_TYPES = ("transfer_letter", "investigation_report", "seized_items_list",
                  "inspection_report", "other")


def _not_blank(value: str) -> None:
    if not strip_space(value):
        raise ValidationError("Must not be blank.")


def _text(max_length: int, **kw: Any) -> fields.String:
    return fields.String(validate=[validate.Length(min=1, max=max_length), _not_blank], **kw)


class AwareDateTime(fields.AwareDateTime):
    """An RFC 3339 timestamp with its offset; returned in UTC."""

    default_error_messages = {
        "invalid": "Not an RFC 3339 timestamp, e.g. 2026-03-15T09:30:00+08:00.",
        "invalid_awareness": "Give the time with its UTC offset (timezone), e.g. 2026-03-15T09:30:00+08:00.",
    }

    def _deserialize(self, value, attr, data, **kwargs):
        moment = super()._deserialize(value, attr, data, **kwargs)
        supported_time(moment)  # before the conversion below can overflow
        return moment.astimezone(timezone.utc)


class Party(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(PARTY_KINDS))
    role = fields.String(required=True, validate=validate.OneOf(PARTY_ROLES))
    name = _text(200, required=True)
    uscc = fields.String(validate=validate_uscc)
    resident_id = fields.String(validate=validate_resident_id)

    @validates_schema
    def _identifier_fits_kind(self, data: dict, **_: Any) -> None:
        if data.get("kind") == "person" and "uscc" in data:
            raise ValidationError("A person has a resident ID number, not a credit code.", "uscc")
        if data.get("kind") == "organization" and "resident_id" in data:
            raise ValidationError("An organization has a credit code, not a resident ID number.",
                                  "resident_id")

    @post_load
    def _normalize(self, data: dict, **_: Any) -> dict:
        for key in ("uscc", "resident_id"):
            if key in data:
                data[key] = normalize(data[key])
        data["name"] = strip_space(data["name"])
        return data


class Incident(Schema):
    occurred_at = AwareDateTime(required=True)
    division_code = fields.String(allow_none=True,
                                  validate=validate.Regexp(r"^[0-9]{6}$", error="Six digits (GB/T 2260)."))
    address = _text(500, allow_none=True)
    deaths = WholeNumber(maximum=100000, load_default=0)
    serious_injuries = WholeNumber(maximum=100000, load_default=0)
    minor_injuries = WholeNumber(maximum=100000, load_default=0)
    direct_loss_yuan = Yuan(allow_none=True)

    @validates_schema
    def _not_in_future(self, data: dict, **_: Any) -> None:
        if data.get("occurred_at") and data["occurred_at"] > datetime.now(timezone.utc):
            raise ValidationError("An incident cannot have occurred in the future.", "occurred_at")


class Contact(Schema):
    name = _text(100, required=True)
    phone = fields.String(required=True, validate=validate.Regexp(
        r"^[0-9+()\- ]{5,30}$", error="A phone number: digits, spaces, + - ( ), 5 to 30 characters."))


class ReferralCreate(Schema):
    category = fields.String(required=True, validate=validate.OneOf([c.value for c in Category]))
    recipient_agency = _text(32, required=True)
    title = _text(200, required=True)
    summary = _text(20000, required=True)
    suspected_offence = fields.String(required=True, validate=validate.OneOf([o.value for o in Offence]))
    incident = fields.Nested(Incident)
    parties = fields.List(fields.Nested(Party), load_default=list, validate=validate.Length(max=100))
    related_case_number = _text(100)
    contact = fields.Nested(Contact, required=True)


class ReferralAction(Schema):
    action = fields.String(required=True, validate=validate.OneOf(ACTIONS))
    reason = fields.String(validate=validate.Length(max=5000))
    to_agency = _text(32)
    outcome = fields.String(validate=validate.Length(max=2000))

    @validates_schema
    def _fields_fit_action(self, data: dict, **_: Any) -> None:
        """`to_agency` belongs to forward and `outcome` to close; elsewhere they would be dropped silently."""
        for field, action in (("to_agency", "forward"), ("outcome", "close")):
            if field in data and data.get("action") != action:
                raise ValidationError(f"Only {action} takes {field}.", field)


class ListFilters(Schema):
    status = fields.String(validate=validate.OneOf([s.value for s in Status]))
    category = fields.String(validate=validate.OneOf([c.value for c in Category]))
    source = _text(32)
    recipient = _text(32)
    offence = fields.String(validate=validate.OneOf([o.value for o in Offence]))
    created_after = TimeFilter()
    created_before = TimeFilter(upper=True)
    overdue = QueryBoolean()
    q = _text(100)
    # Handled by http.keyset_page.
    limit = Paging()
    cursor = Paging()


class AttachmentForm(Schema):
    document_type = fields.String(load_default="other", validate=validate.OneOf(DOCUMENT_TYPES))


# --- output -------------------------------------------------------------------------------------

def _iso(value: datetime | None) -> str | None:
    return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z") if value else None


def dump_referral(referral, *, linked_record_ids: list[str], unmasked: bool, now: datetime) -> dict:
    """The Referral component (of a Referral, or a row of service.read_referral); resident ID
    numbers masked unless `unmasked`."""
    from ..identifiers import mask_resident_id

    incident = None
    if referral.incident_occurred_at is not None:
        incident = {
            "occurred_at": _iso(referral.incident_occurred_at),
            "division_code": referral.incident_division_code,
            "address": referral.incident_address,
            "deaths": referral.deaths,
            "serious_injuries": referral.serious_injuries,
            "minor_injuries": referral.minor_injuries,
            "direct_loss_yuan": yuan_text(referral.direct_loss_yuan),
        }
    parties = []
    for party in referral.parties or []:
        party = dict(party)
        if "resident_id" in party and not unmasked:
            party["resident_id"] = mask_resident_id(party["resident_id"])
        parties.append(party)
    return {
        "id": referral.id,
        "reference": referral.reference,
        "category": referral.category.value,
        "status": referral.status.value,
        "source_agency": referral.source_agency_code,
        "recipient_agency": referral.recipient_agency_code,
        "title": referral.title,
        "summary": referral.summary,
        "suspected_offence": referral.suspected_offence.value,
        "incident": incident,
        "parties": parties,
        "related_case_number": referral.related_case_number,
        "linked_record_ids": linked_record_ids,
        "contact": referral.contact,
        "outcome": referral.outcome,
        "due_at": _iso(referral.due_at),
        "due_step": referral.due_step,
        "overdue": referral.due_at is not None and referral.due_at < now,
        "version": referral.version,
        "created_at": _iso(referral.created_at),
        "updated_at": _iso(referral.updated_at),
    }


def dump_event(event) -> dict:
    return {
        "id": event.id,
        "action": event.action,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "actor_client_id": event.actor_client_id,
        "actor_agency": event.actor_agency.code,
        "reason": event.reason,
        "to_agency": event.details.get("to_agency"),
        "from_agency": event.details.get("from_agency"),
        "outcome": event.details.get("outcome"),
        "due_at": _iso(event.due_at),
        "occurred_at": _iso(event.occurred_at),
    }


def dump_attachment(attachment) -> dict:
    return {
        "id": attachment.id,
        "referral_id": attachment.referral_id,
        "filename": attachment.filename,
        "content_type": attachment.content_type,
        "size_bytes": attachment.size_bytes,
        "sha256": attachment.sha256,
        "document_type": attachment.document_type,
        "uploaded_by_agency": attachment.uploaded_by_agency.code,
        "created_at": _iso(attachment.created_at),
        "download_url": f"/api/v1/referrals/{attachment.referral_id}/attachments/{attachment.id}",
    }
