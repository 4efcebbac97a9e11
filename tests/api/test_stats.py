"""GET /api/v1/stats: the joint-meeting counts, for tokens with stats:read (procuratorate, oversight)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import update

from referral_service.referrals.models import Referral

from ..support import EMERGENCY, FIRE, MARKET, OVERSIGHT, POLICE, PROCURATORATE
from .referral_support import REASON, act, create
from .record_support import record


@pytest.fixture
def activity(as_agency, db):
    emergency, fire, police = as_agency(EMERGENCY), as_agency(FIRE), as_agency(POLICE)
    first = create(emergency, related_case_number="R-1")
    second = create(emergency, related_case_number="X-2")
    third = create(fire, related_case_number="X-3")
    create(emergency, category="public_interest", recipient_agency=PROCURATORATE, related_case_number="X-4")
    assert act(emergency, second["id"], "withdraw", **REASON).status_code == 200
    assert act(police, third["id"], "receive").status_code == 200
    # 2026-01-31 17:30 UTC is already February in Tianjin
    db.execute(update(Referral).where(Referral.id == first["id"])
               .values(created_at=datetime(2026, 1, 31, 17, 30, tzinfo=timezone.utc)))
    db.execute(update(Referral).where(Referral.id == second["id"])
               .values(created_at=datetime(2025, 12, 31, 15, 59, tzinfo=timezone.utc)))
    db.commit()
    emergency.post("/api/v1/records/batch", json={"records": [
        record("R-1", deaths=1), record("R-2", deaths=1, decided_at="2025-06-01T00:00:00+08:00"),
        record("R-3", kind="inspection", penalty=None), record("R-4", kind="hazard_order")]})
    fire.post("/api/v1/records", json=record("R-1", serious_injuries=5))


@pytest.mark.parametrize("code", [PROCURATORATE, OVERSIGHT])
def test_stats_counts(as_agency, activity, code):
    response = as_agency(code).get("/api/v1/stats")
    assert response.status_code == 200
    body = response.json
    referrals, records = body["referrals"], body["records"]
    assert referrals["total"] == 4
    assert referrals["by_category"] == {"criminal": 3, "public_interest": 1}
    assert referrals["by_status"] == {"submitted": 2, "withdrawn": 1, "received": 1}
    assert referrals["by_source_agency"] == {EMERGENCY: 3, FIRE: 1}
    assert referrals["by_recipient_agency"] == {POLICE: 3, PROCURATORATE: 1}
    assert sum(referrals["by_month"].values()) == 4
    assert referrals["by_month"]["2026-02"] == 1 and referrals["by_month"]["2025-12"] == 1
    assert records["total"] == 5
    assert records["by_kind"] == {"penalty_decision": 3, "inspection": 1, "hazard_order": 1}
    # R-1 of EMERGENCY is covered by a referral; R-2 and FIRE's R-1 are not
    assert records["by_flag"] == {"meets_criminal_threshold": 3, "unreferred": 2}


def test_stats_for_one_year(as_agency, activity):
    body = as_agency(PROCURATORATE).get("/api/v1/stats?year=2025").json
    assert body["year"] == 2025
    assert body["referrals"]["total"] == 1 and body["referrals"]["by_month"] == {"2025-12": 1}
    assert body["records"]["total"] == 1 and body["records"]["by_flag"] == {
        "meets_criminal_threshold": 1, "unreferred": 1}


@pytest.mark.parametrize("code", [EMERGENCY, POLICE, MARKET])
def test_other_agencies_are_refused(as_agency, code):
    response = as_agency(code).get("/api/v1/stats")
    assert response.status_code == 403


def test_a_token_without_stats_read_is_refused_whatever_its_agency(as_agency):
    for code, scopes in ((PROCURATORATE, "referrals:read"), (PROCURATORATE, "audit:read records:read"),
                         (OVERSIGHT, "audit:read")):
        response = as_agency(code, scopes).get("/api/v1/stats")
        assert response.status_code == 403 and "stats:read" in response.json["detail"]


@pytest.mark.parametrize("code", [PROCURATORATE, OVERSIGHT])
def test_a_token_narrowed_to_stats_read_is_enough(as_agency, code):
    response = as_agency(code, "stats:read").get("/api/v1/stats")
    assert response.status_code == 200
    assert response.json["referrals"]["total"] == 0 and response.json["records"]["by_flag"] == {}


def test_stats_need_a_token(client, agencies):
    assert client.get("/api/v1/stats").status_code == 401


@pytest.mark.parametrize("year", ["1999", "twenty", "2026.0"])
def test_bad_year_is_422(as_agency, year):
    response = as_agency(OVERSIGHT).get(f"/api/v1/stats?year={year}")
    assert response.status_code == 422 and "year" in response.json["errors"]
