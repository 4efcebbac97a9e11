"""The ledger: deadlines over HTTP, filters, Chinese keyword search, CSV/XLSX export, statistics."""
from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import openpyxl
import pytest

from ..support import EMERGENCY, FIRE, POLICE, PROCURATORATE
from .recommendation_support import act, create, fields_for, today


@pytest.fixture
def jcy(as_agency):
    return as_agency(PROCURATORATE)


def _serve(jcy, recommendation, served_on, method="in_writing"):
    response = act(jcy, recommendation["id"], "serve", served_on=served_on, service_method=method)
    assert response.status_code == 200, response.json
    return response.json


@pytest.mark.parametrize("served_on,harm_spreading,reply_due_on,objection_due_on", [
    ("2026-01-31", False, "2026-03-31", "2026-02-10"),
    ("2025-12-31", False, "2026-02-28", "2026-01-12"),  # 28 Feb 2026 is a make-up working Saturday
    ("2026-03-01", False, "2026-05-06", "2026-03-11"),  # Labour Day holiday 1-5 May
    ("2026-09-16", True, "2026-10-08", "2026-09-28"),   # 15 days into the National Day week
])
def test_serving_sets_the_due_dates(jcy, served_on, harm_spreading, reply_due_on, objection_due_on):
    served = _serve(jcy, create(jcy, harm_spreading=harm_spreading), served_on)
    assert (served["reply_due_on"], served["objection_due_on"]) == (reply_due_on, objection_due_on)
    assert served["due_at"] == f"{reply_due_on}T15:59:59Z"  # 23:59:59 China time
    assert served["overdue"] is True and served["due_soon"] is False  # those days are past


def test_objection_after_its_period_is_409(jcy, as_agency):
    served = _serve(jcy, create(jcy), "2026-01-31")
    response = act(as_agency(FIRE), served["id"], "object", reason="不同意")
    assert response.status_code == 409 and "2026-02-10" in response.json["detail"]


def test_overdue_and_due_soon_flags_and_filters(jcy, as_agency):
    late = _serve(jcy, create(jcy), "2026-01-31")
    china_today = date.fromisoformat(today())
    soon = _serve(jcy, create(jcy, harm_spreading=True), (china_today - timedelta(days=12)).isoformat())
    later = _serve(jcy, create(jcy), today())
    draft = create(jcy)
    assert soon["due_soon"] is True and soon["overdue"] is False
    assert later["due_soon"] is False and later["overdue"] is False

    def ids(**query):
        return {r["id"] for r in jcy.get("/api/v1/recommendations", query_string=query).json["items"]}

    assert ids(overdue="true") == {late["id"]}
    assert ids(overdue="false") == {soon["id"], later["id"], draft["id"]}
    assert ids(due_soon="true") == {soon["id"]}
    assert jcy.get("/api/v1/recommendations", query_string={"overdue": "yes"}).status_code == 422
    # A reply stops the clock: no longer overdue.
    replied = act(as_agency(FIRE), late["id"], "reply", **fields_for("reply", late)).json
    assert replied["overdue"] is False and replied["replied_on_time"] is False
    assert ids(overdue="true") == set()


def test_filters_and_chinese_keyword(jcy):
    fire = create(jcy)
    police = create(jcy, recipient_agency=POLICE, kind="correction", title="关于货车超限超载运输的检察建议",
                    hazards=[{"category": "road_transport", "description": "货车严重超载行驶"}])
    _serve(jcy, police, today())

    def ids(**query):
        response = jcy.get("/api/v1/recommendations", query_string=query)
        assert response.status_code == 200, response.json
        return {r["id"] for r in response.json["items"]}

    assert ids(agency=POLICE) == {police["id"]}
    assert ids(kind="social_governance") == {fire["id"]}
    assert ids(status="served") == {police["id"]}
    assert ids(hazard_category="electrical") == {fire["id"]}
    assert ids(hazard_category="road_transport") == {police["id"]}
    assert ids(q="飞线充电") == {fire["id"]}
    assert ids(q="超载") == {police["id"]}
    assert ids(q="津河检建") == {fire["id"], police["id"]}
    assert ids(q="不存在的词") == set()
    assert ids(limit="1") <= {fire["id"], police["id"]}
    page = jcy.get("/api/v1/recommendations", query_string={"limit": 1}).json
    second = jcy.get("/api/v1/recommendations", query_string={"limit": 1, "cursor": page["next_cursor"]}).json
    assert {page["items"][0]["id"], second["items"][0]["id"]} == {fire["id"], police["id"]}


