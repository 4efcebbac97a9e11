"""Marshmallow schemas named after the openapi components: Agency and its list filters."""
from marshmallow import Schema, fields


class AgencySchema(Schema):
    code = fields.String()
    name = fields.String()
    kind = fields.Function(lambda agency: agency.kind.value)
    division_code = fields.String()
