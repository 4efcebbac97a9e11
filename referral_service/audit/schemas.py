"""The access log's API shapes, named after openapi.yaml components."""
import base64

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
    leaf_hash = fields.Function(lambda e: base64.b64encode(bytes.fromhex(e.leaf_hash)).decode() if e.leaf_hash else None)


class CheckpointSchema(Schema):
    """The newest signed tree head, as JSON; `note` is the signed note itself."""

    origin = fields.String()
    tree_size = fields.Integer()
    root_hash = fields.String()
    timestamp = fields.AwareDateTime()
    key_id = fields.String()
    signature = fields.String()
    note = fields.String()


class VerifierKeySchema(Schema):
    """A public key of the log, as a signed-note vkey and a JWK."""

    key_id = fields.String()
    name = fields.String()
    algorithm = fields.String()
    vkey = fields.String()
    current = fields.Boolean()
    jwk = fields.Dict(keys=fields.String(), values=fields.String())


class VerifierKeyListSchema(Schema):
    items = fields.List(fields.Nested(VerifierKeySchema))


_POSITION = {"validate": validate.Range(min=1, max=2**62), "required": True}


class InclusionQuerySchema(Schema):
    seq = fields.Integer(strict=False, **_POSITION)
    tree_size = fields.Integer(strict=False, **_POSITION)


class ConsistencyQuerySchema(Schema):
    first = fields.Integer(strict=False, **_POSITION)
    second = fields.Integer(strict=False, **_POSITION)


class InclusionProofSchema(Schema):
    seq = fields.Integer()
    leaf_index = fields.Integer()
    tree_size = fields.Integer()
    leaf_hash = fields.String()
    root_hash = fields.String()
    hashes = fields.List(fields.String())


class ConsistencyProofSchema(Schema):
    first = fields.Integer()
    second = fields.Integer()
    first_root_hash = fields.String()
    second_root_hash = fields.String()
    hashes = fields.List(fields.String())
