"""Creating, reading and listing referrals: shape, validation, masking, isolation, Chinese text."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from referral_service.identifiers import mask_resident_id

from ..support import EMERGENCY, FIRE, HEALTH, OVERSIGHT, POLICE, PROCURATORATE
from .record_support import record
from .referral_support import COMPANY_CODE, PERSON_ID, act, body, create

BAD_ID = PERSON_ID[:17] + ("1" if PERSON_ID[17] != "1" else "2")
BAD_CODE = COMPANY_CODE[:17] + ("A" if COMPANY_CODE[17] != "A" else "B")


@pytest.fixture
def source(as_agency):
    return as_agency(EMERGENCY)


def test_create_answers_201_with_location_reference_and_deadline(source):
    response = source.post("/api/v1/referrals", json=body())
    assert response.status_code == 201
    referral = response.json
    assert response.headers["Location"] == f"/api/v1/referrals/{referral['id']}"
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", referral["id"])
    assert re.fullmatch(r"HD-YJJ-20\d\d-000001", referral["reference"])
    assert referral["status"] == "submitted"
    assert referral["version"] == 1
    assert referral["due_step"] == "receipt" and referral["due_at"].endswith("15:59:59Z")
    assert response.headers["ETag"] == f'"referral-{referral["id"]}-v1"'
    assert referral["source_agency"] == EMERGENCY and referral["recipient_agency"] == POLICE


def test_chinese_text_round_trips_unchanged(source, as_agency):
    created = create(source)
    fetched = as_agency(POLICE).get(f"/api/v1/referrals/{created['id']}")
    assert fetched.status_code == 200
    assert fetched.json["title"] == "某化工公司“3·15”较大爆炸事故涉嫌重大责任事故罪"
    assert fetched.json["summary"].startswith("2026年3月15日，河东区")
    assert fetched.json["incident"]["address"] == "天津市河东区津塘路88号"
    assert fetched.json["related_case_number"] == "津河应急罚〔2026〕12号"
    assert fetched.json["contact"] == {"name": "李四", "phone": "022-24123456"}
    assert fetched.json["incident"]["direct_loss_yuan"] == "1200000.50"
    assert "某化工公司".encode() in fetched.get_data()  # UTF-8, not \u escapes


def test_references_count_up_per_source_agency(source, as_agency):
    first, second = create(source), create(source)
    other = create(as_agency(FIRE))
    assert first["reference"][-6:] == "000001" and second["reference"][-6:] == "000002"
    assert other["reference"].startswith("HD-XFJY-") and other["reference"].endswith("-000001")


def test_source_and_recipient_see_full_identity_numbers_procuratorate_masked(source, as_agency):
    created = create(source)
    url = f"/api/v1/referrals/{created['id']}"
    for caller in (source, as_agency(POLICE)):
        parties = caller.get(url).json["parties"]
        assert parties[1]["resident_id"] == PERSON_ID
        assert parties[0]["uscc"] == COMPANY_CODE
    parties = as_agency(PROCURATORATE).get(url).json["parties"]
    assert parties[1]["resident_id"] == mask_resident_id(PERSON_ID) == PERSON_ID[:4] + "*" * 10 + PERSON_ID[-4:]
    assert parties[0]["uscc"] == COMPANY_CODE  # credit codes are public
    listed = as_agency(PROCURATORATE).get("/api/v1/referrals").json["items"][0]["parties"]
    assert listed[1]["resident_id"] == mask_resident_id(PERSON_ID)


def test_other_agencies_get_404_and_empty_lists(source, as_agency):
    created = create(source)
    for code in (FIRE, HEALTH):
        outsider = as_agency(code)
        assert outsider.get(f"/api/v1/referrals/{created['id']}").status_code == 404
        assert outsider.get(f"/api/v1/referrals/{created['id']}/events").status_code == 404
        assert outsider.get(f"/api/v1/referrals/{created['id']}/attachments").status_code == 404
        assert outsider.post(f"/api/v1/referrals/{created['id']}/actions",
                             json={"action": "receive"}).status_code == 404
        assert outsider.get("/api/v1/referrals").json["items"] == []
    assert as_agency(PROCURATORATE).get(f"/api/v1/referrals/{created['id']}").status_code == 200


def test_unknown_and_malformed_ids_are_404(source):
    assert source.get("/api/v1/referrals/00000000-0000-4000-8000-000000000000").status_code == 404
    assert source.get("/api/v1/referrals/not-a-uuid").status_code == 404


def test_scopes_are_enforced(as_agency):
    reader = as_agency(EMERGENCY, "referrals:read")
    response = reader.post("/api/v1/referrals", json=body())
    assert response.status_code == 403
    assert as_agency(OVERSIGHT).get("/api/v1/referrals").status_code == 403
    assert reader.get("/api/v1/referrals").json["items"] == []


def _count(caller) -> int:
    return len(caller.get("/api/v1/referrals?limit=200").json["items"])


@pytest.mark.parametrize("field,value,message_part", [
    ("parties", [{"kind": "person", "role": "suspect", "name": "王五", "resident_id": BAD_ID}],
     "check digit"),
    ("parties", [{"kind": "organization", "role": "suspect", "name": "某公司", "uscc": BAD_CODE}],
     "check character"),
    ("parties", [{"kind": "person", "role": "suspect", "name": "王五", "uscc": COMPANY_CODE}], "person"),
    ("category", "civil", "Must be one of"),
    ("suspected_offence", "134", "Must be one of"),
    ("recipient_agency", "HD-NOPE", "No agency with code HD-NOPE"),
    ("recipient_agency", EMERGENCY, "itself"),
    ("recipient_agency", OVERSIGHT, "oversight"),
    ("title", "", "Length"),
    ("summary", "  \n ", "blank"),
    ("incident", {"occurred_at": "2026-03-15T09:30:00"}, "timezone"),
    ("incident", {"occurred_at": "2099-01-01T00:00:00+08:00"}, "future"),
    ("incident", {"occurred_at": "2026-03-15T09:30:00+08:00", "deaths": -1}, "greater than or equal"),
    ("contact", {"name": "李四", "phone": "不知道"}, "phone"),
    ("category", "reverse", "procuratorate"),
])
def test_bad_input_is_422_naming_the_field_and_creates_nothing(source, field, value, message_part):
    response = source.post("/api/v1/referrals", json=body(**{field: value}))
    assert response.status_code == 422, response.json
    assert response.headers["Content-Type"] == "application/problem+json"
    assert field in response.json["errors"]
    assert message_part.lower() in str(response.json["errors"][field]).lower()
    assert _count(source) == 0


def test_bad_party_error_names_the_list_index_and_field(source):
    parties = [body()["parties"][0], {"kind": "person", "role": "victim", "name": "赵六",
                                       "resident_id": BAD_ID}]
    response = source.post("/api/v1/referrals", json=body(parties=parties))
    assert response.status_code == 422
    assert response.json["errors"] == {"parties": {"1": {"resident_id": [
        "The check digit of the resident ID number is wrong."]}}}


def test_missing_and_unknown_fields_and_malformed_bodies(source):
    data = body()
    del data["contact"]
    data["surprise"] = 1
    response = source.post("/api/v1/referrals", json=data)
    assert response.status_code == 422
    assert set(response.json["errors"]) == {"contact", "surprise"}
    assert source.post("/api/v1/referrals", data="{not json", content_type="application/json").status_code == 400
    assert source.post("/api/v1/referrals", data="[]", content_type="application/json").status_code == 400
    assert source.post("/api/v1/referrals", data="x=1").status_code == 415
    assert _count(source) == 0


def test_public_interest_goes_to_the_procuratorate_and_reverse_comes_from_it(source, as_agency):
    response = source.post("/api/v1/referrals", json=body(category="public_interest"))
    assert response.status_code == 422 and "recipient_agency" in response.json["errors"]
    assert create(source, category="public_interest", recipient_agency=PROCURATORATE)["status"] == "submitted"
    reverse = create(as_agency(PROCURATORATE), category="reverse", recipient_agency=EMERGENCY)
    assert reverse["source_agency"] == PROCURATORATE and reverse["reference"].startswith("HD-JCY-")


def test_identifiers_are_stored_upper_case(source):
    lower = PERSON_ID.lower()
    parties = [{"kind": "person", "role": "suspect", "name": "王五", "resident_id": f" {lower} "}]
    assert create(source, parties=parties)["parties"][0]["resident_id"] == PERSON_ID.upper()


def test_a_referral_links_to_its_source_agencys_record_with_that_case_number(source, as_agency):
    case = "津河应急罚〔2026〕12号"
    own = source.post("/api/v1/records", json=record(case))
    assert own.status_code == 201, own.json
    assert as_agency(FIRE).post("/api/v1/records", json=record(case)).status_code == 201  # same number, other agency
    created = create(source, related_case_number=case)
    assert created["linked_record_ids"] == [own.json["id"]]
    assert create(source, related_case_number="津河应急罚〔2026〕99号")["linked_record_ids"] == []
    without = body()
    del without["related_case_number"]
    response = source.post("/api/v1/referrals", json=without)
    assert (response.json["related_case_number"], response.json["linked_record_ids"]) == (None, [])


def _ids(caller, query: str) -> list[str]:
    response = caller.get(f"/api/v1/referrals?{query}")
    assert response.status_code == 200, response.json
    return [item["id"] for item in response.json["items"]]


def test_filters_combine_and_q_matches_chinese_substrings(source, as_agency):
    explosion = create(source, title="化工仓库爆炸事故", summary="造成1人死亡")
    fire_case = create(source, title="商场火灾", summary="消防通道堵塞，疑似消防责任事故", suspected_offence="139")
    police = as_agency(POLICE)
    assert act(police, explosion["id"], "receive").status_code == 200
    by_fire = create(as_agency(FIRE), title="百分比100%_测试", summary="违规动火作业", recipient_agency=POLICE,
                     category="administrative_violation")
    prosecutor = as_agency(PROCURATORATE)
    assert _ids(prosecutor, "q=爆炸") == [explosion["id"]]
    assert _ids(prosecutor, "q=消防通道") == [fire_case["id"]]
    assert _ids(prosecutor, "q=100%25_") == [by_fire["id"]]  # LIKE wildcards are literal
    assert _ids(prosecutor, "q=%25") == [by_fire["id"]]
    assert _ids(prosecutor, "status=received") == [explosion["id"]]
    assert _ids(prosecutor, "offence=139") == [fire_case["id"]]
    assert _ids(prosecutor, "category=administrative_violation") == [by_fire["id"]]
    assert _ids(prosecutor, f"source={FIRE}") == [by_fire["id"]]
    assert _ids(prosecutor, f"source={EMERGENCY}&status=submitted") == [fire_case["id"]]
    assert set(_ids(prosecutor, f"recipient={POLICE}")) == {explosion["id"], fire_case["id"], by_fire["id"]}
    assert _ids(prosecutor, "source=HD-NOPE") == []
    assert _ids(source, f"source={FIRE}") == []  # filters never widen what a caller sees
    everything = _ids(prosecutor, "")
    assert everything == [by_fire["id"], fire_case["id"], explosion["id"]]  # newest first
    created = {r["id"]: r["created_at"] for r in prosecutor.get("/api/v1/referrals").json["items"]}
    middle = created[fire_case["id"]].replace("Z", "+00:00")
    assert _ids(prosecutor, f"created_after={quote(middle)}") == [by_fire["id"], fire_case["id"]]
    assert _ids(prosecutor, f"created_before={quote(middle)}") == [explosion["id"]]


@pytest.mark.parametrize("query,field", [
    ("status=open", "status"), ("category=x", "category"), ("offence=134", "offence"),
    ("created_after=yesterday", "created_after"), ("created_before=2026-01-01T00:00:00", "created_before"),
    ("overdue=maybe", "overdue"), ("limit=0", "limit"), ("cursor=abc", "cursor"), ("colour=red", "colour"),
])
def test_bad_list_parameters_are_422_naming_them(source, query, field):
    response = source.get(f"/api/v1/referrals?{query}")
    assert response.status_code == 422
    assert field in response.json["errors"]


def test_list_pages_with_link_header(source):
    ids = [create(source)["id"] for _ in range(5)]
    first = source.get("/api/v1/referrals?limit=2")
    assert 'rel="next"' in first.headers["Link"]
    seen, url = [], "/api/v1/referrals?limit=2"
    while url:
        page = source.get(url).json
        seen += [item["id"] for item in page["items"]]
        url = f"/api/v1/referrals?limit=2&cursor={page['next_cursor']}" if page["next_cursor"] else None
    assert seen == list(reversed(ids))
