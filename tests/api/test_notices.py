"""Recommendation and consultation moves in the events feed: each to the side told, never to the actor."""
from __future__ import annotations

import pytest

from ..support import FIRE, POLICE, PROCURATORATE
from ..webhook_support import feed
from .consultation_support import open_
from .recommendation_support import act as recommend, create as create_recommendation, fields_for


def types(caller) -> list[tuple[str, str, str]]:
    """The caller's feed as (type, subject kind, subject id), in order."""
    return [(e["type"], e["subject_kind"], e["subject_id"]) for e in feed(caller)["items"]]


@pytest.fixture
def parties(as_agency):
    """The issuing procuratorate, the recipient (fire) and an agency with no part (police)."""
    return {"issuer": as_agency(PROCURATORATE), "recipient": as_agency(FIRE), "bystander": as_agency(POLICE)}


def walk(parties, recommendation, steps):
    """Apply (who, action) steps to the recommendation, each answered 200."""
    for who, action in steps:
        response = recommend(parties[who], recommendation["id"], action, **fields_for(action, recommendation))
        assert response.status_code == 200, response.get_data(as_text=True)


def test_a_recommendation_walked_to_closed_tells_each_side_the_other_sides_moves(parties):
    recommendation = create_recommendation(parties["issuer"])
    assert types(parties["recipient"]) == []  # a draft tells no one
    walk(parties, recommendation, [("issuer", "serve"), ("recipient", "object"), ("issuer", "review"),
                                   ("recipient", "reply"), ("issuer", "follow_up"), ("issuer", "close")])
    subject = ("recommendation", recommendation["id"])
    assert types(parties["recipient"]) == [(f"recommendation.{name}", *subject)
                                           for name in ("served", "reviewed", "followed_up", "closed")]
    assert types(parties["issuer"]) == [(f"recommendation.{name}", *subject) for name in ("objected", "replied")]
    assert types(parties["bystander"]) == []


def test_a_withdrawal_tells_the_recipient_only_if_it_was_served(parties):
    draft = create_recommendation(parties["issuer"])
    walk(parties, draft, [("issuer", "withdraw")])
    assert types(parties["recipient"]) == []
    served = create_recommendation(parties["issuer"])
    walk(parties, served, [("issuer", "serve"), ("issuer", "escalate"), ("issuer", "withdraw")])
    assert [t for t, _, _ in types(parties["recipient"])] == [
        "recommendation.served", "recommendation.escalated", "recommendation.withdrawn"]
    assert types(parties["issuer"]) == []


def test_a_review_that_withdraws_is_a_withdrawal_to_the_recipient(parties):
    recommendation = create_recommendation(parties["issuer"])
    walk(parties, recommendation, [("issuer", "serve"), ("recipient", "object")])
    response = recommend(parties["issuer"], recommendation["id"], "review", review_outcome="withdrawn",
                         reason="经复查，撤回建议")
    assert response.status_code == 200 and response.json["status"] == "withdrawn"
    assert [t for t, _, _ in types(parties["recipient"])] == ["recommendation.served", "recommendation.withdrawn"]


@pytest.fixture
def sides(as_agency):
    """The opener (fire), the addressee (police) and an agency with no part (the procuratorate)."""
    return {"opener": as_agency(FIRE), "addressee": as_agency(POLICE), "bystander": as_agency(PROCURATORATE)}


def test_a_consultation_tells_each_side_the_other_sides_moves(sides):
    opener, addressee = sides["opener"], sides["addressee"]
    consultation = open_(opener).json
    url = f"/api/v1/consultations/{consultation['id']}"
    assert opener.post(url + "/messages", json={"text": "补充：附现场照片。"}).status_code == 201
    assert addressee.post(url + "/messages", json={"text": "经鉴定，属于危险化学品。"}).status_code == 201
    assert addressee.post(url + "/messages", json={"text": "鉴定报告随后送达。"}).status_code == 201
    assert opener.post(url + "/actions", json={"action": "close"}).status_code == 200
    subject = ("consultation", consultation["id"])
    assert types(addressee) == [(f"consultation.{name}", *subject)
                                for name in ("opened", "message_posted", "closed")]
    assert types(opener) == [(f"consultation.{name}", *subject)
                             for name in ("message_posted", "answered", "message_posted")]
    assert types(sides["bystander"]) == []


def test_a_pre_suit_agreement_tells_the_addressee(as_agency):
    procuratorate, fire = as_agency(PROCURATORATE), as_agency(FIRE)
    opened = open_(procuratorate, kind="pre_suit", addressee_agency=FIRE, subject="消防通道堵塞问题诉前磋商")
    assert opened.status_code == 201, opened.json
    url = f"/api/v1/consultations/{opened.json['id']}/actions"
    agreed = procuratorate.post(url, json={"action": "record_agreement", "minutes": "双方确认消防通道堵塞事实。"})
    assert agreed.status_code == 200, agreed.json
    assert procuratorate.post(url, json={"action": "close"}).status_code == 200
    assert [t for t, _, _ in types(fire)] == [
        "consultation.opened", "consultation.agreement_recorded", "consultation.closed"]
    assert types(procuratorate) == []
