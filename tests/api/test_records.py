"""Shared enforcement records: publish (upsert, versions), batch atomicity, visibility, filters, export."""
from __future__ import annotations

import json

import pytest

from ..support import EMERGENCY, FIRE, OVERSIGHT, POLICE, PROCURATORATE
from .record_support import COMPANY, OTHER_COMPANY, record


@pytest.fixture
def emergency(as_agency):
    return as_agency(EMERGENCY)


@pytest.fixture
def prosecutor(as_agency):
    return as_agency(PROCURATORATE)


def test_publish_creates_a_record_with_location_etag_and_defaults(emergency):
    response = emergency.post("/api/v1/records", json=record())
    assert response.status_code == 201
    body = response.json
    assert response.headers["Location"] == f"/api/v1/records/{body['id']}"
    assert response.headers["ETag"] == f'"record-{body["id"]}-v1"'
    assert body["agency"] == EMERGENCY
    assert body["version"] == 1
    assert body["subject"] == {"name": "天津市河东区恒安建筑工程有限公司", "credit_code": COMPANY}
    assert body["penalty"] == {"type": "罚款", "amount_yuan": "50000.00"}
    assert body["direct_loss_yuan"] == "0.00"
    assert body["decided_at"] == "2026-03-15T02:00:00+00:00"
    assert body["division_code"] == "120102"  # the agency's own, when not given
    assert body["flags"] == [] and body["referral_ids"] == []
    fetched = emergency.get(response.headers["Location"])
    assert fetched.status_code == 200
    assert fetched.json == body
    assert fetched.headers["ETag"] == response.headers["ETag"]


def test_republishing_updates_in_place_and_keeps_the_earlier_version(emergency):
    first = emergency.post("/api/v1/records", json=record()).json
    changed = record(facts="复查发现消防通道仍被堵塞。", penalty={"type": "罚款", "amount_yuan": "80000"})
    second = emergency.post("/api/v1/records", json=changed)
    assert second.status_code == 200
    assert second.json["id"] == first["id"]
    assert second.json["version"] == 2
    assert second.json["penalty"]["amount_yuan"] == "80000.00"
    assert second.headers["ETag"] == f'"record-{first["id"]}-v2"'

    listed = emergency.get("/api/v1/records").json["items"]
    assert [r["id"] for r in listed] == [first["id"]]  # never a duplicate

    versions = emergency.get(f"/api/v1/records/{first['id']}/versions")
    assert versions.status_code == 200
    items = versions.json["items"]
    assert [v["version"] for v in items] == [2, 1]
    assert items[0]["superseded_at"] is None
    assert items[0]["record"]["facts"] == "复查发现消防通道仍被堵塞。"
    assert items[1]["record"]["facts"] == first["facts"]
    assert items[1]["record"]["penalty"] == {"type": "罚款", "amount_yuan": "50000.00"}
    assert items[1]["superseded_at"] is not None


def test_identical_republish_changes_nothing(emergency):
    first = emergency.post("/api/v1/records", json=record()).json
    # the same content, with the amount as a number and the time in another offset
    again = emergency.post("/api/v1/records", json=record(
        penalty={"type": "罚款", "amount_yuan": "50000"}, decided_at="2026-03-15T02:00:00Z"))
    assert again.status_code == 200
    assert again.json["version"] == 1
    assert again.json["updated_at"] == first["updated_at"]
    versions = emergency.get(f"/api/v1/records/{first['id']}/versions").json["items"]
    assert [v["version"] for v in versions] == [1]


def test_versions_paginate(emergency):
    for n in range(4):
        emergency.post("/api/v1/records", json=record(facts=f"第{n}次检查发现消防通道堵塞。"))
    record_id = emergency.get("/api/v1/records").json["items"][0]["id"]
    first = emergency.get(f"/api/v1/records/{record_id}/versions?limit=3")
    assert [v["version"] for v in first.json["items"]] == [4, 3, 2]
    assert 'rel="next"' in first.headers["Link"]
    rest = emergency.get(f"/api/v1/records/{record_id}/versions?limit=3&cursor={first.json['next_cursor']}")
    assert [v["version"] for v in rest.json["items"]] == [1]
    assert rest.json["next_cursor"] is None


