"""One representation per concept across resources: money, query flags, time filters, If-Match, docs."""
from __future__ import annotations

import json

import pytest
import yaml

from config import PROJECT_ROOT

from ..support import EMERGENCY, POLICE, PROCURATORATE
from .referral_support import body as referral_body


@pytest.fixture
def emergency(as_agency):
    return as_agency(EMERGENCY)


@pytest.fixture
def prosecutor(as_agency):
    return as_agency(PROCURATORATE)


def _record(**changes):
    record = {"kind": "penalty_decision", "case_number": "津河应急罚〔2026〕1号", "subject": {"name": "某公司"},
              "facts": "违规存放危险化学品。", "decided_at": "2026-03-15T10:00:00+08:00"}
    return {**record, **changes}


def _referral(loss):
    data = referral_body()
    data["incident"] = {**data["incident"], "direct_loss_yuan": loss}
    return data


@pytest.mark.parametrize("loss, answer", [("1200000.5", "1200000.50"), ("0", "0.00"),
                                          ("9999999999999.99", "9999999999999.99")])
def test_money_is_the_same_exact_string_in_referrals_and_records(emergency, loss, answer):
    referral = emergency.post("/api/v1/referrals", json=_referral(loss))
    assert referral.status_code == 201, referral.json
    assert referral.json["incident"]["direct_loss_yuan"] == answer
    assert emergency.get(f"/api/v1/referrals/{referral.json['id']}").json["incident"]["direct_loss_yuan"] == answer
    record = emergency.post("/api/v1/records", json=_record(direct_loss_yuan=loss))
    assert record.status_code == 201, record.json
    assert record.json["direct_loss_yuan"] == answer


@pytest.mark.parametrize("loss", ["12.345", 1200000, 12.5, "-1", "1e6", " 12", "10000000000000", "١٢", True])
def test_money_that_is_not_a_yuan_string_is_422_and_never_rounded(emergency, loss):
    referral = emergency.post("/api/v1/referrals", json=_referral(loss))
    assert referral.status_code == 422
    assert "direct_loss_yuan" in referral.json["errors"]["incident"]
    record = emergency.post("/api/v1/records", json=_record(direct_loss_yuan=loss))
    assert record.status_code == 422
    assert "direct_loss_yuan" in record.json["errors"]


@pytest.mark.parametrize("value", ["1", "0", "yes", "TRUE", ""])
def test_query_flags_are_true_or_false_only(prosecutor, value):
    response = prosecutor.get(f"/api/v1/referrals?overdue={value}")
    assert response.status_code == 422 and "overdue" in response.json["errors"]


@pytest.mark.parametrize("path, lower, upper, stamped", [
    ("/api/v1/referrals", "created_after", "created_before", "created_at"),
    ("/api/v1/records", "decided_after", "decided_before", "decided_at"),
    ("/api/v1/audit-events", "from", "to", "occurred_at"),
])
def test_every_time_filter_follows_one_rule(emergency, prosecutor, path, lower, upper, stamped):
    emergency.post("/api/v1/referrals", json=referral_body())
    emergency.post("/api/v1/records", json=_record(decided_at="2026-03-15T23:30:00+08:00"))
    today = prosecutor.get(f"{path}?limit=1").json["items"]
    assert today, "something to find"
    day = _china_day(today[0][stamped])

    def found(query: str) -> int:
        response = prosecutor.get(f"{path}?{query}")
        assert response.status_code == 200, response.json
        return len(response.json["items"])

    assert found(f"{lower}={day}&{upper}={day}") >= 1  # a bare date is that whole day, China time
    assert found(f"{upper}={day}T00:00:00%2B08:00") == found(f"{upper}={_previous(day)}")
    for bad in ("2026-03-15T10:00:00", "yesterday", "2026-3-15", "20260315T100000%2B0800", "2026-02-30"):
        response = prosecutor.get(f"{path}?{lower}={bad}")
        assert response.status_code == 422 and lower in response.json["errors"], bad


def _china_day(stamp: str) -> str:
    from datetime import datetime, timedelta, timezone
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return moment.astimezone(timezone(timedelta(hours=8))).date().isoformat()


def _previous(day: str) -> str:
    from datetime import date, timedelta
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


@pytest.mark.parametrize("header", ["", "abc", "W/", '"unterminated'])
def test_a_malformed_if_match_is_422(emergency, as_agency, header):
    created = emergency.post("/api/v1/referrals", json=referral_body())
    police = as_agency(POLICE)
    response = police.post(f"/api/v1/referrals/{created.json['id']}/actions", json={"action": "receive"},
                           headers={"If-Match": header})
    assert response.status_code == 422 and "If-Match" in response.json["errors"]
    assert emergency.get(f"/api/v1/referrals/{created.json['id']}").json["status"] == "submitted"
    record = emergency.post("/api/v1/records", json=_record(), headers={"If-Match": header})
    assert record.status_code == 422 and "If-Match" in record.json["errors"]


@pytest.mark.parametrize("action", [{"action": "receive", "to_agency": "HD-XFJY"},
                                    {"action": "accept", "outcome": "已立案"},
                                    {"action": "forward", "to_agency": "HD-XFJY", "outcome": "已立案"}])
def test_fields_of_another_action_are_422(emergency, as_agency, action):
    created = emergency.post("/api/v1/referrals", json=referral_body())
    response = as_agency(POLICE).post(f"/api/v1/referrals/{created.json['id']}/actions", json=action,
                                      headers={"If-Match": created.headers["ETag"]})
    assert response.status_code == 422 and set(response.json["errors"]) <= {"to_agency", "outcome"}


def test_optional_incident_fields_may_be_null(emergency):
    data = referral_body()
    data["incident"] = {**data["incident"], "address": None, "division_code": None, "direct_loss_yuan": None,
                        "deaths": 1.0}
    response = emergency.post("/api/v1/referrals", json=data)
    assert response.status_code == 201, response.json
    assert response.json["incident"]["direct_loss_yuan"] is None and response.json["incident"]["deaths"] == 1


def test_lists_answer_their_own_typed_page(emergency, prosecutor):
    created = emergency.post("/api/v1/referrals", json=referral_body())
    for url in (f"/api/v1/referrals/{created.json['id']}/events", f"/api/v1/referrals/{created.json['id']}/attachments",
                "/api/v1/agencies", "/api/v1/referrals", "/api/v1/audit-events"):
        body = prosecutor.get(url).json
        assert set(body) == {"items", "next_cursor"}, url


def test_docs_are_served_from_here_and_the_contract_as_json(client):
    page = client.get("/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert "http://" not in html and "https://" not in html  # nothing fetched from elsewhere
    assert "validatorUrl: null" in html
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "index.css", "favicon-32x32.png"):
        assert f"/docs/{asset}" in html
        response = client.get(f"/docs/{asset}")
        assert response.status_code == 200 and len(response.get_data()) > 100, asset
    assert client.get("/docs/swagger-initializer.js").status_code == 404
    served = client.get("/openapi.json")
    assert served.mimetype == "application/json"
    assert json.loads(served.get_data()) == yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
