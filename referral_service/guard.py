"""Hostile input, refused before any work: encodings, NUL characters, JSON depth, numbers and times.

Every request to /api/v1 and /oauth passes `check_request` before its view runs, and every JSON
body goes through `load_json`. Malformed input (not UTF-8, bad percent-encoding, JSON that is not
JSON or is nested too deeply, NUL characters and unpaired surrogates, which no database column can
hold) is 400; a well-formed value out of range (a time outside SUPPORTED_TIMES, an integer beyond
64 bits, a number that is not finite) is 422. Either names the field.
"""
from __future__ import annotations

import binascii
import base64
import json
import math
import re
from datetime import date, datetime, timezone
from itertools import compress
from operator import methodcaller
from typing import Any, Iterator
from urllib.parse import unquote_to_bytes

from flask import Request, current_app, request
from marshmallow import ValidationError, fields
from werkzeug.exceptions import RequestEntityTooLarge

from . import context
from .errors import ApiError, InvalidInput

# Deeper than any body the contract describes (a batch's record's subject is four levels down).
MAX_JSON_DEPTH = 32
# Longer than any header the service reads; gunicorn itself refuses lines beyond 8190 bytes.
MAX_HEADER_CHARS = 8190
# The times the service stores and compares: far from both ends of what a datetime can hold, so
# no time-zone conversion or deadline arithmetic can overflow.
SUPPORTED_TIMES = (datetime(1900, 1, 1, tzinfo=timezone.utc), datetime(2200, 1, 1, tzinfo=timezone.utc))
INT64 = (-(2**63), 2**63 - 1)

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")
_BAD_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")
_ASCII_INTEGER = re.compile(r"-?[0-9]{1,19}")
_FORM = "application/x-www-form-urlencoded"


class MalformedInput(ApiError):
    """400 naming the field: the input is not well-formed, or holds characters no column can hold."""

    status, slug, title = 400, "malformed-input", "Malformed input"

    def __init__(self, errors: dict[str, Any], message: str):
        super().__init__(f"Malformed: {', '.join(sorted(errors))}. {message}", errors=errors)


def malformed(field: str, message: str) -> MalformedInput:
    """The 400 for one field, named without the characters it was refused for (they become U+FFFD)."""
    return MalformedInput({shown(field): [message]}, message)


def shown(name: str) -> str:
    """A field's name as an answer can carry it: NUL and unpaired surrogates become U+FFFD."""
    return _UNSTORABLE.sub("\ufffd", name)


# --- the request line, headers and form body ------------------------------------------------------

def check_request() -> None:
    """Refuse a request whose path, query, headers or form body is malformed (before_request)."""
    environ = request.environ  # read once: every access through the request proxy costs a lookup
    view = current_app.view_functions.get(request.endpoint or "")
    if getattr(view, "audit_action", None):
        context.set_action(view.audit_action)  # the access log names what was attempted
    _check_path(environ)
    if environ.get("QUERY_STRING"):
        for name, value in decoded_pairs(_as_sent(environ, "QUERY_STRING"), "query"):
            check_text(name, value)
    _check_headers(environ)
    if environ.get("CONTENT_TYPE", "").partition(";")[0].strip().lower() == _FORM:
        for name, value in decoded_pairs(complete_body(), "form"):
            check_text(name, value)


def complete_body() -> bytes:
    """The whole body, or 413: a chunked body (no Content-Length) over the limit is refused, not cut.

    Werkzeug stops reading such a body at `max_content_length` and hands on what it read; one more
    byte waiting behind it means the client sent more than the endpoint takes.
    """
    raw = request.get_data(cache=True, parse_form_data=False)
    limit = request.max_content_length
    if (request.content_length is None and limit is not None and len(raw) >= limit
            and request.environ["wsgi.input"].read(1)):
        raise RequestEntityTooLarge()
    return raw


class GuardedRequest(Request):
    """Flask's request, refusing a chunked form body over the limit before it is parsed."""

    def _load_form_data(self) -> None:
        if self.content_length is None and self.mimetype in ("multipart/form-data", _FORM):
            complete_body()
        super()._load_form_data()


def _as_sent(environ: dict, key: str) -> bytes:
    """A WSGI environ string as the bytes the client sent (PEP 3333 carries them as latin-1)."""
    return environ.get(key, "").encode("latin-1", "replace")


def _check_path(environ: dict) -> None:
    """400 naming the path parameter that holds NUL or bytes that are not UTF-8."""
    try:
        path = _as_sent(environ, "PATH_INFO").decode("utf-8")
    except UnicodeDecodeError:
        raise malformed(_named_path_parameter(), "The path is not UTF-8 once percent-decoded.") from None
    if _UNSTORABLE.search(path):
        raise malformed(_named_path_parameter(), "The path must not contain NUL characters.")