def test_stale_if_match_on_republish_is_412_and_changes_nothing(emergency):
    first = emergency.post("/api/v1/records", json=record())
    emergency.post("/api/v1/records", json=record(facts="第二版事实。"))
    stale = emergency.post("/api/v1/records", json=record(facts="第三版事实。"),
                           headers={"If-Match": first.headers["ETag"]})
    assert stale.status_code == 412
    current = emergency.get(f"/api/v1/records/{first.json['id']}").json
    assert current["version"] == 2 and current["facts"] == "第二版事实。"
    fresh = emergency.post("/api/v1/records", json=record(facts="第三版事实。"),
                           headers={"If-Match": f'"record-{first.json["id"]}-v2"'})
    assert fresh.status_code == 200 and fresh.json["version"] == 3


@pytest.mark.parametrize("field, value, where", [
    ("kind", "fine", ["kind"]),
    ("subject", {"name": "某公司", "credit_code": "91120102MA05K8RT3X"}, ["subject", "credit_code"]),
    ("subject", {"credit_code": COMPANY}, ["subject", "name"]),
    ("penalty", {"type": "罚款", "amount_yuan": "12.345"}, ["penalty", "amount_yuan"]),
    ("direct_loss_yuan", "-1", ["direct_loss_yuan"]),
    ("deaths", 1.5, ["deaths"]),
    ("deaths", True, ["deaths"]),
    ("decided_at", "2026-03-15T10:00:00", ["decided_at"]),
    ("rectification", {"status": "pending"}, ["rectification", "due_date"]),
    ("division_code", "12010", ["division_code"]),
    ("case_number", "  ", ["case_number"]),
    ("unexpected", "x", ["unexpected"]),
])
def test_invalid_record_is_422_naming_the_field_and_writes_nothing(emergency, field, value, where):
    response = emergency.post("/api/v1/records", json=record(**{field: value}))
    assert response.status_code == 422, response.json
    errors = response.json["errors"]
    for key in where:
        assert key in errors, errors
        errors = errors[key]
    assert emergency.get("/api/v1/records").json["items"] == []


def test_publishing_needs_records_share(as_agency):
    reader = as_agency(EMERGENCY, "records:read")
    response = reader.post("/api/v1/records", json=record())
    assert response.status_code == 403
    assert reader.get("/api/v1/records").json["items"] == []


def test_idempotency_key_replays_the_first_response(emergency):
    headers = {"Idempotency-Key": "nightly-2026-03-15-1"}
    first = emergency.post("/api/v1/records", json=record(), headers=headers)
    replay = emergency.post("/api/v1/records", json=record(), headers=headers)
    assert first.status_code == replay.status_code == 201
    assert replay.json == first.json
    assert replay.headers.get("Idempotent-Replayed") == "true"
    other = emergency.post("/api/v1/records", json=record(facts="别的内容。"), headers=headers)
    assert other.status_code == 422 and "Idempotency-Key" in other.json["errors"]


# --- batch ----------------------------------------------------------------------------------------

def test_batch_publishes_all_and_reports_each(emergency):
    existing = emergency.post("/api/v1/records", json=record("A-1")).json
    batch = [record("A-1", facts="更新后的事实。"), record("A-2"), record("A-1-same") ,]
    emergency.post("/api/v1/records", json=record("A-1-same"))
    response = emergency.post("/api/v1/records/batch", json={"records": batch})
    assert response.status_code == 200, response.json
    body = response.json
    assert (body["created"], body["updated"], body["unchanged"]) == (1, 1, 1)
    assert [(i["index"], i["case_number"], i["outcome"], i["version"]) for i in body["items"]] == [
        (0, "A-1", "updated", 2), (1, "A-2", "created", 1), (2, "A-1-same", "unchanged", 1)]
    assert body["items"][0]["id"] == existing["id"]
    fetched = emergency.get(f"/api/v1/records/{body['items'][1]['id']}")
    assert fetched.status_code == 200 and fetched.json["case_number"] == "A-2"


def test_one_bad_item_writes_nothing_and_names_index_and_field(emergency):
    batch = [record(f"B-{n}") for n in range(5)]
    batch[3]["subject"]["credit_code"] = COMPANY[:-1] + ("0" if COMPANY[-1] != "0" else "1")
    batch[4]["deaths"] = -2
    response = emergency.post("/api/v1/records/batch", json={"records": batch})
    assert response.status_code == 422
    errors = response.json["errors"]["records"]
    assert set(errors) == {"3", "4"}
    assert "credit_code" in errors["3"]["subject"]
    assert "deaths" in errors["4"]
    assert emergency.get("/api/v1/records").json["items"] == []


def test_batch_refuses_a_case_number_twice(emergency):
    response = emergency.post("/api/v1/records/batch", json={"records": [record("C-1"), record("C-2"), record("C-1")]})
    assert response.status_code == 422
    assert list(response.json["errors"]["records"]) == ["2"]
    assert "index 0" in response.json["errors"]["records"]["2"]["case_number"][0]


