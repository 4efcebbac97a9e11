"""Keyword search: Chinese, digits, Latin letters and credit codes, the same answers on every backend."""
from __future__ import annotations

from datetime import datetime

import pytest

from referral_service.http import encode_cursor

from ..support import EMERGENCY, FIRE, PROCURATORATE
from .record_support import COMPANY, OTHER_COMPANY, record
from .referral_support import create

DOCS = {
    "S-1": dict(subject={"name": "天津市河东区恒安建筑工程有限公司", "credit_code": COMPANY},
                facts="在建工地3号楼B座发生高坠事故，脚手架未设置安全网，造成1人死亡。"),
    "S-2": dict(subject={"name": "河东区万家福超市", "credit_code": OTHER_COMPANY},
                facts="检查发现安全出口上锁、消防通道堆放杂物，灭火器过期。"),
    "S-3": dict(subject={"name": "张某某", "credit_code": None},
                facts="使用PVC管道私拉电线，存在火灾隐患，罚款2000元；整改率100%完成。"),
    "S-4": dict(subject={"name": "天津Smart-Tech科技有限公司", "credit_code": None},
                facts="危险化学品仓库未按规定通风，A区2号罐液位报警装置被关闭。"),
}


@pytest.fixture
def searchable(as_agency):
    emergency = as_agency(EMERGENCY)
    response = emergency.post("/api/v1/records/batch",
                              json={"records": [record(n, **fields) for n, fields in DOCS.items()]})
    assert response.status_code == 200
    as_agency(FIRE).post("/api/v1/records", json=record(
        "F-9", subject={"name": "某餐饮店", "credit_code": None}, facts="消防通道被占用。"))
    return as_agency(PROCURATORATE), emergency


@pytest.mark.parametrize("q, expected", [
    ("高坠", {"S-1"}),                       # two Chinese characters
    ("消防通道", {"S-2", "F-9"}),             # a longer phrase, across agencies for the procuratorate
    ("防通", {"S-2", "F-9"}),                 # a substring that is not a word
    ("消通", set()),                         # both characters present, but not adjacent
    ("通道堆放杂物", {"S-2"}),
    ("2000", {"S-3"}),                       # digits
    ("00元", {"S-3"}),
    ("100%", {"S-3"}),                       # LIKE wildcards are literal
    ("10_%", set()),
    ("pvc", {"S-3"}),                        # Latin, case-insensitive
    ("ＰＶＣ管道", {"S-3"}),                   # full-width forms
    ("3号楼B座", {"S-1"}),                   # mixed Chinese, digits and Latin
    ("3号楼b座高坠", set()),
    ("A区2号罐", {"S-4"}),
    ("smart-tech科技", {"S-4"}),             # subject name
    ("万家福", {"S-2"}),
    (COMPANY, {"S-1"}),                      # a company's credit code
    (OTHER_COMPANY.lower(), {"S-2"}),
    (COMPANY[2:8], {"S-1", "S-2"}),          # part of a code: the division in both codes
    ("超市检查", set()),                     # must not straddle subject name and facts
    ("有限公司", {"S-1", "S-4"}),
    ("  高坠  ", {"S-1"}),
])
def test_search(searchable, q, expected):
    prosecutor, _ = searchable
    response = prosecutor.get("/api/v1/records", query_string={"q": q})
    assert response.status_code == 200, response.json
    assert {r["case_number"] for r in response.json["items"]} == expected
    export = prosecutor.get("/api/v1/records/export", query_string={"q": q}) if expected else None
    if export is not None:
        assert export.get_data(as_text=True).count("\n") == len(expected)


def test_search_respects_visibility_and_other_filters(searchable):
    _, emergency = searchable
    assert [r["case_number"] for r in emergency.get("/api/v1/records?q=消防通道").json["items"]] == ["S-2"]
    assert emergency.get("/api/v1/records?q=消防通道&kind=inspection").json["items"] == []


def test_search_sees_the_current_version_only(searchable):
    _, emergency = searchable
    emergency.post("/api/v1/records", json=record("S-1", facts="整改完毕，复查合格。"))
    assert emergency.get("/api/v1/records?q=高坠").json["items"] == []
    assert [r["case_number"] for r in emergency.get("/api/v1/records?q=复查合格").json["items"]] == ["S-1"]