def test_export_csv_and_xlsx_one_row_per_hazard(jcy, as_agency):
    two = create(jcy, title="=HYPERLINK(\"http://x\")\u0007")  # two hazards, a formula to defuse, a BEL
    none = create(jcy, recipient_agency=POLICE, hazards=[])
    response = jcy.get("/api/v1/recommendations/export", query_string={"format": "csv"})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    text = response.get_data().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "文号" and "隐患类别" in rows[0]
    assert len(rows) == 1 + 2 + 1
    by_number = {}
    for row in rows[1:]:
        by_number.setdefault(row[0], []).append(row)
    assert [r[rows[0].index("隐患类别")] for r in by_number[two["document_number"]]] == ["fire_safety", "electrical"]
    assert by_number[two["document_number"]][0][rows[0].index("标题")].startswith("'=")
    assert by_number[none["document_number"]][0][rows[0].index("隐患描述")] == ""

    response = jcy.get("/api/v1/recommendations/export", query_string={"format": "xlsx", "hazard_category": "electrical"})
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.get_data()), read_only=True)
    sheet = book["检察建议台账"]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "文号"
    assert [row[0] for row in values[1:]] == [two["document_number"]] * 2
    assert "居民私拉电线为电动自行车充电（飞线充电）" in [row[values[0].index("隐患描述")] for row in values[1:]]
    # The recipient's export holds only what was served on it: nothing yet.
    fire_rows = as_agency(FIRE).get("/api/v1/recommendations/export").get_data().decode("utf-8-sig").splitlines()
    assert len(fire_rows) == 1


def test_statistics_for_the_joint_meeting(jcy, as_agency):
    fire = as_agency(FIRE)
    on_time = _serve(jcy, create(jcy), today())
    on_time = act(fire, on_time["id"], "reply", measures="已整改", hazards=[
        {"id": on_time["hazards"][0]["id"], "status": "rectified"},
        {"id": on_time["hazards"][1]["id"], "status": "in_progress"}]).json
    assert act(jcy, on_time["id"], "close", adoption="adopted").status_code == 200
    late = _serve(jcy, create(jcy, recipient_agency=POLICE), "2026-01-31")
    assert act(as_agency(POLICE), late["id"], "reply", **fields_for("reply", late)).status_code == 200
    create(jcy)  # a draft is not counted
    stats = jcy.get("/api/v1/recommendations/stats").json
    assert stats["totals"] == {"issued": 2, "replied_on_time": 1, "replied_late": 1, "adopted": 1,
                               "partly_adopted": 0, "hazards": 4, "hazards_rectified": 3}
    assert stats["by_agency"][FIRE]["hazards_rectified"] == 1
    assert stats["by_agency"][POLICE]["replied_late"] == 1
    assert stats["by_month"]["2026-01"]["issued"] == 1
    assert jcy.get("/api/v1/recommendations/stats", query_string={"year": 2025}).json["totals"]["issued"] == 0
    assert as_agency(EMERGENCY).get("/api/v1/recommendations/stats").status_code == 403


def test_harm_spreading_is_a_json_boolean(jcy):
    from .recommendation_support import body

    for value in (1, "true", None):
        response = jcy.post("/api/v1/recommendations", json=body(harm_spreading=value))
        assert response.status_code == 422 and "harm_spreading" in response.json["errors"]
