"""marshmallow schemas named after the openapi components: ConsultationCreate, Consultation, ..."""
from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from ..fields import FileOut, PageQuery, UtcTime, text_field

KINDS = ("question", "professional_opinion", "pre_suit")
STATUSES = ("open", "answered", "closed")
LINK_TYPES = ("referral", "record", "recommendation")
ACTIONS = ("record_agreement", "close")
_BOOL = {"truthy": {"true"}, "falsy": {"false"}}


class Link(Schema):
    type = fields.String(required=True, validate=validate.OneOf(LINK_TYPES))
    id = fields.String(required=True, validate=validate.Length(min=1, max=36))


class ConsultationCreate(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    addressee_agency = text_field(32, required=True)
    subject = text_field(200, required=True)
    question = text_field(20000, required=True)
    link = fields.Nested(Link)
    due_on = fields.Date()


class ConsultationAction(Schema):
    action = fields.String(required=True, validate=validate.OneOf(ACTIONS))
    minutes = text_field(20000)
    agreed_plan = text_field(20000)
    agreed_rectification_date = fields.Date()

    @validates_schema
    def _plan_and_date_together(self, data: dict, **_) -> None:
        """An agreed plan comes with its date, and the other way round."""
        if ("agreed_plan" in data) != ("agreed_rectification_date" in data):
            raise ValidationError("Give the agreed plan and its date together.", "agreed_rectification_date")


class MessageInput(Schema):
    text = text_field(20000, required=True)


class ListFilters(PageQuery):
    kind = fields.String(validate=validate.OneOf(KINDS))
    status = fields.String(validate=validate.OneOf(STATUSES))
    agency = text_field(32)
    overdue = fields.Boolean(**_BOOL)


# --- output -------------------------------------------------------------------------------------

class ConsultationOut(Schema):
    """The Consultation component; `overdue` computed at `today` (China Standard Time)."""

    id = fields.String()
    kind = fields.String()
    status = fields.String()
    opener_agency = fields.Function(lambda c: c.opener_agency.code)
    addressee_agency = fields.Function(lambda c: c.addressee_agency.code)
    subject = fields.String()
    question = fields.String()
    link = fields.Method("_link")
    due_on = fields.Date(allow_none=True)
    overdue = fields.Method("_overdue")
    minutes = fields.String(allow_none=True)
    agreed_plan = fields.String(allow_none=True)
    agreed_rectification_date = fields.Date(allow_none=True)
    answered_at = UtcTime(allow_none=True)
    closed_at = UtcTime(allow_none=True)
    version = fields.Integer()
    created_at = UtcTime()
    updated_at = UtcTime()

    def __init__(self, today=None, **kwargs):
        """The schema, with the moment its computed fields are judged at."""
        super().__init__(**kwargs)
        self.today = today

    def _link(self, c):
        """The linked object, or null."""
        return {"type": c.link_type, "id": c.link_id} if c.link_type else None

    def _overdue(self, c) -> bool:
        """A reply (or answer) is awaited and its period has ended."""
        return c.status == "open" and c.due_on is not None and c.due_on < self.today


class MessageAttachmentOut(FileOut):
    """A file of a consultation message."""

    download_url = fields.String()


class MessageOut(Schema):
    id = fields.String()
    consultation_id = fields.String()
    author_agency = fields.Function(lambda m: m.author_agency.code)
    text = fields.String()
    attachments = fields.Method("_attachments")
    created_at = UtcTime()

    def _attachments(self, m):
        """The message's files with their download URLs."""
        base = f"/api/v1/consultations/{m.consultation_id}/messages/{m.id}/attachments/"
        return [MessageAttachmentOut().dump({**{k: getattr(a, k) for k in
                                                ("id", "filename", "content_type", "size_bytes", "sha256")},
                                             "download_url": base + a.id}) for a in m.attachments]