@pytest.mark.parametrize("walk", [5000, 2])
def test_search_pages_neither_skip_nor_repeat(as_agency, monkeypatch, walk):
    # walk=2 makes PostgreSQL give up walking the ordered index and collect the matches instead
    monkeypatch.setattr("referral_service.records.service.SEARCH_WALK", walk)
    emergency = as_agency(EMERGENCY)
    emergency.post("/api/v1/records/batch", json={"records": [
        record(f"W-{n}", decided_at=f"2026-04-{n % 5 + 1:02d}T08:00:00+08:00",
               facts=("检查发现高坠隐患。" if n % 3 else "检查发现消防通道堵塞。")) for n in range(12)]})
    for limit in (1, 2, 5):
        seen, cursor = [], None
        while True:
            query = {"q": "高坠", "limit": limit, **({"cursor": cursor} if cursor else {})}
            page = emergency.get("/api/v1/records", query_string=query).json
            seen += [(r["decided_at"], r["id"], r["case_number"]) for r in page["items"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert sorted(n for _, _, n in seen) == sorted(f"W-{n}" for n in range(12) if n % 3)
        assert seen == sorted(seen, reverse=True)  # newest decision first, ties by id


@pytest.mark.parametrize("walk", [5000, 2])
def test_search_items_are_the_records_as_each_caller_reads_them(as_agency, monkeypatch, walk):
    """Every field of a search item (on PostgreSQL built by the database) is what GET /records/{id} shows."""
    monkeypatch.setattr("referral_service.records.service.SEARCH_WALK", walk)
    emergency = as_agency(EMERGENCY)
    assert emergency.post("/api/v1/records/batch", json={"records": [
        record("V-1", facts="巡查发现隐患，已责令改正。"),
        record("V-2", facts="巡查发现 \"引号\" \\ 与换行\n之后。", penalty=None, rectification=None, legal_basis=None,
               address=None, subject={"name": "张某某", "credit_code": None}, deaths=1,
               decided_at="2026-03-15T10:00:00.250000+08:00"),
        record("V-3", facts="巡查复查，整改完毕。", rectification={"status": "completed", "due_date": None},
               direct_loss_yuan="1234567.5", serious_injuries=3, penalty={"type": "警告", "amount_yuan": None}),
        record("V-4", facts="巡查，无问题。", kind="inspection", penalty=None, decided_at="2026-03-15T10:00:00Z"),
    ]}).status_code == 200
    create(emergency, related_case_number="V-3")
    as_agency(FIRE).post("/api/v1/records", json=record("F-1", facts="巡查消防通道。"))
    callers = {"procuratorate": as_agency(PROCURATORATE), "emergency": emergency,
               "without referrals:read": as_agency(EMERGENCY, "records:read")}
    for name, caller in callers.items():
        items = caller.get("/api/v1/records", query_string={"q": "巡查", "limit": 3}).json["items"]
        items += caller.get("/api/v1/records", query_string={"q": "巡查", "limit": 3,
                                                               "cursor": caller.get("/api/v1/records?q=巡查&limit=3")
                                                               .json["next_cursor"]}).json["items"]
        expected = {"V-1", "V-2", "V-3", "V-4"} | ({"F-1"} if name == "procuratorate" else set())
        assert {item["case_number"] for item in items} == expected, name
        for item in items:
            assert item == caller.get(f"/api/v1/records/{item['id']}").json, (name, item["case_number"])
        linked = next(item for item in items if item["case_number"] == "V-3")["referral_ids"]
        assert len(linked) == (0 if name == "without referrals:read" else 1), name
    flagged = next(i for i in callers["emergency"].get("/api/v1/records?q=巡查").json["items"]
                   if i["case_number"] == "V-2")
    assert flagged["flags"] == ["meets_criminal_threshold", "unreferred"] and flagged["penalty"] is None


@pytest.mark.parametrize("walk", [5000, 2])
def test_a_search_cursor_names_the_last_item_shown(as_agency, monkeypatch, walk):
    """The cursor holds the last item's decision time and id as every list's cursor does (http.encode_cursor)."""
    monkeypatch.setattr("referral_service.records.service.SEARCH_WALK", walk)
    emergency = as_agency(EMERGENCY)
    emergency.post("/api/v1/records/batch", json={"records": [
        record(f"C-{n}", decided_at=f"2026-04-0{n + 1}T08:00:00{'.5' if n % 2 else ''}+08:00", facts="高坠隐患。")
        for n in range(4)]})
    page = emergency.get("/api/v1/records", query_string={"q": "高坠", "limit": 3}).json
    assert emergency.get("/api/v1/records", query_string={"q": "高坠", "limit": 3, "cursor": ""}).json == page
    last = page["items"][-1]
    assert page["next_cursor"] == encode_cursor([datetime.fromisoformat(last["decided_at"]), last["id"]])
