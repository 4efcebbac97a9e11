"""Request and response helpers shared by every resource: JSON bodies in and out, cursors, ETags."""
from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Mapping, Sequence
from urllib.parse import urlencode

import orjson
from flask import Response, current_app, jsonify, request
from flask.json.provider import DefaultJSONProvider
from marshmallow import EXCLUDE
from sqlalchemy import Select, and_, or_
from sqlalchemy.orm import Session
from werkzeug.routing import BaseConverter

from . import context, jsontext
from .errors import ApiError, InvalidInput, PreconditionFailed
from .fields import PageQuery
from .urls import absolute
from .guard import ascii_integer, check_text, complete_body, in_supported_range, load_json

MAX_CURSOR_CHARS = 1000


class IdConverter(BaseConverter):
    """An object id in a path: any segment but a sibling route's name, so `GET /records/batch` is 405."""

    regex = r"(?!batch$)[^/]+"


def parsed_json() -> Any:
    """The request's body parsed once by guard.load_json (None when empty); cached for the request."""
    return context.json_body(_parse_body)


def _parse_body() -> Any:
    raw = complete_body()
    return load_json(raw) if raw else None

# openapi.yaml's IfMatch: `*`, or one or more entity tags, comma-separated.
IF_MATCH = re.compile(r'\s*(\*|(W/)?"[^"]*"(\s*,\s*(W/)?"[^"]*")*)\s*')


def json_body() -> dict[str, Any]:
    """The request's JSON object, or a 415/400 problem."""
    if not request.mimetype or request.mimetype != "application/json":
        raise ApiError("Send the body as application/json.", status=415,
                       slug="unsupported-media-type", title="Unsupported media type")
    body = parsed_json()
    if not isinstance(body, dict):
        raise ApiError("The body must be a JSON object.", slug="malformed-json", title="Malformed JSON")
    return body


# --- cursor pagination -------------------------------------------------------------------------

@dataclass
class Page:
    items: list[Any]
    next_cursor: str | None


def paging(query: Mapping[str, Any]) -> tuple[int, str | None]:
    """The limit and cursor of a list request, from its loaded query (a fields.PageQuery).

    The limit defaults to, and may not exceed, the settings'; an empty cursor is the first page.
    """
    settings = current_app.config["SETTINGS"]
    raw = query.get("limit")
    if raw is None:
        return settings.page_default_limit, query.get("cursor")
    try:
        limit = ascii_integer(raw)
    except ValueError:
        raise InvalidInput({"limit": ["Must be an integer."]}) from None
    if not 1 <= limit <= settings.page_max_limit:
        raise InvalidInput({"limit": [f"Must be between 1 and {settings.page_max_limit}."]})
    return limit, query.get("cursor")


_PAGE_QUERY = PageQuery(unknown=EXCLUDE)


def request_paging() -> tuple[int, str | None]:
    """paging() of a list whose other query parameters, if any, are read (or ignored) elsewhere."""
    return paging(_PAGE_QUERY.load(request.args.to_dict()))


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps([v.isoformat() if hasattr(v, "isoformat") else v for v in values])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, converters: Sequence[Callable[[Any], Any]]) -> list[Any]:
    """The key values in a cursor; 422 for anything this service could not have issued."""
    try:
        if len(cursor) > MAX_CURSOR_CHARS:
            raise ValueError
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if not isinstance(values, list) or len(values) != len(converters):
            raise ValueError
        return [_cursor_value(convert, v) for convert, v in zip(converters, values)]
    except (ValueError, TypeError, OverflowError, RecursionError, ApiError):
        raise InvalidInput({"cursor": ["Not a cursor this service issued."]}) from None


def _cursor_value(convert: Callable[[Any], Any], raw: Any) -> Any:
    """One key value: issued cursors hold short strings and 64-bit integers, times with offsets."""
    if convert is int:
        if isinstance(raw, bool) or not isinstance(raw, int) or not -(2**63) <= raw < 2**63:
            raise ValueError
    elif not isinstance(raw, str) or len(raw) > 200:  # ids and times are strings
        raise ValueError
    else:
        check_text("cursor", raw)
    value = convert(raw)
    if isinstance(value, datetime) and not in_supported_range(value):
        raise ValueError
    return value


