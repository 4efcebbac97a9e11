"""quickload holds to marshmallow: the short road loads what `Schema.load` loads, to the same dict.

Thousands of submit bodies, valid and not (each a valid body with a few random changes: fields
dropped, blanked, too long, of the wrong type, unknown keys, bad identifiers, future or naive
times, odd numbers), loaded both ways: the same data, or the same errors. And the short road
must actually be taken for valid bodies, or it would only cost time.
"""
from __future__ import annotations

import copy
import random
from datetime import datetime, timedelta, timezone

import pytest
from marshmallow import Schema, ValidationError

from referral_service.identifiers import resident_id_check_char, uscc_check_char
from referral_service.quickload import QuickLoad, _walk_of
from referral_service.referrals.schemas import ReferralCreate

USCC = "91120102MA05T8XQ3" + uscc_check_char("91120102MA05T8XQ3")
RESIDENT_ID = "12010219800101123" + resident_id_check_char("12010219800101123")
BASE = {
    "category": "criminal", "recipient_agency": "HD-GAJ", "title": "高坠事故线索移送", "summary": "事故经过。" * 40,
    "suspected_offence": "134(1)",
    "incident": {"occurred_at": "2026-01-12T09:30:00+08:00", "division_code": "120102", "address": "津塘路128号",
                 "deaths": 1, "serious_injuries": 2, "direct_loss_yuan": "1865000"},
    "parties": [{"kind": "organization", "role": "suspect", "name": "某建筑公司", "uscc": USCC},
                {"kind": "person", "role": "responsible_person", "name": "王建国", "resident_id": RESIDENT_ID}],
    "related_case_number": "津河东应急罚〔2026〕12号",
    "contact": {"name": "李明", "phone": "022-24123456"},
}
ODD_VALUES = [None, "", " ", "\u3000", "x" * 201, "x" * 40000, 0, 1, -1, 3.0, 3.5, True, [], {}, ["a"], {"a": 1},
              "criminal", "public_interest", "reverse", "nonsense", "134(1)", "HD-GAJ", " HD-GAJ ", "2026-01-12",
              "2026-01-12T09:30:00", "2026-01-12T09:30:00Z", "2999-01-01T00:00:00+08:00", "0001-01-01T00:00:00Z",
              "1865000.5", "1865000.555", "-1", "1e3", 100000, 100001, "120102", "12010", "022-1234", "+86 (22) 1234",
              USCC, USCC.lower(), " " + USCC + " ", USCC[:17] + "0", RESIDENT_ID, RESIDENT_ID[:17] + "0",
              "person", "organization", "suspect", "witness", "other"]


def _paths(value, prefix=()):
    """Every place in a body a change can go: (container, key) pairs, recursively."""
    if isinstance(value, dict):
        for key in list(value):
            yield value, key
            yield from _paths(value[key], (*prefix, key))
    elif isinstance(value, list):
        for index in range(len(value)):
            yield value, index
            yield from _paths(value[index], (*prefix, index))


def _mutate(body: dict, rng: random.Random) -> dict:
    body = copy.deepcopy(body)
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        places = list(_paths(body))
        container, key = rng.choice(places)
        change = rng.random()
        if change < 0.15 and isinstance(container, dict):
            del container[key]
        elif change < 0.22 and isinstance(container, dict):
            container[rng.choice(("extra", "id", "status", "kind", "uscc", "resident_id", "minor_injuries"))] = \
                rng.choice(ODD_VALUES)
        elif change < 0.28 and isinstance(container, list):
            container.append(copy.deepcopy(rng.choice(BASE["parties"])) if rng.random() < 0.7 else None)
        elif change < 0.3:
            body["parties"] = [copy.deepcopy(BASE["parties"][0])] * rng.choice((0, 100, 101))
        else:
            container[key] = copy.deepcopy(rng.choice(ODD_VALUES))
    return body


def _outcome(load, body):
    try:
        return "loaded", load(copy.deepcopy(body))
    except ValidationError as error:
        return "refused", error.messages


def _bodies(count: int):
    rng = random.Random(20261203)
    yield BASE
    yield {key: value for key, value in BASE.items() if key not in ("incident", "parties", "related_case_number")}
    now = datetime.now(timezone.utc)
    for moment in (now - timedelta(minutes=1), now + timedelta(minutes=5)):
        yield {**BASE, "incident": {"occurred_at": moment.isoformat()}}
    yield [BASE]
    yield "text"
    for _ in range(count):
        yield _mutate(BASE, rng)


def test_the_short_road_loads_what_marshmallow_loads():
    schema = ReferralCreate()
    loaded = refused = 0
    for body in _bodies(4000):
        quick, plain = _outcome(schema.load, body), _outcome(lambda data: Schema.load(schema, data), body)
        assert quick == plain, body
        loaded += quick[0] == "loaded"
        refused += quick[0] == "refused"
    assert loaded > 400 and refused > 1000  # the bodies vary enough to mean something


def test_the_short_road_is_taken_for_valid_bodies():
    schema = ReferralCreate()
    walk = _walk_of(schema)
    for body in (BASE, {**BASE, "parties": []}, {**BASE, "incident": {"occurred_at": "2026-01-12T01:30:00Z"}}):
        assert walk(copy.deepcopy(body)) == Schema.load(schema, copy.deepcopy(body))


def test_what_the_walk_does_not_follow_is_refused_when_planned():
    class Partial(QuickLoad):
        pass

    with pytest.raises(TypeError):
        _walk_of(Partial(partial=True))