def _named_path_parameter() -> str:
    """The path parameter holding what the path was refused for ("path" when none does).

    Werkzeug decodes the path leniently (U+FFFD for bytes that are not UTF-8).
    """
    return next((name for name, value in (request.view_args or {}).items()
                 if isinstance(value, str) and (_UNSTORABLE.search(value) or "\ufffd" in value)), "path")


def decoded_pairs(raw: bytes, where: str) -> Iterator[tuple[str, str]]:
    """Name/value pairs of a query string or form body, decoded strictly (400 on bad encoding)."""
    for piece in raw.split(b"&"):
        if not piece:
            continue
        name_raw, _, value_raw = piece.partition(b"=")
        name = _decode_component(name_raw, where, where)
        yield name, _decode_component(value_raw, name, where)


def _decode_component(raw: bytes, field: str, where: str) -> str:
    """One percent-encoded name or value, strictly: 400 for a stray '%' or bytes that are not UTF-8."""
    text = raw.decode("latin-1")
    if _BAD_PERCENT.search(text):
        raise malformed(field, f"Invalid percent-encoding in the {where}: '%' must be followed by two hex digits.")
    try:
        return unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        raise malformed(field, f"The {where} is not UTF-8 once percent-decoded.") from None


def _check_headers(environ: dict) -> None:
    """400 naming a header that is overlong or holds control characters, or Basic credentials that are not UTF-8.

    The headers are read from the WSGI environ, all values tested at once (tab joins them: it is
    the one control character a header may hold); only a refused request looks for the culprit.
    """
    values = list(compress(environ.values(), map(_IS_HEADER_KEY, environ)))
    if max(map(len, values), default=0) > MAX_HEADER_CHARS or _CONTROL.search("\t".join(values)):
        _refuse_header(environ)
    auth = environ.get("HTTP_AUTHORIZATION", "")
    if auth[:6].lower() == "basic ":
        try:
            credentials = base64.b64decode(auth[6:].strip(), validate=True)
        except (binascii.Error, ValueError):
            return  # not Basic credentials at all: the token endpoint answers invalid_client
        try:
            check_text("Authorization", credentials.decode("utf-8"))
        except UnicodeDecodeError:
            raise malformed("Authorization", "The Basic credentials are not UTF-8.") from None


# The environ keys that carry request headers (CONTENT_TYPE and CONTENT_LENGTH have no HTTP_ prefix).
_IS_HEADER_KEY = methodcaller("startswith", ("HTTP_", "CONTENT_"))


def _refuse_header(environ: dict) -> None:
    """The 400 naming the first header that is overlong or holds control characters."""
    for key, value in environ.items():
        if not _IS_HEADER_KEY(key):
            continue
        if len(value) > MAX_HEADER_CHARS:
            raise malformed(_header_name(key), f"The header is longer than {MAX_HEADER_CHARS} characters.")
        if _CONTROL.search(value):
            raise malformed(_header_name(key), "The header must not contain control characters.")


def _header_name(environ_key: str) -> str:
    """A header's name as werkzeug spells it, from its WSGI environ key (HTTP_X_REQUEST_ID: X-Request-Id)."""
    return environ_key.removeprefix("HTTP_").replace("_", "-").title()


def check_text(field: str, value: str) -> None:
    """400 when a string holds a NUL character or an unpaired surrogate."""
    if _UNSTORABLE.search(value):
        raise malformed(field, "Text must not contain NUL characters or unpaired surrogates (\\ud800-\\udfff).")


# --- JSON bodies ----------------------------------------------------------------------------------

def _no_constants(name: str) -> None:
    """json.loads hook: NaN and Infinity are not JSON."""
    raise ValueError(f"{name} is not a JSON number")


# Text from UTF-8 holds no surrogates, and JSON text no raw NUL: both can only come from escapes.
_SUSPECT_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})")


def load_json(raw: bytes) -> Any:
    """Parse a JSON body strictly: UTF-8, no NaN/Infinity, bounded depth, storable strings and numbers.

    The depth is checked level by level; the walk that names a field runs only when the text has
    a suspect escape or a number out of range, so a large valid batch costs little beyond parsing.
    """
    suspect: list[str] = []

    def big_int(text: str) -> int:
        if len(text) > 18:
            suspect.append(text)
        return int(text)

    def finite_float(text: str) -> float:
        value = float(text)
        if not math.isfinite(value):
            suspect.append(text)
        return value

    try:
        text = raw.decode("utf-8")
        value = json.loads(text, parse_constant=_no_constants, parse_int=big_int, parse_float=finite_float)
    except UnicodeDecodeError as exc:
        raise ApiError(f"The body is not valid UTF-8 JSON: {exc}", slug="malformed-json",
                       title="Malformed JSON", errors={"_body": ["Not UTF-8."]}) from None
    except RecursionError:
        raise _too_deep() from None
    except ValueError as exc:  # JSONDecodeError, NaN/Infinity, integers of more than 4300 digits
        raise ApiError(f"The body is not valid UTF-8 JSON: {exc}", slug="malformed-json",
                       title="Malformed JSON", errors={"_body": [str(exc)]}) from None
    _check_depth(value)
    if suspect or _SUSPECT_ESCAPE.search(text):
        check_json(value)
    return value


