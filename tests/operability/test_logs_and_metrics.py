"""On the live demo server: JSON log lines without credentials, and metrics counted by every worker."""
import json
import re

import pytest
import requests

from ..support import wait_for

pytestmark = pytest.mark.slow


def healthz_count(demo_server) -> float:
    text = requests.get(f"{demo_server.url}/metrics", timeout=10,
                        headers={"Authorization": f"Bearer {demo_server.metrics_token()}"}).text
    match = re.search(r'^referral_http_requests_total\{method="GET",route="/healthz",status="200"\} (\S+)$',
                      text, re.M)
    return float(match[1]) if match else 0.0


def test_every_worker_counts_into_the_scraped_metrics(demo_server):
    assert requests.get(f"{demo_server.url}/metrics", timeout=10).status_code == 401
    before = healthz_count(demo_server)
    # New connections, so gunicorn spreads them over both workers; each scrape must see all of them.
    for _ in range(40):
        assert requests.get(f"{demo_server.url}/healthz", timeout=10).status_code == 200
    assert {healthz_count(demo_server) for _ in range(6)} == {before + 40}


def test_logs_are_json_lines_without_credentials(demo_server):
    client_id, secret = demo_server.credentials("HD-JCY")
    issued = requests.post(f"{demo_server.url}/oauth/token", timeout=10,
                           data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret})
    assert issued.status_code == 200
    token = issued.json()["access_token"]
    refused = requests.post(f"{demo_server.url}/oauth/token?client_secret={secret}", timeout=10,
                            data={"grant_type": "client_credentials"}, auth=(client_id, secret + "x"))
    assert refused.status_code == 400  # a secret in the query as well as Basic: two methods, refused
    listed = requests.get(f"{demo_server.url}/api/v1/agencies", params={"access_token": token, "q": secret},
                          headers={"Authorization": f"Bearer {token}", "X-Request-ID": "log-test-0001"}, timeout=10)
    assert listed.status_code == 200
    metrics_token = demo_server.metrics_token()
    assert requests.get(f"{demo_server.url}/metrics?token={metrics_token}", timeout=10,
                        headers={"Authorization": f"Bearer {metrics_token}"}).status_code == 200

    wait_for(lambda: "log-test-0001" in demo_server.log.read_text(encoding="utf-8"), timeout=10,
             message="the request's log line (written just after the answer)")
    lines = demo_server.log_lines()
    entries = [json.loads(line) for line in lines]  # every line is JSON
    text = "\n".join(lines)
    for credential in (secret, token, metrics_token):
        assert credential not in text
    mine = next(e for e in entries if e.get("request_id") == "log-test-0001")
    assert mine["path"] == "/api/v1/agencies" and mine["status"] == 200
    assert mine["client_id"] == client_id and mine["agency"] == "HD-JCY" and mine["action"]
    assert mine["duration_ms"] >= 0 and mine["level"] == "INFO"
    token_lines = [e for e in entries if e.get("path") == "/oauth/token"]
    assert {e["status"] for e in token_lines} >= {200, 400}
    ours = [e for e in token_lines if e["client_id"] == client_id]
    assert 200 in {e["status"] for e in ours} and all(e["agency"] == "HD-JCY" for e in ours)
