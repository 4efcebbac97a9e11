"""Shared fields: one representation per concept (money, query booleans, time filters, paging) for every resource."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from marshmallow import Schema, ValidationError, fields, validate

from .calendar import CHINA_TIME

# openapi.yaml's `Yuan`: up to 13 integer digits (Numeric(16, 2) and wider columns hold it), at
# most two decimals. More decimals are refused, never rounded: a fen lost is a fen misreported.
YUAN_PATTERN = re.compile(r"[0-9]{1,13}(\.[0-9]{1,2})?", re.ASCII)
TWO_PLACES = Decimal("0.01")
# openapi.yaml's `TimeFilter`: RFC 3339 with its offset, or a bare date (that whole day, CST).
RFC3339 = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})",
                     re.ASCII)
BARE_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
# What the contract's `pattern: "\S"` (not only spaces) counts as space: JSON Schema's (ECMA-262) \s.
# Python's str.strip() would also strip the separators \x1c-\x1f, which the contract lets through.
SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
        "\u2028\u2029\u202f\u205f\u3000\ufeff"
EARLIEST = datetime.min.replace(tzinfo=timezone.utc)
LATEST = datetime.max.replace(tzinfo=timezone.utc)


def strip_space(text: str) -> str:
    """`text` without leading and trailing space as the contract counts it."""
    return text.strip(SPACE)


def not_blank(value: str) -> None:
    """A validator: the text is more than space."""
    if not strip_space(value):
        raise ValidationError("Must not be blank.")


def text_field(max_length: int, **kwargs) -> fields.String:
    """A text field of 1 to `max_length` characters that is not only space."""
    return fields.String(validate=[validate.Length(min=1, max=max_length), not_blank], **kwargs)


class Yuan(fields.Field):
    """Money: a decimal string of yuan with at most two decimals in; a string with two decimals out."""

    default_error_messages = {
        "invalid": "Must be an amount in yuan as a decimal string, e.g. \"1200000.50\": "
                   "up to 13 digits, at most two decimals.",
    }

    def _deserialize(self, value, attr, data, **kwargs):
        """A Decimal with two places, or 422 (a number, a third decimal, a sign, a stray space)."""
        if not isinstance(value, str) or not YUAN_PATTERN.fullmatch(value):
            raise self.make_error("invalid")
        return Decimal(value).quantize(TWO_PLACES)

    def _serialize(self, value, attr, obj, **kwargs):
        """Two decimals, always a string."""
        return yuan_text(value)


def yuan_text(value) -> str | None:
    """An amount as the `Yuan` string of responses (None stays None)."""
    return None if value is None else str(Decimal(value).quantize(TWO_PLACES))


class WholeNumber(fields.Integer):
    """A JSON integer as JSON Schema reads it: 3 and 3.0 alike; true, "3" and 3.5 are not numbers here."""

    def __init__(self, *, minimum: int = 0, maximum: int, **kwargs):
        super().__init__(validate=validate.Range(min=minimum, max=maximum), **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        """An int; a float only when it has no fraction."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.make_error("invalid")
        if isinstance(value, float) and not value.is_integer():
            raise self.make_error("invalid")
        return super()._deserialize(int(value), attr, data, **kwargs)


class QueryBoolean(fields.Field):
    """A query flag: exactly `true` or `false`."""

    default_error_messages = {"invalid": "Must be true or false."}

    def _deserialize(self, value, attr, data, **kwargs):
        """True or False; anything else (1, 0, yes, TRUE) is 422."""
        if value == "true":
            return True
        if value == "false":
            return False
        raise self.make_error("invalid")


class TimeFilter(fields.Field):
    """A time bound: RFC 3339 with offset, or a bare date meaning that whole day in China Standard Time.

    A lower bound (`upper=False`) starts at the date's 00:00; an upper bound (`upper=True`, exclusive)
    ends at the next day's 00:00, so `after=D&before=D` is exactly day D. Returned in UTC.
    """

    default_error_messages = {
        "invalid": "Must be an RFC 3339 date-time with its offset (2026-03-15T09:30:00+08:00) "
                   "or a date (2026-03-15, that whole day in China Standard Time).",
    }

    def __init__(self, *, upper: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.upper = upper

    def _deserialize(self, value, attr, data, **kwargs):
        """The bound as an aware UTC datetime, clamped to the representable range."""
        if not isinstance(value, str):
            raise self.make_error("invalid")
        try:
            if BARE_DATE.fullmatch(value):
                return self._day_bound(date.fromisoformat(value))
            if RFC3339.fullmatch(value):
                return _to_utc(datetime.fromisoformat(value.upper().replace("Z", "+00:00")))
        except ValueError:
            pass
        raise self.make_error("invalid")

    def _day_bound(self, day: date) -> datetime:
        """The start of `day` (lower) or of the day after it (upper), China Standard Time."""
        if self.upper:
            if day == date.max:
                return LATEST
            day += timedelta(days=1)
        return _to_utc(datetime.combine(day, time(), CHINA_TIME))


def _to_utc(moment: datetime) -> datetime:
    """`moment` in UTC; a time beyond year 1..9999 in UTC is clamped to the nearest end."""
    try:
        return moment.astimezone(timezone.utc)
    except OverflowError:
        return EARLIEST if moment.year == 1 else LATEST


class FileOut(Schema):
    """What a response says of every stored file; each kind of attachment adds its own fields."""

    id = fields.String()
    filename = fields.String()
    content_type = fields.String()
    size_bytes = fields.Integer()
    sha256 = fields.String()


class PageQuery(Schema):
    """The query parameters of every list, `limit` and `cursor`; each list's filter schema extends it.

    They are loaded as text: http.paging checks the limit against the settings, and the list's
    keyset_page checks that the cursor is one it issued.
    """

    limit = fields.String()
    cursor = fields.String()


class UtcTime(fields.Field):
    """A timestamp as responses give it: RFC 3339 in UTC, ending in Z."""

    def _serialize(self, value, attr, obj, **kwargs):
        """The timestamp in UTC, ending in Z (None stays None)."""
        return None if value is None else value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