def keyset_page(session: Session, stmt: Select, keys: Sequence[Any],
                converters: Sequence[Callable[[Any], Any]], *, limit: int, cursor: str | None,
                descending: bool = True) -> Page:
    """One page of `stmt` ordered by `keys` (unique together) after `cursor`, the last row's key.

    Keyset pagination neither skips nor repeats rows while others are inserted, and its
    cost does not grow with the page number.
    """
    if cursor:
        after = decode_cursor(cursor, converters)
        stmt = stmt.where(keyset_after(keys, after, descending))
    order = [k.desc() if descending else k.asc() for k in keys]
    result = session.execute(stmt.order_by(*order).limit(limit + 1))
    # One entity (or column) a row comes back as itself; several columns as the row.
    rows = list(result.scalars() if len(stmt.column_descriptions) == 1 else result)
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = None
    if more and rows:
        next_cursor = encode_cursor([getattr(rows[-1], k.key) for k in keys])
    return Page(rows, next_cursor)


def keyset_after(keys: Sequence[Any], values: Sequence[Any], descending: bool = True):
    """The rows after `values` in the order of `keys`: the condition a cursor stands for."""
    # (a, b) < (x, y)  ==  a < x OR (a = x AND b < y), written out because SQLite has no row
    # comparison; the extra a <= x gives the planner an index bound, so a deep page costs as
    # little as the first.
    clauses = []
    for i, key in enumerate(keys):
        equal = [keys[j] == values[j] for j in range(i)]
        step = key < values[i] if descending else key > values[i]
        clauses.append(and_(*equal, step))
    bound = keys[0] <= values[0] if descending else keys[0] >= values[0]
    return and_(bound, or_(*clauses))


def page_response(items: list[Any], next_cursor: str | None) -> Response:
    return _with_next_link(jsonify({"items": items, "next_cursor": next_cursor}), next_cursor)


def json_page_response(items: list[str], next_cursor: str | None) -> Response:
    """A page whose items are JSON texts already (built by PostgreSQL), spliced into the page as they are."""
    body = f'{{"items":[{",".join(items)}],"next_cursor":{json.dumps(next_cursor)}}}'
    return _with_next_link(Response(body, mimetype="application/json"), next_cursor)


def _with_next_link(response: Response, next_cursor: str | None) -> Response:
    if next_cursor:
        args = request.args.to_dict()
        args["cursor"] = next_cursor
        response.headers["Link"] = f'<{absolute(request.path)}?{urlencode(args)}>; rel="next"'
    return response


# --- ETags and If-Match --------------------------------------------------------------------------

def etag_for(kind: str, ident: Any, version: int) -> str:
    return f'"{kind}-{ident}-v{version}"'


def if_match_header() -> str | None:
    """The If-Match header, or None when absent; 422 when it is not `*` or a list of ETags."""
    return valid_if_match(request.headers.get("If-Match"))


def valid_if_match(header: str | None) -> str | None:
    """An If-Match header as sent (None when absent); 422 when it is not `*` or a list of ETags."""
    if header is not None and not IF_MATCH.fullmatch(header):
        raise InvalidInput({"If-Match": ['Must be "*" or one or more quoted ETags, e.g. "referral-<id>-v2".']})
    return header


def check_if_match(current_etag: str, header: str | None, what: str = "object") -> None:
    """412 when the If-Match `header` names another version of the `what`; absent If-Match is allowed."""
    if header is None:
        return
    candidates = [tag.strip() for tag in header.split(",")]
    if "*" in candidates or current_etag in candidates or f"W/{current_etag}" in candidates:
        return
    raise PreconditionFailed(
        f"The {what} has changed since you read it; GET it again and retry with its new ETag.",
        headers={"ETag": current_etag},
    )


class JsonProvider(DefaultJSONProvider):
    """Flask's JSON provider, writing with orjson: compact, keys in the order given, UTF-8 text unescaped.

    Types orjson does not know (Decimal, dates, UUIDs) go through Flask's own conversions; an
    integer beyond 64 bits, which orjson refuses, falls back to the standard encoder.
    """

    ensure_ascii = False
    sort_keys = False

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        """The value as JSON text (indented when Flask asks for it, in debug mode)."""
        if kwargs.get("indent") or kwargs.get("sort_keys"):
            return super().dumps(obj, **kwargs)
        try:
            return orjson.dumps(obj, default=self.default, option=jsontext.PASSTHROUGH).decode()
        except TypeError:
            kwargs.setdefault("separators", (",", ":"))
            return super().dumps(obj, **kwargs)

    def response(self, *args: Any, **kwargs: Any) -> Response:
        """A JSON response of the value(s), as Flask's provider makes it, written by `dumps`."""
        obj = self._prepare_response_obj(args, kwargs)
        indent = 2 if (self.compact is None and self._app.debug) or self.compact is False else None
        return self._app.response_class(f"{self.dumps(obj, indent=indent)}\n", mimetype=self.mimetype)
