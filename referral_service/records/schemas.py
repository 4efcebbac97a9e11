"""Marshmallow schemas named after the openapi components: RecordInput, RecordBatchInput, Record, RecordVersion."""
from __future__ import annotations

from datetime import timezone
from decimal import Decimal

from marshmallow import (RAISE, Schema, ValidationError, fields, post_load, pre_load, validate,
                         validates_schema)

from ..fields import PageQuery, TimeFilter, WholeNumber, Yuan, strip_space, yuan_text
from ..guard import PayloadTooLarge, supported_time
from ..identifiers import normalize, validate_uscc
from .flags import FLAGS
from .models import RecordKind, RectificationStatus
from .search import query_terms

BATCH_MAX = 1000
Q_MAX_LENGTH = 200  # characters of a search query (`q`)


def _strip(value):
    return strip_space(value) if isinstance(value, str) else value


class Text(fields.String):
    """A string with surrounding whitespace removed before the length check."""

    def _deserialize(self, value, attr, data, **kwargs):
        return _strip(super()._deserialize(value, attr, data, **kwargs))


class SubjectSchema(Schema):
    class Meta:
        unknown = RAISE

    name = Text(required=True, validate=validate.Length(min=1, max=200))
    credit_code = fields.String(load_default=None, allow_none=True, validate=validate_uscc)

    @post_load
    def _normalise(self, data, **kwargs):
        if data.get("credit_code"):
            data["credit_code"] = normalize(data["credit_code"])
        return data


class PenaltySchema(Schema):
    class Meta:
        unknown = RAISE

    type = Text(required=True, validate=validate.Length(min=1, max=100))
    amount_yuan = Yuan(load_default=None, allow_none=True)


class RectificationSchema(Schema):
    class Meta:
        unknown = RAISE

    status = fields.Enum(RectificationStatus, required=True)
    due_date = fields.Date(load_default=None, allow_none=True, validate=supported_time)

    @validates_schema
    def _due_date_when_pending(self, data, **kwargs):
        if data.get("status") is RectificationStatus.pending and data.get("due_date") is None:
            raise ValidationError("Pending rectification needs a due date.", "due_date")


class RecordInputSchema(Schema):
    """One record as an agency publishes it."""

    class Meta:
        unknown = RAISE

    kind = fields.Enum(RecordKind, required=True)
    case_number = Text(required=True, validate=validate.Length(min=1, max=100))
    subject = fields.Nested(SubjectSchema, required=True)
    facts = Text(required=True, validate=validate.Length(min=1, max=20_000))
    legal_basis = Text(load_default=None, allow_none=True, validate=validate.Length(max=2_000))
    penalty = fields.Nested(PenaltySchema, load_default=None, allow_none=True)
    decided_at = fields.AwareDateTime(required=True, validate=supported_time)
    deaths = WholeNumber(maximum=1_000_000, load_default=0)
    serious_injuries = WholeNumber(maximum=1_000_000, load_default=0)
    direct_loss_yuan = Yuan(load_default=Decimal("0.00"))
    rectification = fields.Nested(RectificationSchema, load_default=None, allow_none=True)
    division_code = fields.String(load_default=None, allow_none=True,
                                  validate=validate.Regexp(r"^[0-9]{6}$", error="Must be six digits (GB/T 2260)."))
    address = Text(load_default=None, allow_none=True, validate=validate.Length(max=500))


class RecordBatchInputSchema(Schema):
    class Meta:
        unknown = RAISE

    records = fields.List(fields.Nested(RecordInputSchema), required=True,
                          validate=validate.Length(min=1, max=BATCH_MAX))

    @pre_load
    def _not_over_the_limit(self, data, **kwargs):
        """413 before a single item is validated: a batch is refused by its count, at once."""
        if isinstance(data, dict) and isinstance(data.get("records"), list) and len(data["records"]) > BATCH_MAX:
            raise PayloadTooLarge("records", f"A batch carries at most {BATCH_MAX} records; "
                                  f"this one has {len(data['records'])}. Split it.")
        return data

    @validates_schema
    def _one_entry_per_case(self, data, **kwargs):
        first_at: dict[str, int] = {}
        errors: dict[int, dict] = {}
        for index, item in enumerate(data.get("records", [])):
            number = item["case_number"]
            if number in first_at:
                errors[index] = {"case_number": [
                    f"Case number {number} is also at index {first_at[number]}; a batch publishes each case once."]}
            first_at.setdefault(number, index)
        if errors:
            raise ValidationError({"records": errors})


