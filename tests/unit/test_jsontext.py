"""orjson writes what the standard encoder wrote: the access log's hashes and every body depend on it."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from decimal import Decimal
from uuid import UUID

import pytest
import rfc8785
from flask import Flask
from flask.json.provider import DefaultJSONProvider

from referral_service import jsontext
from referral_service.audit import merkle
from referral_service.http import JsonProvider


def _standard(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def test_canonical_writes_every_code_point_as_the_standard_encoder_did():
    """Every character but the unpaired surrogates (which no entry can hold), in a key and a value."""
    codes = [*range(0, 0xD800), *range(0xE000, 0x110000)]
    differs = []
    for start in range(0, len(codes), 512):  # in runs of 512 characters, each run a key and a value
        text = "".join(map(chr, codes[start:start + 512]))
        value = {"k" + text: [text, 1, None, True, False, -(2**63)], text[::-1]: {"": "字"}}
        if jsontext.canonical(value) != _standard(value):
            differs.append(hex(codes[start]))
    assert differs == []


def test_entry_bytes_are_rfc8785():
    content = {"path": "/api/v1/records?q=消防通道\u2028堵塞", "status": 200, "resource_ids": ["a\"b\\c\x01"],
               "user_agent": None, "method": "GET", "occurred_at": "2026-12-03T06:00:00.000001+00:00"}
    assert merkle.entry_bytes(content) == rfc8785.dumps(content)


def test_a_log_line_writes_what_it_cannot_encode_as_text():
    moment = datetime(2026, 12, 3, 6, 0, tzinfo=timezone.utc)
    assert json.loads(jsontext.line({"at": moment, "big": 2**70, "name": "李明"})) == {
        "at": str(moment), "big": 2**70, "name": "李明"}
    assert json.loads(jsontext.line({"at": moment, "obj": object})) == {"at": str(moment), "obj": str(object)}


@pytest.mark.parametrize("value", [
    {"title": "高坠事故", "deaths": 1, "nested": {"list": [1, "二", None, True]}, "z": 0, "a": 1},
    {"loss": Decimal("1865000.00"), "day": date(2026, 10, 12),
     "at": datetime(2026, 10, 12, 9, 30, tzinfo=timezone.utc), "id": UUID(int=7)},
    [{"huge": 2**80}],
    "text\u0000with\u001fcontrols\"and\\slashes",
])
def test_bodies_are_what_flask_wrote(value):
    """Same text, keys in the order given, Flask's conversions for dates, decimals and UUIDs."""
    ours, flasks = Flask("ours"), Flask("flasks")
    ours.json = JsonProvider(ours)
    flasks.json = DefaultJSONProvider(flasks)
    flasks.json.ensure_ascii = False
    flasks.json.sort_keys = False
    with ours.app_context():
        mine = ours.json.response(value).get_data()
    with flasks.app_context():
        theirs = flasks.json.response(value).get_data()
    assert mine == theirs
