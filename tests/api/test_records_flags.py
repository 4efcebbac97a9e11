"""Early warnings: the criminal-threshold and unreferred flags through a referral's whole lifecycle."""
from __future__ import annotations

import pytest

from ..support import EMERGENCY, FIRE, POLICE, PROCURATORATE
from .referral_support import REASON, act, create
from .record_support import record

CASE = "津河应急罚〔2026〕12号"
WARNING = ["meets_criminal_threshold", "unreferred"]

@pytest.fixture
def actors(as_agency):
    return {"source": as_agency(EMERGENCY), "recipient": as_agency(POLICE),
            "procuratorate": as_agency(PROCURATORATE)}

def flags(caller, record_id):
    body = caller.get(f"/api/v1/records/{record_id}").json
    return body["flags"], body["referral_ids"]

def warning_list(caller):
    return [r["case_number"] for r in caller.get("/api/v1/records?flag=unreferred").json["items"]]

@pytest.mark.parametrize("consequences, expected", [
    ({}, []),
    ({"deaths": 1}, WARNING),
    ({"serious_injuries": 2}, []),
    ({"serious_injuries": 3}, WARNING),
    ({"direct_loss_yuan": "999999.99"}, []),
    ({"direct_loss_yuan": "1000000"}, WARNING),
])
def test_threshold_boundaries(actors, consequences, expected):
    published = actors["source"].post("/api/v1/records", json=record(CASE, **consequences)).json
    assert published["flags"] == expected

def test_flags_follow_the_referral_lifecycle(actors):
    source, recipient, prosecutor = actors["source"], actors["recipient"], actors["procuratorate"]
    published = source.post("/api/v1/records", json=record(CASE, deaths=1)).json
    assert published["flags"] == WARNING
    assert warning_list(prosecutor) == [CASE]

    referral = create(source, related_case_number=CASE)
    assert referral["linked_record_ids"] == [published["id"]]
    assert flags(prosecutor, published["id"]) == (["meets_criminal_threshold"], [referral["id"]])
    assert warning_list(prosecutor) == []

    for who, action in (("recipient", "receive"), ("recipient", "return")):
        assert act(actors[who], referral["id"], action, **REASON).status_code == 200
    assert flags(source, published["id"])[0] == ["meets_criminal_threshold"]  # returned still covers it
    assert act(source, referral["id"], "resubmit").status_code == 200
    assert act(source, referral["id"], "withdraw", **REASON).status_code == 200
    # withdrawn: no longer covered, but the link stays visible
    assert flags(prosecutor, published["id"]) == (WARNING, [referral["id"]])
    assert warning_list(prosecutor) == [CASE]

    second = create(source, related_case_number=CASE)
    for action, fields in (("receive", {}), ("accept", {}), ("close", {"outcome": "已立案侦查"})):
        assert act(recipient, second["id"], action, **fields).status_code == 200
    assert flags(prosecutor, published["id"]) == (["meets_criminal_threshold"], [referral["id"], second["id"]])
    assert warning_list(prosecutor) == []

def test_a_referral_made_before_the_record_covers_it_when_published(actors):
    referral = create(actors["source"], related_case_number=CASE)
    assert referral["linked_record_ids"] == []
    published = actors["source"].post("/api/v1/records", json=record(CASE, deaths=2)).json
    assert published["flags"] == ["meets_criminal_threshold"]
    assert published["referral_ids"] == [referral["id"]]
    assert actors["source"].get(f"/api/v1/referrals/{referral['id']}").json["linked_record_ids"] == [published["id"]]

def test_only_the_source_agencys_record_links(actors, as_agency):
    fire = as_agency(FIRE)
    theirs = fire.post("/api/v1/records", json=record(CASE, deaths=1)).json
    create(actors["source"], related_case_number=CASE)  # EMERGENCY names the case, not FIRE
    assert flags(actors["procuratorate"], theirs["id"]) == (WARNING, [])

def test_republishing_below_the_threshold_clears_the_warning(actors):
    published = actors["source"].post("/api/v1/records", json=record(CASE, deaths=1)).json
    lowered = actors["source"].post("/api/v1/records", json=record(CASE, deaths=0)).json
    assert lowered["id"] == published["id"] and lowered["flags"] == []
    assert warning_list(actors["procuratorate"]) == []
