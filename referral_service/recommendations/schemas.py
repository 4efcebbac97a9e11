"""marshmallow schemas named after the openapi components: RecommendationCreate, Recommendation, ..."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from ..fields import FileOut, PageQuery, UtcTime, text_field
from .workflow import ACTIONS, Kind, Status

HAZARD_CATEGORIES = ("fire_safety", "electrical", "road_transport", "hazardous_chemicals",
                     "construction", "school_safety", "food_drug", "environment", "gas",
                     "special_equipment", "other")
COPY_BODIES = ("party_committee", "people_congress", "government", "discipline_commission", "other")
SERVICE_METHODS = ("in_writing", "announced")
REVIEW_OUTCOMES = ("upheld", "amended", "withdrawn")
HAZARD_STATUSES = ("rectified", "in_progress", "not_rectified")
ADOPTIONS = ("adopted", "partly_adopted", "not_adopted")
DOCUMENT_TYPES = ("recommendation_letter", "service_proof", "reply_evidence", "follow_up_evidence", "other")
EXPORT_FORMATS = ("csv", "xlsx")
_BOOL = {"truthy": {"true"}, "falsy": {"false"}}
_DIVISION = validate.Regexp(r"^[0-9]{6}$", error="Six digits (GB/T 2260).")


class StrictBoolean(fields.Boolean):
    """true or false in JSON, nothing else (not 1, not "yes")."""

    def _deserialize(self, value, attr, data, **kwargs):
        """The boolean, or a validation error for any other JSON value."""
        if not isinstance(value, bool):
            raise self.make_error("invalid")
        return value


class HazardInput(Schema):
    category = fields.String(required=True, validate=validate.OneOf(HAZARD_CATEGORIES))
    description = text_field(5000, required=True)
    location = text_field(500)
    division_code = fields.String(validate=_DIVISION)


class CopyTo(Schema):
    body = fields.String(required=True, validate=validate.OneOf(COPY_BODIES))
    name = text_field(200, required=True)


class RecommendationCreate(Schema):
    document_number = text_field(100, required=True)
    recipient_agency = text_field(32, required=True)
    kind = fields.String(required=True, validate=validate.OneOf([k.value for k in Kind]))
    title = text_field(200, required=True)
    facts = text_field(20000, required=True)
    legal_basis = text_field(5000, required=True)
    requested_measures = text_field(20000, required=True)
    harm_spreading = StrictBoolean(load_default=False)
    hazards = fields.List(fields.Nested(HazardInput), load_default=list, validate=validate.Length(max=200))
    copies_to = fields.List(fields.Nested(CopyTo), load_default=list, validate=validate.Length(max=20))


class HazardResult(Schema):
    id = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(HAZARD_STATUSES))
    note = fields.String(validate=validate.Length(max=5000))


class RecommendationAction(Schema):
    action = fields.String(required=True, validate=validate.OneOf(ACTIONS))
    reason = fields.String(validate=validate.Length(max=5000))
    served_on = fields.Date()
    service_method = fields.String(validate=validate.OneOf(SERVICE_METHODS))
    review_outcome = fields.String(validate=validate.OneOf(REVIEW_OUTCOMES))
    requested_measures = text_field(20000)
    measures = fields.String(validate=validate.Length(max=20000))
    hazards = fields.List(fields.Nested(HazardResult), validate=validate.Length(max=200))
    followed_up_on = fields.Date()
    adoption = fields.String(validate=validate.OneOf(ADOPTIONS))
    escalated_to = fields.List(fields.String(validate=validate.OneOf(COPY_BODIES)),
                               validate=validate.Length(max=5))


class ListFilters(PageQuery):
    agency = text_field(32)
    kind = fields.String(validate=validate.OneOf([k.value for k in Kind]))
    status = fields.String(validate=validate.OneOf([s.value for s in Status]))
    hazard_category = fields.String(validate=validate.OneOf(HAZARD_CATEGORIES))
    overdue = fields.Boolean(**_BOOL)
    due_soon = fields.Boolean(**_BOOL)
    q = fields.String(validate=validate.Length(min=2, max=100))


class ExportFilters(ListFilters):
    format = fields.String(load_default="csv", validate=validate.OneOf(EXPORT_FORMATS))


class StatsQuery(Schema):
    year = fields.Integer(validate=validate.Range(min=2000, max=2100))


class AttachmentForm(Schema):
    document_type = fields.String(load_default="other", validate=validate.OneOf(DOCUMENT_TYPES))


# --- output -------------------------------------------------------------------------------------

class HazardOut(Schema):
    id = fields.String()
    category = fields.String()
    description = fields.String()
    location = fields.String(allow_none=True)
    division_code = fields.String(allow_none=True)
    reply_status = fields.String(allow_none=True)
    reply_note = fields.String(allow_none=True)
    finding = fields.String(allow_none=True)
    finding_note = fields.String(allow_none=True)


class RecommendationOut(Schema):
    """The Recommendation component; flags computed at `now`."""

    id = fields.String()
    document_number = fields.String()
    kind = fields.Function(lambda r: r.kind.value)
    status = fields.Function(lambda r: r.status.value)
    issuer_agency = fields.Function(lambda r: r.issuer_agency.code)
    recipient_agency = fields.Function(lambda r: r.recipient_agency.code)
    title = fields.String()
    facts = fields.String()
    legal_basis = fields.String()
    requested_measures = fields.String()
    harm_spreading = fields.Boolean()
    copies_to = fields.List(fields.Dict())
    hazards = fields.List(fields.Nested(HazardOut))
    served_on = fields.Date(allow_none=True)
    service_method = fields.String(allow_none=True)
    objection_due_on = fields.Date(allow_none=True)
    reply_due_on = fields.Date(allow_none=True)
    due_at = UtcTime(allow_none=True)
    overdue = fields.Method("_overdue")
    due_soon = fields.Method("_due_soon")
    objection = fields.String(allow_none=True)
    review_outcome = fields.String(allow_none=True)
    review_reason = fields.String(allow_none=True)
    replied_at = UtcTime(allow_none=True)
    replied_on_time = fields.Method("_replied_on_time")
    reply_measures = fields.String(allow_none=True)
    followed_up_on = fields.Date(allow_none=True)
    adoption = fields.String(allow_none=True)
    escalated_to = fields.List(fields.String(), allow_none=True)
    withdrawal_reason = fields.String(allow_none=True)
    version = fields.Integer()
    created_at = UtcTime()
    updated_at = UtcTime()

    def __init__(self, now=None, soon=None, **kwargs):
        """The schema, with the moment its computed fields are judged at."""
        super().__init__(**kwargs)
        self.now, self.soon = now, soon

    def _overdue(self, r) -> bool:
        """A reply (or answer) is awaited and its period has ended."""
        return r.due_at is not None and r.due_at < self.now

    def _due_soon(self, r) -> bool:
        """A reply is awaited and due before `soon`."""
        return r.due_at is not None and self.now <= r.due_at < self.soon

    def _replied_on_time(self, r):
        """Whether the reply came by the end of the reply period; null before a reply."""
        if r.replied_at is None or r.reply_due_at is None:
            return None
        return r.replied_at <= r.reply_due_at


class EventOut(Schema):
    id = fields.Integer()
    action = fields.String()
    from_status = fields.String(allow_none=True)
    to_status = fields.String()
    actor_client_id = fields.String()
    actor_agency = fields.Function(lambda e: e.actor_agency.code)
    reason = fields.String(allow_none=True)
    details = fields.Dict()
    occurred_at = UtcTime()


class AttachmentOut(FileOut):
    """The RecommendationAttachment component."""

    recommendation_id = fields.String()
    document_type = fields.String()
    uploaded_by_agency = fields.Function(lambda a: a.uploaded_by_agency.code)
    created_at = UtcTime()
    download_url = fields.Function(
        lambda a: f"/api/v1/recommendations/{a.recommendation_id}/attachments/{a.id}")


class Counts(Schema):
    issued = fields.Integer()
    replied_on_time = fields.Integer()
    replied_late = fields.Integer()
    adopted = fields.Integer()
    partly_adopted = fields.Integer()
    hazards = fields.Integer()
    hazards_rectified = fields.Integer()


class RecommendationStats(Schema):
    year = fields.Integer(allow_none=True)
    totals = fields.Nested(Counts)
    by_agency = fields.Dict(keys=fields.String(), values=fields.Nested(Counts))
    by_month = fields.Dict(keys=fields.String(), values=fields.Nested(Counts))
