"""Shared helpers for the recommendation tests: a valid body, and walking one to a state."""
from __future__ import annotations

import copy
import itertools
from datetime import datetime

from referral_service.calendar import CHINA_TIME

from ..support import FIRE

_numbers = itertools.count(1)

BODY = {
    "recipient_agency": FIRE,
    "kind": "social_governance",
    "title": "关于督促整治居民小区消防通道堵塞和“飞线充电”问题的检察建议",
    "facts": "本院在履职中发现辖区多个居民小区消防通道被占用堵塞，部分居民私拉电线为电动自行车充电。",
    "legal_basis": "《中华人民共和国消防法》第二十八条",
    "requested_measures": "开展专项检查，清理占用、堵塞消防通道的车辆和杂物。",
    "hazards": [
        {"category": "fire_safety", "description": "消防通道被私家车长期占用", "location": "某小区3号楼北侧",
         "division_code": "120102"},
        {"category": "electrical", "description": "居民私拉电线为电动自行车充电（飞线充电）", "location": "某小区5号楼"},
    ],
    "copies_to": [{"body": "government", "name": "天津市河东区人民政府"}],
}


def today() -> str:
    return datetime.now(CHINA_TIME).date().isoformat()


def body(**changes) -> dict:
    data = copy.deepcopy(BODY)
    data["document_number"] = f"津河检建〔2026〕{next(_numbers)}号"
    data.update(changes)
    return data


def create(caller, **changes) -> dict:
    response = caller.post("/api/v1/recommendations", json=body(**changes))
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.json


def act(caller, recommendation_id: str, action: str, **fields):
    return caller.post(f"/api/v1/recommendations/{recommendation_id}/actions", json={"action": action, **fields})


def fields_for(action: str, recommendation: dict) -> dict:
    """A complete, valid body for `action` on this recommendation."""
    hazards = [{"id": h["id"], "status": "rectified", "note": "已整改"} for h in recommendation["hazards"]]
    return {
        "serve": {"served_on": today(), "service_method": "in_writing"},
        "object": {"reason": "不属于本单位职责范围"},
        "review": {"review_outcome": "upheld", "reason": "经复查，建议维持"},
        "reply": {"measures": "已开展专项检查并清理通道", "hazards": hazards},
        "follow_up": {"followed_up_on": today(), "hazards": hazards},
        "close": {"adoption": "adopted"},
        "escalate": {"escalated_to": ["government"], "reason": "逾期未整改"},
        "withdraw": {"reason": "问题已解决"},
    }[action]


# How to reach each state from `drafted`: (actor, action) steps.
PATHS = {
    "drafted": [],
    "served": [("issuer", "serve")],
    "objected": [("issuer", "serve"), ("recipient", "object")],
    "reviewed": [("issuer", "serve"), ("recipient", "object"), ("issuer", "review")],
    "replied": [("issuer", "serve"), ("recipient", "reply")],
    "followed_up": [("issuer", "serve"), ("recipient", "reply"), ("issuer", "follow_up")],
    "closed": [("issuer", "serve"), ("recipient", "reply"), ("issuer", "close")],
    "escalated": [("issuer", "serve"), ("issuer", "escalate")],
    "withdrawn": [("issuer", "withdraw")],
}


def walk_to(actors: dict, state: str, **changes) -> dict:
    """Create a recommendation (procuratorate -> FIRE) and move it to `state`."""
    recommendation = create(actors["issuer"], **changes)
    for who, action in PATHS[state]:
        response = act(actors[who], recommendation["id"], action, **fields_for(action, recommendation))
        assert response.status_code == 200, response.get_data(as_text=True)
        recommendation = response.json
    assert recommendation["status"] == state
    return recommendation
