"""Consultations: opening, links the opener can read, messages with files, answered and closed."""
from __future__ import annotations

import io

import pytest

from ..support import EMERGENCY, FIRE, HEALTH, OVERSIGHT, POLICE, PROCURATORATE
from .consultation_support import open_
from .recommendation_support import act as recommend, create as create_recommendation, fields_for
from .referral_support import create as create_referral

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def sides(as_agency):
    return {"opener": as_agency(FIRE), "addressee": as_agency(POLICE)}


def test_question_answered_and_closed(sides):
    opened = open_(sides["opener"])
    assert opened.status_code == 201, opened.json
    consultation = opened.json
    assert (consultation["status"], consultation["opener_agency"], consultation["overdue"]) == ("open", FIRE, False)
    url = f"/api/v1/consultations/{consultation['id']}"
    # The opener's own follow-up does not answer it; the addressee's message does.
    assert sides["opener"].post(url + "/messages", json={"text": "补充：附现场照片。"}).status_code == 201
    assert sides["addressee"].get(url).json["status"] == "open"
    answer = sides["addressee"].post(url + "/messages", json={"text": "经鉴定，属于危险化学品。"})
    assert answer.status_code == 201 and answer.json["author_agency"] == POLICE
    fetched = sides["opener"].get(url)
    assert fetched.json["status"] == "answered" and fetched.json["answered_at"]
    texts = [m["text"] for m in sides["opener"].get(url + "/messages").json["items"]]
    assert texts == ["补充：附现场照片。", "经鉴定，属于危险化学品。"]
    # Only the opener closes; a stale ETag is 412; closed takes no more messages.
    assert sides["addressee"].post(url + "/actions", json={"action": "close"}).status_code == 403
    stale = sides["opener"].post(url + "/actions", json={"action": "close"}, headers={"If-Match": '"x"'})
    assert stale.status_code == 412
    closed = sides["opener"].post(url + "/actions", json={"action": "close"},
                                  headers={"If-Match": fetched.headers["ETag"]})
    assert closed.status_code == 200 and closed.json["status"] == "closed"
    assert sides["addressee"].post(url + "/messages", json={"text": "再补充"}).status_code == 409
    assert sides["opener"].post(url + "/actions", json={"action": "close"}).status_code == 409


@pytest.mark.parametrize("code", [PROCURATORATE, EMERGENCY, HEALTH, OVERSIGHT])
def test_each_side_sees_only_its_own(sides, as_agency, code):
    consultation = open_(sides["opener"]).json
    other = as_agency(code)
    url = f"/api/v1/consultations/{consultation['id']}"
    expected = 403 if code == OVERSIGHT else 404  # oversight holds no consultation scope
    assert other.get(url).status_code == expected
    assert other.get(url + "/messages").status_code == expected
    assert other.post(url + "/messages", json={"text": "插话"}).status_code == expected
    if code != OVERSIGHT:
        assert other.get("/api/v1/consultations").json["items"] == []
    for side in sides.values():
        assert [c["id"] for c in side.get("/api/v1/consultations").json["items"]] == [consultation["id"]]


def test_link_must_be_readable_by_both_sides(as_agency):
    emergency, police, fire = as_agency(EMERGENCY), as_agency(POLICE), as_agency(FIRE)
    referral = create_referral(emergency)  # emergency -> police
    ok = open_(emergency, link={"type": "referral", "id": referral["id"]})
    assert ok.status_code == 201 and ok.json["link"] == {"type": "referral", "id": referral["id"]}
    # Fire cannot read the referral; the police can, but fire is not a party: both refused alike.
    unreadable = open_(fire, link={"type": "referral", "id": referral["id"]})
    missing = open_(fire, link={"type": "referral", "id": "00000000-0000-4000-8000-000000000000"})
    assert unreadable.status_code == missing.status_code == 422
    assert unreadable.json["errors"] == missing.json["errors"]
    assert referral["id"] not in unreadable.get_data(as_text=True)
    asked_outsider = open_(emergency, addressee_agency=HEALTH, link={"type": "referral", "id": referral["id"]})
    assert asked_outsider.status_code == 422
    assert police.get("/api/v1/consultations").json["items"][0]["link"]["id"] == referral["id"]


def test_pre_suit_consultation_records_minutes_and_agreed_plan(as_agency):
    jcy, fire = as_agency(PROCURATORATE), as_agency(FIRE)
    recommendation = create_recommendation(jcy)
    recommend(jcy, recommendation["id"], "serve", **fields_for("serve", recommendation))
    assert open_(fire, kind="pre_suit", addressee_agency=PROCURATORATE).status_code == 422
    opened = open_(jcy, kind="pre_suit", addressee_agency=FIRE, subject="消防通道堵塞问题诉前磋商",
                   link={"type": "recommendation", "id": recommendation["id"]})
    assert opened.status_code == 201, opened.json
    url = f"/api/v1/consultations/{opened.json['id']}/actions"
    assert jcy.post(url, json={"action": "close"}).status_code == 422  # minutes first
    agreed = jcy.post(url, json={"action": "record_agreement", "minutes": "双方确认消防通道堵塞事实。",
                                 "agreed_plan": "30日内完成清理并建立巡查机制", "agreed_rectification_date": "2030-06-30"})
    assert agreed.status_code == 200
    assert (agreed.json["agreed_plan"], agreed.json["agreed_rectification_date"]) == (
        "30日内完成清理并建立巡查机制", "2030-06-30")
    assert jcy.post(url, json={"action": "close"}).json["status"] == "closed"
    question = open_(jcy, addressee_agency=FIRE).json
    response = jcy.post(f"/api/v1/consultations/{question['id']}/actions",
                        json={"action": "record_agreement", "minutes": "纪要"})
    assert response.status_code == 422


def test_message_with_files_and_download(sides):
    consultation = open_(sides["opener"]).json
    url = f"/api/v1/consultations/{consultation['id']}/messages"
    posted = sides["addressee"].post(url, data={"text": "见附件鉴定意见。",
                                                "file": [(io.BytesIO(PDF), "鉴定意见.pdf"), (io.BytesIO(PDF), "附件2.pdf")]},
                                     content_type="multipart/form-data")
    assert posted.status_code == 201, posted.json
    assert [a["filename"] for a in posted.json["attachments"]] == ["鉴定意见.pdf", "附件2.pdf"]
    download = sides["opener"].get(posted.json["attachments"][0]["download_url"])
    assert download.status_code == 200 and download.get_data() == PDF
    bad = sides["addressee"].post(url, data={"text": "x", "file": (io.BytesIO(b"MZ"), "a.exe")},
                                  content_type="multipart/form-data")
    assert bad.status_code == 422


def test_bad_input_is_422(sides):
    for changes in ({"addressee_agency": FIRE}, {"addressee_agency": OVERSIGHT}, {"due_on": "2001-01-01"},
                    {"kind": "chat"}, {"link": {"type": "record", "id": "nope"}}):
        response = open_(sides["opener"], **changes)
        assert response.status_code == 422, (changes, response.json)
    assert sides["opener"].get("/api/v1/consultations").json["items"] == []
