"""GET /metrics: the operator's token only; requests, latencies, tokens, sealing backlog, overdue."""
import dataclasses
import re
from datetime import timedelta

import pytest
from sqlalchemy import exists, func, select, update

from referral_service import create_app
from referral_service.audit import chain
from referral_service.audit.models import AuditEvent, AuditSeal
from referral_service.db import database, utcnow
from referral_service.referrals.models import Referral

from ..support import ContractClient, basic

OPERATOR_TOKEN = "operator-metrics-token-for-tests"


@pytest.fixture
def metrics_app(app, settings):
    """The app with a metrics token configured (the plain `app` fixture cleans the database)."""
    configured = create_app(dataclasses.replace(settings, metrics_token=OPERATOR_TOKEN))
    configured.test_client_class = ContractClient
    yield configured
    with configured.app_context():
        database().dispose()


def sample(text: str, name: str, **labels) -> float:
    """The value of one sample of the exposition, 0 when absent."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        match = re.match(r"^([a-z_]+)(?:\{(.*)\})? (\S+)$", line)
        if match and match[1] == name and ",".join(sorted((match[2] or "").split(","))) == wanted:
            return float(match[3])
    return 0.0


def scrape(client) -> str:
    response = client.get("/metrics", headers={"Authorization": f"Bearer {OPERATOR_TOKEN}"})
    assert response.status_code == 200 and response.mimetype == "text/plain"
    return response.get_data(as_text=True)


def test_metrics_need_the_operator_token(metrics_app, token_for):
    client = metrics_app.test_client()
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    agency_token = token_for("HD-JCY")
    assert client.get("/metrics", headers={"Authorization": f"Bearer {agency_token}"}).status_code == 401
    assert client.get("/metrics", headers={"Authorization": f"Bearer {OPERATOR_TOKEN}"}).status_code == 200


def test_metrics_are_off_without_a_token(client):
    assert client.get("/metrics", headers={"Authorization": "Bearer anything"}).status_code == 404


def test_requests_are_counted_by_route_template_and_status(metrics_app, register):
    client = metrics_app.test_client()
    route = "/api/v1/referrals/<referral_id>"
    before = scrape(client)
    client_id, secret = register("HD-YJJ")
    issued = client.post("/oauth/token", data={"grant_type": "client_credentials"}, headers=basic(client_id, secret))
    refused = client.post("/oauth/token", data={"grant_type": "client_credentials"}, headers=basic(client_id, "x"))
    assert (issued.status_code, refused.status_code) == (200, 401)
    bearer = {"Authorization": f"Bearer {issued.json['access_token']}"}
    for n in range(3):
        assert client.get(f"/api/v1/referrals/00000000-0000-0000-0000-00000000000{n}", headers=bearer).status_code == 404
    after = scrape(client)
    assert sample(after, "referral_http_requests_total", method="GET", route=route, status="404") == \
        sample(before, "referral_http_requests_total", method="GET", route=route, status="404") + 3
    assert sample(after, "referral_http_request_duration_seconds_count", method="GET", route=route) >= 3
    assert sample(after, "referral_tokens_issued_total") == sample(before, "referral_tokens_issued_total") + 1
    assert sample(after, "referral_tokens_refused_total") == sample(before, "referral_tokens_refused_total") + 1
    assert "00000000-0000" not in after  # concrete ids never become labels


def test_sealing_backlog_and_overdue_referrals(metrics_app, as_agency, db):
    client = metrics_app.test_client()
    bureau = as_agency("HD-YJJ")
    as_agency("HD-GAJ")
    created = bureau.post("/api/v1/referrals", json={
        "category": "criminal", "recipient_agency": "HD-GAJ", "title": "逾期测试", "summary": "逾期",
        "suspected_offence": "134(1)", "contact": {"name": "李四", "phone": "022-24123456"}})
    assert created.status_code == 201
    assert sample(scrape(client), "referral_referrals_overdue") == 0
    db.execute(update(Referral).values(due_at=utcnow() - timedelta(days=1)))
    db.commit()
    assert sample(scrape(client), "referral_referrals_overdue") == 1

    unsealed = db.scalar(select(func.count()).select_from(AuditEvent).where(
        ~exists().where(AuditSeal.event_id == AuditEvent.id)))
    db.rollback()
    assert sample(scrape(client), "referral_audit_unsealed_entries") == unsealed
    chain.seal(db.get_bind(), wait=True)
    assert sample(scrape(client), "referral_audit_unsealed_entries") == 0
