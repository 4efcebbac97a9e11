"""marshmallow schemas, named after the openapi.yaml components."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Mapping

from marshmallow import Schema, ValidationError, fields, post_load, validate, validates_schema
from marshmallow.experimental.context import Context

from ..fields import FileOut, PageQuery, QueryBoolean, TimeFilter, UtcTime, WholeNumber, Yuan, strip_space, text_field
from ..guard import supported_time
from ..identifiers import mask_resident_id, normalize, validate_resident_id, validate_uscc
from ..quickload import QuickLoad
from .workflow import ACTIONS, Category, Offence, Status

PARTY_ROLES = ("suspect", "responsible_person", "victim", "witness", "other")
PARTY_KINDS = ("organization", "person")
DOCUMENT_TYPES = ("transfer_letter", "investigation_report", "seized_items_list",
                  "inspection_report", "other")


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
    name = text_field(200, required=True)
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
    address = text_field(500, allow_none=True)
    deaths = WholeNumber(maximum=100000, load_default=0)
    serious_injuries = WholeNumber(maximum=100000, load_default=0)
    minor_injuries = WholeNumber(maximum=100000, load_default=0)
    direct_loss_yuan = Yuan(allow_none=True)

    @validates_schema
    def _not_in_future(self, data: dict, **_: Any) -> None:
        if data.get("occurred_at") and data["occurred_at"] > datetime.now(timezone.utc):
            raise ValidationError("An incident cannot have occurred in the future.", "occurred_at")


class Contact(Schema):
    name = text_field(100, required=True)
    phone = fields.String(required=True, validate=validate.Regexp(
        r"^[0-9+()\- ]{5,30}$", error="A phone number: digits, spaces, + - ( ), 5 to 30 characters."))


class ReferralCreate(QuickLoad):
    """The body of a submit; loaded the short way when valid (quickload)."""

    category = fields.String(required=True, validate=validate.OneOf([c.value for c in Category]))
    recipient_agency = text_field(32, required=True)
    title = text_field(200, required=True)
    summary = text_field(20000, required=True)
    suspected_offence = fields.String(required=True, validate=validate.OneOf([o.value for o in Offence]))
    incident = fields.Nested(Incident)
    parties = fields.List(fields.Nested(Party), load_default=list, validate=validate.Length(max=100))
    related_case_number = text_field(100)
    contact = fields.Nested(Contact, required=True)


class ReferralAction(Schema):
    action = fields.String(required=True, validate=validate.OneOf(ACTIONS))
    reason = fields.String(validate=validate.Length(max=5000))
    to_agency = text_field(32)
    outcome = fields.String(validate=validate.Length(max=2000))

    @validates_schema
    def _fields_fit_action(self, data: dict, **_: Any) -> None:
        """`to_agency` belongs to forward and `outcome` to close; elsewhere they would be dropped silently."""
        for field, action in (("to_agency", "forward"), ("outcome", "close")):
            if field in data and data.get("action") != action:
                raise ValidationError(f"Only {action} takes {field}.", field)


class ListFilters(PageQuery):
    status = fields.String(validate=validate.OneOf([s.value for s in Status]))
    category = fields.String(validate=validate.OneOf([c.value for c in Category]))
    source = text_field(32)
    recipient = text_field(32)
    offence = fields.String(validate=validate.OneOf([o.value for o in Offence]))
    created_after = TimeFilter()
    created_before = TimeFilter(upper=True)
    overdue = QueryBoolean()
    q = text_field(100)


class AttachmentForm(Schema):
    document_type = fields.String(load_default="other", validate=validate.OneOf(DOCUMENT_TYPES))


# --- output -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class View:
    """What a referral's response depends on besides the referral: the time, and the caller's view
    (the records it may read, by referral id; whether it sees a referral's ID numbers in full)."""

    now: datetime
    linked_record_ids: dict[str, list[str]]
    unmasked: Callable[[Mapping[str, Any]], bool]


class IncidentOut(Schema):
    """The Incident component, from a referral's incident columns."""

    occurred_at = UtcTime(attribute="incident_occurred_at")
    division_code = fields.String(attribute="incident_division_code")
    address = fields.String(attribute="incident_address")
    deaths = fields.Integer()
    serious_injuries = fields.Integer()
    minor_injuries = fields.Integer()
    direct_loss_yuan = Yuan()


class ReferralOut(Schema):
    """The Referral component, dumped from service's referral dict within a `Context(View)`."""

    id = fields.String()
    reference = fields.String()
    category = fields.Enum(Category, by_value=True)
    status = fields.Enum(Status, by_value=True)
    source_agency = fields.String(attribute="source_agency_code")
    recipient_agency = fields.String(attribute="recipient_agency_code")
    title = fields.String()
    summary = fields.String()
    suspected_offence = fields.Enum(Offence, by_value=True)
    incident = fields.Method("_incident")
    parties = fields.Method("_parties")
    related_case_number = fields.String()
    linked_record_ids = fields.Method("_linked_record_ids")
    contact = fields.Raw()
    outcome = fields.String()
    due_at = UtcTime()
    due_step = fields.String()
    overdue = fields.Method("_overdue")
    version = fields.Integer()
    created_at = UtcTime()
    updated_at = UtcTime()

    def _incident(self, referral) -> dict | None:
        return None if referral["incident_occurred_at"] is None else _incident_out.dump(referral)

    def _parties(self, referral) -> list[dict]:
        """The parties; resident ID numbers masked unless the caller is one of the two sides."""
        if Context[View].get().unmasked(referral):
            return list(referral["parties"] or [])
        return [{**party, "resident_id": mask_resident_id(party["resident_id"])} if "resident_id" in party
                else party for party in referral["parties"] or []]

    def _linked_record_ids(self, referral) -> list[str]:
        return Context[View].get().linked_record_ids.get(referral["id"], [])

    def _overdue(self, referral) -> bool:
        return referral["due_at"] is not None and referral["due_at"] < Context[View].get().now


_incident_out = IncidentOut()


class EventOut(Schema):
    """The ReferralEvent component."""

    id = fields.Integer()
    action = fields.String()
    from_status = fields.String()
    to_status = fields.String()
    actor_client_id = fields.String()
    actor_agency = fields.Function(lambda event: event.actor_agency.code)
    reason = fields.String()
    to_agency = fields.Function(lambda event: event.details.get("to_agency"))
    from_agency = fields.Function(lambda event: event.details.get("from_agency"))
    outcome = fields.Function(lambda event: event.details.get("outcome"))
    due_at = UtcTime()
    occurred_at = UtcTime()


class AttachmentOut(FileOut):
    """The Attachment component."""

    referral_id = fields.String()
    document_type = fields.String()
    uploaded_by_agency = fields.Function(lambda attachment: attachment.uploaded_by_agency.code)
    created_at = UtcTime()
    download_url = fields.Function(
        lambda attachment: f"/api/v1/referrals/{attachment.referral_id}/attachments/{attachment.id}")
