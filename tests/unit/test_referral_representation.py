"""representation.referral_json is ReferralOut's dump, field for field, whatever the referral and the caller.

The responses are written by referral_json; ReferralOut (marshmallow) declares the component. A field
added to, removed from or changed in one and not the other fails here: the keys are compared in
order, and the values as the JSON bytes they become, over many varied referrals and views.
"""
import random
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import orjson
import pytest
from marshmallow.experimental.context import Context

from referral_service.referrals.representation import referral_json
from referral_service.referrals.schemas import ReferralOut, View
from referral_service.referrals.workflow import Category, Offence, Status

NOW = datetime(2026, 3, 15, 1, 30, 0, 123456, tzinfo=timezone.utc)
CHINA = timezone(timedelta(hours=8))
TEXTS = ["", "a", "某市应急管理局关于某化工有限公司重大事故隐患的移送函", "Line\nbreak \"quoted\" \\ back",
         "emoji 🚒 and \u2028 separator", " spaced ", "x" * 300]
IDS = ["120102198503121233", "11010519491231002X", "1234", "123456789", "ABCDEFGH"]


def _time(rng: random.Random) -> datetime:
    moment = NOW + timedelta(days=rng.randint(-400, 400), seconds=rng.randint(0, 86399),
                             microseconds=rng.choice([0, 1, 999999, rng.randint(0, 999999)]))
    return moment.astimezone(rng.choice([timezone.utc, CHINA]))


def _maybe(rng: random.Random, value):
    return None if rng.random() < 0.3 else value


def _party(rng: random.Random) -> dict:
    party = {"kind": rng.choice(["organization", "person"]), "role": rng.choice(["suspect", "victim", "witness"]),
             "name": rng.choice(TEXTS[1:])}
    if party["kind"] == "person" and rng.random() < 0.7:
        party["resident_id"] = rng.choice(IDS)
    if party["kind"] == "organization" and rng.random() < 0.7:
        party["uscc"] = "91350100M000100Y43"
    return party


def _referral(rng: random.Random) -> dict:
    incident = rng.random() < 0.7
    due_at = _maybe(rng, rng.choice([NOW, NOW - timedelta(microseconds=1), NOW + timedelta(microseconds=1),
                                     _time(rng)]))
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128))), "reference": f"HD-YJJ-2026-{rng.randint(1, 999999):06d}",
        "source_agency_id": rng.randint(1, 4), "recipient_agency_id": rng.randint(1, 4),
        "category": rng.choice(list(Category)), "status": rng.choice(list(Status)),
        "source_agency_code": "HD-YJJ", "recipient_agency_code": rng.choice(["HD-GAJ", "HD-JCY"]),
        "title": rng.choice(TEXTS), "summary": rng.choice(TEXTS), "suspected_offence": rng.choice(list(Offence)),
        "incident_occurred_at": _time(rng) if incident else None,
        "incident_division_code": _maybe(rng, "120102") if incident else None,
        "incident_address": _maybe(rng, rng.choice(TEXTS)) if incident else None,
        "deaths": rng.randint(0, 3), "serious_injuries": rng.choice([0, 1, 100000]), "minor_injuries": 0,
        "direct_loss_yuan": _maybe(rng, rng.choice([Decimal("0"), Decimal("1200000.5"), Decimal("0.01"),
                                                    Decimal("9999999999999.99")])),
        "parties": rng.choice([None, [], [_party(rng) for _ in range(rng.randint(1, 5))]]),
        "related_case_number": _maybe(rng, rng.choice(["(2026)津河东应急罚〔12〕号", "C-1"])),
        "contact": _maybe(rng, {"name": rng.choice(TEXTS[1:]), "phone": "+86 22 1234 5678"}),
        "outcome": _maybe(rng, rng.choice(TEXTS)), "version": rng.randint(1, 40),
        "due_at": due_at, "due_step": _maybe(rng, rng.choice(["receipt", "decision"])),
        "created_at": _time(rng), "updated_at": _time(rng),
    }


def _view(rng: random.Random, referrals: list[dict]) -> View:
    linked = {r["id"]: rng.choice([[], ["r-1"], ["r-2", "r-1"]]) for r in referrals if rng.random() < 0.5}
    unmasked = rng.random() < 0.5
    return View(rng.choice([NOW, _time(rng)]), linked, lambda referral: unmasked)


def _marshmallow(referrals: list[dict], view: View) -> list[dict]:
    with Context(view):
        return ReferralOut().dump(referrals, many=True)


@pytest.mark.parametrize("seed", range(40))
def test_the_same_as_marshmallow(seed):
    rng = random.Random(seed)
    referrals = [_referral(rng) for _ in range(25)]
    view = _view(rng, referrals)
    expected = _marshmallow(referrals, view)
    written = [referral_json(referral, view) for referral in referrals]
    for mine, theirs in zip(written, expected):
        assert list(mine) == list(theirs)
        assert orjson.dumps(mine) == orjson.dumps(theirs)


def test_the_same_fields_as_the_schema():
    assert list(referral_json(_referral(random.Random(1)), _view(random.Random(1), []))) \
        == list(ReferralOut().dump_fields)


def test_masking_and_overdue_are_exercised():
    """The varied inputs above do reach both sides of each rule (else the comparison proves little)."""
    rng = random.Random(7)
    seen = set()
    for _ in range(400):
        referral = _referral(rng)
        view = _view(rng, [referral])
        out = referral_json(referral, view)
        seen.add(("overdue", out["overdue"]))
        seen.add(("incident", out["incident"] is None))
        seen.add(("linked", bool(out["linked_record_ids"])))
        for party, shown in zip(referral["parties"] or [], out["parties"]):
            if "resident_id" in party:
                seen.add(("masked", party["resident_id"] != shown["resident_id"]))
    assert seen == {(name, flag) for name in ("overdue", "incident", "linked", "masked") for flag in (True, False)}
