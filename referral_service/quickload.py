"""A shorter road through a schema's load for bodies that are valid, and marshmallow's own for the rest.

marshmallow's `Schema.load` spends more on its bookkeeping (an error store, a closure and a
partial-loading check per field, the hook tables scanned, `And(...)` composed anew per field)
than on the fields' own work, and a submit's body runs it five times (the referral, its incident,
its contact, each party). `QuickLoad.load` walks the same fields with the same field objects, in
the same order: each field deserializes and validates itself (`Field.deserialize`), nested schemas
are walked the same way, and the schema's `@validates_schema` and `@post_load` hooks run as
marshmallow runs them. The first ValidationError anywhere abandons the walk and the body is loaded
again by `Schema.load`, which reports the errors: every error response comes from marshmallow.

So a rule lives in one place, the schema; what this module must keep is only marshmallow's order
of operations, and tests/unit/test_quickload.py holds it to `Schema.load` over many varied bodies.
Schemas using what the walk does not follow (pre_load hooks, @validates, many, partial, `only`,
data keys, unknown=INCLUDE) are refused when the walk is first planned, not silently mis-loaded.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marshmallow import EXCLUDE, RAISE, Schema, ValidationError, fields, validate
from marshmallow.decorators import POST_LOAD, PRE_LOAD, VALIDATES, VALIDATES_SCHEMA
from marshmallow.utils import missing

Walk = Callable[[Any], Any]


class QuickLoad(Schema):
    """A schema whose plain `load(data)` takes the short road when the data are valid."""

    def load(self, data, *, many=None, partial=None, unknown=None):
        if many is None and partial is None and unknown is None:
            walk = self.__dict__.get("_quick_walk") or self._plan()
            try:
                return walk(data)
            except ValidationError:
                pass  # marshmallow loads it again below and reports every error
        return super().load(data, many=many, partial=partial, unknown=unknown)

    def _plan(self) -> Walk:
        walk = self.__dict__["_quick_walk"] = _walk_of(self)
        return walk


def _followed(schema: Schema) -> None:
    """Refuse, when planned, a schema that uses what the walk does not follow."""
    hooks = schema._hooks
    unfollowed = {
        "many, partial or unknown=INCLUDE": schema.many or schema.partial or schema.unknown not in (RAISE, EXCLUDE),
        "pre_load or @validates hooks": hooks[PRE_LOAD] or hooks[VALIDATES],
        "hooks with pass_collection or pass_original": any(map(_odd_hook, (*hooks[VALIDATES_SCHEMA],
                                                                           *hooks[POST_LOAD]))),
        "data_key, attribute or dotted names": any(map(_odd_field, schema.load_fields.items())),
    }
    used = [what for what, present in unfollowed.items() if present]
    if used:
        raise TypeError(f"QuickLoad does not follow {'; '.join(used)} ({type(schema).__name__})")


def _odd_hook(hook: tuple) -> bool:
    _name, hook_many, options = hook
    return bool(hook_many or options.get("pass_original"))


def _odd_field(item: tuple[str, fields.Field]) -> bool:
    name, field = item
    return field.data_key is not None or field.attribute not in (None, name) or "." in name


def _walk_of(schema: Schema) -> Walk:
    """The walk of one schema instance: its load fields in order, then its hooks."""
    _followed(schema)
    hooks = schema._hooks
    plan = [(name, field, _step_of(field)) for name, field in schema.load_fields.items()]
    known = frozenset(schema.load_fields) if schema.unknown == RAISE else None
    validators = [getattr(schema, name) for name, _many, _options in hooks[VALIDATES_SCHEMA]]
    post_loads = [getattr(schema, name) for name, _many, _options in hooks[POST_LOAD]]
    make, unknown = schema.dict_class, schema.unknown

    def walk(data: Any) -> Any:
        if type(data) is not dict or (known is not None and not known.issuperset(data)):
            raise ValidationError("fall back")
        result = make()
        for name, field, step in plan:
            value = step(field, data.get(name, missing), name, data)
            if value is not missing:
                result[name] = value
        for validator in validators:
            validator(result, partial=None, many=False, unknown=unknown)
        for post_load in post_loads:
            result = post_load(result, many=False, partial=None, unknown=unknown)
        return result

    return walk


def _step_of(field: fields.Field):
    """How one field is loaded: by itself, or (a nested schema, a list of them) walked."""
    _compose_validators(field)
    if isinstance(field, fields.Nested):
        return _nested_step(field)
    if isinstance(field, fields.List) and isinstance(field.inner, fields.Nested):
        return _list_step(field, _nested_step(field.inner))
    if isinstance(field, fields.List):
        _compose_validators(field.inner)
    return _leaf


def _compose_validators(field: fields.Field) -> None:
    """The field's validators composed once, as marshmallow composes them on every call.

    `Field._validate` runs `Field._validate_all`, a property that builds `And(*validators)` anew
    each time; the same `And`, built once and set on the field, checks the same and reports the
    same errors (whichever road the load takes).
    """
    field._validate = validate.And(*field.validators)


def _leaf(field: fields.Field, raw: Any, name: str, data: dict) -> Any:
    return field.deserialize(raw, name, data)


def _nested_step(field: fields.Nested):
    if field.many or field.only or field.exclude or field.unknown is not None or field.pre_load:
        raise TypeError(f"QuickLoad does not follow Nested options ({field.name})")
    _compose_validators(field)
    inner = _walk_of(field.schema)

    def step(field: fields.Field, raw: Any, name: str, data: dict) -> Any:
        if raw is missing or raw is None:
            return field.deserialize(raw, name, data)  # required, load_default, allow_none
        value = inner(raw)
        field._validate(value)
        return value

    return step


def _list_step(field: fields.List, item_step):
    if field.pre_load:
        raise TypeError(f"QuickLoad does not follow List options ({field.name})")
    inner = field.inner

    def step(field: fields.Field, raw: Any, name: str, data: dict) -> Any:
        if type(raw) is not list:
            return field.deserialize(raw, name, data)  # missing, None, or not a list
        value = [item_step(inner, item, None, None) for item in raw]
        field._validate(value)
        return value

    return step
