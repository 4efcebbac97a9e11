"""Shared helpers for the referral tests: a valid body, and walking a referral to a state."""
from __future__ import annotations

import copy

from referral_service.identifiers import resident_id_check_char, uscc_check_char

from ..support import POLICE

COMPANY_CODE = "91120102MA05L2XK3" + uscc_check_char("91120102MA05L2XK3")
PERSON_ID = "12010219800101123" + resident_id_check_char("12010219800101123")

BODY = {
    "category": "criminal",
    "recipient_agency": POLICE,
    "title": "某化工公司“3·15”较大爆炸事故涉嫌重大责任事故罪",
    "summary": "2026年3月15日，河东区某化工有限公司仓库发生爆炸，造成1人死亡、3人重伤。",
    "suspected_offence": "134(1)",
    "incident": {
        "occurred_at": "2026-03-15T09:30:00+08:00",
        "division_code": "120102",
        "address": "天津市河东区津塘路88号",
        "deaths": 1,
        "serious_injuries": 3,
        "minor_injuries": 2,
        "direct_loss_yuan": "1200000.50",
    },
    "parties": [
        {"kind": "organization", "role": "suspect", "name": "天津某化工有限公司", "uscc": COMPANY_CODE},
        {"kind": "person", "role": "responsible_person", "name": "张三", "resident_id": PERSON_ID},
    ],
    "related_case_number": "津河应急罚〔2026〕12号",
    "contact": {"name": "李四", "phone": "022-24123456"},
}


def body(**changes) -> dict:
    data = copy.deepcopy(BODY)
    data.update(changes)
    return data


def create(caller, **changes) -> dict:
    response = caller.post("/api/v1/referrals", json=body(**changes))
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.json


def act(caller, referral_id: str, action: str, **fields):
    return caller.post(f"/api/v1/referrals/{referral_id}/actions", json={"action": action, **fields})


# How to reach each state from `submitted`: (actor, action, fields) steps.
REASON = {"reason": "理由：经审查"}
PATHS = {
    "submitted": [],
    "received": [("recipient", "receive", {})],
    "returned": [("recipient", "receive", {}), ("recipient", "return", REASON)],
    "accepted": [("recipient", "receive", {}), ("recipient", "accept", {})],
    "declined": [("recipient", "receive", {}), ("recipient", "decline", REASON)],
    "reconsidering": [("recipient", "receive", {}), ("recipient", "decline", REASON),
                      ("source", "request_reconsideration", REASON)],
    "under_supervision": [("recipient", "receive", {}), ("recipient", "decline", REASON),
                          ("source", "request_supervision", REASON)],
    "filing_notified": [("recipient", "receive", {}), ("recipient", "decline", REASON),
                        ("source", "request_supervision", REASON),
                        ("procuratorate", "notify_filing", REASON)],
    "closed": [("recipient", "receive", {}), ("recipient", "accept", {}),
               ("recipient", "close", {"outcome": "已立案"})],
    "withdrawn": [("source", "withdraw", REASON)],
}


def walk_to(actors: dict, state: str, **changes) -> dict:
    """Create a referral (source EMERGENCY -> POLICE) and move it to `state`."""
    referral = create(actors["source"], **changes)
    for who, action, fields in PATHS[state]:
        response = act(actors[who], referral["id"], action, **fields)
        assert response.status_code == 200, response.get_data(as_text=True)
        referral = response.json
    assert referral["status"] == state
    return referral