class PublishedSchema(Schema):
    """The published content of a record: what an agency sent, as every version shows it."""

    case_number = fields.String()
    kind = fields.Function(lambda r: r.kind.value if hasattr(r.kind, "value") else r.kind)
    subject = fields.Function(lambda r: {"name": r.subject_name, "credit_code": r.subject_credit_code})
    facts = fields.String()
    legal_basis = fields.String(allow_none=True)
    penalty = fields.Method("_penalty")
    decided_at = fields.Method("_decided_at")
    deaths = fields.Integer()
    serious_injuries = fields.Integer()
    direct_loss_yuan = Yuan()
    rectification = fields.Method("_rectification")
    division_code = fields.String()
    address = fields.String(allow_none=True)

    def _penalty(self, r):
        if r.penalty_type is None:
            return None
        return {"type": r.penalty_type, "amount_yuan": yuan_text(r.penalty_amount_yuan)}

    def _decided_at(self, r):
        return r.decided_at.astimezone(timezone.utc).isoformat()

    def _rectification(self, r):
        if r.rectification_status is None:
            return None
        status = getattr(r.rectification_status, "value", r.rectification_status)
        due = r.rectification_due_date.isoformat() if r.rectification_due_date else None
        return {"status": status, "due_date": due}


class RecordSchema(PublishedSchema):
    id = fields.String()
    agency = fields.Function(lambda r: r.agency.code)
    flags = fields.Function(lambda r: [flag for flag in FLAGS if getattr(r, flag)])
    referral_ids = fields.Method("_referral_ids")
    version = fields.Integer()
    created_at = fields.DateTime()
    updated_at = fields.DateTime()

    def __init__(self, referral_ids: dict | None = None, **kwargs):
        super().__init__(**kwargs)
        self.referral_ids_by_key = referral_ids or {}

    def _referral_ids(self, r):
        return self.referral_ids_by_key.get((r.agency_id, r.case_number), [])


def _query_long_enough(value: str) -> None:
    try:
        query_terms(value)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


class RecordQuerySchema(PageQuery):
    """The filters of the list and the export."""

    class Meta:
        unknown = RAISE

    agency = fields.String(validate=validate.Length(min=1, max=32))
    kind = fields.Enum(RecordKind)
    subject_credit_code = fields.String(validate=validate_uscc)
    decided_after = TimeFilter()
    decided_before = TimeFilter(upper=True)
    division = fields.String(validate=validate.Regexp(r"^[0-9]{6}$", error="Must be six digits (GB/T 2260)."))
    flag = fields.List(fields.String(validate=validate.OneOf(FLAGS)))
    q = fields.String(validate=[validate.Length(max=Q_MAX_LENGTH), _query_long_enough])

    @pre_load
    def _lists(self, data, **kwargs):
        """Query args arrive as a MultiDict: `flag` may repeat, every other filter is single."""
        out = {}
        for key in data.keys():
            values = data.getlist(key)
            if key == "flag":
                out[key] = values
            elif len(values) > 1:
                raise ValidationError({key: ["Give this filter once."]})
            else:
                out[key] = values[0]
        return out

    @post_load
    def _normalise(self, data, **kwargs):
        if "subject_credit_code" in data:
            data["subject_credit_code"] = normalize(data["subject_credit_code"])
        return data


# The query parameters of a keyword search as clients send it, which plain_query() loads by itself.
PLAIN_QUERY = frozenset({"q", "limit", "cursor"})


def plain_query(args) -> dict[str, str] | None:
    """RecordQuerySchema's load of `args` (a MultiDict) when they are only q, limit and cursor, each
    once, and q is valid; None otherwise: the schema loads those, and answers every error.
    """
    filters = {}
    for key, values in args.lists():
        if key not in PLAIN_QUERY or len(values) != 1:
            return None
        filters[key] = values[0]
    q = filters.get("q")
    if q is not None:
        if len(q) > Q_MAX_LENGTH:
            return None
        try:
            query_terms(q)
        except ValueError:
            return None
    return filters


class RecordVersionSchema(Schema):
    """The RecordVersion component: one version of a record's published content."""

    version = fields.Integer()
    published_at = fields.DateTime()
    superseded_at = fields.DateTime(allow_none=True)
    record = fields.Raw()


class PublishedItemSchema(Schema):
    """What publishing did to one item of a batch."""

    id = fields.String()
    case_number = fields.String()
    version = fields.Integer()
    outcome = fields.String()


class BatchResultSchema(Schema):
    """The RecordBatchResult component, dumped from the list of what happened to each item."""

    created = fields.Function(lambda results: sum(r.outcome == "created" for r in results))
    updated = fields.Function(lambda results: sum(r.outcome == "updated" for r in results))
    unchanged = fields.Function(lambda results: sum(r.outcome == "unchanged" for r in results))
    items = fields.Method("_items")

    def _items(self, results):
        dumped = _published_item.dump(results, many=True)
        return [{"index": index, **item} for index, item in enumerate(dumped)]


_published_item = PublishedItemSchema()