@pytest.mark.parametrize("records, message", [([], "records"), ("x", "records")])
def test_batch_shape(emergency, records, message):
    response = emergency.post("/api/v1/records/batch", json={"records": records})
    assert response.status_code == 422 and message in response.json["errors"]


def test_batch_of_1000_is_accepted_and_1001_is_not(emergency):
    batch = [record(f"D-{n:04d}", facts=f"第{n}号检查记录，发现安全隐患。") for n in range(1000)]
    response = emergency.post("/api/v1/records/batch", json={"records": batch})
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert response.json["created"] == 1000
    too_many = emergency.post("/api/v1/records/batch", json={"records": batch + [record("D-1000")]})
    assert too_many.status_code == 413 and "records" in too_many.json["errors"]  # refused by its count
    page = emergency.get("/api/v1/records?limit=200&q=第999号")
    assert [r["case_number"] for r in page.json["items"]] == ["D-0999"]


# --- visibility --------------------------------------------------------------------------------------

def test_each_agency_sees_its_own_records_and_the_procuratorate_all(as_agency, emergency, prosecutor):
    fire = as_agency(FIRE)
    mine = emergency.post("/api/v1/records", json=record("E-1")).json
    theirs = fire.post("/api/v1/records", json=record("E-1")).json  # same case number, other agency
    assert mine["id"] != theirs["id"]
    assert [r["id"] for r in emergency.get("/api/v1/records").json["items"]] == [mine["id"]]
    assert emergency.get(f"/api/v1/records/{theirs['id']}").status_code == 404
    assert emergency.get(f"/api/v1/records/{theirs['id']}/versions").status_code == 404
    assert emergency.get(f"/api/v1/records?agency={FIRE}").json["items"] == []
    assert fire.get(f"/api/v1/records/{mine['id']}").status_code == 404
    assert {r["id"] for r in prosecutor.get("/api/v1/records").json["items"]} == {mine["id"], theirs["id"]}
    assert prosecutor.get(f"/api/v1/records/{theirs['id']}").status_code == 200
    assert [r["id"] for r in prosecutor.get(f"/api/v1/records?agency={FIRE}").json["items"]] == [theirs["id"]]
    export = emergency.get("/api/v1/records/export")
    assert [json.loads(line)["id"] for line in export.get_data(as_text=True).splitlines()] == [mine["id"]]


def test_oversight_cannot_read_records(as_agency):
    assert as_agency(OVERSIGHT).get("/api/v1/records").status_code == 403


def test_unknown_record_is_404(prosecutor):
    assert prosecutor.get("/api/v1/records/00000000-0000-0000-0000-000000000000").status_code == 404


# --- filters and pagination ------------------------------------------------------------------------

@pytest.fixture
def pool(as_agency, emergency):
    police = as_agency(POLICE)
    emergency.post("/api/v1/records/batch", json={"records": [
        record("F-1", kind="inspection", decided_at="2026-01-01T00:00:00+08:00", penalty=None),
        record("F-2", kind="hazard_order", decided_at="2026-02-01T09:00:00+08:00",
               subject={"name": "河东区某商贸有限公司", "credit_code": OTHER_COMPANY}),
        record("F-3", decided_at="2026-03-01T09:00:00+08:00", division_code="120103", deaths=1),
    ]})
    police.post("/api/v1/records", json=record("P-1", decided_at="2026-02-15T09:00:00+08:00"))


@pytest.mark.parametrize("query, expected", [
    ("", ["F-3", "P-1", "F-2", "F-1"]),
    ("kind=inspection", ["F-1"]),
    (f"subject_credit_code={OTHER_COMPANY.lower()}", ["F-2"]),
    ("decided_after=2026-02-01", ["F-3", "P-1", "F-2"]),
    ("decided_before=2026-02-01T09:00:00%2B08:00", ["F-1"]),
    ("decided_after=2026-01-31T16:00:00Z&decided_before=2026-02-28", ["P-1", "F-2"]),
    ("decided_after=2026-03-01&decided_before=2026-03-01", ["F-3"]),  # a bare date is that whole day
    ("division=120103", ["F-3"]),
    (f"agency={EMERGENCY}", ["F-3", "F-2", "F-1"]),
    ("flag=meets_criminal_threshold", ["F-3"]),
    ("flag=unreferred", ["F-3"]),
    ("flag=unreferred&flag=meets_criminal_threshold&kind=inspection", []),
])
def test_filters(pool, prosecutor, query, expected):
    response = prosecutor.get(f"/api/v1/records?{query}")
    assert response.status_code == 200, response.json
    assert [r["case_number"] for r in response.json["items"]] == expected


