"""JSON text the service writes, by orjson: log lines and canonical forms (http.JsonProvider: bodies).

The standard library's encoder took 72 µs for a referral with its Chinese text, orjson 1 µs, and
every request writes a body and a log line, and hashes its access-log entry. For what the service
dumps (strings, integers, booleans, None, lists and dicts with string keys) orjson writes the same
bytes as `json.dumps(..., ensure_ascii=False, separators=(",", ":"))`: checked for every Unicode
code point by tests/unit/test_jsontext.py. That matters for `canonical`, whose bytes are hashed
into the access log's chain and must never change. Only some floats are written differently
(`9.5e-6` rather than `9.5e-06`): the access log's entries hold none, and a request body's
fingerprint (idempotency) is compared only with the fingerprints of its own retries.
"""
from __future__ import annotations

import json
from typing import Any

import orjson


# Times, dates and dataclasses go to the `default` given, as they did with the standard encoder.
PASSTHROUGH = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def canonical(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes that are hashed (access-log entries, request bodies)."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def dumps(value: Any) -> str:
    """Compact JSON text, keys in the order given (JSON columns)."""
    return orjson.dumps(value).decode()


def line(value: dict[str, Any]) -> str:
    """One log line; anything orjson cannot write (an object, an integer beyond 64 bits) becomes its str()."""
    try:
        return orjson.dumps(value, default=str, option=PASSTHROUGH).decode()
    except TypeError:  # orjson refuses integers beyond 64 bits outright, before `default`
        return json.dumps(value, ensure_ascii=False, default=str)