def _check_depth(document: Any) -> None:
    """400 for a body nested beyond MAX_JSON_DEPTH, one level at a time (no paths built)."""
    level, depth = [document], 0
    while level:
        depth += 1
        if depth > MAX_JSON_DEPTH + 1:
            raise _too_deep()
        below: list[Any] = []
        for value in level:
            if type(value) is dict:
                below.extend(value.values())
            elif type(value) is list:
                below.extend(value)
        level = below


def _too_deep() -> ApiError:
    """The 400 for a body nested beyond MAX_JSON_DEPTH."""
    return ApiError(f"The body is nested more than {MAX_JSON_DEPTH} levels deep.", slug="malformed-json",
                    title="Malformed JSON", errors={"_body": [f"Nested more than {MAX_JSON_DEPTH} levels deep."]})


def check_json(document: Any) -> None:
    """Walk a parsed body once, without recursion: depth, keys, strings and numbers."""
    stack: list[tuple[Any, tuple, int]] = [(document, (), 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise _too_deep()
        if isinstance(value, dict):
            for key, item in value.items():
                _check_json_text(path + (key,), key)
                stack.append((item, path + (key,), depth + 1))
        elif isinstance(value, list):
            stack.extend((item, path + (str(index),), depth + 1) for index, item in enumerate(value))
        else:
            _check_json_scalar(path, value)


def _check_json_scalar(path: tuple, value: Any) -> None:
    """400 for unstorable text; 422 for a number no column holds (1e400 parses as infinity)."""
    if isinstance(value, str):
        _check_json_text(path, value)
    elif isinstance(value, float) and not math.isfinite(value):
        raise InvalidInput(_nested(path, "Must be a finite number."))
    elif isinstance(value, int) and not isinstance(value, bool) and not INT64[0] <= value <= INT64[1]:
        raise InvalidInput(_nested(path, "Must be a 64-bit integer."))


def _check_json_text(path: tuple, value: str) -> None:
    """400 naming the field whose text (or key) holds NUL or an unpaired surrogate."""
    if _UNSTORABLE.search(value):
        message = "Text must not contain NUL characters or unpaired surrogates (\\ud800-\\udfff)."
        raise MalformedInput(_nested(path, message), message)


def _nested(path: tuple, message: str) -> dict[str, Any]:
    """Errors by field as marshmallow nests them: {"parties": {"0": {"name": [...]}}}."""
    errors: Any = [message]
    for part in reversed(path or ("_body",)):
        errors = {shown(str(part)): errors}
    return errors


# --- integers and times ---------------------------------------------------------------------------

def ascii_integer(raw: str) -> int:
    """An integer written in ASCII digits (Python's int() also takes '١٢' and '1_000'); else ValueError."""
    if not _ASCII_INTEGER.fullmatch(raw):
        raise ValueError(f"not an integer in ASCII digits: {raw!r}")
    return int(raw)


class AsciiInteger(fields.Integer):
    """A query-string integer: ASCII digits only, within 64 bits."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and not _ASCII_INTEGER.fullmatch(value):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


def in_supported_range(moment: datetime | date) -> bool:
    """Whether a time (aware) or a date lies within SUPPORTED_TIMES."""
    low, high = SUPPORTED_TIMES
    if isinstance(moment, datetime):
        return moment.tzinfo is not None and low <= moment < high
    return low.date() <= moment < high.date()


def supported_time(moment: datetime | date) -> None:
    """marshmallow validator: 422 for a time outside SUPPORTED_TIMES."""
    if not in_supported_range(moment):
        low, high = SUPPORTED_TIMES
        raise ValidationError(f"Must be from {low.year} up to (not including) {high.year}, with a UTC offset.")


class PayloadTooLarge(ApiError):
    """413 naming the field: more items than the endpoint takes, refused before they are read."""

    status, slug, title = 413, "payload-too-large", "Payload too large"

    def __init__(self, field: str, message: str):
        super().__init__(message, errors={field: [message]})