@pytest.mark.parametrize("query, field", [
    ("kind=fine", "kind"), ("subject_credit_code=911201", "subject_credit_code"),
    ("decided_after=yesterday", "decided_after"), ("decided_before=2026-02-01T09:00:00", "decided_before"),
    ("division=1201", "division"), ("flag=late", "flag"), ("q=消", "q"), ("q=%20a%20", "q"),
    ("agency=HD-NOPE", "agency"), ("colour=red", "colour"), ("cursor=nonsense", "cursor"), ("limit=0", "limit"),
    ("kind=inspection&kind=hazard_order", "kind"),
])
def test_bad_filters_are_422_naming_the_parameter(pool, prosecutor, query, field):
    for path in ("/api/v1/records", "/api/v1/records/export"):
        if path.endswith("export") and field in ("cursor", "limit"):
            continue
        response = prosecutor.get(f"{path}?{query}")
        assert response.status_code == 422, (path, response.get_data(as_text=True))
        assert field in response.json["errors"]


def test_cursor_pages_neither_skip_nor_repeat(emergency):
    emergency.post("/api/v1/records/batch", json={"records": [
        record(f"G-{n}", decided_at="2026-05-01T00:00:00+08:00" if n % 2 else f"2026-05-{n + 2:02d}T00:00:00+08:00")
        for n in range(7)]})
    seen, url = [], "/api/v1/records?limit=3"
    while url:
        page = emergency.get(url).json
        seen += [r["case_number"] for r in page["items"]]
        url = f"/api/v1/records?limit=3&cursor={page['next_cursor']}" if page["next_cursor"] else None
    assert sorted(seen) == [f"G-{n}" for n in range(7)]


# --- export --------------------------------------------------------------------------------------------

def test_export_streams_ndjson_of_the_filtered_records(pool, prosecutor, db):
    response = prosecutor.get("/api/v1/records/export?decided_after=2026-02-01")
    assert response.status_code == 200
    assert response.mimetype == "application/x-ndjson"
    lines = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert [r["case_number"] for r in lines] == ["F-3", "P-1", "F-2"]
    listed = prosecutor.get("/api/v1/records?decided_after=2026-02-01").json["items"]
    assert lines == listed  # the same representation as the list


def test_export_of_more_than_one_chunk(emergency):
    for start, end in ((0, 1000), (1000, 1203)):
        published = emergency.post("/api/v1/records/batch",
                                   json={"records": [record(f"H-{n:04d}") for n in range(start, end)]})
        assert published.status_code == 200
    response = emergency.get("/api/v1/records/export")
    numbers = [json.loads(line)["case_number"] for line in response.get_data(as_text=True).splitlines()]
    assert sorted(numbers) == [f"H-{n:04d}" for n in range(1203)]


# --- the access log ----------------------------------------------------------------------------

def test_the_access_log_names_what_each_response_showed(emergency, prosecutor, db):
    from sqlalchemy import select

    from referral_service.audit.models import AuditEvent

    published = emergency.post("/api/v1/records", json=record()).json
    prosecutor.get(f"/api/v1/records/{published['id']}")
    prosecutor.get("/api/v1/records?kind=penalty_decision")
    prosecutor.get("/api/v1/records/export?kind=penalty_decision")
    rows = db.execute(select(AuditEvent.action, AuditEvent.agency_code, AuditEvent.resource_ids)
                      .where(AuditEvent.action.like("records.%")).order_by(AuditEvent.id)).all()
    db.rollback()
    assert [tuple(r) for r in rows] == [
        ("records.publish", EMERGENCY, [published["id"]]),
        ("records.read", PROCURATORATE, [published["id"]]),
        ("records.list", PROCURATORATE, [published["id"]]),
        ("records.export", PROCURATORATE, ["records/export?kind=penalty_decision"]),
    ]


def test_a_nightly_batch_may_exceed_the_general_body_limit(emergency, settings):
    facts = "检查发现消防通道堵塞、安全出口上锁。" * 40  # 720 characters, about 2 KB of UTF-8
    batch = {"records": [record(f"N-{n:04d}", facts=facts) for n in range(1000)]}
    size = len(json.dumps(batch, ensure_ascii=False).encode())
    assert settings.max_body_bytes < size < settings.records_batch_max_body_bytes
    assert emergency.post("/api/v1/records/batch", json=batch).status_code == 200
    single = emergency.post("/api/v1/records", json=record(facts="x" * settings.max_body_bytes))
    assert single.status_code == 413  # one record keeps the general limit
