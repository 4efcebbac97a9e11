from marshmallow import Schema, fields, validate

from ..fields import TimeFilter
from ..guard import AsciiInteger


class AuditQuerySchema(Schema):
    """Filters of the access log, shared by the list and the export."""

    from_ = TimeFilter(data_key="from")
    to = TimeFilter(upper=True)
    client_id = fields.String(validate=validate.Length(max=64))
    agency = fields.String(validate=validate.Length(max=32))
    action = fields.String(validate=validate.Length(max=100))
    outcome = fields.String(validate=validate.OneOf(
        ["success", "unauthenticated", "forbidden", "not_found", "conflict", "precondition_failed",
         "invalid", "refused", "error"]))
    resource_id = fields.String(validate=validate.Length(max=200))
    status = AsciiInteger(validate=validate.Range(min=100, max=599))


class ExportQuerySchema(AuditQuerySchema):
    format = fields.String(load_default="ndjson", validate=validate.OneOf(["ndjson", "csv"]))


class AuditEventSchema(Schema):
    id = fields.Integer()
    seq = fields.Integer(allow_none=True)
    occurred_at = fields.DateTime()
    request_id = fields.String()
    client_id = fields.String(allow_none=True)
    agency_code = fields.String(allow_none=True)
    scopes = fields.Function(lambda e: e.scopes.split() if e.scopes else [])
    method = fields.String()
    path = fields.String()
    action = fields.String()
    status = fields.Integer()
    outcome = fields.String()
    client_address = fields.String(allow_none=True)
    user_agent = fields.String(allow_none=True)
    resource_ids = fields.List(fields.String())
    content_hash = fields.String()
    prev_hash = fields.String(allow_none=True)
    chain_hash = fields.String(allow_none=True)
